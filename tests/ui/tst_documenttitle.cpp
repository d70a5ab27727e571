// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window names its document: a scenario file (what `failover-lab FILE` and File ▸ Open show) or
// a built-in (`failover-lab --builtin NAME`) appears in the title bar with the scenario's own
// configuration loaded; File ▸ New goes back to the plain title.
#include "labwindowfixture.h"
#include "mainwindow.h"
#include "scenario/builtins.h"
#include "scenario/scenarioreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fl;
using namespace fl::ui;

class DocumentTitleTest : public QObject
{
    Q_OBJECT

private slots:
    void fileNameInTheTitle()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("my-talk.flab.json"));
        QVERIFY(QFile::copy(scenario::builtinScenarioPath(QStringLiteral("split-brain-fencing")), path));
        MainWindow window;
        QVERIFY(testing::showLab(window, QSize(1200, 800), "healthDock"));
        QCOMPARE(window.windowTitle(), QStringLiteral("Failover Lab"));
        QString error;
        QVERIFY2(window.openScenarioFile(path, &error), qPrintable(error));
        QCOMPARE(window.documentName(), QStringLiteral("my-talk.flab.json"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("my-talk.flab.json — ")));
        scenario::ScenarioError problem;
        const auto loaded = scenario::loadScenario(path, &problem);
        QVERIFY(loaded);
        // The window runs what `failover-lab run` runs: the configuration with its targets.
        QVERIFY(window.documentConfig() == scenario::runConfig(*loaded));
        // The simulation restarts on the opened scenario's world.
        QTRY_COMPARE_WITH_TIMEOUT(testing::latest(window).config.regions.size(),
                                  loaded->config.regions.size(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(testing::latest(window).config == scenario::runConfig(*loaded), 5000);
    }

    void builtinNameInTheTitle()
    {
        MainWindow window;
        QVERIFY(testing::showLab(window, QSize(1200, 800), "healthDock"));
        scenario::ScenarioError problem;
        const auto document = scenario::readBuiltinDocument(QStringLiteral("manual-failback"), &problem);
        QVERIFY(document);
        const auto loaded = scenario::scenarioFromJson(*document, &problem);
        QVERIFY(loaded);
        window.openScenarioDocument(*loaded, QString(), QStringLiteral("manual-failback"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("manual-failback — ")));
        QVERIFY(window.documentConfig() == scenario::runConfig(*loaded));
        testing::action(window, "fileNew")->trigger();
        QCOMPARE(window.windowTitle(), QStringLiteral("Failover Lab"));
        QVERIFY(window.documentName().isEmpty());
    }
};

QTEST_MAIN(DocumentTitleTest)
#include "tst_documenttitle.moc"
