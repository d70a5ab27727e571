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

// partition_24h: the same single primary, 1,000 requests per second (half writes); Tokyo is cut
// off from the other regions for 24 simulated hours, then healed and re-seeded. Reports the
// entries the model retained (bounded by data.max_log_retention, not by the partition's length).
BenchResult partition24h(double scale);

} // namespace fl::bench
