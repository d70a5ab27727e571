#pragma once

#include "bridge/worldsnapshot.h"
#include "mapsymbol.h"

#include <QColor>
#include <QFont>
#include <QPen>
#include <QRectF>
#include <QString>
#include <optional>

class QPainter;

// How each MapSymbol is drawn, shared by the map's items and the legend so that the legend shows
// exactly what the map draws. Each painter draws around the origin (a marker's centre), in pixels.
namespace fl::ui::mapsymbols {

// The marker's radius on the map.
inline constexpr qreal kRegionRadius = 9;
inline constexpr qreal kTrafficDotRadius = 2.6;

QFont badgeFont();

// Regions: the shape of a role, and what the marker says about the region's health (nothing when
// it is up and serving as its role should).
MapSymbol roleSymbol(RegionRole role);
RegionRole roleOf(MapSymbol shape);
std::optional<MapSymbol> regionCondition(const RegionView &region);
void paintRegionMarker(QPainter *painter, MapSymbol shape, std::optional<MapSymbol> condition, qreal radius);
// The yellow ring around the selected region (thicker around the region a population is dropped on).
void paintSelectionRing(QPainter *painter, qreal radius, bool dropTarget);
// AppTierDown (lower left) or DataTierDown (lower right).
void paintTierDot(QPainter *painter, MapSymbol tier, qreal radius);
// DataPrimary (a gold "P" at the upper left) or BeingPromoted (a hollow one).
void paintPrimaryBadge(QPainter *painter, MapSymbol primary, qreal radius);
// DeposedPrimary: a red warning triangle at the upper right.
void paintDeposedBadge(QPainter *painter, qreal radius);
// LoadBadge or SheddingBadge (red text) in `rect`.
void paintLoadBadge(QPainter *painter, const QRectF &rect, const QString &text, MapSymbol load);
// DataBadge: the text in the colour the scene chose (see WorldMapScene's data badge).
void paintDataBadge(QPainter *painter, const QRectF &rect, const QString &text, const QColor &color);

// Links.
MapSymbol linkSymbol(LinkCondition condition);
QPen linkPen(MapSymbol link); // cosmetic
// The marker at a link's middle (none for LinkUp): a cross, an arrow pointing along
// `arrowAngleDeg` for the cut direction, or a tilde.
void paintLinkMarker(QPainter *painter, MapSymbol link, qreal arrowAngleDeg);

// Users and traffic.
void paintPopulation(QPainter *painter, qreal radius);
// A route's line for `share` of the population's attempts, in steps of 5 %.
QPen trafficPen(double share);
MapSymbol trafficSymbol(double successRatio);
QColor trafficDotColor(MapSymbol traffic);
QPen trafficDotPen();

} // namespace fl::ui::mapsymbols
