#pragma once

#include "spec/commands.h"
#include "spec/config.h"
#include "worldsnapshot.h"

#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <atomic>
#include <deque>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace fl {
class Simulation;
class Timeline;
} // namespace fl

namespace fl::ui {

// A frozen copy of the running simulation, taken on its thread between two slices of simulated
// time (fl::Simulation is a value). The GUI exports from it through the same code as the headless
// `failover-lab run`, so both write the same files for the same run.
using SimulationCopy = std::shared_ptr<const Simulation>;

// Requested pace of a run: simulated seconds per wall second. Infinity runs as fast as the machine
// allows.
inline constexpr double kMinSpeed = 0.1;
inline constexpr double kMaxSpeed = std::numeric_limits<double>::infinity();

// One world a runner simulates: its starting configuration and its scheduled commands (a
// scenario's schedule, submitted again on every reset).
struct WorldSetup
{
    SimulationConfig config;
    std::vector<Command> faults;
};

// The worker: owns the fl::Simulation and lives on its own thread. It paces simulated time against
// the wall clock (the only place the lab reads it), applies queued controls between slices of
// simulated time and publishes a WorldSnapshot by value at most once per frame, and only once the
// UI has taken the previous one — so a slow UI never builds a backlog of snapshots.
//
// Nothing on the UI thread touches the Simulation: it calls post() (thread-safe) and reads the
// snapshots it is sent. SimulationController is the UI-side owner.
//
// A runner may own several worlds (the compare view's two sides). They run in lockstep: every slice
// of simulated time is run on each in turn, so all of them are always at the same instant; one
// clock, one speed, one pause; a command for several of them is stamped with one simulated time;
// their snapshots are published together.
class SimulationRunner : public QObject
{
    Q_OBJECT

public:
    struct Control
    {
        enum Kind
        {
            Submit,
            Play,
            Pause,
            Step,
            Reset,
            SetSpeed,
            SetConfig,
            Copy,
            RunTo,   // pauses, then runs as fast as it can to `command.at` and stops there
            PauseAt, // a pause point: a running world stops exactly at `command.at` (negative: none)
            // The timeline (one world only): pauses and shows the current branch at `at`; shows
            // branch `branch` at the current instant (or its frontier); forgets `branch` and the
            // branches forked from it; names `branch` `name`.
            JumpTo,
            SwitchBranch,
            RemoveBranch,
            RenameBranch
        };
        Kind kind = Submit;
        // Submit: one command per world (nothing: not for that world), all stamped with the same
        // simulated time.
        std::vector<std::optional<Command>> commands;
        SimTime at = 0; // RunTo and PauseAt: the instant
        double speed = 1;
        std::shared_ptr<const std::vector<WorldSetup>> worlds; // SetConfig: one per world
        int branch = -1;
        QString name;
    };

    SimulationRunner(std::vector<WorldSetup> worlds, double speed, bool running);
    ~SimulationRunner() override;

    // Thread-safe: queue a control for the simulation thread.
    void post(Control control);
    // Thread-safe: the UI has consumed the last snapshot; the next one may be sent.
    void snapshotConsumed() { m_uiReady.store(true, std::memory_order_release); }

    // Frame period of the publishing loop.
    static constexpr int kTickMs = 16;
    // How much of a frame the simulation may spend computing before it yields (the UI thread has
    // the other core; see `failover-lab bench --gui`).
    static constexpr qint64 kBudgetNs = 13'000'000;
    // A single step advances this much simulated time.
    static constexpr SimTime kStep = kSecond;

public slots:
    void start(); // runs on the simulation thread

signals:
    // One snapshot per world, in order, all of the same instant.
    void snapshotsReady(const QList<fl::ui::WorldSnapshot> &snapshots);
    // A command as world `world`'s engine took it: `at` is the simulated time it applies at.
    void commandStamped(int world, const fl::Command &command);
    // Answers a Copy control: each simulation as it is now (every command posted before is applied).
    void simulationsCopied(const QList<fl::ui::SimulationCopy> &copies);
    // A running world reached its pause point and stopped there.
    void pausedAt(qint64 at);

private:
    struct World
    {
        WorldSetup setup;
        std::unique_ptr<Simulation> sim;
        std::uint64_t eventsPublished = 0;
        std::uint64_t samplesPublished = 0;
    };

    void tick();
    void apply(const Control &control);
    void submit(const std::vector<std::optional<Command>> &commands);
    void rebuild();
    void advance();
    // Every world to `t` (they stay at one instant).
    void runAllUntil(SimTime t);
    SimTime now() const;
    void reanchor();
    void publish();
    double achievedSpeed() const;
    // The first world becomes `sim` (a moment of its timeline): a new run for the views, which
    // rebuild their history from it; its past events are not sent again.
    void replaceWorld(Simulation sim);
    void applyTimeline(const Control &control);

