#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QPolygonF>
#include <vector>

namespace fl::ui {

// One series of a live chart, drawn straight from its decimated points: one polyline per run
// between gaps, clipped to the plot area. A QLineSeries recomputes its whole path and a stroked
// hover shape (QPainterPathStroker, several atan2 per point) on every new point list and every axis
// change; with a few hundred points per line and a refresh per frame that was the largest part of
// a live chart's cost. This item only maps its points when they or the frame change, and answers
// hovering by distance instead of by a shape. The chart keeps an empty QLineSeries per series for
// its legend. A child of the QChart: coordinates are the chart's, like QChart::plotArea().
class PlotLineItem : public QGraphicsItem
{
public:
    explicit PlotLineItem(QGraphicsItem *parent);

    void setPen(const QPen &pen);
    // The runs between gaps, in data coordinates (seconds, value).
    void setSegments(QList<QList<QPointF>> segments);
    const QList<QList<QPointF>> &segments() const { return m_segments; }
    // Where the data goes: the plot area and the axes' ranges.
    void setFrame(const QRectF &plotArea, double xMin, double xMax, double yMin, double yMax);
    // Distance in pixels from `pos` (chart coordinates) to the drawn line; infinity when nothing is
    // drawn within `reach` pixels horizontally.
    double distanceTo(const QPointF &pos, double reach) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPointF map(const QPointF &p) const;
    const std::vector<QPolygonF> &mapped() const;

    QPen m_pen;
    QList<QList<QPointF>> m_segments;
    QRectF m_plot;
    double m_xMin = 0, m_xMax = 1, m_yMin = 0, m_yMax = 1;
    mutable std::vector<QPolygonF> m_mapped; // the segments in chart coordinates
    mutable bool m_mappedValid = false;
};

} // namespace fl::ui
