// Requests still pinned to a dead region by DNS caches, in the run report
// (totals.attempts_pinned_to_down_region, per population and per incident). Europe's users are sent
// to Ireland by geo DNS with a TTL T; Ireland is killed at t0 and leaves the DNS answers D later,
// when the health checks declare it down. Each client re-resolves as soon as its answer expires (it
// sends ten requests a second, so the next one comes ≈ 0.1 s later), so the expiries are spread
// evenly over any TTL: until t0 + D every attempt goes to Ireland on a cached answer (but for the
// lookups themselves, one in T × 10), and from then on the share still holding Ireland falls
// linearly to 0 over T. The attempts pinned are λ (D + T/2) for a population rate λ, no retries.
// A front door has no client caches: nothing is pinned.
#include "scenario/runreport.h"
#include "sim/presets.h"
#include "sim/simulation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <cmath>
#include <optional>

using namespace fl;
using namespace fl::scenario;

namespace {

constexpr int kVirginia = 0, kIreland = 1;
// Ten requests a second per client, and enough clients that their expiries spread evenly (the
// mean of n uniform residuals has a spread of 1/√(3n) of T/2: 1.3 % here).
constexpr double kRate = 20'000.0;
constexpr std::uint32_t kClients = 2000;
constexpr SimTime kKill = 60 * kSecond;

struct Outcome
{
    QJsonObject report;
    std::optional<SimTime> leftRotation;
};

Outcome killIreland(RoutingMechanism mechanism, SimTime ttl)
{
    Scenario s;
    s.name = QStringLiteral("dns-pinned");
    s.config = makeWorld({"us-east-1", "eu-west-1"}, {"europe"}, kRate);
    s.config.seed = 11;
    s.config.routing.mechanism = mechanism;
    s.config.routing.policy = RoutingPolicy::GeoNearest;
    s.config.routing.dnsTtl = ttl;
    s.config.routing.resolvers = DnsResolvers::Ideal;
    s.config.health.interval = 2 * kSecond;
    s.config.health.timeout = 1 * kSecond;
    s.config.health.failureThreshold = 2;
    s.config.health.vantageRegion = kVirginia;
    s.config.populations[0].clients = kClients;
    for (RegionConfig &r : s.config.regions)
        r.capacityOps = 50'000;
    s.config.populations[0].ttlIgnoringShare = 0.0;
    s.config.populations[0].readFraction = 1.0;
    s.config.populations[0].maxRetries = 0;
    s.config.data.primaryRegion = kVirginia;
    s.faults.push_back(makeCommand(kKill, CommandType::KillRegion, kIreland));
    s.duration = kKill + ttl + 40 * kSecond;
    Simulation sim = makeSimulation(s);
    sim.runUntil(s.duration);
    Outcome out;
    out.report = runReportJson(s, sim);
    const auto &events = sim.events();
    for (std::size_t i = 0; i < events.size(); ++i)
        if (events[i].type == SimEventType::RegionLeftRotation && events[i].region == kIreland) {
            out.leftRotation = events[i].time;
            break;
        }
    return out;
}

double pinnedTotal(const QJsonObject &report)
{
    return report.value(QStringLiteral("totals"))
        .toObject()
        .value(QStringLiteral("attempts_pinned_to_down_region"))
        .toDouble(-1);
}

} // namespace

class DnsPinnedTest : public QObject
{
    Q_OBJECT

private slots:
    void cachedAnswersKeepSendingToTheDeadRegion_data()
    {
        QTest::addColumn<int>("ttlSeconds");
        QTest::newRow("TTL 20 s") << 20;
        QTest::newRow("TTL 60 s") << 60;
    }

    void cachedAnswersKeepSendingToTheDeadRegion()
    {
        QFETCH(int, ttlSeconds);
        const SimTime ttl = ttlSeconds * kSecond;
        const Outcome out = killIreland(RoutingMechanism::Dns, ttl);
        QVERIFY(out.leftRotation);
        const double detection = toSeconds(*out.leftRotation - kKill);
        const double expected = kRate * (detection + toSeconds(ttl) / 2.0);
        const double total = pinnedTotal(out.report);
        qInfo("TTL %d s, Ireland out of the answers %.2f s after the kill: %.0f attempts pinned, "
              "lambda (D + T/2) = %.0f (%+.2f %%)",
              ttlSeconds, detection, total, expected, 100.0 * (total - expected) / expected);
        QVERIFY2(std::abs(total - expected) < 0.03 * expected,
                 qPrintable(QStringLiteral("%1 vs %2").arg(total).arg(expected)));

        // The population's count and the incident's are the same attempts.
        const QJsonObject europe = out.report.value(QStringLiteral("populations")).toArray().at(0).toObject();
        QCOMPARE(europe.value(QStringLiteral("attempts_pinned_to_down_region")).toDouble(), total);
        const QJsonArray incidents = out.report.value(QStringLiteral("incidents")).toArray();
        QCOMPARE(incidents.size(), 1);
        QCOMPARE(
            incidents.at(0).toObject().value(QStringLiteral("attempts_pinned_to_down_region")).toDouble(),
            total);
        // Every one of them reached a dead region and was never answered.
        const QJsonObject ireland = out.report.value(QStringLiteral("regions")).toArray().at(1).toObject();
        QVERIFY(
            ireland.value(QStringLiteral("totals")).toObject().value(QStringLiteral("failed")).toDouble() >=
            total);
    }

    void frontDoorPinsNothing()
    {
        const Outcome out = killIreland(RoutingMechanism::FrontDoor, 20 * kSecond);
        QCOMPARE(pinnedTotal(out.report), 0.0);
    }
};

QTEST_GUILESS_MAIN(DnsPinnedTest)
#include "tst_dnspinned.moc"
