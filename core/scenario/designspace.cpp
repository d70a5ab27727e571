// SPDX-License-Identifier: GPL-3.0-or-later
#include "designspace.h"

#include "duration.h"
#include "names.h"
#include "spec/commands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace fl::scenario {
namespace {

class DesignText
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::Design)
};

QString architectureId(Architecture a)
{
    switch (a) {
    case Architecture::ActivePassiveWarm:
        return QStringLiteral("active-passive-warm-standby");
    case Architecture::ActivePassivePilot:
        return QStringLiteral("active-passive-pilot-light");
    case Architecture::ActiveActiveReplicas:
        return QStringLiteral("active-active-read-replicas");
    case Architecture::MultiPrimary:
        return QStringLiteral("multi-primary");
    case Architecture::Ownership:
        return QStringLiteral("ownership");
    }
    return QString();
}

QString architectureLabel(Architecture a)
{
    switch (a) {
    case Architecture::ActivePassiveWarm:
        return DesignText::tr("active-passive, warm standby");
    case Architecture::ActivePassivePilot:
        return DesignText::tr("active-passive, pilot light");
    case Architecture::ActiveActiveReplicas:
        return DesignText::tr("active-active, read replicas");
    case Architecture::MultiPrimary:
        return DesignText::tr("multi-primary (last write wins)");
    case Architecture::Ownership:
        return DesignText::tr("ownership (home region per key)");
    }
    return QString();
}

bool hasPrimary(Architecture a)
{
    return a != Architecture::MultiPrimary && a != Architecture::Ownership;
}

QString protectionsLabel(int p)
{
    return p == 0   ? DesignText::tr("no split-brain protection")
           : p == 1 ? DesignText::tr("fencing")
                    : DesignText::tr("fencing, quorum election, leases");
}

// The regions' ids and roles, and the index of the primary (data.primary, else the first data region).
struct RegionsOf
{
    QStringList ids;
    QStringList roles;
    int primary = 0;
};

RegionsOf regionsOf(const QJsonObject &document)
{
    RegionsOf r;
    for (const QJsonValue &region : document.value(QStringLiteral("regions")).toArray()) {
        r.ids << region.toObject().value(QStringLiteral("id")).toString();
        r.roles << region.toObject().value(QStringLiteral("role")).toString(QStringLiteral("active"));
    }
    const QString primary =
        document.value(QStringLiteral("data")).toObject().value(QStringLiteral("primary")).toString();
    r.primary = static_cast<int>(r.ids.indexOf(primary));
    if (r.primary < 0)
        r.primary = std::max<int>(0, static_cast<int>(r.roles.indexOf(QStringLiteral("active"))));
    return r;
}

// A --set value is read as JSON when it parses as JSON: a region id such as "2030" or "null" must
// go as a JSON string, or it would arrive as a number or remove the field.
QString quotedJson(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QStringList architectureOverrides(Architecture a, const RegionsOf &regions)
{
    QStringList o;
    for (qsizetype i = 0; i < regions.ids.size(); ++i) {
        if (regions.roles[i] == QLatin1String("witness"))
            continue; // a tie-breaker, whatever the design
        QString role = QStringLiteral("active");
        if (i != regions.primary && a == Architecture::ActivePassiveWarm)
            role = QStringLiteral("warm-standby");
        if (i != regions.primary && a == Architecture::ActivePassivePilot)
            role = QStringLiteral("pilot-light");
        o << QStringLiteral("regions[%1].role=%2").arg(i).arg(role);
    }
    switch (a) {
    case Architecture::ActivePassiveWarm:
    case Architecture::ActivePassivePilot:
        o << QStringLiteral("routing.policy=primary-only") << QStringLiteral("data.topology=single-primary")
          << QStringLiteral("data.primary=") + quotedJson(regions.ids.value(regions.primary));
        break;
    case Architecture::ActiveActiveReplicas:
        o << QStringLiteral("routing.policy=geo-nearest") << QStringLiteral("data.topology=single-primary")
          << QStringLiteral("data.primary=") + quotedJson(regions.ids.value(regions.primary))
          << QStringLiteral("data.reads=local-replica") << QStringLiteral("data.forward_writes=forward");
        break;
    case Architecture::MultiPrimary:
        o << QStringLiteral("routing.policy=geo-nearest") << QStringLiteral("data.topology=multi-primary")
          << QStringLiteral("data.conflict_policy=last-write-wins");
        break;
    case Architecture::Ownership:
        o << QStringLiteral("routing.policy=geo-nearest") << QStringLiteral("data.topology=ownership");
        break;
    }
    return o;
}

} // namespace

