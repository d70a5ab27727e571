#include "duration.h"

#include <QRegularExpression>
#include <cmath>

namespace fl::scenario {
namespace {

struct Unit
{
    const char *suffix;
    SimTime micros;
};

// Longest suffixes first where one is a prefix of another ("ms" before "m" and "s").
const Unit kUnits[] = {
    {"us", kMicrosecond}, {"µs", kMicrosecond}, {"ms", kMillisecond}, {"min", kMinute},
    {"s", kSecond},       {"m", kMinute},       {"h", 60 * kMinute},
};

// Beyond ~106 days of microseconds a double no longer counts every microsecond exactly, and no
// scenario needs more; refusing here keeps the integer arithmetic below far from overflow.
constexpr SimTime kLargest = SimTime{1} << 53;

} // namespace

std::optional<SimTime> parseDuration(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(-?)(\\d{1,15})(?:\\.(\\d{1,9}))?\\s*(us|µs|ms|min|s|m|h)\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    SimTime unit = 0;
    for (const Unit &u : kUnits) {
        if (m.captured(4) == QString::fromUtf8(u.suffix))
            unit = u.micros;
    }
    const qint64 whole = m.captured(2).toLongLong();
    if (whole > kLargest / unit)
        return std::nullopt;
    SimTime value = whole * unit;
    const QString fraction = m.captured(3);
    if (!fraction.isEmpty()) {
        // fraction / 10^digits of a unit, rounded to the nearest microsecond, in integers.
        SimTime scale = 1;
        for (qsizetype i = 0; i < fraction.size(); ++i)
            scale *= 10;
        const SimTime numerator = fraction.toLongLong() * unit;
        value += (numerator + scale / 2) / scale;
    }
    return m.captured(1).isEmpty() ? value : -value;
}

std::optional<SimTime> parseDuration(const QJsonValue &value)
{
    if (value.isString())
        return parseDuration(value.toString());
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (!std::isfinite(seconds) || std::abs(seconds) * 1e6 > static_cast<double>(kLargest))
            return std::nullopt;
        return fromSeconds(seconds);
    }
    return std::nullopt;
}

QString formatDuration(SimTime t)
{
    if (t < 0)
        return QLatin1Char('-') + formatDuration(-t);
    if (t == 0)
        return QStringLiteral("0s");
    const Unit units[] = {{"h", 60 * kMinute}, {"m", kMinute}, {"s", kSecond}, {"ms", kMillisecond}};
    for (const Unit &u : units) {
        if (t % u.micros == 0)
            return QString::number(t / u.micros) + QLatin1String(u.suffix);
    }
    return QString::number(t) + QLatin1String("us");
}

} // namespace fl::scenario
