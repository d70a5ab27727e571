#include "simulationrunner.h"

#include "sim/simulation.h"

#include <QMutexLocker>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace fl::ui {

// ---------------------------------------------------------------------------------------------
// SimulationRunner: the simulation thread

SimulationRunner::SimulationRunner(SimulationConfig config, double speed, bool running)
    : m_config(std::move(config)), m_speed(speed), m_running(running)
{}

SimulationRunner::~SimulationRunner() = default;

void SimulationRunner::post(Control control)
{
    QMutexLocker lock(&m_mutex);
    m_pending.push_back(std::move(control));
}

void SimulationRunner::start()
{
    m_wall.start();
    rebuild();
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &SimulationRunner::tick);
    m_timer->start(kTickMs);
    tick();
}

void SimulationRunner::tick()
{
    if (QThread::currentThread()->isInterruptionRequested()) {
        m_timer->stop();
        return;
    }
    std::vector<Control> controls;
    {
        QMutexLocker lock(&m_mutex);
        controls.swap(m_pending);
    }
    for (const Control &c : controls)
        apply(c);
    advance();
    publish();
}

void SimulationRunner::apply(const Control &control)
{
    switch (control.kind) {
    case Control::Submit: {
        Command c = control.command;
        if (!m_sim->commandValid(c))
            break; // aimed at the world before a topology change: dropped, never logged
        c.at = m_sim->now();
        c.at = m_sim->submit(c); // the engine moves it to the earliest legal instant
        m_stampedUntil = std::max(m_stampedUntil, c.at);
        emit commandStamped(c);
        if (!m_running && m_stepTarget < 0)
            m_sim->runUntil(c.at); // paused: apply it now, so the map answers at once
        break;
    }
    case Control::Play:
        m_running = true;
        m_stepTarget = -1;
        reanchor();
        break;
    case Control::Pause:
        m_running = false;
        m_pace.clear();
        // Commands that arrived just before the pause are stamped just after the last instant
        // processed (the engine never rewrites the past): apply them now, as a paused submit would
        // be, or the paused world would not show them until it runs again.
        m_sim->runUntil(std::max(m_sim->now(), m_stampedUntil));
        break;
    case Control::Step:
        m_running = false;
        m_pace.clear();
        m_stepTarget = (m_stepTarget >= 0 ? m_stepTarget : m_sim->now()) + kStep;
        break;
    case Control::RunTo:
        m_running = false;
        m_pace.clear();
        m_stepTarget = std::max(m_sim->now(), control.command.at);
        break;
    case Control::PauseAt:
        m_pauseAt = control.command.at;
        break;
    case Control::Reset:
        m_pauseAt = -1;
        rebuild();
        break;
    case Control::SetSpeed:
        m_speed = std::clamp(control.speed, kMinSpeed, kMaxSpeed);
        reanchor();
        break;
    case Control::SetConfig:
        if (control.config)
            m_config = *control.config;
        m_faults = control.faults ? *control.faults : std::vector<Command>{};
        m_pauseAt = -1;
        rebuild();
        break;
    case Control::Copy:
        // Paused or not, the commands already stamped are applied first, as a pause does.
        m_sim->runUntil(std::max(m_sim->now(), m_stampedUntil));
        {
            auto copy = std::make_shared<Simulation>(*m_sim);
            copy->recountWrites(); // the fate of every write as of now, not the last metrics tick
            emit simulationCopied(copy);
        }
        break;
    }
    m_dirty = true;
}

void SimulationRunner::rebuild()
{
    m_sim = std::make_unique<Simulation>(m_config);
    for (const Command &c : m_faults)
        m_sim->submit(c);
    ++m_runId;
    m_sequence = 0;
    m_eventsPublished = 0;
    m_samplesPublished = 0;
    m_stampedUntil = 0;
    m_stepTarget = -1;
    m_pace.clear();
    reanchor();
    m_dirty = true;
}

void SimulationRunner::reanchor()
{
    m_anchorWallNs = m_wall.nsecsElapsed();
    m_anchorSim = m_sim ? m_sim->now() : 0;
}

