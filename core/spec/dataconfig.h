#pragma once

#include "engine/simtime.h"

#include <cstdint>
#include <vector>

namespace fl {

// Who may accept a write.
enum class WriteTopology : std::uint8_t
{
    SinglePrimary, // one region owns all writes; the others hold replicas
    MultiPrimary,  // every serving region accepts writes and replicates them to all others
    Ownership,     // each key has a home region that takes its writes (no conflicts by construction)
};

// When a write is acknowledged to the client (single-primary and ownership topologies).
enum class ReplicationMode : std::uint8_t
{
    SyncAll,    // every replica has durably received it
    SyncQuorum, // a majority of the data copies (the primary's included) have it
    SemiSync,   // at least one other replica has it
    Async,      // after the local commit; the log ships in batches
    EventLog,   // after the local commit; changes flow through a queue with its own consumers
};

enum class ForwardPolicy : std::uint8_t
{
    Forward,
    Refuse
};
enum class ReadPolicy : std::uint8_t
{
    LocalReplica,
    Primary
};
enum class OwnershipRule : std::uint8_t
{
    KeyHash,
    Population
};

// How concurrent writes to one key are resolved in the multi-primary topology.
enum class ConflictPolicy : std::uint8_t
{
    LastWriteWins, // the larger (region clock, region id) timestamp wins; the other write is dropped
    PnCounter,     // every write is an increment or decrement; replicas converge to the exact sum
    OrSet,         // every write adds or removes an element; concurrent add and remove: add wins
    FieldMerge,    // a record of several fields; each write sets one field; merged field by field
};

struct DataConfig
{
    WriteTopology topology = WriteTopology::SinglePrimary;
    int primaryRegion = 0; // index into SimulationConfig::regions
    ReplicationMode mode = ReplicationMode::Async;
    SimTime batchInterval = 50 * kMillisecond; // async / event log shipping period
    double applyRate = 100'000.0;              // entries a replica applies per second
    double eventConsumerRate = 20'000.0;       // entries per second each region's consumer takes
    bool syncFallbackToAsync = false;          // false: block (writes time out); true: degrade
    SimTime syncFallbackTimeout = 1 * kSecond;
    // sync-all: a copy that has not confirmed a write for this long leaves the sync set, with the
    // controller's consent, unless fewer than `minSyncReplicas` members would remain (then writes
    // wait for it). Like Kafka's replica.lag.time.max.ms and min.insync.replicas (which counts the
    // leader too: ours does not).
    SimTime syncLagTimeout = 10 * kSecond;
    int minSyncReplicas = 1;
    // Log entries the authoritative copy keeps for a copy that lags (cut off, or rolled back to an
    // older epoch). Past it the copy is detached and re-seeded from a snapshot when it is back, like
    // PostgreSQL's max_slot_wal_keep_size or Kafka's retention: memory stays bounded in a long
    // partition.
    std::uint32_t maxLogRetention = 200'000;
    ForwardPolicy forwardWrites = ForwardPolicy::Forward;
    ReadPolicy reads = ReadPolicy::LocalReplica;
    OwnershipRule ownership = OwnershipRule::KeyHash;
    ConflictPolicy conflict = ConflictPolicy::LastWriteWins;
    std::vector<SimTime> clockSkew; // per region, added to its clock for LWW timestamps
    int recordFields = 3;           // FieldMerge: fields per record
    int setElements = 16;           // OrSet: distinct elements a set can hold
    bool recordHistory = false;     // keep every client operation for the independent audit

    friend bool operator==(const DataConfig &, const DataConfig &) = default;
};

} // namespace fl
