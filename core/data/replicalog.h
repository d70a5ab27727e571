#pragma once

#include "engine/heapbytes.h"
#include "engine/simtime.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <cstdint>
#include <vector>

namespace fl {

// Regions one simulation can hold (the catalog has 18). Messages pack a region in 5 bits.
inline constexpr std::size_t kMaxRegions = 20;

// What a client write asks for. Registers overwrite; the CRDT and merge policies interpret `arg`.
enum class WriteOp : std::uint8_t
{
    Put,       // register write (value = the write's id)
    Add,       // PN-counter: add arg (may be negative)
    SetAdd,    // OR-set: add element arg
    SetRemove, // OR-set: remove element arg (the tags the writer had observed)
    SetField,  // field merge: set field arg
};

// One committed write in a replication log. Ground-truth fields (invoke and ack times) ride along
// for the metrics; the replication protocol itself never looks at them.
struct LogEntry
{
    std::uint64_t writeId = 0; // unique per client write (a retry reuses it: idempotency key)
    SimTime commitTime = 0;    // at the primary / origin
    SimTime invokeTime = 0;    // when the client issued the write
    SimTime ackTime = kNever;  // when the client received the acknowledgement
    std::int64_t stamp = 0;    // origin clock at commit (skewed), for last-write-wins
    std::uint32_t key = 0;
    std::uint32_t epoch = 0;   // of the primary that committed it
    std::int32_t request = -1; // client request waiting on this entry, -1 once answered
    std::int32_t arg = 0;
    std::uint16_t syncAcks = 0; // replicas that confirmed durable receipt
    std::int8_t origin = -1;
    WriteOp op = WriteOp::Put;
    bool clientAcked = false;
    bool resolved = false;        // the client's outcome is final (acked, failed or timed out)
    bool orphan = false;          // committed by a primary that had already been deposed
    bool lostCounted = false;     // acknowledged, then lost at a promotion (the new primary lacked it)
    bool lostAsDiscarded = false; // with lostCounted: counted discarded (else not shipped)
    bool lwwLost = false;         // its value was dropped: by last-write-wins, or (olderEpochLost)
    bool olderEpochLost = false;  // replaced by a re-logged write of an older epoch
    // A deposed lineage's copy of a write that a newer primary re-logged without fencing: the
    // write's fate is its re-log's (it is in the surviving lineage), not this copy's.
    bool resurrected = false;
    // A re-log: the older epoch this write was first committed in (0: an ordinary commit).
    std::uint32_t staleEpoch = 0;
    std::array<std::uint32_t, kMaxRegions> clock{}; // version vector of the key after this write
    friend bool operator==(const LogEntry &, const LogEntry &) = default;
};

// One region's copy of one replication group's log: entries (base, end], in order. Stored in a
// power-of-two ring that grows by doubling and is reused, so appending and trimming allocate
// nothing in the steady state (a std::deque of these large entries allocated every few appends).
class ReplicaLog
{
public:
    std::uint64_t base() const { return m_base; }
    std::uint64_t end() const { return m_base + m_size; }
    std::size_t size() const { return m_size; }
    std::size_t heapBytes() const { return fl::heapBytes(m_ring); }
    bool contains(std::uint64_t index) const { return index > m_base && index <= end(); }
    const LogEntry &at(std::uint64_t index) const
    {
        assert(contains(index));
        return m_ring[slot(index)];
    }
    LogEntry &at(std::uint64_t index)
    {
        assert(contains(index));
        return m_ring[slot(index)];
    }
    void append(const LogEntry &e)
    {
        if (m_size == m_ring.size())
            grow();
        m_ring[(m_head + m_size) & (m_ring.size() - 1)] = e;
        ++m_size;
    }
    // Drops entries after `index` (a rollback to a fork point).
    void truncateAfter(std::uint64_t index)
    {
        if (index < end())
            m_size = index > m_base ? static_cast<std::size_t>(index - m_base) : 0;
    }
    // Forgets entries up to `index` (everyone has them).
    void discardThrough(std::uint64_t index)
    {
        while (m_base < index && m_size > 0) {
            m_head = (m_head + 1) & (m_ring.size() - 1);
            --m_size;
            ++m_base;
        }
        shrinkToFit();
    }
    // Empties the log so that it continues after `index` (after a re-clone from a snapshot).
    void rebase(std::uint64_t index)
    {
        m_size = 0;
        m_head = 0;
        m_base = index;
        shrinkToFit();
    }
    // Ring slots allocated (memory: a ring that grew for a long backlog gives it back once the
    // backlog is gone).
    std::size_t capacity() const { return m_ring.size(); }

    std::uint64_t applied = 0; // entries applied to the region's key-value state
    std::uint32_t epoch = 0;   // newest epoch this copy has followed

    friend bool operator==(const ReplicaLog &a, const ReplicaLog &b)
    {
        if (a.m_base != b.m_base || a.m_size != b.m_size || a.applied != b.applied || a.epoch != b.epoch)
            return false;
        for (std::uint64_t i = a.m_base + 1; i <= a.end(); ++i)
            if (!(a.at(i) == b.at(i)))
                return false;
        return true;
    }

private:
    std::size_t slot(std::uint64_t index) const
    {
        return (m_head + static_cast<std::size_t>(index - m_base - 1)) & (m_ring.size() - 1);
    }
    void grow() { resize(m_ring.empty() ? 64 : m_ring.size() * 2); }
    void shrinkToFit()
    {
        // Down to twice what it holds once it holds less than an eighth: no shrink-grow flapping.
        if (m_ring.size() > 1024 && m_size * 8 < m_ring.size())
            resize(std::max<std::size_t>(64, std::bit_ceil(m_size * 2 + 1)));
    }
    void resize(std::size_t capacity)
    {
        std::vector<LogEntry> ring(capacity);
        for (std::size_t i = 0; i < m_size; ++i)
            ring[i] = m_ring[(m_head + i) & (m_ring.size() - 1)];
        m_ring.swap(ring);
        m_head = 0;
    }

    std::uint64_t m_base = 0;
    std::size_t m_head = 0;
    std::size_t m_size = 0;
    std::vector<LogEntry> m_ring;
};

} // namespace fl
