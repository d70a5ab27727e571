#include "chartdata.h"

#include "charthistory.h"
#include "metrics/worldmetrics.h"
#include "spec/config.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fl::ui {
namespace {

constexpr double kGap = std::numeric_limits<double>::quiet_NaN();

// The first sample a chart starting at `xMin` needs: the last one before it (so the line enters
// at the left edge), or the oldest kept.
template<class Sample> std::size_t firstNeeded(const RingSeries<Sample> &series, double xMin)
{
    std::size_t low = 0, high = series.size(); // samples are in time order: binary search
    while (low < high) {
        const std::size_t mid = low + (high - low) / 2;
        if (series[mid].timeSeconds < xMin)
            low = mid + 1;
        else
            high = mid;
    }
    return low > 0 ? low - 1 : 0;
}

template<class Sample, class Value>
QList<QPointF> pointsOf(const RingSeries<Sample> &series, double xMin, Value value)
{
    QList<QPointF> points;
    const std::size_t first = firstNeeded(series, xMin);
    points.reserve(static_cast<qsizetype>(series.size() - first));
    for (std::size_t i = first; i < series.size(); ++i)
        points.append(QPointF(series[i].timeSeconds, value(series[i])));
    return points;
}

double populationLatency(const PopulationSample &s, double value)
{
    // Percentiles of an interval in which no request succeeded do not exist.
    return s.requestsPerSecond > 0 && s.successRatio > 0 ? value : kGap;
}

} // namespace

std::vector<ChartKind> allChartKinds()
{
    return {ChartKind::Throughput, ChartKind::Errors,         ChartKind::LatencyP50,
            ChartKind::LatencyP99, ChartKind::SuccessRatio,   ChartKind::TrafficShare,
            ChartKind::QueueDepth, ChartKind::ReplicationLag, ChartKind::EntriesBehind,
            ChartKind::LostWrites, ChartKind::Divergence,     ChartKind::Anomalies};
}

double roundTimeStep(double seconds, int intervals)
{
    for (const double step :
         {1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 300.0, 600.0, 900.0, 1800.0, 3600.0, 7200.0})
        if (seconds / step <= intervals)
            return step;
    return 3.0 * 3600.0;
}

QString chartKindId(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Throughput:
        return QStringLiteral("throughput");
    case ChartKind::Errors:
        return QStringLiteral("errors");
    case ChartKind::LatencyP50:
        return QStringLiteral("latency-p50");
    case ChartKind::LatencyP99:
        return QStringLiteral("latency-p99");
    case ChartKind::SuccessRatio:
        return QStringLiteral("success-ratio");
    case ChartKind::TrafficShare:
        return QStringLiteral("traffic-share");
    case ChartKind::QueueDepth:
        return QStringLiteral("queue-depth");
    case ChartKind::ReplicationLag:
        return QStringLiteral("replication-lag");
    case ChartKind::EntriesBehind:
        return QStringLiteral("entries-behind");
    case ChartKind::LostWrites:
        return QStringLiteral("lost-writes");
    case ChartKind::Divergence:
        return QStringLiteral("divergence");
    case ChartKind::Anomalies:
        return QStringLiteral("conflicts-stale-reads");
    }
    return QString();
}

bool isDurationChart(ChartKind kind)
{
    return kind == ChartKind::LatencyP50 || kind == ChartKind::LatencyP99 ||
           kind == ChartKind::ReplicationLag;
}

void scaleToReadableUnit(ChartData &data)
{
    double largest = 0;
    for (const ChartSeries &s : data.series) {
        for (const QPointF &p : s.points) {
            if (std::isfinite(p.y()))
                largest = std::max(largest, p.y());
        }
    }
    data.timeUnit = UnitFormat::axisUnitFor(largest);
    if (data.timeUnit == TimeUnit::Milliseconds)
        return;
    for (ChartSeries &s : data.series) {
        for (QPointF &p : s.points)
            p.setY(UnitFormat::inUnit(p.y(), data.timeUnit));
    }
}

