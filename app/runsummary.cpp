#include "runsummary.h"

#include "labtext.h"
#include "scenario/duration.h"
#include "scenario/names.h"
#include "scenario/runreport.h"
#include "scenario/scenario.h"
#include "sim/simulation.h"
#include "texttable.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <QCoreApplication>
#include <QLocale>

namespace fl::app {
namespace {

class RunText
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::Run)
};

constexpr int kTimelineLines = 40;
constexpr SimTime kRepeatWindow = 30 * kSecond;

QString count(std::uint64_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

QString percent(double ratio)
{
    return RunText::tr("%1 %").arg(QLocale().toString(100.0 * ratio, 'f', 3));
}

QString milliseconds(const LatencyHistogram &h, double q)
{
    return h.isEmpty() ? QStringLiteral("-") : QLocale().toString(toMilliseconds(h.percentile(q)), 'f', 1);
}

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// A health check failing once is routine; the transitions it leads to are what a reader wants.
bool notable(const SimEvent &e)
{
    return e.type != SimEventType::HealthCheckFailed;
}

void printLatency(QTextStream &out, const Simulation &sim)
{
    const WorldMetrics &m = sim.metrics();
    out << RunText::tr("Latency by population (ms; successful requests, retries included):") << '\n';
    const QList<int> widths{16, 12, 11, 9, 9, 9};
    out << tableRow({RunText::tr("population"), RunText::tr("finished"), RunText::tr("succeeded"),
                     QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99")},
                    widths);
    LatencyHistogram all;
    RequestCounters allCounters;
    auto row = [&](const QString &name, const RequestCounters &c, const LatencyHistogram &h) {
        out << tableRow({name, count(c.resolved()), percent(c.successRatio()), milliseconds(h, 0.50),
                         milliseconds(h, 0.95), milliseconds(h, 0.99)},
                        widths);
    };
    for (std::size_t p = 0; p < m.populationCount(); ++p) {
        const PopulationConfig &pc = sim.config().populations[p];
        all.merge(m.populationLatency(p));
        allCounters += m.populationTotals(p);
        row(toQString(populationCatalog().at(static_cast<std::size_t>(pc.catalogIndex)).id),
            m.populationTotals(p), m.populationLatency(p));
    }
    row(RunText::tr("all users"), allCounters, all);
    // Reads and writes apart, where a population did both: a write's path (forwarding, waiting for
    // replicas) is often what sets its p99.
    for (std::size_t p = 0; p < m.populationCount(); ++p) {
        const LatencyHistogram &reads = m.populationReadLatency(p), &writes = m.populationWriteLatency(p);
        if (reads.isEmpty() || writes.isEmpty())
            continue;
        const PopulationConfig &pc = sim.config().populations[p];
        out << "  "
            << RunText::tr("%1: reads p50 %2, p99 %3; writes p50 %4, p99 %5")
                   .arg(toQString(populationCatalog().at(static_cast<std::size_t>(pc.catalogIndex)).id),
                        milliseconds(reads, 0.50), milliseconds(reads, 0.99), milliseconds(writes, 0.50),
                        milliseconds(writes, 0.99))
            << '\n';
    }
}

void printRegions(QTextStream &out, const Simulation &sim)
{
    const WorldMetrics &m = sim.metrics();
    out << RunText::tr("Errors by region (request attempts, retries counted separately):") << '\n';
    const QList<int> widths{16, 12, 10, 10, 12, 10};
    out << tableRow({RunText::tr("region"), RunText::tr("attempts"), RunText::tr("failed"),
                     RunText::tr("timeout"), RunText::tr("unreachable"), RunText::tr("shed")},
                    widths);
    for (std::size_t r = 0; r < m.regionCount(); ++r) {
        const RegionConfig &rc = sim.config().regions[r];
        const RequestCounters &c = m.regionTotals(r);
        out << tableRow({toQString(regionId(rc)), count(c.issued), count(c.failed()), count(c.failedTimeout),
                         count(c.failedUnreachable), count(c.failedShed)},
                        widths);
    }
}

void printTimeline(QTextStream &out, const Simulation &sim)
{
    const RingSeries<SimEvent> &events = sim.events();
    const ui::ConfigNames names = ui::ConfigNames::from(sim.config());
    out << RunText::tr("Timeline (simulated time):") << '\n';
    int shown = 0;
    std::uint64_t hidden = 0;
    // The same event about the same place over and over (a refused write per request, a dependency
    // warning every few seconds, a probe failing each interval) is one line with its count and the
    // time of the last one, as long as the repeats come within kRepeatWindow of each other.
    const auto same = [](const SimEvent &a, const SimEvent &b) {
        return a.type == b.type && a.region == b.region && a.other == b.other &&
               a.population == b.population && a.type != SimEventType::CommandApplied;
    };
    std::vector<std::uint8_t> folded(events.size(), 0);
    for (std::size_t i = 0; i < events.size(); ++i) {
        const SimEvent &e = events[i];
        if (!notable(e) || folded[i])
            continue;
        std::size_t last = i;
        std::uint64_t repeats = 0;
        for (std::size_t j = i + 1; j < events.size() && events[j].time - events[last].time <= kRepeatWindow;
             ++j) {
            if (notable(events[j]) && same(e, events[j])) {
                folded[j] = 1;
                last = j;
                ++repeats;
            }
        }
        if (shown == kTimelineLines) {
            ++hidden;
            continue;
        }
        ++shown;
        QString line = ui::describeEvent(e, names);
        if (repeats > 0)
            line += QLatin1Char(' ') + RunText::tr("(%1 more times, the last at %2)")
                                           .arg(count(repeats), ui::LabText::clock(events[last].time));
        out << QStringLiteral("  %1  %2\n").arg(ui::LabText::clock(e.time), line);
    }
    if (shown == 0)
        out << "  " << RunText::tr("nothing happened: no command was applied and no region changed state")
            << '\n';
    if (hidden > 0)
        out << "  " << RunText::tr("... and %1 more, in the --json output").arg(hidden) << '\n';
    if (events.firstIndex() > 0)
        out << "  " << RunText::tr("(the event log dropped the %1 earliest events)").arg(events.firstIndex())
            << '\n';
}

QString regionIdAt(const SimulationConfig &config, int index);

// The populations in `mask`, by their ids ("none" for no one).
QString populationIds(const SimulationConfig &config, std::uint32_t mask)
{
    QStringList ids;
    for (std::size_t p = 0; p < config.populations.size() && p < 32; ++p) {
        if (mask >> p & 1)
            ids << toQString(
                populationCatalog().at(static_cast<std::size_t>(config.populations[p].catalogIndex)).id);
    }
    return ids.isEmpty() ? RunText::tr("none") : ids.join(QStringLiteral(", "));
}

QString seconds(SimTime t)
{
    return RunText::tr("%1 s").arg(QLocale().toString(toSeconds(t), 'f', 1));
}

// The model's incidents: from the fault to the moment every affected population is served again.
void printIncidents(QTextStream &out, const Simulation &sim)
{
    const std::vector<Incident> &incidents = sim.incidents();
    if (incidents.empty()) {
        out << RunText::tr("Incidents: none.") << '\n';
        return;
    }
    out << RunText::tr("Incidents (from the fault until every affected population is served again, and on to "
                       "the heal):")
        << '\n';
    for (const Incident &i : incidents) {
        QString fault = scenario::commandName(static_cast<CommandType>(i.faultCommand));
        if (i.region >= 0 && static_cast<std::size_t>(i.region) < sim.config().regions.size()) {
            fault += QLatin1Char(' ') +
                     toQString(regionId(sim.config().regions[static_cast<std::size_t>(i.region)]));
        }
        QStringList phases;
        if (i.detected != kNever)
            phases << RunText::tr("detected after %1").arg(seconds(i.detected - i.failure));
        if (i.promoted != kNever)
            phases << RunText::tr("promoted after %1").arg(seconds(i.promoted - i.failure));
        if (i.rerouted != kNever)
            phases << RunText::tr("rerouted after %1").arg(seconds(i.rerouted - i.failure));
        phases << (!i.serviceRecovered()
                       ? RunText::tr("not recovered when the run ended, %1 after the fault")
                             .arg(seconds(sim.now() - i.failure))
                       : RunText::tr("users served again after %1 (RTO)").arg(seconds(i.rto())));
        phases << (i.closed != kNever
                       ? RunText::tr("closed at the heal after %1").arg(seconds(i.closed - i.failure))
                   : i.healed != kNever ? RunText::tr("healed after %1, writes still awaiting their fate")
                                              .arg(seconds(i.healed - i.failure))
                                        : RunText::tr("not healed when the run ended"));
        phases
            << RunText::tr("%1 acknowledged writes lost (RPO %2)").arg(count(i.lostWrites), seconds(i.rpo()));
        out << QStringLiteral("  #%1  %2  %3: %4\n")
                   .arg(i.id)
                   .arg(ui::LabText::clock(i.failure), fault, phases.join(RunText::tr("; ")));
        const SimulationConfig &c = sim.config();
        out << "      "
            << RunText::tr("harmed: service %1; data (acknowledged writes lost) %2; reads (stale) %3")
                   .arg(populationIds(c, i.affectedPopulations), populationIds(c, i.dataHarmedPopulations()),
                        populationIds(c, i.readHarmedPopulations()))
            << '\n';
        out << "      "
            << RunText::tr("acknowledged writes before the fault: %1/s")
                   .arg(QLocale().toString(i.ackedWritesPerSecondBefore, 'f', 0));
        if (i.promotedRegion >= 0)
            out << RunText::tr("; promoted %1, which at the failure was %2 ms and %3 entries behind")
                       .arg(regionIdAt(c, i.promotedRegion),
                            QLocale().toString(toMilliseconds(i.promotedReceiveLagAtFailure), 'f', 0),
                            count(i.promotedEntriesBehindAtFailure));
        out << '\n';
        if (i.pinnedAttemptsToDownRegion > 0 || i.ackedAfterLeaseLapsed > 0 || i.ackedByDeposedPrimary > 0)
            out << "      "
                << RunText::tr(
                       "attempts sent to a down region on a cached DNS answer: %1; writes acknowledged "
                       "after a lease lapsed: %2, by a deposed primary: %3")
                       .arg(count(i.pinnedAttemptsToDownRegion),
                            c.failover.leases ? count(i.ackedAfterLeaseLapsed) : QStringLiteral("-"),
                            count(i.ackedByDeposedPrimary))
                << '\n';
    }
}

QString regionIdAt(const SimulationConfig &config, int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= config.regions.size())
        return QStringLiteral("-");
    return toQString(regionId(config.regions[static_cast<std::size_t>(index)]));
}

// The write path and the failover controller in the scenario's own words (its file names).
void printArchitecture(QTextStream &out, const Simulation &sim)
{
    const SimulationConfig &c = sim.config();
    const DataConfig &d = c.data;
    QString data;
    switch (d.topology) {
    case WriteTopology::SinglePrimary:
        data = RunText::tr("Data: single primary in %1, %2 replication.")
                   .arg(regionIdAt(c, d.primaryRegion), scenario::replicationModeName(d.mode));
        break;
    case WriteTopology::MultiPrimary:
        data = RunText::tr("Data: every region a primary, conflicts resolved by %1.")
                   .arg(scenario::conflictPolicyName(d.conflict));
        break;
    case WriteTopology::Ownership:
        data = RunText::tr("Data: each key owned by one region (%1), %2 replication.")
                   .arg(scenario::ownershipName(d.ownership), scenario::replicationModeName(d.mode));
        break;
    }
    out << data << '\n';
    if (d.topology != WriteTopology::SinglePrimary)
        return;
    const FailoverConfig &f = c.failover;
    QStringList protections;
    if (f.quorumElection)
        protections << RunText::tr("quorum election");
    if (f.fencing)
        protections << RunText::tr("fencing");
    if (f.leases)
        protections << RunText::tr("leases of %1").arg(scenario::formatDuration(f.leaseDuration));
    out << (f.mode == FailoverMode::Automatic ? RunText::tr("Failover: automatic, controller in %1; %2.")
                                              : RunText::tr("Failover: manual, alerts from %1; %2."))
               .arg(regionIdAt(c, f.controlRegion), protections.isEmpty()
                                                        ? RunText::tr("no split-brain protection")
                                                        : protections.join(RunText::tr(", ")))
        << '\n';
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// The fate of every write and what the reads saw, as the data model counts them.
void printWrites(QTextStream &out, const Simulation &sim)
{
    const WriteAccounting &w = sim.writes();
    out << RunText::tr(
               "Writes: %1 issued; %2 acknowledged, %3 failed, %4 indeterminate (timed out), %5 still "
               "in flight.")
               .arg(count(w.issued), count(w.acknowledged), count(w.failed), count(w.indeterminate),
                    count(w.inFlight()))
        << '\n';
    out << "  "
        << RunText::tr(
               "Acknowledged: %1 durable, %2 pending, %3 orphaned, %4 lost (not shipped %5, overwritten "
               "by LWW %6, discarded at rejoin %7, overwritten by an older epoch %8).")
               .arg(count(w.durable), count(w.pending), count(w.orphaned), count(w.lost()),
                    count(w.lostNotShipped), count(w.lostOverwritten), count(w.lostDiscarded),
                    count(w.lostOlderEpoch))
        << '\n';
    if (w.resurrected > 0)
        out << "  "
            << RunText::tr("Of the durable, %1 were a deposed primary's writes that the new primary "
                           "applied without fencing.")
                   .arg(count(w.resurrected))
            << '\n';
    out << "  "
        << RunText::tr("Conflicts: %1 (LWW dropped %2 concurrent writes and %3 because of clock skew); %4 "
                       "orphans reconciled at rejoin.")
               .arg(count(w.conflicts), count(w.lwwConcurrentDrops), count(w.lwwSkewDrops),
                    count(w.reconciled))
        << '\n';
    const QString staleShare = w.reads > 0
                                   ? percent(static_cast<double>(w.staleReads) / static_cast<double>(w.reads))
                                   : QStringLiteral("-");
    out << "  "
        << RunText::tr("Reads judged: %1; stale %2 (%3); read-your-writes violations %4; monotonic-read "
                       "violations %5.")
               .arg(count(w.reads), count(w.staleReads), staleShare, count(w.readYourWritesViolations),
                    count(w.monotonicReadViolations))
        << '\n';
    if (w.ackedAfterLeaseLapsed > 0 || w.ackedByDeposedPrimary > 0)
        out << "  "
            << RunText::tr("Acknowledged by a primary that should not have: %1 after its lease lapsed, %2 "
                           "after a promotion had replaced it.")
                   .arg(sim.config().failover.leases ? count(w.ackedAfterLeaseLapsed) : QStringLiteral("-"),
                        count(w.ackedByDeposedPrimary))
            << '\n';
    if (w.syncFallbacks > 0)
        out << "  "
            << RunText::tr("Synchronous replication fell back to asynchronous %1 times.")
                   .arg(count(w.syncFallbacks))
            << '\n';
    if (w.copiesDetached > 0)
        out << "  "
            << RunText::tr("Copies detached past the log retention: %1 (%2 log entries dropped before "
                           "they had them); re-seeded from a snapshot: %3.")
                   .arg(count(w.copiesDetached), count(w.logEntriesDropped), count(w.copiesReseeded))
            << '\n';
}

void printSplitBrain(QTextStream &out, const Simulation &sim)
{
    const RingSeries<DataSample> &series = sim.metrics().dataSeries();
    double peak = 0;
    std::uint64_t splitIntervals = 0;
    for (std::size_t i = 0; i < series.size(); ++i) {
        peak = std::max(peak, series[i].divergentKeys);
        splitIntervals += series[i].splitBrain ? 1 : 0;
    }
    out << RunText::tr(
               "Split-brain: two primaries during %1; divergent keys %2 at the end (peak %3); fencing "
               "refused %4 stale-epoch writes; %5 stale-epoch writes applied.")
               .arg(seconds(static_cast<SimTime>(splitIntervals) * sim.config().metricsInterval),
                    count(sim.divergentKeys()), count(static_cast<std::uint64_t>(peak)),
                    count(sim.fencingRefusals()), count(sim.staleEpochApplied()))
        << '\n';
}

// Replication lag of each region's copy over the run (0 when caught up, or for the primary).
void printReplication(QTextStream &out, const Simulation &sim)
{
    const WorldMetrics &m = sim.metrics();
    out << RunText::tr(
               "Replication lag by region (the age of the oldest entry not yet received or applied, in "
               "ms, and the entries not yet received; the peak over the run and the value at the end):")
        << '\n';
    const QList<int> widths{16, 13, 13, 11, 11, 13, 11};
    out << tableRow({RunText::tr("region"), RunText::tr("receive peak"), RunText::tr("apply peak"),
                     RunText::tr("receive end"), RunText::tr("apply end"), RunText::tr("behind peak"),
                     RunText::tr("behind end")},
                    widths);
    for (std::size_t r = 0; r < m.regionCount(); ++r) {
        const RingSeries<RegionSample> &s = m.regionSeries(r);
        double receive = 0, apply = 0, behind = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            receive = std::max(receive, s[i].receiveLagMs);
            apply = std::max(apply, s[i].applyLagMs);
            behind = std::max(behind, s[i].entriesBehind);
        }
        const RegionConfig &rc = sim.config().regions[r];
        const bool any = !s.empty();
        const QString none = QStringLiteral("-");
        out << tableRow({toQString(regionId(rc)), number(receive, 1), number(apply, 1),
                         any ? number(s.back().receiveLagMs, 1) : none,
                         any ? number(s.back().applyLagMs, 1) : none, number(behind, 0),
                         any ? number(s.back().entriesBehind, 0) : none},
                        widths);
    }
}

void printCost(QTextStream &out, const Simulation &sim)
{
    out << RunText::tr("Cost: %1 per hour at the end; %2 over the run (units per region-hour by role).")
               .arg(number(sim.costPerHour(), 2), number(sim.totalCost(), 2))
        << '\n';
}

void printTargets(QTextStream &out, const scenario::Scenario &s, const Simulation &sim)
{
    if (!s.targets.rpo && !s.targets.rto)
        return;
    QStringList targets;
    if (s.targets.rpo)
        targets << RunText::tr("RPO at most %1").arg(scenario::formatDuration(*s.targets.rpo));
    if (s.targets.rto)
        targets << RunText::tr("RTO at most %1").arg(scenario::formatDuration(*s.targets.rto));
    const QString list = targets.join(RunText::tr(", "));
    const std::vector<scenario::IncidentMeasure> incidents = scenario::measureIncidents(sim);
    if (incidents.empty()) {
        out << RunText::tr("Targets: %1; no incident to hold them to.").arg(list) << '\n';
        return;
    }
    const std::vector<scenario::TargetMiss> misses = scenario::checkTargets(s.targets, incidents, sim.now());
    if (misses.empty()) {
        out << RunText::tr("Targets: %1; met by every incident.").arg(list) << '\n';
        return;
    }
    out << RunText::tr("Targets: %1; missed:").arg(list) << '\n';
    for (const scenario::TargetMiss &m : misses) {
        const QString measured =
            m.measured ? seconds(*m.measured) : RunText::tr("not recovered by the end of the run");
        out << "  "
            << (m.kind == scenario::TargetMiss::Kind::Rpo ? RunText::tr("incident %1: RPO %2 (target %3)")
                                                          : RunText::tr("incident %1: RTO %2 (target %3)"))
                   .arg(m.incident + 1)
                   .arg(measured, seconds(m.target))
            << '\n';
    }
}

} // namespace

