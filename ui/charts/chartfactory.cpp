#include "chartfactory.h"

#include "decimation.h"
#include "plotlineitem.h"

#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QThread>
#include <QValueAxis>
#include <algorithm>
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
constexpr qreal kPlotLineZ = 50; // above the grid and axes (Qt Charts uses small z values), below markers

QColor paletteColour(int index)
{
    return chartPaletteColour(index);
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

// A round top for a value axis from 0 to at least `high`: 1, 2, 2.5 or 5 times a power of ten per
// interval, four to six intervals (what QValueAxis::applyNiceNumbers does, computed here so that an
// unchanged scale costs no axis update).
void niceScale(double high, double *top, int *ticks)
{
    const double rough = high / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (high / step <= 6.0)
            break;
    }
    const int intervals = std::max(1, static_cast<int>(std::ceil(high / step - 1e-9)));
    *top = intervals * step;
    *ticks = intervals + 1;
}

const QString kBindingName = QStringLiteral("fl-chart-binding");

// What a chart made by ChartFactory remembers so that it can be filled again (live charts), have
// its texts translated again, and answer a hover with the exact sample. A child of the chart, so it
// lives exactly as long. Markers and the cursor are plain graphics items over the plot, placed from
// the plot area and the time axis whenever either changes (a resized window, a new window of time),
// so they need no series of their own and never stretch the value axis.
class ChartBinding : public QObject
{
public:
    explicit ChartBinding(QChart *chart) : QObject(chart), chart(chart) { setObjectName(kBindingName); }

    QChart *chart;
    ChartData data;
    QValueAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;
    // Per ChartSeries. Exported charts: one QLineSeries per run between gaps. Compact (live)
    // charts: one empty QLineSeries for the legend, and a PlotLineItem that draws the runs.
    std::vector<std::vector<QLineSeries *>> lines;
    std::vector<PlotLineItem *> plots;
    // Marker items are pooled and given to the groups of markers in view on every placement, so a
    // long session with thousands of commands costs only what can be seen.
    struct MarkerItem
    {
        QGraphicsLineItem *line = nullptr;
        QGraphicsSimpleTextItem *text = nullptr;
        // A pale box behind the label: it stays readable where it crosses a data line.
        QGraphicsRectItem *box = nullptr;
        bool step = false; // drawn as a failover step (blue) rather than a fault (grey)
    };
    std::vector<MarkerItem> pool;
    // "down" over a region's gap in the lag lines: a dotted line across the gap, its label above.
    struct DownItem
    {
        QGraphicsLineItem *span = nullptr;
        QGraphicsSimpleTextItem *text = nullptr;
        QGraphicsRectItem *box = nullptr;
    };
    std::vector<DownItem> downPool;
    std::vector<FaultMarker> labelled; // the markers `labels` belong to
    std::vector<QString> labels;       // per marker, made when first shown (empty: not yet)
    QGraphicsLineItem *cursor = nullptr;
    double cursorSeconds = std::numeric_limits<double>::quiet_NaN();

    static ChartBinding *of(QChart *chart)
    {
        // Only ChartFactory creates an object with this name under a chart.
        return chart ? static_cast<ChartBinding *>(
                           chart->findChild<QObject *>(kBindingName, Qt::FindDirectChildrenOnly))
                     : nullptr;
    }

    double xOf(double t) const
    {
        const QRectF plot = chart->plotArea();
        const double span = axisX->max() - axisX->min();
        return span > 0 ? plot.left() + (t - axisX->min()) / span * plot.width() : -1;
    }
    bool inPlot(double x) const
    {
        const QRectF plot = chart->plotArea();
        return plot.width() > 0 && x >= plot.left() - 0.5 && x <= plot.right() + 0.5;
    }

    // New markers keep the labels of those they share a prefix with (markers mostly append).
    void markersChanged()
    {
        std::size_t same = 0;
        const auto equal = [](const FaultMarker &x, const FaultMarker &y) {
            return x.timeSeconds == y.timeSeconds && x.kind == y.kind && x.incident == y.incident &&
                   x.command == y.command;
        };
        while (same < labelled.size() && same < data.markers.size() &&
               equal(labelled[same], data.markers[same]))
            ++same;
        labelled = data.markers;
        labels.resize(same);
        labels.resize(data.markers.size());
    }
    void forgetLabels() { labels.assign(labels.size(), QString()); }
    const QString &label(std::size_t i)
    {
        if (labels[i].isEmpty())
            labels[i] = ChartFactory::markerLabel(data, data.markers[i]);
        return labels[i];
    }

