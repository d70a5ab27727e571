// Writes acknowledged by a primary that should no longer have acknowledged any, in the run report
// (writes.acked_after_lease_lapsed, writes.acked_by_deposed_primary, and per incident). N. Virginia,
// the primary, is cut off from every other region at 30 s while North American users still reach
// it; the controller in Ireland promotes a replica; the links heal at 90 s. Every write North
// America sends Virginia between the promotion P and the heal H is acknowledged by a deposed
// primary: w (H − P) for its write rate w. With leases Virginia stops at its lease's end L ≤ P, so
// none are; a primary that ignores its lapsed lease (the test-only broken one) acknowledges
// w (H − L) after it lapsed. Without leases the lease figure does not exist: null.
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

constexpr int kVirginia = 0, kIreland = 1, kTokyo = 2;
constexpr SimTime kCut = 30 * kSecond, kHeal = 90 * kSecond;

enum class Protection
{
    None,
    QuorumAndLeases,
    BrokenLeases, // leases granted, and ignored by the primary (failover.test_only_ignore_lease)
    // Quorum and leases of 6 s, semi-synchronous replication falling back to asynchronous after
    // 8 s, clients waiting 10 s: the writes waiting for Ireland when Virginia is cut off are still
    // waiting when its lease lapses.
    LeasesWithSlowSyncFallback,
};

struct Outcome
{
    QJsonObject writes;
    double lost = 0;
    QJsonObject incident;
    double northAmericaWritesPerSecond = 0;
    SimTime leaseEnd = 0; // Virginia's lease as it held it just before the heal
};

Outcome isolateVirginia(Protection protection)
{
    Scenario s;
    s.name = QStringLiteral("late-acks");
    s.config = makeWorld({"us-east-1", "eu-west-1", "ap-northeast-1"}, {"na-east", "europe"}, 2000.0);
    s.config.seed = 5;
    s.config.routing.mechanism = RoutingMechanism::FrontDoor;
    s.config.routing.policy = RoutingPolicy::GeoNearest; // each side keeps its nearby users
    for (auto &p : s.config.populations)
        p.readFraction = 0.5;
    s.config.data.topology = WriteTopology::SinglePrimary;
    s.config.data.primaryRegion = kVirginia;
    s.config.failover.controlRegion = kIreland;
    if (protection != Protection::None) {
        s.config.failover.quorumElection = true;
        s.config.failover.leases = true;
        s.config.failover.testOnlyIgnoreLease = protection == Protection::BrokenLeases;
    }
    if (protection == Protection::LeasesWithSlowSyncFallback) {
        s.config.failover.leaseDuration = 6 * kSecond;
        s.config.data.mode = ReplicationMode::SemiSync;
        s.config.data.syncFallbackToAsync = true;
        s.config.data.syncFallbackTimeout = 8 * kSecond;
        for (auto &p : s.config.populations)
            p.requestTimeout = 10 * kSecond;
    }
    s.faults.push_back(makeCommand(kCut, CommandType::IsolateRegion, kVirginia));
    for (int other : {kIreland, kTokyo})
        s.faults.push_back(makeCommand(kHeal, CommandType::HealLink, kVirginia, other));
    s.duration = 120 * kSecond;
    Simulation sim = makeSimulation(s);
    sim.runUntil(kHeal - 1);
    Outcome out;
    out.leaseEnd = sim.leaseExpiry(kVirginia);
    sim.runUntil(s.duration);
    const QJsonObject report = runReportJson(s, sim);
    out.writes = report.value(QStringLiteral("writes")).toObject();
    sim.recountWrites();
    out.lost = static_cast<double>(sim.writes().lost());
    const QJsonArray incidents = report.value(QStringLiteral("incidents")).toArray();
    if (incidents.size() == 1)
        out.incident = incidents.at(0).toObject();
    out.northAmericaWritesPerSecond = s.config.populations[0].requestsPerSecond * 0.5;
    return out;
}

double number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble(-1);
}

} // namespace

