#pragma once

#include "control/incident.h"
#include "engine/command.h"
#include "labtext.h"
#include "unitformat.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <vector>

namespace fl {
class WorldMetrics;
struct SimulationConfig;
} // namespace fl

namespace fl::ui {

class ChartHistory;

// The charts the lab draws from a run's metrics.
enum class ChartKind
{
    Throughput,     // successful attempts per second, per region
    Errors,         // failed attempts per second, per region
    LatencyP50,     // client-observed p50 per population
    LatencyP99,     // client-observed p99 per population
    SuccessRatio,   // share of finished requests that succeeded, per population and overall
    TrafficShare,   // share of all attempts, per region
    QueueDepth,     // requests waiting at each region
    ReplicationLag, // receive and apply lag of each region's copy (ms)
    EntriesBehind,  // committed entries each region's copy has yet to receive
    LostWrites,     // acknowledged writes lost so far, by mechanism (cumulative)
    Divergence,     // keys whose values differ between two self-declared primaries
    Anomalies,      // conflicts per second and stale reads per second
};

std::vector<ChartKind> allChartKinds();
// The smallest round step of time (1 s, 2 s, 5 s, ..., 30 min, 1 h, 2 h) that cuts `seconds` into
// at most `intervals` pieces: time-axis ticks, and the steps the live charts' axis advances by.
double roundTimeStep(double seconds, int intervals);
// A stable, untranslated id for file names: "throughput", "latency-p99", ...
QString chartKindId(ChartKind kind);

// One line of a chart. A NaN y is a gap: no value existed in that interval (a latency when nothing
// succeeded), which the chart leaves blank rather than drawing a made-up zero.
struct ChartSeries
{
    enum class Subject
    {
        Region,      // a configured region (`index`)
        RegionApply, // the same region's second measure (its apply lag), drawn dashed
        Population,  // a configured population (`index`)
        AllUsers,
        Threshold,
        Measure, // a quantity of the whole data layer (`index` is a DataMeasure)
    };
    Subject subject = Subject::Region;
    int index = -1;        // configured region or population index, or a DataMeasure; -1 for the others
    QList<QPointF> points; // x = seconds since the start of the run
};

// Quantities of the whole data layer, drawn as one line each.
enum class DataMeasure
{
    LostNotShipped,  // cumulative: the promoted replica never received them
    LostOverwritten, // cumulative: dropped by last-write-wins
    LostDiscarded,   // cumulative: rolled back when their deposed primary rejoined
    DivergentKeys,
    ConflictsPerSecond,
    StaleReadsPerSecond,
};

// A vertical line with a label: a command that changed the world, or a step of an incident's
// failover (the failure itself is the command that caused it).
struct FaultMarker
{
    enum class Kind
    {
        Command,
        Detected,  // the controller declared the primary down
        Promoted,  // a new primary serves writes
        Rerouted,  // routing points at the new primary
        Recovered, // every affected population is served again
    };
    double timeSeconds = 0;
    Command command; // for Kind::Command
    Kind kind = Kind::Command;
    std::uint32_t incident = 0; // for the failover steps: Incident::id
};

// Plain data for one chart, built from metrics on any thread; ChartFactory turns it into a QChart
// on the GUI thread. Texts are not stored: the factory translates at creation, so the same data
// serves any language.
// A stretch of time in which a region's line is missing because the region was down (not because
// nothing was measured): the chart marks it "down" so that the gap reads as an outage.
struct DownSpan
{
    int region = -1; // configured region index
    double fromSeconds = 0;
    double toSeconds = 0;
};

struct ChartData
{
    ChartKind kind = ChartKind::Throughput;
    QString scenarioName; // shown after the title when not empty
    // Small live charts in the lab: the value axis titled by its unit, short legend names, the
    // legend beside the plot when it is long. Exported charts are never compact.
    bool compact = false;
    double xMinSeconds = 0; // the time axis: [xMinSeconds, xMaxSeconds]
    double xMaxSeconds = 0;
    ConfigNames names; // configured region and population -> catalog, for legends and labels
    // Latency and lag charts: the unit the values are in, chosen from the largest (an axis to
    // 2,500,000 ms reads as 42 min). Other charts keep their own units.
    TimeUnit timeUnit = TimeUnit::Milliseconds;
    // How large the chart's texts and data lines are drawn (an export preset's; 1 in the lab).
    double typeScale = 1.0;
    double lineScale = 1.0;
    std::vector<ChartSeries> series;
    std::vector<FaultMarker> markers;
    std::vector<DownSpan> downSpans; // replication lag only, in time order per region
};

// Whether a chart's values are durations (latency, replication lag), kept in `ChartData::timeUnit`.
bool isDurationChart(ChartKind kind);
// Puts a duration chart's values in the unit its largest value reads best in (values start in ms).
void scaleToReadableUnit(ChartData &data);

// From a run's metrics, its configuration and the applied commands (Engine::commandLog()).
// `xMaxSeconds` is the end of the time axis, normally the run's duration.
// `incidents` add markers at each failover step.
ChartData makeChartData(ChartKind kind, const WorldMetrics &metrics, const SimulationConfig &config,
                        const std::vector<Command> &commands, double xMaxSeconds,
                        const std::vector<Incident> &incidents = {});
// The same from the lab's live history, for the window [xMinSeconds, xMaxSeconds] of the time axis
// (the series start with the last sample before the window, so lines reach its left edge).
ChartData makeChartData(ChartKind kind, const ChartHistory &history, double xMinSeconds, double xMaxSeconds);

} // namespace fl::ui
