#include "network.h"

#include <algorithm>
#include <cassert>

namespace fl {

Network::Network(std::size_t regionCount, std::vector<SimTime> baseOneWay, double jitterFraction,
                 SimTime rtoMin)
    : m_n(regionCount), m_base(std::move(baseOneWay)), m_links(regionCount * regionCount),
      m_jitterFraction(jitterFraction), m_rtoMin(rtoMin)
{
    assert(m_base.size() == m_n * m_n);
}

void Network::setDegradation(std::size_t from, std::size_t to, SimTime extra, double loss)
{
    LinkState &l = m_links[from * m_n + to];
    l.extraDelay = std::max<SimTime>(0, extra);
    // A link that loses everything is a cut, not a degradation; keep retransmission loops finite.
    l.lossFraction = std::clamp(loss, 0.0, 0.95);
}

SimTime Network::retransmitTimeout(std::size_t from, std::size_t to) const
{
    const LinkState &l = m_links[from * m_n + to];
    const SimTime rtt = m_base[from * m_n + to] + m_base[to * m_n + from] + 2 * l.extraDelay;
    return std::max(m_rtoMin, 2 * rtt);
}

SimTime Network::jitteredArrival(std::size_t from, std::size_t to, SimTime sendTime, Rng &rng) const
{
    const LinkState &l = m_links[from * m_n + to];
    const SimTime base = m_base[from * m_n + to] + l.extraDelay;
    const auto jitter = static_cast<SimTime>(rng.uniform() * m_jitterFraction * static_cast<double>(base));
    return sendTime + base + jitter;
}

SimTime Network::sendReliable(std::size_t from, std::size_t to, SimTime now, Rng &rng,
                              SimTime *needsSenderUntil)
{
    LinkState &l = m_links[from * m_n + to];
    if (l.cut)
        return kNever;
    SimTime sendTime = now;
    if (l.lossFraction > 0) {
        const SimTime rto = retransmitTimeout(from, to);
        while (rng.chance(l.lossFraction))
            sendTime += rto;
    }
    const SimTime arrival = std::max(jitteredArrival(from, to, sendTime, rng), l.lastDelivery);
    l.lastDelivery = arrival;
    l.lastTransmission = std::max(l.lastTransmission, sendTime);
    if (needsSenderUntil)
        *needsSenderUntil = l.lastTransmission;
    return arrival;
}

SimTime Network::sendDatagram(std::size_t from, std::size_t to, SimTime now, Rng &rng)
{
    LinkState &l = m_links[from * m_n + to];
    if (l.cut || (l.lossFraction > 0 && rng.chance(l.lossFraction)))
        return kNever;
    const SimTime arrival = std::max(jitteredArrival(from, to, now, rng), l.lastDelivery);
    l.lastDelivery = arrival;
    return arrival;
}

} // namespace fl
