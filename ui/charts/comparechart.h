// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "chartexporter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

class QChart;

namespace fl {
class Simulation;
}

namespace fl::ui {

// One side of a comparison as a chart labels it.
struct CompareSide
{
    const Simulation *simulation = nullptr;
    QString label; // "A", "B"
    QString name;  // the scenario's name
};

// Two runs of one experiment drawn over each other: one colour per side (A the palette's first,
// B its second), one line style per population or measure within a side, and a thin grey line at
// every command of the shared schedule. What a speaker puts on a slide to show that the same
// failure hurts one design more than the other. Charts made: the success ratio of all users, p50
// and p99 latency by population, errors per second over every region, acknowledged writes lost
// (all mechanisms, cumulative), divergent keys, and stale reads and conflicts per second.
// `failover-lab compare --charts` draws these; GUI thread only.
class CompareChart
{
    Q_DECLARE_TR_FUNCTIONS(fl::ui::CompareChart)

public:
    static std::vector<ChartKind> kinds();
    static QString title(ChartKind kind);
    // The chart of `kind` for sides `a` and `b` (run for `xMaxSeconds`); the caller owns it.
    static QChart *create(ChartKind kind, const CompareSide &a, const CompareSide &b, double xMaxSeconds,
                          const ChartExportOptions &options);
    // Every chart into `directory`, one file each named by chartKindId().
    static bool exportAll(const CompareSide &a, const CompareSide &b, double xMaxSeconds,
                          const QString &directory, const ChartExportOptions &options, QStringList *written,
                          QString *error);
};

} // namespace fl::ui