    MarkerItem &item(std::size_t index)
    {
        while (pool.size() <= index) {
            MarkerItem m;
            m.line = new QGraphicsLineItem(chart);
            m.line->setZValue(kMarkerZ);
            m.text = new QGraphicsSimpleTextItem(chart);
            QFont font = chart->font();
            font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
            m.text->setFont(font);
            m.text->setZValue(kMarkerZ + 1);
            m.box = new QGraphicsRectItem(chart);
            m.box->setPen(Qt::NoPen);
            m.box->setBrush(QColor(255, 255, 255, 215));
            m.box->setZValue(kMarkerZ);
            style(m, false);
            pool.push_back(m);
        }
        return pool[index];
    }
    static void style(MarkerItem &m, bool step)
    {
        // Faults in grey, the failover's steps in blue: the gap between them is the outage.
        QPen pen(step ? QColor(0x2b, 0x5c, 0x9e) : QColor(0x60, 0x60, 0x60), 1.0);
        pen.setStyle(step ? Qt::DotLine : Qt::DashLine);
        m.line->setPen(pen);
        m.text->setBrush(step ? QColor(0x1f, 0x45, 0x7a) : QColor(0x30, 0x30, 0x30));
        m.step = step;
    }

    // Markers in view, those within a few pixels of each other sharing one line and label ("+N
    // more"), placed over the plot with their labels in up to kMarkerRows rows.
    void place()
    {
        constexpr double kMergePixels = 4;
        const QRectF plot = chart->plotArea();
        double rowEnd[kMarkerRows];
        std::fill(std::begin(rowEnd), std::end(rowEnd), -std::numeric_limits<double>::infinity());
        const std::vector<FaultMarker> &markers = data.markers;
        auto i = static_cast<std::size_t>(
            std::lower_bound(markers.begin(), markers.end(), axisX->min(),
                             [](const FaultMarker &m, double t) { return m.timeSeconds < t; }) -
            markers.begin());
        std::size_t used = 0;
        while (i < markers.size() && plot.width() > 0) {
            const double x = xOf(markers[i].timeSeconds);
            if (x > plot.right() + 0.5)
                break;
            const std::size_t first = i;
            while (i < markers.size() && xOf(markers[i].timeSeconds) - x < kMergePixels)
                ++i;
            if (!inPlot(x))
                continue;
            MarkerItem &m = item(used++);
            const bool step = markers[first].kind != FaultMarker::Kind::Command;
            if (m.step != step)
                style(m, step);
            const std::size_t count = i - first;
            const QString text =
                count > 1 ? ChartFactory::tr("%1 (+%2 more)").arg(label(first)).arg(count - 1) : label(first);
            m.line->setLine(x, plot.top(), x, plot.bottom());
            m.line->setVisible(true);
            // Stacked in the first free row; when every row is taken at this place the label is
            // elided to "…" (or, with no room even for that, left out), its text in the tooltip:
            // labels never print over one another.
            const auto placeIn = [&](const QString &shown) {
                if (m.text->text() != shown)
                    m.text->setText(shown);
                const QRectF box = m.text->boundingRect();
                double left = x + 3;
                if (left + box.width() > plot.right()) // no room on the right: left of the line,
                    left = std::max(plot.left() + 2, x - 3 - box.width()); // but never over the axis
                for (int row = 0; row < kMarkerRows; ++row) {
                    if (rowEnd[row] <= left - 6) {
                        rowEnd[row] = left + box.width();
                        m.text->setPos(left, plot.top() + 2 + row * (box.height() + 1));
                        return true;
                    }
                }
                return false;
            };
            const bool whole = placeIn(text);
            const bool shown = whole || placeIn(QStringLiteral("…"));
            m.text->setVisible(shown);
            m.box->setVisible(shown);
            if (shown)
                m.box->setRect(m.text->mapRectToParent(m.text->boundingRect()).adjusted(-2, 0, 2, 0));
            const QString tip = whole ? QString() : text;
            if (m.line->toolTip() != tip) {
                m.line->setToolTip(tip);
                m.text->setToolTip(tip);
            }
        }
        for (std::size_t k = used; k < pool.size(); ++k) {
            pool[k].line->setVisible(false);
            pool[k].text->setVisible(false);
            pool[k].box->setVisible(false);
        }
        placeDownSpans(plot);
        for (PlotLineItem *p : plots)
            p->setFrame(plot, axisX->min(), axisX->max(), axisY->min(), axisY->max());
        if (cursor) {
            const double x = xOf(cursorSeconds);
            const bool visible = !std::isnan(cursorSeconds) && inPlot(x);
            cursor->setVisible(visible);
            if (visible)
                cursor->setLine(x, plot.top(), x, plot.bottom());
        }
    }

