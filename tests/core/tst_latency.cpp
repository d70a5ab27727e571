// The world geography: great-circle distances, the region and population catalogs, and the latency
// model held to measured AWS round-trip times (docs/latency-model.md).
#include "world/geo.h"
#include "world/latencymodel.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <set>
#include <string>
#include <vector>

using namespace fl;

namespace {

// The calibration table: cloudping.co P50 round-trip times over one year (mean of the two
// directions), the pairs the two constants of LatencyParams were fitted to. Keep in step with the
// table in docs/latency-model.md. A pair the single-stretch model is known to miss by more than 20 %
// carries the reason; it is still held to 35 % so that a regression shows.
struct ReferencePair
{
    const char *a;
    const char *b;
    double rttMs;
    const char *knownOutlier = nullptr;
};

const ReferencePair kCalibration[] = {
    {"us-east-1", "us-east-2", 15.8},
    {"us-east-1", "us-west-2", 64.2},
    {"us-east-2", "us-west-2", 50.8},
    {"us-west-1", "us-west-2", 21.8},
    {"us-east-1", "us-west-1", 64.1},
    {"us-east-1", "ca-central-1", 16.5},
    {"eu-west-1", "eu-west-2", 13.8},
    {"eu-west-1", "eu-central-1", 27.2},
    {"eu-west-2", "eu-central-1", 17.7},
    {"eu-central-1", "eu-north-1", 23.0},
    {"ap-northeast-1", "ap-northeast-2", 36.4,
     "Tokyo-Seoul measures about 3 times its fibre bound (presumably via Busan-Kyushu cables and along "
     "Japan)"},
    {"ap-southeast-1", "ap-southeast-2", 94.8},
    {"ap-southeast-1", "ap-east-1", 37.4},
    {"ap-northeast-1", "ap-east-1", 51.8},
    {"ap-south-1", "ap-southeast-1", 64.1},
    {"me-south-1", "ap-south-1", 38.5},
    {"us-east-1", "eu-west-1", 69.7},
    {"us-east-1", "eu-central-1", 92.9},
    {"us-east-1", "sa-east-1", 115.3},
    {"us-west-2", "ap-northeast-1", 98.4},
    {"us-west-1", "ap-southeast-2", 139.2},
    {"us-east-1", "ap-northeast-1", 149.6},
    {"eu-west-1", "ap-southeast-1", 178.8},
    {"eu-central-1", "ap-south-1", 129.1,
     "Europe-India cables go round by the Mediterranean, Suez and the Red Sea, not the great circle"},
    {"eu-west-2", "af-south-1", 150.0},
    {"eu-central-1", "me-south-1", 86.4, "Europe-Gulf cables go round by Suez and the Red Sea"},
    {"ap-northeast-1", "ap-southeast-1", 70.8},
};

GeoPoint regionAt(const char *id)
{
    const auto index = findRegion(id);
    if (!index)
        qFatal("unknown region %s in the test table", id);
    return regionCatalog()[*index].location;
}

std::string pairName(std::size_t i, std::size_t j)
{
    const auto &c = regionCatalog();
    return std::string(c[i].id) + " <-> " + std::string(c[j].id);
}

} // namespace

class TestLatency : public QObject
{
    Q_OBJECT

private slots:
    void greatCircleKnownDistances_data();
    void greatCircleKnownDistances();
    void greatCircleIsSymmetric();

    void regionCatalogIdsAreUniqueAndFindable();
    void findRegionRejectsUnknownIds();
    void regionCatalogCoordinatesAreValid();
    void populationCatalogIdsAndShares();

    void latencyIsSymmetric();
    void latencyGrowsWithDistance();
    void latencyNeverBeatsTheFibreBound();
    void sameRegionIsTheFixedOverhead();
    void roundTripAndClientLatency();

    void calibration_data();
    void calibration();
};

void TestLatency::greatCircleKnownDistances_data()
{
    QTest::addColumn<double>("latA");
    QTest::addColumn<double>("lonA");
    QTest::addColumn<double>("latB");
    QTest::addColumn<double>("lonB");
    QTest::addColumn<double>("expectedKm");
    QTest::addColumn<double>("tolerance"); // relative

    const double r = kEarthMeanRadiusKm;
    QTest::newRow("same point") << 48.86 << 2.35 << 48.86 << 2.35 << 0.0 << 0.0;
    QTest::newRow("equator to pole") << 0.0 << 0.0 << 90.0 << 0.0 << std::numbers::pi * r / 2 << 1e-12;
    // Haversine is ill-conditioned at the antipodes (h rounds near 1): ~1e-8, i.e. decimetres.
    QTest::newRow("antipodes") << 10.0 << 20.0 << -10.0 << -160.0 << std::numbers::pi * r << 1e-6;
    QTest::newRow("across the date line")
        << 0.0 << 179.5 << 0.0 << -179.5 << std::numbers::pi * r / 180 << 1e-9;
    QTest::newRow("London-New York") << 51.5074 << -0.1278 << 40.7128 << -74.0060 << 5570.0 << 0.01;
    QTest::newRow("Los Angeles-New York") << 34.0522 << -118.2437 << 40.7128 << -74.0060 << 3936.0 << 0.01;
    QTest::newRow("Sydney-Singapore") << -33.8688 << 151.2093 << 1.3521 << 103.8198 << 6300.0 << 0.01;
}

