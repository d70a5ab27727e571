// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweepoutputs.h"

#include "chartlook.h"
#include "charts/sweepchart.h"
#include "scenario/outputfile.h"

#include <QTextStream>
#include <cstdio>

namespace fl::app {

std::optional<SweepDestinations> sweepDestinations(const QCommandLineParser &parser,
                                                   const SweepOutputOptions &o, QString *error)
{
    SweepDestinations d;
    d.rows = parser.value(o.csv);
    if (parser.isSet(o.summary))
        d.summary = parser.value(o.summary);
    else if (!d.rows.isEmpty() && d.rows != QLatin1String("-"))
        d.summary = (d.rows.endsWith(QLatin1String(".csv")) ? d.rows.chopped(4) : d.rows) +
                    QStringLiteral(".summary.csv");
    if (d.summary == QLatin1String("-") && (d.rows.isEmpty() || d.rows == QLatin1String("-"))) {
        *error = SweepOutputText::tr("--summary: the rows already go to standard output; name a file");
        return std::nullopt;
    }
    d.charts = parser.value(o.charts);
    const std::optional<ui::ChartExportOptions> look =
        chartLook(!d.charts.isEmpty(), parser.isSet(o.format) || parser.isSet(o.preset),
                  parser.value(o.format), parser.value(o.preset), error);
    if (!look)
        return std::nullopt;
    d.chartOptions = *look;

    QString problem;
    if (!d.rows.isEmpty() && !scenario::checkOutputFile(d.rows, &problem)) {
        *error = QStringLiteral("--csv: ") + problem;
        return std::nullopt;
    }
    if (!d.summary.isEmpty() && !scenario::checkOutputFile(d.summary, &problem)) {
        *error = QStringLiteral("--summary: ") + problem;
        return std::nullopt;
    }
    if (!d.charts.isEmpty() && !scenario::checkOutputDirectory(d.charts, &problem)) {
        *error = QStringLiteral("--charts: ") + problem;
        return std::nullopt;
    }
    return d;
}

void writeSweepOutputs(const scenario::SweepTable &table, const SweepDestinations &d, bool rowsToo,
                       QStringList *written, QStringList *errors)
{
    QString problem;
    if (rowsToo) {
        const QString rows = d.rows.isEmpty() ? QStringLiteral("-") : d.rows;
        if (!scenario::writeOutputFile(rows, scenario::sweepTableCsv(table), &problem))
            *errors << problem;
        else if (rows != QLatin1String("-"))
            *written << rows;
    }
    if (!d.summary.isEmpty()) {
        if (!scenario::writeOutputFile(d.summary, scenario::sweepSummaryCsv(table), &problem))
            *errors << problem;
        else if (d.summary != QLatin1String("-"))
            *written << d.summary;
    }
    if (!d.charts.isEmpty()) {
        if (!ui::SweepChart::exportAll(scenario::summarizeSweep(table), d.charts, d.chartOptions, written,
                                       &problem))
            *errors << problem;
    }
}

} // namespace fl::app