    // Each region's down spans in view, one row per region from the bottom of the plot up (so two
    // regions down at once do not print over each other); a span too narrow for its label gets
    // the line alone, with the label in its tooltip.
    void placeDownSpans(const QRectF &plot)
    {
        std::size_t used = 0;
        std::vector<int> rows; // regions in the order they got a row
        for (const DownSpan &span : data.downSpans) {
            const double x0 = std::max(plot.left(), xOf(span.fromSeconds));
            const double x1 = std::min(plot.right(), xOf(span.toSeconds));
            if (plot.width() <= 0 || x1 <= x0)
                continue;
            auto row = std::find(rows.begin(), rows.end(), span.region);
            if (row == rows.end())
                row = rows.insert(rows.end(), span.region);
            if (downPool.size() <= used) {
                DownItem d;
                d.span = new QGraphicsLineItem(chart);
                d.text = new QGraphicsSimpleTextItem(chart);
                QFont font = chart->font();
                font.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
                font.setItalic(true);
                d.text->setFont(font);
                d.box = new QGraphicsRectItem(chart);
                d.box->setPen(Qt::NoPen);
                d.box->setBrush(QColor(255, 255, 255, 215));
                d.span->setZValue(kMarkerZ);
                d.box->setZValue(kMarkerZ);
                d.text->setZValue(kMarkerZ + 1);
                downPool.push_back(d);
            }
            DownItem &d = downPool[used++];
            const QColor colour = paletteColour(span.region);
            QPen pen(colour, 1.5 * data.lineScale, Qt::DotLine);
            d.span->setPen(pen);
            d.text->setBrush(colour.darker(130));
            const QString text = ChartFactory::tr("%1 down").arg(data.names.region(span.region));
            if (d.text->text() != text)
                d.text->setText(text);
            const QRectF box = d.text->boundingRect();
            const double rowIndex = static_cast<double>(row - rows.begin());
            const double y = plot.bottom() - 4 - rowIndex * (box.height() + 4);
            d.span->setLine(x0, y, x1, y);
            d.span->setVisible(true);
            d.span->setToolTip(text);
            const bool fits = box.width() + 4 <= x1 - x0;
            d.text->setVisible(fits);
            d.box->setVisible(fits);
            if (fits) {
                d.text->setPos((x0 + x1 - box.width()) / 2, y - box.height() - 1);
                d.box->setRect(d.text->mapRectToParent(box).adjusted(-2, 0, 2, 0));
            }
        }
        for (std::size_t k = used; k < downPool.size(); ++k) {
            downPool[k].span->setVisible(false);
            downPool[k].text->setVisible(false);
            downPool[k].box->setVisible(false);
        }
    }

    // Drops every line: the next fill creates them for the new layout of series.
    void clearLines()
    {
        chart->removeAllSeries();
        lines.clear();
        for (PlotLineItem *p : plots)
            delete p;
        plots.clear();
    }

    bool sameLayout(const ChartData &other) const
    {
        if (other.kind != data.kind || other.series.size() != lines.size() ||
            other.series.size() != data.series.size())
            return false;
        for (std::size_t k = 0; k < other.series.size(); ++k) {
            if (other.series[k].subject != data.series[k].subject ||
                other.series[k].index != data.series[k].index)
                return false;
        }
        return true;
    }
};

