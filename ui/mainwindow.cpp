#include "mainwindow.h"

#include "actionregistry.h"
#include "bridge/simulationrunner.h"
#include "charts/chartexporter.h"
#include "configedit.h"
#include "labtext.h"
#include "languagemanager.h"
#include "map/mapitems.h"
#include "map/worldmapscene.h"
#include "map/worldmapview.h"
#include "panels/chartspanel.h"
#include "panels/controlpanel.h"
#include "panels/degradedialog.h"
#include "panels/eventlogpanel.h"
#include "panels/healthpanel.h"
#include "panels/incidentpanel.h"
#include "panels/speedcontrol.h"
#include "panels/weightspanel.h"
#include "scenario/outputfile.h"
#include "scenario/runreport.h"
#include "scenario/scenarioreader.h"
#include "scenario/scenariowriter.h"
#include "sim/presets.h"
#include "sim/simulation.h"
#include "undocommands.h"
#include "world/regioncatalog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <optional>

namespace fl::ui {
namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kExportFormatKey = QStringLiteral("export/format");
const QString kExportSizeKey = QStringLiteral("export/size");
const QString kExportDpiKey = QStringLiteral("export/dpi");
const QString kExportDirKey = QStringLiteral("export/directory");
const QString kStateKey = QStringLiteral("window/state");
// Saved dock layouts of an older version (before the charts dock) are not restored.
constexpr int kStateVersion = 2;
const QString kRecentKey = QStringLiteral("file/recent");
constexpr int kMaxRecent = 8;
// The Region ▸ Set role actions, one per role in kRoles' order.
constexpr const char *kRoleActionIds[4] = {"regionRoleActive", "regionRoleStandby", "regionRolePilot",
                                           "regionRoleWitness"};
constexpr RegionRole kRoles[4] = {RegionRole::Active, RegionRole::WarmStandby, RegionRole::PilotLight,
                                  RegionRole::Witness};

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    init(defaultLabWorld(), 1.0);
}

MainWindow::MainWindow(const SimulationConfig &config, double speed, QWidget *parent) : QMainWindow(parent)
{
    init(config, speed);
}

MainWindow::~MainWindow()
{
    // Stop the simulation thread before the views it feeds go away.
    delete m_sim;
    m_sim = nullptr;
    // Children are deleted by ~QWidget, after this object has stopped being a MainWindow; the
    // undo stack signals indexChanged as it clears, so it must not reach our slots by then.
    m_undo->disconnect(this);
    delete m_undo;
    m_undo = nullptr;
}

void MainWindow::init(const SimulationConfig &config, double speed)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_config = config;
    m_undo = new QUndoStack(this);

    m_scene = new WorldMapScene(this);
    m_view = new WorldMapView(m_scene, this);
    m_welcome = new QLabel(this);
    m_welcome->setObjectName(QStringLiteral("welcomeLabel"));
    m_welcome->setWordWrap(true);
    m_welcome->setMargin(6);
    m_welcome->setStyleSheet(
        QStringLiteral("background: #eef4fa; color: #1f3b57; border-bottom: 1px solid #c9d8e6;"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_welcome);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createDocks();
    createToolBar();
    createStatusBar();

    m_sim = new SimulationController(m_config, nullptr, speed, true);
    m_speed->setSpeed(speed);
    connect(m_sim, &SimulationController::snapshotReady, this, &MainWindow::onSnapshot);
    connect(m_sim, &SimulationController::commandStamped, this, &MainWindow::onCommandStamped);
    connect(m_sim, &SimulationController::runningChanged, this, [this] { retranslateUi(); });
    connect(m_speed, &SpeedControl::speedRequested, m_sim, &SimulationController::setSpeed);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        updateActionTexts();
        updateActionState();
    });
    connect(m_scene, &WorldMapScene::regionMenuRequested, this,
            [this](int, const QPoint &at) { m_regionMenu->popup(at); });
    connect(m_scene, &WorldMapScene::linkMenuRequested, this,
            [this](int, int, const QPoint &at) { m_linkMenu->popup(at); });
    connect(m_scene, &WorldMapScene::populationDropped, this, &MainWindow::moveTraffic);

    connect(m_control, &ControlPanel::liveCommand, this, &MainWindow::applyLive);
    connect(m_control, &ControlPanel::refused, this, &MainWindow::refuse);
    connect(m_control, &ControlPanel::restartRequested, this, [this](const SimulationConfig &after) {
        pushConfigChange(ConfigChangeCommand::ChangeSettings, -1, after);
    });
    connect(m_log, &EventLogPanel::entryActivated, this, [this](SimTime at) {
        m_charts->setCursorTime(at);
        m_chartsDock->show();
        m_chartsDock->raise();
        statusBar()->showMessage(tr("Charts: cursor at %1 of simulated time").arg(LabText::clock(at)), 10000);
    });
    connect(m_charts, &ChartsPanel::exportChartRequested, this,
            [this](ChartKind kind) { exportInteractively(ExportRequest::What::Chart, kind); });
    connect(m_charts, &ChartsPanel::exportAllRequested, this,
            [this] { exportInteractively(ExportRequest::What::AllCharts, m_charts->currentKind()); });
    connect(m_weights, &WeightsPanel::liveCommand, this, &MainWindow::applyLive);
    connect(m_weights, &WeightsPanel::refused, this, &MainWindow::refuse);
    m_control->setConfig(m_config);

    retranslateUi();
    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this,
            &MainWindow::syncLanguageActions);
    syncLanguageActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1360, 860);
    restoreState(settings.value(kStateKey).toByteArray(), kStateVersion);
    rebuildRecentMenu();
    updateActionState();
}

// ---------------------------------------------------------------------------------------------
// Actions and menus

