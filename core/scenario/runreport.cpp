#include "runreport.h"

#include "csv.h"
#include "duration.h"
#include "jsonwriter.h"
#include "names.h"
#include "outputfile.h"
#include "scenariowriter.h"
#include "sim/simulation.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <functional>

namespace fl::scenario {
namespace {

class Report
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::Report)
};

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Names of the configured regions and populations, by index.
struct Ids
{
    QStringList regions;
    QStringList populations;

    explicit Ids(const SimulationConfig &c)
    {
        for (const RegionConfig &r : c.regions)
            regions << toQString(regionId(r));
        for (const PopulationConfig &p : c.populations)
            populations << toQString(populationCatalog().at(static_cast<std::size_t>(p.catalogIndex)).id);
    }
    QJsonValue region(int i) const
    {
        return i >= 0 && i < regions.size() ? QJsonValue(regions[i]) : QJsonValue();
    }
    QJsonValue population(int i) const
    {
        return i >= 0 && i < populations.size() ? QJsonValue(populations[i]) : QJsonValue();
    }
};

double count(std::uint64_t n)
{
    return static_cast<double>(n);
}

// A count that exists only with leases on: null without them.
QJsonValue withLeases(bool leases, std::uint64_t n)
{
    return leases ? QJsonValue(count(n)) : QJsonValue();
}

QJsonObject countersToJson(const RequestCounters &c)
{
    QJsonObject o;
    o[QStringLiteral("issued")] = count(c.issued);
    o[QStringLiteral("succeeded")] = count(c.succeeded);
    o[QStringLiteral("failed")] = count(c.failed());
    o[QStringLiteral("failed_timeout")] = count(c.failedTimeout);
    o[QStringLiteral("failed_unreachable")] = count(c.failedUnreachable);
    o[QStringLiteral("failed_shed")] = count(c.failedShed);
    o[QStringLiteral("failed_other")] = count(c.failedOther);
    return o;
}

// Percentiles of no sample do not exist: null, not 0.
QJsonValue ms(const LatencyHistogram &h, double q)
{
    return h.isEmpty() ? QJsonValue() : QJsonValue(toMilliseconds(h.percentile(q)));
}

QJsonObject latencyToJson(const LatencyHistogram &h)
{
    QJsonObject o;
    o[QStringLiteral("count")] = count(h.count());
    o[QStringLiteral("p50")] = ms(h, 0.50);
    o[QStringLiteral("p95")] = ms(h, 0.95);
    o[QStringLiteral("p99")] = ms(h, 0.99);
    o[QStringLiteral("p999")] = ms(h, 0.999);
    o[QStringLiteral("mean")] = h.isEmpty() ? QJsonValue() : QJsonValue(h.meanMicros() / 1000.0);
    o[QStringLiteral("max")] = h.isEmpty() ? QJsonValue() : QJsonValue(toMilliseconds(h.maxValue()));
    return o;
}

QJsonObject availabilityToJson(const AvailabilityTracker &a)
{
    QJsonObject o;
    o[QStringLiteral("by_requests")] = a.byRequests();
    o[QStringLiteral("by_time")] = a.byTime();
    o[QStringLiteral("threshold")] = a.threshold();
    o[QStringLiteral("intervals")] = count(a.intervals());
    o[QStringLiteral("good_intervals")] = count(a.goodIntervals());
    return o;
}

template<class Sample>
QJsonArray column(const RingSeries<Sample> &series, const std::function<QJsonValue(const Sample &)> &value)
{
    QJsonArray a;
    for (std::size_t i = 0; i < series.size(); ++i)
        a.append(value(series[i]));
    return a;
}

// A latency of an interval without a successful request does not exist.
bool regionServed(const RegionSample &s)
{
    return s.successesPerSecond > 0;
}
bool populationFinished(const PopulationSample &s)
{
    return s.requestsPerSecond > 0;
}
bool populationServed(const PopulationSample &s)
{
    return s.requestsPerSecond > 0 && s.successRatio > 0;
}

