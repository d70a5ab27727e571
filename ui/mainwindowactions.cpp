// The main window's actions, menus and tool bar: registering them, their texts in the current
// language, and which are enabled for the selection and the failover state.
#include "actionregistry.h"
#include "bridge/simulationrunner.h"
#include "charts/chartexporter.h"
#include "configedit.h"
#include "labtext.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "mainwindowsettings.h"
#include "map/mapitems.h"
#include "map/maplegend.h"
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
#include "regionfaults.h"
#include "scenario/outputfile.h"
#include "scenario/runreport.h"
#include "scenario/scenarioreader.h"
#include "scenario/scenariowriter.h"
#include "sim/presets.h"
#include "sim/simulation.h"
#include "timeline/timelinebar.h"
#include "undocommands.h"
#include "unitformat.h"
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
using namespace windowsettings;

void MainWindow::createActions()
{
    createDocumentAndTimeActions();
    createRegionActions();
    createLinkAndFailoverActions();
    createViewActions();
}

// File, Edit and Simulation.
void MainWindow::createDocumentAndTimeActions()
{
    m_actions.add("fileNew", QKeySequence::New, [this] { newWorld(); });
    m_actions.add("fileOpen", QKeySequence::Open, [this] { openScenario(); });
    m_actions.add("fileOpenBuiltin", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                  [this] { showScenarioLibrary(); });
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
        runDocument(m_document);
        m_log->addNote(m_now, Severity::Notice,
                       [] { return MainWindow::tr("Reset: the simulation restarted from time zero."); });
    });
    m_actions.add("timelineBack", QKeySequence(Qt::ALT | Qt::Key_Left), [this] { jumpBy(-10 * kSecond); });
    m_actions.add("timelineForward", QKeySequence(Qt::ALT | Qt::Key_Right), [this] { jumpBy(10 * kSecond); });
    m_actions.add("timelineFrontier", QKeySequence(Qt::ALT | Qt::Key_End), [this] { jumpBy(kNever / 4); });
    m_actions.add("simFaster", QKeySequence(Qt::Key_BracketRight), [this] { m_speed->faster(); });
    m_actions.add("simSlower", QKeySequence(Qt::Key_BracketLeft), [this] { m_speed->slower(); });
    m_actions.add("simPlanDesign", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                  [this] { openPlanDialog(); });
    m_actions.add("simCompare", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                  [this] { openCompareDialog(); });
    m_actions.add("fileCompareFiles", QKeySequence(), [this] { compareTwoFiles(); });
}

// What the Region menu and a region's context menu do to the selected region.
void MainWindow::createRegionActions()
{
    for (const RegionFault &fault : kRegionFaults)
        m_actions.add(fault.actionId, QKeySequence(fault.key),
                      [this, type = fault.command] { regionAction(type); });
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
        for (int p = 0; region >= 0 && p < static_cast<int>(m_live.populations.size()); ++p)
            moveTraffic(p, region);
    });
    m_actions.add("regionAdd", QKeySequence(Qt::Key_Insert),
                  [this] { m_addRegionMenu->popup(m_view->mapToGlobal(m_view->rect().center())); });
    m_actions.add("regionAddAtPoint", QKeySequence(), [this] {
        // Where the map's middle is (or the equator's middle when it shows space).
        const QPointF middle = m_view->mapToScene(m_view->viewport()->rect().center());
        askAddRegionAt(m_scene->toGeo(middle).value_or(GeoPoint{}));
    });
    m_actions.add("regionMoveTo", QKeySequence(Qt::Key_M),
                  [this] { askMoveRegion(m_scene->selectedRegion()); });
    m_actions.add("regionResetLocation", QKeySequence(), [this] {
        const int region = m_scene->selectedRegion();
        if (region < 0)
            return;
        SimulationConfig after = m_live;
        ConfigEdit::resetRegionLocation(after, region);
        if (!(after == m_live))
            pushConfigChange(ConfigChangeCommand::MoveRegion,
                             m_live.regions[static_cast<std::size_t>(region)], after);
    });
    m_actions.add("regionRemove", QKeySequence(Qt::Key_Delete), [this] {
        const int region = m_scene->selectedRegion();
        if (region >= 0)
            removeRegion(region);
    });
}

// Cutting, healing and degrading the selected link, and the operator's manual failover.
void MainWindow::createLinkAndFailoverActions()
{
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
}

