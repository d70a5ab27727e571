#include "eventlogpanel.h"

#include "map/mapstyle.h"
#include "spec/commands.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace fl::ui {
namespace {

constexpr EventCategory kCategories[kEventCategoryCount] = {EventCategory::Faults, EventCategory::Failover,
                                                            EventCategory::Data, EventCategory::Health,
                                                            EventCategory::Traffic};
constexpr int kTimeRole = Qt::UserRole + 1;

const char *categoryObjectName(EventCategory category)
{
    switch (category) {
    case EventCategory::Traffic:
        return "logFilterTraffic";
    case EventCategory::Health:
        return "logFilterHealth";
    case EventCategory::Data:
        return "logFilterData";
    case EventCategory::Failover:
        return "logFilterFailover";
    case EventCategory::Faults:
        return "logFilterFaults";
    }
    return "";
}

} // namespace

EventLogPanel::EventLogPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("eventLogPanel"));
    m_shown.fill(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("eventLogList"));
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit entryActivated(item->data(kTimeRole).toLongLong()); });
    m_title = new QLabel(this);
    m_clear = new QPushButton(this);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_entries.clear();
        m_list->clear();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_clear);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(2);
    for (EventCategory category : kCategories) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1String(categoryObjectName(category)));
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        connect(button, &QToolButton::toggled, this,
                [this, category](bool on) { setCategoryShown(category, on); });
        m_categoryButtons[static_cast<std::size_t>(category)] = button;
        filters->addWidget(button);
    }
    filters->addStretch();
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("logRegionFilter"));
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_region, &QComboBox::activated, this,
            [this] { setRegionFilter(m_region->currentData().toString()); });
    filters->addWidget(m_region);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_list);
    retranslateUi();
}

void EventLogPanel::addSnapshotEvents(const WorldSnapshot &snapshot)
{
    if (snapshot.events.empty() && snapshot.eventsDropped == 0)
        return;
    const auto names = std::make_shared<ConfigNames>(ConfigNames::from(snapshot.config));
    const bool atBottom = m_list->verticalScrollBar()->value() >= m_list->verticalScrollBar()->maximum() - 2;
    if (snapshot.eventsDropped > 0) {
        const std::uint64_t dropped = snapshot.eventsDropped;
        append(Entry{snapshot.now, Severity::Notice,
                     [dropped] {
                         return EventLogPanel::tr("… %n earlier event(s) not shown", nullptr,
                                                  static_cast<int>(dropped));
                     },
                     EventCategory::Faults, QString(), QString()});
    }
    for (const SimEvent &e : snapshot.events) {
        // Events name regions by configured index, except where "region" means something else.
        QString a = names->regionKey(e.region);
        QString b = names->regionKey(e.other);
        if (e.type == SimEventType::CommandApplied) {
            switch (static_cast<CommandType>(static_cast<int>(e.value))) {
            case CommandType::SetWeight:
            case CommandType::SetPopulationRate:
            case CommandType::SetPopulationRouting:
            case CommandType::SetRoutingPolicy:
            case CommandType::SetRoutingMechanism:
            case CommandType::SetReplicationMode:
            case CommandType::DeployDependency:
            case CommandType::RemoveDependency:
                a.clear(); // a population, a policy, a mode or a dependency
                break;
            default:
                break;
            }
        }
        if (e.type == SimEventType::PrimaryPromoted || e.type == SimEventType::SteppedDown ||
            e.type == SimEventType::DependencyUnavailable)
            b.clear(); // a replication group or a dependency
        append(Entry{e.time, eventSeverity(e), [e, names] { return describeEvent(e, *names); },
                     eventCategory(e), a, b});
    }
    if (atBottom)
        m_list->scrollToBottom();
}

void EventLogPanel::addNote(SimTime time, Severity severity, std::function<QString()> text,
                            EventCategory category, const QString &regionId)
{
    append(Entry{time, severity, std::move(text), category, regionId, QString()});
    m_list->scrollToBottom();
}

int EventLogPanel::entryCount() const
{
    return m_list->count();
}

QString EventLogPanel::entryText(int row) const
{
    QListWidgetItem *item = m_list->item(row);
    return item ? item->text() : QString();
}

int EventLogPanel::visibleEntryCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        n += m_list->item(i)->isHidden() ? 0 : 1;
    return n;
}

