#pragma once

#include "engine/command.h"
#include "spec/config.h"

#include <cstdint>
#include <vector>

namespace fl {

// A random world, architecture and fault schedule, all drawn from one seed, for the fault-schedule
// harness. After `healAt` every region is restored and every link healed, and the traffic stops,
// so that the run can drain and replicas must converge.
struct RandomSchedule
{
    std::uint64_t seed = 0;
    SimulationConfig config;
    std::vector<Command> faults;
    SimTime healAt = 0;
    SimTime drainLimit = 0;
    bool destroysRegions = false;
};

RandomSchedule makeRandomSchedule(std::uint64_t seed);

// What the harness checks; each failed check names itself and carries the numbers.
enum class ScheduleViolation : std::uint8_t
{
    None,
    AccountingIdentity,   // acknowledged != durable + pending + orphaned + lost at some tick
    ClientStates,         // issued != in flight + failed + indeterminate + acknowledged
    AuditMismatch,        // the independent audit disagrees with the counters
    LostWithQuorum,       // sync quorum + quorum election + leases (+ fencing) lost an acknowledged write
    MinorityAcknowledged, // ... or a deposed primary acknowledged one
    LeaseOverlap,         // with leases, two regions acknowledged writes in overlapping intervals
    StaleEpochApplied,    // with fencing, storage applied a write of an older epoch
    NotConverged,         // after healing and draining, replicas differ (beyond the listed exceptions)
    Nondeterministic,     // the same seed gave a different trace
};

// Divergence after healing that the model allows, each counted (and each with its reason).
struct ConvergenceExceptions
{
    std::uint64_t noPrimaryLeft = 0;   // the primary was destroyed and nobody was promoted
    std::uint64_t drainIncomplete = 0; // a synchronous write still waits (a quorum is gone)
};

struct ScheduleReport
{
    ScheduleViolation violation = ScheduleViolation::None;
    std::uint64_t traceHash = 0;
    std::uint64_t detailA = 0, detailB = 0; // the two numbers that disagree
    SimTime at = 0;
    ConvergenceExceptions exceptions;
    std::uint64_t writesAcknowledged = 0;
    std::uint64_t writesLost = 0;
    std::uint64_t staleEpochApplied = 0; // without fencing: a deposed primary's writes re-logged
    bool safetyClaimed = false;          // the configuration claims zero loss
};

ScheduleReport runSchedule(const RandomSchedule &schedule, bool checkDeterminism = true);

} // namespace fl
