#include "histogrambench.h"

#include "engine/random.h"
#include "metrics/latencyhistogram.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

namespace fl::bench {
namespace {

// Benchmarks are the one place in core/ that reads the wall clock: they measure the machine, not
// the model, and nothing they time feeds back into a simulation.
using WallClock = std::chrono::steady_clock;

constexpr std::uint64_t kRecords = 100'000'000;
constexpr std::size_t kSampleCount = std::size_t{1} << 16; // 512 KiB of samples: stays in L2
constexpr double kMeanMicros = 20'000.0;
constexpr std::uint64_t kSeed = 42;

} // namespace

BenchResult histogramRecord(double scale)
{
    const auto records =
        std::max<std::uint64_t>(1, static_cast<std::uint64_t>(static_cast<double>(kRecords) * scale));

    RandomStreams random(kSeed);
    Rng &rng = random[Stream::Test];
    std::vector<SimTime> samples(kSampleCount);
    for (SimTime &s : samples)
        s = static_cast<SimTime>(std::llround(rng.exponential(kMeanMicros)));

    LatencyHistogram histogram;
    const auto start = WallClock::now();
    for (std::uint64_t i = 0; i < records; ++i)
        histogram.record(samples[i & (kSampleCount - 1)]);
    const double seconds = std::chrono::duration<double>(WallClock::now() - start).count();

    BenchResult r;
    r.name = "histogram_record";
    r.seconds = seconds;
    r.events = histogram.count();
    r.checksum = static_cast<std::uint64_t>(histogram.percentile(0.99)) ^
                 (static_cast<std::uint64_t>(histogram.maxValue()) << 20) ^
                 static_cast<std::uint64_t>(histogram.meanMicros());
    return r;
}

} // namespace fl::bench
