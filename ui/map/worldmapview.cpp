#include "worldmapview.h"

#include "worldmapscene.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace fl::ui {

WorldMapView::WorldMapView(WorldMapScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setObjectName(QStringLiteral("worldMapView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlag(DontSavePainterState);
    // The scene's background is the static globe (see WorldMapScene::drawBackground): drawn once
    // per zoom, pan or resize, then copied.
    setCacheMode(CacheBackground);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumSize(320, 200);
    // Scroll bars are off but panning still needs room past the edges when zoomed in.
    setAlignment(Qt::AlignCenter);
}

qreal WorldMapView::fitScale() const
{
    const QRectF rect = sceneRect();
    if (rect.isEmpty() || viewport()->width() <= 0)
        return 1;
    return std::min(viewport()->width() / rect.width(), viewport()->height() / rect.height());
}

void WorldMapView::applyZoom(qreal zoom, const QPointF *anchorScene)
{
    m_zoom = std::clamp(zoom, 1.0, kMaxZoom);
    const qreal scale = fitScale() * m_zoom;
    const QPointF center = anchorScene ? *anchorScene : mapToScene(viewport()->rect().center());
    setScale(scale);
    if (m_zoom <= 1.0)
        centerOn(sceneRect().center());
    else if (anchorScene == nullptr)
        centerOn(center);
    reportVisibleArea();
    emit zoomChanged(m_zoom);
}

void WorldMapView::reportVisibleArea()
{
    if (auto *map = qobject_cast<WorldMapScene *>(scene()))
        map->setVisibleArea(mapToScene(viewport()->rect()).boundingRect());
}

void WorldMapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    reportVisibleArea();
}

void WorldMapView::setScale(qreal scale)
{
    setTransform(QTransform::fromScale(scale, scale));
    // The labels keep their pixel size while the markers move apart or together: place them again.
    if (auto *map = qobject_cast<WorldMapScene *>(scene()))
        map->setViewScale(scale);
}

void WorldMapView::zoomIn()
{
    applyZoom(m_zoom * 1.25);
}

void WorldMapView::zoomOut()
{
    applyZoom(m_zoom / 1.25);
}

void WorldMapView::fitWorld()
{
    applyZoom(1.0);
}

void WorldMapView::fitArea(const QRectF &area)
{
    if (area.width() <= 0 || area.height() <= 0 || fitScale() <= 0) {
        fitWorld();
        return;
    }
    const qreal wanted = std::min(viewport()->width() / area.width(), viewport()->height() / area.height());
    applyZoom(wanted / fitScale());
    if (m_zoom > 1.0)
        centerOn(area.center());
    reportVisibleArea();
}

void WorldMapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const qreal factor = std::pow(1.0015, delta);
    const QPointF before = mapToScene(event->position().toPoint());
    m_zoom = std::clamp(m_zoom * factor, 1.0, kMaxZoom);
    const qreal scale = fitScale() * m_zoom;
    setScale(scale);
    // Keep the point under the mouse where it was.
    const QPointF after = mapToScene(event->position().toPoint());
    const QPointF shift = after - before;
    centerOn(mapToScene(viewport()->rect().center()) - shift);
    if (m_zoom <= 1.0)
        centerOn(sceneRect().center());
    emit zoomChanged(m_zoom);
    event->accept();
}

void WorldMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    applyZoom(m_zoom);
}

void WorldMapView::paintEvent(QPaintEvent *event)
{
    QElapsedTimer timer;
    timer.start();
    QGraphicsView::paintEvent(event);
    emit framePainted(timer.nsecsElapsed());
}

void WorldMapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

} // namespace fl::ui
