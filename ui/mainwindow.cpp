#include "mainwindow.h"

#include "languagemanager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace fl::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    m_welcome = new QLabel(this);
    m_welcome->setObjectName(QStringLiteral("welcomeLabel"));
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setMargin(24);
    setCentralWidget(m_welcome);

    createActions();
    createMenus();
    retranslateUi();

    connect(LanguageManager::instance(), &LanguageManager::languageChanged, this,
            &MainWindow::syncLanguageActions);
    syncLanguageActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(960, 640);
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : LanguageManager::availableLanguages()) {
        auto *action = new QAction(LanguageManager::nativeName(code), m_languageGroup);
        action->setCheckable(true);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_") + code);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, [](QAction *action) {
        LanguageManager::instance()->setLanguage(action->data().toString());
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_quitAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Failover Lab"));
    m_fileMenu->setTitle(tr("&File"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setStatusTip(tr("Close the lab"));
    m_aboutAction->setText(tr("&About Failover Lab"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_languageMenu->setToolTip(tr("Switch the language of the whole lab; the choice is remembered"));
    m_welcome->setText(tr("<h2>Failover Lab</h2>"
                          "<p>A lab for multi-region system design: replication, failover and "
                          "split-brain, simulated request by request.</p>"
                          "<p>This window is the lab's frame. The interactive world map, its "
                          "controls and live charts arrive in the next releases; meanwhile the "
                          "simulation runs headless from the command line "
                          "(<tt>failover-lab --help</tt>).</p>"));
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::syncLanguageActions()
{
    const QString current = LanguageManager::instance()->language();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == current);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Failover Lab"),
                       tr("<p><b>Failover Lab %1</b></p>"
                          "<p>Every number in the lab comes from a deterministic discrete-event "
                          "simulation of individual requests and replication messages.</p>")
                           .arg(QStringLiteral(FL_VERSION_STRING)));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace fl::ui
