// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonpanel.h"

#include "bridge/worldsnapshot.h"
#include "labtext.h"
#include "languagemanager.h"
#include "lessonquestionwidget.h"
#include "scenario/duration.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace fl::ui {

namespace {

const QString kInterviewKey = QStringLiteral("lessons/interviewMode");

QLabel *wrappingLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LessonPanel::LessonPanel(SimulationController *simulation, QWidget *parent)
    : QWidget(parent), m_simulation(simulation)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The texts wrap to the dock's width: nothing to scroll sideways to.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    // The syllabus: every lesson by topic, titles wrapped to the dock's width (the full title and
    // the summary in the tooltip). Hidden while a lesson runs; "All lessons" brings it back.
    m_lessons = new QListWidget(content);
    m_lessons->setObjectName(QStringLiteral("lessonChooser"));
    m_lessons->setWordWrap(true);
    m_lessons->setTextElideMode(Qt::ElideNone);
    m_lessons->setResizeMode(QListView::Adjust);
    m_lessons->setMinimumHeight(m_lessons->fontMetrics().lineSpacing() * 8);
    connect(m_lessons, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { startLesson(item->data(Qt::UserRole).toString()); });
    layout->addWidget(m_lessons, 1);
    auto *pick = new QHBoxLayout;
    m_start = new QPushButton(content);
    m_start->setObjectName(QStringLiteral("lessonStart"));
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_lessons->currentItem())
            startLesson(m_lessons->currentItem()->data(Qt::UserRole).toString());
    });
    m_allLessons = new QPushButton(content);
    connect(m_allLessons, &QPushButton::clicked, this, [this] {
        m_lessons->show();
        m_start->show();
        m_allLessons->hide();
    });
    pick->addWidget(m_start);
    pick->addWidget(m_allLessons);
    pick->addStretch();
    layout->addLayout(pick);

    m_heading = wrappingLabel(content, QStringLiteral("lessonHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_progress = new QProgressBar(content);
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);
    m_text = wrappingLabel(content, QStringLiteral("lessonText"));
    layout->addWidget(m_text);

    m_questionBox = new QGroupBox(content);
    auto *questionLayout = new QVBoxLayout(m_questionBox);
    m_question = new LessonQuestionWidget(m_questionBox);
    questionLayout->addWidget(m_question);
    connect(m_question, &LessonQuestionWidget::answerChanged, this, &LessonPanel::updateButtons);
    layout->addWidget(m_questionBox);

    auto *play = new QHBoxLayout;
    m_run = new QPushButton(content);
    m_run->setObjectName(QStringLiteral("lessonRun"));
    m_run->setDefault(true);
    m_skip = new QPushButton(content);
    m_restart = new QPushButton(content);
    connect(m_run, &QPushButton::clicked, this, &LessonPanel::runStep);
    connect(m_skip, &QPushButton::clicked, this, &LessonPanel::skipToStepEnd);
    connect(m_restart, &QPushButton::clicked, this, &LessonPanel::restartStep);
    // The main button on a row of its own, so that a narrow dock never clips it.
    layout->addWidget(m_run);
    play->addWidget(m_skip);
    play->addWidget(m_restart);
    play->addStretch();
    layout->addLayout(play);

    m_result = wrappingLabel(content, QStringLiteral("lessonResult"));
    layout->addWidget(m_result);
    m_takeaway = wrappingLabel(content, QStringLiteral("lessonTakeaway"));
    m_takeaway->setFrameShape(QFrame::StyledPanel);
    m_takeaway->setMargin(6);
    layout->addWidget(m_takeaway);
    layout->addStretch();

    auto *walk = new QHBoxLayout;
    m_back = new QPushButton(content);
    m_next = new QPushButton(content);
    connect(m_back, &QPushButton::clicked, this, &LessonPanel::previousStep);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::nextStep);
    walk->addWidget(m_back);
    walk->addWidget(m_next);
    walk->addStretch();
    layout->addLayout(walk);
    auto *session = new QHBoxLayout;
    m_interview = new QCheckBox(content);
    m_interview->setChecked(QSettings().value(kInterviewKey, false).toBool());
    connect(m_interview, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(kInterviewKey, on);
        showStep();
    });
    m_score = new QLabel(content);
    session->addWidget(m_interview, 1);
    session->addWidget(m_score);
    layout->addLayout(session);

    connect(m_simulation, &SimulationController::simulationCopied, this, &LessonPanel::onCopy);
    fillLessonList();
    retranslateUi();
    m_allLessons->hide();
}

