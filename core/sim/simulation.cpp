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

// ---------------------------------------------------------------------------------------------
// Health checks: probes over the simulated network; the checker learns only what arrives.

// ---------------------------------------------------------------------------------------------
// Regions

// ---------------------------------------------------------------------------------------------
// Metrics

void Simulation::log(SimEventType type, int region, int other, int population, double value)
{
    m_events.push(SimEvent{now(), type, region, other, population, value});
}

} // namespace fl
