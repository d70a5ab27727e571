#pragma once

#include "holdbench.h"

#include <functional>
#include <string>
#include <vector>

namespace fl::bench {

struct BenchmarkInfo
{
    std::string name;
    // Runs the benchmark; `scale` multiplies its default amount of work (tests use a tiny scale).
    std::function<BenchResult(double scale)> run;
};

// Every benchmark `failover-lab bench` knows, in the order it runs them. Baselines come first so
// that the others can be reported as ratios to them.
const std::vector<BenchmarkInfo> &allBenchmarks();

} // namespace fl::bench