QString LessonPanel::language() const
{
    return LanguageManager::instance()->language();
}

void LessonPanel::fillLessonList()
{
    const QString current =
        m_lessons->currentItem() ? m_lessons->currentItem()->data(Qt::UserRole).toString() : QString();
    m_lessons->clear();
    for (const scenario::LessonHeader &lesson : scenario::builtinLessonHeaders()) {
        const QString text = QStringLiteral("%1 · %2").arg(lesson.topic).arg(lesson.title.in(language()));
        auto *item = new QListWidgetItem(text, m_lessons);
        item->setData(Qt::UserRole, lesson.id);
        // The whole line, then what the lesson does: a title wrapped in a narrow dock is still
        // readable in full here.
        item->setToolTip(text + QStringLiteral("\n\n") + lesson.summary.in(language()));
        if (lesson.id == current)
            m_lessons->setCurrentItem(item);
    }
    if (!m_lessons->currentItem() && m_lessons->count() > 0)
        m_lessons->setCurrentRow(0);
}

bool LessonPanel::startLesson(const QString &id, QString *error)
{
    scenario::ScenarioError problem;
    std::optional<scenario::Lesson> lesson = scenario::loadBuiltinLesson(id, &problem);
    if (!lesson) {
        if (error)
            *error = problem.toString();
        return false;
    }
    m_lesson = std::move(lesson);
    for (int row = 0; row < m_lessons->count(); ++row)
        if (m_lessons->item(row)->data(Qt::UserRole).toString() == id)
            m_lessons->setCurrentRow(row);
    m_lessons->hide();
    m_start->hide();
    m_allLessons->show();
    m_now = -1;
    // The window restarts on the lesson's world; the first step then waits at time zero.
    emit openScenarioRequested(m_lesson->scenario, m_lesson->scenarioName);
    m_simulation->setSpeed(std::max(m_simulation->speed(), 10.0));
    m_step = 0;
    m_state = StepState::Preparing;
    m_simulation->runTo(m_lesson->steps.front().start);
    showStep();
    return true;
}

bool LessonPanel::interviewMode() const
{
    return m_interview->isChecked();
}

void LessonPanel::setInterviewMode(bool on)
{
    m_interview->setChecked(on);
}

void LessonPanel::goToStep(int index)
{
    if (!m_lesson || index < 0 || index >= static_cast<int>(m_lesson->steps.size()))
        return;
    const SimTime start = m_lesson->steps[static_cast<std::size_t>(index)].start;
    m_step = index;
    m_outcome.reset();
    m_grade.reset();
    if (m_now == start && !m_running && m_now >= 0) {
        m_state = StepState::Ready;
    } else {
        // The world never runs backwards: a reset replays the schedule from zero to the start.
        if (m_now > start)
            m_simulation->reset();
        m_simulation->setPausePoint(-1);
        m_state = StepState::Preparing;
        m_simulation->runTo(start);
    }
    showStep();
}

void LessonPanel::worldRestarted()
{
    if (!m_lesson)
        return;
    // Where the world is and whether it runs are known again from the next snapshot.
    m_now = -1;
    goToStep(m_step);
}

void LessonPanel::stopLesson(const QString &why)
{
    if (!m_lesson)
        return;
    m_lesson.reset();
    m_state = StepState::NoLesson;
    m_outcome.reset();
    m_grade.reset();
    m_simulation->setPausePoint(-1);
    m_lessons->show();
    m_start->show();
    m_allLessons->hide();
    showStep();
    m_text->setText(why.toHtmlEscaped());
}

void LessonPanel::runStep()
{
    if (m_state != StepState::Ready)
        return;
    m_state = StepState::Marking;
    m_simulation->requestCopy();
    updateButtons();
}

