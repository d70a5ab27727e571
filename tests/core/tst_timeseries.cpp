// RingSeries (bounded history), AvailabilityTracker and RequestCounters: small value types whose
// every number is checked against a hand-computed expectation.
#include "metrics/availability.h"
#include "metrics/counterset.h"
#include "metrics/timeseries.h"

#include <QTest>

using namespace fl;

class TimeSeriesTest : public QObject
{
    Q_OBJECT

private slots:
    void ringBeforeWrap()
    {
        RingSeries<int> r(4);
        QCOMPARE(r.capacity(), std::size_t{4});
        QCOMPARE(r.size(), std::size_t{0});
        QVERIFY(r.empty());
        r.push(10);
        r.push(11);
        QCOMPARE(r.size(), std::size_t{2});
        QCOMPARE(r[0], 10);
        QCOMPARE(r[1], 11);
        QCOMPARE(r.back(), 11);
        QCOMPARE(r.totalPushed(), std::uint64_t{2});
        QCOMPARE(r.firstIndex(), std::uint64_t{0});
    }

    void ringWrapKeepsNewestInOrder()
    {
        RingSeries<int> r(4);
        for (int v = 0; v < 11; ++v) { // pushes 0..10
            r.push(v);
            QCOMPARE(r.back(), v);
            QCOMPARE(r.size(), std::size_t(std::min(v + 1, 4)));
        }
        QCOMPARE(r.totalPushed(), std::uint64_t{11});
        QCOMPARE(r.size(), std::size_t{4});
        QCOMPARE(r.capacity(), std::size_t{4});
        QCOMPARE(r.firstIndex(), std::uint64_t{7}); // 11 pushed − 4 kept
        for (std::size_t i = 0; i < 4; ++i)
            QCOMPARE(r[i], int(7 + i)); // 7, 8, 9, 10: oldest first
        QCOMPARE(r.front(), 7);
        QCOMPARE(r.back(), 10);
    }

    void ringExactlyFull()
    {
        RingSeries<int> r(3);
        r.push(1);
        r.push(2);
        r.push(3);
        QCOMPARE(r[0], 1);
        QCOMPARE(r[2], 3);
        QCOMPARE(r.back(), 3);
        r.push(4);
        QCOMPARE(r[0], 2);
        QCOMPARE(r[2], 4);
    }

    void ringCopyAndEqualityAndClear()
    {
        RingSeries<double> a(5);
        for (int i = 0; i < 13; ++i)
            a.push(i * 0.5);
        RingSeries<double> b = a; // a checkpoint
        QVERIFY(a == b);
        a.push(100.0);
        b.push(100.0);
        QVERIFY(a == b);
        b.push(1.0);
        QVERIFY(!(a == b));

        a.clear();
        QCOMPARE(a.size(), std::size_t{0});
        QCOMPARE(a.totalPushed(), std::uint64_t{0});
        QCOMPARE(a.capacity(), std::size_t{5});
        QVERIFY(a == RingSeries<double>(5));
        a.push(2.5);
        QCOMPARE(a.size(), std::size_t{1});
        QCOMPARE(a[0], 2.5);
    }

    // Copies share pages; a push into one never shows in the other, wrapped or still filling.
    void ringCopiesAreIndependent()
    {
        RingSeries<int> a(200);
        for (int i = 0; i < 150; ++i)
            a.push(i);
        const RingSeries<int> filling = a;
        for (int i = 150; i < 330; ++i) // wraps: overwrites pages the copy still reads
            a.push(i);
        const RingSeries<int> wrapped = a;
        a.push(-1);
        QCOMPARE(filling.size(), std::size_t{150});
        for (std::size_t i = 0; i < filling.size(); ++i)
            QCOMPARE(filling[i], int(i));
        QCOMPARE(wrapped.size(), std::size_t{200});
        QCOMPARE(wrapped.front(), 130);
        QCOMPARE(wrapped.back(), 329);
        QCOMPARE(a.back(), -1);
        QCOMPARE(a.front(), 131);
        QVERIFY(!(a == wrapped));
        RingSeries<int> b = wrapped;
        b.push(-1);
        QVERIFY(a == b); // equal values in separate pages
    }

