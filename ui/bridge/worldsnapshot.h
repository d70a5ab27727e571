#pragma once

#include "control/incident.h"
#include "data/writeaccounting.h"
#include "engine/command.h"
#include "metrics/counterset.h"
#include "metrics/worldmetrics.h"
#include "sim/simevents.h"
#include "spec/config.h"
#include "world/geo.h"

#include <QMetaType>
#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fl {
class Simulation;
}

namespace fl::ui {

// Everything the views need about one moment of a run, copied out of the simulation on its own
// thread. Plain values only: the UI thread reads a snapshot while the simulation thread keeps
// mutating its Simulation, so nothing here may point into it. New fields are welcome — give them a
// default and fill them in makeSnapshot(); views that do not know a field are unaffected.

struct RegionView
{
    int index = 0;        // in SimulationConfig::regions (what commands address)
    int catalogIndex = 0; // in regionCatalog() (what names and places come from)
    QString id;           // e.g. "us-east-1", or a custom region's own id
    QString ownName;      // a custom or renamed region's name; empty: the catalog's (translated)
    GeoPoint location;    // where it is now (its own location, else the catalog's)
    RegionRole role = RegionRole::Active;
    bool up = true;
    bool destroyed = false;
    bool appTierUp = true;
    bool dataTierUp = true;
    bool inRotation = true;       // what the health checks let routing use
    bool heldForOperator = false; // healthy again, waiting for an operator failback
    bool shedding = false;
    bool changingRole = false;  // a pilot light booting or a warm standby scaling up
    double readyInSeconds = 0;  // until that completes
    int healthFailures = 0;     // consecutive failed probes
    double capacityOps = 0;     // current app-tier capacity
    double fullCapacityOps = 0; // configured capacity at full scale
    // Last metrics interval, as seen at the region.
    double attemptsPerSecond = 0;
    double errorsPerSecond = 0;
    double errorRatio = 0;
    double p99Ms = 0;
    double trafficShare = 0;
    double queueDepth = 0;
    double queueDelayMs = 0;     // mean wait for the app tier of the attempts admitted, last interval
    double meanQueueDelayMs = 0; // ... over the run so far
    // Data and failover. "Group" is the replication group the region leads or follows: group 0
    // under a single primary, the region's own group otherwise.
    bool holdsData = true;        // not a witness, and its data not destroyed
    bool dataPrimary = false;     // the primary of its group, as the simulation knows it
    int believedPrimary = -1;     // where this region sends writes (group 0), as it believes
    bool believesPrimary = false; // it believes it is the primary (a deposed one may still)
    bool deposedPrimary = false;  // believes it, is up, and is not: one side of a split-brain
    std::uint32_t epoch = 0;      // newest epoch its copy of the group's log follows
    double receiveLagMs = 0;      // age of the oldest committed entry it has not received
    double applyLagMs = 0;        // ... not applied
    std::uint64_t entriesBehind = 0;
    bool leaseValid = true; // leases on: it holds a valid lease (always true with leases off)
    double leaseRemainingSeconds = 0;
    bool promoting = false; // the controller asked it to become primary
    double clockSkewMs = 0;
    double costPerHour = 0; // by role (a destroyed region that is down costs nothing)
    // Per configured dependency: deployed here, and reachable from here (here or across an uncut
    // link to an up region that has it; a cache is always local).
    std::vector<std::uint8_t> dependencyDeployed;
    std::vector<std::uint8_t> dependencyReachable;
};

struct LinkDirectionView
{
    bool cut = false;
    double extraMs = 0;
    double lossFraction = 0;
    bool degraded() const { return !cut && (extraMs > 0 || lossFraction > 0); }
    friend bool operator==(const LinkDirectionView &, const LinkDirectionView &) = default;
};

enum class LinkCondition
{
    Ok,
    Degraded,
    CutOneWay,
    CutBothWays
};

// One unordered pair of regions (from < to) with the state of each direction.
struct LinkView
{
    int from = 0;
    int to = 0;
    double baseOneWayMs = 0;
    LinkDirectionView forward;  // from -> to
    LinkDirectionView backward; // to -> from
    LinkCondition condition() const
    {
        if (forward.cut && backward.cut)
            return LinkCondition::CutBothWays;
        if (forward.cut || backward.cut)
            return LinkCondition::CutOneWay;
        if (forward.degraded() || backward.degraded())
            return LinkCondition::Degraded;
        return LinkCondition::Ok;
    }
};

struct PopulationView
{
    int index = 0;
    int catalogIndex = 0;
    QString id;
    GeoPoint location;
    double rateSetting = 0;       // requests per second it issues now
    double requestsPerSecond = 0; // finished in the last interval
    double successRatio = 1;
    double p99Ms = 0;
    int servingRegion = -1;      // region that received most of its attempts (-1: none yet)
    std::vector<double> weights; // per region, as routing uses them now
    bool ownWeights = false;     // routes by them whatever the world's policy (a dragged population)
    // Per region: attempts per second it sent there in the last interval (its traffic split).
    std::vector<double> attemptsPerRegion;
};

// The failover controller as the simulation knows it.
struct ControllerView
{
    FailoverMode mode = FailoverMode::Automatic;
    int controlRegion = -1;
    bool alive = true; // its region is up
    int consecutiveFailures = 0;
    bool primaryDeclaredDown = false;
    bool verified = false; // manual mode: the operator confirmed the alert
    bool electing = false;
    int promoting = -1;            // region asked to become primary, -1 when none
    bool awaitingOperator = false; // manual mode, primary declared down, no promotion under way
    bool active = true;            // the controller runs at all (single-primary topology)
};

// The data layer and the failover, whole-world figures.
struct DataView
{
    WriteTopology topology = WriteTopology::SinglePrimary;
    ReplicationMode mode = ReplicationMode::Async; // current (it changes live)
    int dataPrimary = -1;                          // primary of group 0 (single primary), -1 otherwise
    int routingPrimary = -1;                       // where primary-only routing sends users
    WriteAccounting writes;
    std::uint64_t divergentKeys = 0;
    bool splitBrain = false;
    double costPerHour = 0;
    double totalCost = 0;
    std::uint64_t fencingRefusals = 0;
    std::uint64_t staleEpochApplied = 0;
    std::uint64_t ackedSincePromotion = 0;
    std::uint32_t epoch = 0; // of group 0
};

struct WorldTotals
{
    RequestCounters requests;
    // The model's own availability figures for the whole run (AvailabilityTracker, the ones the
    // run report writes): by requests, by time (share of intervals with at least `threshold` of
    // their requests succeeding). Views show these; they never compute their own.
    double availability = 1; // by requests
    double availabilityByTime = 1;
    double availabilityThreshold = 0.99;
    std::uint64_t inFlight = 0;
    std::uint64_t eventsProcessed = 0;
    std::uint64_t traceHash = 0;
};

// Metrics samples (one per metrics interval) closed since the previous snapshot, for the live
// charts. The simulation keeps a bounded history; a UI that fell further behind than that gets the
// newest it kept and `dropped` says how many it missed.
struct SampleDelta
{
    std::uint64_t first = 0;   // index (counting pushes since the run began) of the first sample here
    std::uint64_t dropped = 0; // samples closed since the previous snapshot but no longer kept
    std::vector<std::vector<RegionSample>> regions;         // [region][sample]
    std::vector<std::vector<PopulationSample>> populations; // [population][sample]
    std::vector<DataSample> data;
    double availabilityThreshold = 0.99; // share of requests an interval needs to count as "up"
    std::size_t count() const { return data.size(); }
};

// One branch of the lab's timeline (core/timeline), for the views.
struct BranchView
{
    int id = 0;
    int parent = -1; // -1: the trunk
    SimTime forkAt = 0;
    SimTime reached = 0;
    std::string name;                       // the user's, or empty
    std::optional<Command> firstOwnCommand; // the action that started it (nothing for the trunk)
    std::size_t ownCommands = 0;
    friend bool operator==(const BranchView &, const BranchView &) = default;
};

// The timeline of the lab's window: the branch shown, how far it has been simulated, its commands
// (the future ones too, when the world was taken back), its incidents as of its frontier, and every
// branch of the tree. Not enabled in a compare view.
struct TimelineView
{
    bool enabled = false;
    int current = 0;
    SimTime reached = 0;
    std::vector<Command> commands;
    std::vector<Incident> incidents;
    std::vector<BranchView> branches;
    std::size_t checkpoints = 0;
    std::size_t checkpointBytes = 0;
    friend bool operator==(const TimelineView &, const TimelineView &) = default;
};

struct WorldSnapshot
{
    std::uint64_t runId = 0;    // changes on reset and on every new configuration
    std::uint64_t sequence = 0; // increases with every snapshot of a run
    SimTime now = 0;
    double speed = 1;         // requested; infinity = as fast as possible
    double achievedSpeed = 0; // simulated seconds per wall second, recently
    bool running = false;
    RoutingMechanism mechanism = RoutingMechanism::Dns;
    RoutingPolicy policy = RoutingPolicy::GeoNearest;
    SimTime dnsTtl = 0;
    std::vector<RegionView> regions;
    std::vector<LinkView> links; // every pair, from < to, in (from, to) order
    std::vector<PopulationView> populations;
    std::vector<SimEvent> events;    // logged since the previous snapshot, oldest first
    std::uint64_t eventsDropped = 0; // older than the ring kept, so not in `events`
    WorldTotals totals;
    DataView data;
    ControllerView controller;
    std::vector<Incident> incidents; // every incident of the run, oldest first
    SimulationConfig config;         // the configuration the run started from
    std::vector<Command> commandLog; // commands applied so far in this run, in order (for saving)
    SampleDelta samples;             // metrics intervals closed since the previous snapshot
    TimelineView timeline;

    const LinkView *link(int a, int b) const;
};

// Copies the state of `sim` (called on the simulation thread). `eventsFrom` is the number of events
// already published (RingSeries::totalPushed() of the previous snapshot); `samplesFrom` likewise for
// the metrics samples.
WorldSnapshot makeSnapshot(const Simulation &sim, std::uint64_t eventsFrom, std::uint64_t samplesFrom = 0);

} // namespace fl::ui

Q_DECLARE_METATYPE(fl::ui::WorldSnapshot)
Q_DECLARE_METATYPE(fl::Command)