QJsonObject regionSeries(const RingSeries<RegionSample> &s)
{
    using S = RegionSample;
    QJsonObject o;
    o[QStringLiteral("attempts_per_s")] = column<S>(s, [](const S &x) { return x.attemptsPerSecond; });
    o[QStringLiteral("successes_per_s")] = column<S>(s, [](const S &x) { return x.successesPerSecond; });
    o[QStringLiteral("errors_per_s")] = column<S>(s, [](const S &x) { return x.errorsPerSecond; });
    o[QStringLiteral("error_ratio")] = column<S>(s, [](const S &x) { return x.errorRatio; });
    o[QStringLiteral("p50_ms")] =
        column<S>(s, [](const S &x) { return regionServed(x) ? QJsonValue(x.p50Ms) : QJsonValue(); });
    o[QStringLiteral("p95_ms")] =
        column<S>(s, [](const S &x) { return regionServed(x) ? QJsonValue(x.p95Ms) : QJsonValue(); });
    o[QStringLiteral("p99_ms")] =
        column<S>(s, [](const S &x) { return regionServed(x) ? QJsonValue(x.p99Ms) : QJsonValue(); });
    o[QStringLiteral("traffic_share")] = column<S>(s, [](const S &x) { return x.trafficShare; });
    o[QStringLiteral("queue_depth")] = column<S>(s, [](const S &x) { return x.queueDepth; });
    o[QStringLiteral("queue_delay_ms")] = column<S>(s, [](const S &x) { return x.queueDelayMs; });
    o[QStringLiteral("capacity_ops")] = column<S>(s, [](const S &x) { return x.capacityOps; });
    o[QStringLiteral("up")] = column<S>(s, [](const S &x) { return x.up; });
    o[QStringLiteral("in_rotation")] = column<S>(s, [](const S &x) { return x.inRotation; });
    // Replication, as the data model measures it at the region (0 when caught up, or not a replica).
    o[QStringLiteral("receive_lag_ms")] = column<S>(s, [](const S &x) { return x.receiveLagMs; });
    o[QStringLiteral("apply_lag_ms")] = column<S>(s, [](const S &x) { return x.applyLagMs; });
    o[QStringLiteral("entries_behind")] = column<S>(s, [](const S &x) { return x.entriesBehind; });
    return o;
}

QJsonObject populationSeries(const RingSeries<PopulationSample> &s, const Ids &ids)
{
    using S = PopulationSample;
    QJsonObject o;
    o[QStringLiteral("requests_per_s")] = column<S>(s, [](const S &x) { return x.requestsPerSecond; });
    o[QStringLiteral("success_ratio")] = column<S>(
        s, [](const S &x) { return populationFinished(x) ? QJsonValue(x.successRatio) : QJsonValue(); });
    o[QStringLiteral("errors_per_s")] = column<S>(s, [](const S &x) { return x.errorsPerSecond; });
    o[QStringLiteral("p50_ms")] =
        column<S>(s, [](const S &x) { return populationServed(x) ? QJsonValue(x.p50Ms) : QJsonValue(); });
    o[QStringLiteral("p95_ms")] =
        column<S>(s, [](const S &x) { return populationServed(x) ? QJsonValue(x.p95Ms) : QJsonValue(); });
    o[QStringLiteral("p99_ms")] =
        column<S>(s, [](const S &x) { return populationServed(x) ? QJsonValue(x.p99Ms) : QJsonValue(); });
    o[QStringLiteral("serving_region")] =
        column<S>(s, [&](const S &x) { return ids.region(x.servingRegion); });
    return o;
}

QJsonObject dataSeries(const RingSeries<DataSample> &s)
{
    using S = DataSample;
    QJsonObject o;
    o[QStringLiteral("writes_acknowledged")] = column<S>(s, [](const S &x) { return x.writesAcknowledged; });
    o[QStringLiteral("writes_pending")] = column<S>(s, [](const S &x) { return x.writesPending; });
    o[QStringLiteral("writes_orphaned")] = column<S>(s, [](const S &x) { return x.writesOrphaned; });
    o[QStringLiteral("writes_indeterminate")] =
        column<S>(s, [](const S &x) { return x.writesIndeterminate; });
    o[QStringLiteral("lost_not_shipped")] = column<S>(s, [](const S &x) { return x.lostNotShipped; });
    o[QStringLiteral("lost_overwritten")] = column<S>(s, [](const S &x) { return x.lostOverwritten; });
    o[QStringLiteral("lost_discarded")] = column<S>(s, [](const S &x) { return x.lostDiscarded; });
    o[QStringLiteral("conflicts_per_s")] = column<S>(s, [](const S &x) { return x.conflictsPerSecond; });
    o[QStringLiteral("stale_reads_per_s")] = column<S>(s, [](const S &x) { return x.staleReadsPerSecond; });
    o[QStringLiteral("stale_read_ratio")] = column<S>(s, [](const S &x) { return x.staleReadRatio; });
    o[QStringLiteral("divergent_keys")] = column<S>(s, [](const S &x) { return x.divergentKeys; });
    o[QStringLiteral("split_brain")] = column<S>(s, [](const S &x) { return x.splitBrain; });
    o[QStringLiteral("cost_per_hour")] = column<S>(s, [](const S &x) { return x.costPerHour; });
    o[QStringLiteral("cost_total")] = column<S>(s, [](const S &x) { return x.costTotal; });
    return o;
}

