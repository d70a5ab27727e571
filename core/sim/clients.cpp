// Users and their requests: open-loop arrivals per population, the route each client takes, attempts,
// retries and timeouts, and the request slots. Part of fl::Simulation (simulation.h).
#include "simulation.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace fl {
namespace {

// Counts a failed attempt or request by why it failed.
void countFailure(RequestCounters &c, ResponseOutcome why, bool timedOut)
{
    if (timedOut)
        ++c.failedTimeout;
    else if (why == ResponseOutcome::Shed)
        ++c.failedShed;
    else
        ++c.failedUnreachable;
}

} // namespace

void Simulation::scheduleNextArrival(std::size_t p)
{
    if (m_rates[p] <= 0) {
        m_arrivalPending[p] = 0;
        return;
    }
    // Open-loop Poisson arrivals: exponential gaps, independent of how the system responds. The
    // clock ticks in whole microseconds, so each gap is scheduled rounded down and the fraction left
    // over is carried into the next one: the arrival instants stay within 1 µs of the real Poisson
    // process and the issued rate is the set rate, however many arrivals fall within one microsecond.
    const double gap = m_engine.rng(Stream::Workload).exponential(1e6 / m_rates[p]) + m_arrivalCarry[p];
    const double whole = std::floor(gap);
    m_arrivalCarry[p] = gap - whole;
    m_engine.scheduleIn(static_cast<SimTime>(whole), PopulationArrival, static_cast<std::uint32_t>(p), 0);
    m_arrivalPending[p] = 1;
}

