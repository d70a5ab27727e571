#pragma once

#include "bridge/worldsnapshot.h"
#include "labtext.h"

#include <QColor>
#include <QElapsedTimer>
#include <QWidget>
#include <map>
#include <utility>

class QGridLayout;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace fl::ui {

// Health and traffic at a glance: per region its role, health, data role, epoch, replication lag,
// traffic share, errors, capacity, dependencies and cost; per population the regions serving it,
// its p99 and success ratio; and the fate of every write, straight from the snapshot's
// WriteAccounting (the panel counts nothing itself).
class HealthPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HealthPanel(QWidget *parent = nullptr);
    void applySnapshot(const WorldSnapshot &snapshot);

    QTableWidget *regionTable() const { return m_regions; }
    QTableWidget *populationTable() const { return m_populations; }
    // The text shown for a write figure, by key ("issued", "lostNotShipped", ...).
    QString writeFigure(const QString &key) const;
    QString controllerText() const;
    // The availability line beside the cost, and how it reads for given figures (the model's
    // AvailabilityTracker values, as the snapshot and the run report carry them).
    QString availabilityText() const;
    static QString availabilitySentence(const WorldTotals &totals, double costPerHour, double totalCost);
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Figure
    {
        QLabel *name = nullptr;
        QLabel *value = nullptr;
        int indent = 0;
    };
    void retranslateUi();
    void refresh();
    static QString controllerSentence(const WorldSnapshot &snapshot);
    static std::pair<QString, QColor> regionHealth(const RegionView &region);
    static std::pair<QString, QColor> regionDataRole(const WorldSnapshot &snapshot, const RegionView &region);
    void refreshRegionRow(int row, const RegionView &region, const ConfigNames &names);
    void refreshPopulations();
    void refreshWrites();
    void addFigure(const QString &key, int row, int column, int indent);
    void setFigure(const QString &key, std::uint64_t value, bool alarming = false);

    WorldSnapshot m_last;
    bool m_have = false;
    QElapsedTimer m_throttle;
    QLabel *m_controller;
    QLabel *m_availability;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTableWidget *m_regions;
    QTableWidget *m_populations;
    QWidget *m_writesBox;
    QGridLayout *m_writesGrid;
    std::map<QString, Figure> m_figures;
};

} // namespace fl::ui