QString designLabel(const DesignChoice &c)
{
    QStringList parts{architectureLabel(c.architecture)};
    parts << (c.mode == ReplicationMode::Async
                  ? DesignText::tr("async every %1").arg(formatDuration(c.batchInterval))
                  : replicationModeName(c.mode));
    if (hasPrimary(c.architecture)) {
        parts << (c.fastFailover ? DesignText::tr("fast failover (1 s probes, 2 misses)")
                                 : DesignText::tr("standard failover"));
        parts << protectionsLabel(c.protections);
    }
    parts << (c.mechanism == RoutingMechanism::Dns
                  ? DesignText::tr("DNS, TTL %1").arg(formatDuration(c.dnsTtl))
                  : DesignText::tr("front door"));
    parts << DesignText::tr("health checks every %1").arg(formatDuration(c.healthInterval));
    return parts.join(QStringLiteral(" · "));
}

QJsonObject DesignCandidate::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("architecture")] = architectureId(choice.architecture);
    o[QStringLiteral("replication")] = replicationModeName(choice.mode);
    if (choice.mode == ReplicationMode::Async)
        o[QStringLiteral("batch_interval")] = formatDuration(choice.batchInterval);
    o[QStringLiteral("failover")] = choice.fastFailover ? QStringLiteral("fast") : QStringLiteral("standard");
    o[QStringLiteral("protections")] = QJsonArray::fromStringList(
        choice.protections == 0   ? QStringList()
        : choice.protections == 1 ? QStringList{QStringLiteral("fencing")}
                                  : QStringList{QStringLiteral("fencing"), QStringLiteral("quorum_election"),
                                                QStringLiteral("leases")});
    o[QStringLiteral("routing")] = mechanismName(choice.mechanism);
    if (choice.mechanism == RoutingMechanism::Dns)
        o[QStringLiteral("dns_ttl")] = formatDuration(choice.dnsTtl);
    o[QStringLiteral("health_interval")] = formatDuration(choice.healthInterval);
    o[QStringLiteral("overrides")] = QJsonArray::fromStringList(overrides);
    o[QStringLiteral("label")] = label;
    return o;
}

