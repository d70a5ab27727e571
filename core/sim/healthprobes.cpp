// The health checker's probes: sending, answering, timing out, and what a result does to routing.
// Part of fl::Simulation (simulation.h).
#include "simulation.h"

#include <algorithm>

namespace fl {
namespace {

// Probe payloads carry the send time (48 bits: ~8.9 simulated years), whether the region answered
// healthy, and the incarnation of the region that answered (so a reply from an earlier life of a
// crashed region is recognised as lost in flight).
constexpr std::uint64_t kProbeTimeMask = (std::uint64_t{1} << 47) - 1;
constexpr std::uint64_t kProbeHealthyBit = std::uint64_t{1} << 47;

std::uint64_t packProbe(SimTime sent, bool healthy, std::uint32_t incarnation)
{
    return (static_cast<std::uint64_t>(sent) & kProbeTimeMask) | (healthy ? kProbeHealthyBit : 0) |
           (static_cast<std::uint64_t>(incarnation & 0xffff) << 48);
}
SimTime probeSent(std::uint64_t data)
{
    return static_cast<SimTime>(data & kProbeTimeMask);
}
bool probeHealthy(std::uint64_t data)
{
    return (data & kProbeHealthyBit) != 0;
}
std::uint32_t probeIncarnation(std::uint64_t data)
{
    return static_cast<std::uint32_t>(data >> 48);
}

} // namespace

bool Simulation::checkerAlive() const
{
    if (m_config.health.placement == HealthCheckerPlacement::External)
        return true;
    return m_regions[static_cast<std::size_t>(m_config.health.vantageRegion)].up;
}

void Simulation::onProbeSend(std::size_t r)
{
    m_engine.scheduleIn(m_config.health.interval, ProbeSend, static_cast<std::uint32_t>(r), 0);
    if (!checkerAlive())
        return;
    const auto vantage = static_cast<std::size_t>(m_config.health.vantageRegion);
    SimTime arrival;
    if (m_config.health.placement == HealthCheckerPlacement::External) {
        // Over the public internet: the inter-region links' state does not apply.
        const SimTime oneWay = m_network.baseOneWay(vantage, r);
        arrival = now() + oneWay +
                  static_cast<SimTime>(m_engine.rng(Stream::Network).uniform() *
                                       m_config.network.jitterFraction * static_cast<double>(oneWay));
    } else {
        arrival = vantage == r ? now() + m_network.baseOneWay(r, r)
                               : m_network.sendDatagram(vantage, r, now(), m_engine.rng(Stream::Network));
    }
    if (arrival == kNever || arrival - now() > m_config.health.timeout)
        m_engine.scheduleIn(m_config.health.timeout, ProbeTimeout, static_cast<std::uint32_t>(r), 0);
    else
        m_engine.schedule(arrival, ProbeAtRegion, static_cast<std::uint32_t>(r), packProbe(now(), false, 0));
}

void Simulation::onProbeAtRegion(std::size_t r, std::uint64_t data)
{
    const SimTime sent = probeSent(data);
    const SimTime deadline = sent + m_config.health.timeout;
    const RegionRuntime &region = m_regions[r];
    if (!region.up) {
        m_engine.schedule(deadline, ProbeTimeout, static_cast<std::uint32_t>(r), 0);
        return;
    }
    // A deep check also asks the data tier; a region that is not meant to serve answers "not ready".
    const bool healthy = region.appTierUp && serves(r) && (!m_config.health.deep || region.dataTierUp);
    const auto vantage = static_cast<std::size_t>(m_config.health.vantageRegion);
    SimTime arrival;
    if (m_config.health.placement == HealthCheckerPlacement::External) {
        const SimTime oneWay = m_network.baseOneWay(r, vantage);
        arrival = now() + oneWay +
                  static_cast<SimTime>(m_engine.rng(Stream::Network).uniform() *
                                       m_config.network.jitterFraction * static_cast<double>(oneWay));
    } else {
        arrival = vantage == r ? now() + m_network.baseOneWay(r, r)
                               : m_network.sendDatagram(r, vantage, now(), m_engine.rng(Stream::Network));
    }
    if (arrival == kNever || arrival > deadline)
        m_engine.schedule(deadline, ProbeTimeout, static_cast<std::uint32_t>(r), 0);
    else
        m_engine.schedule(arrival, ProbeReply, static_cast<std::uint32_t>(r),
                          packProbe(sent, healthy, region.incarnation));
}

void Simulation::onProbeReply(std::size_t r, std::uint64_t data)
{
    const RegionRuntime &region = m_regions[r];
    if (!region.up || (region.incarnation & 0xffff) != probeIncarnation(data)) {
        // The reply was in flight when the region crashed: it is lost.
        m_engine.schedule(probeSent(data) + m_config.health.timeout, ProbeTimeout,
                          static_cast<std::uint32_t>(r), 0);
        return;
    }
    onProbeResult(r, probeHealthy(data));
}

void Simulation::onProbeResult(std::size_t r, bool success)
{
    if (!checkerAlive())
        return;
    const HealthTransition t = success ? m_health.recordSuccess(r, now()) : m_health.recordFailure(r, now());
    switch (t) {
    case HealthTransition::None:
        return;
    case HealthTransition::ProbeFailed:
        log(SimEventType::HealthCheckFailed, static_cast<int>(r), -1, -1,
            m_health.state(r).consecutiveFailures);
        return;
    case HealthTransition::LeftRotation:
        log(SimEventType::HealthCheckFailed, static_cast<int>(r), -1, -1,
            m_health.state(r).consecutiveFailures);
        log(SimEventType::RegionLeftRotation, static_cast<int>(r));
        break;
    case HealthTransition::Rejoined:
        log(SimEventType::RegionRejoinedRotation, static_cast<int>(r));
        break;
    case HealthTransition::HeldForOperator:
        log(SimEventType::RegionHeldForOperator, static_cast<int>(r));
        break;
    }
    refreshRouting();
}

} // namespace fl
