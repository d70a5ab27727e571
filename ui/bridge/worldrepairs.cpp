// SPDX-License-Identifier: GPL-3.0-or-later
#include "worldrepairs.h"

#include "spec/commands.h"
#include "worldsnapshot.h"

namespace fl::ui {

int primaryRegionUp(const WorldSnapshot &snapshot)
{
    for (const RegionView &region : snapshot.regions) {
        if (region.dataPrimary && region.up)
            return region.index;
    }
    return -1;
}

std::vector<Command> healingCommands(const WorldSnapshot &snapshot)
{
    std::vector<Command> out;
    for (const LinkView &link : snapshot.links) {
        if (link.forward.cut || link.backward.cut || link.forward.degraded() || link.backward.degraded())
            out.push_back(makeCommand(0, CommandType::HealLink, link.from, link.to, 0));
    }
    for (const RegionView &region : snapshot.regions) {
        if (region.destroyed)
            continue;
        if (!region.up)
            out.push_back(makeCommand(0, CommandType::RestoreRegion, region.index));
        if (!region.appTierUp)
            out.push_back(makeCommand(0, CommandType::RestoreAppTier, region.index));
        if (!region.dataTierUp)
            out.push_back(makeCommand(0, CommandType::RestoreDataTier, region.index));
    }
    return out;
}

} // namespace fl::ui
