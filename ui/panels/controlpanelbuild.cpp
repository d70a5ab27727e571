// The control panel's widgets: each group's editors, made from core/spec's declarations where a
// setting is declared, and what each one stages when it changes.
#include "configedit.h"
#include "controlpanel.h"
#include "labtext.h"
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

void ControlPanel::buildUi()
{
    buildWorldUi();
    buildDataUi();
    buildFailoverUi();
    buildFooterUi();
    layOutGroups();
    connectLiveSettings();
    connectRestartSettings();
    guardWheels(this);
}

// Routing, health checks, workload, regions and the run's seed.
void ControlPanel::buildWorldUi()
{

    m_liveNote = new QLabel(this);
    m_liveNote->setWordWrap(true);

    // Routing
    m_routingBox = new QGroupBox(this);
    m_routingForm = new QFormLayout(m_routingBox);
    m_mechanism = new QComboBox(this);
    m_mechanism->setObjectName(QStringLiteral("mechanismCombo"));
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("policyCombo"));
    m_ttl = makeSettingSpin(this, "ttlSpin", settingAt("routing.dns_ttl"), 1e-6, 0, 5);
    m_resolvers = new QComboBox(this);
    m_resolvers->setObjectName(QStringLiteral("resolversCombo"));
    m_failback = new QComboBox(this);
    m_failback->setObjectName(QStringLiteral("failbackCombo"));
    m_routingForm->addRow(QStringLiteral("-"), m_mechanism);
    m_routingForm->addRow(QStringLiteral("-"), m_policy);
    m_routingForm->addRow(QStringLiteral("-"), m_ttl);
    m_routingForm->addRow(QStringLiteral("-"), m_resolvers);
    m_routingForm->addRow(QStringLiteral("-"), m_failback);

    // Health checks
    m_healthBox = new QGroupBox(this);
    m_healthForm = new QFormLayout(m_healthBox);
    m_interval = makeSettingSpin(this, "intervalSpin", settingAt("health.interval"), 1e-6, 1, 1);
    m_timeout = makeSettingSpin(this, "timeoutSpin", settingAt("health.timeout"), 1e-6, 2, 0.5);
    m_failures = makeSettingIntSpin(this, "failureThresholdSpin", settingAt("health.failure_threshold"));
    m_recoveries = makeSettingIntSpin(this, "recoveryThresholdSpin", settingAt("health.recovery_threshold"));
    m_deep = new QCheckBox(this);
    m_placement = new QComboBox(this);
    m_vantage = new QComboBox(this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_interval, m_timeout, m_failures, m_recoveries,
                                                       m_deep, m_placement, m_vantage})
        m_healthForm->addRow(QStringLiteral("-"), w);

    // Workload
    m_workloadBox = new QGroupBox(this);
    m_workloadForm = new QFormLayout(m_workloadBox);
    m_totalRate = makeDoubleSpin(this, "totalRateSpin", 0, 5'000'000, 0, 100);
    m_readShare = makeSettingSpin(this, "readShareSpin", settingAt("populations[].read_share"), 1, 2, 0.05);
    m_zipf = makeSettingSpin(this, "zipfSpin", settingAt("populations[].zipf"), 1, 2, 0.1);
    m_workloadForm->addRow(QStringLiteral("-"), m_totalRate);
    m_workloadForm->addRow(QStringLiteral("-"), m_readShare);
    m_workloadForm->addRow(QStringLiteral("-"), m_zipf);

    // Regions
    m_regionsBox = new QGroupBox(this);
    m_regions = new QTableWidget(this);
    m_regions->setObjectName(QStringLiteral("regionTable"));
    m_regions->setColumnCount(4);
    m_regions->verticalHeader()->hide();
    // Every column as wide as its header and cells need, the last one taking what is left: where
    // the dock is too narrow (Chinese headers are wider), the table scrolls sideways rather than
    // cutting a header or a role short.
    for (int column = 0; column < 4; ++column)
        m_regions->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_regions->horizontalHeader()->setStretchLastSection(true);
    m_regions->horizontalHeader()->setMinimumSectionSize(40);
    m_regions->setSelectionMode(QAbstractItemView::NoSelection);
    m_regions->setMinimumHeight(120);
    auto *regionsLayout = new QVBoxLayout(m_regionsBox);
    regionsLayout->addWidget(m_regions);

    // Run
    m_runBox = new QGroupBox(this);
    m_runForm = new QFormLayout(m_runBox);
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("seedSpin"));
    m_seed->setRange(0, 2'000'000'000);
    m_runForm->addRow(QStringLiteral("-"), m_seed);
}

