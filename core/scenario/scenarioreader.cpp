#include "scenarioreader.h"

#include "duration.h"
#include "jsonfields.h"
#include "names.h"
#include "resourceestimate.h"
#include "spec/commands.h"
#include "spec/settings.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <cmath>
#include <limits>

namespace fl::scenario {
namespace {
using namespace fields;

constexpr SimTime kHour = 60 * kMinute;
constexpr SimTime kDay = 24 * kHour;
// A set-rate command's rate has the range of a population's own.
constexpr double kMaxRate = setting_limits::kMaxRate;
// Every region holds a value for every key of every population (and the model numbers keys with 32
// bits): the key spaces together must fit.
constexpr auto kMaxTotalKeys = static_cast<std::uint64_t>(setting_limits::kMaxTotalKeys);
// A request carries the dependencies it needs as a bit mask of 8 bits.
constexpr qsizetype kMaxDependencies = 8;
// Field merge and OR-set keep per-key state too (a slot per field; per element, a pair of counters
// per origin region): bounded like the values (and each count by its declaration in core/spec).
constexpr std::uint64_t kMaxStateCells = 10'000'000;

// Names of top-level sections an early draft of the format reserved, and where those settings are.
QList<QPair<QString, QString>> movedSections()
{
    return {{QStringLiteral("architecture"), QStringLiteral("data.topology")},
            {QStringLiteral("replication"), QStringLiteral("data.mode")},
            {QStringLiteral("conflict_policy"), QStringLiteral("data.conflict_policy")},
            {QStringLiteral("clock_skews"), QStringLiteral("data.clock_skew")}};
}

// Reads one document into a Scenario. Sections are read in dependency order (regions before the
// populations whose weights name them, dependencies and duration before the faults that name or
// are bounded by them).
class DocumentReader
{
public:
    explicit DocumentReader(const QJsonObject &document) : m_root(document, QString()) {}

    Scenario read()
    {
        readHeader();
        m_root.allowOnly({QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("name"),
                          QStringLiteral("description"), QStringLiteral("seed"), QStringLiteral("duration"),
                          QStringLiteral("regions"), QStringLiteral("populations"), QStringLiteral("health"),
                          QStringLiteral("routing"), QStringLiteral("network"), QStringLiteral("metrics"),
                          QStringLiteral("data"), QStringLiteral("failover"), QStringLiteral("dependencies"),
                          QStringLiteral("cost"), QStringLiteral("targets"), QStringLiteral("faults")},
                         movedSections());
        m_scenario.name = m_root.requiredString("name");
        if (m_scenario.name.trimmed().isEmpty())
            fail(m_root.path("name"), Reader::tr("must not be empty"));
        m_scenario.description = m_root.string("description");
        readSeed();
        m_scenario.duration = m_root.requiredDuration("duration", {0, kMaxDuration, true});
        readRegions();
        readPopulations();
        readHealth();
        readRouting();
        readNetwork();
        readMetrics();
        readData();
        readFailover();
        readDependencies();
        readCost();
        readTargets();
        readFaults();
        return m_scenario;
    }

private:
    void readHeader()
    {
        if (!m_root.has("format"))
            fail(m_root.path("format"), Reader::tr("missing: a scenario file declares \"format\": \"%1\"")
                                            .arg(QLatin1String(kFormatName)));
        const QString format = Fields::stringValue(m_root.value("format"), m_root.path("format"));
        if (format != QLatin1String(kFormatName))
            fail(m_root.path("format"),
                 Reader::tr("expected \"%1\", found %2").arg(QLatin1String(kFormatName), quoted(format)));
        const QJsonValue version = m_root.required("version");
        const std::int64_t v = Fields::integerValue(version, m_root.path("version"), 1,
                                                    std::numeric_limits<std::int32_t>::max());
        if (v > kFormatVersion)
            fail(m_root.path("version"),
                 Reader::tr("this file uses scenario format version %1, but this Failover Lab "
                            "reads versions up to %2; open it with a newer Failover Lab")
                     .arg(v)
                     .arg(kFormatVersion));
        m_version = static_cast<int>(v);
    }

    // A field a later version introduced: a file that declares an older version does not use it
    // (so that what an older Failover Lab would refuse is not silently read differently).
    void sinceVersion(int version, const QString &path) const
    {
        if (m_version < version)
            fail(path, Reader::tr("needs scenario format version %1 or later; this file declares version %2")
                           .arg(version)
                           .arg(m_version));
    }

