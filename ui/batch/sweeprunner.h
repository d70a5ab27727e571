// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenario.h"
#include "scenario/sweepgrid.h"

#include <QByteArray>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <cstddef>
#include <memory>
#include <vector>

namespace fl::ui {

// Runs a sweep's runs on a pool of worker threads (QtConcurrent) and hands each finished row back
// on the thread that owns the runner, in the order they finish. Every run is an independent
// Simulation built from its cell's scenario and its seed, so a row does not depend on which thread
// ran it or on how many there are. cancel() lets the running ones stop at their next slice and the
// waiting ones not start; finished() follows once every submitted run has come back.
class SweepRunner : public QObject
{
    Q_OBJECT

public:
    // `cells[c]` is cell c's scenario (overrides applied, validated, duration set); `runs` are the
    // grid's run numbers to do, in the order to submit them.
    SweepRunner(scenario::SweepGrid grid, std::vector<scenario::Scenario> cells,
                std::vector<std::size_t> runs, int jobs, QObject *parent = nullptr);
    ~SweepRunner() override;

    void start();
    void cancel();
    bool cancelled() const { return m_cancel->load(); }
    std::size_t submitted() const { return m_runs.size(); }
    std::size_t returned() const { return m_returned; }

    // One run of the sweep, on the calling thread: what each worker does, and what the benchmark
    // and a single-run check call directly. Empty when `cancel` became true before it ended.
    static QByteArray runOne(const scenario::SweepGrid &grid, const scenario::Scenario &cell, std::size_t run,
                             const std::atomic<bool> &cancel);

signals:
    void rowFinished(std::size_t run, const QByteArray &row);
    void finished();

private:
    void collect(std::size_t run, const QByteArray &row);

    scenario::SweepGrid m_grid;
    std::vector<scenario::Scenario> m_cells;
    std::vector<std::size_t> m_runs;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QThreadPool m_pool;
    std::size_t m_returned = 0;
};

} // namespace fl::ui
