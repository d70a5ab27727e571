// The main window's document: new, open, save and recent scenario files, the window title, and
// exporting charts, data and the map.
#include "actionregistry.h"
#include "bridge/simulationrunner.h"
#include "charts/chartexporter.h"
#include "configedit.h"
#include "labtext.h"
#include "languagemanager.h"
#include "library/scenariolibrary.h"
#include "mainwindow.h"
#include "mainwindowsettings.h"
#include "map/mapitems.h"
#include "map/worldmapscene.h"
#include "map/worldmapview.h"
#include "panels/chartspanel.h"
#include "panels/controlpanel.h"
#include "panels/degradedialog.h"
#include "panels/eventlogpanel.h"
#include "panels/healthpanel.h"
#include "panels/incidentpanel.h"
#include "panels/plandialog.h"
#include "panels/speedcontrol.h"
#include "panels/weightspanel.h"
#include "scenario/builtins.h"
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
using namespace windowsettings;

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

void MainWindow::newWorld()
{
    m_undo->clear();
    m_filePath.clear();
    m_documentName.clear();
    updateWindowTitle();
    runDocument(LabDocument{defaultLabWorld(), {}});
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

bool MainWindow::openBuiltinScenario(const QString &name, QString *error)
{
    scenario::ScenarioError problem;
    std::optional<scenario::Scenario> loaded;
    if (const std::optional<QJsonObject> document = scenario::readBuiltinDocument(name, &problem))
        loaded = scenario::scenarioFromJson(*document, &problem);
    if (!loaded) {
        if (error)
            *error = problem.toString();
        return false;
    }
    openScenarioDocument(*loaded, QString(), name);
    statusBar()->showMessage(tr("Opened the built-in scenario %1").arg(name), 8000);
    return true;
}

ScenarioLibrary *MainWindow::scenarioLibrary()
{
    if (m_library)
        return m_library;
    m_library = new ScenarioLibrary(this);
    m_library->setRecentFiles(recentFiles());
    connect(m_library, &ScenarioLibrary::builtinRequested, this, [this](const QString &name) {
        QString error;
        if (openBuiltinScenario(name, &error))
            m_library->accept();
        else
            QMessageBox::warning(m_library, tr("Open scenario"),
                                 tr("Could not open %1:\n%2").arg(name, error));
    });
    connect(m_library, &ScenarioLibrary::fileRequested, this, [this](const QString &path) {
        QString error;
        if (openScenarioFile(path, &error))
            m_library->accept();
        else
            QMessageBox::warning(m_library, tr("Open scenario"),
                                 tr("Could not open %1:\n%2").arg(path, error));
    });
    connect(m_library, &ScenarioLibrary::lessonRequested, this, [this](const QString &, const QString &id) {
        QString error;
        if (startLesson(id, &error))
            m_library->accept();
        else
            QMessageBox::warning(m_library, tr("Open lesson"), tr("Could not open %1:\n%2").arg(id, error));
    });
    giveLibraryLessons();
    return m_library;
}

void MainWindow::showScenarioLibrary()
{
    ScenarioLibrary *library = scenarioLibrary();
    rebuildRecentMenu(); // drops files gone since, here and in the library
    library->show();
    library->raise();
    library->activateWindow();
}

void MainWindow::showStartPage()
{
    if (ScenarioLibrary::showAtStartup())
        showScenarioLibrary();
}

void MainWindow::openScenarioDocument(const scenario::Scenario &loaded, const QString &path,
                                      const QString &name)
{
    m_undo->clear();
    m_filePath = path;
    m_documentName = name;
    runDocument(LabDocument::fromScenario(loaded));
    const auto count = static_cast<int>(m_document.schedule.size());
    m_log->addNote(0, Severity::Notice, [name, count] {
        return MainWindow::tr("Opened %1: the simulation restarted with its configuration and %n scheduled "
                              "command(s).",
                              nullptr, count)
            .arg(name);
    });
    updateWindowTitle();
    updateActionState();
}

void MainWindow::openPlanDialog()
{
    if (m_planDialog) {
        m_planDialog->raise();
        m_planDialog->activateWindow();
        return;
    }
    // The world as the document has it, with its own fault schedule (not what this run applied).
    auto *dialog = new PlanDialog(scenario::scenarioToJson(documentScenario()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlanDialog::openDesign, this,
            [this](const scenario::Scenario &design, const QString &title) {
                openScenarioDocument(design, QString(), title);
            });
    m_planDialog = dialog;
    dialog->show();
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
        ok = scenario::writeRunCsv(LabDocument{copy.config(), m_document.schedule}.toScenario(
                                       name, copy.engine().commandLog(), copy.now()),
                                   copy, request.path, &written, &error);
        break;
    case ExportRequest::What::ReportJson: {
        const QByteArray bytes =
            scenario::runReportBytes(LabDocument{copy.config(), m_document.schedule}.toScenario(
                                         name, copy.engine().commandLog(), copy.now()),
                                     copy);
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
    // The document, with what this run has applied so far (while the newest snapshot is of a run
    // of it: right after a restart it may still be the previous run's).
    const WorldSnapshot &s = m_sim->latest();
    const bool ofThisDocument = m_sim->hasSnapshot() && s.config == m_document.config;
    const scenario::Scenario saved = m_document.toScenario(
        QFileInfo(path).completeBaseName(), ofThisDocument ? s.commandLog : std::vector<Command>{},
        ofThisDocument ? s.now : 0);
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

QStringList MainWindow::recentFiles() const
{
    QStringList recent = QSettings().value(kRecentKey).toStringList();
    recent.removeIf([](const QString &path) { return !QFileInfo::exists(path); });
    return recent;
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    // Files moved or deleted since are dropped for good.
    const QStringList recent = recentFiles();
    QSettings settings;
    if (settings.value(kRecentKey).toStringList() != recent)
        settings.setValue(kRecentKey, recent);
    if (m_library)
        m_library->setRecentFiles(recent);
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

} // namespace fl::ui
