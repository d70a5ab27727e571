#include "latencyhistogram.h"

#include <cmath>

namespace fl {

SimTime LatencyHistogram::percentile(double q) const
{
    if (m_count == 0)
        return 0;
    // !(q > 0) also catches NaN.
    q = !(q > 0.0) ? 0.0 : std::min(q, 1.0);
    const double wanted = std::ceil(q * static_cast<double>(m_count));
    const std::uint64_t rank =
        std::clamp<std::uint64_t>(static_cast<std::uint64_t>(wanted), std::uint64_t{1}, m_count);
    // The extreme ranks are known exactly: no need to approximate them by a bucket.
    if (rank == 1)
        return m_min;
    if (rank == m_count)
        return m_max;

    const std::size_t first = bucketIndex(static_cast<std::uint64_t>(m_min));
    const std::size_t last = bucketIndex(static_cast<std::uint64_t>(std::min(m_max, kMaxTrackable)));
    std::size_t index = last;
    if (rank <= m_count / 2) {
        std::uint64_t seen = 0;
        for (index = first; index < last; ++index) {
            seen += m_counts[index];
            if (seen >= rank)
                break;
        }
    } else {
        // High percentiles (the ones people ask for) are found faster from the top: the answer is
        // the highest bucket with at least count − rank + 1 samples at or above it.
        const std::uint64_t fromTop = m_count - rank + 1;
        std::uint64_t seen = 0;
        for (index = last; index > first; --index) {
            seen += m_counts[index];
            if (seen >= fromTop)
                break;
        }
    }
    // Within the bucket the sample lies in [m_min, m_max] too, so clamping only brings us closer.
    return std::clamp(bucketMidpoint(index), m_min, m_max);
}

double LatencyHistogram::meanMicros() const
{
    return m_count == 0 ? 0.0 : static_cast<double>(m_sum) / static_cast<double>(m_count);
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (other.m_count == 0)
        return;
    const std::size_t first = bucketIndex(static_cast<std::uint64_t>(other.m_min));
    const std::size_t last = bucketIndex(static_cast<std::uint64_t>(std::min(other.m_max, kMaxTrackable)));
    for (std::size_t i = first; i <= last; ++i)
        m_counts[i] += other.m_counts[i];
    m_count += other.m_count;
    m_overflow += other.m_overflow;
    m_sum += other.m_sum;
    m_min = std::min(m_min, other.m_min);
    m_max = std::max(m_max, other.m_max);
}

void LatencyHistogram::clear()
{
    if (m_count == 0)
        return;
    const std::size_t first = bucketIndex(static_cast<std::uint64_t>(m_min));
    const std::size_t last = bucketIndex(static_cast<std::uint64_t>(std::min(m_max, kMaxTrackable)));
    std::fill(m_counts.begin() + static_cast<std::ptrdiff_t>(first),
              m_counts.begin() + static_cast<std::ptrdiff_t>(last) + 1, std::uint64_t{0});
    m_count = 0;
    m_overflow = 0;
    m_sum = 0;
    m_min = kNever;
    m_max = 0;
}

} // namespace fl
