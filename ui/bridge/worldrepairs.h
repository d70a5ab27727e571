// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/command.h"

#include <vector>

namespace fl::ui {

struct WorldSnapshot;

// What the one-key moves of presenter mode read off a snapshot, for the lab's window and the
// compare view alike.

// The first region listed that is a primary and up, or -1.
int primaryRegionUp(const WorldSnapshot &snapshot);

// Heals every cut or degraded link and restores every region and tier that is down (not a destroyed
// region: its data is gone for good, a restore cannot bring it back). Unstamped commands, in order.
std::vector<Command> healingCommands(const WorldSnapshot &snapshot);

} // namespace fl::ui
