// Issue 21: the window keeps one document (configuration, schedule, targets) that Save, Reset,
// Apply-and-restart and the control panel use; a dragged population moves alone; the health panel
// shows the model's availability figures.
#include "bridge/simulationrunner.h"
#include "configedit.h"
#include "labwindowfixture.h"
#include "mainwindow.h"
#include "panels/controlpanel.h"
#include "panels/healthpanel.h"
#include "panels/incidentpanel.h"
#include "scenario/builtins.h"
#include "scenario/runreport.h"
#include "scenario/scenarioreader.h"
#include "sim/presets.h"
#include "sim/simulation.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace fl;
using namespace fl::ui;
using namespace fl::ui::testing;

namespace {

int populationIndex(MainWindow &w, const char *id)
{
    for (const PopulationView &p : latest(w).populations) {
        if (p.id == QLatin1String(id))
            return p.index;
    }
    return -1;
}

int regionIndex(MainWindow &w, const char *id)
{
    for (const RegionView &r : latest(w).regions) {
        if (r.id == QLatin1String(id))
            return r.index;
    }
    return -1;
}

// The share of `population`'s attempts in the last interval that went to `region`.
double shareTo(const WorldSnapshot &s, int population, int region)
{
    const PopulationView &p = s.populations[static_cast<std::size_t>(population)];
    double total = 0;
    for (double a : p.attemptsPerRegion)
        total += a;
    return total > 0 ? p.attemptsPerRegion[static_cast<std::size_t>(region)] / total : 0;
}

bool runTo(MainWindow &w, SimTime at)
{
    w.simulation()->runTo(at);
    return QTest::qWaitFor([&w, at] { return latest(w).now == at && !latest(w).running; }, 30000);
}

QString incidentSummary(MainWindow &w)
{
    return w.findChild<QLabel *>(QStringLiteral("incidentSummary"))->text();
}

// Sets the targets in the control panel and applies them (a restart).
void setTargets(MainWindow &w, double rpo, double rto)
{
    w.findChild<QDoubleSpinBox *>(QStringLiteral("rpoSpin"))->setValue(rpo);
    w.findChild<QDoubleSpinBox *>(QStringLiteral("rtoSpin"))->setValue(rto);
    w.controlPanel()->applyStaged();
}

} // namespace

