// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's lesson dock: the panel, and what its steps point at on the map and the charts.
#include "bridge/simulationrunner.h"
#include "languagemanager.h"
#include "library/scenariolibrary.h"
#include "mainwindow.h"
#include "map/lessonhighlights.h"
#include "panels/chartspanel.h"
#include "panels/lessonpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>

namespace fl::ui {

void MainWindow::createLessonDock()
{
    m_lessonPanel = new LessonPanel(m_sim, this);
    m_lessonDock = new QDockWidget(this);
    m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
    m_lessonDock->setWidget(m_lessonPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_lessonDock);
    // Beside the controls, behind them until a lesson starts: the window opens as it always has.
    tabifyDockWidget(m_controlDock, m_lessonDock);
    m_controlDock->raise();
    QAction *toggle = m_lessonDock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_viewMenu->addAction(toggle);

    m_lessonHighlights = std::make_unique<LessonHighlights>(m_scene);
    connect(m_lessonPanel, &LessonPanel::openScenarioRequested, this,
            [this](const scenario::Scenario &loaded, const QString &name) {
                m_openingLesson = true;
                openScenarioDocument(loaded, QString(), name);
                m_openingLesson = false;
                m_lessonDocument = m_document;
            });
    connect(m_lessonPanel, &LessonPanel::highlightsChanged, this,
            [this](const std::vector<scenario::LessonHighlight> &highlights) {
                m_lessonHighlights->set(highlights);
                QStringList charts;
                for (const scenario::LessonHighlight &h : highlights)
                    if (h.kind == scenario::LessonHighlight::Kind::Chart)
                        charts << h.chart;
                m_charts->setHighlighted(charts);
                if (!charts.isEmpty())
                    m_chartsDock->raise();
            });
}

bool MainWindow::startLesson(const QString &id, QString *error)
{
    m_lessonDock->show();
    m_lessonDock->raise();
    return m_lessonPanel->startLesson(id, error);
}

void MainWindow::lessonWorldReplaced(const LabDocument &document)
{
    if (m_openingLesson || !m_lessonPanel->lesson())
        return;
    if (m_lessonDocument && document == *m_lessonDocument) {
        m_lessonPanel->worldRestarted();
        return;
    }
    m_lessonDocument.reset();
    m_lessonPanel->stopLesson(
        tr("The lesson stopped: the window now runs another world (a file was opened, the "
           "world was edited, or New was chosen). Press Start to begin it again."));
}

void MainWindow::giveLibraryLessons()
{
    if (!m_library)
        return;
    const QString language = LanguageManager::instance()->language();
    QHash<QString, QList<ScenarioLibrary::Lesson>> byScenario;
    for (const scenario::LessonHeader &lesson : scenario::builtinLessonHeaders())
        byScenario[lesson.scenarioName].append({lesson.id, lesson.title.in(language)});
    m_library->setLessons(byScenario);
}

} // namespace fl::ui