void printRunSummary(QTextStream &out, const scenario::Scenario &s, const Simulation &sim, double wallSeconds,
                     std::size_t faultsLeftOut, const RunOutputs &outputs)
{
    const QLocale locale;
    const WorldMetrics &m = sim.metrics();
    out << RunText::tr("Scenario %1").arg(s.name) << '\n';
    if (!s.description.isEmpty())
        out << "  " << s.description << '\n';
    out << RunText::tr("Simulated %1 s with seed %2 in %3 s of wall time: %4 events, trace hash %5.")
               .arg(locale.toString(toSeconds(sim.now()), 'g', 6))
               .arg(s.config.seed)
               .arg(locale.toString(wallSeconds, 'f', 2))
               .arg(count(sim.engine().eventsProcessed()))
               .arg(QStringLiteral("%1").arg(sim.traceHash(), 16, 16, QLatin1Char('0')))
        << '\n';
    printArchitecture(out, sim);
    out << RunText::tr("Fault commands applied: %1.").arg(sim.engine().commandLog().size());
    if (faultsLeftOut > 0)
        out << ' '
            << RunText::tr("Left out: %1, scheduled after the end that --duration set.").arg(faultsLeftOut);
    out << "\n\n";

    const RequestCounters totals = m.totals();
    out << RunText::tr(
               "Requests: %1 finished, %2 succeeded, %3 failed (timed out %4, unreachable %5, shed %6); %7 "
               "still in flight at the end.")
               .arg(count(totals.resolved()), count(totals.succeeded), count(totals.failed()),
                    count(totals.failedTimeout), count(totals.failedUnreachable), count(totals.failedShed),
                    count(sim.requestsInFlight()))
        << '\n';
    const AvailabilityTracker &a = m.availability();
    out << RunText::tr("Availability: %1 of requests; %2 of the time (%3 of %4 intervals with at least %5 of "
                       "requests succeeding).")
               .arg(percent(a.byRequests()), percent(a.byTime()), count(a.goodIntervals()),
                    count(a.intervals()),
                    RunText::tr("%1 %").arg(locale.toString(100.0 * a.threshold(), 'g', 4)))
        << "\n\n";

    printLatency(out, sim);
    out << '\n';
    printRegions(out, sim);
    out << '\n';
    printWrites(out, sim);
    printSplitBrain(out, sim);
    printCost(out, sim);
    out << '\n';
    printReplication(out, sim);
    out << '\n';
    printTimeline(out, sim);
    out << '\n';
    printIncidents(out, sim);
    printTargets(out, s, sim);

    if (!outputs.json.isEmpty() || !outputs.csv.isEmpty() || !outputs.charts.isEmpty()) {
        out << '\n' << RunText::tr("Wrote:") << '\n';
        for (const QString &file : QStringList{outputs.json} + outputs.csv + outputs.charts) {
            if (!file.isEmpty())
                out << "  " << file << '\n';
        }
    }
}

} // namespace fl::app
