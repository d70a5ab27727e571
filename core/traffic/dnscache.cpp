#include "dnscache.h"

#include <algorithm>
#include <cmath>

namespace fl {
namespace {

constexpr double kScaleSeconds = static_cast<double>(kSessionScale) / 1e6;
constexpr double kCapSeconds = static_cast<double>(kSessionCap) / 1e6;

// (1 + x/σ)^(1-α): the residual law's survival before normalisation, x in seconds.
double residualTail(double seconds)
{
    return std::pow(1.0 + seconds / kScaleSeconds, 1.0 - kSessionShape);
}

SimTime fromSecondsCapped(double seconds)
{
    return static_cast<SimTime>(std::clamp(seconds, 0.0, kCapSeconds) * 1e6);
}

} // namespace

DnsCache dnsCacheOf(std::size_t slot, std::size_t slots, double ttlIgnoringShare, DnsResolvers resolvers)
{
    const auto holding =
        static_cast<std::size_t>(std::llround(ttlIgnoringShare * static_cast<double>(slots)));
    if (slot < holding)
        return DnsCache::HoldsForSession;
    const ResolverMix mix = resolverMix(resolvers);
    const double rest = static_cast<double>(slots - std::min(holding, slots));
    const auto session = static_cast<std::size_t>(std::llround(mix.sessionShare * rest));
    const auto floor = static_cast<std::size_t>(std::llround(mix.floorShare * rest));
    const std::size_t at = slot - holding;
    if (at < session)
        return DnsCache::HoldsForSession;
    if (at < session + floor)
        return DnsCache::FloorsTtl;
    return DnsCache::HonoursTtl;
}

SimTime resolverHold(DnsCache cache, SimTime ttl, DnsResolvers resolvers)
{
    SimTime hold = ttl;
    if (cache == DnsCache::FloorsTtl)
        hold = std::max(hold, resolverMix(resolvers).floor);
    return std::max<SimTime>(hold, 1);
}

SimTime sessionLength(Rng &rng)
{
    // Inversion of the Lomax survival (1 + x/σ)^-α.
    const double v = rng.uniformOpenZero();
    return fromSecondsCapped(kScaleSeconds * (std::pow(v, -1.0 / kSessionShape) - 1.0));
}

SimTime residualSessionLength(Rng &rng)
{
    // The residual of the capped law has survival (g(t) - g(C)) / (1 - g(C)), g = residualTail:
    // invert it for a uniform draw.
    const double v = rng.uniformOpenZero();
    const double atCap = residualTail(kCapSeconds);
    const double g = v * (1.0 - atCap) + atCap;
    return fromSecondsCapped(kScaleSeconds * (std::pow(g, 1.0 / (1.0 - kSessionShape)) - 1.0));
}

double sessionSurvival(SimTime t)
{
    const double seconds = static_cast<double>(t) / 1e6;
    if (seconds >= kCapSeconds)
        return 0.0;
    const double atCap = residualTail(kCapSeconds);
    return (residualTail(std::max(0.0, seconds)) - atCap) / (1.0 - atCap);
}

} // namespace fl
