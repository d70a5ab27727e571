#include "controlpanel.h"

#include "configedit.h"
#include "labtext.h"
#include "scenario/livesettings.h"
#include "settingwidgets.h"
#include "spec/commands.h"
#include "spec/enums.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <functional>

namespace fl::ui {
namespace {

// Marks a setting that only applies with a restart.
const QString kRestartMark = QStringLiteral(" ↻");

void setComboData(QComboBox *combo, int value)
{
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

void compactCombo(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(7);
}

void setDouble(QDoubleSpinBox *spin, double v)
{
    const QSignalBlocker block(spin);
    spin->setValue(v);
}

void setInt(QSpinBox *spin, int v)
{
    const QSignalBlocker block(spin);
    spin->setValue(v);
}

void setChecked(QCheckBox *box, bool v)
{
    const QSignalBlocker block(box);
    box->setChecked(v);
}

} // namespace

ControlPanel::ControlPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("controlPanel"));
    buildUi();
    // The dock is narrow: long choices elide in the closed combo instead of widening the panel.
    for (QComboBox *combo : findChildren<QComboBox *>())
        compactCombo(combo);
    retranslateUi();
}

namespace {

// The label a form shows beside `field`.
void setFormLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
        l->setText(text);
}

} // namespace

void ControlPanel::retranslateUi()
{
    fillCombos();
    m_liveNote->setText(tr("Settings change the running world at once, except those marked ↻: they are "
                           "collected and applied together by restarting the simulation from time zero."));
    retranslateWorldUi();
    retranslateDataUi();
    retranslateFailoverUi();
    m_apply->setText(tr("Apply and restart"));
    m_apply->setToolTip(tr("Restarts the simulation from time zero with the settings marked ↻."));
    m_discard->setText(tr("Discard"));
    refreshWidgets();
}

// Routing, health checks, workload, regions and the run.
void ControlPanel::retranslateWorldUi()
{
    m_routingBox->setTitle(tr("Routing"));
    setFormLabel(m_routingForm, m_mechanism, tr("Mechanism:"));
    setFormLabel(m_routingForm, m_policy, tr("Policy:"));
    setFormLabel(m_routingForm, m_ttl, tr("DNS TTL:"));
    setFormLabel(m_routingForm, m_resolvers, tr("DNS resolvers:") + kRestartMark);
    m_resolvers->setToolTip(
        tr("Ideal: every DNS cache keeps an answer for the TTL exactly. As measured: some "
           "resolvers keep answers for at least 5 minutes and some applications keep "
           "theirs until their session ends or a connection fails, as seen on the "
           "Internet (Flavel, Mani and Maltz, 2014)."));
    setFormLabel(m_routingForm, m_failback, tr("Failback:") + kRestartMark);
    m_ttl->setSuffix(tr(" s"));
    m_mechanism->setToolTip(
        tr("DNS: clients cache the answer for the TTL. Front door: a global load balancer "
           "decides per request."));
    m_policy->setToolTip(tr("Which region answers a population. Dragging a population onto a region switches "
                            "to weighted."));
    m_failback->setToolTip(tr("Whether a recovered region rejoins by itself or waits for an operator."));

    m_healthBox->setTitle(tr("Health checks") + kRestartMark);
    setFormLabel(m_healthForm, m_interval, tr("Interval:"));
    setFormLabel(m_healthForm, m_timeout, tr("Timeout:"));
    setFormLabel(m_healthForm, m_failures, tr("Failures to leave rotation:"));
    setFormLabel(m_healthForm, m_recoveries, tr("Successes to return:"));
    setFormLabel(m_healthForm, m_deep, tr("Deep check:"));
    setFormLabel(m_healthForm, m_placement, tr("Checker placement:"));
    setFormLabel(m_healthForm, m_vantage, tr("Checker region:"));
    m_interval->setSuffix(tr(" s"));
    m_timeout->setSuffix(tr(" s"));
    m_deep->setText(tr("also probe the data tier"));

    m_workloadBox->setTitle(tr("Workload"));
    setFormLabel(m_workloadForm, m_totalRate, tr("Total demand:"));
    setFormLabel(m_workloadForm, m_readShare, tr("Read share:") + kRestartMark);
    setFormLabel(m_workloadForm, m_zipf, tr("Key skew (Zipf):") + kRestartMark);
    m_totalRate->setSuffix(tr(" req/s"));
    m_totalRate->setToolTip(tr("Scales every population, keeping their shares."));
    m_zipf->setToolTip(
        tr("0 spreads requests evenly over keys; about 1 concentrates them on a few hot keys."));

    m_regionsBox->setTitle(tr("Regions"));
    m_regions->setHorizontalHeaderLabels(
        // Two-line headers: the panel is narrow, and one line clipped "Capacity" (worse in Chinese).
        {tr("Region"), tr("Role"), tr("Capacity\n(req/s)") + kRestartMark, tr("Clock skew\n(ms)")});

    m_runBox->setTitle(tr("Run") + kRestartMark);
    setFormLabel(m_runForm, m_seed, tr("Random seed:"));
    m_seed->setToolTip(tr("The same seed and the same actions give the same run, bit for bit."));

    m_regions->horizontalHeaderItem(3)->setToolTip(
        tr("Added to the region's clock for last-write-wins timestamps; applies at once."));
}

