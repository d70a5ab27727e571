// SPDX-License-Identifier: GPL-3.0-or-later
#include "designspace.h"

#include "duration.h"
#include "names.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fl::scenario {
namespace {

class DesignText
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::Design)
};

QString architectureId(Architecture a)
{
    switch (a) {
    case Architecture::ActivePassive:
        return QStringLiteral("active-passive");
    case Architecture::ActiveActiveReplicas:
        return QStringLiteral("active-active-read-replicas");
    case Architecture::MultiPrimary:
        return QStringLiteral("multi-primary");
    case Architecture::Ownership:
        return QStringLiteral("ownership");
    }
    return QString();
}

QString protectionsLabel(int p)
{
    return p == 0   ? DesignText::tr("no split-brain protection")
           : p == 1 ? DesignText::tr("fencing")
                    : DesignText::tr("fencing, quorum election, leases");
}

QStringList protectionIds(int p)
{
    return p == 0   ? QStringList()
           : p == 1 ? QStringList{QStringLiteral("fencing")}
                    : QStringList{QStringLiteral("fencing"), QStringLiteral("quorum_election"),
                                  QStringLiteral("leases")};
}

// A --set value is read as JSON when it parses as JSON: a region id such as "2030" or "null" must
// go as a JSON string, or it would arrive as a number or remove the field.
QString quotedJson(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

// The settings the space varies. Each list holds only values the model tells apart.
constexpr SimTime kBatchIntervals[] = {10 * kMillisecond, 100 * kMillisecond, 1 * kSecond, 5 * kSecond};
constexpr ReplicationMode kWaitingModes[] = {ReplicationMode::SemiSync, ReplicationMode::SyncQuorum,
                                             ReplicationMode::SyncAll};
constexpr SimTime kProbeIntervals[] = {1 * kSecond, 2 * kSecond, 5 * kSecond};
constexpr int kProbeMisses[] = {2, 3};
constexpr SimTime kDnsTtls[] = {1 * kSecond, 5 * kSecond, 30 * kSecond, 60 * kSecond, 300 * kSecond};
constexpr SimTime kHealthIntervals[] = {2 * kSecond, 5 * kSecond, 10 * kSecond};
constexpr int kHealthMisses[] = {2, 3};
// A health probe must give up before the next one starts: the short intervals get a 1 s timeout
// (the longer ones keep the scenario's, 2 s unless it says otherwise).
constexpr SimTime kShortHealthTimeout = 1 * kSecond;
constexpr SimTime kShortHealthInterval = 2 * kSecond;

// The regions' ids and roles, and the index of the primary (data.primary, else the first active
// region).
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

} // namespace

bool hasPrimary(Architecture a)
{
    return a == Architecture::ActivePassive || a == Architecture::ActiveActiveReplicas;
}

