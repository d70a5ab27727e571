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
};

QTEST_GUILESS_MAIN(EventQueueTest)
#include "tst_eventqueue.moc"
