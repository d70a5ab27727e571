#pragma once

#include "charts/chartdata.h"
#include "charts/charthistory.h"
#include "engine/simtime.h"

#include <QWidget>
#include <vector>

class QChart;
class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QToolButton;

namespace fl::ui {

class LiveChartView;
struct WorldSnapshot;

// The live charts: every ChartKind in a grid, drawn from the samples each snapshot brings (kept in
// a ChartHistory), with a rolling window or the whole run, fault markers, a cursor set from the event
// log and exact values on hover. Updating a chart costs its points once, so the panel refreshes only
// charts whose data changed and that can be seen, a few per snapshot in turn, to keep every frame
// short (see `failover-lab bench --gui`, rows named "charts").
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    // Rolling windows offered, in seconds; 0 is the whole run kept.
    static std::vector<double> windowChoices();
    static constexpr double kDefaultWindowSeconds = 300;
    // Charts refreshed per snapshot at most (each one costs its points to redraw).
    static constexpr int kChartsPerSnapshot = 1;

    void applySnapshot(const WorldSnapshot &snapshot);
    // Shows a cursor at `at` on every chart; switches to the whole run if `at` is outside the window.
    void setCursorTime(SimTime at);

    double windowSeconds() const { return m_windowSeconds; }
    void setWindowSeconds(double seconds);
    const ChartHistory &history() const { return m_history; }
    QChart *chart(ChartKind kind) const;
    LiveChartView *view(ChartKind kind) const;
    ChartKind currentKind() const { return m_current; }
    // Brings every chart up to date now, seen or not (tests; before an export of what is shown).
    void refreshAll();
    // The chart is on screen: its dock shown and raised, and not scrolled out of view.
    bool isShowing(ChartKind kind) const;
    // Frames the charts a lesson's step points at (by their file ids, "replication-lag") and
    // scrolls the first into view; an empty list removes the frames. Unknown ids are ignored.
    void setHighlighted(const QStringList &chartIds);
    // Every text of every chart `scale` times its normal size (presenter mode); the charts are
    // made again at that scale and refreshed.
    void setTypeScale(double scale);
    double typeScale() const { return m_typeScale; }
    // How wide a chart must be per unit of type scale (300 px: a title, axes and a legend beside a
    // plot as wide again). The compare view's half-width panels take narrower charts (their legends
    // are short), so that one still fits beside the other side's at presenter scale.
    void setChartWidthPerScale(int pixels) { m_widthPerScale = pixels; }
    // The row above the charts (rolling window, export buttons, what is shown): a talk on a narrow
    // panel hides it.
    void setControlsShown(bool shown);
    QStringList highlighted() const { return m_highlighted; }
    // The time axis the charts show now: [first, second].
    std::pair<double, double> visibleRange() const;

signals:
    void exportChartRequested(fl::ui::ChartKind kind);
    void exportAllRequested();
    void framePainted(qint64 nanoseconds); // any chart's paint, for the GUI benchmark

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void refresh(std::size_t index);
    void refreshSome();
    // Every chart whose data changed and that can be seen (after a scroll, a resize, a new window).
    void refreshStaleOnScreen();
    void updateStatus();
    void relayout();
    bool visibleOnScreen(std::size_t index) const;

    ChartHistory m_history;
    std::vector<LiveChartView *> m_views; // in allChartKinds() order
    QStringList m_highlighted;
    double m_typeScale = 1.0;
    int m_widthPerScale = 300;
    std::vector<bool> m_stale; // data changed since the chart was last filled
    std::size_t m_nextToRefresh = 0;
    double m_windowSeconds = kDefaultWindowSeconds;
    ChartKind m_current = ChartKind::ReplicationLag;
    int m_columns = 0;

    QLabel *m_windowLabel = nullptr;
    QComboBox *m_window = nullptr;
    QToolButton *m_exportButton = nullptr;
    QToolButton *m_exportAllButton = nullptr;
    QLabel *m_status = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
};

} // namespace fl::ui
