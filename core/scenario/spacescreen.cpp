// SPDX-License-Identifier: GPL-3.0-or-later
#include "spacescreen.h"

#include "overrides.h"
#include "scenarioreader.h"

namespace fl::scenario {
namespace {

std::optional<Scenario> buildWith(const QJsonObject &document, const QStringList &overrides,
                                  std::optional<SimTime> duration, QString *error)
{
    QJsonObject designed = document;
    ScenarioError problem;
    for (const QString &assignment : overrides) {
        if (!applyOverride(designed, assignment, &problem)) {
            *error = problem.toString();
            return std::nullopt;
        }
    }
    std::optional<Scenario> s = scenarioFromJson(designed, &problem);
    if (!s) {
        *error = problem.toString();
        return std::nullopt;
    }
    if (duration)
        setDuration(*s, *duration);
    return s;
}

} // namespace

SpaceScreen screenSpace(const DesignSpace &space, const QJsonObject &document,
                        std::optional<SimTime> duration, const ScreenContext &targets)
{
    SpaceScreen screen;
    const std::vector<DesignChoice> &choices = space.choices();
    screen.designs.reserve(choices.size());
    std::optional<Scenario> skeleton;
    QString problem;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const DesignChoice &choice = choices[i];
        if (i == 0 || !DesignSpace::sameSkeleton(choice, choices[i - 1])) {
            problem.clear();
            skeleton = buildWith(document, space.skeletonOverrides(choice), duration, &problem);
            ScreenContext context = skeleton ? scheduleContext(*skeleton) : ScreenContext{};
            context.rpo = targets.rpo;
            context.rto = targets.rto;
            context.budgetPerHour = targets.budgetPerHour;
            screen.contexts.push_back(context);
        }
        ScreenedDesign d;
        d.context = screen.contexts.size() - 1;
        d.invalidReason = problem;
        if (skeleton) {
            SimulationConfig config = skeleton->config;
            DesignSpace::applySettings(config, choice);
            d.nominalCost = nominalCostPerHour(config);
            d.estimatedRto = estimatedRtoSeconds(config);
            d.verdict = screenDesign(config, screen.contexts.back());
        }
        screen.designs.push_back(std::move(d));
    }
    return screen;
}

std::optional<Scenario> buildDesign(const DesignSpace &space, const QJsonObject &document,
                                    const DesignChoice &choice, std::optional<SimTime> duration,
                                    QString *error)
{
    std::optional<Scenario> s = buildWith(document, space.overrides(choice), duration, error);
    if (s)
        s->description = space.label(choice);
    return s;
}

} // namespace fl::scenario
