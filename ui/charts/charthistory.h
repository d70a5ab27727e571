#pragma once

#include "control/incident.h"
#include "engine/command.h"
#include "metrics/timeseries.h"
#include "metrics/worldmetrics.h"
#include "spec/config.h"

#include <cstdint>
#include <vector>

namespace fl::ui {

struct WorldSnapshot;

// The metrics history the lab's live charts draw from: the samples that arrive with each
// WorldSnapshot, kept in bounded rings of the same shape as the simulation's own WorldMetrics
// series, so makeChartData() reads both alike. A new run (another runId) starts it afresh.
class ChartHistory
{
public:
    // `capacity`: samples kept per series; 0 takes the run's SimulationConfig::historySeconds.
    explicit ChartHistory(std::size_t capacity = 0) : m_fixedCapacity(capacity) {}

    // Takes the new samples and commands of a snapshot. Returns true when anything changed.
    bool append(const WorldSnapshot &snapshot);
    void clear();

    std::uint64_t runId() const { return m_runId; }
    double nowSeconds() const { return m_nowSeconds; }
    const SimulationConfig &config() const { return m_config; }
    const std::vector<Command> &commands() const { return m_commands; }
    const std::vector<Incident> &incidents() const { return m_incidents; }
    double availabilityThreshold() const { return m_threshold; }
    std::uint64_t samplesMissed() const { return m_missed; } // the UI fell behind the simulation's history

    // The shape makeChartData() reads (the same as WorldMetrics).
    std::size_t regionCount() const { return m_regions.size(); }
    std::size_t populationCount() const { return m_populations.size(); }
    const RingSeries<RegionSample> &regionSeries(std::size_t r) const { return m_regions[r]; }
    const RingSeries<PopulationSample> &populationSeries(std::size_t p) const { return m_populations[p]; }
    const RingSeries<DataSample> &dataSeries() const { return m_data; }

private:
    void start(const WorldSnapshot &snapshot);

    std::size_t m_fixedCapacity = 0;
    std::uint64_t m_runId = 0;
    bool m_started = false;
    double m_nowSeconds = 0;
    double m_threshold = 0.99;
    std::uint64_t m_missed = 0;
    SimulationConfig m_config;
    std::vector<Command> m_commands;
    std::vector<Incident> m_incidents;
    std::vector<RingSeries<RegionSample>> m_regions;
    std::vector<RingSeries<PopulationSample>> m_populations;
    RingSeries<DataSample> m_data;
};

} // namespace fl::ui