// Data and dependencies.
void ControlPanel::retranslateDataUi()
{
    m_dataBox->setTitle(tr("Data"));
    setFormLabel(m_dataForm, m_topology, tr("Topology:") + kRestartMark);
    setFormLabel(m_dataForm, m_dataPrimary, tr("Primary region:") + kRestartMark);
    setFormLabel(m_dataForm, m_mode, tr("Replication:"));
    setFormLabel(m_dataForm, m_batch, tr("Batch interval:") + kRestartMark);
    setFormLabel(m_dataForm, m_applyRate, tr("Apply rate:") + kRestartMark);
    setFormLabel(m_dataForm, m_fallback, tr("Sync fallback:") + kRestartMark);
    setFormLabel(m_dataForm, m_fallbackTimeout, tr("Fall back after:") + kRestartMark);
    setFormLabel(m_dataForm, m_syncLagTimeout, tr("Sync set lag timeout:") + kRestartMark);
    setFormLabel(m_dataForm, m_minSyncReplicas, tr("Sync set at least:") + kRestartMark);
    setFormLabel(m_dataForm, m_maxLogRetention, tr("Log kept for a lagging copy:") + kRestartMark);
    setFormLabel(m_dataForm, m_forward, tr("Writes at a replica:") + kRestartMark);
    setFormLabel(m_dataForm, m_reads, tr("Reads from:") + kRestartMark);
    setFormLabel(m_dataForm, m_ownership, tr("Key ownership:") + kRestartMark);
    setFormLabel(m_dataForm, m_conflict, tr("Conflicts:") + kRestartMark);
    m_topology->setToolTip(tr("Single primary: one region takes every write. Multi-primary: every region "
                              "does, and conflicts are resolved. Ownership: each key has a home region."));
    m_mode->setToolTip(tr("When a write is acknowledged: after the replicas have it (synchronous), after one "
                          "has it (semi-synchronous), or at once with the log shipped in batches "
                          "(asynchronous, event log). Applies at once."));
    m_batch->setSuffix(tr(" ms"));
    m_batch->setToolTip(tr("How often asynchronous and event-log replication ship the log."));
    m_applyRate->setSuffix(tr(" entries/s"));
    m_applyRate->setToolTip(tr("How fast a replica applies what it has received: below the write rate, "
                               "its apply lag grows without bound."));
    m_fallback->setText(tr("degrade to asynchronous"));
    m_fallback->setToolTip(tr("When the replicas do not confirm in time, the primary stops waiting and "
                              "acknowledges asynchronously (off: the writes time out)."));
    m_fallbackTimeout->setSuffix(tr(" s"));
    m_syncLagTimeout->setSuffix(tr(" s"));
    m_syncLagTimeout->setToolTip(
        tr("Sync all: a replica that has not confirmed a write for this long leaves "
           "the sync set, if the controller agrees; writes then stop waiting for it."));
    m_minSyncReplicas->setSuffix(tr(" replicas"));
    m_minSyncReplicas->setToolTip(tr("Sync all: the set never shrinks below this many replicas; below it, "
                                     "writes block instead. Fewer buys availability with durability."));
    m_maxLogRetention->setSuffix(tr(" entries"));
    m_maxLogRetention->setToolTip(
        tr("Single primary: the log entries the primary keeps for a replica that is cut off or behind. "
           "Past it the replica is detached and re-seeded from a snapshot when it is back; writes it "
           "never received are lost if it is promoted first. Bounds memory in a long partition."));
    m_forward->setToolTip(tr("What a region that is not the primary does with a write it receives."));
    m_reads->setToolTip(tr("Local replicas answer fast but may be stale; the primary is always current."));
    m_conflict->setToolTip(tr("How concurrent writes to one key are merged under multi-primary. LWW drops "
                              "one of them; the CRDT policies keep both."));

    m_depsBox->setTitle(tr("Dependencies") + kRestartMark);
    m_depsNote->setText(tr("Shared services some requests need. A request fails when its region reaches "
                           "no deployment; deploy or remove one live from the Region menu."));
    m_deps->setHorizontalHeaderLabels({tr("Service"), tr("Deployed in"), tr("Requests"), QString()});
    m_addDep->setText(tr("Add dependency"));
}

