#pragma once

#include "spec/config.h"

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace fl {

enum class SettingType : std::uint8_t
{
    Real,
    Integer,  // a whole number
    Duration, // stored as SimTime; ranges and values below are in microseconds
};

// What one setting belongs to: the world, or each element of a list (one value per region, ...).
enum class SettingScope : std::uint8_t
{
    World,
    Region,
    Population,
    Dependency,
};

// One numeric setting, declared once: where it lives in a scenario file and on the command line
// (`path`, the last part its field's name; "regions[].capacity" for one per region), its unit, the
// values it accepts, whether a running world takes it live (a command exists) or only on restart,
// and how to read and write it in a SimulationConfig. The default is SimulationConfig's own. The
// scenario reader (files and --set), the settings form's spin boxes and the form's checks all read
// their ranges here.
struct SettingSpec
{
    std::string_view path;
    std::string_view unit; // as the documentation writes it: "requests/s", "s", "" for a plain number
    SettingType type;
    SettingScope scope;
    double low;
    double high;
    bool lowOpen; // the value must be greater than `low`, not equal to it
    bool live;
    double (*get)(const SimulationConfig &config, std::size_t element);
    void (*set)(SimulationConfig &config, std::size_t element, double value);

    // The field's name in its JSON object ("capacity" for "regions[].capacity").
    constexpr std::string_view key() const { return path.substr(path.rfind('.') + 1); }
    constexpr bool accepts(double value) const
    {
        return (lowOpen ? value > low : value >= low) && value <= high &&
               (type == SettingType::Real || static_cast<double>(static_cast<std::int64_t>(value)) == value);
    }
};

namespace setting_limits {
inline constexpr double kSecondUs = static_cast<double>(kSecond);
inline constexpr double kMinuteUs = static_cast<double>(kMinute);
inline constexpr double kHourUs = 60 * kMinuteUs;
inline constexpr double kDayUs = 24 * kHourUs;
inline constexpr double kMaxRate = 10'000'000.0; // requests (or entries) per second
inline constexpr double kMaxTotalKeys = 10'000'000.0;
} // namespace setting_limits

// Declares an accessor pair for one field reached by `expr` from `c` (the config) and `i` (the
// element). A macro only because a member pointer cannot reach into a list's element.
#define FL_SETTING_ACCESS(T, expr)                                                                           \
    [](const SimulationConfig &c, std::size_t i) -> double {                                                 \
        static_cast<void>(i);                                                                                \
        return static_cast<double>(expr);                                                                    \
    },                                                                                                       \
        [](SimulationConfig &c, std::size_t i, double v) {                                                   \
            static_cast<void>(i);                                                                            \
            expr = static_cast<T>(v);                                                                        \
        }

inline constexpr SettingSpec kSettings[] = {
    // regions[]
    {"regions[].capacity", "requests/s", SettingType::Real, SettingScope::Region, 0, setting_limits::kMaxRate,
     true, false, FL_SETTING_ACCESS(double, c.regions[i].capacityOps)},
    {"regions[].warm_standby_fraction", "", SettingType::Real, SettingScope::Region, 0, 1, true, false,
     FL_SETTING_ACCESS(double, c.regions[i].warmStandbyFraction)},
    {"regions[].scale_up_delay", "s", SettingType::Duration, SettingScope::Region, 0, setting_limits::kDayUs,
     false, false, FL_SETTING_ACCESS(SimTime, c.regions[i].scaleUpDelay)},
    {"regions[].boot_time", "s", SettingType::Duration, SettingScope::Region, 0, setting_limits::kDayUs,
     false, false, FL_SETTING_ACCESS(SimTime, c.regions[i].bootTime)},
    {"regions[].max_queue_delay", "s", SettingType::Duration, SettingScope::Region, 0,
     10 * setting_limits::kMinuteUs, false, false, FL_SETTING_ACCESS(SimTime, c.regions[i].maxQueueDelay)},
    {"regions[].app_latency", "s", SettingType::Duration, SettingScope::Region, 0, setting_limits::kMinuteUs,
     false, false, FL_SETTING_ACCESS(SimTime, c.regions[i].appLatency)},
    {"regions[].data_latency", "s", SettingType::Duration, SettingScope::Region, 0, setting_limits::kMinuteUs,
     false, false, FL_SETTING_ACCESS(SimTime, c.regions[i].dataLatency)},
    // populations[]
    {"populations[].rate", "requests/s", SettingType::Real, SettingScope::Population, 0,
     setting_limits::kMaxRate, false, true, FL_SETTING_ACCESS(double, c.populations[i].requestsPerSecond)},
    {"populations[].read_share", "", SettingType::Real, SettingScope::Population, 0, 1, false, false,
     FL_SETTING_ACCESS(double, c.populations[i].readFraction)},
    // Every region keeps a value for every key of every population: no more than this in all.
    {"populations[].keys", "", SettingType::Integer, SettingScope::Population, 1,
     setting_limits::kMaxTotalKeys, false, false,
     FL_SETTING_ACCESS(std::uint32_t, c.populations[i].keySpace)},
    {"populations[].zipf", "", SettingType::Real, SettingScope::Population, 0, 10, false, false,
     FL_SETTING_ACCESS(double, c.populations[i].zipfExponent)},
    {"populations[].clients", "", SettingType::Integer, SettingScope::Population, 1, 1'000'000, false, false,
     FL_SETTING_ACCESS(std::uint32_t, c.populations[i].clients)},
    {"populations[].ttl_ignoring_share", "", SettingType::Real, SettingScope::Population, 0, 1, false, false,
     FL_SETTING_ACCESS(double, c.populations[i].ttlIgnoringShare)},
    {"populations[].timeout", "s", SettingType::Duration, SettingScope::Population, 0,
     10 * setting_limits::kMinuteUs, true, false,
     FL_SETTING_ACCESS(SimTime, c.populations[i].requestTimeout)},
    {"populations[].retries", "", SettingType::Integer, SettingScope::Population, 0, 10, false, false,
     FL_SETTING_ACCESS(int, c.populations[i].maxRetries)},
    {"populations[].backoff", "s", SettingType::Duration, SettingScope::Population, 0,
     10 * setting_limits::kMinuteUs, false, false, FL_SETTING_ACCESS(SimTime, c.populations[i].retryBackoff)},
    // health
    {"health.interval", "s", SettingType::Duration, SettingScope::World, 0, setting_limits::kHourUs, true,
     false, FL_SETTING_ACCESS(SimTime, c.health.interval)},
    {"health.timeout", "s", SettingType::Duration, SettingScope::World, 0, 10 * setting_limits::kMinuteUs,
     true, false, FL_SETTING_ACCESS(SimTime, c.health.timeout)},
    {"health.failure_threshold", "", SettingType::Integer, SettingScope::World, 1, 100, false, false,
     FL_SETTING_ACCESS(int, c.health.failureThreshold)},
    {"health.recovery_threshold", "", SettingType::Integer, SettingScope::World, 1, 100, false, false,
     FL_SETTING_ACCESS(int, c.health.recoveryThreshold)},
    // routing
    {"routing.dns_ttl", "s", SettingType::Duration, SettingScope::World, 0, setting_limits::kDayUs, false,
     true, FL_SETTING_ACCESS(SimTime, c.routing.dnsTtl)},
    {"routing.front_door_overhead", "s", SettingType::Duration, SettingScope::World, 0,
     setting_limits::kMinuteUs, false, false, FL_SETTING_ACCESS(SimTime, c.routing.frontDoorOverhead)},
    // network
    {"network.jitter", "", SettingType::Real, SettingScope::World, 0, 1, false, false,
     FL_SETTING_ACCESS(double, c.network.jitterFraction)},
    {"network.retransmit_timeout_min", "s", SettingType::Duration, SettingScope::World, 0,
     setting_limits::kMinuteUs, true, false, FL_SETTING_ACCESS(SimTime, c.network.retransmitTimeoutMin)},
    // metrics
    {"metrics.interval", "s", SettingType::Duration, SettingScope::World, 10 * 1000.0,
     setting_limits::kHourUs, false, false, FL_SETTING_ACCESS(SimTime, c.metricsInterval)},
    {"metrics.history", "samples", SettingType::Integer, SettingScope::World, 1, 10'000'000, false, false,
     FL_SETTING_ACCESS(std::uint32_t, c.historySeconds)},
    {"metrics.event_log", "events", SettingType::Integer, SettingScope::World, 0, 10'000'000, false, false,
     FL_SETTING_ACCESS(std::uint32_t, c.eventLogCapacity)},
    // data. Shipping is an event per region per batch: the floor keeps a run from drowning in them;
    // an applier slower than one entry per second would push the model's clocks past any run.
    {"data.batch_interval", "s", SettingType::Duration, SettingScope::World, 1000.0,
     setting_limits::kMinuteUs, false, false, FL_SETTING_ACCESS(SimTime, c.data.batchInterval)},
    {"data.apply_rate", "entries/s", SettingType::Real, SettingScope::World, 1, setting_limits::kMaxRate,
     false, false, FL_SETTING_ACCESS(double, c.data.applyRate)},
    {"data.event_consumer_rate", "entries/s", SettingType::Real, SettingScope::World, 1,
     setting_limits::kMaxRate, false, false, FL_SETTING_ACCESS(double, c.data.eventConsumerRate)},
    {"data.sync_fallback.timeout", "s", SettingType::Duration, SettingScope::World, 0,
     10 * setting_limits::kMinuteUs, true, false, FL_SETTING_ACCESS(SimTime, c.data.syncFallbackTimeout)},
    {"data.sync_lag_timeout", "s", SettingType::Duration, SettingScope::World, 1000.0,
     setting_limits::kHourUs, false, false, FL_SETTING_ACCESS(SimTime, c.data.syncLagTimeout)},
    // At most one fewer than the 20 regions a world may have (kMaxRegions).
    {"data.min_sync_replicas", "copies", SettingType::Integer, SettingScope::World, 0, 19, false, false,
     FL_SETTING_ACCESS(int, c.data.minSyncReplicas)},
    {"data.max_log_retention", "entries", SettingType::Integer, SettingScope::World, 100, 100'000'000, false,
     false, FL_SETTING_ACCESS(std::uint32_t, c.data.maxLogRetention)},
    {"data.record_fields", "", SettingType::Integer, SettingScope::World, 1, 64, false, false,
     FL_SETTING_ACCESS(int, c.data.recordFields)},
    {"data.set_elements", "", SettingType::Integer, SettingScope::World, 1, 64, false, false,
     FL_SETTING_ACCESS(int, c.data.setElements)},
    // failover
    {"failover.probe_interval", "s", SettingType::Duration, SettingScope::World, 10 * 1000.0,
     setting_limits::kHourUs, false, false, FL_SETTING_ACCESS(SimTime, c.failover.probeInterval)},
    {"failover.probe_timeout", "s", SettingType::Duration, SettingScope::World, 0,
     10 * setting_limits::kMinuteUs, true, false, FL_SETTING_ACCESS(SimTime, c.failover.probeTimeout)},
    {"failover.failure_threshold", "", SettingType::Integer, SettingScope::World, 1, 100, false, false,
     FL_SETTING_ACCESS(int, c.failover.failureThreshold)},
    {"failover.promotion_time", "s", SettingType::Duration, SettingScope::World, 0, setting_limits::kHourUs,
     false, false, FL_SETTING_ACCESS(SimTime, c.failover.promotionTime)},
    {"failover.lease_duration", "s", SettingType::Duration, SettingScope::World, 0, setting_limits::kHourUs,
     true, false, FL_SETTING_ACCESS(SimTime, c.failover.leaseDuration)},
    // dependencies[]
    {"dependencies[].request_share", "", SettingType::Real, SettingScope::Dependency, 0, 1, false, false,
     FL_SETTING_ACCESS(double, c.dependencies[i].requestShare)},
    {"dependencies[].warmup", "s", SettingType::Duration, SettingScope::Dependency, 0, setting_limits::kDayUs,
     false, false, FL_SETTING_ACCESS(SimTime, c.dependencies[i].warmupTime)},
    {"dependencies[].miss_penalty", "s", SettingType::Duration, SettingScope::Dependency, 0,
     setting_limits::kMinuteUs, false, false, FL_SETTING_ACCESS(SimTime, c.dependencies[i].missPenalty)},
    // cost (per hour of a region in each role)
    {"cost.active", "per hour", SettingType::Real, SettingScope::World, 0, 1e9, false, false,
     FL_SETTING_ACCESS(double, c.cost.activePerHour)},
    {"cost.warm_standby", "per hour", SettingType::Real, SettingScope::World, 0, 1e9, false, false,
     FL_SETTING_ACCESS(double, c.cost.warmStandbyPerHour)},
    {"cost.pilot_light", "per hour", SettingType::Real, SettingScope::World, 0, 1e9, false, false,
     FL_SETTING_ACCESS(double, c.cost.pilotLightPerHour)},
    {"cost.witness", "per hour", SettingType::Real, SettingScope::World, 0, 1e9, false, false,
     FL_SETTING_ACCESS(double, c.cost.witnessPerHour)},
};

#undef FL_SETTING_ACCESS

// The declaration at `path` ("data.apply_rate"; "regions[].capacity"), looked up while compiling:
// a path that is not declared does not build (the throw below is only ever reached then).
consteval const SettingSpec &settingAt(std::string_view path)
{
    for (const SettingSpec &s : kSettings) {
        if (s.path == path)
            return s;
    }
    throw "undeclared setting";
}

// How many elements a setting of `scope` has in `config` (1 for the world).
inline std::size_t settingElements(const SimulationConfig &config, SettingScope scope)
{
    switch (scope) {
    case SettingScope::World:
        return 1;
    case SettingScope::Region:
        return config.regions.size();
    case SettingScope::Population:
        return config.populations.size();
    case SettingScope::Dependency:
        return config.dependencies.size();
    }
    return 0;
}

} // namespace fl