    void readSeed()
    {
        if (!m_root.has("seed"))
            return;
        const QJsonValue v = m_root.value("seed");
        const QString where = m_root.path("seed");
        constexpr double kExact = 9007199254740992.0; // 2^53: larger integers need a string
        bool ok = false;
        std::uint64_t seed = 0;
        if (v.isDouble()) {
            const double d = v.toDouble();
            ok = std::floor(d) == d && d >= 0 && d <= kExact;
            seed = ok ? static_cast<std::uint64_t>(d) : 0;
        } else if (v.isString()) {
            const QString text = v.toString();
            ok =
                !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
            seed = ok ? text.toULongLong(&ok) : 0;
        }
        if (!ok)
            fail(where, Reader::tr("must be a whole number from 0 to 18446744073709551615 (as a string above "
                                   "9007199254740992), found %1")
                            .arg(shown(v)));
        m_scenario.config.seed = seed;
    }

    // A configured region named by id: its index in the scenario's region list.
    int regionIndex(const QJsonValue &value, const QString &where) const
    {
        const QString id = Fields::stringValue(value, where);
        const int index = static_cast<int>(m_regionIds.indexOf(id));
        if (index >= 0)
            return index; // a catalog region or one of the scenario's own
        if (!findRegion(id.toStdString()))
            fail(where, Reader::tr("unknown region %1").arg(quoted(id)));
        fail(where, Reader::tr("region %1 is not one of this scenario's regions (%2)")
                        .arg(quoted(id), joined(m_regionIds)));
        return -1;
    }

    int populationIndex(const QJsonValue &value, const QString &where) const
    {
        const QString id = Fields::stringValue(value, where);
        if (!findPopulation(id.toStdString()))
            fail(where, Reader::tr("unknown population %1").arg(quoted(id)));
        const int index = static_cast<int>(m_populationIds.indexOf(id));
        if (index < 0)
            fail(where, Reader::tr("population %1 is not one of this scenario's populations (%2)")
                            .arg(quoted(id), joined(m_populationIds)));
        return index;
    }

    static RegionLocation readLocation(const QJsonValue &value, const QString &where)
    {
        const Fields f(value, where);
        f.allowOnly({QStringLiteral("lat"), QStringLiteral("lon")});
        RegionLocation at;
        at.latDeg = f.requiredReal("lat", Range{-90, 90});
        at.lonDeg = f.requiredReal("lon", Range{-180, 180});
        return at;
    }

