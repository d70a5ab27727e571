#include "incidentpanel.h"

#include "labtext.h"
#include "map/mapstyle.h"
#include "spec/commands.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace fl::ui {
namespace {

// Phase times ride on the timeline cell as item data, so the delegate needs nothing else.
enum TimelineRole
{
    FailureRole = Qt::UserRole + 1,
    DetectedRole,
    PromotedRole,
    ReroutedRole,
    RecoveredRole,
    EndRole, // where the bar ends: recovery, or now while the incident is open
};

QColor passColor()
{
    return QColor(0xd9, 0xf2, 0xdf);
}
QColor failColor()
{
    return QColor(0xf8, 0xd7, 0xd7);
}

// A horizontal bar from the fault to the recovery, coloured by phase: undetected (red), failing
// over (orange), promoted but not yet rerouted (amber), users recovering (green); an open incident
// ends in a fading stub at "now".
class TimelineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const auto at = [&index](int role) { return static_cast<SimTime>(index.data(role).toLongLong()); };
        const SimTime failure = at(FailureRole);
        const SimTime end = at(EndRole);
        if (end <= failure)
            return;
        const SimTime detected = at(DetectedRole);
        const SimTime promoted = at(PromotedRole);
        const SimTime rerouted = at(ReroutedRole);
        const SimTime recovered = at(RecoveredRole);
        const QRectF r =
            QRectF(option.rect).adjusted(6, option.rect.height() * 0.3, -6, -option.rect.height() * 0.3);
        const double span = static_cast<double>(end - failure);
        auto x = [&](SimTime t) {
            return r.left() + r.width() * std::clamp(static_cast<double>(t - failure) / span, 0.0, 1.0);
        };
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        // Each phase that happened runs until the next one that happened (or the end).
        struct Phase
        {
            SimTime from;
            QColor color;
        };
        std::vector<Phase> phases;
        for (const Phase &p :
             {Phase{failure, mapstyle::failure()}, Phase{detected, mapstyle::warning()},
              Phase{promoted, QColor(0xe8, 0xc1, 0x0c)}, Phase{rerouted, QColor(0x8f, 0xc9, 0x6b)}}) {
            if (p.from != kNever)
                phases.push_back(p);
        }
        std::stable_sort(phases.begin(), phases.end(),
                         [](const Phase &a, const Phase &b) { return a.from < b.from; });
        for (std::size_t i = 0; i < phases.size(); ++i) {
            const SimTime until = i + 1 < phases.size() ? std::min(phases[i + 1].from, end) : end;
            painter->setBrush(phases[i].color);
            painter->drawRect(QRectF(QPointF(x(phases[i].from), r.top()), QPointF(x(until), r.bottom())));
        }
        // Markers at each phase, and the recovery (or an open end).
        painter->setPen(QPen(QColor(0x22, 0x22, 0x22), 1.2));
        for (SimTime t : {detected, promoted, rerouted}) {
            if (t != kNever && t <= end)
                painter->drawLine(QPointF(x(t), r.top() - 3), QPointF(x(t), r.bottom() + 3));
        }
        if (recovered != kNever) {
            painter->setBrush(mapstyle::good());
            painter->drawEllipse(QPointF(r.right(), r.center().y()), 4, 4);
        } else {
            QLinearGradient fade(r.right() - 14, 0, r.right(), 0);
            fade.setColorAt(0, QColor(255, 255, 255, 0));
            fade.setColorAt(1, QColor(255, 255, 255, 230));
            painter->setPen(Qt::NoPen);
            painter->setBrush(fade);
            painter->drawRect(QRectF(r.right() - 14, r.top(), 14, r.height()));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(180, 22));
    }
};

QString faultText(const Incident &incident, const ConfigNames &names)
{
    Command c;
    c.type = incident.faultCommand;
    c.a = incident.region;
    switch (static_cast<CommandType>(incident.faultCommand)) {
    case CommandType::CutLink:
        return IncidentPanel::tr("Link of %1 cut").arg(names.region(incident.region));
    default:
        return describeCommand(c, names);
    }
}

} // namespace

