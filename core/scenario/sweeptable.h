// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace fl::scenario {

// What a sweep records of each run: the figures of its report ("failover-lab-metrics", see
// runreport.h), each column named by its path there, so that a row can be checked against the
// `run --json` of the same settings. Aggregates over the incident list are named
// "incidents[*].FIELD.AGGREGATE": count (incidents), max and mean (over incidents whose FIELD has a
// value), sum, and for rto_s "open" (incidents whose users were not served again before the end;
// their RTO is not in max or mean). `targets.status` and `trace_hash` are text.
const QStringList &sweepFigurePaths();

// The rows file's header: run, the varied paths in --vary order, seed, then the figures.
QByteArrayList sweepHeader(const QStringList &axisPaths);

// One row of that file (with its '\n'): the run's number in the grid, the varied values as given,
// the seed and the figures read from `report`.
QByteArray sweepRow(std::size_t run, const QStringList &axisValues, std::uint64_t seed,
                    const QJsonObject &report);

// A rows file read back (a sweep's --csv, or one shard of it): the header and rows sorted by run.
struct SweepTable
{
    QByteArrayList header;
    std::vector<QByteArrayList> rows; // fields as text, in run order
    qsizetype axisCount() const;      // the columns between "run" and "seed"
};

// Reads a rows file; `name` names it in errors. Refuses a header that is not a sweep's, a row with
// the wrong number of fields, a run number that is not a whole number or appears twice.
std::optional<SweepTable> readSweepTable(const QByteArray &bytes, const QString &name, QString *error);

// Joins shards into one table in run order. Refuses tables with different headers, a run in two of
// them, and a gap in the run numbers (a shard missing).
std::optional<SweepTable> mergeSweepTables(std::vector<SweepTable> tables, const QStringList &names,
                                           QString *error);

// The rows file of a table (header and rows), byte for byte what the sweep wrote.
QByteArray sweepTableCsv(const SweepTable &table);

// Over the seeds of each cell (rows with the same varied values, in run order), per numeric
// figure: the number of runs with a value, mean, min, max and p95 (nearest rank). One row per cell
// and figure: the varied paths, figure, n, mean, min, max, p95.
QByteArray sweepSummaryCsv(const SweepTable &table);

// The same, as numbers, for charts: per cell, the varied values, and per figure the statistics.
struct SweepStatistics
{
    std::size_t n = 0;
    double mean = 0, min = 0, max = 0, p95 = 0;
};
struct SweepCellSummary
{
    QByteArrayList values;                               // the varied values, in axis order
    std::vector<std::optional<SweepStatistics>> figures; // one per numeric figure column
};
struct SweepSummary
{
    QByteArrayList axisPaths;
    QByteArrayList figurePaths;          // the numeric figure columns, in header order
    std::vector<SweepCellSummary> cells; // in grid order
};
SweepSummary summarizeSweep(const SweepTable &table);

} // namespace fl::scenario