// Every text of a chart `factor` times its theme's size: title, axes, legend, and the marker labels
// (made later from the chart's font).
void scaleTexts(ChartBinding *b, double factor)
{
    const auto scaled = [factor](QFont f) {
        f.setPointSizeF(f.pointSizeF() * factor);
        return f;
    };
    b->chart->setFont(scaled(b->chart->font()));
    b->chart->setTitleFont(scaled(b->chart->titleFont()));
    b->chart->legend()->setFont(scaled(b->chart->legend()->font()));
    for (QValueAxis *axis : {b->axisX, b->axisY}) {
        axis->setLabelsFont(scaled(axis->labelsFont()));
        axis->setTitleFont(scaled(axis->titleFont()));
    }
}

QPen linePen(const ChartData &data, const ChartSeries &s)
{
    QPen pen = seriesPen(s);
    pen.setWidthF(pen.widthF() * data.lineScale);
    if (data.compact && s.subject != ChartSeries::Subject::AllUsers) {
        // One-pixel lines on the small live charts: wider ones go through the painter's stroker,
        // which made a repaint several times dearer (at presenter scale too: chart paints went from
        // about 1 ms to 7-12 ms). Exports keep the wider pens.
        pen.setWidthF(1.0);
    }
    return pen;
}

QLineSeries *addLine(ChartBinding *b, std::size_t seriesIndex, bool inLegend)
{
    const ChartSeries &s = b->data.series[seriesIndex];
    auto *line = new QLineSeries;
    line->setName(ChartFactory::seriesName(b->data, s));
    line->setPen(linePen(b->data, s));
    b->chart->addSeries(line);
    line->attachAxis(b->axisX);
    line->attachAxis(b->axisY);
    // A compact chart lists each region once: its apply lag is the same colour, dashed.
    if (!inLegend || (b->data.compact && s.subject == ChartSeries::Subject::RegionApply)) {
        for (QLegendMarker *m : b->chart->legend()->markers(line))
            m->setVisible(false);
    }
    return line;
}

// The y range a chart's points need: percentages from the deepest dip to 100, other figures from
// zero to a round number above the highest point.
struct YScale
{
    double min = 0, max = 1;
    int ticks = 5;
};

YScale fitY(const ChartData &data, double low, double high)
{
    YScale y;
    if (!std::isfinite(high))
        low = high = 0;
    if (data.kind == ChartKind::SuccessRatio) {
        // Percentages: the top is 100 %, the bottom the deepest dip, rounded down to a ten.
        y.min = std::max(0.0, std::floor(std::min(low, 99.0) / 10.0) * 10.0);
        y.max = 100.0;
    } else {
        niceScale(high > 0 ? high * 1.05 : 1.0, &y.max, &y.ticks);
    }
    return y;
}

// Sets only what changed: every axis change re-lays out the chart and re-shapes its tick labels
// (a live chart is refilled many times a second).
void setAxes(ChartBinding *b, double xMin, double xMax, const YScale &y, int plotColumns)
{
    const ChartData &data = b->data;
    if (b->axisX->min() != xMin || b->axisX->max() != xMax)
        b->axisX->setRange(xMin, xMax);
    // Ticks on round numbers of seconds since the start (a minute, five minutes, ...); at most ten
    // intervals, fewer on a narrow plot so that every label fits (about 45 pixels at normal type,
    // as much more as the type is scaled up).
    if (b->axisX->tickAnchor() != 0)
        b->axisX->setTickAnchor(0);
    const int labelPixels = static_cast<int>(45 * std::max(1.0, data.typeScale));
    const double tick = roundTimeStep(xMax - xMin, std::clamp(plotColumns / labelPixels, 2, 10));
    if (b->axisX->tickInterval() != tick)
        b->axisX->setTickInterval(tick);
    if (b->axisY->min() != y.min || b->axisY->max() != y.max)
        b->axisY->setRange(y.min, y.max);
    if (data.kind != ChartKind::SuccessRatio && b->axisY->tickCount() != y.ticks)
        b->axisY->setTickCount(y.ticks);
    const QString format = y.max >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.2g");
    if (b->axisY->labelFormat() != format)
        b->axisY->setLabelFormat(format);
}