void LessonPanel::skipToStepEnd()
{
    if (m_state != StepState::Playing)
        return;
    m_simulation->runTo(m_lesson->steps[static_cast<std::size_t>(m_step)].runTo);
}

void LessonPanel::nextStep()
{
    if (m_state == StepState::Played && m_lesson && m_step + 1 < static_cast<int>(m_lesson->steps.size()))
        goToStep(m_step + 1);
}

void LessonPanel::previousStep()
{
    if (m_lesson && m_step > 0)
        goToStep(m_step - 1);
}

void LessonPanel::restartStep()
{
    goToStep(m_step);
}

void LessonPanel::onSnapshot(const WorldSnapshot &snapshot)
{
    m_now = snapshot.now;
    m_running = snapshot.running;
    if (!m_lesson)
        return;
    const scenario::LessonStep &step = m_lesson->steps[static_cast<std::size_t>(m_step)];
    if (m_state == StepState::Preparing && snapshot.now == step.start && !snapshot.running) {
        m_state = StepState::Ready;
        updateButtons();
    } else if (m_state == StepState::Playing && snapshot.now >= step.runTo && !snapshot.running) {
        m_state = StepState::Measuring;
        m_simulation->requestCopy();
        updateButtons();
    }
}

void LessonPanel::onCopy(const SimulationCopy &copy)
{
    if (!m_lesson || !copy)
        return;
    const std::size_t index = static_cast<std::size_t>(m_step);
    const scenario::LessonStep &step = m_lesson->steps[index];
    if (m_state == StepState::Marking) {
        m_mark = scenario::markStep(*copy);
        m_state = StepState::Playing;
        m_simulation->setPausePoint(step.runTo);
        m_simulation->play();
        m_question->setLocked(true);
        updateButtons();
    } else if (m_state == StepState::Measuring) {
        m_outcome = scenario::measureStep(index, step, m_mark, *copy);
        m_state = StepState::Played;
        const QString given = m_question->answer();
        if (step.question && m_outcome->key && !given.isEmpty()) {
            m_grade = scenario::gradeAnswer(*step.question, *m_outcome->key, given);
            if (m_grade->valid && m_graded.insert({m_lesson->id, m_step}).second && m_grade->correct)
                ++m_right;
        }
        showOutcome();
        // The answer and the takeaway are what the learner waits for: bring them into view (once
        // the labels have their new heights).
        QTimer::singleShot(0, this, [this] {
            m_scroll->ensureWidgetVisible(m_takeaway->isVisible() ? static_cast<QWidget *>(m_takeaway)
                                                                  : m_result);
        });
        emit stepPlayed(m_step);
    }
}

void LessonPanel::showStep()
{
    if (!m_lesson) {
        m_heading->setText(tr("Lessons"));
        m_text->setText(
            tr("Pick a lesson and press Start. Each step stops the world at a moment, asks what you "
               "expect to happen next, plays it, and grades your answer against what the simulation "
               "measured."));
        m_progress->hide();
        m_questionBox->hide();
        m_result->clear();
        m_takeaway->hide();
        emit highlightsChanged({});
        updateButtons();
        return;
    }
    const QString lang = language();
    const scenario::LessonStep &step = m_lesson->steps[static_cast<std::size_t>(m_step)];
    const int count = static_cast<int>(m_lesson->steps.size());
    m_heading->setText(m_lesson->title.in(lang).toHtmlEscaped());
    m_progress->show();
    m_progress->setRange(0, count);
    m_progress->setValue(m_step + 1);
    m_progress->setFormat(tr("Step %1 of %2").arg(m_step + 1).arg(count));
    m_text->setText(QStringLiteral("<b>%1</b> <span style='color:palette(mid)'>(%2 → %3)</span><p>%4</p>")
                        .arg(step.title.in(lang).toHtmlEscaped(), scenario::formatDuration(step.start),
                             scenario::formatDuration(step.runTo), step.text.in(lang).toHtmlEscaped()));
    m_questionBox->setVisible(step.question.has_value());
    if (step.question) {
        m_question->setQuestion(*step.question, m_lesson->scenario.config, lang);
        m_question->setLocked(m_state != StepState::Ready && m_state != StepState::Preparing);
    }
    emit highlightsChanged(step.highlights);
    showOutcome();
}

