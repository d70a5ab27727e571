#include "availability.h"

#include <cassert>

namespace fl {

void AvailabilityTracker::addInterval(std::uint64_t successes, std::uint64_t requests)
{
    assert(successes <= requests);
    ++m_intervals;
    m_successes += successes;
    m_requests += requests;
    // Compare the correctly rounded quotient, not successes >= threshold·requests: when the true
    // ratio equals the threshold written in decimal (99/100 vs 0.99) both round to the same double,
    // whereas the product can land one ulp either side.
    const bool good =
        requests == 0 || static_cast<double>(successes) / static_cast<double>(requests) >= m_threshold;
    m_goodIntervals += good ? 1 : 0;
}

double AvailabilityTracker::byRequests() const
{
    return m_requests == 0 ? 1.0 : static_cast<double>(m_successes) / static_cast<double>(m_requests);
}

double AvailabilityTracker::byTime() const
{
    return m_intervals == 0 ? 1.0 : static_cast<double>(m_goodIntervals) / static_cast<double>(m_intervals);
}

void AvailabilityTracker::clear()
{
    *this = AvailabilityTracker(m_threshold);
}

} // namespace fl
