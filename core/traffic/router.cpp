#include "router.h"

#include <algorithm>
#include <numeric>

namespace fl {

Router::Router(std::size_t populations, std::size_t regions, std::vector<double> distanceKm,
               std::vector<SimTime> accessOneWay, std::vector<double> weights, RoutingPolicy policy)
    : m_populations(populations), m_regions(regions), m_distanceKm(std::move(distanceKm)),
      m_accessOneWay(std::move(accessOneWay)), m_weights(std::move(weights)), m_policy(policy)
{
    m_ownWeights.assign(populations, 0);
    m_byDistance.resize(populations * regions);
    m_byLatency.resize(populations * regions);
    for (std::size_t p = 0; p < populations; ++p) {
        auto *d = &m_byDistance[p * regions];
        auto *l = &m_byLatency[p * regions];
        std::iota(d, d + regions, std::uint16_t{0});
        std::iota(l, l + regions, std::uint16_t{0});
        std::stable_sort(d, d + regions, [&](auto a, auto b) {
            return m_distanceKm[p * regions + a] < m_distanceKm[p * regions + b];
        });
        std::stable_sort(l, l + regions, [&](auto a, auto b) {
            return m_accessOneWay[p * regions + a] < m_accessOneWay[p * regions + b];
        });
    }
}

void Router::setWeight(std::size_t population, std::size_t region, double weight)
{
    m_weights[population * m_regions + region] = std::max(0.0, weight);
}

void Router::setOwnWeights(std::size_t population, bool own)
{
    m_ownWeights[population] = own ? 1 : 0;
}

int Router::choose(std::size_t p, const std::vector<std::uint8_t> &mask, Rng &rng) const
{
    switch (m_ownWeights[p] ? RoutingPolicy::Weighted : m_policy) {
    case RoutingPolicy::PrimaryOnly:
        if (m_primary >= 0 && static_cast<std::size_t>(m_primary) < m_regions &&
            mask[static_cast<std::size_t>(m_primary)])
            return m_primary;
        // The primary is out of rotation: the secondary record, in configured order.
        for (std::size_t r = 0; r < m_regions; ++r)
            if (mask[r])
                return static_cast<int>(r);
        return -1;
    case RoutingPolicy::GeoNearest:
        for (std::size_t i = 0; i < m_regions; ++i)
            if (mask[m_byDistance[p * m_regions + i]])
                return m_byDistance[p * m_regions + i];
        return -1;
    case RoutingPolicy::LatencyBased:
        for (std::size_t i = 0; i < m_regions; ++i)
            if (mask[m_byLatency[p * m_regions + i]])
                return m_byLatency[p * m_regions + i];
        return -1;
    case RoutingPolicy::Weighted: {
        double total = 0;
        for (std::size_t r = 0; r < m_regions; ++r)
            if (mask[r])
                total += m_weights[p * m_regions + r];
        if (total <= 0) {
            // Every allowed region has weight zero: serve from the nearest allowed one rather
            // than refuse (what a weighted record set does when its weighted targets are gone).
            for (std::size_t i = 0; i < m_regions; ++i)
                if (mask[m_byDistance[p * m_regions + i]])
                    return m_byDistance[p * m_regions + i];
            return -1;
        }
        double pick = rng.uniform() * total;
        int last = -1;
        for (std::size_t r = 0; r < m_regions; ++r) {
            if (!mask[r] || m_weights[p * m_regions + r] <= 0)
                continue;
            last = static_cast<int>(r);
            pick -= m_weights[p * m_regions + r];
            if (pick < 0)
                return last;
        }
        return last;
    }
    }
    return -1;
}

bool Router::routeCandidates(const std::vector<std::uint8_t> &inRotation,
                             const std::vector<std::uint8_t> &serving, std::vector<std::uint8_t> &out)
{
    out.resize(serving.size());
    bool any = false;
    for (std::size_t r = 0; r < serving.size(); ++r) {
        out[r] = inRotation[r] && serving[r];
        any = any || out[r];
    }
    if (any)
        return false;
    out = serving;
    return true;
}

} // namespace fl
