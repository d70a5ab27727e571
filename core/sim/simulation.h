#pragma once

#include "control/incidentlog.h"
#include "data/datastate.h"
#include "data/history.h"
#include "data/lastwritewins.h"
#include "data/writeaccounting.h"
#include "engine/engine.h"
#include "engine/slotpool.h"
#include "engine/tracehash.h"
#include "metrics/timeseries.h"
#include "metrics/worldmetrics.h"
#include "replicationwire.h"
#include "simevents.h"
#include "spec/commands.h"
#include "spec/config.h"
#include "traffic/dnscache.h"
#include "traffic/healthchecker.h"
#include "traffic/router.h"
#include "traffic/zipfsampler.h"
#include "world/network.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <vector>

namespace fl {

// Ground truth about one region's servers (what the simulation knows; the router only knows
// what the health checks report).
struct RegionRuntime
{
    bool up = true;         // false after a kill or destroy, until restored
    bool destroyed = false; // its data is gone (the data issue gives this teeth)
    bool appTierUp = true;
    bool dataTierUp = true;
    std::uint32_t incarnation = 0;  // bumps on every crash: replies from an earlier life are dropped
    SimTime incarnationEndedAt = 0; // when the previous incarnation ended (its crash)
    RegionRole role = RegionRole::Active;
    double capacityOps = 0; // current app-tier capacity
    // FIFO work queue (Lindley recursion): when the queued work drains, in microseconds. A double
    // so that service times like 1/30,000 s accumulate without rounding drift.
    double busyUntil = 0;
    // The queue's depth (requests, at the current capacity) integrated over time since the
    // metrics interval began, up to `queueAreaUntil` (microseconds): the interval's time-averaged
    // depth is exact, where one sample per interval is noise. Brought up to date before every
    // change to busyUntil or capacityOps; an observation only.
    double queueArea = 0;
    double queueAreaUntil = 0;
    void integrateQueue(double nowMicros)
    {
        if (nowMicros <= queueAreaUntil)
            return;
        // The backlog falls at one microsecond per microsecond until it is empty.
        const double backlog = std::max(0.0, busyUntil - queueAreaUntil);
        const double draining = std::min(nowMicros - queueAreaUntil, backlog);
        queueArea += (backlog * draining - draining * draining / 2) * capacityOps / 1e6;
        queueAreaUntil = nowMicros;
    }
    SimTime readyAt = kNever; // pilot light boot or warm-standby scale-up completes
    bool shedding = false;
    std::uint64_t shedThisInterval = 0;
    friend bool operator==(const RegionRuntime &, const RegionRuntime &) = default;
};

// A client session of a population: its DNS cache lives here.
struct ClientSession
{
    // The answer the client's resolver holds, until `cacheExpiry`.
    std::int16_t cachedRegion = -1;
    DnsCache cache = DnsCache::HonoursTtl;
    SimTime cacheExpiry = 0;
    // HoldsForSession: the answer the application holds (-1: none; it asks its resolver) until the
    // session ends at `sessionEnd` (0: the first session has not been seen yet) or a connection fails.
    std::int16_t heldRegion = -1;
    SimTime sessionEnd = 0;
    // For read-your-writes and monotonic reads: the session's last acknowledged write and the
    // value its last read returned.
    std::int64_t lastWriteKey = -1;
    SimTime lastWriteInvoke = 0;
    SimTime lastWriteAck = 0;
    std::int64_t lastReadKey = -1;
    SimTime lastReadInvoke = 0;
    friend bool operator==(const ClientSession &, const ClientSession &) = default;
};

// One logical client request and its current attempt.
struct Request
{
    SimTime firstSent = 0;
    SimTime attemptSent = 0;
    SimTime deadline = 0;  // attempt timeout
    SimTime repliedAt = 0; // when the serving region sent its answer on the way to the client
    std::uint32_t client = 0;
    std::uint32_t key = 0;
    std::uint32_t incarnation = 0; // of the serving region when the attempt arrived
    std::uint16_t population = 0;
    std::int16_t region = -1;
    std::uint32_t serial = 0; // of the attempt in flight; 0 between attempts. Events carry it.
    std::uint8_t attempt = 0;
    bool write = false;
    std::uint8_t outcome = 0; // ResponseOutcome of the attempt in flight
    bool sawTimeout = false;  // an attempt timed out: a write may have been applied
    // Observations of the attempt's acknowledgement as its primary sent it: its lease had lapsed
    // (leases on), or a promotion had replaced it (its epoch is not the newest).
    bool ackPastLease = false;
    bool ackByDeposedPrimary = false;
    WriteOp op = WriteOp::Put;
    std::int32_t arg = 0;
    std::uint64_t writeId = 0;
    // Where the write was committed (the latest attempt that got that far).
    std::int8_t commitRegion = -1;
    std::int8_t commitGroup = -1;
    std::uint32_t commitEpoch = 0;
    std::uint64_t commitIndex = 0;
    std::uint32_t commitStorageGeneration = 0;
    std::int8_t dataRegion = -1;   // region whose data tier answers (after forwarding)
    SimTime readBound = -1;        // ground truth at read start: latest invoke of an acked write
    std::uint8_t dependencies = 0; // bit mask of the dependencies this request needs
    std::uint64_t readValue = 0;   // write id the read returned
    SimTime readValueAck = 0;      // ... its acknowledgement time (kNever if not acknowledged)
    SimTime readValueInvoke = 0;   // ... and when its client issued it
    friend bool operator==(const Request &, const Request &) = default;
};

enum class ResponseOutcome : std::uint8_t
{
    Ok,
    Shed,
    Refused
};

// What the failover controller knows and is doing. It learns only from delivered messages.
struct ControllerState
{
    int consecutiveFailures = 0;
    bool primaryDeclaredDown = false;
    bool verified = false; // manual mode: the operator confirmed the alert
    std::uint32_t electionId = 0;
    bool electing = false;
    int promoting = -1;              // region asked to become primary
    SimTime lastLeaseGrant = 0;      // send time of the last lease-granting probe
    std::vector<std::int64_t> votes; // per region: received index reported (-1: no vote)
    std::vector<std::uint8_t> grants;
    friend bool operator==(const ControllerState &, const ControllerState &) = default;
};

// Per key, the ground truth for stale reads: the latest invocation of an acknowledged write. A
// read that begins at the instant of an acknowledgement is concurrent with it (the audit and the
// linearizability check count only strictly earlier completions), so the bound before that
// instant is kept too: whichever order the engine runs same-time events in, the read is judged
// the same.
struct AckedInvokeBound
{
    SimTime latest = -1;
    SimTime beforeRaise = -1; // `latest` before the acknowledgements at `raisedAt`
    SimTime raisedAt = -1;
    friend bool operator==(const AckedInvokeBound &, const AckedInvokeBound &) = default;
};

// Replication lag of one region's copy, ground truth (feeds metrics only).
struct ReplicaLag
{
    SimTime receiveLag = 0; // now - commit time of the oldest committed entry not yet received
    SimTime applyLag = 0;   // the same for not yet applied
    std::uint64_t entriesBehind = 0;
};

// The world and its traffic: regions with capacity and roles, the inter-region network, user
// populations issuing open-loop Poisson requests, DNS and front-door routing filtered by health
// checks, and the metrics. Every figure comes from individual simulated requests and probes.
// A Simulation is a value: copy it to checkpoint, and the copy continues identically.
class Simulation
{
public:
    explicit Simulation(SimulationConfig config);

