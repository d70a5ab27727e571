#pragma once

#include "engine/random.h"
#include "spec/config.h"

#include <cstdint>
#include <vector>

namespace fl {

// Decides which region serves a population, from the routing policy and the set of regions the
// health checks currently allow. It is used both by the DNS authority (once per resolution) and by
// the front door (once per request). When no region is allowed it fails open over every serving
// region, as public DNS services do, rather than answering nothing.
class Router
{
public:
    Router() = default;
    // Matrices are population-major: [population * regions + region].
    Router(std::size_t populations, std::size_t regions, std::vector<double> distanceKm,
           std::vector<SimTime> accessOneWay, std::vector<double> weights, RoutingPolicy policy);

    void setPolicy(RoutingPolicy policy) { m_policy = policy; }
    // The region primary-only routing prefers (the failover's "reroute" step moves it).
    void setPrimary(int region) { m_primary = region; }
    int primary() const { return m_primary; }
    RoutingPolicy policy() const { return m_policy; }
    void setWeight(std::size_t population, std::size_t region, double weight);
    double weight(std::size_t population, std::size_t region) const
    {
        return m_weights[population * m_regions + region];
    }
    // A population with its own weights routes by them whatever the policy (a dragged population).
    void setOwnWeights(std::size_t population, bool own);
    bool ownWeights(std::size_t population) const { return m_ownWeights[population] != 0; }

    // `candidates[r]` != 0 for the regions the answer may name. The caller builds it from health
    // and roles (see routeCandidates). Returns -1 when there is no candidate.
    int choose(std::size_t population, const std::vector<std::uint8_t> &candidates, Rng &rng) const;

    // Regions in rotation that serve users; when none is, every serving region (fail open).
    // Returns true when failing open.
    static bool routeCandidates(const std::vector<std::uint8_t> &inRotation,
                                const std::vector<std::uint8_t> &serving, std::vector<std::uint8_t> &out);

    friend bool operator==(const Router &, const Router &) = default;

private:
    std::size_t m_populations = 0;
    std::size_t m_regions = 0;
    std::vector<double> m_distanceKm;
    std::vector<SimTime> m_accessOneWay;
    std::vector<double> m_weights;
    std::vector<std::uint8_t> m_ownWeights; // per population
    // Per population, regions sorted by distance and by latency (ties by index), so the deterministic
    // policies are a scan for the first allowed region.
    std::vector<std::uint16_t> m_byDistance;
    std::vector<std::uint16_t> m_byLatency;
    RoutingPolicy m_policy = RoutingPolicy::GeoNearest;
    int m_primary = -1;
};

} // namespace fl
