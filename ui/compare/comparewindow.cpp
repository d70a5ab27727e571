// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparewindow.h"

#include "bridge/worldrepairs.h"
#include "comparesideview.h"
#include "comparetablewidget.h"
#include "configedit.h"
#include "labtext.h"
#include "map/worldmapscene.h"
#include "map/worldmapview.h"
#include "panels/chartspanel.h"
#include "panels/speedcontrol.h"
#include "presenter/presentermode.h"
#include "scenario/outputfile.h"

#include <QAction>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace fl::ui {

CompareWindow::CompareWindow(scenario::ComparePair pair, const QStringList &names, double speed, bool running,
                             QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("CompareWindow"));
    m_session = new CompareSession(std::move(pair), names, speed, running, this);

    m_columns = new QSplitter(Qt::Horizontal, this);
    for (int s = 0; s < 2; ++s) {
        auto *view = new CompareSideView(s, m_columns);
        view->setWorld(m_session->name(s), m_session->scenario(s).config);
        m_sides[static_cast<std::size_t>(s)] = view;
        m_columns->addWidget(view);
        WorldMapScene *scene = view->scene();
        connect(scene, &QGraphicsScene::selectionChanged, this, [this, s] {
            if (m_mirroring)
                return;
            m_activeSide = s;
            mirrorSelection(s);
        });
        connect(scene, &WorldMapScene::regionMenuRequested, this, [this, s](int, const QPoint &at) {
            m_activeSide = s;
            updateActionTexts();
            m_regionMenu->popup(at);
        });
        connect(scene, &WorldMapScene::linkMenuRequested, this, [this, s](int, int, const QPoint &at) {
            m_activeSide = s;
            updateActionTexts();
            m_linkMenu->popup(at);
        });
        connect(scene, &WorldMapScene::populationDropped, this,
                [this, s](int population, int region) { movePopulation(s, population, region); });
        // Regions keep their places here: the two worlds must stay the same shape.
        connect(scene, &WorldMapScene::regionMoved, this, [this] {
            statusBar()->showMessage(tr("Regions cannot be moved in the compare view."), 5000);
        });
    }
    // The charts are paired row by row: scrolling one side scrolls the other.
    QScrollBar *scrollA = m_sides[0]->charts()->findChild<QScrollArea *>()->verticalScrollBar();
    QScrollBar *scrollB = m_sides[1]->charts()->findChild<QScrollArea *>()->verticalScrollBar();
    connect(scrollA, &QScrollBar::valueChanged, scrollB, &QScrollBar::setValue);
    connect(scrollB, &QScrollBar::valueChanged, scrollA, &QScrollBar::setValue);

    m_rightColumn = new QWidget(m_columns);
    auto *right = new QVBoxLayout(m_rightColumn);
    right->setContentsMargins(4, 0, 0, 0);
    m_tableTitle = new QLabel(m_rightColumn);
    m_tableTitle->setObjectName(QStringLiteral("compareTableTitle"));
    m_tableTitle->setWordWrap(true);
    m_table = new CompareTableWidget(m_rightColumn);
    m_table->setSideNames(m_session->name(0), m_session->name(1));
    m_actionsTitle = new QLabel(m_rightColumn);
    m_actionList = new QListWidget(m_rightColumn);
    m_actionList->setObjectName(QStringLiteral("compareActions"));
    right->addWidget(m_tableTitle);
    right->addWidget(m_table, 4);
    right->addWidget(m_actionsTitle);
    right->addWidget(m_actionList, 1);
    m_columns->addWidget(m_rightColumn);
    m_columns->setStretchFactor(0, 3);
    m_columns->setStretchFactor(1, 3);
    m_columns->setStretchFactor(2, 2);
    setCentralWidget(m_columns);

    m_clockLabel = new QLabel(this);
    m_figuresLabel = new QLabel(this);
    statusBar()->addWidget(m_clockLabel, 1);
    statusBar()->addPermanentWidget(m_figuresLabel);

    createActions();
    createMenus();
    createToolBar();
    m_presenter = new PresenterMode(this);
    connect(m_presenter, &PresenterMode::activeChanged, action("viewPresenter"), &QAction::setChecked);

    SimulationController *sim = m_session->simulation();
    m_speed->setSpeed(speed);
    connect(m_speed, &SpeedControl::speedRequested, sim, &SimulationController::setSpeed);
    connect(sim, &SimulationController::speedChanged, m_speed, &SpeedControl::setSpeed);
    connect(sim, &SimulationController::runningChanged, this, [this] { updateActionTexts(); });
    connect(sim, &SimulationController::snapshotsReady, this, &CompareWindow::onSnapshots);
    connect(m_session, &CompareSession::commandStamped, this, &CompareWindow::onCommandStamped);
    connect(m_session, &CompareSession::figuresChanged, this, &CompareWindow::onFigures);
    retranslateUi();
    resize(1500, 900);
    m_columns->setSizes({540, 540, 420});
}