// The fate of every client write, as the model counts it (fl::WriteAccounting).
QJsonObject writesToJson(const WriteAccounting &w, bool leases)
{
    QJsonObject o;
    o[QStringLiteral("issued")] = count(w.issued);
    o[QStringLiteral("failed")] = count(w.failed);
    o[QStringLiteral("indeterminate")] = count(w.indeterminate);
    o[QStringLiteral("acknowledged")] = count(w.acknowledged);
    o[QStringLiteral("in_flight")] = count(w.inFlight());
    o[QStringLiteral("durable")] = count(w.durable);
    o[QStringLiteral("pending")] = count(w.pending);
    o[QStringLiteral("orphaned")] = count(w.orphaned);
    o[QStringLiteral("lost")] = count(w.lost());
    o[QStringLiteral("lost_not_shipped")] = count(w.lostNotShipped);
    o[QStringLiteral("lost_overwritten")] = count(w.lostOverwritten);
    o[QStringLiteral("lost_discarded")] = count(w.lostDiscarded);
    o[QStringLiteral("lost_older_epoch")] = count(w.lostOlderEpoch);
    o[QStringLiteral("resurrected")] = count(w.resurrected);
    o[QStringLiteral("balanced")] = w.balanced();
    o[QStringLiteral("conflicts")] = count(w.conflicts);
    o[QStringLiteral("lww_concurrent_drops")] = count(w.lwwConcurrentDrops);
    o[QStringLiteral("lww_skew_drops")] = count(w.lwwSkewDrops);
    o[QStringLiteral("reconciled")] = count(w.reconciled);
    o[QStringLiteral("reads")] = count(w.reads);
    o[QStringLiteral("stale_reads")] = count(w.staleReads);
    // A ratio of no judged read does not exist.
    o[QStringLiteral("stale_read_ratio")] =
        w.reads > 0 ? QJsonValue(count(w.staleReads) / count(w.reads)) : QJsonValue();
    o[QStringLiteral("read_your_writes_violations")] = count(w.readYourWritesViolations);
    o[QStringLiteral("monotonic_read_violations")] = count(w.monotonicReadViolations);
    o[QStringLiteral("sync_fallbacks")] = count(w.syncFallbacks);
    o[QStringLiteral("sync_set_shrinks")] = count(w.syncSetShrinks);
    o[QStringLiteral("degraded_acknowledgements")] = count(w.degradedAcks);
    o[QStringLiteral("copies_detached")] = count(w.copiesDetached);
    o[QStringLiteral("log_entries_dropped")] = count(w.logEntriesDropped);
    o[QStringLiteral("copies_reseeded")] = count(w.copiesReseeded);
    o[QStringLiteral("acked_after_lease_lapsed")] = withLeases(leases, w.ackedAfterLeaseLapsed);
    o[QStringLiteral("acked_by_deposed_primary")] = count(w.ackedByDeposedPrimary);
    return o;
}

QJsonObject splitBrainToJson(const Simulation &sim)
{
    const RingSeries<DataSample> &series = sim.metrics().dataSeries();
    double peak = 0;
    double intervals = 0;
    for (std::size_t i = 0; i < series.size(); ++i) {
        peak = std::max(peak, series[i].divergentKeys);
        intervals += series[i].splitBrain ? 1 : 0;
    }
    QJsonObject o;
    o[QStringLiteral("divergent_keys")] = count(sim.divergentKeys());
    o[QStringLiteral("divergent_keys_max")] = peak;
    o[QStringLiteral("split_brain_at_end")] = sim.splitBrain();
    o[QStringLiteral("split_brain_s")] = intervals * toSeconds(sim.config().metricsInterval);
    o[QStringLiteral("fencing_refusals")] = count(sim.fencingRefusals());
    o[QStringLiteral("stale_epoch_applied")] = count(sim.staleEpochApplied());
    return o;
}

QJsonObject eventToJson(const SimEvent &e, const Ids &ids)
{
    QJsonObject o;
    o[QStringLiteral("t")] = toSeconds(e.time);
    o[QStringLiteral("type")] = eventName(e.type);
    if (e.type == SimEventType::CommandApplied) {
        // The arguments are in "commands"; region-like fields of a command event may hold other
        // kinds of index (a population, a policy), so they are not named here.
        o[QStringLiteral("command")] = commandName(static_cast<CommandType>(static_cast<int>(e.value)));
        return o;
    }
    if (e.region >= 0)
        o[QStringLiteral("region")] = ids.region(e.region);
    if (e.other >= 0) {
        // `other` is the far end of a link for link events; other events use it for other kinds of
        // index (a replication group, say), which are exported as numbers.
        const bool link = e.type == SimEventType::LinkCut || e.type == SimEventType::LinkHealed ||
                          e.type == SimEventType::LinkDegraded;
        o[QStringLiteral("other")] = link ? ids.region(e.other) : QJsonValue(e.other);
    }
    if (e.population >= 0)
        o[QStringLiteral("population")] = ids.population(e.population);
    if (e.value != 0)
        o[QStringLiteral("value")] = e.value;
    return o;
}