void MainWindow::createActions()
{
    m_actions.add("fileNew", QKeySequence::New, [this] { newWorld(); });
    m_actions.add("fileOpen", QKeySequence::Open, [this] { openScenario(); });
    m_actions.add("fileSave", QKeySequence::Save, [this] { saveScenario(); });
    m_actions.add("fileSaveAs", QKeySequence::SaveAs, [this] { saveScenarioAs(); });
    m_actions.add("fileExport", QKeySequence(Qt::CTRL | Qt::Key_E),
                  [this] { exportInteractively(ExportRequest::What::Chart, m_charts->currentKind()); });
    m_actions.add("fileQuit", QKeySequence::Quit, [this] { close(); });
    action("fileQuit")->setMenuRole(QAction::QuitRole);

    // Our own undo/redo actions rather than QUndoStack's, whose prefix text would not follow the
    // lab's language switch.
    m_actions.add("editUndo", QKeySequence::Undo, [this] { m_undo->undo(); });
    m_actions.add("editRedo", QKeySequence::Redo, [this] { m_undo->redo(); });
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);

    m_actions.add("simPlayPause", QKeySequence(Qt::Key_Space),
                  [this] { m_sim->setRunning(!m_sim->isRunning()); });
    m_actions.add("simStep", QKeySequence(Qt::Key_Period), [this] { m_sim->step(); });
    m_actions.add("simReset", QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
        m_sim->setConfig(m_config, m_faults);
        m_log->addNote(m_now, Severity::Notice,
                       [] { return MainWindow::tr("Reset: the simulation restarted from time zero."); });
    });
    m_actions.add("simFaster", QKeySequence(Qt::Key_BracketRight), [this] { m_speed->faster(); });
    m_actions.add("simSlower", QKeySequence(Qt::Key_BracketLeft), [this] { m_speed->slower(); });

    m_actions.add("regionKill", QKeySequence(Qt::Key_K), [this] { regionAction(CommandType::KillRegion); });
    m_actions.add("regionRestore", QKeySequence(Qt::Key_R),
                  [this] { regionAction(CommandType::RestoreRegion); });
    m_actions.add("regionDestroy", QKeySequence(Qt::SHIFT | Qt::Key_K),
                  [this] { regionAction(CommandType::DestroyRegion); });
    m_actions.add("regionIsolate", QKeySequence(Qt::Key_I),
                  [this] { regionAction(CommandType::IsolateRegion); });
    m_actions.add("regionKillApp", QKeySequence(Qt::Key_A),
                  [this] { regionAction(CommandType::KillAppTier); });
    m_actions.add("regionRestoreApp", QKeySequence(Qt::SHIFT | Qt::Key_A),
                  [this] { regionAction(CommandType::RestoreAppTier); });
    m_actions.add("regionKillData", QKeySequence(Qt::Key_D),
                  [this] { regionAction(CommandType::KillDataTier); });
    m_actions.add("regionRestoreData", QKeySequence(Qt::SHIFT | Qt::Key_D),
                  [this] { regionAction(CommandType::RestoreDataTier); });
    const Qt::Key roleKeys[4] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
    for (int i = 0; i < 4; ++i) {
        m_actions.add(kRoleActionIds[i], QKeySequence(roleKeys[i]), [this, i] {
            const int region = m_scene->selectedRegion();
            if (region >= 0)
                applyLive(makeCommand(0, CommandType::SetRegionRole, region, static_cast<int>(kRoles[i])));
        });
    }
    m_actions.add("regionFailback", QKeySequence(Qt::Key_F),
                  [this] { regionAction(CommandType::OperatorFailback); });
    m_actions.add("regionAllTraffic", QKeySequence(Qt::Key_T), [this] {
        const int region = m_scene->selectedRegion();
        for (int p = 0; region >= 0 && p < static_cast<int>(m_config.populations.size()); ++p)
            moveTraffic(p, region);
    });
    m_actions.add("regionAdd", QKeySequence(Qt::Key_Insert),
                  [this] { m_addRegionMenu->popup(m_view->mapToGlobal(m_view->rect().center())); });
    m_actions.add("regionRemove", QKeySequence(Qt::Key_Delete), [this] {
        const int region = m_scene->selectedRegion();
        if (region >= 0)
            removeRegion(region);
    });

    m_actions.add("linkCutBoth", QKeySequence(Qt::Key_C), [this] { linkAction(CommandType::CutLink, 0); });
    m_actions.add("linkCutForward", QKeySequence(Qt::SHIFT | Qt::Key_C),
                  [this] { linkAction(CommandType::CutLink, 1); });
    m_actions.add("linkCutBackward", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                  [this] { linkAction(CommandType::CutLink, 2); });
    m_actions.add("linkHeal", QKeySequence(Qt::Key_H), [this] { linkAction(CommandType::HealLink, 0); });
    m_actions.add("linkDegrade", QKeySequence(Qt::Key_G), [this] { degradeSelectedLink(); });

    // Manual failover: the operator's three steps. Single keys, like the other map actions.
    m_actions.add("failoverVerify", QKeySequence(Qt::Key_V), [this] { send(CommandType::OperatorVerify); });
    m_actions.add("failoverPromote", QKeySequence(Qt::Key_P), [this] { operatorPromote(-1); });
    m_actions.add("failoverReroute", QKeySequence(Qt::Key_O), [this] { operatorReroute(-1); });
    m_actions.add("regionPromote", QKeySequence(), [this] { operatorPromote(m_scene->selectedRegion()); });
    m_actions.add("regionReroute", QKeySequence(), [this] { operatorReroute(m_scene->selectedRegion()); });

    m_actions.add("viewZoomIn", QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    m_actions.add("viewZoomOut", QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    m_actions.add("viewFit", QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->fitWorld(); });

    m_actions.add("helpAbout", QKeySequence(), [this] { showAbout(); });
    action("helpAbout")->setMenuRole(QAction::AboutRole);
    m_actions.add("helpAboutQt", QKeySequence(), [] { QApplication::aboutQt(); });
    action("helpAboutQt")->setMenuRole(QAction::AboutQtRole);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : LanguageManager::availableLanguages()) {
        auto *action = new QAction(LanguageManager::nativeName(code), m_languageGroup);
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_") + code);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [](QAction *action) { LanguageManager::instance()->setLanguage(action->data().toString()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(action("fileNew"));
    m_fileMenu->addAction(action("fileOpen"));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(action("fileSave"));
    m_fileMenu->addAction(action("fileSaveAs"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action("fileExport"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action("fileQuit"));

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(action("editUndo"));
    m_editMenu->addAction(action("editRedo"));

    m_simMenu = menuBar()->addMenu(QString());
    m_simMenu->addActions({action("simPlayPause"), action("simStep"), action("simReset")});
    m_simMenu->addSeparator();
    m_simMenu->addActions({action("simFaster"), action("simSlower")});

    m_regionMenu = menuBar()->addMenu(QString());
    m_regionMenu->setObjectName(QStringLiteral("regionMenu"));
    m_regionMenu->addActions(
        {action("regionKill"), action("regionRestore"), action("regionDestroy"), action("regionIsolate")});
    m_regionMenu->addSeparator();
    m_regionMenu->addActions({action("regionKillApp"), action("regionRestoreApp"), action("regionKillData"),
                              action("regionRestoreData")});
    m_regionMenu->addSeparator();
    m_roleMenu = m_regionMenu->addMenu(QString());
    for (const char *id : kRoleActionIds)
        m_roleMenu->addAction(action(id));
    m_regionMenu->addAction(action("regionFailback"));
    m_regionMenu->addAction(action("regionPromote"));
    m_regionMenu->addAction(action("regionReroute"));
    m_dependencyMenu = m_regionMenu->addMenu(QString());
    m_dependencyMenu->setObjectName(QStringLiteral("dependencyMenu"));
    connect(m_dependencyMenu, &QMenu::aboutToShow, this, [this] {
        m_dependencyMenu->clear();
        const int region = m_scene->selectedRegion();
        const WorldSnapshot &s = m_sim->latest();
        const ConfigNames names = ConfigNames::from(m_config);
        for (int d = 0; d < static_cast<int>(m_config.dependencies.size()); ++d) {
            if (m_config.dependencies[static_cast<std::size_t>(d)].kind == DependencyKind::Cache)
                continue; // a cache is in every region
            QAction *a = m_dependencyMenu->addAction(tr("%1 deployed here").arg(names.dependency(d)));
            a->setObjectName(QStringLiteral("dependency_%1").arg(d));
            a->setCheckable(true);
            bool deployed = false;
            if (region >= 0 && region < static_cast<int>(s.regions.size())) {
                const auto &at = s.regions[static_cast<std::size_t>(region)].dependencyDeployed;
                deployed = static_cast<std::size_t>(d) < at.size() && at[static_cast<std::size_t>(d)] != 0;
            }
            a->setChecked(deployed);
            a->setEnabled(region >= 0);
            connect(a, &QAction::triggered, this, [this, d, region](bool on) {
                send(on ? CommandType::DeployDependency : CommandType::RemoveDependency, d, region);
            });
        }
    });
    m_regionMenu->addAction(action("regionAllTraffic"));
    m_moveTrafficMenu = m_regionMenu->addMenu(QString());
    connect(m_moveTrafficMenu, &QMenu::aboutToShow, this, [this] {
        m_moveTrafficMenu->clear();
        const int region = m_scene->selectedRegion();
        for (int p = 0; p < static_cast<int>(m_config.populations.size()); ++p) {
            QAction *a = m_moveTrafficMenu->addAction(
                LabText::populationName(m_config.populations[static_cast<std::size_t>(p)].catalogIndex));
            connect(a, &QAction::triggered, this, [this, p, region] { moveTraffic(p, region); });
        }
    });
    m_regionMenu->addSeparator();
    m_addRegionMenu = m_regionMenu->addMenu(QString());
    m_addRegionMenu->setObjectName(QStringLiteral("addRegionMenu"));
    connect(m_addRegionMenu, &QMenu::aboutToShow, this, [this] {
        m_addRegionMenu->clear();
        const auto &catalog = regionCatalog();
        for (int i = 0; i < static_cast<int>(catalog.size()); ++i) {
            const bool present = std::any_of(m_config.regions.begin(), m_config.regions.end(),
                                             [i](const RegionConfig &r) { return r.catalogIndex == i; });
            QAction *a = m_addRegionMenu->addAction(
                QStringLiteral("%1 (%2)").arg(LabText::regionName(i), LabText::regionId(i)));
            a->setEnabled(!present);
            connect(a, &QAction::triggered, this, [this, i] { addRegion(i); });
        }
    });
    m_regionMenu->addAction(action("regionAdd"));
    m_regionMenu->addAction(action("regionRemove"));

    m_linkMenu = menuBar()->addMenu(QString());
    m_linkMenu->setObjectName(QStringLiteral("linkMenu"));
    m_linkMenu->addActions({action("linkCutBoth"), action("linkCutForward"), action("linkCutBackward"),
                            action("linkHeal"), action("linkDegrade")});

    m_failoverMenu = menuBar()->addMenu(QString());
    m_failoverMenu->setObjectName(QStringLiteral("failoverMenu"));
    m_failoverMenu->addActions(
        {action("failoverVerify"), action("failoverPromote"), action("failoverReroute")});
    m_failoverMenu->addSeparator();
    m_promoteMenu = m_failoverMenu->addMenu(QString());
    m_promoteMenu->setObjectName(QStringLiteral("promoteMenu"));
    connect(m_promoteMenu, &QMenu::aboutToShow, this, [this] { fillRegionChoiceMenu(m_promoteMenu, true); });
    m_rerouteMenu = m_failoverMenu->addMenu(QString());
    m_rerouteMenu->setObjectName(QStringLiteral("rerouteMenu"));
    connect(m_rerouteMenu, &QMenu::aboutToShow, this, [this] { fillRegionChoiceMenu(m_rerouteMenu, false); });

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({action("viewZoomIn"), action("viewZoomOut"), action("viewFit")});
    m_viewMenu->addSeparator();

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(action("helpAbout"));
    m_helpMenu->addAction(action("helpAboutQt"));
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("timeToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({action("simPlayPause"), action("simStep"), action("simReset")});
    m_toolBar->addSeparator();
    m_speed = new SpeedControl(m_toolBar);
    m_toolBar->addWidget(m_speed);
    m_toolBar->addSeparator();
    m_toolBar->addActions({action("editUndo"), action("editRedo")});
    m_toolBar->addSeparator();
    m_toolBar->addActions({action("failoverVerify"), action("failoverPromote"), action("failoverReroute")});
    m_toolBar->addSeparator();
    m_toolBar->addActions({action("viewZoomIn"), action("viewZoomOut"), action("viewFit")});
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
}

void MainWindow::createDocks()
{
    auto dock = [this](const char *name, QWidget *content, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(QLatin1String(name));
        d->setWidget(content);
        addDockWidget(area, d);
        m_viewMenu->addAction(d->toggleViewAction());
        return d;
    };
    m_control = new ControlPanel(this);
    m_weights = new WeightsPanel(this);
    m_log = new EventLogPanel(this);
    m_health = new HealthPanel(this);
    m_incidents = new IncidentPanel(this);
    m_charts = new ChartsPanel(this);
    auto *controlScroll = new QScrollArea(this);
    controlScroll->setObjectName(QStringLiteral("controlScroll"));
    controlScroll->setWidget(m_control);
    controlScroll->setWidgetResizable(true);
    controlScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    controlScroll->setFrameShape(QFrame::NoFrame);
    m_controlDock = dock("controlDock", controlScroll, Qt::RightDockWidgetArea);
    m_weightsDock = dock("weightsDock", m_weights, Qt::BottomDockWidgetArea);
    m_logDock = dock("eventLogDock", m_log, Qt::BottomDockWidgetArea);
    m_healthDock = dock("healthDock", m_health, Qt::BottomDockWidgetArea);
    m_incidentDock = dock("incidentDock", m_incidents, Qt::BottomDockWidgetArea);
    m_chartsDock = dock("chartsDock", m_charts, Qt::BottomDockWidgetArea);
    // Bottom row: health (with the weights behind it) | event log (with the incidents beside it).
    splitDockWidget(m_weightsDock, m_logDock, Qt::Horizontal);
    tabifyDockWidget(m_weightsDock, m_healthDock);
    tabifyDockWidget(m_healthDock, m_chartsDock);
    splitDockWidget(m_logDock, m_incidentDock, Qt::Vertical);
    m_chartsDock->raise();
    resizeDocks({m_controlDock}, {380}, Qt::Horizontal);
    resizeDocks({m_logDock, m_healthDock}, {330, 330}, Qt::Vertical);
    resizeDocks({m_healthDock, m_logDock}, {640, 560}, Qt::Horizontal);
}

void MainWindow::createStatusBar()
{
    m_stateLabel = new QLabel(this);
    m_failoverLabel = new QLabel(this);
    m_failoverLabel->setObjectName(QStringLiteral("failoverStateLabel"));
    m_failoverLabel->hide();
    statusBar()->addPermanentWidget(m_failoverLabel);
    m_clockLabel = new QLabel(this);
    m_clockLabel->setObjectName(QStringLiteral("simClockLabel"));
    m_speedLabel = new QLabel(this);
    m_speedLabel->setObjectName(QStringLiteral("achievedSpeedLabel"));
    statusBar()->addPermanentWidget(m_stateLabel);
    statusBar()->addPermanentWidget(m_clockLabel);
    statusBar()->addPermanentWidget(m_speedLabel);
}

void MainWindow::updateWindowTitle()
{
    const QString name = documentName();
    setWindowFilePath(m_filePath);
    setWindowTitle(name.isEmpty() ? tr("Failover Lab") : tr("%1 — Failover Lab").arg(name));
}

QString MainWindow::documentName() const
{
    return m_filePath.isEmpty() ? m_documentName : QFileInfo(m_filePath).fileName();
}

void MainWindow::retranslateUi()
{
    updateWindowTitle();
    statusBar()->clearMessage(); // a message in the previous language would linger
    m_welcome->setText(tr("Right-click a region to fail it · click a link to cut or degrade it · drag a blue "
                          "population circle onto a region to send its users there · Space pauses"));

    m_fileMenu->setTitle(tr("&File"));
    action("fileNew")->setText(tr("&New"));
    action("fileNew")->setStatusTip(tr("Start again from the default world"));
    action("fileOpen")->setText(tr("&Open…"));
    action("fileSave")->setText(tr("&Save"));
    action("fileSaveAs")->setText(tr("Save &As…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    action("fileExport")->setText(tr("&Export…"));
    action("fileExport")
        ->setStatusTip(
            tr("Export a chart or all charts (PNG, SVG, PDF), the run's data (CSV, JSON) or the map (PNG)"));
    action("fileQuit")->setText(tr("&Quit"));
    action("fileQuit")->setStatusTip(tr("Close the lab"));

    m_editMenu->setTitle(tr("&Edit"));
    for (int i = 0; i < m_undo->count(); ++i) {
        if (auto *c = dynamic_cast<LabUndoCommand *>(const_cast<QUndoCommand *>(m_undo->command(i))))
            c->retranslate();
    }
    updateUndoActions();

    m_simMenu->setTitle(tr("&Simulation"));
    const bool running = m_sim && m_sim->isRunning();
    action("simPlayPause")->setText(running ? tr("&Pause") : tr("&Play"));
    action("simPlayPause")
        ->setToolTip(running ? tr("Pause the simulation (Space)") : tr("Run the simulation (Space)"));
    action("simStep")->setText(tr("S&tep one second"));
    action("simStep")->setToolTip(tr("Advance one simulated second, then pause (.)"));
    action("simReset")->setText(tr("&Reset"));
    action("simReset")
        ->setToolTip(tr("Restart the simulation from time zero with the current settings (Ctrl+R)"));
    action("simFaster")->setText(tr("&Faster"));
    action("simSlower")->setText(tr("S&lower"));

    m_regionMenu->setTitle(tr("&Region"));
    m_roleMenu->setTitle(tr("Set &role"));
    for (int i = 0; i < 4; ++i)
        action(kRoleActionIds[i])->setText(LabText::roleName(kRoles[i]));
    m_moveTrafficMenu->setTitle(tr("Move a population's traffic &here"));
    m_addRegionMenu->setTitle(tr("Add region from the &catalog"));
    action("regionAdd")->setText(tr("Add region…"));
    action("regionAdd")
        ->setStatusTip(tr("Adds a region; the simulation restarts from the new configuration"));
    action("regionRemove")
        ->setStatusTip(tr("Removes the region; the simulation restarts from the new configuration"));

    m_dependencyMenu->setTitle(tr("De&pendencies"));
    m_failoverMenu->setTitle(tr("Fail&over"));
    action("failoverVerify")->setText(tr("&Verify the alert"));
    action("failoverVerify")->setToolTip(tr("Confirm the controller's alert: the primary really failed (V)"));
    m_promoteMenu->setTitle(tr("Promote &region"));
    m_rerouteMenu->setTitle(tr("Reroute traffic &to"));
    m_healthDock->setWindowTitle(tr("Health and traffic"));
    m_incidentDock->setWindowTitle(tr("Incidents"));
    m_chartsDock->setWindowTitle(tr("Charts"));

    m_linkMenu->setTitle(tr("&Link"));
    m_viewMenu->setTitle(tr("&View"));
    action("viewZoomIn")->setText(tr("Zoom &in"));
    action("viewZoomOut")->setText(tr("Zoom &out"));
    action("viewFit")->setText(tr("&Fit the world"));
    m_toolBar->setWindowTitle(tr("Time"));
    m_controlDock->setWindowTitle(tr("Controls"));
    m_weightsDock->setWindowTitle(tr("Traffic weights"));
    m_logDock->setWindowTitle(tr("Event log"));

    m_languageMenu->setTitle(tr("&Language"));
    m_languageMenu->setToolTip(tr("Switch the language of the whole lab; the choice is remembered"));
    m_helpMenu->setTitle(tr("&Help"));
    action("helpAbout")->setText(tr("&About Failover Lab"));
    action("helpAboutQt")->setText(tr("About &Qt"));
    m_stateLabel->setText(running ? tr("running") : tr("paused"));
    if (m_sim && m_sim->hasSnapshot())
        updateStatusLabels(m_sim->latest()); // while paused no new snapshot comes to do it
    updateActionTexts();
}

void MainWindow::updateActionTexts()
{
    const int region = m_scene->selectedRegion();
    const QString name =
        region >= 0 && region < static_cast<int>(m_config.regions.size())
            ? LabText::regionName(m_config.regions[static_cast<std::size_t>(region)].catalogIndex)
            : tr("region");
    action("regionKill")->setText(tr("&Kill %1").arg(name));
    action("regionKill")->setStatusTip(tr("Crash the region: it answers nothing, its storage survives"));
    action("regionRestore")->setText(tr("R&estore %1").arg(name));
    action("regionDestroy")->setText(tr("&Destroy %1").arg(name));
    action("regionDestroy")->setStatusTip(tr("Crash the region and lose its data for good"));
    action("regionIsolate")->setText(tr("&Isolate %1").arg(name));
    action("regionIsolate")
        ->setStatusTip(tr("Cut all its links to other regions; its nearby users still reach it"));
    action("regionKillApp")->setText(tr("Kill the &app tier"));
    action("regionRestoreApp")->setText(tr("Restore the app tier"));
    action("regionKillData")->setText(tr("Kill the da&ta tier"));
    action("regionRestoreData")->setText(tr("Restore the data tier"));
    action("regionFailback")->setText(tr("Operator &failback to %1").arg(name));
    action("regionFailback")
        ->setStatusTip(tr("Readmit a recovered region that manual failback holds out of rotation"));
    action("regionAllTraffic")->setText(tr("Send &all users to %1").arg(name));
    action("regionPromote")->setText(tr("Promote %1 to &primary").arg(name));
    action("regionPromote")
        ->setStatusTip(tr("Operator: make this region the data primary (manual failover)"));
    action("regionReroute")->setText(tr("Reroute traffic to %1").arg(name));
    action("regionReroute")
        ->setStatusTip(tr("Operator: point primary routing at this region (manual failover)"));
    action("failoverPromote")->setText(region >= 0 ? tr("&Promote %1…").arg(name) : tr("&Promote region…"));
    action("failoverPromote")
        ->setToolTip(tr("Promote a replica to primary: the selected region, or choose one (P)"));
    action("failoverReroute")
        ->setText(region >= 0 ? tr("Re&route to %1…").arg(name) : tr("Re&route traffic…"));
    action("failoverReroute")
        ->setToolTip(tr("Point routing at a region: the selected one, or choose one (O)"));
    action("regionRemove")->setText(tr("Re&move %1").arg(name));

    const auto link = m_scene->selectedLink();
    QString a = tr("region"), b = tr("region");
    if (link) {
        a = LabText::regionName(m_config.regions[static_cast<std::size_t>(link->first)].catalogIndex);
        b = LabText::regionName(m_config.regions[static_cast<std::size_t>(link->second)].catalogIndex);
    }
    action("linkCutBoth")->setText(tr("&Cut %1 ↔ %2 both ways").arg(a, b));
    action("linkCutForward")->setText(tr("Cut %1 → %2 &only").arg(a, b));
    action("linkCutBackward")->setText(tr("Cut %1 → %2 o&nly").arg(b, a));
    action("linkHeal")->setText(tr("&Heal %1 ↔ %2").arg(a, b));
    action("linkDegrade")->setText(tr("&Degrade %1 ↔ %2…").arg(a, b));
}

void MainWindow::updateUndoActions()
{
    action("editUndo")->setEnabled(m_undo->canUndo());
    action("editRedo")->setEnabled(m_undo->canRedo());
    action("editUndo")->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
    action("editRedo")->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
}

void MainWindow::updateActionState()
{
    const bool region = m_scene->selectedRegion() >= 0;
    for (QAction *a : {action("regionKill"), action("regionRestore"), action("regionDestroy"),
                       action("regionIsolate"), action("regionKillApp"), action("regionRestoreApp"),
                       action("regionKillData"), action("regionRestoreData"), action("regionFailback"),
                       action("regionAllTraffic"), action("regionRemove")})
        a->setEnabled(region);
    m_roleMenu->setEnabled(region);
    m_moveTrafficMenu->setEnabled(region);
    action("regionRemove")->setEnabled(region && m_config.regions.size() > 1);
    const bool link = m_scene->selectedLink().has_value();
    for (QAction *a : {action("linkCutBoth"), action("linkCutForward"), action("linkCutBackward"),
                       action("linkHeal"), action("linkDegrade")})
        a->setEnabled(link);
    updateFailoverActions();
}

void MainWindow::updateFailoverActions()
{
    const bool manual = m_config.failover.mode == FailoverMode::Manual &&
                        m_config.data.topology == WriteTopology::SinglePrimary;
    m_failoverMenu->menuAction()->setVisible(manual);
    for (QAction *a : {action("failoverVerify"), action("failoverPromote"), action("failoverReroute"),
                       action("regionPromote"), action("regionReroute")})
        a->setVisible(manual);
    m_dependencyMenu->menuAction()->setVisible(!m_config.dependencies.empty());
    m_dependencyMenu->setEnabled(m_scene->selectedRegion() >= 0);

    const bool have = m_sim && m_sim->hasSnapshot();
    const WorldSnapshot *s = have ? &m_sim->latest() : nullptr;
    const ControllerView controller = s ? s->controller : ControllerView{};
    const int region = m_scene->selectedRegion();
    const RegionView *selected = s && region >= 0 && region < static_cast<int>(s->regions.size())
                                     ? &s->regions[static_cast<std::size_t>(region)]
                                     : nullptr;
    const bool canPromoteSelected =
        selected && selected->up && selected->holdsData && !selected->dataPrimary && controller.promoting < 0;
    const bool servingSelected =
        selected && selected->up &&
        (selected->role == RegionRole::Active || selected->role == RegionRole::WarmStandby);
    const bool canRerouteSelected = servingSelected && s->data.routingPrimary != region;
    action("failoverVerify")->setEnabled(manual && controller.primaryDeclaredDown && !controller.verified);
    action("failoverPromote")
        ->setEnabled(manual && controller.promoting < 0 && (region < 0 || canPromoteSelected));
    action("failoverReroute")->setEnabled(manual && (region < 0 || canRerouteSelected));
    action("regionPromote")->setEnabled(manual && canPromoteSelected);
    action("regionReroute")->setEnabled(manual && canRerouteSelected);

    // The next step of the runbook stands out: verify, then promote, then reroute.
    QAction *next = nullptr;
    QString state;
    if (manual && s) {
        if (controller.awaitingOperator && !controller.verified) {
            next = action("failoverVerify");
            state = tr("Failover: the controller declared the primary failed — verify the alert (V)");
        } else if (controller.awaitingOperator) {
            next = action("failoverPromote");
            state = tr("Failover: alert verified — promote a replica (P)");
        } else if (controller.promoting >= 0) {
            state = tr("Failover: promotion under way");
        } else if (s->data.dataPrimary >= 0 && s->data.routingPrimary != s->data.dataPrimary) {
            next = action("failoverReroute");
            state = tr("Failover: routing still points at the old primary — reroute (O)");
        }
    }
    for (QAction *a : {action("failoverVerify"), action("failoverPromote"), action("failoverReroute")}) {
        QFont f = a->font();
        f.setBold(a == next);
        if (a->font() != f)
            a->setFont(f);
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(a))) {
            const QString style = a == next
                                      ? QStringLiteral("QToolButton { background: #ffd54f; color: #3d2c00; "
                                                       "font-weight: bold; border: 1px solid #c79a00; "
                                                       "border-radius: 3px; padding: 2px 6px; }")
                                      : QString();
            if (button->styleSheet() != style)
                button->setStyleSheet(style);
        }
    }
    if (m_failoverLabel->text() != state)
        m_failoverLabel->setText(state);
    const QString labelStyle =
        state.isEmpty() ? QString() : QStringLiteral("background: #ffd54f; color: #3d2c00; padding: 0 6px;");
    if (m_failoverLabel->styleSheet() != labelStyle)
        m_failoverLabel->setStyleSheet(labelStyle);
    m_failoverLabel->setVisible(!state.isEmpty());
}

void MainWindow::fillRegionChoiceMenu(QMenu *menu, bool promote)
{
    menu->clear();
    const WorldSnapshot &s = m_sim->latest();
    for (const RegionView &r : s.regions) {
        const bool serving = r.role == RegionRole::Active || r.role == RegionRole::WarmStandby;
        const bool eligible = promote ? r.up && r.holdsData && !r.dataPrimary : r.up && serving;
        QString text = LabText::regionName(r.catalogIndex);
        if (promote && r.holdsData && !r.dataPrimary)
            text = tr("%1 (lag %2 ms)").arg(text, QLocale().toString(r.receiveLagMs, 'f', 0));
        QAction *a = menu->addAction(text);
        a->setObjectName(QStringLiteral("%1_%2")
                             .arg(promote ? QStringLiteral("promote") : QStringLiteral("reroute"))
                             .arg(r.index));
        a->setEnabled(eligible);
        const int region = r.index;
        connect(a, &QAction::triggered, this,
                [this, region, promote] { promote ? operatorPromote(region) : operatorReroute(region); });
    }
}

void MainWindow::operatorPromote(int region)
{
    if (region < 0)
        region = m_scene->selectedRegion();
    if (region < 0) {
        // No region selected: let the operator choose, next to the button that asked.
        QWidget *button = m_toolBar->widgetForAction(action("failoverPromote"));
        fillRegionChoiceMenu(m_promoteMenu, true);
        m_promoteMenu->popup(button ? button->mapToGlobal(QPoint(0, button->height())) : QCursor::pos());
        return;
    }
    send(CommandType::OperatorPromote, region);
}

void MainWindow::operatorReroute(int region)
{
    if (region < 0)
        region = m_scene->selectedRegion();
    if (region < 0) {
        QWidget *button = m_toolBar->widgetForAction(action("failoverReroute"));
        fillRegionChoiceMenu(m_rerouteMenu, false);
        m_rerouteMenu->popup(button ? button->mapToGlobal(QPoint(0, button->height())) : QCursor::pos());
        return;
    }
    send(CommandType::OperatorReroute, region);
}

void MainWindow::syncLanguageActions()
{
    const QString current = LanguageManager::instance()->language();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == current);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Failover Lab"),
        tr("<p><b>Failover Lab %1</b></p>"
           "<p>Every number in the lab comes from a deterministic discrete-event simulation of individual "
           "requests and replication messages.</p>"
           "<p>Map: land outline from Natural Earth 1:110m (public domain), via the world-atlas package "
           "(ISC licence, © Michael Bostock); Natural Earth projection.</p>")
            .arg(QStringLiteral(FL_VERSION_STRING)));
}

// ---------------------------------------------------------------------------------------------
// The simulation

void MainWindow::onSnapshot(const WorldSnapshot &s)
{
    QElapsedTimer applying;
    applying.start();
    const auto reportTime = qScopeGuard([&] { emit snapshotApplied(applying.nsecsElapsed()); });
    m_now = s.now;
    if (s.runId != m_lastRunId) {
        m_lastRunId = s.runId;
        updateActionTexts();
        updateActionState();
    }
    m_scene->applySnapshot(s);
    m_weights->applySnapshot(s);
    m_health->applySnapshot(s);
    m_incidents->applySnapshot(s);
    m_charts->applySnapshot(s);
    m_control->showCost(s.data.costPerHour, s.data.totalCost);
    std::vector<int> regions;
    for (const RegionView &r : s.regions)
        regions.push_back(r.catalogIndex);
    m_log->setRegions(regions);
    updateFailoverActions();
    WorldSnapshot logView;
    if (!s.events.empty()) {
        // The user's own commands are logged from commandStamped, with all their arguments.
        logView.config = s.config;
        logView.now = s.now;
        logView.eventsDropped = s.eventsDropped;
        // Commands of an opened scenario's schedule are logged when they apply (nobody stamped them).
        const auto scheduled = [this](const SimEvent &e) {
            return std::any_of(m_faults.begin(), m_faults.end(), [&e](const Command &c) {
                return c.at == e.time && static_cast<double>(c.type) == e.value && c.a == e.region &&
                       c.b == e.other;
            });
        };
        for (const SimEvent &e : s.events) {
            if (e.type != SimEventType::CommandApplied || scheduled(e))
                logView.events.push_back(e);
        }
        m_log->addSnapshotEvents(logView);
    }
    updateStatusLabels(s);
}

void MainWindow::updateStatusLabels(const WorldSnapshot &s)
{
    m_clockLabel->setText(tr("Simulated time %1").arg(LabText::clock(s.now)));
    m_speedLabel->setText(
        tr("Speed %1 · achieved %2")
            .arg(LabText::speed(s.speed), s.running ? LabText::speed(s.achievedSpeed) : tr("paused")));
}

void MainWindow::onCommandStamped(const Command &command)
{
    const auto names = std::make_shared<ConfigNames>(ConfigNames::from(m_config));
    const QString text = describeCommand(command, *names);
    statusBar()->showMessage(tr("%1 — at %2 simulated").arg(text, LabText::clock(command.at)), 8000);
    EventCategory category = EventCategory::Faults;
    int region = command.a;
    switch (static_cast<CommandType>(command.type)) {
    case CommandType::OperatorVerify:
    case CommandType::OperatorPromote:
    case CommandType::OperatorReroute:
    case CommandType::OperatorFailback:
        category = EventCategory::Failover;
        break;
    case CommandType::SetReplicationMode:
        category = EventCategory::Data;
        region = -1;
        break;
    case CommandType::SetClockSkew:
        category = EventCategory::Data;
        break;
    case CommandType::SetWeight:
    case CommandType::DeployDependency:
    case CommandType::RemoveDependency:
        region = command.b;
        break;
    case CommandType::SetPopulationRate:
    case CommandType::SetRoutingPolicy:
    case CommandType::SetRoutingMechanism:
    case CommandType::SetDnsTtl:
        region = -1;
        break;
    default:
        break;
    }
    m_log->addNote(
        command.at, Severity::Notice,
        [command, names] { return MainWindow::tr("You: %1").arg(describeCommand(command, *names)); },
        category, names->regionCatalogIndex(region));
}

void MainWindow::send(CommandType type, int a, int b, int c, double x, double y)
{
    m_sim->submit(type, a, b, c, x, y);
}

void MainWindow::applyLive(const Command &command)
{
    ConfigEdit::applyLive(m_config, command);
    m_sim->submit(static_cast<CommandType>(command.type), command.a, command.b, command.c, command.x,
                  command.y);
    m_control->setConfig(m_config);
}

void MainWindow::regionAction(CommandType type, int b)
{
    const int region = m_scene->selectedRegion();
    if (region < 0) {
        statusBar()->showMessage(tr("Select a region on the map first."), 5000);
        return;
    }
    send(type, region, b);
}

void MainWindow::linkAction(CommandType type, int direction)
{
    const auto link = m_scene->selectedLink();
    if (!link) {
        statusBar()->showMessage(tr("Click a link on the map first."), 5000);
        return;
    }
    const auto [from, to] = *link;
    if (direction == 2)
        send(type, to, from, 1);
    else
        send(type, from, to, direction == 1 ? 1 : 0);
}

void MainWindow::degradeSelectedLink()
{
    const auto link = m_scene->selectedLink();
    if (!link) {
        statusBar()->showMessage(tr("Click a link on the map first."), 5000);
        return;
    }
    const auto [from, to] = *link;
    auto *dialog = new DegradeDialog(
        LabText::regionName(m_config.regions[static_cast<std::size_t>(from)].catalogIndex),
        LabText::regionName(m_config.regions[static_cast<std::size_t>(to)].catalogIndex), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, from, to] {
        const int direction = dialog->direction();
        const int a = direction == 2 ? to : from;
        const int b = direction == 2 ? from : to;
        send(CommandType::DegradeLink, a, b, direction == 0 ? 0 : 1, dialog->extraMs(),
             dialog->lossFraction());
    });
    dialog->open(); // not exec(): no nested event loop
}

