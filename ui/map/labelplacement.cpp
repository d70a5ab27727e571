#include "labelplacement.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace fl::ui {

namespace {

// Try order after the preferred side: straight sides before diagonals, because a diagonal label
// reads as belonging to either of two neighbours.
constexpr std::array<LabelSide, 8> kSides = {
    LabelSide::Below,      LabelSide::Above,      LabelSide::Right,     LabelSide::Left,
    LabelSide::BelowRight, LabelSide::AboveRight, LabelSide::BelowLeft, LabelSide::AboveLeft};
constexpr int kRings = 4;
constexpr qreal kRingStep = 14; // px between rings
constexpr qreal kGap = 2;       // px kept between two labels

qreal overlapArea(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    return i.isValid() ? i.width() * i.height() : 0;
}

} // namespace

QRectF labelBox(LabelSide side, const QSizeF &size, qreal d)
{
    const qreal w = size.width(), h = size.height();
    // Diagonal boxes keep their near corner on the circle of radius d.
    const qreal c = d * 0.72;
    switch (side) {
    case LabelSide::Below:
        return QRectF(-w / 2, d, w, h);
    case LabelSide::Above:
        return QRectF(-w / 2, -d - h, w, h);
    case LabelSide::Right:
        return QRectF(d, -h / 2, w, h);
    case LabelSide::Left:
        return QRectF(-d - w, -h / 2, w, h);
    case LabelSide::BelowRight:
        return QRectF(c, c, w, h);
    case LabelSide::AboveRight:
        return QRectF(c, -c - h, w, h);
    case LabelSide::BelowLeft:
        return QRectF(-c - w, c, w, h);
    case LabelSide::AboveLeft:
        return QRectF(-c - w, -c - h, w, h);
    }
    return QRectF(-w / 2, d, w, h);
}

std::vector<LabelPlacement> placeLabels(const std::vector<LabelRequest> &labels,
                                        const std::vector<QRectF> &obstacles, const QRectF &bounds)
{
    std::vector<std::size_t> order(labels.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return labels[a].priority < labels[b].priority; });

    std::vector<LabelPlacement> result(labels.size());
    std::vector<QRectF> taken; // absolute, with the gap around them
    taken.reserve(labels.size());
    for (const std::size_t i : order) {
        const LabelRequest &label = labels[i];
        std::array<LabelSide, 8> sides{};
        sides[0] = label.preferred;
        std::copy_if(kSides.begin(), kSides.end(), sides.begin() + 1,
                     [&](LabelSide s) { return s != label.preferred; });

        // Overlap first, then what would be off screen: a label never buys visibility with an
        // overlap, but of the boxes that touch nothing it takes one inside the view.
        qreal bestCost = -1, bestOutside = 0;
        LabelPlacement best;
        for (int ring = 0; ring < kRings && (bestCost != 0 || bestOutside != 0); ++ring) {
            const qreal distance = label.clearance + ring * kRingStep;
            for (const LabelSide side : sides) {
                const QRectF box = labelBox(side, label.size, distance);
                const QRectF absolute = box.translated(label.anchor);
                qreal cost = 0;
                for (const QRectF &t : taken)
                    cost += overlapArea(absolute, t);
                for (const QRectF &o : obstacles)
                    cost += overlapArea(absolute, o);
                const qreal outside =
                    bounds.isEmpty() ? 0
                                     : absolute.width() * absolute.height() - overlapArea(absolute, bounds);
                // Strictly less: among equal costs the nearer, preferred box wins.
                if (bestCost < 0 || cost < bestCost || (cost == bestCost && outside < bestOutside)) {
                    bestCost = cost;
                    bestOutside = outside;
                    best = {box, ring > 0};
                    if (cost == 0 && outside == 0)
                        break;
                }
            }
        }
        result[i] = best;
        taken.push_back(best.rect.translated(label.anchor).adjusted(-kGap, -kGap, kGap, kGap));
    }
    return result;
}

} // namespace fl::ui
