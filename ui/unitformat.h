#pragma once

#include <QCoreApplication>
#include <QString>

namespace fl::ui {

// Units of simulated time a reader can take in at a glance.
enum class TimeUnit
{
    Milliseconds,
    Seconds,
    Minutes,
    Hours,
};

// One way to write durations and counts for the map, the panels, the charts and the exports: the
// unit grows with the value (ms → s → min → h), figures carry the locale's thousands separators,
// and the same rules hold in Chinese. "London (lag 836,163 ms)" reads "London (lag 14 min)".
class UnitFormat
{
    Q_DECLARE_TR_FUNCTIONS(fl::ui::UnitFormat)

public:
    // "0.4 ms", "836 ms", "4.2 s", "38 s", "14 min", "2.5 h".
    static QString duration(double milliseconds);
    // The unit for a scale whose largest value is `largestMilliseconds`: an axis keeps its tick
    // labels short (milliseconds up to 10 s, seconds up to 20 min, minutes up to 20 h).
    static TimeUnit axisUnitFor(double largestMilliseconds);
    static double inUnit(double milliseconds, TimeUnit unit);
    static QString symbol(TimeUnit unit); // "ms", "s", "min", "h"
    // "43,356": a count with the locale's separators.
    static QString count(double value);
};

} // namespace fl::ui
