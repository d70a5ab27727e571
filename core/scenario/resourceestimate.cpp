// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourceestimate.h"

#include "metrics/worldmetrics.h"
#include "sim/simevents.h"
#include "spec/commands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <unistd.h>

namespace fl::scenario {
namespace {

class Estimate
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::Estimate)
};

// Measured with /usr/bin/time on `run --duration 2s`: 100 k -> 1 M keys over three regions grew the
// peak RSS by 154 MB, 57 bytes per key and region; 64 leaves room for the allocator.
constexpr double kBytesPerKeyAndRegion = 64;
// Per-key bookkeeping outside the regions (Zipf tables, the stale-read bound of 24 bytes): a few words.
constexpr double kBytesPerKey = 48;
// One metrics tick's samples: one per region, one per population and the data layer's, as the
// ring series store them (exact sizes, with a vector's growth slack of up to a half on top).
constexpr double kGrowthSlack = 1.5;
constexpr double kBytesPerRegionSample = sizeof(RegionSample) * kGrowthSlack;
constexpr double kBytesPerPopulationSample = sizeof(PopulationSample) * kGrowthSlack;
constexpr double kBytesPerDataSample = sizeof(DataSample) * kGrowthSlack;
// One event-log entry (its text is produced on demand; the entry holds kind, time and indices).
constexpr double kBytesPerLogEntry = sizeof(SimEvent) * kGrowthSlack;
// One operation kept for the independent audit (data.record_history).
constexpr double kBytesPerRecordedOperation = 64;
// One scheduled command.
constexpr double kBytesPerCommand = 96;
// The program itself, Qt and the fixed parts of the model.
constexpr double kBaseBytes = 32.0 * 1024 * 1024; // 24 MB measured for a small run

QString number(double n)
{
    return QLocale().toString(n, 'f', 0);
}

} // namespace

ResourceEstimate estimateResources(const Scenario &scenario)
{
    const SimulationConfig &c = scenario.config;
    const double regions = static_cast<double>(std::max<std::size_t>(1, c.regions.size()));
    const double populations = static_cast<double>(c.populations.size());
    // A scheduled rate change may raise a population's rate: each counts at its highest.
    std::vector<double> highest(c.populations.size(), 0.0);
    double keys = 0, rate = 0;
    for (std::size_t p = 0; p < c.populations.size(); ++p) {
        keys += std::max<std::uint32_t>(1, c.populations[p].keySpace);
        highest[p] = std::max(0.0, c.populations[p].requestsPerSecond);
    }
    for (const Command &command : scenario.faults) {
        if (command.type == static_cast<std::uint32_t>(CommandType::SetPopulationRate) && command.a >= 0 &&
            static_cast<std::size_t>(command.a) < highest.size())
            highest[static_cast<std::size_t>(command.a)] =
                std::max(highest[static_cast<std::size_t>(command.a)], command.x);
    }
    // The engine issues exactly the set rate (its arrival gaps carry their sub-microsecond remainder).
    for (const double r : highest)
        rate += r;
    const double seconds = toSeconds(scenario.duration);
    const double interval = toSeconds(std::max<SimTime>(1, c.metricsInterval));
    // A headless run keeps every sample of the whole run (makeSimulation with keepWholeRun).
    const double samples =
        std::max(static_cast<double>(c.historySeconds), std::floor(seconds / interval) + 1);
    const double bytesPerTick =
        regions * kBytesPerRegionSample + populations * kBytesPerPopulationSample + kBytesPerDataSample;
    const double logEntries = std::max<double>(c.eventLogCapacity, 1 << 16);

    struct Part
    {
        double bytes;
        QString text;
    };
    std::vector<Part> parts;
    parts.push_back({keys * regions * kBytesPerKeyAndRegion + keys * kBytesPerKey,
                     Estimate::tr("per-key state: populations[*].keys × regions = %1 × %2")
                         .arg(number(keys), number(regions))});
    parts.push_back(
        {samples * bytesPerTick,
         Estimate::tr("time series: samples (duration / metrics.interval, at least "
                      "metrics.history) × bytes per tick of every region and population = %1 × %2")
             .arg(number(samples), number(bytesPerTick))});
    parts.push_back({logEntries * kBytesPerLogEntry,
                     Estimate::tr("event log: metrics.event_log = %1 entries").arg(number(logEntries))});
    if (c.data.recordHistory)
        parts.push_back({rate * seconds * kBytesPerRecordedOperation,
                         Estimate::tr("recorded operations: data.record_history with populations[*].rate × "
                                      "duration = %1")
                             .arg(number(rate * seconds))});
    parts.push_back(
        {static_cast<double>(scenario.faults.size()) * kBytesPerCommand,
         Estimate::tr("scheduled faults: %1").arg(number(static_cast<double>(scenario.faults.size())))});

    ResourceEstimate estimate;
    estimate.bytes = kBaseBytes;
    for (const Part &p : parts)
        estimate.bytes += p.bytes;
    estimate.requests = rate * seconds;
    std::stable_sort(parts.begin(), parts.end(),
                     [](const Part &a, const Part &b) { return a.bytes > b.bytes; });
    for (const Part &p : parts) {
        if (p.bytes >= estimate.bytes * 0.05)
            estimate.parts << p.text + QStringLiteral(" ≈ ") + formatBytes(p.bytes);
    }
    return estimate;
}

QString memoryRefusal(const ResourceEstimate &estimate, std::uint64_t limit)
{
    return Estimate::tr("the scenario needs about %1 of memory, more than the limit of %2: %3")
        .arg(formatBytes(estimate.bytes), formatBytes(static_cast<double>(limit)),
             estimate.parts.join(QStringLiteral("; ")));
}

std::uint64_t defaultMemoryLimit()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGE_SIZE);
    if (pages <= 0 || pageSize <= 0)
        return 4ull << 30; // unknown machine: 4 GiB
    return static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(pageSize) / 2;
}

std::optional<std::uint64_t> parseByteSize(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([kKmMgGtT]?)(?:i?[bB])?\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    double value = m.captured(1).toDouble();
    const QString unit = m.captured(2).toUpper();
    const double scale = unit == QLatin1String("K")   ? 1024.0
                         : unit == QLatin1String("M") ? 1024.0 * 1024
                         : unit == QLatin1String("G") ? 1024.0 * 1024 * 1024
                         : unit == QLatin1String("T") ? 1024.0 * 1024 * 1024 * 1024
                                                      : 1.0;
    value *= scale;
    if (!(value >= 1) || value > 1e18)
        return std::nullopt;
    return static_cast<std::uint64_t>(value);
}

QString formatBytes(double bytes)
{
    const char *units[] = {"B", "KB", "MB", "GB", "TB", "PB"};
    int unit = 0;
    while (bytes >= 1024 && unit < 5) {
        bytes /= 1024;
        ++unit;
    }
    return QLocale().toString(bytes, 'f', bytes < 10 && unit > 0 ? 1 : 0) + QLatin1Char(' ') +
           QLatin1String(units[unit]);
}

} // namespace fl::scenario
