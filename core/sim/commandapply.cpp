// Outside actions: whether a command fits this world, and what each command type does to it. The
// dispatch follows core/spec's command table (kCommandSpecs): one handler per row, in the same
// order, checked while compiling.
#include "simulation.h"
#include "spec/enums.h"

#include <algorithm>
#include <iterator>
#include <optional>

namespace fl {

// A friend of Simulation: the handlers reach its state without each being declared in its header.
struct CommandApplier
{
    using Handler = void (*)(Simulation &, const Command &);
    struct Row
    {
        CommandType type;
        Handler apply;
    };

    static std::optional<std::size_t> region(const Simulation &s, int i)
    {
        if (i >= 0 && static_cast<std::size_t>(i) < s.m_regions.size())
            return static_cast<std::size_t>(i);
        return std::nullopt;
    }

    // A link command applies from a to b, and back unless it is one way (c == 1).
    template<class Fn> static void forLink(Simulation &s, const Command &c, Fn &&apply)
    {
        const auto a = region(s, c.a), b = region(s, c.b);
        if (!a || !b || *a == *b)
            return;
        apply(*a, *b);
        if (c.c != 1)
            apply(*b, *a);
    }

    static void killRegion(Simulation &s, const Command &c)
    {
        if (const auto a = region(s, c.a); a && s.m_regions[*a].up)
            s.crashRegion(*a);
    }

    static void restoreRegion(Simulation &s, const Command &c)
    {
        if (const auto a = region(s, c.a); a && !s.m_regions[*a].up)
            s.restoreRegion(*a);
    }

    static void destroyRegion(Simulation &s, const Command &c)
    {
        const auto a = region(s, c.a);
        if (!a)
            return;
        if (s.m_regions[*a].up)
            s.crashRegion(*a);
        if (!s.m_regions[*a].destroyed)
            s.destroyData(*a);
        s.m_regions[*a].destroyed = true;
        s.log(SimEventType::RegionDestroyed, c.a);
    }

    static void killAppTier(Simulation &s, const Command &c)
    {
        if (const auto a = region(s, c.a); a && s.m_regions[*a].appTierUp) {
            RegionRuntime &r = s.m_regions[*a];
            r.appTierUp = false;
            ++r.incarnation; // requests inside the app tier die with it
            r.incarnationEndedAt = s.now();
            r.integrateQueue(static_cast<double>(s.now()));
            r.busyUntil = 0;
            s.log(SimEventType::AppTierDown, c.a);
        }
    }

    static void restoreAppTier(Simulation &s, const Command &c)
    {
        if (const auto a = region(s, c.a); a && !s.m_regions[*a].appTierUp) {
            s.m_regions[*a].appTierUp = true;
            s.log(SimEventType::AppTierUp, c.a);
        }
    }

    static void killDataTier(Simulation &s, const Command &c)
    {
        if (const auto a = region(s, c.a); a && s.m_regions[*a].dataTierUp) {
            s.m_regions[*a].dataTierUp = false;
            s.log(SimEventType::DataTierDown, c.a);
        }
    }

    static void restoreDataTier(Simulation &s, const Command &c)
    {
        if (const auto a = region(s, c.a); a && !s.m_regions[*a].dataTierUp) {
            s.m_regions[*a].dataTierUp = true;
            s.log(SimEventType::DataTierUp, c.a);
        }
    }

    static void cutLink(Simulation &s, const Command &c)
    {
        forLink(s, c, [&](std::size_t from, std::size_t to) {
            s.m_network.setCut(from, to, true);
            s.breakStream(from, to);
            s.log(SimEventType::LinkCut, static_cast<int>(from), static_cast<int>(to));
        });
    }

    static void healLink(Simulation &s, const Command &c)
    {
        forLink(s, c, [&](std::size_t from, std::size_t to) {
            s.m_network.setCut(from, to, false);
            s.m_network.setDegradation(from, to, 0, 0.0);
            s.log(SimEventType::LinkHealed, static_cast<int>(from), static_cast<int>(to));
        });
    }

    static void degradeLink(Simulation &s, const Command &c)
    {
        forLink(s, c, [&](std::size_t from, std::size_t to) {
            s.m_network.setDegradation(from, to, fromMilliseconds(c.x), c.y);
            s.log(SimEventType::LinkDegraded, static_cast<int>(from), static_cast<int>(to), -1, c.x);
        });
    }

