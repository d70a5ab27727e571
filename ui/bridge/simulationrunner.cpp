#include "simulationrunner.h"

#include "sim/simulation.h"
#include "timeline/timeline.h"

#include <QMutexLocker>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace fl::ui {

// ---------------------------------------------------------------------------------------------
// SimulationRunner: the simulation thread

namespace {

TimelineView timelineView(const Timeline &timeline)
{
    TimelineView view;
    view.enabled = true;
    view.current = timeline.currentId();
    const Timeline::Branch &current = timeline.current();
    view.reached = current.reached;
    view.commands = current.commands;
    view.incidents = current.incidents;
    for (const Timeline::Branch &b : timeline.branches()) {
        BranchView branch;
        branch.id = b.id;
        branch.parent = b.parent;
        branch.forkAt = b.forkAt;
        branch.reached = b.reached;
        branch.name = b.name;
        branch.ownCommands = b.commands.size() - std::min(b.commands.size(), b.ownCommandsFrom);
        if (b.parent >= 0 && branch.ownCommands > 0)
            branch.firstOwnCommand = b.commands[b.ownCommandsFrom];
        view.branches.push_back(std::move(branch));
        view.checkpoints += b.checkpoints.count();
    }
    view.checkpointBytes = timeline.checkpointBytes();
    return view;
}

} // namespace

SimulationRunner::SimulationRunner(std::vector<WorldSetup> worlds, double speed, bool running)
    : m_speed(speed), m_running(running)
{
    for (WorldSetup &setup : worlds)
        m_worlds.push_back(World{std::move(setup), nullptr});
}

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
    for (std::size_t i = 0; i < controls.size(); ++i) {
        // A drag on the timeline asks for many moments while one is being rebuilt: only the
        // last of a run of them is worth the work.
        if (controls[i].kind == Control::JumpTo && i + 1 < controls.size() &&
            controls[i + 1].kind == Control::JumpTo)
            continue;
        apply(controls[i]);
    }
    advance();
    publish();
}

SimTime SimulationRunner::now() const
{
    return m_worlds.front().sim->now();
}

void SimulationRunner::runAllUntil(SimTime t)
{
    for (World &world : m_worlds)
        world.sim->runUntil(t);
    if (m_timeline)
        m_timeline->advanced(*m_worlds.front().sim);
}

void SimulationRunner::submit(const std::vector<std::optional<Command>> &commands)
{
    // The worlds are at one instant, so each engine takes the same stamp (the earliest instant
    // still to come); one user action lands at the same simulated time everywhere.
    const std::size_t n = std::min(commands.size(), m_worlds.size());
    for (std::size_t w = 0; w < n; ++w) {
        if (!commands[w])
            continue;
        World &world = m_worlds[w];
        Command c = *commands[w];
        if (!world.sim->commandValid(c))
            continue; // aimed at the world before a topology change: dropped, never logged
        if (w == 0 && m_timeline && m_timeline->behindFrontier(*world.sim)) {
            // An action in the past: a new branch from here, the old future kept.
            replaceWorld(m_timeline->fork(*world.sim));
        }
        c.at = world.sim->now();
        c.at = world.sim->submit(c); // the engine moves it to the earliest legal instant
        if (w == 0 && m_timeline)
            m_timeline->commandTaken(*world.sim);
        m_stampedUntil = std::max(m_stampedUntil, c.at);
        emit commandStamped(static_cast<int>(w), c);
        if (!m_running && m_stepTarget < 0)
            world.sim->runUntil(c.at); // paused: apply it now, so the map answers at once
    }
    // A paused world that applied a command moved to its stamp: keep the others with it.
    if (!m_running && m_stepTarget < 0)
        runAllUntil(std::max(now(), m_stampedUntil));
}

void SimulationRunner::apply(const Control &control)
{
    switch (control.kind) {
    case Control::Submit:
        submit(control.commands);
        break;
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
        runAllUntil(std::max(now(), m_stampedUntil));
        break;
    case Control::Step:
        m_running = false;
        m_pace.clear();
        m_stepTarget = (m_stepTarget >= 0 ? m_stepTarget : now()) + kStep;
        break;
    case Control::RunTo:
        m_running = false;
        m_pace.clear();
        m_stepTarget = std::max(now(), control.at);
        break;
    case Control::PauseAt:
        m_pauseAt = control.at;
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
        if (control.worlds) {
            m_worlds.clear();
            for (const WorldSetup &setup : *control.worlds)
                m_worlds.push_back(World{setup, nullptr});
        }
        m_pauseAt = -1;
        rebuild();
        break;
    case Control::JumpTo:
    case Control::SwitchBranch:
    case Control::RemoveBranch:
    case Control::RenameBranch:
        applyTimeline(control);
        break;
    case Control::Copy: {
        // Paused or not, the commands already stamped are applied first, as a pause does.
        runAllUntil(std::max(now(), m_stampedUntil));
        QList<SimulationCopy> copies;
        for (const World &world : m_worlds) {
            auto copy = std::make_shared<Simulation>(*world.sim);
            copy->recountWrites(); // the fate of every write as of now, not the last metrics tick
            copies.push_back(copy);
        }
        emit simulationsCopied(copies);
        break;
    }
    }
    m_dirty = true;
}