// Zoom, help and the language choices.
void MainWindow::createViewActions()
{
    m_actions.add("viewZoomIn", QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    m_actions.add("viewZoomOut", QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    m_actions.add("viewFit", QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_view->fitWorld(); });
    // Checkable: it follows toggled, so that setChecked() from anywhere shows or hides the legend.
    QAction *legend = m_actions.add("viewLegend", QKeySequence(Qt::Key_L), [] {});
    legend->setCheckable(true);
    legend->setChecked(QSettings().value(kLegendKey, false).toBool());
    m_legend->setVisible(legend->isChecked());
    connect(legend, &QAction::toggled, this, [this](bool shown) {
        m_legend->setVisible(shown);
        QSettings().setValue(kLegendKey, shown);
    });

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
    createDocumentMenus();
    createRegionMenu();
    createLinkFailoverAndViewMenus();
}

// File, Edit and Simulation.
void MainWindow::createDocumentMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(action("fileNew"));
    m_fileMenu->addAction(action("fileOpen"));
    m_fileMenu->addAction(action("fileOpenBuiltin"));
    m_fileMenu->addAction(action("fileCompareFiles"));
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { rebuildRecentMenu(); });
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
    m_simMenu->addActions({action("timelineBack"), action("timelineForward"), action("timelineFrontier")});
    m_simMenu->addSeparator();
    m_simMenu->addActions({action("simFaster"), action("simSlower")});
    m_simMenu->addSeparator();
    m_simMenu->addAction(action("simPlanDesign"));
    m_simMenu->addAction(action("simCompare"));
}

// Region, with the menus it fills as it opens (dependencies, moving traffic, adding a region).
void MainWindow::createRegionMenu()
{
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
        const ConfigNames names = ConfigNames::from(m_live);
        for (int d = 0; d < static_cast<int>(m_live.dependencies.size()); ++d) {
            if (m_live.dependencies[static_cast<std::size_t>(d)].kind == DependencyKind::Cache)
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
        for (int p = 0; p < static_cast<int>(m_live.populations.size()); ++p) {
            QAction *a = m_moveTrafficMenu->addAction(
                LabText::populationName(m_live.populations[static_cast<std::size_t>(p)].catalogIndex));
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
            const bool present =
                std::any_of(m_live.regions.begin(), m_live.regions.end(),
                            [i](const RegionConfig &r) { return r.id.empty() && r.catalogIndex == i; });
            QAction *a = m_addRegionMenu->addAction(
                QStringLiteral("%1 (%2)").arg(LabText::regionName(i), LabText::regionId(i)));
            a->setEnabled(!present);
            connect(a, &QAction::triggered, this, [this, i] { addRegion(i); });
        }
    });
    m_regionMenu->addAction(action("regionAdd"));
    m_regionMenu->addAction(action("regionAddAtPoint"));
    m_regionMenu->addAction(action("regionMoveTo"));
    m_regionMenu->addAction(action("regionResetLocation"));
    m_regionMenu->addAction(action("regionRemove"));
}

void MainWindow::createLinkFailoverAndViewMenus()
{
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
    m_viewMenu->addAction(action("viewLegend"));
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
    action("fileOpenBuiltin")->setText(tr("Open &Built-in…"));
    action("fileOpenBuiltin")
        ->setStatusTip(tr("Choose one of the scenarios that ship with the lab, by topic (Ctrl+Shift+O)"));
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
    action("timelineBack")->setText(tr("&Back 10 Seconds"));
    action("timelineBack")
        ->setToolTip(tr("Show the moment ten simulated seconds earlier; an action there starts a new branch "
                        "(Alt+Left)"));
    action("timelineForward")->setText(tr("Forward 10 Se&conds"));
    action("timelineForward")
        ->setToolTip(tr("Show the moment ten simulated seconds later, up to where this "
                        "branch has been simulated (Alt+Right)"));
    action("timelineFrontier")->setText(tr("To the &End of the Branch"));
    action("timelineFrontier")
        ->setToolTip(tr("Show the latest moment this branch has been simulated to (Alt+End)"));
    m_branchDock->setWindowTitle(tr("Branches"));
    m_timelineBar->setToolTip(QString()); // it names the moment under the pointer itself
    m_timelineBar->setAccessibleName(tr("Timeline"));
    m_timelineBar->setWhatsThis(
        tr("The run so far: drag to show an earlier moment, then play on or act there "
           "to start a new branch."));
    action("simFaster")->setText(tr("&Faster"));
    action("simSlower")->setText(tr("S&lower"));
    action("simPlanDesign")->setText(tr("Design for &Targets…"));
    action("simPlanDesign")
        ->setStatusTip(tr("Find the cheapest designs of this world that meet RPO and RTO targets, proven by "
                          "simulation (Ctrl+Shift+D)"));
    action("simCompare")->setText(tr("&Compare With…"));
    action("simCompare")
        ->setStatusTip(tr("Run this world beside another design in lockstep, on one fault schedule, with the "
                          "measured comparison (Ctrl+Shift+M)"));
    action("fileCompareFiles")->setText(tr("Compare &Two Files…"));
    action("fileCompareFiles")
        ->setStatusTip(
            tr("Open two scenario files side by side in the compare view (A's faults apply to both)"));

    retranslateRegionAndLaterMenus();
    m_stateLabel->setText(running ? tr("running") : tr("paused"));
    if (m_sim && m_sim->hasSnapshot())
        updateStatusLabels(m_sim->latest()); // while paused no new snapshot comes to do it
    updateActionTexts();
}

