#pragma once

#include "bench/holdbench.h"

namespace fl::bench {

// LatencyHistogram::record() throughput: `events` records of exponentially distributed latencies
// (mean 20 ms) drawn beforehand, so only the histogram is timed. Default 100 M records × `scale`.
BenchResult histogramRecord(double scale);

} // namespace fl::bench
