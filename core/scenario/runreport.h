#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace fl {
class Simulation;
}

namespace fl::scenario {

// What a run measured about one incident, as targets are checked against it (from the model's
// fl::Incident: the failure, when users were served again, the acknowledged writes lost).
struct IncidentMeasure
{
    SimTime start = 0;
    std::optional<SimTime> rto; // nothing: users were not served again before the run ended
    SimTime rpo = 0;            // how far back the lost acknowledged writes reach (Incident::rpo())
    std::uint64_t lostWrites = 0;
};

std::vector<IncidentMeasure> measureIncidents(const Simulation &simulation);

struct TargetMiss
{
    enum class Kind
    {
        Rpo,
        Rto
    };
    Kind kind = Kind::Rto;
    std::size_t incident = 0;        // index into the measured incidents
    std::optional<SimTime> measured; // nothing: an RTO that had not ended when the run did
    SimTime target = 0;
};

// Every incident that exceeds a target, in incident order (RPO before RTO). An incident still open
// when the run ended at `runEnd` misses its RTO target only once it has lasted longer than the
// target; before that nobody can tell. A run with a miss exits 1.
std::vector<TargetMiss> checkTargets(const Targets &targets, const std::vector<IncidentMeasure> &incidents,
                                     SimTime runEnd);

// The machine-readable record of a finished run ("failover-lab-metrics", version 1; see
// docs/scenario-format.md): totals, availability, latency percentiles, the fate of every write,
// split-brain and cost figures, per population and per region totals and time series (replication
// lag included), the data layer's series, the event list, the incidents, the applied commands, seed
// and trace hash. Everything comes from the simulation's metrics; nothing in it depends on the wall
// clock, so the same scenario and seed give the same bytes. The fate of acknowledged writes is
// recounted at every metrics tick; call Simulation::recountWrites() first for a figure as of now.
QJsonObject runReportJson(const Scenario &scenario, const Simulation &simulation);
QByteArray runReportBytes(const Scenario &scenario, const Simulation &simulation);
// The keys runReportBytes writes first, in this order (the others follow alphabetically).
QStringList runReportKeyOrder();

// The same data as CSV, one file per kind of series: regions.csv and populations.csv (one row per
// interval and region or population), data.csv (one row per interval), events.csv, totals.csv and
// writes.csv (one row: the write accounting, divergence, fencing and cost). Files are written
// atomically into `directory` (created if missing); `written` receives their paths.
bool writeRunCsv(const Scenario &scenario, const Simulation &simulation, const QString &directory,
                 QStringList *written, QString *error);

} // namespace fl::scenario
