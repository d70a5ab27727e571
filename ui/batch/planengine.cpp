// SPDX-License-Identifier: GPL-3.0-or-later
#include "planengine.h"

#include "scenario/csv.h"
#include "scenario/duration.h"
#include "scenario/names.h"
#include "scenario/overrides.h"
#include "scenario/scenarioreader.h"
#include "scenario/spacescreen.h"
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
    QElapsedTimer timer;
    timer.start();
    m_request = request;
    m_designs.clear();
    m_contexts.clear();
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
    m_notes << tr("the faults the schedule aims at the scenario's primary region are aimed at each design's "
                  "home region, and the other way round");
    document[QStringLiteral("targets")] =
        QJsonObject{{QStringLiteral("rpo"), scenario::formatDuration(request.rpo)},
                    {QStringLiteral("rto"), scenario::formatDuration(request.rto)}};
    m_document = document;
    m_seeds = scenario::consecutiveSeeds(request.firstSeed.value_or(base->config.seed),
                                         static_cast<std::size_t>(std::max(1, request.seeds)));
    m_space = std::make_unique<scenario::DesignSpace>(document);

    scenario::ScreenContext targets;
    targets.rpo = request.rpo;
    targets.rto = request.rto;
    targets.budgetPerHour = request.budgetPerHour;
    scenario::SpaceScreen screen = scenario::screenSpace(*m_space, document, request.duration, targets);
    m_contexts = std::move(screen.contexts);
    const std::vector<scenario::DesignChoice> &choices = m_space->choices();
    m_designs.reserve(choices.size());
    for (std::size_t i = 0; i < choices.size(); ++i) {
        PlanDesign d;
        d.choice = choices[i];
        d.context = screen.designs[i].context;
        d.invalidReason = std::move(screen.designs[i].invalidReason);
        d.nominalCost = screen.designs[i].nominalCost;
        d.estimatedRto = screen.designs[i].estimatedRto;
        d.screened = screen.designs[i].verdict;
        m_designs.push_back(std::move(d));
    }
    // Cheapest first; within one price, the designs the estimates expect to meet the targets
    // first, the shortest estimated recovery first.
    const double rpo = toSeconds(request.rpo), rto = toSeconds(request.rto);
    const auto expectedMiss = [rpo, rto](const PlanDesign &d) {
        const bool asyncPrimary =
            d.choice.mode == ReplicationMode::Async && scenario::hasPrimary(d.choice.architecture);
        return (asyncPrimary && (rpo == 0 || toSeconds(d.choice.batchInterval) / 2 > rpo)) ||
               d.estimatedRto > rto;
    };
    m_order.clear();
    for (std::size_t i = 0; i < m_designs.size(); ++i) {
        if (m_designs[i].invalidReason.isEmpty() && !m_designs[i].screened)
            m_order.push_back(i);
    }
    std::stable_sort(m_order.begin(), m_order.end(), [&](std::size_t a, std::size_t b) {
        const PlanDesign &x = m_designs[a], &y = m_designs[b];
        return std::tuple(x.nominalCost, expectedMiss(x), x.estimatedRto) <
               std::tuple(y.nominalCost, expectedMiss(y), y.estimatedRto);
    });
    m_next = 0;
    m_confirm.clear();
    m_runs = 0;
    m_capped = m_cancelled = false;
    m_wallSeconds = 0;
    m_prepareSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return true;
}

scenario::DesignCandidate PlanEngine::candidate(std::size_t design) const
{
    return m_space->candidate(m_designs[design].choice);
}

QString PlanEngine::screenReason(std::size_t design) const
{
    const PlanDesign &d = m_designs[design];
    return d.screened ? scenario::screenReason(*d.screened, m_contexts[d.context]) : QString();
}

// The design as `run` reads its file: the world with every one of its overrides, validated. The
// configuration must be the one it was screened on; it is screened again on what was built.
bool PlanEngine::build(std::size_t design)
{
    PlanDesign &d = m_designs[design];
    if (d.scenario)
        return true;
    std::optional<scenario::Scenario> s =
        scenario::buildDesign(*m_space, m_document, d.choice, m_request.duration, &d.invalidReason);
    if (!s)
        return false;
    s->name = QStringLiteral("plan-") + s->name;
    d.screened = scenario::screenDesign(s->config, m_contexts[d.context]);
    d.scenario = std::make_shared<const scenario::Scenario>(std::move(*s));
    return !d.screened;
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
    startNextBatch();
}

void PlanEngine::cancel()
{
    m_cancelled = true;
    if (m_runner)
        m_runner->cancel();
}

std::size_t PlanEngine::meeting() const
{
    return static_cast<std::size_t>(
        std::count_if(m_designs.begin(), m_designs.end(), [](const PlanDesign &d) { return d.meets(); }));
}

