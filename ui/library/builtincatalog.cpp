#include "builtincatalog.h"

namespace fl::ui {

const std::vector<BuiltinCatalog::Entry> &BuiltinCatalog::entries()
{
    using T = ScenarioTopic;
    static const std::vector<Entry> list = {
        {"manual-vs-automatic-failover-automatic", T::Failover,
         QT_TRANSLATE_NOOP(
             "fl::ui::BuiltinCatalog",
             "The primary dies and the controller promotes a standby on its own: users are back "
             "in about a minute.")},
        {"manual-vs-automatic-failover-manual", T::Failover,
         QT_TRANSLATE_NOOP("fl::ui::BuiltinCatalog",
                           "The same failure failed over by hand: verifying, promoting and rerouting take "
                           "minutes.")},
        {"warm-standby-vs-pilot-light-warm", T::Failover,
         QT_TRANSLATE_NOOP("fl::ui::BuiltinCatalog",
                           "A warm standby takes the traffic at once, overloaded until it has scaled up.")},
        {"warm-standby-vs-pilot-light-pilot", T::Failover,
         QT_TRANSLATE_NOOP("fl::ui::BuiltinCatalog",
                           "A pilot light serves nothing until it is promoted and booted: a longer outage.")},
        {"manual-failback", T::Failover,
         QT_TRANSLATE_NOOP("fl::ui::BuiltinCatalog",
                           "A region recovers, but its users stay far away until an operator readmits it.")},
        {"hidden-payments-dependency", T::Failover,
         QT_TRANSLATE_NOOP("fl::ui::BuiltinCatalog",
                           "The failover works, yet checkout keeps failing: payments ran in the dead region "
                           "only.")},
        {"active-passive-async", T::Replication,
         QT_TRANSLATE_NOOP(
             "fl::ui::BuiltinCatalog",
             "The primary crashes with asynchronous writes not yet shipped: they are lost, RPO 0 "
             "is missed.")},
        {"active-passive-sync-quorum", T::Replication,
         QT_TRANSLATE_NOOP("fl::ui::BuiltinCatalog",
                           "The same crash with synchronous quorum replication: slower writes, not one "
                           "acknowledged write lost.")},
        {"read-heavy-vs-write-heavy-read", T::Replication,
         QT_TRANSLATE_NOOP("fl::ui::BuiltinCatalog",
                           "Mostly reads from local replicas: they keep up, and losing the primary costs a "
                           "handful of writes.")},
        {"read-heavy-vs-write-heavy-write", T::Replication,
         QT_TRANSLATE_NOOP(
             "fl::ui::BuiltinCatalog",
             "Mostly writes: replicas fall behind, reads go stale and a failover loses many more "
             "writes.")},
        {"split-brain-unprotected", T::SplitBrain,
         QT_TRANSLATE_NOOP(
             "fl::ui::BuiltinCatalog",
             "A primary cut off from the others keeps its users: split-brain, and at the heal old "
             "writes overwrite newer ones.")},
        {"split-brain-fencing", T::SplitBrain,
         QT_TRANSLATE_NOOP("fl::ui::BuiltinCatalog",
                           "The same partition with fencing: no stale write lands, but the cut-off primary's "
                           "writes are discarded.")},
        {"split-brain-quorum-leases", T::SplitBrain,
         QT_TRANSLATE_NOOP("fl::ui::BuiltinCatalog",
                           "A witness, quorum elections, leases and synchronous replication: nothing "
                           "acknowledged is lost.")},
        {"multi-primary-lww-clock-skew", T::MultiPrimary,
         QT_TRANSLATE_NOOP("fl::ui::BuiltinCatalog",
                           "Two primaries with last-write-wins: concurrent writes vanish, and a fast clock "
                           "lets older writes win.")},
        {"crdt-counter-partition", T::MultiPrimary,
         QT_TRANSLATE_NOOP(
             "fl::ui::BuiltinCatalog",
             "CRDT counters keep counting on both sides of a partition and converge to the exact "
             "sum.")},
        {"active-active-stateless", T::TrafficAndHealth,
         QT_TRANSLATE_NOOP("fl::ui::BuiltinCatalog",
                           "Three active regions behind DNS: when Tokyo fails, resolvers that hold on to old "
                           "answers stretch the outage.")},
        {"dns-ttl-vs-front-door-dns", T::TrafficAndHealth,
         QT_TRANSLATE_NOOP("fl::ui::BuiltinCatalog",
                           "A region fails behind DNS with a short TTL, yet cached answers keep some users "
                           "failing for minutes.")},
        {"dns-ttl-vs-front-door-frontdoor", T::TrafficAndHealth,
         QT_TRANSLATE_NOOP("fl::ui::BuiltinCatalog",
                           "The same failure behind a front door: traffic moves as soon as the health checks "
                           "notice.")},
        {"shallow-vs-deep-health-check-shallow", T::TrafficAndHealth,
         QT_TRANSLATE_NOOP("fl::ui::BuiltinCatalog",
                           "A database fails behind a shallow health check: the region stays in rotation and "
                           "its users get errors.")},
        {"shallow-vs-deep-health-check-deep", T::TrafficAndHealth,
         QT_TRANSLATE_NOOP(
             "fl::ui::BuiltinCatalog",
             "The same database failure with a deep health check: the region leaves rotation and "
             "its users move.")},
        {"link-degradation", T::TrafficAndHealth,
         QT_TRANSLATE_NOOP(
             "fl::ui::BuiltinCatalog",
             "A degraded, then cut link fools a health checker into dropping a healthy region.")},
        {"regional-overload", T::TrafficAndHealth,
         QT_TRANSLATE_NOOP("fl::ui::BuiltinCatalog",
                           "Every user sent to one region at 1.5 times its capacity: its queue fills and it "
                           "sheds load.")},
    };
    return list;
}

const BuiltinCatalog::Entry *BuiltinCatalog::find(const QString &name)
{
    for (const Entry &entry : entries()) {
        if (name == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}

QString BuiltinCatalog::summary(const QString &name)
{
    const Entry *entry = find(name);
    return entry ? tr(entry->summary) : QString();
}

QString BuiltinCatalog::topicTitle(ScenarioTopic topic)
{
    switch (topic) {
    case ScenarioTopic::Failover:
        return tr("Failover and standby regions");
    case ScenarioTopic::Replication:
        return tr("Replication and lost writes");
    case ScenarioTopic::SplitBrain:
        return tr("Partitions and split-brain");
    case ScenarioTopic::MultiPrimary:
        return tr("Several primaries and conflicts");
    case ScenarioTopic::TrafficAndHealth:
        return tr("Routing, health checks and load");
    }
    return QString();
}

const std::vector<ScenarioTopic> &BuiltinCatalog::topics()
{
    static const std::vector<ScenarioTopic> list = {ScenarioTopic::Failover, ScenarioTopic::Replication,
                                                    ScenarioTopic::SplitBrain, ScenarioTopic::MultiPrimary,
                                                    ScenarioTopic::TrafficAndHealth};
    return list;
}

} // namespace fl::ui
