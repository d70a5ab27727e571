#include "chartspanel.h"

#include "bridge/worldsnapshot.h"
#include "charts/chartfactory.h"
#include "charts/livechartview.h"

#include <QChart>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace fl::ui {
namespace {

constexpr int kMinChartWidth = 400;

} // namespace

std::vector<double> ChartsPanel::windowChoices()
{
    return {60, 300, 900, 3600, 0};
}

ChartsPanel::ChartsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("chartsPanel"));
    m_windowLabel = new QLabel(this);
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("chartWindow"));
    for (const double seconds : windowChoices())
        m_window->addItem(QString(), seconds);
    m_window->setCurrentIndex(m_window->findData(kDefaultWindowSeconds));
    m_windowLabel->setBuddy(m_window);
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this] { setWindowSeconds(m_window->currentData().toDouble()); });
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportChart"));
    connect(m_exportButton, &QToolButton::clicked, this, [this] { emit exportChartRequested(m_current); });
    m_exportAllButton = new QToolButton(this);
    m_exportAllButton->setObjectName(QStringLiteral("exportAllCharts"));
    connect(m_exportAllButton, &QToolButton::clicked, this, &ChartsPanel::exportAllRequested);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chartStatus"));
    // Its text changes as the window moves; a size hint that followed it would relayout the whole
    // main window (and redraw the map's cached background) whenever the numbers grew a digit.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    // Where the dock is narrow it wraps instead of being cut off; two lines are kept at every
    // width, so wrapping or not never changes the bar's height either.
    m_status->setWordWrap(true);
    m_status->setFixedHeight(2 * m_status->fontMetrics().lineSpacing() + 2);
    m_status->installEventFilter(this); // its wording depends on its width (updateStatus)

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_windowLabel);
    bar->addWidget(m_window);
    bar->addSpacing(12);
    bar->addWidget(m_exportButton);
    bar->addWidget(m_exportAllButton);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);

    m_grid = new QWidget(this);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    m_gridLayout->setSpacing(4);
    for (const ChartKind kind : allChartKinds()) {
        ChartData empty;
        empty.kind = kind;
        empty.compact = true;
        auto *view = new LiveChartView(kind, ChartFactory::create(empty, 100), m_grid);
        connect(view, &LiveChartView::framePainted, this, &ChartsPanel::framePainted);
        connect(view, &LiveChartView::picked, this, [this](ChartKind k) { m_current = k; });
        connect(view, &LiveChartView::exportRequested, this, &ChartsPanel::exportChartRequested);
        connect(view, &LiveChartView::exportAllRequested, this, &ChartsPanel::exportAllRequested);
        m_views.push_back(view);
    }
    m_stale.assign(m_views.size(), true);
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chartScroll"));
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Charts scrolled into view are brought up to date at once, even while the run is paused.
    connect(scroll->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { QTimer::singleShot(0, this, &ChartsPanel::refreshStaleOnScreen); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    relayout();
    retranslateUi();
}

QChart *ChartsPanel::chart(ChartKind kind) const
{
    const LiveChartView *v = view(kind);
    return v ? v->chart() : nullptr;
}

LiveChartView *ChartsPanel::view(ChartKind kind) const
{
    for (LiveChartView *v : m_views) {
        if (v->kind() == kind)
            return v;
    }
    return nullptr;
}

std::pair<double, double> ChartsPanel::visibleRange() const
{
    // The time axis moves in steps, not with every sample: moving it re-lays out the axis and
    // re-shapes every tick label, most of a live chart's cost. The lines grow into the window and
    // it jumps ahead by a fifth when they reach its end, so it always shows 80-100 % of its span.
    const double now = m_history.nowSeconds();
    if (m_windowSeconds <= 0) {
        const RingSeries<DataSample> &kept = m_history.dataSeries();
        // From the start of the run while it is all kept, else from the oldest sample kept.
        const double first = kept.firstIndex() == 0 || kept.empty() ? 0.0 : kept.front().timeSeconds;
        // A round step of a tenth of the span or less (neighbouring steps differ by at most 2.5×,
        // so at most twenty intervals leaves at least eight).
        const double step = roundTimeStep(now - first, 20);
        return {first, std::max(first + 1.0, std::ceil(now / step) * step)};
    }
    // Until the run is as long as the window, the window starts at zero.
    const double step = m_windowSeconds / 5;
    const double end = std::max(m_windowSeconds, std::ceil(now / step) * step);
    return {end - m_windowSeconds, end};
}

void ChartsPanel::applySnapshot(const WorldSnapshot &snapshot)
{
    const std::uint64_t runBefore = m_history.runId();
    if (!m_history.append(snapshot))
        return;
    if (m_history.runId() != runBefore) {
        for (LiveChartView *v : m_views)
            ChartFactory::setCursor(v->chart(), std::nan(""));
    }
    std::fill(m_stale.begin(), m_stale.end(), true);
    // While the run goes on, the next frame brings the next chart's turn; a paused or stopped run
    // sends no further snapshot, so every chart on screen must show this one now (a run to a moment,
    // a pause, a step).
    if (snapshot.running)
        refreshSome();
    else
        refreshStaleOnScreen();
}

void ChartsPanel::refreshSome()
{
    // A few charts per snapshot, in turn: a snapshot arrives every frame while running, so each
    // chart is still redrawn several times a second and no frame pays for all of them.
    int refreshed = 0;
    for (std::size_t n = 0; n < m_views.size() && refreshed < kChartsPerSnapshot; ++n) {
        const std::size_t i = (m_nextToRefresh + n) % m_views.size();
        if (!m_stale[i] || !visibleOnScreen(i))
            continue;
        refresh(i);
        ++refreshed;
        m_nextToRefresh = (i + 1) % m_views.size();
    }
    updateStatus();
}

void ChartsPanel::updateStatus()
{
    const auto [from, to] = visibleRange();
    const QString first = QLocale().toString(from, 'f', 0), last = QLocale().toString(to, 'f', 0);
    const QString sentence =
        tr("%1 to %2 s of simulated time, one sample per metrics interval").arg(first, last);
    // The row gives it two lines: a narrow panel (the compare view's halves) says only the span.
    const QFontMetrics metrics = m_status->fontMetrics();
    const QRect needed = metrics.boundingRect(QRect(0, 0, std::max(1, m_status->width()), 1 << 16),
                                              Qt::TextWordWrap, sentence);
    m_status->setText(needed.height() <= m_status->height() ? sentence : tr("%1–%2 s").arg(first, last));
}

void ChartsPanel::refresh(std::size_t index)
{
    const auto [from, to] = visibleRange();
    LiveChartView *v = m_views[index];
    ChartData data = makeChartData(v->kind(), m_history, from, to);
    data.compact = true;
    data.typeScale = m_typeScale;
    // Thicker lines for a projector, growing more slowly than the type (4K presenter type is six
    // times normal; a line 2.4 times as wide still leaves the plot readable).
    data.lineScale = std::sqrt(m_typeScale);
    ChartFactory::update(v->chart(), data, v->plotColumns());
    m_stale[index] = false;
}

void ChartsPanel::refreshStaleOnScreen()
{
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        if (m_stale[i] && visibleOnScreen(i))
            refresh(i);
    }
    updateStatus();
}