class LateAcksTest : public QObject
{
    Q_OBJECT

private slots:
    void deposedPrimaryWithoutLeases()
    {
        const Outcome out = isolateVirginia(Protection::None);
        QVERIFY(!out.incident.isEmpty());
        QVERIFY(out.writes.contains(QStringLiteral("acked_after_lease_lapsed")));
        QVERIFY(out.writes.value(QStringLiteral("acked_after_lease_lapsed")).isNull()); // no leases
        QVERIFY(out.incident.value(QStringLiteral("acked_after_lease_lapsed")).isNull());
        const double promoted = number(out.incident, "promoted_s");
        QVERIFY(promoted > toSeconds(kCut));
        const double expected = out.northAmericaWritesPerSecond * (toSeconds(kHeal) - promoted);
        const double deposed = number(out.writes, "acked_by_deposed_primary");
        qInfo("no leases: promoted at %.2f s; %.0f writes acknowledged by the deposed primary, w (H - P) = "
              "%.0f (%+.2f %%)",
              promoted, deposed, expected, 100.0 * (deposed - expected) / expected);
        QVERIFY2(std::abs(deposed - expected) < 0.03 * expected,
                 qPrintable(QStringLiteral("%1 vs %2").arg(deposed).arg(expected)));
        QCOMPARE(number(out.incident, "acked_by_deposed_primary"), deposed);
    }

    void leasesStopTheMinority()
    {
        const Outcome out = isolateVirginia(Protection::QuorumAndLeases);
        QVERIFY(!out.incident.isEmpty());
        QVERIFY(number(out.incident, "promoted_s") >= toSeconds(out.leaseEnd));
        qInfo("quorum and leases: lease ended at %.2f s, promoted at %.2f s; after the lapse %.0f, deposed "
              "%.0f",
              toSeconds(out.leaseEnd), number(out.incident, "promoted_s"),
              number(out.writes, "acked_after_lease_lapsed"), number(out.writes, "acked_by_deposed_primary"));
        QCOMPARE(number(out.writes, "acked_after_lease_lapsed"), 0.0);
        QCOMPARE(number(out.writes, "acked_by_deposed_primary"), 0.0);
        QCOMPARE(number(out.incident, "acked_after_lease_lapsed"), 0.0);
    }

    void brokenLeaseIsCounted()
    {
        const Outcome out = isolateVirginia(Protection::BrokenLeases);
        QVERIFY(!out.incident.isEmpty());
        const double lapsed = number(out.writes, "acked_after_lease_lapsed");
        const double deposed = number(out.writes, "acked_by_deposed_primary");
        const double leaseEnd = toSeconds(out.leaseEnd);
        const double promoted = number(out.incident, "promoted_s");
        const double w = out.northAmericaWritesPerSecond;
        qInfo("broken leases: lease ended at %.2f s, promoted at %.2f s; after the lapse %.0f (w (H - L) = "
              "%.0f), deposed %.0f (w (H - P) = %.0f)",
              leaseEnd, promoted, lapsed, w * (toSeconds(kHeal) - leaseEnd), deposed,
              w * (toSeconds(kHeal) - promoted));
        QVERIFY(leaseEnd > toSeconds(kCut) && leaseEnd <= promoted);
        const double expectedLapsed = w * (toSeconds(kHeal) - leaseEnd);
        const double expectedDeposed = w * (toSeconds(kHeal) - promoted);
        QVERIFY2(std::abs(lapsed - expectedLapsed) < 0.03 * expectedLapsed,
                 qPrintable(QString::number(lapsed)));
        QVERIFY2(std::abs(deposed - expectedDeposed) < 0.03 * expectedDeposed,
                 qPrintable(QString::number(deposed)));
        QCOMPARE(number(out.incident, "acked_after_lease_lapsed"), lapsed);
        QCOMPARE(number(out.incident, "acked_by_deposed_primary"), deposed);
    }

    // The lease is checked when a write is committed and again when its acknowledgement is sent: a
    // write that waited for its replicas past the lease's end is not acknowledged when the sync
    // fallback releases it (its client times out, unsure). Before that second check, this run
    // acknowledged 1,963 writes after the lease lapsed, and lost every one of them.
    void syncFallbackAcknowledgesNothingAfterTheLease()
    {
        const Outcome out = isolateVirginia(Protection::LeasesWithSlowSyncFallback);
        QVERIFY(!out.incident.isEmpty());
        QVERIFY(out.writes.value(QStringLiteral("acked_after_lease_lapsed")).isDouble()); // leases on
        const double lapsed = number(out.writes, "acked_after_lease_lapsed");
        qInfo("leases of 6 s, sync fallback after 8 s: %.0f writes acknowledged after the lease lapsed; %.0f "
              "acknowledged writes lost",
              lapsed, out.lost);
        QCOMPARE(number(out.incident, "acked_after_lease_lapsed"), lapsed);
        QCOMPARE(number(out.writes, "acked_by_deposed_primary"), 0.0); // released before the promotion
        QCOMPARE(lapsed, 0.0);
        // Nothing acknowledged is lost: what the isolated primary acknowledged, its replicas had.
        QCOMPARE(out.lost, 0.0);
    }
};

QTEST_GUILESS_MAIN(LateAcksTest)
#include "tst_lateacks.moc"