    // --- running ---
    void runUntil(SimTime t) { m_engine.runUntil(t, *this); }
    bool step() { return m_engine.step(*this); }
    SimTime now() const { return m_engine.now(); }
    SimTime submit(const Command &c) { return m_engine.submit(c); }
    // Whether the command's region, population and dependency arguments exist in this world (a
    // command aimed at a world that has since changed shape must not enter the session log).
    bool commandValid(const Command &c) const;
    const Engine &engine() const { return m_engine; }
    std::uint64_t traceHash() const { return m_engine.traceHash(); }
    // A fingerprint of the requests the users issued: every arrival's time, population, client,
    // key and read or write, in order. It depends only on the seed, the populations, the key space
    // and the traffic commands, never on how the world serves them: two designs run with one seed
    // and one schedule have the same value (what a compare of two designs checks), and a run that
    // differs from another in its workload differs here too.
    std::uint64_t workloadHash() const { return m_workloadTrace.value(); }

    // --- checkpoints (core/timeline) ---
    // Every command submitted so far, in submission order, with the time each applies at.
    const std::vector<Command> &submittedCommands() const { return m_engine.submittedCommands(); }
    // The bulk of a simulation's memory, in large arrays of which little changes in half a minute:
    // each copy's per-key values, version vectors, merged fields and set entries (one array of each
    // per region), the stale-read ground truth per key, and the latency histograms (16 KiB each).
    // With 100,000 keys on three regions that is 20 MB of a 25 MB world, so a timeline keeps it as
    // deltas between checkpoints instead of as whole copies. Calls visit(family, member, array)
    // for every array, always in the same order: `family` numbers the kinds of array
    // (kBulkFamilies of them) and `member` the region (0 where there is one array of the kind).
    // Every element type is trivially copyable.
    static constexpr int kBulkFamilies = 5 + WorldMetrics::kHistogramFamilies;
    template<class Visitor> void visitBulkState(Visitor &&visit)
    {
        for (std::size_t r = 0; r < m_data.size(); ++r) {
            const int member = static_cast<int>(r);
            visit(0, member, m_data[r].values);
            visit(1, member, m_data[r].clocks);
            visit(2, member, m_data[r].fields);
            visit(3, member, m_data[r].orset);
        }
        visit(4, 0, m_maxAckedInvoke);
        m_metrics.visitHistograms([&visit](int family, auto &array) { visit(5 + family, 0, array); });
    }
    // A copy of this simulation whose bulk arrays are empty, made without copying them (they are
    // moved aside for the copy and back), and whose event queue is empty too (its calendar is a
    // quarter of a megabyte whatever it holds; pendingEvents() is the compact list). Give it both
    // back (visitBulkState, replacePendingEvents) before running it.
    Simulation copyWithoutBulkState();
    std::vector<Event> pendingEvents() const { return m_engine.pendingEventList(); }
    void replacePendingEvents(const std::vector<Event> &events) { m_engine.replacePendingEvents(events); }
    // Heap memory of everything but the bulk state and the event queue, as its containers hold it
    // (an estimate: the big containers, not every small vector; the metrics' series pages, shared
    // between copies, are not counted). What one checkpoint's copy costs beside its delta.
    std::size_t heapBytesWithoutBulkState() const;