void MainWindow::moveTraffic(int population, int region)
{
    if (population < 0 || population >= static_cast<int>(m_config.populations.size()) || region < 0 ||
        region >= static_cast<int>(m_config.regions.size()))
        return;
    const RegionRole role = m_config.regions[static_cast<std::size_t>(region)].role;
    if (role == RegionRole::Witness || role == RegionRole::PilotLight) {
        refuse(tr("%1 is a %2 and serves no users: make it active or a warm standby first.")
                   .arg(LabText::regionName(m_config.regions[static_cast<std::size_t>(region)].catalogIndex),
                        LabText::roleName(role)));
        return;
    }
    const auto weights = ConfigEdit::weightsToward(m_config.regions.size(), region);
    for (int r = 0; r < static_cast<int>(weights.size()); ++r)
        applyLive(
            makeCommand(0, CommandType::SetWeight, population, r, -1, weights[static_cast<std::size_t>(r)]));
    if (m_config.routing.policy != RoutingPolicy::Weighted)
        applyLive(makeCommand(0, CommandType::SetRoutingPolicy, static_cast<int>(RoutingPolicy::Weighted)));
    statusBar()->showMessage(
        tr("All traffic of %1 now goes to %2 (weighted routing).")
            .arg(LabText::populationName(
                     m_config.populations[static_cast<std::size_t>(population)].catalogIndex),
                 LabText::regionName(m_config.regions[static_cast<std::size_t>(region)].catalogIndex)),
        8000);
}

