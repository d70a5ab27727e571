#pragma once

#include "bench/holdbench.h"

namespace fl::bench {

// model_3region: three regions, 10,000 client requests per second from every population, DNS
// geo-routing with health checks, run as fast as the machine allows.
BenchResult model3Region(double scale);

// data_3region_async: single primary in N. Virginia, replicas in Ireland and Tokyo, asynchronous
// log shipping, 10,000 client writes per second.
BenchResult data3RegionAsync(double scale);

// data_12region_multiprimary_async: twelve regions each accepting writes (last-write-wins), every
// region replicating to every other.
BenchResult data12RegionMultiPrimary(double scale);

} // namespace fl::bench
