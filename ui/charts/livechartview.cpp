#include "livechartview.h"

#include "chartfactory.h"

#include <QChart>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QMenu>
#include <QMouseEvent>
#include <QToolTip>
#include <algorithm>

namespace fl::ui {

LiveChartView::LiveChartView(ChartKind kind, QChart *chart, QWidget *parent)
    : QChartView(chart, parent), m_kind(kind)
{
    setObjectName(QStringLiteral("chart-") + chartKindId(kind));
    // No antialiasing: with a few thousand points per chart, software antialiasing costs several
    // times the plain drawing, and these charts are redrawn many times a second (exports keep it).
    setRenderHint(QPainter::Antialiasing, false);
    setMinimumSize(320, 260);
    // Hovering near a line shows the exact sample under the pointer as a tool tip.
    setMouseTracking(true);
}

int LiveChartView::plotColumns() const
{
    const QChart *c = chart();
    const int plot = c ? static_cast<int>(c->plotArea().width()) : 0;
    return std::max(50, plot > 0 ? plot : width() - 100);
}

void LiveChartView::paintEvent(QPaintEvent *event)
{
    QElapsedTimer timer;
    timer.start();
    QChartView::paintEvent(event);
    emit framePainted(timer.nsecsElapsed());
}

void LiveChartView::mousePressEvent(QMouseEvent *event)
{
    emit picked(m_kind);
    QChartView::mousePressEvent(event);
}

void LiveChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    QChart *c = chart();
    if (!c)
        return;
    const QPointF inChart = c->mapFromScene(mapToScene(event->position().toPoint()));
    const QString text = ChartFactory::hoverTextAt(c, inChart);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void LiveChartView::contextMenuEvent(QContextMenuEvent *event)
{
    emit picked(m_kind);
    QMenu menu(this);
    menu.addAction(tr("Export This Chart…"), this, [this] { emit exportRequested(m_kind); });
    menu.addAction(tr("Export All Charts…"), this, [this] { emit exportAllRequested(); });
    menu.exec(event->globalPos());
}

} // namespace fl::ui
