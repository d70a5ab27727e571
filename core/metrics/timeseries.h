#pragma once

#include <algorithm>
#include <array>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace fl {

// A bounded ring buffer of the newest `capacity` values pushed: bounded history for a time series
// (one value per metrics tick) whatever the length of the run.
//
// The storage grows with the values pushed, up to `capacity`, and then wraps: a long history costs
// memory only as the run fills it (a day of 10 ms samples allocated up front is gigabytes before
// the first event).
//
// Copies share storage. The values sit in fixed-size pages held by shared pointers, and a push
// copies only the page it writes to when another series still holds it. A copy of a whole
// simulation (a timeline checkpoint, the export copy) therefore costs the series one pointer per
// page, not their history: an hour of samples is megabytes, and a timeline keeps a hundred
// checkpoints. Sharing is safe across threads: a page is written only by a series that holds the
// sole reference to it, and no other series can gain a reference to it but by copying one that
// holds it.
//
// The slot a value occupies is a function of (capacity, totalPushed) only, and so is the size of
// the storage: two series with the same capacity that kept the same values after the same number of
// pushes are equal under ==, as a checkpoint comparison needs. T must be default-constructible.
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
        if (m_size < m_capacity) {
            // Still filling: m_next == m_size.
            if (m_size % kPageSize == 0)
                m_pages.push_back(std::make_shared<Page>());
            ++m_size;
        }
        writableSlot(m_next) = value;
        if (++m_next == m_capacity)
            m_next = 0;
    }

    std::size_t capacity() const { return m_capacity; }
    std::size_t size() const { return m_size; }
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
        return slotAt(slot);
    }
    const T &front() const { return (*this)[0]; }
    const T &back() const
    {
        assert(!empty());
        return slotAt(m_next == 0 ? m_capacity - 1 : m_next - 1);
    }

    // Forgets every value and restarts totalPushed() at 0, like a freshly constructed series of the
    // same capacity (equal to one under ==).
    void clear()
    {
        m_pages.clear();
        m_size = 0;
        m_next = 0;
        m_total = 0;
    }

    friend bool operator==(const RingSeries &a, const RingSeries &b)
    {
        if (a.m_total != b.m_total || a.m_capacity != b.m_capacity || a.m_next != b.m_next ||
            a.m_size != b.m_size)
            return false;
        for (std::size_t page = 0; page < a.m_pages.size(); ++page) {
            if (a.m_pages[page] == b.m_pages[page])
                continue; // shared: equal without looking
            const std::size_t end = std::min(kPageSize, a.m_size - page * kPageSize);
            for (std::size_t k = 0; k < end; ++k)
                if (!(a.m_pages[page]->values[k] == b.m_pages[page]->values[k]))
                    return false;
        }
        return true;
    }

private:
    static constexpr std::size_t kPageSize = 64;
    struct Page
    {
        std::array<T, kPageSize> values{};
    };

    const T &slotAt(std::size_t slot) const { return m_pages[slot / kPageSize]->values[slot % kPageSize]; }
    T &writableSlot(std::size_t slot)
    {
        std::shared_ptr<Page> &page = m_pages[slot / kPageSize];
        if (page.use_count() > 1)
            page = std::make_shared<Page>(*page); // another series still reads the old one
        return page->values[slot % kPageSize];
    }

    std::uint64_t m_total = 0;
    std::size_t m_capacity = 0;
    std::size_t m_size = 0; // min(totalPushed, capacity)
    std::size_t m_next = 0; // slot the next push writes
    std::vector<std::shared_ptr<Page>> m_pages;
};

} // namespace fl
