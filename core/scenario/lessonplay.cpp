// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonplay.h"

namespace fl::scenario {

StepOutcome measureStep(std::size_t index, const LessonStep &step, const StepMark &start,
                        const Simulation &end)
{
    StepOutcome outcome;
    outcome.step = index;
    outcome.start = start.at;
    outcome.end = end.now();
    const StepMark now = markStep(end);
    outcome.requestsFailed = now.failed - start.failed;
    outcome.requestsFinished = now.succeeded - start.succeeded + outcome.requestsFailed;
    if (outcome.requestsFinished > 0)
        outcome.availabilityPct = 100.0 * static_cast<double>(now.succeeded - start.succeeded) /
                                  static_cast<double>(outcome.requestsFinished);
    outcome.writesLost = now.lost > start.lost ? now.lost - start.lost : 0;
    outcome.staleReads = now.staleReads - start.staleReads;
    for (std::size_t i = start.incidents; i < end.incidents().size(); ++i)
        outcome.incidents.push_back(end.incidents()[i]);
    outcome.primary = end.routingPrimary();
    for (std::size_t p = 0; p < end.populationCount(); ++p) {
        const RingSeries<PopulationSample> &series = end.metrics().populationSeries(p);
        outcome.servingRegion.push_back(series.empty() ? -1 : series.back().servingRegion);
    }
    if (step.question)
        outcome.key = measureAnswer(*step.question, start, end, &outcome.keyError);
    return outcome;
}

LessonPlayer::LessonPlayer(const Lesson &lesson)
    : m_lesson(lesson), m_simulation(makeSimulation(lesson.scenario))
{}

StepOutcome LessonPlayer::playStep()
{
    const LessonStep &step = m_lesson.steps[m_next];
    m_simulation.recountWrites();
    const StepMark start = markStep(m_simulation);
    m_simulation.runUntil(step.runTo);
    m_simulation.recountWrites();
    return measureStep(m_next++, step, start, m_simulation);
}

std::vector<StepOutcome> playLesson(const Lesson &lesson)
{
    std::vector<StepOutcome> outcomes;
    LessonPlayer player(lesson);
    while (!player.finished())
        outcomes.push_back(player.playStep());
    return outcomes;
}

std::vector<std::size_t> questionSteps(const Lesson &lesson)
{
    std::vector<std::size_t> steps;
    for (std::size_t s = 0; s < lesson.steps.size(); ++s)
        if (lesson.steps[s].question)
            steps.push_back(s);
    return steps;
}

} // namespace fl::scenario
