#include "worldmetrics.h"

#include "engine/heapbytes.h"

namespace fl {

WorldMetrics::WorldMetrics(std::size_t regions, std::size_t populations, std::size_t historyCapacity)
    : m_regions(regions), m_populations(populations), m_regionTick(regions), m_regionTotal(regions),
      m_regionLatencyTick(regions), m_populationTick(populations), m_populationTotal(populations),
      m_populationLatencyTick(populations), m_populationLatencyTotal(populations),
      m_populationReadLatency(populations), m_populationWriteLatency(populations), m_queueWaitTick(regions),
      m_queueWaitTotal(regions), m_pinnedToDown(populations), m_attemptsTick(regions * populations),
      m_regionSeries(regions, RingSeries<RegionSample>(historyCapacity)),
      m_populationSeries(populations, RingSeries<PopulationSample>(historyCapacity)),
      m_populationAvailability(populations), m_dataSeries(historyCapacity)
{}

namespace {
double ms(SimTime t)
{
    return toMilliseconds(t);
}
} // namespace

void WorldMetrics::closeInterval(SimTime now, SimTime intervalLength, const std::vector<RegionGauges> &gauges)
{
    const double seconds = toSeconds(intervalLength);
    const double t = toSeconds(now);
    std::uint64_t allAttempts = 0;
    for (const RequestCounters &c : m_regionTick)
        allAttempts += c.issued;

    for (std::size_t r = 0; r < m_regions; ++r) {
        RequestCounters &c = m_regionTick[r];
        LatencyHistogram &h = m_regionLatencyTick[r];
        RegionSample s;
        s.timeSeconds = t;
        s.attemptsPerSecond = static_cast<double>(c.issued) / seconds;
        s.successesPerSecond = static_cast<double>(c.succeeded) / seconds;
        s.errorsPerSecond = static_cast<double>(c.failed()) / seconds;
        s.errorRatio =
            c.resolved() == 0 ? 0.0 : static_cast<double>(c.failed()) / static_cast<double>(c.resolved());
        s.p50Ms = ms(h.percentile(0.50));
        s.p95Ms = ms(h.percentile(0.95));
        s.p99Ms = ms(h.percentile(0.99));
        s.trafficShare =
            allAttempts == 0 ? 0.0 : static_cast<double>(c.issued) / static_cast<double>(allAttempts);
        s.queueDepth = gauges[r].queueDepth;
        QueueWait &wait = m_queueWaitTick[r];
        s.queueDelayMs = wait.meanMicros() / 1000.0;
        m_queueWaitTotal[r].sumMicros += wait.sumMicros;
        m_queueWaitTotal[r].admitted += wait.admitted;
        wait = QueueWait{};
        s.capacityOps = gauges[r].capacityOps;
        s.up = gauges[r].up;
        s.inRotation = gauges[r].inRotation;
        s.receiveLagMs = gauges[r].receiveLagMs;
        s.applyLagMs = gauges[r].applyLagMs;
        s.entriesBehind = gauges[r].entriesBehind;
        m_regionSeries[r].push(s);
        m_regionTotal[r] += c;
        c.clear();
        h.clear();
    }

    std::uint64_t allOk = 0, allResolved = 0;
    for (std::size_t p = 0; p < m_populations; ++p) {
        RequestCounters &c = m_populationTick[p];
        LatencyHistogram &h = m_populationLatencyTick[p];
        PopulationSample s;
        s.timeSeconds = t;
        s.requestsPerSecond = static_cast<double>(c.resolved()) / seconds;
        s.successRatio = c.successRatio();
        s.errorsPerSecond = static_cast<double>(c.failed()) / seconds;
        s.p50Ms = ms(h.percentile(0.50));
        s.p95Ms = ms(h.percentile(0.95));
        s.p99Ms = ms(h.percentile(0.99));
        std::uint64_t most = 0;
        m_attemptsLast.resize(m_attemptsTick.size());
        for (std::size_t r = 0; r < m_regions; ++r) {
            std::uint64_t &n = m_attemptsTick[p * m_regions + r];
            m_attemptsLast[p * m_regions + r] = static_cast<double>(n) / seconds;
            if (n > most) {
                most = n;
                s.servingRegion = static_cast<int>(r);
            }
            n = 0;
        }
        m_populationSeries[p].push(s);
        m_populationAvailability[p].addInterval(c.succeeded, c.resolved());
        allOk += c.succeeded;
        allResolved += c.resolved();
        m_populationTotal[p] += c;
        c.clear();
        h.clear();
    }
    m_availability.addInterval(allOk, allResolved);
}

std::size_t WorldMetrics::heapBytesOfCounters() const
{
    return heapBytes(m_regionTick) + heapBytes(m_regionTotal) + heapBytes(m_populationTick) +
           heapBytes(m_populationTotal) + heapBytes(m_queueWaitTick) + heapBytes(m_queueWaitTotal) +
           heapBytes(m_pinnedToDown) + heapBytes(m_attemptsTick) + heapBytes(m_attemptsLast) +
           heapBytes(m_regionSeries) + heapBytes(m_populationSeries) + heapBytes(m_populationAvailability);
}

RequestCounters WorldMetrics::totals() const
{
    RequestCounters sum;
    for (const RequestCounters &c : m_populationTotal)
        sum += c;
    return sum;
}

} // namespace fl
