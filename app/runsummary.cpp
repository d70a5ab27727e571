#include "runsummary.h"

#include "labtext.h"
#include "scenario/duration.h"
#include "scenario/names.h"
#include "scenario/runreport.h"
#include "scenario/scenario.h"
#include "sim/simulation.h"
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

// Columns a terminal gives the text: East Asian wide characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf) ||
                          (u >= 0xac00 && u <= 0xd7a3) || (u >= 0xf900 && u <= 0xfaff) ||
                          (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60) ||
                          (u >= 0xffe0 && u <= 0xffe6);
        width += wide ? 2 : 1;
    }
    return width;
}

// One table row: the first cell left-aligned, the others right-aligned, each in its width.
QString tableRow(const QStringList &cells, const QList<int> &widths)
{
    QString line = QStringLiteral("  ");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QString fill(std::max(0, widths[i] - displayWidth(cells[i])), QLatin1Char(' '));
        if (i == 0)
            line += cells[i] + fill;
        else
            line += QLatin1Char(' ') + fill + cells[i];
    }
    return line + QLatin1Char('\n');
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
        out << tableRow({toQString(regionCatalog().at(static_cast<std::size_t>(rc.catalogIndex)).id),
                         count(c.issued), count(c.failed()), count(c.failedTimeout),
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
    for (std::size_t i = 0; i < events.size(); ++i) {
        const SimEvent &e = events[i];
        if (!notable(e))
            continue;
        if (shown == kTimelineLines) {
            ++hidden;
            continue;
        }
        ++shown;
        out << QStringLiteral("  %1  %2\n").arg(ui::LabText::clock(e.time), ui::describeEvent(e, names));
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
    out << RunText::tr("Incidents (from the fault until every affected population is served again):") << '\n';
    for (const Incident &i : incidents) {
        QString fault = scenario::commandName(static_cast<CommandType>(i.faultCommand));
        if (i.region >= 0 && static_cast<std::size_t>(i.region) < sim.config().regions.size()) {
            const int catalog = sim.config().regions[static_cast<std::size_t>(i.region)].catalogIndex;
            fault += QLatin1Char(' ') + toQString(regionCatalog().at(static_cast<std::size_t>(catalog)).id);
        }
        QStringList phases;
        if (i.detected != kNever)
            phases << RunText::tr("detected after %1").arg(seconds(i.detected - i.failure));
        if (i.promoted != kNever)
            phases << RunText::tr("promoted after %1").arg(seconds(i.promoted - i.failure));
        if (i.rerouted != kNever)
            phases << RunText::tr("rerouted after %1").arg(seconds(i.rerouted - i.failure));
        phases << (i.open() ? RunText::tr("not recovered when the run ended, %1 after the fault")
                                  .arg(seconds(sim.now() - i.failure))
                            : RunText::tr("users served again after %1 (RTO)").arg(seconds(i.rto())));
        phases
            << RunText::tr("%1 acknowledged writes lost (RPO %2)").arg(count(i.lostWrites), seconds(i.rpo()));
        out << QStringLiteral("  #%1  %2  %3: %4\n")
                   .arg(i.id)
                   .arg(ui::LabText::clock(i.failure), fault, phases.join(RunText::tr("; ")));
    }
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
