#pragma once

#include "engine/simtime.h"
#include "spec/config.h"

#include <cstdint>
#include <vector>

namespace fl {

// What the health checker believes about one region. It knows only what its probes told it.
struct RegionHealth
{
    bool healthy = true;
    bool heldForOperator = false; // healthy again, but failback waits for an operator
    int consecutiveFailures = 0;
    int consecutiveSuccesses = 0;
    SimTime lastTransition = 0;
    friend bool operator==(const RegionHealth &, const RegionHealth &) = default;
};

enum class HealthTransition : std::uint8_t
{
    None,
    ProbeFailed,
    LeftRotation,
    Rejoined,
    HeldForOperator
};

// Consecutive-failure / consecutive-success hysteresis: k failed probes take a region out of
// rotation, r good ones bring it back (or mark it held, when failback is manual), so a flapping
// region does not bounce traffic back and forth.
class HealthChecker
{
public:
    HealthChecker() = default;
    HealthChecker(std::size_t regions, const HealthCheckConfig &config, bool automaticFailback);

    HealthTransition recordSuccess(std::size_t region, SimTime now);
    HealthTransition recordFailure(std::size_t region, SimTime now);
    // Readmits a held region; false if it was not held.
    bool operatorFailback(std::size_t region, SimTime now);
    void setAutomaticFailback(bool automatic) { m_automaticFailback = automatic; }
    // The belief before the first probe (a region that never served starts out of rotation).
    void setInitialHealth(std::size_t region, bool healthy) { m_state[region].healthy = healthy; }

    bool inRotation(std::size_t region) const
    {
        return m_state[region].healthy && !m_state[region].heldForOperator;
    }
    const RegionHealth &state(std::size_t region) const { return m_state[region]; }
    const HealthCheckConfig &config() const { return m_config; }

    friend bool operator==(const HealthChecker &, const HealthChecker &) = default;

private:
    std::vector<RegionHealth> m_state;
    HealthCheckConfig m_config;
    bool m_automaticFailback = true;
};

} // namespace fl
