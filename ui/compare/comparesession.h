// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge/simulationrunner.h"
#include "scenario/comparison.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <array>
#include <optional>
#include <vector>

namespace fl::ui {

// Where a user's action in the compare view goes.
enum class CompareTarget
{
    Both,
    A,
    B,
};

// Whether an action sent to `target` reaches side `side` (0: A, 1: B).
constexpr bool reaches(CompareTarget target, int side)
{
    return target == CompareTarget::Both || (target == CompareTarget::A && side == 0) ||
           (target == CompareTarget::B && side == 1);
}

// The compare view's model: two designs (a scenario::ComparePair, aligned on one seed, duration and
// fault schedule) simulated in lockstep on one thread (SimulationController with two worlds), the
// user's actions sent to both at one simulated instant, and the comparison table measured from the
// two simulations about once a second (copies taken on the simulation thread, reports made on a
// pool thread with the same code as `failover-lab compare`, so a finished run's table is the
// headless one).
class CompareSession : public QObject
{
    Q_OBJECT

public:
    // `names`: what each side is called (its scenario's or file's name).
    CompareSession(scenario::ComparePair pair, const QStringList &names, double speed, bool running,
                   QObject *parent = nullptr);
    ~CompareSession() override;

    SimulationController *simulation() const { return m_sim; }
    const scenario::ComparePair &pair() const { return m_pair; }
    const scenario::Scenario &scenario(int side) const { return side == 0 ? m_pair.a : m_pair.b; }
    QString name(int side) const { return m_names.value(side); }

    // Sends commands written in side `origin`'s indexes to `target`, all stamped with one simulated
    // time. A shared action the other side cannot take (it lacks the region, population or
    // dependency) is refused whole, with the reason in `error`: the two sides never silently differ.
    bool apply(int origin, CompareTarget target, const std::vector<Command> &commands, QString *error);
    // Sends each side its own commands (already in its indexes), stamped with one simulated time.
    void applyEach(const std::array<std::vector<Command>, 2> &commands);

    // The comparison as last measured: the table's rows, the instant they are of, the reports.
    const std::vector<scenario::CompareRow> &rows() const { return m_rows; }
    std::optional<SimTime> figuresAt() const { return m_figuresAt; }
    const QJsonObject &report(int side) const { return m_reports.at(static_cast<std::size_t>(side)); }
    // Measures now (after the commands sent so far), whatever the interval; figuresChanged follows.
    void measureNow();
    static constexpr int kMeasureIntervalMs = 1000;

signals:
    void figuresChanged();
    // One of the user's commands as side `side`'s engine took it (its own indexes and time).
    void commandStamped(int side, const fl::Command &command);

private:
    struct Figures
    {
        std::array<QJsonObject, 2> reports;
        std::vector<scenario::CompareRow> rows;
        SimTime at = 0;
    };
    void onCopies(const QList<SimulationCopy> &copies);
    void onMeasured();
    void maybeMeasure();

    scenario::ComparePair m_pair;
    QStringList m_names;
    SimulationController *m_sim = nullptr;
    QTimer m_measureTimer;
    QFutureWatcher<Figures> m_measuring;
    bool m_copyRequested = false;
    bool m_measureAgain = false;
    std::optional<SimTime> m_figuresAt;
    std::vector<scenario::CompareRow> m_rows;
    std::array<QJsonObject, 2> m_reports;
};

} // namespace fl::ui
