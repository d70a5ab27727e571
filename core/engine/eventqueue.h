#pragma once

#include "event.h"

#include <cstddef>
#include <vector>

namespace fl {

// A 4-ary min-heap of events. A wider node halves the tree height compared with a binary heap and
// keeps the four children in one or two cache lines, which matters once thousands of events are
// pending (see `failover-lab bench`: engine vs baseline_heap). Storage grows geometrically and is
// reused, so the steady state allocates nothing per event.
class EventQueue
{
public:
    bool empty() const { return m_heap.empty(); }
    std::size_t size() const { return m_heap.size(); }
    const Event &top() const { return m_heap.front(); }
    void reserve(std::size_t n) { m_heap.reserve(n); }
    void clear() { m_heap.clear(); }

    void push(const Event &e)
    {
        std::size_t i = m_heap.size();
        m_heap.push_back(e);
        siftUp(i);
    }

    Event pop()
    {
        Event result = m_heap.front();
        Event last = m_heap.back();
        m_heap.pop_back();
        if (!m_heap.empty())
            siftDown(last);
        return result;
    }

    // Pops the top and pushes `e` in one pass: the common "handle one, schedule one" pattern.
    Event replaceTop(const Event &e)
    {
        Event result = m_heap.front();
        siftDown(e);
        return result;
    }

    // Read-only access in heap order (not time order); used to inspect pending work.
    const std::vector<Event> &raw() const { return m_heap; }

    friend bool operator==(const EventQueue &, const EventQueue &) = default;

private:
    void siftUp(std::size_t i)
    {
        Event e = m_heap[i];
        while (i > 0) {
            std::size_t parent = (i - 1) / 4;
            if (!(e < m_heap[parent]))
                break;
            m_heap[i] = m_heap[parent];
            i = parent;
        }
        m_heap[i] = e;
    }

    // Places `e` starting from the root. Floyd's variant: walk the hole down along the smaller
    // children to a leaf without comparing against `e`, then sift `e` up from there. A successor
    // event is usually later than most pending ones, so it belongs near the leaves and this saves
    // about a quarter of the comparisons of the textbook loop.
    void siftDown(const Event &e)
    {
        const std::size_t n = m_heap.size();
        std::size_t i = 0;
        for (;;) {
            const std::size_t first = 4 * i + 1;
            if (first >= n)
                break;
            std::size_t best = first;
            if (first + 4 <= n) {
                const std::size_t b01 = m_heap[first + 1] < m_heap[first] ? first + 1 : first;
                const std::size_t b23 = m_heap[first + 3] < m_heap[first + 2] ? first + 3 : first + 2;
                best = m_heap[b23] < m_heap[b01] ? b23 : b01;
            } else {
                for (std::size_t c = first + 1; c < n; ++c) {
                    if (m_heap[c] < m_heap[best])
                        best = c;
                }
            }
            m_heap[i] = m_heap[best];
            i = best;
        }
        m_heap[i] = e;
        siftUp(i);
    }

    std::vector<Event> m_heap;
};

} // namespace fl
