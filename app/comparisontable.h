// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/comparison.h"

#include <QString>
#include <QTextStream>
#include <vector>

namespace fl::app {

// The comparison table as `compare` and `run --fork-at` print it: one row per figure, in the UI
// language, the two sides' values (percentages and seconds to three decimals, latency to one, cost
// to two, counts whole; more decimals, up to four, where a ranked difference would not show
// otherwise) and the better side's column title.
void printComparisonTable(QTextStream &out, const std::vector<scenario::CompareRow> &rows,
                          const QString &columnA, const QString &columnB);

} // namespace fl::app