// Live: the legend's empty line, and the points drawn by a PlotLineItem (framed by place()).
void fillLive(ChartBinding *b, std::vector<QList<QList<QPointF>>> &parts)
{
    const ChartData &data = b->data;
    for (std::size_t k = 0; k < data.series.size(); ++k) {
        if (b->lines[k].empty())
            b->lines[k].push_back(addLine(b, k, true));
        if (b->plots.size() <= k) {
            auto *plot = new PlotLineItem(b->chart);
            plot->setZValue(kPlotLineZ);
            plot->setPen(linePen(data, data.series[k]));
            b->plots.push_back(plot);
        }
        b->plots[k]->setSegments(std::move(parts[k]));
    }
}

// Exported: a QLineSeries per run between gaps (antialiased, wider pens, SVG and PDF vectors).
void fillExported(ChartBinding *b, const std::vector<QList<QList<QPointF>>> &parts)
{
    const ChartData &data = b->data;
    for (std::size_t k = 0; k < data.series.size(); ++k) {
        std::vector<QLineSeries *> &lines = b->lines[k];
        while (lines.size() < static_cast<std::size_t>(parts[k].size()))
            lines.push_back(addLine(b, k, lines.empty()));
        for (std::size_t j = 0; j < lines.size(); ++j) {
            // One replace() per line: one geometry update, however many points changed.
            const bool used = j < static_cast<std::size_t>(parts[k].size());
            lines[j]->replace(used ? parts[k][static_cast<qsizetype>(j)] : QList<QPointF>());
        }
    }
}

// Puts the (decimated) points of every series into the chart's lines, creating lines for runs
// between gaps as needed, and fits both axes.
void fill(ChartBinding *b, int plotColumns)
{
    const ChartData &data = b->data;
    const double xMin = data.xMinSeconds;
    const double xMax = std::max(xMin + 1.0, data.xMaxSeconds);
    // First: an axis change below places the markers at once.
    b->markersChanged();

    // The new points first, decimated to the plot's columns and split at the gaps.
    std::vector<QList<QList<QPointF>>> parts(data.series.size());
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (std::size_t k = 0; k < data.series.size(); ++k) {
        parts[k] = segments(decimateMinMax(data.series[k].points, xMin, xMax, plotColumns));
        if (parts[k].isEmpty())
            parts[k].append(QList<QPointF>()); // no value at all: still listed in the legend
        for (const QList<QPointF> &part : std::as_const(parts[k])) {
            for (const QPointF &p : part) {
                if (p.x() < xMin)
                    continue; // the sample that leads the line in from the left edge
                low = std::min(low, p.y());
                high = std::max(high, p.y());
            }
        }
    }
    if (b->lines.size() != data.series.size())
        b->lines.resize(data.series.size());
    setAxes(b, xMin, xMax, fitY(data, low, high), plotColumns);
    if (data.compact)
        fillLive(b, parts);
    else
        fillExported(b, parts);
    b->place();
}

void applyTexts(ChartBinding *b)
{
    const ChartData &data = b->data;
    if (data.compact) {
        // Long legends (populations) go beside the plot, where they wrap into a column.
        std::size_t entries = 0;
        for (const ChartSeries &s : data.series)
            entries += s.subject != ChartSeries::Subject::RegionApply ? 1 : 0;
        // Each of these relays out the chart: set only what differs (a language switch comes here).
        const Qt::Alignment side = entries > 4 ? Qt::AlignRight : Qt::AlignBottom;
        if (b->chart->legend()->alignment() != side)
            b->chart->legend()->setAlignment(side);
        QFont font = b->chart->legend()->font();
        font.setPointSizeF(std::max(6.5, QFont().pointSizeF() * 0.8) * data.typeScale);
        if (b->chart->legend()->font() != font)
            b->chart->legend()->setFont(font);
        if (b->chart->margins() != QMargins(4, 4, 4, 4))
            b->chart->setMargins(QMargins(4, 4, 4, 4));
    }
    b->chart->setTitle(data.scenarioName.isEmpty() ? ChartFactory::title(data.kind)
                                                   : ChartFactory::tr("%1 — %2").arg(
                                                         ChartFactory::title(data.kind), data.scenarioName));
    b->axisX->setTitleText(ChartFactory::timeAxisTitle());
    if (data.compact) {
        // At presenter type the plot is too short for the note (the legend's dashed stroke says it).
        b->axisY->setTitleText(
            data.kind == ChartKind::ReplicationLag && data.typeScale <= 1.0
                ? ChartFactory::tr("%1, dashed = applied").arg(ChartFactory::valueUnit(data))
                : ChartFactory::valueUnit(data));
    } else {
        b->axisY->setTitleText(ChartFactory::valueAxisTitle(data.kind, data.timeUnit));
    }
    for (std::size_t k = 0; k < b->lines.size() && k < data.series.size(); ++k) {
        const QString name = ChartFactory::seriesName(data, data.series[k]);
        for (QLineSeries *line : b->lines[k])
            line->setName(name);
    }
}

} // namespace

