// Min/max decimation: at most two points per pixel column, every column's extremes kept in order,
// gaps kept, and small inputs left alone.
#include "charts/decimation.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <map>

using fl::ui::decimateMinMax;

namespace {

// A deterministic, noisy series with a few sharp spikes.
QList<QPointF> noisy(int n)
{
    QList<QPointF> points;
    std::uint32_t state = 12345;
    for (int i = 0; i < n; ++i) {
        state = state * 1664525u + 1013904223u;
        double y = std::sin(i / 500.0) * 100 + static_cast<double>(state >> 24);
        if (i % 9973 == 0)
            y += 5000; // a one-sample spike
        points.append(QPointF(i * 0.01, y));
    }
    return points;
}

int column(double x, double xMin, double xMax, int columns)
{
    const double c = std::floor((x - xMin) / (xMax - xMin) * columns);
    return static_cast<int>(std::clamp(c, 0.0, columns - 1.0));
}

} // namespace

class ChartDecimationTest : public QObject
{
    Q_OBJECT

private slots:
    void atMostTwoPointsPerColumnKeepingExtremes()
    {
        const QList<QPointF> points = noisy(100'000);
        const double xMin = 0, xMax = points.last().x();
        const int columns = 640;
        const QList<QPointF> out = decimateMinMax(points, xMin, xMax, columns);
        QVERIFY(out.size() <= 2 * columns);

        std::map<int, int> perColumn;
        std::map<int, std::pair<double, double>> expected; // column -> (min, max) of the input
        for (const QPointF &p : points) {
            const int c = column(p.x(), xMin, xMax, columns);
            auto [it, inserted] = expected.try_emplace(c, p.y(), p.y());
            if (!inserted) {
                it->second.first = std::min(it->second.first, p.y());
                it->second.second = std::max(it->second.second, p.y());
            }
        }
        std::map<int, std::pair<double, double>> kept;
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (i > 0)
                QVERIFY(out[i].x() >= out[i - 1].x()); // order preserved
            const int c = column(out[i].x(), xMin, xMax, columns);
            ++perColumn[c];
            auto [it, inserted] = kept.try_emplace(c, out[i].y(), out[i].y());
            if (!inserted) {
                it->second.first = std::min(it->second.first, out[i].y());
                it->second.second = std::max(it->second.second, out[i].y());
            }
        }
        for (const auto &[c, n] : perColumn)
            QVERIFY(n <= 2);
        QCOMPARE(kept, expected); // every column's lowest and highest value survive
        // The spikes are among them.
        int spikes = 0;
        for (const QPointF &p : out)
            spikes += p.y() > 4000 ? 1 : 0;
        QCOMPARE(spikes, 11);
    }

    void pointsComeFromTheInput()
    {
        const QList<QPointF> points = noisy(5000);
        const QList<QPointF> out = decimateMinMax(points, 0, points.last().x(), 100);
        qsizetype at = 0;
        for (const QPointF &p : out) {
            while (at < points.size() && points[at] != p)
                ++at;
            QVERIFY2(at < points.size(), "an output point not in the input, or out of order");
        }
    }

    void sparseInputUnchanged()
    {
        QList<QPointF> points;
        for (int i = 0; i < 50; ++i)
            points.append(QPointF(i, (i * 37) % 11));
        QCOMPARE(decimateMinMax(points, 0, 49, 100), points); // under two points per column
        QCOMPARE(decimateMinMax(points, 0, 49, 0), points);   // no columns: nothing to do
        QCOMPARE(decimateMinMax(points, 5, 5, 10), points);   // empty range
        QCOMPARE(decimateMinMax({}, 0, 1, 10), QList<QPointF>());
    }

    void gapsSurvive()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QList<QPointF> points;
        for (int i = 0; i < 1000; ++i)
            points.append(QPointF(i, i >= 400 && i < 600 ? nan : i % 7));
        const QList<QPointF> out = decimateMinMax(points, 0, 999, 50);
        int gaps = 0;
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (std::isnan(out[i].y())) {
                ++gaps;
                QVERIFY(i > 0 && i + 1 < out.size());
                QVERIFY(out[i - 1].x() < 400 && out[i + 1].x() >= 600);
            }
        }
        QCOMPARE(gaps, 1);
        QVERIFY(out.size() <= 2 * 50 + 1);
        // A leading gap is not kept: there is nothing before it to separate.
        points[0].setY(nan);
        QVERIFY(!std::isnan(decimateMinMax(points, 0, 999, 50).first().y()));
    }

    void lagShapedSeriesKeepTheirPeaks()
    {
        // Replication lag: a sawtooth of batches (up to the batch interval) with an outage ramp of
        // one sample per second climbing for a minute, and a gap while the region is gone.
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QList<QPointF> points;
        for (int i = 0; i < 36'000; ++i) {
            const double t = i * 0.1;
            double y = (i % 5) * 10.0;
            if (t >= 1000 && t < 1060)
                y = (t - 1000) * 1000.0; // the outage ramp peaks just before 1060 s
            if (t >= 2000 && t < 2100)
                y = nan;
            points.append(QPointF(t, y));
        }
        const int columns = 300;
        const QList<QPointF> out = decimateMinMax(points, 0, 3600, columns);
        QVERIFY(out.size() <= 2 * columns + 1);
        double peak = 0;
        int gaps = 0;
        for (const QPointF &p : out) {
            if (std::isnan(p.y()))
                ++gaps;
            else
                peak = std::max(peak, p.y());
        }
        QVERIFY(std::abs(peak - 59'900.0) < 1e-6);
        QCOMPARE(gaps, 1);
        // The flat sawtooth keeps its range in every column away from the ramp and the gap.
        int columnsWithBoth = 0;
        for (qsizetype i = 1; i < out.size(); ++i)
            columnsWithBoth += out[i - 1].y() == 0.0 && out[i].y() == 40.0 ? 1 : 0;
        QVERIFY(columnsWithBoth > 200);
    }

    void pointsOutsideTheRangeCountInTheEdgeColumns()
    {
        const QList<QPointF> points{{-5, 1}, {-4, 9}, {-3, 4}, {0.5, 2}, {20, 3}, {30, 8}, {40, 0}};
        const QList<QPointF> out = decimateMinMax(points, 0, 10, 2);
        QCOMPARE(out, (QList<QPointF>{{-5, 1}, {-4, 9}, {30, 8}, {40, 0}}));
    }
};

QTEST_GUILESS_MAIN(ChartDecimationTest)
#include "tst_chartdecimation.moc"