// Failover, targets and cost.
void ControlPanel::retranslateFailoverUi()
{
    m_failoverBox->setTitle(tr("Failover") + kRestartMark);
    setFormLabel(m_failoverForm, m_failoverMode, tr("Mode:"));
    setFormLabel(m_failoverForm, m_controlRegion, tr("Controller region:"));
    setFormLabel(m_failoverForm, m_probeInterval, tr("Probe interval:"));
    setFormLabel(m_failoverForm, m_probeTimeout, tr("Probe timeout:"));
    setFormLabel(m_failoverForm, m_probeThreshold, tr("Failed probes to act:"));
    setFormLabel(m_failoverForm, m_promotionTime, tr("Promotion time:"));
    setFormLabel(m_failoverForm, m_rejoin, tr("Old primary rejoins:"));
    setFormLabel(m_failoverForm, m_quorum, tr("Protections:"));
    setFormLabel(m_failoverForm, m_fencing, QString());
    setFormLabel(m_failoverForm, m_leases, QString());
    setFormLabel(m_failoverForm, m_leaseDuration, tr("Lease duration:"));
    m_failoverMode->setToolTip(tr("Automatic: the controller promotes the best replica it can reach and "
                                  "reroutes. Manual: it raises an alert and waits for you (Failover menu)."));
    m_controlRegion->setToolTip(
        tr("The controller runs here and sees only the messages that reach it. A witness is a fine home for "
           "it; if this region is killed or destroyed, nobody fails over until it returns."));
    m_probeInterval->setSuffix(tr(" s"));
    m_probeTimeout->setSuffix(tr(" s"));
    m_promotionTime->setSuffix(tr(" s"));
    m_promotionTime->setToolTip(tr("Reconfiguration after the replica has applied its backlog."));
    m_leaseDuration->setSuffix(tr(" s"));
    m_quorum->setText(tr("quorum election"));
    m_quorum->setToolTip(tr("Promote only with votes from a majority of the voting regions (data regions "
                            "and witnesses)."));
    m_fencing->setText(tr("fencing"));
    m_fencing->setToolTip(tr("Storage that has seen a newer epoch refuses writes of an older one."));
    m_leases->setText(tr("leases"));
    m_leases->setToolTip(tr("A primary acknowledges writes only while it holds a lease from the controller; "
                            "a new primary waits until the old lease has lapsed."));

    m_targetsBox->setTitle(tr("Targets") + kRestartMark);
    setFormLabel(m_targetsForm, m_rpo, tr("RPO:"));
    setFormLabel(m_targetsForm, m_rto, tr("RTO:"));
    for (QDoubleSpinBox *spin : {m_rpo, m_rto}) {
        spin->setSuffix(tr(" s"));
        spin->setSpecialValueText(tr("no target"));
    }
    m_rpo->setToolTip(tr("Recovery point objective: how far back acknowledged data may be lost."));
    m_rto->setToolTip(tr("Recovery time objective: from the fault until 99 % of each affected population's "
                         "requests succeed again."));

    m_costBox->setTitle(tr("Cost"));
    setFormLabel(m_costForm, m_costActive, tr("Active region:") + kRestartMark);
    setFormLabel(m_costForm, m_costStandby, tr("Warm standby:") + kRestartMark);
    setFormLabel(m_costForm, m_costPilot, tr("Pilot light:") + kRestartMark);
    setFormLabel(m_costForm, m_costWitness, tr("Witness:") + kRestartMark);
    for (QDoubleSpinBox *spin : {m_costActive, m_costStandby, m_costPilot, m_costWitness})
        spin->setSuffix(tr(" /h"));
}

