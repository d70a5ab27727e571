#include "guibench.h"

#include "bridge/simulationrunner.h"
#include "mainwindow.h"
#include "map/worldmapview.h"
#include "sim/presets.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWindow>
#include <algorithm>
#include <vector>

namespace fl::ui {
namespace {

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(q * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

} // namespace

int runGuiBench(QTextStream &out, bool json, double scale)
{
    constexpr double kSpeed = 100.0;
    const SimTime duration = std::max<SimTime>(kSecond, static_cast<SimTime>(scale * 600.0 * kSecond));
    SimulationConfig config =
        makeWorld({"us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-northeast-1", "ap-southeast-1"},
                  allPopulationIds(), 6000.0);

    QElapsedTimer clock;
    clock.start();
    MainWindow window(config, kSpeed);
    window.resize(1400, 900);
    window.show();
    while (!(window.windowHandle() && window.windowHandle()->isExposed()) && clock.elapsed() < 30'000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double shownMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    while (!window.simulation()->hasSnapshot() && clock.elapsed() < 30'000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstSnapshotMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;

    std::vector<double> frameMs;
    QObject::connect(window.mapView(), &WorldMapView::framePainted, &window,
                     [&frameMs](qint64 ns) { frameMs.push_back(static_cast<double>(ns) / 1e6); });
    std::size_t snapshots = 0;
    QObject::connect(window.simulation(), &SimulationController::snapshotReady, &window,
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

    const SimTime start = window.simulation()->latest().now;
    QElapsedTimer run;
    run.start();
    const qint64 limitMs = std::max<qint64>(60'000, static_cast<qint64>(duration / kMillisecond / 10));
    while (window.simulation()->latest().now - start < duration && run.elapsed() < limitMs)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    const double wallSeconds = static_cast<double>(run.nsecsElapsed()) / 1e9;
    probe.stop();
    const WorldSnapshot last = window.simulation()->latest();
    window.close();

    const double simulated = toSeconds(last.now - start);
    const double stallMax = gapsMs.empty() ? 0 : *std::max_element(gapsMs.begin(), gapsMs.end()) - 1.0;
    QJsonObject o;
    o[QStringLiteral("name")] = QStringLiteral("gui");
    o[QStringLiteral("regions")] = static_cast<int>(config.regions.size());
    o[QStringLiteral("speed")] = kSpeed;
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
    o[QStringLiteral("frame_ms_max")] =
        frameMs.empty() ? 0.0 : *std::max_element(frameMs.begin(), frameMs.end());
    o[QStringLiteral("ui_stall_ms_max")] = std::max(0.0, stallMax);
    o[QStringLiteral("ui_stall_ms_p95")] = std::max(0.0, percentile(gapsMs, 0.95) - 1.0);
    o[QStringLiteral("requests_succeeded")] = static_cast<double>(last.totals.requests.succeeded);
    const bool complete = simulated >= toSeconds(duration) * 0.999;
    o[QStringLiteral("complete")] = complete;

    if (json) {
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (auto it = o.begin(); it != o.end(); ++it)
            out << QStringLiteral("%1 %2\n").arg(it.key(), -22).arg(it.value().toVariant().toString());
    }
    out.flush();
    return complete ? 0 : 1;
}

} // namespace fl::ui