IncidentPanel::IncidentPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("incidentPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("incidentSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setItemDelegateForColumn(TimelineColumn, new TimelineDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TimelineColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(TimelineColumn, 150);
    // RTO and RPO are what a reader looks for first: shown right after the fault, so that the
    // window's default width shows them without a sideways scroll (the columns keep their logical
    // order for code and exports).
    m_table->horizontalHeader()->moveSection(m_table->horizontalHeader()->visualIndex(RtoColumn),
                                             FaultColumn + 1);
    m_table->horizontalHeader()->moveSection(m_table->horizontalHeader()->visualIndex(RpoColumn),
                                             FaultColumn + 2);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    // Every figure column is as wide as its text: when the dock is narrow the table scrolls
    // sideways rather than squeezing the last column ("43359 …"). Only the fault's description,
    // repeated in its tooltip, is elided past 170 px.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setMinimumSectionSize(24);
    m_table->horizontalHeader()->setMaximumSectionSize(170);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    retranslateUi();
}

void IncidentPanel::applySnapshot(const WorldSnapshot &s)
{
    const bool anyOpen =
        std::any_of(s.incidents.begin(), s.incidents.end(), [](const Incident &i) { return i.open(); });
    // Rebuild when something changed, and while an incident is open (its bar grows with time) a
    // few times a wall-clock second.
    const bool changed =
        s.runId != m_runId || s.incidents != m_incidents || !(s.config.targets == m_config.targets);
    // A paused world is always shown as it is.
    const bool tick =
        anyOpen && s.now != m_now && (!s.running || !m_throttle.isValid() || m_throttle.elapsed() >= 250);
    if (!changed && !tick)
        return;
    m_throttle.start();
    m_runId = s.runId;
    m_incidents = s.incidents;
    m_config = s.config;
    m_now = s.now;
    rebuild();
}

int IncidentPanel::incidentCount() const
{
    return m_table->rowCount();
}

QString IncidentPanel::cellText(int row, Column column) const
{
    QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

void IncidentPanel::rebuild()
{
    updateSummary();
    const ConfigNames names = ConfigNames::from(m_config);
    m_table->setRowCount(static_cast<int>(m_incidents.size()));
    for (int row = 0; row < static_cast<int>(m_incidents.size()); ++row)
        fillRow(row, m_incidents[static_cast<std::size_t>(row)], names);
}

QTableWidgetItem *IncidentPanel::cell(int row, int column)
{
    QTableWidgetItem *item = m_table->item(row, column);
    if (!item) {
        item = new QTableWidgetItem;
        m_table->setItem(row, column, item);
    }
    return item;
}

// How many incidents, and the targets they are held to.
void IncidentPanel::updateSummary()
{
    const QLocale locale;
    const Targets &targets = m_config.targets;
    QStringList targetText;
    if (targets.rpoSeconds >= 0)
        targetText << tr("RPO %1 s").arg(locale.toString(targets.rpoSeconds, 'g', 6));
    if (targets.rtoSeconds >= 0)
        targetText << tr("RTO %1 s").arg(locale.toString(targets.rtoSeconds, 'g', 6));
    const QString summary =
        m_incidents.empty()
            ? tr("No incident yet: kill, destroy or isolate a region (or cut a link) to start one.")
            : tr("%n incident(s); times are simulated (minutes:seconds), phases relative to the fault.",
                 nullptr, static_cast<int>(m_incidents.size()));
    m_summary->setText(summary + QLatin1Char(' ') +
                       (targetText.isEmpty()
                            ? tr("No targets set (Controls ▸ Targets).")
                            : tr("Targets: %1.").arg(targetText.join(QStringLiteral(" · ")))));
}

void IncidentPanel::fillRow(int row, const Incident &i, const ConfigNames &names)
{
    cell(row, IdColumn)->setText(QString::number(i.id));
    QTableWidgetItem *fault = cell(row, FaultColumn);
    fault->setText(faultText(i, names));
    const auto populations = [&names](std::uint32_t mask) {
        QStringList list;
        for (std::size_t p = 0; p < names.populations.size() && p < 32; ++p) {
            if (mask >> p & 1)
                list << names.population(static_cast<int>(p));
        }
        return list.isEmpty() ? tr("none") : list.join(QStringLiteral(", "));
    };
    QStringList tip;
    tip << fault->text(); // the cell elides a long description
    tip << tr("Service harmed (below 99 % of requests served): %1").arg(populations(i.affectedPopulations))
        << tr("Data harmed (acknowledged writes lost): %1").arg(populations(i.dataHarmedPopulations()))
        << tr("Reads harmed (stale reads while open): %1").arg(populations(i.readHarmedPopulations()));
    if (i.closed != kNever)
        tip << tr("Closed at the heal, %1 after the fault.").arg(LabText::duration(i.closed - i.failure));
    else if (i.healed != kNever)
        tip << tr("Healed %1 after the fault; open until every stranded write has met its fate.")
                   .arg(LabText::duration(i.healed - i.failure));
    else
        tip << tr("Open until the fault is healed.");
    fault->setToolTip(tip.join(QLatin1Char('\n')));
    cell(row, FailureColumn)->setText(LabText::shortClock(i.failure));
    auto phase = [&](Column column, SimTime t) {
        QTableWidgetItem *item = cell(row, column);
        if (t == kNever) {
            item->setText(!i.serviceRecovered() ? QStringLiteral("…") : QStringLiteral("—"));
            item->setToolTip(!i.serviceRecovered() ? tr("Not yet") : tr("Never happened in this incident"));
        } else {
            item->setText(tr("%1\n+%2").arg(LabText::shortClock(t), LabText::duration(t - i.failure)));
            item->setToolTip(QString());
        }
    };
    phase(DetectedColumn, i.detected);
    phase(PromotedColumn, i.promoted);
    phase(ReroutedColumn, i.rerouted);
    phase(RecoveredColumn, i.recovered);
    fillRto(cell(row, RtoColumn), i);
    fillRpo(cell(row, RpoColumn), i);
    fillTimeline(cell(row, TimelineColumn), i);
}

void IncidentPanel::fillRto(QTableWidgetItem *rto, const Incident &i)
{
    const Targets &targets = m_config.targets;
    const bool rtoTarget = targets.rtoSeconds >= 0;
    if (!i.serviceRecovered()) {
        const SimTime soFar = std::max<SimTime>(0, m_now - i.failure);
        rto->setText(tr("open, %1 so far").arg(LabText::duration(soFar)));
        const bool over = rtoTarget && toSeconds(soFar) > targets.rtoSeconds;
        rto->setBackground(over ? failColor() : QBrush());
        rto->setToolTip(over ? tr("Already past the RTO target") : QString());
    } else {
        const bool met = i.rtoMet;
        rto->setText(rtoTarget ? (met ? tr("%1 ✓") : tr("%1 ✗")).arg(LabText::duration(i.rto()))
                               : LabText::duration(i.rto()));
        rto->setBackground(rtoTarget ? (met ? passColor() : failColor()) : QBrush());
        rto->setToolTip(rtoTarget ? (met ? tr("Within the RTO target") : tr("Missed the RTO target"))
                                  : tr("No RTO target set"));
    }
}

void IncidentPanel::fillRpo(QTableWidgetItem *rpo, const Incident &i)
{
    const QLocale locale;
    const Targets &targets = m_config.targets;
    const bool rpoTarget = targets.rpoSeconds >= 0;
    // The cell says the count; the tooltip says what it counts.
    const QString lost = i.lostWrites == 0
                             ? tr("none lost")
                             : tr("%1 lost").arg(locale.toString(static_cast<qulonglong>(i.lostWrites)));
    const QString rpoText = i.lostWrites == 0 ? lost : tr("%1\n%2").arg(lost, LabText::duration(i.rpo()));
    rpo->setText(rpoTarget ? (i.rpoMet ? tr("%1 ✓") : tr("%1 ✗")).arg(rpoText) : rpoText);
    rpo->setBackground(rpoTarget ? (i.rpoMet ? passColor() : failColor()) : QBrush());
    QString rpoTip = tr("Acknowledged writes lost to this incident, and how far back before the fault (or "
                        "over what span) they reach.");
    if (i.promotedRegion >= 0)
        rpoTip += QLatin1Char('\n') +
                  tr("%1 was promoted; at the failure it was %2 behind (%3 entries not yet received), with "
                     "%4 acknowledged writes per second before the fault.")
                      .arg(ConfigNames::from(m_config).region(i.promotedRegion),
                           LabText::duration(i.promotedReceiveLagAtFailure),
                           locale.toString(static_cast<qulonglong>(i.promotedEntriesBehindAtFailure)),
                           locale.toString(i.ackedWritesPerSecondBefore, 'f', 0));
    if (i.serviceRecovered() && (i.orphanedAtRecovery > 0 || i.divergentKeysAtRecovery > 0))
        rpoTip +=
            QLatin1Char('\n') + tr("At recovery: %1 orphaned writes, %2 divergent keys.")
                                    .arg(locale.toString(static_cast<qulonglong>(i.orphanedAtRecovery)),
                                         locale.toString(static_cast<qulonglong>(i.divergentKeysAtRecovery)));
    if (i.healed != kNever && (i.orphanedAtHeal > 0 || i.divergentKeysAtHeal > 0))
        rpoTip +=
            QLatin1Char('\n') + tr("At the heal: %1 orphaned writes, %2 divergent keys.")
                                    .arg(locale.toString(static_cast<qulonglong>(i.orphanedAtHeal)),
                                         locale.toString(static_cast<qulonglong>(i.divergentKeysAtHeal)));
    if (i.open())
        rpoTip += QLatin1Char('\n') + tr("Still open: writes lost at the heal will count here too.");
    rpo->setToolTip(rpoTip);
}

void IncidentPanel::fillTimeline(QTableWidgetItem *timeline, const Incident &i)
{
    timeline->setData(FailureRole, static_cast<qlonglong>(i.failure));
    timeline->setData(DetectedRole, static_cast<qlonglong>(i.detected));
    timeline->setData(PromotedRole, static_cast<qlonglong>(i.promoted));
    timeline->setData(ReroutedRole, static_cast<qlonglong>(i.rerouted));
    timeline->setData(RecoveredRole, static_cast<qlonglong>(i.recovered));
    timeline->setData(
        EndRole, static_cast<qlonglong>(!i.serviceRecovered() ? std::max(m_now, i.failure) : i.recovered));
    timeline->setToolTip(tr("Red: undetected · orange: failing over · amber: promoted, not yet rerouted · "
                            "green: users recovering · dot: recovered"));
}

void IncidentPanel::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Fault"), tr("Timeline"), tr("Failure"), tr("Detected"),
                                        tr("Promoted"), tr("Rerouted"), tr("Recovered"), tr("RTO"),
                                        tr("RPO")});
    rebuild();
}

void IncidentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace fl::ui