void ControlPanel::setConfig(const SimulationConfig &config)
{
    m_base = config;
    if (!m_dirty) {
        m_staged = config;
    } else {
        // Keep the staged edits; take over what live commands and topology changed.
        SimulationConfig staged = config;
        staged.seed = m_staged.seed;
        staged.health = m_staged.health;
        if (staged.health.vantageRegion >= static_cast<int>(staged.regions.size()))
            staged.health.vantageRegion = 0;
        staged.routing.automaticFailback = m_staged.routing.automaticFailback;
        staged.routing.resolvers = m_staged.routing.resolvers;
        for (std::size_t p = 0; p < staged.populations.size() && p < m_staged.populations.size(); ++p) {
            staged.populations[p].readFraction = m_staged.populations[p].readFraction;
            staged.populations[p].zipfExponent = m_staged.populations[p].zipfExponent;
        }
        if (staged.regions.size() == m_staged.regions.size()) {
            for (std::size_t r = 0; r < staged.regions.size(); ++r)
                staged.regions[r].capacityOps = m_staged.regions[r].capacityOps;
            // Region-indexed settings survive only while the regions stay the same.
            const ReplicationMode liveMode = staged.data.mode;
            const std::vector<SimTime> liveSkew = staged.data.clockSkew;
            staged.data = m_staged.data;
            staged.data.mode = liveMode;
            staged.data.clockSkew = liveSkew;
            staged.failover = m_staged.failover;
            staged.dependencies = m_staged.dependencies;
        }
        staged.targets = m_staged.targets;
        staged.cost = m_staged.cost;
        m_staged = staged;
        m_dirty = !(m_staged == m_base);
    }
    refreshWidgets();
}