void ChartsPanel::refreshAll()
{
    for (std::size_t i = 0; i < m_views.size(); ++i)
        refresh(i);
    updateStatus();
}

bool ChartsPanel::visibleOnScreen(std::size_t index) const
{
    // Shown (its dock open and raised) and not scrolled out of the grid's viewport.
    // QWidget::visibleRegion() is no help here: it stays empty for these views on some platforms.
    const LiveChartView *v = m_views[index];
    if (!v->isVisible() || !m_scroll)
        return false;
    const QWidget *viewport = m_scroll->viewport();
    return QRect(v->mapTo(viewport, QPoint(0, 0)), v->size()).intersects(viewport->rect());
}

bool ChartsPanel::isShowing(ChartKind kind) const
{
    for (std::size_t i = 0; i < m_views.size(); ++i) {
        if (m_views[i]->kind() == kind)
            return visibleOnScreen(i);
    }
    return false;
}

void ChartsPanel::setWindowSeconds(double seconds)
{
    if (seconds == m_windowSeconds)
        return;
    m_windowSeconds = seconds;
    const int index = m_window->findData(seconds);
    if (index >= 0 && index != m_window->currentIndex())
        m_window->setCurrentIndex(index);
    std::fill(m_stale.begin(), m_stale.end(), true);
    refreshStaleOnScreen();
}