// The notes, problems and the Apply / Discard buttons under the groups.
void ControlPanel::buildFooterUi()
{
    m_restartNote = new QLabel(this);
    m_restartNote->setWordWrap(true);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_problems->hide();
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #a04a00;"));
    m_warnings->hide();
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applyRestartButton"));
    m_discard = new QPushButton(this);
}

void ControlPanel::layOutGroups()
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_discard);
    buttons->addStretch();
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_liveNote);
    layout->addWidget(m_routingBox);
    layout->addWidget(m_workloadBox);
    layout->addWidget(m_regionsBox, 1);
    layout->addWidget(m_healthBox);
    layout->addWidget(m_dataBox);
    layout->addWidget(m_failoverBox);
    layout->addWidget(m_depsBox);
    layout->addWidget(m_targetsBox);
    layout->addWidget(m_costBox);
    layout->addWidget(m_runBox);
    layout->addWidget(m_problems);
    layout->addWidget(m_warnings);
    layout->addWidget(m_restartNote);
    layout->addLayout(buttons);
}

// Settings a running world takes at once, as commands.
void ControlPanel::connectLiveSettings()
{
    connect(m_mechanism, &QComboBox::activated, this, [this] {
        if (!tryLive(makeCommand(0, CommandType::SetRoutingMechanism, m_mechanism->currentData().toInt())))
            refreshWidgets();
    });
    connect(m_policy, &QComboBox::activated, this, [this] {
        if (!tryLive(makeCommand(0, CommandType::SetRoutingPolicy, m_policy->currentData().toInt())))
            refreshWidgets();
    });
    connect(m_ttl, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        if (!m_updating && !tryLive(makeCommand(0, CommandType::SetDnsTtl, -1, -1, -1, seconds)))
            refreshWidgets();
    });
    connect(m_totalRate, &QDoubleSpinBox::valueChanged, this, [this](double total) {
        if (m_updating)
            return;
        // Scale every population, keeping their shares of the total.
        const SimulationConfig base = m_base; // tryLive() updates m_base as it goes
        const double before = ConfigEdit::totalRate(base);
        const auto n = static_cast<double>(base.populations.size());
        for (std::size_t p = 0; p < base.populations.size(); ++p) {
            const double share = before > 0 ? base.populations[p].requestsPerSecond / before : 1.0 / n;
            tryLive(
                makeCommand(0, CommandType::SetPopulationRate, static_cast<int>(p), -1, -1, total * share));
        }
    });
}