    // --- state for views, tests and metrics ---
    const SimulationConfig &config() const { return m_config; }
    std::size_t regionCount() const { return m_regions.size(); }
    std::size_t populationCount() const { return m_config.populations.size(); }
    const RegionRuntime &region(std::size_t r) const { return m_regions[r]; }
    const RegionHealth &health(std::size_t r) const { return m_health.state(r); }
    bool inRotation(std::size_t r) const { return m_health.inRotation(r); }
    const Network &network() const { return m_network; }
    const Router &router() const { return m_router; }
    const WorldMetrics &metrics() const { return m_metrics; }
    const RingSeries<SimEvent> &events() const { return m_events; }
    const std::vector<ClientSession> &clients(std::size_t p) const { return m_clients[p]; }
    // The region a DNS client of population `p` would send its next request to without asking
    // anyone (its application's or its resolver's answer, still valid now), or -1: it would resolve.
    int dnsAnswerHeld(std::size_t p, std::uint32_t client) const;

    // --- data ---
    const WriteAccounting &writes() const { return m_writes; }
    const History &history() const { return m_history; }
    const GroupState &group(std::size_t g) const { return m_groups[g]; }
    std::size_t groupCount() const { return m_groups.size(); }
    const RegionData &regionData(std::size_t r) const { return m_data[r]; }
    ReplicaLag replicaLag(std::size_t r) const;
    std::uint32_t keyCount() const { return m_keyCount; }
    // The value a region's state holds for a key right now (applies what is due first).
    const KeySlot &valueAt(std::size_t region, std::uint32_t key);
    // OR-set: whether `element` is in the set stored under `key` at `region`.
    bool setContains(std::size_t region, std::uint32_t key, int element);
    // Field merge: the write that set `field` of the record under `key` at `region`.
    std::uint64_t fieldValue(std::size_t region, std::uint32_t key, int field);
    // Promotes `region` to primary of group `g` at once (a test hook until the failover model
    // exists): it applies its backlog, opens a new epoch, and acknowledged writes it never
    // received are lost.
    void promoteNow(std::size_t g, std::size_t region);
    // What the model holds that grows with the run's writes: log entries of every copy, entries
    // carried by batches on the wire or waiting for a consumer, entries waiting for an applier, and
    // the audit's history records (when kept). Memory grows with this count.
    std::uint64_t retainedEntries() const;
    // Recounts the fate of acknowledged writes (done at every tick; callable for tests).
    void recountWrites();
    // Simulated time at which every replica has received and applied everything committed so far
    // and no client request is outstanding is not knowable in advance; this runs until it is so
    // (or `limit` passes). Returns true when drained.
    bool drain(SimTime limit);

