// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonhighlights.h"

#include "mapitems.h"
#include "worldmapscene.h"

#include <QPainter>
#include <QPen>

namespace fl::ui {

namespace {
// An orange that no status colour of the map uses, so a ring never reads as a region's state.
const QColor kRingColour(0xff, 0x8c, 0x00);
} // namespace

HighlightRing::HighlightRing(qreal radius) : m_radius(radius)
{
    setFlag(ItemIgnoresTransformations);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(45); // above regions, populations and labels
}

QRectF HighlightRing::boundingRect() const
{
    const qreal r = m_radius * 1.35 + 4;
    return QRectF(-r, -r, 2 * r, 2 * r);
}

void HighlightRing::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    // A faint halo outside the ring keeps it visible over land, sea and the region's own colour.
    const qreal r = m_radius * 1.25;
    QColor outer = kRingColour;
    outer.setAlphaF(0.35);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(outer, 3));
    painter->drawEllipse(QPointF(0, 0), r, r);
    painter->setPen(QPen(kRingColour, 3.5));
    painter->drawEllipse(QPointF(0, 0), m_radius, m_radius);
}

LessonHighlights::LessonHighlights(WorldMapScene *scene) : m_scene(scene) {}

LessonHighlights::~LessonHighlights()
{
    clearItems();
}

void LessonHighlights::clearItems()
{
    for (HighlightRing *ring : m_rings) {
        m_scene->removeItem(ring);
        delete ring;
    }
    for (QGraphicsPathItem *link : m_links) {
        m_scene->removeItem(link);
        delete link;
    }
    m_rings.clear();
    m_links.clear();
}

void LessonHighlights::set(const std::vector<scenario::LessonHighlight> &highlights)
{
    m_highlights = highlights;
    refresh();
}

void LessonHighlights::refresh()
{
    clearItems();
    for (const scenario::LessonHighlight &h : m_highlights) {
        switch (h.kind) {
        case scenario::LessonHighlight::Kind::Region:
            if (const RegionItem *item = m_scene->regionItem(h.a)) {
                auto *ring = new HighlightRing(22);
                ring->setPos(item->pos());
                m_rings.push_back(ring);
            }
            break;
        case scenario::LessonHighlight::Kind::Population:
            if (const PopulationItem *item = m_scene->populationItem(h.a)) {
                auto *ring = new HighlightRing(std::max<qreal>(18, item->boundingRect().width() / 2 + 4));
                ring->setPos(item->pos());
                m_rings.push_back(ring);
            }
            break;
        case scenario::LessonHighlight::Kind::Link: {
            const LinkItem *item = m_scene->linkItem(h.a, h.b);
            if (!item)
                item = m_scene->linkItem(h.b, h.a);
            if (item) {
                auto *glow = new QGraphicsPathItem(item->path());
                QColor colour = kRingColour;
                colour.setAlphaF(0.45);
                QPen pen(colour, 9);
                pen.setCosmetic(true);
                pen.setCapStyle(Qt::RoundCap);
                glow->setPen(pen);
                glow->setZValue(9); // just under the links (10)
                glow->setAcceptedMouseButtons(Qt::NoButton);
                m_links.push_back(glow);
                auto *ring = new HighlightRing(12);
                ring->setPos(item->path().pointAtPercent(0.5));
                m_rings.push_back(ring);
            }
            break;
        }
        case scenario::LessonHighlight::Kind::Chart:
            break; // the charts panel frames its own
        }
    }
    for (HighlightRing *ring : m_rings)
        m_scene->addItem(ring);
    for (QGraphicsPathItem *link : m_links)
        m_scene->addItem(link);
}

std::vector<QPointF> LessonHighlights::ringPositions() const
{
    std::vector<QPointF> positions;
    for (const HighlightRing *ring : m_rings)
        positions.push_back(ring->pos());
    return positions;
}

} // namespace fl::ui
