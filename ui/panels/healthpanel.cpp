#include "healthpanel.h"

#include "labtext.h"
#include "map/mapstyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fl::ui {
namespace {

enum RegionColumn
{
    RegionName,
    RegionRoleColumn,
    RegionHealth,
    RegionData,
    RegionEpoch,
    RegionLag,
    RegionTraffic,
    RegionErrors,
    RegionCapacity,
    RegionDependencies,
    RegionCost,
    RegionColumnCount
};

enum PopulationColumn
{
    PopulationName,
    PopulationServedBy,
    PopulationP99,
    PopulationSuccess,
    PopulationColumnCount
};

// The write figures in display order: key, row, column pair, indent.
struct FigureSpec
{
    const char *key;
    int row;
    int column;
    int indent;
};
constexpr FigureSpec kFigures[] = {
    // the client's view, and the fate of what was acknowledged
    {"issued", 0, 0, 0},
    {"inFlight", 1, 0, 1},
    {"failed", 2, 0, 1},
    {"indeterminate", 3, 0, 1},
    {"acknowledged", 4, 0, 1},
    {"durable", 5, 0, 2},
    {"pending", 6, 0, 2},
    {"orphaned", 7, 0, 2},
    {"lost", 8, 0, 2},
    // lost writes by mechanism, conflicts
    {"lostNotShipped", 0, 1, 0},
    {"lostOverwritten", 1, 1, 0},
    {"lostDiscarded", 2, 1, 0},
    {"conflicts", 3, 1, 0},
    {"lwwConcurrentDrops", 4, 1, 1},
    {"lwwSkewDrops", 5, 1, 1},
    {"reconciled", 6, 1, 0},
    {"syncFallbacks", 7, 1, 0},
    {"lostOlderEpoch", 8, 1, 0},
    // reads, and the split-brain figures
    {"reads", 0, 2, 0},
    {"staleReads", 1, 2, 1},
    {"readYourWritesViolations", 2, 2, 1},
    {"monotonicReadViolations", 3, 2, 1},
    {"divergentKeys", 4, 2, 0},
    {"fencingRefusals", 5, 2, 0},
    {"staleEpochApplied", 6, 2, 0},
    {"ackedSincePromotion", 7, 2, 0},
    {"resurrected", 8, 2, 0},
};

QString figureName(const QString &key)
{
    static const std::map<QString, const char *> names = {
        {QStringLiteral("issued"), QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Issued")},
        {QStringLiteral("inFlight"), QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "In flight")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Failed (nothing applied)")},
        {QStringLiteral("indeterminate"),
         QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Indeterminate (timed out)")},
        {QStringLiteral("acknowledged"), QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Acknowledged")},
        {QStringLiteral("durable"), QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Durable")},
        {QStringLiteral("pending"), QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Pending (not on every copy)")},
        {QStringLiteral("orphaned"),
         QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Orphaned (on a deposed primary)")},
        {QStringLiteral("lost"), QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Lost")},
        {QStringLiteral("lostNotShipped"),
         QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Lost: never reached the new primary")},
        {QStringLiteral("lostOverwritten"),
         QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Lost: overwritten by LWW")},
        {QStringLiteral("lostDiscarded"),
         QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Lost: discarded at rejoin")},
        {QStringLiteral("lostOlderEpoch"),
         QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Lost: overwritten by an older epoch")},
        {QStringLiteral("resurrected"),
         QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Durable: a deposed primary's, re-applied")},
        {QStringLiteral("conflicts"), QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Conflicts resolved")},
        {QStringLiteral("lwwConcurrentDrops"),
         QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "LWW drops (concurrent)")},
        {QStringLiteral("lwwSkewDrops"), QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "LWW drops (clock skew)")},
        {QStringLiteral("reconciled"), QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Orphans reconciled")},
        {QStringLiteral("reads"), QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Reads judged")},
        {QStringLiteral("staleReads"), QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Stale reads")},
        {QStringLiteral("readYourWritesViolations"),
         QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Read-your-writes violations")},
        {QStringLiteral("monotonicReadViolations"),
         QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Monotonic-read violations")},
        {QStringLiteral("divergentKeys"), QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Divergent keys")},
        {QStringLiteral("fencingRefusals"), QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Fencing refusals")},
        {QStringLiteral("staleEpochApplied"),
         QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Stale-epoch writes applied")},
        {QStringLiteral("syncFallbacks"),
         QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Sync fallbacks to async")},
        {QStringLiteral("ackedSincePromotion"),
         QT_TRANSLATE_NOOP("fl::ui::HealthPanel", "Acknowledged since the last promotion")},
    };
    const auto it = names.find(key);
    return it == names.end() ? key : HealthPanel::tr(it->second);
}

void setCell(QTableWidget *table, int row, int column, const QString &text, const QColor &color = QColor(),
             const QString &toolTip = QString())
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        table->setItem(row, column, item);
    }
    if (item->text() != text)
        item->setText(text);
    const QBrush brush = color.isValid() ? QBrush(color) : QBrush();
    if (item->foreground() != brush)
        item->setForeground(brush);
    if (item->toolTip() != toolTip)
        item->setToolTip(toolTip);
}

QTableWidget *makeTable(QWidget *parent, const char *name, int columns)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(QLatin1String(name));
    table->setColumnCount(columns);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

HealthPanel::HealthPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("healthPanel"));
    m_controller = new QLabel(this);
    m_controller->setObjectName(QStringLiteral("controllerLabel"));
    m_controller->setWordWrap(true);
    m_availability = new QLabel(this);
    m_availability->setObjectName(QStringLiteral("availabilityLabel"));
    m_availability->setWordWrap(true);
    m_availability->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_regions = makeTable(this, "healthRegionTable", RegionColumnCount);
    m_populations = makeTable(this, "healthPopulationTable", PopulationColumnCount);

    m_writesBox = new QWidget(this);
    m_writesBox->setObjectName(QStringLiteral("writesBox"));
    m_writesGrid = new QGridLayout(m_writesBox);
    m_writesGrid->setHorizontalSpacing(8);
    m_writesGrid->setVerticalSpacing(0);
    m_writesGrid->setContentsMargins(6, 4, 6, 4);
    for (const FigureSpec &f : kFigures)
        addFigure(QLatin1String(f.key), f.row, f.column, f.indent);
    m_writesGrid->setRowStretch(9, 1);
    for (int c = 0; c < 3; ++c)
        m_writesGrid->setColumnMinimumWidth(c * 2 + 1, 52);
    auto *writesScroll = new QScrollArea(this);
    writesScroll->setWidget(m_writesBox);
    writesScroll->setWidgetResizable(true);
    writesScroll->setFrameShape(QFrame::NoFrame);

    // Three tabs, so each table gets the dock's whole width; the key write figures stay in view
    // in the summary line above them.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("healthTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_regions, QString());
    m_tabs->addTab(m_populations, QString());
    m_tabs->addTab(writesScroll, QString());
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("writesSummaryLabel"));
    m_summary->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_controller);
    layout->addWidget(m_availability);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

void HealthPanel::addFigure(const QString &key, int row, int column, int indent)
{
    Figure f;
    f.name = new QLabel(m_writesBox);
    f.value = new QLabel(m_writesBox);
    f.value->setObjectName(QStringLiteral("writes_") + key);
    f.value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    f.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    f.indent = indent;
    f.name->setIndent(indent * 12);
    if (indent == 0) {
        QFont bold = f.name->font();
        bold.setBold(true);
        f.name->setFont(bold);
    }
    m_writesGrid->addWidget(f.name, row, column * 2);
    m_writesGrid->addWidget(f.value, row, column * 2 + 1);
    m_figures[key] = f;
}

void HealthPanel::setFigure(const QString &key, std::uint64_t value, bool alarming)
{
    const auto it = m_figures.find(key);
    if (it == m_figures.end())
        return;
    const QString text = QLocale().toString(static_cast<qulonglong>(value));
    QLabel *label = it->second.value;
    if (label->text() != text)
        label->setText(text);
    const QString style =
        alarming && value > 0 ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString();
    if (label->styleSheet() != style)
        label->setStyleSheet(style);
}

QString HealthPanel::writeFigure(const QString &key) const
{
    const auto it = m_figures.find(key);
    return it == m_figures.end() ? QString() : it->second.value->text();
}

QString HealthPanel::controllerText() const
{
    return m_controller->text();
}

QString HealthPanel::availabilityText() const
{
    return m_availability->text();
}

// The same figures, to the same digits, as `failover-lab run` prints: the model's, never the
// panel's own.
QString HealthPanel::availabilitySentence(const WorldTotals &t, double costPerHour, double totalCost)
{
    const QLocale locale;
    const auto percent = [&locale](double ratio) {
        return tr("%1 %").arg(locale.toString(100.0 * ratio, 'f', 3));
    };
    return tr("Availability: <b>%1</b> of requests · <b>%2</b> of the time (intervals with at least %3 "
              "succeeding) · Cost: %4 per hour, %5 so far")
        .arg(percent(t.availability), percent(t.availabilityByTime),
             tr("%1 %").arg(locale.toString(100.0 * t.availabilityThreshold, 'g', 4)),
             locale.toString(costPerHour, 'f', 2), locale.toString(totalCost, 'f', 2));
}

void HealthPanel::applySnapshot(const WorldSnapshot &snapshot)
{
    // Tables need not follow every frame: ten times a second is plenty to read, and a paused or
    // new run is always shown at once.
    const bool urgent = !m_have || !snapshot.running || snapshot.runId != m_last.runId;
    m_last = snapshot;
    m_have = true;
    // Hidden (its dock closed or behind another tab): caught up when it is shown.
    if (!isVisible())
        return;
    if (!urgent && m_throttle.isValid() && m_throttle.elapsed() < 100)
        return;
    m_throttle.start();
    refresh();
}

void HealthPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_throttle.start();
    refresh();
}

namespace {

// The name of region `r` of the snapshot, or "none".
QString regionNameIn(const WorldSnapshot &s, int r)
{
    return r >= 0 && r < static_cast<int>(s.regions.size())
               ? LabText::regionName(s.regions[static_cast<std::size_t>(r)])
               : HealthPanel::tr("none");
}

} // namespace

void HealthPanel::refresh()
{
    if (!m_have)
        return;
    const QString controller = controllerSentence(m_last);
    if (m_controller->text() != controller)
        m_controller->setText(controller);
    const QString availability =
        availabilitySentence(m_last.totals, m_last.data.costPerHour, m_last.data.totalCost);
    if (m_availability->text() != availability)
        m_availability->setText(availability);
    m_regions->setRowCount(static_cast<int>(m_last.regions.size()));
    const ConfigNames names = ConfigNames::from(m_last.config);
    for (int row = 0; row < static_cast<int>(m_last.regions.size()); ++row)
        refreshRegionRow(row, m_last.regions[static_cast<std::size_t>(row)], names);
    refreshPopulations();
    refreshWrites();
}

// The controller, in a sentence.
QString HealthPanel::controllerSentence(const WorldSnapshot &s)
{
    const ControllerView &c = s.controller;
    QString controller;
    if (!c.active) {
        controller = tr("Failover controller: not running (%1 has no single primary to fail over).")
                         .arg(LabText::topologyName(s.data.topology));
    } else if (!c.alive) {
        controller = tr("Failover controller in %1: <b>down with its region</b> — nobody fails over until it "
                        "returns.")
                         .arg(regionNameIn(s, c.controlRegion));
    } else {
        QString state;
        if (c.promoting >= 0)
            state = tr("promoting %1").arg(regionNameIn(s, c.promoting));
        else if (c.awaitingOperator)
            state = c.verified ? tr("<b>alert verified: promote a replica</b> (Failover menu)")
                               : tr("<b>awaiting the operator</b>: verify the alert (Failover menu)");
        else if (c.electing)
            state = tr("electing a new primary");
        else if (c.primaryDeclaredDown)
            state = tr("primary declared failed");
        else if (c.consecutiveFailures > 0)
            state = tr("%n failed probe(s) in a row", nullptr, c.consecutiveFailures);
        else
            state = tr("watching, all well");
        controller =
            tr("Failover controller · %1 · in %2: %3 · data primary %4, epoch %5 · routing primary %6")
                .arg(LabText::failoverModeName(c.mode), regionNameIn(s, c.controlRegion), state,
                     regionNameIn(s, s.data.dataPrimary))
                .arg(s.data.epoch)
                .arg(regionNameIn(s, s.data.routingPrimary));
    }
    if (s.data.splitBrain)
        controller +=
            QStringLiteral(" · <span style='color:#c0392b'><b>%1</b></span>").arg(tr("SPLIT-BRAIN"));
    controller +=
        QStringLiteral(" · ") + tr("replication: %1").arg(LabText::replicationModeName(s.data.mode));
    return controller;
}

std::pair<QString, QColor> HealthPanel::regionHealth(const RegionView &r)
{
    const QLocale locale;
    const bool serving = r.role == RegionRole::Active || r.role == RegionRole::WarmStandby;
    QString health;
    QColor healthColor = mapstyle::good();
    if (r.destroyed && !r.up) {
        health = tr("destroyed");
        healthColor = mapstyle::failure();
    } else if (!r.up) {
        health = tr("down");
        healthColor = mapstyle::failure();
    } else if (!r.appTierUp || !r.dataTierUp) {
        health = !r.appTierUp ? tr("app tier down") : tr("data tier down");
        healthColor = mapstyle::failure();
    } else if (r.heldForOperator) {
        health = tr("held for failback");
        healthColor = mapstyle::warning();
    } else if (serving && !r.inRotation) {
        health = tr("out of rotation");
        healthColor = mapstyle::warning();
    } else if (r.changingRole) {
        health = tr("starting (%1 s)").arg(locale.toString(r.readyInSeconds, 'f', 0));
        healthColor = mapstyle::warning();
    } else {
        health = tr("up");
    }
    if (r.shedding)
        health += QStringLiteral(", ") + tr("shedding");
    return {health, healthColor};
}

std::pair<QString, QColor> HealthPanel::regionDataRole(const WorldSnapshot &s, const RegionView &r)
{
    QString data;
    QColor dataColor;
    if (!r.holdsData) {
        data = r.destroyed ? tr("data lost") : QStringLiteral("—");
        dataColor = r.destroyed ? mapstyle::failure() : QColor();
    } else if (r.deposedPrimary) {
        data = tr("deposed, still primary!");
        dataColor = mapstyle::failure();
    } else if (!r.up && r.believesPrimary && !r.dataPrimary) {
        data = tr("old primary (down)");
        dataColor = mapstyle::down();
    } else if (r.dataPrimary) {
        data = tr("primary");
        dataColor = QColor(0x7a, 0x5c, 0x00);
        if (s.config.failover.leases && !r.leaseValid) {
            data += QStringLiteral(", ") + tr("lease lapsed");
            dataColor = mapstyle::warning();
        }
    } else if (r.promoting) {
        data = tr("being promoted");
        dataColor = mapstyle::warning();
    } else if (s.data.topology == WriteTopology::SinglePrimary) {
        data = tr("replica of %1").arg(regionNameIn(s, r.believedPrimary));
    } else {
        data = tr("replica");
    }
    return {data, dataColor};
}

void HealthPanel::refreshRegionRow(int row, const RegionView &r, const ConfigNames &names)
{
    const WorldSnapshot &s = m_last;
    const QLocale locale;
    setCell(m_regions, row, RegionName, LabText::regionName(r), QColor(), r.id);
    setCell(m_regions, row, RegionRoleColumn, LabText::roleName(r.role), mapstyle::role(r.role));

    const auto [health, healthColor] = regionHealth(r);
    setCell(m_regions, row, RegionHealth, health, healthColor);

    const auto [data, dataColor] = regionDataRole(s, r);
    setCell(m_regions, row, RegionData, data, dataColor);
    setCell(m_regions, row, RegionEpoch, r.holdsData ? locale.toString(r.epoch) : QStringLiteral("—"));

    QString lag = QStringLiteral("—");
    QColor lagColor;
    if (r.holdsData && !r.dataPrimary) {
        lag = tr("%1 / %2 ms")
                  .arg(locale.toString(r.receiveLagMs, 'f', 0), locale.toString(r.applyLagMs, 'f', 0));
        lagColor = r.receiveLagMs >= 1000  ? mapstyle::failure()
                   : r.receiveLagMs >= 200 ? mapstyle::warning()
                                           : QColor();
    }
    setCell(m_regions, row, RegionLag, lag, lagColor,
            tr("Received / applied lag: age of the oldest committed entry not yet received / applied here. "
               "%1 entries behind.")
                .arg(locale.toString(static_cast<qulonglong>(r.entriesBehind))));
    setCell(m_regions, row, RegionTraffic,
            tr("%1 % · %2")
                .arg(locale.toString(r.trafficShare * 100, 'f', 0), LabText::rate(r.attemptsPerSecond)));
    setCell(m_regions, row, RegionErrors,
            r.errorsPerSecond > 0
                ? tr("%1 (%2 %)")
                      .arg(LabText::rate(r.errorsPerSecond), locale.toString(r.errorRatio * 100, 'f', 1))
                : LabText::rate(0),
            r.errorsPerSecond > 0 ? mapstyle::failure() : QColor());
    setCell(m_regions, row, RegionCapacity,
            tr("%1 of %2").arg(LabText::rate(r.capacityOps), LabText::rate(r.fullCapacityOps)), QColor(),
            tr("Mean queueing delay (time requests waited for the app tier before service): %1 ms in the "
               "last interval, %2 ms over the run.")
                .arg(locale.toString(r.queueDelayMs, 'f', 2), locale.toString(r.meanQueueDelayMs, 'f', 2)));

    QStringList deps;
    bool depTrouble = false;
    for (std::size_t d = 0; d < r.dependencyDeployed.size() && d < r.dependencyReachable.size(); ++d) {
        const QString name = names.dependency(static_cast<int>(d));
        if (!r.dependencyReachable[d]) {
            deps << tr("%1 unreachable").arg(name);
            depTrouble = true;
        } else if (r.dependencyDeployed[d]) {
            deps << tr("%1 here").arg(name);
        } else {
            deps << tr("%1 remote").arg(name);
        }
    }
    setCell(m_regions, row, RegionDependencies,
            deps.isEmpty() ? QStringLiteral("—") : deps.join(QStringLiteral(", ")),
            depTrouble ? mapstyle::failure() : QColor());
    setCell(m_regions, row, RegionCost, locale.toString(r.costPerHour, 'f', 2));
}

void HealthPanel::refreshPopulations()
{
    const WorldSnapshot &s = m_last;
    const QLocale locale;
    m_populations->setRowCount(static_cast<int>(s.populations.size()));
    for (int row = 0; row < static_cast<int>(s.populations.size()); ++row) {
        const PopulationView &p = s.populations[static_cast<std::size_t>(row)];
        setCell(m_populations, row, PopulationName, LabText::populationName(p.catalogIndex));
        double attempts = 0;
        for (double a : p.attemptsPerRegion)
            attempts += a;
        QStringList split;
        for (std::size_t r = 0; attempts > 0 && r < p.attemptsPerRegion.size(); ++r) {
            const double share = p.attemptsPerRegion[r] / attempts;
            if (share >= 0.005)
                split << tr("%1 %2 %").arg(regionNameIn(s, static_cast<int>(r)),
                                           locale.toString(share * 100, 'f', 0));
        }
        setCell(m_populations, row, PopulationServedBy,
                split.isEmpty() ? regionNameIn(s, p.servingRegion) : split.join(QStringLiteral(", ")));
        setCell(m_populations, row, PopulationP99, tr("%1 ms").arg(locale.toString(p.p99Ms, 'f', 0)),
                p.p99Ms >= 1000 ? mapstyle::warning() : QColor());
        const QColor success = p.successRatio >= 0.99  ? mapstyle::good()
                               : p.successRatio >= 0.9 ? mapstyle::warning()
                                                       : mapstyle::failure();
        setCell(m_populations, row, PopulationSuccess,
                tr("%1 %").arg(locale.toString(p.successRatio * 100, 'f', 1)), success);
    }
}

void HealthPanel::refreshWrites()
{
    const WorldSnapshot &s = m_last;
    const QLocale locale;
    // Writes: every figure straight from the snapshot's accounting.
    const WriteAccounting &w = s.data.writes;
    setFigure(QStringLiteral("issued"), w.issued);
    setFigure(QStringLiteral("inFlight"), w.inFlight());
    setFigure(QStringLiteral("failed"), w.failed);
    setFigure(QStringLiteral("indeterminate"), w.indeterminate);
    setFigure(QStringLiteral("acknowledged"), w.acknowledged);
    setFigure(QStringLiteral("durable"), w.durable);
    setFigure(QStringLiteral("pending"), w.pending);
    setFigure(QStringLiteral("orphaned"), w.orphaned, true);
    setFigure(QStringLiteral("lost"), w.lost(), true);
    setFigure(QStringLiteral("lostNotShipped"), w.lostNotShipped, true);
    setFigure(QStringLiteral("lostOverwritten"), w.lostOverwritten, true);
    setFigure(QStringLiteral("lostDiscarded"), w.lostDiscarded, true);
    setFigure(QStringLiteral("lostOlderEpoch"), w.lostOlderEpoch, true);
    setFigure(QStringLiteral("resurrected"), w.resurrected, true);
    setFigure(QStringLiteral("conflicts"), w.conflicts);
    setFigure(QStringLiteral("lwwConcurrentDrops"), w.lwwConcurrentDrops, true);
    setFigure(QStringLiteral("lwwSkewDrops"), w.lwwSkewDrops, true);
    setFigure(QStringLiteral("reconciled"), w.reconciled);
    setFigure(QStringLiteral("reads"), w.reads);
    setFigure(QStringLiteral("staleReads"), w.staleReads, true);
    setFigure(QStringLiteral("readYourWritesViolations"), w.readYourWritesViolations, true);
    setFigure(QStringLiteral("monotonicReadViolations"), w.monotonicReadViolations, true);
    setFigure(QStringLiteral("syncFallbacks"), w.syncFallbacks, true);
    setFigure(QStringLiteral("divergentKeys"), s.data.divergentKeys, true);
    setFigure(QStringLiteral("fencingRefusals"), s.data.fencingRefusals);
    setFigure(QStringLiteral("staleEpochApplied"), s.data.staleEpochApplied, true);
    setFigure(QStringLiteral("ackedSincePromotion"), s.data.ackedSincePromotion);

    auto number = [&locale](std::uint64_t v) { return locale.toString(static_cast<qulonglong>(v)); };
    QString summary = tr("Writes: %1 acknowledged · %2 pending · %3 orphaned · %4 lost · %5 indeterminate · "
                         "%6 stale reads")
                          .arg(number(w.acknowledged), number(w.pending), number(w.orphaned),
                               number(w.lost()), number(w.indeterminate), number(w.staleReads));
    if (w.lost() > 0 || w.orphaned > 0)
        summary = QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(summary);
    if (m_summary->text() != summary)
        m_summary->setText(summary);
}

void HealthPanel::retranslateUi()
{
    m_regions->setHorizontalHeaderLabels({tr("Region"), tr("Role"), tr("Health"), tr("Data"), tr("Epoch"),
                                          tr("Lag (recv / apply)"), tr("Traffic"), tr("Errors/s"),
                                          tr("Capacity"), tr("Dependencies"), tr("Cost/h")});
    m_populations->setHorizontalHeaderLabels({tr("Population"), tr("Served by"), tr("p99"), tr("Success")});
    m_tabs->setTabText(0, tr("Regions"));
    m_tabs->setTabText(1, tr("Populations"));
    m_tabs->setTabText(2, tr("Writes"));
    m_writesBox->setToolTip(
        tr("Every client write has exactly one fate; every figure is the simulation's own "
           "count."));
    for (auto &[key, figure] : m_figures)
        figure.name->setText(figureName(key));
    m_figures[QStringLiteral("staleReads")].name->setToolTip(
        tr("A read that returned a value older than a write acknowledged before the read began."));
    m_figures[QStringLiteral("divergentKeys")].name->setToolTip(
        tr("Keys whose values differ between two regions that both act as primary."));
    refresh();
}

void HealthPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace fl::ui