void MainWindow::refuse(const QString &reason)
{
    statusBar()->showMessage(tr("Refused: %1").arg(reason), 10000);
}

// ---------------------------------------------------------------------------------------------
// Topology and configuration (undoable; each restarts the simulation)

void MainWindow::addRegion(int catalogIndex)
{
    for (const RegionConfig &r : m_config.regions) {
        if (r.catalogIndex == catalogIndex)
            return;
    }
    SimulationConfig after = m_config;
    ConfigEdit::addRegion(after, catalogIndex);
    pushConfigChange(ConfigChangeCommand::AddRegion, catalogIndex, after);
}

void MainWindow::removeRegion(int index)
{
    if (index < 0 || index >= static_cast<int>(m_config.regions.size()))
        return;
    if (m_config.regions.size() <= 1) {
        refuse(tr("The world needs at least one region."));
        return;
    }
    SimulationConfig after = m_config;
    ConfigEdit::removeRegion(after, index);
    const QStringList problems = ConfigEdit::problems(after);
    if (!problems.isEmpty()) {
        refuse(problems.join(QLatin1Char(' ')));
        return;
    }
    pushConfigChange(ConfigChangeCommand::RemoveRegion,
                     m_config.regions[static_cast<std::size_t>(index)].catalogIndex, after);
}