QColor chartPaletteColour(int index)
{
    const auto colours = static_cast<int>(std::size(kPalette));
    return kPalette[((index % colours) + colours) % colours];
}

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

QString ChartFactory::valueAxisTitle(ChartKind kind, TimeUnit unit)
{
    switch (kind) {
    case ChartKind::Throughput:
        return tr("Successful requests per second (req/s)");
    case ChartKind::Errors:
        return tr("Failed attempts per second (errors/s)");
    case ChartKind::LatencyP50:
    case ChartKind::LatencyP99:
        return tr("Latency seen by clients (%1)").arg(UnitFormat::symbol(unit));
    case ChartKind::SuccessRatio:
        return tr("Requests that succeeded (%)");
    case ChartKind::TrafficShare:
        return tr("Share of request attempts (%)");
    case ChartKind::QueueDepth:
        return tr("Requests waiting (requests)");
    case ChartKind::ReplicationLag:
        return tr("Age of the oldest entry not yet received or applied (%1)").arg(UnitFormat::symbol(unit));
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
        if (data.compact)
            return regionId();
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
    switch (marker.kind) {
    case FaultMarker::Kind::Command:
        break;
    case FaultMarker::Kind::Detected:
        return tr("Incident %1: detected").arg(marker.incident);
    case FaultMarker::Kind::Promoted:
        return tr("Incident %1: new primary").arg(marker.incident);
    case FaultMarker::Kind::Rerouted:
        return tr("Incident %1: rerouted").arg(marker.incident);
    case FaultMarker::Kind::Recovered:
        return tr("Incident %1: recovered").arg(marker.incident);
    }
    return describeCommand(marker.command, data.names);
}

QChart *ChartFactory::create(const ChartData &data, int plotColumns)
{
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    // Each legend entry is a stroke of its line, dash included: the dashed apply lag is told apart
    // from the receive lag of the same colour.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    auto *binding = new ChartBinding(chart);
    binding->data = data;
    binding->axisX = new QValueAxis;
    binding->axisX->setLabelFormat(QStringLiteral("%.0f"));
    binding->axisX->setTickType(QValueAxis::TicksDynamic);
    binding->axisY = new QValueAxis;
    chart->addAxis(binding->axisX, Qt::AlignBottom);
    chart->addAxis(binding->axisY, Qt::AlignLeft);
    QObject::connect(chart, &QChart::plotAreaChanged, binding, [binding] { binding->place(); });
    QObject::connect(binding->axisX, &QValueAxis::rangeChanged, binding, [binding] { binding->place(); });
    if (data.typeScale != 1.0)
        scaleTexts(binding, data.typeScale);
    fill(binding, plotColumns);
    applyTexts(binding);
    return chart;
}

bool ChartFactory::update(QChart *chart, const ChartData &data, int plotColumns)
{
    ChartBinding *binding = ChartBinding::of(chart);
    if (!binding)
        return false;
    const bool sameLayout = binding->sameLayout(data);
    // A lag that grows past 10 s changes the chart's unit: its axis title says so.
    const bool relabel = !sameLayout || binding->data.scenarioName != data.scenarioName ||
                         binding->data.compact != data.compact || binding->data.timeUnit != data.timeUnit;
    if (!sameLayout)
        binding->clearLines();
    binding->data = data;
    fill(binding, plotColumns);
    if (relabel)
        applyTexts(binding);
    return true;
}

void ChartFactory::retranslate(QChart *chart)
{
    if (ChartBinding *binding = ChartBinding::of(chart)) {
        applyTexts(binding);
        binding->forgetLabels();
        binding->place();
    }
}

void ChartFactory::setCursor(QChart *chart, double seconds)
{
    ChartBinding *binding = ChartBinding::of(chart);
    if (!binding)
        return;
    if (!binding->cursor) {
        binding->cursor = new QGraphicsLineItem(chart);
        binding->cursor->setPen(QPen(QColor(0xd0, 0x20, 0x20), 1.5));
        binding->cursor->setZValue(kMarkerZ + 1);
    }
    binding->cursorSeconds = seconds;
    binding->place();
}

double ChartFactory::cursor(QChart *chart)
{
    const ChartBinding *binding = ChartBinding::of(chart);
    return binding ? binding->cursorSeconds : std::numeric_limits<double>::quiet_NaN();
}

const ChartData *ChartFactory::dataOf(QChart *chart)
{
    const ChartBinding *binding = ChartBinding::of(chart);
    return binding ? &binding->data : nullptr;
}

QString ChartFactory::valueUnit(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Throughput:
        return tr("req/s");
    case ChartKind::Errors:
        return tr("errors/s");
    case ChartKind::LatencyP50:
    case ChartKind::LatencyP99:
    case ChartKind::ReplicationLag:
        return tr("ms");
    case ChartKind::SuccessRatio:
    case ChartKind::TrafficShare:
        return tr("%");
    case ChartKind::QueueDepth:
        return tr("requests");
    case ChartKind::EntriesBehind:
        return tr("entries");
    case ChartKind::LostWrites:
        return tr("writes");
    case ChartKind::Divergence:
        return tr("keys");
    case ChartKind::Anomalies:
        return tr("1/s");
    }
    return QString();
}

