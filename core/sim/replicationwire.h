#pragma once

#include "data/replicalog.h"

#include <cstddef>
#include <cstdint>
#include <vector>

// How replication messages pack their fields into an event's 64-bit payload (events stay plain
// data), and what a batch on the wire carries. The sim module's own vocabulary.
namespace fl::wire {

// Replication batch: (sender, group, stream generation, last index in the batch).
inline std::uint64_t packBatch(std::size_t from, std::size_t group, std::uint32_t gen, std::uint64_t through)
{
    return static_cast<std::uint64_t>(from & 31) | static_cast<std::uint64_t>(group & 31) << 5 |
           static_cast<std::uint64_t>(gen & 0xffff) << 10 | through << 26;
}
struct Batch
{
    std::size_t from, group;
    std::uint32_t gen;
    std::uint64_t through;
};
inline Batch unpackBatch(std::uint64_t d)
{
    return {static_cast<std::size_t>(d & 31), static_cast<std::size_t>(d >> 5 & 31),
            static_cast<std::uint32_t>(d >> 10 & 0xffff), d >> 26};
}
// Replication ack: (replica, group, epoch, index received through, refused). A refusal tells the
// sender to resume from `through` once the replica accepts it again.
constexpr std::uint64_t kAckRefused = 1ULL << 63;
inline std::uint64_t packAck(std::size_t replica, std::size_t group, std::uint32_t epoch,
                             std::uint64_t through, bool refused = false)
{
    return static_cast<std::uint64_t>(replica & 31) | static_cast<std::uint64_t>(group & 31) << 5 |
           static_cast<std::uint64_t>(epoch & 0xffff) << 10 | (through & ((1ULL << 37) - 1)) << 26 |
           (refused ? kAckRefused : 0);
}

// A replication batch on its way: the event carries its packed header, this record what the
// receiver needs beyond it. Batches of one stream arrive in the order they were sent (the link is
// FIFO), so each stream keeps its batches in a queue and an arriving batch is always the front.
struct BatchOnWire
{
    std::uint8_t from = 0, group = 0;
    std::uint64_t first = 0;   // the first index it carries
    std::uint64_t through = 0; // its last index
    std::uint32_t epoch = 0;   // of its sender, once it carries its own entries
    // After this instant the batch needs nothing more from its sender (Network::sendReliable).
    SimTime needsSenderUntil = 0;
    // Its sender crashed after the batch had left for good: it is delivered all the same, from
    // `entries`, the copy it carries of what it was sent with.
    bool outlivedSender = false;
    std::vector<LogEntry> entries;
    friend bool operator==(const BatchOnWire &, const BatchOnWire &) = default;
};

} // namespace fl::wire