void MainWindow::pushConfigChange(int kind, int catalogIndex, const SimulationConfig &after)
{
    m_undo->push(new ConfigChangeCommand(
        static_cast<ConfigChangeCommand::Kind>(kind), catalogIndex, m_config, after,
        [this](const SimulationConfig &config, ConfigChangeCommand::Kind k, int catalog, bool undone) {
            setDocumentConfig(config);
            auto text = [k, catalog, undone] {
                const QString what = ConfigChangeCommand::describe(k, catalog);
                return undone
                           ? MainWindow::tr("Undone: %1. The simulation restarted from time zero.").arg(what)
                           : MainWindow::tr("%1: the configuration changed, so the simulation restarted from "
                                            "time zero.")
                                 .arg(what);
            };
            statusBar()->showMessage(text(), 10000);
            m_log->addNote(0, Severity::Notice, text);
        }));
}

void MainWindow::setDocumentConfig(const SimulationConfig &config)
{
    m_config = config;
    m_faults.clear(); // a scenario's schedule names regions by index: it does not survive a new topology
    m_scene->clearSelection();
    m_control->setConfig(m_config);
    m_sim->setConfig(m_config);
    updateActionState();
}

// ---------------------------------------------------------------------------------------------
// Files

void MainWindow::newWorld()
{
    m_undo->clear();
    m_filePath.clear();
    m_documentName.clear();
    updateWindowTitle();
    setDocumentConfig(defaultLabWorld());
    m_log->addNote(0, Severity::Notice,
                   [] { return MainWindow::tr("New world: the default three regions."); });
}

