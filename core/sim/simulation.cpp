#include "simulation.h"

#include "engine/heapbytes.h"
#include "spec/enums.h"
#include "world/geo.h"
#include "world/latencymodel.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <iterator>
#include <memory>
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
        regionAt[r] = regionLocation(m_config.regions[r]);

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
    for (std::size_t p = 0; p < np; ++p)
        m_router.setOwnWeights(p, m_config.populations[p].ownWeights);
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
        for (std::size_t c = 0; c < m_clients[p].size(); ++c)
            m_clients[p][c].cache =
                dnsCacheOf(c, m_clients[p].size(), pc.ttlIgnoringShare, m_config.routing.resolvers);
        m_keys[p] = ZipfSampler(pc.keySpace, pc.zipfExponent);
        m_rates[p] = std::max(0.0, pc.requestsPerSecond);
    }
    m_arrivalPending.assign(np, 0);
    m_arrivalCarry.assign(np, 0.0);
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

// Every model event, routed by its kind: one row per EventKind, in the enum's order (checked while
// compiling). Events about a request are dropped when the attempt they belong to has ended.
struct EventRouter
{
    using Route = void (*)(Simulation &, const Event &);
    using Kind = Simulation::EventKind;
    struct Row
    {
        Kind kind;
        Route route;
    };

    // For events that carry a request reference: call `fn` with the live request id, if any.
    template<void (Simulation::*fn)(std::uint32_t)> static void forRequest(Simulation &s, const Event &e)
    {
        if (const auto id = s.liveRequest(e.data))
            (s.*fn)(*id);
    }

    static constexpr Row kRows[] = {
        {Kind::PopulationArrival, [](Simulation &s, const Event &e) { s.onPopulationArrival(e.subject); }},
        {Kind::RequestAtRegion, &forRequest<&Simulation::onRequestAtRegion>},
        {Kind::ResponseAtClient, &forRequest<&Simulation::onResponse>},
        {Kind::ClientTimeout,
         [](Simulation &s, const Event &e) {
             if (const auto id = s.liveRequest(e.data))
                 s.onAttemptFailed(*id, static_cast<ResponseOutcome>(s.m_requests[*id].outcome), true);
         }},
        {Kind::RetryRequest,
         [](Simulation &s, const Event &e) { s.sendAttempt(static_cast<std::uint32_t>(e.data)); }},
        {Kind::ProbeSend, [](Simulation &s, const Event &e) { s.onProbeSend(e.subject); }},
        {Kind::ProbeAtRegion, [](Simulation &s, const Event &e) { s.onProbeAtRegion(e.subject, e.data); }},
        {Kind::ProbeReply, [](Simulation &s, const Event &e) { s.onProbeReply(e.subject, e.data); }},
        {Kind::ProbeTimeout, [](Simulation &s, const Event &e) { s.onProbeResult(e.subject, false); }},
        {Kind::MetricsTick, [](Simulation &s, const Event &) { s.onMetricsTick(); }},
        {Kind::RegionReady, [](Simulation &s, const Event &e) { s.onRegionReady(e.subject, e.data); }},
        {Kind::DataOp, &forRequest<&Simulation::onDataOp>},
        {Kind::ForwardAtPrimary,
         [](Simulation &s, const Event &e) {
             if (const auto id = s.liveRequest(e.data))
                 s.onForwardAtPrimary(e.subject, *id);
         }},
        {Kind::ReplyAtRegion, &forRequest<&Simulation::onReplyAtRegion>},
        {Kind::ShipTick, [](Simulation &s, const Event &e) { s.shipAll(e.subject); }},
        {Kind::BatchArrive, [](Simulation &s, const Event &e) { s.onBatchArrive(e.subject, e.data, false); }},
        {Kind::BatchConsumed,
         [](Simulation &s, const Event &e) { s.onBatchArrive(e.subject, e.data, true); }},
        {Kind::ReplicationAck, [](Simulation &s, const Event &e) { s.onReplicationAck(e.subject, e.data); }},
        {Kind::SyncTimeout, [](Simulation &s, const Event &e) { s.onSyncTimeout(e.subject, e.data); }},
        {Kind::ControlProbeSend, [](Simulation &s, const Event &) { s.onControlProbeSend(); }},
        {Kind::ControlProbeAt, [](Simulation &s, const Event &e) { s.onControlProbeAt(e.subject, e.data); }},
        {Kind::ControlProbeReply,
         [](Simulation &s, const Event &e) { s.onControlProbeReply(e.subject, e.data); }},
        {Kind::ControlProbeTimeout,
         [](Simulation &s, const Event &e) { s.onControlProbeResult(e.subject, false); }},
        {Kind::VoteRequestAt, [](Simulation &s, const Event &e) { s.onVoteRequestAt(e.subject, e.data); }},
        {Kind::VoteReply, [](Simulation &s, const Event &e) { s.onVoteReply(e.data); }},
        {Kind::ElectionDeadline, [](Simulation &s, const Event &e) { s.onElectionDeadline(e.data); }},
        {Kind::PromoteAt, [](Simulation &s, const Event &e) { s.onPromoteAt(e.subject, e.data); }},
        {Kind::PromotionDone, [](Simulation &s, const Event &e) { s.onPromotionDone(e.subject, e.data); }},
        {Kind::PromotedNotice, [](Simulation &s, const Event &e) { s.onPromotedNotice(e.data); }},
        {Kind::SyncLagCheck, [](Simulation &s, const Event &e) { s.onSyncLagCheck(e.subject, e.data); }},
    };

