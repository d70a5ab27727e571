// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweepchart.h"

#include "chartfactory.h"
#include "scenario/duration.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QDir>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <map>

namespace fl::ui {
namespace {

// How the first setting's values sit on the x axis.
struct XPlacement
{
    std::vector<double> positions; // one per distinct value, in first-seen (grid) order
    QStringList labels;
    bool byValue = false; // numbers or durations: placed where they are, else evenly
    bool seconds = false; // durations, placed in seconds
};

XPlacement placeValues(const QStringList &values)
{
    XPlacement x;
    x.labels = values;
    bool numbers = true, durations = true;
    std::vector<double> asNumbers, asSeconds;
    for (const QString &v : values) {
        bool ok = false;
        const double n = v.toDouble(&ok);
        numbers = numbers && ok && std::isfinite(n);
        asNumbers.push_back(n);
        QString text = v;
        if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
            text = text.mid(1, text.size() - 2);
        const std::optional<SimTime> t = scenario::parseDuration(text);
        durations = durations && t.has_value();
        asSeconds.push_back(t ? toSeconds(*t) : 0.0);
    }
    if (numbers) {
        x.positions = asNumbers;
        x.byValue = true;
    } else if (durations) {
        x.positions = asSeconds;
        x.byValue = true;
        x.seconds = true;
    } else {
        for (qsizetype i = 0; i < values.size(); ++i)
            x.positions.push_back(static_cast<double>(i));
    }
    return x;
}

QFont scaled(QFont font, double factor)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

} // namespace

QString SweepChart::fileStem(const QByteArray &figurePath)
{
    QString stem = QString::fromUtf8(figurePath);
    stem.remove(QStringLiteral("[*]"));
    for (QChar &c : stem) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('_') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    return stem;
}

QChart *SweepChart::create(const scenario::SweepSummary &summary, qsizetype figure,
                           const ChartExportOptions &options)
{
    auto *chart = new QChart;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);

    const bool oneAxis = summary.axisPaths.size() <= 1;
    const QString xPath = summary.axisPaths.isEmpty() ? QString() : QString::fromUtf8(summary.axisPaths[0]);
    const QString figurePath = QString::fromUtf8(summary.figurePaths[figure]);

    // The distinct values of the first setting, and the lines: one per combination of the others.
    QStringList xValues;
    std::vector<QString> lineNames;
    std::map<QString, std::size_t> lineOf;
    std::vector<std::size_t> cellLine, cellX; // per cell: its line and its first-setting value
    std::size_t maxSeeds = 0;
    for (const scenario::SweepCellSummary &cell : summary.cells) {
        const QString x = cell.values.isEmpty() ? QString() : QString::fromUtf8(cell.values[0]);
        if (!xValues.contains(x))
            xValues << x;
        cellX.push_back(static_cast<std::size_t>(xValues.indexOf(x)));
        QStringList others;
        for (qsizetype a = 1; a < cell.values.size(); ++a)
            others << QString::fromUtf8(summary.axisPaths[a]) + QLatin1Char('=') +
                          QString::fromUtf8(cell.values[a]);
        const QString name = oneAxis ? tr("mean over seeds") : others.join(QStringLiteral(", "));
        if (lineOf.emplace(name, lineNames.size()).second)
            lineNames.push_back(name);
        cellLine.push_back(lineOf.at(name));
        if (const auto &s = cell.figures[static_cast<std::size_t>(figure)])
            maxSeeds = std::max(maxSeeds, s->n);
    }
    const XPlacement placement = placeValues(xValues);

    struct Line
    {
        QLineSeries *mean = nullptr;
        QLineSeries *low = nullptr;
        QLineSeries *high = nullptr;
    };
    std::vector<Line> lines(lineNames.size());
    double yMin = 0, yMax = 0;
    bool anyValue = false;
    for (std::size_t c = 0; c < summary.cells.size(); ++c) {
        const std::optional<scenario::SweepStatistics> &s =
            summary.cells[c].figures[static_cast<std::size_t>(figure)];
        if (!s)
            continue;
        Line &line = lines[cellLine[c]];
        if (!line.mean) {
            line.mean = new QLineSeries;
            line.low = new QLineSeries;
            line.high = new QLineSeries;
        }
        const double x = placement.positions[cellX[c]];
        line.mean->append(x, s->mean);
        line.low->append(x, s->min);
        line.high->append(x, s->max);
        yMin = anyValue ? std::min(yMin, s->min) : s->min;
        yMax = anyValue ? std::max(yMax, s->max) : s->max;
        anyValue = true;
    }

