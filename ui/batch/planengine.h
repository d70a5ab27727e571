// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/designscreen.h"
#include "scenario/designspace.h"
#include "scenario/scenario.h"
#include "scenario/sweeptable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <array>
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
    int maxRuns = 500;
};

// What the simulations measured of one design, over its seeds.
struct PlanMeasure
{
    int seedsPlanned = 0; // the plan's seeds: a design meets the targets only once it met them on each
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
    scenario::DesignChoice choice;
    // Built (through the design's overrides, as `run` would read its file) when it is simulated.
    std::shared_ptr<const scenario::Scenario> scenario;
    QString invalidReason; // not empty: not a valid scenario for this world
    std::optional<scenario::ScreenVerdict> screened;
    std::size_t context = 0; // into PlanEngine::contexts()
    double nominalCost = 0;
    double estimatedRto = 0;
    std::optional<PlanMeasure> measured;
    bool meets() const
    {
        return measured && measured->seeds == measured->seedsPlanned && measured->seedsMet == measured->seeds;
    }
    bool missed() const { return measured && measured->seedsMet < measured->seeds; }
};

// The plan's answer, ranked.
struct PlanOutcome
{
    std::vector<std::size_t> recommended; // meeting the targets: by cost, then p99, then RTO; at most `top`
    std::vector<std::size_t> others;      // simulated and missed: cheaper than the best (or, with none
                                          // found, every one, the closest first)
    std::size_t invalid = 0, screened = 0, simulated = 0;
    std::array<std::size_t, 3> screenedBy{}; // by ScreenVerdict::Kind
    // Designs that passed the screens, no dearer (before scaling) than the dearest recommended one,
    // and were never simulated: the plan stopped once `top` designs met the targets.
    std::size_t untriedAsCheap = 0;
};

// `failover-lab plan` and the window's "Design for targets…" both run this. Every design of the
// world (scenario::DesignSpace) is screened with the closed forms (scenario/designscreen.h) on its
// configuration, made by setting its few plain settings on the one built and validated scenario
// of its architecture, home and roles: tens of thousands take well under a second. The survivors
// are then built from their overrides, validated and simulated on the sweep's thread pool,
// cheapest price first (within a price, the closed forms' likeliest first), each on the first seed
// and, once it met the targets there, on the others, until `top` designs meet both targets on
// every seed and none is left half-measured (or `maxRuns`, or cancel()). Asynchronous: start() returns at
// once; progress() follows every run and finished() the end.
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
    const scenario::DesignSpace &space() const { return *m_space; }
    const std::vector<scenario::ScreenContext> &contexts() const { return m_contexts; }
    scenario::DesignCandidate candidate(std::size_t design) const;
    QString screenReason(std::size_t design) const;
    double prepareSeconds() const { return m_prepareSeconds; }
    const std::vector<std::uint64_t> &seeds() const { return m_seeds; }
    const QStringList &notes() const { return m_notes; }
    std::size_t runsDone() const { return m_runs; }
    // The runs the plan may take at most (every unscreened design × seeds, within maxRuns).
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
    void startNextBatch();
    void batchDone();
    void collect(const scenario::SweepTable &table);
    bool build(std::size_t design);
    std::size_t meeting() const;

    PlanRequest m_request;
    QJsonObject m_document; // the world as planned: faults final, targets set
    std::unique_ptr<scenario::DesignSpace> m_space;
    std::vector<scenario::ScreenContext> m_contexts; // one per architecture, home and roles
    std::vector<PlanDesign> m_designs;
    std::vector<std::uint64_t> m_seeds;
    QStringList m_notes;
    std::vector<std::size_t> m_order;   // unscreened designs, cheapest first
    std::size_t m_next = 0;             // into m_order: the next to try on the first seed
    std::vector<std::size_t> m_confirm; // met the targets on the first seed: the other seeds next
    std::vector<std::pair<std::size_t, QByteArray>> m_rows;
    std::unique_ptr<SweepRunner> m_runner;
    std::size_t m_runs = 0;
    bool m_capped = false;
    bool m_cancelled = false;
    QElapsedTimer m_wall;
    double m_wallSeconds = 0;
    double m_prepareSeconds = 0;
};

} // namespace fl::ui