void ControlPanel::refreshWidgets()
{
    m_updating = true;
    const SimulationConfig &c = m_staged;
    setComboData(m_mechanism, static_cast<int>(c.routing.mechanism));
    setComboData(m_policy, static_cast<int>(c.routing.policy));
    {
        const QSignalBlocker block(m_failback);
        m_failback->setCurrentIndex(c.routing.automaticFailback ? 0 : 1);
    }
    setDouble(m_ttl, toSeconds(c.routing.dnsTtl));
    m_ttl->setEnabled(c.routing.mechanism == RoutingMechanism::Dns);
    setComboData(m_resolvers, static_cast<int>(c.routing.resolvers));
    m_resolvers->setEnabled(c.routing.mechanism == RoutingMechanism::Dns);
    setDouble(m_interval, toSeconds(c.health.interval));
    setDouble(m_timeout, toSeconds(c.health.timeout));
    setInt(m_failures, c.health.failureThreshold);
    setInt(m_recoveries, c.health.recoveryThreshold);
    {
        const QSignalBlocker block(m_deep);
        m_deep->setChecked(c.health.deep);
    }
    setComboData(m_placement, static_cast<int>(c.health.placement));
    {
        const QSignalBlocker block(m_vantage);
        m_vantage->clear();
        for (const RegionConfig &r : c.regions)
            m_vantage->addItem(LabText::regionName(r));
        m_vantage->setCurrentIndex(c.health.vantageRegion);
        m_vantage->setEnabled(c.health.placement == HealthCheckerPlacement::InRegion);
    }
    setDouble(m_totalRate, ConfigEdit::totalRate(c));
    setDouble(m_readShare, c.populations.empty() ? 0.9 : c.populations.front().readFraction);
    setDouble(m_zipf, c.populations.empty() ? 0.99 : c.populations.front().zipfExponent);
    setInt(m_seed, static_cast<int>(std::min<std::uint64_t>(c.seed, 2'000'000'000)));
    refreshRegionTable();

    setComboData(m_topology, static_cast<int>(c.data.topology));
    fillRegionCombo(m_dataPrimary, c.data.primaryRegion);
    setComboData(m_mode, static_cast<int>(c.data.mode));
    setDouble(m_batch, toMilliseconds(c.data.batchInterval));
    setDouble(m_applyRate, c.data.applyRate);
    setChecked(m_fallback, c.data.syncFallbackToAsync);
    setDouble(m_fallbackTimeout, toSeconds(c.data.syncFallbackTimeout));
    setDouble(m_syncLagTimeout, toSeconds(c.data.syncLagTimeout));
    setInt(m_minSyncReplicas, c.data.minSyncReplicas);
    setInt(m_maxLogRetention, static_cast<int>(c.data.maxLogRetention));
    setComboData(m_forward, static_cast<int>(c.data.forwardWrites));
    setComboData(m_reads, static_cast<int>(c.data.reads));
    setComboData(m_ownership, static_cast<int>(c.data.ownership));
    setComboData(m_conflict, static_cast<int>(c.data.conflict));
    refreshDependencyTable();

    setComboData(m_failoverMode, static_cast<int>(c.failover.mode));
    fillRegionCombo(m_controlRegion, c.failover.controlRegion);
    setDouble(m_probeInterval, toSeconds(c.failover.probeInterval));
    setDouble(m_probeTimeout, toSeconds(c.failover.probeTimeout));
    setInt(m_probeThreshold, c.failover.failureThreshold);
    setDouble(m_promotionTime, toSeconds(c.failover.promotionTime));
    setComboData(m_rejoin, static_cast<int>(c.failover.rejoin));
    setChecked(m_quorum, c.failover.quorumElection);
    setChecked(m_fencing, c.failover.fencing);
    setChecked(m_leases, c.failover.leases);
    setDouble(m_leaseDuration, toSeconds(c.failover.leaseDuration));
    setDouble(m_rpo, c.targets.rpoSeconds < 0 ? -1 : c.targets.rpoSeconds);
    setDouble(m_rto, c.targets.rtoSeconds < 0 ? -1 : c.targets.rtoSeconds);
    setDouble(m_costActive, c.cost.activePerHour);
    setDouble(m_costStandby, c.cost.warmStandbyPerHour);
    setDouble(m_costPilot, c.cost.pilotLightPerHour);
    setDouble(m_costWitness, c.cost.witnessPerHour);
    m_costThrottle.invalidate();
    showCost(m_costPerHour, m_costTotal);
    refreshEnabled();
    showWarnings();

    guardWheels(this); // the tables' editors are made anew
    m_apply->setEnabled(m_dirty);
    m_discard->setEnabled(m_dirty);
    m_restartNote->setText(
        m_dirty ? tr("Changes marked ↻ are waiting: applying them restarts the simulation.") : QString());
    m_restartNote->setVisible(m_dirty);
    m_updating = false;
}

void ControlPanel::refreshRegionTable()
{
    const SimulationConfig &c = m_staged;
    m_regions->setRowCount(static_cast<int>(c.regions.size()));
    for (int r = 0; r < static_cast<int>(c.regions.size()); ++r) {
        const RegionConfig &rc = c.regions[static_cast<std::size_t>(r)];
        auto *name = new QTableWidgetItem(LabText::regionName(rc));
        name->setToolTip(LabText::regionId(rc));
        name->setFlags(Qt::ItemIsEnabled);
        m_regions->setItem(r, 0, name);

        auto *role = qobject_cast<QComboBox *>(m_regions->cellWidget(r, 1));
        if (!role) {
            role = new QComboBox;
            role->setObjectName(QStringLiteral("roleCombo_%1").arg(r));
            // The role column sizes to its contents: the combo must ask for its longest role
            // ("warm standby"; "active（主用）" in Chinese), not a compact width.
            role->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            m_regions->setCellWidget(r, 1, role);
            connect(role, &QComboBox::activated, this, [this, role, r] {
                const Command c = makeCommand(0, CommandType::SetRegionRole, r, role->currentData().toInt());
                if (!tryLive(c))
                    refreshWidgets();
            });
        }
        {
            const QSignalBlocker block(role);
            role->clear();
            for (const EnumEntry<RegionRole> &x : enumEntries<RegionRole>())
                role->addItem(LabText::roleName(x.value), static_cast<int>(x.value));
            role->setCurrentIndex(role->findData(static_cast<int>(rc.role)));
        }

        auto *capacity = qobject_cast<QDoubleSpinBox *>(m_regions->cellWidget(r, 2));
        if (!capacity) {
            capacity = makeSettingSpin(nullptr, "", settingAt("regions[].capacity"), 1, 0, 1000);
            m_regions->setCellWidget(r, 2, capacity);
            connect(capacity, &QDoubleSpinBox::valueChanged, this, [this, r](double v) {
                stage([r, v](SimulationConfig &c) {
                    if (r < static_cast<int>(c.regions.size()))
                        c.regions[static_cast<std::size_t>(r)].capacityOps = v;
                });
            });
        }
        {
            const QSignalBlocker block(capacity);
            capacity->setValue(rc.capacityOps);
        }

        auto *skew = qobject_cast<QDoubleSpinBox *>(m_regions->cellWidget(r, 3));
        if (!skew) {
            skew = new QDoubleSpinBox;
            skew->setObjectName(QStringLiteral("clockSkewSpin_%1").arg(r));
            skew->setRange(-60'000, 60'000);
            skew->setDecimals(0);
            skew->setSingleStep(10);
            skew->setKeyboardTracking(false);
            m_regions->setCellWidget(r, 3, skew);
            connect(skew, &QDoubleSpinBox::valueChanged, this, [this, r](double v) {
                if (!m_updating && !tryLive(makeCommand(0, CommandType::SetClockSkew, r, -1, -1, v)))
                    refreshWidgets();
            });
        }
        const QSignalBlocker block(skew);
        const auto ri = static_cast<std::size_t>(r);
        skew->setValue(ri < c.data.clockSkew.size() ? toMilliseconds(c.data.clockSkew[ri]) : 0.0);
    }
}

void ControlPanel::refreshDependencyTable()
{
    const SimulationConfig &c = m_staged;
    const int rows = static_cast<int>(c.dependencies.size());
    m_deps->setRowCount(rows);
    for (int d = 0; d < rows; ++d) {
        const DependencyConfig &dep = c.dependencies[static_cast<std::size_t>(d)];
        m_deps->setCellWidget(d, 0, dependencyKindCombo(d, dep));
        m_deps->setCellWidget(d, 1, dependencyRegionsButton(d, dep, c));
        m_deps->setCellWidget(d, 2, dependencyShareSpin(d, dep));
        m_deps->setCellWidget(d, 3, removeDependencyButton(d));
    }
    m_deps->setVisible(rows > 0);
}

QWidget *ControlPanel::dependencyKindCombo(int d, const DependencyConfig &dep)
{
    auto *kind = new QComboBox;
    kind->setObjectName(QStringLiteral("dependencyKind_%1").arg(d));
    compactCombo(kind);
    fillEnumCombo(kind, &LabText::dependencyKindName);
    kind->setCurrentIndex(kind->findData(static_cast<int>(dep.kind)));
    connect(kind, &QComboBox::activated, this, [this, kind, d] {
        const auto k = static_cast<DependencyKind>(kind->currentData().toInt());
        stage([d, k](SimulationConfig &c) {
            if (d < static_cast<int>(c.dependencies.size()))
                c.dependencies[static_cast<std::size_t>(d)].kind = k;
        });
    });
    return kind;
}

// Where the dependency is deployed: a menu of the regions, checked where it is.
QWidget *ControlPanel::dependencyRegionsButton(int d, const DependencyConfig &dep, const SimulationConfig &c)
{
    auto *where = new QToolButton;
    where->setObjectName(QStringLiteral("dependencyRegions_%1").arg(d));
    where->setPopupMode(QToolButton::InstantPopup);
    where->setToolButtonStyle(Qt::ToolButtonTextOnly);
    where->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *menu = new QMenu(where);
    QStringList names;
    for (int r = 0; r < static_cast<int>(c.regions.size()); ++r) {
        const QString name = LabText::regionName(c.regions[static_cast<std::size_t>(r)]);
        QAction *a = menu->addAction(name);
        a->setCheckable(true);
        const bool deployed = std::find(dep.regions.begin(), dep.regions.end(), r) != dep.regions.end();
        a->setChecked(deployed);
        if (deployed)
            names << name;
        connect(a, &QAction::toggled, this, [this, d, r](bool on) {
            stage([d, r, on](SimulationConfig &c) {
                if (d >= static_cast<int>(c.dependencies.size()))
                    return;
                std::vector<int> &regions = c.dependencies[static_cast<std::size_t>(d)].regions;
                regions.erase(std::remove(regions.begin(), regions.end(), r), regions.end());
                if (on) {
                    regions.push_back(r);
                    std::sort(regions.begin(), regions.end());
                }
            });
            QMetaObject::invokeMethod(this, &ControlPanel::refreshDependencyTable, Qt::QueuedConnection);
        });
    }
    where->setMenu(menu);
    if (dep.kind == DependencyKind::Cache) {
        where->setText(tr("every region (starts cold)"));
        where->setEnabled(false);
    } else {
        where->setText(names.isEmpty() ? tr("nowhere") : names.join(QStringLiteral(", ")));
    }
    return where;
}

QWidget *ControlPanel::dependencyShareSpin(int d, const DependencyConfig &dep)
{
    auto *share = makeSettingSpin(nullptr, "", settingAt("dependencies[].request_share"), 100, 0, 5);
    share->setObjectName(QStringLiteral("dependencyShare_%1").arg(d));
    share->setSuffix(tr(" %"));
    share->setValue(dep.requestShare * 100);
    share->setToolTip(tr("Share of requests that need this service."));
    connect(share, &QDoubleSpinBox::valueChanged, this, [this, d](double v) {
        stage([d, v](SimulationConfig &c) {
            if (d < static_cast<int>(c.dependencies.size()))
                c.dependencies[static_cast<std::size_t>(d)].requestShare = v / 100;
        });
    });
    return share;
}

QWidget *ControlPanel::removeDependencyButton(int d)
{
    auto *remove = new QToolButton;
    remove->setObjectName(QStringLiteral("removeDependency_%1").arg(d));
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this dependency"));
    connect(remove, &QToolButton::clicked, this, [this, d] {
        stage([d](SimulationConfig &c) {
            if (d < static_cast<int>(c.dependencies.size()))
                c.dependencies.erase(c.dependencies.begin() + d);
        });
        // Not now: this button is about to be deleted with its row.
        QMetaObject::invokeMethod(this, &ControlPanel::refreshDependencyTable, Qt::QueuedConnection);
    });
    return remove;
}

void ControlPanel::refreshEnabled()
{
    const SimulationConfig &c = m_staged;
    const bool single = c.data.topology == WriteTopology::SinglePrimary;
    m_dataPrimary->setEnabled(single);
    m_ownership->setEnabled(c.data.topology == WriteTopology::Ownership);
    m_conflict->setEnabled(c.data.topology == WriteTopology::MultiPrimary);
    m_forward->setEnabled(c.data.topology != WriteTopology::MultiPrimary);
    m_fallbackTimeout->setEnabled(c.data.syncFallbackToAsync);
    m_syncLagTimeout->setEnabled(single && c.data.mode == ReplicationMode::SyncAll);
    m_minSyncReplicas->setEnabled(single && c.data.mode == ReplicationMode::SyncAll);
    m_maxLogRetention->setEnabled(single);
    m_vantage->setEnabled(c.health.placement == HealthCheckerPlacement::InRegion);
    for (QWidget *w : std::initializer_list<QWidget *>{m_failoverMode, m_controlRegion, m_probeInterval,
                                                       m_probeTimeout, m_probeThreshold, m_promotionTime,
                                                       m_rejoin, m_quorum, m_fencing, m_leases})
        w->setEnabled(single);
    m_leaseDuration->setEnabled(single && c.failover.leases);
    m_failoverNote->setText(single
                                ? tr("A controller probes the primary; after the failed probes it elects and "
                                     "promotes a replica and points routing at it.")
                                : tr("The controller only manages a single primary: with %1 it does not run.")
                                      .arg(LabText::topologyName(c.data.topology)));
}

void ControlPanel::showCost(double perHour, double total)
{
    // The running total changes every frame: a wrapped label that changes relayouts the panel, so
    // twice a second is enough (a change of the hourly rate shows at once).
    if (perHour == m_costPerHour && m_costThrottle.isValid() && m_costThrottle.elapsed() < 500)
        return;
    m_costThrottle.start();
    m_costPerHour = perHour;
    m_costTotal = total;
    const QLocale locale;
    if (perHour < 0) {
        m_costNow->clear();
        return;
    }
    const QString text = tr("Now %1 per hour · this run so far %2")
                             .arg(locale.toString(perHour, 'f', 2), locale.toString(total, 'f', 2));
    if (m_costNow->text() != text)
        m_costNow->setText(text);
}

void ControlPanel::showWarnings()
{
    const QStringList warnings = ConfigEdit::warnings(m_staged);
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

void ControlPanel::stage(const std::function<void(SimulationConfig &)> &edit)
{
    if (m_updating)
        return;
    edit(m_staged);
    m_dirty = !(m_staged == m_base);
    const QStringList problems = ConfigEdit::problems(m_staged);
    showProblems(problems);
    m_apply->setEnabled(m_dirty && problems.isEmpty());
    m_discard->setEnabled(m_dirty);
    m_restartNote->setText(
        m_dirty ? tr("Changes marked ↻ are waiting: applying them restarts the simulation.") : QString());
    m_restartNote->setVisible(m_dirty);
    refreshEnabled();
    showWarnings();
}

bool ControlPanel::tryLive(const Command &command)
{
    if (m_updating)
        return true;
    SimulationConfig candidate = m_base;
    scenario::applyLiveCommand(candidate, command);
    const QStringList problems = ConfigEdit::problems(candidate);
    // Refuse only what this change breaks; problems that were already there are the staged ones'.
    const QStringList before = ConfigEdit::problems(m_base);
    QStringList added;
    for (const QString &p : problems) {
        if (!before.contains(p))
            added << p;
    }
    if (!added.isEmpty()) {
        showProblems(added);
        emit refused(added.join(QLatin1Char(' ')));
        return false;
    }
    showProblems(ConfigEdit::problems(m_staged));
    emit liveCommand(command);
    showWarnings();
    return true;
}

void ControlPanel::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void ControlPanel::applyStaged()
{
    const QStringList problems = ConfigEdit::problems(m_staged);
    if (!problems.isEmpty()) {
        showProblems(problems);
        emit refused(problems.join(QLatin1Char(' ')));
        return;
    }
    showProblems({});
    m_dirty = false;
    emit restartRequested(m_staged);
}

void ControlPanel::discardStaged()
{
    m_staged = m_base;
    m_dirty = false;
    showProblems({});
    refreshWidgets();
}

void ControlPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace fl::ui
