// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's presenter mode (View ▸ Presenter, F11) and the moves it puts on single keys.
#include "bridge/simulationrunner.h"
#include "bridge/worldrepairs.h"
#include "mainwindow.h"
#include "panels/lessonpanel.h"
#include "presenter/presentermode.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

namespace fl::ui {

void MainWindow::createPresenter()
{
    m_presenter = new PresenterMode(this);
    QAction *toggle =
        m_actions.add("viewPresenter", QKeySequence(Qt::Key_F11), [this] { m_presenter->toggle(); });
    toggle->setCheckable(true);
    connect(m_presenter, &PresenterMode::activeChanged, toggle, &QAction::setChecked);
    // The menu bar is hidden while presenting: the window itself keeps the shortcut alive.
    addAction(toggle);
    m_viewMenu->addAction(toggle);
    retranslatePresenter();
}

void MainWindow::retranslatePresenter()
{
    QAction *toggle = action("viewPresenter");
    toggle->setText(tr("&Presenter"));
    toggle->setStatusTip(
        tr("Full screen with large type for a talk, and one key per common fault (? lists them; "
           "Esc twice or F11 leaves)"));
}

void MainWindow::arrangeForPresenting(bool presenting, QSize screen)
{
    if (!presenting) {
        m_welcome->show(); // the docks come back with the window's saved state
        return;
    }
    // Only what the talk needs: the map, the charts, and a lesson when one runs.
    const bool lesson = m_lessonPanel->lesson() != nullptr;
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->setVisible(dock == m_chartsDock || (lesson && dock == m_lessonDock));
    m_welcome->hide();
    // The charts get the lower part of the screen, the map the rest; a running lesson a third of
    // the width.
    resizeDocks({m_chartsDock}, {screen.height() * 53 / 100}, Qt::Vertical);
    if (lesson)
        resizeDocks({m_lessonDock}, {screen.width() / 3}, Qt::Horizontal);
}

void MainWindow::cutSelectedLink()
{
    action("linkCutBoth")->trigger();
}

void MainWindow::resetWorld()
{
    action("simReset")->trigger();
}

void MainWindow::playOrPause()
{
    action("simPlayPause")->trigger();
}

void MainWindow::nextStep()
{
    // A clicker's "next": play the step, or go on once it has played.
    if (m_lessonPanel->state() == LessonPanel::StepState::Ready)
        m_lessonPanel->runStep();
    else if (m_lessonPanel->state() == LessonPanel::StepState::Played)
        m_lessonPanel->nextStep();
}

void MainWindow::previousStep()
{
    m_lessonPanel->previousStep();
}

void MainWindow::killPrimary()
{
    const int primary = primaryRegionUp(m_sim->latest());
    if (primary < 0) {
        statusBar()->showMessage(tr("No region is the primary now: nothing to kill."), 5000);
        return;
    }
    send(CommandType::KillRegion, primary);
}

void MainWindow::healEverything()
{
    for (const Command &c : healingCommands(m_sim->latest()))
        send(static_cast<CommandType>(c.type), c.a, c.b, c.c, c.x, c.y);
}

} // namespace fl::ui
