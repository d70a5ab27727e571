// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/simtime.h"
#include "lessontext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace fl {
class Simulation;
}

namespace fl::scenario {

class LessonTr
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::Lesson)
};

// What a lesson's question can ask about a step: each measure is read from the simulation when the
// step has played, never written in the lesson file. The table below is the only list of them.
enum class Measure
{
    WritesLost,        // acknowledged writes lost during the step
    RtoSeconds,        // the step's incident: fault until users were served again
    RpoSeconds,        // the step's incident: how far back its lost writes reach
    DetectionSeconds,  // the step's incident: fault until the controller knew
    AvailabilityPct,   // requests that finished in the step, share that succeeded
    FailedRequests,    // requests that failed for good during the step
    StaleReads,        // reads during the step that missed an acknowledged write
    Conflicts,         // concurrent writes that needed resolution during the step
    PeakDivergentKeys, // the most keys two primaries disagreed on during the step
    SplitBrainSeconds, // how long two primaries both took writes during the step
    LagMsMax,          // a region's largest receive lag during the step
    P99Ms,             // a population's p99 latency over the step's intervals (the largest one)
    ServingRegion,     // the region that served most of a population at the step's end
    Primary,           // the region that takes writes at the step's end
    SplitBrainHappened,
    WritesWereLost,
    UsersRecovered, // whether users were served again before the step ended
    IncidentPhases, // the order in which the step's incident went through its phases
};

enum class AnswerKind
{
    Number,
    Choice,
    Order
};

// What a measure needs named beside it in the question.
enum class MeasureSubject
{
    None,
    Region,
    Population
};

// What a choice measure picks from: a region id, or "yes"/"no".
enum class ChoiceDomain
{
    None,
    Regions,
    YesNo
};

struct MeasureSpec
{
    Measure measure;
    std::string_view id; // as lesson files name it
    AnswerKind kind;
    MeasureSubject subject;
    ChoiceDomain domain;
    std::string_view unit; // of a number: "writes", "s", "%", "ms", "keys", "requests", "reads"
};

inline constexpr std::array kMeasures{
    MeasureSpec{Measure::WritesLost, "writes_lost", AnswerKind::Number, MeasureSubject::None,
                ChoiceDomain::None, "writes"},
    MeasureSpec{Measure::RtoSeconds, "rto_s", AnswerKind::Number, MeasureSubject::None, ChoiceDomain::None,
                "s"},
    MeasureSpec{Measure::RpoSeconds, "rpo_s", AnswerKind::Number, MeasureSubject::None, ChoiceDomain::None,
                "s"},
    MeasureSpec{Measure::DetectionSeconds, "detection_s", AnswerKind::Number, MeasureSubject::None,
                ChoiceDomain::None, "s"},
    MeasureSpec{Measure::AvailabilityPct, "availability_pct", AnswerKind::Number, MeasureSubject::None,
                ChoiceDomain::None, "%"},
    MeasureSpec{Measure::FailedRequests, "failed_requests", AnswerKind::Number, MeasureSubject::None,
                ChoiceDomain::None, "requests"},
    MeasureSpec{Measure::StaleReads, "stale_reads", AnswerKind::Number, MeasureSubject::None,
                ChoiceDomain::None, "reads"},
    MeasureSpec{Measure::Conflicts, "conflicts", AnswerKind::Number, MeasureSubject::None, ChoiceDomain::None,
                "writes"},
    MeasureSpec{Measure::PeakDivergentKeys, "divergent_keys_peak", AnswerKind::Number, MeasureSubject::None,
                ChoiceDomain::None, "keys"},
    MeasureSpec{Measure::SplitBrainSeconds, "split_brain_s", AnswerKind::Number, MeasureSubject::None,
                ChoiceDomain::None, "s"},
    MeasureSpec{Measure::LagMsMax, "lag_ms_max", AnswerKind::Number, MeasureSubject::Region,
                ChoiceDomain::None, "ms"},
    MeasureSpec{Measure::P99Ms, "p99_ms", AnswerKind::Number, MeasureSubject::Population, ChoiceDomain::None,
                "ms"},
    MeasureSpec{Measure::ServingRegion, "serving_region", AnswerKind::Choice, MeasureSubject::Population,
                ChoiceDomain::Regions, ""},
    MeasureSpec{Measure::Primary, "primary", AnswerKind::Choice, MeasureSubject::None, ChoiceDomain::Regions,
                ""},
    MeasureSpec{Measure::SplitBrainHappened, "split_brain", AnswerKind::Choice, MeasureSubject::None,
                ChoiceDomain::YesNo, ""},
    MeasureSpec{Measure::WritesWereLost, "any_write_lost", AnswerKind::Choice, MeasureSubject::None,
                ChoiceDomain::YesNo, ""},
    MeasureSpec{Measure::UsersRecovered, "users_recovered", AnswerKind::Choice, MeasureSubject::None,
                ChoiceDomain::YesNo, ""},
    MeasureSpec{Measure::IncidentPhases, "incident_phases", AnswerKind::Order, MeasureSubject::None,
                ChoiceDomain::None, ""},
};

