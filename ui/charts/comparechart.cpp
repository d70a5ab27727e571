// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparechart.h"

#include "chartfactory.h"
#include "decimation.h"
#include "sim/simulation.h"
#include "unitformat.h"

#include <QChart>
#include <QDir>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <memory>

namespace fl::ui {
namespace {

struct Line
{
    QString name; // within its side; empty when the side has one line
    QList<QPointF> points;
};

QFont scaled(QFont font, double factor)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

// Point by point over series sampled at the same instants; a gap counts as nothing.
QList<QPointF> sumOf(const std::vector<const ChartSeries *> &series)
{
    QList<QPointF> sum;
    if (series.empty())
        return sum;
    sum = series.front()->points;
    for (QPointF &p : sum)
        p.setY(std::isnan(p.y()) ? 0.0 : p.y());
    for (std::size_t s = 1; s < series.size(); ++s) {
        const QList<QPointF> &points = series[s]->points;
        for (qsizetype i = 0; i < sum.size() && i < points.size(); ++i)
            sum[i].ry() += std::isnan(points[i].y()) ? 0.0 : points[i].y();
    }
    return sum;
}

// What of a side's chart data the comparison draws, in milliseconds for durations.
std::vector<Line> linesOf(ChartKind kind, const ChartData &data)
{
    std::vector<Line> lines;
    std::vector<const ChartSeries *> summed;
    const double toMs = isDurationChart(kind) ? 1.0 / UnitFormat::inUnit(1.0, data.timeUnit) : 1.0;
    for (const ChartSeries &s : data.series) {
        using S = ChartSeries::Subject;
        switch (kind) {
        case ChartKind::SuccessRatio:
            if (s.subject == S::AllUsers)
                lines.push_back(Line{QString(), s.points});
            break;
        case ChartKind::LatencyP50:
        case ChartKind::LatencyP99:
            if (s.subject == S::Population) {
                Line line{ChartFactory::seriesName(data, s), s.points};
                for (QPointF &p : line.points)
                    p.ry() *= toMs;
                lines.push_back(line);
            }
            break;
        case ChartKind::Errors:
        case ChartKind::LostWrites:
            summed.push_back(&s);
            break;
        default:
            if (s.subject == S::Measure || s.subject == S::AllUsers)
                lines.push_back(Line{ChartFactory::seriesName(data, s), s.points});
            break;
        }
    }
    if (!summed.empty())
        lines.push_back(Line{QString(), sumOf(summed)});
    return lines;
}

} // namespace

// Where a side's lines are summed or picked, the title says what is drawn.
QString CompareChart::title(ChartKind kind)
{
    switch (kind) {
    case ChartKind::SuccessRatio:
        return tr("Requests that succeeded, all users");
    case ChartKind::Errors:
        return tr("Failed attempts per second, all regions");
    case ChartKind::LostWrites:
        return tr("Acknowledged writes lost so far, all mechanisms");
    default:
        return ChartFactory::title(kind);
    }
}

std::vector<ChartKind> CompareChart::kinds()
{
    return {ChartKind::SuccessRatio, ChartKind::LatencyP50, ChartKind::LatencyP99, ChartKind::Errors,
            ChartKind::LostWrites,   ChartKind::Divergence, ChartKind::Anomalies};
}

QChart *CompareChart::create(ChartKind kind, const CompareSide &a, const CompareSide &b, double xMaxSeconds,
                             const ChartExportOptions &options)
{
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *axisX = new QValueAxis;
    auto *axisY = new QValueAxis;
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    axisX->setRange(0, xMaxSeconds);
    axisX->setLabelFormat(QStringLiteral("%g"));
    axisY->setLabelFormat(QStringLiteral("%g"));

    const int columns = ChartExporter::plotColumns(options);
    const CompareSide *sides[] = {&a, &b};
    std::vector<std::vector<Line>> perSide;
    std::vector<FaultMarker> markers;
    double yMax = 0;
    for (const CompareSide *side : sides) {
        const Simulation &sim = *side->simulation;
        const ChartData data = makeChartData(kind, sim.metrics(), sim.config(), sim.engine().commandLog(),
                                             xMaxSeconds, sim.incidents());
        if (side == &a)
            markers = data.markers;
        perSide.push_back(linesOf(kind, data));
        for (const Line &line : perSide.back())
            for (const QPointF &p : line.points)
                if (!std::isnan(p.y()))
                    yMax = std::max(yMax, p.y());
    }
    // Durations in the unit the larger side reads best in, the same for both.
    const TimeUnit unit = isDurationChart(kind) ? UnitFormat::axisUnitFor(yMax) : TimeUnit::Milliseconds;
    const double scale = isDurationChart(kind) ? UnitFormat::inUnit(1.0, unit) : 1.0;

    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    for (std::size_t s = 0; s < perSide.size(); ++s) {
        const QColor colour = chartPaletteColour(static_cast<int>(s));
        for (std::size_t l = 0; l < perSide[s].size(); ++l) {
            const Line &line = perSide[s][l];
            auto *series = new QLineSeries;
            // The legend stays short (the title names the scenarios): "A", or "A · North America East".
            const QString &side = sides[s]->label;
            series->setName(line.name.isEmpty() ? side : tr("%1 · %2").arg(side, line.name));
            QList<QPointF> points = decimateMinMax(line.points, 0, xMaxSeconds, columns);
            for (QPointF &p : points)
                p.ry() *= scale;
            series->replace(points);
            // Within a side, lines differ in shade (what the legend shows) and in dash (what prints
            // in black and white).
            static const int shades[] = {100, -160, 145, -220};
            const int shade = shades[l % std::size(shades)];
            QPen pen(shade > 0 ? colour.lighter(shade) : colour.darker(-shade));
            // A is drawn wider and first, so where both sides measure the same, A's colour still
            // shows as a rim around B's line instead of vanishing under it.
            pen.setWidthF((s == 0 ? 3.5 : 2.0) * options.lineScale);
            pen.setStyle(styles[l % std::size(styles)]);
            series->setPen(pen);
            chart->addSeries(series);
            series->attachAxis(axisX);
            series->attachAxis(axisY);
        }
    }
    const double top = yMax > 0 ? yMax * scale * 1.08 : 1.0;
    axisY->setRange(0, kind == ChartKind::SuccessRatio ? 100.0 : top);
    if (kind != ChartKind::SuccessRatio)
        axisY->applyNiceNumbers();

    // The shared schedule: a thin grey line at each command, one legend entry for all of them.
    bool first = true;
    for (const FaultMarker &m : markers) {
        if (m.kind != FaultMarker::Kind::Command)
            continue;
        auto *line = new QLineSeries;
        line->append(m.timeSeconds, axisY->min());
        line->append(m.timeSeconds, axisY->max());
        QPen pen(QColor(120, 120, 120));
        pen.setWidthF(1.0 * options.lineScale);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setName(tr("the shared schedule's commands"));
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
        if (!first)
            for (QLegendMarker *marker : chart->legend()->markers(line))
                marker->setVisible(false);
        first = false;
    }

    chart->setTitle(tr("%1 — %2: %3 · %4: %5").arg(title(kind), a.label, a.name, b.label, b.name));
    axisX->setTitleText(ChartFactory::timeAxisTitle());
    axisY->setTitleText(ChartFactory::valueAxisTitle(kind, unit));
    if (options.typeScale != 1.0) {
        chart->setTitleFont(scaled(chart->titleFont(), options.typeScale));
        chart->legend()->setFont(scaled(chart->legend()->font(), options.typeScale));
        for (QAbstractAxis *axis :
             {static_cast<QAbstractAxis *>(axisX), static_cast<QAbstractAxis *>(axisY)}) {
            axis->setLabelsFont(scaled(axis->labelsFont(), options.typeScale));
            axis->setTitleFont(scaled(axis->titleFont(), options.typeScale));
        }
    }
    return chart;
}

bool CompareChart::exportAll(const CompareSide &a, const CompareSide &b, double xMaxSeconds,
                             const QString &directory, const ChartExportOptions &options,
                             QStringList *written, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = tr("cannot create the directory %1").arg(directory);
        return false;
    }
    for (const ChartKind kind : kinds()) {
        const std::unique_ptr<QChart> chart(create(kind, a, b, xMaxSeconds, options));
        const QString path = QDir(directory).filePath(chartKindId(kind) + QLatin1Char('.') +
                                                      ChartExporter::suffix(options.format));
        QString problem;
        if (!ChartExporter::exportChart(chart.get(), path, options, &problem)) {
            *error = path + QStringLiteral(": ") + problem;
            return false;
        }
        if (written)
            *written << path;
    }
    return true;
}

} // namespace fl::ui
