// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonValue>
#include <QList>
#include <optional>

namespace fl::scenario {

// The lab's CSV dialect (RFC 4180): comma-separated, '\n' line ends, a field quoted only when it
// holds a comma, a quote or a line break. Numbers are written exactly and shortest: a whole number
// without a decimal point, anything else with as few digits as read back to the same double. The
// run's CSV files and the sweep's rows and summaries all go through these, so a file written twice
// from the same values has the same bytes.

QByteArray csvNumber(double value);
// A JSON value as one field: a number as above, a bool as 1 or 0, a string quoted when needed,
// null (no value) as an empty field.
QByteArray csvValue(const QJsonValue &value);
// Text as one field, quoted when needed.
QByteArray csvText(const QByteArray &text);
void appendCsvRow(QByteArray &out, const QList<QJsonValue> &values);
// Fields already formatted as fields (csvValue, csvText), joined into one line with its '\n'.
QByteArray csvLine(const QByteArrayList &fields);

// One line (without its '\n') split into fields, quotes undone; nothing when a quote is left open
// or text follows a closing quote.
std::optional<QByteArrayList> parseCsvLine(const QByteArray &line);

} // namespace fl::scenario