void ChartsPanel::setCursorTime(SimTime at)
{
    const double seconds = toSeconds(at);
    if (seconds < visibleRange().first)
        setWindowSeconds(0); // the rolling window has moved past it: show the whole run
    for (LiveChartView *v : m_views)
        ChartFactory::setCursor(v->chart(), seconds);
}

void ChartsPanel::relayout()
{
    // Larger type needs larger charts: fewer of them side by side.
    const int minWidth = static_cast<int>(m_typeScale > 1.0 ? m_widthPerScale * m_typeScale : kMinChartWidth);
    const int columns = std::clamp(width() / minWidth, 1, 4);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (LiveChartView *v : m_views)
        m_gridLayout->removeWidget(v);
    for (std::size_t i = 0; i < m_views.size(); ++i)
        m_gridLayout->addWidget(m_views[i], static_cast<int>(i) / columns, static_cast<int>(i) % columns);
}

bool ChartsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_status && event->type() == QEvent::Resize)
        updateStatus();
    return QWidget::eventFilter(watched, event);
}

void ChartsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
    // New plot widths: decimate again for the charts that can be seen.
    std::fill(m_stale.begin(), m_stale.end(), true);
    QTimer::singleShot(0, this, &ChartsPanel::refreshStaleOnScreen);
}

void ChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChartsPanel::retranslateUi()
{
    m_windowLabel->setText(tr("&Window:"));
    const QStringList names = {tr("Last minute"), tr("Last 5 minutes"), tr("Last 15 minutes"),
                               tr("Last hour"), tr("Whole run")};
    for (int i = 0; i < m_window->count() && i < names.size(); ++i)
        m_window->setItemText(i, names[i]);
    m_window->setToolTip(tr("How much simulated time the charts show: a rolling window that follows the "
                            "run, or everything kept since the start"));
    m_exportButton->setText(tr("Export Chart…"));
    m_exportButton->setToolTip(tr("Export the chart you last clicked as PNG, SVG or PDF"));
    m_exportAllButton->setText(tr("Export All…"));
    m_exportAllButton->setToolTip(tr("Export every chart, or the run's data as CSV or JSON"));
    m_status->setToolTip(tr("Hover over a line for its exact values; click a chart to make it the one "
                            "Export Chart uses; right-click a chart to export it"));
    for (LiveChartView *v : m_views)
        ChartFactory::retranslate(v->chart());
    refreshSome();
}

void ChartsPanel::setHighlighted(const QStringList &chartIds)
{
    m_highlighted.clear();
    LiveChartView *first = nullptr;
    for (LiveChartView *view : m_views) {
        const bool on = chartIds.contains(chartKindId(view->kind()));
        // An orange frame, the colour of the map's lesson rings, so "look here" reads the same.
        view->setStyleSheet(on ? QStringLiteral("QGraphicsView { border: 3px solid #ff8c00; }") : QString());
        if (on) {
            m_highlighted << chartKindId(view->kind());
            if (!first)
                first = view;
        }
    }
    if (first)
        m_scroll->ensureWidgetVisible(first);
}

void ChartsPanel::setControlsShown(bool shown)
{
    for (QWidget *control : std::initializer_list<QWidget *>{m_windowLabel, m_window, m_exportButton,
                                                             m_exportAllButton, m_status})
        control->setVisible(shown);
}

void ChartsPanel::setTypeScale(double scale)
{
    if (scale == m_typeScale)
        return;
    m_typeScale = scale;
    for (LiveChartView *view : m_views) {
        ChartData empty;
        empty.kind = view->kind();
        empty.compact = true;
        empty.typeScale = scale;
        empty.lineScale = std::sqrt(scale);
        QChart *old = view->chart();
        view->setChart(ChartFactory::create(empty, view->plotColumns()));
        delete old; // QChartView::setChart releases the previous chart without deleting it
        // Room for the larger texts around the plot: a title, axis labels and titles and a legend
        // take about ten lines of text, the plot as much again. Normal size is the view's own.
        if (scale > 1.0)
            view->setMinimumSize(static_cast<int>(m_widthPerScale * scale), static_cast<int>(165 * scale));
        else
            view->setMinimumSize(320, 260);
    }
    m_columns = -1; // lay the grid out again for the new chart sizes
    relayout();
    std::fill(m_stale.begin(), m_stale.end(), true);
    refreshAll();
    const QStringList highlighted = m_highlighted; // setHighlighted starts by clearing it
    setHighlighted(highlighted);
}

} // namespace fl::ui
