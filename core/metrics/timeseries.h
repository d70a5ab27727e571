#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace fl {

// A fixed-capacity ring buffer of the newest `capacity` values pushed: bounded history for a time
// series (one value per metrics tick) whatever the length of the run.
//
// The storage is sized to `capacity` once, at construction, and never reallocates — also in a copy
// (copying a vector copies its size, not its reserve, which is why the values are value-initialised
// up front instead of reserved). T must therefore be default-constructible.
//
// The slot a value occupies is a function of (capacity, totalPushed) only, and unused values hold T{}:
// two series with the same capacity that kept the same values after the same number of pushes are
// equal under the defaulted ==, as a checkpoint comparison needs.
template<class T> class RingSeries
{
public:
    RingSeries() = default; // capacity 0: keeps nothing, still counts pushes
    explicit RingSeries(std::size_t capacity) : m_slots(capacity) {}

    void push(const T &value)
    {
        ++m_total;
        if (m_slots.empty())
            return;
        m_slots[m_next] = value;
        if (++m_next == m_slots.size())
            m_next = 0;
    }

    std::size_t capacity() const { return m_slots.size(); }
    std::size_t size() const
    {
        return static_cast<std::size_t>(std::min<std::uint64_t>(m_total, m_slots.size()));
    }
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
        std::size_t slot = (m_total > m_slots.size() ? m_next : 0) + i;
        if (slot >= m_slots.size())
            slot -= m_slots.size();
        return m_slots[slot];
    }
    const T &front() const { return (*this)[0]; }
    const T &back() const
    {
        assert(!empty());
        return m_slots[m_next == 0 ? m_slots.size() - 1 : m_next - 1];
    }

    // Forgets every value and restarts totalPushed() at 0, like a freshly constructed series of the
    // same capacity (equal to one under ==). O(capacity), allocates nothing.
    void clear()
    {
        std::fill(m_slots.begin(), m_slots.end(), T{});
        m_next = 0;
        m_total = 0;
    }

    friend bool operator==(const RingSeries &, const RingSeries &) = default;

private:
    std::uint64_t m_total = 0;
    std::size_t m_next = 0; // slot the next push writes
    std::vector<T> m_slots;
};

} // namespace fl
