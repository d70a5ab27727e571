#pragma once

#include "bridge/worldsnapshot.h"
#include "labtext.h"

#include <QWidget>
#include <array>
#include <deque>
#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QToolButton;

namespace fl::ui {

// The event log: simulation events and the user's actions, newest at the bottom, as sentences in
// the UI language. Entries keep their data (not their text), so a language switch rewrites them.
// Filters by kind (traffic, health, data, failover, faults and commands) and by region; clicking
// an entry reports its simulated time (the hook for a chart cursor).
class EventLogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EventLogPanel(QWidget *parent = nullptr);

    static constexpr std::size_t kCapacity = 2000;

    // Appends the events a snapshot carries (names resolved against that snapshot's configuration).
    void addSnapshotEvents(const WorldSnapshot &snapshot);
    // Appends a note from the UI (a restart, a refused setting); `text` is called again on every
    // language switch. `regionId` ties it to a region for the region filter (empty: none).
    void addNote(SimTime time, Severity severity, std::function<QString()> text,
                 EventCategory category = EventCategory::Faults, const QString &regionId = QString());
    int entryCount() const;
    QString entryText(int row) const;
    // Entries the filters let through.
    int visibleEntryCount() const;
    bool isEntryVisible(int row) const;
    SimTime entryTime(int row) const;

    // Filters (also driven by the panel's own buttons).
    void setCategoryShown(EventCategory category, bool shown);
    bool isCategoryShown(EventCategory category) const;
    // Shows only entries about the region with this id (a catalog id or a custom region's own:
    // the key outlives topology changes, and two regions never share one); empty shows every region.
    void setRegionFilter(const QString &regionId);
    const QString &regionFilter() const { return m_regionFilter; }
    // The regions the region filter offers (the current configuration's).
    void setRegions(const std::vector<RegionConfig> &regions);

signals:
    // The user clicked an entry: its simulated time.
    void entryActivated(fl::SimTime time);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Entry
    {
        SimTime time = 0;
        Severity severity = Severity::Info;
        std::function<QString()> text;
        EventCategory category = EventCategory::Faults;
        QString regionA; // ids of the regions it is about
        QString regionB;
    };
    void append(Entry entry);
    void retranslateUi();
    void fillRegionCombo();
    void applyFilters();
    bool passes(const Entry &entry) const;
    QString render(const Entry &entry) const;

    std::deque<Entry> m_entries;
    std::array<bool, kEventCategoryCount> m_shown;
    QString m_regionFilter;
    RegionConfig m_filterRegion; // the filtered region, to name it after it left the world
    std::vector<RegionConfig> m_regionChoices;
    QListWidget *m_list;
    QLabel *m_title;
    QPushButton *m_clear;
    std::array<QToolButton *, kEventCategoryCount> m_categoryButtons;
    QComboBox *m_region;
};

} // namespace fl::ui
