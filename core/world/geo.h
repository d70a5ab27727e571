#pragma once

namespace fl {

// A point on the Earth's surface in degrees (WGS 84 latitude and longitude, north and east positive).
struct GeoPoint
{
    double latDeg = 0;
    double lonDeg = 0;

    friend bool operator==(const GeoPoint &, const GeoPoint &) = default;
};

// Mean Earth radius (IUGG R1), the usual choice for a spherical model.
inline constexpr double kEarthMeanRadiusKm = 6371.0088;

// Great-circle distance by the haversine formula: accurate to about 0.5 % against the ellipsoid, far
// better than any latency model built on it. Exactly symmetric: greatCircleKm(a, b) == greatCircleKm(b, a)
// bit for bit, so a link has one length whichever end asks.
double greatCircleKm(GeoPoint a, GeoPoint b);

} // namespace fl
