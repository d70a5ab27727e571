// SPDX-License-Identifier: GPL-3.0-or-later
#include "lessonquestionwidget.h"

#include "labtext.h"
#include "world/regioncatalog.h"

#include <QButtonGroup>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace fl::ui {

namespace {

QString unitText(std::string_view unit)
{
    if (unit == "writes")
        return LessonQuestionWidget::tr("writes");
    if (unit == "s")
        return LessonQuestionWidget::tr("seconds");
    if (unit == "%")
        return QStringLiteral("%");
    if (unit == "ms")
        return LessonQuestionWidget::tr("ms");
    if (unit == "keys")
        return LessonQuestionWidget::tr("keys");
    if (unit == "requests")
        return LessonQuestionWidget::tr("requests");
    if (unit == "reads")
        return LessonQuestionWidget::tr("reads");
    return QString();
}

} // namespace

LessonQuestionWidget::LessonQuestionWidget(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_prompt->setObjectName(QStringLiteral("lessonQuestionPrompt"));
    QFont bold = m_prompt->font();
    bold.setBold(true);
    m_prompt->setFont(bold);
    layout->addWidget(m_prompt);

    m_choicePage = new QWidget(this);
    m_choices = new QVBoxLayout(m_choicePage);
    m_choices->setContentsMargins(8, 0, 0, 0);
    m_group = new QButtonGroup(this);
    connect(m_group, &QButtonGroup::idClicked, this, [this] { emit answerChanged(); });
    layout->addWidget(m_choicePage);

    m_numberPage = new QWidget(this);
    auto *numberRow = new QHBoxLayout(m_numberPage);
    numberRow->setContentsMargins(8, 0, 0, 0);
    m_number = new QLineEdit(m_numberPage);
    m_number->setObjectName(QStringLiteral("lessonNumberAnswer"));
    auto *validator = new QDoubleValidator(0, 1e12, 3, m_number);
    validator->setNotation(QDoubleValidator::StandardNotation);
    validator->setLocale(QLocale::c());
    m_number->setValidator(validator);
    m_unit = new QLabel(m_numberPage);
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_unit);
    connect(m_number, &QLineEdit::textChanged, this, [this] { emit answerChanged(); });
    layout->addWidget(m_numberPage);

    m_orderPage = new QWidget(this);
    auto *orderRow = new QHBoxLayout(m_orderPage);
    orderRow->setContentsMargins(8, 0, 0, 0);
    m_order = new QListWidget(m_orderPage);
    m_order->setObjectName(QStringLiteral("lessonOrderAnswer"));
    m_order->setDragDropMode(QAbstractItemView::InternalMove);
    m_order->setMaximumHeight(m_order->fontMetrics().height() * 7);
    connect(m_order->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        m_orderTouched = true;
        emit answerChanged();
    });
    auto *buttons = new QVBoxLayout;
    m_up = new QToolButton(m_orderPage);
    m_up->setArrowType(Qt::UpArrow);
    m_down = new QToolButton(m_orderPage);
    m_down->setArrowType(Qt::DownArrow);
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(1); });
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    orderRow->addWidget(m_order, 1);
    orderRow->addLayout(buttons);
    layout->addWidget(m_orderPage);
    clear();
}

void LessonQuestionWidget::clear()
{
    for (QAbstractButton *button : m_group->buttons()) {
        m_group->removeButton(button);
        delete button;
    }
    m_number->clear();
    m_order->clear();
    m_orderTouched = false;
    m_choicePage->hide();
    m_numberPage->hide();
    m_orderPage->hide();
}