    // --- failover ---
    const ControllerState &controller() const { return m_controller; }
    const std::vector<Incident> &incidents() const { return m_incidents.all(); }
    int routingPrimary() const { return m_routingPrimary; }
    SimTime leaseExpiry(std::size_t region) const { return m_leaseExpiry[region]; }
    std::uint64_t divergentKeys() const { return m_divergentKeys; }
    bool splitBrain() const { return m_splitBrain; }
    double costPerHour() const;
    double totalCost() const { return m_totalCost; }
    std::uint64_t fencingRefusals() const { return m_fencingRefusals; }
    std::uint64_t staleEpochApplied() const { return m_staleEpochApplied; }
    // Writes acknowledged by the new lineage since the newest promotion (the "other side").
    std::uint64_t ackedSincePromotion() const { return m_ackedSincePromotion; }
    // Whether `region` holds a copy of the data (not a witness, storage not destroyed).
    bool holdsData(std::size_t region) const;
    double regionCostPerHour(std::size_t region) const;
    // Whether a request served in `region` can reach `dependency` now (its own deployment while
    // up, or an up deployment across links cut in neither direction; a cache is always local).
    bool dependencyReachable(std::size_t dependency, std::size_t region) const;
    // The primary as the failover controller believes it (it learns only from messages).
    int controllerPrimary() const { return m_controllerPrimary; }
    bool dependencyDeployed(std::size_t dependency, std::size_t region) const
    {
        return m_dependencyAt[dependency * m_regions.size() + region] != 0;
    }
    RoutingMechanism routingMechanism() const { return m_mechanism; }
    SimTime dnsTtl() const { return m_dnsTtl; }
    double populationRate(std::size_t p) const { return m_rates[p]; }
    std::uint64_t requestsInFlight() const { return m_requests.inUse(); }
    SimTime accessOneWay(std::size_t population, std::size_t region) const
    {
        return m_accessOneWay[population * m_regions.size() + region];
    }

    // Engine callbacks.
    void onEvent(Engine &engine, const Event &e);
    void onCommand(Engine &engine, const Command &c);

    friend bool operator==(const Simulation &, const Simulation &) = default;

private:
    friend struct CommandApplier; // commandapply.cpp: one handler per command type

    enum EventKind : std::uint32_t
    {
        PopulationArrival = 1,
        RequestAtRegion,
        ResponseAtClient,
        ClientTimeout,
        RetryRequest,
        ProbeSend,
        ProbeAtRegion,
        ProbeReply,
        ProbeTimeout,
        MetricsTick,
        RegionReady,
        DataOp,            // the app tier finished: the request reaches the regional data tier
        ForwardAtPrimary,  // a forwarded read or write reaches the primary's data tier
        ReplyAtRegion,     // the primary's answer is back at the region that forwarded it
        ShipTick,          // a region ships its logs (batched replication)
        BatchArrive,       // a replication batch reaches a region
        BatchConsumed,     // event-log mode: the region's consumer has taken the batch
        ReplicationAck,    // a replica's confirmation of durable receipt reaches the sender
        SyncTimeout,       // a synchronous write waited too long for its replicas
        ControlProbeSend,  // the controller probes the primary
        ControlProbeAt,    // the probe reaches the primary
        ControlProbeReply, // its answer reaches the controller
        ControlProbeTimeout,
        VoteRequestAt, // an election request reaches a voter
        VoteReply,     // a voter's answer reaches the controller
        ElectionDeadline,
        PromoteAt,      // the controller's promote order reaches the chosen replica
        PromotionDone,  // the replica has applied its backlog and opens the new epoch
        PromotedNotice, // the new primary's notice reaches the controller
        SyncLagCheck,   // sync-all: has a write waited longer than the lag timeout for a member?
        KindCount
    };
    friend struct EventRouter; // simulation.cpp: one route per event kind