class DocumentModelTest : public QObject
{
    Q_OBJECT

private slots:
    // Item 1: dropping South America on Ireland moves South America only; the others stay on the
    // world's geo-nearest routing. Undo sends it back; Reset restores the document's routing.
    void draggingOnePopulationLeavesTheOthers()
    {
        MainWindow w(defaultLabWorld(), 1.0);
        QVERIFY(showLab(w, QSize(1400, 900), "healthDock"));
        w.simulation()->pause();
        const int southAmerica = populationIndex(w, "south-america");
        const int naEast = populationIndex(w, "na-east");
        const int europe = populationIndex(w, "europe");
        const int eastAsia = populationIndex(w, "east-asia");
        const int virginia = regionIndex(w, "us-east-1");
        const int ireland = regionIndex(w, "eu-west-1");
        const int tokyo = regionIndex(w, "ap-northeast-1");
        const std::vector<double> allOnes(3, 1.0);
        QVERIFY(!w.undoStack()->canUndo());

        w.moveTraffic(southAmerica, ireland);
        QVERIFY(w.undoStack()->canUndo());
        QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Send South America to Ireland"));
        // Past every DNS answer cached before the drop (TTL 60 s).
        QVERIFY(runTo(w, 150 * kSecond));
        const WorldSnapshot &s = latest(w);
        QCOMPARE(s.policy, RoutingPolicy::GeoNearest);
        QCOMPARE(s.populations[static_cast<std::size_t>(southAmerica)].weights,
                 ConfigEdit::weightsToward(3, ireland));
        QVERIFY(s.populations[static_cast<std::size_t>(southAmerica)].ownWeights);
        QCOMPARE(shareTo(s, southAmerica, ireland), 1.0);
        for (const int p : {naEast, europe, eastAsia}) {
            QCOMPARE(s.populations[static_cast<std::size_t>(p)].weights, allOnes);
            QVERIFY(!s.populations[static_cast<std::size_t>(p)].ownWeights);
        }
        QCOMPARE(shareTo(s, naEast, virginia), 1.0);
        QCOMPARE(shareTo(s, europe, ireland), 1.0);
        QCOMPARE(shareTo(s, eastAsia, tokyo), 1.0);
        // The document is what it was: the drop is this run's, not the scenario's.
        QCOMPARE(w.documentConfig(), defaultLabWorld());

        w.undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(!latest(w).populations[static_cast<std::size_t>(southAmerica)].ownWeights,
                                 5000);
        QCOMPARE(latest(w).populations[static_cast<std::size_t>(southAmerica)].weights, allOnes);
        w.undoStack()->redo();
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).populations[static_cast<std::size_t>(southAmerica)].ownWeights,
                                 5000);

        action(w, "simReset")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            latest(w).now == 0 && !latest(w).populations[static_cast<std::size_t>(southAmerica)].ownWeights,
            5000);
        QCOMPARE(latest(w).populations[static_cast<std::size_t>(southAmerica)].weights, allOnes);
        QCOMPARE(latest(w).policy, RoutingPolicy::GeoNearest);
        QVERIFY(!w.liveConfig().populations[static_cast<std::size_t>(southAmerica)].ownWeights);
    }

    // Item 2: a target set in the window is saved, and a new window opening the file shows it,
    // the same as the command line reads it; saving the opened file keeps it.
    void targetsRoundTripThroughAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("targets.flab.json"));
        {
            MainWindow w(defaultLabWorld(), 1.0);
            QVERIFY(showLab(w, QSize(1400, 900), "incidentDock"));
            setTargets(w, 30, 90);
            QTRY_VERIFY_WITH_TIMEOUT(latest(w).config.targets.rpoSeconds == 30, 5000);
            QString error;
            QVERIFY2(w.saveScenarioFile(path, &error), qPrintable(error));
        }
        scenario::ScenarioError problem;
        const auto read = scenario::loadScenario(path, &problem); // what `failover-lab run` reads
        QVERIFY2(read, qPrintable(problem.toString()));
        QCOMPARE(read->targets.rpo, std::optional<SimTime>(30 * kSecond));
        QCOMPARE(read->targets.rto, std::optional<SimTime>(90 * kSecond));

        MainWindow opened;
        QVERIFY(showLab(opened, QSize(1400, 900), "incidentDock"));
        QString error;
        QVERIFY2(opened.openScenarioFile(path, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(latest(opened).config.targets.rtoSeconds == 90, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(incidentSummary(opened).contains(QLatin1String("RPO 30 s")) &&
                                     incidentSummary(opened).contains(QLatin1String("RTO 90 s")),
                                 5000);
        QCOMPARE(opened.controlPanel()->stagedConfig().targets.rpoSeconds, 30.0);
        QCOMPARE(opened.documentConfig().targets, scenario::runConfig(*read).targets);

        const QString again = dir.filePath(QStringLiteral("again.flab.json"));
        QVERIFY2(opened.saveScenarioFile(again, &error), qPrintable(error));
        const auto reread = scenario::loadScenario(again, &problem);
        QVERIFY2(reread, qPrintable(problem.toString()));
        QCOMPARE(reread->targets, read->targets);
    }

    // Item 2: a built-in's targets are shown, not "No targets set".
    void openedScenarioShowsItsTargets()
    {
        MainWindow w(defaultLabWorld(), 1.0);
        QVERIFY(showLab(w, QSize(1400, 900), "incidentDock"));
        QString error;
        QVERIFY2(w.openScenarioFile(
                     scenario::builtinScenarioPath(QStringLiteral("dns-ttl-vs-front-door-dns")), &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(incidentSummary(w).contains(QLatin1String("RTO 60 s")), 5000);
    }

    // Item 3: Apply-and-restart keeps the opened scenario's schedule (the kill at 2 min).
    void applyAndRestartKeepsTheSchedule()
    {
        MainWindow w(defaultLabWorld(), 1.0);
        QVERIFY(showLab(w, QSize(1400, 900), "healthDock"));
        const QString name = QStringLiteral("manual-vs-automatic-failover-manual");
        scenario::ScenarioError problem;
        const auto document = scenario::readBuiltinDocument(name, &problem);
        QVERIFY(document);
        const auto loaded = scenario::scenarioFromJson(*document, &problem);
        QVERIFY(loaded);
        w.openScenarioDocument(*loaded, QString(), name);
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).config == scenario::runConfig(*loaded), 5000);
        const std::uint64_t run = latest(w).runId;
        setTargets(w, -1, 60);
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).runId != run && latest(w).config.targets.rtoSeconds == 60, 5000);
        QCOMPARE(w.document().schedule, loaded->faults);
        QVERIFY(runTo(w, 150 * kSecond));
        const int frankfurt = regionIndex(w, "eu-central-1");
        QVERIFY(!latest(w).regions[static_cast<std::size_t>(frankfurt)].up);
    }

    // Item 9: the health panel shows the run report's availability, by requests and by time.
    void availabilityMatchesTheReport()
    {
        MainWindow w(defaultLabWorld(), 1.0);
        QVERIFY(showLab(w, QSize(1400, 900), "healthDock"));
        w.simulation()->submit(CommandType::KillRegion, 1);
        QVERIFY(runTo(w, 150 * kSecond));
        QSignalSpy copied(w.simulation(), &SimulationController::simulationCopied);
        w.simulation()->requestCopy();
        QVERIFY(copied.wait(10000));
        const auto copy = copied.takeFirst().at(0).value<SimulationCopy>();
        QVERIFY(copy);
        QCOMPARE(copy->now(), 150 * kSecond);
        const QByteArray report = scenario::runReportBytes(
            w.document().toScenario(QStringLiteral("x"), copy->engine().commandLog(), copy->now()), *copy);
        const QJsonObject availability =
            QJsonDocument::fromJson(report).object().value(QStringLiteral("availability")).toObject();
        WorldTotals figures;
        figures.availability = availability.value(QStringLiteral("by_requests")).toDouble();
        figures.availabilityByTime = availability.value(QStringLiteral("by_time")).toDouble();
        figures.availabilityThreshold = availability.value(QStringLiteral("threshold")).toDouble();
        QVERIFY(figures.availability < 1.0); // the kill cost requests: a figure worth comparing
        QVERIFY(figures.availabilityByTime < 1.0);
        QCOMPARE(latest(w).totals.availability, figures.availability);
        QCOMPARE(latest(w).totals.availabilityByTime, figures.availabilityByTime);
        const QString expected =
            HealthPanel::availabilitySentence(figures, latest(w).data.costPerHour, latest(w).data.totalCost);
        QTRY_COMPARE_WITH_TIMEOUT(w.healthPanel()->availabilityText(), expected, 5000);
    }

    // Item 10: the wheel over the Controls dock scrolls it; an editor it passes over keeps its value.
    void wheelOverTheControlsLeavesTheSettings()
    {
        MainWindow w(defaultLabWorld(), 1.0);
        QVERIFY(showLab(w, QSize(1400, 900), "healthDock"));
        auto *spin = w.findChild<QDoubleSpinBox *>(QStringLiteral("rtoSpin"));
        QVERIFY(spin && !spin->hasFocus());
        QCOMPARE(spin->focusPolicy(), Qt::StrongFocus);
        const double before = spin->value();
        const QPointF at(5, 5);
        QWheelEvent wheel(at, spin->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(spin, &wheel);
        QCOMPARE(spin->value(), before);
        QVERIFY(!w.controlPanel()->hasStagedChanges());
    }
};

QTEST_MAIN(DocumentModelTest)
#include "tst_documentmodel.moc"
