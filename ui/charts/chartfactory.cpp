#include "chartfactory.h"

#include "decimation.h"

#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QThread>
#include <QValueAxis>
#include <cmath>
#include <limits>
#include <memory>

namespace fl::ui {
namespace {

// Tableau 10: distinguishable, and the same region keeps its colour from chart to chart.
const QColor kPalette[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
                           QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                           QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
                           QColor(0xba, 0xb0, 0xac)};
constexpr int kMarkerRows = 4;
constexpr qreal kMarkerZ = 100;

QColor paletteColour(int index)
{
    const auto colours = static_cast<int>(std::size(kPalette));
    return kPalette[((index % colours) + colours) % colours];
}

// Each data-layer quantity keeps one colour on every chart (losses in warm colours).
QColor measureColour(int measure)
{
    switch (static_cast<DataMeasure>(measure)) {
    case DataMeasure::LostNotShipped:
        return paletteColour(2);
    case DataMeasure::LostOverwritten:
        return paletteColour(1);
    case DataMeasure::LostDiscarded:
        return paletteColour(6);
    case DataMeasure::DivergentKeys:
        return paletteColour(2);
    case DataMeasure::ConflictsPerSecond:
        return paletteColour(0);
    case DataMeasure::StaleReadsPerSecond:
        return paletteColour(1);
    }
    return paletteColour(measure);
}

QPen seriesPen(const ChartSeries &s)
{
    switch (s.subject) {
    case ChartSeries::Subject::AllUsers:
        return QPen(QColor(0x20, 0x20, 0x20), 2.5);
    case ChartSeries::Subject::Threshold: {
        QPen pen(QColor(0x80, 0x80, 0x80), 1.2);
        pen.setStyle(Qt::DashLine);
        return pen;
    }
    case ChartSeries::Subject::RegionApply: {
        // The region's colour, dashed: its second measure.
        QPen pen(paletteColour(s.index), 1.6);
        pen.setStyle(Qt::DashLine);
        return pen;
    }
    case ChartSeries::Subject::Measure:
        return QPen(measureColour(s.index), 2.0);
    case ChartSeries::Subject::Region:
    case ChartSeries::Subject::Population:
        break;
    }
    return QPen(paletteColour(s.index), 1.6);
}

// Splits at the NaN gaps: each run of values becomes its own line.
QList<QList<QPointF>> segments(const QList<QPointF> &points)
{
    QList<QList<QPointF>> out;
    QList<QPointF> current;
    for (const QPointF &p : points) {
        if (std::isnan(p.y())) {
            if (!current.isEmpty())
                out.append(current);
            current.clear();
        } else {
            current.append(p);
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

// The smallest round step that leaves at most ten intervals on the time axis.
double timeTickInterval(double seconds)
{
    for (const double step :
         {1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 900.0, 1800.0, 3600.0, 7200.0})
        if (seconds / step <= 10)
            return step;
    return 3.0 * 3600.0;
}

struct MarkerGroup
{
    double t = 0;
    QString label;
};

// Vertical lines and labels over the plot. They are plain graphics items on the chart, placed from
// the plot area and the time axis, and placed again whenever either changes (a resized window, a
// zoom), so they need no series of their own and never stretch the value axis.
void addFaultMarkers(QChart *chart, QValueAxis *axisX, const std::vector<MarkerGroup> &groups)
{
    struct Item
    {
        double t;
        QGraphicsLineItem *line;
        QGraphicsSimpleTextItem *text;
    };
    auto items = std::make_shared<std::vector<Item>>();
    QFont font = chart->font();
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
    QPen pen(QColor(0x60, 0x60, 0x60), 1.0);
    pen.setStyle(Qt::DashLine);
    for (const MarkerGroup &g : groups) {
        auto *line = new QGraphicsLineItem(chart);
        line->setPen(pen);
        line->setZValue(kMarkerZ);
        auto *text = new QGraphicsSimpleTextItem(g.label, chart);
        text->setFont(font);
        text->setBrush(QColor(0x30, 0x30, 0x30));
        text->setZValue(kMarkerZ);
        items->push_back(Item{g.t, line, text});
    }
    const auto place = [chart, axisX, items] {
        const QRectF plot = chart->plotArea();
        const double span = axisX->max() - axisX->min();
        double rowEnd[kMarkerRows];
        std::fill(std::begin(rowEnd), std::end(rowEnd), -std::numeric_limits<double>::infinity());
        for (const Item &it : *items) {
            const double x = span > 0 ? plot.left() + (it.t - axisX->min()) / span * plot.width() : -1;
            const bool visible =
                span > 0 && plot.width() > 0 && x >= plot.left() - 0.5 && x <= plot.right() + 0.5;
            it.line->setVisible(visible);
            it.text->setVisible(visible);
            if (!visible)
                continue;
            it.line->setLine(x, plot.top(), x, plot.bottom());
            const QRectF box = it.text->boundingRect();
            double left = x + 3;
            if (left + box.width() > plot.right())
                left = x - 3 - box.width();
            int row = 0;
            while (row < kMarkerRows && rowEnd[row] > left - 6)
                ++row;
            if (row == kMarkerRows)
                row = 0; // crowded: overlap the top row rather than cover the whole plot
            rowEnd[row] = left + box.width();
            it.text->setPos(left, plot.top() + 2 + row * (box.height() + 1));
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    QObject::connect(axisX, &QValueAxis::rangeChanged, chart, place);
    place();
}

} // namespace

QString ChartFactory::title(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Throughput:
        return tr("Throughput by region");
    case ChartKind::Errors:
        return tr("Errors by region");
    case ChartKind::LatencyP50:
        return tr("Latency p50 by population");
    case ChartKind::LatencyP99:
        return tr("Latency p99 by population");
    case ChartKind::SuccessRatio:
        return tr("Success ratio by population");
    case ChartKind::TrafficShare:
        return tr("Traffic share by region");
    case ChartKind::QueueDepth:
        return tr("Queue depth by region");
    case ChartKind::ReplicationLag:
        return tr("Replication lag by region");
    case ChartKind::EntriesBehind:
        return tr("Replication backlog by region");
    case ChartKind::LostWrites:
        return tr("Acknowledged writes lost, by mechanism");
    case ChartKind::Divergence:
        return tr("Split-brain divergence");
    case ChartKind::Anomalies:
        return tr("Conflicts and stale reads");
    }
    return QString();
}

QString ChartFactory::valueAxisTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Throughput:
        return tr("Successful requests per second (req/s)");
    case ChartKind::Errors:
        return tr("Failed attempts per second (errors/s)");
    case ChartKind::LatencyP50:
    case ChartKind::LatencyP99:
        return tr("Latency seen by clients (ms)");
    case ChartKind::SuccessRatio:
        return tr("Requests that succeeded (%)");
    case ChartKind::TrafficShare:
        return tr("Share of request attempts (%)");
    case ChartKind::QueueDepth:
        return tr("Requests waiting (requests)");
    case ChartKind::ReplicationLag:
        return tr("Age of the oldest entry not yet received or applied (ms)");
    case ChartKind::EntriesBehind:
        return tr("Committed entries not yet received (entries)");
    case ChartKind::LostWrites:
        return tr("Acknowledged writes lost so far (writes)");
    case ChartKind::Divergence:
        return tr("Keys that differ between the two primaries (keys)");
    case ChartKind::Anomalies:
        return tr("Occurrences per second (1/s)");
    }
    return QString();
}

QString ChartFactory::timeAxisTitle()
{
    return tr("Time since start (s)");
}

QString ChartFactory::measureName(DataMeasure measure)
{
    switch (measure) {
    case DataMeasure::LostNotShipped:
        return tr("Never shipped to the promoted replica");
    case DataMeasure::LostOverwritten:
        return tr("Overwritten by LWW");
    case DataMeasure::LostDiscarded:
        return tr("Discarded when the old primary rejoined");
    case DataMeasure::DivergentKeys:
        return tr("Divergent keys");
    case DataMeasure::ConflictsPerSecond:
        return tr("Conflicts");
    case DataMeasure::StaleReadsPerSecond:
        return tr("Stale reads");
    }
    return QString();
}

QString ChartFactory::seriesName(const ChartData &data, const ChartSeries &s)
{
    const auto regionLabel = [&] {
        if (s.index >= 0 && static_cast<std::size_t>(s.index) < data.names.regions.size())
            return tr("%1 (%2)").arg(LabText::regionId(data.names.regions[static_cast<std::size_t>(s.index)]),
                                     data.names.region(s.index));
        return data.names.region(s.index);
    };
    // Two lines per region: the short id keeps the legend readable.
    const auto regionId = [&] {
        if (s.index >= 0 && static_cast<std::size_t>(s.index) < data.names.regions.size())
            return LabText::regionId(data.names.regions[static_cast<std::size_t>(s.index)]);
        return data.names.region(s.index);
    };
    switch (s.subject) {
    case ChartSeries::Subject::Region:
        if (data.kind == ChartKind::ReplicationLag)
            return tr("%1, receive lag").arg(regionId());
        return regionLabel();
    case ChartSeries::Subject::RegionApply:
        return tr("%1, apply lag").arg(regionId());
    case ChartSeries::Subject::Measure:
        return measureName(static_cast<DataMeasure>(s.index));
    case ChartSeries::Subject::Population:
        return data.names.population(s.index);
    case ChartSeries::Subject::AllUsers:
        return tr("All users");
    case ChartSeries::Subject::Threshold:
        return tr("Availability threshold");
    }
    return QString();
}

QString ChartFactory::markerLabel(const ChartData &data, const FaultMarker &marker)
{
    return describeCommand(marker.command, data.names);
}

QChart *ChartFactory::create(const ChartData &data, int plotColumns)
{
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setTitle(data.scenarioName.isEmpty() ? title(data.kind)
                                                : tr("%1 — %2").arg(title(data.kind), data.scenarioName));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);

    auto *axisX = new QValueAxis;
    axisX->setTitleText(timeAxisTitle());
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setRange(0, std::max(1.0, data.xMaxSeconds));
    // Exactly the run, with ticks on round numbers of seconds (a minute, five minutes, ...).
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setTickAnchor(0);
    axisX->setTickInterval(timeTickInterval(std::max(1.0, data.xMaxSeconds)));
    auto *axisY = new QValueAxis;
    axisY->setTitleText(valueAxisTitle(data.kind));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (const ChartSeries &s : data.series) {
        const QList<QPointF> points =
            decimateMinMax(s.points, 0, std::max(1.0, data.xMaxSeconds), plotColumns);
        QList<QList<QPointF>> parts = segments(points);
        if (parts.isEmpty())
            parts.append(QList<QPointF>()); // no value at all: still listed in the legend
        const QPen pen = seriesPen(s);
        bool first = true;
        for (const QList<QPointF> &part : std::as_const(parts)) {
            auto *line = new QLineSeries;
            line->setName(seriesName(data, s));
            line->setPen(pen);
            line->replace(part);
            chart->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
            if (!first) {
                for (QLegendMarker *m : chart->legend()->markers(line))
                    m->setVisible(false);
            }
            first = false;
            for (const QPointF &p : part) {
                low = std::min(low, p.y());
                high = std::max(high, p.y());
            }
        }
    }

    if (!std::isfinite(high))
        low = high = 0;
    if (data.kind == ChartKind::SuccessRatio) {
        // Percentages: the top is 100 %, the bottom the deepest dip, rounded down to a ten.
        axisY->setRange(std::max(0.0, std::floor(std::min(low, 99.0) / 10.0) * 10.0), 100.0);
        axisY->setLabelFormat(QStringLiteral("%.0f"));
    } else {
        axisY->setRange(0, high > 0 ? high * 1.05 : 1.0);
        axisY->applyNiceNumbers();
        axisY->setLabelFormat(axisY->max() >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.2g"));
    }

    // Commands applied at the same instant share one marker.
    std::vector<MarkerGroup> groups;
    std::vector<int> counts;
    for (const FaultMarker &m : data.markers) {
        if (!groups.empty() && groups.back().t == m.timeSeconds) {
            ++counts.back();
            continue;
        }
        groups.push_back(MarkerGroup{m.timeSeconds, markerLabel(data, m)});
        counts.push_back(1);
    }
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (counts[i] > 1)
            groups[i].label = tr("%1 (+%2 more)").arg(groups[i].label).arg(counts[i] - 1);
    }
    addFaultMarkers(chart, axisX, groups);
    return chart;
}

} // namespace fl::ui