// Region, Link, Failover, View, Language and Help, and the docks' titles.
void MainWindow::retranslateRegionAndLaterMenus()
{
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
    action("regionAddAtPoint")->setText(tr("Add a region at a &point…"));
    action("regionAddAtPoint")
        ->setStatusTip(tr("Adds a region of your own, named and placed where you say (or right-click the map "
                          "where it should be)"));
    action("regionMoveTo")->setText(tr("Mo&ve region…"));
    action("regionMoveTo")
        ->setStatusTip(tr("Moves the selected region to coordinates you type (or drag it on the map); "
                          "latency follows, the simulation restarts"));
    action("regionResetLocation")->setText(tr("Back to the &catalog location"));
    action("regionResetLocation")
        ->setStatusTip(tr("Puts a moved catalog region back where the catalog has it"));

    m_dependencyMenu->setTitle(tr("De&pendencies"));
    m_failoverMenu->setTitle(tr("Fail&over"));
    action("failoverVerify")->setText(tr("&Verify the alert"));
    action("failoverVerify")->setToolTip(tr("Confirm the controller's alert: the primary really failed (V)"));
    m_promoteMenu->setTitle(tr("Promote &region"));
    m_rerouteMenu->setTitle(tr("Reroute traffic &to"));
    m_healthDock->setWindowTitle(tr("Health and traffic"));
    m_incidentDock->setWindowTitle(tr("Incidents"));
    m_chartsDock->setWindowTitle(tr("Charts"));
    m_lessonDock->setWindowTitle(tr("Lessons"));
    m_lessonDock->toggleViewAction()->setStatusTip(
        tr("Guided lessons: predict what a fault will do, then watch "
           "the run measure it"));

    m_linkMenu->setTitle(tr("&Link"));
    m_viewMenu->setTitle(tr("&View"));
    action("viewZoomIn")->setText(tr("Zoom &in"));
    action("viewZoomOut")->setText(tr("Zoom &out"));
    action("viewFit")->setText(tr("&Fit the world"));
    if (m_presenter)
        retranslatePresenter();
    action("viewLegend")->setText(tr("&Legend"));
    action("viewLegend")->setStatusTip(tr("Show what each symbol, colour and badge on the map means (L)"));
    m_toolBar->setWindowTitle(tr("Time"));
    m_controlDock->setWindowTitle(tr("Controls"));
    m_weightsDock->setWindowTitle(tr("Traffic weights"));
    m_logDock->setWindowTitle(tr("Event log"));

    m_languageMenu->setTitle(tr("&Language"));
    m_languageMenu->setToolTip(tr("Switch the language of the whole lab; the choice is remembered"));
    m_helpMenu->setTitle(tr("&Help"));
    action("helpAbout")->setText(tr("&About Failover Lab"));
    action("helpAboutQt")->setText(tr("About &Qt"));
}

