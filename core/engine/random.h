#pragma once

#include <array>
#include <cmath>
#include <cstdint>

namespace fl {

// SplitMix64: turns one seed into well-mixed 64-bit values; used to seed the streams.
constexpr std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// xoshiro256**: small, fast, copyable state (a checkpoint copies it like any other value).
class Rng
{
public:
    Rng() : Rng(0) {}
    explicit Rng(std::uint64_t seed)
    {
        std::uint64_t sm = seed;
        for (auto &word : m_s)
            word = splitMix64(sm);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform in (0, 1]: safe to take the logarithm of.
    double uniformOpenZero() { return (static_cast<double>(next() >> 11) + 1.0) * 0x1.0p-53; }

    // Uniform integer in [0, n) without modulo bias (Lemire's multiply-shift).
    std::uint64_t below(std::uint64_t n)
    {
        __uint128_t m = static_cast<__uint128_t>(next()) * n;
        auto low = static_cast<std::uint64_t>(m);
        if (low < n) {
            const std::uint64_t threshold = (0 - n) % n;
            while (low < threshold) {
                m = static_cast<__uint128_t>(next()) * n;
                low = static_cast<std::uint64_t>(m);
            }
        }
        return static_cast<std::uint64_t>(m >> 64);
    }

    bool chance(double p) { return uniform() < p; }
    double exponential(double mean) { return -mean * std::log(uniformOpenZero()); }

    friend bool operator==(const Rng &, const Rng &) = default;

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> m_s{};
};

// One independent stream per purpose, so that drawing more numbers for one purpose (say, a higher
// request rate) never shifts the numbers another purpose sees (say, network jitter).
enum class Stream : std::uint8_t
{
    Workload,
    Keys,
    Network,
    Faults,
    Service,
    Routing,
    Control,
    Retry,
    Test,
    Sessions, // client session lengths (DNS answers held for a session)
    // Appended after the others, so that adding them left every earlier stream's seed as it was.
    // Draws whose number depends on the design (which kind of write a conflict policy makes, whether
    // a regional cache hits) have streams of their own: two designs run with one seed must see the
    // same arrivals, keys and read/write mix whatever their policies (a compare relies on it).
    WriteOps, // the operation and argument of a write (conflict policy dependent)
    Cache,    // whether a warming regional cache hits
    DependencyUse, // which of the configured dependencies a request calls
    Count
};

class RandomStreams
{
public:
    explicit RandomStreams(std::uint64_t seed = 0)
    {
        for (std::size_t i = 0; i < m_streams.size(); ++i) {
            // Derive each stream's seed from (run seed, stream index) through SplitMix so that
            // neighbouring seeds and neighbouring streams are unrelated.
            std::uint64_t sm = seed ^ (0xd1b54a32d192ed03ULL * (i + 1));
            m_streams[i] = Rng(splitMix64(sm));
        }
    }
    Rng &operator[](Stream s) { return m_streams[static_cast<std::size_t>(s)]; }

    friend bool operator==(const RandomStreams &, const RandomStreams &) = default;

private:
    std::array<Rng, static_cast<std::size_t>(Stream::Count)> m_streams;
};

} // namespace fl
