#pragma once

#include "event.h"
#include "eventheap.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace fl {

// Pending events, handed out in (time, order) order.
//
// A calendar queue in front of a 4-ary heap. Nearly every event a model schedules falls within a
// few hundred simulated milliseconds of now (a network hop, a service time, a reply). Those go into
// one of kBuckets buckets, each covering an equal slice of time, where they are kept sorted: a new
// event is usually the latest in its slice and is appended at the tail. The earliest pending event
// is then the head of the first bucket in use from the current one on (a bitmap skips the empty
// ones), so inserting and removing cost a small constant. A heap of the ~1,000-2,000 events pending
// in a busy world paid six levels of sifting for each, and that was about a third of the time of
// the data benchmarks.
//
// Events outside the calendar's window (client timeouts, periodic probes; or earlier than the
// window, which the engine never schedules) go to the heap, and whichever of the two candidates is
// earlier is handed out: the order is exactly that of a single priority queue, whatever the times.
// The slice width adapts to the density of events, deterministically (it depends only on the
// sequence of operations): when inserts have to walk long lists it halves, when many events miss
// the window it doubles. Storage is reused, so the steady state allocates nothing per event.
class EventQueue
{
public:
    EventQueue() : m_buckets(kBuckets), m_occupied(kBuckets / 64, 0) {}

    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }
    void reserve(std::size_t n) { m_nodes.reserve(n); }
    void clear() { *this = EventQueue(); }

    const Event &top() const
    {
        assert(m_size > 0);
        if (m_calendarSize > 0) {
            const Event &first = m_nodes[m_buckets[firstBucket()].head].event;
            if (m_far.empty() || key(first) < key(m_far.top()))
                return first;
        }
        return m_far.top();
    }

    void push(const Event &e)
    {
        ++m_size;
        if (!inWindow(e.time)) {
            ++m_farPushes;
            m_far.push(e);
        } else {
            m_walked += insert(e);
        }
        if (++m_pushes == kAdaptEvery)
            adapt();
    }

    Event pop()
    {
        assert(m_size > 0);
        Event result;
        bool fromCalendar = false;
        std::size_t b = 0;
        if (m_calendarSize > 0) {
            b = firstBucket();
            fromCalendar = m_far.empty() || key(m_nodes[m_buckets[b].head].event) < key(m_far.top());
        }
        if (fromCalendar) {
            Bucket &bucket = m_buckets[b];
            const std::uint32_t n = bucket.head;
            result = m_nodes[n].event;
            bucket.head = m_nodes[n].next;
            if (bucket.head == kNil) {
                bucket.tail = kNil;
                m_occupied[b / 64] &= ~(std::uint64_t{1} << (b % 64));
            }
            m_free.push_back(n);
            --m_calendarSize;
        } else {
            result = m_far.pop();
        }
        --m_size;
        // Nothing pending is earlier than what was just handed out, so the window may start at
        // its slice. It only ever moves forward: every calendar entry must stay inside it.
        if (result.time >= m_base)
            m_base = result.time & ~(width() - 1);
        return result;
    }

    // Pops the top and pushes `e`: the common "handle one, schedule one" pattern.
    Event replaceTop(const Event &e)
    {
        const Event result = pop();
        push(e);
        return result;
    }

    // Two queues are equal when they hold the same events. Where each one sits (its bucket, the
    // far heap, its node's slot) and the density statistics decide only how fast events leave,
    // never their order: a copy that took the same events in another order (a command submitted
    // to a world restored from a checkpoint, rather than live) is the same queue.
    friend bool operator==(const EventQueue &a, const EventQueue &b)
    {
        return a.m_size == b.m_size && a.eventsInOrder() == b.eventsInOrder();
    }

    // Every pending event, in the order they will leave.
    std::vector<Event> eventsInOrder() const
    {
        std::vector<Event> all = allEvents();
        std::sort(all.begin(), all.end(), [](const Event &x, const Event &y) { return key(x) < key(y); });
        return all;
    }

