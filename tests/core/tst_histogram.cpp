// LatencyHistogram: the bucket layout's error bound, percentiles against distributions with known
// quantiles, and the exact statistics (count, mean, max, overflow) that ride along.
#include "engine/random.h"
#include "metrics/latencyhistogram.h"

#include <QTest>
#include <cmath>
#include <memory>
#include <vector>

using namespace fl;

namespace {

constexpr double kMaxRelativeError = 1.0 / 128.0; // half a bucket of width ≤ value/64

std::vector<SimTime> exponentialSamples(std::uint64_t seed, std::size_t n, double mean)
{
    Rng rng(seed);
    std::vector<SimTime> v(n);
    for (SimTime &s : v)
        s = static_cast<SimTime>(std::llround(rng.exponential(mean)));
    return v;
}

} // namespace

class HistogramTest : public QObject
{
    Q_OBJECT

    static constexpr double kExpMean = 20'000.0;
    // 16 KiB each: keep histograms off the test's stack.
    std::unique_ptr<LatencyHistogram> m_exp;
    std::vector<SimTime> m_expSamples;

private slots:
    void initTestCase()
    {
        m_expSamples = exponentialSamples(20240611, 1'000'000, kExpMean);
        m_exp = std::make_unique<LatencyHistogram>();
        for (SimTime s : m_expSamples)
            m_exp->record(s);
    }

    void bucketLayoutIsContiguousAndBounded()
    {
        using H = LatencyHistogram;
        // Every bucket starts where the previous one ends; the first is 0, the last ends past 2^37−1.
        QCOMPARE(H::bucketLowest(0), SimTime{0});
        for (std::size_t i = 1; i < H::kBucketCount; ++i) {
            if (H::bucketLowest(i) != H::bucketLowest(i - 1) + H::bucketWidth(i - 1))
                QFAIL(qPrintable(QStringLiteral("gap before bucket %1").arg(i)));
            // Relative width ≤ 1/64 outside the exact range.
            if (H::bucketWidth(i) > 1 && H::bucketWidth(i) * 64 > H::bucketLowest(i))
                QFAIL(qPrintable(QStringLiteral("bucket %1 too wide").arg(i)));
            QCOMPARE(H::bucketIndex(static_cast<std::uint64_t>(H::bucketLowest(i))), i);
        }
        const std::size_t last = H::kBucketCount - 1;
        QCOMPARE(H::bucketLowest(last) + H::bucketWidth(last) - 1, H::kMaxTrackable);
        QVERIFY(H::kMaxTrackable >= (SimTime{1} << 36));
    }

    void midpointErrorIsAtMostOneIn128()
    {
        using H = LatencyHistogram;
        auto check = [](std::uint64_t v) {
            const std::size_t i = H::bucketIndex(v);
            const auto value = static_cast<SimTime>(v);
            if (value < H::bucketLowest(i) || value >= H::bucketLowest(i) + H::bucketWidth(i))
                return false;
            const double err = std::abs(static_cast<double>(H::bucketMidpoint(i) - value));
            return v < 128 ? err == 0.0 : err <= kMaxRelativeError * static_cast<double>(v);
        };
        int bad = 0;
        for (std::uint64_t v = 0; v < (1u << 20); ++v)
            bad += check(v) ? 0 : 1;
        Rng rng(7);
        for (int k = 0; k < 1'000'000; ++k)
            bad += check(rng.below(static_cast<std::uint64_t>(H::kMaxTrackable) + 1)) ? 0 : 1;
        // The worst case: the lowest value of a wide bucket (error exactly width/2 = value/128).
        for (std::size_t i = 128; i < H::kBucketCount; ++i)
            bad += check(static_cast<std::uint64_t>(H::bucketLowest(i))) ? 0 : 1;
        QCOMPARE(bad, 0);
    }

