// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/lesson.h"

#include <QGraphicsItem>
#include <vector>

namespace fl::ui {

class WorldMapScene;

// A ring drawn around what a lesson's step points at (a region, a population, or the middle of a
// link), the same size on screen at every zoom. It stands still: a screenshot shows what the eye
// sees, and nothing redraws the map for it.
class HighlightRing : public QGraphicsItem
{
public:
    explicit HighlightRing(qreal radius);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    qreal m_radius;
};

// The rings of one step on the world map. Follows the items when they move (refresh after each
// topology change); links are ringed at their middle, and the link itself drawn wider in the ring's
// colour.
class LessonHighlights
{
public:
    explicit LessonHighlights(WorldMapScene *scene);
    ~LessonHighlights();
    void set(const std::vector<scenario::LessonHighlight> &highlights);
    void refresh();
    // For tests: the rings shown now, and where.
    std::vector<QPointF> ringPositions() const;

private:
    void clearItems();
    WorldMapScene *m_scene;
    std::vector<scenario::LessonHighlight> m_highlights;
    std::vector<HighlightRing *> m_rings;
    std::vector<QGraphicsPathItem *> m_links;
};

} // namespace fl::ui
