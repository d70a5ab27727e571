// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge/simulationrunner.h"
#include "scenario/lessonplay.h"

#include <QWidget>
#include <optional>
#include <set>
#include <utility>
#include <vector>

class QCheckBox;
class QListWidget;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;

namespace fl::ui {

class LessonQuestionWidget;
struct WorldSnapshot;

// The lesson dock: pick a lesson, then walk its steps. Each step puts the window's world at the
// step's start (paused), shows what to look at and points at it, asks for a prediction, plays the
// step at the window's speed up to its end, and grades the prediction against what the window's
// own run measured (copies of the simulation at the step's start and end, measured by the same
// core code as `failover-lab lesson`). The lesson's world is its scenario with every step's
// actions scheduled, so the window plays exactly what the headless lesson plays.
class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    enum class StepState
    {
        NoLesson,
        Preparing, // the world is on its way to the step's start
        Ready,     // paused at the start: waiting for the learner's prediction and Run
        Marking,   // taking the step's starting counters
        Playing,   // running to the step's end
        Measuring, // taking the measurements at the end
        Played     // measured and graded
    };

    LessonPanel(SimulationController *simulation, QWidget *parent = nullptr);

    // Loads a built-in lesson and asks the window to open its scenario (openScenarioRequested);
    // fails, with the reason, for an unknown or broken lesson.
    bool startLesson(const QString &id, QString *error = nullptr);
    const scenario::Lesson *lesson() const { return m_lesson ? &*m_lesson : nullptr; }
    int currentStep() const { return m_step; }
    StepState state() const { return m_state; }
    const std::optional<scenario::StepOutcome> &outcome() const { return m_outcome; }
    LessonQuestionWidget *questionWidget() const { return m_question; }
    // The session's score: questions answered and answered right, each counted once.
    int answered() const { return static_cast<int>(m_graded.size()); }
    int answeredRight() const { return m_right; }
    bool interviewMode() const;
    void setInterviewMode(bool on);

    void runStep();
    void skipToStepEnd();
    void nextStep();
    void previousStep();
    void restartStep();
    // Puts the world at step `index`'s start (from a reset when it is already past it).
    void goToStep(int index);
    // The window restarted the lesson's own world (Reset): the step starts over.
    void worldRestarted();
    // The window now runs another world (a file opened, a region added): the lesson stops, saying why.
    void stopLesson(const QString &why);

    void onSnapshot(const WorldSnapshot &snapshot);

signals:
    void openScenarioRequested(const fl::scenario::Scenario &scenario, const QString &name);
    void highlightsChanged(const std::vector<fl::scenario::LessonHighlight> &highlights);
    void stepPlayed(int step);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCopy(const SimulationCopy &copy);
    void fillLessonList();
    void showStep();
    void showOutcome();
    void updateButtons();
    void retranslateUi();
    QString language() const;

    SimulationController *m_simulation;
    std::optional<scenario::Lesson> m_lesson;
    int m_step = 0;
    StepState m_state = StepState::NoLesson;
    scenario::StepMark m_mark;
    std::optional<scenario::StepOutcome> m_outcome;
    std::optional<scenario::Grade> m_grade;
    std::set<std::pair<QString, int>> m_graded; // (lesson, step) answered this session
    int m_right = 0;
    SimTime m_now = -1;
    bool m_running = false;

    QScrollArea *m_scroll = nullptr;
    QListWidget *m_lessons = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_allLessons = nullptr;
    QLabel *m_heading = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_text = nullptr;
    QGroupBox *m_questionBox = nullptr;
    LessonQuestionWidget *m_question = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_restart = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_takeaway = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QCheckBox *m_interview = nullptr;
    QLabel *m_score = nullptr;
};

} // namespace fl::ui