void SimulationRunner::advance()
{
    const qint64 startNs = m_wall.nsecsElapsed();
    const qint64 deadline = startNs + kBudgetNs;
    SimTime target = m_sim->now();
    if (m_stepTarget >= 0)
        target = m_stepTarget;
    else if (m_running && std::isinf(m_speed))
        target = kNever;
    else if (m_running)
        target = m_anchorSim +
                 static_cast<SimTime>(m_speed * static_cast<double>(startNs - m_anchorWallNs) / 1000.0);
    if (m_running && m_pauseAt >= 0 && m_pauseAt >= m_sim->now())
        target = std::min(target, m_pauseAt);

    while (m_sim->now() < target) {
        const SimTime next = target - m_sim->now() > m_chunk ? m_sim->now() + m_chunk : target;
        const qint64 t0 = m_wall.nsecsElapsed();
        m_sim->runUntil(next);
        const qint64 t1 = m_wall.nsecsElapsed();
        // Keep each slice near a millisecond of wall time, so the clock is checked often enough
        // to keep the frame budget whatever the load of the world.
        if (t1 - t0 < 400'000)
            m_chunk = std::min<SimTime>(m_chunk * 2, 10 * kSecond);
        else if (t1 - t0 > 2'000'000)
            m_chunk = std::max<SimTime>(m_chunk / 2, 100 * kMicrosecond);
        m_dirty = true;
        if (t1 >= deadline)
            break;
    }
    if (m_stepTarget >= 0 && m_sim->now() >= m_stepTarget)
        m_stepTarget = -1;
    if (m_running && m_pauseAt >= 0 && m_sim->now() >= m_pauseAt) {
        m_running = false;
        m_pace.clear();
        m_pauseAt = -1;
        m_dirty = true;
        emit pausedAt(m_sim->now());
    }

    const qint64 nowNs = m_wall.nsecsElapsed();
    if (m_running && !std::isinf(m_speed) && m_stepTarget < 0) {
        // Too slow for the requested pace: let the debt go instead of racing to catch up later.
        const double behindSeconds = toSeconds(target - m_sim->now()) / m_speed;
        if (behindSeconds > 0.25)
            reanchor();
    }
    if (m_running || m_stepTarget >= 0) {
        m_pace.push_back(Pace{nowNs, m_sim->now()});
        while (m_pace.size() > 2 && nowNs - m_pace.front().wallNs > 1'000'000'000)
            m_pace.pop_front();
    }
}

double SimulationRunner::achievedSpeed() const
{
    if (m_pace.size() < 2)
        return 0;
    const qint64 wall = m_pace.back().wallNs - m_pace.front().wallNs;
    if (wall < 50'000'000)
        return 0;
    return toSeconds(m_pace.back().sim - m_pace.front().sim) / (static_cast<double>(wall) / 1e9);
}

void SimulationRunner::publish()
{
    if (!m_dirty)
        return;
    bool ready = true;
    if (!m_uiReady.compare_exchange_strong(ready, false, std::memory_order_acq_rel))
        return; // the UI is still busy with the previous snapshot: skip this frame
    WorldSnapshot snapshot = makeSnapshot(*m_sim, m_eventsPublished, m_samplesPublished);
    snapshot.runId = m_runId;
    snapshot.sequence = ++m_sequence;
    snapshot.speed = m_speed;
    snapshot.achievedSpeed = achievedSpeed();
    snapshot.running = m_running;
    snapshot.config = m_config; // the run's starting point (the simulation's own copy tracks roles)
    snapshot.commandLog = m_sim->engine().commandLog();
    m_eventsPublished = m_sim->events().totalPushed();
    m_samplesPublished = m_sim->metrics().dataSeries().totalPushed();
    m_dirty = m_running || m_stepTarget >= 0;
    emit snapshotReady(snapshot);
}

// ---------------------------------------------------------------------------------------------
// SimulationController: the UI thread's side

SimulationController::SimulationController(SimulationConfig config, QObject *parent, double speed,
                                           bool running)
    : QObject(parent), m_running(running), m_speed(speed)
{
    qRegisterMetaType<fl::ui::WorldSnapshot>();
    qRegisterMetaType<fl::Command>();
    qRegisterMetaType<fl::ui::SimulationCopy>();
    m_runner = new SimulationRunner(std::move(config), speed, running);
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_runner, &SimulationRunner::start);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &SimulationRunner::snapshotReady, this, &SimulationController::onSnapshot);
    connect(m_runner, &SimulationRunner::commandStamped, this, &SimulationController::commandStamped);
    connect(m_runner, &SimulationRunner::simulationCopied, this, &SimulationController::simulationCopied);
    connect(m_runner, &SimulationRunner::pausedAt, this, [this](qint64 at) {
        if (m_running) {
            m_running = false;
            emit runningChanged(false);
        }
        emit pausedAt(at);
    });
    m_thread.setObjectName(QStringLiteral("simulation"));
    m_thread.start();
}

SimulationController::~SimulationController()
{
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void SimulationController::post(SimulationRunner::Control control)
{
    m_runner->post(std::move(control));
}

void SimulationController::submit(CommandType type, int a, int b, int c, double x, double y)
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::Submit;
    control.command = makeCommand(0, type, a, b, c, x, y);
    post(control);
}

void SimulationController::play()
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::Play;
    post(control);
    if (!m_running) {
        m_running = true;
        emit runningChanged(true);
    }
}

void SimulationController::pause()
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::Pause;
    post(control);
    if (m_running) {
        m_running = false;
        emit runningChanged(false);
    }
}

void SimulationController::step()
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::Step;
    post(control);
    if (m_running) {
        m_running = false;
        emit runningChanged(false);
    }
}

void SimulationController::runTo(SimTime at)
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::RunTo;
    control.command.at = at;
    post(control);
    if (m_running) {
        m_running = false;
        emit runningChanged(false);
    }
}

void SimulationController::reset()
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::Reset;
    post(control);
}

void SimulationController::setSpeed(double speed)
{
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::SetSpeed;
    control.speed = speed;
    post(control);
    if (speed != m_speed) {
        m_speed = speed;
        emit speedChanged(speed);
    }
}

void SimulationController::setConfig(const SimulationConfig &config, const std::vector<Command> &faults)
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::SetConfig;
    control.config = std::make_shared<const SimulationConfig>(config);
    control.faults = std::make_shared<const std::vector<Command>>(faults);
    post(control);
}

void SimulationController::setPausePoint(SimTime at)
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::PauseAt;
    control.command.at = at;
    post(control);
}

void SimulationController::requestCopy()
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::Copy;
    post(control);
}

void SimulationController::onSnapshot(const WorldSnapshot &snapshot)
{
    m_latest = snapshot;
    m_haveSnapshot = true;
    emit snapshotReady(m_latest);
    m_runner->snapshotConsumed();
}

} // namespace fl::ui
