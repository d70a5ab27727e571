#pragma once

#include "bridge/worldsnapshot.h"
#include "labtext.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace fl::ui {

// Every incident of the run, one row each: the fault, when the controller detected it, when a new
// primary took writes, when routing pointed at it and when users were served again (simulated
// time), the RTO and the RPO (lost acknowledged writes and the span they cover) judged against the
// targets, and a small painted timeline of the phases.
class IncidentPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        FaultColumn,
        TimelineColumn,
        FailureColumn,
        DetectedColumn,
        PromotedColumn,
        ReroutedColumn,
        RecoveredColumn,
        RtoColumn,
        RpoColumn,
        ColumnCount
    };

    explicit IncidentPanel(QWidget *parent = nullptr);
    void applySnapshot(const WorldSnapshot &snapshot);
    QTableWidget *table() const { return m_table; }
    QString cellText(int row, Column column) const;
    int incidentCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    QTableWidgetItem *cell(int row, int column);
    void updateSummary();
    void fillRow(int row, const Incident &incident, const ConfigNames &names);
    void fillRto(QTableWidgetItem *item, const Incident &incident);
    void fillRpo(QTableWidgetItem *item, const Incident &incident);
    void fillTimeline(QTableWidgetItem *item, const Incident &incident);

    std::vector<Incident> m_incidents;
    SimulationConfig m_config;
    SimTime m_now = 0;
    std::uint64_t m_runId = 0;
    QElapsedTimer m_throttle;
    QLabel *m_summary;
    QTableWidget *m_table;
};

} // namespace fl::ui
