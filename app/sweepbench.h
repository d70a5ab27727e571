// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <cstddef>

namespace fl::app {

// `bench --only sweep`: one grid (2 replication modes × 4 DNS TTLs of active-passive-async, 4 seeds
// each: 32 runs) swept with one job and then with one per core. The speedup is the first wall time
// over the second; the rows of both must be identical, or the speedup means nothing.
struct SweepBenchResult
{
    std::size_t runs = 0;
    int jobs = 1;
    double secondsOneJob = 0;
    double secondsAllJobs = 0;
    bool rowsIdentical = false;
    double speedup() const { return secondsAllJobs > 0 ? secondsOneJob / secondsAllJobs : 0; }
};

// `factor` scales each run's simulated duration (bench --scale).
SweepBenchResult runSweepBenchmark(double factor);

} // namespace fl::app