    static void isolateRegion(Simulation &s, const Command &c)
    {
        const auto a = region(s, c.a);
        if (!a)
            return;
        for (std::size_t other = 0; other < s.m_regions.size(); ++other) {
            if (other == *a)
                continue;
            s.m_network.setCut(*a, other, true);
            s.m_network.setCut(other, *a, true);
            s.breakStream(*a, other);
            s.breakStream(other, *a);
            s.log(SimEventType::LinkCut, c.a, static_cast<int>(other));
        }
    }

    static std::optional<std::size_t> population(const Simulation &s, int i)
    {
        if (i >= 0 && static_cast<std::size_t>(i) < s.m_config.populations.size())
            return static_cast<std::size_t>(i);
        return std::nullopt;
    }

    static void setWeight(Simulation &s, const Command &c)
    {
        const auto p = population(s, c.a);
        if (const auto r = region(s, c.b); p && r)
            s.m_router.setWeight(*p, *r, c.x);
    }

    static void setPopulationRouting(Simulation &s, const Command &c)
    {
        if (const auto p = population(s, c.a))
            s.m_router.setOwnWeights(*p, c.b == 1);
    }

    static void setPopulationRate(Simulation &s, const Command &c)
    {
        if (const auto p = population(s, c.a)) {
            s.m_rates[*p] = std::max(0.0, c.x);
            if (!s.m_arrivalPending[*p])
                s.scheduleNextArrival(*p);
        }
    }

    static void setRoutingPolicy(Simulation &s, const Command &c)
    {
        if (const auto policy = enumFromInt<RoutingPolicy>(c.a))
            s.m_router.setPolicy(*policy);
    }

    static void setRoutingMechanism(Simulation &s, const Command &c)
    {
        if (const auto mechanism = enumFromInt<RoutingMechanism>(c.a))
            s.m_mechanism = *mechanism;
    }

    static void setDnsTtl(Simulation &s, const Command &c)
    {
        s.m_dnsTtl = std::max<SimTime>(0, fromSeconds(c.x));
    }

    static void setRegionRole(Simulation &s, const Command &c)
    {
        const auto role = enumFromInt<RegionRole>(c.b);
        if (const auto a = region(s, c.a); a && role)
            s.setRole(*a, *role);
    }

    static void operatorFailback(Simulation &s, const Command &c)
    {
        if (const auto a = region(s, c.a); a && s.m_health.operatorFailback(*a, s.now())) {
            s.log(SimEventType::RegionRejoinedRotation, c.a);
            s.refreshRouting();
        }
    }

    static void operatorVerify(Simulation &s, const Command &)
    {
        s.m_controller.verified = true;
        s.log(SimEventType::OperatorVerified);
    }

    static void operatorPromote(Simulation &s, const Command &c)
    {
        if (const auto a = region(s, c.a); a && s.m_config.data.topology == WriteTopology::SinglePrimary)
            s.sendPromote(*a);
    }

    static void operatorReroute(Simulation &s, const Command &c)
    {
        if (const auto a = region(s, c.a))
            s.reroute(*a);
    }

    static void setDependencyDeployed(Simulation &s, const Command &c, bool deployed)
    {
        if (c.a < 0 || static_cast<std::size_t>(c.a) >= s.m_config.dependencies.size())
            return;
        if (const auto b = region(s, c.b))
            s.m_dependencyAt[static_cast<std::size_t>(c.a) * s.m_regions.size() + *b] = deployed ? 1 : 0;
    }
    static void deployDependency(Simulation &s, const Command &c) { setDependencyDeployed(s, c, true); }
    static void removeDependency(Simulation &s, const Command &c) { setDependencyDeployed(s, c, false); }

    static void setClockSkew(Simulation &s, const Command &c)
    {
        if (const auto a = region(s, c.a)) {
            s.m_config.data.clockSkew.resize(s.m_regions.size(), 0);
            s.m_config.data.clockSkew[*a] = fromMilliseconds(c.x);
        }
    }

