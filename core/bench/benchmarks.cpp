#include "benchmarks.h"

#include "bench/histogrambench.h"
#include "bench/worldbench.h"

#include <algorithm>
#include <cstdint>

namespace fl::bench {
namespace {

constexpr std::uint64_t kHoldPending = 10'000;
constexpr std::uint64_t kHoldSteps = 20'000'000;
constexpr std::uint64_t kSeed = 42;

std::uint64_t scaled(std::uint64_t n, double scale)
{
    return std::max<std::uint64_t>(1, static_cast<std::uint64_t>(static_cast<double>(n) * scale));
}

} // namespace

const std::vector<BenchmarkInfo> &allBenchmarks()
{
    static const std::vector<BenchmarkInfo> list = {
        {"baseline_heap", [](double s) { return baselineHeap(kHoldPending, scaled(kHoldSteps, s), kSeed); }},
        {"engine", [](double s) { return engineHold(kHoldPending, scaled(kHoldSteps, s), kSeed); }},
        {"histogram_record", &histogramRecord},
        {"model_3region", &model3Region},
        {"data_3region_async", &data3RegionAsync},
        {"data_12region_multiprimary_async", &data12RegionMultiPrimary},
        {"partition_24h", &partition24h},
    };
    return list;
}

} // namespace fl::bench
