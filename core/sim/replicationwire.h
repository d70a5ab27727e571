#pragma once

#include <cstddef>
#include <cstdint>

// How replication messages pack their fields into an event's 64-bit payload (events stay plain
// data). Shared by the data path's files; nothing outside the sim module uses it.
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

} // namespace fl::wire
