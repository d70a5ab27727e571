#pragma once

#include "engine/command.h"
#include "spec/config.h"

#include <QElapsedTimer>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;

namespace fl::ui {

// The lab's settings. Some change the running world at once and go to the simulation as
// commands (routing mechanism and policy, DNS TTL, demand, roles, replication mode, clock skew);
// the others only make sense from the start of a run, so they are staged and applied together
// with a restart — the panel says which is which. Impossible combinations are refused with the
// reason; combinations that run but surprise (a setting the model ignores) are explained.
class ControlPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ControlPanel(QWidget *parent = nullptr);

    // The configuration the lab runs. Staged edits survive a live change made elsewhere.
    void setConfig(const SimulationConfig &config);
    const SimulationConfig &stagedConfig() const { return m_staged; }
    bool hasStagedChanges() const { return m_dirty; }
    // What the running world costs now and has cost so far (from the latest snapshot).
    void showCost(double perHour, double total);

public slots:
    void applyStaged();
    void discardStaged();

signals:
    // A setting that applies live, as a command (its time is stamped by the simulation).
    void liveCommand(const fl::Command &command);
    // Validated settings that need a restart.
    void restartRequested(const fl::SimulationConfig &config);
    // A setting was refused; `reason` says why (already shown in the panel).
    void refused(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildWorldUi();
    void buildFooterUi();
    void layOutGroups();
    void connectLiveSettings();
    void connectRestartSettings();
    void buildDataUi();
    void buildDependenciesUi();
    void buildFailoverUi();
    void buildTargetsAndCostUi();
    void retranslateUi();
    void retranslateWorldUi();
    void retranslateDataUi();
    void retranslateFailoverUi();
    void refreshWidgets();
    void refreshRegionTable();
    void refreshDependencyTable();
    QWidget *dependencyKindCombo(int index, const DependencyConfig &dependency);
    QWidget *dependencyRegionsButton(int index, const DependencyConfig &dependency,
                                     const SimulationConfig &config);
    QWidget *dependencyShareSpin(int index, const DependencyConfig &dependency);
    QWidget *removeDependencyButton(int index);
    void refreshEnabled();
    void stage(const std::function<void(SimulationConfig &)> &edit);
    bool tryLive(const Command &command);
    void showProblems(const QStringList &problems);
    void showWarnings();
    void fillCombos();
    void fillRegionCombo(QComboBox *combo, int current);

    SimulationConfig m_base;   // what runs
    SimulationConfig m_staged; // with the edits waiting for a restart
    bool m_dirty = false;
    bool m_updating = false;
    double m_costPerHour = -1, m_costTotal = 0;
    QElapsedTimer m_costThrottle;

    QGroupBox *m_routingBox, *m_healthBox, *m_workloadBox, *m_regionsBox, *m_runBox;
    QFormLayout *m_routingForm, *m_healthForm, *m_workloadForm, *m_runForm;
    QComboBox *m_mechanism, *m_policy, *m_resolvers, *m_failback;
    QDoubleSpinBox *m_ttl;
    QDoubleSpinBox *m_interval, *m_timeout;
    QSpinBox *m_failures, *m_recoveries;
    QCheckBox *m_deep;
    QComboBox *m_placement, *m_vantage;
    QDoubleSpinBox *m_totalRate, *m_readShare, *m_zipf;
    QTableWidget *m_regions;
    QSpinBox *m_seed;

    // Data
    QGroupBox *m_dataBox;
    QFormLayout *m_dataForm;
    QComboBox *m_topology, *m_dataPrimary, *m_mode, *m_forward, *m_reads, *m_ownership, *m_conflict;
    QDoubleSpinBox *m_batch, *m_applyRate, *m_fallbackTimeout, *m_syncLagTimeout;
    QSpinBox *m_minSyncReplicas, *m_maxLogRetention;
    QCheckBox *m_fallback;
    // Failover
    QGroupBox *m_failoverBox;
    QFormLayout *m_failoverForm;
    QComboBox *m_failoverMode, *m_controlRegion, *m_rejoin;
    QDoubleSpinBox *m_probeInterval, *m_probeTimeout, *m_promotionTime, *m_leaseDuration;
    QSpinBox *m_probeThreshold;
    QCheckBox *m_quorum, *m_fencing, *m_leases;
    QLabel *m_failoverNote;
    // Targets and cost
    QGroupBox *m_targetsBox, *m_costBox;
    QFormLayout *m_targetsForm, *m_costForm;
    QDoubleSpinBox *m_rpo, *m_rto;
    QDoubleSpinBox *m_costActive, *m_costStandby, *m_costPilot, *m_costWitness;
    QLabel *m_costNow;
    // Dependencies
    QGroupBox *m_depsBox;
    QTableWidget *m_deps;
    QToolButton *m_addDep;
    QLabel *m_depsNote;

    QLabel *m_liveNote, *m_restartNote, *m_problems, *m_warnings;
    QPushButton *m_apply, *m_discard;
};

} // namespace fl::ui
