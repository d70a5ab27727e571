#include "unitformat.h"

#include <QLocale>
#include <cmath>

namespace fl::ui {

namespace {

constexpr double kSecond = 1000, kMinute = 60 * kSecond, kHour = 60 * kMinute;

// One decimal below ten of a unit ("4.2 s"), none above ("38 s").
QString figure(double value)
{
    const QLocale locale;
    const double rounded = std::round(value * 10) / 10;
    return locale.toString(rounded, 'f', std::abs(rounded) < 10 && rounded != std::round(rounded) ? 1 : 0);
}

} // namespace

QString UnitFormat::duration(double ms)
{
    const double a = std::abs(ms);
    if (a < 1 && ms != 0)
        return tr("%1 ms").arg(QLocale().toString(ms, 'f', 1));
    if (a < kSecond)
        return tr("%1 ms").arg(QLocale().toString(ms, 'f', 0));
    if (a < kMinute)
        return tr("%1 s").arg(figure(ms / kSecond));
    if (a < kHour)
        return tr("%1 min").arg(figure(ms / kMinute));
    return tr("%1 h").arg(figure(ms / kHour));
}

TimeUnit UnitFormat::axisUnitFor(double largest)
{
    if (!(largest >= 10 * kSecond))
        return TimeUnit::Milliseconds;
    if (largest < 20 * kMinute)
        return TimeUnit::Seconds;
    if (largest < 20 * kHour)
        return TimeUnit::Minutes;
    return TimeUnit::Hours;
}

double UnitFormat::inUnit(double ms, TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Milliseconds:
        return ms;
    case TimeUnit::Seconds:
        return ms / kSecond;
    case TimeUnit::Minutes:
        return ms / kMinute;
    case TimeUnit::Hours:
        return ms / kHour;
    }
    return ms;
}

QString UnitFormat::symbol(TimeUnit unit)
{
    switch (unit) {
    case TimeUnit::Milliseconds:
        return tr("ms");
    case TimeUnit::Seconds:
        return tr("s");
    case TimeUnit::Minutes:
        return tr("min");
    case TimeUnit::Hours:
        return tr("h");
    }
    return QString();
}

QString UnitFormat::count(double value)
{
    return QLocale().toString(value, 'f', 0);
}

} // namespace fl::ui