QString hex(std::uint64_t value)
{
    return QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0'));
}

QJsonObject targetsToJson(const Targets &targets, const std::vector<IncidentMeasure> &incidents,
                          SimTime runEnd)
{
    QJsonObject o;
    o[QStringLiteral("rpo")] = targets.rpo ? QJsonValue(formatDuration(*targets.rpo)) : QJsonValue();
    o[QStringLiteral("rto")] = targets.rto ? QJsonValue(formatDuration(*targets.rto)) : QJsonValue();
    const std::vector<TargetMiss> misses = checkTargets(targets, incidents, runEnd);
    QJsonArray missed;
    for (const TargetMiss &m : misses) {
        QJsonObject x;
        x[QStringLiteral("kind")] =
            m.kind == TargetMiss::Kind::Rpo ? QStringLiteral("rpo") : QStringLiteral("rto");
        x[QStringLiteral("incident")] = static_cast<double>(m.incident + 1);
        x[QStringLiteral("measured_s")] = m.measured ? QJsonValue(toSeconds(*m.measured)) : QJsonValue();
        x[QStringLiteral("target_s")] = toSeconds(m.target);
        missed.append(x);
    }
    o[QStringLiteral("missed")] = missed;
    const bool none = !targets.rpo && !targets.rto;
    o[QStringLiteral("status")] = none                ? QStringLiteral("no-targets")
                                  : incidents.empty() ? QStringLiteral("no-incidents")
                                  : misses.empty()    ? QStringLiteral("met")
                                                      : QStringLiteral("missed");
    return o;
}

// A phase time of an incident, in seconds since the start; null when it did not happen.
QJsonValue phase(SimTime t)
{
    return t == kNever ? QJsonValue() : QJsonValue(toSeconds(t));
}

QJsonObject incidentToJson(const Incident &i, const Ids &ids, bool leases)
{
    QJsonObject o;
    o[QStringLiteral("id")] = static_cast<double>(i.id);
    o[QStringLiteral("region")] = ids.region(i.region);
    const QString fault = commandName(static_cast<CommandType>(i.faultCommand));
    o[QStringLiteral("fault")] =
        fault.isEmpty() ? QJsonValue(static_cast<double>(i.faultCommand)) : QJsonValue(fault);
    o[QStringLiteral("failure_s")] = toSeconds(i.failure);
    o[QStringLiteral("detected_s")] = phase(i.detected);
    o[QStringLiteral("promoted_s")] = phase(i.promoted);
    o[QStringLiteral("rerouted_s")] = phase(i.rerouted);
    o[QStringLiteral("recovered_s")] = phase(i.recovered);
    o[QStringLiteral("healed_s")] = phase(i.healed);
    o[QStringLiteral("closed_s")] = phase(i.closed);
    o[QStringLiteral("rto_s")] = i.serviceRecovered() ? QJsonValue(toSeconds(i.rto())) : QJsonValue();
    o[QStringLiteral("rpo_s")] = toSeconds(i.rpo());
    o[QStringLiteral("lost_writes")] = count(i.lostWrites);
    o[QStringLiteral("orphaned_at_recovery")] = count(i.orphanedAtRecovery);
    o[QStringLiteral("divergent_keys_at_recovery")] = count(i.divergentKeysAtRecovery);
    o[QStringLiteral("orphaned_at_heal")] = count(i.orphanedAtHeal);
    o[QStringLiteral("divergent_keys_at_heal")] = count(i.divergentKeysAtHeal);
    o[QStringLiteral("promoted_region")] =
        i.promotedRegion < 0 ? QJsonValue() : QJsonValue(ids.region(i.promotedRegion));
    o[QStringLiteral("promoted_receive_lag_ms_at_failure")] =
        i.promotedRegion < 0 ? QJsonValue() : QJsonValue(toMilliseconds(i.promotedReceiveLagAtFailure));
    o[QStringLiteral("promoted_entries_behind_at_failure")] =
        i.promotedRegion < 0 ? QJsonValue() : QJsonValue(count(i.promotedEntriesBehindAtFailure));
    o[QStringLiteral("acked_writes_per_s_before")] = i.ackedWritesPerSecondBefore;
    o[QStringLiteral("attempts_pinned_to_down_region")] = count(i.pinnedAttemptsToDownRegion);
    o[QStringLiteral("acked_after_lease_lapsed")] = withLeases(leases, i.ackedAfterLeaseLapsed);
    o[QStringLiteral("acked_by_deposed_primary")] = count(i.ackedByDeposedPrimary);
    // Harm by kind: service (below 99 % success in an interval), data (an acknowledged write lost),
    // reads (a stale read while it was open). "affected_populations" is any of the three.
    const auto names = [&ids](std::uint32_t mask) {
        QJsonArray list;
        for (qsizetype p = 0; p < ids.populations.size() && p < 32; ++p) {
            if (mask & (1u << p))
                list.append(ids.populations[p]);
        }
        return list;
    };
    const std::uint32_t service = i.affectedPopulations, data = i.dataHarmedPopulations(),
                        reads = i.readHarmedPopulations();
    o[QStringLiteral("affected_populations")] = names(service | data | reads);
    o[QStringLiteral("service_harmed_populations")] = names(service);
    o[QStringLiteral("data_harmed_populations")] = names(data);
    o[QStringLiteral("read_harmed_populations")] = names(reads);
    QJsonArray harm;
    for (std::size_t p = 0; p < i.harm.size() && p < static_cast<std::size_t>(ids.populations.size()); ++p) {
        QJsonObject h;
        h[QStringLiteral("population")] = ids.populations[static_cast<qsizetype>(p)];
        h[QStringLiteral("failed_requests")] = count(i.harm[p].failedRequests);
        h[QStringLiteral("lost_writes")] = count(i.harm[p].lostWrites);
        h[QStringLiteral("stale_reads")] = count(i.harm[p].staleReads);
        harm.append(h);
    }
    o[QStringLiteral("harm")] = harm;
    return o;
}

} // namespace

