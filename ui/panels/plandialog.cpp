// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandialog.h"

#include "batch/planengine.h"
#include "scenario/duration.h"
#include "unitformat.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace fl::ui {
namespace {

enum Column
{
    ColumnRank,
    ColumnCost,
    ColumnRpo,
    ColumnRto,
    ColumnAvailability,
    ColumnP99,
    ColumnDesign,
    ColumnCount
};

} // namespace

PlanDialog::PlanDialog(const QJsonObject &world, QWidget *parent)
    : QDialog(parent), m_world(world), m_engine(new PlanEngine(this))
{
    setObjectName(QStringLiteral("planDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_rpo = new QLineEdit(QStringLiteral("0s"), this);
    m_rpo->setObjectName(QStringLiteral("planRpo"));
    m_rto = new QLineEdit(QStringLiteral("2m"), this);
    m_rto->setObjectName(QStringLiteral("planRto"));
    m_useBudget = new QCheckBox(this);
    m_budget = new QDoubleSpinBox(this);
    m_budget->setRange(0.01, 1e9);
    m_budget->setDecimals(2);
    m_budget->setValue(30);
    m_budget->setEnabled(false);
    connect(m_useBudget, &QCheckBox::toggled, m_budget, &QWidget::setEnabled);
    auto *budgetRow = new QHBoxLayout;
    budgetRow->addWidget(m_useBudget);
    budgetRow->addWidget(m_budget, 1);
    m_seeds = new QSpinBox(this);
    m_seeds->setObjectName(QStringLiteral("planSeeds"));
    m_seeds->setRange(1, 100);
    m_seeds->setValue(3);
    m_top = new QSpinBox(this);
    m_top->setRange(1, 50);
    m_top->setValue(5);
    m_maxRuns = new QSpinBox(this);
    m_maxRuns->setObjectName(QStringLiteral("planMaxRuns"));
    m_maxRuns->setRange(1, 1'000'000);
    m_maxRuns->setValue(500);
    m_form = new QFormLayout;
    for (QLabel *&label : m_labels)
        label = new QLabel(this);
    m_form->addRow(m_labels[0], m_rpo);
    m_form->addRow(m_labels[1], m_rto);
    m_form->addRow(m_labels[2], budgetRow);
    m_form->addRow(m_labels[3], m_seeds);
    m_form->addRow(m_labels[4], m_top);
    m_form->addRow(m_labels[5], m_maxRuns);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("planError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("planProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_status->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("planResults"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PlanDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { openSelected(); });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_find = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_find->setObjectName(QStringLiteral("planFind"));
    m_find->setDefault(true);
    m_stop = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("planStop"));
    m_open = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("planOpen"));
    connect(m_find, &QPushButton::clicked, this, [this] { startPlan(); });
    connect(m_stop, &QPushButton::clicked, m_engine, &PlanEngine::cancel);
    connect(m_open, &QPushButton::clicked, this, &PlanDialog::openSelected);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    connect(m_engine, &PlanEngine::progress, this, &PlanDialog::showProgress);
    connect(m_engine, &PlanEngine::finished, this, [this] {
        // The plan stops once enough designs meet the targets, usually well before the limit the
        // bar was set up to: the runs it took fill it.
        const int runs = static_cast<int>(m_engine->runsDone());
        m_progress->setRange(0, std::max(1, runs));
        m_progress->setValue(runs);
        showResults();
        updateButtons();
        emit planFinished();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(980, 560);
    retranslateUi();
    updateButtons();
}

PlanDialog::~PlanDialog()
{
    m_engine->cancel();
}

bool PlanDialog::isPlanning() const
{
    return m_engine->running();
}

int PlanDialog::resultCount() const
{
    return m_table->rowCount();
}

bool PlanDialog::startPlan()
{
    if (m_engine->running())
        return false;
    const std::optional<SimTime> rpo = scenario::parseDuration(m_rpo->text().trimmed());
    const std::optional<SimTime> rto = scenario::parseDuration(m_rto->text().trimmed());
    QString problem;
    if (!rpo || *rpo < 0)
        problem = tr("RPO target: expected a duration such as 0s, 500ms or 1m, not '%1'").arg(m_rpo->text());
    else if (!rto || *rto < 0)
        problem = tr("RTO target: expected a duration such as 30s or 2m, not '%1'").arg(m_rto->text());
    PlanRequest request;
    if (problem.isEmpty()) {
        request.document = m_world;
        request.rpo = *rpo;
        request.rto = *rto;
        if (m_useBudget->isChecked())
            request.budgetPerHour = m_budget->value();
        request.seeds = m_seeds->value();
        request.top = m_top->value();
        request.maxRuns = std::max(m_maxRuns->value(), m_seeds->value());
        request.jobs = std::max(1, QThread::idealThreadCount());
        if (!m_engine->prepare(request, &problem) && problem.isEmpty())
            problem = tr("the world cannot be planned");
    }
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return false;
    m_table->setRowCount(0);
    m_rows.clear();
    m_progress->setRange(0, static_cast<int>(std::max<std::size_t>(1, m_engine->runsAtMost())));
    m_progress->setValue(0);
    m_engine->start();
    showProgress();
    updateButtons();
    return true;
}

void PlanDialog::showProgress()
{
    const PlanOutcome o = m_engine->outcome();
    m_progress->setValue(
        static_cast<int>(std::min<std::size_t>(m_engine->runsDone(), m_engine->runsAtMost())));
    m_status->setText(
        tr("%1 designs: %2 screened out by the closed forms; %3 of at most %4 runs done, %5 so far")
            .arg(QLocale().toString(static_cast<qulonglong>(m_engine->designs().size())))
            .arg(QLocale().toString(static_cast<qulonglong>(o.screened)))
            .arg(m_engine->runsDone())
            .arg(m_engine->runsAtMost())
            .arg(tr("%n design(s) meet the targets", nullptr, static_cast<int>(o.recommended.size()))));
}

void PlanDialog::showResults()
{
    const PlanOutcome o = m_engine->outcome();
    m_noneFound = o.recommended.empty();
    m_rows =
        m_noneFound
            ? std::vector<std::size_t>(
                  o.others.begin(),
                  o.others.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(10, o.others.size())))
            : o.recommended;
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        const PlanDesign &d = m_engine->designs()[m_rows[r]];
        const PlanMeasure &m = *d.measured;
        const QStringList cells{
            m_noneFound ? QStringLiteral("–") : QString::number(r + 1),
            QLocale().toString(m.mean(&PlanMeasure::costPerHourSum), 'f', 2),
            UnitFormat::duration(1000.0 * m.rpoWorst),
            m.incidentsNotRecovered > 0 ? tr("not recovered") : UnitFormat::duration(1000.0 * m.rtoWorst),
            QLocale().toString(100.0 * m.availabilityWorst, 'f', 2) + QStringLiteral(" %"),
            QLocale().toString(m.mean(&PlanMeasure::p99Sum), 'f', 1),
            m_engine->candidate(m_rows[r]).label};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c != ColumnDesign)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == ColumnDesign)
                item->setToolTip(cells[ColumnDesign] +
                                 (m.firstMiss.isEmpty() ? QString() : QStringLiteral("\n") + m.firstMiss));
            m_table->setItem(static_cast<int>(r), c, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (!m_rows.empty())
        m_table->selectRow(0);
    const QString rpo = scenario::formatDuration(m_engine->request().rpo);
    const QString rto = scenario::formatDuration(m_engine->request().rto);
    QString text = m_noneFound
                       ? tr("None found: no design simulated meets RPO ≤ %1 and RTO ≤ %2 on every seed; the "
                            "closest are listed.")
                             .arg(rpo, rto)
                       : tr("%n design(s) meet RPO ≤ %1 and RTO ≤ %2 on every seed, cheapest first.", nullptr,
                            static_cast<int>(m_rows.size()))
                             .arg(rpo, rto);
    text += QLatin1Char(' ') +
            tr("%1 designs, %2 screened out by the closed forms, %3 simulated: %4 runs in %5 s.")
                .arg(QLocale().toString(static_cast<qulonglong>(m_engine->designs().size())))
                .arg(QLocale().toString(static_cast<qulonglong>(o.screened)))
                .arg(o.simulated)
                .arg(m_engine->runsDone())
                .arg(QLocale().toString(m_engine->wallSeconds(), 'f', 1));
    if (m_engine->stoppedAtMaxRuns())
        text += QLatin1Char(' ') + tr("Stopped at the run limit: designs not simulated may be better.");
    else if (o.untriedAsCheap > 0)
        text += QLatin1Char(' ') +
                tr("%1 designs as cheap as these passed the screens but were not simulated: the "
                   "plan stops once enough designs meet the targets.")
                    .arg(QLocale().toString(static_cast<qulonglong>(o.untriedAsCheap)));
    if (m_engine->cancelled())
        text += QLatin1Char(' ') + tr("Stopped: only the designs simulated so far are covered.");
    m_status->setText(text);
}

scenario::Scenario PlanDialog::resultScenario(int row) const
{
    return m_engine->designScenario(m_rows.at(static_cast<std::size_t>(row)), static_cast<std::size_t>(row));
}

void PlanDialog::openSelected()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty() || m_engine->running())
        return;
    const int row = selected.first().row();
    const scenario::Scenario design = resultScenario(row);
    emit openDesign(design,
                    m_noneFound ? tr("closest design %1").arg(row + 1) : tr("design %1").arg(row + 1));
}

