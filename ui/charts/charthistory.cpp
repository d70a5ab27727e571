#include "charthistory.h"

#include "bridge/worldsnapshot.h"

#include <algorithm>

namespace fl::ui {

void ChartHistory::clear()
{
    *this = ChartHistory(m_fixedCapacity);
}

void ChartHistory::start(const WorldSnapshot &snapshot)
{
    const std::size_t capacity =
        m_fixedCapacity > 0 ? m_fixedCapacity : std::max<std::size_t>(1, snapshot.config.historySeconds);
    m_started = true;
    m_runId = snapshot.runId;
    m_config = snapshot.config;
    m_missed = 0;
    m_commands.clear();
    m_incidents.clear();
    m_regions.assign(snapshot.samples.regions.size(), RingSeries<RegionSample>(capacity));
    m_populations.assign(snapshot.samples.populations.size(), RingSeries<PopulationSample>(capacity));
    m_data = RingSeries<DataSample>(capacity);
}

bool ChartHistory::append(const WorldSnapshot &snapshot)
{
    bool changed = false;
    if (!m_started || snapshot.runId != m_runId) {
        start(snapshot);
        changed = true;
    }
    m_nowSeconds = toSeconds(snapshot.now);
    m_threshold = snapshot.samples.availabilityThreshold;
    m_missed += snapshot.samples.dropped;
    if (snapshot.commandLog.size() != m_commands.size()) {
        m_commands = snapshot.commandLog;
        changed = true;
    }
    if (snapshot.incidents != m_incidents) {
        m_incidents = snapshot.incidents;
        changed = true;
    }
    const SampleDelta &delta = snapshot.samples;
    if (delta.regions.size() != m_regions.size() || delta.populations.size() != m_populations.size())
        return changed; // not the shape this run started with: never happens within one run
    for (std::size_t i = 0; i < delta.count(); ++i) {
        m_data.push(delta.data[i]);
        for (std::size_t r = 0; r < m_regions.size(); ++r)
            m_regions[r].push(delta.regions[r][i]);
        for (std::size_t p = 0; p < m_populations.size(); ++p)
            m_populations[p].push(delta.populations[p][i]);
        changed = true;
    }
    return changed;
}

} // namespace fl::ui