QStringList runReportKeyOrder()
{
    QStringList keys;
    for (const char *k : {"format",
                          "version",
                          "scenario",
                          "id",
                          "t",
                          "at",
                          "type",
                          "do",
                          "command",
                          "region",
                          "role",
                          "seed",
                          "duration_s",
                          "trace_hash",
                          "workload_hash",
                          "totals",
                          "availability",
                          "latency_ms",
                          "writes",
                          "split_brain",
                          "cost",
                          "targets",
                          "incidents",
                          "populations",
                          "regions",
                          "data_series",
                          "time_s",
                          "scenario_document"})
        keys << QLatin1String(k);
    return keys;
}

namespace {

// --- CSV ---

// Long ("tidy") table of per-entity series: time_s, entity id, then one column per series.
QByteArray seriesCsv(const QJsonArray &entities, const QString &entityColumn, const QStringList &columns,
                     const QJsonArray &times)
{
    QByteArray out = "time_s," + entityColumn.toUtf8();
    for (const QString &c : columns)
        out += ',' + c.toUtf8();
    out += '\n';
    for (qsizetype t = 0; t < times.size(); ++t) {
        for (const QJsonValue &e : entities) {
            const QJsonObject entity = e.toObject();
            const QJsonObject series = entity.value(QStringLiteral("series")).toObject();
            QList<QJsonValue> row{times.at(t), entity.value(QStringLiteral("id"))};
            for (const QString &c : columns)
                row << series.value(c).toArray().at(t);
            appendCsvRow(out, row);
        }
    }
    return out;
}

} // namespace

std::vector<IncidentMeasure> measureIncidents(const Simulation &simulation)
{
    std::vector<IncidentMeasure> measures;
    for (const Incident &i : simulation.incidents()) {
        IncidentMeasure m;
        m.start = i.failure;
        if (i.serviceRecovered())
            m.rto = i.rto();
        m.rpo = i.rpo();
        m.lostWrites = i.lostWrites;
        measures.push_back(m);
    }
    return measures;
}

std::vector<TargetMiss> checkTargets(const Targets &targets, const std::vector<IncidentMeasure> &incidents,
                                     SimTime runEnd)
{
    std::vector<TargetMiss> misses;
    for (std::size_t i = 0; i < incidents.size(); ++i) {
        const IncidentMeasure &m = incidents[i];
        if (targets.rpo && m.rpo > *targets.rpo)
            misses.push_back(TargetMiss{TargetMiss::Kind::Rpo, i, m.rpo, *targets.rpo});
        if (!targets.rto)
            continue;
        const bool tooLong = m.rto ? *m.rto > *targets.rto : runEnd - m.start > *targets.rto;
        if (tooLong)
            misses.push_back(TargetMiss{TargetMiss::Kind::Rto, i, m.rto, *targets.rto});
    }
    return misses;
}

