#pragma once

#include <cstddef>
#include <cstdint>

namespace fl {

// Last-write-wins, written once for every slot it guards (a register's value, a merged record's
// field). Its total order: the writer's region-clock stamp, then the region id. Two writes of one
// region that share a stamp (the same microsecond) reach every copy in that region's log order, so
// the incoming one is the later: it wins, as a hybrid logical clock's next tick would.
inline bool stampWins(std::int64_t stamp, int origin, std::int64_t otherStamp, int otherOrigin)
{
    return stamp > otherStamp || (stamp == otherStamp && origin >= otherOrigin);
}

// What happens when a write reaches a slot at `region` that may already hold a value.
struct LwwOutcome
{
    bool keepsSlot = false; // the incoming write is dropped here
    // The incoming write was written in this region after the slot's value was seen here, and
    // loses only because some clock runs ahead: a causally later write dropped (clock skew).
    bool dropsCausallyLater = false;
    // The slot's value, written here, is replaced by a write that never saw it: concurrent writes,
    // and last-write-wins drops the one written here (it would, even with synchronised clocks).
    bool overwritesConcurrent = false;
};

// `incomingClock` is the incoming write's version vector (indexed by region); `local` says it was
// written at `region` itself. A slot holds writeId, stamp, origin and dot (its origin's counter).
template<class Slot>
LwwOutcome resolveLastWriteWins(const Slot &slot, std::int64_t stamp, int origin,
                                const std::uint32_t *incomingClock, std::size_t region, bool local)
{
    LwwOutcome out;
    if (slot.writeId == 0)
        return out;
    if (!stampWins(stamp, origin, slot.stamp, slot.origin)) {
        out.keepsSlot = true;
        out.dropsCausallyLater = local;
        return out;
    }
    out.overwritesConcurrent = slot.origin == static_cast<std::int8_t>(region) && !local &&
                               incomingClock[static_cast<std::size_t>(slot.origin)] < slot.dot;
    return out;
}

} // namespace fl
