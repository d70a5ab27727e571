#pragma once

#include <QGraphicsView>

namespace fl::ui {

class WorldMapScene;

// Looks at the WorldMapScene: zoom (wheel, keys, actions), pan (drag the background) and fit.
// Everything about the world itself lives in the scene.
class WorldMapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit WorldMapView(WorldMapScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return m_zoom; } // 1 = the whole world fits
    // Scale from scene units to device pixels.
    qreal viewScale() const { return transform().m11(); }

public slots:
    void zoomIn();
    void zoomOut();
    void fitWorld();
    // Zooms so that `area` (scene coordinates) fills the view, centred on it (never out beyond the
    // whole world).
    void fitArea(const QRectF &area);

signals:
    void zoomChanged(qreal zoom);
    // Emitted after each paint of the map, with its duration (the GUI benchmark's frame time).
    void framePainted(qint64 nanoseconds);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void applyZoom(qreal zoom, const QPointF *anchorScene = nullptr);
    void setScale(qreal scale);
    // Tells the scene what is on screen (after a zoom, a scroll or a resize).
    void reportVisibleArea();
    qreal fitScale() const;

    qreal m_zoom = 1;
    static constexpr qreal kMaxZoom = 24;
};

} // namespace fl::ui
