// The population↔region round trip that `failover-lab catalog --json` prints (population_rtt_ms) is
// the network time the simulation gives one request between that pair: a run of one population and
// one region, with no jitter, no app or data tier work and a server a million times faster than the
// load (1 µs of service, no queueing), measures every request at exactly the catalog's RTT + 1 µs.
#include "sim/presets.h"
#include "sim/simulation.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <cmath>

using namespace fl;

namespace {

QJsonObject catalogJson()
{
    QProcess process;
    process.start(QStringLiteral(FL_APP_PATH), {QStringLiteral("catalog"), QStringLiteral("--json")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("failover-lab catalog --json failed");
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

// The mean latency of a run's successful requests from `population` to `region`, in µs.
double measuredLatencyMicros(std::string_view population, std::string_view region, double *count)
{
    SimulationConfig c = makeWorld({region}, {population}, 20.0);
    c.network.jitterFraction = 0.0;
    c.regions[0].appLatency = 0;
    c.regions[0].dataLatency = 0;
    c.regions[0].capacityOps = 1e6; // 1 µs of service
    c.populations[0].readFraction = 1.0;
    c.populations[0].maxRetries = 0;
    Simulation sim(c);
    sim.runUntil(30 * kSecond);
    const LatencyHistogram &h = sim.metrics().populationLatency(0);
    *count = static_cast<double>(h.count());
    // Every request took the same time, so the exact maximum and the exact mean agree.
    if (static_cast<double>(h.maxValue()) != h.meanMicros())
        qWarning("latencies vary: max %lld us, mean %.3f us", static_cast<long long>(h.maxValue()),
                 h.meanMicros());
    return h.meanMicros();
}

} // namespace

class CatalogRttTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_catalog = catalogJson(); }

    void shape()
    {
        const QJsonArray matrix = m_catalog.value(QStringLiteral("population_rtt_ms")).toArray();
        QCOMPARE(matrix.size(), static_cast<qsizetype>(populationCatalog().size()));
        for (const QJsonValue &row : matrix) {
            QCOMPARE(row.toArray().size(), static_cast<qsizetype>(regionCatalog().size()));
            for (const QJsonValue &v : row.toArray())
                QVERIFY(v.isDouble() && v.toDouble() > 0);
        }
    }

    void equalsWhatTheSimulationApplies_data()
    {
        QTest::addColumn<QString>("population");
        QTest::addColumn<QString>("region");
        QTest::newRow("na-east, N. Virginia") << QStringLiteral("na-east") << QStringLiteral("us-east-1");
        QTest::newRow("europe, Tokyo") << QStringLiteral("europe") << QStringLiteral("ap-northeast-1");
        QTest::newRow("south-america, Ireland")
            << QStringLiteral("south-america") << QStringLiteral("eu-west-1");
        QTest::newRow("oceania, Sydney") << QStringLiteral("oceania") << QStringLiteral("ap-southeast-2");
        QTest::newRow("east-asia, Cape Town") << QStringLiteral("east-asia") << QStringLiteral("af-south-1");
    }

    void equalsWhatTheSimulationApplies()
    {
        QFETCH(QString, population);
        QFETCH(QString, region);
        const QByteArray p = population.toUtf8(), r = region.toUtf8();
        const std::size_t pi = *findPopulation(std::string_view(p.constData(), p.size()));
        const std::size_t ri = *findRegion(std::string_view(r.constData(), r.size()));
        const double catalogMs = m_catalog.value(QStringLiteral("population_rtt_ms"))
                                     .toArray()
                                     .at(static_cast<qsizetype>(pi))
                                     .toArray()
                                     .at(static_cast<qsizetype>(ri))
                                     .toDouble();
        double requests = 0;
        const double measured = measuredLatencyMicros(std::string_view(p.constData(), p.size()),
                                                      std::string_view(r.constData(), r.size()), &requests);
        qInfo("%s -> %s: catalog %.3f ms, simulated request %.3f ms (%.0f requests, 1 us of service)",
              p.constData(), r.constData(), catalogMs, measured / 1000.0, requests);
        QVERIFY(requests > 400);
        QVERIFY2(std::abs(measured - (1000.0 * catalogMs + 1.0)) < 1e-6,
                 qPrintable(QStringLiteral("%1 us vs %2 ms").arg(measured).arg(catalogMs)));
    }

private:
    QJsonObject m_catalog;
};

QTEST_GUILESS_MAIN(CatalogRttTest)
#include "tst_catalogrtt.moc"