namespace {

// One builder for both sources (the simulation's WorldMetrics and the lab's ChartHistory have the
// same shape), so the live charts and the exported ones cannot drift apart.
template<class Source>
ChartData build(ChartKind kind, const Source &metrics, const SimulationConfig &config,
                const std::vector<Command> &commands, const std::vector<Incident> &incidents,
                double availabilityThreshold, double xMinSeconds, double xMaxSeconds)
{
    const double xMin = xMinSeconds;
    ChartData data;
    data.kind = kind;
    data.xMinSeconds = xMinSeconds;
    data.xMaxSeconds = xMaxSeconds;
    data.names = ConfigNames::from(config);
    for (const Command &c : commands)
        data.markers.push_back(FaultMarker{toSeconds(c.at), c, FaultMarker::Kind::Command, 0});
    for (const Incident &incident : incidents) {
        const std::pair<SimTime, FaultMarker::Kind> steps[] = {
            {incident.detected, FaultMarker::Kind::Detected},
            {incident.promoted, FaultMarker::Kind::Promoted},
            {incident.rerouted, FaultMarker::Kind::Rerouted},
            {incident.recovered, FaultMarker::Kind::Recovered}};
        for (const auto &[at, step] : steps) {
            if (at != kNever)
                data.markers.push_back(FaultMarker{toSeconds(at), Command{}, step, incident.id});
        }
    }
    // In time order; at one instant, commands first (the fault before what it set off).
    std::stable_sort(
        data.markers.begin(), data.markers.end(),
        [](const FaultMarker &a, const FaultMarker &b) { return a.timeSeconds < b.timeSeconds; });

    auto perRegion = [&](auto value) {
        for (std::size_t r = 0; r < metrics.regionCount(); ++r)
            data.series.push_back(ChartSeries{ChartSeries::Subject::Region, static_cast<int>(r),
                                              pointsOf(metrics.regionSeries(r), xMin, value)});
    };
    auto perRegionApply = [&](auto value) {
        for (std::size_t r = 0; r < metrics.regionCount(); ++r)
            data.series.push_back(ChartSeries{ChartSeries::Subject::RegionApply, static_cast<int>(r),
                                              pointsOf(metrics.regionSeries(r), xMin, value)});
    };
    auto measure = [&](DataMeasure m, auto value) {
        data.series.push_back(ChartSeries{ChartSeries::Subject::Measure, static_cast<int>(m),
                                          pointsOf(metrics.dataSeries(), xMin, value)});
    };
    auto perPopulation = [&](auto value) {
        for (std::size_t p = 0; p < metrics.populationCount(); ++p)
            data.series.push_back(ChartSeries{ChartSeries::Subject::Population, static_cast<int>(p),
                                              pointsOf(metrics.populationSeries(p), xMin, value)});
    };

    switch (kind) {
    case ChartKind::Throughput:
        perRegion([](const RegionSample &s) { return s.successesPerSecond; });
        break;
    case ChartKind::Errors:
        perRegion([](const RegionSample &s) { return s.errorsPerSecond; });
        break;
    case ChartKind::TrafficShare:
        perRegion([](const RegionSample &s) { return 100.0 * s.trafficShare; });
        break;
    case ChartKind::QueueDepth:
        perRegion([](const RegionSample &s) { return s.queueDepth; });
        break;
    case ChartKind::ReplicationLag:
        // A region that is down has no copy falling behind: its line breaks off (a gap) instead of
        // climbing as if a replica were lagging more and more.
        perRegion([](const RegionSample &s) { return s.up ? s.receiveLagMs : kGap; });
        perRegionApply([](const RegionSample &s) { return s.up ? s.applyLagMs : kGap; });
        for (std::size_t r = 0; r < metrics.regionCount(); ++r) {
            const auto &samples = metrics.regionSeries(r);
            // From the first sample that finds the region down to the first that finds it up again
            // (or the last sample, while it is still down).
            double from = kGap;
            for (std::size_t i = firstNeeded(samples, xMin); i < samples.size(); ++i) {
                const double t = samples[i].timeSeconds;
                if (!samples[i].up && std::isnan(from))
                    from = t;
                const bool last = i + 1 == samples.size();
                if (!std::isnan(from) && (samples[i].up || last)) {
                    data.downSpans.push_back(DownSpan{static_cast<int>(r), from, t});
                    from = kGap;
                }
            }
        }
        break;
    case ChartKind::EntriesBehind:
        perRegion([](const RegionSample &s) { return s.entriesBehind; });
        break;
    case ChartKind::LostWrites:
        measure(DataMeasure::LostNotShipped, [](const DataSample &s) { return s.lostNotShipped; });
        measure(DataMeasure::LostOverwritten, [](const DataSample &s) { return s.lostOverwritten; });
        measure(DataMeasure::LostDiscarded, [](const DataSample &s) { return s.lostDiscarded; });
        break;
    case ChartKind::Divergence:
        measure(DataMeasure::DivergentKeys, [](const DataSample &s) { return s.divergentKeys; });
        break;
    case ChartKind::Anomalies:
        measure(DataMeasure::ConflictsPerSecond, [](const DataSample &s) { return s.conflictsPerSecond; });
        measure(DataMeasure::StaleReadsPerSecond, [](const DataSample &s) { return s.staleReadsPerSecond; });
        break;
    case ChartKind::LatencyP50:
        perPopulation([](const PopulationSample &s) { return populationLatency(s, s.p50Ms); });
        break;
    case ChartKind::LatencyP99:
        perPopulation([](const PopulationSample &s) { return populationLatency(s, s.p99Ms); });
        break;
    case ChartKind::SuccessRatio: {
        perPopulation([](const PopulationSample &s) {
            return s.requestsPerSecond > 0 ? 100.0 * s.successRatio : kGap;
        });
        // All users together: successes over finished requests of every population, per interval.
        ChartSeries all{ChartSeries::Subject::AllUsers, -1, {}};
        const std::size_t samples = metrics.populationCount() > 0 ? metrics.populationSeries(0).size() : 0;
        const std::size_t first =
            metrics.populationCount() > 0 ? firstNeeded(metrics.populationSeries(0), xMin) : 0;
        for (std::size_t i = first; i < samples; ++i) {
            double finished = 0, succeeded = 0;
            for (std::size_t p = 0; p < metrics.populationCount(); ++p) {
                const PopulationSample &s = metrics.populationSeries(p)[i];
                finished += s.requestsPerSecond;
                succeeded += s.requestsPerSecond * s.successRatio;
            }
            const double t = metrics.populationSeries(0)[i].timeSeconds;
            all.points.append(QPointF(t, finished > 0 ? 100.0 * succeeded / finished : kGap));
        }
        data.series.push_back(all);
        // The line availability-by-time counts an interval as up against.
        const double threshold = 100.0 * availabilityThreshold;
        data.series.push_back(
            ChartSeries{ChartSeries::Subject::Threshold,
                        -1,
                        {QPointF(xMinSeconds, threshold), QPointF(xMaxSeconds, threshold)}});
        break;
    }
    }
    if (isDurationChart(kind))
        scaleToReadableUnit(data);
    return data;
}

} // namespace

ChartData makeChartData(ChartKind kind, const WorldMetrics &metrics, const SimulationConfig &config,
                        const std::vector<Command> &commands, double xMaxSeconds,
                        const std::vector<Incident> &incidents)
{
    return build(kind, metrics, config, commands, incidents, metrics.availability().threshold(), 0,
                 xMaxSeconds);
}

ChartData makeChartData(ChartKind kind, const ChartHistory &history, double xMinSeconds, double xMaxSeconds)
{
    return build(kind, history, history.config(), history.commands(), history.incidents(),
                 history.availabilityThreshold(), xMinSeconds, xMaxSeconds);
}

} // namespace fl::ui
