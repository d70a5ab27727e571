// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparedialog.h"

#include "library/builtincatalog.h"
#include "scenario/builtins.h"
#include "scenario/overrides.h"
#include "scenario/scenarioreader.h"
#include "scenario/scenariowriter.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fl::ui {

CompareDialog::CompareDialog(const scenario::Scenario &a, const QString &nameA, QWidget *parent)
    : QDialog(parent), m_a(a), m_nameA(nameA)
{
    setObjectName(QStringLiteral("CompareDialog"));
    m_sideA = new QLabel(this);
    m_sideA->setWordWrap(true);
    m_sources = new QButtonGroup(this);
    m_builtinChoice = new QRadioButton(this);
    m_fileChoice = new QRadioButton(this);
    m_overrideChoice = new QRadioButton(this);
    m_sources->addButton(m_builtinChoice, 0);
    m_sources->addButton(m_fileChoice, 1);
    m_sources->addButton(m_overrideChoice, 2);
    m_builtinChoice->setChecked(true);
    m_builtins = new QListWidget(this);
    m_builtins->setObjectName(QStringLiteral("compareBuiltins"));
    m_builtins->setMinimumHeight(220);
    m_file = new QLineEdit(this);
    m_browse = new QPushButton(this);
    m_overrides = new QPlainTextEdit(this);
    m_overrides->setObjectName(QStringLiteral("compareOverrides"));
    m_overrides->setMaximumHeight(90);
    m_overrides->setPlaceholderText(QStringLiteral("data.mode=sync-quorum\nfailover.fencing=true"));
    m_overrideHint = new QLabel(this);
    m_overrideHint->setWordWrap(true);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("compareVerdict"));
    m_verdict->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sideA);
    layout->addWidget(m_builtinChoice);
    layout->addWidget(m_builtins, 1);
    layout->addWidget(m_fileChoice);
    layout->addLayout(fileRow);
    layout->addWidget(m_overrideChoice);
    layout->addWidget(m_overrides);
    layout->addWidget(m_overrideHint);
    layout->addWidget(m_verdict);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sources, &QButtonGroup::idClicked, this, [this] { revalidate(); });
    connect(m_builtins, &QListWidget::currentRowChanged, this, [this] {
        m_builtinChoice->setChecked(true);
        revalidate();
    });
    connect(m_builtins, &QListWidget::itemDoubleClicked, this, [this] {
        if (m_pair)
            accept();
    });
    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_fileChoice->setChecked(true);
        revalidate();
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Scenario for Side B"), m_file->text(),
                                                          tr("Scenarios (*.json);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(m_overrides, &QPlainTextEdit::textChanged, this, [this] {
        m_overrideChoice->setChecked(true);
        revalidate();
    });
    retranslateUi();
    fillBuiltins();
    resize(720, 640);
}

void CompareDialog::fillBuiltins()
{
    m_builtins->clear();
    for (const QString &name : scenario::builtinScenarioNames()) {
        auto *item = new QListWidgetItem(name, m_builtins);
        item->setData(Qt::UserRole, name);
        QString why;
        scenario::ScenarioError error;
        std::optional<scenario::Scenario> b;
        if (const std::optional<QJsonObject> document = scenario::readBuiltinDocument(name, &error))
            b = scenario::scenarioFromJson(*document, &error);
        const bool fits = b && scenario::alignForCompare(m_a, *b, &why).has_value();
        const QString summary = BuiltinCatalog::summary(name);
        if (!fits) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("Cannot take A's faults: %1").arg(b ? why : error.toString()));
        } else {
            item->setToolTip(summary);
        }
    }
}

void CompareDialog::chooseBuiltin(const QString &name)
{
    const QList<QListWidgetItem *> found = m_builtins->findItems(name, Qt::MatchExactly);
    m_builtinChoice->setChecked(true);
    if (!found.isEmpty())
        m_builtins->setCurrentItem(found.front());
    revalidate();
}

void CompareDialog::chooseFile(const QString &path)
{
    m_file->setText(path);
    m_fileChoice->setChecked(true);
    revalidate();
}

void CompareDialog::chooseOverrides(const QString &lines)
{
    m_overrides->setPlainText(lines);
    m_overrideChoice->setChecked(true);
    revalidate();
}

std::optional<scenario::Scenario> CompareDialog::sideB(QString *error)
{
    scenario::ScenarioError problem;
    std::optional<scenario::Scenario> b;
    switch (m_sources->checkedId()) {
    case 0: {
        const QListWidgetItem *item = m_builtins->currentItem();
        if (!item || !(item->flags() & Qt::ItemIsEnabled)) {
            *error = tr("Pick a built-in scenario for side B.");
            return std::nullopt;
        }
        m_nameB = item->data(Qt::UserRole).toString();
        if (const std::optional<QJsonObject> document = scenario::readBuiltinDocument(m_nameB, &problem))
            b = scenario::scenarioFromJson(*document, &problem);
        break;
    }
    case 1:
        if (m_file->text().trimmed().isEmpty()) {
            *error = tr("Choose a scenario file for side B.");
            return std::nullopt;
        }
        m_nameB = QFileInfo(m_file->text()).completeBaseName();
        b = scenario::loadScenario(m_file->text().trimmed(), &problem);
        break;
    default: {
        QJsonObject document = scenario::scenarioToJson(m_a);
        const QStringList lines = m_overrides->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines.isEmpty()) {
            *error = tr("Write at least one setting to change, one PATH=VALUE per line.");
            return std::nullopt;
        }
        for (const QString &line : lines) {
            if (!scenario::applyOverride(document, line.trimmed(), &problem)) {
                *error = tr("%1: %2").arg(line.trimmed(), problem.toString());
                return std::nullopt;
            }
        }
        m_nameB = tr("%1, changed").arg(m_nameA);
        b = scenario::scenarioFromJson(document, &problem);
        if (b)
            b->name = m_nameB;
        break;
    }
    }
    if (!b)
        *error = problem.toString();
    return b;
}

void CompareDialog::revalidate()
{
    m_pair.reset();
    QString error;
    if (std::optional<scenario::Scenario> b = sideB(&error))
        m_pair = scenario::alignForCompare(m_a, *b, &error);
    if (m_pair) {
        m_verdict->setText(m_pair->warnings.isEmpty()
                               ? tr("Ready: both sides run A's seed, duration and faults.")
                               : tr("Ready. Note: %1").arg(m_pair->warnings.join(QStringLiteral("; "))));
        m_verdict->setStyleSheet(QString());
    } else {
        m_verdict->setText(error);
        m_verdict->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_pair.has_value());
}

void CompareDialog::retranslateUi()
{
    setWindowTitle(tr("Compare With"));
    m_sideA->setText(tr("<b>Side A</b>: %1, as the window has it. Both sides will run A's seed, duration and "
                        "fault schedule in lockstep.")
                         .arg(m_nameA.toHtmlEscaped()));
    m_builtinChoice->setText(tr("Side B: a &built-in scenario"));
    m_fileChoice->setText(tr("Side B: a scenario &file"));
    m_browse->setText(tr("Browse…"));
    m_overrideChoice->setText(tr("Side B: A with &settings changed"));
    m_overrideHint->setText(tr("One PATH=VALUE per line, as `failover-lab compare --set-b` takes them."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    revalidate();
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillBuiltins();
    }
    QDialog::changeEvent(event);
}

} // namespace fl::ui
