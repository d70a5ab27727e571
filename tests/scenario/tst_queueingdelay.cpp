// The mean queueing delay per region in the run report (regions[].mean_queue_delay_ms), held to
// queueing theory: one region, one population, Poisson arrivals and a deterministic service time
// of 1/μ make an M/D/1 queue, whose mean wait is ρ / (2μ(1 − ρ)) (Pollaczek–Khinchine with zero
// service-time variance). At a load of 1 % that is ≈ 0; at 80 % it is 2 ms for μ = 1000/s.
#include "scenario/runreport.h"
#include "sim/presets.h"
#include "sim/simulation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <cmath>

using namespace fl;
using namespace fl::scenario;

namespace {

constexpr double kMu = 1000.0; // the region's app tier serves 1000 requests per second

struct Measured
{
    QJsonObject region; // regions[0] of the report
    double issued = 0;
};

Measured runAt(double utilisation, SimTime duration)
{
    Scenario s;
    s.name = QStringLiteral("md1");
    s.config = makeWorld({"us-east-1"}, {"na-east"}, utilisation * kMu);
    s.config.regions[0].capacityOps = kMu;
    s.config.network.jitterFraction = 0.0; // jitter on the way in would reshape the arrivals
    s.config.populations[0].maxRetries = 0;
    s.duration = duration;
    Simulation sim = makeSimulation(s);
    sim.runUntil(s.duration);
    const QJsonObject report = runReportJson(s, sim);
    Measured m;
    m.region = report.value(QStringLiteral("regions")).toArray().at(0).toObject();
    m.issued = report.value(QStringLiteral("totals")).toObject().value(QStringLiteral("issued")).toDouble();
    return m;
}

// Pollaczek–Khinchine for deterministic service, in milliseconds.
double md1WaitMs(double rho)
{
    return 1000.0 * rho / (2.0 * kMu * (1.0 - rho));
}

} // namespace

class QueueingDelayTest : public QObject
{
    Q_OBJECT

private slots:
    void lowLoadWaitsAlmostNothing()
    {
        const Measured m = runAt(0.01, 5 * kMinute);
        QVERIFY(m.region.contains(QStringLiteral("mean_queue_delay_ms")));
        const double queued = m.region.value(QStringLiteral("queued_attempts")).toDouble();
        QVERIFY2(queued > 2500, qPrintable(QString::number(queued)));
        QCOMPARE(queued, m.issued); // nothing shed: every attempt was admitted
        const double wait = m.region.value(QStringLiteral("mean_queue_delay_ms")).toDouble();
        const double expected = md1WaitMs(0.01); // 5 µs
        qInfo("M/D/1 at rho 0.01: reported mean queueing delay %.4f ms, closed form %.4f ms", wait, expected);
        // A few µs: an arrival finds the server busy 1 % of the time, for half a service on average.
        QVERIFY2(wait >= 0 && std::abs(wait - expected) < 0.005,
                 qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(wait).arg(expected)));
    }

    void matchesMD1_data()
    {
        QTest::addColumn<double>("utilisation");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("rho 0.5") << 0.5 << 0.03;
        QTest::newRow("rho 0.8") << 0.8 << 0.03;
    }

    void matchesMD1()
    {
        QFETCH(double, utilisation);
        QFETCH(double, tolerance);
        const Measured m = runAt(utilisation, 20 * kMinute);
        const double wait = m.region.value(QStringLiteral("mean_queue_delay_ms")).toDouble();
        const double expected = md1WaitMs(utilisation);
        qInfo("M/D/1 at rho %.2f: reported mean queueing delay %.4f ms, closed form %.4f ms (%+.2f %%)",
              utilisation, wait, expected, 100.0 * (wait - expected) / expected);
        QVERIFY2(std::abs(wait - expected) < tolerance * expected,
                 qPrintable(QStringLiteral("%1 ms vs M/D/1 %2 ms").arg(wait).arg(expected)));
        // The per-interval series averages to the same figure (equal-sized intervals, steady load).
        const QJsonArray series = m.region.value(QStringLiteral("series"))
                                      .toObject()
                                      .value(QStringLiteral("queue_delay_ms"))
                                      .toArray();
        QVERIFY(series.size() > 1000);
        double sum = 0;
        for (const QJsonValue &v : series)
            sum += v.toDouble();
        QVERIFY(std::abs(sum / series.size() - wait) < 0.05 * expected);
        // The queue depth series is each interval's time average of the work queued (in requests).
        // Poisson arrivals see the time average (PASTA), so its mean is the mean wait times μ:
        // ρ / (2(1 − ρ)) requests, 0.5 at ρ 0.5 and 2 at ρ 0.8.
        const QJsonArray depth = m.region.value(QStringLiteral("series"))
                                     .toObject()
                                     .value(QStringLiteral("queue_depth"))
                                     .toArray();
        QCOMPARE(depth.size(), series.size());
        double depthSum = 0;
        for (const QJsonValue &v : depth)
            depthSum += v.toDouble();
        const double meanDepth = depthSum / depth.size();
        const double expectedDepth = utilisation / (2.0 * (1.0 - utilisation));
        qInfo("time-averaged queue depth %.4f, M/D/1 %.4f (%+.2f %%)", meanDepth, expectedDepth,
              100.0 * (meanDepth - expectedDepth) / expectedDepth);
        QVERIFY2(std::abs(meanDepth - expectedDepth) < tolerance * expectedDepth,
                 qPrintable(QStringLiteral("%1 vs M/D/1 %2").arg(meanDepth).arg(expectedDepth)));
    }
};

QTEST_GUILESS_MAIN(QueueingDelayTest)
#include "tst_queueingdelay.moc"
