#pragma once

#include "chartdata.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QChart;

namespace fl::ui {

// The lab's chart colours (Tableau 10), by index, wrapping: every chart draws its lines with these.
QColor chartPaletteColour(int index);

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
    // Fills a chart made by create() with new data (the live charts: same chart, new points). The
    // lines are reused and given their points with one replace() each; markers are rebuilt only when
    // the commands changed. Returns false for a chart create() did not make.
    static bool update(QChart *chart, const ChartData &data, int plotColumns);
    // Sets every text of the chart again in the current language (QChart gets no LanguageChange).
    static void retranslate(QChart *chart);
    // A vertical cursor line at `seconds` (NaN hides it), e.g. where an event-log entry happened.
    static void setCursor(QChart *chart, double seconds);
    static double cursor(QChart *chart);
    // The data the chart was last filled with (nullptr for a chart create() did not make).
    static const ChartData *dataOf(QChart *chart);
    // What hovering over series `seriesIndex` near `seconds` shows: the name, and the exact
    // measured sample nearest in time with its unit.
    static QString hoverText(const ChartData &data, std::size_t seriesIndex, double seconds);
    // The hover text for a live (compact) chart at `position` in chart coordinates: that of the
    // line drawn nearest to it within a few pixels, at the time under it; empty when no line is near.
    static QString hoverTextAt(QChart *chart, const QPointF &position);
    // Every polyline the chart draws, in data coordinates (after decimation; one per run between
    // gaps, and an empty one for a series without any value).
    static QList<QList<QPointF>> drawnLines(QChart *chart);
    static QString valueUnit(ChartKind kind);
    // The unit of `data`'s values: a duration chart's own (see ChartData::timeUnit).
    static QString valueUnit(const ChartData &data);

    static QString title(ChartKind kind);
    static QString valueAxisTitle(ChartKind kind, TimeUnit unit = TimeUnit::Milliseconds);
    static QString timeAxisTitle();
    static QString seriesName(const ChartData &data, const ChartSeries &series);
    static QString measureName(DataMeasure measure);
    static QString markerLabel(const ChartData &data, const FaultMarker &marker);
};

} // namespace fl::ui