void Simulation::onPopulationArrival(std::size_t p)
{
    scheduleNextArrival(p); // first, so the engine reuses the slot of the event being handled
    const PopulationConfig &pc = m_config.populations[p];
    Rng &workload = m_engine.rng(Stream::Workload);
    const std::uint32_t id = m_requests.allocate();
    Request &req = m_requests[id];
    req = Request{};
    req.population = static_cast<std::uint16_t>(p);
    req.client = static_cast<std::uint32_t>(workload.below(m_clients[p].size()));
    req.write = !workload.chance(pc.readFraction);
    req.key = m_keyOffset[p] + m_keys[p].sample(m_engine.rng(Stream::Keys)) - 1;
    req.firstSent = now();
    // What the users asked for, independent of the design that serves them (see workloadHash()).
    m_workloadTrace.addEvent(static_cast<std::uint64_t>(now()), (std::uint64_t{p} << 32) | req.client,
                             (std::uint64_t{req.key} << 1) | (req.write ? 1 : 0));
    if (req.write) {
        req.writeId = m_nextWriteId++;
        ++m_writes.issued;
        Rng &ops = m_engine.rng(Stream::WriteOps);
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
    if (!req.write) {
        // Ground truth as the read begins: writes acknowledged strictly before it.
        const AckedInvokeBound &bound = m_maxAckedInvoke[req.key];
        req.readBound = bound.raisedAt == now() ? bound.beforeRaise : bound.latest;
    }
    Rng &dependencyUse = m_engine.rng(Stream::DependencyUse);
    for (std::size_t d = 0; d < m_config.dependencies.size() && d < 8; ++d)
        if (dependencyUse.chance(m_config.dependencies[d].requestShare))
            req.dependencies |= static_cast<std::uint8_t>(1u << d);
    m_metrics.requestIssued(p);
    sendAttempt(id);
}

int Simulation::routeFor(std::size_t p, std::uint32_t client, bool &fromCache)
{
    fromCache = false;
    Rng &rng = m_engine.rng(Stream::Routing);
    if (m_mechanism == RoutingMechanism::FrontDoor)
        return m_router.choose(p, m_candidates, rng);

    ClientSession &session = m_clients[p][client];
    const bool holds = session.cache == DnsCache::HoldsForSession;
    if (holds) {
        // The first session began before the run; a session that has ended is followed by a new
        // one, which starts without an answer of its own.
        if (session.sessionEnd == 0) {
            session.sessionEnd =
                now() + std::max<SimTime>(1, residualSessionLength(m_engine.rng(Stream::Sessions)));
        } else if (now() >= session.sessionEnd) {
            session.heldRegion = -1;
            session.sessionEnd = now() + std::max<SimTime>(1, sessionLength(m_engine.rng(Stream::Sessions)));
        }
        if (session.heldRegion >= 0) {
            fromCache = true;
            return session.heldRegion;
        }
    }
    if (session.cachedRegion < 0 || now() >= session.cacheExpiry) {
        const int answer = m_router.choose(p, m_candidates, rng);
        const bool firstLookup = session.cachedRegion < 0 && session.cacheExpiry == 0;
        session.cachedRegion = static_cast<std::int16_t>(answer);
        const SimTime hold = resolverHold(session.cache, m_dnsTtl, m_config.routing.resolvers);
        // The first lookup pretends the answer was cached at a random earlier moment, so that a
        // population's clients do not all expire together.
        const SimTime ttl =
            firstLookup ? static_cast<SimTime>(rng.uniform() * static_cast<double>(hold)) : hold;
        session.cacheExpiry = now() + std::max<SimTime>(ttl, 1);
    } else {
        fromCache = true; // the resolver answers from its cache without asking anyone
    }
    if (holds)
        session.heldRegion = session.cachedRegion;
    return session.cachedRegion;
}

int Simulation::dnsAnswerHeld(std::size_t p, std::uint32_t client) const
{
    const ClientSession &session = m_clients[p][client];
    if (session.cache == DnsCache::HoldsForSession && session.heldRegion >= 0 && now() < session.sessionEnd)
        return session.heldRegion;
    if (session.cachedRegion >= 0 && now() < session.cacheExpiry)
        return session.cachedRegion;
    return -1;
}

void Simulation::sendAttempt(std::uint32_t id)
{
    Request &req = m_requests[id];
    const PopulationConfig &pc = m_config.populations[req.population];
    req.serial = m_requests.nextSerial(); // 0 marks "no attempt in flight"
    req.attemptSent = now();
    req.deadline = now() + pc.requestTimeout;
    bool fromCache = false;
    const int region = routeFor(req.population, req.client, fromCache);
    req.region = static_cast<std::int16_t>(region);
    req.ackPastLease = false;
    req.ackByDeposedPrimary = false;
    if (region < 0) {
        onAttemptFailed(id, ResponseOutcome::Refused, false);
        return;
    }
    const auto r = static_cast<std::size_t>(region);
    m_metrics.attemptSent(req.population, r);
    // An answer held from before the region went down sends the client to it all the same (an
    // observation: nothing about the attempt changes).
    if (fromCache && !m_regions[r].up) {
        m_metrics.attemptPinnedToDownRegion(req.population);
        m_incidents.notePinnedAttempt(region);
    }
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
            m_metrics.attemptQueued(r, start - nowMicros);
            region.integrateQueue(nowMicros);
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
    req.repliedAt = respondAt;
    if (arrival > req.deadline)
        m_engine.schedule(req.deadline, ClientTimeout, static_cast<std::uint32_t>(r), requestRef(id));
    else
        m_engine.schedule(arrival, ResponseAtClient, static_cast<std::uint32_t>(r), requestRef(id));
}

bool Simulation::diedWithItsRegion(std::uint32_t id)
{
    const Request &req = m_requests[id];
    const RegionRuntime &region = m_regions[static_cast<std::size_t>(req.region)];
    if (region.up && region.incarnation == req.incarnation)
        return false;
    // The region crashed after taking the request: the answer never leaves (or is lost on the
    // way), and the client waits out its timeout.
    m_engine.schedule(req.deadline, ClientTimeout, static_cast<std::uint32_t>(req.region), requestRef(id));
    return true;
}

void Simulation::onResponse(std::uint32_t id)
{
    Request &req = m_requests[id];
    const auto r = static_cast<std::size_t>(req.region);
    // An answer that had left its region before the region crashed still reaches the client: it
    // needs nothing more from the region on the way (users reach regions over their own path).
    const RegionRuntime &region = m_regions[r];
    const bool leftBeforeCrash =
        region.incarnation == req.incarnation + 1 && req.repliedAt < region.incarnationEndedAt;
    if (!leftBeforeCrash && diedWithItsRegion(id))
        return;
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
        countFailure(m_metrics.regionTick(static_cast<std::size_t>(req.region)), why, timedOut);
    }
    // A connection that failed makes the client reconnect, and so resolve again: an application
    // holding its answer for the session lets it go (its resolver may still hold the same one).
    if (timedOut && m_mechanism == RoutingMechanism::Dns)
        m_clients[req.population][req.client].heldRegion = -1;
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
        m_metrics.requestSucceeded(req.population, now() - req.firstSent, req.write);
    } else {
        if (req.write)
            writeFinishedWithoutAck(id, req.sawTimeout);
        countFailure(m_metrics.populationTick(req.population), why, timedOut);
    }
    m_requests.release(id);
}

} // namespace fl
