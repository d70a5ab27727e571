// The map's geometry as pure functions: the Natural Earth projection against its published extent,
// great circles, the antimeridian split, and the converted land outline.
#include "map/landdata.h"
#include "map/projection.h"

#include <QTest>
#include <cmath>
#include <numbers>

using namespace fl;
using namespace fl::ui;

class ProjectionTest : public QObject
{
    Q_OBJECT

private slots:
    // Dropping a region on the map needs the place under the pointer: unproject inverts project to
    // well under the map's pixel (1e-6 degrees), in both projections, and refuses points off the map.
    void unprojectInvertsProject()
    {
        for (MapProjection projection : {MapProjection::NaturalEarth, MapProjection::Equirectangular}) {
            for (int lat = -89; lat <= 89; lat += 7) {
                for (int lon = -179; lon <= 179; lon += 11) {
                    const std::optional<GeoPoint> back = unproject(projection, project(projection, lon, lat));
                    QVERIFY(back);
                    QVERIFY2(std::abs(back->latDeg - lat) < 1e-6 && std::abs(back->lonDeg - lon) < 1e-6,
                             qPrintable(QStringLiteral("%1,%2 -> %3,%4")
                                            .arg(lat)
                                            .arg(lon)
                                            .arg(back->latDeg)
                                            .arg(back->lonDeg)));
                }
            }
            const QPointF pole = project(projection, 0, 90);
            QVERIFY(!unproject(projection, QPointF(0, pole.y() * 1.01)));
            const QPointF east = project(projection, 180, 0);
            QVERIFY(!unproject(projection, QPointF(east.x() * 1.01, 0)));
            // Beside a Natural Earth pole line's end lies space, not the map.
            if (projection == MapProjection::NaturalEarth) {
                const QPointF poleEnd = project(projection, 180, 80);
                QVERIFY(!unproject(projection, QPointF(poleEnd.x() * 1.05, poleEnd.y())));
            }
        }
    }

    void naturalEarthExtent()
    {
        // The projection's published extent: the equator spans ±0.8707π, the poles sit at y ≈ ±1.4224
        // and are lines about 0.55 as long as the equator (Šavrič et al. 2011).
        const QPointF east = projectNaturalEarth(180, 0);
        QVERIFY(std::abs(east.x() - 0.8707 * std::numbers::pi) < 1e-9);
        QCOMPARE(east.y(), 0.0);
        const QPointF north = projectNaturalEarth(0, 90);
        QVERIFY(std::abs(north.y() - 1.4224) < 1e-3);
        QCOMPARE(north.x(), 0.0);
        const QPointF poleEnd = projectNaturalEarth(180, 90);
        const double ratio = poleEnd.x() / east.x();
        QVERIFY2(ratio > 0.53 && ratio < 0.57, qPrintable(QString::number(ratio)));
    }

    void naturalEarthSymmetryAndOrder()
    {
        for (double lon : {-170.0, -45.0, 10.0, 120.0}) {
            for (double lat : {-80.0, -30.0, 5.0, 60.0}) {
                const QPointF p = projectNaturalEarth(lon, lat);
                const QPointF m = projectNaturalEarth(-lon, -lat);
                QVERIFY(std::abs(p.x() + m.x()) < 1e-12);
                QVERIFY(std::abs(p.y() + m.y()) < 1e-12);
            }
        }
        // y grows with latitude, x with longitude.
        double lastY = -10;
        for (int lat = -90; lat <= 90; lat += 5) {
            const double y = projectNaturalEarth(30, lat).y();
            QVERIFY(y > lastY);
            lastY = y;
        }
        double lastX = -10;
        for (int lon = -180; lon <= 180; lon += 10) {
            const double x = projectNaturalEarth(lon, 45).x();
            QVERIFY(x > lastX);
            lastX = x;
        }
    }

    void equirectangular()
    {
        const QPointF p = projectEquirectangular(90, -45);
        QVERIFY(std::abs(p.x() - std::numbers::pi / 2) < 1e-12);
        QVERIFY(std::abs(p.y() + std::numbers::pi / 4) < 1e-12);
    }