std::vector<DesignCandidate> enumerateDesigns(const QJsonObject &document)
{
    const RegionsOf regions = regionsOf(document);
    struct Mode
    {
        ReplicationMode mode;
        SimTime batch;
    };
    const Mode modes[] = {{ReplicationMode::Async, 100 * kMillisecond},
                          {ReplicationMode::Async, 1 * kSecond},
                          {ReplicationMode::SemiSync, 0},
                          {ReplicationMode::SyncQuorum, 0},
                          {ReplicationMode::SyncAll, 0}};
    struct Route
    {
        RoutingMechanism mechanism;
        SimTime ttl;
    };
    const Route routes[] = {{RoutingMechanism::Dns, 5 * kSecond},
                            {RoutingMechanism::Dns, 60 * kSecond},
                            {RoutingMechanism::FrontDoor, 0}};
    const SimTime healthIntervals[] = {2 * kSecond, 10 * kSecond};

    std::vector<DesignCandidate> designs;
    for (Architecture a :
         {Architecture::ActivePassiveWarm, Architecture::ActivePassivePilot,
          Architecture::ActiveActiveReplicas, Architecture::MultiPrimary, Architecture::Ownership}) {
        const int failovers = hasPrimary(a) ? 2 : 1;
        const int protections = hasPrimary(a) ? 3 : 1;
        for (const Mode &m : modes) {
            for (int fast = 0; fast < failovers; ++fast) {
                for (int p = 0; p < protections; ++p) {
                    for (const Route &r : routes) {
                        for (SimTime health : healthIntervals) {
                            DesignCandidate c;
                            c.choice = {a, m.mode, m.batch, fast == 1, p, r.mechanism, r.ttl, health};
                            c.overrides = architectureOverrides(a, regions);
                            c.overrides << QStringLiteral("data.mode=") + replicationModeName(m.mode);
                            if (m.mode == ReplicationMode::Async)
                                c.overrides
                                    << QStringLiteral("data.batch_interval=") + formatDuration(m.batch);
                            c.overrides << QStringLiteral("failover.mode=automatic");
                            if (fast == 1)
                                c.overrides << QStringLiteral("failover.probe_interval=1s")
                                            << QStringLiteral("failover.failure_threshold=2");
                            c.overrides
                                << QStringLiteral("failover.fencing=%1")
                                       .arg(p >= 1 ? QStringLiteral("true") : QStringLiteral("false"))
                                << QStringLiteral("failover.quorum_election=%1")
                                       .arg(p == 2 ? QStringLiteral("true") : QStringLiteral("false"))
                                << QStringLiteral("failover.leases=%1")
                                       .arg(p == 2 ? QStringLiteral("true") : QStringLiteral("false"));
                            c.overrides << QStringLiteral("routing.mechanism=") + mechanismName(r.mechanism);
                            if (r.mechanism == RoutingMechanism::Dns)
                                c.overrides << QStringLiteral("routing.dns_ttl=") + formatDuration(r.ttl);
                            c.overrides << QStringLiteral("health.interval=") + formatDuration(health);
                            // A probe must give up before the next one starts.
                            if (health <= 2 * kSecond)
                                c.overrides << QStringLiteral("health.timeout=1s");

                            c.label = designLabel(c.choice);
                            designs.push_back(std::move(c));
                        }
                    }
                }
            }
        }
    }
    return designs;
}

double nominalCostPerHour(const SimulationConfig &config)
{
    double cost = 0;
    for (const RegionConfig &r : config.regions) {
        switch (r.role) {
        case RegionRole::Active:
            cost += config.cost.activePerHour;
            break;
        case RegionRole::WarmStandby:
            cost += config.cost.warmStandbyPerHour;
            break;
        case RegionRole::PilotLight:
            cost += config.cost.pilotLightPerHour;
            break;
        case RegionRole::Witness:
            cost += config.cost.witnessPerHour;
            break;
        }
    }
    return cost;
}

double estimatedRtoSeconds(const SimulationConfig &config)
{
    const FailoverConfig &f = config.failover;
    double seconds = toSeconds(f.probeTimeout) + (f.failureThreshold - 0.5) * toSeconds(f.probeInterval) +
                     toSeconds(f.probeTimeout) + toSeconds(f.promotionTime);
    if (config.routing.mechanism == RoutingMechanism::Dns)
        seconds += 0.99 * toSeconds(config.routing.dnsTtl);
    double timeout = 0;
    for (const PopulationConfig &p : config.populations)
        timeout = std::max(timeout, toSeconds(p.requestTimeout));
    seconds += timeout + toSeconds(config.metricsInterval);
    // A pilot light serves only once booted: the new primary is one unless a warm region exists.
    bool warmOrActiveStandby = false;
    SimTime boot = 0;
    for (std::size_t i = 0; i < config.regions.size(); ++i) {
        if (static_cast<int>(i) == config.data.primaryRegion)
            continue;
        const RegionConfig &r = config.regions[i];
        warmOrActiveStandby =
            warmOrActiveStandby || r.role == RegionRole::Active || r.role == RegionRole::WarmStandby;
        if (r.role == RegionRole::PilotLight)
            boot = boot == 0 ? r.bootTime : std::min(boot, r.bootTime);
    }
    if (!warmOrActiveStandby)
        seconds += toSeconds(boot);
    return seconds;
}