    void scheduleNextArrival(std::size_t population);
    void onPopulationArrival(std::size_t population);
    void sendAttempt(std::uint32_t requestId);
    void onRequestAtRegion(std::uint32_t requestId);
    void onResponse(std::uint32_t requestId);
    // When the region that took the request has crashed since, the client can only time out:
    // schedules that and returns true.
    bool diedWithItsRegion(std::uint32_t requestId);
    void respondToClient(std::uint32_t requestId, SimTime respondAt, ResponseOutcome outcome);
    void onAttemptFailed(std::uint32_t requestId, ResponseOutcome why, bool timedOut);
    void finishRequest(std::uint32_t requestId, bool success, ResponseOutcome why, bool timedOut);
    // `fromCache`: the answer came from a cache (the resolver's or the application's), not a lookup.
    int routeFor(std::size_t population, std::uint32_t client, bool &fromCache);

    void onProbeSend(std::size_t region);
    void onProbeAtRegion(std::size_t region, std::uint64_t data);
    void onProbeReply(std::size_t region, std::uint64_t data);
    void onProbeResult(std::size_t region, bool success);
    bool checkerAlive() const;

    void onMetricsTick();

    // Failover (failover.cpp).
    void initFailover();
    bool controllerAlive() const;
    void onControlProbeSend();
    void onControlProbeAt(std::size_t region, std::uint64_t data);
    void onControlProbeReply(std::size_t region, std::uint64_t data);
    void onControlProbeResult(std::size_t region, bool success);
    void startElection();
    void onVoteRequestAt(std::size_t voter, std::uint64_t data);
    void onVoteReply(std::uint64_t data);
    void onElectionDeadline(std::uint64_t electionId);
    void sendPromote(std::size_t region);
    void onPromoteAt(std::size_t region, std::uint64_t data);
    void onPromotionDone(std::size_t region, std::uint64_t data);
    void onPromotedNotice(std::uint64_t data);
    void reroute(std::size_t region);
    void becomePrimary(std::size_t region, std::size_t group);
    SimTime controlSend(std::size_t from, std::size_t to);
    bool leaseValid(std::size_t region) const;
    void rejoinOrphans(std::size_t region, std::size_t group, std::uint64_t common);
    void openIncident(std::uint32_t command, int region);
    void updateIncidents();
    // An acknowledged write is lost: its incident's RPO, and data harm to the population that wrote
    // `key` (-1: not known); `origin` is the region whose fault stranded it.
    void noteLostWrite(SimTime commitTime, std::int64_t key, int origin);
    int populationOfKey(std::uint32_t key) const;
    bool faultActive() const;
    // After a command: if it repaired the last fault, the open incidents are healed now.
    void noteHealIfLastFaultRepaired();
    void computeDivergence();
    bool needsDependency(const Request &req, std::size_t dependency) const;
    // Returns false if a needed dependency is unreachable from `region`; adds its latency.
    bool reachDependencies(std::uint32_t requestId, std::size_t region, SimTime &extraLatency);

