#include "engine/eventqueue.h"
#include "engine/random.h"

#include <QTest>
#include <algorithm>
#include <vector>

using namespace fl;

class EventQueueTest : public QObject
{
    Q_OBJECT

private slots:
    void popsInTimeThenOrder()
    {
        EventQueue q;
        Rng rng(3);
        std::vector<Event> reference;
        std::uint64_t order = 0;
        for (int i = 0; i < 5000; ++i) {
            // Few distinct times, so many ties must be broken by `order`.
            Event e{static_cast<SimTime>(rng.below(50)), order++, 1, 0, static_cast<std::uint64_t>(i)};
            q.push(e);
            reference.push_back(e);
        }
        std::sort(reference.begin(), reference.end());
        for (const Event &expected : reference) {
            const Event got = q.pop();
            QCOMPARE(got.time, expected.time);
            QCOMPARE(got.order, expected.order);
        }
        QVERIFY(q.empty());
    }

    void interleavedPushPopMatchesSortedReference()
    {
        EventQueue q;
        Rng rng(9);
        std::vector<Event> pending;
        std::uint64_t order = 0;
        SimTime now = 0;
        for (int i = 0; i < 20000; ++i) {
            if (pending.empty() || rng.chance(0.55)) {
                Event e{now + static_cast<SimTime>(rng.below(1000)), order++, 0, 0, 0};
                pending.push_back(e);
                if (!q.empty() && rng.chance(0.3)) {
                    // replaceTop: pop the minimum and push in one go
                    auto it = std::min_element(pending.begin(), pending.end() - 1);
                    const Event expected = *it;
                    pending.erase(it);
                    const Event got = q.replaceTop(e);
                    QCOMPARE(got.order, expected.order);
                    now = got.time;
                } else {
                    q.push(e);
                }
            } else {
                auto it = std::min_element(pending.begin(), pending.end());
                const Event got = q.pop();
                QCOMPARE(got.order, it->order);
                now = got.time;
                pending.erase(it);
            }
            QCOMPARE(q.size(), pending.size());
        }
    }

    void matchesReferenceWhateverTheDensity()
    {
        // The calendar's slice width adapts to how dense events are, and events outside its window
        // go to a heap: whatever the mix, the order handed out must be that of one priority queue.
        // Phases: bursts within one microsecond (many ties), a dense stream, sparse events far
        // apart, and some events earlier than everything pending.
        EventQueue q;
        Rng rng(17);
        std::vector<Event> pending;
        std::uint64_t order = 0;
        SimTime now = 0;
        auto popAndCheck = [&] {
            auto it = std::min_element(pending.begin(), pending.end());
            const Event got = q.pop();
            QCOMPARE(got.time, it->time);
            QCOMPARE(got.order, it->order);
            now = got.time;
            pending.erase(it);
        };
        for (int phase = 0; phase < 4; ++phase) {
            for (int i = 0; i < 30000; ++i) {
                SimTime delay = 0;
                switch (phase) {
                case 0:
                    delay = static_cast<SimTime>(rng.below(2));
                    break;
                case 1:
                    delay = static_cast<SimTime>(rng.below(400));
                    break;
                case 2:
                    delay = static_cast<SimTime>(rng.below(20'000'000));
                    break;
                case 3:
                    delay = static_cast<SimTime>(rng.below(300'000));
                    break;
                }
                // Now and then an event before the current time, or an early order (a command).
                const bool early = phase == 3 && rng.chance(0.01);
                const SimTime at =
                    early ? std::max<SimTime>(0, now - static_cast<SimTime>(rng.below(1000))) : now + delay;
                const std::uint64_t o = rng.chance(0.02) ? order++ : (kModelEventOrderBit | order++);
                const Event e{at, o, 0, 0, 0};
                q.push(e);
                pending.push_back(e);
                if (pending.size() > 600 || rng.chance(0.45))
                    popAndCheck();
                QCOMPARE(q.size(), pending.size());
            }
        }
        while (!pending.empty())
            popAndCheck();
        QVERIFY(q.empty());
    }
};

QTEST_GUILESS_MAIN(EventQueueTest)
#include "tst_eventqueue.moc"
