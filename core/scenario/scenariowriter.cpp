#include "scenariowriter.h"

#include "duration.h"
#include "jsonwriter.h"
#include "names.h"
#include "outputfile.h"
#include "scenarioreader.h"
#include "spec/settings.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace fl::scenario {
namespace {

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::Writer)
};

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString regionId(const SimulationConfig &config, int index)
{
    // An index outside the world (a caller's bug) is written as the number, which the reader then
    // refuses with its path, rather than throwing out of a save.
    if (index < 0 || static_cast<std::size_t>(index) >= config.regions.size())
        return QString::number(index);
    return toQString(fl::regionId(config.regions[static_cast<std::size_t>(index)]));
}

QString populationId(const SimulationConfig &config, int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= config.populations.size())
        return QString::number(index);
    const int catalog = config.populations[static_cast<std::size_t>(index)].catalogIndex;
    return toQString(populationCatalog().at(static_cast<std::size_t>(catalog)).id);
}

QJsonValue duration(SimTime t)
{
    return formatDuration(t);
}

QJsonValue seedValue(std::uint64_t seed)
{
    // Doubles count integers exactly only up to 2^53; beyond, the file carries the digits.
    if (seed <= (std::uint64_t{1} << 53))
        return static_cast<double>(seed);
    return QString::number(seed);
}

QJsonObject regionToJson(const RegionConfig &r)
{
    QJsonObject o;
    o[QStringLiteral("id")] = toQString(fl::regionId(r));
    if (!r.name.empty())
        o[QStringLiteral("name")] = toQString(r.name);
    if (r.location)
        o[QStringLiteral("location")] = QJsonObject{{QStringLiteral("lat"), r.location->latDeg},
                                                    {QStringLiteral("lon"), r.location->lonDeg}};
    o[QStringLiteral("role")] = roleName(r.role);
    o[QStringLiteral("capacity")] = r.capacityOps;
    o[QStringLiteral("warm_standby_fraction")] = r.warmStandbyFraction;
    o[QStringLiteral("scale_up_delay")] = duration(r.scaleUpDelay);
    o[QStringLiteral("boot_time")] = duration(r.bootTime);
    o[QStringLiteral("max_queue_delay")] = duration(r.maxQueueDelay);
    o[QStringLiteral("app_latency")] = duration(r.appLatency);
    o[QStringLiteral("data_latency")] = duration(r.dataLatency);
    return o;
}

QJsonObject populationToJson(const SimulationConfig &config, const PopulationConfig &p)
{
    QJsonObject o;
    o[QStringLiteral("id")] = toQString(populationCatalog().at(static_cast<std::size_t>(p.catalogIndex)).id);
    o[QStringLiteral("rate")] = p.requestsPerSecond;
    o[QStringLiteral("read_share")] = p.readFraction;
    o[QStringLiteral("keys")] = static_cast<double>(p.keySpace);
    o[QStringLiteral("zipf")] = p.zipfExponent;
    o[QStringLiteral("clients")] = static_cast<double>(p.clients);
    o[QStringLiteral("ttl_ignoring_share")] = p.ttlIgnoringShare;
    o[QStringLiteral("timeout")] = duration(p.requestTimeout);
    o[QStringLiteral("retries")] = p.maxRetries;
    o[QStringLiteral("backoff")] = duration(p.retryBackoff);
    QJsonObject weights;
    for (std::size_t r = 0; r < config.regions.size(); ++r) {
        // The simulation treats a missing weight as 1.
        weights[regionId(config, static_cast<int>(r))] = r < p.weights.size() ? p.weights[r] : 1.0;
    }
    o[QStringLiteral("weights")] = weights;
    o[QStringLiteral("own_weights")] = p.ownWeights;
    return o;
}

bool isRegion(const SimulationConfig &config, int index)
{
    return index >= 0 && static_cast<std::size_t>(index) < config.regions.size();
}

