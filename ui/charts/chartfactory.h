#pragma once

#include "chartdata.h"

#include <QCoreApplication>
#include <QString>

class QChart;

namespace fl::ui {

// Makes Qt Charts objects from ChartData: translated title and axis titles with units, a legend,
// one line per region or population (decimated to the plot's pixel columns) and a labelled vertical
// marker at every fault. Used headless by `failover-lab run --charts` and by the lab's window.
// GUI thread only, like everything that touches a QGraphicsItem.
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(fl::ui::ChartFactory)

public:
    // A new chart; the caller owns it. `plotColumns` is the width of the plot area in pixels: the
    // series get at most two points per column (see decimateMinMax).
    static QChart *create(const ChartData &data, int plotColumns);

    static QString title(ChartKind kind);
    static QString valueAxisTitle(ChartKind kind);
    static QString timeAxisTitle();
    static QString seriesName(const ChartData &data, const ChartSeries &series);
    static QString measureName(DataMeasure measure);
    static QString markerLabel(const ChartData &data, const FaultMarker &marker);
};

} // namespace fl::ui