    // Numbers and durations on a value axis with round ticks; anything else one label per value,
    // evenly spaced (a line series on a bar-category axis sits at the category indexes).
    auto *axisX = placement.byValue ? static_cast<QAbstractAxis *>(new QValueAxis)
                                    : static_cast<QAbstractAxis *>(new QBarCategoryAxis);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%g"));
    const double xLow = *std::min_element(placement.positions.begin(), placement.positions.end());
    const double xHigh = *std::max_element(placement.positions.begin(), placement.positions.end());
    if (auto *values = qobject_cast<QValueAxis *>(axisX)) {
        const double xPad = xHigh > xLow ? (xHigh - xLow) * 0.06 : std::max(1.0, std::abs(xLow) * 0.1);
        values->setRange(xLow - xPad, xHigh + xPad);
        values->applyNiceNumbers();
        if (xLow >= 0 && values->min() < 0) // a setting that cannot be negative has no axis below 0
            values->setMin(0);
        values->setLabelFormat(QStringLiteral("%g"));
    } else if (auto *categories = qobject_cast<QBarCategoryAxis *>(axisX)) {
        categories->append(placement.labels);
    }
    // Added once set up: a category axis added empty and filled afterwards is not laid out.
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    // Counts and ratios start at zero so that a small difference does not look large.
    const double top = yMax > 0 ? yMax * 1.08 : 1.0;
    const double bottom = yMin < 0 ? yMin * 1.08 : 0.0;
    axisY->setRange(bottom, top);
    axisY->applyNiceNumbers();

    for (std::size_t l = 0; l < lines.size(); ++l) {
        if (!lines[l].mean)
            continue;
        const QColor colour = chartPaletteColour(static_cast<int>(l));
        if (maxSeeds > 1) {
            auto *band = new QAreaSeries(lines[l].high, lines[l].low);
            // An area series does not own its boundary lines: it does now, and the chart owns it.
            lines[l].high->setParent(band);
            lines[l].low->setParent(band);
            QColor fill = colour;
            fill.setAlphaF(0.22);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            chart->addSeries(band);
            band->attachAxis(axisX);
            band->attachAxis(axisY);
            for (QLegendMarker *marker : chart->legend()->markers(band))
                marker->setVisible(false);
        } else {
            delete lines[l].low;
            delete lines[l].high;
        }
        QLineSeries *mean = lines[l].mean;
        mean->setName(lineNames[l]);
        QPen pen(colour);
        pen.setWidthF(2.0 * options.lineScale);
        mean->setPen(pen);
        mean->setPointsVisible(true);
        mean->setMarkerSize(7.0 * options.lineScale);
        chart->addSeries(mean);
        mean->attachAxis(axisX);
        mean->attachAxis(axisY);
    }

    chart->setTitle(maxSeeds > 1 ? tr("%1 by %2: mean of %n seed(s), band from lowest to highest", nullptr,
                                      static_cast<int>(maxSeeds))
                                       .arg(figurePath, xPath)
                                 : tr("%1 by %2").arg(figurePath, xPath));
    axisX->setTitleText(placement.seconds ? tr("%1 (s)").arg(xPath) : xPath);
    axisY->setTitleText(figurePath);
    if (!anyValue)
        chart->setTitle(tr("%1: no run has a value").arg(figurePath));

    if (options.typeScale != 1.0) {
        chart->setTitleFont(scaled(chart->titleFont(), options.typeScale));
        chart->legend()->setFont(scaled(chart->legend()->font(), options.typeScale));
        for (QAbstractAxis *axis : {axisX, static_cast<QAbstractAxis *>(axisY)}) {
            axis->setLabelsFont(scaled(axis->labelsFont(), options.typeScale));
            axis->setTitleFont(scaled(axis->titleFont(), options.typeScale));
        }
    }
    return chart;
}

bool SweepChart::exportAll(const scenario::SweepSummary &summary, const QString &directory,
                           const ChartExportOptions &options, QStringList *written, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = tr("cannot create the directory %1").arg(directory);
        return false;
    }
    for (qsizetype f = 0; f < summary.figurePaths.size(); ++f) {
        const bool anyValue = std::any_of(summary.cells.begin(), summary.cells.end(), [f](const auto &cell) {
            return cell.figures[static_cast<std::size_t>(f)].has_value();
        });
        if (!anyValue || summary.cells.empty())
            continue;
        std::unique_ptr<QChart> chart(create(summary, f, options));
        const QString path = QDir(directory).filePath(fileStem(summary.figurePaths[f]) + QLatin1Char('.') +
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
