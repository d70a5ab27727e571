#pragma once

#include "engine/simtime.h"

#include <QJsonValue>
#include <QString>
#include <optional>

namespace fl::scenario {

// Durations in scenario files: a string with a unit ("90s", "10m", "1.5h", "500ms", "250us") or a
// plain number of seconds (90, 0.5). Parsing is exact to the microsecond for strings; a negative
// value parses (the caller's range check then names the field). Returns nothing for anything else.
std::optional<SimTime> parseDuration(const QString &text);
std::optional<SimTime> parseDuration(const QJsonValue &value);

// The shortest exact spelling in the largest unit that divides it: "10m", "90s", "1500ms", "7us".
// parseDuration(formatDuration(t)) == t for every t.
QString formatDuration(SimTime t);

} // namespace fl::scenario
