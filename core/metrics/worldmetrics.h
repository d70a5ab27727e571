#pragma once

#include "availability.h"
#include "counterset.h"
#include "latencyhistogram.h"
#include "timeseries.h"

#include <cstdint>
#include <vector>

namespace fl {

// One metrics interval (normally one simulated second) of one region, as seen at the region:
// every request attempt that reached it or was meant for it.
struct RegionSample
{
    double timeSeconds = 0; // end of the interval, seconds since start
    double attemptsPerSecond = 0;
    double successesPerSecond = 0;
    double errorsPerSecond = 0;
    double errorRatio = 0;                  // errors / resolved attempts, 0 when none
    double p50Ms = 0, p95Ms = 0, p99Ms = 0; // client-observed latency of successful attempts
    double trafficShare = 0;                // share of all attempts this interval
    double queueDepth = 0;                  // requests waiting at the end of the interval
    double queueDelayMs = 0; // mean wait for the app tier of the attempts it admitted (0: none)
    double capacityOps = 0;  // current capacity (reduced for a warm standby)
    bool up = true;
    bool inRotation = true;
    double receiveLagMs = 0; // replication: age of the oldest entry not yet received here
    double applyLagMs = 0;   // ... not yet applied here
    double entriesBehind = 0;
    friend bool operator==(const RegionSample &, const RegionSample &) = default;
};

// One interval of one user population, per logical request (retries included in its latency).
// The data layer's state at the end of an interval: cumulative counts of the fate of writes and
// per-second rates of conflicts and anomalous reads.
struct DataSample
{
    double timeSeconds = 0;
    double writesAcknowledged = 0; // cumulative
    double writesPending = 0;
    double writesOrphaned = 0;
    double lostNotShipped = 0; // cumulative, by mechanism
    double lostOverwritten = 0;
    double lostDiscarded = 0;
    double writesIndeterminate = 0; // cumulative
    double conflictsPerSecond = 0;
    double staleReadsPerSecond = 0;
    double staleReadRatio = 0; // stale / judged reads this interval
    double divergentKeys = 0;  // keys whose values differ between two self-declared primaries
    bool splitBrain = false;
    double costPerHour = 0;
    double costTotal = 0;
    friend bool operator==(const DataSample &, const DataSample &) = default;
};

struct PopulationSample
{
    double timeSeconds = 0;
    double requestsPerSecond = 0; // requests that finished (succeeded or failed for good)
    double successRatio = 1;
    double errorsPerSecond = 0;
    double p50Ms = 0, p95Ms = 0, p99Ms = 0;
    int servingRegion = -1; // region that received most of its attempts this interval
    friend bool operator==(const PopulationSample &, const PopulationSample &) = default;
};

// The time attempts waited in a region's work queue before its app tier began serving them, summed
// over the attempts it admitted (not the ones it shed or refused).
struct QueueWait
{
    double sumMicros = 0;
    std::uint64_t admitted = 0;
    double meanMicros() const { return admitted == 0 ? 0.0 : sumMicros / static_cast<double>(admitted); }
    friend bool operator==(const QueueWait &, const QueueWait &) = default;
};

// Streaming metrics with fixed memory: per-interval accumulators that are folded into bounded
// ring series at every tick, plus whole-run totals. Recording is O(1) and allocation-free.
class WorldMetrics
{
public:
    WorldMetrics() = default;
    WorldMetrics(std::size_t regions, std::size_t populations, std::size_t historyCapacity);

    // --- recording (hot path) ---
    void attemptSent(std::size_t population, std::size_t region)
    {
        ++m_regionTick[region].issued;
        ++m_attemptsTick[population * m_regions + region];
    }
    void attemptSucceeded(std::size_t region, SimTime latency)
    {
        ++m_regionTick[region].succeeded;
        m_regionLatencyTick[region].record(latency);
    }
    RequestCounters &regionTick(std::size_t region) { return m_regionTick[region]; }
    // An attempt admitted to the region's app tier after waiting `waitMicros` for it.
    void attemptQueued(std::size_t region, double waitMicros)
    {
        m_queueWaitTick[region].sumMicros += waitMicros;
        ++m_queueWaitTick[region].admitted;
    }
    // An attempt sent to a region that was down, because the client's DNS answer (its resolver's
    // cache, or its application's for the session) still named it.
    void attemptPinnedToDownRegion(std::size_t population) { ++m_pinnedToDown[population]; }

