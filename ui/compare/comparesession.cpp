// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparesession.h"

#include "scenario/runreport.h"
#include "sim/simulation.h"

#include <QtConcurrent/QtConcurrentRun>

namespace fl::ui {

CompareSession::CompareSession(scenario::ComparePair pair, const QStringList &names, double speed,
                               bool running, QObject *parent)
    : QObject(parent), m_pair(std::move(pair)), m_names(names)
{
    // The configuration a headless run starts from, history kept for the whole run: each side's
    // figures are those of `failover-lab run` of that side.
    std::vector<WorldSetup> worlds{
        WorldSetup{scenario::simulationConfig(m_pair.a), m_pair.a.faults},
        WorldSetup{scenario::simulationConfig(m_pair.b), m_pair.b.faults},
    };
    m_sim = new SimulationController(std::move(worlds), this, speed, running);
    connect(m_sim, &SimulationController::commandStampedIn, this, &CompareSession::commandStamped);
    connect(m_sim, &SimulationController::simulationsCopied, this, &CompareSession::onCopies);
    connect(&m_measuring, &QFutureWatcher<Figures>::finished, this, &CompareSession::onMeasured);
    m_measureTimer.setInterval(kMeasureIntervalMs);
    connect(&m_measureTimer, &QTimer::timeout, this, &CompareSession::maybeMeasure);
    m_measureTimer.start();
}

CompareSession::~CompareSession()
{
    m_measureTimer.stop();
    m_measuring.waitForFinished();
    delete m_sim; // stops the simulation thread before the rest goes
    m_sim = nullptr;
}

bool CompareSession::apply(int origin, CompareTarget target, const std::vector<Command> &commands,
                           QString *error)
{
    const SimulationConfig &from = scenario(origin).config;
    std::array<std::vector<Command>, 2> perSide;
    for (int side = 0; side < 2; ++side) {
        if (!reaches(target, side))
            continue;
        for (const Command &c : commands) {
            if (side == origin) {
                perSide[static_cast<std::size_t>(side)].push_back(c);
                continue;
            }
            QString why;
            const std::optional<Command> translated =
                scenario::translateCommand(from, scenario(side).config, c, &why);
            if (!translated) {
                *error = why;
                return false;
            }
            perSide[static_cast<std::size_t>(side)].push_back(*translated);
        }
    }
    applyEach(perSide);
    return true;
}

void CompareSession::applyEach(const std::array<std::vector<Command>, 2> &commands)
{
    // One control per position: both sides' n-th command in one, so each pair shares its stamp.
    const std::size_t n = std::max(commands[0].size(), commands[1].size());
    for (std::size_t i = 0; i < n; ++i) {
        std::vector<std::optional<Command>> each(2);
        for (std::size_t side = 0; side < 2; ++side) {
            if (i < commands[side].size())
                each[side] = commands[side][i];
        }
        m_sim->submitEach(each);
    }
    m_measureAgain = true;
}

void CompareSession::measureNow()
{
    m_measureAgain = true;
    if (m_copyRequested || m_measuring.isRunning())
        return; // the running measurement is followed by another
    m_measureAgain = false;
    m_copyRequested = true;
    m_sim->requestCopy();
}

void CompareSession::maybeMeasure()
{
    // Nothing to measure again while paused at the instant already measured.
    const SimTime now = m_sim->hasSnapshot() ? m_sim->latest().now : 0;
    if (m_figuresAt && *m_figuresAt == now && !m_measureAgain)
        return;
    measureNow();
}

void CompareSession::onCopies(const QList<SimulationCopy> &copies)
{
    if (!m_copyRequested || copies.size() != 2)
        return;
    m_copyRequested = false;
    const scenario::Scenario a = m_pair.a;
    const scenario::Scenario b = m_pair.b;
    // A report walks every write and every sample: off the GUI thread.
    m_measuring.setFuture(QtConcurrent::run([a, b, copies] {
        Figures figures;
        figures.reports[0] = scenario::runReportJson(a, *copies[0]);
        figures.reports[1] = scenario::runReportJson(b, *copies[1]);
        figures.rows = scenario::compareRows(figures.reports[0], figures.reports[1]);
        figures.at = copies[0]->now();
        return figures;
    }));
}

void CompareSession::onMeasured()
{
    const Figures figures = m_measuring.result();
    m_reports = figures.reports;
    m_rows = figures.rows;
    m_figuresAt = figures.at;
    emit figuresChanged();
    if (m_measureAgain)
        measureNow();
}

} // namespace fl::ui
