// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace fl::scenario {

// The designs `failover-lab plan` considers for one world and workload: every combination of an
// architecture with its home region and roles, a replication mode, the failover controller's
// detection, split-brain protections, a routing mechanism and the health checks, each written as
// the --set overrides that turn the scenario into it. The regions, populations, prices and fault
// schedule stay the scenario's own, except that the faults the schedule aims at the scenario's
// primary region are aimed at the design's home region (and the other way round), so that every
// design faces the loss of its own primary.
enum class Architecture
{
    ActivePassive,        // the home region active, the others warm standbys or pilot lights
    ActiveActiveReplicas, // every region serves, reads from the local replica, writes forwarded
    MultiPrimary,         // every region takes writes, last write wins
    Ownership,            // every region takes the writes of the keys it owns
};

struct DesignChoice
{
    Architecture architecture = Architecture::ActivePassive;
    int home = -1;               // the primary's region (single-primary); -1 for the others
    std::uint32_t pilotMask = 0; // active-passive: the other regions that are pilot lights (the
                                 // rest are warm standbys); bit = region index
    ReplicationMode mode = ReplicationMode::Async;
    SimTime batchInterval = 0; // async shipping period; 0: the scenario's own (no effect)
    SimTime probeInterval = 0; // the failover controller's (single-primary); 0: not set
    int probeMisses = 0;       // failed probes before the primary is declared down; 0: not set
    int protections = 0;       // 0 none, 1 fencing, 2 fencing + quorum election + leases
    RoutingMechanism mechanism = RoutingMechanism::Dns;
    SimTime dnsTtl = 0; // DNS only
    SimTime healthInterval = 0;
    int healthMisses = 0;
    friend bool operator==(const DesignChoice &, const DesignChoice &) = default;
};

// Whether the architecture has a single primary that a failover replaces.
bool hasPrimary(Architecture architecture);

struct DesignCandidate
{
    DesignChoice choice;
    QString home;          // the home region's id (single-primary designs)
    QStringList overrides; // PATH=VALUE, applied after the scenario's own --set
    QString label;         // DesignSpace::label(choice) when it was made
    QJsonObject toJson() const;
};

// The space for one plan's world (a scenario document, --set applied, its fault schedule final).
//
// For a world of n regions (a witness stays a witness) it holds, per home region h: active-passive
// with each of the 2^(n-1) mixes of warm standbys and pilot lights, and active-active with read
// replicas; plus multi-primary and ownership once. Single-primary designs and ownership take async
// every 10 ms, 100 ms, 1 s or 5 s, semi-sync, sync-quorum or sync-all; multi-primary acknowledges
// every write locally whatever the mode, so it takes only the four shipping periods. Single-primary
// designs take controller probes every 1 s, 2 s or 5 s declaring the primary down after 2 or 3
// misses, and no protection, fencing, or fencing with quorum elections and leases (multi-primary
// and ownership have no controller: none of these changes them). Every design takes DNS with a TTL
// of 1 s, 5 s, 30 s, 60 s or 300 s or a front door (no TTL), and health checks every 2 s, 5 s or
// 10 s taking a region out after 2 or 3 misses. For 3 regions: 68,436 designs, no two alike.
class DesignSpace
{
public:
    explicit DesignSpace(const QJsonObject &document);

    const std::vector<DesignChoice> &choices() const { return m_choices; }
    const QStringList &regionIds() const { return m_ids; }

    // Everything that makes `choice` out of the world, in the order to apply them.
    QStringList overrides(const DesignChoice &choice) const;
    // The part shared by every design of one architecture, home and roles (see sameSkeleton()):
    // roles, topology, routing policy, the controller's region and the faults re-aimed.
    QStringList skeletonOverrides(const DesignChoice &choice) const;
    // The rest: plain settings, which applySettings() sets on a configuration directly.
    static QStringList settingOverrides(const DesignChoice &choice);
    static void applySettings(SimulationConfig &config, const DesignChoice &choice);
    static bool sameSkeleton(const DesignChoice &a, const DesignChoice &b)
    {
        return a.architecture == b.architecture && a.home == b.home && a.pilotMask == b.pilotMask;
    }

    // "active-passive, home us-east-1 (us-east-2 warm standby, us-west-2 pilot light) · sync-all ·
    // …" in the current language.
    QString label(const DesignChoice &choice) const;
    DesignCandidate candidate(const DesignChoice &choice) const;

private:
    QStringList m_ids;
    QStringList m_roles;
    int m_primary = 0;       // the scenario's primary region
    int m_controlRegion = 1; // the scenario's failover controller
    // Every fault field naming a region: "faults[i].region" (or .from, .to) and the region id.
    std::vector<std::pair<QString, QString>> m_faultRegions;
    std::vector<DesignChoice> m_choices;
};

// The standard faults of a plan for a scenario without any: the primary's region crashes at 2 min
// and returns at 6 min, then is cut off from the others at 9 min until 12 min; 14 min in all.
void addStandardFaults(QJsonObject &document);

} // namespace fl::scenario
