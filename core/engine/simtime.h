#pragma once

#include <cstdint>

namespace fl {

// Simulated time in integer microseconds since the start of a run. Integers keep every run
// bit-for-bit reproducible; a signed 64-bit count covers ~292,000 years.
using SimTime = std::int64_t;

inline constexpr SimTime kMicrosecond = 1;
inline constexpr SimTime kMillisecond = 1000;
inline constexpr SimTime kSecond = 1000 * kMillisecond;
inline constexpr SimTime kMinute = 60 * kSecond;
inline constexpr SimTime kNever = INT64_MAX;

constexpr SimTime fromMilliseconds(double ms)
{
    return static_cast<SimTime>(ms * 1000.0 + (ms >= 0 ? 0.5 : -0.5));
}
constexpr SimTime fromSeconds(double s)
{
    return static_cast<SimTime>(s * 1e6 + (s >= 0 ? 0.5 : -0.5));
}
constexpr double toMilliseconds(SimTime t)
{
    return static_cast<double>(t) / 1000.0;
}
constexpr double toSeconds(SimTime t)
{
    return static_cast<double>(t) / 1e6;
}

} // namespace fl
