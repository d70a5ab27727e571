#pragma once

#include "config.h"
#include "commands.h"
#include "simevents.h"

#include "engine/engine.h"
#include "metrics/timeseries.h"
#include "metrics/worldmetrics.h"
#include "traffic/healthchecker.h"
#include "traffic/router.h"
#include "traffic/zipfsampler.h"
#include "world/network.h"

#include <cstdint>
#include <vector>

namespace fl {

// Ground truth about one region's servers (what the simulation knows; the router only knows
// what the health checks report).
struct RegionRuntime
{
    bool up = true;        // false after a kill or destroy, until restored
    bool destroyed = false; // its data is gone (the data issue gives this teeth)
    bool appTierUp = true;
    bool dataTierUp = true;
    std::uint32_t incarnation = 0; // bumps on every crash: replies from an earlier life are dropped
    RegionRole role = RegionRole::Active;
    double capacityOps = 0;        // current app-tier capacity
    // FIFO work queue (Lindley recursion): when the queued work drains, in microseconds. A double
    // so that service times like 1/30,000 s accumulate without rounding drift.
    double busyUntil = 0;
    SimTime readyAt = kNever;      // pilot light boot or warm-standby scale-up completes
    bool shedding = false;
    std::uint64_t shedThisInterval = 0;
    friend bool operator==(const RegionRuntime &, const RegionRuntime &) = default;
};

// A client session of a population: its DNS cache lives here.
struct ClientSession
{
    std::int16_t cachedRegion = -1;
    bool ignoresTtl = false;
    SimTime cacheExpiry = 0;
    friend bool operator==(const ClientSession &, const ClientSession &) = default;
};

// One logical client request and its current attempt.
struct Request
{
    SimTime firstSent = 0;
    SimTime attemptSent = 0;
    SimTime deadline = 0; // attempt timeout
    std::uint32_t client = 0;
    std::uint32_t key = 0;
    std::uint32_t incarnation = 0; // of the serving region when the attempt arrived
    std::uint16_t population = 0;
    std::int16_t region = -1;
    std::uint8_t attempt = 0;
    bool write = false;
    std::uint8_t outcome = 0; // ResponseOutcome of the attempt in flight
    friend bool operator==(const Request &, const Request &) = default;
};

enum class ResponseOutcome : std::uint8_t { Ok, Shed, Refused };

// The world and its traffic: regions with capacity and roles, the inter-region network, user
// populations issuing open-loop Poisson requests, DNS and front-door routing filtered by health
// checks, and the metrics. Every figure comes from individual simulated requests and probes.
// A Simulation is a value: copy it to checkpoint, and the copy continues identically.
class Simulation
{
public:
    explicit Simulation(SimulationConfig config);

    // --- running ---
    void runUntil(SimTime t) { m_engine.runUntil(t, *this); }
    bool step() { return m_engine.step(*this); }
    SimTime now() const { return m_engine.now(); }
    SimTime submit(const Command &c) { return m_engine.submit(c); }
    const Engine &engine() const { return m_engine; }
    std::uint64_t traceHash() const { return m_engine.traceHash(); }

    // --- state for views, tests and metrics ---
    const SimulationConfig &config() const { return m_config; }
    std::size_t regionCount() const { return m_regions.size(); }
    std::size_t populationCount() const { return m_config.populations.size(); }
    const RegionRuntime &region(std::size_t r) const { return m_regions[r]; }
    const RegionHealth &health(std::size_t r) const { return m_health.state(r); }
    bool inRotation(std::size_t r) const { return m_health.inRotation(r); }
    const Network &network() const { return m_network; }
    const Router &router() const { return m_router; }
    const WorldMetrics &metrics() const { return m_metrics; }
    const RingSeries<SimEvent> &events() const { return m_events; }
    const std::vector<ClientSession> &clients(std::size_t p) const { return m_clients[p]; }
    RoutingMechanism routingMechanism() const { return m_mechanism; }
    SimTime dnsTtl() const { return m_dnsTtl; }
    double populationRate(std::size_t p) const { return m_rates[p]; }
    std::uint64_t requestsInFlight() const { return m_inFlight; }
    SimTime accessOneWay(std::size_t population, std::size_t region) const
    {
        return m_accessOneWay[population * m_regions.size() + region];
    }

    // Engine callbacks.
    void onEvent(Engine &engine, const Event &e);
    void onCommand(Engine &engine, const Command &c);

    friend bool operator==(const Simulation &, const Simulation &) = default;

private:
    enum EventKind : std::uint32_t {
        PopulationArrival = 1,
        RequestAtRegion,
        ResponseAtClient,
        ClientTimeout,
        RetryRequest,
        ProbeSend,
        ProbeAtRegion,
        ProbeReply,
        ProbeTimeout,
        MetricsTick,
        RegionReady,
    };

    void scheduleNextArrival(std::size_t population);
    void onPopulationArrival(std::size_t population);
    void sendAttempt(std::uint32_t requestId);
    void onRequestAtRegion(std::uint32_t requestId);
    void onResponse(std::uint32_t requestId);
    void onAttemptFailed(std::uint32_t requestId, ResponseOutcome why, bool timedOut);
    void finishRequest(std::uint32_t requestId, bool success, ResponseOutcome why, bool timedOut);
    int routeFor(std::size_t population, std::uint32_t client);

    void onProbeSend(std::size_t region);
    void onProbeAtRegion(std::size_t region, std::uint64_t data);
    void onProbeReply(std::size_t region, std::uint64_t data);
    void onProbeResult(std::size_t region, bool success);
    bool checkerAlive() const;

    void onMetricsTick();
    void onRegionReady(std::size_t region, std::uint64_t data);

    void crashRegion(std::size_t r);
    void restoreRegion(std::size_t r);
    void noteTraffic(std::size_t r);
    void setRole(std::size_t r, RegionRole role);
    bool serves(std::size_t r) const;
    void refreshRouting();
    void log(SimEventType type, int region = -1, int other = -1, int population = -1, double value = 0);

    std::uint32_t allocateRequest();
    void releaseRequest(std::uint32_t id);

    SimulationConfig m_config;
    Engine m_engine;
    Network m_network;
    Router m_router;
    HealthChecker m_health;
    WorldMetrics m_metrics;
    RingSeries<SimEvent> m_events;

    std::vector<RegionRuntime> m_regions;
    std::vector<SimTime> m_accessOneWay; // [population * regions + region], user <-> region
    std::vector<std::vector<ClientSession>> m_clients;
    std::vector<ZipfSampler> m_keys;
    std::vector<double> m_rates;
    std::vector<std::uint8_t> m_arrivalPending; // an arrival chain is scheduled for the population
    std::vector<std::uint8_t> m_serving;     // region serves users at all (role and readiness)
    std::vector<std::uint8_t> m_candidates;  // what routing may answer right now
    bool m_failingOpen = false;
    RoutingMechanism m_mechanism = RoutingMechanism::Dns;
    SimTime m_dnsTtl = 0;

    std::vector<Request> m_requests;
    std::vector<std::uint32_t> m_freeRequests;
    std::uint64_t m_inFlight = 0;
};

} // namespace fl
