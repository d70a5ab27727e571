// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QString>
#include <optional>

namespace fl::scenario {

// The closed forms `failover-lab plan` screens designs with before simulating any. A screen rejects
// a design only when it provably cannot meet a target: its price is over the budget, or a lower
// bound on the RPO or the RTO of its primary's loss is over the target. Each bound holds under the
// model's own rules (docs/failover-model.md, docs/traffic-model.md, docs/data-model.md); the
// estimate the plan orders designs by is a different thing (estimatedRtoSeconds()).

// What a design costs per hour before anything scales: the price of each region's role.
double nominalCostPerHour(const SimulationConfig &config);

// The README's RTO for a primary crash with DNS primary-only routing (detection, election wait,
// promotion, DNS caches, request timeout, one metrics interval); a front door needs no DNS term, a
// pilot light adds its boot. An estimate (±10 %), used to order designs, never to reject one.
double estimatedRtoSeconds(const SimulationConfig &config);

// What the plan's fault schedule lets the bounds reason about, and the targets.
struct ScreenContext
{
    // The schedule's first event, when it is a kill, destroy or kill-data of the primary's region
    // before the run ends: the moment of the loss, and of the next event of any kind (until then
    // nothing but the design acts; nothing when there is none before the run ends).
    std::optional<SimTime> primaryLossAt;
    bool primaryDestroyed = false;
    std::optional<SimTime> nextEventAt;
    SimTime duration = 0;
    std::optional<SimTime> rpo, rto;
    std::optional<double> budgetPerHour;
};
// The schedule half of the context for `scenario` (its duration set, its primary the design's).
ScreenContext scheduleContext(const Scenario &scenario);

// A lower bound on the RTO of the primary's loss, 0 when none can be stated: no write succeeds
// before a promotion, which comes no sooner than (k−1) probe intervals + the promotion time; with
// only pilot lights to take over, none serves before it boots; with DNS primary-only routing, the
// answers change no sooner than the promotion or the health checks' (k−1) intervals, and the
// clients that fetched theirs just before keep failing until it expires. Capped at the next event.
double rtoLowerBoundSeconds(const SimulationConfig &config, const ScreenContext &context);

// A lower bound on the RPO of the primary's loss with async replication, 0 when none can be stated:
// the writes acknowledged since the primary's last shipping tick (each region ships on a fixed
// phase of the batch period) never leave it, and the promotion counts them lost. Less a margin in
// which, at half the workload's write rate, some write is acknowledged but with probability
// e^−20 (2·10⁻⁹).
double asyncLossLowerBoundSeconds(const SimulationConfig &config, const ScreenContext &context);

struct ScreenVerdict
{
    enum class Kind
    {
        Budget,
        AsyncLoss,
        Rto
    };
    Kind kind = Kind::Budget;
    double bound = 0; // the cost per hour, or the bound in seconds
};
std::optional<ScreenVerdict> screenDesign(const SimulationConfig &config, const ScreenContext &context);
// One sentence on why a design was screened out, in the current language.
QString screenReason(const ScreenVerdict &verdict, const ScreenContext &context);
// What a kind of verdict says in a summary line ("over the budget", ...), current language.
QString screenKindLabel(ScreenVerdict::Kind kind);
// Its id in the plan's JSON ("budget", "async_loss", "rto").
QString screenKindId(ScreenVerdict::Kind kind);

} // namespace fl::scenario
