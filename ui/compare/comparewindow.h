// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionregistry.h"
#include "comparesession.h"
#include "presenter/presenterhost.h"

#include <QMainWindow>
#include <array>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QToolBar;

namespace fl::ui {

class CompareSideView;
class CompareTableWidget;
class PresenterMode;
class SpeedControl;

// The compare view (Simulation ▸ Compare With…, File ▸ Compare Two Files…, `--compare-with`): two
// designs side by side, each with its map and its live charts, running in lockstep on one clock
// and one speed (CompareSession), and the measured comparison table beside them, the better side
// highlighted per row.
//
// Every fault or traffic move the user makes goes to both sides at the same simulated instant,
// matched by region and population id; "Apply to" sends it to one side only instead, and the list
// of actions marks which. Presenter mode (F11) works here as in the lab's window.
class CompareWindow : public QMainWindow, public PresenterHost
{
    Q_OBJECT

public:
    CompareWindow(scenario::ComparePair pair, const QStringList &names, double speed = 1.0,
                  bool running = true, QWidget *parent = nullptr);
    ~CompareWindow() override;

    CompareSession *session() const { return m_session; }
    SimulationController *simulation() const { return m_session->simulation(); }
    CompareSideView *side(int side) const { return m_sides.at(static_cast<std::size_t>(side)); }
    CompareTableWidget *table() const { return m_table; }
    QListWidget *actionList() const { return m_actionList; }
    PresenterMode *presenter() const { return m_presenter; }
    CompareTarget target() const { return m_target; }
    void setTarget(CompareTarget target);

    // The user's moves, in side `origin`'s indexes, to the current target (refused with a status
    // message when the other side cannot take one).
    bool applyAction(int origin, const std::vector<Command> &commands);
    void movePopulation(int origin, int population, int region);

    // PresenterHost
    QMainWindow *presenterWindow() override { return this; }
    std::vector<WorldMapView *> presenterMaps() const override;
    std::vector<ChartsPanel *> presenterCharts() const override;
    void arrangeForPresenting(bool presenting, QSize screen) override;
    // Kills, on the target, the region that is the primary on A (on B when A has none).
    void killPrimary() override;
    void cutSelectedLink() override;
    // Each side's own repairs: every cut or degraded link healed, every region and tier restored.
    void healEverything() override;
    void resetWorld() override;
    void playOrPause() override;

signals:
    // How long applying one pair of snapshots took (the GUI benchmark).
    void snapshotApplied(qint64 nanoseconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void retranslateUi();
    // The texts that change with the target, the side last touched, and play or pause.
    void updateActionTexts();
    void onSnapshots(const QList<WorldSnapshot> &snapshots);
    void updateClock(const WorldSnapshot &snapshot);
    void onCommandStamped(int side, const Command &command);
    void onFigures();
    void updateFiguresLabel();
    void regionAction(CommandType type);
    void linkAction(CommandType type);
    // The side the user last touched (its selection names the region or link acted on).
    int activeSide() const { return m_activeSide; }
    void mirrorSelection(int from);
    void exportComparison();
    QString targetText(CompareTarget target) const;

    CompareSession *m_session = nullptr;
    std::array<CompareSideView *, 2> m_sides{};
    CompareTableWidget *m_table = nullptr;
    QListWidget *m_actionList = nullptr;
    QLabel *m_tableTitle = nullptr;
    QLabel *m_actionsTitle = nullptr;
    QWidget *m_rightColumn = nullptr;
    QSplitter *m_columns = nullptr;
    QToolBar *m_toolBar = nullptr;
    SpeedControl *m_speed = nullptr;
    QLabel *m_targetLabel = nullptr;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_figuresLabel = nullptr;
    QMenu *m_compareMenu = nullptr, *m_actionsMenu = nullptr, *m_targetMenu = nullptr, *m_viewMenu = nullptr;
    QMenu *m_regionMenu = nullptr, *m_linkMenu = nullptr;
    QActionGroup *m_targetGroup = nullptr;
    PresenterMode *m_presenter = nullptr;
    CompareTarget m_target = CompareTarget::Both;
    int m_activeSide = 0;
    bool m_mirroring = false;
    std::uint64_t m_runId = 0;
    SimTime m_now = 0;
    // The newest entry of the action list, to join the two sides' stamps of one shared action.
    struct LastStamp
    {
        int row = -1;
        int side = -1;
        Command command;
    } m_lastStamp;
    ActionRegistry m_actions{this};
    QAction *action(const char *id) const { return m_actions.get(id); }
};

} // namespace fl::ui
