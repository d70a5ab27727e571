#include "geo.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fl {

namespace {

constexpr double radians(double degrees)
{
    return degrees * (std::numbers::pi / 180.0);
}

bool lessThan(GeoPoint a, GeoPoint b)
{
    return a.latDeg < b.latDeg || (a.latDeg == b.latDeg && a.lonDeg < b.lonDeg);
}

} // namespace

double greatCircleKm(GeoPoint a, GeoPoint b)
{
    // Evaluate in a canonical order: floating-point rounding then cannot make A→B differ from B→A.
    if (lessThan(b, a))
        std::swap(a, b);
    const double lat1 = radians(a.latDeg);
    const double lat2 = radians(b.latDeg);
    const double sinHalfDLat = std::sin((lat2 - lat1) / 2.0);
    const double sinHalfDLon = std::sin(radians(b.lonDeg - a.lonDeg) / 2.0);
    const double h = sinHalfDLat * sinHalfDLat + std::cos(lat1) * std::cos(lat2) * sinHalfDLon * sinHalfDLon;
    // Rounding can push h a hair above 1 for antipodal points.
    return 2.0 * kEarthMeanRadiusKm * std::asin(std::sqrt(std::clamp(h, 0.0, 1.0)));
}

} // namespace fl
