#pragma once

#include <cstdint>

namespace fl {

// A running fingerprint of everything a run did, in order. Two runs with equal hashes processed
// the same events with the same payloads at the same times. Not cryptographic; it only has to make
// accidental equality of different runs vanishingly unlikely.
class TraceHash
{
public:
    void add(std::uint64_t v)
    {
        m_h ^= v + 0x9e3779b97f4a7c15ULL + (m_h << 6) + (m_h >> 2);
        m_h *= 0xff51afd7ed558ccdULL;
        m_h ^= m_h >> 32;
    }
    // One event in a single step: the fields are mixed independently of the running value (so the
    // multiplications run in parallel) and only one multiply sits on the dependency chain.
    void addEvent(std::uint64_t time, std::uint64_t kindAndSubject, std::uint64_t data)
    {
        const std::uint64_t x = (time * 0x9E3779B97F4A7C15ULL) ^ (kindAndSubject * 0xC2B2AE3D27D4EB4FULL) ^
                                (data * 0x165667B19E3779F9ULL);
        m_h = ((m_h ^ x) << 23 | (m_h ^ x) >> 41) * 0xff51afd7ed558ccdULL;
    }
    std::uint64_t value() const { return m_h ^ (m_h >> 33); }
    friend bool operator==(const TraceHash &, const TraceHash &) = default;

private:
    std::uint64_t m_h = 0xcbf29ce484222325ULL;
};

} // namespace fl
