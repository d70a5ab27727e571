// SPDX-License-Identifier: GPL-3.0-or-later
#include "livesettings.h"

#include "spec/commands.h"
#include "spec/enums.h"

#include <algorithm>

namespace fl::scenario {

void applyLiveCommand(SimulationConfig &config, const Command &c)
{
    const int nr = static_cast<int>(config.regions.size());
    const int np = static_cast<int>(config.populations.size());
    switch (static_cast<CommandType>(c.type)) {
    case CommandType::SetWeight:
        if (c.a >= 0 && c.a < np && c.b >= 0 && c.b < nr) {
            auto &weights = config.populations[static_cast<std::size_t>(c.a)].weights;
            weights.resize(static_cast<std::size_t>(nr), 1.0);
            weights[static_cast<std::size_t>(c.b)] = std::max(0.0, c.x);
        }
        break;
    case CommandType::SetPopulationRouting:
        if (c.a >= 0 && c.a < np)
            config.populations[static_cast<std::size_t>(c.a)].ownWeights = c.b == 1;
        break;
    case CommandType::SetPopulationRate:
        if (c.a >= 0 && c.a < np)
            config.populations[static_cast<std::size_t>(c.a)].requestsPerSecond = std::max(0.0, c.x);
        break;
    case CommandType::SetRoutingPolicy:
        config.routing.policy = static_cast<RoutingPolicy>(c.a);
        break;
    case CommandType::SetRoutingMechanism:
        config.routing.mechanism = static_cast<RoutingMechanism>(c.a);
        break;
    case CommandType::SetDnsTtl:
        config.routing.dnsTtl = std::max<SimTime>(0, fromSeconds(c.x));
        break;
    case CommandType::SetRegionRole:
        if (c.a >= 0 && c.a < nr)
            config.regions[static_cast<std::size_t>(c.a)].role = static_cast<RegionRole>(c.b);
        break;
    case CommandType::SetClockSkew:
        if (c.a >= 0 && c.a < nr) {
            config.data.clockSkew.resize(static_cast<std::size_t>(nr), 0);
            config.data.clockSkew[static_cast<std::size_t>(c.a)] = fromMilliseconds(c.x);
        }
        break;
    case CommandType::SetReplicationMode:
        if (const auto mode = enumFromInt<ReplicationMode>(c.a))
            config.data.mode = *mode;
        break;
    default: // faults and operator actions leave the configuration alone
        break;
    }
}

std::vector<Command> liveCommandsBetween(const SimulationConfig &from, const SimulationConfig &to, SimTime at)
{
    std::vector<Command> commands;
    const auto add = [&](CommandType type, int a = -1, int b = -1, double x = 0) {
        commands.push_back(makeCommand(at, type, a, b, -1, x));
    };
    if (from.routing.policy != to.routing.policy)
        add(CommandType::SetRoutingPolicy, static_cast<int>(to.routing.policy));
    if (from.routing.mechanism != to.routing.mechanism)
        add(CommandType::SetRoutingMechanism, static_cast<int>(to.routing.mechanism));
    if (from.routing.dnsTtl != to.routing.dnsTtl)
        add(CommandType::SetDnsTtl, -1, -1, toSeconds(to.routing.dnsTtl));
    if (from.data.mode != to.data.mode)
        add(CommandType::SetReplicationMode, static_cast<int>(to.data.mode));
    if (from.regions.size() != to.regions.size() || from.populations.size() != to.populations.size())
        return commands; // a world of another shape is not reached by commands
    for (std::size_t r = 0; r < to.regions.size(); ++r) {
        if (from.regions[r].role != to.regions[r].role)
            add(CommandType::SetRegionRole, static_cast<int>(r), static_cast<int>(to.regions[r].role));
        const auto skew = [](const SimulationConfig &c, std::size_t i) {
            return i < c.data.clockSkew.size() ? c.data.clockSkew[i] : SimTime{0};
        };
        if (skew(from, r) != skew(to, r))
            add(CommandType::SetClockSkew, static_cast<int>(r), -1, toMilliseconds(skew(to, r)));
    }
    for (std::size_t p = 0; p < to.populations.size(); ++p) {
        const PopulationConfig &was = from.populations[p], &is = to.populations[p];
        if (was.requestsPerSecond != is.requestsPerSecond)
            add(CommandType::SetPopulationRate, static_cast<int>(p), -1, is.requestsPerSecond);
        for (std::size_t r = 0; r < is.weights.size(); ++r) {
            const double before = r < was.weights.size() ? was.weights[r] : -1.0;
            if (before != is.weights[r])
                add(CommandType::SetWeight, static_cast<int>(p), static_cast<int>(r), is.weights[r]);
        }
        if (was.ownWeights != is.ownWeights)
            add(CommandType::SetPopulationRouting, static_cast<int>(p), is.ownWeights ? 1 : 0);
    }
    return commands;
}

bool reachedLive(const SimulationConfig &from, const SimulationConfig &to)
{
    SimulationConfig reached = from;
    for (const Command &c : liveCommandsBetween(from, to, 0))
        applyLiveCommand(reached, c);
    return reached == to;
}

} // namespace fl::scenario
