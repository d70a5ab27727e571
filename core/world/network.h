#pragma once

#include "engine/random.h"
#include "engine/simtime.h"

#include <cstdint>
#include <vector>

namespace fl {

// State of one direction of an inter-region link.
struct LinkState
{
    bool cut = false;
    SimTime extraDelay = 0;   // added one-way latency (degraded link)
    double lossFraction = 0;  // per transmission; reliable streams retransmit, datagrams vanish
    SimTime lastDelivery = 0; // FIFO: nothing sent later may arrive earlier
    // The last transmission any reliable message sent so far on this link needs (its final
    // retransmission). A message in an in-order stream is delivered only once every earlier one
    // is, so a message still depends on its sender until the latest of these.
    SimTime lastTransmission = 0;
    friend bool operator==(const LinkState &, const LinkState &) = default;
};

// The inter-region network: a base one-way latency per ordered pair (from geography), plus the
// state of every directed link. Users reach regions over a separate access path that these links do
// not carry, which is why cutting links between regions can split a system's brain.
class Network
{
public:
    Network() = default;
    // `baseOneWay` is row-major, n x n, in microseconds.
    Network(std::size_t regionCount, std::vector<SimTime> baseOneWay, double jitterFraction, SimTime rtoMin);

    std::size_t regionCount() const { return m_n; }
    SimTime baseOneWay(std::size_t from, std::size_t to) const { return m_base[from * m_n + to]; }
    const LinkState &link(std::size_t from, std::size_t to) const { return m_links[from * m_n + to]; }
    bool isCut(std::size_t from, std::size_t to) const { return m_links[from * m_n + to].cut; }

    void setCut(std::size_t from, std::size_t to, bool cut) { m_links[from * m_n + to].cut = cut; }
    void setDegradation(std::size_t from, std::size_t to, SimTime extra, double loss);

    // A message on a reliable, in-order stream (replication, consensus): loss shows up as
    // retransmission delay, never as a missing message. Returns kNever when the link is cut.
    // `needsSenderUntil`, if given, receives the instant after which the message no longer needs
    // its sender: its own last retransmission, or that of an earlier message it waits behind.
    // A sender that crashes later cannot stop it from arriving; one that crashes earlier does.
    SimTime sendReliable(std::size_t from, std::size_t to, SimTime now, Rng &rng,
                         SimTime *needsSenderUntil = nullptr);
    // A datagram (a health probe): lost on loss or cut (kNever). Still in order with its link.
    SimTime sendDatagram(std::size_t from, std::size_t to, SimTime now, Rng &rng);

    // The round trip a reliable stream waits before retransmitting on this link.
    SimTime retransmitTimeout(std::size_t from, std::size_t to) const;

    friend bool operator==(const Network &, const Network &) = default;

private:
    SimTime jitteredArrival(std::size_t from, std::size_t to, SimTime sendTime, Rng &rng) const;

    std::size_t m_n = 0;
    std::vector<SimTime> m_base;
    std::vector<LinkState> m_links;
    double m_jitterFraction = 0.0;
    SimTime m_rtoMin = 200 * kMillisecond;
};

} // namespace fl
