// SPDX-License-Identifier: GPL-3.0-or-later
#include "designscreen.h"

#include "duration.h"
#include "spec/commands.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace fl::scenario {
namespace {

class ScreenText
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::Design)
};

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// The primary's loss the bounds reason about: automatic failover of a single primary, a controller
// that survives it, and the loss itself as the schedule's first event.
bool boundsApply(const SimulationConfig &config, const ScreenContext &context)
{
    return context.primaryLossAt && config.data.topology == WriteTopology::SinglePrimary &&
           config.failover.mode == FailoverMode::Automatic &&
           config.failover.controlRegion != config.data.primaryRegion;
}

// Until then the bounds hold: the next event may bring the primary back or change anything else.
double secondsUntilNextEvent(const ScreenContext &context)
{
    return context.nextEventAt ? toSeconds(*context.nextEventAt - *context.primaryLossAt) : kInfinity;
}

// The earliest a promotion can complete after the primary's loss: its k-th failed probe needs k−1
// more probe intervals after the first, then the promotion itself.
double earliestPromotionSeconds(const FailoverConfig &f)
{
    return (f.failureThreshold - 1) * toSeconds(f.probeInterval) + toSeconds(f.promotionTime);
}

} // namespace

double nominalCostPerHour(const SimulationConfig &config)
{
    double cost = 0;
    for (const RegionConfig &r : config.regions) {
        switch (r.role) {
        case RegionRole::Active:
            cost += config.cost.activePerHour;
            break;
        case RegionRole::WarmStandby:
            cost += config.cost.warmStandbyPerHour;
            break;
        case RegionRole::PilotLight:
            cost += config.cost.pilotLightPerHour;
            break;
        case RegionRole::Witness:
            cost += config.cost.witnessPerHour;
            break;
        }
    }
    return cost;
}

double estimatedRtoSeconds(const SimulationConfig &config)
{
    const FailoverConfig &f = config.failover;
    double seconds = toSeconds(f.probeTimeout) + (f.failureThreshold - 0.5) * toSeconds(f.probeInterval) +
                     toSeconds(f.probeTimeout) + toSeconds(f.promotionTime);
    if (config.routing.mechanism == RoutingMechanism::Dns)
        seconds += 0.99 * toSeconds(config.routing.dnsTtl);
    double timeout = 0;
    for (const PopulationConfig &p : config.populations)
        timeout = std::max(timeout, toSeconds(p.requestTimeout));
    seconds += timeout + toSeconds(config.metricsInterval);
    // A pilot light serves only once booted: the new primary is one unless a warm region exists.
    bool warmOrActiveStandby = false;
    SimTime boot = 0;
    for (std::size_t i = 0; i < config.regions.size(); ++i) {
        if (static_cast<int>(i) == config.data.primaryRegion)
            continue;
        const RegionConfig &r = config.regions[i];
        warmOrActiveStandby =
            warmOrActiveStandby || r.role == RegionRole::Active || r.role == RegionRole::WarmStandby;
        if (r.role == RegionRole::PilotLight)
            boot = boot == 0 ? r.bootTime : std::min(boot, r.bootTime);
    }
    if (!warmOrActiveStandby)
        seconds += toSeconds(boot);
    return seconds;
}

ScreenContext scheduleContext(const Scenario &scenario)
{
    ScreenContext context;
    context.duration = scenario.duration;
    // File order breaks ties between equal times, as the run applies them.
    std::vector<std::size_t> order(scenario.faults.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&scenario](std::size_t a, std::size_t b) {
        return scenario.faults[a].at < scenario.faults[b].at;
    });
    if (order.empty())
        return context;
    const Command &first = scenario.faults[order.front()];
    const auto type = static_cast<CommandType>(first.type);
    const bool loss = type == CommandType::KillRegion || type == CommandType::DestroyRegion ||
                      type == CommandType::KillDataTier;
    if (!loss || first.a != scenario.config.data.primaryRegion || first.at >= scenario.duration)
        return context;
    context.primaryLossAt = first.at;
    context.primaryDestroyed = type == CommandType::DestroyRegion;
    if (order.size() > 1 && scenario.faults[order[1]].at < scenario.duration)
        context.nextEventAt = scenario.faults[order[1]].at;
    return context;
}