QJsonObject dataToJson(const SimulationConfig &config)
{
    const DataConfig &d = config.data;
    QJsonObject o;
    o[QStringLiteral("topology")] = topologyName(d.topology);
    if (isRegion(config, d.primaryRegion))
        o[QStringLiteral("primary")] = regionId(config, d.primaryRegion);
    o[QStringLiteral("mode")] = replicationModeName(d.mode);
    o[QStringLiteral("batch_interval")] = duration(d.batchInterval);
    o[QStringLiteral("apply_rate")] = d.applyRate;
    o[QStringLiteral("event_consumer_rate")] = d.eventConsumerRate;
    QJsonObject fallback;
    fallback[QStringLiteral("enabled")] = d.syncFallbackToAsync;
    fallback[QStringLiteral("timeout")] = duration(d.syncFallbackTimeout);
    o[QStringLiteral("sync_fallback")] = fallback;
    o[QStringLiteral("sync_lag_timeout")] = duration(d.syncLagTimeout);
    o[QStringLiteral("min_sync_replicas")] = d.minSyncReplicas;
    o[QStringLiteral("max_log_retention")] = static_cast<qint64>(d.maxLogRetention);
    o[QStringLiteral("forward_writes")] = forwardPolicyName(d.forwardWrites);
    o[QStringLiteral("reads")] = readPolicyName(d.reads);
    o[QStringLiteral("ownership")] = ownershipName(d.ownership);
    o[QStringLiteral("conflict_policy")] = conflictPolicyName(d.conflict);
    o[QStringLiteral("record_fields")] = d.recordFields;
    o[QStringLiteral("set_elements")] = d.setElements;
    QJsonObject skew;
    for (std::size_t r = 0; r < config.regions.size(); ++r) {
        // The model treats a missing skew as none.
        skew[regionId(config, static_cast<int>(r))] = duration(r < d.clockSkew.size() ? d.clockSkew[r] : 0);
    }
    o[QStringLiteral("clock_skew")] = skew;
    return o;
}

QJsonObject failoverToJson(const SimulationConfig &config)
{
    const FailoverConfig &f = config.failover;
    QJsonObject o;
    o[QStringLiteral("mode")] = failoverModeName(f.mode);
    // The model's default (the second region) does not exist in a one-region world: left out.
    if (isRegion(config, f.controlRegion))
        o[QStringLiteral("control_region")] = regionId(config, f.controlRegion);
    o[QStringLiteral("probe_interval")] = duration(f.probeInterval);
    o[QStringLiteral("probe_timeout")] = duration(f.probeTimeout);
    o[QStringLiteral("failure_threshold")] = f.failureThreshold;
    o[QStringLiteral("promotion_time")] = duration(f.promotionTime);
    o[QStringLiteral("rejoin")] = rejoinPolicyName(f.rejoin);
    o[QStringLiteral("quorum_election")] = f.quorumElection;
    o[QStringLiteral("fencing")] = f.fencing;
    o[QStringLiteral("leases")] = f.leases;
    o[QStringLiteral("lease_duration")] = duration(f.leaseDuration);
    return o;
}

QJsonObject dependencyToJson(const SimulationConfig &config, const DependencyConfig &d)
{
    QJsonObject o;
    o[QStringLiteral("kind")] = dependencyKindName(d.kind);
    QJsonArray regions;
    for (int r : d.regions)
        regions.append(isRegion(config, r) ? QJsonValue(regionId(config, r)) : QJsonValue(r));
    o[QStringLiteral("regions")] = regions;
    o[QStringLiteral("request_share")] = d.requestShare;
    o[QStringLiteral("warmup")] = duration(d.warmupTime);
    o[QStringLiteral("miss_penalty")] = duration(d.missPenalty);
    return o;
}

QJsonObject costToJson(const CostConfig &c)
{
    QJsonObject o;
    o[QStringLiteral("active")] = c.activePerHour;
    o[QStringLiteral("warm_standby")] = c.warmStandbyPerHour;
    o[QStringLiteral("pilot_light")] = c.pilotLightPerHour;
    o[QStringLiteral("witness")] = c.witnessPerHour;
    return o;
}

} // namespace