    void exponentialQuantiles_data()
    {
        QTest::addColumn<double>("q");
        QTest::newRow("p50") << 0.5;
        QTest::newRow("p90") << 0.9;
        QTest::newRow("p99") << 0.99;
        QTest::newRow("p99.9") << 0.999;
    }
    void exponentialQuantiles()
    {
        QFETCH(double, q);
        const double analytic = -kExpMean * std::log(1.0 - q);
        const auto got = static_cast<double>(m_exp->percentile(q));
        const double relative = std::abs(got - analytic) / analytic;
        if (relative > 0.015)
            QFAIL(qPrintable(QStringLiteral("q=%1: got %2, analytic %3 (%4 %)")
                                 .arg(q)
                                 .arg(got)
                                 .arg(analytic)
                                 .arg(relative * 100)));
    }

    // Against the exact order statistic of the same samples the only error left is the bucket's.
    void exponentialQuantilesMatchSortedSamples()
    {
        std::vector<SimTime> sorted = m_expSamples;
        std::sort(sorted.begin(), sorted.end());
        for (double q : {0.0, 0.001, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999, 0.9999, 1.0}) {
            const auto rank = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(q * 1e6)));
            const auto exact = static_cast<double>(sorted[rank - 1]);
            const auto got = static_cast<double>(m_exp->percentile(q));
            if (std::abs(got - exact) > kMaxRelativeError * exact)
                QFAIL(qPrintable(QStringLiteral("q=%1: got %2, exact %3").arg(q).arg(got).arg(exact)));
        }
        QCOMPARE(m_exp->percentile(0.0), sorted.front());
        QCOMPARE(m_exp->percentile(1.0), sorted.back());
        QCOMPARE(m_exp->maxValue(), sorted.back());
        QCOMPARE(m_exp->minValue(), sorted.front());
    }

    void uniformMedian()
    {
        auto h = std::make_unique<LatencyHistogram>();
        Rng rng(99);
        for (int i = 0; i < 1'000'000; ++i)
            h->record(static_cast<SimTime>(rng.below(1000)));
        QCOMPARE(h->count(), std::uint64_t{1'000'000});
        const auto p50 = static_cast<double>(h->percentile(0.5));
        QVERIFY2(std::abs(p50 - 500.0) <= 5.0, qPrintable(QString::number(p50)));
        QCOMPARE(h->maxValue(), SimTime{999});
        QCOMPARE(h->percentile(0.0), SimTime{0});
    }

    void smallValuesAreExact()
    {
        LatencyHistogram h;
        h.record(1);
        h.record(2);
        h.record(3);
        QCOMPARE(h.count(), std::uint64_t{3});
        QCOMPARE(h.percentile(0.0), SimTime{1});
        QCOMPARE(h.percentile(0.33), SimTime{1}); // rank ceil(0.99) = 1
        QCOMPARE(h.percentile(0.34), SimTime{2}); // rank ceil(1.02) = 2
        QCOMPARE(h.percentile(0.5), SimTime{2});
        QCOMPARE(h.percentile(1.0), SimTime{3});
        QCOMPARE(h.maxValue(), SimTime{3});
        QCOMPARE(h.meanMicros(), 2.0);
        // Out-of-range q is clamped.
        QCOMPARE(h.percentile(-1.0), SimTime{1});
        QCOMPARE(h.percentile(7.0), SimTime{3});
        QCOMPARE(h.percentile(std::nan("")), SimTime{1});
    }

    void meanIsExact()
    {
        std::uint64_t sum = 0;
        for (SimTime s : m_expSamples)
            sum += static_cast<std::uint64_t>(s);
        QCOMPARE(m_exp->count(), std::uint64_t{m_expSamples.size()});
        QCOMPARE(m_exp->meanMicros(), static_cast<double>(sum) / static_cast<double>(m_expSamples.size()));

        LatencyHistogram h;
        h.record(1'000'001);
        h.record(2);
        QCOMPARE(h.meanMicros(), 500'001.5); // (1,000,001 + 2) / 2, not a bucket midpoint
    }

    void recordNEqualsRepeatedRecord()
    {
        auto a = std::make_unique<LatencyHistogram>();
        auto b = std::make_unique<LatencyHistogram>();
        for (int i = 0; i < 37; ++i)
            a->record(123'456);
        a->record(5);
        b->recordN(123'456, 37);
        b->recordN(5, 1);
        b->recordN(9'999'999, 0); // no-op: must not touch max
        QVERIFY(*a == *b);
        QCOMPARE(b->maxValue(), SimTime{123'456});
    }

    void mergeOfHalvesEqualsAll()
    {
        auto first = std::make_unique<LatencyHistogram>();
        auto second = std::make_unique<LatencyHistogram>();
        const std::size_t half = m_expSamples.size() / 2;
        for (std::size_t i = 0; i < m_expSamples.size(); ++i)
            (i < half ? *first : *second).record(m_expSamples[i]);
        first->merge(*second);
        QVERIFY(*first == *m_exp);
        QCOMPARE(first->percentile(0.99), m_exp->percentile(0.99));

        // Merging an empty histogram changes nothing; merging into an empty one copies.
        const LatencyHistogram empty;
        first->merge(empty);
        QVERIFY(*first == *m_exp);
        auto third = std::make_unique<LatencyHistogram>();
        third->merge(*m_exp);
        QVERIFY(*third == *m_exp);
    }

    void clearResets()
    {
        auto h = std::make_unique<LatencyHistogram>(*m_exp); // copyable: a checkpoint is a copy
        QVERIFY(*h == *m_exp);
        h->record(LatencyHistogram::kMaxTrackable + 5); // touch the last bucket too
        h->record(0);
        h->clear();
        const LatencyHistogram fresh;
        QVERIFY(*h == fresh);
        QCOMPARE(h->count(), std::uint64_t{0});
        QCOMPARE(h->overflowCount(), std::uint64_t{0});
        QCOMPARE(h->maxValue(), SimTime{0});
        for (std::size_t i = 0; i < LatencyHistogram::kBucketCount; ++i)
            QCOMPARE(h->bucketCount(i), std::uint64_t{0});
        // Still usable after clear.
        h->record(42);
        QCOMPARE(h->percentile(0.5), SimTime{42});
    }

    void valuesAboveRangeClampAndCount()
    {
        LatencyHistogram h;
        const SimTime big = LatencyHistogram::kMaxTrackable + 1;
        h.record(10);
        h.record(LatencyHistogram::kMaxTrackable); // the largest tracked value: not overflow
        h.record(big);
        h.record(kNever);
        QCOMPARE(h.count(), std::uint64_t{4});
        QCOMPARE(h.overflowCount(), std::uint64_t{2});
        QCOMPARE(h.maxValue(), kNever); // exact even beyond the range
        QCOMPARE(h.bucketCount(LatencyHistogram::kBucketCount - 1), std::uint64_t{3});
        // Ranks inside the range's end land in the last bucket and report its midpoint; the highest
        // rank is the exact maximum.
        const SimTime lastMidpoint = LatencyHistogram::bucketMidpoint(LatencyHistogram::kBucketCount - 1);
        QCOMPARE(h.percentile(0.5), lastMidpoint);  // rank 2: kMaxTrackable
        QCOMPARE(h.percentile(0.75), lastMidpoint); // rank 3: an overflow value, clamped
        QCOMPARE(h.percentile(1.0), kNever);
        QCOMPARE(h.percentile(0.0), SimTime{10});
        // The sum is exact (128-bit) even with kNever in it.
        const long double exact = (10.0L + static_cast<long double>(LatencyHistogram::kMaxTrackable) +
                                   static_cast<long double>(big) + static_cast<long double>(kNever)) /
                                  4.0L;
        QVERIFY(std::abs(h.meanMicros() - static_cast<double>(exact)) <= 1e-12 * static_cast<double>(exact));
    }

    void emptyHistogram()
    {
        const LatencyHistogram h;
        QCOMPARE(h.count(), std::uint64_t{0});
        QCOMPARE(h.percentile(0.0), SimTime{0});
        QCOMPARE(h.percentile(0.5), SimTime{0});
        QCOMPARE(h.percentile(1.0), SimTime{0});
        QCOMPARE(h.meanMicros(), 0.0);
        QCOMPARE(h.maxValue(), SimTime{0});
        QCOMPARE(h.minValue(), SimTime{0});
    }
};

QTEST_GUILESS_MAIN(HistogramTest)
#include "tst_histogram.moc"
