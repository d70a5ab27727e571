// SPDX-License-Identifier: GPL-3.0-or-later
// The compare view's actions, menus and tool bar, and their texts in the current language.
#include "comparesideview.h"
#include "comparetablewidget.h"
#include "comparewindow.h"
#include "panels/speedcontrol.h"
#include "presenter/presentermode.h"
#include "regionfaults.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace fl::ui {

void CompareWindow::createActions()
{
    SimulationController *sim = m_session->simulation();
    m_actions.add("comparePlayPause", QKeySequence(Qt::Key_Space), [this] { playOrPause(); });
    m_actions.add("compareStep", QKeySequence(Qt::Key_Period), [sim] { sim->step(); });
    m_actions.add("compareReset", QKeySequence(Qt::CTRL | Qt::Key_R), [this] { resetWorld(); });
    m_actions.add("compareFaster", QKeySequence(Qt::Key_BracketRight), [this] { m_speed->faster(); });
    m_actions.add("compareSlower", QKeySequence(Qt::Key_BracketLeft), [this] { m_speed->slower(); });
    m_actions.add("compareExport", QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportComparison(); });
    m_actions.add("compareClose", QKeySequence::Close, [this] { close(); });

    m_targetGroup = new QActionGroup(this);
    const std::pair<const char *, CompareTarget> targets[] = {
        {"targetBoth", CompareTarget::Both}, {"targetA", CompareTarget::A}, {"targetB", CompareTarget::B}};
    int key = Qt::Key_1;
    for (const auto &[id, target] : targets) {
        QAction *a = m_actions.add(id, QKeySequence(Qt::CTRL | key++), [this, target] { setTarget(target); });
        a->setCheckable(true);
        a->setChecked(target == CompareTarget::Both);
        m_targetGroup->addAction(a);
    }

    m_actions.add("compareKillPrimary", QKeySequence(Qt::Key_X), [this] { killPrimary(); });
    m_actions.add("compareHealAll", QKeySequence(Qt::Key_0), [this] { healEverything(); });
    for (const RegionFault &fault : kRegionFaults)
        m_actions.add(fault.actionId, QKeySequence(fault.key),
                      [this, type = fault.command] { regionAction(type); });
    m_actions.add("linkCutBoth", QKeySequence(Qt::Key_C), [this] { linkAction(CommandType::CutLink); });
    m_actions.add("linkHeal", QKeySequence(Qt::Key_H), [this] { linkAction(CommandType::HealLink); });

    QAction *rows = m_actions.add("viewPopulationRows", QKeySequence(), [this] {
        m_table->setPopulationRowsShown(!m_table->populationRowsShown());
    });
    rows->setCheckable(true);
    QAction *presenter =
        m_actions.add("viewPresenter", QKeySequence(Qt::Key_F11), [this] { m_presenter->toggle(); });
    presenter->setCheckable(true);
    // The menu bar is hidden while presenting: the window itself keeps every shortcut alive.
    addActions(m_actions.all());
}

void CompareWindow::createMenus()
{
    m_compareMenu = menuBar()->addMenu(QString());
    m_compareMenu->addActions({action("comparePlayPause"), action("compareStep"), action("compareReset")});
    m_compareMenu->addSeparator();
    m_compareMenu->addActions({action("compareFaster"), action("compareSlower")});
    m_compareMenu->addSeparator();
    m_compareMenu->addActions({action("compareExport"), action("compareClose")});

    m_actionsMenu = menuBar()->addMenu(QString());
    m_targetMenu = m_actionsMenu->addMenu(QString());
    m_targetMenu->addActions(m_targetGroup->actions());
    m_actionsMenu->addSeparator();
    m_actionsMenu->addActions({action("compareKillPrimary"), action("compareHealAll")});
    m_actionsMenu->addSeparator();
    m_regionMenu = new QMenu(this);
    m_regionMenu->addActions(
        m_actions.get({"regionKill", "regionRestore", "regionDestroy", "regionIsolate", "regionKillApp",
                       "regionRestoreApp", "regionKillData", "regionRestoreData"}));
    m_linkMenu = new QMenu(this);
    m_linkMenu->addActions(m_actions.get({"linkCutBoth", "linkHeal"}));
    m_actionsMenu->addActions(m_regionMenu->actions());
    m_actionsMenu->addSeparator();
    m_actionsMenu->addActions(m_linkMenu->actions());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions({action("viewPopulationRows"), action("viewPresenter")});
}

void CompareWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("compareToolBar"));
    m_toolBar->addActions({action("comparePlayPause"), action("compareStep"), action("compareReset")});
    m_toolBar->addSeparator();
    m_speed = new SpeedControl(m_toolBar);
    m_toolBar->addWidget(m_speed);
    m_toolBar->addSeparator();
    m_targetLabel = new QLabel(m_toolBar);
    m_toolBar->addWidget(m_targetLabel);
    m_toolBar->addActions(m_targetGroup->actions());
    m_toolBar->addSeparator();
    m_toolBar->addActions({action("compareKillPrimary"), action("compareHealAll")});
}

