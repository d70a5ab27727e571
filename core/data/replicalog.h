#pragma once

#include "engine/simtime.h"

#include <array>
#include <cassert>
#include <cstdint>
#include <deque>

namespace fl {

inline constexpr std::size_t kMaxRegions = 24;

// What a client write asks for. Registers overwrite; the CRDT and merge policies interpret `arg`.
enum class WriteOp : std::uint8_t {
    Put,     // register write (value = the write's id)
    Add,     // PN-counter: add arg (may be negative)
    SetAdd,  // OR-set: add element arg
    SetRemove, // OR-set: remove element arg (the tags the writer had observed)
    SetField,  // field merge: set field arg
};

// One committed write in a replication log. Ground-truth fields (invoke and ack times) ride along
// for the metrics; the replication protocol itself never looks at them.
struct LogEntry
{
    std::uint64_t writeId = 0;   // unique per client write (a retry reuses it: idempotency key)
    SimTime commitTime = 0;      // at the primary / origin
    SimTime invokeTime = 0;      // when the client issued the write
    SimTime ackTime = kNever;    // when the client received the acknowledgement
    std::int64_t stamp = 0;      // origin clock at commit (skewed), for last-write-wins
    std::uint32_t key = 0;
    std::uint32_t epoch = 0;     // of the primary that committed it
    std::int32_t request = -1;   // client request waiting on this entry, -1 once answered
    std::int32_t arg = 0;
    std::uint16_t syncAcks = 0;  // replicas that confirmed durable receipt
    std::int8_t origin = -1;
    WriteOp op = WriteOp::Put;
    bool clientAcked = false;
    bool resolved = false;       // the client's outcome is final (acked, failed or timed out)
    bool orphan = false;         // committed by a primary that had already been deposed
    bool lostCounted = false;    // acknowledged, then lost at a promotion (the new primary lacked it)
    bool lwwLost = false;        // its value was dropped by last-write-wins
    std::array<std::uint32_t, kMaxRegions> clock{}; // version vector of the key after this write
    friend bool operator==(const LogEntry &, const LogEntry &) = default;
};

// One region's copy of one replication group's log: entries (base, end], in order.
class ReplicaLog
{
public:
    std::uint64_t base() const { return m_base; }
    std::uint64_t end() const { return m_base + m_entries.size(); }
    bool contains(std::uint64_t index) const { return index > m_base && index <= end(); }
    const LogEntry &at(std::uint64_t index) const
    {
        assert(contains(index));
        return m_entries[index - m_base - 1];
    }
    LogEntry &at(std::uint64_t index)
    {
        assert(contains(index));
        return m_entries[index - m_base - 1];
    }
    void append(const LogEntry &e) { m_entries.push_back(e); }
    // Drops entries after `index` (a rollback to a fork point).
    void truncateAfter(std::uint64_t index)
    {
        while (end() > index && !m_entries.empty())
            m_entries.pop_back();
    }
    // Forgets entries up to `index` (everyone has them).
    void discardThrough(std::uint64_t index)
    {
        while (m_base < index && !m_entries.empty()) {
            m_entries.pop_front();
            ++m_base;
        }
    }
    // Restarts the log as a copy of another region's (a re-clone).
    void resetTo(const ReplicaLog &other) { *this = other; }
    // Fast-forwards an empty log to start after `index` (after a re-clone from a snapshot).
    void rebase(std::uint64_t index)
    {
        m_entries.clear();
        m_base = index;
    }

    std::uint64_t applied = 0; // entries applied to the region's key-value state
    std::uint32_t epoch = 0;   // newest epoch this copy has followed

    friend bool operator==(const ReplicaLog &, const ReplicaLog &) = default;

private:
    std::uint64_t m_base = 0;
    std::deque<LogEntry> m_entries;
};

} // namespace fl
