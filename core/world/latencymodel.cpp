#include "latencymodel.h"

namespace fl {

SimTime LatencyModel::oneWay(GeoPoint a, GeoPoint b) const
{
    const double km = greatCircleKm(a, b);
    return fromMilliseconds(m_params.fixedOverheadMs + m_params.pathStretch * km / m_params.fibreKmPerMs);
}

double LatencyModel::rttMs(GeoPoint a, GeoPoint b) const
{
    // From the rounded one-way value, so that what is displayed is what the simulation uses.
    return toMilliseconds(2 * oneWay(a, b));
}

SimTime LatencyModel::clientOneWay(GeoPoint client, GeoPoint region) const
{
    return oneWay(client, region) + fromMilliseconds(m_params.lastMileMs);
}

double LatencyModel::clientRttMs(GeoPoint client, GeoPoint region) const
{
    return toMilliseconds(2 * clientOneWay(client, region));
}

SimTime LatencyModel::fibreBound(GeoPoint a, GeoPoint b)
{
    return fromMilliseconds(greatCircleKm(a, b) / LatencyParams{}.fibreKmPerMs);
}

} // namespace fl
