// The window's runner advances a simulation in slices of varying length (a few hundred
// microseconds to ten seconds, as the wall clock allows); a headless run goes in one call. The
// world must not notice the difference: every built-in, run in slices, ends with the same trace
// hash and the same request counts as the same scenario run in one go.
#include "scenario/builtins.h"
#include "scenario/scenarioreader.h"
#include "sim/simulation.h"

#include <QTest>

using namespace fl;
using namespace fl::scenario;

class SlicedRunTest : public QObject
{
    Q_OBJECT

private slots:
    void slicesChangeNothing_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : builtinScenarioNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void slicesChangeNothing()
    {
        QFETCH(QString, name);
        ScenarioError error;
        const std::optional<Scenario> s = loadScenario(builtinScenarioPath(name), &error);
        QVERIFY2(s, qPrintable(error.toString()));
        const SimTime end = std::min<SimTime>(s->duration, 150 * kSecond);

        Simulation whole = makeSimulation(*s);
        whole.runUntil(end);

        // Slices of irregular length, some ending inside a burst of events, some far apart.
        Simulation sliced = makeSimulation(*s);
        const SimTime slices[] = {137, 1 * kMillisecond, 4'321, 250 * kMillisecond, 10 * kSecond, 999};
        std::size_t i = 0;
        while (sliced.now() < end)
            sliced.runUntil(std::min(end, sliced.now() + slices[i++ % std::size(slices)]));

        QCOMPARE(sliced.now(), whole.now());
        QVERIFY(whole.metrics().totals().issued > 0);
        QCOMPARE(sliced.metrics().totals().issued, whole.metrics().totals().issued);
        QCOMPARE(sliced.metrics().totals().succeeded, whole.metrics().totals().succeeded);
        QCOMPARE(sliced.traceHash(), whole.traceHash());
    }
};

QTEST_GUILESS_MAIN(SlicedRunTest)
#include "tst_slicedrun.moc"
