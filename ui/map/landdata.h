#pragma once

#include "projection.h"

#include <QPainterPath>
#include <QString>
#include <vector>

namespace fl::ui {

// Natural Earth 1:110m land (public domain), converted once from the world-atlas package by
// scripts/land/convert-land.mjs into rings of lon/lat points already cut at ±180°.
struct LandRing
{
    std::vector<GeoPoint> points;
};

// Reads the ring file (see the script for its format). Returns no rings if the file is missing or
// malformed.
std::vector<LandRing> loadLand(const QString &path = QStringLiteral(":/map/land-110m.bin"));

// All rings as one projected path, to be filled with the odd-even rule (lakes are holes).
QPainterPath landPath(const std::vector<LandRing> &rings, MapProjection projection, double scale);

// The outline of the whole globe (the map's edge), the ocean's shape.
QPainterPath spherePath(MapProjection projection, double scale);

} // namespace fl::ui