void LessonQuestionWidget::setQuestion(const scenario::LessonQuestion &question,
                                       const SimulationConfig &config, const QString &language)
{
    const QString kept = answer();
    const bool sameQuestion = question == m_question;
    clear();
    m_question = question;
    m_prompt->setText(question.prompt.in(language));
    const scenario::MeasureSpec &spec = scenario::measureSpec(question.measure);
    switch (spec.kind) {
    case scenario::AnswerKind::Choice:
        for (qsizetype i = 0; i < question.options.size(); ++i) {
            const QString &option = question.options[i];
            QString label;
            if (spec.domain == scenario::ChoiceDomain::YesNo) {
                label = option == QLatin1String("yes") ? tr("Yes") : tr("No");
            } else {
                label = option;
                for (const RegionConfig &region : config.regions)
                    if (LabText::regionId(region) == option)
                        label = QStringLiteral("%1 (%2)").arg(LabText::regionName(region), option);
            }
            auto *button = new QRadioButton(label, m_choicePage);
            button->setProperty("optionId", option);
            m_group->addButton(button, static_cast<int>(i));
            m_choices->addWidget(button);
        }
        m_choicePage->show();
        break;
    case scenario::AnswerKind::Number:
        m_unit->setText(unitText(spec.unit));
        m_number->setPlaceholderText(tr("your estimate"));
        m_numberPage->show();
        break;
    case scenario::AnswerKind::Order:
        for (const QString &item : question.items) {
            auto *row = new QListWidgetItem(phaseLabel(item), m_order);
            row->setData(Qt::UserRole, item);
        }
        m_order->setToolTip(
            tr("Drag the items, or select one and use the arrows, until the first to happen is at "
               "the top."));
        m_orderPage->show();
        break;
    }
    // A language switch redraws the same question: the learner's answer stays.
    if (sameQuestion && !kept.isEmpty())
        setAnswer(kept);
}

QString LessonQuestionWidget::phaseLabel(const QString &id) const
{
    if (id == QLatin1String("failure"))
        return tr("The fault");
    if (id == QLatin1String("detected"))
        return tr("Detection: the controller declares the region failed");
    if (id == QLatin1String("promoted"))
        return tr("Promotion: a new primary takes writes");
    if (id == QLatin1String("rerouted"))
        return tr("Rerouting: routing points at the new primary");
    if (id == QLatin1String("recovered"))
        return tr("Recovery: users are served again");
    return tr("Heal: the fault is repaired");
}

QString LessonQuestionWidget::answer() const
{
    switch (scenario::measureSpec(m_question.measure).kind) {
    case scenario::AnswerKind::Choice:
        return m_group->checkedButton() ? m_group->checkedButton()->property("optionId").toString()
                                        : QString();
    case scenario::AnswerKind::Number:
        return m_number->hasAcceptableInput() ? m_number->text() : QString();
    case scenario::AnswerKind::Order: {
        if (!m_orderTouched)
            return QString();
        QStringList ids;
        for (int i = 0; i < m_order->count(); ++i)
            ids << m_order->item(i)->data(Qt::UserRole).toString();
        return ids.join(QLatin1Char(','));
    }
    }
    return QString();
}

void LessonQuestionWidget::setAnswer(const QString &answer)
{
    switch (scenario::measureSpec(m_question.measure).kind) {
    case scenario::AnswerKind::Choice:
        for (QAbstractButton *button : m_group->buttons())
            button->setChecked(button->property("optionId").toString() == answer);
        break;
    case scenario::AnswerKind::Number:
        m_number->setText(answer);
        break;
    case scenario::AnswerKind::Order: {
        const QStringList ids = answer.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (int target = 0; target < ids.size(); ++target) {
            for (int i = target; i < m_order->count(); ++i) {
                if (m_order->item(i)->data(Qt::UserRole).toString() == ids[target]) {
                    m_order->insertItem(target, m_order->takeItem(i));
                    break;
                }
            }
        }
        m_orderTouched = true;
        break;
    }
    }
    emit answerChanged();
}

void LessonQuestionWidget::moveSelected(int by)
{
    const int row = m_order->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_order->count())
        return;
    m_order->insertItem(to, m_order->takeItem(row));
    m_order->setCurrentRow(to);
    m_orderTouched = true;
    emit answerChanged();
}

void LessonQuestionWidget::setLocked(bool locked)
{
    for (QAbstractButton *button : m_group->buttons())
        button->setEnabled(!locked);
    m_number->setReadOnly(locked);
    m_order->setEnabled(!locked);
    m_up->setEnabled(!locked);
    m_down->setEnabled(!locked);
}

} // namespace fl::ui
