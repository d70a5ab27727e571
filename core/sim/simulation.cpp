#include "simulation.h"

#include "spec/enums.h"
#include "world/geo.h"
#include "world/latencymodel.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <optional>

namespace fl {
namespace {

// Probe payloads carry the send time (48 bits: ~8.9 simulated years), whether the region answered
// healthy, and the incarnation of the region that answered (so a reply from an earlier life of a
// crashed region is recognised as lost in flight).
constexpr std::uint64_t kProbeTimeMask = (std::uint64_t{1} << 47) - 1;
constexpr std::uint64_t kProbeHealthyBit = std::uint64_t{1} << 47;

std::uint64_t packProbe(SimTime sent, bool healthy, std::uint32_t incarnation)
{
    return (static_cast<std::uint64_t>(sent) & kProbeTimeMask) | (healthy ? kProbeHealthyBit : 0) |
           (static_cast<std::uint64_t>(incarnation & 0xffff) << 48);
}
SimTime probeSent(std::uint64_t data)
{
    return static_cast<SimTime>(data & kProbeTimeMask);
}
bool probeHealthy(std::uint64_t data)
{
    return (data & kProbeHealthyBit) != 0;
}
std::uint32_t probeIncarnation(std::uint64_t data)
{
    return static_cast<std::uint32_t>(data >> 48);
}

double baseCapacity(const RegionConfig &rc)
{
    switch (rc.role) {
    case RegionRole::Active:
        return rc.capacityOps;
    case RegionRole::WarmStandby:
        return rc.capacityOps * rc.warmStandbyFraction;
    case RegionRole::PilotLight:
    case RegionRole::Witness:
        return 0.0;
    }
    return 0.0;
}

// An autoscaler reacts when a warm standby runs hotter than this share of its current capacity.
constexpr double kScaleUpUtilisation = 0.7;

} // namespace

Simulation::Simulation(SimulationConfig config)
    : m_config(std::move(config)), m_engine(m_config.seed), m_events(m_config.eventLogCapacity)
{
    const std::size_t nr = m_config.regions.size();
    const std::size_t np = m_config.populations.size();
    const LatencyModel latency;

    std::vector<GeoPoint> regionAt(nr);
    for (std::size_t r = 0; r < nr; ++r)
        regionAt[r] = regionCatalog().at(static_cast<std::size_t>(m_config.regions[r].catalogIndex)).location;

    std::vector<SimTime> base(nr * nr);
    for (std::size_t a = 0; a < nr; ++a)
        for (std::size_t b = 0; b < nr; ++b)
            base[a * nr + b] = latency.oneWay(regionAt[a], regionAt[b]);
    m_network =
        Network(nr, std::move(base), m_config.network.jitterFraction, m_config.network.retransmitTimeoutMin);

    std::vector<double> distance(np * nr);
    std::vector<double> weights(np * nr, 1.0);
    m_accessOneWay.resize(np * nr);
    for (std::size_t p = 0; p < np; ++p) {
        const PopulationConfig &pc = m_config.populations[p];
        const GeoPoint at = populationCatalog().at(static_cast<std::size_t>(pc.catalogIndex)).centroid;
        for (std::size_t r = 0; r < nr; ++r) {
            distance[p * nr + r] = greatCircleKm(at, regionAt[r]);
            m_accessOneWay[p * nr + r] = latency.clientOneWay(at, regionAt[r]);
            if (r < pc.weights.size())
                weights[p * nr + r] = std::max(0.0, pc.weights[r]);
        }
    }
    m_mechanism = m_config.routing.mechanism;
    m_dnsTtl = m_config.routing.dnsTtl;
    m_router =
        Router(np, nr, std::move(distance), m_accessOneWay, std::move(weights), m_config.routing.policy);
    m_health = HealthChecker(nr, m_config.health, m_config.routing.automaticFailback);
    m_metrics = WorldMetrics(nr, np, m_config.historySeconds);

    m_regions.resize(nr);
    for (std::size_t r = 0; r < nr; ++r) {
        m_regions[r].role = m_config.regions[r].role;
        m_regions[r].capacityOps = baseCapacity(m_config.regions[r]);
    }
    m_serving.assign(nr, 0);
    for (std::size_t r = 0; r < nr; ++r) {
        m_serving[r] = serves(r) ? 1 : 0;
        if (!m_serving[r])
            m_health.setInitialHealth(r, false); // never was in rotation; no "left rotation" at start
    }

    m_clients.resize(np);
    m_keys.resize(np);
    m_rates.resize(np);
    for (std::size_t p = 0; p < np; ++p) {
        const PopulationConfig &pc = m_config.populations[p];
        m_clients[p].resize(std::max<std::uint32_t>(1, pc.clients));
        const auto ignoring = static_cast<std::size_t>(
            std::llround(pc.ttlIgnoringShare * static_cast<double>(m_clients[p].size())));
        for (std::size_t c = 0; c < std::min(ignoring, m_clients[p].size()); ++c)
            m_clients[p][c].ignoresTtl = true;
        m_keys[p] = ZipfSampler(pc.keySpace, pc.zipfExponent);
        m_rates[p] = std::max(0.0, pc.requestsPerSecond);
    }
    m_arrivalPending.assign(np, 0);
    refreshRouting();

    for (std::size_t p = 0; p < np; ++p)
        scheduleNextArrival(p);
    // Probes start at a random phase per region, as independent checkers would.
    for (std::size_t r = 0; r < nr; ++r) {
        const auto phase = static_cast<SimTime>(m_engine.rng(Stream::Control).uniform() *
                                                static_cast<double>(m_config.health.interval));
        m_engine.schedule(phase, ProbeSend, static_cast<std::uint32_t>(r), 0);
    }
    m_engine.schedule(m_config.metricsInterval, MetricsTick, 0, 0);
    initData();
    initFailover();
}

// ---------------------------------------------------------------------------------------------
// Engine callbacks

void Simulation::onEvent(Engine &, const Event &e)
{
    switch (e.kind) {
    case PopulationArrival:
        onPopulationArrival(e.subject);
        break;
    case RequestAtRegion:
        if (const auto id = liveRequest(e.data))
            onRequestAtRegion(*id);
        break;
    case ResponseAtClient:
        if (const auto id = liveRequest(e.data))
            onResponse(*id);
        break;
    case ClientTimeout:
        if (const auto id = liveRequest(e.data))
            onAttemptFailed(*id, static_cast<ResponseOutcome>(m_requests[*id].outcome), true);
        break;
    case RetryRequest:
        sendAttempt(static_cast<std::uint32_t>(e.data));
        break;
    case ProbeSend:
        onProbeSend(e.subject);
        break;
    case ProbeAtRegion:
        onProbeAtRegion(e.subject, e.data);
        break;
    case ProbeReply:
        onProbeReply(e.subject, e.data);
        break;
    case ProbeTimeout:
        onProbeResult(e.subject, false);
        break;
    case MetricsTick:
        onMetricsTick();
        break;
    case RegionReady:
        onRegionReady(e.subject, e.data);
        break;
    case DataOp:
        if (const auto id = liveRequest(e.data))
            onDataOp(*id);
        break;
    case ForwardAtPrimary:
        if (const auto id = liveRequest(e.data))
            onForwardAtPrimary(e.subject, *id);
        break;
    case ReplyAtRegion:
        if (const auto id = liveRequest(e.data))
            onReplyAtRegion(*id);
        break;
    case ShipTick:
        shipAll(e.subject);
        break;
    case BatchArrive:
        onBatchArrive(e.subject, e.data, false);
        break;
    case BatchConsumed:
        onBatchArrive(e.subject, e.data, true);
        break;
    case ReplicationAck:
        onReplicationAck(e.subject, e.data);
        break;
    case SyncTimeout:
        onSyncTimeout(e.subject, e.data);
        break;
    case ControlProbeSend:
        onControlProbeSend();
        break;
    case ControlProbeAt:
        onControlProbeAt(e.subject, e.data);
        break;
    case ControlProbeReply:
        onControlProbeReply(e.subject, e.data);
        break;
    case ControlProbeTimeout:
        onControlProbeResult(e.subject, false);
        break;
    case VoteRequestAt:
        onVoteRequestAt(e.subject, e.data);
        break;
    case VoteReply:
        onVoteReply(e.data);
        break;
    case ElectionDeadline:
        onElectionDeadline(e.data);
        break;
    case PromoteAt:
        onPromoteAt(e.subject, e.data);
        break;
    case PromotionDone:
        onPromotionDone(e.subject, e.data);
        break;
    case PromotedNotice:
        onPromotedNotice(e.data);
        break;
    default:
        assert(false && "unknown event kind");
    }
}

// ---------------------------------------------------------------------------------------------
// Client requests

void Simulation::scheduleNextArrival(std::size_t p)
{
    if (m_rates[p] <= 0) {
        m_arrivalPending[p] = 0;
        return;
    }
    // Open-loop Poisson arrivals: exponential gaps, independent of how the system responds.
    const double gap = m_engine.rng(Stream::Workload).exponential(1e6 / m_rates[p]);
    m_engine.scheduleIn(static_cast<SimTime>(gap), PopulationArrival, static_cast<std::uint32_t>(p), 0);
    m_arrivalPending[p] = 1;
}

void Simulation::onPopulationArrival(std::size_t p)
{
    scheduleNextArrival(p); // first, so the engine reuses the slot of the event being handled
    const PopulationConfig &pc = m_config.populations[p];
    Rng &workload = m_engine.rng(Stream::Workload);
    const std::uint32_t id = allocateRequest();
    Request &req = m_requests[id];
    req = Request{};
    req.population = static_cast<std::uint16_t>(p);
    req.client = static_cast<std::uint32_t>(workload.below(m_clients[p].size()));
    req.write = !workload.chance(pc.readFraction);
    req.key = m_keyOffset[p] + m_keys[p].sample(m_engine.rng(Stream::Keys)) - 1;
    req.firstSent = now();
    if (req.write) {
        req.writeId = m_nextWriteId++;
        ++m_writes.issued;
        Rng &ops = m_engine.rng(Stream::Keys);
        switch (m_config.data.conflict) {
        case ConflictPolicy::LastWriteWins:
            req.op = WriteOp::Put;
            break;
        case ConflictPolicy::PnCounter:
            req.op = WriteOp::Add;
            req.arg = ops.chance(0.75) ? static_cast<std::int32_t>(ops.below(5)) + 1 : -1;
            break;
        case ConflictPolicy::OrSet:
            req.op = ops.chance(0.6) ? WriteOp::SetAdd : WriteOp::SetRemove;
            req.arg =
                static_cast<std::int32_t>(ops.below(static_cast<std::uint64_t>(m_config.data.setElements)));
            break;
        case ConflictPolicy::FieldMerge:
            req.op = WriteOp::SetField;
            req.arg =
                static_cast<std::int32_t>(ops.below(static_cast<std::uint64_t>(m_config.data.recordFields)));
            break;
        }
        if (m_config.data.recordHistory) {
            History::Write w;
            w.writeId = req.writeId;
            w.key = req.key;
            w.session = static_cast<std::uint32_t>(p << 20 | req.client);
            w.invoke = now();
            w.op = req.op;
            w.arg = req.arg;
            m_history.writes.push_back(w);
        }
    }
    if (!req.write)
        req.readBound = m_maxAckedInvoke[req.key]; // ground truth as the read begins
    for (std::size_t d = 0; d < m_config.dependencies.size() && d < 8; ++d)
        if (workload.chance(m_config.dependencies[d].requestShare))
            req.dependencies |= static_cast<std::uint8_t>(1u << d);
    m_metrics.requestIssued(p);
    sendAttempt(id);
}

int Simulation::routeFor(std::size_t p, std::uint32_t client)
{
    Rng &rng = m_engine.rng(Stream::Routing);
    if (m_mechanism == RoutingMechanism::FrontDoor)
        return m_router.choose(p, m_candidates, rng);

    ClientSession &session = m_clients[p][client];
    const bool expired = session.cachedRegion < 0 || (!session.ignoresTtl && now() >= session.cacheExpiry);
    if (expired) {
        const int answer = m_router.choose(p, m_candidates, rng);
        const bool firstLookup = session.cachedRegion < 0 && session.cacheExpiry == 0;
        session.cachedRegion = static_cast<std::int16_t>(answer);
        // The first lookup pretends the answer was cached at a random earlier moment, so that a
        // population's clients do not all expire together.
        const SimTime ttl =
            firstLookup ? static_cast<SimTime>(rng.uniform() * static_cast<double>(m_dnsTtl)) : m_dnsTtl;
        session.cacheExpiry = now() + std::max<SimTime>(ttl, 1);
    }
    return session.cachedRegion;
}

void Simulation::sendAttempt(std::uint32_t id)
{
    Request &req = m_requests[id];
    const PopulationConfig &pc = m_config.populations[req.population];
    req.serial = m_nextSerial++;
    if (m_nextSerial == 0)
        m_nextSerial = 1; // 0 marks "no attempt in flight"
    req.attemptSent = now();
    req.deadline = now() + pc.requestTimeout;
    const int region = routeFor(req.population, req.client);
    req.region = static_cast<std::int16_t>(region);
    if (region < 0) {
        onAttemptFailed(id, ResponseOutcome::Refused, false);
        return;
    }
    const auto r = static_cast<std::size_t>(region);
    m_metrics.attemptSent(req.population, r);
    SimTime oneWay = m_accessOneWay[req.population * m_regions.size() + r];
    if (m_mechanism == RoutingMechanism::FrontDoor)
        oneWay += m_config.routing.frontDoorOverhead;
    const auto jitter = static_cast<SimTime>(m_engine.rng(Stream::Network).uniform() *
                                             m_config.network.jitterFraction * static_cast<double>(oneWay));
    m_engine.scheduleIn(oneWay + jitter, RequestAtRegion, static_cast<std::uint32_t>(r), requestRef(id));
}

void Simulation::onRequestAtRegion(std::uint32_t id)
{
    Request &req = m_requests[id];
    const auto r = static_cast<std::size_t>(req.region);
    RegionRuntime &region = m_regions[r];
    const RegionConfig &rc = m_config.regions[r];
    if (!region.up) {
        // Nothing answers a crashed region: the client finds out when its timer fires.
        req.outcome = static_cast<std::uint8_t>(ResponseOutcome::Refused);
        m_engine.schedule(req.deadline, ClientTimeout, static_cast<std::uint32_t>(r), requestRef(id));
        return;
    }
    req.incarnation = region.incarnation;

    ResponseOutcome outcome = ResponseOutcome::Ok;
    if (!region.appTierUp || !serves(r)) {
        outcome = ResponseOutcome::Refused; // the regional load balancer answers 503 at once
    } else {
        // One FIFO work queue per region app tier, served at `capacityOps` requests per second.
        const double nowMicros = static_cast<double>(now());
        const double start = std::max(nowMicros, region.busyUntil);
        if (start - nowMicros > static_cast<double>(rc.maxQueueDelay)) {
            outcome = ResponseOutcome::Shed;
            ++region.shedThisInterval;
            if (!region.shedding) {
                region.shedding = true;
                log(SimEventType::RegionOverloaded, req.region);
            }
        } else {
            region.busyUntil = start + 1e6 / region.capacityOps;
            // The stateless tier is done; the data tier (local or remote) takes it from here.
            // The stateless work itself varies from request to request (half of it fixed, half
            // exponential, same mean), which is what spreads p50 from p99 on a quiet path.
            const SimTime half = rc.appLatency / 2;
            const auto work =
                half +
                static_cast<SimTime>(m_engine.rng(Stream::Service).exponential(static_cast<double>(half)));
            scheduleDataOp(id, static_cast<SimTime>(region.busyUntil) + work);
            return;
        }
    }
    respondToClient(id, now(), outcome);
}

void Simulation::respondToClient(std::uint32_t id, SimTime respondAt, ResponseOutcome outcome)
{
    Request &req = m_requests[id];
    const auto r = static_cast<std::size_t>(req.region);
    req.outcome = static_cast<std::uint8_t>(outcome);
    const SimTime oneWay =
        m_accessOneWay[req.population * m_regions.size() + r] +
        (m_mechanism == RoutingMechanism::FrontDoor ? m_config.routing.frontDoorOverhead : 0);
    const auto jitter = static_cast<SimTime>(m_engine.rng(Stream::Network).uniform() *
                                             m_config.network.jitterFraction * static_cast<double>(oneWay));
    const SimTime arrival = respondAt + oneWay + jitter;
    if (arrival > req.deadline)
        m_engine.schedule(req.deadline, ClientTimeout, static_cast<std::uint32_t>(r), requestRef(id));
    else
        m_engine.schedule(arrival, ResponseAtClient, static_cast<std::uint32_t>(r), requestRef(id));
}

void Simulation::onResponse(std::uint32_t id)
{
    Request &req = m_requests[id];
    const auto r = static_cast<std::size_t>(req.region);
    const RegionRuntime &region = m_regions[r];
    if (!region.up || region.incarnation != req.incarnation) {
        // The region crashed after taking the request: the answer never leaves (or is lost on
        // the way), and the client waits out its timeout.
        m_engine.schedule(req.deadline, ClientTimeout, static_cast<std::uint32_t>(r), requestRef(id));
        return;
    }
    const auto outcome = static_cast<ResponseOutcome>(req.outcome);
    if (outcome != ResponseOutcome::Ok) {
        onAttemptFailed(id, outcome, false);
        return;
    }
    m_metrics.attemptSucceeded(r, now() - req.attemptSent);
    if (req.write)
        acknowledgeWriteToClient(id);
    else
        judgeRead(id);
    finishRequest(id, true, outcome, false);
}

void Simulation::onAttemptFailed(std::uint32_t id, ResponseOutcome why, bool timedOut)
{
    Request &req = m_requests[id];
    req.serial = 0; // events still pending for this attempt are now stale
    req.sawTimeout = req.sawTimeout || timedOut;
    if (req.region >= 0) {
        RequestCounters &c = m_metrics.regionTick(static_cast<std::size_t>(req.region));
        if (timedOut)
            ++c.failedTimeout;
        else if (why == ResponseOutcome::Shed)
            ++c.failedShed;
        else
            ++c.failedUnreachable;
    }
    const PopulationConfig &pc = m_config.populations[req.population];
    if (req.attempt < pc.maxRetries) {
        ++req.attempt;
        // Exponential backoff with full jitter.
        const double cap = static_cast<double>(pc.retryBackoff) * std::ldexp(1.0, req.attempt - 1);
        const auto wait = static_cast<SimTime>(m_engine.rng(Stream::Retry).uniform() * cap);
        m_engine.scheduleIn(wait, RetryRequest, req.population, id);
        return;
    }
    finishRequest(id, false, why, timedOut);
}

void Simulation::finishRequest(std::uint32_t id, bool success, ResponseOutcome why, bool timedOut)
{
    Request &req = m_requests[id];
    req.serial = 0;
    if (success) {
        m_metrics.requestSucceeded(req.population, now() - req.firstSent);
    } else {
        if (req.write)
            writeFinishedWithoutAck(id, req.sawTimeout);
        RequestCounters &c = m_metrics.populationTick(req.population);
        if (timedOut)
            ++c.failedTimeout;
        else if (why == ResponseOutcome::Shed)
            ++c.failedShed;
        else
            ++c.failedUnreachable;
    }
    releaseRequest(id);
}

std::optional<std::uint32_t> Simulation::liveRequest(std::uint64_t ref) const
{
    const auto id = static_cast<std::uint32_t>(ref);
    const auto serial = static_cast<std::uint32_t>(ref >> 32);
    if (serial == 0 || m_requests[id].serial != serial)
        return std::nullopt;
    return id;
}

std::uint32_t Simulation::allocateRequest()
{
    ++m_inFlight;
    if (!m_freeRequests.empty()) {
        const std::uint32_t id = m_freeRequests.back();
        m_freeRequests.pop_back();
        return id;
    }
    m_requests.emplace_back();
    return static_cast<std::uint32_t>(m_requests.size() - 1);
}

void Simulation::releaseRequest(std::uint32_t id)
{
    --m_inFlight;
    m_freeRequests.push_back(id);
}

// ---------------------------------------------------------------------------------------------
// Health checks: probes over the simulated network; the checker learns only what arrives.

bool Simulation::checkerAlive() const
{
    if (m_config.health.placement == HealthCheckerPlacement::External)
        return true;
    return m_regions[static_cast<std::size_t>(m_config.health.vantageRegion)].up;
}

void Simulation::onProbeSend(std::size_t r)
{
    m_engine.scheduleIn(m_config.health.interval, ProbeSend, static_cast<std::uint32_t>(r), 0);
    if (!checkerAlive())
        return;
    const auto vantage = static_cast<std::size_t>(m_config.health.vantageRegion);
    SimTime arrival;
    if (m_config.health.placement == HealthCheckerPlacement::External) {
        // Over the public internet: the inter-region links' state does not apply.
        const SimTime oneWay = m_network.baseOneWay(vantage, r);
        arrival = now() + oneWay +
                  static_cast<SimTime>(m_engine.rng(Stream::Network).uniform() *
                                       m_config.network.jitterFraction * static_cast<double>(oneWay));
    } else {
        arrival = vantage == r ? now() + m_network.baseOneWay(r, r)
                               : m_network.sendDatagram(vantage, r, now(), m_engine.rng(Stream::Network));
    }
    if (arrival == kNever || arrival - now() > m_config.health.timeout)
        m_engine.scheduleIn(m_config.health.timeout, ProbeTimeout, static_cast<std::uint32_t>(r), 0);
    else
        m_engine.schedule(arrival, ProbeAtRegion, static_cast<std::uint32_t>(r), packProbe(now(), false, 0));
}

void Simulation::onProbeAtRegion(std::size_t r, std::uint64_t data)
{
    const SimTime sent = probeSent(data);
    const SimTime deadline = sent + m_config.health.timeout;
    const RegionRuntime &region = m_regions[r];
    if (!region.up) {
        m_engine.schedule(deadline, ProbeTimeout, static_cast<std::uint32_t>(r), 0);
        return;
    }
    // A deep check also asks the data tier; a region that is not meant to serve answers "not ready".
    const bool healthy = region.appTierUp && serves(r) && (!m_config.health.deep || region.dataTierUp);
    const auto vantage = static_cast<std::size_t>(m_config.health.vantageRegion);
    SimTime arrival;
    if (m_config.health.placement == HealthCheckerPlacement::External) {
        const SimTime oneWay = m_network.baseOneWay(r, vantage);
        arrival = now() + oneWay +
                  static_cast<SimTime>(m_engine.rng(Stream::Network).uniform() *
                                       m_config.network.jitterFraction * static_cast<double>(oneWay));
    } else {
        arrival = vantage == r ? now() + m_network.baseOneWay(r, r)
                               : m_network.sendDatagram(r, vantage, now(), m_engine.rng(Stream::Network));
    }
    if (arrival == kNever || arrival > deadline)
        m_engine.schedule(deadline, ProbeTimeout, static_cast<std::uint32_t>(r), 0);
    else
        m_engine.schedule(arrival, ProbeReply, static_cast<std::uint32_t>(r),
                          packProbe(sent, healthy, region.incarnation));
}

void Simulation::onProbeReply(std::size_t r, std::uint64_t data)
{
    const RegionRuntime &region = m_regions[r];
    if (!region.up || (region.incarnation & 0xffff) != probeIncarnation(data)) {
        // The reply was in flight when the region crashed: it is lost.
        m_engine.schedule(probeSent(data) + m_config.health.timeout, ProbeTimeout,
                          static_cast<std::uint32_t>(r), 0);
        return;
    }
    onProbeResult(r, probeHealthy(data));
}

void Simulation::onProbeResult(std::size_t r, bool success)
{
    if (!checkerAlive())
        return;
    const HealthTransition t = success ? m_health.recordSuccess(r, now()) : m_health.recordFailure(r, now());
    switch (t) {
    case HealthTransition::None:
        return;
    case HealthTransition::ProbeFailed:
        log(SimEventType::HealthCheckFailed, static_cast<int>(r), -1, -1,
            m_health.state(r).consecutiveFailures);
        return;
    case HealthTransition::LeftRotation:
        log(SimEventType::HealthCheckFailed, static_cast<int>(r), -1, -1,
            m_health.state(r).consecutiveFailures);
        log(SimEventType::RegionLeftRotation, static_cast<int>(r));
        break;
    case HealthTransition::Rejoined:
        log(SimEventType::RegionRejoinedRotation, static_cast<int>(r));
        break;
    case HealthTransition::HeldForOperator:
        log(SimEventType::RegionHeldForOperator, static_cast<int>(r));
        break;
    }
    refreshRouting();
}

// ---------------------------------------------------------------------------------------------
// Regions

bool Simulation::serves(std::size_t r) const
{
    const RegionRole role = m_regions[r].role;
    return role == RegionRole::Active || role == RegionRole::WarmStandby;
}

void Simulation::refreshRouting()
{
    const std::size_t nr = m_regions.size();
    std::vector<std::uint8_t> rotation(nr);
    for (std::size_t r = 0; r < nr; ++r) {
        m_serving[r] = serves(r) ? 1 : 0;
        rotation[r] = m_health.inRotation(r) ? 1 : 0;
    }
    const bool failingOpen = Router::routeCandidates(rotation, m_serving, m_candidates);
    if (failingOpen && !m_failingOpen)
        log(SimEventType::NoHealthyRegion);
    m_failingOpen = failingOpen;
}

void Simulation::crashRegion(std::size_t r)
{
    RegionRuntime &region = m_regions[r];
    region.up = false;
    ++region.incarnation;
    region.busyUntil = 0;
    breakStreams(r);
    if (region.readyAt != kNever) {
        region.readyAt = kNever; // a boot or scale-up in progress dies with the region
    }
    log(SimEventType::RegionDown, static_cast<int>(r));
}

void Simulation::restoreRegion(std::size_t r)
{
    RegionRuntime &region = m_regions[r];
    region.up = true;
    if (region.destroyed) {
        // Rebuilt from scratch: its data comes back as a copy of the most advanced peer.
        region.destroyed = false;
        recloneFromPeers(r);
    }
    region.busyUntil = static_cast<double>(now());
    breakStreams(r);
    region.shedding = false;
    // A restarted region comes back at its role's base capacity; scale-ups start over.
    if (region.role == RegionRole::WarmStandby)
        region.capacityOps = baseCapacity(m_config.regions[r]);
    log(SimEventType::RegionUp, static_cast<int>(r));
}

void Simulation::setRole(std::size_t r, RegionRole role)
{
    RegionRuntime &region = m_regions[r];
    const RegionConfig &rc = m_config.regions[r];
    if (region.role == role)
        return;
    if (role == RegionRole::Active && region.role == RegionRole::PilotLight) {
        // Promoting a pilot light means building its servers first.
        if (region.readyAt == kNever && region.up) {
            region.readyAt = now() + rc.bootTime;
            m_engine.schedule(region.readyAt, RegionReady, static_cast<std::uint32_t>(r), region.incarnation);
            log(SimEventType::PilotLightBooting, static_cast<int>(r), -1, -1, toSeconds(rc.bootTime));
        }
        return;
    }
    if (role == RegionRole::Active && region.role == RegionRole::WarmStandby) {
        if (region.readyAt == kNever && region.up) {
            region.readyAt = now() + rc.scaleUpDelay;
            m_engine.schedule(region.readyAt, RegionReady, static_cast<std::uint32_t>(r), region.incarnation);
            log(SimEventType::StandbyScalingUp, static_cast<int>(r), -1, -1, toSeconds(rc.scaleUpDelay));
        }
        return;
    }
    region.role = role;
    m_config.regions[r].role = role;
    region.capacityOps = baseCapacity(m_config.regions[r]);
    region.readyAt = kNever;
    refreshRouting();
}

void Simulation::onRegionReady(std::size_t r, std::uint64_t incarnation)
{
    RegionRuntime &region = m_regions[r];
    if (region.incarnation != incarnation || region.readyAt != now())
        return; // the region crashed while booting or scaling: that attempt is void
    const RegionRole was = region.role;
    region.role = RegionRole::Active;
    m_config.regions[r].role = RegionRole::Active;
    region.capacityOps = m_config.regions[r].capacityOps;
    region.readyAt = kNever;
    log(was == RegionRole::PilotLight ? SimEventType::PilotLightReady : SimEventType::StandbyScaledUp,
        static_cast<int>(r));
    refreshRouting();
}

// ---------------------------------------------------------------------------------------------
// Metrics

void Simulation::onMetricsTick()
{
    m_engine.scheduleIn(m_config.metricsInterval, MetricsTick, 0, 0);
    const std::size_t nr = m_regions.size();
    for (std::size_t r = 0; r < nr; ++r)
        advanceApply(r, now());
    truncateLogs();
    recountWrites();
    std::vector<WorldMetrics::RegionGauges> gauges(nr);
    const double nowMicros = static_cast<double>(now());
    const double intervalSeconds = toSeconds(m_config.metricsInterval);
    for (std::size_t r = 0; r < nr; ++r) {
        RegionRuntime &region = m_regions[r];
        const double backlog = std::max(0.0, region.busyUntil - nowMicros);
        gauges[r].queueDepth = backlog * region.capacityOps / 1e6;
        gauges[r].capacityOps = region.up && region.appTierUp ? region.capacityOps : 0.0;
        gauges[r].up = region.up;
        gauges[r].inRotation = m_health.inRotation(r);
        const ReplicaLag lag = replicaLag(r);
        gauges[r].receiveLagMs = toMilliseconds(lag.receiveLag);
        gauges[r].applyLagMs = toMilliseconds(lag.applyLag);
        gauges[r].entriesBehind = static_cast<double>(lag.entriesBehind);

        if (region.shedding && region.shedThisInterval == 0) {
            region.shedding = false;
            log(SimEventType::RegionRecoveredFromOverload, static_cast<int>(r));
        }
        region.shedThisInterval = 0;

        // The autoscaler: a warm standby running hot starts scaling to full capacity.
        const double load = static_cast<double>(m_metrics.regionTick(r).issued) / intervalSeconds;
        if (region.up && region.role == RegionRole::WarmStandby && region.readyAt == kNever &&
            load > kScaleUpUtilisation * region.capacityOps)
            setRole(r, RegionRole::Active);
    }
    m_metrics.closeInterval(now(), m_config.metricsInterval, gauges);
    computeDivergence();
    updateIncidents();
    m_totalCost += costPerHour() * intervalSeconds / 3600.0;
    // A region that starts taking traffic after an idle spell has a cold cache.
    for (std::size_t r = 0; r < nr; ++r) {
        const double attempts = m_metrics.regionSeries(r).back().attemptsPerSecond;
        if (m_lastAttemptsPerSecond[r] < 1.0 && attempts >= 1.0 && now() > m_config.metricsInterval)
            m_cacheWarmSince[r] = now();
        m_lastAttemptsPerSecond[r] = attempts;
    }

    DataSample data;
    data.timeSeconds = toSeconds(now());
    data.writesAcknowledged = static_cast<double>(m_writes.acknowledged);
    data.writesPending = static_cast<double>(m_writes.pending);
    data.writesOrphaned = static_cast<double>(m_writes.orphaned);
    data.lostNotShipped = static_cast<double>(m_writes.lostNotShipped);
    data.lostOverwritten = static_cast<double>(m_writes.lostOverwritten);
    data.lostDiscarded = static_cast<double>(m_writes.lostDiscarded);
    data.writesIndeterminate = static_cast<double>(m_writes.indeterminate);
    data.conflictsPerSecond =
        static_cast<double>(m_writes.conflicts - m_lastTick.conflicts) / intervalSeconds;
    const double stale = static_cast<double>(m_writes.staleReads - m_lastTick.staleReads);
    const double judged = static_cast<double>(m_writes.reads - m_lastTick.reads);
    data.staleReadsPerSecond = stale / intervalSeconds;
    data.staleReadRatio = judged > 0 ? stale / judged : 0.0;
    data.divergentKeys = static_cast<double>(m_divergentKeys);
    data.splitBrain = m_splitBrain;
    data.costPerHour = costPerHour();
    data.costTotal = m_totalCost;
    m_metrics.pushData(data);
    m_lastTick = m_writes;
}

void Simulation::log(SimEventType type, int region, int other, int population, double value)
{
    m_events.push(SimEvent{now(), type, region, other, population, value});
}

} // namespace fl