    std::vector<World> m_worlds;
    // The first world's branches and checkpoints (when it runs alone: a compare view has none).
    std::unique_ptr<Timeline> m_timeline;
    std::uint64_t m_runId = 0;
    std::uint64_t m_sequence = 0;
    double m_speed = 1;
    bool m_running = true;
    bool m_dirty = true;
    SimTime m_stepTarget = -1;  // while stepping: where to stop
    SimTime m_pauseAt = -1;     // a running world pauses here (a lesson's step end)
    SimTime m_stampedUntil = 0; // latest instant a submitted command was stamped with

    QTimer *m_timer = nullptr;
    QElapsedTimer m_wall;
    qint64 m_anchorWallNs = 0;
    SimTime m_anchorSim = 0;
    SimTime m_chunk = 10 * kMillisecond; // simulated time per runUntil between clock checks
    struct Pace
    {
        qint64 wallNs;
        SimTime sim;
    };
    std::deque<Pace> m_pace; // recent (wall, sim) pairs for the achieved speed

    QMutex m_mutex;
    std::vector<Control> m_pending; // guarded by m_mutex
    std::atomic<bool> m_uiReady{true};
};

// The UI-side owner of the simulation thread (the shape of Tiled's ProjectModel and its
// FolderScanner): starts the worker on a QThread, forwards the user's actions to it and re-emits its
// snapshots on the UI thread. The UI never waits for the simulation; destroying the controller
// interrupts the thread, quits its loop and waits for it to finish.
class SimulationController : public QObject
{
    Q_OBJECT

public:
    explicit SimulationController(SimulationConfig config, QObject *parent = nullptr, double speed = 1.0,
                                  bool running = true);
    // Several worlds in lockstep (see SimulationRunner); the single-world calls and signals below
    // are about the first.
    SimulationController(std::vector<WorldSetup> worlds, QObject *parent, double speed, bool running);
    ~SimulationController() override;

    // Each action goes to the simulation as a command stamped with its current simulated time (to
    // every world, the same command).
    void submit(CommandType type, int a = -1, int b = -1, int c = -1, double x = 0, double y = 0);
    // One command per world (nothing: not for that world), stamped with one simulated time.
    void submitEach(const std::vector<std::optional<Command>> &commands);
    void play();
    void pause();
    void setRunning(bool running) { running ? play() : pause(); }
    void step();
    // Pauses and runs as fast as the machine allows to simulated time `at` (the screenshot command
    // and tests that need one exact instant); a snapshot at `at` follows.
    void runTo(SimTime at);
    // Plays on at the current speed but stops exactly at `at` (pausedAt follows); a negative `at`
    // removes the pause point. A reset or a new configuration removes it too.
    void setPausePoint(SimTime at);
    void reset();
    // The timeline (see fl::Timeline; the lab's window only): pauses and shows the branch at
    // simulated time `at`; shows another branch; forgets a branch and those forked from it; names
    // one. An action taken while the world shows an earlier moment than its branch has reached
    // starts a new branch by itself.
    void jumpTo(SimTime at);
    void switchBranch(int branch);
    void removeBranch(int branch);
    void renameBranch(int branch, const QString &name);
    void setSpeed(double speed);
    // Restarts the simulation from a new configuration, with a scenario's scheduled commands (their
    // times are kept; a reset schedules them again).
    void setConfig(const SimulationConfig &config, const std::vector<Command> &faults = {});
    void setWorlds(const std::vector<WorldSetup> &worlds);
    // Asks for a copy of the simulation as it is now; it arrives with simulationCopied().
    void requestCopy();

    bool isRunning() const { return m_running; }
    double speed() const { return m_speed; }
    // The newest snapshot received (empty before the first one arrives).
    const WorldSnapshot &latest() const { return m_latest.front(); }
    const WorldSnapshot &latest(int world) const { return m_latest.at(world); }
    int worldCount() const { return static_cast<int>(m_latest.size()); }
    bool hasSnapshot() const { return m_haveSnapshot; }

signals:
    void snapshotReady(const fl::ui::WorldSnapshot &snapshot); // the first world's
    void snapshotsReady(const QList<fl::ui::WorldSnapshot> &snapshots);
    void commandStamped(const fl::Command &command); // the first world's
    void commandStampedIn(int world, const fl::Command &command);
    void simulationCopied(const fl::ui::SimulationCopy &copy); // the first world's
    void simulationsCopied(const QList<fl::ui::SimulationCopy> &copies);
    void pausedAt(qint64 at);
    void runningChanged(bool running);
    void speedChanged(double speed);

private:
    void onSnapshots(const QList<fl::ui::WorldSnapshot> &snapshots);
    void post(SimulationRunner::Control control);

    QThread m_thread;
    SimulationRunner *m_runner = nullptr;
    QList<WorldSnapshot> m_latest;
    bool m_haveSnapshot = false;
    bool m_running = true;
    double m_speed = 1;
};

} // namespace fl::ui

Q_DECLARE_METATYPE(fl::ui::SimulationCopy)
