#include "exportdialog.h"

#include "chartfactory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace fl::ui {
namespace {

using What = ExportRequest::What;

const What kWhats[] = {What::Chart, What::AllCharts, What::DataCsv, What::ReportJson, What::MapPng};

bool isChart(What what)
{
    return what == What::Chart || what == What::AllCharts;
}

} // namespace

ExportDialog::ExportDialog(const ExportRequest &initial, QWidget *parent)
    : QDialog(parent), m_kind(initial.kind)
{
    setObjectName(QStringLiteral("exportDialog"));
    m_what = new QComboBox(this);
    m_what->setObjectName(QStringLiteral("exportWhat"));
    for (const What w : kWhats)
        m_what->addItem(QString(), static_cast<int>(w));
    m_what->setCurrentIndex(m_what->findData(static_cast<int>(initial.what)));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const ChartFormat f : {ChartFormat::Png, ChartFormat::Svg, ChartFormat::Pdf})
        m_format->addItem(ChartExporter::suffix(f).toUpper(), static_cast<int>(f));
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(initial.options.format)));
    // Where the chart goes: a preset fills size and resolution (and, for a slide, large type and
    // thick lines); editing them by hand makes the export "Custom".
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("exportPreset"));
    for (const ChartPreset p : {ChartPreset::Custom, ChartPreset::Slide, ChartPreset::Document})
        m_preset->addItem(QString(), static_cast<int>(p));
    m_preset->setCurrentIndex(0);
    if (initial.options.typeScale != 1.0 || initial.options.lineScale != 1.0)
        m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(ChartPreset::Slide)));
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    m_dpi = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("exportWidth"));
    m_height->setObjectName(QStringLiteral("exportHeight"));
    m_dpi->setObjectName(QStringLiteral("exportDpi"));
    m_width->setRange(320, 8000);
    m_height->setRange(200, 8000);
    m_dpi->setRange(48, 1200);
    m_width->setValue(initial.options.size.width());
    m_height->setValue(initial.options.size.height());
    m_dpi->setValue(initial.options.dpi);
    m_path = new QLineEdit(initial.path, this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(360);
    m_browse = new QToolButton(this);
    m_browse->setText(QStringLiteral("…"));
    connect(m_browse, &QToolButton::clicked, this, &ExportDialog::browse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_whatLabel = new QLabel(this);
    m_presetLabel = new QLabel(this);
    m_presetLabel->setBuddy(m_preset);
    m_formatLabel = new QLabel(this);
    m_sizeLabel = new QLabel(this);
    m_dpiLabel = new QLabel(this);
    m_pathLabel = new QLabel(this);
    m_whatLabel->setBuddy(m_what);
    m_formatLabel->setBuddy(m_format);
    m_sizeLabel->setBuddy(m_width);
    m_dpiLabel->setBuddy(m_dpi);
    m_pathLabel->setBuddy(m_path);

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    size->addStretch(1);
    auto *path = new QHBoxLayout;
    path->addWidget(m_path, 1);
    path->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_whatLabel, m_what);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_presetLabel, m_preset);
    form->addRow(m_sizeLabel, size);
    form->addRow(m_dpiLabel, m_dpi);
    form->addRow(m_pathLabel, path);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    // Another choice keeps the folder and puts the default name for the new choice after it.
    const auto renamed = [this] {
        const QFileInfo info(m_path->text());
        const QString dir = m_path->text().isEmpty() ? QDir::homePath() : info.path();
        m_path->setText(QDir(dir).filePath(defaultName(request())));
        syncControls();
    };
    connect(m_what, &QComboBox::currentIndexChanged, this, renamed);
    connect(m_format, &QComboBox::currentIndexChanged, this, renamed);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::applyPreset);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::applyPreset);
    for (QSpinBox *box : {m_width, m_height, m_dpi}) {
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!m_applyingPreset && preset() != ChartPreset::Custom)
                m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(ChartPreset::Custom)));
        });
    }
    if (m_path->text().isEmpty())
        m_path->setText(QDir::home().filePath(defaultName(initial)));
    retranslateUi();
    syncControls();
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.what = static_cast<What>(m_what->currentData().toInt());
    r.kind = m_kind;
    r.options.format = static_cast<ChartFormat>(m_format->currentData().toInt());
    r.options.size = QSize(m_width->value(), m_height->value());
    r.options.dpi = m_dpi->value();
    const ChartExportOptions look = ChartExporter::presetOptions(preset(), r.options.format);
    r.options.typeScale = look.typeScale;
    r.options.lineScale = look.lineScale;
    r.path = m_path->text().trimmed();
    return r;
}

