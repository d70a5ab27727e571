// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's ways into the compare view: Simulation ▸ Compare With…, File ▸ Compare Two
// Files…, and `failover-lab --compare-with`.
#include "bridge/simulationrunner.h"
#include "compare/comparedialog.h"
#include "compare/comparewindow.h"
#include "mainwindow.h"
#include "scenario/scenarioreader.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

namespace fl::ui {

CompareWindow *MainWindow::compareWindow() const
{
    return m_compareWindow.data();
}

scenario::Scenario MainWindow::documentScenario() const
{
    const QString name =
        m_documentName.isEmpty() ? QStringLiteral("lab") : QFileInfo(m_documentName).completeBaseName();
    return m_document.toScenario(name, {}, 0);
}

CompareWindow *MainWindow::showCompare(const scenario::ComparePair &pair, const QStringList &names)
{
    if (m_compareWindow)
        m_compareWindow->close(); // one compare at a time: two would halve each other's pace
    m_sim->pause();
    auto *window = new CompareWindow(pair, names, m_sim->speed(), true);
    window->setAttribute(Qt::WA_DeleteOnClose); // a top-level window of its own, gone when closed
    m_compareWindow = window;
    window->show();
    statusBar()->showMessage(tr("Comparing in its own window; this window's run is paused."), 8000);
    return window;
}

CompareWindow *MainWindow::openCompare(const scenario::Scenario &b, const QString &nameB, QString *error)
{
    const scenario::Scenario a = documentScenario();
    QString why;
    const std::optional<scenario::ComparePair> pair = scenario::alignForCompare(a, b, &why);
    if (!pair) {
        if (error)
            *error = why;
        return nullptr;
    }
    return showCompare(*pair, {a.name, nameB});
}

CompareWindow *MainWindow::openCompareFiles(const QString &pathA, const QString &pathB, QString *error)
{
    scenario::ScenarioError problem;
    const std::optional<scenario::Scenario> a = scenario::loadScenario(pathA, &problem);
    std::optional<scenario::Scenario> b;
    if (a)
        b = scenario::loadScenario(pathB, &problem);
    if (!a || !b) {
        if (error)
            *error = tr("%1: %2").arg(QFileInfo(a ? pathB : pathA).fileName(), problem.toString());
        return nullptr;
    }
    QString why;
    const std::optional<scenario::ComparePair> pair = scenario::alignForCompare(*a, *b, &why);
    if (!pair) {
        if (error)
            *error = why;
        return nullptr;
    }
    return showCompare(*pair, {QFileInfo(pathA).completeBaseName(), QFileInfo(pathB).completeBaseName()});
}

void MainWindow::openCompareDialog()
{
    const scenario::Scenario a = documentScenario();
    auto *dialog = new CompareDialog(a, a.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->pair())
            showCompare(*dialog->pair(), dialog->names());
    });
    dialog->open();
}

void MainWindow::compareTwoFiles()
{
    const QString filter = tr("Scenario files (*.flab.json *.json);;All files (*)");
    const QString a = QFileDialog::getOpenFileName(this, tr("Scenario for Side A"), QString(), filter);
    if (a.isEmpty())
        return;
    const QString b =
        QFileDialog::getOpenFileName(this, tr("Scenario for Side B"), QFileInfo(a).path(), filter);
    if (b.isEmpty())
        return;
    QString error;
    if (!openCompareFiles(a, b, &error))
        QMessageBox::warning(this, tr("Compare"), tr("Cannot compare these two files:\n%1").arg(error));
}

} // namespace fl::ui
