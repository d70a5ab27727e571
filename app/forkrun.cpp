// SPDX-License-Identifier: GPL-3.0-or-later
#include "forkrun.h"

#include "scenario/comparison.h"
#include "scenario/duration.h"
#include "scenario/jsonwriter.h"
#include "scenario/livesettings.h"
#include "scenario/overrides.h"
#include "scenario/runreport.h"
#include "scenario/scenarioreader.h"
#include "scenario/scenariowriter.h"
#include "sim/simulation.h"

#include <QJsonArray>
#include <QtConcurrent>

namespace fl::app {

std::optional<ForkPlan> planFork(const QJsonObject &document, SimTime at, const QStringList &overrides,
                                 QString *error)
{
    scenario::ScenarioError problem;
    std::optional<scenario::Scenario> before = scenario::scenarioFromJson(document, &problem);
    if (!before) {
        *error = problem.toString();
        return std::nullopt;
    }
    ForkPlan plan;
    plan.at = at;
    plan.overrides = overrides;
    plan.base = *before;
    if (at >= plan.base.duration) {
        *error = ForkText::tr("--fork-at: %1 is not before the end of the run (%2)")
                     .arg(scenario::formatDuration(at), scenario::formatDuration(plan.base.duration));
        return std::nullopt;
    }
    QJsonObject edited = document;
    for (const QString &assignment : overrides) {
        if (!scenario::applyOverride(edited, assignment, &problem)) {
            *error = QStringLiteral("--set: ") + problem.toString();
            return std::nullopt;
        }
        std::optional<scenario::Scenario> after = scenario::scenarioFromJson(edited, &problem);
        if (!after) {
            *error = QStringLiteral("--set: ") + problem.toString();
            return std::nullopt;
        }
        // After T only what a running world takes live may change: the same scenario but for
        // settings that commands reach.
        scenario::Scenario sameButConfig = *before;
        sameButConfig.config = after->config;
        if (at > 0 && (!(sameButConfig == *after) || !scenario::reachedLive(before->config, after->config))) {
            *error =
                ForkText::tr("--set %1: this setting takes effect only when a run starts, so a fork at %2 "
                             "cannot change it (live: routing.policy, routing.mechanism, routing.dns_ttl, "
                             "data.mode, data.clock_skew, regions[].role, populations[].rate, "
                             "populations[].weights, populations[].own_weights; or fork at 0s)")
                    .arg(assignment.section(QLatin1Char('='), 0, 0), scenario::formatDuration(at));
            return std::nullopt;
        }
        before = after;
    }
    if (at == 0) {
        plan.branch = *before;
        return plan;
    }
    plan.commands = scenario::liveCommandsBetween(plan.base.config, before->config, at);
    plan.branch = plan.base;
    plan.branch.faults.insert(plan.branch.faults.end(), plan.commands.begin(), plan.commands.end());
    return plan;
}

std::pair<Simulation, Simulation> runFork(const ForkPlan &plan)
{
    Simulation branch0 = scenario::makeSimulation(plan.base);
    Simulation branch1 = [&] {
        if (plan.at == 0)
            return scenario::makeSimulation(plan.branch);
        // Everything before T is shared: the branch is a copy of the world just before T.
        branch0.runUntil(plan.at - 1);
        Simulation copy = branch0;
        for (const Command &c : plan.commands)
            copy.submit(c); // lands at T, after the schedule's own commands at T (submitted first)
        return copy;
    }();
    QFuture<void> other = QtConcurrent::run([&branch1, end = plan.branch.duration] {
        branch1.runUntil(end);
        branch1.recountWrites();
    });
    branch0.runUntil(plan.base.duration);
    branch0.recountWrites();
    other.waitForFinished();
    return {std::move(branch0), std::move(branch1)};
}

QJsonObject forkJson(const ForkPlan &plan, const QJsonObject &report0, const QJsonObject &report1)
{
    QJsonObject root;
    root[QStringLiteral("format")] = QStringLiteral("failover-lab-fork");
    root[QStringLiteral("version")] = 1;
    root[QStringLiteral("scenario")] = plan.base.name;
    root[QStringLiteral("fork_at_s")] = toSeconds(plan.at);
    root[QStringLiteral("overrides")] = QJsonArray::fromStringList(plan.overrides);
    QJsonArray commands;
    for (const Command &c : plan.commands)
        commands.append(scenario::commandToJson(plan.base.config, c));
    root[QStringLiteral("commands_at_fork")] = commands;
    QJsonArray table;
    for (const QJsonValue &row :
         scenario::comparisonJson(scenario::ComparePair{plan.base, plan.branch, {}}, report0, report1)
             .value(QStringLiteral("table"))
             .toArray())
        table.append(row);
    root[QStringLiteral("table")] = table;
    root[QStringLiteral("branches")] = QJsonArray{report0, report1};
    return root;
}

QByteArray forkBytes(const ForkPlan &plan, const QJsonObject &report0, const QJsonObject &report1)
{
    return scenario::readableJson(forkJson(plan, report0, report1),
                                  scenario::runReportKeyOrder() +
                                      QStringList{QStringLiteral("fork_at_s"), QStringLiteral("overrides"),
                                                  QStringLiteral("commands_at_fork"), QStringLiteral("table"),
                                                  QStringLiteral("branches")});
}

} // namespace fl::app