QString ChartFactory::valueUnit(const ChartData &data)
{
    return isDurationChart(data.kind) ? UnitFormat::symbol(data.timeUnit) : valueUnit(data.kind);
}

QString ChartFactory::hoverTextAt(QChart *chart, const QPointF &position)
{
    const ChartBinding *binding = ChartBinding::of(chart);
    if (!binding || binding->plots.empty() || !chart->plotArea().contains(position))
        return QString();
    constexpr double kReachPixels = 5;
    std::size_t nearest = binding->plots.size();
    double best = kReachPixels;
    for (std::size_t k = 0; k < binding->plots.size(); ++k) {
        const double d = binding->plots[k]->distanceTo(position, kReachPixels);
        if (d <= best) {
            best = d;
            nearest = k;
        }
    }
    if (nearest == binding->plots.size())
        return QString();
    const QRectF plot = chart->plotArea();
    const double seconds = binding->axisX->min() + (position.x() - plot.left()) / plot.width() *
                                                       (binding->axisX->max() - binding->axisX->min());
    return hoverText(binding->data, nearest, seconds);
}

QList<QList<QPointF>> ChartFactory::drawnLines(QChart *chart)
{
    QList<QList<QPointF>> out;
    const ChartBinding *binding = ChartBinding::of(chart);
    if (!binding)
        return out;
    for (const PlotLineItem *plot : binding->plots)
        out.append(plot->segments());
    if (binding->plots.empty()) {
        for (const std::vector<QLineSeries *> &lines : binding->lines) {
            for (const QLineSeries *line : lines)
                out.append(line->points());
        }
    }
    return out;
}

QString ChartFactory::hoverText(const ChartData &data, std::size_t seriesIndex, double seconds)
{
    if (seriesIndex >= data.series.size())
        return QString();
    const ChartSeries &s = data.series[seriesIndex];
    const QList<QPointF> &points = s.points;
    if (points.isEmpty())
        return seriesName(data, s);
    // The sample nearest in time, as measured: the drawn line may be decimated.
    auto it = std::lower_bound(points.begin(), points.end(), seconds,
                               [](const QPointF &p, double t) { return p.x() < t; });
    if (it == points.end() || (it != points.begin() && seconds - std::prev(it)->x() < it->x() - seconds))
        it = it == points.begin() ? it : std::prev(it);
    const QLocale locale;
    const QString value =
        std::isnan(it->y())
            ? tr("no value")
            : tr("%1 %2").arg(locale.toString(it->y(), 'f', it->y() >= 100 ? 0 : 2), valueUnit(data));
    return tr("%1\nt = %2 s: %3").arg(seriesName(data, s), locale.toString(it->x(), 'f', 0), value);
}

} // namespace fl::ui
