#include "scenariothumbnail.h"

#include "map/landdata.h"
#include "map/mapstyle.h"
#include "map/mapsymbolpainter.h"
#include "map/projection.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace fl::ui {
namespace {

constexpr double kScale = 100; // projected units to picture units before framing
constexpr MapProjection kProjection = MapProjection::NaturalEarth;

QPointF toPicture(GeoPoint p)
{
    const QPointF q = project(kProjection, p.lonDeg, p.latDeg);
    return QPointF(q.x() * kScale, -q.y() * kScale);
}

// The land is the same for every scenario: projected once.
const QPainterPath &land()
{
    static const QPainterPath path = landPath(loadLand(), kProjection, kScale);
    return path;
}

// The part of the world that shows every point with some room around it, at the picture's aspect
// ratio, never narrower than a continent.
QRectF frameAround(const std::vector<QPointF> &points, QSize size)
{
    const QRectF world = spherePath(kProjection, kScale).boundingRect();
    if (points.empty())
        return world;
    // Not QRectF::united(): it skips the empty rectangles of single points.
    double left = points.front().x(), right = left, top = points.front().y(), bottom = top;
    for (const QPointF &p : points) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    const QRectF box = QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-22, -22, 22, 22);
    const double aspect = static_cast<double>(size.width()) / size.height();
    // A fifth more than the points need: markers are a few pixels wide whatever the scale.
    double width = 1.2 * std::max({box.width(), box.height() * aspect, 110.0});
    width = std::min(width, world.width());
    const double height = width / aspect;
    QRectF frame(0, 0, width, height);
    frame.moveCenter(box.center());
    // Keep it on the globe's rectangle where it can be.
    if (frame.left() < world.left())
        frame.moveLeft(world.left());
    if (frame.right() > world.right())
        frame.moveRight(world.right());
    if (frame.height() < world.height()) {
        if (frame.top() < world.top())
            frame.moveTop(world.top());
        if (frame.bottom() > world.bottom())
            frame.moveBottom(world.bottom());
    }
    return frame;
}

} // namespace

QImage renderScenarioThumbnail(const SimulationConfig &config, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(mapstyle::ocean());
    std::vector<GeoPoint> regions;
    for (const RegionConfig &r : config.regions)
        regions.push_back(regionLocation(r));
    std::vector<QPointF> points;
    for (const GeoPoint &g : regions)
        points.push_back(toPicture(g));
    const auto &catalog = populationCatalog();
    for (const PopulationConfig &p : config.populations) {
        if (p.catalogIndex >= 0 && static_cast<std::size_t>(p.catalogIndex) < catalog.size())
            points.push_back(toPicture(catalog[static_cast<std::size_t>(p.catalogIndex)].centroid));
    }
    const QRectF frame = frameAround(points, size);
    const QTransform toPixels =
        QTransform::fromScale(size.width() / frame.width(), size.height() / frame.height())
            .translate(-frame.left(), -frame.top());

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.save();
    painter.setTransform(toPixels);
    QPen coast(mapstyle::coast(), 0.6);
    coast.setCosmetic(true);
    painter.setPen(coast);
    painter.setBrush(mapstyle::land());
    painter.drawPath(land());
    // Links between every pair of regions, as the map draws them when healthy.
    painter.setPen(mapsymbols::linkPen(MapSymbol::LinkUp));
    painter.setBrush(Qt::NoBrush);
    for (std::size_t a = 0; a < regions.size(); ++a) {
        for (std::size_t b = a + 1; b < regions.size(); ++b)
            painter.drawPath(projectedPolyline(greatCircle(regions[a], regions[b], 24), kProjection, kScale));
    }
    painter.restore();

    // Markers keep their pixel size, as on the map: users first, regions above them.
    double busiest = 0;
    for (const PopulationConfig &p : config.populations)
        busiest = std::max(busiest, p.requestsPerSecond);
    std::size_t next = regions.size();
    for (const PopulationConfig &p : config.populations) {
        if (p.catalogIndex < 0 || static_cast<std::size_t>(p.catalogIndex) >= catalog.size())
            continue;
        const double share = busiest > 0 ? std::sqrt(p.requestsPerSecond / busiest) : 1.0;
        painter.save();
        painter.translate(toPixels.map(points[next++]));
        mapsymbols::paintPopulation(&painter, 3.0 + 5.0 * share);
        painter.restore();
    }
    for (std::size_t r = 0; r < regions.size(); ++r) {
        painter.save();
        painter.translate(toPixels.map(points[r]));
        mapsymbols::paintRegionMarker(&painter, mapsymbols::roleSymbol(config.regions[r].role), std::nullopt,
                                      5);
        painter.restore();
    }
    painter.setPen(QPen(QColor(0x9f, 0xb6, 0xc9), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(image.rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    return image;
}

} // namespace fl::ui