    void requestIssued(std::size_t population) { ++m_populationTick[population].issued; }
    void requestSucceeded(std::size_t population, SimTime latency, bool write)
    {
        ++m_populationTick[population].succeeded;
        m_populationLatencyTick[population].record(latency);
        m_populationLatencyTotal[population].record(latency);
        (write ? m_populationWriteLatency : m_populationReadLatency)[population].record(latency);
    }
    RequestCounters &populationTick(std::size_t population) { return m_populationTick[population]; }

    // --- the tick: fold the interval into the series ---
    struct RegionGauges
    {
        double queueDepth = 0;
        double capacityOps = 0;
        bool up = true;
        bool inRotation = true;
        double receiveLagMs = 0;
        double applyLagMs = 0;
        double entriesBehind = 0;
    };
    void closeInterval(SimTime now, SimTime intervalLength, const std::vector<RegionGauges> &gauges);
    void pushData(const DataSample &sample) { m_dataSeries.push(sample); }
    const RingSeries<DataSample> &dataSeries() const { return m_dataSeries; }

    // --- reading ---
    std::size_t regionCount() const { return m_regions; }
    std::size_t populationCount() const { return m_populations; }
    const RingSeries<RegionSample> &regionSeries(std::size_t r) const { return m_regionSeries[r]; }
    const RingSeries<PopulationSample> &populationSeries(std::size_t p) const
    {
        return m_populationSeries[p];
    }
    const RequestCounters &regionTotals(std::size_t r) const { return m_regionTotal[r]; }
    const RequestCounters &populationTotals(std::size_t p) const { return m_populationTotal[p]; }
    const LatencyHistogram &populationLatency(std::size_t p) const { return m_populationLatencyTotal[p]; }
    // The same, of its reads and of its writes alone.
    const LatencyHistogram &populationReadLatency(std::size_t p) const { return m_populationReadLatency[p]; }
    const LatencyHistogram &populationWriteLatency(std::size_t p) const
    {
        return m_populationWriteLatency[p];
    }
    // Whole run so far.
    QueueWait regionQueueWait(std::size_t r) const
    {
        QueueWait w = m_queueWaitTotal[r];
        w.sumMicros += m_queueWaitTick[r].sumMicros;
        w.admitted += m_queueWaitTick[r].admitted;
        return w;
    }
    std::uint64_t attemptsPinnedToDownRegion(std::size_t p) const { return m_pinnedToDown[p]; }
    const AvailabilityTracker &populationAvailability(std::size_t p) const
    {
        return m_populationAvailability[p];
    }
    const AvailabilityTracker &availability() const { return m_availability; }
    // Attempts per second from `population` to `region` in the last closed interval (the split
    // of a population's traffic, for drawing it).
    double lastAttemptsPerSecond(std::size_t population, std::size_t region) const
    {
        return m_attemptsLast.empty() ? 0.0 : m_attemptsLast[population * m_regions + region];
    }
    RequestCounters totals() const;
    // Heap memory of the counters: neither the histograms (visitHistograms) nor the series, whose
    // pages are shared between copies (see RingSeries).
    std::size_t heapBytesOfCounters() const;
    // Every array of latency histograms, for a timeline's checkpoints (Simulation::visitBulkState):
    // visit(family, array) with family 0 .. kHistogramFamilies - 1.
    static constexpr int kHistogramFamilies = 5;
    template<class Visitor> void visitHistograms(Visitor &&visit)
    {
        visit(0, m_regionLatencyTick);
        visit(1, m_populationLatencyTick);
        visit(2, m_populationLatencyTotal);
        visit(3, m_populationReadLatency);
        visit(4, m_populationWriteLatency);
    }

    friend bool operator==(const WorldMetrics &, const WorldMetrics &) = default;

private:
    std::size_t m_regions = 0;
    std::size_t m_populations = 0;
    std::vector<RequestCounters> m_regionTick, m_regionTotal;
    std::vector<LatencyHistogram> m_regionLatencyTick;
    std::vector<RequestCounters> m_populationTick, m_populationTotal;
    std::vector<LatencyHistogram> m_populationLatencyTick, m_populationLatencyTotal;
    std::vector<LatencyHistogram> m_populationReadLatency, m_populationWriteLatency;
    std::vector<QueueWait> m_queueWaitTick, m_queueWaitTotal;
    std::vector<std::uint64_t> m_pinnedToDown; // per population, whole run
    std::vector<std::uint64_t> m_attemptsTick; // [population * regions + region]
    std::vector<double> m_attemptsLast;        // the same, per second, for the last interval
    std::vector<RingSeries<RegionSample>> m_regionSeries;
    std::vector<RingSeries<PopulationSample>> m_populationSeries;
    std::vector<AvailabilityTracker> m_populationAvailability;
    RingSeries<DataSample> m_dataSeries;
    AvailabilityTracker m_availability;
};

} // namespace fl