    // Data path (datapath.cpp).
    void initData();
    void scheduleDataOp(std::uint32_t requestId, SimTime at);
    void onDataOp(std::uint32_t requestId);
    void onForwardAtPrimary(std::size_t region, std::uint32_t requestId);
    void onReplyAtRegion(std::uint32_t requestId);
    // Marks the write's acknowledgement as `primary` sends it at `at`: past its lease, or deposed.
    void noteAcknowledgementSent(Request &request, std::size_t primary, SimTime at) const;
    void serveData(std::size_t region, std::uint32_t requestId);
    void respondFromData(std::uint32_t requestId, std::size_t dataRegion, SimTime at,
                         ResponseOutcome outcome);
    void readAt(std::size_t region, std::uint32_t requestId);
    void commitAt(std::size_t region, std::size_t group, std::uint32_t requestId);
    // A retry that reaches the primary that committed it: answered (or waited for) without a second
    // commit. Returns false when the write is not committed here.
    bool answerRetryOfCommittedWrite(std::size_t region, std::size_t group, std::uint32_t requestId);
    void renumberRetriedWrite(Request &request);
    LogEntry makeLogEntry(std::size_t region, std::size_t group, const Request &request);
    int groupOfWrite(std::size_t entryRegion, std::uint32_t key) const;
    void acknowledgeWriteToClient(std::uint32_t requestId);
    // The log entry the request's write was committed as, wherever a copy of it survives.
    LogEntry *committedEntry(const Request &request);
    // Replicas that already applied the write learn when it was acknowledged.
    void stampAcknowledgement(const Request &request);
    void writeFinishedWithoutAck(std::uint32_t requestId, bool indeterminate);
    void shipAll(std::size_t region);
    void ship(std::size_t from, std::size_t group, std::size_t to);
    void onBatchArrive(std::size_t region, std::uint64_t data, bool consumed);
    void receiveEntries(std::size_t region, std::size_t from, std::size_t group, std::uint64_t through);
    // A deposed primary's writes of an older epoch: refused with fencing; without, the region that
    // is primary applies and re-logs them (its followers take them from it, not from the sender).
    void receiveStaleEpoch(std::size_t region, std::size_t from, std::size_t group, std::uint64_t through);
    void reLogStaleWrite(std::size_t region, std::size_t group, LogEntry &stale, std::uint64_t staleIndex);
    // The copies of a re-logged write in the surviving lineage, if it was re-logged.
    template<class Fn> void forEachReLoggedCopy(std::uint64_t writeId, Fn &&fn)
    {
        const auto it = m_reLogged.find(writeId);
        if (it == m_reLogged.end())
            return;
        forEachCopy(it->second.first, it->second.second, writeId, [&](LogEntry &copy) {
            if (copy.staleEpoch != 0)
                fn(copy);
        });
    }
    // A re-logged write of an older epoch replaces `held` at its primary: a newer acknowledged
    // write's value is lost.
    // A write committed at `region` now waits for replicas before it is applied and answered.
    bool waitsForReplicasNow(std::size_t region, std::size_t group) const;
    void noteOverwrittenByOlderEpoch(std::size_t region, const KeySlot &held, const LogEntry &incoming);
    // Re-clones `region`'s copy from `from`'s state (it fell behind the sender's truncated log).
    // The stored values, clocks, fields and sets of `from`, copied into `region`.
    void copyStoredState(std::size_t region, std::size_t from);
    void cloneFrom(std::size_t region, std::size_t from, std::size_t group);
    // Tells `to` how far `region` holds the group's log (a refusal: where to resume).
    void sendReplicationAck(std::size_t region, std::size_t to, std::size_t group, bool refused);
    void adoptEpoch(std::size_t region, std::size_t group, std::size_t from);
    void onReplicationAck(std::size_t sender, std::uint64_t data);
    void releaseSyncWrites(std::size_t region, std::size_t group, std::uint64_t through);
    // After a change of replication mode: a primary that no longer waits for replicas stops waiting
    // for the writes it was holding back too (see CommandApplier::setReplicationMode).
    void releaseWritesNoLongerWaiting();
    void onSyncTimeout(std::size_t region, std::uint64_t data);
    void onSyncLagCheck(std::size_t region, std::uint64_t data);
    bool syncAll() const;
    bool degradedSyncSet(std::size_t group) const;
    bool controllerConsents(std::size_t primary) const;
    void releaseForSyncSet(std::size_t region, std::size_t group);
    std::size_t syncAcksNeeded(std::size_t group) const;
    void advanceApply(std::size_t region, SimTime until);
    void applyEntry(std::size_t region, const LogEntry &entry, std::size_t group, std::uint64_t index);
    void applyRegister(std::size_t region, const LogEntry &entry, std::size_t group, std::uint64_t index,
                       bool local);
    // Counts what last-write-wins dropped at `region` (the incoming write, or the held value it
    // replaces); false when the held value stays.
    bool settleLastWriteWins(std::size_t region, const LwwOutcome &lww, const KeySlot &incoming,
                             const KeySlot &held);
    void markLostToLww(std::size_t region, const KeySlot &slot, bool causal);
    void breakStreams(std::size_t region);
    void breakStream(std::size_t from, std::size_t to);
    // The round trip to the nearest reachable deployment of `dependency`, or kNever.
    SimTime dependencyRoundTrip(std::size_t dependency, std::size_t region) const;
    void truncateLogs();
    void detachLaggards(std::size_t group, std::size_t authoritative);
    void takeDetachedAsSource(std::size_t group, std::size_t region);
    void compactOrphans(std::size_t group);
    // Counts a region's compacted orphans lost on `lostCounter` (they share the fate of the rest
    // of its deposed lineage) and returns how many.
    std::uint64_t dropCompactedOrphans(std::size_t region, std::size_t group, std::uint64_t &lostCounter);
    void destroyData(std::size_t region);
    void noteClone(std::size_t region, std::size_t source);
    void recloneFromPeers(std::size_t region);
    int authoritativeCopy(std::size_t group) const;
    // Calls fn on every region's copy of the log entry (group, index) that holds `writeId`.
    template<class Fn>
    void forEachCopy(std::size_t group, std::uint64_t index, std::uint64_t writeId, Fn &&fn)
    {
        for (RegionData &d : m_data) {
            ReplicaLog &log = d.logs[group];
            if (log.contains(index) && log.at(index).writeId == writeId)
                fn(log.at(index));
        }
        // Copies carried by batches that outlived their sender learn it too.
        if (m_carriedBatches == 0)
            return;
        auto inBatches = [&](std::deque<wire::BatchOnWire> &queue) {
            for (wire::BatchOnWire &b : queue)
                if (LogEntry *e = carriedEntry(b, index, writeId))
                    fn(*e);
        };
        for (std::size_t from = 0; from < m_data.size(); ++from)
            for (std::size_t to = 0; to < m_data.size(); ++to)
                inBatches(m_batchesOnWire[wireStream(from, group, to)]);
        for (auto &queue : m_consumerQueues)
            inBatches(queue);
    }
    std::size_t wireStream(std::size_t from, std::size_t group, std::size_t to) const
    {
        return (from * m_groups.size() + group) * m_regions.size() + to;
    }
    static LogEntry *carriedEntry(wire::BatchOnWire &b, std::uint64_t index, std::uint64_t writeId)
    {
        if (b.entries.empty() || index < b.first || index > b.through)
            return nullptr;
        LogEntry &e = b.entries[index - b.first];
        return e.writeId == writeId ? &e : nullptr;
    }
    void keepBatchesThroughCrash(std::size_t region);
    void receiveWithoutSender(std::size_t region, std::size_t from, std::size_t group,
                              const wire::BatchOnWire &batch);
    void batchLostOnTheWay(std::size_t from, std::size_t group, const wire::BatchOnWire &batch);
    std::uint64_t ackedOnlyOnTheWire() const;
    bool heldByACopy(std::size_t group, std::uint64_t index, std::uint64_t writeId) const;
    void judgeRead(std::uint32_t requestId);
    std::uint64_t lineageEnd(std::size_t region, std::size_t group) const;
    std::uint64_t effectiveApplied(std::size_t region, std::size_t group) const;
    std::uint32_t *clockOf(std::size_t region, std::uint32_t key);
    SimTime ackTimeOf(std::size_t origin, std::size_t group, std::uint64_t index,
                      std::uint64_t writeId) const;
    void onRegionReady(std::size_t region, std::uint64_t data);