namespace {

// Per population and per region: totals, latency and series.
void addPlacesToReport(QJsonObject &root, const Scenario &scenario, const Simulation &sim, const Ids &ids)
{
    const SimulationConfig &config = sim.config();
    const WorldMetrics &metrics = sim.metrics();
    QJsonArray populations;
    for (std::size_t p = 0; p < metrics.populationCount(); ++p) {
        QJsonObject o;
        o[QStringLiteral("id")] = ids.populations[static_cast<qsizetype>(p)];
        o[QStringLiteral("rate")] = config.populations[p].requestsPerSecond;
        o[QStringLiteral("totals")] = countersToJson(metrics.populationTotals(p));
        o[QStringLiteral("availability")] = availabilityToJson(metrics.populationAvailability(p));
        o[QStringLiteral("latency_ms")] = latencyToJson(metrics.populationLatency(p));
        o[QStringLiteral("latency_ms_reads")] = latencyToJson(metrics.populationReadLatency(p));
        o[QStringLiteral("latency_ms_writes")] = latencyToJson(metrics.populationWriteLatency(p));
        o[QStringLiteral("attempts_pinned_to_down_region")] = count(metrics.attemptsPinnedToDownRegion(p));
        o[QStringLiteral("series")] = populationSeries(metrics.populationSeries(p), ids);
        populations.append(o);
    }
    root[QStringLiteral("populations")] = populations;

    QJsonArray regions;
    for (std::size_t r = 0; r < metrics.regionCount(); ++r) {
        QJsonObject o;
        o[QStringLiteral("id")] = ids.regions[static_cast<qsizetype>(r)];
        o[QStringLiteral("role")] = roleName(scenario.config.regions[r].role);
        o[QStringLiteral("capacity")] = scenario.config.regions[r].capacityOps;
        o[QStringLiteral("totals")] = countersToJson(metrics.regionTotals(r));
        // Mean wait for the app tier of the attempts it admitted; none admitted: null.
        const QueueWait wait = metrics.regionQueueWait(r);
        o[QStringLiteral("queued_attempts")] = count(wait.admitted);
        o[QStringLiteral("mean_queue_delay_ms")] =
            wait.admitted == 0 ? QJsonValue() : QJsonValue(wait.meanMicros() / 1000.0);
        o[QStringLiteral("series")] = regionSeries(metrics.regionSeries(r));
        regions.append(o);
    }
    root[QStringLiteral("regions")] = regions;
}

// What happened: the event log, the applied commands and the incidents.
void addHistoryToReport(QJsonObject &root, const Simulation &sim, const Ids &ids)
{
    const SimulationConfig &config = sim.config();
    QJsonArray events;
    const RingSeries<SimEvent> &log = sim.events();
    for (std::size_t i = 0; i < log.size(); ++i)
        events.append(eventToJson(log[i], ids));
    root[QStringLiteral("events")] = events;
    root[QStringLiteral("events_dropped")] = count(log.firstIndex());

    QJsonArray commands;
    for (const Command &c : sim.engine().commandLog())
        commands.append(commandToJson(config, c));
    root[QStringLiteral("commands")] = commands;

    QJsonArray incidents;
    for (const Incident &i : sim.incidents())
        incidents.append(incidentToJson(i, ids, config.failover.leases));
    root[QStringLiteral("incidents")] = incidents;
}

} // namespace

