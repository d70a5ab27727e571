#pragma once

#include "actionregistry.h"
#include "charts/exportdialog.h"
#include "engine/command.h"
#include "labdocument.h"
#include "presenter/presenterhost.h"
#include "scenario/comparison.h"
#include "scenario/scenario.h"
#include "spec/commands.h"
#include "spec/config.h"
#include "undocommands.h"
#include "world/geo.h"

#include <QMainWindow>
#include <QPointer>
#include <cstdint>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
class QUndoStack;

namespace fl::ui {

class ChartsPanel;
class CompareWindow;
class ControlPanel;
class EventLogPanel;
class HealthPanel;
class IncidentPanel;
class TimelineBar;
class BranchPanel;
class LessonHighlights;
class LessonPanel;
class MapLegend;
class PlanDialog;
class PresenterMode;
class ScenarioLibrary;
class SimulationController;
class SpeedControl;
class WeightsPanel;
class WorldMapScene;
class WorldMapView;
struct WorldSnapshot;
} // namespace fl::ui

namespace fl {
class Simulation;
}

namespace fl::ui {

// The lab: the world map in the middle, controls, routing weights and the event log in docks, time
// control in the toolbar and the simulated clock in the status bar. The simulation runs on its own
// thread (SimulationController); this window only sends it commands and draws its snapshots.
class MainWindow : public QMainWindow, public PresenterHost
{
    Q_OBJECT

signals:
    // An export finished: `ok` or not, with the message shown in the status bar.
    void exportFinished(bool ok, const QString &message);
    // How long the window took to apply one snapshot to every view (for the GUI benchmark).
    void snapshotApplied(qint64 nanoseconds);

public:
    // Opens on `config` (the default world when none is given), already running at `speed`.
    explicit MainWindow(QWidget *parent = nullptr);
    MainWindow(const SimulationConfig &config, double speed, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and the GUI benchmark.
    WorldMapScene *mapScene() const { return m_scene; }
    WorldMapView *mapView() const { return m_view; }
    SimulationController *simulation() const { return m_sim; }
    QUndoStack *undoStack() const { return m_undo; }
    ControlPanel *controlPanel() const { return m_control; }
    WeightsPanel *weightsPanel() const { return m_weights; }
    EventLogPanel *eventLog() const { return m_log; }
    HealthPanel *healthPanel() const { return m_health; }
    IncidentPanel *incidentPanel() const { return m_incidents; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    QDockWidget *chartsDock() const { return m_chartsDock; }
    LessonPanel *lessonPanel() const { return m_lessonPanel; }
    QDockWidget *lessonDock() const { return m_lessonDock; }
    LessonHighlights *lessonHighlights() const { return m_lessonHighlights.get(); }
    PresenterMode *presenter() const { return m_presenter; }
    // Presenter mode's moves: kill the region that is the primary now; heal every cut or degraded
    // link and restore every region and tier that is down (not a destroyed region's data).
    void killPrimary() override;
    void healEverything() override;
    // The rest of what presenter mode asks of the window (PresenterHost).
    QMainWindow *presenterWindow() override { return this; }
    std::vector<WorldMapView *> presenterMaps() const override { return {m_view}; }
    std::vector<ChartsPanel *> presenterCharts() const override { return {m_charts}; }
    void arrangeForPresenting(bool presenting, QSize screen) override;
    void cutSelectedLink() override;
    void resetWorld() override;
    void playOrPause() override;
    void nextStep() override;
    void previousStep() override;
    // Opens a built-in lesson in the lesson dock: its world replaces the one running now.
    bool startLesson(const QString &id, QString *error = nullptr);
    MapLegend *mapLegend() const { return m_legend; }
    // What Reset, Apply-and-restart and Save start from (the configuration and the schedule).
    const LabDocument &document() const { return m_document; }
    const SimulationConfig &documentConfig() const { return m_document.config; }
    // What runs now: the document's configuration with this run's live changes made in the window
    // (what the control panel and the menus show). A reset returns it to the document's.
    const SimulationConfig &liveConfig() const { return m_live; }

    // Asks what to export (ExportDialog), then exports it.
    void exportInteractively(ExportRequest::What what, ChartKind kind);
    // Exports without asking: the map at once; charts and data from a copy of the simulation taken
    // on its thread, through the same code as `failover-lab run` (exportFinished() reports).
    void exportNow(const ExportRequest &request);

    // Topology edits (undoable; each restarts the simulation).
    void addRegion(int catalogIndex);
    void removeRegion(int index);
    // A region of the user's own at a point, and a region moved to a new place (dragged on the
    // map or typed in; `name` renames a custom region, empty keeps the name).
    void addCustomRegion(const QString &name, GeoPoint location);
    void moveRegion(int index, GeoPoint location, const QString &name = QString());
    // The same through RegionPlaceDialog (name and coordinates), starting from `location`.
    void askAddRegionAt(GeoPoint location);
    void askMoveRegion(int index);
    // Sends every request of `population` to `region` (what dropping a population does): that
    // population routes by its own weights, the others keep theirs. Undoable; no restart.
    void moveTraffic(int population, int region);

    // Scenario files (the format of core/scenario). Saving writes the run's starting configuration
    // and every command applied so far, with its simulated time, plus the loaded scenario's
    // commands still to come: loading the file replays the same run, bit for bit.
    bool openScenarioFile(const QString &path, QString *error = nullptr);
    // Opens the built-in scenario `name` as `failover-lab --builtin NAME` does.
    bool openBuiltinScenario(const QString &name, QString *error = nullptr);
    bool saveScenarioFile(const QString &path, QString *error = nullptr);
    // Opens a scenario already read (a built-in, say): `path` is empty when no file backs it, and
    // `name` is what the title bar and the log call it.
    void openScenarioDocument(const scenario::Scenario &loaded, const QString &path, const QString &name);
    // What the title bar calls the document: the file's name, a built-in's name, or empty for the
    // default world.
    QString documentName() const;

    // The compare view with the world being edited as side A and `b` as side B (aligned as the
    // `compare` command aligns them); nullptr, with the reason in `error`, when B cannot take A's
    // faults. This window's own run pauses: the two sides need the machine.
    CompareWindow *openCompare(const scenario::Scenario &b, const QString &nameB, QString *error = nullptr);
    // The same for two files, neither of them the window's world.
    CompareWindow *openCompareFiles(const QString &pathA, const QString &pathB, QString *error = nullptr);
    CompareWindow *compareWindow() const;
    // Side A as the compare view and the planner take it: the document, its own schedule.
    scenario::Scenario documentScenario() const;

    // File ▸ Open Built-in…: the scenario library (made on first use, then kept, so that the lesson
    // engine can give it lessons through scenarioLibrary() and listen to lessonRequested).
    ScenarioLibrary *scenarioLibrary();
    void showScenarioLibrary();
    // At startup without a file: the library, unless its "Show at startup" is off.
    void showStartPage();
    // The recently opened or saved files that still exist, newest first.
    QStringList recentFiles() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void finishExport(const ExportRequest &request, const Simulation &copy);
    // Runs `document` from time zero and makes it the window's document.
    void runDocument(const LabDocument &document);
    void init(const SimulationConfig &config, double speed);
    void createActions();
    void createDocumentAndTimeActions();
    void createRegionActions();
    void createLinkAndFailoverActions();
    void createViewActions();
    void createMenus();
    void createDocumentMenus();
    void createRegionMenu();
    void createLinkFailoverAndViewMenus();
    void createToolBar();
    void createDocks();
    void createLessonDock(); // needs the simulation: made after it
    void createPresenter();
    void retranslatePresenter();
    // Every restart of the world tells the lesson dock (see m_lessonDocument).
    void lessonWorldReplaced(const LabDocument &document);
    // The scenario library's "Open lesson": the lessons of each built-in, titled in the language.
    void giveLibraryLessons();
    void createStatusBar();
    void retranslateUi();
    void retranslateRegionAndLaterMenus();
    void updateWindowTitle();
    void updateActionTexts();
    void updateActionState();
    void updateUndoActions();
    void syncLanguageActions();
    void showAbout();

    void onSnapshot(const WorldSnapshot &snapshot);
    void updateStatusLabels(const WorldSnapshot &snapshot);
    void onCommandStamped(const Command &command);
    // A fault or a live setting: goes to the simulation stamped with its current time.
    void send(CommandType type, int a = -1, int b = -1, int c = -1, double x = 0, double y = 0);
    void applyLive(const Command &command);
    void regionAction(CommandType type, int b = -1);
    void linkAction(CommandType type, int direction); // 0 both, 1 from->to, 2 to->from
    void degradeSelectedLink();
    void pushConfigChange(int kind, const RegionConfig &region, const SimulationConfig &after);
    void sendRoute(int population, const TrafficMoveCommand::Route &route);
    void refuse(const QString &reason);
    // Manual failover: the operator's steps, on a region (-1: the selected one, or a chooser).
    void operatorPromote(int region);
    void operatorReroute(int region);
    void updateFailoverActions();
    void fillRegionChoiceMenu(QMenu *menu, bool promote);
    // Regions the operator can promote (up, holding data, not the primary) or reroute to (up,
    // serving, not where routing points already), from the newest snapshot.
    std::vector<int> failoverCandidates(bool promote) const;

    void newWorld();
    void openScenario();
    // Simulation ▸ Design for Targets…: one dialog at a time, on the world as the document has it.
    void openPlanDialog();
    // Simulation ▸ Compare With… and File ▸ Compare Two Files….
    void openCompareDialog();
    void compareTwoFiles();
    CompareWindow *showCompare(const scenario::ComparePair &pair, const QStringList &names);
    void saveScenario();
    void saveScenarioAs();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();

    LabDocument m_document;
    QPointer<PlanDialog> m_planDialog;
    QPointer<CompareWindow> m_compareWindow;
    ScenarioLibrary *m_library = nullptr;
    SimulationConfig m_live; // see liveConfig()
    SimulationController *m_sim = nullptr;
    WorldMapScene *m_scene = nullptr;
    WorldMapView *m_view = nullptr;
    MapLegend *m_legend = nullptr;
    QUndoStack *m_undo = nullptr;
    ControlPanel *m_control = nullptr;
    WeightsPanel *m_weights = nullptr;
    EventLogPanel *m_log = nullptr;
    HealthPanel *m_health = nullptr;
    IncidentPanel *m_incidents = nullptr;
    TimelineBar *m_timelineBar = nullptr;
    BranchPanel *m_branches = nullptr;
    QDockWidget *m_branchDock = nullptr;
    int m_shownBranch = 0; // the timeline's branch the last snapshot showed
    SpeedControl *m_speed = nullptr;
    QDockWidget *m_controlDock = nullptr;
    QDockWidget *m_weightsDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QDockWidget *m_healthDock = nullptr;
    QDockWidget *m_incidentDock = nullptr;
    QDockWidget *m_chartsDock = nullptr;
    ChartsPanel *m_charts = nullptr;
    LessonPanel *m_lessonPanel = nullptr;
    PresenterMode *m_presenter = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    std::unique_ptr<LessonHighlights> m_lessonHighlights;
    // The document a lesson opened: a reset to it restarts the step, any other document ends it.
    std::optional<LabDocument> m_lessonDocument;
    bool m_openingLesson = false;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_welcome = nullptr;
    QLabel *m_clockLabel = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_failoverLabel = nullptr;
    QString m_filePath;
    QString m_documentName; // a document not backed by a file (a built-in) is known by this name
    std::uint64_t m_lastRunId = 0;
    void applyTimeline(const WorldSnapshot &s, bool newRun);
    void jumpBy(SimTime delta);
    SimTime m_now = 0;

    QMenu *m_fileMenu = nullptr, *m_recentMenu = nullptr, *m_editMenu = nullptr, *m_simMenu = nullptr;
    QMenu *m_regionMenu = nullptr, *m_roleMenu = nullptr, *m_addRegionMenu = nullptr,
          *m_moveTrafficMenu = nullptr;
    QMenu *m_linkMenu = nullptr, *m_viewMenu = nullptr, *m_languageMenu = nullptr, *m_helpMenu = nullptr;
    QMenu *m_failoverMenu = nullptr, *m_promoteMenu = nullptr, *m_rerouteMenu = nullptr,
          *m_dependencyMenu = nullptr;

    ActionRegistry m_actions{this};
    QAction *action(const char *id) const { return m_actions.get(id); }
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace fl::ui