    void greatCircleEndsAndMidpoint()
    {
        // Along the equator the midpoint is the mean longitude; from Dublin to Tokyo the arc goes
        // far north (over Siberia), well above both ends.
        const auto equator = greatCircle(GeoPoint{0, 0}, GeoPoint{0, 90}, 2);
        QCOMPARE(equator.size(), std::size_t{3});
        QVERIFY(std::abs(equator[1].lonDeg - 45) < 1e-9);
        QVERIFY(std::abs(equator[1].latDeg) < 1e-9);
        const auto arc = greatCircle(GeoPoint{53.35, -6.26}, GeoPoint{35.68, 139.69}, 64);
        QCOMPARE(arc.front(), (GeoPoint{53.35, -6.26}));
        QCOMPARE(arc.back(), (GeoPoint{35.68, 139.69}));
        QVERIFY(arc[32].latDeg > 65);
    }

    void antimeridianSplits()
    {
        // Tokyo to Oregon crosses 180°: the path must jump to the other edge instead of crossing the
        // whole map.
        const auto arc = greatCircle(GeoPoint{35.68, 139.69}, GeoPoint{45.84, -119.70}, 64);
        const QPainterPath path = projectedPolyline(arc, MapProjection::NaturalEarth, 100);
        int moves = 0;
        for (int i = 0; i < path.elementCount(); ++i)
            moves += path.elementAt(i).isMoveTo() ? 1 : 0;
        QCOMPARE(moves, 2);
        for (int i = 1; i < path.elementCount(); ++i) {
            const auto a = path.elementAt(i - 1);
            const auto b = path.elementAt(i);
            if (b.isLineTo())
                QVERIFY2(std::abs(b.x - a.x) < 50, "a segment spans the map");
        }
        // A path that does not cross stays one piece.
        const auto atlantic = greatCircle(GeoPoint{39.04, -77.49}, GeoPoint{53.35, -6.26}, 32);
        const QPainterPath one = projectedPolyline(atlantic, MapProjection::NaturalEarth, 100);
        QCOMPARE(one.elementAt(0).isMoveTo(), true);
        for (int i = 1; i < one.elementCount(); ++i)
            QVERIFY(!one.elementAt(i).isMoveTo());
    }

    void landLoads()
    {
        const auto rings = loadLand(QStringLiteral(FL_SOURCE_DIR "/resources/land-110m.bin"));
        QVERIFY(rings.size() > 100);
        std::size_t points = 0;
        double south = 0;
        for (const LandRing &r : rings) {
            points += r.points.size();
            for (const GeoPoint &p : r.points) {
                QVERIFY(p.lonDeg >= -180 && p.lonDeg <= 180);
                QVERIFY(p.latDeg >= -90 && p.latDeg <= 90);
                south = std::min(south, p.latDeg);
            }
        }
        QVERIFY(points > 4000);
        QCOMPARE(south, -90.0); // Antarctica closed over the pole
        QVERIFY(loadLand(QStringLiteral("/nonexistent")).empty());
        // Points inside continents are inside the land path; the middle of the Pacific is not.
        const QPainterPath land = landPath(rings, MapProjection::NaturalEarth, 1);
        auto inside = [&](double lat, double lon) {
            const QPointF p = projectNaturalEarth(lon, lat);
            return land.contains(QPointF(p.x(), -p.y()));
        };
        QVERIFY(inside(3, 24));                       // central Africa
        QVERIFY(inside(-12, -42));                    // Brazil
        QVERIFY(inside(60, 100));                     // Siberia
        QVERIFY(inside(-80, 30));                     // Antarctica
        QVERIFY(inside(66, -170) || inside(66, 178)); // Chukotka, on either side of 180°
        QVERIFY(!inside(8, -145));                    // mid-Pacific
        QVERIFY(!inside(42, 50));                     // the Caspian Sea is a hole
        QVERIFY(!inside(30, -40));                    // mid-Atlantic
    }
};

QTEST_MAIN(ProjectionTest)
#include "tst_projection.moc"