namespace {

void setTexts(QAction *action, const QString &text, const QString &tip)
{
    action->setText(text);
    action->setToolTip(tip);
    action->setStatusTip(tip);
}

} // namespace

void CompareWindow::retranslateUi()
{
    setWindowTitle(tr("Compare: A %1 · B %2 — Failover Lab").arg(m_session->name(0), m_session->name(1)));
    const auto set = [this](const char *id, const QString &text, const QString &tip) {
        setTexts(action(id), text, tip);
    };
    m_compareMenu->setTitle(tr("&Compare"));
    set("compareStep", tr("&Step"), tr("Advance both sides by one simulated second"));
    set("compareReset", tr("&Reset"), tr("Start both sides again from time zero"));
    set("compareFaster", tr("&Faster"), tr("Run both sides faster"));
    set("compareSlower", tr("S&lower"), tr("Run both sides slower"));
    set("compareExport", tr("&Export Comparison…"),
        tr("Write the comparison as it stands (the table and each side's full report) as JSON"));
    set("compareClose", tr("&Close"), tr("Close the compare view"));
    m_actionsMenu->setTitle(tr("&Actions"));
    m_targetMenu->setTitle(tr("Apply &To"));
    set("targetBoth", targetText(CompareTarget::Both),
        tr("Every action goes to both sides at the same instant"));
    set("targetA", targetText(CompareTarget::A), tr("Actions go to side A only"));
    set("targetB", targetText(CompareTarget::B), tr("Actions go to side B only"));
    m_regionMenu->setTitle(tr("Region"));
    m_linkMenu->setTitle(tr("Link"));
    m_viewMenu->setTitle(tr("&View"));
    set("viewPopulationRows", tr("Every &Population's Rows"),
        tr("Show each population's latency in the table"));
    set("viewPresenter", tr("&Presenter"),
        tr("Full screen with large type for a talk, one key per common fault (? lists them; Esc twice or F11 "
           "leaves)"));
    m_toolBar->setWindowTitle(tr("Compare"));
    m_targetLabel->setText(tr("Apply to:"));
    m_tableTitle->setText(tr("<b>Measured comparison</b> (the better side highlighted)"));
    m_actionsTitle->setText(tr("<b>Actions</b> (where each one went)"));
    updateActionTexts();
    updateFiguresLabel();
    if (m_session->simulation()->hasSnapshot())
        updateClock(m_session->simulation()->latest(0));
}

void CompareWindow::updateActionTexts()
{
    const auto set = [this](const char *id, const QString &text, const QString &tip) {
        setTexts(action(id), text, tip);
    };
    set("comparePlayPause", m_session->simulation()->isRunning() ? tr("&Pause") : tr("&Play"),
        tr("Pause or play both sides (one clock)"));
    // The moves name where they go (the target) and whose selection they act on (the side).
    const QString on = targetText(m_target);
    set("compareKillPrimary", tr("Kill the &Primary"),
        tr("Kill the region that is A's primary now (B's when A has none), on %1").arg(on));
    set("compareHealAll", tr("&Heal Everything"),
        tr("Heal every link and restore every region and tier, on %1").arg(on));
    const QString side = m_sides[static_cast<std::size_t>(m_activeSide)]->letter();
    set("regionKill", tr("&Kill Region"), tr("Crash the selected region (of side %1), on %2").arg(side, on));
    set("regionRestore", tr("&Restore Region"), tr("Bring the selected region back, on %1").arg(on));
    set("regionDestroy", tr("&Destroy Region"), tr("Lose the selected region and its data, on %1").arg(on));
    set("regionIsolate", tr("&Isolate Region"), tr("Cut every link of the selected region, on %1").arg(on));
    set("regionKillApp", tr("Kill &App Tier"), tr("Stop the selected region's app servers, on %1").arg(on));
    set("regionRestoreApp", tr("Restore A&pp Tier"),
        tr("Start the selected region's app servers, on %1").arg(on));
    set("regionKillData", tr("Kill D&ata Tier"), tr("Stop the selected region's database, on %1").arg(on));
    set("regionRestoreData", tr("Restore Da&ta Tier"),
        tr("Start the selected region's database, on %1").arg(on));
    set("linkCutBoth", tr("&Cut Link"), tr("Cut the selected link both ways, on %1").arg(on));
    set("linkHeal", tr("H&eal Link"), tr("Heal the selected link, on %1").arg(on));
}

QString CompareWindow::targetText(CompareTarget target) const
{
    switch (target) {
    case CompareTarget::Both:
        return tr("Both Sides");
    case CompareTarget::A:
        return tr("A Only");
    case CompareTarget::B:
        return tr("B Only");
    }
    return {};
}

void CompareWindow::setTarget(CompareTarget target)
{
    m_target = target;
    const char *id = target == CompareTarget::Both ? "targetBoth"
                     : target == CompareTarget::A  ? "targetA"
                                                   : "targetB";
    action(id)->setChecked(true);
    updateActionTexts();
}

} // namespace fl::ui
