#include "chartexporter.h"

#include "chartfactory.h"
#include "scenario/outputfile.h"
#include "scenario/scenariowriter.h"
#include "sim/simulation.h"

#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QThread>
#include <algorithm>
#include <memory>

namespace fl::ui {
namespace {

constexpr double kReferenceDpi = 96.0;

// Renders `source` (scene coordinates) of the chart's scene into `target` on the painter.
void render(QChart *chart, QPainter &painter, const QRectF &target, const QRectF &source)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    chart->scene()->render(&painter, target, source, Qt::IgnoreAspectRatio);
}

} // namespace

int ChartExporter::plotColumns(const ChartExportOptions &options)
{
    // Decimating to the full width would leave a little more than two points per plot column.
    return std::max(100, options.size.width() * 96 / std::max(1, options.dpi) - 120);
}

bool ChartExporter::exportRunChart(ChartKind kind, const Simulation &simulation, const QString &scenarioName,
                                   double xMaxSeconds, const QString &path, const ChartExportOptions &options,
                                   QString *error)
{
    ChartData data = makeChartData(kind, simulation.metrics(), simulation.config(),
                                   simulation.engine().commandLog(), xMaxSeconds, simulation.incidents());
    data.scenarioName = scenarioName;
    data.typeScale = options.typeScale;
    data.lineScale = options.lineScale;
    const std::unique_ptr<QChart> chart(ChartFactory::create(data, plotColumns(options)));
    return exportChart(chart.get(), path, options, error);
}

bool ChartExporter::exportRunCharts(const Simulation &simulation, const QString &scenarioName,
                                    double xMaxSeconds, const QString &directory,
                                    const ChartExportOptions &options, QStringList *written, QString *error)
{
    const QDir dir(directory);
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = tr("cannot create the directory %1").arg(directory);
        return false;
    }
    for (const ChartKind kind : allChartKinds()) {
        const QString path = dir.filePath(chartKindId(kind) + QLatin1Char('.') + suffix(options.format));
        if (!exportRunChart(kind, simulation, scenarioName, xMaxSeconds, path, options, error))
            return false;
        if (written)
            *written << path;
    }
    return true;
}

ChartExportOptions ChartExporter::presetOptions(ChartPreset preset, ChartFormat format)
{
    ChartExportOptions o;
    o.format = format;
    const bool vector = format == ChartFormat::Svg;
    switch (preset) {
    case ChartPreset::Custom:
        break;
    case ChartPreset::Slide:
        // Seen from the back of a room: type half as large again as in the lab, lines twice as thick.
        o.size = vector ? QSize(1920, 1080) : QSize(3840, 2160);
        o.dpi = vector ? 96 : 192;
        o.typeScale = 1.5;
        o.lineScale = 2.0;
        break;
    case ChartPreset::Document:
        // 6.5 in of text width by 3.66 in (16:9), at print resolution.
        o.size = vector ? QSize(624, 351) : QSize(1950, 1097);
        o.dpi = vector ? 96 : 300;
        break;
    }
    return o;
}

std::optional<ChartPreset> ChartExporter::presetFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("slide"))
        return ChartPreset::Slide;
    if (n == QLatin1String("document"))
        return ChartPreset::Document;
    if (n == QLatin1String("custom"))
        return ChartPreset::Custom;
    return std::nullopt;
}

QString ChartExporter::presetName(ChartPreset preset)
{
    switch (preset) {
    case ChartPreset::Custom:
        return tr("Custom");
    case ChartPreset::Slide:
        return tr("Slide 16:9 (1920 × 1080 at 2×, large type)");
    case ChartPreset::Document:
        return tr("Document (page width at 300 dpi)");
    }
    return QString();
}

std::optional<ChartFormat> ChartExporter::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png"))
        return ChartFormat::Png;
    if (n == QLatin1String("svg"))
        return ChartFormat::Svg;
    if (n == QLatin1String("pdf"))
        return ChartFormat::Pdf;
    return std::nullopt;
}

QString ChartExporter::suffix(ChartFormat format)
{
    switch (format) {
    case ChartFormat::Png:
        return QStringLiteral("png");
    case ChartFormat::Svg:
        return QStringLiteral("svg");
    case ChartFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return QString();
}

bool ChartExporter::exportChart(QChart *chart, const QString &path, const ChartExportOptions &options,
                                QString *error)
{
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
    if (options.size.isEmpty() || options.dpi < 1) {
        if (error)
            *error = tr("invalid chart size or resolution");
        return false;
    }

    // A chart on its own gets a scene for the time of the export, laid out at the logical size the
    // resolution implies (the pixel size divided by dpi/96).
    std::unique_ptr<QGraphicsScene> ownScene;
    QRectF source;
    const double scale = options.format == ChartFormat::Svg ? 1.0 : options.dpi / kReferenceDpi;
    if (!chart->scene()) {
        ownScene = std::make_unique<QGraphicsScene>();
        ownScene->addItem(chart);
        const QSizeF logical(options.size.width() / scale, options.size.height() / scale);
        chart->setGeometry(QRectF(QPointF(0, 0), logical));
        if (chart->layout())
            chart->layout()->activate();
        source = QRectF(QPointF(0, 0), logical);
    } else {
        source = chart->sceneBoundingRect();
    }
    const QRectF target(QPointF(0, 0), QSizeF(options.size));

    QByteArray bytes;
    bool ok = true;
    switch (options.format) {
    case ChartFormat::Png: {
        QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        const int dotsPerMeter = qRound(options.dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        {
            QPainter painter(&image);
            render(chart, painter, target, source);
        }
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        ok = image.save(&buffer, "PNG");
        break;
    }
    case ChartFormat::Svg: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(options.size);
        generator.setViewBox(target);
        generator.setResolution(options.dpi);
        generator.setTitle(chart->title());
        generator.setDescription(tr("A chart from Failover Lab"));
        QPainter painter;
        ok = painter.begin(&generator);
        if (ok) {
            render(chart, painter, target, source);
            ok = painter.end();
        }
        break;
    }
    case ChartFormat::Pdf: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(options.dpi);
        // One page exactly the size of the chart: points are 1/72 inch.
        const QSizeF points(options.size.width() * 72.0 / options.dpi,
                            options.size.height() * 72.0 / options.dpi);
        writer.setPageSize(QPageSize(points, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(chart->title());
        writer.setCreator(QStringLiteral("Failover Lab"));
        QPainter painter;
        ok = painter.begin(&writer);
        if (ok) {
            // The page's device rectangle at `dpi` equals options.size.
            render(chart, painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())), source);
            ok = painter.end();
        }
        break;
    }
    }

    if (ownScene)
        ownScene->removeItem(chart); // the caller keeps the chart
    if (!ok) {
        if (error)
            *error = tr("cannot render the chart as %1").arg(suffix(options.format).toUpper());
        return false;
    }
    return scenario::writeOutputFile(path, bytes, error);
}

} // namespace fl::ui
