// SPDX-License-Identifier: GPL-3.0-or-later
#include "planengine.h"

#include "scenario/csv.h"
#include "scenario/duration.h"
#include "scenario/names.h"
#include "scenario/overrides.h"
#include "scenario/scenarioreader.h"
#include "scenario/sweepgrid.h"
#include "spec/commands.h"
#include "sweeprunner.h"
#include "unitformat.h"

#include <QJsonArray>
#include <QLocale>
#include <algorithm>
#include <limits>
#include <tuple>

namespace fl::ui {
namespace {

bool metStatus(const QByteArray &status)
{
    return status == "met" || status == "no-incidents";
}

} // namespace

PlanEngine::PlanEngine(QObject *parent) : QObject(parent) {}

PlanEngine::~PlanEngine() = default;

bool PlanEngine::prepare(const PlanRequest &request, QString *error)
{
    m_request = request;
    m_designs.clear();
    m_notes.clear();
    QJsonObject document = request.document;
    scenario::ScenarioError problem;
    const std::optional<scenario::Scenario> base = scenario::scenarioFromJson(document, &problem);
    if (!base) {
        *error = problem.toString();
        return false;
    }
    // The schedule is what happens to the world; what operators or setting commands do in it
    // belongs to a design, so those are left out.
    QJsonArray kept;
    int dropped = 0;
    for (const QJsonValue &fault : document.value(QStringLiteral("faults")).toArray()) {
        const std::optional<CommandType> type =
            scenario::commandFromName(fault.toObject().value(QStringLiteral("do")).toString());
        const CommandSpec *spec = type ? commandSpec(*type) : nullptr;
        const bool worldEvent =
            spec && (spec->kind == CommandKind::Fault || spec->kind == CommandKind::Traffic);
        if (worldEvent)
            kept << fault;
        else
            ++dropped;
    }
    document[QStringLiteral("faults")] = kept;
    if (dropped > 0)
        m_notes << tr(
            "left out %n setting or operator command(s) of the fault schedule: each design sets its own",
            nullptr, dropped);
    if (kept.isEmpty()) {
        scenario::addStandardFaults(document);
        m_notes << tr(
            "the scenario has no faults: every design faces the standard ones (the primary's region "
            "crashes at 2m and returns at 6m, is cut off from 9m to 12m; 14m in all)");
    }
    document[QStringLiteral("targets")] =
        QJsonObject{{QStringLiteral("rpo"), scenario::formatDuration(request.rpo)},
                    {QStringLiteral("rto"), scenario::formatDuration(request.rto)}};
    m_seeds = scenario::consecutiveSeeds(request.firstSeed.value_or(base->config.seed),
                                         static_cast<std::size_t>(std::max(1, request.seeds)));

    scenario::ScreenContext context;
    context.rpo = request.rpo;
    context.rto = request.rto;
    context.budgetPerHour = request.budgetPerHour;
    for (scenario::DesignCandidate &candidate : scenario::enumerateDesigns(document)) {
        PlanDesign d;
        QJsonObject designed = document;
        for (const QString &assignment : candidate.overrides) {
            if (!scenario::applyOverride(designed, assignment, &problem)) {
                d.invalidReason = problem.toString();
                break;
            }
        }
        if (d.invalidReason.isEmpty()) {
            d.scenario = scenario::scenarioFromJson(designed, &problem);
            if (!d.scenario)
                d.invalidReason = problem.toString();
        }
        if (d.scenario) {
            d.scenario->name = QStringLiteral("plan-") + base->name;
            d.scenario->description = candidate.label;
            if (request.duration)
                scenario::setDuration(*d.scenario, *request.duration);
            context.primaryLost = scenario::scheduleLosesPrimary(*d.scenario);
            d.nominalCost = scenario::nominalCostPerHour(d.scenario->config);
            d.estimatedRto = scenario::estimatedRtoSeconds(d.scenario->config);
            d.screened = scenario::screenDesign(d.scenario->config, context);
        }
        d.candidate = std::move(candidate);
        m_designs.push_back(std::move(d));
    }
    // Cheapest first; within one price the shortest estimated recovery first.
    m_order.clear();
    for (std::size_t i = 0; i < m_designs.size(); ++i) {
        if (m_designs[i].scenario && !m_designs[i].screened)
            m_order.push_back(i);
    }
    std::stable_sort(m_order.begin(), m_order.end(), [this](std::size_t a, std::size_t b) {
        const PlanDesign &x = m_designs[a], &y = m_designs[b];
        return std::tie(x.nominalCost, x.estimatedRto) < std::tie(y.nominalCost, y.estimatedRto);
    });
    m_next = 0;
    m_runs = 0;
    m_capped = m_cancelled = false;
    return true;
}

std::size_t PlanEngine::runsAtMost() const
{
    return std::min(static_cast<std::size_t>(m_request.maxRuns), m_order.size() * m_seeds.size());
}

double PlanEngine::wallSeconds() const
{
    return running() ? static_cast<double>(m_wall.nsecsElapsed()) / 1e9 : m_wallSeconds;
}

void PlanEngine::start()
{
    m_wall.start();
    startNextPrice();
}

void PlanEngine::cancel()
{
    m_cancelled = true;
    if (m_runner)
        m_runner->cancel();
}

// One price at a time, so that no cheaper or equally cheap design is left untried when the plan stops.
void PlanEngine::startNextPrice()
{
    const auto meeting =
        std::count_if(m_designs.begin(), m_designs.end(), [](const PlanDesign &d) { return d.meets(); });
    if (m_cancelled || m_next >= m_order.size() || meeting >= m_request.top || m_capped) {
        m_wallSeconds = static_cast<double>(m_wall.nsecsElapsed()) / 1e9;
        // Queued, so that finished() never arrives before start() has returned.
        QMetaObject::invokeMethod(this, &PlanEngine::finished, Qt::QueuedConnection);
        return;
    }
    std::size_t end = m_next;
    while (end < m_order.size() &&
           m_designs[m_order[end]].nominalCost == m_designs[m_order[m_next]].nominalCost)
        ++end;
    const std::size_t room = (static_cast<std::size_t>(m_request.maxRuns) - m_runs) / m_seeds.size();
    if (end - m_next > room) {
        end = m_next + room;
        m_capped = true;
    }
    if (end == m_next) {
        m_capped = true;
        startNextPrice();
        return;
    }
    m_batch.assign(m_order.begin() + static_cast<std::ptrdiff_t>(m_next),
                   m_order.begin() + static_cast<std::ptrdiff_t>(end));
    m_next = end;

    scenario::SweepGrid grid;
    grid.axes = {{QStringLiteral("design"), {}}};
    std::vector<scenario::Scenario> cells;
    for (std::size_t i : m_batch) {
        grid.axes[0].values << QString::number(i);
        cells.push_back(*m_designs[i].scenario);
    }
    grid.seeds = m_seeds;
    std::vector<std::size_t> runs(grid.runCount());
    for (std::size_t r = 0; r < runs.size(); ++r)
        runs[r] = r;
    m_rows.clear();
    m_runner = std::make_unique<SweepRunner>(grid, std::move(cells), runs, m_request.jobs);
    connect(m_runner.get(), &SweepRunner::rowFinished, this, [this](std::size_t run, const QByteArray &row) {
        m_rows.emplace_back(run, row);
        ++m_runs;
        emit progress(m_runs, runsAtMost());
    });
    connect(m_runner.get(), &SweepRunner::finished, this, &PlanEngine::priceDone, Qt::QueuedConnection);
    m_runner->start();
}

void PlanEngine::priceDone()
{
    std::sort(m_rows.begin(), m_rows.end());
    QByteArray bytes = scenario::csvLine(scenario::sweepHeader({QStringLiteral("design")}));
    for (const auto &[run, row] : m_rows)
        bytes += row;
    QString error;
    if (const std::optional<scenario::SweepTable> table = scenario::readSweepTable(bytes, QString(), &error))
        collect(*table);
    m_runner.reset();
    startNextPrice();
}

void PlanEngine::collect(const scenario::SweepTable &table)
{
    const auto column = [&table](const char *name) { return table.header.indexOf(QByteArray(name)); };
    const qsizetype design = column("design"), seed = column("seed"), status = column("targets.status"),
                    rpo = column("incidents[*].rpo_s.max"), rto = column("incidents[*].rto_s.max"),
                    open = column("incidents[*].rto_s.open"),
                    availability = column("availability.by_requests"), p99 = column("latency_ms.p99"),
                    cost = column("cost.total"), lost = column("writes.lost");
    const double rpoTarget = toSeconds(m_request.rpo), rtoTarget = toSeconds(m_request.rto);
    for (const QByteArrayList &row : table.rows) {
        PlanDesign &d = m_designs[row[design].toULongLong()];
        if (!d.measured)
            d.measured = PlanMeasure{};
        PlanMeasure &m = *d.measured;
        const double hours = toSeconds(d.scenario->duration) / 3600.0;
        const double rpoS = row[rpo].toDouble(), rtoS = row[rto].toDouble();
        const bool met = metStatus(row[status]);
        ++m.seeds;
        m.seedsMet += met ? 1 : 0;
        m.rpoWorst = std::max(m.rpoWorst, rpoS);
        m.rpoSum += rpoS;
        m.rtoWorst = std::max(m.rtoWorst, rtoS);
        m.rtoSum += rtoS;
        m.incidentsNotRecovered += row[open].toInt();
        m.availabilitySum += row[availability].toDouble();
        m.availabilityWorst = std::min(m.availabilityWorst, row[availability].toDouble());
        m.p99Sum += row[p99].toDouble();
        m.costPerHourSum += hours > 0 ? row[cost].toDouble() / hours : 0;
        m.lostWorst = std::max<std::uint64_t>(m.lostWorst, row[lost].toULongLong());
        if (!met && m.firstMiss.isEmpty()) {
            QStringList why;
            if (rpoS > rpoTarget || (row[lost].toULongLong() > 0 && rpoTarget == 0))
                why << tr("RPO %1 > %2 (%n acknowledged write(s) lost)", nullptr, row[lost].toInt())
                           .arg(UnitFormat::duration(1000.0 * rpoS), scenario::formatDuration(m_request.rpo));
            if (row[open].toInt() > 0)
                why << tr("an incident had not recovered when the run ended");
            else if (rtoS > rtoTarget)
                why << tr("RTO %1 > %2")
                           .arg(UnitFormat::duration(1000.0 * rtoS), scenario::formatDuration(m_request.rto));
            if (why.isEmpty())
                why << tr("targets missed");
            m.firstMiss = tr("seed %1: %2").arg(QString::fromUtf8(row[seed]), why.join(QStringLiteral(", ")));
        }
    }
}

PlanOutcome PlanEngine::outcome() const
{
    PlanOutcome o;
    std::vector<std::size_t> failing;
    for (std::size_t i = 0; i < m_designs.size(); ++i) {
        const PlanDesign &d = m_designs[i];
        if (!d.scenario)
            ++o.invalid;
        else if (d.screened)
            ++o.screened;
        else if (d.meets())
            o.recommended.push_back(i);
        else if (d.measured)
            failing.push_back(i);
    }
    o.simulated = o.recommended.size() + failing.size();
    const auto key = [this](std::size_t i) {
        const PlanMeasure &m = *m_designs[i].measured;
        return std::tuple(m.mean(&PlanMeasure::costPerHourSum), m.mean(&PlanMeasure::p99Sum),
                          m.mean(&PlanMeasure::rtoSum));
    };
    std::stable_sort(o.recommended.begin(), o.recommended.end(),
                     [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    if (o.recommended.size() > static_cast<std::size_t>(m_request.top))
        o.recommended.resize(static_cast<std::size_t>(m_request.top));
    if (o.recommended.empty()) {
        // The closest first: the smallest excess over a target; an unrecovered incident is far.
        const auto excess = [this](std::size_t i) {
            const PlanMeasure &m = *m_designs[i].measured;
            return std::max(
                       {m.rpoWorst - toSeconds(m_request.rpo), m.rtoWorst - toSeconds(m_request.rto), 0.0}) +
                   (m.incidentsNotRecovered > 0 ? 1e6 : 0.0) + (m.seeds - m.seedsMet) * 1e-3;
        };
        o.others = failing;
        std::stable_sort(o.others.begin(), o.others.end(),
                         [&](std::size_t a, std::size_t b) { return excess(a) < excess(b); });
    } else {
        const double best = std::get<0>(key(o.recommended.front()));
        for (std::size_t i : failing) {
            if (std::get<0>(key(i)) < best)
                o.others.push_back(i);
        }
        std::stable_sort(o.others.begin(), o.others.end(),
                         [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    }
    return o;
}

scenario::Scenario PlanEngine::designScenario(std::size_t design, std::size_t rank) const
{
    scenario::Scenario s = *m_designs[design].scenario;
    s.config.seed = m_seeds.front();
    s.name = QStringLiteral("%1-design-%2").arg(s.name).arg(rank + 1);
    return s;
}

} // namespace fl::ui
