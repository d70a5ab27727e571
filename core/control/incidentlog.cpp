#include "incidentlog.h"

#include <algorithm>

namespace fl {

std::uint32_t IncidentLog::open(SimTime now, int region, std::uint32_t faultCommand)
{
    for (const Incident &i : m_incidents)
        if (i.open())
            return 0;
    Incident incident;
    incident.id = static_cast<std::uint32_t>(m_incidents.size() + 1);
    incident.region = region;
    incident.faultCommand = faultCommand;
    incident.failure = now;
    m_incidents.push_back(incident);
    return incident.id;
}

void IncidentLog::stamp(Phase phase, SimTime now)
{
    for (auto it = m_incidents.rbegin(); it != m_incidents.rend(); ++it) {
        SimTime &at = phase == Phase::Detected   ? it->detected
                      : phase == Phase::Promoted ? it->promoted
                                                 : it->rerouted;
        if (it->open() && at == kNever) {
            at = now;
            return;
        }
    }
}

void IncidentLog::noteLostWrite(SimTime commitTime, double rpoTargetSeconds)
{
    if (m_incidents.empty())
        return;
    Incident &i = m_incidents.back();
    ++i.lostWrites;
    i.lostFirstCommit = std::min(i.lostFirstCommit, commitTime);
    i.lostLastCommit = std::max(i.lostLastCommit, commitTime);
    if (rpoTargetSeconds >= 0)
        i.rpoMet = toSeconds(i.rpo()) <= rpoTargetSeconds;
}

const Incident *IncidentLog::update(const Interval &interval)
{
    if (m_incidents.empty() || !m_incidents.back().open())
        return nullptr;
    Incident &incident = m_incidents.back();
    incident.affectedPopulations |= interval.failingMask;
    if (toSeconds(interval.start) < toSeconds(incident.failure))
        return nullptr; // recovery counts only from intervals that start after the fault
    if (incident.affectedPopulations == 0) {
        if (interval.now - incident.failure < interval.grace)
            return nullptr;
        incident.recovered = incident.failure; // nobody noticed: RTO 0
        return &incident;
    }
    if (interval.failingMask != 0)
        return nullptr;
    incident.recovered = interval.now;
    incident.orphanedAtHeal = interval.orphanedWrites;
    incident.divergentKeysAtHeal = interval.divergentKeys;
    if (interval.rtoTargetSeconds >= 0)
        incident.rtoMet = toSeconds(incident.rto()) <= interval.rtoTargetSeconds;
    return &incident;
}

} // namespace fl
