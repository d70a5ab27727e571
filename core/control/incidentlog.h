#pragma once

#include "control/incident.h"
#include "engine/simtime.h"

#include <cstdint>
#include <vector>

namespace fl {

// The run's incidents: a fault opens one (unless one is open: a fault during an incident is part
// of it), the failover stamps its phases as they happen, each lost acknowledged write extends its
// RPO, and it recovers once every affected population is served again. The log knows nothing of
// the world: the simulation tells it what it measured.
class IncidentLog
{
public:
    enum class Phase : std::uint8_t
    {
        Detected, // the controller's k-th failed probe
        Promoted, // a new primary serves writes
        Rerouted, // routing points at the new primary
    };

    // What one metrics interval tells the recovery check.
    struct Interval
    {
        SimTime now = 0;
        SimTime start = 0;             // the interval's start
        std::uint32_t failingMask = 0; // populations below 99 % success in it (bit per population)
        SimTime grace = 0;             // how long until users can have noticed a fault at all
        std::uint64_t orphanedWrites = 0;
        std::uint64_t divergentKeys = 0;
        double rtoTargetSeconds = -1; // below zero: no target
    };

    // The new incident's id, or 0 when one is already open.
    std::uint32_t open(SimTime now, int region, std::uint32_t faultCommand);
    // Stamps `phase` on the newest open incident that does not have it yet.
    void stamp(Phase phase, SimTime now);
    void noteLostWrite(SimTime commitTime, double rpoTargetSeconds);
    // The incident that recovered in this interval, if one did.
    const Incident *update(const Interval &interval);

    const std::vector<Incident> &all() const { return m_incidents; }
    friend bool operator==(const IncidentLog &, const IncidentLog &) = default;

private:
    std::vector<Incident> m_incidents;
};

} // namespace fl
