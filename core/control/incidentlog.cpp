#include "incidentlog.h"

#include <algorithm>

namespace fl {

bool IncidentLog::anyOpen() const
{
    return std::any_of(m_incidents.begin(), m_incidents.end(), [](const Incident &i) { return i.open(); });
}

std::uint32_t IncidentLog::open(SimTime now, int region, std::uint32_t faultCommand, const AtFailure &world)
{
    if (!m_incidents.empty() && !m_incidents.back().serviceRecovered())
        return 0;
    Incident incident;
    incident.id = static_cast<std::uint32_t>(m_incidents.size() + 1);
    incident.region = region;
    incident.faultCommand = faultCommand;
    incident.failure = now;
    incident.ackedWritesPerSecondBefore = world.ackedWritesPerSecond;
    incident.harm.assign(world.failedRequests.size(), PopulationHarm{});
    std::vector<PopulationHarm> baseline(world.failedRequests.size());
    for (std::size_t p = 0; p < baseline.size(); ++p) {
        baseline[p].failedRequests = world.failedRequests[p];
        baseline[p].staleReads = p < world.staleReads.size() ? world.staleReads[p] : 0;
    }
    m_incidents.push_back(std::move(incident));
    m_baseline.push_back(std::move(baseline));
    m_atFailure.push_back(world);
    return m_incidents.back().id;
}

void IncidentLog::stamp(Phase phase, SimTime now, int region)
{
    for (std::size_t n = m_incidents.size(); n-- > 0;) {
        Incident &i = m_incidents[n];
        SimTime &at = phase == Phase::Detected   ? i.detected
                      : phase == Phase::Promoted ? i.promoted
                                                 : i.rerouted;
        if (i.serviceRecovered() || at != kNever)
            continue;
        at = now;
        if (phase == Phase::Promoted && region >= 0) {
            const AtFailure &world = m_atFailure[n];
            const auto r = static_cast<std::size_t>(region);
            i.promotedRegion = region;
            i.promotedReceiveLagAtFailure = r < world.receiveLag.size() ? world.receiveLag[r] : 0;
            i.promotedEntriesBehindAtFailure = r < world.entriesBehind.size() ? world.entriesBehind[r] : 0;
        }
        return;
    }
}

Incident *IncidentLog::incidentFor(int region)
{
    Incident *newestOpen = nullptr;
    for (std::size_t n = m_incidents.size(); n-- > 0;) {
        Incident &i = m_incidents[n];
        if (!i.open())
            continue;
        if (region >= 0 && i.region == region)
            return &i;
        if (!newestOpen)
            newestOpen = &i;
    }
    if (newestOpen)
        return newestOpen;
    return m_incidents.empty() ? nullptr : &m_incidents.back();
}

Incident *IncidentLog::openIncidentFor(int region)
{
    Incident *i = incidentFor(region);
    return i && i->open() ? i : nullptr;
}

void IncidentLog::notePinnedAttempt(int region)
{
    if (Incident *i = openIncidentFor(region))
        ++i->pinnedAttemptsToDownRegion;
}

void IncidentLog::noteLateAcknowledgement(int region, bool pastLease, bool deposed)
{
    Incident *i = openIncidentFor(region);
    if (!i)
        return;
    i->ackedAfterLeaseLapsed += pastLease ? 1 : 0;
    i->ackedByDeposedPrimary += deposed ? 1 : 0;
}

void IncidentLog::noteLostWrite(SimTime commitTime, int population, int region, double rpoTargetSeconds)
{
    Incident *target = incidentFor(region);
    if (!target)
        return;
    Incident &i = *target;
    ++i.lostWrites;
    if (population >= 0 && static_cast<std::size_t>(population) < i.harm.size())
        ++i.harm[static_cast<std::size_t>(population)].lostWrites;
    i.lostFirstCommit = std::min(i.lostFirstCommit, commitTime);
    i.lostLastCommit = std::max(i.lostLastCommit, commitTime);
    if (rpoTargetSeconds >= 0)
        i.rpoMet = toSeconds(i.rpo()) <= rpoTargetSeconds;
}

void IncidentLog::noteWriteRecovered(int population, int region)
{
    Incident *target = incidentFor(region);
    if (!target || target->lostWrites == 0)
        return;
    --target->lostWrites;
    if (population >= 0 && static_cast<std::size_t>(population) < target->harm.size() &&
        target->harm[static_cast<std::size_t>(population)].lostWrites > 0)
        --target->harm[static_cast<std::size_t>(population)].lostWrites;
}

bool IncidentLog::awaitsHeal() const
{
    return std::any_of(m_incidents.begin(), m_incidents.end(),
                       [](const Incident &i) { return i.open() && i.healed == kNever; });
}

void IncidentLog::heal(SimTime now, std::uint64_t orphanedWrites, std::uint64_t divergentKeys)
{
    for (Incident &i : m_incidents) {
        if (!i.open() || i.healed != kNever)
            continue;
        i.healed = now;
        i.orphanedAtHeal = orphanedWrites;
        i.divergentKeysAtHeal = divergentKeys;
    }
}

IncidentLog::Changes IncidentLog::update(const Interval &interval)
{
    Changes changes;
    for (std::size_t n = 0; n < m_incidents.size(); ++n) {
        Incident &incident = m_incidents[n];
        if (!incident.open())
            continue;
        const std::vector<PopulationHarm> &baseline = m_baseline[n];
        for (std::size_t p = 0; p < incident.harm.size() && p < interval.failedRequests.size(); ++p) {
            incident.harm[p].failedRequests = interval.failedRequests[p] - baseline[p].failedRequests;
            if (p < interval.staleReads.size())
                incident.harm[p].staleReads = interval.staleReads[p] - baseline[p].staleReads;
        }
        if (!incident.serviceRecovered()) {
            // Harm counts from intervals that reach past the fault: users failing before it (a
            // world already in trouble) were not harmed by it.
            if (interval.now > incident.failure)
                incident.affectedPopulations |= interval.failingMask;
            if (toSeconds(interval.start) < toSeconds(incident.failure))
                continue; // recovery counts only from intervals that start after the fault
            if (incident.affectedPopulations == 0) {
                if (interval.now - incident.failure < interval.grace)
                    continue;
                incident.recovered = incident.failure; // nobody noticed: RTO 0
            } else if (interval.failingMask != 0 ||
                       (interval.silentMask & incident.affectedPopulations) != 0) {
                continue;
            } else {
                incident.recovered = interval.now;
            }
            incident.orphanedAtRecovery = interval.orphanedWrites;
            incident.divergentKeysAtRecovery = interval.divergentKeys;
            if (interval.rtoTargetSeconds >= 0)
                incident.rtoMet = toSeconds(incident.rto()) <= interval.rtoTargetSeconds;
            changes.recovered = &incident;
        }
        // Closed once healed and no write awaits its fate any more (the rejoin has discarded or
        // kept the deposed primary's orphans).
        if (incident.healed != kNever && interval.orphanedWrites == 0) {
            incident.closed = interval.now;
            changes.closed.push_back(incident.id);
        }
    }
    return changes;
}

} // namespace fl