QJsonObject runReportJson(const Scenario &scenario, const Simulation &sim)
{
    const SimulationConfig &config = sim.config();
    const WorldMetrics &metrics = sim.metrics();
    const Ids ids(config);
    QJsonObject root;
    root[QStringLiteral("format")] = QStringLiteral("failover-lab-metrics");
    root[QStringLiteral("version")] = 1;
    root[QStringLiteral("scenario")] = scenario.name;
    // The scenario as run (overrides applied): the report alone is enough to run it again.
    root[QStringLiteral("scenario_document")] = scenarioToJson(scenario);
    root[QStringLiteral("seed")] = config.seed <= (std::uint64_t{1} << 53)
                                       ? QJsonValue(static_cast<double>(config.seed))
                                       : QJsonValue(QString::number(config.seed));
    root[QStringLiteral("duration_s")] = toSeconds(scenario.duration);
    root[QStringLiteral("simulated_s")] = toSeconds(sim.now());
    root[QStringLiteral("interval_s")] = toSeconds(config.metricsInterval);
    root[QStringLiteral("trace_hash")] = hex(sim.traceHash());
    root[QStringLiteral("workload_hash")] = hex(sim.workloadHash());
    root[QStringLiteral("events_processed")] = count(sim.engine().eventsProcessed());

    QJsonObject totals = countersToJson(metrics.totals());
    totals[QStringLiteral("in_flight")] = count(sim.requestsInFlight());
    std::uint64_t pinned = 0;
    for (std::size_t p = 0; p < metrics.populationCount(); ++p)
        pinned += metrics.attemptsPinnedToDownRegion(p);
    totals[QStringLiteral("attempts_pinned_to_down_region")] = count(pinned);
    root[QStringLiteral("totals")] = totals;
    root[QStringLiteral("availability")] = availabilityToJson(metrics.availability());
    LatencyHistogram all;
    for (std::size_t p = 0; p < metrics.populationCount(); ++p)
        all.merge(metrics.populationLatency(p));
    root[QStringLiteral("latency_ms")] = latencyToJson(all);
    root[QStringLiteral("writes")] = writesToJson(sim.writes(), config.failover.leases);
    root[QStringLiteral("split_brain")] = splitBrainToJson(sim);
    QJsonObject cost;
    cost[QStringLiteral("per_hour")] = sim.costPerHour();
    cost[QStringLiteral("total")] = sim.totalCost();
    root[QStringLiteral("cost")] = cost;

    // Every series shares the ticks; their times are listed once.
    QJsonArray times;
    if (metrics.regionCount() > 0) {
        const auto &s = metrics.regionSeries(0);
        for (std::size_t i = 0; i < s.size(); ++i)
            times.append(s[i].timeSeconds);
    }
    root[QStringLiteral("time_s")] = times;
    root[QStringLiteral("samples_dropped")] =
        metrics.regionCount() > 0 ? count(metrics.regionSeries(0).firstIndex()) : 0.0;

    addPlacesToReport(root, scenario, sim, ids);
    // The data layer, one sample per interval at the same times.
    root[QStringLiteral("data_series")] = dataSeries(metrics.dataSeries());

    addHistoryToReport(root, sim, ids);
    root[QStringLiteral("targets")] = targetsToJson(scenario.targets, measureIncidents(sim), sim.now());
    return root;
}

QByteArray runReportBytes(const Scenario &scenario, const Simulation &simulation)
{
    return readableJson(runReportJson(scenario, simulation), runReportKeyOrder());
}

