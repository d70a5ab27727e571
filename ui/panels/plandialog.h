// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/scenario.h"

#include <QDialog>
#include <QJsonObject>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace fl::ui {

class PlanEngine;

// Simulation ▸ Design for Targets…: runs the planner (PlanEngine, as `failover-lab plan` does) on
// the lab's current world with the RPO and RTO targets, budget and seeds the user gives, shows its
// progress, lists the designs that meet the targets (or the closest, when none does) with what
// was measured, and opens the chosen one in the window. The plan runs on the sweep's worker
// threads; the window stays live. Non-modal: closing it stops the plan.
class PlanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlanDialog(const QJsonObject &world, QWidget *parent = nullptr);
    ~PlanDialog() override;

    // For tests and the window: start as the Find button does; false when the targets are not valid
    // (the reason is shown in the dialog).
    bool startPlan();
    bool isPlanning() const;
    int resultCount() const;
    // The design in result row `row` as a scenario file stores it (the plan's first seed).
    scenario::Scenario resultScenario(int row) const;

signals:
    // The user asked to open this design; `name` is what the window calls it.
    void openDesign(const scenario::Scenario &design, const QString &name);
    void planFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void showProgress();
    void showResults();
    void openSelected();
    void updateButtons();

    QJsonObject m_world;
    PlanEngine *m_engine;
    std::vector<std::size_t> m_rows; // design index per result row
    bool m_noneFound = false;

    QLabel *m_intro;
    QFormLayout *m_form;
    QLabel *m_labels[6] = {}; // RPO, RTO, budget, seeds, designs to find, run limit
    QLineEdit *m_rpo;
    QLineEdit *m_rto;
    QCheckBox *m_useBudget;
    QDoubleSpinBox *m_budget;
    QSpinBox *m_seeds;
    QSpinBox *m_top;
    QSpinBox *m_maxRuns;
    QLabel *m_error;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_table;
    QPushButton *m_find;
    QPushButton *m_stop;
    QPushButton *m_open;
    QDialogButtonBox *m_buttons;
};

} // namespace fl::ui
