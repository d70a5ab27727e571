// A region's life: crash and restore, its role and the capacity that comes with it, pilot lights
// booting, and which regions routing may answer. Part of fl::Simulation (simulation.h).
#include "simulation.h"

#include <algorithm>

namespace fl {

double Simulation::baseCapacity(const RegionConfig &rc)
{
    switch (rc.role) {
    case RegionRole::Active:
        return rc.capacityOps;
    case RegionRole::WarmStandby:
        return rc.capacityOps * rc.warmStandbyFraction;
    case RegionRole::PilotLight:
    case RegionRole::Witness:
        return 0.0;
    }
    return 0.0;
}

bool Simulation::serves(std::size_t r) const
{
    const RegionRole role = m_regions[r].role;
    return role == RegionRole::Active || role == RegionRole::WarmStandby;
}

void Simulation::refreshRouting()
{
    const std::size_t nr = m_regions.size();
    std::vector<std::uint8_t> rotation(nr);
    for (std::size_t r = 0; r < nr; ++r) {
        m_serving[r] = serves(r) ? 1 : 0;
        rotation[r] = m_health.inRotation(r) ? 1 : 0;
    }
    const bool failingOpen = Router::routeCandidates(rotation, m_serving, m_candidates);
    if (failingOpen && !m_failingOpen)
        log(SimEventType::NoHealthyRegion);
    m_failingOpen = failingOpen;
}

void Simulation::crashRegion(std::size_t r)
{
    RegionRuntime &region = m_regions[r];
    region.up = false;
    keepBatchesThroughCrash(r); // before the streams break: what has left for good still arrives
    ++region.incarnation;
    region.incarnationEndedAt = now();
    region.integrateQueue(static_cast<double>(now()));
    region.busyUntil = 0;
    breakStreams(r);
    if (region.readyAt != kNever) {
        region.readyAt = kNever; // a boot or scale-up in progress dies with the region
    }
    log(SimEventType::RegionDown, static_cast<int>(r));
}

void Simulation::restoreRegion(std::size_t r)
{
    RegionRuntime &region = m_regions[r];
    region.up = true;
    if (region.destroyed) {
        // Rebuilt from scratch: its data comes back as a copy of the most advanced peer.
        region.destroyed = false;
        recloneFromPeers(r);
    }
    region.integrateQueue(static_cast<double>(now()));
    region.busyUntil = static_cast<double>(now());
    breakStreams(r);
    region.shedding = false;
    // A restarted region comes back at its role's base capacity; scale-ups start over.
    if (region.role == RegionRole::WarmStandby)
        region.capacityOps = baseCapacity(m_config.regions[r]);
    log(SimEventType::RegionUp, static_cast<int>(r));
}

void Simulation::setRole(std::size_t r, RegionRole role)
{
    RegionRuntime &region = m_regions[r];
    const RegionConfig &rc = m_config.regions[r];
    if (region.role == role)
        return;
    if (role == RegionRole::Active && region.role == RegionRole::PilotLight) {
        // Promoting a pilot light means building its servers first.
        if (region.readyAt == kNever && region.up) {
            region.readyAt = now() + rc.bootTime;
            m_engine.schedule(region.readyAt, RegionReady, static_cast<std::uint32_t>(r), region.incarnation);
            log(SimEventType::PilotLightBooting, static_cast<int>(r), -1, -1, toSeconds(rc.bootTime));
        }
        return;
    }
    if (role == RegionRole::Active && region.role == RegionRole::WarmStandby) {
        if (region.readyAt == kNever && region.up) {
            region.readyAt = now() + rc.scaleUpDelay;
            m_engine.schedule(region.readyAt, RegionReady, static_cast<std::uint32_t>(r), region.incarnation);
            log(SimEventType::StandbyScalingUp, static_cast<int>(r), -1, -1, toSeconds(rc.scaleUpDelay));
        }
        return;
    }
    region.role = role;
    m_config.regions[r].role = role;
    region.integrateQueue(static_cast<double>(now()));
    region.capacityOps = baseCapacity(m_config.regions[r]);
    region.readyAt = kNever;
    refreshRouting();
}

void Simulation::onRegionReady(std::size_t r, std::uint64_t incarnation)
{
    RegionRuntime &region = m_regions[r];
    if (region.incarnation != incarnation || region.readyAt != now())
        return; // the region crashed while booting or scaling: that attempt is void
    const RegionRole was = region.role;
    region.role = RegionRole::Active;
    m_config.regions[r].role = RegionRole::Active;
    region.integrateQueue(static_cast<double>(now()));
    region.capacityOps = m_config.regions[r].capacityOps;
    region.readyAt = kNever;
    log(was == RegionRole::PilotLight ? SimEventType::PilotLightReady : SimEventType::StandbyScaledUp,
        static_cast<int>(r));
    refreshRouting();
}

} // namespace fl