void SimulationRunner::applyTimeline(const Control &control)
{
    if (!m_timeline)
        return;
    switch (control.kind) {
    case Control::JumpTo:
        m_running = false;
        m_stepTarget = -1;
        m_pauseAt = -1;
        m_pace.clear();
        replaceWorld(m_timeline->reach(control.at));
        break;
    case Control::SwitchBranch:
        if (control.branch == m_timeline->currentId() || !m_timeline->find(control.branch))
            return;
        m_stepTarget = -1;
        replaceWorld(m_timeline->switchTo(control.branch, now()));
        break;
    case Control::RemoveBranch:
        m_timeline->remove(control.branch);
        break;
    case Control::RenameBranch:
        m_timeline->rename(control.branch, control.name.toStdString());
        break;
    default:
        break;
    }
}

void SimulationRunner::replaceWorld(Simulation sim)
{
    World &world = m_worlds.front();
    world.sim = std::make_unique<Simulation>(std::move(sim));
    world.eventsPublished = world.sim->events().totalPushed();
    world.samplesPublished = 0;
    ++m_runId;
    m_sequence = 0;
    m_stampedUntil = now();
    reanchor();
    m_dirty = true;
}

void SimulationRunner::rebuild()
{
    for (World &world : m_worlds) {
        world.sim = std::make_unique<Simulation>(world.setup.config);
        for (const Command &c : world.setup.faults)
            world.sim->submit(c);
        world.eventsPublished = 0;
        world.samplesPublished = 0;
    }
    m_timeline.reset();
    if (m_worlds.size() == 1)
        m_timeline = std::make_unique<Timeline>(*m_worlds.front().sim);
    ++m_runId;
    m_sequence = 0;
    m_stampedUntil = 0;
    m_stepTarget = -1;
    m_pace.clear();
    reanchor();
    m_dirty = true;
}

void SimulationRunner::reanchor()
{
    m_anchorWallNs = m_wall.nsecsElapsed();
    m_anchorSim = m_worlds.empty() || !m_worlds.front().sim ? 0 : now();
}

