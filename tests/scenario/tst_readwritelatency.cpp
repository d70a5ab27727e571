// Latency split by reads and writes per population in the run report (populations[].latency_ms_reads,
// populations[].latency_ms_writes). Users next to a single primary in N. Virginia with one replica
// in Ireland: a read is answered by the local copy; under semi-synchronous replication a write waits
// until Ireland has confirmed durable receipt, one Virginia–Ireland round trip later, so writes are
// slower than reads by that round trip (from the latency model, without jitter). Under asynchronous
// replication they take the same time.
#include "scenario/runreport.h"
#include "sim/presets.h"
#include "sim/simulation.h"
#include "world/latencymodel.h"
#include "world/regioncatalog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <cmath>

using namespace fl;
using namespace fl::scenario;

namespace {

QJsonObject populationReport(ReplicationMode mode)
{
    Scenario s;
    s.name = QStringLiteral("reads-writes");
    s.config = makeWorld({"us-east-1", "eu-west-1"}, {"na-east"}, 400.0);
    s.config.seed = 7;
    s.config.routing.mechanism = RoutingMechanism::FrontDoor;
    s.config.routing.policy = RoutingPolicy::PrimaryOnly;
    s.config.network.jitterFraction = 0.0;
    s.config.populations[0].readFraction = 0.5;
    s.config.populations[0].maxRetries = 0;
    s.config.data.topology = WriteTopology::SinglePrimary;
    s.config.data.primaryRegion = 0;
    s.config.data.mode = mode;
    s.duration = 3 * kMinute;
    Simulation sim = makeSimulation(s);
    sim.runUntil(s.duration);
    return runReportJson(s, sim).value(QStringLiteral("populations")).toArray().at(0).toObject();
}

double field(const QJsonObject &population, const char *latency, const char *key)
{
    return population.value(QLatin1String(latency)).toObject().value(QLatin1String(key)).toDouble();
}

double replicationRttMs()
{
    const GeoPoint virginia = regionCatalog().at(*findRegion("us-east-1")).location;
    const GeoPoint ireland = regionCatalog().at(*findRegion("eu-west-1")).location;
    return LatencyModel().rttMs(virginia, ireland);
}

} // namespace

class ReadWriteLatencyTest : public QObject
{
    Q_OBJECT

private slots:
    void writesWaitOneReplicationRoundTrip()
    {
        const QJsonObject p = populationReport(ReplicationMode::SemiSync);
        QVERIFY(p.contains(QStringLiteral("latency_ms_reads")));
        QVERIFY(p.contains(QStringLiteral("latency_ms_writes")));
        const double reads = field(p, "latency_ms_reads", "count");
        const double writes = field(p, "latency_ms_writes", "count");
        QVERIFY2(reads > 30'000 && writes > 30'000,
                 qPrintable(QStringLiteral("%1 %2").arg(reads).arg(writes)));
        // The two split the population's successful requests.
        QCOMPARE(reads + writes, field(p, "latency_ms", "count"));

        const double rtt = replicationRttMs();
        const double meanGap = field(p, "latency_ms_writes", "mean") - field(p, "latency_ms_reads", "mean");
        const double p50Gap = field(p, "latency_ms_writes", "p50") - field(p, "latency_ms_reads", "p50");
        const double p99Gap = field(p, "latency_ms_writes", "p99") - field(p, "latency_ms_reads", "p99");
        qInfo("semi-sync: reads p50 %.2f p99 %.2f ms, writes p50 %.2f p99 %.2f ms; write - read: mean %.2f, "
              "p50 %.2f, p99 %.2f ms; replication RTT %.2f ms",
              field(p, "latency_ms_reads", "p50"), field(p, "latency_ms_reads", "p99"),
              field(p, "latency_ms_writes", "p50"), field(p, "latency_ms_writes", "p99"), meanGap, p50Gap,
              p99Gap, rtt);
        // The means are exact; the percentiles carry the histogram's ≤ 0.8 % bucket error.
        QVERIFY2(std::abs(meanGap - rtt) < 0.01 * rtt, qPrintable(QString::number(meanGap)));
        QVERIFY2(std::abs(p50Gap - rtt) < 0.03 * rtt, qPrintable(QString::number(p50Gap)));
        QVERIFY2(std::abs(p99Gap - rtt) < 0.05 * rtt, qPrintable(QString::number(p99Gap)));
    }

    void asyncWritesTakeAsLongAsReads()
    {
        const QJsonObject p = populationReport(ReplicationMode::Async);
        const double meanGap = field(p, "latency_ms_writes", "mean") - field(p, "latency_ms_reads", "mean");
        const double p50Gap = field(p, "latency_ms_writes", "p50") - field(p, "latency_ms_reads", "p50");
        qInfo("async: write - read: mean %.3f ms, p50 %.3f ms", meanGap, p50Gap);
        QVERIFY2(std::abs(meanGap) < 0.5, qPrintable(QString::number(meanGap)));
        QVERIFY2(std::abs(p50Gap) < 1.0, qPrintable(QString::number(p50Gap)));
    }
};

QTEST_GUILESS_MAIN(ReadWriteLatencyTest)
#include "tst_readwritelatency.moc"
