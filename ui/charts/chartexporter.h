#pragma once

#include "chartdata.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

class QChart;

namespace fl {
class Simulation;
}

namespace fl::ui {

enum class ChartFormat
{
    Png,
    Svg,
    Pdf
};

struct ChartExportOptions
{
    ChartFormat format = ChartFormat::Png;
    QSize size{1200, 700}; // pixels for PNG; the SVG canvas; the PDF page at `dpi`
    int dpi = 96; // above 96, text and lines grow with it, so a 300 dpi PNG reads at the same physical size
    double typeScale = 1.0; // every text of the chart × this (a slide's large type)
    double lineScale = 1.0; // the data lines' width × this
};

// Ready-made export settings for where a chart goes.
enum class ChartPreset
{
    Custom,   // the size and resolution the user sets
    Slide,    // 16:9, 1920 × 1080 at 2× (3840 × 2160 px), large type and thick lines for a projector
    Document, // a page's text width (6.5 in) at 300 dpi, type as in the lab
};

// Writes a chart to a file: PNG through QImage, SVG through QSvgGenerator (titles, axis labels and
// legend stay real <text>), PDF through QPdfWriter (one page the size of the chart). Files are
// written atomically. A chart that is not in a scene is laid out at the export size and rendered
// headless; one shown in a view is rendered as it is. GUI thread only.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(fl::ui::ChartExporter)

public:
    static bool exportChart(QChart *chart, const QString &path, const ChartExportOptions &options,
                            QString *error);

    // Plot columns a chart exported with `options` gets (for decimation): the width less the value
    // axis and margins, at the reference resolution.
    static int plotColumns(const ChartExportOptions &options);
    // Draws chart `kind` of a run from its metrics and writes it to `path`. `xMaxSeconds` ends the
    // time axis; `scenarioName` follows the title when not empty. This is what `failover-lab run
    // --charts` and the lab's Export do, so both give the same chart for the same run.
    static bool exportRunChart(ChartKind kind, const Simulation &simulation, const QString &scenarioName,
                               double xMaxSeconds, const QString &path, const ChartExportOptions &options,
                               QString *error);
    // Every chart of a run into `directory`, one file each named by chartKindId().
    static bool exportRunCharts(const Simulation &simulation, const QString &scenarioName, double xMaxSeconds,
                                const QString &directory, const ChartExportOptions &options,
                                QStringList *written, QString *error);

    // The options of a preset for `format` (Custom: the defaults). An SVG is a vector canvas: a
    // slide's is 1920 × 1080, not 2× that.
    static ChartExportOptions presetOptions(ChartPreset preset, ChartFormat format);
    static std::optional<ChartPreset> presetFromName(const QString &name); // "slide", "document", "custom"
    static QString presetName(ChartPreset preset);                         // translated, for menus

    static std::optional<ChartFormat> formatFromName(const QString &name); // "png", "svg", "pdf"
    static QString suffix(ChartFormat format);                             // "png", ...
};

} // namespace fl::ui
