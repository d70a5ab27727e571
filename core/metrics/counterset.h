#pragma once

#include <cstdint>
#include <type_traits>

namespace fl {

// What happened to requests over some span (a metrics tick, a whole run): plain counters, cheap to
// copy, add and snapshot. Every finished request is counted exactly once, as a success or under the
// one failure reason that ended it; `issued` also counts requests still in flight.
struct RequestCounters
{
    std::uint64_t issued = 0;
    std::uint64_t succeeded = 0;
    std::uint64_t failedTimeout = 0;     // no answer in time (the outcome may be unknown)
    std::uint64_t failedUnreachable = 0; // no route / region down / connection refused
    std::uint64_t failedShed = 0;        // rejected by load shedding or admission control
    std::uint64_t failedOther = 0;

    std::uint64_t failed() const { return failedTimeout + failedUnreachable + failedShed + failedOther; }
    // Requests that reached an outcome (success or failure).
    std::uint64_t resolved() const { return succeeded + failed(); }
    // Share of resolved requests that succeeded; 1.0 when none resolved. Measured over resolved rather
    // than issued requests so that requests still in flight at the end of a tick are neither counted
    // as failures nor as successes before their outcome is known.
    double successRatio() const
    {
        const std::uint64_t n = resolved();
        return n == 0 ? 1.0 : static_cast<double>(succeeded) / static_cast<double>(n);
    }

    void clear() { *this = RequestCounters{}; }

    RequestCounters &operator+=(const RequestCounters &o)
    {
        issued += o.issued;
        succeeded += o.succeeded;
        failedTimeout += o.failedTimeout;
        failedUnreachable += o.failedUnreachable;
        failedShed += o.failedShed;
        failedOther += o.failedOther;
        return *this;
    }
    friend RequestCounters operator+(RequestCounters a, const RequestCounters &b) { return a += b; }

    friend bool operator==(const RequestCounters &, const RequestCounters &) = default;
};

static_assert(std::is_trivially_copyable_v<RequestCounters>);
static_assert(std::is_aggregate_v<RequestCounters>);

} // namespace fl
