#include "worldsnapshot.h"

#include "sim/simulation.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <algorithm>

namespace fl::ui {

const LinkView *WorldSnapshot::link(int a, int b) const
{
    const int lo = std::min(a, b);
    const int hi = std::max(a, b);
    for (const LinkView &l : links) {
        if (l.from == lo && l.to == hi)
            return &l;
    }
    return nullptr;
}

namespace {

LinkDirectionView direction(const LinkState &s)
{
    LinkDirectionView v;
    v.cut = s.cut;
    v.extraMs = toMilliseconds(s.extraDelay);
    v.lossFraction = s.lossFraction;
    return v;
}

// The state of one region's copy of the data: which group it leads or follows, epoch, lag, lease.
void fillRegionData(const Simulation &sim, std::size_t r, RegionView &v)
{
    const SimulationConfig &config = sim.config();
    const RegionRuntime &rt = sim.region(r);
    v.holdsData = sim.holdsData(r);
    const bool single = config.data.topology == WriteTopology::SinglePrimary;
    const std::size_t g = single ? 0 : r;
    const RegionData &data = sim.regionData(r);
    if (g < sim.groupCount()) {
        v.dataPrimary = v.holdsData && sim.group(g).primary == static_cast<int>(r);
        if (g < data.believedPrimary.size())
            v.believedPrimary = data.believedPrimary[g];
        v.believesPrimary = v.holdsData && v.believedPrimary == static_cast<int>(r);
        v.deposedPrimary = single && v.believesPrimary && !v.dataPrimary && rt.up;
        if (g < data.logs.size())
            v.epoch = data.logs[g].epoch;
    }
    const ReplicaLag lag = sim.replicaLag(r);
    v.receiveLagMs = toMilliseconds(lag.receiveLag);
    v.applyLagMs = toMilliseconds(lag.applyLag);
    v.entriesBehind = lag.entriesBehind;
    if (config.failover.leases && single) {
        const SimTime left = sim.leaseExpiry(r) - sim.now();
        v.leaseValid = left >= 0;
        v.leaseRemainingSeconds = toSeconds(std::max<SimTime>(0, left));
    }
    if (r < config.data.clockSkew.size())
        v.clockSkewMs = toMilliseconds(config.data.clockSkew[r]);
    v.costPerHour = sim.regionCostPerHour(r);
}

// Where each dependency is deployed and whether each region can reach one (the rule the data
// path uses: its own deployment while up, or an up region across links cut in neither direction).
void fillDependencies(const Simulation &sim, std::vector<RegionView> &regions)
{
    const std::vector<DependencyConfig> &deps = sim.config().dependencies;
    const std::size_t nr = regions.size();
    for (std::size_t r = 0; r < nr; ++r) {
        regions[r].dependencyDeployed.assign(deps.size(), 0);
        regions[r].dependencyReachable.assign(deps.size(), 0);
        for (std::size_t d = 0; d < deps.size(); ++d) {
            regions[r].dependencyDeployed[d] = sim.dependencyDeployed(d, r) ? 1 : 0;
            const bool reachable = sim.dependencyReachable(d, r);
            regions[r].dependencyReachable[d] = reachable ? 1 : 0;
        }
    }
}

} // namespace

namespace {

void fillRegions(const Simulation &sim, WorldSnapshot &s)
{
    const WorldMetrics &metrics = sim.metrics();
    const std::size_t nr = sim.regionCount();
    s.regions.resize(nr);
    for (std::size_t r = 0; r < nr; ++r) {
        RegionView &v = s.regions[r];
        const RegionConfig &rc = sim.config().regions[r];
        const RegionRuntime &rt = sim.region(r);
        const RegionHealth &health = sim.health(r);
        v.index = static_cast<int>(r);
        v.catalogIndex = rc.catalogIndex;
        const std::string_view id = regionId(rc);
        v.id = QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
        v.ownName = QString::fromStdString(rc.name.empty() ? rc.id : rc.name);
        v.location = regionLocation(rc);
        v.role = rt.role;
        v.up = rt.up;
        v.destroyed = rt.destroyed;
        v.appTierUp = rt.appTierUp;
        v.dataTierUp = rt.dataTierUp;
        v.inRotation = sim.inRotation(r);
        v.heldForOperator = health.heldForOperator;
        v.shedding = rt.shedding;
        v.changingRole = rt.readyAt != kNever;
        v.readyInSeconds = v.changingRole ? toSeconds(std::max<SimTime>(0, rt.readyAt - sim.now())) : 0.0;
        v.healthFailures = health.consecutiveFailures;
        v.capacityOps = rt.capacityOps;
        v.fullCapacityOps = rc.capacityOps;
        const auto &series = metrics.regionSeries(r);
        if (!series.empty()) {
            const RegionSample &last = series.back();
            v.attemptsPerSecond = last.attemptsPerSecond;
            v.errorsPerSecond = last.errorsPerSecond;
            v.errorRatio = last.errorRatio;
            v.p99Ms = last.p99Ms;
            v.trafficShare = last.trafficShare;
            v.queueDepth = last.queueDepth;
            v.queueDelayMs = last.queueDelayMs;
        }
        v.meanQueueDelayMs = metrics.regionQueueWait(r).meanMicros() / 1000.0;
        fillRegionData(sim, r, v);
    }
    fillDependencies(sim, s.regions);
}

void fillLinks(const Simulation &sim, WorldSnapshot &s)
{
    const std::size_t nr = sim.regionCount();
    const Network &net = sim.network();
    s.links.reserve(nr * (nr > 0 ? nr - 1 : 0) / 2);
    for (std::size_t a = 0; a < nr; ++a) {
        for (std::size_t b = a + 1; b < nr; ++b) {
            LinkView l;
            l.from = static_cast<int>(a);
            l.to = static_cast<int>(b);
            l.baseOneWayMs = toMilliseconds(net.baseOneWay(a, b));
            l.forward = direction(net.link(a, b));
            l.backward = direction(net.link(b, a));
            s.links.push_back(l);
        }
    }
}

void fillPopulations(const Simulation &sim, WorldSnapshot &s)
{
    const WorldMetrics &metrics = sim.metrics();
    const std::size_t nr = sim.regionCount();
    const std::size_t np = sim.populationCount();
    s.populations.resize(np);
    for (std::size_t p = 0; p < np; ++p) {
        PopulationView &v = s.populations[p];
        const PopulationConfig &pc = sim.config().populations[p];
        const PopulationInfo &info = populationCatalog().at(static_cast<std::size_t>(pc.catalogIndex));
        v.index = static_cast<int>(p);
        v.catalogIndex = pc.catalogIndex;
        v.id = QString::fromUtf8(info.id.data(), static_cast<qsizetype>(info.id.size()));
        v.location = info.centroid;
        v.rateSetting = sim.populationRate(p);
        v.weights.resize(nr);
        for (std::size_t r = 0; r < nr; ++r)
            v.weights[r] = sim.router().weight(p, r);
        v.ownWeights = sim.router().ownWeights(p);
        v.attemptsPerRegion.resize(nr);
        for (std::size_t r = 0; r < nr; ++r)
            v.attemptsPerRegion[r] = metrics.lastAttemptsPerSecond(p, r);
        const auto &series = metrics.populationSeries(p);
        if (!series.empty()) {
            const PopulationSample &last = series.back();
            v.requestsPerSecond = last.requestsPerSecond;
            v.successRatio = last.successRatio;
            v.p99Ms = last.p99Ms;
            v.servingRegion = last.servingRegion;
        }
    }
}

// The events and samples since the last snapshot took them.
void fillDeltas(const Simulation &sim, WorldSnapshot &s, std::uint64_t eventsFrom, std::uint64_t samplesFrom)
{
    const WorldMetrics &metrics = sim.metrics();
    const std::size_t nr = sim.regionCount();
    const std::size_t np = sim.populationCount();
    const auto &events = sim.events();
    const std::uint64_t first = std::max(eventsFrom, events.firstIndex());
    s.eventsDropped = first - std::min(first, eventsFrom);
    for (std::uint64_t i = first; i < events.totalPushed(); ++i)
        s.events.push_back(events[static_cast<std::size_t>(i - events.firstIndex())]);

    // Every series gains one sample per interval, so the data series' count stands for all of them.
    const RingSeries<DataSample> &dataSeries = metrics.dataSeries();
    const std::uint64_t firstSample = std::max(samplesFrom, dataSeries.firstIndex());
    SampleDelta &delta = s.samples;
    delta.first = firstSample;
    delta.dropped = firstSample - std::min(firstSample, samplesFrom);
    delta.availabilityThreshold = metrics.availability().threshold();
    delta.regions.resize(nr);
    delta.populations.resize(np);
    for (std::uint64_t i = firstSample; i < dataSeries.totalPushed(); ++i) {
        const auto at = static_cast<std::size_t>(i - dataSeries.firstIndex());
        delta.data.push_back(dataSeries[at]);
        for (std::size_t r = 0; r < nr; ++r)
            delta.regions[r].push_back(metrics.regionSeries(r)[at]);
        for (std::size_t p = 0; p < np; ++p)
            delta.populations[p].push_back(metrics.populationSeries(p)[at]);
    }
}

void fillDataAndController(const Simulation &sim, WorldSnapshot &s)
{
    const std::size_t nr = sim.regionCount();
    DataView &d = s.data;
    const SimulationConfig &config = sim.config(); // the simulation's own copy follows live settings
    d.topology = config.data.topology;
    d.mode = config.data.mode;
    d.dataPrimary = config.data.topology == WriteTopology::SinglePrimary && sim.groupCount() > 0
                        ? sim.group(0).primary
                        : -1;
    d.epoch = sim.groupCount() > 0 ? sim.group(0).epoch : 0;
    d.routingPrimary = sim.routingPrimary();
    d.writes = sim.writes();
    d.divergentKeys = sim.divergentKeys();
    d.splitBrain = sim.splitBrain();
    d.costPerHour = sim.costPerHour();
    d.totalCost = sim.totalCost();
    d.fencingRefusals = sim.fencingRefusals();
    d.staleEpochApplied = sim.staleEpochApplied();
    d.ackedSincePromotion = sim.ackedSincePromotion();

    ControllerView &c = s.controller;
    const ControllerState &ctl = sim.controller();
    c.mode = config.failover.mode;
    c.controlRegion = config.failover.controlRegion;
    c.alive = c.controlRegion >= 0 && static_cast<std::size_t>(c.controlRegion) < nr &&
              sim.region(static_cast<std::size_t>(c.controlRegion)).up;
    c.active = config.data.topology == WriteTopology::SinglePrimary;
    c.consecutiveFailures = ctl.consecutiveFailures;
    c.primaryDeclaredDown = ctl.primaryDeclaredDown;
    c.verified = ctl.verified;
    c.electing = ctl.electing;
    c.promoting = ctl.promoting;
    c.awaitingOperator = c.mode == FailoverMode::Manual && ctl.primaryDeclaredDown && ctl.promoting < 0;
    if (ctl.promoting >= 0 && static_cast<std::size_t>(ctl.promoting) < nr)
        s.regions[static_cast<std::size_t>(ctl.promoting)].promoting = true;
}

} // namespace

WorldSnapshot makeSnapshot(const Simulation &sim, std::uint64_t eventsFrom, std::uint64_t samplesFrom)
{
    WorldSnapshot s;
    s.now = sim.now();
    s.mechanism = sim.routingMechanism();
    s.policy = sim.router().policy();
    s.dnsTtl = sim.dnsTtl();
    s.config = sim.config();
    fillRegions(sim, s);
    fillLinks(sim, s);
    fillPopulations(sim, s);
    fillDeltas(sim, s, eventsFrom, samplesFrom);
    const WorldMetrics &metrics = sim.metrics();
    s.totals.requests = metrics.totals();
    s.totals.availability = metrics.availability().byRequests();
    s.totals.availabilityByTime = metrics.availability().byTime();
    s.totals.availabilityThreshold = metrics.availability().threshold();
    s.totals.inFlight = sim.requestsInFlight();
    s.totals.eventsProcessed = sim.engine().eventsProcessed();
    s.totals.traceHash = sim.traceHash();
    fillDataAndController(sim, s);
    s.incidents = sim.incidents();
    return s;
}

} // namespace fl::ui
