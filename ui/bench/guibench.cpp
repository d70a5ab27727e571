#include "guibench.h"

#include "bridge/simulationrunner.h"
#include "charts/chartdata.h"
#include "charts/livechartview.h"
#include "compare/comparesession.h"
#include "compare/comparewindow.h"
#include "mainwindow.h"
#include "map/worldmapview.h"
#include "panels/chartspanel.h"
#include "presenter/presentermode.h"
#include "scenario/comparison.h"
#include "sim/presets.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>
#include <algorithm>
#include <ctime>
#include <vector>

namespace fl::ui {
namespace {

// CPU time the calling thread has used, in milliseconds.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(q * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

// One row: a window on the six-region world, optionally with every chart on screen, optionally
// after a stretch of history simulated as fast as possible, then measured at 100×.
struct Row
{
    QString name;
    bool allCharts = false;       // the charts dock floating, large enough to show all twelve
    double historySeconds = 0;    // simulated at full speed before measuring
    double measuredSeconds = 600; // simulated at 100× while measuring
    double chartWindowSeconds = ChartsPanel::kDefaultWindowSeconds;
    QSize presenterScreen; // not empty: presenter mode, full screen on a screen of this size
    bool compare = false;  // the compare view (two sides, each the world), not the lab's window
};

// What a row measures, in either window: the window, its simulation, its maps and charts, its
// presenter mode and its per-snapshot signal.
struct Subject
{
    QMainWindow *window = nullptr;
    SimulationController *sim = nullptr;
    std::vector<WorldMapView *> maps;
    std::vector<ChartsPanel *> charts;
    PresenterMode *presenter = nullptr;
};

// The compare view's two sides: the world as it is (asynchronous replication) and the same world
// with synchronous quorum replication, on one clock.
scenario::ComparePair comparePair(const SimulationConfig &config)
{
    scenario::Scenario a;
    a.name = QStringLiteral("bench-async");
    a.config = config;
    a.duration = 24 * 60 * kMinute;
    scenario::Scenario b = a;
    b.name = QStringLiteral("bench-sync-quorum");
    b.config.data.mode = ReplicationMode::SyncQuorum;
    QString error;
    std::optional<scenario::ComparePair> pair = scenario::alignForCompare(a, b, &error);
    if (!pair)
        qFatal("bench compare pair: %s", qPrintable(error));
    return *pair;
}

// The screen of `size` (the offscreen platform configures one per presenter row), else the first.
QScreen *screenOfSize(const QSize &size)
{
    for (QScreen *screen : QGuiApplication::screens())
        if (screen->geometry().size() == size)
            return screen;
    return QGuiApplication::primaryScreen();
}

QJsonObject runRow(const Row &row, double scale)
{
    constexpr double kSpeed = 100.0;
    const auto scaled = [scale](double seconds) {
        return std::max<SimTime>(kSecond, static_cast<SimTime>(scale * seconds * kSecond));
    };
    const SimTime duration = scaled(row.measuredSeconds);
    SimulationConfig config =
        makeWorld({"us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-northeast-1", "ap-southeast-1"},
                  allPopulationIds(), 6000.0);

    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<MainWindow> lab;
    std::unique_ptr<CompareWindow> compare;
    Subject subject;
    const double startSpeed = row.historySeconds > 0 ? kMaxSpeed : kSpeed;
    if (row.compare) {
        compare = std::make_unique<CompareWindow>(
            comparePair(config), QStringList{QStringLiteral("async"), QStringLiteral("sync-quorum")},
            startSpeed, true);
        subject = Subject{compare.get(), compare->simulation(), compare->presenterMaps(),
                          compare->presenterCharts(), compare->presenter()};
    } else {
        lab = std::make_unique<MainWindow>(config, startSpeed);
        subject = Subject{lab.get(), lab->simulation(), lab->presenterMaps(), lab->presenterCharts(),
                          lab->presenter()};
    }
    QMainWindow &window = *subject.window;
    QScreen *screen = nullptr;
    if (row.presenterScreen.isEmpty()) {
        window.resize(1400, 900);
    } else {
        screen = screenOfSize(row.presenterScreen);
        window.move(screen->geometry().topLeft());
        window.resize(1400, 900);
    }
    window.show();
    if (screen) {
        window.windowHandle()->setScreen(screen);
        subject.presenter->enter();
    }
    if (row.allCharts && lab) {
        lab->chartsDock()->setFloating(true);
        lab->chartsDock()->resize(1700, 800);
        lab->chartsDock()->show();
    }
    for (ChartsPanel *charts : subject.charts)
        charts->setWindowSeconds(row.chartWindowSeconds);
    while (!(window.windowHandle() && window.windowHandle()->isExposed()) && clock.elapsed() < 30'000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double shownMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    while (!subject.sim->hasSnapshot() && clock.elapsed() < 30'000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstSnapshotMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    // Let the first frames settle (layouts, the simulation's pace) before anything is measured.
    QElapsedTimer settling;
    settling.start();
    while (settling.elapsed() < 500)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    if (row.historySeconds > 0) {
        const SimTime history = scaled(row.historySeconds);
        QElapsedTimer filling;
        filling.start();
        while (subject.sim->latest().now < history && filling.elapsed() < 600'000)
            QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        subject.sim->setSpeed(kSpeed);
    }

    // What one frame costs the UI thread: applying a snapshot to every view, then every paint (map
    // and charts) until the next snapshot.
    std::vector<double> frameMs;
    std::vector<double> mapPaintMs;
    std::vector<double> chartPaintMs;
    std::vector<double> applyMs;
    double current = -1;
    // The same cycle in CPU time of the UI thread, which a busy machine does not inflate: what
    // the frame would cost on an idle one (all the thread did from one snapshot to the next).
    std::vector<double> frameCpuMs;
    double lastCpuMs = -1;
    const auto onApplied = [&](qint64 ns) {
        const double cpuMs = threadCpuMs();
        if (lastCpuMs >= 0)
            frameCpuMs.push_back(cpuMs - lastCpuMs);
        lastCpuMs = cpuMs;
        if (current >= 0)
            frameMs.push_back(current);
        current = static_cast<double>(ns) / 1e6;
        applyMs.push_back(current);
    };
    if (lab)
        QObject::connect(lab.get(), &MainWindow::snapshotApplied, &window, onApplied);
    else
        QObject::connect(compare.get(), &CompareWindow::snapshotApplied, &window, onApplied);
    for (WorldMapView *map : subject.maps)
        QObject::connect(map, &WorldMapView::framePainted, &window, [&](qint64 ns) {
            mapPaintMs.push_back(static_cast<double>(ns) / 1e6);
            if (current >= 0)
                current += static_cast<double>(ns) / 1e6;
        });
    for (ChartsPanel *charts : subject.charts)
        QObject::connect(charts, &ChartsPanel::framePainted, &window, [&](qint64 ns) {
            chartPaintMs.push_back(static_cast<double>(ns) / 1e6);
            if (current >= 0)
                current += static_cast<double>(ns) / 1e6;
        });
    std::size_t snapshots = 0;
    QObject::connect(subject.sim, &SimulationController::snapshotReady, &window,
                     [&snapshots] { ++snapshots; });

    // A timer that wants to fire every millisecond: any longer gap is time the UI thread was busy.
    std::vector<double> gapsMs;
    QElapsedTimer gapClock;
    gapClock.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, &window, [&] {
        gapsMs.push_back(static_cast<double>(gapClock.nsecsElapsed()) / 1e6);
        gapClock.restart();
    });
    probe.start(1);

    const SimTime start = subject.sim->latest().now;
    QElapsedTimer run;
    run.start();
    const qint64 limitMs = std::max<qint64>(60'000, static_cast<qint64>(duration / kMillisecond / 10));
    while (subject.sim->latest().now - start < duration && run.elapsed() < limitMs)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    const double wallSeconds = static_cast<double>(run.nsecsElapsed()) / 1e9;
    probe.stop();
    const WorldSnapshot last = subject.sim->latest();
    int chartsShown = 0;
    for (const ChartsPanel *charts : subject.charts)
        for (const ChartKind kind : allChartKinds())
            chartsShown += charts->isShowing(kind) ? 1 : 0;
    const double chartSamples = static_cast<double>(subject.charts.front()->history().dataSeries().size());
    window.close();

    const double simulated = toSeconds(last.now - start);
    const double stallMax = gapsMs.empty() ? 0 : *std::max_element(gapsMs.begin(), gapsMs.end()) - 1.0;
    const auto maxOf = [](const std::vector<double> &v) {
        return v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
    };
    QJsonObject o;
    o[QStringLiteral("name")] = row.name;
    if (screen) {
        o[QStringLiteral("screen")] =
            QStringLiteral("%1x%2").arg(screen->geometry().width()).arg(screen->geometry().height());
        o[QStringLiteral("presenter_text_px_min")] = subject.presenter->minimumTextPixels();
    }
    o[QStringLiteral("view")] = row.compare ? QStringLiteral("compare") : QStringLiteral("lab");
    o[QStringLiteral("worlds")] = row.compare ? 2 : 1;
    o[QStringLiteral("regions")] = static_cast<int>(config.regions.size());
    o[QStringLiteral("speed")] = kSpeed;
    o[QStringLiteral("charts_visible")] = chartsShown;
    o[QStringLiteral("chart_window_s")] = row.chartWindowSeconds;
    o[QStringLiteral("history_s")] = toSeconds(start);
    o[QStringLiteral("chart_samples")] = chartSamples;
    o[QStringLiteral("simulated_seconds")] = simulated;
    o[QStringLiteral("wall_seconds")] = wallSeconds;
    o[QStringLiteral("achieved_speed")] = wallSeconds > 0 ? simulated / wallSeconds : 0.0;
    o[QStringLiteral("window_shown_ms")] = shownMs;
    o[QStringLiteral("first_snapshot_ms")] = firstSnapshotMs;
    o[QStringLiteral("snapshots")] = static_cast<double>(snapshots);
    o[QStringLiteral("snapshots_per_sec")] =
        wallSeconds > 0 ? static_cast<double>(snapshots) / wallSeconds : 0.0;
    o[QStringLiteral("frames")] = static_cast<double>(frameMs.size());
    o[QStringLiteral("frame_ms_p50")] = percentile(frameMs, 0.50);
    o[QStringLiteral("frame_ms_p95")] = percentile(frameMs, 0.95);
    o[QStringLiteral("frame_ms_max")] = maxOf(frameMs);
    o[QStringLiteral("frame_cpu_ms_p50")] = percentile(frameCpuMs, 0.50);
    o[QStringLiteral("frame_cpu_ms_p95")] = percentile(frameCpuMs, 0.95);
    // The parts of a frame: applying the snapshot (panels, chart data), one map paint, one chart paint.
    o[QStringLiteral("apply_ms_p95")] = percentile(applyMs, 0.95);
    o[QStringLiteral("map_paint_ms_p95")] = percentile(mapPaintMs, 0.95);
    o[QStringLiteral("chart_paint_ms_p95")] = percentile(chartPaintMs, 0.95);
    o[QStringLiteral("chart_paints")] = static_cast<double>(chartPaintMs.size());
    o[QStringLiteral("ui_stall_ms_max")] = std::max(0.0, stallMax);
    o[QStringLiteral("ui_stall_ms_p95")] = std::max(0.0, percentile(gapsMs, 0.95) - 1.0);
    o[QStringLiteral("requests_succeeded")] = static_cast<double>(last.totals.requests.succeeded);
    o[QStringLiteral("complete")] = simulated >= toSeconds(duration) * 0.999;
    return o;
}

std::vector<Row> guiRows()
{
    return {
        {QStringLiteral("gui"), false, 0, 600, ChartsPanel::kDefaultWindowSeconds, QSize(), false},
        {QStringLiteral("gui_charts_10min"), true, 0, 600, ChartsPanel::kDefaultWindowSeconds, QSize(),
         false},
        {QStringLiteral("gui_charts_1h_history"), true, 3600, 300, 0, QSize(), false},
        // Presenter mode full screen on the compare view: two worlds in lockstep at 100x, two
        // maps, the charts that fit at presenter type, and the live table.
        {QStringLiteral("presenter_1080p"), false, 0, 600, ChartsPanel::kDefaultWindowSeconds,
         QSize(1920, 1080), true},
        {QStringLiteral("presenter_4k"), false, 0, 600, ChartsPanel::kDefaultWindowSeconds, QSize(3840, 2160),
         true},
        // The same in the lab's window (one world, map over the charts dock).
        {QStringLiteral("presenter_lab_1080p"), false, 0, 600, ChartsPanel::kDefaultWindowSeconds,
         QSize(1920, 1080), false},
        {QStringLiteral("presenter_lab_4k"), false, 0, 600, ChartsPanel::kDefaultWindowSeconds,
         QSize(3840, 2160), false},
    };
}

} // namespace

QStringList guiBenchNames()
{
    QStringList names;
    for (const Row &row : guiRows())
        names.append(row.name);
    return names;
}

int runGuiBench(QTextStream &out, bool json, double scale, const QStringList &only)
{
    // Every row opens the window as a new user would see it: the user's saved layout (and a row
    // that floats the charts) must not leak into a measurement, nor the benchmark into the user's
    // settings.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    bool complete = true;
    for (const Row &row : guiRows()) {
        if (!only.isEmpty() && !only.contains(row.name))
            continue;
        const QJsonObject o = runRow(row, scale);
        complete = complete && o.value(QStringLiteral("complete")).toBool();
        if (json) {
            out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        } else {
            for (auto it = o.begin(); it != o.end(); ++it)
                out << QStringLiteral("%1 %2\n").arg(it.key(), -22).arg(it.value().toVariant().toString());
            out << '\n';
        }
        out.flush();
    }
    return complete ? 0 : 1;
}

} // namespace fl::ui
