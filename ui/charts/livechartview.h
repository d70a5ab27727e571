#pragma once

#include "chartdata.h"

#include <QChartView>

namespace fl::ui {

// A QChartView for one of the lab's live charts: reports how long each paint takes (for
// `failover-lab bench --gui`), that the user picked it (a click makes it the "current" chart for
// Export), and offers export from its context menu.
class LiveChartView : public QChartView
{
    Q_OBJECT

public:
    LiveChartView(ChartKind kind, QChart *chart, QWidget *parent = nullptr);

    ChartKind kind() const { return m_kind; }
    // Columns of the plot area, to decimate to (the view's width before the first layout).
    int plotColumns() const;

signals:
    void framePainted(qint64 nanoseconds);
    void picked(fl::ui::ChartKind kind);
    void exportRequested(fl::ui::ChartKind kind);
    void exportAllRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    ChartKind m_kind;
};

} // namespace fl::ui