QJsonObject commandToJson(const SimulationConfig &config, const Command &c)
{
    const auto type = static_cast<CommandType>(c.type);
    QJsonObject o;
    o[QStringLiteral("at")] = duration(c.at);
    const std::optional<CommandShape> shape = commandShape(type);
    if (!shape) {
        // A command of a later model: shown with its raw arguments (in a run report); a scenario
        // holding one is not saved (see saveScenario).
        o[QStringLiteral("do")] = QStringLiteral("command-%1").arg(c.type);
        o[QStringLiteral("a")] = c.a;
        o[QStringLiteral("b")] = c.b;
        o[QStringLiteral("c")] = c.c;
        o[QStringLiteral("x")] = c.x;
        o[QStringLiteral("y")] = c.y;
        return o;
    }
    o[QStringLiteral("do")] = commandName(type);
    switch (*shape) {
    case CommandShape::Region:
        o[QStringLiteral("region")] = regionId(config, c.a);
        break;
    case CommandShape::DegradedLink:
        o[QStringLiteral("extra_ms")] = c.x;
        o[QStringLiteral("loss")] = c.y;
        [[fallthrough]];
    case CommandShape::Link:
        o[QStringLiteral("from")] = regionId(config, c.a);
        o[QStringLiteral("to")] = regionId(config, c.b);
        o[QStringLiteral("one_way")] = c.c == 1;
        break;
    case CommandShape::Weight:
        o[QStringLiteral("population")] = populationId(config, c.a);
        o[QStringLiteral("region")] = regionId(config, c.b);
        o[QStringLiteral("weight")] = c.x;
        break;
    case CommandShape::Rate:
        o[QStringLiteral("population")] = populationId(config, c.a);
        o[QStringLiteral("rate")] = c.x;
        break;
    case CommandShape::Policy:
        o[QStringLiteral("policy")] = policyName(static_cast<RoutingPolicy>(c.a));
        break;
    case CommandShape::Mechanism:
        o[QStringLiteral("mechanism")] = mechanismName(static_cast<RoutingMechanism>(c.a));
        break;
    case CommandShape::Ttl:
        o[QStringLiteral("ttl")] = duration(fromSeconds(c.x));
        break;
    case CommandShape::Role:
        o[QStringLiteral("region")] = regionId(config, c.a);
        o[QStringLiteral("role")] = roleName(static_cast<RegionRole>(c.b));
        break;
    case CommandShape::None:
        break;
    case CommandShape::Dependency:
        o[QStringLiteral("dependency")] = c.a;
        o[QStringLiteral("region")] = regionId(config, c.b);
        break;
    case CommandShape::ClockSkew:
        o[QStringLiteral("region")] = regionId(config, c.a);
        o[QStringLiteral("skew")] = duration(fromMilliseconds(c.x));
        break;
    case CommandShape::Mode:
        o[QStringLiteral("mode")] = replicationModeName(static_cast<ReplicationMode>(c.a));
        break;
    case CommandShape::OwnWeights:
        o[QStringLiteral("population")] = populationId(config, c.a);
        o[QStringLiteral("own_weights")] = c.b == 1;
        break;
    }
    return o;
}

namespace {

// The order fields appear in a saved file: what the scenario is, then the world, then events.
QStringList keyOrder()
{
    QStringList keys;
    for (const char *k :
         {"format",     "version",    "id",       "name",         "location", "description", "seed",
          "duration",   "targets",    "regions",  "populations",  "health",   "routing",     "network",
          "metrics",    "data",       "failover", "dependencies", "cost",     "faults",      "id",
          "at",         "do",         "kind",     "topology",     "primary",  "mode",        "region",
          "population", "dependency", "from",     "to",           "role",     "rate",        "capacity"})
        keys << QLatin1String(k);
    return keys;
}

} // namespace

