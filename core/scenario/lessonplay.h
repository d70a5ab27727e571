// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lesson.h"
#include "sim/simulation.h"

#include <QString>
#include <optional>
#include <vector>

namespace fl::scenario {

// What one step of a lesson measured: the headline figures of the world over the step, and the
// key to its question (or why the run could not give one: a broken lesson).
struct StepOutcome
{
    std::size_t step = 0;
    SimTime start = 0;
    SimTime end = 0;
    std::uint64_t requestsFinished = 0;
    std::uint64_t requestsFailed = 0;
    double availabilityPct = 100;
    std::uint64_t writesLost = 0;
    std::uint64_t staleReads = 0;
    std::vector<Incident> incidents; // those that began during the step, as of its end
    int primary = -1;                // the region routing sends writes to at the end, or -1
    std::vector<int> servingRegion;  // per population, at the end (-1: none)
    std::optional<MeasuredAnswer> key;
    QString keyError;
};

// Measures a step that has played from `start` on `end` (its writes recounted): the window does
// this on copies of its own world, the headless player on its own.
StepOutcome measureStep(std::size_t index, const LessonStep &step, const StepMark &start,
                        const Simulation &end);

// Plays a lesson headless, one step at a time, on the lesson's scenario (its schedule already
// holds every step's actions, so the world is the same as a plain run of Lesson::scenario).
class LessonPlayer
{
public:
    explicit LessonPlayer(const Lesson &lesson);
    bool finished() const { return m_next >= m_lesson.steps.size(); }
    std::size_t nextStep() const { return m_next; }
    StepOutcome playStep();
    const Simulation &simulation() const { return m_simulation; }

private:
    const Lesson &m_lesson;
    Simulation m_simulation;
    std::size_t m_next = 0;
};

std::vector<StepOutcome> playLesson(const Lesson &lesson);

// Questions are numbered from 1 in step order; the step each one belongs to.
std::vector<std::size_t> questionSteps(const Lesson &lesson);

} // namespace fl::scenario
