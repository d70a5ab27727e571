#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace fl::scenario {

// JSON for people to read and diff, and byte-for-byte reproducible: keys named in `firstKeys`
// come first in that order, the others alphabetically; short objects of plain values and arrays
// of plain values stay on one line; everything else is indented by two spaces. Numbers use the
// shortest text that reads back as the same double, so writing and reading loses nothing.
QByteArray readableJson(const QJsonValue &value, const QStringList &firstKeys = {});

} // namespace fl::scenario
