#include "projection.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace fl::ui {
namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

} // namespace

QPointF projectNaturalEarth(double lonDeg, double latDeg)
{
    const double lambda = lonDeg * kDeg;
    const double phi = std::clamp(latDeg, -90.0, 90.0) * kDeg;
    const double phi2 = phi * phi;
    const double phi4 = phi2 * phi2;
    // x = λ (0.8707 − 0.131979 φ² − 0.013791 φ⁴ + 0.003971 φ¹⁰ − 0.001529 φ¹²)
    // y = φ (1.007226 + 0.015085 φ² − 0.044475 φ⁶ + 0.028874 φ⁸ − 0.005916 φ¹⁰)
    const double x =
        lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * phi2 * (0.003971 - 0.001529 * phi2)));
    const double y =
        phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
    return QPointF(x, y);
}

QPointF projectEquirectangular(double lonDeg, double latDeg)
{
    return QPointF(lonDeg * kDeg, std::clamp(latDeg, -90.0, 90.0) * kDeg);
}

QPointF project(MapProjection projection, double lonDeg, double latDeg)
{
    return projection == MapProjection::NaturalEarth ? projectNaturalEarth(lonDeg, latDeg)
                                                     : projectEquirectangular(lonDeg, latDeg);
}

std::optional<GeoPoint> unproject(MapProjection projection, QPointF q)
{
    constexpr double kHalfPi = std::numbers::pi / 2;
    if (projection == MapProjection::Equirectangular) {
        if (std::abs(q.y()) > kHalfPi || std::abs(q.x()) > std::numbers::pi)
            return std::nullopt;
        return GeoPoint{q.y() / kDeg, q.x() / kDeg};
    }
    // y(φ) rises monotonically from the south pole to the north pole, so Newton's method from
    // φ = y converges in a few steps; then λ follows from x, which is linear in λ at a given φ.
    const double yPole = projectNaturalEarth(0, 90).y();
    if (std::abs(q.y()) > yPole)
        return std::nullopt;
    double phi = q.y();
    for (int step = 0; step < 20; ++step) {
        const double phi2 = phi * phi;
        const double phi4 = phi2 * phi2;
        const double y =
            phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
        const double dy =
            1.007226 +
            phi2 * (3 * 0.015085 + phi4 * (7 * -0.044475 + 9 * 0.028874 * phi2 - 11 * 0.005916 * phi4));
        const double delta = (y - q.y()) / dy;
        phi = std::clamp(phi - delta, -kHalfPi, kHalfPi);
        if (std::abs(delta) < 1e-12)
            break;
    }
    const double phi2 = phi * phi;
    const double phi4 = phi2 * phi2;
    const double xScale =
        0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * phi2 * (0.003971 - 0.001529 * phi2));
    const double lambda = q.x() / xScale;
    if (std::abs(lambda) > std::numbers::pi)
        return std::nullopt;
    return GeoPoint{phi / kDeg, lambda / kDeg};
}

std::vector<GeoPoint> greatCircle(GeoPoint a, GeoPoint b, int segments)
{
    segments = std::max(1, segments);
    auto toVector = [](GeoPoint p) {
        const double lat = p.latDeg * kDeg;
        const double lon = p.lonDeg * kDeg;
        return std::array<double, 3>{std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon),
                                     std::sin(lat)};
    };
    const auto va = toVector(a);
    const auto vb = toVector(b);
    const double dot = std::clamp(va[0] * vb[0] + va[1] * vb[1] + va[2] * vb[2], -1.0, 1.0);
    const double omega = std::acos(dot);
    std::vector<GeoPoint> points;
    points.reserve(static_cast<std::size_t>(segments) + 1);
    for (int i = 0; i <= segments; ++i) {
        const double t = static_cast<double>(i) / segments;
        double wa = 1 - t;
        double wb = t;
        if (omega > 1e-9) { // spherical linear interpolation
            wa = std::sin((1 - t) * omega) / std::sin(omega);
            wb = std::sin(t * omega) / std::sin(omega);
        }
        const double x = wa * va[0] + wb * vb[0];
        const double y = wa * va[1] + wb * vb[1];
        const double z = wa * va[2] + wb * vb[2];
        points.push_back(GeoPoint{std::atan2(z, std::hypot(x, y)) / kDeg, std::atan2(y, x) / kDeg});
    }
    points.front() = a;
    points.back() = b;
    return points;
}

QPainterPath projectedPolyline(const std::vector<GeoPoint> &points, MapProjection projection, double scale)
{
    QPainterPath path;
    auto scenePoint = [&](double lon, double lat) {
        const QPointF p = project(projection, lon, lat);
        return QPointF(p.x() * scale, -p.y() * scale);
    };
    for (std::size_t i = 0; i < points.size(); ++i) {
        const GeoPoint &p = points[i];
        if (i == 0) {
            path.moveTo(scenePoint(p.lonDeg, p.latDeg));
            continue;
        }
        const GeoPoint &q = points[i - 1];
        const double step = p.lonDeg - q.lonDeg;
        if (std::abs(step) > 180) {
            // Crossing the antimeridian: end at the edge on this side, restart on the other.
            const double edge = q.lonDeg > 0 ? 180.0 : -180.0;
            const double unwrapped = p.lonDeg + (edge > 0 ? 360.0 : -360.0);
            const double t = (edge - q.lonDeg) / (unwrapped - q.lonDeg);
            const double lat = q.latDeg + t * (p.latDeg - q.latDeg);
            path.lineTo(scenePoint(edge, lat));
            path.moveTo(scenePoint(-edge, lat));
        }
        path.lineTo(scenePoint(p.lonDeg, p.latDeg));
    }
    return path;
}

} // namespace fl::ui
