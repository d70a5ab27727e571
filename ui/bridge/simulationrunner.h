#pragma once

#include "spec/commands.h"
#include "spec/config.h"
#include "worldsnapshot.h"

#include <QElapsedTimer>
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
}

namespace fl::ui {

// A frozen copy of the running simulation, taken on its thread between two slices of simulated
// time (fl::Simulation is a value). The GUI exports from it through the same code as the headless
// `failover-lab run`, so both write the same files for the same run.
using SimulationCopy = std::shared_ptr<const Simulation>;

// Requested pace of a run: simulated seconds per wall second. Infinity runs as fast as the machine
// allows.
inline constexpr double kMinSpeed = 0.1;
inline constexpr double kMaxSpeed = std::numeric_limits<double>::infinity();

// The worker: owns the fl::Simulation and lives on its own thread. It paces simulated time against
// the wall clock (the only place the lab reads it), applies queued controls between slices of
// simulated time and publishes a WorldSnapshot by value at most once per frame, and only once the
// UI has taken the previous one — so a slow UI never builds a backlog of snapshots.
//
// Nothing on the UI thread touches the Simulation: it calls post() (thread-safe) and reads the
// snapshots it is sent. SimulationController is the UI-side owner.
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
            RunTo,  // pauses, then runs as fast as it can to `command.at` and stops there
            PauseAt // a pause point: a running world stops exactly at `command.at` (negative: none)
        };
        Kind kind = Submit;
        Command command;
        double speed = 1;
        std::shared_ptr<const SimulationConfig> config;
        std::shared_ptr<const std::vector<Command>> faults; // scheduled with a new configuration
    };

    SimulationRunner(SimulationConfig config, double speed, bool running);
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
    void snapshotReady(const fl::ui::WorldSnapshot &snapshot);
    // A command as the engine took it: `at` is the simulated time it applies at.
    void commandStamped(const fl::Command &command);
    // Answers a Copy control: the simulation as it is now (every command posted before is applied).
    void simulationCopied(const fl::ui::SimulationCopy &copy);
    // A running world reached its pause point and stopped there.
    void pausedAt(qint64 at);

private:
    void tick();
    void apply(const Control &control);
    void rebuild();
    void advance();
    void reanchor();
    void publish();
    double achievedSpeed() const;

    SimulationConfig m_config;
    std::vector<Command> m_faults; // a scenario's schedule: submitted again on every reset
    std::unique_ptr<Simulation> m_sim;
    std::uint64_t m_runId = 0;
    std::uint64_t m_sequence = 0;
    std::uint64_t m_eventsPublished = 0;
    std::uint64_t m_samplesPublished = 0;
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
    ~SimulationController() override;

    // Each action goes to the simulation as a command stamped with its current simulated time.
    void submit(CommandType type, int a = -1, int b = -1, int c = -1, double x = 0, double y = 0);
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
    void setSpeed(double speed);
    // Restarts the simulation from a new configuration, with a scenario's scheduled commands (their
    // times are kept; a reset schedules them again).
    void setConfig(const SimulationConfig &config, const std::vector<Command> &faults = {});
    // Asks for a copy of the simulation as it is now; it arrives with simulationCopied().
    void requestCopy();

    bool isRunning() const { return m_running; }
    double speed() const { return m_speed; }
    // The newest snapshot received (empty before the first one arrives).
    const WorldSnapshot &latest() const { return m_latest; }
    bool hasSnapshot() const { return m_haveSnapshot; }

signals:
    void snapshotReady(const fl::ui::WorldSnapshot &snapshot);
    void commandStamped(const fl::Command &command);
    void simulationCopied(const fl::ui::SimulationCopy &copy);
    void pausedAt(qint64 at);
    void runningChanged(bool running);
    void speedChanged(double speed);

private:
    void onSnapshot(const fl::ui::WorldSnapshot &snapshot);
    void post(SimulationRunner::Control control);

    QThread m_thread;
    SimulationRunner *m_runner = nullptr;
    WorldSnapshot m_latest;
    bool m_haveSnapshot = false;
    bool m_running = true;
    double m_speed = 1;
};

} // namespace fl::ui

Q_DECLARE_METATYPE(fl::ui::SimulationCopy)
