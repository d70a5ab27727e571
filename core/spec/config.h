#pragma once

#include "engine/simtime.h"
#include "spec/dataconfig.h"
#include "spec/failoverconfig.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fl {

// What a region is for. Roles decide capacity and readiness; they are what the lab's cost and
// failover lessons compare.
enum class RegionRole : std::uint8_t
{
    Active,      // serves at full capacity
    WarmStandby, // serves at reduced capacity; scales up after a delay once it takes traffic
    PilotLight,  // serves nothing until booted; booting starts when it is first sent traffic
    Witness,     // votes in elections only; never serves users
};

enum class RoutingMechanism : std::uint8_t
{
    Dns,       // clients cache the answer for the TTL
    FrontDoor, // a global load balancer / anycast edge decides per request, no TTL
};

// How the world's DNS caches keep an answer (docs/traffic-model.md, "DNS resolvers").
enum class DnsResolvers : std::uint8_t
{
    Ideal,    // every cache honours the TTL
    Measured, // a mix calibrated to Flavel, Mani and Maltz (LANMAN 2014): floors and session-long holds
};

enum class RoutingPolicy : std::uint8_t
{
    PrimaryOnly,  // active-passive: everything to the first healthy region in priority order
    GeoNearest,   // shortest great-circle distance from the population
    LatencyBased, // lowest modelled round trip from the population
    Weighted,     // weights per population and region (what dragging traffic sets)
};

enum class HealthCheckerPlacement : std::uint8_t
{
    External, // a provider service outside the simulated regions (like DNS health checkers)
    InRegion, // runs inside one region and probes over the inter-region links; dies with it
};

// Where a region's data centres are when not at its catalog entry's metro: a region the user moved
// on the map, or one placed at a point of their own. Degrees, north and east positive (WGS 84).
struct RegionLocation
{
    double latDeg = 0;
    double lonDeg = 0;
    friend bool operator==(const RegionLocation &, const RegionLocation &) = default;
};

struct RegionConfig
{
    // The catalog entry the region is (for a custom region, the nearest one).
    int catalogIndex = 0;
    // A custom region's own id, as files and fault schedules name it; empty for a catalog region,
    // which is named by its entry's id. Ids are unique within a world.
    std::string id;
    // Shown instead of the entry's (translated) name when not empty, exactly as the user wrote it.
    std::string name;
    // Overrides the entry's location; latency follows the location (docs/latency-model.md).
    std::optional<RegionLocation> location;
    RegionRole role = RegionRole::Active;
    double capacityOps = 20'000.0;     // app-tier throughput at full scale, requests per second
    double warmStandbyFraction = 0.25; // capacity share of a warm standby before scale-up
    SimTime scaleUpDelay = 120 * kSecond;
    SimTime bootTime = 300 * kSecond; // pilot light: from first traffic to serving
    // Requests that would wait longer are shed (HTTP 503). Shorter than a typical client timeout,
    // so that an overloaded region sheds rather than serving requests whose clients have gone.
    SimTime maxQueueDelay = 500 * kMillisecond;
    SimTime appLatency = 2 * kMillisecond;  // stateless tier work per request (mean)
    SimTime dataLatency = 1 * kMillisecond; // data tier work per request
    friend bool operator==(const RegionConfig &, const RegionConfig &) = default;
};

struct PopulationConfig
{
    int catalogIndex = 0;
    double requestsPerSecond = 1000.0;
    double readFraction = 0.9;
    std::uint32_t keySpace = 10'000; // keys this population's users own (disjoint per population)
    double zipfExponent = 0.99;      // 0 = uniform keys
    std::uint32_t clients = 200;     // client sessions; each keeps its own DNS answer
    double ttlIgnoringShare = 0.0;   // share of clients that hold their answer for the session
    SimTime requestTimeout = 1 * kSecond;
    int maxRetries = 2;
    SimTime retryBackoff = 100 * kMillisecond; // base; doubles per attempt, with full jitter
    std::vector<double> weights; // per configured region (same order as SimulationConfig::regions)
    // Routes by `weights` whatever the world's policy: what dragging one population onto a region
    // sets, so that moving one population leaves every other one on the world's policy.
    bool ownWeights = false;
    friend bool operator==(const PopulationConfig &, const PopulationConfig &) = default;
};

struct HealthCheckConfig
{
    SimTime interval = 10 * kSecond;
    SimTime timeout = 2 * kSecond;
    int failureThreshold = 3;  // consecutive failures before a region leaves rotation
    int recoveryThreshold = 3; // consecutive successes before it may come back
    bool deep = true;          // the probe also exercises the data tier, not just the app
    HealthCheckerPlacement placement = HealthCheckerPlacement::External;
    int vantageRegion = 0; // index into SimulationConfig::regions: where the checker probes from
    friend bool operator==(const HealthCheckConfig &, const HealthCheckConfig &) = default;
};

struct RoutingConfig
{
    RoutingMechanism mechanism = RoutingMechanism::Dns;
    RoutingPolicy policy = RoutingPolicy::GeoNearest;
    SimTime dnsTtl = 60 * kSecond;
    DnsResolvers resolvers = DnsResolvers::Ideal;
    SimTime frontDoorOverhead = 1 * kMillisecond;
    bool automaticFailback = true; // false: a recovered region waits for the operator
    friend bool operator==(const RoutingConfig &, const RoutingConfig &) = default;
};

struct NetworkConfig
{
    double jitterFraction = 0.02; // extra one-way delay up to this share (never reorders a link)
    SimTime retransmitTimeoutMin = 200 * kMillisecond;
    friend bool operator==(const NetworkConfig &, const NetworkConfig &) = default;
};

struct SimulationConfig
{
    std::uint64_t seed = 1;
    std::vector<RegionConfig> regions;
    std::vector<PopulationConfig> populations;
    HealthCheckConfig health;
    RoutingConfig routing;
    NetworkConfig network;
    DataConfig data;
    FailoverConfig failover;
    std::vector<DependencyConfig> dependencies;
    Targets targets;
    CostConfig cost;
    SimTime metricsInterval = 1 * kSecond;
    std::uint32_t historySeconds = 3600; // time-series samples kept per series
    std::uint32_t eventLogCapacity = 4096;
    friend bool operator==(const SimulationConfig &, const SimulationConfig &) = default;
};

} // namespace fl
