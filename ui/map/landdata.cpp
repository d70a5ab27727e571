#include "landdata.h"

#include <QFile>
#include <QtEndian>

namespace fl::ui {

std::vector<LandRing> loadLand(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    const char *bytes = data.constData();
    const auto size = static_cast<std::size_t>(data.size());
    if (size < 12 || data.left(8) != QByteArrayLiteral("FLLAND01"))
        return {};
    std::size_t at = 8;
    const quint32 ringCount = qFromLittleEndian<quint32>(bytes + at);
    at += 4;
    std::vector<LandRing> rings;
    rings.reserve(ringCount);
    for (quint32 r = 0; r < ringCount; ++r) {
        if (at + 4 > size)
            return {};
        const quint32 count = qFromLittleEndian<quint32>(bytes + at);
        at += 4;
        if (at + std::size_t{count} * 4 > size)
            return {};
        LandRing ring;
        ring.points.reserve(count);
        for (quint32 i = 0; i < count; ++i) {
            const qint16 lon = qFromLittleEndian<qint16>(bytes + at);
            const qint16 lat = qFromLittleEndian<qint16>(bytes + at + 2);
            at += 4;
            ring.points.push_back(GeoPoint{lat / 100.0, lon / 100.0});
        }
        rings.push_back(std::move(ring));
    }
    return rings;
}

QPainterPath landPath(const std::vector<LandRing> &rings, MapProjection projection, double scale)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const LandRing &ring : rings) {
        if (ring.points.size() < 3)
            continue;
        QPolygonF polygon;
        polygon.reserve(static_cast<qsizetype>(ring.points.size()) + 1);
        for (const GeoPoint &p : ring.points) {
            const QPointF q = project(projection, p.lonDeg, p.latDeg);
            polygon << QPointF(q.x() * scale, -q.y() * scale);
        }
        polygon << polygon.first();
        path.addPolygon(polygon);
    }
    return path;
}

QPainterPath spherePath(MapProjection projection, double scale)
{
    QPolygonF outline;
    auto add = [&](double lon, double lat) {
        const QPointF q = project(projection, lon, lat);
        outline << QPointF(q.x() * scale, -q.y() * scale);
    };
    for (int lat = -90; lat <= 90; ++lat)
        add(180, lat);
    for (int lat = 90; lat >= -90; --lat)
        add(-180, lat);
    outline << outline.first();
    QPainterPath path;
    path.addPolygon(outline);
    return path;
}

} // namespace fl::ui