CompareWindow::~CompareWindow()
{
    // The session (and the simulation thread) goes before the views it feeds.
    delete m_session;
    m_session = nullptr;
}

void CompareWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void CompareWindow::onSnapshots(const QList<WorldSnapshot> &snapshots)
{
    QElapsedTimer applying;
    applying.start();
    const auto reportTime = qScopeGuard([&] { emit snapshotApplied(applying.nsecsElapsed()); });
    if (snapshots.size() != 2)
        return;
    const bool newRun = snapshots[0].runId != m_runId;
    m_runId = snapshots[0].runId;
    m_now = snapshots[0].now;
    for (int s = 0; s < 2; ++s)
        m_sides[static_cast<std::size_t>(s)]->applySnapshot(snapshots[s]);
    if (newRun && m_presenter->isActive())
        m_presenter->fitToTheWorldInUse();
    updateClock(snapshots[0]);
}

void CompareWindow::updateClock(const WorldSnapshot &s)
{
    m_clockLabel->setText(
        s.running ? tr("Simulated time %1 on both sides · speed %2 · achieved %3")
                        .arg(LabText::clock(s.now), LabText::speed(s.speed), LabText::speed(s.achievedSpeed))
                  : tr("Simulated time %1 on both sides · paused").arg(LabText::clock(s.now)));
}

void CompareWindow::onFigures()
{
    m_table->setRows(m_session->rows());
    updateFiguresLabel();
}

void CompareWindow::updateFiguresLabel()
{
    const std::optional<SimTime> at = m_session->figuresAt();
    m_figuresLabel->setText(at ? tr("Figures as of %1").arg(LabText::clock(*at)) : tr("Measuring…"));
}

void CompareWindow::onCommandStamped(int side, const Command &command)
{
    const SimulationConfig &config = m_session->scenario(side).config;
    const QString text = describeCommand(command, ConfigNames::from(config));
    // A shared action arrives as A's stamp then B's, same instant and type: one entry, "both".
    if (side == 1 && m_lastStamp.side == 0 && m_lastStamp.row == m_actionList->count() - 1 &&
        m_lastStamp.command.at == command.at && m_lastStamp.command.type == command.type) {
        QListWidgetItem *item = m_actionList->item(m_lastStamp.row);
        item->setText(tr("%1 · both · %2").arg(LabText::clock(command.at), text));
        item->setData(Qt::UserRole, 2);
        m_lastStamp.side = 1;
        return;
    }
    auto *item = new QListWidgetItem(
        tr("%1 · %2 only · %3")
            .arg(LabText::clock(command.at), m_sides[static_cast<std::size_t>(side)]->letter(), text),
        m_actionList);
    item->setData(Qt::UserRole, side);
    m_actionList->scrollToBottom();
    m_lastStamp = LastStamp{m_actionList->count() - 1, side, command};
}

bool CompareWindow::applyAction(int origin, const std::vector<Command> &commands)
{
    QString error;
    if (!m_session->apply(origin, m_target, commands, &error)) {
        statusBar()->showMessage(tr("Refused: %1. Choose Apply To ▸ %2 Only to act on one side.")
                                     .arg(error, m_sides[static_cast<std::size_t>(origin)]->letter()),
                                 10000);
        return false;
    }
    return true;
}

void CompareWindow::movePopulation(int origin, int population, int region)
{
    // Each side sends the population to the same region (by id) with its own weights.
    const SimulationConfig &from = m_session->scenario(origin).config;
    std::array<std::vector<Command>, 2> each;
    for (int s = 0; s < 2; ++s) {
        if (!reaches(m_target, s))
            continue;
        QString error;
        std::optional<Command> move = makeCommand(0, CommandType::SetWeight, population, region);
        if (s != origin)
            move = scenario::translateCommand(from, m_session->scenario(s).config, *move, &error);
        if (!move) {
            statusBar()->showMessage(tr("Refused: %1.").arg(error), 10000);
            return;
        }
        const std::size_t regions = m_session->scenario(s).config.regions.size();
        const std::vector<double> weights = ConfigEdit::weightsToward(regions, move->b);
        for (std::size_t r = 0; r < regions; ++r)
            each[static_cast<std::size_t>(s)].push_back(
                makeCommand(0, CommandType::SetWeight, move->a, static_cast<int>(r), -1, weights[r]));
        each[static_cast<std::size_t>(s)].push_back(
            makeCommand(0, CommandType::SetPopulationRouting, move->a, 1));
    }
    m_session->applyEach(each);
}

void CompareWindow::regionAction(CommandType type)
{
    const int region = m_sides[static_cast<std::size_t>(m_activeSide)]->scene()->selectedRegion();
    if (region < 0) {
        statusBar()->showMessage(tr("Select a region on either map first."), 5000);
        return;
    }
    applyAction(m_activeSide, {makeCommand(0, type, region)});
}

