// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparison.h"

#include <QString>
#include <utility>

namespace fl::scenario {

// How a row of the comparison table reads, in the UI language, wherever it is shown (the `compare`
// command's table and the window's compare view print the same words and numbers).

// "Availability by requests", "Incident 1: RTO (s)", "p99 latency, eu-west (ms)", ...
QString compareRowLabel(const CompareRow &row);

// Both sides' values: percentages and seconds to three decimals, latency to one, cost to two,
// counts whole, "-" for a value a side does not have, "not recovered" for an RTO that never ended;
// with as many more decimals as it takes (up to four) for a ranked difference to show, so that a
// row never names a better side between two equal-looking numbers.
std::pair<QString, QString> compareRowValues(const CompareRow &row);

} // namespace fl::scenario
