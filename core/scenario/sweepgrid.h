// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace fl::scenario {

// One varied setting of a sweep: a scenario path and the values it takes, in the order given
// (a command line's --vary PATH=V1,V2,…; each value is read like --set's).
struct SweepAxis
{
    QString path;
    QStringList values;
};

// Reads "PATH=V1,V2,…". Values are split at the commas that are not inside brackets, braces or a
// JSON string, so objects and lists can be values ({"interval":"5s","timeout":"2s"},[1,2]).
// Refuses an empty path, an empty value and a value given twice, with one sentence in `error`.
std::optional<SweepAxis> parseSweepAxis(const QString &text, QString *error);

// The runs of a sweep, numbered once for every shard and every merge: run r belongs to cell
// r / seeds.size() and uses seeds[r % seeds.size()]; cells enumerate the axes' values with the
// first axis changing slowest (the order of nested loops written in --vary order).
struct SweepGrid
{
    std::vector<SweepAxis> axes;
    std::vector<std::uint64_t> seeds;

    std::size_t cellCount() const;
    std::size_t runCount() const { return cellCount() * seeds.size(); }
    std::size_t cellOf(std::size_t run) const { return run / seeds.size(); }
    std::uint64_t seedOf(std::size_t run) const { return seeds[run % seeds.size()]; }
    // The value of each axis in a cell, in axis order.
    QStringList cellValues(std::size_t cell) const;
    // The same as --set assignments ("PATH=VALUE"), in axis order.
    QStringList cellAssignments(std::size_t cell) const;
};

// K seeds starting at the scenario's own: first, first + 1, … (wrapping past 2^64 − 1).
std::vector<std::uint64_t> consecutiveSeeds(std::uint64_t first, std::size_t count);

// A shard of a sweep run by a batch system: the runs whose number is `index` modulo `count`.
struct SweepShard
{
    std::size_t index = 0;
    std::size_t count = 1;
    bool contains(std::size_t run) const { return run % count == index; }
};

// Reads "I/N" (0-based, I < N).
std::optional<SweepShard> parseSweepShard(const QString &text, QString *error);

} // namespace fl::scenario