double rtoLowerBoundSeconds(const SimulationConfig &config, const ScreenContext &context)
{
    if (!boundsApply(config, context))
        return 0;
    const double promotion = earliestPromotionSeconds(config.failover);
    const double healthOut = (config.health.failureThreshold - 1) * toSeconds(config.health.interval);
    // Until the promotion or the health checks, every answer still names the dead primary.
    const double answersChange = std::min(promotion, healthOut);
    double bound = 0;
    // Writes: the dead primary takes none, a replica forwards them to it or refuses them. A
    // population with 5 % writes or more fails over 1 % of its requests in every interval until
    // then (recovery needs 99 %).
    for (const PopulationConfig &p : config.populations) {
        if (p.requestsPerSecond > 0 && 1.0 - p.readFraction >= 0.05)
            bound = std::max(bound, promotion);
    }
    // Only pilot lights to take over: none serves before it has booted, and the first is sent
    // traffic no sooner than the answers change.
    bool onlyPilots = true;
    SimTime boot = std::numeric_limits<SimTime>::max();
    for (std::size_t i = 0; i < config.regions.size(); ++i) {
        const RegionConfig &r = config.regions[i];
        if (static_cast<int>(i) == config.data.primaryRegion || r.role == RegionRole::Witness)
            continue;
        onlyPilots = onlyPilots && r.role == RegionRole::PilotLight;
        boot = std::min(boot, r.bootTime);
    }
    if (onlyPilots && boot != std::numeric_limits<SimTime>::max())
        bound = std::max(bound, answersChange + toSeconds(boot));
    // DNS primary-only: every client's answer named the primary. One whose resolver fetched it at
    // the last moment keeps it a whole TTL (the fetches are spread evenly, one cycle lasting the
    // TTL plus the client's wait for its next request), and its retries go the same way. While 5 %
    // of a population's clients still hold it, that population is below 99 % (with a Poisson
    // margin of several standard deviations at any population size the model allows); the last
    // of those fail no later than their retries run out, and recovery is judged per interval.
    if (config.routing.mechanism == RoutingMechanism::Dns &&
        config.routing.policy == RoutingPolicy::PrimaryOnly) {
        const double ttl = toSeconds(config.routing.dnsTtl);
        for (const PopulationConfig &p : config.populations) {
            if (p.requestsPerSecond <= 0 || p.clients == 0)
                continue;
            const double wait = p.clients / p.requestsPerSecond;
            const double retrying = (p.maxRetries + 1) * toSeconds(p.requestTimeout) +
                                    toSeconds(p.retryBackoff) * (std::pow(2.0, p.maxRetries) - 1.0);
            const double stale = ttl - 0.05 * (ttl + wait) - retrying - toSeconds(config.metricsInterval);
            if (stale > 0)
                bound = std::max(bound, answersChange + stale);
        }
    }
    return std::min(bound, secondsUntilNextEvent(context));
}

double asyncLossLowerBoundSeconds(const SimulationConfig &config, const ScreenContext &context)
{
    const FailoverConfig &f = config.failover;
    if (!boundsApply(config, context) || config.data.mode != ReplicationMode::Async ||
        f.rejoin != RejoinPolicy::Discard)
        return 0;
    const SimTime loss = *context.primaryLossAt;
    const SimTime end = std::min(context.duration, context.nextEventAt.value_or(context.duration));
    // The writes are counted lost at the promotion: it must come, well before the primary could be
    // back (or the run end). At the latest: a probe phase, k failed probes, the election's wait,
    // the promotion and its backlog; twice that, and 5 s more.
    const double latestPromotion = (f.failureThreshold + 1) * toSeconds(f.probeInterval) +
                                   2 * toSeconds(f.probeTimeout) + toSeconds(f.promotionTime) + 5.0;
    if (toSeconds(end - loss) < 2 * latestPromotion)
        return 0;
    // A quorum election needs a majority of the voters (every region but a destroyed one) alive.
    const std::size_t voters = config.regions.size();
    if (f.quorumElection && 2 * (voters - 1) <= voters)
        return 0;
    // Unfenced, an old primary's writes can come back into the new lineage when it returns
    // (docs/data-model.md): only a destroyed primary, or one that stays down, has surely lost them.
    if (!f.fencing && !context.primaryDestroyed && context.nextEventAt)
        return 0;
    // The rate the primary acknowledges writes at: every population's writes, if it can take them.
    const auto primary = static_cast<std::size_t>(config.data.primaryRegion);
    double rate = 0, writes = 0;
    for (const PopulationConfig &p : config.populations) {
        rate += p.requestsPerSecond;
        writes += p.requestsPerSecond * (1.0 - p.readFraction);
    }
    if (writes <= 0 || primary >= config.regions.size() || rate > config.regions[primary].capacityOps)
        return 0;
    // The primary's shipping ticks: at phase + k × period (Simulation::initData, shipAll).
    const SimTime period = config.data.batchInterval;
    const auto regions = static_cast<SimTime>(config.regions.size());
    const SimTime phase = period * static_cast<SimTime>(primary + 1) / (regions + 1);
    const SimTime unshipped = loss < phase ? loss : (loss - phase) % period;
    const double margin = 20.0 / (writes / 2);
    return std::max(0.0, toSeconds(unshipped) - margin);
}