    static void setReplicationMode(Simulation &s, const Command &c)
    {
        if (const auto mode = enumFromInt<ReplicationMode>(c.a)) {
            s.m_config.data.mode = *mode;
            // Writes committed while the primary waited for replicas are released when it stops
            // waiting, as a fallback to asynchronous does (and as PostgreSQL releases its waiting
            // commits when synchronous replication is turned off): acknowledged now and applied in
            // order. Left waiting, they were never applied at the primary, nor anything after them,
            // and its own reads went stale for the rest of the run.
            s.releaseWritesNoLongerWaiting();
        }
    }

    static constexpr Row kRows[] = {
        {CommandType::KillRegion, &killRegion},
        {CommandType::RestoreRegion, &restoreRegion},
        {CommandType::DestroyRegion, &destroyRegion},
        {CommandType::KillAppTier, &killAppTier},
        {CommandType::RestoreAppTier, &restoreAppTier},
        {CommandType::KillDataTier, &killDataTier},
        {CommandType::RestoreDataTier, &restoreDataTier},
        {CommandType::CutLink, &cutLink},
        {CommandType::HealLink, &healLink},
        {CommandType::DegradeLink, &degradeLink},
        {CommandType::IsolateRegion, &isolateRegion},
        {CommandType::SetWeight, &setWeight},
        {CommandType::SetPopulationRate, &setPopulationRate},
        {CommandType::SetRoutingPolicy, &setRoutingPolicy},
        {CommandType::SetRoutingMechanism, &setRoutingMechanism},
        {CommandType::SetDnsTtl, &setDnsTtl},
        {CommandType::SetRegionRole, &setRegionRole},
        {CommandType::OperatorFailback, &operatorFailback},
        {CommandType::OperatorVerify, &operatorVerify},
        {CommandType::OperatorPromote, &operatorPromote},
        {CommandType::OperatorReroute, &operatorReroute},
        {CommandType::DeployDependency, &deployDependency},
        {CommandType::RemoveDependency, &removeDependency},
        {CommandType::SetClockSkew, &setClockSkew},
        {CommandType::SetReplicationMode, &setReplicationMode},
        {CommandType::SetPopulationRouting, &setPopulationRouting},
    };

    static constexpr bool rowsFollowTheSpec()
    {
        if (std::size(kRows) != std::size(kCommandSpecs))
            return false;
        for (std::size_t i = 0; i < std::size(kRows); ++i) {
            if (kRows[i].type != kCommandSpecs[i].type)
                return false;
        }
        return true;
    }
};

static_assert(CommandApplier::rowsFollowTheSpec(), "one handler per row of kCommandSpecs, in its order");

bool Simulation::commandValid(const Command &c) const
{
    const CommandSpec *spec = commandSpec(static_cast<CommandType>(c.type));
    if (!spec)
        return false;
    const auto region = [this](int i) { return CommandApplier::region(*this, i).has_value(); };
    const auto population = [this](int i) { return CommandApplier::population(*this, i).has_value(); };
    switch (spec->shape) {
    case CommandShape::Region:
    case CommandShape::Role:
    case CommandShape::ClockSkew:
        return region(c.a);
    case CommandShape::Link:
    case CommandShape::DegradedLink:
        return region(c.a) && region(c.b) && c.a != c.b;
    case CommandShape::Weight:
        return population(c.a) && region(c.b);
    case CommandShape::Rate:
        return population(c.a);
    case CommandShape::OwnWeights:
        return population(c.a) && (c.b == 0 || c.b == 1);
    case CommandShape::Dependency:
        return c.a >= 0 && static_cast<std::size_t>(c.a) < m_config.dependencies.size() && region(c.b);
    case CommandShape::Policy:
    case CommandShape::Mechanism:
    case CommandShape::Ttl:
    case CommandShape::None:
    case CommandShape::Mode:
        return true;
    }
    return false;
}

void Simulation::onCommand(Engine &, const Command &c)
{
    log(SimEventType::CommandApplied, c.a, c.b, -1, static_cast<double>(c.type));
    openIncident(c.type, c.a);
    if (const CommandSpec *spec = commandSpec(static_cast<CommandType>(c.type)))
        CommandApplier::kRows[spec - kCommandSpecs].apply(*this, c);
    noteHealIfLastFaultRepaired();
}

} // namespace fl
