#pragma once

#include "bridge/worldsnapshot.h"
#include "mapsymbol.h"
#include "projection.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QPainterPath>
#include <QTimer>
#include <optional>
#include <set>
#include <utility>
#include <vector>

class QGraphicsLineItem;
class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace fl::ui {

class LinkItem;
class PopulationItem;
class RegionItem;
class TrafficLine;

// The world: land, graticule, regions, links and user populations, kept in step with the
// simulation's snapshots. Items are created when the set of regions or populations changes and
// updated by index from every snapshot after that — never rebuilt per frame. The scene knows
// nothing about the simulation thread: it reports what the user did through its signals.
class WorldMapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit WorldMapScene(QObject *parent = nullptr, MapProjection projection = MapProjection::NaturalEarth);
    ~WorldMapScene() override;

    // Projected units -> scene units.
    static constexpr double kScale = 180.0;

    QPointF toScene(GeoPoint p) const;
    // The place under a scene point, or nothing off the map.
    std::optional<GeoPoint> toGeo(const QPointF &scenePos) const;
    MapProjection projection() const { return m_projection; }

    void applySnapshot(const WorldSnapshot &snapshot);
    // Rewrites every label and tooltip in the current language (items get no LanguageChange).
    void retranslate();

    RegionItem *regionItem(int index) const;
    LinkItem *linkItem(int a, int b) const;
    PopulationItem *populationItem(int index) const;
    int regionCount() const { return static_cast<int>(m_regions.size()); }
    int populationCount() const { return static_cast<int>(m_populations.size()); }
    // The line from a population to a region (hidden while that route carries nothing).
    TrafficLine *trafficLine(int population, int region) const;
    // Every symbol its items draw now (the legend must explain each).
    std::set<MapSymbol> symbolsShown() const;

    // The selected region, or -1.
    int selectedRegion() const;
    // The selected link (from < to), if any.
    std::optional<std::pair<int, int>> selectedLink() const;
    void selectRegion(int index);
    void selectLink(int a, int b);

    // Population drags (called by PopulationItem).
    void beginPopulationDrag(int population);
    void movePopulationDrag(const QPointF &scenePos, qreal viewScale);
    void endPopulationDrag(const QPointF &scenePos, qreal viewScale);
    // Region drags (called by RegionItem): the marker follows the pointer; a drop on the map
    // reports the new place, a drop off the map puts the marker back.
    void moveRegionDrag(int region, const QPointF &scenePos);
    void endRegionDrag(int region, const QPointF &scenePos);
    // The region whose marker is within `pixels` of `scenePos` on screen, or -1.
    int regionAt(const QPointF &scenePos, qreal viewScale, qreal pixels = 18) const;

    // Called by items.
    void requestRegionMenu(int region, const QPoint &screenPos);
    void requestLinkMenu(int a, int b, const QPoint &screenPos);

    // The view's scale (scene units to device pixels): labels are placed in device pixels, so they
    // are placed again when it changes.
    void setViewScale(qreal scale);
    qreal viewScale() const { return m_viewScale; }
    // The part of the scene the view shows: labels keep inside it where they can.
    void setVisibleArea(const QRectF &sceneArea);

    // Advances the traffic dots; normally driven by the scene's own animation timer.
    void advanceAnimation(double wallSeconds);
    void setAnimationEnabled(bool enabled);

signals:
    void regionMenuRequested(int region, const QPoint &screenPos);
    void linkMenuRequested(int from, int to, const QPoint &screenPos);
    // The user dropped a population on a region: move its traffic there.
    void populationDropped(int population, int region);
    // The user dragged a region to a new place on the map.
    void regionMoved(int region, fl::GeoPoint location);
    // The user asked for the map's menu at a point with no region, link or population on it.
    void mapMenuRequested(fl::GeoPoint location, const QPoint &screenPos);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void buildBackground();
    void rebuildItems(const WorldSnapshot &snapshot);
    void updateTexts();
    void updateRegionTexts();
    void updateLinkTexts();
    void updatePopulationTexts();
    void updateTrafficTexts(std::size_t population, const QString &name, double attempts);
    bool sameTopology(const WorldSnapshot &snapshot) const;
    // Places every label so that none overlaps another or a marker; does nothing when no label's
    // slot, no anchor and no scale changed since the last time (labels do not jitter).
    void placeLabels();
    QString dataBadge(const RegionView &region, QColor *color) const;
    QString dataToolTip(const RegionView &region) const;

    MapProjection m_projection;
    QPainterPath m_sphere;    // the globe's outline: ocean and edge
    QPainterPath m_graticule; // meridians and parallels every 30 degrees
    QPainterPath m_land;
    WorldSnapshot m_last;
    bool m_haveSnapshot = false;
    std::vector<RegionItem *> m_regions;
    std::vector<LinkItem *> m_links; // in the snapshot's order
    std::vector<PopulationItem *> m_populations;
    std::vector<TrafficLine *> m_traffic; // [population * regions + region]
    QGraphicsPathItem *m_dragLine = nullptr;
    int m_dragPopulation = -1;
    int m_dragTarget = -1;
    qreal m_viewScale = 1;
    QRectF m_visibleArea;                // scene coordinates; empty until a view reports it
    std::vector<qreal> m_labelLayoutKey; // what the last placement was computed from
    QTimer m_animation;
    QElapsedTimer m_animationClock;
};

} // namespace fl::ui
