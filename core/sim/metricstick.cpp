// The metrics tick: every interval, the series get their samples, warm standbys that run hot scale
// up, and the write accounting is recounted. Part of fl::Simulation (simulation.h).
#include "simulation.h"

#include <algorithm>

namespace fl {
namespace {

// An autoscaler reacts when a warm standby runs hotter than this share of its current capacity.
constexpr double kScaleUpUtilisation = 0.7;

} // namespace

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
        region.integrateQueue(nowMicros);
        gauges[r].queueDepth = region.queueArea / static_cast<double>(m_config.metricsInterval);
        region.queueArea = 0;
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

} // namespace fl
