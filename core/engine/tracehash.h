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
    std::uint64_t value() const { return m_h; }
    friend bool operator==(const TraceHash &, const TraceHash &) = default;

private:
    std::uint64_t m_h = 0xcbf29ce484222325ULL;
};

} // namespace fl
