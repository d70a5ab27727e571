#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace fl {

// A bounded ring buffer of the newest `capacity` values pushed: bounded history for a time series
// (one value per metrics tick) whatever the length of the run.
//
// The storage grows with the values pushed, up to `capacity`, and then wraps: a long history costs
// memory only as the run fills it (a day of 10 ms samples allocated up front is gigabytes before
// the first event). T must be default-constructible.
//
// The slot a value occupies is a function of (capacity, totalPushed) only, and so is the size of
// the storage: two series with the same capacity that kept the same values after the same number of
// pushes are equal under the defaulted ==, as a checkpoint comparison needs.
template<class T> class RingSeries
{
public:
    RingSeries() = default; // capacity 0: keeps nothing, still counts pushes
    explicit RingSeries(std::size_t capacity) : m_capacity(capacity) {}

    void push(const T &value)
    {
        ++m_total;
        if (m_capacity == 0)
            return;
        if (m_slots.size() < m_capacity)
            m_slots.push_back(value); // still filling: m_next == m_slots.size() - 1 before this
        else
            m_slots[m_next] = value;
        if (++m_next == m_capacity)
            m_next = 0;
    }

    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const { return m_slots.size(); }
    bool empty() const { return size() == 0; }

    // Values ever pushed since construction or the last clear(). The value at operator[](i) was the
    // (totalPushed() − size() + i)-th pushed, counting from 0.
    std::uint64_t totalPushed() const { return m_total; }
    std::uint64_t firstIndex() const { return m_total - size(); }

    // i = 0 is the oldest value kept, size() − 1 the newest.
    const T &operator[](std::size_t i) const
    {
        assert(i < size());
        // Until the ring has wrapped, the oldest value sits in slot 0; after, in the slot to be
        // overwritten next.
        std::size_t slot = (m_total > m_capacity ? m_next : 0) + i;
        if (slot >= m_capacity)
            slot -= m_capacity;
        return m_slots[slot];
    }
    const T &front() const { return (*this)[0]; }
    const T &back() const
    {
        assert(!empty());
        return m_slots[m_next == 0 ? m_capacity - 1 : m_next - 1];
    }

    // Forgets every value and restarts totalPushed() at 0, like a freshly constructed series of the
    // same capacity (equal to one under ==). Keeps the allocation for the values to come.
    void clear()
    {
        m_slots.clear();
        m_next = 0;
        m_total = 0;
    }

    friend bool operator==(const RingSeries &, const RingSeries &) = default;

private:
    std::uint64_t m_total = 0;
    std::size_t m_capacity = 0;
    std::size_t m_next = 0; // slot the next push writes
    std::vector<T> m_slots; // min(totalPushed, capacity) values
};

} // namespace fl
