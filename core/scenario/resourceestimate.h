// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace fl::scenario {

// What a headless run of a scenario will cost, estimated from its fields before anything is
// allocated or simulated, so that a legal but enormous scenario is refused with a reason instead
// of dying of bad_alloc or running for days. The per-item sizes are measured on this build
// (see docs/scenario-format.md, "Limits"), rounded up.
struct ResourceEstimate
{
    double bytes = 0; // peak memory the model's state and its recordings need
    // Client requests the run will issue (the rates the engine really issues × duration, before
    // retries; above about 100 k/s per population that is more than the rate set, see
    // resourceestimate.cpp).
    double requests = 0;
    // The largest contributions, each naming the fields it comes from, e.g.
    // "per-key state: populations[*].keys × regions = 10,000,000 × 18 ≈ 11.5 GB".
    QStringList parts;
};

ResourceEstimate estimateResources(const Scenario &scenario);

// "the scenario needs about 11.5 GB of memory, more than the limit of 12 GB: per-key state: ..."
// — the one sentence both `run` and the window's settings use to refuse.
QString memoryRefusal(const ResourceEstimate &estimate, std::uint64_t limit);

// Half the machine's physical memory: the default --memory-limit.
std::uint64_t defaultMemoryLimit();

// "512M", "4G", "1.5GB", "123456789" (bytes); nothing for anything else or for zero.
std::optional<std::uint64_t> parseByteSize(const QString &text);
// "11.5 GB", "640 MB", "12 KB".
QString formatBytes(double bytes);

// More requests than this are refused up front: at the engine's few million operations per
// second such a run would take hours.
inline constexpr double kMaxProjectedRequests = 20e9;
// Runs above this many requests print a progress line on a terminal.
inline constexpr double kLongRunRequests = 200e6;

// Scenario files are kilobytes; anything larger than this is refused before it is read.
inline constexpr qint64 kMaxScenarioFileBytes = 16 * 1024 * 1024;

} // namespace fl::scenario