std::optional<ScreenVerdict> screenDesign(const SimulationConfig &config, const ScreenContext &context)
{
    const double cost = nominalCostPerHour(config);
    if (context.budgetPerHour && cost > *context.budgetPerHour)
        return ScreenVerdict{
            ScreenVerdict::Kind::Budget,
            DesignText::tr("costs %1/h before scaling, over the budget of %2/h")
                .arg(QLocale().toString(cost, 'f', 2), QLocale().toString(*context.budgetPerHour, 'f', 2))};
    if (!context.primaryLost || config.data.topology != WriteTopology::SinglePrimary)
        return std::nullopt; // no closed form for what this schedule does to this design
    // Async loses what was not yet shipped: writes up to one batch interval old, half of it on
    // average (README: loss ≈ write rate × age of the oldest unshipped write).
    if (context.rpo && config.data.mode == ReplicationMode::Async &&
        toSeconds(config.data.batchInterval) / 2 > toSeconds(*context.rpo))
        return ScreenVerdict{
            ScreenVerdict::Kind::AsyncLoss,
            DesignText::tr("async shipping every %1 loses writes up to %1 old at a crash (about half that "
                           "on average), more than the RPO target of %2")
                .arg(formatDuration(config.data.batchInterval), formatDuration(*context.rpo))};
    // The estimate holds to ±10 %; past 1.5 × the target (plus 5 s) no seed will make it.
    if (context.rto) {
        const double estimate = estimatedRtoSeconds(config);
        if (estimate > 1.5 * toSeconds(*context.rto) + 5.0)
            return ScreenVerdict{
                ScreenVerdict::Kind::Rto,
                DesignText::tr("the closed-form RTO of a primary crash is about %1 s, far above the target "
                               "of %2")
                    .arg(QLocale().toString(estimate, 'f', 0), formatDuration(*context.rto))};
    }
    return std::nullopt;
}

QString screenKindLabel(ScreenVerdict::Kind kind)
{
    switch (kind) {
    case ScreenVerdict::Kind::Budget:
        return DesignText::tr("over the budget before scaling");
    case ScreenVerdict::Kind::AsyncLoss:
        return DesignText::tr(
            "async replication loses more than the RPO target at a crash (loss ≈ write rate × "
            "age of the oldest unshipped write)");
    case ScreenVerdict::Kind::Rto:
        return DesignText::tr("the closed-form RTO of a primary crash exceeds 1.5 × the target + 5 s");
    }
    return QString();
}

bool scheduleLosesPrimary(const Scenario &scenario)
{
    for (const Command &c : scenario.faults) {
        const auto type = static_cast<CommandType>(c.type);
        if ((type == CommandType::KillRegion || type == CommandType::DestroyRegion ||
             type == CommandType::KillDataTier || type == CommandType::IsolateRegion) &&
            c.a == scenario.config.data.primaryRegion)
            return true;
    }
    return false;
}

void addStandardFaults(QJsonObject &document)
{
    const RegionsOf regions = regionsOf(document);
    const QString primary = regions.ids.value(regions.primary);
    QJsonArray faults;
    const auto fault = [](const char *at, const char *what, const QString &region) {
        return QJsonObject{{QStringLiteral("at"), QLatin1String(at)},
                           {QStringLiteral("do"), QLatin1String(what)},
                           {QStringLiteral("region"), region}};
    };
    faults << fault("2m", "kill", primary) << fault("6m", "restore", primary)
           << fault("9m", "isolate", primary);
    for (qsizetype i = 0; i < regions.ids.size(); ++i) {
        if (i == regions.primary)
            continue;
        faults << QJsonObject{{QStringLiteral("at"), QStringLiteral("12m")},
                              {QStringLiteral("do"), QStringLiteral("heal-link")},
                              {QStringLiteral("from"), primary},
                              {QStringLiteral("to"), regions.ids[i]}};
    }
    document[QStringLiteral("faults")] = faults;
    document[QStringLiteral("duration")] = QStringLiteral("14m");
}

} // namespace fl::scenario