    static constexpr bool rowsInKindOrder()
    {
        std::uint32_t next = Kind::PopulationArrival;
        for (const Row &row : kRows) {
            if (row.kind != next++)
                return false;
        }
        return next == Kind::KindCount;
    }
};

static_assert(EventRouter::rowsInKindOrder(), "one route per EventKind, in the enum's order");

void Simulation::onEvent(Engine &, const Event &e)
{
    const std::uint32_t row = e.kind - PopulationArrival;
    assert(row < std::size(EventRouter::kRows) && "unknown event kind");
    if (row < std::size(EventRouter::kRows))
        EventRouter::kRows[row].route(*this, e);
}

void Simulation::log(SimEventType type, int region, int other, int population, double value)
{
    m_events.push(SimEvent{now(), type, region, other, population, value});
}

Simulation Simulation::copyWithoutBulkState()
{
    // Each array is moved into `aside` (one type-erased holder per array, in visiting order), the
    // rest of the world is copied, and the arrays move back: nothing of them is copied.
    std::vector<std::shared_ptr<void>> aside;
    visitBulkState([&aside](int, int, auto &array) {
        using Array = std::remove_reference_t<decltype(array)>;
        aside.push_back(std::make_shared<Array>(std::move(array)));
        array = Array();
    });
    Simulation copy(*this);
    copy.m_engine.replacePendingEvents({});
    std::size_t next = 0;
    visitBulkState([&aside, &next](int, int, auto &array) {
        using Array = std::remove_reference_t<decltype(array)>;
        array = std::move(*static_cast<Array *>(aside[next++].get()));
    });
    return copy;
}

std::size_t Simulation::heapBytesWithoutBulkState() const
{
    std::size_t total = m_engine.commandLogBytes() + m_metrics.heapBytesOfCounters() +
                        m_requests.heapBytes() + heapBytes(m_clients) + heapBytes(m_data) +
                        heapBytes(m_accessOneWay);
    for (const std::vector<ClientSession> &sessions : m_clients)
        total += heapBytes(sessions);
    for (const RegionData &d : m_data) {
        for (const ReplicaLog &log : d.logs)
            total += log.heapBytes();
        total += heapBytes(d.applyQueue) + heapBytes(d.shipped) + heapBytes(d.acked) + heapBytes(d.streamGen);
    }
    for (const auto *queues : {&m_batchesOnWire, &m_consumerQueues})
        for (const std::deque<wire::BatchOnWire> &queue : *queues) {
            total += heapBytes(queue);
            for (const wire::BatchOnWire &batch : queue)
                total += heapBytes(batch.entries);
        }
    total += heapBytes(m_history.writes) + heapBytes(m_history.reads) + heapBytes(m_history.applies) +
             heapBytes(m_history.commits) + heapBytes(m_history.drops);
    return total;
}

} // namespace fl