bool writeRunCsv(const Scenario &scenario, const Simulation &simulation, const QString &directory,
                 QStringList *written, QString *error)
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = Report::tr("cannot create the directory %1").arg(directory);
        return false;
    }
    const QJsonObject report = runReportJson(scenario, simulation);
    const QJsonArray times = report.value(QStringLiteral("time_s")).toArray();
    const QDir dir(directory);
    QList<QPair<QString, QByteArray>> files;

    files.append(
        {QStringLiteral("regions.csv"),
         seriesCsv(report.value(QStringLiteral("regions")).toArray(), QStringLiteral("region"),
                   {QStringLiteral("attempts_per_s"), QStringLiteral("successes_per_s"),
                    QStringLiteral("errors_per_s"), QStringLiteral("error_ratio"), QStringLiteral("p50_ms"),
                    QStringLiteral("p95_ms"), QStringLiteral("p99_ms"), QStringLiteral("traffic_share"),
                    QStringLiteral("queue_depth"), QStringLiteral("queue_delay_ms"),
                    QStringLiteral("capacity_ops"), QStringLiteral("up"), QStringLiteral("in_rotation"),
                    QStringLiteral("receive_lag_ms"), QStringLiteral("apply_lag_ms"),
                    QStringLiteral("entries_behind")},
                   times)});
    files.append(
        {QStringLiteral("populations.csv"),
         seriesCsv(report.value(QStringLiteral("populations")).toArray(), QStringLiteral("population"),
                   {QStringLiteral("requests_per_s"), QStringLiteral("success_ratio"),
                    QStringLiteral("errors_per_s"), QStringLiteral("p50_ms"), QStringLiteral("p95_ms"),
                    QStringLiteral("p99_ms"), QStringLiteral("serving_region")},
                   times)});

    QByteArray events = "time_s,type,command,region,other,population,value\n";
    for (const QJsonValue &v : report.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        QList<QJsonValue> row;
        for (const char *key : {"t", "type", "command", "region", "other", "population", "value"})
            row << e.value(QLatin1String(key));
        appendCsvRow(events, row);
    }
    files.append({QStringLiteral("events.csv"), events});

    // One row for the whole run, then one per population (requests) and per region (attempts).
    QByteArray totals =
        "scope,id,issued,succeeded,failed,failed_timeout,failed_unreachable,failed_shed,failed_other,"
        "availability_by_requests,availability_by_time,p50_ms,p95_ms,p99_ms\n";
    auto totalsRow = [&](const QString &scope, const QJsonValue &id, const QJsonObject &entity) {
        const QJsonObject c = entity.value(QStringLiteral("totals")).toObject();
        const QJsonObject a = entity.value(QStringLiteral("availability")).toObject();
        const QJsonObject l = entity.value(QStringLiteral("latency_ms")).toObject();
        QList<QJsonValue> row{scope, id};
        for (const char *key : {"issued", "succeeded", "failed", "failed_timeout", "failed_unreachable",
                                "failed_shed", "failed_other"})
            row << c.value(QLatin1String(key));
        row << a.value(QStringLiteral("by_requests")) << a.value(QStringLiteral("by_time"));
        row << l.value(QStringLiteral("p50")) << l.value(QStringLiteral("p95"))
            << l.value(QStringLiteral("p99"));
        appendCsvRow(totals, row);
    };
    totalsRow(QStringLiteral("run"), QJsonValue(), report);
    for (const QJsonValue &p : report.value(QStringLiteral("populations")).toArray())
        totalsRow(QStringLiteral("population"), p.toObject().value(QStringLiteral("id")), p.toObject());
    for (const QJsonValue &r : report.value(QStringLiteral("regions")).toArray())
        totalsRow(QStringLiteral("region"), r.toObject().value(QStringLiteral("id")), r.toObject());
    files.append({QStringLiteral("totals.csv"), totals});

    // The data layer per interval, and the fate of the writes over the whole run.
    const QStringList dataColumns{
        QStringLiteral("writes_acknowledged"), QStringLiteral("writes_pending"),
        QStringLiteral("writes_orphaned"),     QStringLiteral("writes_indeterminate"),
        QStringLiteral("lost_not_shipped"),    QStringLiteral("lost_overwritten"),
        QStringLiteral("lost_discarded"),      QStringLiteral("conflicts_per_s"),
        QStringLiteral("stale_reads_per_s"),   QStringLiteral("stale_read_ratio"),
        QStringLiteral("divergent_keys"),      QStringLiteral("split_brain"),
        QStringLiteral("cost_per_hour"),       QStringLiteral("cost_total")};
    const QJsonObject data = report.value(QStringLiteral("data_series")).toObject();
    QByteArray dataCsv = "time_s";
    for (const QString &c : dataColumns)
        dataCsv += ',' + c.toUtf8();
    dataCsv += '\n';
    for (qsizetype t = 0; t < times.size(); ++t) {
        QList<QJsonValue> row{times.at(t)};
        for (const QString &c : dataColumns)
            row << data.value(c).toArray().at(t);
        appendCsvRow(dataCsv, row);
    }
    files.append({QStringLiteral("data.csv"), dataCsv});

    QByteArray writes;
    QList<QJsonValue> values;
    const QJsonObject w = report.value(QStringLiteral("writes")).toObject();
    const QJsonObject split = report.value(QStringLiteral("split_brain")).toObject();
    const QJsonObject cost = report.value(QStringLiteral("cost")).toObject();
    auto add = [&](const QJsonObject &from, const char *key, const char *column) {
        writes += (writes.isEmpty() ? "" : ",") + QByteArray(column);
        values << from.value(QLatin1String(key));
    };
    for (const char *key : {"issued",
                            "failed",
                            "indeterminate",
                            "acknowledged",
                            "in_flight",
                            "durable",
                            "pending",
                            "orphaned",
                            "lost",
                            "lost_not_shipped",
                            "lost_overwritten",
                            "lost_discarded",
                            "conflicts",
                            "lww_concurrent_drops",
                            "lww_skew_drops",
                            "reconciled",
                            "reads",
                            "stale_reads",
                            "stale_read_ratio",
                            "read_your_writes_violations",
                            "monotonic_read_violations",
                            "sync_fallbacks",
                            "acked_after_lease_lapsed",
                            "acked_by_deposed_primary"})
        add(w, key, key);
    for (const char *key :
         {"divergent_keys", "divergent_keys_max", "fencing_refusals", "stale_epoch_applied"})
        add(split, key, key);
    add(cost, "per_hour", "cost_per_hour");
    add(cost, "total", "cost_total");
    writes += '\n';
    appendCsvRow(writes, values);
    files.append({QStringLiteral("writes.csv"), writes});

    for (const auto &[name, bytes] : files) {
        const QString path = dir.filePath(name);
        if (!writeOutputFile(path, bytes, error))
            return false;
        if (written)
            *written << path;
    }
    return true;
}

} // namespace fl::scenario