bool EventLogPanel::isEntryVisible(int row) const
{
    QListWidgetItem *item = m_list->item(row);
    return item && !item->isHidden();
}

SimTime EventLogPanel::entryTime(int row) const
{
    QListWidgetItem *item = m_list->item(row);
    return item ? item->data(kTimeRole).toLongLong() : 0;
}

QString EventLogPanel::render(const Entry &entry) const
{
    return LabText::clock(entry.time) + QStringLiteral("  ") + entry.text();
}

bool EventLogPanel::passes(const Entry &entry) const
{
    if (!m_shown[static_cast<std::size_t>(entry.category)])
        return false;
    return m_regionFilter.isEmpty() || entry.regionA == m_regionFilter || entry.regionB == m_regionFilter;
}

void EventLogPanel::append(Entry entry)
{
    auto *item = new QListWidgetItem(render(entry));
    item->setData(kTimeRole, static_cast<qlonglong>(entry.time));
    switch (entry.severity) {
    case Severity::Failure:
        item->setForeground(mapstyle::failure());
        break;
    case Severity::Warning:
        item->setForeground(QColor(0xb3, 0x5c, 0x00));
        break;
    case Severity::Notice:
        item->setForeground(QColor(0x1f, 0x4e, 0x79));
        break;
    case Severity::Info:
        break;
    }
    m_list->addItem(item);
    item->setHidden(!passes(entry));
    m_entries.push_back(std::move(entry));
    while (m_entries.size() > kCapacity) {
        m_entries.pop_front();
        delete m_list->takeItem(0);
    }
}

void EventLogPanel::setCategoryShown(EventCategory category, bool shown)
{
    const auto i = static_cast<std::size_t>(category);
    if (m_shown[i] == shown)
        return;
    m_shown[i] = shown;
    {
        const QSignalBlocker block(m_categoryButtons[i]);
        m_categoryButtons[i]->setChecked(shown);
    }
    applyFilters();
}

bool EventLogPanel::isCategoryShown(EventCategory category) const
{
    return m_shown[static_cast<std::size_t>(category)];
}

void EventLogPanel::setRegionFilter(const QString &regionId)
{
    m_regionFilter = regionId;
    for (const RegionConfig &r : m_regionChoices) {
        if (LabText::regionId(r) == regionId)
            m_filterRegion = r;
    }
    {
        const QSignalBlocker block(m_region);
        const int at = m_region->findData(regionId);
        m_region->setCurrentIndex(std::max(0, at));
    }
    applyFilters();
}

void EventLogPanel::setRegions(const std::vector<RegionConfig> &regions)
{
    if (regions == m_regionChoices)
        return;
    m_regionChoices = regions;
    fillRegionCombo();
}

void EventLogPanel::fillRegionCombo()
{
    const QSignalBlocker block(m_region);
    m_region->clear();
    m_region->addItem(tr("All regions"), QString());
    for (const RegionConfig &r : m_regionChoices)
        m_region->addItem(LabText::regionName(r), LabText::regionId(r));
    // A filter on a region that left the world still applies until changed; list it too.
    if (!m_regionFilter.isEmpty() && m_region->findData(m_regionFilter) < 0)
        m_region->addItem(LabText::regionName(m_filterRegion), m_regionFilter);
    m_region->setCurrentIndex(std::max(0, m_region->findData(m_regionFilter)));
}

void EventLogPanel::applyFilters()
{
    for (int i = 0; i < m_list->count() && static_cast<std::size_t>(i) < m_entries.size(); ++i)
        m_list->item(i)->setHidden(!passes(m_entries[static_cast<std::size_t>(i)]));
    m_list->scrollToBottom();
}

void EventLogPanel::retranslateUi()
{
    m_title->setText(tr("Simulation events and your actions, in simulated time · click one to see its time"));
    m_clear->setText(tr("Clear"));
    for (EventCategory category : kCategories) {
        QToolButton *button = m_categoryButtons[static_cast<std::size_t>(category)];
        button->setText(eventCategoryName(category));
        button->setToolTip(tr("Show or hide events of this kind"));
    }
    m_region->setToolTip(tr("Show only the events about one region"));
    fillRegionCombo();
    for (int i = 0; i < m_list->count() && static_cast<std::size_t>(i) < m_entries.size(); ++i)
        m_list->item(i)->setText(render(m_entries[static_cast<std::size_t>(i)]));
}

void EventLogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace fl::ui