DesignSpace::DesignSpace(const QJsonObject &document)
{
    RegionsOf regions = regionsOf(document);
    m_ids = std::move(regions.ids);
    m_roles = std::move(regions.roles);
    m_primary = regions.primary;
    const QJsonValue control =
        document.value(QStringLiteral("failover")).toObject().value(QStringLiteral("control_region"));
    m_controlRegion = control.isString() ? static_cast<int>(m_ids.indexOf(control.toString())) : 1;
    const QJsonArray faults = document.value(QStringLiteral("faults")).toArray();
    for (qsizetype i = 0; i < faults.size(); ++i) {
        for (const char *field : {"region", "from", "to"}) {
            const QJsonValue v = faults[i].toObject().value(QLatin1String(field));
            if (v.isString())
                m_faultRegions.emplace_back(QStringLiteral("faults[%1].%2").arg(i).arg(QLatin1String(field)),
                                            v.toString());
        }
    }

    // The settings every design with a controller takes, and every design takes.
    struct Mode
    {
        ReplicationMode mode;
        SimTime batch;
    };
    std::vector<Mode> allModes, asyncModes;
    for (SimTime b : kBatchIntervals) {
        allModes.push_back({ReplicationMode::Async, b});
        asyncModes.push_back({ReplicationMode::Async, b});
    }
    for (ReplicationMode m : kWaitingModes)
        allModes.push_back({m, 0});
    const auto addRoutedAndChecked = [this](DesignChoice c) {
        for (int route = 0; route <= static_cast<int>(std::size(kDnsTtls)); ++route) {
            const bool frontDoor = route == static_cast<int>(std::size(kDnsTtls));
            c.mechanism = frontDoor ? RoutingMechanism::FrontDoor : RoutingMechanism::Dns;
            c.dnsTtl = frontDoor ? 0 : kDnsTtls[route];
            for (SimTime interval : kHealthIntervals) {
                for (int misses : kHealthMisses) {
                    c.healthInterval = interval;
                    c.healthMisses = misses;
                    m_choices.push_back(c);
                }
            }
        }
    };
    const auto addWithController = [&](DesignChoice c) {
        for (const Mode &m : allModes) {
            c.mode = m.mode;
            c.batchInterval = m.batch;
            for (SimTime probe : kProbeIntervals) {
                for (int misses : kProbeMisses) {
                    for (int p = 0; p < 3; ++p) {
                        c.probeInterval = probe;
                        c.probeMisses = misses;
                        c.protections = p;
                        addRoutedAndChecked(c);
                    }
                }
            }
        }
    };

    std::vector<int> others; // regions that can serve, by index
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        if (m_roles[i] != QLatin1String("witness"))
            others.push_back(static_cast<int>(i));
    }
    for (int home : others) {
        std::vector<int> standbys;
        for (int r : others) {
            if (r != home)
                standbys.push_back(r);
        }
        // Every mix of warm standbys and pilot lights among the other regions.
        for (std::uint32_t mix = 0; mix < (1u << standbys.size()); ++mix) {
            DesignChoice c;
            c.architecture = Architecture::ActivePassive;
            c.home = home;
            for (std::size_t s = 0; s < standbys.size(); ++s) {
                if (mix & (1u << s))
                    c.pilotMask |= 1u << standbys[s];
            }
            addWithController(c);
        }
        DesignChoice c;
        c.architecture = Architecture::ActiveActiveReplicas;
        c.home = home;
        addWithController(c);
    }
    for (const Mode &m : asyncModes) {
        DesignChoice c;
        c.architecture = Architecture::MultiPrimary;
        c.mode = m.mode;
        c.batchInterval = m.batch;
        addRoutedAndChecked(c);
    }
    for (const Mode &m : allModes) {
        DesignChoice c;
        c.architecture = Architecture::Ownership;
        c.mode = m.mode;
        c.batchInterval = m.batch;
        addRoutedAndChecked(c);
    }
}

QStringList DesignSpace::skeletonOverrides(const DesignChoice &c) const
{
    QStringList o;
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        if (m_roles[i] == QLatin1String("witness"))
            continue; // a tie-breaker, whatever the design
        QString role = QStringLiteral("active");
        if (c.architecture == Architecture::ActivePassive && i != c.home)
            role = (c.pilotMask & (1u << i)) ? QStringLiteral("pilot-light") : QStringLiteral("warm-standby");
        o << QStringLiteral("regions[%1].role=%2").arg(i).arg(role);
    }
    const QString home = quotedJson(m_ids.value(c.home));
    switch (c.architecture) {
    case Architecture::ActivePassive:
        o << QStringLiteral("routing.policy=primary-only") << QStringLiteral("data.topology=single-primary")
          << QStringLiteral("data.primary=") + home;
        break;
    case Architecture::ActiveActiveReplicas:
        o << QStringLiteral("routing.policy=geo-nearest") << QStringLiteral("data.topology=single-primary")
          << QStringLiteral("data.primary=") + home << QStringLiteral("data.reads=local-replica")
          << QStringLiteral("data.forward_writes=forward");
        break;
    case Architecture::MultiPrimary:
        o << QStringLiteral("routing.policy=geo-nearest") << QStringLiteral("data.topology=multi-primary")
          << QStringLiteral("data.conflict_policy=last-write-wins");
        break;
    case Architecture::Ownership:
        o << QStringLiteral("routing.policy=geo-nearest") << QStringLiteral("data.topology=ownership");
        break;
    }
    o << QStringLiteral("failover.mode=automatic");
    if (hasPrimary(c.architecture) && c.home != m_primary) {
        // The controller dies with its region: one in the home region could never fail it over.
        // It moves to the first other region that is not the home (a witness first, as a
        // tie-breaker would be placed).
        if (c.home == m_controlRegion) {
            qsizetype to = m_roles.indexOf(QStringLiteral("witness"));
            for (qsizetype i = 0; to < 0 && i < m_ids.size(); ++i) {
                if (i != c.home)
                    to = i;
            }
            o << QStringLiteral("failover.control_region=") + quotedJson(m_ids.value(to));
        }
        // The schedule's faults follow the roles: what it does to the scenario's primary it does
        // to this design's home, and the other way round.
        const QString old = m_ids.value(m_primary), now = m_ids.value(c.home);
        for (const auto &[path, id] : m_faultRegions) {
            if (id == old)
                o << path + QLatin1Char('=') + quotedJson(now);
            else if (id == now)
                o << path + QLatin1Char('=') + quotedJson(old);
        }
    }
    return o;
}

