// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenario.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace fl {
class Simulation;
}

namespace fl::app {

class ForkText
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::Fork)
};

// `run SCENARIO --fork-at T --set PATH=VALUE ...`: one run up to T, then two futures. Branch 0
// goes on unchanged (it is the plain run); branch 1 is a copy of the world at T that takes the
// overrides as live commands at T, so both share every event before T. At T = 0 there is no shared
// past: branch 1 is the scenario with the overrides from the start, and any setting may change.
struct ForkPlan
{
    SimTime at = 0;
    QStringList overrides;
    scenario::Scenario base; // branch 0
    // Branch 1 as a scenario of its own: at T = 0 the overridden scenario, later the base with the
    // fork's commands appended to its schedule, so that a plain run of it reproduces branch 1 exactly.
    scenario::Scenario branch;
    std::vector<Command> commands; // applied at T (none at T = 0)
};

// Applies the overrides one by one to the base document. For T > 0 each must change only what a
// running world takes live (scenario/livesettings.h); one that does not is refused with its path.
// `document` is the scenario before any override. Fails with the sentence to print.
std::optional<ForkPlan> planFork(const QJsonObject &document, SimTime at, const QStringList &overrides,
                                 QString *error);

// Both branches, run to the end (branch 1 on a pool thread once they part), their writes counted
// as of the end.
std::pair<Simulation, Simulation> runFork(const ForkPlan &plan);

// "failover-lab-fork", version 1: fork_at_s, the overrides, the commands applied at T, the
// comparison table of the two branches, and each branch's full run report (branches[0] is the
// plain run's report, branches[1] that of the branch's own scenario).
QJsonObject forkJson(const ForkPlan &plan, const QJsonObject &report0, const QJsonObject &report1);
QByteArray forkBytes(const ForkPlan &plan, const QJsonObject &report0, const QJsonObject &report1);

} // namespace fl::app
