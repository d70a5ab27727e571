// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartexporter.h"
#include "scenario/sweeptable.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QChart;

namespace fl::ui {

// A sweep's figures drawn against its first varied setting: one line per combination of the other
// settings through the mean over seeds, with a band from the lowest to the highest seed (the seed
// spread), so a reader sees at once whether a difference is larger than the noise. The first
// setting's values are placed by value when they are all numbers or all durations, and evenly,
// labelled, otherwise. `failover-lab sweep --charts` and `merge --charts` draw these. GUI thread
// only.
class SweepChart
{
    Q_DECLARE_TR_FUNCTIONS(fl::ui::SweepChart)

public:
    // The chart of figure `figure` (an index into summary.figurePaths); the caller owns it.
    static QChart *create(const scenario::SweepSummary &summary, qsizetype figure,
                          const ChartExportOptions &options);
    // One file per figure into `directory`, named by the figure's path ("writes.lost.png";
    // "incidents[*].rto_s.max" gives "incidents.rto_s.max.png"). Figures without any value in any
    // cell are left out.
    static bool exportAll(const scenario::SweepSummary &summary, const QString &directory,
                          const ChartExportOptions &options, QStringList *written, QString *error);
    static QString fileStem(const QByteArray &figurePath);
};

} // namespace fl::ui
