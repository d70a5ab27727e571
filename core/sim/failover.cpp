// Failover: the controller, elections, promotion, leases, fencing, split-brain, dependencies,
// incidents and cost. Part of fl::Simulation (see simulation.h). The controller acts only on
// messages delivered through the simulated network; ground truth feeds metrics only.
#include "control/cost.h"
#include "control/incidentlog.h"
#include "simulation.h"

#include <algorithm>
#include <cassert>

namespace fl {
namespace {

std::uint64_t packVote(std::uint32_t election, bool granted, std::size_t voter, std::int64_t received)
{
    const auto position = received < 0 ? std::uint64_t{0} : static_cast<std::uint64_t>(received) + 1;
    return static_cast<std::uint64_t>(election & 0xffff) | (granted ? 1ULL << 16 : 0) |
           static_cast<std::uint64_t>(voter & 31) << 17 | position << 22;
}

bool isFault(CommandType type)
{
    switch (type) {
    case CommandType::KillRegion:
    case CommandType::DestroyRegion:
    case CommandType::IsolateRegion:
    case CommandType::KillAppTier:
    case CommandType::KillDataTier:
    case CommandType::CutLink:
    case CommandType::DegradeLink:
        return true;
    default:
        return false;
    }
}

} // namespace

bool Simulation::controllerAlive() const
{
    const int c = m_config.failover.controlRegion;
    return c >= 0 && static_cast<std::size_t>(c) < m_regions.size() &&
           m_regions[static_cast<std::size_t>(c)].up;
}

SimTime Simulation::controlSend(std::size_t from, std::size_t to)
{
    if (from == to)
        return now() + m_network.baseOneWay(from, to);
    return m_network.sendDatagram(from, to, now(), m_engine.rng(Stream::Network));
}

bool Simulation::leaseValid(std::size_t region) const
{
    return !m_config.failover.leases || m_config.failover.testOnlyIgnoreLease ||
           now() <= m_leaseExpiry[region];
}

void Simulation::initFailover()
{
    const std::size_t nr = m_regions.size();
    m_leaseExpiry.assign(nr, 0);
    m_lastHeardPrimary.assign(nr, 0);
    m_promotionReady.assign(nr, kNever);
    m_controller.votes.assign(nr, -1);
    m_controller.grants.assign(nr, 0);
    m_cacheWarmSince.assign(nr, -kNever / 2); // warm at the start
    m_lastAttemptsPerSecond.assign(nr, 0.0);
    m_dependencyAt.assign(m_config.dependencies.size() * nr, 0);
    for (std::size_t d = 0; d < m_config.dependencies.size(); ++d)
        for (int r : m_config.dependencies[d].regions)
            if (r >= 0 && static_cast<std::size_t>(r) < nr)
                m_dependencyAt[d * nr + static_cast<std::size_t>(r)] = 1;

    if (m_config.data.topology != WriteTopology::SinglePrimary)
        return;
    m_routingPrimary = m_groups[0].primary;
    m_router.setPrimary(m_routingPrimary);
    m_controllerPrimary = m_groups[0].primary;
    if (m_config.failover.leases && m_routingPrimary >= 0)
        m_leaseExpiry[static_cast<std::size_t>(m_routingPrimary)] = m_config.failover.leaseDuration;
    const auto phase = static_cast<SimTime>(m_engine.rng(Stream::Control).uniform() *
                                            static_cast<double>(m_config.failover.probeInterval));
    m_engine.schedule(phase, ControlProbeSend, 0, 0);
}

// ---------------------------------------------------------------------------------------------
// Detection: the controller's own probes of the primary

void Simulation::onControlProbeSend()
{
    const FailoverConfig &fc = m_config.failover;
    m_engine.scheduleIn(fc.probeInterval, ControlProbeSend, 0, 0);
    if (!controllerAlive() || m_controllerPrimary < 0)
        return;
    const auto c = static_cast<std::size_t>(fc.controlRegion);
    const auto p = static_cast<std::size_t>(m_controllerPrimary);
    // While a promotion is under way the probes stop renewing the old primary's lease, so that the
    // new primary's wait (from the last granting probe sent) is enough.
    const bool grants = m_controller.promoting < 0;
    if (grants)
        m_controller.lastLeaseGrant = now();
    const SimTime arrival = controlSend(c, p);
    if (arrival == kNever || arrival - now() > fc.probeTimeout)
        m_engine.scheduleIn(fc.probeTimeout, ControlProbeTimeout, static_cast<std::uint32_t>(p), 0);
    else
        m_engine.schedule(arrival, ControlProbeAt, static_cast<std::uint32_t>(p),
                          static_cast<std::uint64_t>(now()) | (grants ? 1ULL << 62 : 0));
}

void Simulation::onControlProbeAt(std::size_t p, std::uint64_t data)
{
    const FailoverConfig &fc = m_config.failover;
    const bool grants = (data >> 62 & 1) != 0;
    const auto sent = static_cast<SimTime>(data & ((1ULL << 62) - 1));
    const SimTime deadline = sent + fc.probeTimeout;
    if (!m_regions[p].up || !m_regions[p].dataTierUp) {
        m_engine.schedule(deadline, ControlProbeTimeout, static_cast<std::uint32_t>(p), 0);
        return;
    }
    // The probe is also the lease renewal: valid for a lease period from the grantor's send time.
    if (fc.leases && grants)
        m_leaseExpiry[p] = std::max(m_leaseExpiry[p], sent + fc.leaseDuration);
    const SimTime arrival = controlSend(p, static_cast<std::size_t>(fc.controlRegion));
    if (arrival == kNever || arrival > deadline)
        m_engine.schedule(deadline, ControlProbeTimeout, static_cast<std::uint32_t>(p), 0);
    else
        m_engine.schedule(arrival, ControlProbeReply, static_cast<std::uint32_t>(p),
                          static_cast<std::uint64_t>(sent) |
                              static_cast<std::uint64_t>(m_regions[p].incarnation & 0xffff) << 48);
}

void Simulation::onControlProbeReply(std::size_t p, std::uint64_t data)
{
    const auto sent = static_cast<SimTime>(data & ((1ULL << 48) - 1));
    const auto incarnation = static_cast<std::uint32_t>(data >> 48);
    if (!m_regions[p].up || (m_regions[p].incarnation & 0xffff) != incarnation) {
        m_engine.schedule(sent + m_config.failover.probeTimeout, ControlProbeTimeout,
                          static_cast<std::uint32_t>(p), 0);
        return;
    }
    onControlProbeResult(p, true);
}

void Simulation::onControlProbeResult(std::size_t probed, bool success)
{
    // Results about a region that is no longer the primary (a probe in flight across a failover)
    // say nothing about the current one.
    if (!controllerAlive() || static_cast<int>(probed) != m_controllerPrimary)
        return;
    const FailoverConfig &fc = m_config.failover;
    ControllerState &ctl = m_controller;
    if (success) {
        ctl.consecutiveFailures = 0;
        if (ctl.primaryDeclaredDown && ctl.promoting < 0 && !ctl.electing) {
            ctl.primaryDeclaredDown = false; // it answered again before anyone took over
            ctl.verified = false;
        }
        return;
    }
    ++ctl.consecutiveFailures;
    log(SimEventType::ControlProbeFailed, m_controllerPrimary, -1, -1, ctl.consecutiveFailures);
    if (ctl.consecutiveFailures < fc.failureThreshold)
        return;
    if (!ctl.primaryDeclaredDown) {
        ctl.primaryDeclaredDown = true;
        log(SimEventType::FailureDetected, m_controllerPrimary);
        m_incidents.stamp(IncidentLog::Phase::Detected, now());
        if (fc.mode == FailoverMode::Manual)
            log(SimEventType::AwaitingOperator, m_controllerPrimary);
    }
    if (fc.mode == FailoverMode::Automatic && !ctl.electing && ctl.promoting < 0)
        startElection();
}

// ---------------------------------------------------------------------------------------------
// Election and promotion

void Simulation::startElection()
{
    ControllerState &ctl = m_controller;
    const auto c = static_cast<std::size_t>(m_config.failover.controlRegion);
    ctl.electing = true;
    ++ctl.electionId;
    std::fill(ctl.votes.begin(), ctl.votes.end(), -1);
    std::fill(ctl.grants.begin(), ctl.grants.end(), 0);
    int asked = 0;
    for (std::size_t v = 0; v < m_regions.size(); ++v) {
        const bool voter = holdsData(v) || m_regions[v].role == RegionRole::Witness;
        if (!voter)
            continue;
        ++asked;
        const SimTime arrival = controlSend(c, v);
        if (arrival != kNever)
            m_engine.schedule(arrival, VoteRequestAt, static_cast<std::uint32_t>(v), ctl.electionId);
    }
    log(SimEventType::ElectionStarted, -1, -1, -1, asked);
    m_engine.scheduleIn(m_config.failover.probeTimeout, ElectionDeadline, 0, ctl.electionId);
}

void Simulation::onVoteRequestAt(std::size_t voter, std::uint64_t election)
{
    if (!m_regions[voter].up)
        return;
    // A voter supports a new primary only if it has not heard from the current one lately (so a
    // controller that merely lost its own link to a healthy primary cannot depose it).
    const bool witness = m_regions[voter].role == RegionRole::Witness;
    const bool silent = witness || now() - m_lastHeardPrimary[voter] > m_config.failover.probeInterval;
    const bool isPrimary = m_data[voter].believedPrimary.empty()
                               ? false
                               : m_data[voter].believedPrimary[0] == static_cast<std::int8_t>(voter);
    const bool grant = silent && !isPrimary;
    if (grant && m_config.failover.quorumElection && holdsData(voter)) {
        // Like a Raft vote: from now on it refuses the current epoch's primary, long enough for
        // the promotion (and its wait for the old lease) to finish.
        const FailoverConfig &fc = m_config.failover;
        RegionData &d = m_data[voter];
        d.promisedEpoch[0] = std::max(d.promisedEpoch[0], d.logs[0].epoch + 1);
        d.promiseUntil[0] = std::max(d.promiseUntil[0], now() + fc.promotionTime + fc.leaseDuration +
                                                            3 * fc.probeTimeout + 1 * kSecond);
    }
    const std::int64_t position =
        witness || isPrimary ? -1 : static_cast<std::int64_t>(m_data[voter].logs[0].end());
    const SimTime arrival = controlSend(voter, static_cast<std::size_t>(m_config.failover.controlRegion));
    if (arrival != kNever)
        m_engine.schedule(arrival, VoteReply, 0,
                          packVote(static_cast<std::uint32_t>(election), grant, voter, position));
}

void Simulation::onVoteReply(std::uint64_t data)
{
    ControllerState &ctl = m_controller;
    const auto election = static_cast<std::uint32_t>(data & 0xffff);
    if (!ctl.electing || election != (ctl.electionId & 0xffff) || !controllerAlive())
        return;
    const auto voter = static_cast<std::size_t>(data >> 17 & 31);
    const std::uint64_t position = data >> 22;
    ctl.grants[voter] = (data >> 16 & 1) != 0;
    ctl.votes[voter] = position == 0 ? -1 : static_cast<std::int64_t>(position - 1);
}

void Simulation::onElectionDeadline(std::uint64_t election)
{
    ControllerState &ctl = m_controller;
    if (!ctl.electing || election != ctl.electionId || !controllerAlive())
        return;
    ctl.electing = false;
    int voters = 0, granted = 0;
    for (std::size_t v = 0; v < m_regions.size(); ++v) {
        if (holdsData(v) || m_regions[v].role == RegionRole::Witness) {
            ++voters;
            granted += ctl.grants[v];
        }
    }
    if (m_config.failover.quorumElection && granted < voters / 2 + 1) {
        log(SimEventType::ElectionNoQuorum, -1, -1, -1, granted);
        return; // the next failed probe tries again
    }
    // The best replica it can reach: the one that has received the most.
    int best = -1, outsider = -1; // outsider: the best of all, sync set or not
    for (std::size_t v = 0; v < m_regions.size(); ++v) {
        if (ctl.votes[v] < 0 || static_cast<int>(v) == m_controllerPrimary || !holdsData(v))
            continue;
        if (m_config.failover.quorumElection && !ctl.grants[v])
            continue;
        if (outsider < 0 || ctl.votes[v] > ctl.votes[static_cast<std::size_t>(outsider)])
            outsider = static_cast<int>(v);
        if (syncAll() && !(m_groups[0].syncSet & ~m_groups[0].syncCatchingUp & (1u << v)))
            continue; // outside the sync set it may lack acknowledged writes: only a member is promoted
        if (best < 0 || ctl.votes[v] > ctl.votes[static_cast<std::size_t>(best)])
            best = static_cast<int>(v);
    }
    if (outsider >= 0 && outsider != best &&
        (best < 0 ||
         ctl.votes[static_cast<std::size_t>(outsider)] > ctl.votes[static_cast<std::size_t>(best)]))
        log(SimEventType::PromotionNotInSyncSet, outsider);
    if (best < 0) {
        log(SimEventType::ElectionNoQuorum, -1, -1, -1, granted);
        return;
    }
    sendPromote(static_cast<std::size_t>(best));
}

void Simulation::sendPromote(std::size_t region)
{
    const FailoverConfig &fc = m_config.failover;
    m_controller.promoting = static_cast<int>(region);
    // With leases the new primary waits until the old primary's lease has certainly lapsed.
    const SimTime notBefore = fc.leases ? m_controller.lastLeaseGrant + fc.leaseDuration : 0;
    const SimTime arrival = fc.mode == FailoverMode::Manual
                                ? now()
                                : controlSend(static_cast<std::size_t>(fc.controlRegion), region);
    if (arrival == kNever) {
        m_controller.promoting = -1;
        return;
    }
    m_engine.schedule(arrival, PromoteAt, static_cast<std::uint32_t>(region),
                      static_cast<std::uint64_t>(notBefore));
}

void Simulation::onPromoteAt(std::size_t region, std::uint64_t notBefore)
{
    if (!m_regions[region].up || !holdsData(region) || !m_regions[region].dataTierUp) {
        m_controller.promoting = -1;
        return;
    }
    if (m_groups[0].primary == static_cast<int>(region) &&
        m_data[region].believedPrimary[0] == static_cast<std::int8_t>(region)) {
        m_controller.promoting = -1; // it already is the primary: nothing to do
        return;
    }
    // A standby's app tier must scale up, a pilot light's must first be built: promotion starts it.
    if (m_regions[region].role == RegionRole::WarmStandby || m_regions[region].role == RegionRole::PilotLight)
        setRole(region, RegionRole::Active);
    // Apply what it has received, reconfigure, and (with leases) wait out the old lease.
    const SimTime backlogDone = std::max(now(), static_cast<SimTime>(m_data[region].applierBusyUntil));
    const SimTime ready =
        std::max(backlogDone + m_config.failover.promotionTime, static_cast<SimTime>(notBefore));
    m_promotionReady[region] = ready;
    log(SimEventType::PromotionStarted, static_cast<int>(region), -1, -1, toSeconds(ready - now()));
    m_engine.schedule(ready, PromotionDone, static_cast<std::uint32_t>(region),
                      m_regions[region].incarnation);
}

void Simulation::onPromotionDone(std::size_t region, std::uint64_t incarnation)
{
    m_promotionReady[region] = kNever;
    if (!m_regions[region].up || m_regions[region].incarnation != incarnation) {
        m_controller.promoting = -1;
        return;
    }
    becomePrimary(region, 0); // applies its backlog up to the fork
    if (m_config.failover.leases) {
        // The controller grants the new primary its first lease with the promotion.
        m_leaseExpiry[region] = now() + m_config.failover.leaseDuration;
        m_controller.lastLeaseGrant = std::max(m_controller.lastLeaseGrant, now());
    }
    m_incidents.stamp(IncidentLog::Phase::Promoted, now(), static_cast<int>(region));
    const FailoverConfig &fc = m_config.failover;
    if (fc.mode == FailoverMode::Manual) {
        onPromotedNotice(region); // the operator sees it on the console
        return;
    }
    if (!controllerAlive())
        return;
    const SimTime arrival = controlSend(region, static_cast<std::size_t>(fc.controlRegion));
    if (arrival != kNever)
        m_engine.schedule(arrival, PromotedNotice, 0, region);
}

void Simulation::onPromotedNotice(std::uint64_t data)
{
    const auto region = static_cast<std::size_t>(data);
    ControllerState &ctl = m_controller;
    m_controllerPrimary = static_cast<int>(region);
    ctl.promoting = -1;
    ctl.primaryDeclaredDown = false;
    ctl.consecutiveFailures = 0;
    ctl.verified = false;
    if (m_config.failover.mode == FailoverMode::Automatic)
        reroute(region);
}

void Simulation::reroute(std::size_t region)
{
    m_routingPrimary = static_cast<int>(region);
    m_router.setPrimary(m_routingPrimary);
    log(SimEventType::RouteSwitched, static_cast<int>(region));
    m_incidents.stamp(IncidentLog::Phase::Rerouted, now());
}

void Simulation::becomePrimary(std::size_t x, std::size_t g)
{
    const std::size_t nr = m_regions.size();
    RegionData &d = m_data[x];
    ReplicaLog &log = d.logs[g];
    GroupState &group = m_groups[g];
    const std::uint64_t fork = lineageEnd(x, g);
    // Orphans of its own it had compacted go with the rest of its lineage past the fork.
    dropCompactedOrphans(x, g, m_writes.lostDiscarded);
    if (fork < log.base()) {
        log.rebase(fork); // compacted past the fork: nothing of its own lineage is left to keep
        log.applied = std::min(log.applied, fork);
    } else if (fork < log.end()) {
        log.truncateAfter(fork);
    }
    // Only then the received backlog is applied at once: entries past the fork (a deposed
    // primary's, received after the newer epoch began) are not in the new lineage and must not
    // reach its state, or it would differ from every copy that follows it for good.
    advanceApply(x, kNever);
    // The copy whose writes beyond the fork this promotion gives up: the old primary's or, if its
    // storage is gone, the surviving copy the accounting held them in until now (authoritativeCopy).
    // An empty destroyed log would otherwise drop the writes only another replica still held.
    int old = group.primary;
    if (old >= 0 && !holdsData(static_cast<std::size_t>(old)))
        old = authoritativeCopy(g);
    if (old >= 0 && static_cast<std::size_t>(old) != x) {
        // Acknowledged writes the new primary never received are lost with this promotion. Every
        // copy of them learns it (other replicas and batches on the wire may hold them too): a
        // later destroy of such a replica, or the loss of such a batch, must not count them again.
        // A deposed primary's orphans are not: their fate waits for that primary's rejoin.
        ReplicaLog &oldLog = m_data[static_cast<std::size_t>(old)].logs[g];
        for (std::uint64_t i = std::max(fork, oldLog.base()) + 1; i <= oldLog.end(); ++i) {
            LogEntry &e = oldLog.at(i);
            if (e.clientAcked && !e.lostCounted && !e.lwwLost && !e.orphan && !e.resurrected) {
                ++m_writes.lostNotShipped;
                noteLostWrite(e.commitTime, e.key, static_cast<int>(old));
                forEachCopy(g, i, e.writeId, [](LogEntry &copy) { copy.lostCounted = true; });
            }
        }
    }
    // A detached copy promoted: the writes dropped from the log before it received them are lost.
    takeDetachedAsSource(g, x);
    ++group.epoch;
    group.forks.emplace_back(group.epoch, fork);
    // The new epoch's sync set: the old one's other members. The deposed primary is not one; it
    // rejoins once it has caught up with the new lineage.
    group.syncSet &= ~(1u << x);
    group.syncCatchingUp &= ~(1u << x);
    group.blockedOn = 0;
    if (m_config.data.recordHistory)
        m_history.promotions.push_back(History::Promotion{fork, group.epoch, static_cast<std::int8_t>(g)});
    group.primary = static_cast<int>(x);
    log.epoch = group.epoch;
    d.believedPrimary[g] = static_cast<std::int8_t>(x);
    d.syncAckedThrough[g] = log.end();
    d.syncFallback[g] = 0;
    for (std::size_t to = 0; to < nr; ++to) {
        if (to == x)
            continue;
        const std::size_t slot = g * nr + to;
        ++d.streamGen[slot];
        d.shipped[slot] = std::min(lineageEnd(to, g), fork);
        d.acked[slot] = d.shipped[slot];
    }
    m_ackedSincePromotion = 0;
    this->log(SimEventType::PrimaryPromoted, static_cast<int>(x), static_cast<int>(g), -1, group.epoch);
}

void Simulation::rejoinOrphans(std::size_t region, std::size_t g, std::uint64_t common)
{
    // Called before the rollback: replays the region's acknowledged orphans onto the current
    // primary when the policy says so.
    const RejoinPolicy policy = m_config.failover.rejoin;
    const int p = m_groups[g].primary;
    if (policy == RejoinPolicy::Discard || p < 0 || static_cast<std::size_t>(p) == region)
        return;
    const auto primary = static_cast<std::size_t>(p);
    ReplicaLog &mine = m_data[region].logs[g];
    ReplicaLog &target = m_data[primary].logs[g];
    advanceApply(primary, now());
    for (std::uint64_t i = std::max(common, mine.base()) + 1; i <= mine.end(); ++i) {
        LogEntry &e = mine.at(i);
        if (e.origin != static_cast<std::int8_t>(region) || !e.clientAcked || e.lwwLost || e.lostCounted ||
            e.resurrected)
            continue; // lost or settled already (a resurrected write is in the new lineage)
        const KeySlot &current = m_data[primary].values[e.key];
        const bool changedSinceFork =
            current.writeId != 0 && current.stamp > e.stamp - (e.commitTime - current.invokeTime);
        if (policy == RejoinPolicy::LastWriteWins && current.writeId != 0 && current.stamp >= e.stamp)
            continue; // the new lineage's value is newer: the orphan stays discarded
        if (current.writeId != 0 && (policy == RejoinPolicy::LastWriteWins || changedSinceFork))
            ++m_writes.conflicts;
        LogEntry replay = e;
        replay.epoch = target.epoch;
        replay.commitTime = now();
        replay.orphan = false;
        replay.resolved = true;
        replay.request = -1;
        const std::uint64_t index = target.end() + 1;
        target.append(replay);
        if (m_config.data.recordHistory)
            m_history.commits.push_back(History::Commit{replay.writeId, index, now(), replay.epoch,
                                                        static_cast<std::int8_t>(g),
                                                        static_cast<std::int8_t>(primary)});
        if (target.applied + 1 == index) {
            applyEntry(primary, target.at(index), g, index);
            target.applied = index;
        }
        e.clientAcked = false; // its fate is now the replayed copy's
        ++m_writes.reconciled;
    }
}

// ---------------------------------------------------------------------------------------------
// Dependencies

SimTime Simulation::dependencyRoundTrip(std::size_t d, std::size_t region) const
{
    const std::size_t nr = m_regions.size();
    if (m_dependencyAt[d * nr + region] && m_regions[region].up)
        return 0;
    SimTime best = kNever;
    for (std::size_t q = 0; q < nr; ++q) {
        if (!m_dependencyAt[d * nr + q] || !m_regions[q].up || m_network.isCut(region, q) ||
            m_network.isCut(q, region))
            continue;
        best = std::min(best, m_network.baseOneWay(region, q) + m_network.baseOneWay(q, region));
    }
    return best;
}

bool Simulation::dependencyReachable(std::size_t d, std::size_t region) const
{
    return m_config.dependencies[d].kind == DependencyKind::Cache || dependencyRoundTrip(d, region) != kNever;
}

double Simulation::regionCostPerHour(std::size_t r) const
{
    const RegionRuntime &region = m_regions[r];
    return regionHourlyCost(m_config.cost, region.role, region.destroyed && !region.up);
}

bool Simulation::needsDependency(const Request &req, std::size_t dependency) const
{
    return (req.dependencies >> dependency & 1) != 0;
}

bool Simulation::reachDependencies(std::uint32_t id, std::size_t region, SimTime &extra)
{
    Request &req = m_requests[id];
    const std::size_t nr = m_regions.size();
    for (std::size_t d = 0; d < m_config.dependencies.size(); ++d) {
        if (!needsDependency(req, d))
            continue;
        const DependencyConfig &dc = m_config.dependencies[d];
        if (dc.kind == DependencyKind::Cache) {
            // A regional cache: cold when the region started taking this traffic, warming linearly.
            const double warmth = std::clamp(static_cast<double>(now() - m_cacheWarmSince[region]) /
                                                 static_cast<double>(std::max<SimTime>(1, dc.warmupTime)),
                                             0.0, 1.0);
            if (!m_engine.rng(Stream::Cache).chance(warmth))
                extra += dc.missPenalty;
            continue;
        }
        const SimTime best = dependencyRoundTrip(d, region);
        if (best == kNever) {
            const std::size_t slot = d * nr + region;
            if (m_dependencyWarned.size() != m_dependencyAt.size())
                m_dependencyWarned.assign(m_dependencyAt.size(), -kNever / 2);
            if (now() - m_dependencyWarned[slot] > kSecond * 10) {
                m_dependencyWarned[slot] = now();
                log(SimEventType::DependencyUnavailable, static_cast<int>(region), static_cast<int>(d));
            }
            return false;
        }
        extra += best;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Incidents, divergence, cost

void Simulation::openIncident(std::uint32_t command, int region)
{
    if (!isFault(static_cast<CommandType>(command)))
        return;
    IncidentLog::AtFailure world;
    for (std::size_t r = 0; r < m_regions.size(); ++r) {
        const ReplicaLag lag = replicaLag(r);
        world.receiveLag.push_back(lag.receiveLag);
        world.entriesBehind.push_back(lag.entriesBehind);
    }
    // The acknowledged write rate over the last ten intervals closed before the fault.
    const RingSeries<DataSample> &data = m_metrics.dataSeries();
    if (data.size() >= 2) {
        const DataSample &last = data.back();
        const DataSample &first = data[data.size() - std::min<std::size_t>(data.size(), 11)];
        if (last.timeSeconds > first.timeSeconds)
            world.ackedWritesPerSecond =
                (last.writesAcknowledged - first.writesAcknowledged) / (last.timeSeconds - first.timeSeconds);
    }
    for (std::size_t p = 0; p < m_config.populations.size(); ++p) {
        world.failedRequests.push_back(m_metrics.populationTotals(p).failed());
        world.staleReads.push_back(m_staleReadsByPopulation[p]);
    }
    if (const std::uint32_t id = m_incidents.open(now(), region, command, world))
        log(SimEventType::IncidentOpened, region, -1, -1, id);
}

int Simulation::populationOfKey(std::uint32_t key) const
{
    const auto after = std::upper_bound(m_keyOffset.begin(), m_keyOffset.end(), key);
    return after == m_keyOffset.begin() ? -1 : static_cast<int>(after - m_keyOffset.begin()) - 1;
}

void Simulation::noteLostWrite(SimTime commitTime, std::int64_t key, int origin)
{
    const int population = key < 0 ? -1 : populationOfKey(static_cast<std::uint32_t>(key));
    m_incidents.noteLostWrite(commitTime, population, origin, m_config.targets.rpoSeconds);
}

void Simulation::noteHealIfLastFaultRepaired()
{
    if (!m_incidents.awaitsHeal() || faultActive())
        return;
    recountWrites(); // the orphans as of this instant: the writes a deposed primary's rejoin will discard
    m_incidents.heal(now(), m_writes.orphaned, m_divergentKeys);
}

bool Simulation::faultActive() const
{
    for (const RegionRuntime &r : m_regions)
        if (!r.up || !r.appTierUp || !r.dataTierUp)
            return true;
    for (std::size_t a = 0; a < m_regions.size(); ++a)
        for (std::size_t b = 0; b < m_regions.size(); ++b) {
            const LinkState &link = m_network.link(a, b);
            if (a != b && (link.cut || link.extraDelay > 0 || link.lossFraction > 0))
                return true;
        }
    return false;
}

void Simulation::updateIncidents()
{
    if (!m_incidents.anyOpen())
        return;
    IncidentLog::Interval interval;
    interval.now = now();
    interval.start = now() - m_config.metricsInterval;
    for (std::size_t p = 0; p < m_config.populations.size(); ++p) {
        const auto &series = m_metrics.populationSeries(p);
        if (!series.empty() && series.back().requestsPerSecond > 0 && series.back().successRatio < 0.99)
            interval.failingMask |= 1u << p;
        if (!series.empty() && series.back().requestsPerSecond == 0 &&
            m_config.populations[p].requestsPerSecond > 0)
            interval.silentMask |= 1u << p;
    }
    // Users can only be unaffected once their in-flight requests have had time to fail.
    interval.grace = m_config.metricsInterval;
    for (const PopulationConfig &pc : m_config.populations)
        interval.grace = std::max(interval.grace, pc.requestTimeout * (pc.maxRetries + 1) +
                                                      pc.retryBackoff * 4 + m_config.metricsInterval);
    interval.orphanedWrites = m_writes.orphaned;
    interval.divergentKeys = m_divergentKeys;
    interval.rtoTargetSeconds = m_config.targets.rtoSeconds;
    for (std::size_t p = 0; p < m_config.populations.size(); ++p) {
        interval.failedRequests.push_back(m_metrics.populationTotals(p).failed());
        interval.staleReads.push_back(m_staleReadsByPopulation[p]);
    }
    const IncidentLog::Changes changes = m_incidents.update(interval);
    if (const Incident *recovered = changes.recovered)
        log(SimEventType::IncidentRecovered, recovered->region, -1, -1, recovered->id);
    for (const std::uint32_t id : changes.closed) {
        const Incident &closed = m_incidents.all()[id - 1];
        log(SimEventType::IncidentClosed, closed.region,
            static_cast<int>(
                std::min<std::uint64_t>(closed.lostWrites, std::numeric_limits<std::int32_t>::max())),
            -1, id);
    }
}

void Simulation::computeDivergence()
{
    if (m_groups.size() != 1)
        return;
    // Regions that act as primary: they believe it and (with leases) still hold a lease.
    // Acting as primary means acknowledging writes: believing it, holding a lease if leases are
    // on, and having committed a write within the last interval (a deposed primary that gets no
    // traffic is stale, not split).
    std::vector<std::size_t> primaries;
    for (std::size_t r = 0; r < m_regions.size(); ++r)
        if (m_regions[r].up && holdsData(r) && m_data[r].believedPrimary[0] == static_cast<std::int8_t>(r) &&
            leaseValid(r) && now() - m_data[r].lastCommit <= m_config.metricsInterval)
            primaries.push_back(r);
    const bool split = primaries.size() >= 2;
    if (split != m_splitBrain)
        log(split ? SimEventType::SplitBrainStarted : SimEventType::SplitBrainEnded);
    m_splitBrain = split;
    if (!split) {
        m_divergentKeys = 0;
        return;
    }
    // Keys whose values differ between the current primary and the other self-declared primary.
    const int p = m_groups[0].primary;
    std::size_t other = m_regions.size();
    for (std::size_t r = 0; r < m_regions.size(); ++r)
        if (static_cast<int>(r) != p && holdsData(r) &&
            m_data[r].believedPrimary[0] == static_cast<std::int8_t>(r))
            other = r;
    if (p < 0 || other == m_regions.size()) {
        m_divergentKeys = 0;
        return;
    }
    advanceApply(static_cast<std::size_t>(p), now());
    advanceApply(other, now());
    std::uint64_t differ = 0;
    const auto &a = m_data[static_cast<std::size_t>(p)].values;
    const auto &b = m_data[other].values;
    for (std::size_t k = 0; k < a.size(); ++k)
        differ += a[k].writeId != b[k].writeId;
    m_divergentKeys = differ;
}

double Simulation::costPerHour() const
{
    double perHour = 0;
    for (std::size_t r = 0; r < m_regions.size(); ++r)
        perHour += regionCostPerHour(r);
    return perHour;
}

} // namespace fl