const MeasureSpec &measureSpec(Measure measure);
std::optional<Measure> measureFromId(const QString &id);
QStringList measureIds();

// The phases an ordering question can list, as lesson files name them.
QStringList incidentPhaseIds(); // failure, detected, promoted, rerouted, recovered, healed

struct LessonQuestion
{
    Measure measure = Measure::WritesLost;
    int subject = -1;        // region or population index, when the measure names one
    QStringList options;     // Choice: region ids or yes/no, in the order shown
    QStringList items;       // Order: phase ids, in the order shown (shuffled by the author)
    double tolerance = 0.3;  // Number: relative
    double toleranceAbs = 0; // Number: an absolute floor, for keys near zero
    LessonText prompt;
    friend bool operator==(const LessonQuestion &, const LessonQuestion &) = default;
};

// The counters a step's measures are taken against, read when the step starts.
struct StepMark
{
    SimTime at = 0;
    std::uint64_t lost = 0;
    std::uint64_t succeeded = 0;
    std::uint64_t failed = 0;
    std::uint64_t staleReads = 0;
    std::uint64_t conflicts = 0;
    std::size_t incidents = 0;
    std::uint64_t regionSamples = 0; // series samples pushed so far (the step's own follow)
    std::uint64_t populationSamples = 0;
    std::uint64_t dataSamples = 0;
    friend bool operator==(const StepMark &, const StepMark &) = default;
};
// Call Simulation::recountWrites() first: the fate of writes is otherwise as of the last tick.
StepMark markStep(const Simulation &simulation);

// The answer key of one question, measured, with the sentence that explains it from the numbers.
struct MeasuredAnswer
{
    double number = 0;               // Number
    QString choice;                  // Choice: the option id
    QStringList order;               // Order: phase ids, earliest first
    std::vector<SimTime> orderTimes; // ... and when each happened
    QString display;                 // the key as a person reads it ("412 writes", "Ireland (eu-west-1)")
    QString explanation;
};

// Measures the question on a world that has played its step from `start` (recount writes first).
// Fails, with the reason, when the run cannot answer it (no incident in the step, an RTO that has not
// ended, a measured choice that is not among the options).
std::optional<MeasuredAnswer> measureAnswer(const LessonQuestion &question, const StepMark &start,
                                            const Simulation &end, QString *error);

struct Grade
{
    bool valid = false; // the answer could be read (an option, a number, a full ordering)
    bool correct = false;
    QString message; // why it is right or wrong, or why it could not be read
};
// Grades a learner's answer: a choice by its id or its 1-based position; a number within the
// tolerance; an ordering as phase ids separated by commas, every item exactly once.
Grade gradeAnswer(const LessonQuestion &question, const MeasuredAnswer &key, const QString &answer);

// A number as lessons show it: whole when large, three significant digits when small.
QString lessonNumber(double value);

} // namespace fl::scenario