// A batch: the other seeds of every design that met the targets on the first, then new designs on
// the first seed, a few per job so that every core stays busy; the plan stops between batches.
void PlanEngine::startNextBatch()
{
    const std::size_t room =
        static_cast<std::size_t>(m_request.maxRuns) - std::min<std::size_t>(m_runs, m_request.maxRuns);
    const bool more = !m_confirm.empty() || m_next < m_order.size();
    // Enough designs met the targets; those that met them on the first seed still get the others,
    // so that none as cheap is left half-measured.
    const bool found = meeting() >= static_cast<std::size_t>(m_request.top);
    const bool enough = found && m_confirm.empty();
    if (m_cancelled || !more || enough || room == 0) {
        m_capped = m_capped || (more && room == 0 && !m_cancelled && !enough);
        m_wallSeconds = static_cast<double>(m_wall.nsecsElapsed()) / 1e9;
        // Queued, so that finished() never arrives before start() has returned.
        QMetaObject::invokeMethod(this, &PlanEngine::finished, Qt::QueuedConnection);
        return;
    }
    const std::size_t seeds = m_seeds.size();
    const std::size_t wanted =
        std::min<std::size_t>(room, static_cast<std::size_t>(std::max(8, 4 * m_request.jobs)));
    std::vector<std::pair<std::size_t, std::vector<std::size_t>>> batch; // design, seed indexes
    std::size_t runs = 0;
    for (std::size_t design : m_confirm) {
        if (runs + seeds - 1 > room) {
            m_capped = true; // a design must meet on every seed: no half confirmations
            break;
        }
        std::vector<std::size_t> rest;
        for (std::size_t k = 1; k < seeds; ++k)
            rest.push_back(k);
        runs += rest.size();
        batch.emplace_back(design, std::move(rest));
    }
    m_confirm.erase(m_confirm.begin(), m_confirm.begin() + static_cast<std::ptrdiff_t>(batch.size()));
    while (!found && runs < wanted && m_next < m_order.size()) {
        const std::size_t design = m_order[m_next++];
        if (!build(design))
            continue; // not valid after all, or screened on what was built
        batch.emplace_back(design, std::vector<std::size_t>{0});
        ++runs;
    }
    if (batch.empty()) {
        startNextBatch();
        return;
    }

    scenario::SweepGrid grid;
    grid.axes = {{QStringLiteral("design"), {}}};
    grid.seeds = m_seeds;
    std::vector<scenario::Scenario> cells;
    std::vector<std::size_t> runList;
    for (const auto &[design, seedIndexes] : batch) {
        const std::size_t cell = cells.size();
        grid.axes[0].values << QString::number(design);
        cells.push_back(*m_designs[design].scenario);
        for (std::size_t k : seedIndexes)
            runList.push_back(cell * seeds + k);
    }
    m_rows.clear();
    m_runner = std::make_unique<SweepRunner>(grid, std::move(cells), runList, m_request.jobs);
    connect(m_runner.get(), &SweepRunner::rowFinished, this, [this](std::size_t run, const QByteArray &row) {
        m_rows.emplace_back(run, row);
        ++m_runs;
        emit progress(m_runs, runsAtMost());
    });
    connect(m_runner.get(), &SweepRunner::finished, this, &PlanEngine::batchDone, Qt::QueuedConnection);
    m_runner->start();
}

void PlanEngine::batchDone()
{
    std::sort(m_rows.begin(), m_rows.end());
    QByteArray bytes = scenario::csvLine(scenario::sweepHeader({QStringLiteral("design")}));
    for (const auto &[run, row] : m_rows)
        bytes += row;
    QString error;
    if (const std::optional<scenario::SweepTable> table = scenario::readSweepTable(bytes, QString(), &error))
        collect(*table);
    m_runner.reset();
    startNextBatch();
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
        const std::size_t index = row[design].toULongLong();
        PlanDesign &d = m_designs[index];
        if (!d.measured) {
            d.measured = PlanMeasure{};
            d.measured->seedsPlanned = static_cast<int>(m_seeds.size());
        }
        PlanMeasure &m = *d.measured;
        const double hours = toSeconds(d.scenario->duration) / 3600.0;
        const double rpoS = row[rpo].toDouble(), rtoS = row[rto].toDouble();
        // An incident still open when the run ended is no proof of the RTO, whatever the target:
        // `run` calls it met while the run is shorter than the target, the plan does not.
        const bool met = metStatus(row[status]) && row[open].toInt() == 0;
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
        // Met on the first seed: the others decide.
        if (met && m.seeds == 1 && m.seedsPlanned > 1)
            m_confirm.push_back(index);
    }
}

PlanOutcome PlanEngine::outcome() const
{
    PlanOutcome o;
    std::vector<std::size_t> failing;
    for (std::size_t i = 0; i < m_designs.size(); ++i) {
        const PlanDesign &d = m_designs[i];
        if (!d.invalidReason.isEmpty()) {
            ++o.invalid;
        } else if (d.screened) {
            ++o.screened;
            ++o.screenedBy[static_cast<std::size_t>(d.screened->kind)];
        } else if (d.meets()) {
            o.recommended.push_back(i);
        } else if (d.missed()) {
            failing.push_back(i);
        }
    }
    o.simulated = static_cast<std::size_t>(std::count_if(
        m_designs.begin(), m_designs.end(), [](const PlanDesign &d) { return d.measured.has_value(); }));
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
        double dearest = 0;
        for (std::size_t i : o.recommended)
            dearest = std::max(dearest, m_designs[i].nominalCost);
        for (std::size_t i : m_order) {
            const PlanDesign &d = m_designs[i];
            if (!d.measured && d.invalidReason.isEmpty() && !d.screened && d.nominalCost <= dearest)
                ++o.untriedAsCheap;
        }
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
