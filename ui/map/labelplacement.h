#pragma once

#include <QRectF>
#include <vector>

namespace fl::ui {

// Where the map's labels go so that they neither overlap one another nor cover a marker.
//
// Map items ignore the view's transformation (a marker keeps its size at any zoom), so labels are
// placed in device pixels: only the distances between anchors change with the zoom. Labels are
// placed greedily in priority order; each tries candidate boxes around its anchor (its preferred
// side first, then the other sides, then the same sides farther out) and takes the first that
// touches nothing already placed. When every candidate touches something it takes the one with the
// least overlap. A label placed past the first ring is "displaced": its item draws a leader line.
// The result depends only on the input, in its order: no jitter between identical layouts.

enum class LabelSide
{
    Below,
    Above,
    Right,
    Left,
    BelowRight,
    AboveRight,
    BelowLeft,
    AboveLeft,
};

struct LabelRequest
{
    QPointF anchor;   // the marker's centre, device pixels
    QSizeF size;      // the label's box
    qreal clearance;  // how far from the anchor the box keeps (the marker's radius and a gap)
    int priority = 0; // lower places first: region names, then population names, then badges
    LabelSide preferred = LabelSide::Below;
};

struct LabelPlacement
{
    QRectF rect; // relative to the anchor
    bool displaced = false;
};

// `obstacles`: absolute device rectangles no label should cover (the markers themselves).
// `bounds` (when not empty): the part of the map on screen, in the same device pixels. Among the
// boxes with the least overlap a label takes the one least cut off by the view's edges, so labels
// near an edge turn inwards where they can without covering another.
std::vector<LabelPlacement> placeLabels(const std::vector<LabelRequest> &labels,
                                        const std::vector<QRectF> &obstacles,
                                        const QRectF &bounds = QRectF());

// The box on `side` of an anchor at the origin, `distance` away.
QRectF labelBox(LabelSide side, const QSizeF &size, qreal distance);

} // namespace fl::ui
