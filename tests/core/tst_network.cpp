// The inter-region link model: jitter never reorders a link, a reliable stream turns loss into
// delay, datagrams vanish on loss or cut, and cuts can be one-way.
#include "world/network.h"

#include <QTest>

using namespace fl;

namespace {
Network twoRegions(double jitter)
{
    // 40 ms one way between the two regions, 0.5 ms inside each.
    return Network(2, {500, 40 * kMillisecond, 40 * kMillisecond, 500}, jitter, 200 * kMillisecond);
}
} // namespace

class NetworkTest : public QObject
{
    Q_OBJECT

private slots:
    void jitterNeverReordersALink()
    {
        Network net = twoRegions(0.5); // absurdly large jitter: 0..20 ms on a 40 ms link
        Rng rng(1);
        SimTime last = 0;
        for (SimTime sent = 0; sent < 2 * kSecond; sent += 100) { // a message every 100 µs
            const SimTime arrival = net.sendReliable(0, 1, sent, rng);
            QVERIFY(arrival >= last);
            QVERIFY(arrival - sent >= 40 * kMillisecond);
            last = arrival;
        }
        // Messages far enough apart not to queue behind each other show the jitter is really there.
        SimTime minDelay = kNever, maxDelay = 0;
        for (SimTime sent = 3 * kSecond; sent < 30 * kSecond; sent += 50 * kMillisecond) {
            const SimTime delay = net.sendDatagram(0, 1, sent, rng) - sent;
            minDelay = std::min(minDelay, delay);
            maxDelay = std::max(maxDelay, delay);
        }
        QVERIFY(maxDelay - minDelay > 15 * kMillisecond);
        QVERIFY(maxDelay <= 60 * kMillisecond);
    }

    void reliableStreamTurnsLossIntoDelay()
    {
        Network net = twoRegions(0.0);
        net.setDegradation(0, 1, 10 * kMillisecond, 0.3);
        Rng rng(2);
        int delayed = 0;
        SimTime last = 0;
        for (int i = 0; i < 2000; ++i) {
            const SimTime sent = i * kMillisecond;
            const SimTime arrival = net.sendReliable(0, 1, sent, rng);
            QVERIFY(arrival != kNever);                   // never silently missing
            QVERIFY(arrival >= sent + 50 * kMillisecond); // base 40 + extra 10
            QVERIFY(arrival >= last);
            last = arrival;
            if (arrival - sent >= 50 * kMillisecond + net.retransmitTimeout(0, 1))
                ++delayed;
        }
        // About 30 % of messages need at least one retransmission (more are held behind them).
        QVERIFY2(delayed > 500, qPrintable(QString::number(delayed)));
        // The other direction is untouched.
        QCOMPARE(net.sendReliable(1, 0, 0, rng), 40 * kMillisecond);
    }

    void datagramsVanishOnLossAndCut()
    {
        Network net = twoRegions(0.0);
        net.setDegradation(0, 1, 0, 0.25);
        Rng rng(3);
        int lost = 0;
        const int n = 20000;
        for (int i = 0; i < n; ++i)
            lost += net.sendDatagram(0, 1, i * 10, rng) == kNever;
        QVERIFY(std::abs(lost - n / 4) < 5 * 61); // binomial sd = sqrt(n p q) ~ 61

        net.setCut(0, 1, true);
        QCOMPARE(net.sendDatagram(0, 1, 0, rng), kNever);
        QCOMPARE(net.sendReliable(0, 1, 0, rng), kNever);
        // One-way cut: the reverse direction still delivers.
        QVERIFY(net.sendReliable(1, 0, 10 * kSecond, rng) != kNever);
    }
};

QTEST_GUILESS_MAIN(NetworkTest)
#include "tst_network.moc"
