// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweeprunner.h"

#include "scenario/runreport.h"
#include "scenario/sweeptable.h"
#include "sim/simulation.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace fl::ui {
namespace {

// A run checks for a cancel this many times: often enough that Ctrl-C stops a long run within a
// fraction of a second of simulated work, rarely enough to cost nothing.
constexpr int kSlices = 64;

} // namespace

SweepRunner::SweepRunner(scenario::SweepGrid grid, std::vector<scenario::Scenario> cells,
                         std::vector<std::size_t> runs, int jobs, QObject *parent)
    : QObject(parent), m_grid(std::move(grid)), m_cells(std::move(cells)), m_runs(std::move(runs))
{
    m_pool.setMaxThreadCount(std::max(1, jobs));
}

SweepRunner::~SweepRunner()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

QByteArray SweepRunner::runOne(const scenario::SweepGrid &grid, const scenario::Scenario &cell,
                               std::size_t run, const std::atomic<bool> &cancel)
{
    scenario::Scenario s = cell;
    s.config.seed = grid.seedOf(run);
    Simulation sim = scenario::makeSimulation(s);
    for (int i = 1; i <= kSlices; ++i) {
        if (cancel.load())
            return {};
        sim.runUntil(i == kSlices ? s.duration : s.duration / kSlices * i);
    }
    // As `run` does: the fate of acknowledged writes as of the end, not the last metrics tick.
    sim.recountWrites();
    return scenario::sweepRow(run, grid.cellValues(grid.cellOf(run)), s.config.seed,
                              scenario::runReportJson(s, sim));
}

void SweepRunner::start()
{
    for (std::size_t run : m_runs) {
        // Each task holds what it reads by value or by shared pointer: the runner may be gone
        // (destroyed after a cancel) before a queued result arrives, and QPointer drops it then.
        QPointer<SweepRunner> self(this);
        const scenario::Scenario *cell = &m_cells[m_grid.cellOf(run)];
        std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
        const scenario::SweepGrid *grid = &m_grid;
        // The destructor waits for the pool, so `cell` and `grid` outlive every task.
        (void)QtConcurrent::run(&m_pool, [self, cell, grid, cancel, run] {
            const QByteArray row = cancel->load() ? QByteArray() : runOne(*grid, *cell, run, *cancel);
            QMetaObject::invokeMethod(
                self.data(),
                [self, run, row] {
                    if (self)
                        self->collect(run, row);
                },
                Qt::QueuedConnection);
        });
    }
    if (m_runs.empty())
        QMetaObject::invokeMethod(this, &SweepRunner::finished, Qt::QueuedConnection);
}

void SweepRunner::cancel()
{
    m_cancel->store(true);
}

void SweepRunner::collect(std::size_t run, const QByteArray &row)
{
    ++m_returned;
    if (!row.isEmpty())
        emit rowFinished(run, row);
    if (m_returned == m_runs.size())
        emit finished();
}

} // namespace fl::ui
