// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"
#include "spec/config.h"

#include <vector>

namespace fl::scenario {

// The settings a running world takes live, each through its command: routing policy, mechanism and
// DNS TTL, replication mode, region roles, clock skews, population rates, weights and whether a
// population routes by its own weights. Everything else takes effect only when a run starts.

// Records the effect of a live command in a configuration, so that what a run started from and
// what it has become can be told apart (a reset or a save keeps it; a fork derives its commands
// from it). Faults and operator actions leave the configuration alone.
void applyLiveCommand(SimulationConfig &config, const Command &command);

// The live commands, stamped `at`, that take a world configured as `from` to `to`, in a fixed
// order (routing, data, regions, populations). Differences no command can make are left out:
// `to` was reached live exactly when applying the commands to `from` gives `to` (reachedLive).
std::vector<Command> liveCommandsBetween(const SimulationConfig &from, const SimulationConfig &to,
                                         SimTime at);
bool reachedLive(const SimulationConfig &from, const SimulationConfig &to);

} // namespace fl::scenario