// Settings that wait for Apply and restart.
void ControlPanel::connectRestartSettings()
{
    connect(m_failback, &QComboBox::activated, this, [this] {
        stage([this](SimulationConfig &c) {
            c.routing.automaticFailback = m_failback->currentData().toBool();
        });
    });
    connect(m_resolvers, &QComboBox::activated, this, [this] {
        stage([this](SimulationConfig &c) {
            c.routing.resolvers = static_cast<DnsResolvers>(m_resolvers->currentData().toInt());
        });
    });
    connect(m_interval, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { stage([v](SimulationConfig &c) { c.health.interval = fromSeconds(v); }); });
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { stage([v](SimulationConfig &c) { c.health.timeout = fromSeconds(v); }); });
    connect(m_failures, &QSpinBox::valueChanged, this,
            [this](int v) { stage([v](SimulationConfig &c) { c.health.failureThreshold = v; }); });
    connect(m_recoveries, &QSpinBox::valueChanged, this,
            [this](int v) { stage([v](SimulationConfig &c) { c.health.recoveryThreshold = v; }); });
    connect(m_deep, &QCheckBox::toggled, this,
            [this](bool v) { stage([v](SimulationConfig &c) { c.health.deep = v; }); });
    connect(m_placement, &QComboBox::activated, this, [this] {
        stage([this](SimulationConfig &c) {
            c.health.placement = static_cast<HealthCheckerPlacement>(m_placement->currentData().toInt());
        });
    });
    connect(m_vantage, &QComboBox::activated, this, [this] {
        stage([this](SimulationConfig &c) { c.health.vantageRegion = m_vantage->currentIndex(); });
    });
    connect(m_readShare, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        stage([v](SimulationConfig &c) {
            for (PopulationConfig &p : c.populations)
                p.readFraction = v;
        });
    });
    connect(m_zipf, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        stage([v](SimulationConfig &c) {
            for (PopulationConfig &p : c.populations)
                p.zipfExponent = v;
        });
    });
    connect(m_seed, &QSpinBox::valueChanged, this,
            [this](int v) { stage([v](SimulationConfig &c) { c.seed = static_cast<std::uint64_t>(v); }); });
    connect(m_apply, &QPushButton::clicked, this, &ControlPanel::applyStaged);
    connect(m_discard, &QPushButton::clicked, this, &ControlPanel::discardStaged);
}

void ControlPanel::buildDataUi()
{

    // Data
    m_dataBox = new QGroupBox(this);
    m_dataBox->setObjectName(QStringLiteral("dataBox"));
    m_dataForm = new QFormLayout(m_dataBox);
    m_topology = makeCombo(this, "topologyCombo");
    m_dataPrimary = makeCombo(this, "dataPrimaryCombo");
    m_mode = makeCombo(this, "replicationModeCombo");
    m_batch = makeSettingSpin(this, "batchIntervalSpin", settingAt("data.batch_interval"), 1e-3, 0, 10);
    m_applyRate = makeSettingSpin(this, "applyRateSpin", settingAt("data.apply_rate"), 1, 0, 1000);
    m_fallback = makeCheck(this, "syncFallbackCheck");
    m_fallbackTimeout = makeSettingSpin(this, "syncFallbackTimeoutSpin",
                                        settingAt("data.sync_fallback.timeout"), 1e-6, 2, 0.5);
    m_syncLagTimeout =
        makeSettingSpin(this, "syncLagTimeoutSpin", settingAt("data.sync_lag_timeout"), 1e-6, 1, 1);
    m_minSyncReplicas = makeSettingIntSpin(this, "minSyncReplicasSpin", settingAt("data.min_sync_replicas"));
    m_maxLogRetention = makeSettingIntSpin(this, "maxLogRetentionSpin", settingAt("data.max_log_retention"));
    m_maxLogRetention->setSingleStep(10000);
    m_forward = makeCombo(this, "forwardCombo");
    m_reads = makeCombo(this, "readsCombo");
    m_ownership = makeCombo(this, "ownershipCombo");
    m_conflict = makeCombo(this, "conflictCombo");
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_topology, m_dataPrimary, m_mode, m_batch, m_applyRate, m_fallback,
                                          m_fallbackTimeout, m_syncLagTimeout, m_minSyncReplicas,
                                          m_maxLogRetention, m_forward, m_reads, m_ownership, m_conflict})
        m_dataForm->addRow(QStringLiteral("-"), w);

    connect(m_mode, &QComboBox::activated, this, [this] {
        if (!tryLive(makeCommand(0, CommandType::SetReplicationMode, m_mode->currentData().toInt())))
            refreshWidgets();
    });
    auto stageCombo = [this](QComboBox *combo, auto assign) {
        connect(combo, &QComboBox::activated, this, [this, combo, assign] {
            const int v = combo->currentData().toInt();
            stage([assign, v](SimulationConfig &c) { assign(c, v); });
        });
    };
    stageCombo(m_topology,
               [](SimulationConfig &c, int v) { c.data.topology = static_cast<WriteTopology>(v); });
    stageCombo(m_dataPrimary, [](SimulationConfig &c, int v) { c.data.primaryRegion = v; });
    stageCombo(m_forward,
               [](SimulationConfig &c, int v) { c.data.forwardWrites = static_cast<ForwardPolicy>(v); });
    stageCombo(m_reads, [](SimulationConfig &c, int v) { c.data.reads = static_cast<ReadPolicy>(v); });
    stageCombo(m_ownership,
               [](SimulationConfig &c, int v) { c.data.ownership = static_cast<OwnershipRule>(v); });
    stageCombo(m_conflict,
               [](SimulationConfig &c, int v) { c.data.conflict = static_cast<ConflictPolicy>(v); });
    connect(m_batch, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        stage([v](SimulationConfig &c) { c.data.batchInterval = fromMilliseconds(v); });
    });
    connect(m_applyRate, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { stage([v](SimulationConfig &c) { c.data.applyRate = v; }); });
    connect(m_fallback, &QCheckBox::toggled, this,
            [this](bool v) { stage([v](SimulationConfig &c) { c.data.syncFallbackToAsync = v; }); });
    connect(m_fallbackTimeout, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        stage([v](SimulationConfig &c) { c.data.syncFallbackTimeout = fromSeconds(v); });
    });
    connect(m_syncLagTimeout, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        stage([v](SimulationConfig &c) { c.data.syncLagTimeout = fromSeconds(v); });
    });
    connect(m_minSyncReplicas, &QSpinBox::valueChanged, this,
            [this](int v) { stage([v](SimulationConfig &c) { c.data.minSyncReplicas = v; }); });
    connect(m_maxLogRetention, &QSpinBox::valueChanged, this, [this](int v) {
        stage([v](SimulationConfig &c) { c.data.maxLogRetention = static_cast<std::uint32_t>(v); });
    });
    buildDependenciesUi();
}

