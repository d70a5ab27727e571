// The health panel says each region's mean queueing delay (the capacity cell's tooltip): the same
// figure the run report gives, and at ρ = 0.8 of an M/D/1 queue about ρ / (2μ(1 − ρ)) = 2 ms.
#include "bridge/worldsnapshot.h"
#include "panels/healthpanel.h"
#include "sim/presets.h"
#include "sim/simulation.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

using namespace fl;
using namespace fl::ui;

class HealthQueueingTest : public QObject
{
    Q_OBJECT

private slots:
    void tooltipShowsTheMeanQueueingDelay()
    {
        const double mu = 1000.0, rho = 0.8;
        SimulationConfig c = makeWorld({"us-east-1"}, {"na-east"}, rho * mu);
        c.regions[0].capacityOps = mu;
        c.network.jitterFraction = 0.0;
        c.populations[0].maxRetries = 0;
        Simulation sim(c);
        sim.runUntil(5 * kMinute);

        HealthPanel panel;
        panel.show();
        panel.applySnapshot(makeSnapshot(sim, 0));
        QTableWidget *table = panel.regionTable();
        QCOMPARE(table->rowCount(), 1);
        constexpr int kCapacityColumn = 8;
        const QString tip = table->item(0, kCapacityColumn)->toolTip();
        qInfo("%s", qPrintable(tip));

        const double run = sim.metrics().regionQueueWait(0).meanMicros() / 1000.0;
        const double last = sim.metrics().regionSeries(0).back().queueDelayMs;
        const QLocale locale;
        QVERIFY2(tip.contains(locale.toString(run, 'f', 2)), qPrintable(tip));
        QVERIFY2(tip.contains(locale.toString(last, 'f', 2)), qPrintable(tip));
        // The run's figure, as shown, is the M/D/1 wait (2 ms) within a few per cent.
        const double expected = 1000.0 * rho / (2.0 * mu * (1.0 - rho));
        QVERIFY2(std::abs(run - expected) < 0.05 * expected, qPrintable(QString::number(run)));
    }
};

QTEST_MAIN(HealthQueueingTest)
#include "tst_healthqueueing.moc"