    void crashRegion(std::size_t r);
    void restoreRegion(std::size_t r);
    void noteTraffic(std::size_t r);
    void setRole(std::size_t r, RegionRole role);
    // What a region of this configuration serves at once, before any scale-up or boot.
    static double baseCapacity(const RegionConfig &rc);
    bool serves(std::size_t r) const;
    void refreshRouting();
    void log(SimEventType type, int region = -1, int other = -1, int population = -1, double value = 0);

    // Events about a request carry (id, attempt serial); an event whose attempt has ended is stale.
    std::uint64_t requestRef(std::uint32_t id) const { return m_requests.reference(id); }
    std::optional<std::uint32_t> liveRequest(std::uint64_t ref) const { return m_requests.live(ref); }

    SimulationConfig m_config;
    Engine m_engine;
    Network m_network;
    Router m_router;
    HealthChecker m_health;
    WorldMetrics m_metrics;
    RingSeries<SimEvent> m_events;

    std::vector<RegionRuntime> m_regions;
    std::vector<SimTime> m_accessOneWay; // [population * regions + region], user <-> region
    std::vector<std::vector<ClientSession>> m_clients;
    std::vector<ZipfSampler> m_keys;
    std::vector<double> m_rates;
    std::vector<std::uint8_t> m_arrivalPending; // an arrival chain is scheduled for the population
    std::vector<double> m_arrivalCarry;     // the fraction of a microsecond the last arrival gap left over
    TraceHash m_workloadTrace;              // see workloadHash()
    std::vector<std::uint8_t> m_serving;    // region serves users at all (role and readiness)
    std::vector<std::uint8_t> m_candidates; // what routing may answer right now
    bool m_failingOpen = false;
    RoutingMechanism m_mechanism = RoutingMechanism::Dns;
    SimTime m_dnsTtl = 0;

