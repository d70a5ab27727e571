// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/designspace.h"
#include "scenario/scenario.h"
#include "scenario/sweeptable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace fl::ui {

class SweepRunner;

// What a plan asks: the world (a scenario document, overrides applied), the targets and limits.
struct PlanRequest
{
    QJsonObject document;
    SimTime rpo = 0;
    SimTime rto = 0;
    std::optional<double> budgetPerHour;
    std::optional<std::uint64_t> firstSeed; // nothing: the scenario's own
    int seeds = 3;
    std::optional<SimTime> duration;
    int jobs = 1;
    int top = 5;
    int maxRuns = 1500;
};

// What the simulations measured of one design, over its seeds.
struct PlanMeasure
{
    int seeds = 0;
    int seedsMet = 0;
    double rpoWorst = 0, rpoSum = 0;
    double rtoWorst = 0, rtoSum = 0;
    int incidentsNotRecovered = 0;
    double availabilitySum = 0, availabilityWorst = 1;
    double p99Sum = 0;
    double costPerHourSum = 0;
    std::uint64_t lostWorst = 0;
    QString firstMiss; // "seed 12: RTO 95 s > 1m"
    double mean(double PlanMeasure::*sum) const { return seeds > 0 ? this->*sum / seeds : 0; }
};

struct PlanDesign
{
    scenario::DesignCandidate candidate;
    std::optional<scenario::Scenario> scenario; // nothing: not a valid scenario for this world
    QString invalidReason;
    std::optional<scenario::ScreenVerdict> screened;
    double nominalCost = 0;
    double estimatedRto = 0;
    std::optional<PlanMeasure> measured;
    bool meets() const { return measured && measured->seeds > 0 && measured->seedsMet == measured->seeds; }
};

// The plan's answer, ranked.
struct PlanOutcome
{
    std::vector<std::size_t> recommended; // meeting the targets: by cost, then p99, then RTO; at most `top`
    std::vector<std::size_t> others;      // simulated and failed: cheaper than the best (or, with none
                                          // found, every one, the closest first)
    std::size_t invalid = 0, screened = 0, simulated = 0;
};

// `failover-lab plan` and the window's "Design for targets…" both run this: every design of the
// world (scenario::enumerateDesigns) is built and validated, screened with the closed forms, and the
// survivors simulated on the sweep's thread pool, cheapest price first, a whole price at a time,
// until `top` designs meet both targets on every seed (or `maxRuns`, or cancel()). Asynchronous:
// start() returns at once; progress() follows every run and finished() the end.
class PlanEngine : public QObject
{
    Q_OBJECT

public:
    explicit PlanEngine(QObject *parent = nullptr);
    ~PlanEngine() override;

    // Builds the designs; false with the sentence in `error` when the world cannot be read.
    bool prepare(const PlanRequest &request, QString *error);
    void start();
    void cancel();

    const PlanRequest &request() const { return m_request; }
    const std::vector<PlanDesign> &designs() const { return m_designs; }
    const std::vector<std::uint64_t> &seeds() const { return m_seeds; }
    const QStringList &notes() const { return m_notes; }
    std::size_t runsDone() const { return m_runs; }
    // The runs left to do at most (every unscreened design × seeds, within maxRuns).
    std::size_t runsAtMost() const;
    bool stoppedAtMaxRuns() const { return m_capped; }
    bool cancelled() const { return m_cancelled; }
    bool running() const { return m_runner != nullptr; }
    double wallSeconds() const;
    PlanOutcome outcome() const;
    // The recommended design `rank` (0-based) as a scenario file stores it: the plan's first seed,
    // its name numbered.
    scenario::Scenario designScenario(std::size_t design, std::size_t rank) const;

signals:
    void progress(std::size_t runsDone, std::size_t runsAtMost);
    void finished();

private:
    void startNextPrice();
    void priceDone();
    void collect(const scenario::SweepTable &table);

    PlanRequest m_request;
    std::vector<PlanDesign> m_designs;
    std::vector<std::uint64_t> m_seeds;
    QStringList m_notes;
    std::vector<std::size_t> m_order; // unscreened valid designs, cheapest first
    std::size_t m_next = 0;           // into m_order
    std::vector<std::size_t> m_batch; // being simulated
    std::vector<std::pair<std::size_t, QByteArray>> m_rows;
    std::unique_ptr<SweepRunner> m_runner;
    std::size_t m_runs = 0;
    bool m_capped = false;
    bool m_cancelled = false;
    QElapsedTimer m_wall;
    double m_wallSeconds = 0;
};

} // namespace fl::ui