ChartPreset ExportDialog::preset() const
{
    return static_cast<ChartPreset>(m_preset->currentData().toInt());
}

void ExportDialog::applyPreset()
{
    if (preset() == ChartPreset::Custom)
        return;
    const ChartExportOptions o =
        ChartExporter::presetOptions(preset(), static_cast<ChartFormat>(m_format->currentData().toInt()));
    m_applyingPreset = true;
    m_width->setValue(o.size.width());
    m_height->setValue(o.size.height());
    m_dpi->setValue(o.dpi);
    m_applyingPreset = false;
}

QString ExportDialog::defaultName(const ExportRequest &r)
{
    switch (r.what) {
    case What::Chart:
        return chartKindId(r.kind) + QLatin1Char('.') + ChartExporter::suffix(r.options.format);
    case What::AllCharts:
        return QStringLiteral("charts");
    case What::DataCsv:
        return QStringLiteral("data");
    case What::ReportJson:
        return QStringLiteral("report.json");
    case What::MapPng:
        return QStringLiteral("map.png");
    }
    return QString();
}

QString ExportDialog::problem(const ExportRequest &r)
{
    if (r.path.isEmpty())
        return tr("Choose where to write the export.");
    const QFileInfo info(r.path);
    if (r.toDirectory()) {
        if (info.exists() && !info.isDir())
            return tr("%1 is a file; the export needs a folder.").arg(r.path);
        return QString(); // created when missing
    }
    if (info.isDir())
        return tr("%1 is a folder; the export needs a file name.").arg(r.path);
    if (!QFileInfo(info.path()).isDir())
        return tr("The folder %1 does not exist.").arg(info.path());
    return QString();
}

void ExportDialog::accept()
{
    const QString why = problem(request());
    if (!why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    QDialog::accept();
}

void ExportDialog::browse()
{
    const ExportRequest r = request();
    QString chosen;
    if (r.toDirectory()) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Export into folder"), r.path);
    } else {
        QString filter;
        switch (r.what) {
        case What::ReportJson:
            filter = tr("JSON files (*.json)");
            break;
        case What::MapPng:
            filter = tr("PNG images (*.png)");
            break;
        default:
            filter = tr("%1 files (*.%2)")
                         .arg(ChartExporter::suffix(r.options.format).toUpper(),
                              ChartExporter::suffix(r.options.format));
            break;
        }
        chosen = QFileDialog::getSaveFileName(this, tr("Export to file"), r.path, filter);
    }
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::syncControls()
{
    const ExportRequest r = request();
    const bool chart = isChart(r.what);
    for (QWidget *w :
         {static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_preset), static_cast<QWidget *>(m_width),
          static_cast<QWidget *>(m_height), static_cast<QWidget *>(m_dpi)})
        w->setEnabled(chart);
    m_error->hide();
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    m_whatLabel->setText(tr("&Export:"));
    m_formatLabel->setText(tr("&Format:"));
    m_presetLabel->setText(tr("For &use in:"));
    for (int i = 0; i < m_preset->count(); ++i)
        m_preset->setItemText(
            i, ChartExporter::presetName(static_cast<ChartPreset>(m_preset->itemData(i).toInt())));
    m_preset->setToolTip(tr("A slide gets large type and thick lines at 3840 × 2160 pixels; a document a "
                            "page's width at 300 dpi. Changing the size or resolution makes it custom."));
    m_sizeLabel->setText(tr("&Size (pixels):"));
    m_dpiLabel->setText(tr("&Resolution (dpi):"));
    m_pathLabel->setText(tr("&To:"));
    const QStringList names = {tr("This chart: %1").arg(ChartFactory::title(m_kind)),
                               tr("All charts (a folder)"), tr("The run's data as CSV (a folder)"),
                               tr("The run's report as JSON"), tr("The map as PNG")};
    for (int i = 0; i < m_what->count() && i < names.size(); ++i)
        m_what->setItemText(i, names[i]);
    m_dpi->setToolTip(tr("Above 96 dpi, text and lines grow with the resolution, so a 300 dpi image reads "
                         "at the same physical size"));
    m_path->setToolTip(tr("A file, or a folder for all charts and for CSV (created if missing)"));
}

} // namespace fl::ui
