#pragma once

#include "engine/command.h"
#include "sim/simevents.h"
#include "spec/config.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace fl::ui {

struct RegionView;

// Words for the things core/ only has numbers for: region and population names, roles, policies,
// commands and simulation events, all in the current UI language. Call these at the moment text is
// shown (and again on QEvent::LanguageChange): never store the result across a language switch.
class LabText
{
    Q_DECLARE_TR_FUNCTIONS(fl::ui::LabText)

public:
    // Catalog names through the "fl::ui::Names" context (English names stay as in the catalog).
    static QString regionName(int catalogIndex);
    static QString regionId(int catalogIndex);
    // A configured region's name: its own, as the user wrote it, else its catalog entry's
    // (translated); and its id (its own, else the entry's).
    static QString regionName(const RegionConfig &region);
    static QString regionName(const RegionView &region);
    static QString regionId(const RegionConfig &region);
    static QString populationName(int catalogIndex);
    // Every catalog name marked for translation, for tests that check the table is complete.
    static std::vector<const char *> translatableNames();

    static QString roleName(RegionRole role);
    static QString mechanismName(RoutingMechanism mechanism);
    static QString policyName(RoutingPolicy policy);
    static QString resolversName(DnsResolvers resolvers);
    static QString placementName(HealthCheckerPlacement placement);
    static QString topologyName(WriteTopology topology);
    static QString replicationModeName(ReplicationMode mode);
    static QString forwardPolicyName(ForwardPolicy policy);
    static QString readPolicyName(ReadPolicy policy);
    static QString ownershipRuleName(OwnershipRule rule);
    static QString conflictPolicyName(ConflictPolicy policy);
    static QString failoverModeName(FailoverMode mode);
    static QString rejoinPolicyName(RejoinPolicy policy);
    static QString dependencyKindName(DependencyKind kind);

    // "00:12:34.5": simulated time since the start of the run.
    static QString clock(SimTime t);
    // "12:34.5": minutes and seconds of simulated time (incident phases), hours only when needed.
    static QString shortClock(SimTime t);
    // "836 ms", "12.3 s", "14 min": a simulated duration (see UnitFormat).
    static QString duration(SimTime t);
    // "10×", "0.1×", "max".
    static QString speed(double speed);
    static QString rate(double perSecond); // "3.2k/s"
};

// Maps a run's configured indexes to catalog entries, so that an event logged under one
// configuration keeps its names after regions are added or removed.
struct ConfigNames
{
    std::vector<RegionConfig> regions;        // configured region (its names and catalog entry)
    std::vector<int> populations;             // configured population -> catalog index
    std::vector<DependencyKind> dependencies; // configured dependency -> kind

    static ConfigNames from(const SimulationConfig &config);
    QString region(int index) const;
    QString population(int index) const;
    QString dependency(int index) const;
    // A configured region's id (its own, else its catalog entry's), or empty for no region.
    QString regionKey(int index) const;
};

// A user action or an applied command, e.g. "Kill N. Virginia" or "Cut Ireland → Tokyo".
QString describeCommand(const Command &command, const ConfigNames &names);

enum class Severity
{
    Info,
    Notice,
    Warning,
    Failure
};

// A simulation event as a sentence, and how alarming it is.
QString describeEvent(const SimEvent &event, const ConfigNames &names);
Severity eventSeverity(const SimEvent &event);

// What an event is about, for the event log's filters.
enum class EventCategory
{
    Traffic,  // load, capacity, scaling, dependencies
    Health,   // health checks and rotation
    Data,     // replication, fencing, split-brain
    Failover, // the controller, elections, promotion, rerouting, incidents
    Faults,   // faults and commands: kills, cuts, restores, settings
};
inline constexpr int kEventCategoryCount = 5;
EventCategory eventCategory(const SimEvent &event);
QString eventCategoryName(EventCategory category);

} // namespace fl::ui
