#pragma once

#include "event.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace fl {

// A 4-ary min-heap of events in (time, order) order. A wider node halves the tree height compared
// with a binary heap and keeps the four children in one or two cache lines. Storage grows
// geometrically and is reused. EventQueue keeps here the events outside its calendar's window.
class EventHeap
{
public:
    // (time, order) as one unsigned 128-bit number: comparing two events is then a compare with
    // borrow whose result can feed conditional moves instead of branches. Which child of a heap
    // node is smallest is close to a coin flip, so the branches the two-field comparison compiled
    // to could not be predicted (see siftDown). Flipping the sign bit keeps the order of signed
    // times.
    using Key = __uint128_t;
    static Key key(const Event &e)
    {
        return static_cast<Key>(static_cast<std::uint64_t>(e.time) ^ (std::uint64_t{1} << 63)) << 64 |
               e.order;
    }

    bool empty() const { return m_heap.empty(); }
    std::size_t size() const { return m_heap.size(); }
    const Event &top() const { return m_heap.front(); }

    void push(const Event &e)
    {
        m_heap.push_back(e);
        siftUp(m_heap.size() - 1);
    }

    Event pop()
    {
        const Event result = m_heap.front();
        const Event last = m_heap.back();
        m_heap.pop_back();
        if (!m_heap.empty())
            siftDown(last);
        return result;
    }

    // In heap order, not time order.
    const std::vector<Event> &raw() const { return m_heap; }

    friend bool operator==(const EventHeap &, const EventHeap &) = default;

private:
    void siftUp(std::size_t i)
    {
        Event e = m_heap[i];
        const Key k = key(e);
        while (i > 0) {
            std::size_t parent = (i - 1) / 4;
            if (!(k < key(m_heap[parent])))
                break;
            m_heap[i] = m_heap[parent];
            i = parent;
        }
        m_heap[i] = e;
    }

    // Places `e` starting from the root. Floyd's variant: walk the hole down along the smaller
    // children to a leaf without comparing against `e`, then sift `e` up from there.
    void siftDown(const Event &e)
    {
        const std::size_t n = m_heap.size();
        Event *const heap = m_heap.data();
        std::size_t i = 0;
        for (;;) {
            const std::size_t first = 4 * i + 1;
            if (first >= n)
                break;
            std::size_t best = first;
            if (first + 4 <= n) {
                // A tournament decided by arithmetic on the comparison results, so that no branch
                // depends on the data (written so that GCC emits no jump for the final pick
                // either).
                const Key k0 = key(heap[first]), k1 = key(heap[first + 1]);
                const Key k2 = key(heap[first + 2]), k3 = key(heap[first + 3]);
                const std::size_t lo = k1 < k0, hi = k3 < k2;
                const Key m01 = lo ? k1 : k0, m23 = hi ? k3 : k2;
                const std::size_t right = m23 < m01;
                best = first + (right << 1) + (lo ^ ((lo ^ hi) & (0 - right)));
            } else {
                for (std::size_t c = first + 1; c < n; ++c) {
                    if (key(heap[c]) < key(heap[best]))
                        best = c;
                }
            }
            heap[i] = heap[best];
            i = best;
        }
        heap[i] = e;
        siftUp(i);
    }

    std::vector<Event> m_heap;
};

} // namespace fl
