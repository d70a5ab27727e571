#pragma once

#include <QList>
#include <QPointF>

namespace fl::ui {

// Reduces a polyline to at most two points per pixel column: the lowest and the highest point of
// each column, in their original order, so that a one-second outage or spike survives however many
// samples share its column (the way qtcharts' audio example keeps its series cheap to draw).
//
// `points` must have non-decreasing x. Columns split [xMin, xMax] evenly; points outside it count in
// the first or last column. A point with a NaN y marks a gap in the data (no value existed then): it
// ends the current column's run and is kept once, so the gap survives decimation too.
// Returns the points unchanged when columns < 1 or xMax <= xMin.
QList<QPointF> decimateMinMax(const QList<QPointF> &points, double xMin, double xMax, int columns);

} // namespace fl::ui