QJsonObject scenarioToJson(const Scenario &s)
{
    const SimulationConfig &c = s.config;
    QJsonObject root;
    root[QStringLiteral("format")] = QLatin1String(kFormatName);
    root[QStringLiteral("version")] = kFormatVersion;
    root[QStringLiteral("name")] = s.name;
    if (!s.description.isEmpty())
        root[QStringLiteral("description")] = s.description;
    root[QStringLiteral("seed")] = seedValue(c.seed);
    root[QStringLiteral("duration")] = duration(s.duration);

    QJsonObject targets;
    if (s.targets.rpo)
        targets[QStringLiteral("rpo")] = duration(*s.targets.rpo);
    if (s.targets.rto)
        targets[QStringLiteral("rto")] = duration(*s.targets.rto);
    if (!targets.isEmpty())
        root[QStringLiteral("targets")] = targets;

    QJsonArray regions;
    for (const RegionConfig &r : c.regions)
        regions.append(regionToJson(r));
    root[QStringLiteral("regions")] = regions;

    QJsonArray populations;
    for (const PopulationConfig &p : c.populations)
        populations.append(populationToJson(c, p));
    root[QStringLiteral("populations")] = populations;

    QJsonObject health;
    health[QStringLiteral("interval")] = duration(c.health.interval);
    health[QStringLiteral("timeout")] = duration(c.health.timeout);
    health[QStringLiteral("failure_threshold")] = c.health.failureThreshold;
    health[QStringLiteral("recovery_threshold")] = c.health.recoveryThreshold;
    health[QStringLiteral("deep")] = c.health.deep;
    health[QStringLiteral("placement")] = placementName(c.health.placement);
    if (!c.regions.empty())
        health[QStringLiteral("vantage")] = regionId(c, c.health.vantageRegion);
    root[QStringLiteral("health")] = health;

    QJsonObject routing;
    routing[QStringLiteral("mechanism")] = mechanismName(c.routing.mechanism);
    routing[QStringLiteral("policy")] = policyName(c.routing.policy);
    routing[QStringLiteral("dns_ttl")] = duration(c.routing.dnsTtl);
    routing[QStringLiteral("resolvers")] = resolversName(c.routing.resolvers);
    routing[QStringLiteral("front_door_overhead")] = duration(c.routing.frontDoorOverhead);
    routing[QStringLiteral("failback")] =
        c.routing.automaticFailback ? QStringLiteral("automatic") : QStringLiteral("manual");
    root[QStringLiteral("routing")] = routing;

    QJsonObject network;
    network[QStringLiteral("jitter")] = c.network.jitterFraction;
    network[QStringLiteral("retransmit_timeout_min")] = duration(c.network.retransmitTimeoutMin);
    root[QStringLiteral("network")] = network;

    QJsonObject metrics;
    metrics[QStringLiteral("interval")] = duration(c.metricsInterval);
    metrics[QStringLiteral("history")] = static_cast<double>(c.historySeconds);
    metrics[QStringLiteral("event_log")] = static_cast<double>(c.eventLogCapacity);
    root[QStringLiteral("metrics")] = metrics;

    root[QStringLiteral("data")] = dataToJson(c);
    root[QStringLiteral("failover")] = failoverToJson(c);
    QJsonArray dependencies;
    for (const DependencyConfig &d : c.dependencies)
        dependencies.append(dependencyToJson(c, d));
    root[QStringLiteral("dependencies")] = dependencies;
    root[QStringLiteral("cost")] = costToJson(c.cost);

    QJsonArray faults;
    for (const Command &f : s.faults)
        faults.append(commandToJson(c, f));
    root[QStringLiteral("faults")] = faults;
    return root;
}

namespace {

QString indexed(const char *list, std::size_t i)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i);
}

