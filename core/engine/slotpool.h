#pragma once

#include "heapbytes.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace fl {

// Reusable slots for short-lived model objects (requests in flight), addressed by index, with a
// serial per use so that an event about an ended use is recognised as stale: events carry a
// reference (serial << 32 | index), and `live` answers only while that use lasts. T has a
// `std::uint32_t serial` member; 0 means "not in use". Slots are reused last-freed first, which
// the simulation's determinism relies on (the order is part of every trace).
template<class T> class SlotPool
{
public:
    std::uint32_t allocate()
    {
        ++m_inUse;
        if (!m_free.empty()) {
            const std::uint32_t id = m_free.back();
            m_free.pop_back();
            return id;
        }
        m_slots.emplace_back();
        return static_cast<std::uint32_t>(m_slots.size() - 1);
    }

    void release(std::uint32_t id)
    {
        --m_inUse;
        m_free.push_back(id);
    }

    // A new serial for a use of a slot (never 0).
    std::uint32_t nextSerial()
    {
        const std::uint32_t serial = m_nextSerial++;
        if (m_nextSerial == 0)
            m_nextSerial = 1;
        return serial;
    }

    std::uint64_t reference(std::uint32_t id) const
    {
        return static_cast<std::uint64_t>(m_slots[id].serial) << 32 | id;
    }

    // The slot a reference names, while the use it was made for lasts.
    std::optional<std::uint32_t> live(std::uint64_t reference) const
    {
        const auto id = static_cast<std::uint32_t>(reference);
        const auto serial = static_cast<std::uint32_t>(reference >> 32);
        if (serial == 0 || m_slots[id].serial != serial)
            return std::nullopt;
        return id;
    }

    T &operator[](std::uint32_t id) { return m_slots[id]; }
    const T &operator[](std::uint32_t id) const { return m_slots[id]; }
    std::uint64_t inUse() const { return m_inUse; }

    friend bool operator==(const SlotPool &, const SlotPool &) = default;

    std::size_t heapBytes() const { return fl::heapBytes(m_slots) + fl::heapBytes(m_free); }

private:
    std::vector<T> m_slots;
    std::vector<std::uint32_t> m_free;
    std::uint64_t m_inUse = 0;
    std::uint32_t m_nextSerial = 1;
};

} // namespace fl
