// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/lessonmeasure.h"
#include "spec/config.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedLayout;
class QToolButton;
class QVBoxLayout;

namespace fl::ui {

// Where a learner gives a prediction before a step plays: options to pick, a number to type, or a
// list to put in order. answer() is in the form scenario::gradeAnswer reads (an option's id, the
// number, ids separated by commas); empty until the learner has answered.
class LessonQuestionWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LessonQuestionWidget(QWidget *parent = nullptr);

    // Shows `question` in `language`, in the world `config` (region names for a choice of regions).
    void setQuestion(const scenario::LessonQuestion &question, const SimulationConfig &config,
                     const QString &language);
    QString answer() const;
    // Sets an answer programmatically (tests, and a step restarted with its answer kept).
    void setAnswer(const QString &answer);
    // Locked once the step has played: the prediction stays as it was given.
    void setLocked(bool locked);

signals:
    void answerChanged();

private:
    void clear();
    void moveSelected(int by);
    QString phaseLabel(const QString &id) const;

    scenario::LessonQuestion m_question;
    QLabel *m_prompt = nullptr;
    QVBoxLayout *m_choices = nullptr;
    QButtonGroup *m_group = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_unit = nullptr;
    QListWidget *m_order = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QWidget *m_choicePage = nullptr;
    QWidget *m_numberPage = nullptr;
    QWidget *m_orderPage = nullptr;
    bool m_orderTouched = false;
};

} // namespace fl::ui
