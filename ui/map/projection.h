#pragma once

#include "world/geo.h"

#include <QPainterPath>
#include <QPointF>
#include <optional>
#include <vector>

namespace fl::ui {

// World map projections as pure functions of longitude and latitude (degrees) to projected units:
// x to the east, y to the NORTH (the scene flips y). One unit is one Earth radius at the equator for
// the equirectangular projection.
enum class MapProjection
{
    NaturalEarth,
    Equirectangular
};

// Natural Earth (Šavrič, Jenny, Patterson, Petrovič & Hurni, 2011): a pseudocylindrical compromise
// projection given by two polynomials in latitude; poles are lines 0.55 times the equator's length.
QPointF projectNaturalEarth(double lonDeg, double latDeg);
// Plate carrée: x = λ, y = φ in radians.
QPointF projectEquirectangular(double lonDeg, double latDeg);
QPointF project(MapProjection projection, double lonDeg, double latDeg);
// The inverse: the longitude and latitude of a projected point, or nothing when the point lies
// outside the map (beyond the poles or the edge of the globe).
std::optional<GeoPoint> unproject(MapProjection projection, QPointF projected);

// Points along the shorter great circle from a to b (both included), `segments` + 1 of them.
std::vector<GeoPoint> greatCircle(GeoPoint a, GeoPoint b, int segments);

// A line through geographic points as a projected path. Where it crosses the antimeridian the
// path is split (continued from the opposite edge) instead of being drawn across the whole map.
// `scale` multiplies projected units; y is flipped so north is up in scene coordinates.
QPainterPath projectedPolyline(const std::vector<GeoPoint> &points, MapProjection projection, double scale);

} // namespace fl::ui