std::optional<ScreenVerdict> screenDesign(const SimulationConfig &config, const ScreenContext &context)
{
    const double cost = nominalCostPerHour(config);
    if (context.budgetPerHour && cost > *context.budgetPerHour)
        return ScreenVerdict{ScreenVerdict::Kind::Budget, cost};
    if (context.rpo) {
        const double bound = asyncLossLowerBoundSeconds(config, context);
        // An RPO of zero is missed by any loss; a bound above 0 means at least one lost write.
        if (bound > toSeconds(*context.rpo))
            return ScreenVerdict{ScreenVerdict::Kind::AsyncLoss, bound};
    }
    // Over the target, the RTO is missed: measured, or by an incident still open when the run has
    // outlasted the target. Over what is left of the run, the users are not served again before it
    // ends, which the plan counts as a miss whatever the target (PlanEngine: a design must show its
    // recovery). Either way a design whose bound is over the target cannot meet it.
    if (context.rto && context.primaryLossAt) {
        const double bound = rtoLowerBoundSeconds(config, context);
        if (bound > toSeconds(*context.rto) || bound > toSeconds(context.duration - *context.primaryLossAt))
            return ScreenVerdict{ScreenVerdict::Kind::Rto, bound};
    }
    return std::nullopt;
}

QString screenReason(const ScreenVerdict &verdict, const ScreenContext &context)
{
    switch (verdict.kind) {
    case ScreenVerdict::Kind::Budget:
        return ScreenText::tr("costs %1/h before scaling, over the budget of %2/h")
            .arg(QLocale().toString(verdict.bound, 'f', 2),
                 QLocale().toString(context.budgetPerHour.value_or(0), 'f', 2));
    case ScreenVerdict::Kind::AsyncLoss:
        return ScreenText::tr("at the primary's loss, async shipping leaves writes unshipped for at least "
                              "%1 s, more than the RPO target of %2")
            .arg(QLocale().toString(verdict.bound, 'f', 3), formatDuration(context.rpo.value_or(0)));
    case ScreenVerdict::Kind::Rto:
        return ScreenText::tr("the RTO of the primary's loss is at least %1 s, more than the target of %2 or "
                              "than the %3 left of the run")
            .arg(QLocale().toString(verdict.bound, 'f', 1), formatDuration(context.rto.value_or(0)),
                 formatDuration(context.primaryLossAt ? context.duration - *context.primaryLossAt : 0));
    }
    return QString();
}

QString screenKindLabel(ScreenVerdict::Kind kind)
{
    switch (kind) {
    case ScreenVerdict::Kind::Budget:
        return ScreenText::tr("over the budget before scaling");
    case ScreenVerdict::Kind::AsyncLoss:
        return ScreenText::tr("async replication loses more than the RPO target at the primary's loss (the "
                              "writes since its last shipping tick)");
    case ScreenVerdict::Kind::Rto:
        return ScreenText::tr("a lower bound on the RTO of the primary's loss exceeds the target or the rest "
                              "of the run (detection, promotion, pilot-light boot, DNS caches)");
    }
    return QString();
}

QString screenKindId(ScreenVerdict::Kind kind)
{
    switch (kind) {
    case ScreenVerdict::Kind::Budget:
        return QStringLiteral("budget");
    case ScreenVerdict::Kind::AsyncLoss:
        return QStringLiteral("async_loss");
    case ScreenVerdict::Kind::Rto:
        return QStringLiteral("rto");
    }
    return QString();
}

} // namespace fl::scenario