void MainWindow::updateActionTexts()
{
    const int region = m_scene->selectedRegion();
    const QString name = region >= 0 && region < static_cast<int>(m_live.regions.size())
                             ? LabText::regionName(m_live.regions[static_cast<std::size_t>(region)])
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
    // The failover toolbar's texts follow the live candidates: see updateFailoverActions().
    action("failoverPromote")
        ->setToolTip(tr("Promote a replica to primary: the selected region, or choose one (P)"));
    action("failoverReroute")
        ->setToolTip(tr("Point routing at a region: the selected one, or choose one (O)"));
    action("regionRemove")->setText(tr("Re&move %1").arg(name));

    const auto link = m_scene->selectedLink();
    QString a = tr("region"), b = tr("region");
    if (link) {
        a = LabText::regionName(m_live.regions[static_cast<std::size_t>(link->first)]);
        b = LabText::regionName(m_live.regions[static_cast<std::size_t>(link->second)]);
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
    action("regionRemove")->setEnabled(region && m_live.regions.size() > 1);
    action("regionMoveTo")->setEnabled(region);
    const int selected = m_scene->selectedRegion();
    const RegionConfig *moved = selected >= 0 && selected < static_cast<int>(m_live.regions.size())
                                    ? &m_live.regions[static_cast<std::size_t>(selected)]
                                    : nullptr;
    action("regionResetLocation")->setEnabled(moved && moved->id.empty() && moved->location.has_value());
    const bool link = m_scene->selectedLink().has_value();
    for (QAction *a : {action("linkCutBoth"), action("linkCutForward"), action("linkCutBackward"),
                       action("linkHeal"), action("linkDegrade")})
        a->setEnabled(link);
    updateFailoverActions();
}

void MainWindow::updateFailoverActions()
{
    const bool manual =
        m_live.failover.mode == FailoverMode::Manual && m_live.data.topology == WriteTopology::SinglePrimary;
    m_failoverMenu->menuAction()->setVisible(manual);
    for (QAction *a : {action("failoverVerify"), action("failoverPromote"), action("failoverReroute"),
                       action("regionPromote"), action("regionReroute")})
        a->setVisible(manual);
    m_dependencyMenu->menuAction()->setVisible(!m_live.dependencies.empty());
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
    // The toolbar names the selected region only when it can take over; otherwise (a dead region
    // selected, say) it offers the live candidates to choose from, and is enabled while there are.
    const auto anyCandidate = [this](bool promote) { return !failoverCandidates(promote).empty(); };
    action("failoverVerify")->setEnabled(manual && controller.primaryDeclaredDown && !controller.verified);
    action("failoverPromote")
        ->setEnabled(manual && controller.promoting < 0 && (canPromoteSelected || anyCandidate(true)));
    action("failoverReroute")->setEnabled(manual && (canRerouteSelected || anyCandidate(false)));
    const QString selectedName = selected ? LabText::regionName(*selected) : QString();
    const QString promoteText =
        canPromoteSelected ? tr("&Promote %1…").arg(selectedName) : tr("&Promote region…");
    const QString rerouteText =
        canRerouteSelected ? tr("Re&route to %1…").arg(selectedName) : tr("Re&route traffic…");
    if (action("failoverPromote")->text() != promoteText)
        action("failoverPromote")->setText(promoteText);
    if (action("failoverReroute")->text() != rerouteText)
        action("failoverReroute")->setText(rerouteText);
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

std::vector<int> MainWindow::failoverCandidates(bool promote) const
{
    std::vector<int> out;
    if (!m_sim || !m_sim->hasSnapshot())
        return out;
    const WorldSnapshot &s = m_sim->latest();
    for (const RegionView &r : s.regions) {
        const bool serving = r.role == RegionRole::Active || r.role == RegionRole::WarmStandby;
        if (promote ? r.up && r.holdsData && !r.dataPrimary
                    : r.up && serving && s.data.routingPrimary != r.index)
            out.push_back(r.index);
    }
    return out;
}

void MainWindow::fillRegionChoiceMenu(QMenu *menu, bool promote)
{
    menu->clear();
    const WorldSnapshot &s = m_sim->latest();
    const std::vector<int> candidates = failoverCandidates(promote);
    for (const RegionView &r : s.regions) {
        // Only the live candidates: a dead region is no choice.
        if (std::find(candidates.begin(), candidates.end(), r.index) == candidates.end())
            continue;
        QString text = LabText::regionName(r);
        if (promote && r.holdsData && !r.dataPrimary)
            text = tr("%1 (lag %2)").arg(text, UnitFormat::duration(r.receiveLagMs));
        QAction *a = menu->addAction(text);
        a->setObjectName(QStringLiteral("%1_%2")
                             .arg(promote ? QStringLiteral("promote") : QStringLiteral("reroute"))
                             .arg(r.index));
        const int region = r.index;
        connect(a, &QAction::triggered, this,
                [this, region, promote] { promote ? operatorPromote(region) : operatorReroute(region); });
    }
    if (candidates.empty())
        menu->addAction(tr("No region can take over now"))->setEnabled(false);
}

void MainWindow::operatorPromote(int region)
{
    if (region < 0) {
        // The selected region, if it can be promoted; else the choice of those that can.
        const std::vector<int> candidates = failoverCandidates(true);
        const int selected = m_scene->selectedRegion();
        if (std::find(candidates.begin(), candidates.end(), selected) != candidates.end())
            region = selected;
    }
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
    if (region < 0) {
        const std::vector<int> candidates = failoverCandidates(false);
        const int selected = m_scene->selectedRegion();
        if (std::find(candidates.begin(), candidates.end(), selected) != candidates.end())
            region = selected;
    }
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

} // namespace fl::ui