    void ringCapacityOneAndZero()
    {
        RingSeries<int> one(1);
        one.push(1);
        one.push(2);
        QCOMPARE(one.size(), std::size_t{1});
        QCOMPARE(one[0], 2);
        QCOMPARE(one.back(), 2);

        RingSeries<int> none;
        none.push(1);
        QCOMPARE(none.size(), std::size_t{0});
        QCOMPARE(none.totalPushed(), std::uint64_t{1});
    }

    void availabilityHandComputed()
    {
        AvailabilityTracker t; // threshold 0.99
        for (int i = 0; i < 7; ++i)
            t.addInterval(100, 100); // 7 good intervals (ratio 1.00)
        t.addInterval(98, 100);      // ratio 0.98 < 0.99: not good
        t.addInterval(0, 100);       // total outage: not good
        t.addInterval(0, 0);         // no requests: nobody refused, counts as good

        QCOMPARE(t.intervals(), std::uint64_t{10});
        // successes: 7·100 + 98 + 0 + 0 = 798; requests: 7·100 + 100 + 100 + 0 = 900
        QCOMPARE(t.totalSuccesses(), std::uint64_t{798});
        QCOMPARE(t.totalRequests(), std::uint64_t{900});
        QCOMPARE(t.byRequests(), 798.0 / 900.0); // = 0.88666…
        // good intervals: 7 (full) + 1 (idle) = 8 of 10
        QCOMPARE(t.goodIntervals(), std::uint64_t{8});
        QCOMPARE(t.byTime(), 0.8);
    }

    void availabilityThresholdBoundaryIsInclusive()
    {
        AvailabilityTracker t(0.99);
        t.addInterval(99, 100);   // exactly 0.99: good
        t.addInterval(989, 1000); // 0.989: not good
        t.addInterval(990, 1000); // 0.990: good
        QCOMPARE(t.goodIntervals(), std::uint64_t{2});
        QCOMPARE(t.byTime(), 2.0 / 3.0);

        AvailabilityTracker strict(0.999);
        strict.addInterval(99, 100); // 0.99 < 0.999
        QCOMPARE(strict.goodIntervals(), std::uint64_t{0});
        QCOMPARE(strict.threshold(), 0.999);
    }

    void availabilityEmptyAndClear()
    {
        AvailabilityTracker t;
        QCOMPARE(t.byRequests(), 1.0);
        QCOMPARE(t.byTime(), 1.0);
        QCOMPARE(t.intervals(), std::uint64_t{0});
        t.addInterval(0, 0);
        QCOMPARE(t.byRequests(), 1.0); // no requests at all
        QCOMPARE(t.byTime(), 1.0);
        t.addInterval(5, 10);
        AvailabilityTracker copy = t;
        QVERIFY(copy == t);
        t.clear();
        QVERIFY(t == AvailabilityTracker());
        QVERIFY(!(copy == t));
    }

    void requestCounters()
    {
        RequestCounters a{.issued = 100,
                          .succeeded = 90,
                          .failedTimeout = 3,
                          .failedUnreachable = 2,
                          .failedShed = 1,
                          .failedOther = 0};
        QCOMPARE(a.failed(), std::uint64_t{6});    // 3 + 2 + 1 + 0
        QCOMPARE(a.resolved(), std::uint64_t{96}); // 90 + 6; 4 still in flight
        QCOMPARE(a.successRatio(), 90.0 / 96.0);

        RequestCounters b;
        QCOMPARE(b.successRatio(), 1.0);
        b.issued = 10;
        b.succeeded = 10;
        b.failedOther = 0;
        a += b;
        QCOMPARE(a.issued, std::uint64_t{110});
        QCOMPARE(a.succeeded, std::uint64_t{100});
        QCOMPARE(a.failed(), std::uint64_t{6});
        QVERIFY(a == (RequestCounters{100, 90, 3, 2, 1, 0} + b));
        a.clear();
        QVERIFY(a == RequestCounters{});
    }
};

QTEST_GUILESS_MAIN(TimeSeriesTest)
#include "tst_timeseries.moc"