void PlanDialog::updateButtons()
{
    const bool running = m_engine->running();
    m_find->setEnabled(!running);
    m_stop->setEnabled(running);
    m_open->setEnabled(!running && !m_table->selectionModel()->selectedRows().isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_rpo, m_rto, m_useBudget, m_seeds, m_top, m_maxRuns})
        w->setEnabled(!running);
    m_budget->setEnabled(!running && m_useBudget->isChecked());
}

void PlanDialog::retranslateUi()
{
    setWindowTitle(tr("Design for Targets"));
    m_intro->setText(
        tr("Finds the cheapest designs of this world that meet both targets on every seed: it screens "
           "every combination of architecture, home region and roles, replication, failover detection, "
           "split-brain protection, routing and health checks (tens of thousands) with the closed forms, "
           "then simulates the most promising of the rest with this scenario's faults (a standard "
           "region loss and partition when it has none)."));
    m_labels[0]->setText(tr("RPO target:"));
    m_rpo->setToolTip(tr("The longest span of acknowledged writes one incident may lose, e.g. 0s or 1s"));
    m_labels[1]->setText(tr("RTO target:"));
    m_rto->setToolTip(tr("The longest one incident may take until users are served again, e.g. 90s or 5m"));
    m_useBudget->setText(tr("At most, per hour:"));
    m_labels[2]->setText(tr("Budget:"));
    m_labels[3]->setText(tr("Seeds:"));
    m_seeds->setToolTip(tr("Every design must meet the targets on each of these seeds"));
    m_labels[4]->setText(tr("Designs to find:"));
    m_labels[5]->setText(tr("Run limit:"));
    m_maxRuns->setToolTip(tr("The most simulations the plan may take"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Cost/h"), tr("RPO worst"), tr("RTO worst"),
                                        tr("Availability (worst)"), tr("p99 ms"), tr("Design")});
    m_find->setText(tr("&Find Designs"));
    m_stop->setText(tr("&Stop"));
    m_open->setText(tr("&Open Design"));
    m_open->setToolTip(tr("Open the selected design in the lab (its settings replace the current world's)"));
    if (m_engine->running())
        showProgress();
    else if (m_engine->runsDone() > 0 || !m_engine->designs().empty())
        showResults();
    else
        m_status->setText(tr("Set the targets and press Find Designs."));
}

void PlanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PlanDialog::closeEvent(QCloseEvent *event)
{
    m_engine->cancel();
    QDialog::closeEvent(event);
}

} // namespace fl::ui
