// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace fl::scenario {

// Two designs put through one experiment (`failover-lab compare`, and the window's compare view):
// the same seed, the same duration and the same things happening to the world.
//
// The schedule is A's: its faults and its traffic commands (CommandKind::Fault and ::Traffic),
// addressed by region and population id, replace B's own. What each design does about them, its
// setting changes and its operators' actions (::Setting and ::Operator), stays its own: a manual
// failover's operator steps belong to that design. At equal times the shared schedule goes first.
struct ComparePair
{
    Scenario a;
    Scenario b;
    QStringList warnings; // in the UI language: what of B was replaced by A's
};

// The commands of `scenario`'s schedule that a compare shares (its faults and traffic), in order.
std::vector<Command> sharedSchedule(const Scenario &scenario);

// Aligns B with A (seed, duration, schedule). Fails, with the sentence in `error`, when B lacks a
// region, population or dependency that one of A's commands names, or the schedule does not fit B.
std::optional<ComparePair> alignForCompare(const Scenario &a, const Scenario &b, QString *error);

// The same action in another world: region and population arguments are matched by id, a
// dependency by its index and kind, everything else kept. Fails, with the sentence in `error` (UI
// language), when the other world has no such region, population or dependency; the compare view
// then refuses to apply a shared action to one side only without being asked.
std::optional<Command> translateCommand(const SimulationConfig &from, const SimulationConfig &to,
                                        const Command &command, QString *error);

// One figure of the comparison table, taken from each side's run report (runReportJson), so that
// every value equals what a plain `run` of that side reports.
struct CompareRow
{
    enum class Better
    {
        Higher,
        Lower,
        Neither, // a figure to read, not to rank (e.g. how many writes were acknowledged)
    };
    QByteArray path;    // where the value sits in the report: "availability.by_requests", ...
    QString population; // for per-population rows: the population id
    int incident = -1;  // for per-incident rows: 0-based index
    Better better = Better::Lower;
    // Nothing: the side has no such value (an empty latency, an incident it did not have). An
    // incident that never recovered has no RTO, which ranks as the worse one.
    std::optional<double> a;
    std::optional<double> b;
    bool unrecoveredA = false; // an RTO row: that side's users were still not served at the end
    bool unrecoveredB = false;
    // 0: A is better, 1: B is better, -1: equal, not ranked or not comparable.
    int winner() const;
};

// The rows, in the order the table prints them: availability, latency (all users, then by
// population), incidents (RTO, RPO and lost writes each), writes, divergence, conflicts and stale
// reads, cost, and operations (operator actions taken, components run).
std::vector<CompareRow> compareRows(const QJsonObject &reportA, const QJsonObject &reportB);

// "failover-lab-comparison", version 1: seed, duration, the shared schedule, whether both sides
// saw the same requests (their workload hashes), the table, and each side's full run report.
QJsonObject comparisonJson(const ComparePair &pair, const QJsonObject &reportA, const QJsonObject &reportB);
QByteArray comparisonBytes(const ComparePair &pair, const QJsonObject &reportA, const QJsonObject &reportB);
// The table as CSV: figure, population, incident, a, b, better (a, b or empty).
QByteArray comparisonCsv(const std::vector<CompareRow> &rows);

} // namespace fl::scenario
