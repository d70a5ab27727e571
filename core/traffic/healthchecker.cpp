#include "healthchecker.h"

namespace fl {

HealthChecker::HealthChecker(std::size_t regions, const HealthCheckConfig &config, bool automaticFailback)
    : m_state(regions), m_config(config), m_automaticFailback(automaticFailback)
{}

HealthTransition HealthChecker::recordSuccess(std::size_t region, SimTime now)
{
    RegionHealth &h = m_state[region];
    h.consecutiveFailures = 0;
    ++h.consecutiveSuccesses;
    if (!h.healthy && h.consecutiveSuccesses >= m_config.recoveryThreshold) {
        h.healthy = true;
        h.lastTransition = now;
        if (!m_automaticFailback) {
            h.heldForOperator = true;
            return HealthTransition::HeldForOperator;
        }
        return HealthTransition::Rejoined;
    }
    return HealthTransition::None;
}

HealthTransition HealthChecker::recordFailure(std::size_t region, SimTime now)
{
    RegionHealth &h = m_state[region];
    h.consecutiveSuccesses = 0;
    ++h.consecutiveFailures;
    // A region already out of rotation that keeps failing is no news (a witness, which never
    // answers "ready", used to fill the log with "failed (58 in a row)").
    if (!h.healthy)
        return HealthTransition::None;
    if (h.consecutiveFailures >= m_config.failureThreshold) {
        h.healthy = false;
        h.heldForOperator = false;
        h.lastTransition = now;
        return HealthTransition::LeftRotation;
    }
    return HealthTransition::ProbeFailed;
}

bool HealthChecker::operatorFailback(std::size_t region, SimTime now)
{
    RegionHealth &h = m_state[region];
    if (!h.heldForOperator)
        return false;
    h.heldForOperator = false;
    h.lastTransition = now;
    return true;
}

} // namespace fl