// Shared services (dependencies) and where each is deployed.
void ControlPanel::buildDependenciesUi()
{
    m_depsBox = new QGroupBox(this);
    m_depsBox->setObjectName(QStringLiteral("dependenciesBox"));
    m_deps = new QTableWidget(this);
    m_deps->setObjectName(QStringLiteral("dependencyTable"));
    m_deps->setColumnCount(4);
    m_deps->verticalHeader()->hide();
    m_deps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_deps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_deps->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_deps->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_deps->setSelectionMode(QAbstractItemView::NoSelection);
    m_deps->setMinimumHeight(60);
    m_addDep = new QToolButton(this);
    m_addDep->setObjectName(QStringLiteral("addDependencyButton"));
    m_addDep->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(m_addDep);
    m_addDep->setMenu(addMenu);
    connect(addMenu, &QMenu::aboutToShow, this, [this, addMenu] {
        addMenu->clear();
        for (const EnumEntry<DependencyKind> &entry : enumEntries<DependencyKind>()) {
            const DependencyKind kind = entry.value;
            QAction *a = addMenu->addAction(LabText::dependencyKindName(kind));
            a->setObjectName(QStringLiteral("addDependency_%1").arg(static_cast<int>(kind)));
            connect(a, &QAction::triggered, this, [this, kind] {
                stage([kind](SimulationConfig &c) {
                    DependencyConfig d;
                    d.kind = kind;
                    if (!c.regions.empty() && kind != DependencyKind::Cache)
                        d.regions = {c.data.primaryRegion >= 0 &&
                                             c.data.primaryRegion < static_cast<int>(c.regions.size())
                                         ? c.data.primaryRegion
                                         : 0};
                    c.dependencies.push_back(d);
                });
                refreshDependencyTable();
            });
        }
    });
    m_depsNote = new QLabel(this);
    m_depsNote->setWordWrap(true);
    auto *depsLayout = new QVBoxLayout(m_depsBox);
    depsLayout->addWidget(m_depsNote);
    depsLayout->addWidget(m_deps);
    auto *depsButtons = new QHBoxLayout;
    depsButtons->addStretch();
    depsButtons->addWidget(m_addDep);
    depsLayout->addLayout(depsButtons);
}