QStringList DesignSpace::settingOverrides(const DesignChoice &c)
{
    QStringList o;
    o << QStringLiteral("data.mode=") + replicationModeName(c.mode);
    if (c.batchInterval > 0)
        o << QStringLiteral("data.batch_interval=") + formatDuration(c.batchInterval);
    if (hasPrimary(c.architecture)) {
        o << QStringLiteral("failover.probe_interval=") + formatDuration(c.probeInterval)
          << QStringLiteral("failover.failure_threshold=%1").arg(c.probeMisses)
          << QStringLiteral("failover.fencing=") + boolText(c.protections >= 1)
          << QStringLiteral("failover.quorum_election=") + boolText(c.protections == 2)
          << QStringLiteral("failover.leases=") + boolText(c.protections == 2);
    }
    o << QStringLiteral("routing.mechanism=") + mechanismName(c.mechanism);
    if (c.mechanism == RoutingMechanism::Dns)
        o << QStringLiteral("routing.dns_ttl=") + formatDuration(c.dnsTtl);
    o << QStringLiteral("health.interval=") + formatDuration(c.healthInterval)
      << QStringLiteral("health.failure_threshold=%1").arg(c.healthMisses);
    if (c.healthInterval <= kShortHealthInterval)
        o << QStringLiteral("health.timeout=") + formatDuration(kShortHealthTimeout);
    return o;
}

// What settingOverrides() makes of a configuration, field by field (tst_designspace holds the two
// equal): the planner screens tens of thousands of designs without a document round trip each.
void DesignSpace::applySettings(SimulationConfig &config, const DesignChoice &c)
{
    config.data.mode = c.mode;
    if (c.batchInterval > 0)
        config.data.batchInterval = c.batchInterval;
    if (hasPrimary(c.architecture)) {
        config.failover.probeInterval = c.probeInterval;
        config.failover.failureThreshold = c.probeMisses;
        config.failover.fencing = c.protections >= 1;
        config.failover.quorumElection = c.protections == 2;
        config.failover.leases = c.protections == 2;
    }
    config.routing.mechanism = c.mechanism;
    if (c.mechanism == RoutingMechanism::Dns)
        config.routing.dnsTtl = c.dnsTtl;
    config.health.interval = c.healthInterval;
    config.health.failureThreshold = c.healthMisses;
    if (c.healthInterval <= kShortHealthInterval)
        config.health.timeout = kShortHealthTimeout;
}

QStringList DesignSpace::overrides(const DesignChoice &choice) const
{
    return skeletonOverrides(choice) + settingOverrides(choice);
}

