#include "mainwindow.h"

#include "actionregistry.h"
#include "bridge/simulationrunner.h"
#include "charts/chartexporter.h"
#include "configedit.h"
#include "labtext.h"
#include "languagemanager.h"
#include "mainwindowsettings.h"
#include "map/lessonhighlights.h"
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
#include "panels/lessonpanel.h"
#include "panels/regionplacedialog.h"
#include "panels/speedcontrol.h"
#include "panels/weightspanel.h"
#include "presenter/presentermode.h"
#include "scenario/livesettings.h"
#include "scenario/outputfile.h"
#include "scenario/runreport.h"
#include "scenario/scenarioreader.h"
#include "scenario/scenariowriter.h"
#include "sim/presets.h"
#include "sim/simulation.h"
#include "timeline/branchpanel.h"
#include "timeline/timelinebar.h"
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
using namespace windowsettings;

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
    m_document.config = config;
    m_live = config;
    m_undo = new QUndoStack(this);

    m_scene = new WorldMapScene(this);
    m_view = new WorldMapView(m_scene, this);
    m_legend = new MapLegend(m_view);
    m_legend->hide();
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
    m_timelineBar = new TimelineBar(central);
    layout->addWidget(m_timelineBar);
    setCentralWidget(central);

    createActions();
    createMenus();
    createDocks();
    createToolBar();
    createStatusBar();

    m_sim = new SimulationController(m_document.config, nullptr, speed, true);
    m_speed->setSpeed(speed);
    connect(m_sim, &SimulationController::snapshotReady, this, &MainWindow::onSnapshot);
    connect(m_sim, &SimulationController::commandStamped, this, &MainWindow::onCommandStamped);
    connect(m_sim, &SimulationController::runningChanged, this, [this] { retranslateUi(); });
    connect(m_speed, &SpeedControl::speedRequested, m_sim, &SimulationController::setSpeed);
    // Speed set elsewhere (a lesson, a test) shows on the slider too; setSpeed does not echo it back.
    connect(m_sim, &SimulationController::speedChanged, m_speed, &SpeedControl::setSpeed);
    createLessonDock();
    createPresenter();

    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        updateActionTexts();
        updateActionState();
    });
    connect(m_scene, &WorldMapScene::regionMenuRequested, this,
            [this](int, const QPoint &at) { m_regionMenu->popup(at); });
    connect(m_scene, &WorldMapScene::linkMenuRequested, this,
            [this](int, int, const QPoint &at) { m_linkMenu->popup(at); });
    connect(m_scene, &WorldMapScene::populationDropped, this, &MainWindow::moveTraffic);
    connect(m_scene, &WorldMapScene::regionMoved, this, [this](int region, GeoPoint at) {
        // The scene's index is its last snapshot's: resolve it by id against what runs now, so a
        // drop that races a topology change moves the region the user dragged, or nothing.
        const RegionItem *item = m_scene->regionItem(region);
        if (!item)
            return;
        for (std::size_t r = 0; r < m_live.regions.size(); ++r) {
            if (LabText::regionId(m_live.regions[r]) == item->state().id)
                moveRegion(static_cast<int>(r), at);
        }
    });
    connect(m_scene, &WorldMapScene::mapMenuRequested, this, [this](GeoPoint at, const QPoint &screenPos) {
        QMenu menu(this);
        menu.addAction(tr("Add a region here…"), this, [this, at] { askAddRegionAt(at); });
        menu.addMenu(m_addRegionMenu);
        menu.exec(screenPos);
    });

    connect(m_control, &ControlPanel::liveCommand, this, &MainWindow::applyLive);
    connect(m_control, &ControlPanel::refused, this, &MainWindow::refuse);
    connect(m_control, &ControlPanel::restartRequested, this, [this](const SimulationConfig &after) {
        pushConfigChange(ConfigChangeCommand::ChangeSettings, RegionConfig{}, after);
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
    connect(m_timelineBar, &TimelineBar::jumpRequested, m_sim, [this](qint64 at) { m_sim->jumpTo(at); });
    connect(m_branches, &BranchPanel::switchRequested, m_sim,
            [this](int branch) { m_sim->switchBranch(branch); });
    connect(m_branches, &BranchPanel::removeRequested, m_sim,
            [this](int branch) { m_sim->removeBranch(branch); });
    connect(m_branches, &BranchPanel::renameRequested, m_sim,
            [this](int branch, const QString &name) { m_sim->renameBranch(branch, name); });
    connect(m_weights, &WeightsPanel::liveCommand, this, &MainWindow::applyLive);
    connect(m_weights, &WeightsPanel::refused, this, &MainWindow::refuse);
    m_control->setConfig(m_live);

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
    m_branches = new BranchPanel(this);
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
    m_branchDock = dock("branchDock", m_branches, Qt::BottomDockWidgetArea);
    // Bottom row: health (with the weights behind it) | event log (with the incidents beside it).
    splitDockWidget(m_weightsDock, m_logDock, Qt::Horizontal);
    tabifyDockWidget(m_weightsDock, m_healthDock);
    tabifyDockWidget(m_healthDock, m_chartsDock);
    splitDockWidget(m_logDock, m_incidentDock, Qt::Vertical);
    tabifyDockWidget(m_incidentDock, m_branchDock);
    m_incidentDock->raise();
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
    const bool newRun = s.runId != m_lastRunId;
    if (newRun) {
        m_lastRunId = s.runId;
        updateActionTexts();
        updateActionState();
    }
    applyTimeline(s, newRun);
    m_scene->applySnapshot(s);
    if (newRun) {
        m_lessonHighlights->refresh(); // a new world may have other items, or move them
        if (m_presenter->isActive())
            m_presenter->fitToTheWorldInUse();
    }
    m_lessonPanel->onSnapshot(s);
    m_weights->applySnapshot(s);
    m_health->applySnapshot(s);
    m_incidents->applySnapshot(s);
    m_charts->applySnapshot(s);
    m_control->showCost(s.data.costPerHour, s.data.totalCost);
    m_log->setRegions(s.config.regions);
    updateFailoverActions();
    WorldSnapshot logView;
    if (!s.events.empty()) {
        // The user's own commands are logged from commandStamped, with all their arguments.
        logView.config = s.config;
        logView.now = s.now;
        logView.eventsDropped = s.eventsDropped;
        // Commands of an opened scenario's schedule are logged when they apply (nobody stamped them).
        const auto scheduled = [this](const SimEvent &e) {
            const std::vector<Command> &schedule = m_document.schedule;
            return std::any_of(schedule.begin(), schedule.end(), [&e](const Command &c) {
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

// The timeline's bar and branch tree; after a jump or a fork, the settings shown are the ones the
// world has at that moment (its start and the commands applied by then).
void MainWindow::applyTimeline(const WorldSnapshot &s, bool newRun)
{
    const ConfigNames names = ConfigNames::from(m_live);
    m_timelineBar->setVisible(s.timeline.enabled);
    m_timelineBar->setTimeline(s.timeline, s.now, names);
    m_branches->setTimeline(s.timeline, names);
    if (newRun && s.now > 0) {
        m_live = m_document.config;
        for (const Command &c : s.commandLog)
            scenario::applyLiveCommand(m_live, c);
        m_control->setConfig(m_live);
    }
    if (s.timeline.enabled && s.timeline.current != m_shownBranch) {
        m_shownBranch = s.timeline.current;
        for (const BranchView &b : s.timeline.branches) {
            if (b.id != s.timeline.current)
                continue;
            m_log->addNote(s.now, Severity::Notice, [b, names] {
                return MainWindow::tr("Showing the branch “%1”.").arg(BranchPanel::displayName(b, names));
            });
        }
    }
}

void MainWindow::jumpBy(SimTime delta)
{
    const WorldSnapshot &s = m_sim->latest();
    if (s.timeline.enabled)
        m_sim->jumpTo(std::clamp<SimTime>(s.now + delta, 0, s.timeline.reached));
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
    const auto names = std::make_shared<ConfigNames>(ConfigNames::from(m_live));
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
    case CommandType::SetPopulationRouting:
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
        category, names->regionKey(region));
}

void MainWindow::send(CommandType type, int a, int b, int c, double x, double y)
{
    m_sim->submit(type, a, b, c, x, y);
}

void MainWindow::applyLive(const Command &command)
{
    // The simulation applies the command; m_live only shows it (the document stays as it was, so a
    // reset returns to it).
    scenario::applyLiveCommand(m_live, command);
    m_sim->submit(static_cast<CommandType>(command.type), command.a, command.b, command.c, command.x,
                  command.y);
    m_control->setConfig(m_live);
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
    auto *dialog = new DegradeDialog(LabText::regionName(m_live.regions[static_cast<std::size_t>(from)]),
                                     LabText::regionName(m_live.regions[static_cast<std::size_t>(to)]), this);
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
    if (population < 0 || population >= static_cast<int>(m_live.populations.size()) || region < 0 ||
        region >= static_cast<int>(m_live.regions.size()))
        return;
    const RegionConfig &target = m_live.regions[static_cast<std::size_t>(region)];
    const RegionRole role = target.role;
    if (role == RegionRole::Witness || role == RegionRole::PilotLight) {
        refuse(tr("%1 is a %2 and serves no users: make it active or a warm standby first.")
                   .arg(LabText::regionName(target), LabText::roleName(role)));
        return;
    }
    // Only this population changes: it routes by its own weights, whatever the world's policy,
    // and every other population keeps its route.
    const PopulationConfig &p = m_live.populations[static_cast<std::size_t>(population)];
    TrafficMoveCommand::Route before{p.weights, p.ownWeights};
    before.weights.resize(m_live.regions.size(), 1.0);
    const TrafficMoveCommand::Route after{ConfigEdit::weightsToward(m_live.regions.size(), region), true};
    const int populationCatalog = p.catalogIndex;
    m_undo->push(new TrafficMoveCommand(
        population, populationCatalog, target, before, after,
        [this](int pop, const TrafficMoveCommand::Route &route) { sendRoute(pop, route); }));
    statusBar()->showMessage(
        tr("All traffic of %1 now goes to %2; the other populations keep their routes.")
            .arg(LabText::populationName(populationCatalog), LabText::regionName(target)),
        8000);
}

void MainWindow::sendRoute(int population, const TrafficMoveCommand::Route &route)
{
    if (population < 0 || population >= static_cast<int>(m_live.populations.size()))
        return;
    const PopulationConfig &p = m_live.populations[static_cast<std::size_t>(population)];
    for (int r = 0; r < static_cast<int>(route.weights.size()) && r < static_cast<int>(m_live.regions.size());
         ++r) {
        const double now =
            r < static_cast<int>(p.weights.size()) ? p.weights[static_cast<std::size_t>(r)] : 1.0;
        const double want = route.weights[static_cast<std::size_t>(r)];
        if (now != want)
            applyLive(makeCommand(0, CommandType::SetWeight, population, r, -1, want));
    }
    if (m_live.populations[static_cast<std::size_t>(population)].ownWeights != route.ownWeights)
        applyLive(makeCommand(0, CommandType::SetPopulationRouting, population, route.ownWeights ? 1 : 0));
}

void MainWindow::refuse(const QString &reason)
{
    statusBar()->showMessage(tr("Refused: %1").arg(reason), 10000);
}

// ---------------------------------------------------------------------------------------------
// Topology and configuration (undoable; each restarts the simulation)

void MainWindow::addRegion(int catalogIndex)
{
    for (const RegionConfig &r : m_live.regions) {
        if (r.id.empty() && r.catalogIndex == catalogIndex)
            return; // already there (a region of one's own near it is another region)
    }
    SimulationConfig after = m_live;
    ConfigEdit::addRegion(after, catalogIndex);
    pushConfigChange(ConfigChangeCommand::AddRegion, after.regions.back(), after);
}

void MainWindow::removeRegion(int index)
{
    if (index < 0 || index >= static_cast<int>(m_live.regions.size()))
        return;
    if (m_live.regions.size() <= 1) {
        refuse(tr("The world needs at least one region."));
        return;
    }
    SimulationConfig after = m_live;
    ConfigEdit::removeRegion(after, index);
    const QStringList problems = ConfigEdit::problems(after);
    if (!problems.isEmpty()) {
        refuse(problems.join(QLatin1Char(' ')));
        return;
    }
    pushConfigChange(ConfigChangeCommand::RemoveRegion, m_live.regions[static_cast<std::size_t>(index)],
                     after);
}

void MainWindow::addCustomRegion(const QString &name, GeoPoint location)
{
    if (name.trimmed().isEmpty()) {
        refuse(tr("A new region needs a name."));
        return;
    }
    SimulationConfig after = m_live;
    ConfigEdit::addCustomRegion(after, name, location);
    const QStringList problems = ConfigEdit::problems(after);
    if (!problems.isEmpty()) {
        refuse(problems.join(QLatin1Char(' ')));
        return;
    }
    pushConfigChange(ConfigChangeCommand::AddRegion, after.regions.back(), after);
}

void MainWindow::moveRegion(int index, GeoPoint location, const QString &name)
{
    if (index < 0 || index >= static_cast<int>(m_live.regions.size()))
        return;
    SimulationConfig after = m_live;
    ConfigEdit::moveRegion(after, index, location);
    RegionConfig &moved = after.regions[static_cast<std::size_t>(index)];
    if (!name.isEmpty() && !moved.id.empty())
        moved.name = name.toStdString();
    if (after == m_live)
        return;
    pushConfigChange(ConfigChangeCommand::MoveRegion, m_live.regions[static_cast<std::size_t>(index)], after);
}

void MainWindow::askAddRegionAt(GeoPoint location)
{
    RegionPlaceDialog dialog(RegionPlaceDialog::Purpose::Add, QString(), location, this);
    if (dialog.exec() == QDialog::Accepted)
        addCustomRegion(dialog.name(), dialog.location());
}

void MainWindow::askMoveRegion(int index)
{
    if (index < 0 || index >= static_cast<int>(m_live.regions.size()))
        return;
    const RegionConfig &region = m_live.regions[static_cast<std::size_t>(index)];
    RegionPlaceDialog dialog(RegionPlaceDialog::Purpose::Move, LabText::regionName(region),
                             regionLocation(region), this);
    // A catalog region keeps the catalog's (translated) name; a region of the user's own may be renamed.
    dialog.setNameEditable(!region.id.empty());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The dialog shows two decimals: coordinates it only rounded are not a move.
    GeoPoint to = dialog.location();
    const GeoPoint from = regionLocation(region);
    if (std::abs(to.latDeg - from.latDeg) < 0.006 && std::abs(to.lonDeg - from.lonDeg) < 0.006)
        to = from;
    moveRegion(index, to, region.id.empty() ? QString() : dialog.name());
}

// `after` is what runs now with an edit: it becomes the document's configuration, and the
// document keeps its schedule while the schedule's regions and populations keep their places.
void MainWindow::pushConfigChange(int kind, const RegionConfig &region, const SimulationConfig &after)
{
    m_undo->push(new ConfigChangeCommand(
        static_cast<ConfigChangeCommand::Kind>(kind), region, m_document, m_document.withConfig(after),
        [this](const LabDocument &document, ConfigChangeCommand::Kind k, const RegionConfig &changed,
               bool undone) {
            runDocument(document);
            auto text = [k, changed, undone] {
                const QString what = ConfigChangeCommand::describe(k, changed);
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

void MainWindow::runDocument(const LabDocument &document)
{
    m_document = document;
    m_live = document.config;
    m_scene->clearSelection();
    m_control->setConfig(m_live);
    m_sim->setConfig(m_document.config, m_document.schedule);
    updateActionState();
    if (m_lessonPanel)
        lessonWorldReplaced(document);
}

// ---------------------------------------------------------------------------------------------
// Files

// ---------------------------------------------------------------------------------------------
// Export

// ---------------------------------------------------------------------------------------------

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_scene->retranslate();
        giveLibraryLessons();
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