void ControlPanel::buildFailoverUi()
{

    m_failoverBox = new QGroupBox(this);
    m_failoverBox->setObjectName(QStringLiteral("failoverBox"));
    m_failoverForm = new QFormLayout(m_failoverBox);
    m_failoverNote = new QLabel(this);
    m_failoverNote->setWordWrap(true);
    m_failoverForm->addRow(m_failoverNote);
    m_failoverMode = makeCombo(this, "failoverModeCombo");
    m_controlRegion = makeCombo(this, "controlRegionCombo");
    m_probeInterval =
        makeSettingSpin(this, "probeIntervalSpin", settingAt("failover.probe_interval"), 1e-6, 2, 1);
    m_probeTimeout =
        makeSettingSpin(this, "probeTimeoutSpin", settingAt("failover.probe_timeout"), 1e-6, 2, 0.5);
    m_probeThreshold =
        makeSettingIntSpin(this, "probeThresholdSpin", settingAt("failover.failure_threshold"));
    m_promotionTime =
        makeSettingSpin(this, "promotionTimeSpin", settingAt("failover.promotion_time"), 1e-6, 1, 1);
    m_rejoin = makeCombo(this, "rejoinCombo");
    m_quorum = makeCheck(this, "quorumCheck");
    m_fencing = makeCheck(this, "fencingCheck");
    m_leases = makeCheck(this, "leasesCheck");
    m_leaseDuration =
        makeSettingSpin(this, "leaseDurationSpin", settingAt("failover.lease_duration"), 1e-6, 1, 1);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_failoverMode, m_controlRegion, m_probeInterval, m_probeTimeout, m_probeThreshold,
             m_promotionTime, m_rejoin, m_quorum, m_fencing, m_leases, m_leaseDuration})
        m_failoverForm->addRow(QStringLiteral("-"), w);

    connect(m_failoverMode, &QComboBox::activated, this, [this] {
        const auto v = static_cast<FailoverMode>(m_failoverMode->currentData().toInt());
        stage([v](SimulationConfig &c) { c.failover.mode = v; });
    });
    connect(m_controlRegion, &QComboBox::activated, this, [this] {
        const int v = m_controlRegion->currentData().toInt();
        stage([v](SimulationConfig &c) { c.failover.controlRegion = v; });
    });
    connect(m_rejoin, &QComboBox::activated, this, [this] {
        const auto v = static_cast<RejoinPolicy>(m_rejoin->currentData().toInt());
        stage([v](SimulationConfig &c) { c.failover.rejoin = v; });
    });
    connect(m_probeInterval, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        stage([v](SimulationConfig &c) { c.failover.probeInterval = fromSeconds(v); });
    });
    connect(m_probeTimeout, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        stage([v](SimulationConfig &c) { c.failover.probeTimeout = fromSeconds(v); });
    });
    connect(m_probeThreshold, &QSpinBox::valueChanged, this,
            [this](int v) { stage([v](SimulationConfig &c) { c.failover.failureThreshold = v; }); });
    connect(m_promotionTime, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        stage([v](SimulationConfig &c) { c.failover.promotionTime = fromSeconds(v); });
    });
    connect(m_quorum, &QCheckBox::toggled, this,
            [this](bool v) { stage([v](SimulationConfig &c) { c.failover.quorumElection = v; }); });
    connect(m_fencing, &QCheckBox::toggled, this,
            [this](bool v) { stage([v](SimulationConfig &c) { c.failover.fencing = v; }); });
    connect(m_leases, &QCheckBox::toggled, this,
            [this](bool v) { stage([v](SimulationConfig &c) { c.failover.leases = v; }); });
    connect(m_leaseDuration, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        stage([v](SimulationConfig &c) { c.failover.leaseDuration = fromSeconds(v); });
    });
    buildTargetsAndCostUi();
}

