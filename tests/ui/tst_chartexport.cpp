// The chart module: charts built from a real run's metrics, with translated titles, axis titles
// and legends, fault markers and decimated series, exported to PNG, SVG and PDF files that parse back
// — in English and in Chinese.
#include "charts/chartdata.h"
#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/decimation.h"
#include "charts/livechartview.h"
#include "languagemanager.h"
#include "scenario/scenario.h"
#include "scenario/scenarioreader.h"
#include "sim/presets.h"
#include "sim/simulation.h"
#include "unitformat.h"

#include <QChart>
#include <QFile>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>
#include <QXmlStreamReader>
#include <cmath>
#include <limits>
#include <memory>

using namespace fl;
using namespace fl::ui;

namespace {

constexpr double kRunSeconds = 60;

// Two regions, Ireland killed at 20 s and restored at 40 s.
const Simulation &run()
{
    static const Simulation sim = [] {
        SimulationConfig config = makeWorld({"us-east-1", "eu-west-1"}, {"na-east", "europe"}, 600);
        config.health.interval = 2 * kSecond;
        config.routing.dnsTtl = 5 * kSecond;
        Simulation s(config);
        s.submit(makeCommand(20 * kSecond, CommandType::KillRegion, 1));
        s.submit(makeCommand(40 * kSecond, CommandType::RestoreRegion, 1));
        s.runUntil(fromSeconds(kRunSeconds));
        return s;
    }();
    return sim;
}

ChartData dataFor(ChartKind kind)
{
    const Simulation &sim = run();
    ChartData data = makeChartData(kind, sim.metrics(), sim.config(), sim.engine().commandLog(), kRunSeconds);
    data.scenarioName = QStringLiteral("chart-test");
    return data;
}

// Every piece of text in an SVG document, after checking that it is well-formed XML.
QStringList svgTexts(const QByteArray &svg, QString *xmlError)
{
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    if (xml.hasError())
        *xmlError = xml.errorString();
    return texts;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool hasHan(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return text.contains(han);
}

// A compact (live) chart's data: two constant lines over 100 s, at 10 (with a gap from 40 to 50 s)
// and at 50.
ChartData twoLiveLines()
{
    ChartData data;
    data.kind = ChartKind::Throughput;
    data.compact = true;
    data.xMaxSeconds = 100;
    ChartSeries low{ChartSeries::Subject::Region, 0, {}};
    ChartSeries high{ChartSeries::Subject::Region, 1, {}};
    for (int t = 0; t <= 100; ++t) {
        low.points.append(QPointF(t, t >= 40 && t < 50 ? std::numeric_limits<double>::quiet_NaN() : 10.0));
        high.points.append(QPointF(t, 50.0));
    }
    data.series = {low, high};
    return data;
}

// Where the chart draws the data point (t, value), in chart coordinates: from the plot area and
// the axes' ranges.
QPointF drawnAt(QChart *chart, double t, double value)
{
    const QRectF plot = chart->plotArea();
    const auto *x = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).first());
    const auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).first());
    return QPointF(plot.left() + (t - x->min()) / (x->max() - x->min()) * plot.width(),
                   plot.bottom() - (value - y->min()) / (y->max() - y->min()) * plot.height());
}

} // namespace

class ChartExportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FailoverLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_chartexport"));
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
    }

    void cleanup()
    {
        // Also after a failed check in the Chinese row.
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
    }

    void dataComesFromTheMetrics()
    {
        const Simulation &sim = run();
        const ChartData throughput = dataFor(ChartKind::Throughput);
        QCOMPARE(throughput.series.size(), std::size_t{2});
        QCOMPARE(throughput.series[1].points.size(), qsizetype{60});
        QCOMPARE(throughput.series[1].points[10].y(), sim.metrics().regionSeries(1)[10].successesPerSecond);
        QCOMPARE(throughput.series[1].points[10].x(), 11.0); // seconds since start
        QCOMPARE(throughput.markers.size(), std::size_t{2});
        QCOMPARE(throughput.markers[0].timeSeconds, 20.0);

        // Europe's latency does not exist while nothing of it succeeds: a gap, not a zero.
        const ChartData p99 = dataFor(ChartKind::LatencyP99);
        QCOMPARE(p99.series.size(), std::size_t{2});
        for (const QPointF &p : p99.series[1].points) {
            const PopulationSample &s =
                sim.metrics().populationSeries(1)[static_cast<std::size_t>(p.x()) - 1];
            QCOMPARE(std::isnan(p.y()), s.successRatio == 0 || s.requestsPerSecond == 0);
        }
        const ChartData ratio = dataFor(ChartKind::SuccessRatio);
        QCOMPARE(ratio.series.size(), std::size_t{4}); // two populations, all users, the threshold
        QCOMPARE(ratio.series[3].points.first().y(), 99.0);
        QCOMPARE(allChartKinds().size(), std::size_t{12});
        QCOMPARE(chartKindId(ChartKind::LatencyP99), QStringLiteral("latency-p99"));
        QStringList ids;
        for (const ChartKind kind : allChartKinds())
            ids << chartKindId(kind);
        ids.removeDuplicates();
        QCOMPARE(ids.size(), 12); // one file per kind
    }

    void dataLayerChartsComeFromTheMetrics()
    {
        const Simulation &sim = run();
        // Receive lag per region, then apply lag per region (drawn dashed in the region's colour).
        const ChartData lag = dataFor(ChartKind::ReplicationLag);
        QCOMPARE(lag.series.size(), std::size_t{4});
        QCOMPARE(lag.series[1].subject, ChartSeries::Subject::Region);
        QCOMPARE(lag.series[3].subject, ChartSeries::Subject::RegionApply);
        QCOMPARE(lag.series[3].index, 1);
        QCOMPARE(lag.series[1].points.size(), qsizetype{60});
        // Ireland, killed at 20 s and back at 40 s: while down it has no copy falling behind, so its
        // lines break off; up, they are the metrics' lag in the chart's unit.
        for (qsizetype i = 0; i < lag.series[1].points.size(); ++i) {
            const RegionSample &sample = sim.metrics().regionSeries(1)[static_cast<std::size_t>(i)];
            QCOMPARE(std::isnan(lag.series[1].points[i].y()), !sample.up);
            QCOMPARE(std::isnan(lag.series[3].points[i].y()), !sample.up);
            if (sample.up) {
                QCOMPARE(lag.series[1].points[i].y(), UnitFormat::inUnit(sample.receiveLagMs, lag.timeUnit));
                QCOMPARE(lag.series[3].points[i].y(), UnitFormat::inUnit(sample.applyLagMs, lag.timeUnit));
            }
        }
        QVERIFY(std::isnan(lag.series[1].points[30].y()));
        QCOMPARE(lag.series[0].points[35].y(), 0.0); // the primary is not behind itself
        QCOMPARE(lag.markers.size(), std::size_t{2});

        const ChartData behind = dataFor(ChartKind::EntriesBehind);
        QCOMPARE(behind.series.size(), std::size_t{2});
        QCOMPARE(behind.series[1].points[35].y(), sim.metrics().regionSeries(1)[35].entriesBehind);
        QVERIFY(behind.series[1].points[35].y() > 0);

        const auto &data = sim.metrics().dataSeries();
        const ChartData lost = dataFor(ChartKind::LostWrites);
        QCOMPARE(lost.series.size(), std::size_t{3});
        for (const ChartSeries &series : lost.series)
            QCOMPARE(series.subject, ChartSeries::Subject::Measure);
        QCOMPARE(lost.series[0].index, static_cast<int>(DataMeasure::LostNotShipped));
        QCOMPARE(lost.series[1].index, static_cast<int>(DataMeasure::LostOverwritten));
        QCOMPARE(lost.series[2].index, static_cast<int>(DataMeasure::LostDiscarded));
        QCOMPARE(lost.series[0].points.last().y(), data[data.size() - 1].lostNotShipped);

        const ChartData divergence = dataFor(ChartKind::Divergence);
        QCOMPARE(divergence.series.size(), std::size_t{1});
        QCOMPARE(divergence.series[0].points[10].y(), data[10].divergentKeys);

        const ChartData anomalies = dataFor(ChartKind::Anomalies);
        QCOMPARE(anomalies.series.size(), std::size_t{2});
        QCOMPARE(anomalies.series[0].points[10].y(), data[10].conflictsPerSecond);
        QCOMPARE(anomalies.series[1].points[10].y(), data[10].staleReadsPerSecond);
        QCOMPARE(anomalies.series[1].points[10].x(), 11.0);
    }

    void dataLayerChartsAreDecimated()
    {
        // Every new kind keeps, per pixel column, the lowest and highest value of its data.
        const int columns = 12;
        for (const ChartKind kind : {ChartKind::ReplicationLag, ChartKind::EntriesBehind,
                                     ChartKind::LostWrites, ChartKind::Divergence, ChartKind::Anomalies}) {
            const ChartData data = dataFor(kind);
            QGraphicsScene scene; // declared first: the chart, destroyed before it, leaves it cleanly
            const std::unique_ptr<QChart> chart(ChartFactory::create(data, columns));
            qsizetype drawn = 0;
            for (QAbstractSeries *a : chart->series())
                drawn += static_cast<QLineSeries *>(a)->count();
            qsizetype total = 0;
            for (const ChartSeries &s : data.series) {
                total += s.points.size();
                double low = std::numeric_limits<double>::infinity(), high = -low;
                for (const QPointF &p : s.points) {
                    low = std::min(low, p.y());
                    high = std::max(high, p.y());
                }
                const QList<QPointF> kept = decimateMinMax(s.points, 0, kRunSeconds, columns);
                QVERIFY(kept.size() <= 2 * columns);
                double keptLow = std::numeric_limits<double>::infinity(), keptHigh = -keptLow;
                for (const QPointF &p : kept) {
                    keptLow = std::min(keptLow, p.y());
                    keptHigh = std::max(keptHigh, p.y());
                }
                QCOMPARE(keptLow, low);
                QCOMPARE(keptHigh, high);
            }
            QVERIFY2(drawn <= static_cast<qsizetype>(data.series.size()) * 2 * columns,
                     qPrintable(chartKindId(kind)));
            QVERIFY(drawn < total);
        }
    }

    void lagChartExportsInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void lagChartExportsInBothLanguages()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->setLanguage(language, false));
        const ChartData data = dataFor(ChartKind::ReplicationLag);
        const std::unique_ptr<QChart> chart(ChartFactory::create(data, 1000));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString svg = dir.filePath(QStringLiteral("lag.svg"));
        QString error;
        QVERIFY2(
            ChartExporter::exportChart(chart.get(), svg, {ChartFormat::Svg, QSize(1200, 700), 96}, &error),
            qPrintable(error));
        QString xmlError;
        const QStringList texts = svgTexts(readAll(svg), &xmlError);
        QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
        const QString all = texts.join(QString());
        const QString title = ChartFactory::title(ChartKind::ReplicationLag);
        const QString valueAxis = ChartFactory::valueAxisTitle(ChartKind::ReplicationLag, data.timeUnit);
        QVERIFY2(all.contains(title), qPrintable(texts.join(QLatin1String(" | "))));
        QVERIFY(all.contains(valueAxis));
        QVERIFY(all.contains(ChartFactory::timeAxisTitle()));
        for (const ChartSeries &s : data.series)
            QVERIFY2(all.contains(ChartFactory::seriesName(data, s)),
                     qPrintable(ChartFactory::seriesName(data, s)));
        if (language == QLatin1String("zh_CN")) {
            QVERIFY2(hasHan(title), qPrintable(title));
            QVERIFY2(hasHan(valueAxis), qPrintable(valueAxis));
            QVERIFY(valueAxis.contains(UnitFormat::symbol(data.timeUnit))); // in the chart's own unit
            for (const ChartKind kind : {ChartKind::EntriesBehind, ChartKind::LostWrites,
                                         ChartKind::Divergence, ChartKind::Anomalies}) {
                QVERIFY2(hasHan(ChartFactory::title(kind)), qPrintable(ChartFactory::title(kind)));
                QVERIFY2(hasHan(ChartFactory::valueAxisTitle(kind)),
                         qPrintable(ChartFactory::valueAxisTitle(kind)));
            }
            for (const DataMeasure m : {DataMeasure::LostNotShipped, DataMeasure::LostOverwritten,
                                        DataMeasure::LostDiscarded, DataMeasure::DivergentKeys,
                                        DataMeasure::ConflictsPerSecond, DataMeasure::StaleReadsPerSecond})
                QVERIFY2(hasHan(ChartFactory::measureName(m)), qPrintable(ChartFactory::measureName(m)));
        } else {
            QCOMPARE(title, QStringLiteral("Replication lag by region"));
            QCOMPARE(valueAxis, QStringLiteral("Age of the oldest entry not yet received or applied (%1)")
                                    .arg(UnitFormat::symbol(data.timeUnit)));
            QVERIFY(all.contains(QStringLiteral("Time since start (s)")));
            QVERIFY(texts.join(QLatin1Char(' ')).contains(QStringLiteral("apply lag")));
        }
    }

    void chartHasTitlesLegendAndMarkers()
    {
        const ChartData data = dataFor(ChartKind::Throughput);
        QGraphicsScene scene; // declared first: the chart, destroyed before it, leaves it cleanly
        const std::unique_ptr<QChart> chart(ChartFactory::create(data, 800));
        QCOMPARE(chart->title(), QStringLiteral("Throughput by region — chart-test"));
        const auto axes = chart->axes();
        QCOMPARE(axes.size(), qsizetype{2});
        QCOMPARE(chart->axes(Qt::Horizontal).first()->titleText(), QStringLiteral("Time since start (s)"));
        QCOMPARE(chart->axes(Qt::Vertical).first()->titleText(),
                 QStringLiteral("Successful requests per second (req/s)"));
        const auto *x = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).first());
        QCOMPARE(x->min(), 0.0);
        QCOMPARE(x->max(), kRunSeconds);

        // Legend markers report their visibility once the chart is in a scene.
        scene.addItem(chart.get());
        chart->resize(1000, 600);
        QCoreApplication::processEvents();
        QStringList legend;
        for (QLegendMarker *m : chart->legend()->markers()) {
            if (m->isVisible())
                legend << m->label();
        }
        QCOMPARE(legend, (QStringList{ChartFactory::seriesName(data, data.series[0]),
                                      ChartFactory::seriesName(data, data.series[1])}));
        QVERIFY(legend[0].startsWith(QLatin1String("us-east-1")));

        QStringList labels;
        int lines = 0;
        for (QGraphicsItem *item : chart->childItems()) {
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                labels << text->text();
            if (dynamic_cast<QGraphicsLineItem *>(item))
                ++lines;
        }
        QCOMPARE(lines, 2);
        QCOMPARE(labels, (QStringList{ChartFactory::markerLabel(data, data.markers[0]),
                                      ChartFactory::markerLabel(data, data.markers[1])}));
    }

    void markersFollowThePlotArea()
    {
        QGraphicsScene scene; // declared first: the chart, destroyed before it, leaves it cleanly
        const std::unique_ptr<QChart> chart(ChartFactory::create(dataFor(ChartKind::Errors), 800));
        scene.addItem(chart.get());
        auto firstMarkerX = [&] {
            for (QGraphicsItem *item : chart->childItems()) {
                if (auto *line = dynamic_cast<QGraphicsLineItem *>(item))
                    return line->line().x1();
            }
            return -1.0;
        };
        for (const QSizeF size : {QSizeF(800, 500), QSizeF(1600, 500)}) {
            chart->resize(size);
            QCoreApplication::processEvents();
            const QRectF plot = chart->plotArea();
            QVERIFY(plot.width() > 100);
            // The kill at 20 s of a 60 s axis: a third of the way along the plot.
            QVERIFY(std::abs(firstMarkerX() - (plot.left() + plot.width() / 3)) < 1.0);
        }
    }

    void seriesAreDecimatedAndGapsSplit()
    {
        ChartData data;
        data.kind = ChartKind::LatencyP50;
        data.xMaxSeconds = 100'000;
        ChartSeries s{ChartSeries::Subject::Population, 0, {}};
        for (int i = 0; i < 100'000; ++i)
            s.points.append(QPointF(i + 1, i >= 50'000 && i < 50'100
                                               ? std::numeric_limits<double>::quiet_NaN()
                                               : (i * 7919) % 101));
        data.series.push_back(s);
        QGraphicsScene scene; // declared first: the chart, destroyed before it, leaves it cleanly
        const std::unique_ptr<QChart> chart(ChartFactory::create(data, 500));
        const auto series = chart->series();
        QCOMPARE(series.size(), qsizetype{2}); // the gap splits the line in two
        qsizetype points = 0;
        for (QAbstractSeries *a : series)
            points += static_cast<QLineSeries *>(a)->count();
        // Two per column, and the column the gap cuts in two may hold two more.
        QVERIFY2(points <= 2 * 500 + 2, qPrintable(QString::number(points)));
        scene.addItem(chart.get());
        chart->resize(800, 500);
        QCoreApplication::processEvents();
        int visible = 0;
        for (QLegendMarker *m : chart->legend()->markers())
            visible += m->isVisible() ? 1 : 0;
        QCOMPARE(visible, 1); // one legend entry for the population
    }

    void liveChartsDrawTheirLinesAndAnswerHover()
    {
        const ChartData data = twoLiveLines();
        QGraphicsScene scene; // declared first: the chart, destroyed before it, leaves it cleanly
        const std::unique_ptr<QChart> chart(ChartFactory::create(data, 500));
        scene.addItem(chart.get());
        chart->resize(600, 300);
        QCoreApplication::processEvents();

        // The runs between gaps are drawn; the legend's lines hold no points.
        const QList<QList<QPointF>> drawn = ChartFactory::drawnLines(chart.get());
        QCOMPARE(drawn.size(), qsizetype{3});
        for (QAbstractSeries *a : chart->series())
            QCOMPARE(static_cast<QLineSeries *>(a)->count(), 0);
        int visible = 0;
        for (QLegendMarker *m : chart->legend()->markers())
            visible += m->isVisible() ? 1 : 0;
        QCOMPARE(visible, 2);

        const QRectF plot = chart->plotArea();
        const auto at = [&](double t, double v) { return drawnAt(chart.get(), t, v); };
        QVERIFY(at(0, 50).y() - at(0, 10).y() < -40); // the lines are far apart on screen

        // Near a line: its name and the sample under the pointer; between them, or in the gap of the
        // lower one, nothing.
        const QString onHigh = ChartFactory::hoverTextAt(chart.get(), at(70, 50) + QPointF(0, 3));
        QVERIFY2(onHigh.startsWith(ChartFactory::seriesName(data, data.series[1])), qPrintable(onHigh));
        QVERIFY2(onHigh.contains(QStringLiteral("t = 70 s")), qPrintable(onHigh));
        const QString onLow = ChartFactory::hoverTextAt(chart.get(), at(20, 10) - QPointF(0, 2));
        QVERIFY2(onLow.startsWith(ChartFactory::seriesName(data, data.series[0])), qPrintable(onLow));
        QVERIFY(ChartFactory::hoverTextAt(chart.get(), at(70, 30)).isEmpty());
        QVERIFY(ChartFactory::hoverTextAt(chart.get(), at(45, 10)).isEmpty());
        QVERIFY(ChartFactory::hoverTextAt(chart.get(), plot.topLeft() - QPointF(20, 20)).isEmpty());
    }

    void hoverOverALiveLineShowsItsSampleAsToolTip()
    {
        LiveChartView view(ChartKind::Throughput, ChartFactory::create(twoLiveLines(), 500));
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.chart()->plotArea().width() > 300);
        const auto toView = [&](double t, double v) {
            return view.mapFromScene(view.chart()->mapToScene(drawnAt(view.chart(), t, v)));
        };
        QTest::mouseMove(view.viewport(), toView(70, 50));
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("t = 70 s")), qPrintable(QToolTip::text()));
        QVERIFY2(QToolTip::text().contains(QStringLiteral("50.00")), qPrintable(QToolTip::text()));
        QTest::mouseMove(view.viewport(), toView(70, 30)); // between the lines: nothing to show
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void exportsParseBack_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void exportsParseBack()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->setLanguage(language, false));
        const ChartData data = dataFor(ChartKind::SuccessRatio);
        const std::unique_ptr<QChart> chart(ChartFactory::create(data, 1000));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;

        // PNG: the requested pixels, the requested resolution.
        const QString png = dir.filePath(QStringLiteral("c.png"));
        QVERIFY2(
            ChartExporter::exportChart(chart.get(), png, {ChartFormat::Png, QSize(1000, 600), 96}, &error),
            qPrintable(error));
        QImage image;
        QVERIFY(image.load(png));
        QCOMPARE(image.size(), QSize(1000, 600));
        QCOMPARE(image.dotsPerMeterX(), qRound(96 / 0.0254));
        const QString png2x = dir.filePath(QStringLiteral("c2.png"));
        QVERIFY(ChartExporter::exportChart(chart.get(), png2x, {ChartFormat::Png, QSize(2000, 1200), 192},
                                           &error));
        QVERIFY(image.load(png2x));
        QCOMPARE(image.size(), QSize(2000, 1200));
        QCOMPARE(image.dotsPerMeterX(), qRound(192 / 0.0254));
        QVERIFY(image.pixelColor(0, 0) == QColor(Qt::white) || image.pixelColor(0, 0).alpha() > 0);
        QVERIFY(!chart->scene()); // the chart leaves the export as it came

        // SVG: well-formed, with the title, the axis titles and the legend as real text.
        const QString svg = dir.filePath(QStringLiteral("c.svg"));
        QVERIFY(
            ChartExporter::exportChart(chart.get(), svg, {ChartFormat::Svg, QSize(1200, 700), 96}, &error));
        QString xmlError;
        const QStringList texts = svgTexts(readAll(svg), &xmlError);
        QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
        // Text is laid out in runs of one script, so "时间（s）" arrives as "时间（" and "s）": adjacent
        // <text> elements, in drawing order. Joined, they give back every string drawn.
        const QString all = texts.join(QString());
        const auto drawn = [&](const QString &text) { return all.contains(text); };
        const QString title = ChartFactory::title(ChartKind::SuccessRatio);
        QVERIFY2(drawn(chart->title()), qPrintable(texts.join(QLatin1String(" | "))));
        QVERIFY(chart->title().startsWith(title));
        QVERIFY(drawn(ChartFactory::timeAxisTitle()));
        QVERIFY(drawn(ChartFactory::valueAxisTitle(ChartKind::SuccessRatio)));
        for (const ChartSeries &s : data.series)
            QVERIFY2(drawn(ChartFactory::seriesName(data, s)), qPrintable(ChartFactory::seriesName(data, s)));
        QVERIFY(drawn(ChartFactory::markerLabel(data, data.markers[0])));
        if (language == QLatin1String("zh_CN")) {
            QVERIFY2(hasHan(title), qPrintable(title));
            QVERIFY2(hasHan(ChartFactory::timeAxisTitle()), qPrintable(ChartFactory::timeAxisTitle()));
            QVERIFY2(hasHan(ChartFactory::valueAxisTitle(ChartKind::SuccessRatio)), "value axis");
            QVERIFY2(hasHan(ChartFactory::seriesName(data, data.series[2])), "the all-users legend entry");
        } else {
            QCOMPARE(title, QStringLiteral("Success ratio by population"));
            QVERIFY(texts.contains(QStringLiteral("All users")));
        }

        // PDF: a complete document (header, pages, trailer).
        const QString pdf = dir.filePath(QStringLiteral("c.pdf"));
        QVERIFY(
            ChartExporter::exportChart(chart.get(), pdf, {ChartFormat::Pdf, QSize(1200, 700), 150}, &error));
        const QByteArray bytes = readAll(pdf);
        QVERIFY(bytes.startsWith("%PDF-1."));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY(bytes.contains("/Type /Page"));
        QVERIFY(bytes.contains("trailer") || bytes.contains("/XRef"));
    }

    void exportErrors()
    {
        const std::unique_ptr<QChart> chart(ChartFactory::create(dataFor(ChartKind::QueueDepth), 500));
        QString error;
        QVERIFY(!ChartExporter::exportChart(chart.get(), QStringLiteral("/nonexistent/dir/c.png"),
                                            {ChartFormat::Png, QSize(400, 300), 96}, &error));
        QCOMPARE(error, QStringLiteral("the directory /nonexistent/dir does not exist"));
        QVERIFY(!ChartExporter::exportChart(chart.get(), QStringLiteral("x.png"),
                                            {ChartFormat::Png, QSize(0, 0), 96}, &error));
        QCOMPARE(ChartExporter::formatFromName(QStringLiteral("SVG")),
                 std::optional<ChartFormat>(ChartFormat::Svg));
        QVERIFY(!ChartExporter::formatFromName(QStringLiteral("bmp")));
        QCOMPARE(ChartExporter::suffix(ChartFormat::Pdf), QStringLiteral("pdf"));
    }

    void aLongLagReadsInSecondsOrMinutesAndADeadRegionBreaksItsLine_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void aLongLagReadsInSecondsOrMinutesAndADeadRegionBreaksItsLine()
    {
        // The manual failover waits for an operator: London's copy falls about four minutes behind
        // the killed Frankfurt, whose own lag used to climb on as a line (the issue saw an exported
        // axis up to 2,500,000 ms).
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->setLanguage(language, false));
        fl::scenario::ScenarioError problem;
        const std::optional<fl::scenario::Scenario> scenario = fl::scenario::loadScenario(
            QStringLiteral(FL_SOURCE_DIR "/resources/scenarios/manual-vs-automatic-failover-manual.json"),
            &problem);
        QVERIFY2(scenario, qPrintable(problem.toString()));
        Simulation sim = fl::scenario::makeSimulation(*scenario, true);
        sim.runUntil(scenario->duration);
        const ChartData data = makeChartData(ChartKind::ReplicationLag, sim.metrics(), sim.config(),
                                             sim.engine().commandLog(), toSeconds(scenario->duration));
        QVERIFY(data.timeUnit == TimeUnit::Seconds || data.timeUnit == TimeUnit::Minutes);
        // The killed region's lines have a gap from its kill; the survivors' lines go on.
        const int frankfurt = 0;
        const double killedAt = toSeconds(scenario->faults.front().at);
        for (const ChartSeries &series : data.series) {
            if (series.index != frankfurt)
                continue;
            for (const QPointF &p : series.points) {
                const RegionSample &sample = sim.metrics().regionSeries(
                    frankfurt)[static_cast<std::size_t>(
                                   std::lround(p.x() / toSeconds(sim.config().metricsInterval))) -
                               1];
                QCOMPARE(std::isnan(p.y()), !sample.up);
                if (p.x() > killedAt + 5 && p.x() < killedAt + 60)
                    QVERIFY(std::isnan(p.y()));
            }
        }

        const std::unique_ptr<QChart> chart(ChartFactory::create(data, 1000));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString svg = dir.filePath(QStringLiteral("lag.svg"));
        QString error;
        QVERIFY2(
            ChartExporter::exportChart(chart.get(), svg, {ChartFormat::Svg, QSize(1200, 700), 96}, &error),
            qPrintable(error));
        QString xmlError;
        const QStringList texts = svgTexts(readAll(svg), &xmlError);
        QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
        QVERIFY(texts.join(QString()).contains(
            ChartFactory::valueAxisTitle(ChartKind::ReplicationLag, data.timeUnit)));
        const QRegularExpression number(QStringLiteral("^-?[0-9][0-9,.]*$"));
        int ticks = 0;
        for (QString t : texts) {
            t = t.trimmed();
            if (!number.match(t).hasMatch())
                continue;
            ++ticks;
            t.remove(QLatin1Char(','));
            QVERIFY2(t.toDouble() <= 100'000, qPrintable(t));
        }
        QVERIFY(ticks >= 4); // the axes have tick labels to check

        // The gap is marked as an outage: one span for Frankfurt, from the first sample that found
        // it down to the first that found it up again after the restore, labelled in the exported
        // file in the current language.
        QCOMPARE(data.downSpans.size(), std::size_t{1});
        const DownSpan &down = data.downSpans.front();
        QCOMPARE(down.region, frankfurt);
        const double interval = toSeconds(sim.config().metricsInterval);
        QVERIFY2(down.fromSeconds >= killedAt && down.fromSeconds <= killedAt + interval,
                 qPrintable(QString::number(down.fromSeconds)));
        const double restoredAt = toSeconds(scenario->faults.back().at);
        QVERIFY2(down.toSeconds >= restoredAt && down.toSeconds <= restoredAt + interval,
                 qPrintable(QString::number(down.toSeconds)));
        const QString label = ChartFactory::tr("%1 down").arg(data.names.region(frankfurt));
        // (SVG splits a line of mixed scripts into runs: look in their concatenation.)
        QVERIFY2(texts.join(QString()).contains(label), qPrintable(texts.join(QLatin1Char('|'))));
    }

    void slidePresetHasLargeTypeThickLinesAndDashedLegendEntries()
    {
        const ChartExportOptions slide = ChartExporter::presetOptions(ChartPreset::Slide, ChartFormat::Png);
        QCOMPARE(slide.size, QSize(3840, 2160));
        QCOMPARE(slide.dpi, 192);
        QCOMPARE(ChartExporter::presetOptions(ChartPreset::Slide, ChartFormat::Svg).size, QSize(1920, 1080));
        QCOMPARE(ChartExporter::presetOptions(ChartPreset::Document, ChartFormat::Png).dpi, 300);
        QVERIFY(ChartExporter::presetFromName(QStringLiteral("slide")) == ChartPreset::Slide);
        QVERIFY(!ChartExporter::presetFromName(QStringLiteral("poster")));

        ChartData data = dataFor(ChartKind::ReplicationLag);
        const std::unique_ptr<QChart> plain(ChartFactory::create(data, 1000));
        data.typeScale = slide.typeScale;
        data.lineScale = slide.lineScale;
        const std::unique_ptr<QChart> large(ChartFactory::create(data, 1000));
        QCOMPARE(large->titleFont().pointSizeF(), plain->titleFont().pointSizeF() * 1.5);
        QCOMPARE(large->legend()->font().pointSizeF(), plain->legend()->font().pointSizeF() * 1.5);
        const auto *axis = qobject_cast<QValueAxis *>(large->axes(Qt::Vertical).first());
        const auto *plainAxis = qobject_cast<QValueAxis *>(plain->axes(Qt::Vertical).first());
        QCOMPARE(axis->labelsFont().pointSizeF(), plainAxis->labelsFont().pointSizeF() * 1.5);
        // Each legend entry is a stroke of its series' pen: the apply lag's is dashed.
        QCOMPARE(large->legend()->markerShape(), QLegend::MarkerShapeFromSeries);
        bool dashed = false;
        for (QAbstractSeries *series : large->series()) {
            const auto *line = qobject_cast<QLineSeries *>(series);
            const auto *thin =
                qobject_cast<QLineSeries *>(plain->series().at(large->series().indexOf(series)));
            QCOMPARE(line->pen().widthF(), thin->pen().widthF() * 2.0);
            dashed = dashed || line->pen().style() != Qt::SolidLine;
        }
        QVERIFY(dashed);
    }
};

QTEST_MAIN(ChartExportTest)
#include "tst_chartexport.moc"