void CompareWindow::linkAction(CommandType type)
{
    const auto link = m_sides[static_cast<std::size_t>(m_activeSide)]->scene()->selectedLink();
    if (!link) {
        statusBar()->showMessage(tr("Click a link on either map first."), 5000);
        return;
    }
    applyAction(m_activeSide, {makeCommand(0, type, link->first, link->second, 0)});
}

void CompareWindow::mirrorSelection(int from)
{
    // The same region or link is selected on the other map, so that an action names one thing.
    WorldMapScene *source = m_sides[static_cast<std::size_t>(from)]->scene();
    WorldMapScene *other = m_sides[static_cast<std::size_t>(1 - from)]->scene();
    const SimulationConfig &a = m_session->scenario(from).config;
    const SimulationConfig &b = m_session->scenario(1 - from).config;
    m_mirroring = true;
    const auto done = qScopeGuard([this] { m_mirroring = false; });
    QString ignored;
    if (const int region = source->selectedRegion(); region >= 0) {
        if (auto c =
                scenario::translateCommand(a, b, makeCommand(0, CommandType::KillRegion, region), &ignored))
            other->selectRegion(c->a);
        else
            other->clearSelection();
    } else if (const auto link = source->selectedLink()) {
        if (auto c = scenario::translateCommand(
                a, b, makeCommand(0, CommandType::CutLink, link->first, link->second), &ignored))
            other->selectLink(std::min(c->a, c->b), std::max(c->a, c->b));
        else
            other->clearSelection();
    } else {
        other->clearSelection();
    }
    updateActionTexts(); // the actions' tips name the side acted on
}

std::vector<WorldMapView *> CompareWindow::presenterMaps() const
{
    return {m_sides[0]->view(), m_sides[1]->view()};
}

std::vector<ChartsPanel *> CompareWindow::presenterCharts() const
{
    return {m_sides[0]->charts(), m_sides[1]->charts()};
}

void CompareWindow::arrangeForPresenting(bool presenting, QSize screen)
{
    m_toolBar->setVisible(!presenting);
    m_actionsTitle->setVisible(!presenting);
    m_actionList->setVisible(!presenting);
    for (CompareSideView *view : m_sides)
        view->charts()->setControlsShown(!presenting);
    if (presenting) {
        // Two sides and the table across the screen; each side's map over its charts.
        // The table's widest rows at presenter type ("Stale reads (share of reads)", "not
        // recovered") need about a third of the width.
        const int table = screen.width() * 36 / 100;
        const int side = (screen.width() - table) / 2;
        m_columns->setSizes({side, side, table});
        for (CompareSideView *view : m_sides)
            view->splitter()->setSizes({screen.height() * 50 / 100, screen.height() * 50 / 100});
    }
}

void CompareWindow::killPrimary()
{
    const SimulationController *sim = m_session->simulation();
    if (!sim->hasSnapshot())
        return;
    for (int s = 0; s < 2; ++s) {
        if (const int primary = primaryRegionUp(sim->latest(s)); primary >= 0) {
            applyAction(s, {makeCommand(0, CommandType::KillRegion, primary)});
            return;
        }
    }
    statusBar()->showMessage(tr("No region is the primary now on either side: nothing to kill."), 5000);
}

void CompareWindow::cutSelectedLink()
{
    linkAction(CommandType::CutLink);
}

void CompareWindow::healEverything()
{
    const SimulationController *sim = m_session->simulation();
    if (!sim->hasSnapshot())
        return;
    // Each side its own repairs: a one-side fault leaves the other nothing to heal.
    std::array<std::vector<Command>, 2> each;
    for (int s = 0; s < 2; ++s) {
        if (reaches(m_target, s))
            each[static_cast<std::size_t>(s)] = healingCommands(sim->latest(s));
    }
    m_session->applyEach(each);
}

void CompareWindow::resetWorld()
{
    m_session->simulation()->reset();
    m_actionList->clear();
    m_lastStamp = LastStamp{};
    statusBar()->showMessage(tr("Reset: both sides restarted from time zero."), 5000);
}

void CompareWindow::playOrPause()
{
    SimulationController *sim = m_session->simulation();
    sim->setRunning(!sim->isRunning());
}

void CompareWindow::exportComparison()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Comparison"),
                                                      QStringLiteral("comparison.json"), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    m_session->measureNow();
    // The export is of the figures as they stand once this measurement is in.
    auto *once = new QMetaObject::Connection;
    *once = connect(m_session, &CompareSession::figuresChanged, this, [this, path, once] {
        disconnect(*once);
        delete once;
        const QByteArray bytes =
            scenario::comparisonBytes(m_session->pair(), m_session->report(0), m_session->report(1));
        QString error;
        if (scenario::writeOutputFile(path, bytes, &error))
            statusBar()->showMessage(tr("Exported the comparison to %1").arg(path), 8000);
        else
            statusBar()->showMessage(tr("Export failed: %1").arg(error), 10000);
    });
}

} // namespace fl::ui