// RPO and RTO targets (below zero means none) and the price of each role.
void ControlPanel::buildTargetsAndCostUi()
{
    // Targets
    m_targetsBox = new QGroupBox(this);
    m_targetsBox->setObjectName(QStringLiteral("targetsBox"));
    m_targetsForm = new QFormLayout(m_targetsBox);
    m_rpo = makeDoubleSpin(this, "rpoSpin", -1, 86'400, 1, 1);
    m_rto = makeDoubleSpin(this, "rtoSpin", -1, 86'400, 1, 5);
    m_targetsForm->addRow(QStringLiteral("-"), m_rpo);
    m_targetsForm->addRow(QStringLiteral("-"), m_rto);
    connect(m_rpo, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { stage([v](SimulationConfig &c) { c.targets.rpoSeconds = v < 0 ? -1 : v; }); });
    connect(m_rto, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { stage([v](SimulationConfig &c) { c.targets.rtoSeconds = v < 0 ? -1 : v; }); });

    // Cost
    m_costBox = new QGroupBox(this);
    m_costBox->setObjectName(QStringLiteral("costBox"));
    m_costForm = new QFormLayout(m_costBox);
    m_costNow = new QLabel(this);
    m_costNow->setObjectName(QStringLiteral("costNowLabel"));
    m_costNow->setWordWrap(true);
    m_costForm->addRow(m_costNow);
    m_costActive = makeDoubleSpin(this, "costActiveSpin", 0, 1e6, 2, 1);
    m_costStandby = makeDoubleSpin(this, "costStandbySpin", 0, 1e6, 2, 1);
    m_costPilot = makeDoubleSpin(this, "costPilotSpin", 0, 1e6, 2, 0.5);
    m_costWitness = makeDoubleSpin(this, "costWitnessSpin", 0, 1e6, 2, 0.5);
    for (QWidget *w : {m_costActive, m_costStandby, m_costPilot, m_costWitness})
        m_costForm->addRow(QStringLiteral("-"), w);
    connect(m_costActive, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { stage([v](SimulationConfig &c) { c.cost.activePerHour = v; }); });
    connect(m_costStandby, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { stage([v](SimulationConfig &c) { c.cost.warmStandbyPerHour = v; }); });
    connect(m_costPilot, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { stage([v](SimulationConfig &c) { c.cost.pilotLightPerHour = v; }); });
    connect(m_costWitness, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { stage([v](SimulationConfig &c) { c.cost.witnessPerHour = v; }); });
}

void ControlPanel::fillCombos()
{
    fillEnumCombo(m_mechanism, &LabText::mechanismName);
    fillEnumCombo(m_policy, &LabText::policyName);
    fillEnumCombo(m_resolvers, &LabText::resolversName);
    {
        const QSignalBlocker block(m_failback);
        const int current = m_failback->currentIndex();
        m_failback->clear();
        m_failback->addItem(tr("Automatic"), true);
        m_failback->addItem(tr("Manual (operator)"), false);
        m_failback->setCurrentIndex(current);
    }
    fillEnumCombo(m_placement, &LabText::placementName);
    fillEnumCombo(m_topology, &LabText::topologyName);
    fillEnumCombo(m_mode, &LabText::replicationModeName);
    fillEnumCombo(m_forward, &LabText::forwardPolicyName);
    fillEnumCombo(m_reads, &LabText::readPolicyName);
    fillEnumCombo(m_ownership, &LabText::ownershipRuleName);
    fillEnumCombo(m_conflict, &LabText::conflictPolicyName);
    fillEnumCombo(m_failoverMode, &LabText::failoverModeName);
    fillEnumCombo(m_rejoin, &LabText::rejoinPolicyName);
}

void ControlPanel::fillRegionCombo(QComboBox *combo, int current)
{
    const QSignalBlocker block(combo);
    combo->clear();
    for (int r = 0; r < static_cast<int>(m_staged.regions.size()); ++r) {
        const RegionConfig &rc = m_staged.regions[static_cast<std::size_t>(r)];
        QString text = LabText::regionName(rc);
        if (rc.role == RegionRole::Witness)
            text = tr("%1 (witness)").arg(text);
        combo->addItem(text, r);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace fl::ui