void TestLatency::greatCircleKnownDistances()
{
    QFETCH(double, latA);
    QFETCH(double, lonA);
    QFETCH(double, latB);
    QFETCH(double, lonB);
    QFETCH(double, expectedKm);
    QFETCH(double, tolerance);
    const double km = greatCircleKm({latA, lonA}, {latB, lonB});
    if (expectedKm == 0.0) {
        QCOMPARE(km, 0.0);
        return;
    }
    QVERIFY2(std::abs(km / expectedKm - 1) <= tolerance,
             qPrintable(QStringLiteral("%1 km, expected %2 km").arg(km).arg(expectedKm)));
}

void TestLatency::greatCircleIsSymmetric()
{
    const GeoPoint points[] = {{0, 0}, {0, 0.1}, {-0.1, 0}, {51.5, -0.13}, {-33.9, 151.2}, {89.9, -179.9}};
    for (GeoPoint a : points) {
        for (GeoPoint b : points)
            QCOMPARE(greatCircleKm(a, b), greatCircleKm(b, a));
    }
}

void TestLatency::regionCatalogIdsAreUniqueAndFindable()
{
    const auto &catalog = regionCatalog();
    QVERIFY(catalog.size() >= 12);
    std::set<std::string_view> ids;
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        QVERIFY2(ids.insert(catalog[i].id).second, std::string(catalog[i].id).c_str());
        QVERIFY(!catalog[i].name.empty());
        QVERIFY(!catalog[i].provider.empty());
        const auto found = findRegion(catalog[i].id);
        QVERIFY(found.has_value());
        QCOMPARE(*found, i);
    }
    // Scenarios and tests index the catalog: the first entries never move.
    QCOMPARE(findRegion("us-east-1"), std::optional<std::size_t>(0));
    QCOMPARE(findRegion("eu-west-1"), std::optional<std::size_t>(6));
    QCOMPARE(findRegion("ap-east-1"), std::optional<std::size_t>(17));
}

void TestLatency::findRegionRejectsUnknownIds()
{
    QVERIFY(!findRegion("").has_value());
    QVERIFY(!findRegion("us-east-9").has_value());
    QVERIFY(!findRegion("US-EAST-1").has_value());
    QVERIFY(!findRegion("us-east-1 ").has_value());
    QVERIFY(!findRegion("us-east").has_value());
}

void TestLatency::regionCatalogCoordinatesAreValid()
{
    for (const RegionInfo &r : regionCatalog()) {
        QVERIFY(r.location.latDeg >= -90 && r.location.latDeg <= 90);
        QVERIFY(r.location.lonDeg >= -180 && r.location.lonDeg <= 180);
    }
    // Two regions in one place would make the map and the distance ordering meaningless.
    const auto &c = regionCatalog();
    for (std::size_t i = 0; i < c.size(); ++i) {
        for (std::size_t j = i + 1; j < c.size(); ++j)
            QVERIFY2(greatCircleKm(c[i].location, c[j].location) > 100.0, pairName(i, j).c_str());
    }
}

void TestLatency::populationCatalogIdsAndShares()
{
    const auto &catalog = fl::populationCatalog();
    QVERIFY(catalog.size() >= 10);
    std::set<std::string_view> ids;
    double sum = 0;
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        const PopulationInfo &p = catalog[i];
        QVERIFY2(ids.insert(p.id).second, std::string(p.id).c_str());
        QVERIFY(!p.name.empty());
        QVERIFY(p.defaultShare > 0 && p.defaultShare < 1);
        QVERIFY(p.centroid.latDeg >= -90 && p.centroid.latDeg <= 90);
        QVERIFY(p.centroid.lonDeg >= -180 && p.centroid.lonDeg <= 180);
        QCOMPARE(findPopulation(p.id), std::optional<std::size_t>(i));
        sum += p.defaultShare;
    }
    QVERIFY2(std::abs(sum - 1.0) <= 1e-9, qPrintable(QString::number(sum, 'g', 17)));
    for (const char *id : {"na-east", "na-west", "south-america", "europe", "africa", "middle-east",
                           "south-asia", "east-asia", "southeast-asia", "oceania"})
        QVERIFY2(findPopulation(id).has_value(), id);
    QVERIFY(!findPopulation("").has_value());
    QVERIFY(!findPopulation("Europe").has_value());
    QVERIFY(!findPopulation("antarctica").has_value());
}

void TestLatency::latencyIsSymmetric()
{
    const LatencyModel model;
    const auto &c = regionCatalog();
    for (std::size_t i = 0; i < c.size(); ++i) {
        for (std::size_t j = 0; j < c.size(); ++j) {
            QVERIFY2(model.oneWay(c[i].location, c[j].location) == model.oneWay(c[j].location, c[i].location),
                     pairName(i, j).c_str());
        }
    }
    for (const PopulationInfo &p : fl::populationCatalog()) {
        for (const RegionInfo &r : c)
            QCOMPARE(model.clientOneWay(p.centroid, r.location), model.clientOneWay(r.location, p.centroid));
    }
}

