#include "decimation.h"

#include <algorithm>
#include <cmath>

namespace fl::ui {

QList<QPointF> decimateMinMax(const QList<QPointF> &points, double xMin, double xMax, int columns)
{
    if (columns < 1 || !(xMax > xMin))
        return points;
    const double perColumn = static_cast<double>(columns) / (xMax - xMin);
    auto columnOf = [&](double x) {
        const double c = std::floor((x - xMin) * perColumn);
        return static_cast<int>(std::clamp(c, 0.0, static_cast<double>(columns - 1)));
    };

    QList<QPointF> out;
    out.reserve(std::min<qsizetype>(points.size(), 2 * static_cast<qsizetype>(columns) + 16));
    int current = -1;    // column being collected, -1 when none
    qsizetype low = -1;  // index of its lowest point
    qsizetype high = -1; // index of its highest point
    auto flush = [&] {
        if (current < 0)
            return;
        const qsizetype first = std::min(low, high);
        const qsizetype second = std::max(low, high);
        out.append(points[first]);
        if (second != first)
            out.append(points[second]);
        current = -1;
    };

    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPointF &p = points[i];
        if (std::isnan(p.y())) {
            flush();
            if (!out.isEmpty() && !std::isnan(out.last().y()))
                out.append(p);
            continue;
        }
        const int c = columnOf(p.x());
        if (c != current) {
            flush();
            current = c;
            low = high = i;
            continue;
        }
        // Ties keep the earlier point, so the result does not depend on equal values' order.
        if (p.y() < points[low].y())
            low = i;
        if (p.y() > points[high].y())
            high = i;
    }
    flush();
    return out;
}

} // namespace fl::ui