void LessonPanel::showOutcome()
{
    if (!m_lesson)
        return;
    const QString lang = language();
    const scenario::LessonStep &step = m_lesson->steps[static_cast<std::size_t>(m_step)];
    QString result;
    if (m_outcome) {
        result += tr("<p><b>Measured at %1:</b> %2 % of %3 requests succeeded in this step; %Ln acknowledged "
                     "write(s) "
                     "lost.</p>",
                     nullptr, static_cast<int>(m_outcome->writesLost))
                      .arg(scenario::formatDuration(m_outcome->end),
                           scenario::lessonNumber(m_outcome->availabilityPct),
                           QLocale().toString(static_cast<qulonglong>(m_outcome->requestsFinished)));
        if (step.question && m_outcome->key) {
            result += tr("<p><b>The answer, measured:</b> %1</p><p>%2</p>")
                          .arg(m_outcome->key->display.toHtmlEscaped(),
                               m_outcome->key->explanation.toHtmlEscaped());
            if (m_grade)
                result += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                              .arg(m_grade->correct ? QStringLiteral("#1e7b34") : QStringLiteral("#b3261e"),
                                   m_grade->message.toHtmlEscaped());
            else
                result += tr("<p>You did not answer this one.</p>");
        } else if (step.question) {
            result += tr("<p>This run could not answer the question: %1</p>")
                          .arg(m_outcome->keyError.toHtmlEscaped());
        }
    }
    m_result->setText(result);
    // Interview practice keeps the takeaway back until the step has been answered and played.
    const bool reveal = !interviewMode() || m_state == StepState::Played;
    m_takeaway->setVisible(!step.takeaway.isEmpty() && reveal);
    m_takeaway->setText(tr("<b>Takeaway.</b> %1").arg(step.takeaway.in(lang).toHtmlEscaped()));
    m_score->setText(tr("Score: %1 of %2").arg(m_right).arg(answered()));
    updateButtons();
}

void LessonPanel::updateButtons()
{
    const bool haveLesson = m_lesson.has_value();
    const bool hasQuestion =
        haveLesson && m_lesson->steps[static_cast<std::size_t>(m_step)].question.has_value();
    // Interview practice asks for a prediction before the step may play.
    const bool answeredEnough = !interviewMode() || !hasQuestion || !m_question->answer().isEmpty();
    m_run->setEnabled(m_state == StepState::Ready && answeredEnough);
    m_skip->setEnabled(m_state == StepState::Playing);
    m_restart->setEnabled(haveLesson && m_state != StepState::Preparing);
    m_back->setEnabled(haveLesson && m_step > 0);
    m_next->setEnabled(m_state == StepState::Played && m_step + 1 < static_cast<int>(m_lesson->steps.size()));
    m_run->setText(m_state == StepState::Preparing ? tr("Getting the world ready…")
                   : hasQuestion                   ? tr("Lock in my answer and run")
                                                   : tr("Run this step"));
}

void LessonPanel::retranslateUi()
{
    m_start->setText(tr("Start"));
    m_start->setToolTip(tr("Open the chosen lesson: its world replaces the one running now"));
    m_allLessons->setText(tr("All lessons"));
    m_allLessons->setToolTip(
        tr("Show the list of lessons again (the lesson running now goes on until you start "
           "another)"));
    m_questionBox->setTitle(tr("Predict"));
    m_skip->setText(tr("Skip to the end"));
    m_skip->setToolTip(tr("Run the rest of this step as fast as the machine allows"));
    m_restart->setText(tr("Restart this step"));
    m_restart->setToolTip(tr("Put the world back at the start of this step"));
    m_back->setText(tr("Back"));
    m_next->setText(tr("Next"));
    m_interview->setText(tr("Interview practice"));
    m_interview->setToolTip(tr("Hide each takeaway until you have answered and the step has played, and keep "
                               "the score"));
    fillLessonList();
    showStep();
}

void LessonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace fl::ui