void TestLatency::latencyGrowsWithDistance()
{
    const LatencyModel model;
    const auto &c = regionCatalog();
    for (std::size_t origin = 0; origin < c.size(); ++origin) {
        std::vector<std::size_t> others;
        for (std::size_t j = 0; j < c.size(); ++j)
            others.push_back(j); // includes the origin itself, at distance 0
        std::sort(others.begin(), others.end(), [&](std::size_t x, std::size_t y) {
            return greatCircleKm(c[origin].location, c[x].location) <
                   greatCircleKm(c[origin].location, c[y].location);
        });
        QCOMPARE(others.front(), origin);
        for (std::size_t k = 1; k < others.size(); ++k) {
            const SimTime nearer = model.oneWay(c[origin].location, c[others[k - 1]].location);
            const SimTime farther = model.oneWay(c[origin].location, c[others[k]].location);
            QVERIFY2(nearer <= farther,
                     (pairName(origin, others[k - 1]) + " vs " + std::string(c[others[k]].id)).c_str());
        }
    }
}

void TestLatency::latencyNeverBeatsTheFibreBound()
{
    const LatencyModel model;
    const auto &c = regionCatalog();
    for (std::size_t i = 0; i < c.size(); ++i) {
        for (std::size_t j = 0; j < c.size(); ++j) {
            const SimTime bound = LatencyModel::fibreBound(c[i].location, c[j].location);
            QVERIFY2(model.oneWay(c[i].location, c[j].location) >= bound, pairName(i, j).c_str());
            QCOMPARE(bound == 0, i == j);
        }
    }
    // London-New York: 5570 km of straight fibre is 27.85 ms one way.
    QCOMPARE(LatencyModel::fibreBound({51.5074, -0.1278}, {40.7128, -74.0060}) / kMillisecond, 27);
}

void TestLatency::sameRegionIsTheFixedOverhead()
{
    const LatencyModel model;
    for (const RegionInfo &r : regionCatalog()) {
        const SimTime local = model.oneWay(r.location, r.location);
        QCOMPARE(local, fromMilliseconds(model.params().fixedOverheadMs));
        QVERIFY(local >= 250 * kMicrosecond);
    }
    const LatencyModel custom(LatencyParams{.fibreKmPerMs = 200.0,
                                            .pathStretch = 1.0,
                                            .fixedOverheadMs = 0.25,
                                            .lastMileMs = 0.0,
                                            .jitterFraction = 0.0});
    QCOMPARE(custom.oneWay({10, 10}, {10, 10}), 250 * kMicrosecond);
    QCOMPARE(custom.params().fixedOverheadMs, 0.25);
}

void TestLatency::roundTripAndClientLatency()
{
    const LatencyModel model;
    const GeoPoint virginia = regionAt("us-east-1");
    const GeoPoint tokyo = regionAt("ap-northeast-1");
    QCOMPARE(model.rttMs(virginia, tokyo), toMilliseconds(2 * model.oneWay(virginia, tokyo)));
    const GeoPoint newYork = fl::populationCatalog()[*findPopulation("na-east")].centroid;
    QCOMPARE(model.clientOneWay(newYork, virginia),
             model.oneWay(newYork, virginia) + fromMilliseconds(model.params().lastMileMs));
    QVERIFY(model.params().jitterFraction >= 0 && model.params().jitterFraction < 0.5);
}

void TestLatency::calibration_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("referenceRttMs");
    QTest::addColumn<QString>("knownOutlier");
    for (const ReferencePair &p : kCalibration) {
        QTest::addRow("%s <-> %s", p.a, p.b)
            << QString::fromLatin1(p.a) << QString::fromLatin1(p.b) << p.rttMs
            << (p.knownOutlier ? QString::fromUtf8(p.knownOutlier) : QString());
    }
}

void TestLatency::calibration()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, referenceRttMs);
    QFETCH(QString, knownOutlier);
    const LatencyModel model;
    const double modelled = model.rttMs(regionAt(qPrintable(a)), regionAt(qPrintable(b)));
    const double error = modelled / referenceRttMs - 1;
    const QString detail = QStringLiteral("modelled %1 ms, reference %2 ms, error %3 %")
                               .arg(modelled)
                               .arg(referenceRttMs)
                               .arg(100 * error);
    if (!knownOutlier.isEmpty()) {
        QEXPECT_FAIL("", qPrintable(knownOutlier), Continue);
        QVERIFY2(std::abs(error) <= 0.20, qPrintable(detail));
        QVERIFY2(std::abs(error) <= 0.35, qPrintable(detail));
    } else {
        QVERIFY2(std::abs(error) <= 0.20, qPrintable(detail));
    }
}

QTEST_GUILESS_MAIN(TestLatency)
#include "tst_latency.moc"
