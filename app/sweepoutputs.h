// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartexporter.h"
#include "scenario/sweeptable.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace fl::app {

class SweepOutputText
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::SweepOutputs)
};

// What `sweep` and `merge` both write from a finished table of rows, and the options naming it.
struct SweepOutputOptions
{
    QCommandLineOption csv{QStringLiteral("csv"),
                           SweepOutputText::tr("Write the rows, one per run, to FILE ('-' for stdout, the "
                                               "default for sweep)."),
                           QStringLiteral("FILE")};
    QCommandLineOption summary{
        QStringLiteral("summary"),
        SweepOutputText::tr("Write the summary over seeds (n, mean, min, max, p95 per cell and figure) to "
                            "FILE (default: the rows file's name with .summary.csv)."),
        QStringLiteral("FILE")};
    QCommandLineOption charts{QStringLiteral("charts"),
                              SweepOutputText::tr("Draw one chart per figure against the first varied "
                                                  "setting into DIR."),
                              QStringLiteral("DIR")};
    QCommandLineOption format{QStringLiteral("format"),
                              SweepOutputText::tr("Chart file format: png, svg or pdf (default png)."),
                              QStringLiteral("FORMAT"), QStringLiteral("png")};
    QCommandLineOption preset{QStringLiteral("preset"),
                              SweepOutputText::tr("Charts for a use: slide, document or custom (default)."),
                              QStringLiteral("NAME"), QStringLiteral("custom")};

    QList<QCommandLineOption> all() const { return {csv, summary, charts, format, preset}; }
};

// The destinations, checked before anything runs (a long sweep must not end in "cannot write").
struct SweepDestinations
{
    QString rows;    // empty or "-": standard output
    QString summary; // empty: none
    QString charts;  // empty: none
    ui::ChartExportOptions chartOptions;
};

// Reads and checks the options; fails with the sentence to print.
std::optional<SweepDestinations> sweepDestinations(const QCommandLineParser &parser,
                                                   const SweepOutputOptions &o, QString *error);

// Writes the whole table's rows (atomically, unless to stdout), its summary and its charts;
// appends each written path to `written` and each failure to `errors`.
void writeSweepOutputs(const scenario::SweepTable &table, const SweepDestinations &d, bool rowsToo,
                       QStringList *written, QStringList *errors);

} // namespace fl::app