QString DesignSpace::label(const DesignChoice &c) const
{
    QStringList parts;
    const QString home = m_ids.value(c.home);
    switch (c.architecture) {
    case Architecture::ActivePassive: {
        QStringList standbys;
        for (qsizetype i = 0; i < m_ids.size(); ++i) {
            if (i == c.home || m_roles[i] == QLatin1String("witness"))
                continue;
            standbys << ((c.pilotMask & (1u << i)) ? DesignText::tr("%1 pilot light")
                                                   : DesignText::tr("%1 warm standby"))
                            .arg(m_ids[i]);
        }
        parts << DesignText::tr("active-passive, home %1 (%2)")
                     .arg(home, standbys.join(DesignText::tr(", ", "between the standbys of a design")));
        break;
    }
    case Architecture::ActiveActiveReplicas:
        parts << DesignText::tr("active-active, read replicas, primary %1").arg(home);
        break;
    case Architecture::MultiPrimary:
        parts << DesignText::tr("multi-primary (last write wins)");
        break;
    case Architecture::Ownership:
        parts << DesignText::tr("ownership (home region per key)");
        break;
    }
    if (c.architecture == Architecture::MultiPrimary)
        parts << DesignText::tr("shipping every %1").arg(formatDuration(c.batchInterval));
    else
        parts << (c.mode == ReplicationMode::Async
                      ? DesignText::tr("async every %1").arg(formatDuration(c.batchInterval))
                      : replicationModeName(c.mode));
    if (hasPrimary(c.architecture)) {
        parts << DesignText::tr("failover after %n missed probe(s) every %1", nullptr, c.probeMisses)
                     .arg(formatDuration(c.probeInterval));
        parts << protectionsLabel(c.protections);
    }
    parts << (c.mechanism == RoutingMechanism::Dns
                  ? DesignText::tr("DNS, TTL %1").arg(formatDuration(c.dnsTtl))
                  : DesignText::tr("front door"));
    parts << DesignText::tr("health checks every %1, out after %n miss(es)", nullptr, c.healthMisses)
                 .arg(formatDuration(c.healthInterval));
    return parts.join(QStringLiteral(" · "));
}

DesignCandidate DesignSpace::candidate(const DesignChoice &choice) const
{
    return DesignCandidate{choice, hasPrimary(choice.architecture) ? m_ids.value(choice.home) : QString(),
                           overrides(choice), label(choice)};
}

QJsonObject DesignCandidate::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("architecture")] = architectureId(choice.architecture);
    if (!home.isEmpty())
        o[QStringLiteral("home")] = home;
    if (choice.architecture != Architecture::MultiPrimary)
        o[QStringLiteral("replication")] = replicationModeName(choice.mode);
    if (choice.batchInterval > 0)
        o[QStringLiteral("batch_interval")] = formatDuration(choice.batchInterval);
    if (hasPrimary(choice.architecture)) {
        o[QStringLiteral("probe_interval")] = formatDuration(choice.probeInterval);
        o[QStringLiteral("probe_misses")] = choice.probeMisses;
        o[QStringLiteral("protections")] = QJsonArray::fromStringList(protectionIds(choice.protections));
    }
    o[QStringLiteral("routing")] = mechanismName(choice.mechanism);
    if (choice.mechanism == RoutingMechanism::Dns)
        o[QStringLiteral("dns_ttl")] = formatDuration(choice.dnsTtl);
    o[QStringLiteral("health_interval")] = formatDuration(choice.healthInterval);
    o[QStringLiteral("health_misses")] = choice.healthMisses;
    o[QStringLiteral("overrides")] = QJsonArray::fromStringList(overrides);
    o[QStringLiteral("label")] = label;
    return o;
}

void addStandardFaults(QJsonObject &document)
{
    const RegionsOf regions = regionsOf(document);
    const QStringList &ids = regions.ids;
    const qsizetype p = regions.primary;
    QJsonArray faults;
    const auto fault = [](const char *at, const char *what, const QString &region) {
        return QJsonObject{{QStringLiteral("at"), QLatin1String(at)},
                           {QStringLiteral("do"), QLatin1String(what)},
                           {QStringLiteral("region"), region}};
    };
    faults << fault("2m", "kill", ids.value(p)) << fault("6m", "restore", ids.value(p))
           << fault("9m", "isolate", ids.value(p));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i == p)
            continue;
        faults << QJsonObject{{QStringLiteral("at"), QStringLiteral("12m")},
                              {QStringLiteral("do"), QStringLiteral("heal-link")},
                              {QStringLiteral("from"), ids.value(p)},
                              {QStringLiteral("to"), ids[i]}};
    }
    document[QStringLiteral("faults")] = faults;
    document[QStringLiteral("duration")] = QStringLiteral("14m");
}

} // namespace fl::scenario