// The path of the first setting that reads back differently from what was to be saved, so that a
// refusal names what the format cannot store: a declared numeric setting by its own path
// ("regions[0].capacity"), anything else by the part of the document it belongs to.
QString firstDifference(const Scenario &expected, const Scenario &reread)
{
    const SimulationConfig &a = expected.config;
    const SimulationConfig &b = reread.config;
    if (expected.name != reread.name)
        return QStringLiteral("name");
    if (expected.description != reread.description)
        return QStringLiteral("description");
    if (a.seed != b.seed)
        return QStringLiteral("seed");
    if (expected.duration != reread.duration)
        return QStringLiteral("duration");
    // The model's copy of the targets is not what a file stores (Scenario::targets is).
    if (expected.targets != reread.targets || a.targets != b.targets)
        return QStringLiteral("targets");
    if (a.regions.size() != b.regions.size())
        return QStringLiteral("regions");
    if (a.populations.size() != b.populations.size())
        return QStringLiteral("populations");
    if (a.dependencies.size() != b.dependencies.size())
        return QStringLiteral("dependencies");
    for (const SettingSpec &spec : kSettings) {
        for (std::size_t i = 0; i < settingElements(a, spec.scope); ++i) {
            if (spec.get(a, i) == spec.get(b, i))
                continue;
            QString path = QString::fromLatin1(spec.path.data(), static_cast<qsizetype>(spec.path.size()));
            path.replace(QLatin1String("[]"), QStringLiteral("[%1]").arg(i));
            return path;
        }
    }
    for (std::size_t i = 0; i < a.regions.size(); ++i) {
        if (!(a.regions[i] == b.regions[i]))
            return indexed("regions", i);
    }
    for (std::size_t i = 0; i < a.populations.size(); ++i) {
        if (a.populations[i].weights != b.populations[i].weights)
            return indexed("populations", i) + QLatin1String(".weights");
        if (a.populations[i].ownWeights != b.populations[i].ownWeights)
            return indexed("populations", i) + QLatin1String(".own_weights");
        if (!(a.populations[i] == b.populations[i]))
            return indexed("populations", i);
    }
    if (!(a.health == b.health))
        return QStringLiteral("health");
    if (!(a.routing == b.routing))
        return QStringLiteral("routing");
    if (!(a.network == b.network))
        return QStringLiteral("network");
    if (a.metricsInterval != b.metricsInterval || a.historySeconds != b.historySeconds ||
        a.eventLogCapacity != b.eventLogCapacity)
        return QStringLiteral("metrics");
    if (!(a.data == b.data))
        return QStringLiteral("data");
    if (a.failover.controlRegion != b.failover.controlRegion)
        return QStringLiteral("failover.control_region");
    if (!(a.failover == b.failover))
        return QStringLiteral("failover");
    for (std::size_t i = 0; i < a.dependencies.size(); ++i) {
        if (!(a.dependencies[i] == b.dependencies[i]))
            return indexed("dependencies", i);
    }
    if (!(a.cost == b.cost))
        return QStringLiteral("cost");
    for (std::size_t i = 0; i < expected.faults.size(); ++i) {
        if (i >= reread.faults.size() || !(expected.faults[i] == reread.faults[i]))
            return indexed("faults", i);
    }
    if (expected.faults.size() != reread.faults.size())
        return QStringLiteral("faults");
    return QString();
}

} // namespace

QByteArray scenarioToBytes(const Scenario &scenario)
{
    return readableJson(scenarioToJson(scenario), keyOrder());
}

bool saveScenario(const Scenario &scenario, const QString &path, QString *error)
{
    // What the format cannot express (test-only settings, the audit's history recording, a
    // control region that does not exist, ...) would silently vanish: refuse instead, and keep the
    // old file.
    const QByteArray bytes = scenarioToBytes(scenario);
    ScenarioError problem;
    const std::optional<QJsonObject> document = parseScenarioDocument(bytes, &problem);
    const std::optional<Scenario> reread = document ? scenarioFromJson(*document, &problem) : std::nullopt;
    // Weights a population leaves out are 1 in the simulation and are written as 1; clock skews
    // left out are 0, and a world without skew reads back as the model's default (no list).
    Scenario expected = scenario;
    const std::size_t regions = expected.config.regions.size();
    for (PopulationConfig &p : expected.config.populations) {
        if (p.weights.size() < regions)
            p.weights.resize(regions, 1.0);
    }
    std::vector<SimTime> &skew = expected.config.data.clockSkew;
    if (std::all_of(skew.begin(), skew.end(), [](SimTime t) { return t == 0; }))
        skew.clear();
    else if (skew.size() < regions)
        skew.resize(regions, 0);
    if (!reread || !(*reread == expected)) {
        // Name the setting: "uses settings the format cannot store" leaves the user guessing.
        const QString setting = reread ? firstDifference(expected, *reread) : problem.path;
        if (error)
            *error =
                Writer::tr("cannot save %1: scenario format version %2 cannot store %3 as it is set (%4)")
                    .arg(path)
                    .arg(kFormatVersion)
                    .arg(setting.isEmpty() ? Writer::tr("the scenario") : setting,
                         reread ? Writer::tr("it would read back differently") : problem.message);
        return false;
    }
    return writeOutputFile(path, bytes, error);
}

} // namespace fl::scenario
