// Observability in the window: the live charts follow a run (a primary kill shows as a replication
// lag spike with a marker at the kill, next to an incident with its RPO and RTO), keep at most two
// points per pixel column, show exact values on hover, take a cursor from the event log, switch
// language, and export the same files as the headless `failover-lab run` for the same run.
#include "bridge/simulationrunner.h"
#include "charts/chartexporter.h"
#include "charts/chartfactory.h"
#include "charts/charthistory.h"
#include "charts/exportdialog.h"
#include "charts/livechartview.h"
#include "labtext.h"
#include "labwindowfixture.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "map/worldmapscene.h"
#include "panels/chartspanel.h"
#include "panels/eventlogpanel.h"
#include "panels/incidentpanel.h"
#include "scenario/runreport.h"
#include "scenario/scenariowriter.h"
#include "sim/presets.h"
#include "sim/simulation.h"
#include "unitformat.h"

#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>
#include <algorithm>
#include <cmath>

using namespace fl;
using namespace fl::ui;
using namespace fl::ui::testing;

namespace {

constexpr SimTime kKillAt = 40 * kSecond;

// Three regions, one primary in N. Virginia replicating asynchronously, killed at 40 s.
SimulationConfig world()
{
    SimulationConfig config = defaultLabWorld();
    config.data.mode = ReplicationMode::Async;
    config.seed = 7;
    return config;
}

std::vector<Command> faults()
{
    return {makeCommand(kKillAt, CommandType::KillRegion, 0)};
}

// The snapshot is of the run setConfig(world(), faults()) started (the kill has been applied), not
// of the window's first run, which may still be publishing.
bool inScenarioRun(MainWindow &w)
{
    return !latest(w).commandLog.empty();
}

bool showAndWait(MainWindow &w)
{
    return showLab(w, QSize(1500, 1000), "chartsDock");
}

void pauseAndSettle(MainWindow &w)
{
    w.simulation()->pause();
    QTRY_VERIFY_WITH_TIMEOUT(!latest(w).running, 5000);
    // The paused snapshot has been drawn into the history.
    QTRY_COMPARE(w.chartsPanel()->history().nowSeconds(), toSeconds(latest(w).now));
}

double maxOver(const ChartSeries &s, double from, double to)
{
    double m = 0;
    for (const QPointF &p : s.points) {
        if (p.x() >= from && p.x() < to && !std::isnan(p.y()))
            m = std::max(m, p.y());
    }
    return m;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool wellFormedXml(const QByteArray &bytes, QStringList *texts)
{
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters() && !xml.isWhitespace())
            texts->append(xml.text().toString());
    }
    return !xml.hasError();
}

} // namespace

class ObservabilityTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FailoverLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_observability"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    }

    void primaryKillShowsLagSpikeMarkerAndIncident()
    {
        MainWindow w(world(), kMaxSpeed);
        QVERIFY(showAndWait(w));
        w.simulation()->setConfig(world(), faults());
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).now > 100 * kSecond && !latest(w).incidents.empty() &&
                                     latest(w).incidents.front().serviceRecovered(),
                                 60000);
        pauseAndSettle(w);
        ChartsPanel *panel = w.chartsPanel();
        panel->setWindowSeconds(0);
        panel->refreshAll();

        // Replication lag: flat before the kill, a spike after it (the replicas stop receiving the
        // dead primary's log until one of them is promoted).
        const ChartData *lag = ChartFactory::dataOf(panel->chart(ChartKind::ReplicationLag));
        QVERIFY(lag);
        const double kill = toSeconds(kKillAt);
        double before = 0, after = 0;
        for (const ChartSeries &s : lag->series) {
            if (s.subject != ChartSeries::Subject::Region || s.index == 0)
                continue; // the replicas' receive lag
            before = std::max(before, maxOver(s, 10, kill));
            after = std::max(after, maxOver(s, kill, kill + 60));
        }
        // The chart is in the unit its largest lag reads best in; the checks are in milliseconds.
        const double msPerUnit = 1.0 / UnitFormat::inUnit(1.0, lag->timeUnit);
        before *= msPerUnit;
        after *= msPerUnit;
        QVERIFY2(after > 5 * before && after > 1000,
                 qPrintable(QStringLiteral("lag before %1 ms, after %2 ms").arg(before).arg(after)));

        // Markers on every chart: the kill, then each step of the failover it set off, each drawn
        // where the time axis puts it.
        const Incident incident = latest(w).incidents.front();
        const std::vector<double> expectedTimes = {kill, toSeconds(incident.detected),
                                                   toSeconds(incident.promoted), toSeconds(incident.rerouted),
                                                   toSeconds(incident.recovered)};
        for (const ChartKind kind : allChartKinds()) {
            QChart *chart = panel->chart(kind);
            const ChartData *data = ChartFactory::dataOf(chart);
            QVERIFY(data);
            QCOMPARE(data->markers.size(), expectedTimes.size());
            QCOMPARE(data->markers.front().kind, FaultMarker::Kind::Command);
            std::vector<double> lineX;
            for (QGraphicsItem *item : chart->childItems()) {
                if (auto *line = dynamic_cast<QGraphicsLineItem *>(item); line && line->isVisible())
                    lineX.push_back(line->line().x1());
            }
            // Markers a few pixels apart share a line (and a "+N more" label).
            QVERIFY(!lineX.empty() && lineX.size() <= expectedTimes.size());
            for (std::size_t i = 0; i < expectedTimes.size(); ++i) {
                QCOMPARE(data->markers[i].timeSeconds, expectedTimes[i]);
                const double x = chart->mapToPosition(QPointF(expectedTimes[i], 0)).x();
                QVERIFY2(
                    std::any_of(lineX.begin(), lineX.end(), [x](double l) { return std::abs(l - x) < 5.0; }),
                    qPrintable(QStringLiteral("%1: no marker line at %2 s")
                                   .arg(chartKindId(kind))
                                   .arg(expectedTimes[i])));
            }
        }

        // The incident: RPO and RTO measured, shown in the panel.
        QCOMPARE(incident.failure, kKillAt);
        QVERIFY(incident.rto() != kNever && incident.rto() > 0);
        QVERIFY(incident.lostWrites > 0); // async: the promoted replica had not received everything
        QTRY_COMPARE(w.incidentPanel()->incidentCount(), 1);

        // The lost-writes chart ends at the incident's count (writes lost to the crash).
        const ChartData *lost = ChartFactory::dataOf(panel->chart(ChartKind::LostWrites));
        double notShipped = 0;
        for (const ChartSeries &s : lost->series) {
            if (s.subject == ChartSeries::Subject::Measure &&
                s.index == static_cast<int>(DataMeasure::LostNotShipped) && !s.points.isEmpty())
                notShipped = s.points.back().y();
        }
        QCOMPARE(notShipped, static_cast<double>(incident.lostWrites));

        // Hover: the exact sample nearest in time, with its unit.
        const ChartSeries &replica = lag->series[1];
        const QPointF sample = replica.points[replica.points.size() / 2];
        const QString hover = ChartFactory::hoverText(*lag, 1, sample.x() + 0.2);
        QVERIFY2(hover.contains(QLocale().toString(sample.x(), 'f', 0) + QLatin1String(" s")),
                 qPrintable(hover));
        QVERIFY2(hover.contains(QLocale().toString(sample.y(), 'f', sample.y() >= 100 ? 0 : 2) +
                                QLatin1Char(' ') + UnitFormat::symbol(lag->timeUnit)),
                 qPrintable(hover)); // in the chart's own unit

        if (const QString dir = qEnvironmentVariable("FL_SCREENSHOT_DIR"); !dir.isEmpty()) {
            w.chartsDock()->setFloating(true);
            w.chartsDock()->resize(1600, 950);
            QCoreApplication::processEvents();
            panel->refreshAll();
            QCoreApplication::processEvents();
            QVERIFY(
                w.chartsDock()->grab().save(QDir(dir).filePath(QStringLiteral("charts-incident-en.png"))));
            w.chartsDock()->setFloating(false);
            QCoreApplication::processEvents();
        }

        // Clicking an event-log entry puts the charts' cursor at its time.
        QSignalSpy activated(w.eventLog(), &EventLogPanel::entryActivated);
        emit w.eventLog()->entryActivated(kKillAt);
        for (const ChartKind kind : allChartKinds())
            QCOMPARE(ChartFactory::cursor(panel->chart(kind)), kill);
    }

    // A run driven to a moment and stopped sends one last snapshot and then none: every chart on
    // screen must show that moment without being asked (the screenshot command and a paused window
    // depend on it), not only the one whose turn it was.
    void aStoppedRunShowsEveryChartUpToItsEnd()
    {
        MainWindow w(world(), 1.0);
        QVERIFY(showLab(w, QSize(2400, 1600), "chartsDock")); // room for several charts at once
        w.simulation()->pause();
        QTRY_VERIFY_WITH_TIMEOUT(!latest(w).running, 5000);
        const SimTime at = 40 * kSecond;
        w.simulation()->runTo(at);
        QTRY_VERIFY_WITH_TIMEOUT(!latest(w).running && latest(w).now >= at, 30000);
        QCoreApplication::processEvents();
        ChartsPanel *panel = w.chartsPanel();
        int checked = 0;
        for (const ChartKind kind : allChartKinds()) {
            if (!panel->isShowing(kind))
                continue;
            const ChartData *data = ChartFactory::dataOf(panel->chart(kind));
            QVERIFY(data);
            double last = 0;
            for (const ChartSeries &series : data->series) {
                if (!series.points.isEmpty())
                    last = std::max(last, series.points.back().x());
            }
            QVERIFY2(last >= toSeconds(at) - 1.0,
                     qPrintable(QStringLiteral("%1 ends at %2 s").arg(chartKindId(kind)).arg(last)));
            ++checked;
        }
        QVERIFY(checked >= 2);
    }

    void liveChartsKeepTwoPointsPerColumn()
    {
        MainWindow w(world(), kMaxSpeed);
        QVERIFY(showAndWait(w));
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).now > 900 * kSecond, 60000);
        pauseAndSettle(w);
        ChartsPanel *panel = w.chartsPanel();
        for (const double window : {0.0, 300.0}) {
            panel->setWindowSeconds(window);
            panel->refreshAll();
            const auto [from, to] = panel->visibleRange();
            // The axis moves in steps: now is in its last fifth (or tenth, for the whole run).
            const double now = toSeconds(latest(w).now);
            QVERIFY(to >= now && to - now <= (window > 0 ? window / 5 : now / 8) + 1e-9);
            if (window > 0)
                QCOMPARE(to - from, window);
            else
                QCOMPARE(from, 0.0);
            for (const ChartKind kind : allChartKinds()) {
                QChart *chart = panel->chart(kind);
                const int columns = panel->view(kind)->plotColumns();
                const auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).first());
                QCOMPARE(axis->min(), from);
                QCOMPARE(axis->max(), to);
                const ChartData *data = ChartFactory::dataOf(chart);
                for (const QList<QPointF> &points : ChartFactory::drawnLines(chart)) {
                    // One line per run between gaps: a gap may add a point; none here.
                    QVERIFY2(points.size() <= 2 * columns + 2,
                             qPrintable(QStringLiteral("%1: %2 points for %3 columns")
                                            .arg(chartKindId(kind))
                                            .arg(points.size())
                                            .arg(columns)));
                }
                // Each column keeps its extremes: the chart's highest point is the data's.
                if (window == 0 && kind == ChartKind::Throughput) {
                    double dataMax = 0, drawnMax = 0;
                    for (const ChartSeries &s : data->series)
                        dataMax = std::max(dataMax, maxOver(s, from, to + 1));
                    for (const QList<QPointF> &points : ChartFactory::drawnLines(chart)) {
                        for (const QPointF &p : points)
                            drawnMax = std::max(drawnMax, p.y());
                    }
                    QCOMPARE(drawnMax, dataMax);
                }
            }
        }
    }

    void exportsMatchTheHeadlessRun()
    {
        MainWindow w(world(), kMaxSpeed);
        QVERIFY(showAndWait(w));
        w.simulation()->setConfig(world(), faults());
        QTRY_VERIFY_WITH_TIMEOUT(inScenarioRun(w) && latest(w).now > 70 * kSecond, 60000);
        pauseAndSettle(w);
        const SimTime now = latest(w).now;

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSignalSpy finished(&w, &MainWindow::exportFinished);
        auto exportAndWait = [&](ExportRequest r) {
            finished.clear();
            w.exportNow(r);
            if (finished.isEmpty() && !finished.wait(20000))
                return false;
            return finished.first().first().toBool();
        };

        ExportRequest charts;
        charts.what = ExportRequest::What::AllCharts;
        charts.options.format = ChartFormat::Svg;
        charts.path = dir.filePath(QStringLiteral("gui-charts"));
        QVERIFY(exportAndWait(charts));
        ExportRequest csv;
        csv.what = ExportRequest::What::DataCsv;
        csv.path = dir.filePath(QStringLiteral("gui-data"));
        QVERIFY(exportAndWait(csv));
        ExportRequest json;
        json.what = ExportRequest::What::ReportJson;
        json.path = dir.filePath(QStringLiteral("report.json"));
        QVERIFY(exportAndWait(json));
        ExportRequest map;
        map.what = ExportRequest::What::MapPng;
        map.path = dir.filePath(QStringLiteral("map.png"));
        QVERIFY(exportAndWait(map));
        ExportRequest png;
        png.what = ExportRequest::What::Chart;
        png.kind = ChartKind::LostWrites;
        png.options = ChartExportOptions{ChartFormat::Png, QSize(900, 500), 192};
        png.path = dir.filePath(QStringLiteral("lost.png"));
        QVERIFY(exportAndWait(png));

        // The same run, headless, to the same instant, through the same export code.
        Simulation headless(world());
        for (const Command &c : faults())
            headless.submit(c);
        headless.runUntil(now);
        headless.recountWrites();
        const QString headlessCharts = dir.filePath(QStringLiteral("headless-charts"));
        QString error;
        QVERIFY2(ChartExporter::exportRunCharts(headless, QString(), toSeconds(now), headlessCharts,
                                                ChartExportOptions{ChartFormat::Svg, {1200, 700}, 96},
                                                nullptr, &error),
                 qPrintable(error));
        scenario::Scenario s;
        s.config = world();
        QStringList written;
        QVERIFY2(scenario::writeRunCsv(s, headless, dir.filePath(QStringLiteral("headless-data")), &written,
                                       &error),
                 qPrintable(error));

        for (const ChartKind kind : allChartKinds()) {
            const QString file = chartKindId(kind) + QStringLiteral(".svg");
            const QByteArray gui = readAll(QDir(charts.path).filePath(file));
            QStringList texts;
            QVERIFY2(wellFormedXml(gui, &texts), qPrintable(file));
            QVERIFY(texts.join(QLatin1Char(' ')).contains(ChartFactory::title(kind)));
            QCOMPARE(gui, readAll(QDir(headlessCharts).filePath(file)));
        }
        for (const QString &file : {QStringLiteral("regions.csv"), QStringLiteral("populations.csv"),
                                    QStringLiteral("data.csv"), QStringLiteral("events.csv")}) {
            const QByteArray gui = readAll(QDir(csv.path).filePath(file));
            QVERIFY2(gui.count('\n') > 10, qPrintable(file));
            QCOMPARE(gui, readAll(QDir(dir.filePath(QStringLiteral("headless-data"))).filePath(file)));
        }
        QJsonParseError parse;
        const QJsonDocument report = QJsonDocument::fromJson(readAll(json.path), &parse);
        QCOMPARE(parse.error, QJsonParseError::NoError);
        QVERIFY(report.object().contains(QStringLiteral("time_s")));
        const QImage mapImage(map.path);
        QVERIFY(!mapImage.isNull() && mapImage.width() > 200);
        const QImage chartImage(png.path);
        QCOMPARE(chartImage.size(), QSize(900, 500));

        // A bad destination is refused with a reason, nothing written.
        ExportRequest bad = json;
        bad.path = dir.filePath(QStringLiteral("missing-folder/report.json"));
        finished.clear();
        w.exportNow(bad);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!QFile::exists(bad.path));
    }

    void scenarioCommandsAppearInTheLog()
    {
        QTemporaryDir dir;
        scenario::Scenario saved;
        saved.name = QStringLiteral("kill-at-40");
        saved.config = world();
        saved.faults = faults();
        saved.duration = 10 * kMinute;
        const QString path = dir.filePath(QStringLiteral("kill.json"));
        QString error;
        QVERIFY2(scenario::saveScenario(saved, path, &error), qPrintable(error));
        MainWindow w(world(), kMaxSpeed);
        QVERIFY(showAndWait(w));
        QVERIFY2(w.openScenarioFile(path, &error), qPrintable(error));
        const QString kill =
            QStringLiteral("Applied: ") + describeCommand(faults().front(), ConfigNames::from(world()));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < w.eventLog()->entryCount(); ++i) {
                    if (w.eventLog()->entryText(i).contains(kill) && w.eventLog()->entryTime(i) == kKillAt)
                        return true;
                }
                return false;
            }(),
            30000);
    }

    void exportDialogChecksItsChoices()
    {
        QTemporaryDir dir;
        ExportRequest initial;
        initial.what = ExportRequest::What::Chart;
        initial.kind = ChartKind::LostWrites;
        initial.options.format = ChartFormat::Svg;
        initial.path = dir.filePath(QStringLiteral("lost-writes.svg"));
        ExportDialog dialog(initial);
        QCOMPARE(dialog.request().path, initial.path);
        QCOMPARE(dialog.request().kind, ChartKind::LostWrites);
        auto *what = dialog.findChild<QComboBox *>(QStringLiteral("exportWhat"));
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
        auto *dpi = dialog.findChild<QSpinBox *>(QStringLiteral("exportDpi"));
        QVERIFY(what && format && dpi);
        QVERIFY(what->itemText(0).contains(ChartFactory::title(ChartKind::LostWrites)));

        // Another format renames the file; data exports have no image settings.
        format->setCurrentIndex(format->findData(static_cast<int>(ChartFormat::Pdf)));
        QCOMPARE(dialog.request().path, dir.filePath(QStringLiteral("lost-writes.pdf")));
        QVERIFY(dpi->isEnabled());
        what->setCurrentIndex(what->findData(static_cast<int>(ExportRequest::What::DataCsv)));
        QCOMPARE(dialog.request().path, dir.filePath(QStringLiteral("data")));
        QVERIFY(!dpi->isEnabled() && !format->isEnabled());

        // Bad destinations are refused with a reason.
        ExportRequest r = dialog.request();
        QVERIFY(ExportDialog::problem(r).isEmpty()); // a folder that does not exist yet is created
        r.path.clear();
        QVERIFY(!ExportDialog::problem(r).isEmpty());
        QFile file(dir.filePath(QStringLiteral("taken")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        r.path = file.fileName();
        QVERIFY(ExportDialog::problem(r).contains(file.fileName())); // a file where a folder is needed
        r.what = ExportRequest::What::ReportJson;
        r.path = dir.path();
        QVERIFY(!ExportDialog::problem(r).isEmpty()); // a folder where a file is needed
        r.path = dir.filePath(QStringLiteral("no/such/folder/report.json"));
        QVERIFY(!ExportDialog::problem(r).isEmpty());
        r.path = dir.filePath(QStringLiteral("report.json"));
        QVERIFY(ExportDialog::problem(r).isEmpty());

        // The dialog does not close on a bad choice; it says why.
        auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("exportPath"));
        path->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("exportError"))->text().isEmpty());
    }

    void chartTextsSwitchLanguage()
    {
        MainWindow w(world(), kMaxSpeed);
        QVERIFY(showAndWait(w));
        w.simulation()->setConfig(world(), faults());
        QTRY_VERIFY_WITH_TIMEOUT(inScenarioRun(w) && latest(w).now > 50 * kSecond, 60000);
        pauseAndSettle(w);
        ChartsPanel *panel = w.chartsPanel();
        panel->refreshAll();
        QChart *chart = panel->chart(ChartKind::ReplicationLag);
        const QString english = chart->title();
        QCOMPARE(english, ChartFactory::title(ChartKind::ReplicationLag));
        auto markerText = [chart] {
            for (QGraphicsItem *item : chart->childItems()) {
                if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                    return text->text();
            }
            return QString();
        };
        const QString englishMarker = markerText();
        QVERIFY(!englishMarker.isEmpty());

        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false);
        const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        QTRY_VERIFY(chart->title().contains(han));
        QCOMPARE(chart->title(), ChartFactory::title(ChartKind::ReplicationLag));
        QVERIFY(chart->axes(Qt::Vertical).first()->titleText().contains(han));
        QVERIFY(chart->axes(Qt::Horizontal).first()->titleText().contains(han));
        QVERIFY2(markerText().contains(han), qPrintable(markerText()));
        // Legends: region ids stay Latin; the data layer's measures are words.
        QChart *lost = panel->chart(ChartKind::LostWrites);
        for (QLegendMarker *m : lost->legend()->markers())
            QVERIFY2(m->label().contains(han), qPrintable(m->label()));
        const QString dir = qEnvironmentVariable("FL_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            w.chartsDock()->setFloating(true);
            w.chartsDock()->resize(1600, 950);
            QCoreApplication::processEvents();
            panel->refreshAll();
            QCoreApplication::processEvents();
            QVERIFY(w.chartsDock()->grab().save(QDir(dir).filePath(QStringLiteral("charts-zh_CN.png"))));
            ExportDialog dialog(ExportRequest{}, &w);
            dialog.show();
            QCoreApplication::processEvents();
            QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("export-dialog-zh_CN.png"))));
        }

        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
        QTRY_COMPARE(chart->title(), english);
        QCOMPARE(markerText(), englishMarker);
        if (!dir.isEmpty()) {
            QCoreApplication::processEvents();
            QVERIFY(w.chartsDock()->grab().save(QDir(dir).filePath(QStringLiteral("charts-en.png"))));
            w.chartsDock()->setFloating(false);
            QCoreApplication::processEvents();
            QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("window-charts-en.png"))));
        }
    }
};

QTEST_MAIN(ObservabilityTest)
#include "tst_observability.moc"
