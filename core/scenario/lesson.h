// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lessonmeasure.h"
#include "lessontext.h"
#include "scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace fl::scenario {

// A guided lesson (docs/lessons.md): a scenario, then a few steps that each run the world to a
// moment, point at what to look at, may change it (a fault, a setting by its path), may ask the
// learner to predict what the run will measure, and end with what to take away. The lesson file
// never holds an answer: every key is measured from the run when the step has played.
inline constexpr const char *kLessonFormatName = "failover-lab-lesson";
inline constexpr int kLessonFormatVersion = 1;
inline constexpr int kMaxLessonSteps = 8;
inline constexpr int kMinLessonSteps = 3;

// Something on the screen a step points at: "region:ID", "population:ID", "link:ID~ID" or
// "chart:KIND" (a chart kind's file id, such as "replication-lag").
struct LessonHighlight
{
    enum class Kind
    {
        Region,
        Population,
        Link,
        Chart
    };
    Kind kind = Kind::Region;
    int a = -1; // region or population index; a link's first region
    int b = -1; // a link's second region
    QString chart;
    friend bool operator==(const LessonHighlight &, const LessonHighlight &) = default;
};

struct LessonStep
{
    LessonText title;
    LessonText text;   // what to look at while this step plays
    SimTime start = 0; // where the previous step stopped (0 for the first)
    SimTime runTo = 0; // where this one stops
    // Faults, operator actions and live setting changes this step makes, stamped with their time
    // (the step's start unless the file says when); they are part of Lesson::scenario's schedule.
    std::vector<Command> actions;
    std::vector<LessonHighlight> highlights;
    std::optional<LessonQuestion> question; // asked before the step plays
    LessonText takeaway;                    // may be empty but for the last step
    friend bool operator==(const LessonStep &, const LessonStep &) = default;
};

struct Lesson
{
    QString id;
    int topic = 0; // its place in the syllabus, 1-based
    LessonText title;
    LessonText summary;
    QString scenarioName;  // the built-in it starts from
    QStringList overrides; // --set style changes made before the run
    // What is run: the built-in with the overrides, every step's actions added to its schedule and
    // its duration the last step's end. A plain `run` of it reproduces the lesson's world.
    Scenario scenario;
    std::vector<LessonStep> steps;
    friend bool operator==(const Lesson &, const Lesson &) = default;
};

// Validates a lesson document: every field, the scenario and its overrides, each step's times,
// actions, highlights and question (a measure that exists, options and items it can take). Errors
// name the field by its path ("steps[2].question.options[1]").
std::optional<Lesson> lessonFromJson(const QJsonObject &document, ScenarioError *error);
std::optional<Lesson> parseLesson(const QByteArray &bytes, ScenarioError *error);
std::optional<Lesson> loadLesson(const QString &path, ScenarioError *error);

// What a list of the lessons shows, read from the built-in files' headers (not validated: the
// test suite plays every built-in lesson). Read once; the built-ins never change while running.
struct LessonHeader
{
    QString id;
    int topic = 0;
    LessonText title;
    LessonText summary;
    QString scenarioName;
};
// The lessons shipped inside the program (resources/lessons/*.json, under :/lessons), ordered by
// topic then id.
const std::vector<LessonHeader> &builtinLessonHeaders();
QStringList builtinLessonIds();
QString builtinLessonPath(const QString &id);
// The built-in lessons that start from the built-in scenario `scenarioName`, in builtinLessonIds()
// order (what a scenario library offers as "the lesson for this").
QStringList builtinLessonsUsing(const QString &scenarioName);
// Fails with a message listing the ids when `id` is not a built-in lesson.
std::optional<Lesson> loadBuiltinLesson(const QString &id, ScenarioError *error);

} // namespace fl::scenario
