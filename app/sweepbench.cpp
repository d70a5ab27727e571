// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweepbench.h"

#include "batch/sweeprunner.h"
#include "cli.h"
#include "scenario/sweepgrid.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <map>

namespace fl::app {
namespace {

struct Timed
{
    double seconds = 0;
    QByteArray rows; // in grid order
};

Timed sweepOnce(const scenario::SweepGrid &grid, const std::vector<scenario::Scenario> &cells, int jobs)
{
    std::vector<std::size_t> runs(grid.runCount());
    for (std::size_t r = 0; r < runs.size(); ++r)
        runs[r] = r;
    std::map<std::size_t, QByteArray> rows;
    QElapsedTimer wall;
    wall.start();
    ui::SweepRunner runner(grid, cells, runs, jobs);
    QEventLoop loop;
    QObject::connect(&runner, &ui::SweepRunner::rowFinished, &loop,
                     [&rows](std::size_t run, const QByteArray &row) { rows.emplace(run, row); });
    QObject::connect(&runner, &ui::SweepRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    Timed t;
    t.seconds = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    for (const auto &[run, row] : rows)
        t.rows += row;
    return t;
}

} // namespace

SweepBenchResult runSweepBenchmark(double factor)
{
    scenario::SweepGrid grid;
    grid.axes = {
        {QStringLiteral("data.mode"), {QStringLiteral("async"), QStringLiteral("semi-sync")}},
        {QStringLiteral("routing.dns_ttl"),
         {QStringLiteral("5s"), QStringLiteral("30s"), QStringLiteral("60s"), QStringLiteral("300s")}}};
    grid.seeds = scenario::consecutiveSeeds(1, 4);
    // Three simulated minutes take in the kill at two minutes and most of the recovery.
    const SimTime duration = std::max<SimTime>(kSecond, static_cast<SimTime>(180.0 * factor * kSecond));
    std::vector<scenario::Scenario> cells;
    for (std::size_t c = 0; c < grid.cellCount(); ++c) {
        QString error;
        std::optional<scenario::Scenario> cell = loadScenarioArgument(
            QString(), QStringLiteral("active-passive-async"), grid.cellAssignments(c), &error);
        if (!cell) // a fixed grid of a built-in: failing here is a bug in this file
            qFatal("sweep benchmark: %s", qPrintable(error));
        scenario::setDuration(*cell, duration);
        cells.push_back(std::move(*cell));
    }
    SweepBenchResult result;
    result.runs = grid.runCount();
    result.jobs = std::max(1, QThread::idealThreadCount());
    const Timed one = sweepOnce(grid, cells, 1);
    const Timed all = sweepOnce(grid, cells, result.jobs);
    result.secondsOneJob = one.seconds;
    result.secondsAllJobs = all.seconds;
    result.rowsIdentical = one.rows == all.rows && !one.rows.isEmpty();
    return result;
}

} // namespace fl::app