void SimulationRunner::advance()
{
    const qint64 startNs = m_wall.nsecsElapsed();
    const qint64 deadline = startNs + kBudgetNs;
    SimTime target = now();
    if (m_stepTarget >= 0)
        target = m_stepTarget;
    else if (m_running && std::isinf(m_speed))
        target = kNever;
    else if (m_running)
        target = m_anchorSim +
                 static_cast<SimTime>(m_speed * static_cast<double>(startNs - m_anchorWallNs) / 1000.0);
    if (m_running && m_pauseAt >= 0 && m_pauseAt >= now())
        target = std::min(target, m_pauseAt);

    while (now() < target) {
        const SimTime next = target - now() > m_chunk ? now() + m_chunk : target;
        const qint64 t0 = m_wall.nsecsElapsed();
        runAllUntil(next);
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
    if (m_stepTarget >= 0 && now() >= m_stepTarget)
        m_stepTarget = -1;
    if (m_running && m_pauseAt >= 0 && now() >= m_pauseAt) {
        m_running = false;
        m_pace.clear();
        m_pauseAt = -1;
        m_dirty = true;
        emit pausedAt(now());
    }

    const qint64 nowNs = m_wall.nsecsElapsed();
    if (m_running && !std::isinf(m_speed) && m_stepTarget < 0) {
        // Too slow for the requested pace: let the debt go instead of racing to catch up later.
        const double behindSeconds = toSeconds(target - now()) / m_speed;
        if (behindSeconds > 0.25)
            reanchor();
    }
    if (m_running || m_stepTarget >= 0) {
        m_pace.push_back(Pace{nowNs, now()});
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
        return; // the UI is still busy with the previous snapshots: skip this frame
    ++m_sequence;
    const double achieved = achievedSpeed();
    QList<WorldSnapshot> snapshots;
    snapshots.reserve(static_cast<qsizetype>(m_worlds.size()));
    for (World &world : m_worlds) {
        WorldSnapshot snapshot = makeSnapshot(*world.sim, world.eventsPublished, world.samplesPublished);
        snapshot.runId = m_runId;
        snapshot.sequence = m_sequence;
        snapshot.speed = m_speed;
        snapshot.achievedSpeed = achieved;
        snapshot.running = m_running;
        snapshot.config = world.setup.config; // the run's starting point (the simulation tracks roles)
        snapshot.commandLog = world.sim->engine().commandLog();
        world.eventsPublished = world.sim->events().totalPushed();
        world.samplesPublished = world.sim->metrics().dataSeries().totalPushed();
        if (&world == &m_worlds.front() && m_timeline)
            snapshot.timeline = timelineView(*m_timeline);
        snapshots.push_back(std::move(snapshot));
    }
    m_dirty = m_running || m_stepTarget >= 0;
    emit snapshotsReady(snapshots);
}

// ---------------------------------------------------------------------------------------------
// SimulationController: the UI thread's side

SimulationController::SimulationController(SimulationConfig config, QObject *parent, double speed,
                                           bool running)
    : SimulationController(std::vector<WorldSetup>{WorldSetup{std::move(config), {}}}, parent, speed, running)
{}

SimulationController::SimulationController(std::vector<WorldSetup> worlds, QObject *parent, double speed,
                                           bool running)
    : QObject(parent), m_running(running), m_speed(speed)
{
    qRegisterMetaType<fl::ui::WorldSnapshot>();
    qRegisterMetaType<QList<fl::ui::WorldSnapshot>>();
    qRegisterMetaType<fl::Command>();
    qRegisterMetaType<fl::ui::SimulationCopy>();
    qRegisterMetaType<QList<fl::ui::SimulationCopy>>();
    m_latest.resize(static_cast<qsizetype>(std::max<std::size_t>(worlds.size(), 1)));
    m_runner = new SimulationRunner(std::move(worlds), speed, running);
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_runner, &SimulationRunner::start);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &SimulationRunner::snapshotsReady, this, &SimulationController::onSnapshots);
    connect(m_runner, &SimulationRunner::commandStamped, this, [this](int world, const Command &command) {
        emit commandStampedIn(world, command);
        if (world == 0)
            emit commandStamped(command);
    });
    connect(m_runner, &SimulationRunner::simulationsCopied, this,
            [this](const QList<SimulationCopy> &copies) {
                emit simulationsCopied(copies);
                if (!copies.isEmpty())
                    emit simulationCopied(copies.front());
            });
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
    submitEach(std::vector<std::optional<Command>>(static_cast<std::size_t>(worldCount()),
                                                   makeCommand(0, type, a, b, c, x, y)));
}

void SimulationController::submitEach(const std::vector<std::optional<Command>> &commands)
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::Submit;
    control.commands = commands;
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
    control.at = at;
    post(control);
    if (m_running) {
        m_running = false;
        emit runningChanged(false);
    }
}

void SimulationController::jumpTo(SimTime at)
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::JumpTo;
    control.at = at;
    post(control);
    if (m_running) {
        m_running = false;
        emit runningChanged(false);
    }
}

void SimulationController::switchBranch(int branch)
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::SwitchBranch;
    control.branch = branch;
    post(control);
}

void SimulationController::removeBranch(int branch)
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::RemoveBranch;
    control.branch = branch;
    post(control);
}

void SimulationController::renameBranch(int branch, const QString &name)
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::RenameBranch;
    control.branch = branch;
    control.name = name;
    post(control);
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
    setWorlds({WorldSetup{config, faults}});
}

void SimulationController::setWorlds(const std::vector<WorldSetup> &worlds)
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::SetConfig;
    control.worlds = std::make_shared<const std::vector<WorldSetup>>(worlds);
    m_latest.resize(static_cast<qsizetype>(std::max<std::size_t>(worlds.size(), 1)));
    post(control);
}

void SimulationController::setPausePoint(SimTime at)
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::PauseAt;
    control.at = at;
    post(control);
}

void SimulationController::requestCopy()
{
    SimulationRunner::Control control;
    control.kind = SimulationRunner::Control::Copy;
    post(control);
}

void SimulationController::onSnapshots(const QList<WorldSnapshot> &snapshots)
{
    if (snapshots.size() == m_latest.size()) { // else: from before a change of worlds
        m_latest = snapshots;
        m_haveSnapshot = true;
        emit snapshotsReady(m_latest);
        emit snapshotReady(m_latest.front());
    }
    m_runner->snapshotConsumed();
}

} // namespace fl::ui