private:
    std::vector<Event> allEvents() const
    {
        std::vector<Event> all(m_far.raw());
        all.reserve(m_size);
        for (const Bucket &bucket : m_buckets)
            for (std::uint32_t n = bucket.head; n != kNil; n = m_nodes[n].next)
                all.push_back(m_nodes[n].event);
        return all;
    }

    static constexpr std::size_t kBuckets = std::size_t{1} << 14;
    static constexpr std::uint32_t kNil = UINT32_MAX;
    // Slices of 16 µs to start with (a 262 ms window); between 1 µs and 256 µs.
    static constexpr int kInitialShift = 4;
    static constexpr int kMaxShift = 8;
    static constexpr std::uint64_t kAdaptEvery = 4096; // pushes between looks at the density

    // One slice of time: its entries as a list in (time, order) order.
    struct Bucket
    {
        std::uint32_t head = kNil; // earliest entry, kNil when empty
        std::uint32_t tail = kNil; // latest entry
        SimTime tailTime = 0;      // its time
    };

    struct Node
    {
        Event event;
        std::uint32_t next = kNil;
    };

    // The same (time, order) key as the heap, so both halves agree on the order.
    using Key = EventHeap::Key;
    static Key key(const Event &e) { return EventHeap::key(e); }

    SimTime width() const { return SimTime{1} << m_shift; }
    SimTime span() const { return width() * static_cast<SimTime>(kBuckets); }
    bool inWindow(SimTime t) const { return t >= m_base && t - m_base < span(); }
    std::size_t bucketOf(SimTime t) const
    {
        return static_cast<std::size_t>(static_cast<std::uint64_t>(t) >> m_shift) & (kBuckets - 1);
    }

    // The first bucket in use from the window's start on. Every calendar entry lies in
    // [m_base, m_base + span()), so bucket order from there, wrapping around, is time order.
    std::size_t firstBucket() const
    {
        const std::size_t start = bucketOf(m_base);
        std::size_t word = start / 64;
        std::uint64_t bits = m_occupied[word] & (~std::uint64_t{0} << (start % 64));
        while (bits == 0) {
            word = (word + 1) & (m_occupied.size() - 1);
            bits = m_occupied[word];
        }
        return word * 64 + static_cast<std::size_t>(std::countr_zero(bits));
    }

    // Links `e` into its bucket in (time, order) order; returns how many entries it walked past.
    std::uint64_t insert(const Event &e)
    {
        std::uint32_t n;
        if (!m_free.empty()) {
            n = m_free.back();
            m_free.pop_back();
            m_nodes[n] = Node{e, kNil};
        } else {
            n = static_cast<std::uint32_t>(m_nodes.size());
            m_nodes.push_back(Node{e, kNil});
        }
        ++m_calendarSize;
        Bucket &bucket = m_buckets[bucketOf(e.time)];
        if (bucket.head == kNil) {
            bucket = Bucket{n, n, e.time};
            const std::size_t b = bucketOf(e.time);
            m_occupied[b / 64] |= std::uint64_t{1} << (b % 64);
            return 0;
        }
        // Usually the latest in its slice: appended without reading another node (the tail's time
        // is kept in the bucket; at an equal time the larger order, a later schedule, wins).
        if (e.time > bucket.tailTime ||
            (e.time == bucket.tailTime && e.order > m_nodes[bucket.tail].event.order)) {
            m_nodes[bucket.tail].next = n;
            bucket.tail = n;
            bucket.tailTime = e.time;
            return 0;
        }
        const Key k = key(e);
        if (k < key(m_nodes[bucket.head].event)) {
            m_nodes[n].next = bucket.head;
            bucket.head = n;
            return 1;
        }
        std::uint64_t walked = 1;
        std::uint32_t previous = bucket.head;
        while (!(k < key(m_nodes[m_nodes[previous].next].event))) {
            previous = m_nodes[previous].next;
            ++walked;
        }
        m_nodes[n].next = m_nodes[previous].next;
        m_nodes[previous].next = n;
        return walked;
    }

    // Every kAdaptEvery pushes: slices too wide for the density make inserts walk; too narrow,
    // and events miss the window for the heap.
    void adapt()
    {
        int shift = m_shift;
        if (m_walked > 2 * kAdaptEvery && shift > 0)
            --shift;
        else if (m_farPushes > kAdaptEvery / 4 && m_walked < kAdaptEvery / 2 && shift < kMaxShift)
            ++shift;
        m_pushes = 0;
        m_walked = 0;
        m_farPushes = 0;
        if (shift != m_shift)
            rebuild(shift);
    }

    // Re-files everything with slices of 2^shift µs.
    void rebuild(int shift)
    {
        const std::vector<Event> all = allEvents();
        const SimTime base = m_base;
        *this = EventQueue();
        m_shift = shift;
        m_base = base & ~(width() - 1); // not later than before: every entry stays at or after it
        for (const Event &e : all) {
            ++m_size;
            if (inWindow(e.time))
                insert(e);
            else
                m_far.push(e);
        }
    }

    std::size_t m_size = 0;
    std::size_t m_calendarSize = 0;
    int m_shift = kInitialShift;
    SimTime m_base = 0; // start of the calendar's window, a multiple of width()
    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_free;
    std::vector<Bucket> m_buckets;
    std::vector<std::uint64_t> m_occupied; // per bucket: whether it holds anything
    EventHeap m_far;                       // the events outside the window
    // Density statistics since the last adapt().
    std::uint64_t m_pushes = 0;
    std::uint64_t m_walked = 0;
    std::uint64_t m_farPushes = 0;
};

} // namespace fl
