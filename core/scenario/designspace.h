// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace fl::scenario {

// The designs `failover-lab plan` considers for one world and workload: every combination of an
// architecture, a replication mode, a failover policy, split-brain protections, a routing mechanism
// and a health-check interval, each written as the --set overrides that turn the scenario into it.
// The regions, populations, prices and fault schedule stay the scenario's own.
enum class Architecture
{
    ActivePassiveWarm,    // the primary active, the others warm standbys; primary-only routing
    ActivePassivePilot,   // the others pilot lights
    ActiveActiveReplicas, // every region serves, reads from the local replica, writes forwarded
    MultiPrimary,         // every region takes writes, last write wins
    Ownership,            // every region takes the writes of the keys it owns
};

struct DesignChoice
{
    Architecture architecture = Architecture::ActivePassiveWarm;
    ReplicationMode mode = ReplicationMode::Async;
    SimTime batchInterval = 0; // async only
    bool fastFailover = false; // probes every 1 s, 2 misses (instead of the scenario's own)
    int protections = 0;       // 0 none, 1 fencing, 2 fencing + quorum election + leases
    RoutingMechanism mechanism = RoutingMechanism::Dns;
    SimTime dnsTtl = 0; // DNS only
    SimTime healthInterval = 0;
};

// "active-passive, warm standby · semi-sync · …" in the current language.
QString designLabel(const DesignChoice &choice);

struct DesignCandidate
{
    DesignChoice choice;
    QStringList overrides; // PATH=VALUE, applied after the scenario's own --set
    QString label;         // designLabel(choice) when it was made
    QJsonObject toJson() const;
};

// Every candidate for `document` (a scenario document, --set applied): 5 architectures; async at
// 100 ms and 1 s, semi-sync, sync-quorum and sync-all; standard or fast failover; no protection,
// fencing, or fencing with quorum elections and leases; DNS with a 5 s or 60 s TTL or a front door;
// health checks every 2 s or 10 s. Multi-primary and ownership have no primary to fail over: they
// get the standard failover without protections only. A witness region stays a witness.
std::vector<DesignCandidate> enumerateDesigns(const QJsonObject &document);

// What a design costs per hour before anything scales: the price of each region's role.
double nominalCostPerHour(const SimulationConfig &config);

// The closed forms the planner screens with, on the candidate's validated configuration. Each
// returns a reason (one sentence, current language) when the design cannot meet the target, and
// nothing when only a simulation can tell.
struct ScreenContext
{
    bool primaryLost = false; // the fault schedule kills, destroys or isolates the primary's region
    std::optional<SimTime> rpo, rto;
    std::optional<double> budgetPerHour;
};
// The README's RTO for a primary crash with DNS primary-only routing (detection, election wait,
// promotion, DNS caches, request timeout, one metrics interval); a front door needs no DNS term, a
// pilot light adds its boot. A lower estimate where the resolvers keep answers longer.
double estimatedRtoSeconds(const SimulationConfig &config);
struct ScreenVerdict
{
    enum class Kind
    {
        Budget,
        AsyncLoss,
        Rto
    };
    Kind kind = Kind::Budget;
    QString reason;
};
std::optional<ScreenVerdict> screenDesign(const SimulationConfig &config, const ScreenContext &context);
// What a kind of verdict says in a summary line ("over the budget", ...), current language.
QString screenKindLabel(ScreenVerdict::Kind kind);

// Whether a schedule takes the single primary's region away (kill, destroy, kill-data or isolate).
bool scheduleLosesPrimary(const Scenario &scenario);

// The standard faults of a plan for a scenario without any: the primary's region crashes at 2 min
// and returns at 6 min, then is cut off from the others at 9 min until 12 min; 14 min in all.
void addStandardFaults(QJsonObject &document);

} // namespace fl::scenario
