#pragma once

#include "bench/holdbench.h"

namespace fl::bench {

// model_3region: three regions, 10,000 client requests per second from every population, DNS
// geo-routing with health checks, run as fast as the machine allows.
BenchResult model3Region(double scale);

} // namespace fl::bench