void MainWindow::openScenario()
{
    const QString dir = m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open scenario"), dir, tr("Scenario files (*.flab.json *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openScenarioFile(path, &error))
        QMessageBox::warning(this, tr("Open scenario"), tr("Could not open %1:\n%2").arg(path, error));
}

bool MainWindow::openScenarioFile(const QString &path, QString *error)
{
    scenario::ScenarioError problem;
    const std::optional<scenario::Scenario> loaded = scenario::loadScenario(path, &problem);
    if (!loaded) {
        if (error)
            *error = problem.toString();
        return false;
    }
    openScenarioDocument(*loaded, path, QFileInfo(path).fileName());
    addRecentFile(path);
    statusBar()->showMessage(tr("Opened %1").arg(path), 8000);
    return true;
}

void MainWindow::openScenarioDocument(const scenario::Scenario &loaded, const QString &path,
                                      const QString &name)
{
    m_undo->clear();
    m_filePath = path;
    m_documentName = name;
    m_faults = loaded.faults;
    m_config = loaded.config;
    m_scene->clearSelection();
    m_control->setConfig(m_config);
    m_sim->setConfig(m_config, m_faults);
    const auto count = static_cast<int>(m_faults.size());
    m_log->addNote(0, Severity::Notice, [name, count] {
        return MainWindow::tr("Opened %1: the simulation restarted with its configuration and %n scheduled "
                              "command(s).",
                              nullptr, count)
            .arg(name);
    });
    updateWindowTitle();
    updateActionState();
}