    void readRegions()
    {
        const QString where = m_root.path("regions");
        const QJsonArray list = arrayAt(m_root.required("regions"), where);
        if (list.isEmpty())
            fail(where, Reader::tr("must list at least one region"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Fields f(list.at(i), elementPath(where, i));
            f.allowOnly({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("location"),
                         QStringLiteral("role"), QStringLiteral("capacity"),
                         QStringLiteral("warm_standby_fraction"), QStringLiteral("scale_up_delay"),
                         QStringLiteral("boot_time"), QStringLiteral("max_queue_delay"),
                         QStringLiteral("app_latency"), QStringLiteral("data_latency")});
            const QString id = f.requiredString("id");
            if (id.trimmed().isEmpty())
                fail(f.path("id"), Reader::tr("must not be empty"));
            if (const qsizetype first = m_regionIds.indexOf(id); first >= 0)
                fail(f.path("id"), Reader::tr("region %1 is listed twice (also at %2)")
                                       .arg(quoted(id), elementPath(where, first)));
            RegionConfig rc;
            if (f.has("location"))
                rc.location = readLocation(f.value("location"), f.path("location"));
            if (const std::optional<std::size_t> catalog = findRegion(id.toStdString())) {
                rc.catalogIndex = static_cast<int>(*catalog);
            } else if (rc.location) {
                // A region of the user's own, named by its id. Its catalog entry (the nearest) only
                // keeps every region tied to one; cost goes by role, latency by location.
                rc.id = id.toStdString();
                rc.catalogIndex = static_cast<int>(
                    nearestCatalogRegion(GeoPoint{rc.location->latDeg, rc.location->lonDeg}));
            } else {
                fail(f.path("id"),
                     Reader::tr("unknown region %1 (not in the catalog; a region of your own needs a "
                                "\"location\": {\"lat\": ..., \"lon\": ...})")
                         .arg(quoted(id)));
            }
            if (f.has("name")) {
                const QString name = f.string("name").trimmed();
                if (name.isEmpty())
                    fail(f.path("name"),
                         Reader::tr("must not be empty (leave the field out for the catalog's name)"));
                rc.name = name.toStdString();
            }
            rc.role = f.choice("role", rc.role, &roleFromName, roleNames());
            m_scenario.config.regions.push_back(rc);
            const std::size_t r = m_scenario.config.regions.size() - 1;
            SimulationConfig &c = m_scenario.config;
            f.setting(settingAt("regions[].capacity"), c, r);
            f.setting(settingAt("regions[].warm_standby_fraction"), c, r);
            f.setting(settingAt("regions[].scale_up_delay"), c, r);
            f.setting(settingAt("regions[].boot_time"), c, r);
            f.setting(settingAt("regions[].max_queue_delay"), c, r);
            f.setting(settingAt("regions[].app_latency"), c, r);
            f.setting(settingAt("regions[].data_latency"), c, r);
            m_regionIds << id;
        }
    }

    void readPopulations()
    {
        const QString where = m_root.path("populations");
        const QJsonArray list = arrayAt(m_root.required("populations"), where);
        if (list.isEmpty())
            fail(where, Reader::tr("must list at least one population"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Fields f(list.at(i), elementPath(where, i));
            f.allowOnly({QStringLiteral("id"), QStringLiteral("rate"), QStringLiteral("read_share"),
                         QStringLiteral("keys"), QStringLiteral("zipf"), QStringLiteral("clients"),
                         QStringLiteral("ttl_ignoring_share"), QStringLiteral("timeout"),
                         QStringLiteral("retries"), QStringLiteral("backoff"), QStringLiteral("weights"),
                         QStringLiteral("own_weights")});
            const QString id = f.requiredString("id");
            const std::optional<std::size_t> catalog = findPopulation(id.toStdString());
            if (!catalog)
                fail(f.path("id"), Reader::tr("unknown population %1").arg(quoted(id)));
            if (const qsizetype first = m_populationIds.indexOf(id); first >= 0)
                fail(f.path("id"), Reader::tr("population %1 is listed twice (also at %2)")
                                       .arg(quoted(id), elementPath(where, first)));
            PopulationConfig pc;
            pc.catalogIndex = static_cast<int>(*catalog);
            m_scenario.config.populations.push_back(pc);
            const std::size_t p = m_scenario.config.populations.size() - 1;
            SimulationConfig &c = m_scenario.config;
            f.setting(settingAt("populations[].rate"), c, p);
            f.setting(settingAt("populations[].read_share"), c, p);
            f.setting(settingAt("populations[].keys"), c, p);
            f.setting(settingAt("populations[].zipf"), c, p);
            f.setting(settingAt("populations[].clients"), c, p);
            f.setting(settingAt("populations[].ttl_ignoring_share"), c, p);
            f.setting(settingAt("populations[].timeout"), c, p);
            f.setting(settingAt("populations[].retries"), c, p);
            f.setting(settingAt("populations[].backoff"), c, p);
            if (f.has("own_weights")) {
                sinceVersion(2, f.path("own_weights"));
                c.populations[p].ownWeights = f.boolean("own_weights", false);
            }
            c.populations[p].weights.assign(m_scenario.config.regions.size(), 1.0);
            if (f.has("weights")) {
                const Fields w(f.value("weights"), f.path("weights"));
                for (auto it = w.object().begin(); it != w.object().end(); ++it) {
                    const QString at = childPath(f.path("weights"), it.key());
                    const int r = regionIndex(QJsonValue(it.key()), at);
                    c.populations[p].weights[static_cast<std::size_t>(r)] =
                        Fields::realValue(it.value(), at, {0, 1e9});
                }
                for (const QString &region : std::as_const(m_regionIds)) {
                    if (!w.object().contains(region))
                        fail(f.path("weights"),
                             Reader::tr("no weight for region %1 (give every region of the "
                                        "scenario a weight)")
                                 .arg(quoted(region)));
                }
            }
            m_populationIds << id;
        }
        std::uint64_t keys = 0;
        for (const PopulationConfig &pc : m_scenario.config.populations)
            keys += pc.keySpace;
        if (keys > kMaxTotalKeys)
            fail(where,
                 Reader::tr("the key spaces add up to %1 keys, more than the %2 the data model can hold "
                            "(every region keeps a value for every key)")
                     .arg(keys)
                     .arg(kMaxTotalKeys));
    }

    void readHealth()
    {
        HealthCheckConfig &h = m_scenario.config.health;
        h.vantageRegion = 0;
        if (!m_root.has("health"))
            return;
        const Fields f(m_root.value("health"), m_root.path("health"));
        f.allowOnly({QStringLiteral("interval"), QStringLiteral("timeout"),
                     QStringLiteral("failure_threshold"), QStringLiteral("recovery_threshold"),
                     QStringLiteral("deep"), QStringLiteral("placement"), QStringLiteral("vantage")});
        f.setting(settingAt("health.interval"), m_scenario.config);
        f.setting(settingAt("health.timeout"), m_scenario.config);
        f.setting(settingAt("health.failure_threshold"), m_scenario.config);
        f.setting(settingAt("health.recovery_threshold"), m_scenario.config);
        h.deep = f.boolean("deep", h.deep);
        h.placement = f.choice("placement", h.placement, &placementFromName, placementNames());
        if (f.has("vantage"))
            h.vantageRegion = regionIndex(f.value("vantage"), f.path("vantage"));
    }

    void readRouting()
    {
        if (!m_root.has("routing"))
            return;
        RoutingConfig &r = m_scenario.config.routing;
        const Fields f(m_root.value("routing"), m_root.path("routing"));
        f.allowOnly({QStringLiteral("mechanism"), QStringLiteral("policy"), QStringLiteral("dns_ttl"),
                     QStringLiteral("front_door_overhead"), QStringLiteral("failback"),
                     QStringLiteral("resolvers")});
        r.mechanism = f.choice("mechanism", r.mechanism, &mechanismFromName, mechanismNames());
        r.policy = f.choice("policy", r.policy, &policyFromName, policyNames());
        f.setting(settingAt("routing.dns_ttl"), m_scenario.config);
        r.resolvers = f.choice("resolvers", r.resolvers, &resolversFromName, resolversNames());
        f.setting(settingAt("routing.front_door_overhead"), m_scenario.config);
        if (f.has("failback")) {
            const QString failback = f.string("failback");
            if (failback != QLatin1String("automatic") && failback != QLatin1String("manual"))
                fail(f.path("failback"), Reader::tr("unknown value %1 (expected one of: automatic, manual)")
                                             .arg(quoted(failback)));
            r.automaticFailback = failback == QLatin1String("automatic");
        }
    }

    void readNetwork()
    {
        if (!m_root.has("network"))
            return;
        const Fields f(m_root.value("network"), m_root.path("network"));
        f.allowOnly({QStringLiteral("jitter"), QStringLiteral("retransmit_timeout_min")});
        f.setting(settingAt("network.jitter"), m_scenario.config);
        f.setting(settingAt("network.retransmit_timeout_min"), m_scenario.config);
    }

    void readMetrics()
    {
        if (!m_root.has("metrics"))
            return;
        SimulationConfig &c = m_scenario.config;
        const Fields f(m_root.value("metrics"), m_root.path("metrics"));
        f.allowOnly({QStringLiteral("interval"), QStringLiteral("history"), QStringLiteral("event_log")});
        f.setting(settingAt("metrics.interval"), c);
        f.setting(settingAt("metrics.history"), c);
        f.setting(settingAt("metrics.event_log"), c);
    }

    void readData()
    {
        DataConfig &d = m_scenario.config.data;
        if (m_root.has("data")) {
            const Fields f(m_root.value("data"), m_root.path("data"));
            f.allowOnly({QStringLiteral("topology"), QStringLiteral("primary"), QStringLiteral("mode"),
                         QStringLiteral("batch_interval"), QStringLiteral("apply_rate"),
                         QStringLiteral("event_consumer_rate"), QStringLiteral("sync_fallback"),
                         QStringLiteral("sync_lag_timeout"), QStringLiteral("min_sync_replicas"),
                         QStringLiteral("max_log_retention"), QStringLiteral("forward_writes"),
                         QStringLiteral("reads"), QStringLiteral("ownership"),
                         QStringLiteral("conflict_policy"), QStringLiteral("record_fields"),
                         QStringLiteral("set_elements"), QStringLiteral("clock_skew")});
            d.topology = f.choice("topology", d.topology, &topologyFromName, topologyNames());
            if (f.has("primary"))
                d.primaryRegion = regionIndex(f.value("primary"), f.path("primary"));
            d.mode = f.choice("mode", d.mode, &replicationModeFromName, replicationModeNames());
            f.setting(settingAt("data.batch_interval"), m_scenario.config);
            f.setting(settingAt("data.apply_rate"), m_scenario.config);
            f.setting(settingAt("data.event_consumer_rate"), m_scenario.config);
            if (f.has("sync_fallback")) {
                const Fields s(f.value("sync_fallback"), f.path("sync_fallback"));
                s.allowOnly({QStringLiteral("enabled"), QStringLiteral("timeout")});
                d.syncFallbackToAsync = s.boolean("enabled", d.syncFallbackToAsync);
                s.setting(settingAt("data.sync_fallback.timeout"), m_scenario.config);
            }
            f.setting(settingAt("data.sync_lag_timeout"), m_scenario.config);
            f.setting(settingAt("data.min_sync_replicas"), m_scenario.config);
            f.setting(settingAt("data.max_log_retention"), m_scenario.config);
            d.forwardWrites =
                f.choice("forward_writes", d.forwardWrites, &forwardPolicyFromName, forwardPolicyNames());
            d.reads = f.choice("reads", d.reads, &readPolicyFromName, readPolicyNames());
            d.ownership = f.choice("ownership", d.ownership, &ownershipFromName, ownershipNames());
            d.conflict =
                f.choice("conflict_policy", d.conflict, &conflictPolicyFromName, conflictPolicyNames());
            f.setting(settingAt("data.record_fields"), m_scenario.config);
            f.setting(settingAt("data.set_elements"), m_scenario.config);
            if (f.has("clock_skew"))
                readClockSkew(f);
        }
        checkDataStateSize();
    }

    void readClockSkew(const Fields &f)
    {
        const Fields k(f.value("clock_skew"), f.path("clock_skew"));
        std::vector<SimTime> skew(m_scenario.config.regions.size(), 0);
        for (auto it = k.object().begin(); it != k.object().end(); ++it) {
            const QString at = childPath(f.path("clock_skew"), it.key());
            const int r = regionIndex(QJsonValue(it.key()), at);
            skew[static_cast<std::size_t>(r)] = Fields::durationValue(it.value(), at, {-kHour, kHour});
        }
        // No skew anywhere is the model's default: no list at all.
        if (std::any_of(skew.begin(), skew.end(), [](SimTime t) { return t != 0; }))
            m_scenario.config.data.clockSkew = std::move(skew);
    }

    // The per-key state the conflict policy keeps, and the primary, checked once the section is read.
    void checkDataStateSize()
    {
        const DataConfig &d = m_scenario.config.data;
        // The model keeps this state for every key whatever the topology.
        std::uint64_t keys = 0;
        for (const PopulationConfig &pc : m_scenario.config.populations)
            keys += pc.keySpace;
        const QString dataPath = m_root.path("data");
        if (d.conflict == ConflictPolicy::FieldMerge &&
            keys * static_cast<std::uint64_t>(d.recordFields) > kMaxStateCells)
            fail(dataPath + QLatin1String(".record_fields"),
                 Reader::tr(
                     "%1 keys with %2 fields each make %3 field slots per region, more than the %4 the data "
                     "model can hold; use fewer fields or keys")
                     .arg(keys)
                     .arg(d.recordFields)
                     .arg(keys * static_cast<std::uint64_t>(d.recordFields))
                     .arg(kMaxStateCells));
        const std::uint64_t setCells =
            keys * static_cast<std::uint64_t>(d.setElements) * m_scenario.config.regions.size();
        if (d.conflict == ConflictPolicy::OrSet && setCells > kMaxStateCells)
            fail(dataPath + QLatin1String(".set_elements"),
                 Reader::tr(
                     "%1 keys with %2 elements each, tracked per origin region, make %3 set entries per "
                     "region, more than the %4 the data model can hold; use fewer elements or keys")
                     .arg(keys)
                     .arg(d.setElements)
                     .arg(setCells)
                     .arg(kMaxStateCells));
        if (d.topology == WriteTopology::SinglePrimary) {
            const auto primary = static_cast<std::size_t>(d.primaryRegion);
            if (m_scenario.config.regions[primary].role == RegionRole::Witness)
                fail(dataPath + QLatin1String(".primary"),
                     Reader::tr("region %1 is a witness: it holds no data, so it cannot be the primary")
                         .arg(quoted(m_regionIds[d.primaryRegion])));
        }
    }

    void readFailover()
    {
        if (!m_root.has("failover"))
            return;
        FailoverConfig &fc = m_scenario.config.failover;
        const Fields f(m_root.value("failover"), m_root.path("failover"));
        f.allowOnly({QStringLiteral("mode"), QStringLiteral("control_region"),
                     QStringLiteral("probe_interval"), QStringLiteral("probe_timeout"),
                     QStringLiteral("failure_threshold"), QStringLiteral("promotion_time"),
                     QStringLiteral("rejoin"), QStringLiteral("quorum_election"), QStringLiteral("fencing"),
                     QStringLiteral("leases"), QStringLiteral("lease_duration")});
        fc.mode = f.choice("mode", fc.mode, &failoverModeFromName, failoverModeNames());
        if (f.has("control_region"))
            fc.controlRegion = regionIndex(f.value("control_region"), f.path("control_region"));
        f.setting(settingAt("failover.probe_interval"), m_scenario.config);
        f.setting(settingAt("failover.probe_timeout"), m_scenario.config);
        f.setting(settingAt("failover.failure_threshold"), m_scenario.config);
        f.setting(settingAt("failover.promotion_time"), m_scenario.config);
        fc.rejoin = f.choice("rejoin", fc.rejoin, &rejoinPolicyFromName, rejoinPolicyNames());
        fc.quorumElection = f.boolean("quorum_election", fc.quorumElection);
        fc.fencing = f.boolean("fencing", fc.fencing);
        fc.leases = f.boolean("leases", fc.leases);
        f.setting(settingAt("failover.lease_duration"), m_scenario.config);
        if (fc.leases && fc.leaseDuration <= fc.probeInterval)
            fail(f.path("lease_duration"),
                 Reader::tr(
                     "must be longer than the probe interval (%1) when leases are on: each probe renews "
                     "the lease")
                     .arg(formatDuration(fc.probeInterval)));
    }

    void readDependencies()
    {
        if (!m_root.has("dependencies"))
            return;
        const QString where = m_root.path("dependencies");
        const QJsonArray list = arrayAt(m_root.value("dependencies"), where);
        if (list.size() > kMaxDependencies)
            fail(where,
                 Reader::tr("at most %1 dependencies, found %2").arg(kMaxDependencies).arg(list.size()));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Fields f(list.at(i), elementPath(where, i));
            f.allowOnly({QStringLiteral("kind"), QStringLiteral("regions"), QStringLiteral("request_share"),
                         QStringLiteral("warmup"), QStringLiteral("miss_penalty")});
            DependencyConfig dc;
            dc.kind =
                f.requiredChoice<DependencyKind>("kind", &dependencyKindFromName, dependencyKindNames());
            if (f.has("regions")) {
                const QJsonArray regions = arrayAt(f.value("regions"), f.path("regions"));
                for (qsizetype r = 0; r < regions.size(); ++r) {
                    const QString at = elementPath(f.path("regions"), r);
                    const int region = regionIndex(regions.at(r), at);
                    const auto first = std::find(dc.regions.begin(), dc.regions.end(), region);
                    if (first != dc.regions.end())
                        fail(at, Reader::tr("region %1 is listed twice (also at %2)")
                                     .arg(quoted(m_regionIds[region]),
                                          elementPath(f.path("regions"), first - dc.regions.begin())));
                    dc.regions.push_back(region);
                }
            }
            m_scenario.config.dependencies.push_back(dc);
            const std::size_t d = m_scenario.config.dependencies.size() - 1;
            f.setting(settingAt("dependencies[].request_share"), m_scenario.config, d);
            f.setting(settingAt("dependencies[].warmup"), m_scenario.config, d);
            f.setting(settingAt("dependencies[].miss_penalty"), m_scenario.config, d);
        }
    }

    void readCost()
    {
        if (!m_root.has("cost"))
            return;
        const Fields f(m_root.value("cost"), m_root.path("cost"));
        f.allowOnly({QStringLiteral("active"), QStringLiteral("warm_standby"), QStringLiteral("pilot_light"),
                     QStringLiteral("witness")});
        f.setting(settingAt("cost.active"), m_scenario.config);
        f.setting(settingAt("cost.warm_standby"), m_scenario.config);
        f.setting(settingAt("cost.pilot_light"), m_scenario.config);
        f.setting(settingAt("cost.witness"), m_scenario.config);
    }

    void readTargets()
    {
        if (!m_root.has("targets"))
            return;
        const Fields f(m_root.value("targets"), m_root.path("targets"));
        f.allowOnly({QStringLiteral("rpo"), QStringLiteral("rto")});
        if (f.has("rpo"))
            m_scenario.targets.rpo = f.requiredDuration("rpo", {0, kDay});
        if (f.has("rto"))
            m_scenario.targets.rto = f.requiredDuration("rto", {0, kDay});
    }

    void readFaults()
    {
        if (!m_root.has("faults"))
            return;
        const QString where = m_root.path("faults");
        const QJsonArray list = arrayAt(m_root.value("faults"), where);
        for (qsizetype i = 0; i < list.size(); ++i)
            m_scenario.faults.push_back(readFault(Fields(list.at(i), elementPath(where, i))));
    }

    // The fields a fault of some shape may have: "at", "do" and its arguments.
    static QStringList known(std::initializer_list<const char *> arguments)
    {
        QStringList list{QStringLiteral("at"), QStringLiteral("do")};
        for (const char *k : arguments)
            list << QLatin1String(k);
        return list;
    }

    // A link fault's two ends and direction.
    void readLink(const Fields &f, Command &c) const
    {
        c.a = regionIndex(f.required("from"), f.path("from"));
        c.b = regionIndex(f.required("to"), f.path("to"));
        if (c.a == c.b)
            fail(f.path("to"), Reader::tr("a link joins two different regions"));
        c.c = f.boolean("one_way", false) ? 1 : 0;
    }

    // A fault's "dependency": an index into the scenario's dependencies.
    int dependencyIndex(const Fields &f) const
    {
        const auto dependencies = static_cast<std::int64_t>(m_scenario.config.dependencies.size());
        const QJsonValue dependency = f.required("dependency");
        if (dependencies == 0)
            fail(f.path("dependency"),
                 Reader::tr("this scenario lists no dependencies (see \"dependencies\")"));
        return static_cast<int>(Fields::integerValue(dependency, f.path("dependency"), 0, dependencies - 1));
    }

    Command readFault(const Fields &f) const
    {
        const SimTime at = f.requiredDuration("at", {0, kDay});
        if (at > m_scenario.duration)
            fail(f.path("at"), Reader::tr("%1 is after the end of the run (duration %2)")
                                   .arg(formatDuration(at), formatDuration(m_scenario.duration)));
        const CommandType type = f.requiredChoice<CommandType>("do", &commandFromName, commandNames());
        Command c = makeCommand(at, type);
        const CommandShape shape = *commandShape(type); // every command with a name has a shape
        switch (shape) {
        case CommandShape::Region:
            f.allowOnly(known({"region"}));
            c.a = regionIndex(f.required("region"), f.path("region"));
            break;
        case CommandShape::Link:
            f.allowOnly(known({"from", "to", "one_way"}));
            readLink(f, c);
            break;
        case CommandShape::DegradedLink:
            f.allowOnly(known({"from", "to", "one_way", "extra_ms", "loss"}));
            readLink(f, c);
            c.x = f.real("extra_ms", 0, {0, 60'000});
            // A link that loses everything is a cut (the network caps loss at 95 %).
            c.y = f.real("loss", 0, {0, 0.95});
            break;
        case CommandShape::Weight:
            f.allowOnly(known({"population", "region", "weight"}));
            c.a = populationIndex(f.required("population"), f.path("population"));
            c.b = regionIndex(f.required("region"), f.path("region"));
            c.x = f.requiredReal("weight", {0, 1e9});
            break;
        case CommandShape::Rate:
            f.allowOnly(known({"population", "rate"}));
            c.a = populationIndex(f.required("population"), f.path("population"));
            c.x = f.requiredReal("rate", {0, kMaxRate});
            break;
        case CommandShape::Policy:
            f.allowOnly(known({"policy"}));
            c.a = static_cast<int>(f.requiredChoice<RoutingPolicy>("policy", &policyFromName, policyNames()));
            break;
        case CommandShape::Mechanism:
            f.allowOnly(known({"mechanism"}));
            c.a = static_cast<int>(
                f.requiredChoice<RoutingMechanism>("mechanism", &mechanismFromName, mechanismNames()));
            break;
        case CommandShape::Ttl:
            f.allowOnly(known({"ttl"}));
            c.x = toSeconds(f.requiredDuration("ttl", {0, kDay}));
            break;
        case CommandShape::Role:
            f.allowOnly(known({"region", "role"}));
            c.a = regionIndex(f.required("region"), f.path("region"));
            c.b = static_cast<int>(f.requiredChoice<RegionRole>("role", &roleFromName, roleNames()));
            break;
        case CommandShape::None:
            f.allowOnly(known({}));
            break;
        case CommandShape::Dependency:
            f.allowOnly(known({"dependency", "region"}));
            c.a = dependencyIndex(f);
            c.b = regionIndex(f.required("region"), f.path("region"));
            break;
        case CommandShape::ClockSkew:
            f.allowOnly(known({"region", "skew"}));
            c.a = regionIndex(f.required("region"), f.path("region"));
            c.x = toMilliseconds(Fields::durationValue(f.required("skew"), f.path("skew"), {-kHour, kHour}));
            break;
        case CommandShape::Mode:
            f.allowOnly(known({"mode"}));
            c.a = static_cast<int>(
                f.requiredChoice<ReplicationMode>("mode", &replicationModeFromName, replicationModeNames()));
            break;
        case CommandShape::OwnWeights:
            sinceVersion(2, f.path("do"));
            f.allowOnly(known({"population", "own_weights"}));
            c.a = populationIndex(f.required("population"), f.path("population"));
            f.required("own_weights");
            c.b = f.boolean("own_weights", false) ? 1 : 0;
            break;
        }
        return c;
    }

    Fields m_root;
    int m_version = kFormatVersion;
    Scenario m_scenario;
    QStringList m_regionIds;     // configured, in order
    QStringList m_populationIds; // configured, in order
};

} // namespace

std::optional<QJsonObject> parseScenarioDocument(const QByteArray &bytes, ScenarioError *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError gives a byte offset; people look for lines and columns.
        const QByteArray before = bytes.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
        if (error)
            *error = ScenarioError{QString(), Reader::tr("line %1, column %2: not valid JSON: %3")
                                                  .arg(line)
                                                  .arg(column)
                                                  .arg(parseError.errorString())};
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = ScenarioError{QString(),
                                   Reader::tr("a scenario is a JSON object ({ ... }) at the top level")};
        return std::nullopt;
    }
    return document.object();
}

std::optional<QJsonObject> readScenarioDocument(const QString &path, ScenarioError *error)
{
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        if (error)
            *error = ScenarioError{QString(), Reader::tr("cannot read %1: it is a directory").arg(path)};
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ScenarioError{QString(), Reader::tr("cannot read %1: %2").arg(path, file.errorString())};
        return std::nullopt;
    }
    // A scenario is kilobytes; reading at most one byte past the bound refuses a huge file or an
    // endless device (/dev/zero) without reading it all.
    const QByteArray bytes = file.read(kMaxScenarioFileBytes + 1);
    if (bytes.size() > kMaxScenarioFileBytes) {
        if (error)
            *error =
                ScenarioError{QString(), Reader::tr("cannot read %1: a scenario file may be at most %2 MB")
                                             .arg(path)
                                             .arg(kMaxScenarioFileBytes / (1024 * 1024))};
        return std::nullopt;
    }
    std::optional<QJsonObject> document = parseScenarioDocument(bytes, error);
    if (!document && error)
        error->path = path; // a syntax error concerns the file, not a field: "FILE: line 3, column 5: ..."
    return document;
}

std::optional<Scenario> scenarioFromJson(const QJsonObject &document, ScenarioError *error)
{
    try {
        return DocumentReader(document).read();
    } catch (const fields::Invalid &invalid) {
        if (error)
            *error = invalid.error;
        return std::nullopt;
    }
}

std::optional<Scenario> loadScenario(const QString &path, ScenarioError *error)
{
    const std::optional<QJsonObject> document = readScenarioDocument(path, error);
    if (!document)
        return std::nullopt;
    return scenarioFromJson(*document, error);
}

} // namespace fl::scenario
