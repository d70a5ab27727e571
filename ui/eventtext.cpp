// What the event log says: a sentence for every command and model event in the current language,
// and each event's severity and category. Declared in labtext.h.
#include "labtext.h"
#include "spec/commands.h"

#include <QLocale>

namespace fl::ui {

QString describeCommand(const Command &c, const ConfigNames &names)
{
    const QLocale locale;
    const QString a = names.region(c.a);
    const QString b = names.region(c.b);
    switch (static_cast<CommandType>(c.type)) {
    case CommandType::KillRegion:
        return LabText::tr("Kill %1").arg(a);
    case CommandType::RestoreRegion:
        return LabText::tr("Restore %1").arg(a);
    case CommandType::DestroyRegion:
        return LabText::tr("Destroy %1").arg(a);
    case CommandType::KillAppTier:
        return LabText::tr("Kill the app tier of %1").arg(a);
    case CommandType::RestoreAppTier:
        return LabText::tr("Restore the app tier of %1").arg(a);
    case CommandType::KillDataTier:
        return LabText::tr("Kill the data tier of %1").arg(a);
    case CommandType::RestoreDataTier:
        return LabText::tr("Restore the data tier of %1").arg(a);
    case CommandType::CutLink:
        return c.c == 1 ? LabText::tr("Cut the link %1 → %2").arg(a, b)
                        : LabText::tr("Cut the link %1 ↔ %2").arg(a, b);
    case CommandType::HealLink:
        return c.c == 1 ? LabText::tr("Heal the link %1 → %2").arg(a, b)
                        : LabText::tr("Heal the link %1 ↔ %2").arg(a, b);
    case CommandType::DegradeLink:
        return LabText::tr("Degrade the link %1 ↔ %2 (+%3 ms, %4 % loss)")
            .arg(a, b, locale.toString(c.x, 'g', 4), locale.toString(c.y * 100, 'g', 3));
    case CommandType::IsolateRegion:
        return LabText::tr("Isolate %1 from the other regions").arg(a);
    case CommandType::SetWeight:
        return LabText::tr("Weight of %1 for %2: %3")
            .arg(names.population(c.a), b, locale.toString(c.x, 'g', 4));
    case CommandType::SetPopulationRate:
        return LabText::tr("Demand of %1: %2").arg(names.population(c.a), LabText::rate(c.x));
    case CommandType::SetRoutingPolicy:
        return LabText::tr("Routing policy: %1").arg(LabText::policyName(static_cast<RoutingPolicy>(c.a)));
    case CommandType::SetRoutingMechanism:
        return LabText::tr("Routing mechanism: %1")
            .arg(LabText::mechanismName(static_cast<RoutingMechanism>(c.a)));
    case CommandType::SetDnsTtl:
        return LabText::tr("DNS TTL: %1 s").arg(locale.toString(c.x, 'g', 6));
    case CommandType::SetRegionRole:
        return LabText::tr("Make %1 %2").arg(a, LabText::roleName(static_cast<RegionRole>(c.b)));
    case CommandType::OperatorFailback:
        return LabText::tr("Operator failback to %1").arg(a);
    case CommandType::OperatorVerify:
        return LabText::tr("Operator: verify the alert");
    case CommandType::OperatorPromote:
        return LabText::tr("Operator: promote %1 to primary").arg(a);
    case CommandType::OperatorReroute:
        return LabText::tr("Operator: reroute traffic to %1").arg(a);
    case CommandType::DeployDependency:
        return LabText::tr("Deploy %1 in %2").arg(names.dependency(c.a), b);
    case CommandType::RemoveDependency:
        return LabText::tr("Remove %1 from %2").arg(names.dependency(c.a), b);
    case CommandType::SetClockSkew:
        return LabText::tr("Clock skew of %1: %2 ms").arg(a, locale.toString(c.x, 'g', 6));
    case CommandType::SetReplicationMode:
        return LabText::tr("Replication mode: %1")
            .arg(LabText::replicationModeName(static_cast<ReplicationMode>(c.a)));
    case CommandType::SetPopulationRouting:
        return c.b == 1 ? LabText::tr("%1 routes by its own weights").arg(names.population(c.a))
                        : LabText::tr("%1 follows the routing policy").arg(names.population(c.a));
    case CommandType::Count:
        break;
    }
    // A number from a file written by a newer lab: still shown, by number.
    return LabText::tr("Command %1").arg(c.type);
}

QString describeEvent(const SimEvent &e, const ConfigNames &names)
{
    const QLocale locale;
    const QString region = names.region(e.region);
    const QString other = names.region(e.other);
    switch (e.type) {
    case SimEventType::CommandApplied: {
        Command c;
        c.type = static_cast<std::uint32_t>(e.value);
        c.a = e.region;
        c.b = e.other;
        // The event carries only the first two arguments: describe without the numbers.
        switch (static_cast<CommandType>(c.type)) {
        case CommandType::DegradeLink:
            return LabText::tr("Applied: degrade the link %1 ↔ %2").arg(region, other);
        case CommandType::SetWeight:
            return LabText::tr("Applied: new weight of %1 for %2").arg(names.population(e.region), other);
        case CommandType::SetPopulationRate:
            return LabText::tr("Applied: new demand of %1").arg(names.population(e.region));
        case CommandType::SetDnsTtl:
            return LabText::tr("Applied: new DNS TTL");
        case CommandType::CutLink:
            return LabText::tr("Applied: cut the link %1 – %2").arg(region, other);
        case CommandType::HealLink:
            return LabText::tr("Applied: heal the link %1 – %2").arg(region, other);
        case CommandType::SetClockSkew:
            return LabText::tr("Applied: new clock skew of %1").arg(region);
        case CommandType::KillRegion:
        case CommandType::RestoreRegion:
        case CommandType::DestroyRegion:
        case CommandType::KillAppTier:
        case CommandType::RestoreAppTier:
        case CommandType::KillDataTier:
        case CommandType::RestoreDataTier:
        case CommandType::IsolateRegion:
        case CommandType::SetRoutingPolicy:
        case CommandType::SetRoutingMechanism:
        case CommandType::SetRegionRole:
        case CommandType::OperatorFailback:
        case CommandType::OperatorVerify:
        case CommandType::OperatorPromote:
        case CommandType::OperatorReroute:
        case CommandType::DeployDependency:
        case CommandType::RemoveDependency:
        case CommandType::SetReplicationMode:
        case CommandType::SetPopulationRouting:
        case CommandType::Count:
            break;
        }
        return LabText::tr("Applied: %1").arg(describeCommand(c, names));
    }
    case SimEventType::RegionDown:
        return LabText::tr("%1 is down").arg(region);
    case SimEventType::RegionUp:
        return LabText::tr("%1 is back up").arg(region);
    case SimEventType::RegionDestroyed:
        return LabText::tr("%1 destroyed: its data is gone").arg(region);
    case SimEventType::AppTierDown:
        return LabText::tr("%1: app tier down").arg(region);
    case SimEventType::AppTierUp:
        return LabText::tr("%1: app tier back").arg(region);
    case SimEventType::DataTierDown:
        return LabText::tr("%1: data tier down").arg(region);
    case SimEventType::DataTierUp:
        return LabText::tr("%1: data tier back").arg(region);
    case SimEventType::LinkCut:
        return LabText::tr("Link %1 → %2 cut").arg(region, other);
    case SimEventType::LinkHealed:
        return LabText::tr("Link %1 → %2 healed").arg(region, other);
    case SimEventType::LinkDegraded:
        return LabText::tr("Link %1 → %2 degraded (+%3 ms)")
            .arg(region, other, locale.toString(e.value, 'g', 4));
    case SimEventType::HealthCheckFailed:
        return LabText::tr("Health check of %1 failed (%2 in a row)").arg(region).arg(std::lround(e.value));
    case SimEventType::RegionLeftRotation:
        return LabText::tr("%1 taken out of rotation by the health checks").arg(region);
    case SimEventType::RegionRejoinedRotation:
        return LabText::tr("%1 back in rotation").arg(region);
    case SimEventType::RegionHeldForOperator:
        return LabText::tr("%1 is healthy again; failback waits for an operator").arg(region);
    case SimEventType::NoHealthyRegion:
        return LabText::tr("No healthy region: routing fails open");
    case SimEventType::StandbyScalingUp:
        return LabText::tr("%1 scaling up to full capacity (%2 s)")
            .arg(region, locale.toString(e.value, 'g', 4));
    case SimEventType::StandbyScaledUp:
        return LabText::tr("%1 at full capacity").arg(region);
    case SimEventType::PilotLightBooting:
        return LabText::tr("%1 booting (%2 s)").arg(region, locale.toString(e.value, 'g', 4));
    case SimEventType::PilotLightReady:
        return LabText::tr("%1 ready to serve").arg(region);
    case SimEventType::RegionOverloaded:
        return LabText::tr("%1 overloaded: shedding requests").arg(region);
    case SimEventType::RegionRecoveredFromOverload:
        return LabText::tr("%1 no longer overloaded").arg(region);
    case SimEventType::SyncFellBackToAsync:
        return LabText::tr("%1 stopped waiting for its synchronous replicas (now asynchronous)").arg(region);
    case SimEventType::PrimaryPromoted:
        return LabText::tr("%1 promoted to primary (epoch %2)").arg(region).arg(std::llround(e.value));
    case SimEventType::SteppedDown:
        return LabText::tr("%1 stepped down: a newer primary exists (%2 writes discarded)")
            .arg(region)
            .arg(std::llround(e.value));
    case SimEventType::ControlProbeFailed:
        return LabText::tr("The failover controller's probe of the primary %1 failed (%2 in a row)")
            .arg(region)
            .arg(std::lround(e.value));
    case SimEventType::FailureDetected:
        return LabText::tr("The failover controller declares the primary %1 failed").arg(region);
    case SimEventType::AwaitingOperator:
        return LabText::tr("Manual failover: the alert about %1 waits for an operator (verify, promote, "
                           "reroute)")
            .arg(region);
    case SimEventType::OperatorVerified:
        return LabText::tr("The operator verified the alert");
    case SimEventType::ElectionStarted:
        return LabText::tr("Election started: %n voting region(s) asked", nullptr,
                           static_cast<int>(std::lround(e.value)));
    case SimEventType::ElectionNoQuorum:
        return LabText::tr("Election failed: no quorum or no reachable replica (%n vote(s) granted)", nullptr,
                           static_cast<int>(std::lround(e.value)));
    case SimEventType::PromotionStarted:
        return LabText::tr("%1 is being promoted: it can take writes in %2 s")
            .arg(region, locale.toString(e.value, 'f', 1));
    case SimEventType::RouteSwitched:
        return LabText::tr("Routing now points at %1").arg(region);
    case SimEventType::LeaseExpired:
        return LabText::tr("The lease of %1 lapsed: it stops acknowledging writes").arg(region);
    case SimEventType::FencedWriteRefused:
        return LabText::tr("%1 refused writes of an older epoch from %2 (fencing)").arg(region, other);
    case SimEventType::StaleEpochApplied:
        return LabText::tr("%1 applied writes of an older epoch from %2 (no fencing)").arg(region, other);
    case SimEventType::SyncMemberRemoved:
        return LabText::tr("%1 dropped %2 from its sync set (lagging; the controller agreed): fewer "
                           "copies now hold each write")
            .arg(region, other);
    case SimEventType::SyncMemberRejoined:
        return LabText::tr("%2 caught up and is back in the sync set of %1").arg(region, other);
    case SimEventType::SyncWritesBlocked:
        return LabText::tr("Writes blocked on %1: waiting for %2").arg(region, other);
    case SimEventType::PromotionNotInSyncSet:
        return LabText::tr("%1 is not in the sync set: it may lack acknowledged writes, so it is not "
                           "promoted")
            .arg(region);
    case SimEventType::CopyDetached:
        return LabText::tr("%1 stopped keeping its log for %2 (%3 entries behind): it will be re-seeded "
                           "from a snapshot")
            .arg(region, other, locale.toString(e.value, 'f', 0));
    case SimEventType::CopyReseeded:
        return LabText::tr("%1 was re-seeded from a snapshot of %2").arg(region, other);
    case SimEventType::SplitBrainStarted:
        return LabText::tr("Split-brain: two regions acknowledge writes as primary");
    case SimEventType::SplitBrainEnded:
        return LabText::tr("Split-brain over: one primary again");
    case SimEventType::DependencyUnavailable:
        return LabText::tr("%1 reaches no %2 deployment: requests that need it fail")
            .arg(region, names.dependency(e.other));
    case SimEventType::IncidentOpened:
        return LabText::tr("Incident #%1 opened (fault at %2)").arg(std::llround(e.value)).arg(region);
    case SimEventType::IncidentRecovered:
        return LabText::tr("Incident #%1: users are served again").arg(std::llround(e.value));
    case SimEventType::IncidentClosed:
        return LabText::tr("Incident #%1 closed at the heal: %2 acknowledged writes lost in all")
            .arg(std::llround(e.value))
            .arg(QLocale().toString(e.other));
    case SimEventType::Count:
        break;
    }
    // A number from a newer core: still shown, by number.
    return LabText::tr("Event %1").arg(static_cast<int>(e.type));
}

Severity eventSeverity(const SimEvent &e)
{
    switch (e.type) {
    case SimEventType::RegionDown:
    case SimEventType::RegionDestroyed:
    case SimEventType::NoHealthyRegion:
    case SimEventType::AppTierDown:
    case SimEventType::DataTierDown:
    case SimEventType::FailureDetected:
    case SimEventType::SplitBrainStarted:
    case SimEventType::DependencyUnavailable:
    case SimEventType::IncidentOpened:
        return Severity::Failure;
    case SimEventType::LinkCut:
    case SimEventType::LinkDegraded:
    case SimEventType::HealthCheckFailed:
    case SimEventType::RegionLeftRotation:
    case SimEventType::RegionOverloaded:
    case SimEventType::RegionHeldForOperator:
    case SimEventType::SyncFellBackToAsync:
    case SimEventType::SteppedDown:
    case SimEventType::ControlProbeFailed:
    case SimEventType::AwaitingOperator:
    case SimEventType::ElectionNoQuorum:
    case SimEventType::LeaseExpired:
    case SimEventType::FencedWriteRefused:
    case SimEventType::StaleEpochApplied:
    case SimEventType::SyncMemberRemoved:
    case SimEventType::SyncWritesBlocked:
    case SimEventType::PromotionNotInSyncSet:
    case SimEventType::CopyDetached:
        return Severity::Warning;
    case SimEventType::SyncMemberRejoined:
    case SimEventType::CopyReseeded:
        return Severity::Notice;
    case SimEventType::CommandApplied:
    case SimEventType::PrimaryPromoted:
    case SimEventType::OperatorVerified:
    case SimEventType::RouteSwitched:
    case SimEventType::SplitBrainEnded:
    case SimEventType::IncidentRecovered:
    case SimEventType::IncidentClosed:
        return Severity::Notice;
    case SimEventType::RegionUp:
    case SimEventType::AppTierUp:
    case SimEventType::DataTierUp:
    case SimEventType::LinkHealed:
    case SimEventType::RegionRejoinedRotation:
    case SimEventType::StandbyScalingUp:
    case SimEventType::StandbyScaledUp:
    case SimEventType::PilotLightBooting:
    case SimEventType::PilotLightReady:
    case SimEventType::RegionRecoveredFromOverload:
    case SimEventType::ElectionStarted:
    case SimEventType::PromotionStarted:
    case SimEventType::Count:
        break;
    }
    return Severity::Info;
}

EventCategory eventCategory(const SimEvent &e)
{
    switch (e.type) {
    case SimEventType::CommandApplied:
    case SimEventType::RegionDown:
    case SimEventType::RegionUp:
    case SimEventType::RegionDestroyed:
    case SimEventType::AppTierDown:
    case SimEventType::AppTierUp:
    case SimEventType::DataTierDown:
    case SimEventType::DataTierUp:
    case SimEventType::LinkCut:
    case SimEventType::LinkHealed:
    case SimEventType::LinkDegraded:
        return EventCategory::Faults;
    case SimEventType::HealthCheckFailed:
    case SimEventType::RegionLeftRotation:
    case SimEventType::RegionRejoinedRotation:
    case SimEventType::RegionHeldForOperator:
    case SimEventType::NoHealthyRegion:
        return EventCategory::Health;
    case SimEventType::StandbyScalingUp:
    case SimEventType::StandbyScaledUp:
    case SimEventType::PilotLightBooting:
    case SimEventType::PilotLightReady:
    case SimEventType::RegionOverloaded:
    case SimEventType::RegionRecoveredFromOverload:
    case SimEventType::DependencyUnavailable:
        return EventCategory::Traffic;
    case SimEventType::SyncFellBackToAsync:
    case SimEventType::SteppedDown:
    case SimEventType::FencedWriteRefused:
    case SimEventType::StaleEpochApplied:
    case SimEventType::SplitBrainStarted:
    case SimEventType::SplitBrainEnded:
    case SimEventType::SyncMemberRemoved:
    case SimEventType::SyncMemberRejoined:
    case SimEventType::SyncWritesBlocked:
    case SimEventType::PromotionNotInSyncSet:
    case SimEventType::CopyDetached:
    case SimEventType::CopyReseeded:
        return EventCategory::Data;
    case SimEventType::PrimaryPromoted:
    case SimEventType::ControlProbeFailed:
    case SimEventType::FailureDetected:
    case SimEventType::AwaitingOperator:
    case SimEventType::OperatorVerified:
    case SimEventType::ElectionStarted:
    case SimEventType::ElectionNoQuorum:
    case SimEventType::PromotionStarted:
    case SimEventType::RouteSwitched:
    case SimEventType::LeaseExpired:
    case SimEventType::IncidentOpened:
    case SimEventType::IncidentRecovered:
    case SimEventType::IncidentClosed:
    case SimEventType::Count:
        break;
    }
    return EventCategory::Failover;
}

QString eventCategoryName(EventCategory category)
{
    switch (category) {
    case EventCategory::Traffic:
        return LabText::tr("Traffic");
    case EventCategory::Health:
        return LabText::tr("Health");
    case EventCategory::Data:
        return LabText::tr("Data");
    case EventCategory::Failover:
        return LabText::tr("Failover");
    case EventCategory::Faults:
        return LabText::tr("Faults and commands");
    }
    return QString();
}

} // namespace fl::ui