    // Data state.
    std::vector<RegionData> m_data;
    std::vector<GroupState> m_groups;
    std::vector<std::uint32_t> m_keyOffset;              // per population: first key of its range
    std::vector<std::uint64_t> m_staleReadsByPopulation; // read harm, for the incidents
    std::vector<std::int8_t> m_keyOwnerOfPopulation;     // ownership by population: home region
    std::vector<AckedInvokeBound> m_maxAckedInvoke;      // per key: ground truth for stale reads
    std::uint32_t m_keyCount = 0;
    std::uint64_t m_nextWriteId = 1;
    // Per group: acknowledged entries already dropped from the logs (everyone had them).
    std::vector<std::uint64_t> m_durableTruncated;
    std::uint64_t m_resurrectedTruncated = 0; // of those, re-logged stale-epoch writes
    // Stale-epoch writes re-logged by a newer primary (no fencing): write id -> (group, index).
    std::map<std::uint64_t, std::pair<std::size_t, std::uint64_t>> m_reLogged;
    // Replication batches on the wire, per stream (sender, group, receiver): wireStream().
    std::vector<std::deque<wire::BatchOnWire>> m_batchesOnWire;
    // Per region, event-log mode: batches taken off the wire, waiting for the region's consumer.
    std::vector<std::deque<wire::BatchOnWire>> m_consumerQueues;
    std::uint64_t m_carriedBatches = 0; // batches on the wire that carry their own entries
    WriteAccounting m_writes;
    WriteAccounting m_lastTick; // for per-interval rates
    History m_history;

    // Failover state.
    ControllerState m_controller;
    int m_routingPrimary = -1;    // where primary-only routing sends users
    int m_controllerPrimary = -1; // the primary as the controller believes it
    std::vector<SimTime> m_dependencyWarned;
    std::vector<std::uint8_t> m_leaseLapsedLogged;
    std::vector<SimTime> m_leaseExpiry;      // per region, as the region itself knows it
    std::vector<SimTime> m_lastHeardPrimary; // per region: last replication message from a primary
    std::vector<SimTime> m_promotionReady;   // per region: when a promotion in progress completes
    IncidentLog m_incidents;
    std::uint64_t m_divergentKeys = 0;
    bool m_splitBrain = false;
    std::uint64_t m_fencingRefusals = 0;
    std::uint64_t m_staleEpochApplied = 0;
    std::uint64_t m_ackedSincePromotion = 0;
    std::vector<std::uint8_t> m_dependencyAt; // [dependency * regions + region]
    std::vector<SimTime> m_cacheWarmSince;    // per region: when it began taking its traffic
    std::vector<double> m_lastAttemptsPerSecond;
    double m_totalCost = 0;

    SlotPool<Request> m_requests;
};

} // namespace fl
