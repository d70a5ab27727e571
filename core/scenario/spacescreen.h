// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "designscreen.h"
#include "designspace.h"

#include <QJsonObject>
#include <optional>
#include <vector>

namespace fl::scenario {

// Every design of a space, screened with the closed forms on the configuration it would run with.
// Building and validating tens of thousands of scenario documents would take minutes; instead the
// one scenario of each architecture, home and roles is built from its overrides and validated, and
// each design's plain settings are set on a copy of its configuration (DesignSpace::applySettings,
// held equal to the overrides by tst_designspace): 68,436 designs in about 50 ms.
struct ScreenedDesign
{
    std::size_t context = 0; // into SpaceScreen::contexts: its architecture, home and roles
    QString invalidReason;   // not empty: its architecture, home and roles are not valid here
    double nominalCost = 0;
    double estimatedRto = 0;
    std::optional<ScreenVerdict> verdict;
};

struct SpaceScreen
{
    std::vector<ScreenContext> contexts;
    std::vector<ScreenedDesign> designs; // as DesignSpace::choices()
};

// `document` is the plan's world (faults final, targets set); `duration`, when set, replaces the
// scenario's; `targets` gives the context's targets and budget.
SpaceScreen screenSpace(const DesignSpace &space, const QJsonObject &document,
                        std::optional<SimTime> duration, const ScreenContext &targets);

// `choice` as a scenario, the way `run` reads a file of it: the world with all its overrides,
// validated, the duration replaced when set. Nothing, with the reason in `error`, when not valid.
std::optional<Scenario> buildDesign(const DesignSpace &space, const QJsonObject &document,
                                    const DesignChoice &choice, std::optional<SimTime> duration,
                                    QString *error);

} // namespace fl::scenario
