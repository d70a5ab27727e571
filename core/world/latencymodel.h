#pragma once

#include "engine/simtime.h"
#include "geo.h"

namespace fl {

// Constants of the geographic latency model. The defaults are fitted to measured AWS inter-region
// round-trip times; docs/latency-model.md has the data, the fit and where the model is wrong.
struct LatencyParams
{
    // Speed of light in optical fibre (refractive index ≈ 1.47 gives ≈ 204 km/ms; 200 is the usual
    // round figure).
    double fibreKmPerMs = 200.0;
    // Real paths are longer than the great circle: cable routes, landing stations, ring topologies.
    double pathStretch = 1.32;
    // Per-path cost independent of distance (routers, regional backbone edges, host stacks), one
    // way. Also what two endpoints in the same region see.
    double fixedOverheadMs = 4.4;
    // Extra one-way delay between a user and the internet backbone (access network, Wi-Fi, mobile).
    // An assumption, not fitted: the reference data has no clients in it.
    double lastMileMs = 10.0;
    // Jitter is applied by the link model, not here: a non-negative extra of up to this fraction of
    // the one-way delay.
    double jitterFraction = 0.02;
};

// One-way network latency derived from geography alone:
//     oneWay = fixedOverheadMs + pathStretch × greatCircleKm / fibreKmPerMs
// Deterministic and symmetric; results are rounded to the simulator's microsecond clock.
class LatencyModel
{
public:
    explicit LatencyModel(LatencyParams params = {}) : m_params(params) {}

    // Inter-region one-way delay, without jitter.
    SimTime oneWay(GeoPoint a, GeoPoint b) const;
    // Round trip (twice oneWay) in milliseconds, for display and calibration.
    double rttMs(GeoPoint a, GeoPoint b) const;
    // A user population to a region: oneWay plus the last mile.
    SimTime clientOneWay(GeoPoint client, GeoPoint region) const;
    // Its round trip (twice clientOneWay) in milliseconds: what a request from the population to
    // the region spends on the network, before any queueing or service time and without jitter.
    double clientRttMs(GeoPoint client, GeoPoint region) const;
    // The physical floor: straight-line fibre at the default fibre speed, one way. No path can be
    // faster than this.
    static SimTime fibreBound(GeoPoint a, GeoPoint b);

    const LatencyParams &params() const { return m_params; }

private:
    LatencyParams m_params;
};

} // namespace fl