void MainWindow::saveScenario()
{
    if (m_filePath.isEmpty()) {
        saveScenarioAs();
        return;
    }
    QString error;
    if (!saveScenarioFile(m_filePath, &error))
        QMessageBox::warning(this, tr("Save scenario"), tr("Could not save %1:\n%2").arg(m_filePath, error));
}

void MainWindow::saveScenarioAs()
{
    const QString dir = m_filePath.isEmpty() ? QString() : m_filePath;
    QString path = QFileDialog::getSaveFileName(this, tr("Save scenario"), dir,
                                                tr("Scenario files (*.flab.json *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".flab.json"); // the lab's own extension, with its MIME type
    QString error;
    if (!saveScenarioFile(path, &error))
        QMessageBox::warning(this, tr("Save scenario"), tr("Could not save %1:\n%2").arg(path, error));
}

scenario::Scenario MainWindow::documentScenario(const QString &name, const SimulationConfig &config,
                                                const std::vector<Command> &applied, SimTime now) const
{
    scenario::Scenario saved;
    saved.name = name;
    // Scenario descriptions are English by the format's convention.
    saved.description =
        QStringLiteral("Saved from the Failover Lab window at %1 of simulated time").arg(LabText::clock(now));
    saved.config = config;
    saved.faults = applied;
    for (const Command &c : m_faults) {
        if (c.at > now)
            saved.faults.push_back(c);
    }
    std::stable_sort(saved.faults.begin(), saved.faults.end(),
                     [](const Command &a, const Command &b) { return a.at < b.at; });
    SimTime end = now;
    for (const Command &c : saved.faults)
        end = std::max(end, c.at);
    saved.duration = std::clamp<SimTime>(std::max<SimTime>(10 * kMinute, (end / kMinute + 1) * kMinute),
                                         kSecond, scenario::kMaxDuration);
    return saved;
}

// ---------------------------------------------------------------------------------------------
// Export

void MainWindow::exportInteractively(ExportRequest::What what, ChartKind kind)
{
    QSettings settings;
    ExportRequest initial;
    initial.what = what;
    initial.kind = kind;
    if (const auto format = ChartExporter::formatFromName(settings.value(kExportFormatKey).toString()))
        initial.options.format = *format;
    initial.options.size = settings.value(kExportSizeKey, initial.options.size).toSize();
    initial.options.dpi = settings.value(kExportDpiKey, initial.options.dpi).toInt();
    const QString dir = settings.value(kExportDirKey, QDir::homePath()).toString();
    initial.path = QDir(dir).filePath(ExportDialog::defaultName(initial));
    ExportDialog dialog(initial, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportRequest chosen = dialog.request();
    settings.setValue(kExportFormatKey, ChartExporter::suffix(chosen.options.format));
    settings.setValue(kExportSizeKey, chosen.options.size);
    settings.setValue(kExportDpiKey, chosen.options.dpi);
    // The folder the file or output folder sits in: the next export starts there.
    settings.setValue(kExportDirKey, QFileInfo(chosen.path).absolutePath());
    exportNow(chosen);
}

void MainWindow::exportNow(const ExportRequest &request)
{
    if (const QString why = ExportDialog::problem(request); !why.isEmpty()) {
        statusBar()->showMessage(why, 10000);
        emit exportFinished(false, why);
        return;
    }
    if (request.what == ExportRequest::What::MapPng) {
        // What the map shows now, at the window's pixel density.
        QByteArray png;
        QBuffer buffer(&png);
        m_view->grab().save(&buffer, "PNG");
        QString error;
        const bool ok = scenario::writeOutputFile(request.path, png, &error);
        const QString message = ok ? tr("Exported the map to %1").arg(request.path) : error;
        statusBar()->showMessage(message, 10000);
        emit exportFinished(ok, message);
        return;
    }
    // The charts and data come from the whole run as the simulation holds it, so they match what
    // `failover-lab run` writes for the same scenario and time.
    statusBar()->showMessage(tr("Exporting…"));
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_sim, &SimulationController::simulationCopied, this,
                          [this, request, connection](const SimulationCopy &copy) {
                              disconnect(*connection);
                              if (copy)
                                  finishExport(request, *copy);
                          });
    m_sim->requestCopy();
}

void MainWindow::finishExport(const ExportRequest &request, const Simulation &copy)
{
    const QString name = m_filePath.isEmpty() ? QString() : QFileInfo(m_filePath).completeBaseName();
    const double xMax = std::max(1.0, toSeconds(copy.now()));
    QString error;
    QStringList written;
    bool ok = false;
    switch (request.what) {
    case ExportRequest::What::Chart:
        ok = ChartExporter::exportRunChart(request.kind, copy, name, xMax, request.path, request.options,
                                           &error);
        written << request.path;
        break;
    case ExportRequest::What::AllCharts:
        ok =
            ChartExporter::exportRunCharts(copy, name, xMax, request.path, request.options, &written, &error);
        break;
    case ExportRequest::What::DataCsv:
        ok = scenario::writeRunCsv(
            documentScenario(name, copy.config(), copy.engine().commandLog(), copy.now()), copy, request.path,
            &written, &error);
        break;
    case ExportRequest::What::ReportJson: {
        const QByteArray bytes = scenario::runReportBytes(
            documentScenario(name, copy.config(), copy.engine().commandLog(), copy.now()), copy);
        ok = scenario::writeOutputFile(request.path, bytes, &error);
        written << request.path;
        break;
    }
    case ExportRequest::What::MapPng:
        break; // exported at once by exportNow()
    }
    const QString message =
        ok ? tr("Exported %n file(s) to %1", nullptr, static_cast<int>(written.size()))
                 .arg(request.toDirectory() ? request.path : QFileInfo(request.path).path())
           : tr("Export failed: %1").arg(error);
    statusBar()->showMessage(message, 10000);
    if (!ok)
        QMessageBox::warning(this, tr("Export"), message);
    emit exportFinished(ok, message);
}

bool MainWindow::saveScenarioFile(const QString &path, QString *error)
{
    const WorldSnapshot &s = m_sim->latest();
    const scenario::Scenario saved =
        documentScenario(QFileInfo(path).completeBaseName(), s.config, s.commandLog, s.now);
    if (!scenario::saveScenario(saved, path, error))
        return false;
    m_filePath = path;
    updateWindowTitle();
    addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 8000);
    return true;
}

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            QString error;
            if (!openScenarioFile(path, &error))
                QMessageBox::warning(this, tr("Open scenario"),
                                     tr("Could not open %1:\n%2").arg(path, error));
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

// ---------------------------------------------------------------------------------------------

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_scene->retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kStateVersion));
    QMainWindow::closeEvent(event);
}

} // namespace fl::ui
