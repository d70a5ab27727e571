#pragma once

#include "chartdata.h"
#include "chartexporter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace fl::ui {

// What the user asked to export from the lab's window.
struct ExportRequest
{
    enum class What
    {
        Chart,     // one chart (`kind`) as an image
        AllCharts, // every chart into a directory
        DataCsv,   // the run's metrics as CSV files into a directory
        ReportJson,
        MapPng
    };
    What what = What::AllCharts;
    ChartKind kind = ChartKind::ReplicationLag;
    ChartExportOptions options;
    QString path; // a file, or a directory for AllCharts and DataCsv

    bool toDirectory() const { return what == What::AllCharts || what == What::DataCsv; }
};

// Chooses what to export, the image format, size and resolution, and where to. Checks the
// destination before it accepts: a directory that can be created, a file in an existing directory.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const ExportRequest &initial, QWidget *parent = nullptr);

    ExportRequest request() const;
    // A default file or directory name for a request, e.g. "replication-lag.svg" or "charts".
    static QString defaultName(const ExportRequest &request);
    // Empty when the request can be carried out, else why not (in the UI language).
    static QString problem(const ExportRequest &request);

    void accept() override;

private:
    void retranslateUi();
    void syncControls();
    void browse();
    void applyPreset();
    ChartPreset preset() const;

    QLabel *m_presetLabel = nullptr;
    QComboBox *m_preset = nullptr;
    bool m_applyingPreset = false;
    QLabel *m_whatLabel = nullptr, *m_formatLabel = nullptr, *m_sizeLabel = nullptr, *m_dpiLabel = nullptr,
           *m_pathLabel = nullptr, *m_error = nullptr;
    QComboBox *m_what = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_width = nullptr, *m_height = nullptr, *m_dpi = nullptr;
    QLineEdit *m_path = nullptr;
    QToolButton *m_browse = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ChartKind m_kind = ChartKind::ReplicationLag;
};

} // namespace fl::ui
