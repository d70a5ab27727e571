#include "mapsymbolpainter.h"

#include "mapstyle.h"
#include "textscale.h"

#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <algorithm>
#include <cmath>

namespace fl::ui::mapsymbols {
namespace {

QPainterPath markerPath(MapSymbol shape, qreal r)
{
    QPainterPath path;
    switch (shape) {
    case MapSymbol::WarmStandbyRegion:
        path.addRoundedRect(QRectF(-r * 0.88, -r * 0.88, r * 1.76, r * 1.76), 2.5, 2.5);
        break;
    case MapSymbol::PilotLightRegion: {
        QPolygonF triangle;
        triangle << QPointF(0, -r * 1.1) << QPointF(r * 1.05, r * 0.8) << QPointF(-r * 1.05, r * 0.8);
        path.addPolygon(triangle);
        path.closeSubpath();
        break;
    }
    case MapSymbol::WitnessRegion: {
        QPolygonF diamond;
        diamond << QPointF(0, -r * 1.15) << QPointF(r * 1.15, 0) << QPointF(0, r * 1.15)
                << QPointF(-r * 1.15, 0);
        path.addPolygon(diamond);
        path.closeSubpath();
        break;
    }
    default: // ActiveRegion
        path.addEllipse(QPointF(0, 0), r, r);
        break;
    }
    return path;
}

QFont letterFont()
{
    QFont f = TextScale::scaled(badgeFont(), 6.5);
    f.setBold(true);
    return f;
}

} // namespace

QFont badgeFont()
{
    return TextScale::scaled(QFont(), 7.5);
}

MapSymbol roleSymbol(RegionRole role)
{
    switch (role) {
    case RegionRole::Active:
        return MapSymbol::ActiveRegion;
    case RegionRole::WarmStandby:
        return MapSymbol::WarmStandbyRegion;
    case RegionRole::PilotLight:
        return MapSymbol::PilotLightRegion;
    case RegionRole::Witness:
        return MapSymbol::WitnessRegion;
    }
    return MapSymbol::ActiveRegion;
}

RegionRole roleOf(MapSymbol shape)
{
    switch (shape) {
    case MapSymbol::WarmStandbyRegion:
        return RegionRole::WarmStandby;
    case MapSymbol::PilotLightRegion:
        return RegionRole::PilotLight;
    case MapSymbol::WitnessRegion:
        return RegionRole::Witness;
    default:
        return RegionRole::Active;
    }
}

std::optional<MapSymbol> regionCondition(const RegionView &s)
{
    if (s.destroyed)
        return MapSymbol::RegionDestroyed;
    if (!s.up)
        return MapSymbol::RegionDown;
    const bool servingRole = s.role == RegionRole::Active || s.role == RegionRole::WarmStandby;
    if (servingRole && (!s.inRotation || s.heldForOperator))
        return MapSymbol::OutOfRotation;
    return std::nullopt;
}

void paintRegionMarker(QPainter *painter, MapSymbol shape, std::optional<MapSymbol> condition, qreal r)
{
    QColor fill = mapstyle::role(roleOf(shape));
    QPen outline(Qt::white, 2);
    if (condition == MapSymbol::RegionDestroyed) {
        fill = mapstyle::destroyed();
        outline = QPen(mapstyle::failure(), 2.5);
    } else if (condition == MapSymbol::RegionDown) {
        fill = mapstyle::down();
        outline = QPen(mapstyle::failure(), 2.5);
    } else if (condition == MapSymbol::OutOfRotation) {
        outline = QPen(mapstyle::warning(), 2.5, Qt::DashLine);
    }
    painter->setPen(outline);
    painter->setBrush(fill);
    painter->drawPath(markerPath(shape, r));

    if (condition == MapSymbol::RegionDown || condition == MapSymbol::RegionDestroyed) {
        const qreal c = r * 0.5;
        const bool destroyed = condition == MapSymbol::RegionDestroyed;
        painter->setPen(QPen(destroyed ? mapstyle::failure() : Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(-c, -c), QPointF(c, c));
        painter->drawLine(QPointF(-c, c), QPointF(c, -c));
    }
}

void paintSelectionRing(QPainter *painter, qreal r, bool dropTarget)
{
    painter->setPen(QPen(mapstyle::selection(), dropTarget ? 4 : 3));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(QPointF(0, 0), r + 6, r + 6);
}

void paintTierDot(QPainter *painter, MapSymbol tier, qreal r)
{
    const qreal x = tier == MapSymbol::AppTierDown ? -r * 0.9 : r * 0.9;
    painter->setPen(QPen(Qt::white, 1));
    painter->setBrush(mapstyle::failure());
    painter->drawEllipse(QPointF(x, r * 0.9), 3.2, 3.2);
}

void paintPrimaryBadge(QPainter *painter, MapSymbol primary, qreal r)
{
    const QPointF at(-r * 0.95, -r * 0.95);
    painter->setPen(QPen(mapstyle::primaryText(), 1.1));
    painter->setBrush(primary == MapSymbol::DataPrimary ? mapstyle::primaryBadge()
                                                        : QColor(255, 255, 255, 235));
    painter->drawEllipse(at, 5.6, 5.6);
    painter->setFont(letterFont());
    painter->setPen(QColor(0x4a, 0x35, 0x00));
    painter->drawText(QRectF(at.x() - 5.6, at.y() - 5.6, 11.2, 11.2), Qt::AlignCenter, QStringLiteral("P"));
}

void paintDeposedBadge(QPainter *painter, qreal r)
{
    const QPointF at(r * 1.15, -r * 1.05);
    QPolygonF triangle;
    triangle << at + QPointF(0, -7.5) << at + QPointF(7.2, 5) << at + QPointF(-7.2, 5);
    painter->setPen(QPen(Qt::white, 1.1));
    painter->setBrush(mapstyle::failure());
    painter->drawPolygon(triangle);
    painter->setFont(letterFont());
    painter->setPen(Qt::white);
    painter->drawText(QRectF(at.x() - 4, at.y() - 4, 8, 10), Qt::AlignCenter, QStringLiteral("!"));
}

void paintLoadBadge(QPainter *painter, const QRectF &rect, const QString &text, MapSymbol load)
{
    painter->setPen(QPen(QColor(0x9a, 0xa7, 0xb2), 0.8));
    painter->setBrush(QColor(255, 255, 255, 225));
    painter->drawRoundedRect(rect, 3, 3);
    painter->setFont(badgeFont());
    painter->setPen(load == MapSymbol::SheddingBadge ? mapstyle::failure() : mapstyle::badgeText());
    painter->drawText(rect, Qt::AlignCenter, text);
}

void paintDataBadge(QPainter *painter, const QRectF &rect, const QString &text, const QColor &color)
{
    painter->setPen(QPen(color.lighter(160), 0.8));
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRoundedRect(rect.adjusted(-1, 0, 1, 0), 3, 3);
    painter->setFont(badgeFont());
    painter->setPen(color);
    painter->drawText(rect, Qt::AlignCenter, text);
}

MapSymbol linkSymbol(LinkCondition condition)
{
    switch (condition) {
    case LinkCondition::Ok:
        return MapSymbol::LinkUp;
    case LinkCondition::Degraded:
        return MapSymbol::LinkDegraded;
    case LinkCondition::CutOneWay:
        return MapSymbol::LinkCutOneWay;
    case LinkCondition::CutBothWays:
        return MapSymbol::LinkCutBothWays;
    }
    return MapSymbol::LinkUp;
}

QPen linkPen(MapSymbol link)
{
    QPen pen;
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::RoundCap);
    switch (link) {
    case MapSymbol::LinkDegraded:
        pen.setColor(mapstyle::warning());
        pen.setWidthF(2.2);
        pen.setStyle(Qt::DashLine);
        break;
    case MapSymbol::LinkCutOneWay:
        pen.setColor(mapstyle::failure());
        pen.setWidthF(2.2);
        pen.setStyle(Qt::DashDotLine);
        break;
    case MapSymbol::LinkCutBothWays:
        pen.setColor(mapstyle::failure());
        pen.setWidthF(2.2);
        pen.setStyle(Qt::DotLine);
        break;
    default: // LinkUp
        pen.setColor(mapstyle::linkOk());
        pen.setWidthF(1.6);
        break;
    }
    return pen;
}

void paintLinkMarker(QPainter *painter, MapSymbol link, qreal arrowAngleDeg)
{
    if (link == MapSymbol::LinkUp)
        return;
    const bool cut = link == MapSymbol::LinkCutBothWays || link == MapSymbol::LinkCutOneWay;
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(cut ? mapstyle::failure() : mapstyle::warning());
    painter->drawEllipse(QPointF(0, 0), 7.5, 7.5);
    painter->setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    if (link == MapSymbol::LinkCutBothWays) {
        painter->drawLine(QPointF(-3.2, -3.2), QPointF(3.2, 3.2));
        painter->drawLine(QPointF(-3.2, 3.2), QPointF(3.2, -3.2));
    } else if (link == MapSymbol::LinkCutOneWay) {
        painter->save();
        painter->rotate(-arrowAngleDeg);
        painter->drawLine(QPointF(-4, 0), QPointF(4, 0));
        painter->drawLine(QPointF(4, 0), QPointF(1, -3));
        painter->drawLine(QPointF(4, 0), QPointF(1, 3));
        painter->restore();
    } else {
        QPainterPath tilde;
        tilde.moveTo(-4, 1);
        tilde.cubicTo(-2, -3, 0, -1, 0, 0);
        tilde.cubicTo(0, 1, 2, 3, 4, -1);
        painter->drawPath(tilde);
    }
}

void paintPopulation(QPainter *painter, qreal radius)
{
    QColor fill = mapstyle::population();
    fill.setAlpha(55);
    painter->setPen(QPen(mapstyle::population(), 1.3));
    painter->setBrush(fill);
    painter->drawEllipse(QPointF(0, 0), radius, radius);
    painter->setBrush(mapstyle::population());
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(QPointF(0, 0), 2.2, 2.2);
}

QPen trafficPen(double share)
{
    const double stepped = std::ceil(std::clamp(share, 0.0, 1.0) * 20) / 20;
    QColor color = mapstyle::population();
    color.setAlpha(static_cast<int>(60 + 150 * stepped));
    QPen pen(color, 0.6 + 2.6 * stepped, stepped >= 0.5 ? Qt::SolidLine : Qt::DashLine);
    pen.setCosmetic(true);
    return pen;
}

MapSymbol trafficSymbol(double successRatio)
{
    return successRatio >= 0.99  ? MapSymbol::TrafficSucceeding
           : successRatio >= 0.9 ? MapSymbol::TrafficStruggling
                                 : MapSymbol::TrafficFailing;
}

QColor trafficDotColor(MapSymbol traffic)
{
    switch (traffic) {
    case MapSymbol::TrafficStruggling:
        return mapstyle::warning();
    case MapSymbol::TrafficFailing:
        return mapstyle::failure();
    default:
        return mapstyle::good();
    }
}

QPen trafficDotPen()
{
    return QPen(Qt::white, 0.8);
}

} // namespace fl::ui::mapsymbols
