#pragma once

// How a client's DNS answer is kept: the resolver mixes behind `routing.resolvers` and the law of
// session lengths. docs/traffic-model.md ("DNS resolvers") states and justifies every number here.

#include "engine/random.h"
#include "engine/simtime.h"
#include "spec/config.h"

#include <cstddef>
#include <cstdint>

namespace fl {

// Where one client's answer is cached.
enum class DnsCache : std::uint8_t
{
    HonoursTtl,      // its resolver keeps the answer for the TTL; each connection asks the resolver
    FloorsTtl,       // its resolver (or host cache) keeps the answer for at least a floor
    HoldsForSession, // the application keeps the answer it got until its session ends or a
                     // connection fails; its resolver honours the TTL
};

// The shares of clients of each kind under a resolver model; the rest honour the TTL.
struct ResolverMix
{
    double floorShare = 0;
    SimTime floor = 0;
    double sessionShare = 0;
};

// Calibrated to Flavel, Mani and Maltz (LANMAN 2014): with a 20 s TTL, about 10 % of requests still
// on the old answer 60 s after it changed and about 2 % of users after 15 minutes.
inline constexpr ResolverMix kMeasuredMix{0.07, 5 * kMinute, 0.05};

constexpr ResolverMix resolverMix(DnsResolvers resolvers)
{
    switch (resolvers) {
    case DnsResolvers::Ideal:
        return {};
    case DnsResolvers::Measured:
        return kMeasuredMix;
    }
    return {};
}

// Session lengths: Lomax (Pareto II) with shape 2 and scale 10 minutes (mean 10 minutes, median
// about 4), cut at a day.
inline constexpr double kSessionShape = 2.0;
inline constexpr SimTime kSessionScale = 10 * kMinute;
inline constexpr SimTime kSessionCap = 24 * 60 * kMinute;

// The cache of client `slot` of a population of `slots`: the first `ttlIgnoringShare` of them hold
// their answer for the session; the rest are split in blocks by the mix (requests pick clients
// uniformly, so blocks are as good as a shuffle and give the exact shares without a random draw).
DnsCache dnsCacheOf(std::size_t slot, std::size_t slots, double ttlIgnoringShare, DnsResolvers resolvers);

// How long a resolver of this kind keeps an answer given with `ttl` (at least 1 µs).
SimTime resolverHold(DnsCache cache, SimTime ttl, DnsResolvers resolvers);

// A new session's length.
SimTime sessionLength(Rng &rng);
// What is left of the session in progress at a random moment (the equilibrium residual of the
// length law), for sessions that began before the run.
SimTime residualSessionLength(Rng &rng);
// The share of sessions in progress at a random moment that are still going `t` later: the stale
// share of session-holding clients `t` after an answer changed (docs and tests compare with it).
double sessionSurvival(SimTime t);

} // namespace fl
