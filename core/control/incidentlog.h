#pragma once

#include "control/incident.h"
#include "engine/simtime.h"

#include <cstdint>
#include <vector>

namespace fl {

// The run's incidents: a fault opens one (unless one whose users have not recovered is open: a
// fault during an outage is part of it), the failover stamps its phases as they happen, each lost
// acknowledged write extends its RPO and harms the population that wrote it, and it recovers once
// every service-harmed population is served again. It stays open until the heal: no fault left and
// no write waiting for its fate, so the writes a split-brain discards when it heals count in the RPO
// of the incident that caused them. The log knows nothing of the world: the simulation tells it what
// it measured.
class IncidentLog
{
public:
    enum class Phase : std::uint8_t
    {
        Detected, // the controller's k-th failed probe
        Promoted, // a new primary serves writes
        Rerouted, // routing points at the new primary
    };

    // The world at the fault, for the figures that explain an incident later.
    struct AtFailure
    {
        std::vector<SimTime> receiveLag;           // per region
        std::vector<std::uint64_t> entriesBehind;  // per region
        double ackedWritesPerSecond = 0;           // over the last few intervals
        std::vector<std::uint64_t> failedRequests; // per population, cumulative so far
        std::vector<std::uint64_t> staleReads;     // per population, cumulative so far
        friend bool operator==(const AtFailure &, const AtFailure &) = default;
    };

    // What one metrics interval tells the incidents.
    struct Interval
    {
        SimTime now = 0;
        SimTime start = 0;             // the interval's start
        std::uint32_t failingMask = 0; // populations below 99 % success in it (bit per population)
        // Populations that send requests but finished none in it: not served yet (all in flight,
        // waiting for a timeout), which is no recovery.
        std::uint32_t silentMask = 0;
        SimTime grace = 0; // how long until users can have noticed a fault at all
        std::uint64_t orphanedWrites = 0;
        std::uint64_t divergentKeys = 0;
        std::vector<std::uint64_t> failedRequests; // per population, cumulative
        std::vector<std::uint64_t> staleReads;     // per population, cumulative
        double rtoTargetSeconds = -1;              // below zero: no target
    };

    // What changed in one interval.
    struct Changes
    {
        const Incident *recovered = nullptr;
        std::vector<std::uint32_t> closed; // ids
    };

    // The new incident's id, or 0 when the fault joins an incident whose users are not yet served.
    std::uint32_t open(SimTime now, int region, std::uint32_t faultCommand, const AtFailure &world);
    // Stamps `phase` on the newest incident whose users have not recovered and that lacks it yet;
    // `region` is the region promoted (Phase::Promoted).
    void stamp(Phase phase, SimTime now, int region = -1);
    // An acknowledged write of `population` is lost; it counts for the newest open incident of
    // `region` (the region whose fault stranded it; -1 when unknown), else the newest open one.
    void noteLostWrite(SimTime commitTime, int population, int region, double rpoTargetSeconds);
    // A write counted lost came back (a newer primary applied it without fencing): the incident
    // that counted it counts one fewer. Its RPO window stays the widest the loss reached.
    void noteWriteRecovered(int population, int region);
    // A client's attempt went to `region`, down, on a cached DNS answer: it counts for the newest
    // open incident of that region, else the newest open one (none open: not counted here).
    void notePinnedAttempt(int region);
    // A write acknowledged by `region` after its lease lapsed and/or after a promotion replaced it;
    // counted like a pinned attempt.
    void noteLateAcknowledgement(int region, bool pastLease, bool deposed);
    Changes update(const Interval &interval);
    // Every fault is repaired: the open incidents not yet healed are healed at `now`, with the
    // writes orphaned and keys divergent at that moment.
    void heal(SimTime now, std::uint64_t orphanedWrites, std::uint64_t divergentKeys);
    bool awaitsHeal() const;

    const std::vector<Incident> &all() const { return m_incidents; }
    bool anyOpen() const;
    friend bool operator==(const IncidentLog &, const IncidentLog &) = default;

private:
    Incident *incidentFor(int region);
    Incident *openIncidentFor(int region);

    std::vector<Incident> m_incidents;
    // Per incident: the population's cumulative counts when it opened (harm is counted from there).
    std::vector<std::vector<PopulationHarm>> m_baseline;
    std::vector<AtFailure> m_atFailure; // per incident
};

} // namespace fl
