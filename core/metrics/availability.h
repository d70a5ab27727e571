#pragma once

#include <cstdint>

namespace fl {

// Availability of a service seen through one population's requests, fed once per metrics tick
// (the simulation uses 1-second ticks). Two views, because they answer different questions:
//   byRequests()  the share of requests that succeeded: what users experienced on average;
//   byTime()      the share of intervals that were "up" — success ratio ≥ the threshold: how long
//                 the service was usable, which a short total outage under heavy load and a long
//                 partial one make very different.
//
// The threshold is fixed at construction (default 0.99, the same 99 % the incident RTO uses):
// classifying each interval as it arrives keeps the tracker a few counters, whereas answering for a
// threshold chosen only at query time would need every interval's ratio kept — memory growing with
// the length of the run. Track several thresholds with several trackers.
class AvailabilityTracker
{
public:
    explicit AvailabilityTracker(double threshold = 0.99) : m_threshold(threshold) {}

    // One interval's outcome: `successes` of the `requests` that finished in it succeeded.
    // An interval without requests counts as available: nobody was refused, and counting it as down
    // would make an idle service look broken (and an outage look shorter once traffic drains away).
    void addInterval(std::uint64_t successes, std::uint64_t requests);

    double threshold() const { return m_threshold; }

    // Σ successes / Σ requests; 1.0 when there were no requests at all.
    double byRequests() const;
    // goodIntervals() / intervals(); 1.0 before the first interval.
    double byTime() const;

    std::uint64_t intervals() const { return m_intervals; }
    std::uint64_t goodIntervals() const { return m_goodIntervals; }
    std::uint64_t totalSuccesses() const { return m_successes; }
    std::uint64_t totalRequests() const { return m_requests; }

    // Forgets all intervals; keeps the threshold.
    void clear();

    friend bool operator==(const AvailabilityTracker &, const AvailabilityTracker &) = default;

private:
    double m_threshold = 0.99;
    std::uint64_t m_successes = 0;
    std::uint64_t m_requests = 0;
    std::uint64_t m_intervals = 0;
    std::uint64_t m_goodIntervals = 0;
};

} // namespace fl
