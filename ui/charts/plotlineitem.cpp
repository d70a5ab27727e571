#include "plotlineitem.h"

#include <QLineF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace fl::ui {

PlotLineItem::PlotLineItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void PlotLineItem::setPen(const QPen &pen)
{
    if (pen == m_pen)
        return;
    m_pen = pen;
    update();
}

void PlotLineItem::setSegments(QList<QList<QPointF>> segments)
{
    m_segments = std::move(segments);
    m_mappedValid = false;
    update();
}

void PlotLineItem::setFrame(const QRectF &plotArea, double xMin, double xMax, double yMin, double yMax)
{
    if (plotArea == m_plot && xMin == m_xMin && xMax == m_xMax && yMin == m_yMin && yMax == m_yMax)
        return;
    if (plotArea != m_plot)
        prepareGeometryChange();
    m_plot = plotArea;
    m_xMin = xMin;
    m_xMax = xMax;
    m_yMin = yMin;
    m_yMax = yMax;
    m_mappedValid = false;
    update();
}

QPointF PlotLineItem::map(const QPointF &p) const
{
    const double xSpan = m_xMax - m_xMin;
    const double ySpan = m_yMax - m_yMin;
    const double x = xSpan > 0 ? m_plot.left() + (p.x() - m_xMin) / xSpan * m_plot.width() : m_plot.left();
    const double y =
        ySpan > 0 ? m_plot.bottom() - (p.y() - m_yMin) / ySpan * m_plot.height() : m_plot.bottom();
    return QPointF(x, y);
}

const std::vector<QPolygonF> &PlotLineItem::mapped() const
{
    if (!m_mappedValid) {
        m_mapped.resize(static_cast<std::size_t>(m_segments.size()));
        for (qsizetype s = 0; s < m_segments.size(); ++s) {
            const QList<QPointF> &points = m_segments[s];
            QPolygonF &polygon = m_mapped[static_cast<std::size_t>(s)];
            polygon.resize(points.size());
            for (qsizetype i = 0; i < points.size(); ++i)
                polygon[i] = map(points[i]);
        }
        m_mappedValid = true;
    }
    return m_mapped;
}

double PlotLineItem::distanceTo(const QPointF &pos, double reach) const
{
    double best = std::numeric_limits<double>::infinity();
    for (const QPolygonF &polygon : mapped()) {
        if (polygon.size() == 1)
            best = std::min(best, QLineF(polygon[0], pos).length());
        for (qsizetype i = 1; i < polygon.size(); ++i) {
            const QPointF a = polygon[i - 1];
            const QPointF b = polygon[i];
            if (std::max(a.x(), b.x()) < pos.x() - reach || std::min(a.x(), b.x()) > pos.x() + reach)
                continue;
            // Distance to the segment: project pos onto it, clamped to its ends.
            const QPointF d = b - a;
            const double length2 = QPointF::dotProduct(d, d);
            const double t =
                length2 > 0 ? std::clamp(QPointF::dotProduct(pos - a, d) / length2, 0.0, 1.0) : 0.0;
            best = std::min(best, QLineF(a + t * d, pos).length());
        }
    }
    return best;
}

QRectF PlotLineItem::boundingRect() const
{
    const double pad = m_pen.widthF() + 1;
    return m_plot.adjusted(-pad, -pad, pad, pad);
}

void PlotLineItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    // Like a QLineSeries: the line leading in from the left edge (or a spike above the scale) is
    // cut at the plot's border.
    painter->setClipRect(m_plot);
    painter->setPen(m_pen);
    painter->setBrush(Qt::NoBrush);
    for (const QPolygonF &polygon : mapped()) {
        if (polygon.size() == 1)
            painter->drawPoint(polygon[0]);
        else
            painter->drawPolyline(polygon);
    }
    painter->restore();
}

} // namespace fl::ui
