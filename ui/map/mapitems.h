#pragma once

#include "bridge/worldsnapshot.h"
#include "labelplacement.h"
#include "mapsymbol.h"
#include "mapsymbolpainter.h"
#include "projection.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <vector>

namespace fl::ui {

class WorldMapScene;

// Item types, so the scene can tell its items apart without dynamic_cast.
enum MapItemType
{
    RegionItemType = QGraphicsItem::UserType + 1,
    LinkItemType,
    LinkMarkerItemType,
    PopulationItemType,
};

// An invisible area over a badge that only shows a tooltip: clicks go through to what lies below.
class ToolTipArea : public QGraphicsItem
{
public:
    explicit ToolTipArea(QGraphicsItem *parent);
    void setArea(const QRectF &area);
    QRectF boundingRect() const override { return m_area; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

private:
    QRectF m_area;
};

// A region: a marker whose shape tells the role (circle active, square warm standby, triangle pilot
// light, diamond witness), whose fill and outline tell health, with its name and a load badge.
// Keeps its size whatever the zoom.
class RegionItem : public QGraphicsItem
{
public:
    explicit RegionItem(int index);
    enum
    {
        Type = RegionItemType
    };
    int type() const override { return Type; }

    int index() const { return m_index; }
    void setState(const RegionView &view); // cheap when nothing visible changed
    const RegionView &state() const { return m_state; }
    void setLabels(const QString &name, const QString &badge, const QString &toolTip);
    // Epoch and replication lag, drawn above the marker when not empty, in `color` (the lag's
    // severity).
    void setDataBadge(const QString &text, const QColor &color = QColor(0x33, 0x44, 0x55));
    const QString &dataBadge() const { return m_dataBadge; }
    void setDropTarget(bool target);
    // Tooltips of the load and data badges (each shows while its badge does).
    void setBadgeToolTips(const QString &load, const QString &data);
    const QString &name() const { return m_name; }
    const QString &badge() const { return m_badge; }

    // The label boxes the scene's placement needs (empty when the label is), and where the scene
    // put them (relative to the marker; see labelplacement.h). Until placed, the name sits below,
    // the load badge right and the data badge above the marker.
    QSizeF nameSlot() const { return m_nameSlot; }
    QSizeF badgeSlot() const { return m_badgeSlot; }
    QSizeF dataSlot() const { return m_dataSlot; }
    void placeLabels(const LabelPlacement &name, const LabelPlacement &badge, const LabelPlacement &data);
    // Where each label is drawn, relative to the marker (for tests and the layout check).
    QRectF nameRect() const { return m_nameRect; }
    QRectF badgeRect() const { return m_badgeRect; }
    QRectF dataRect() const { return m_dataRect; }
    // What it draws now; paint() draws exactly these.
    std::vector<MapSymbol> symbols() const;

    static constexpr qreal kRadius = mapsymbols::kRegionRadius;
    // Clearances from the marker's centre, used for the default places and by the scene.
    static constexpr qreal kNameClearance = kRadius + 3;
    static constexpr qreal kBadgeClearance = kRadius + 5;
    static constexpr qreal kDataClearance = kRadius + 8;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    // A click selects; a drag beyond the platform's drag distance moves the region on the map.
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void paintLabels(QPainter *painter, MapSymbol load) const;
    void relayout();
    void fitLabels();

    int m_index;
    RegionView m_state;
    QString m_name;
    QString m_badge;
    QString m_dataBadge;
    QColor m_dataColor;
    bool m_dropTarget = false;
    QPoint m_pressScreenPos;
    bool m_dragging = false;
    // Slot sizes (text size rounded up, so a lag figure that changes by a digit keeps its place),
    // the placed slots, and the drawn rectangles (the text's own size inside its slot).
    QSizeF m_nameSlot, m_badgeSlot, m_dataSlot;
    LabelPlacement m_namePlace, m_badgePlace, m_dataPlace;
    QRectF m_nameRect, m_badgeRect, m_dataRect, m_bounds;
    ToolTipArea *m_loadTip;
    ToolTipArea *m_dataTip;
};

// A small marker at the middle of a link that is not healthy: a cross when cut both ways, an arrow
// for the cut direction, a tilde when degraded. Clicking it is clicking the link.
class LinkMarkerItem : public QGraphicsItem
{
public:
    explicit LinkMarkerItem(QGraphicsItem *parent);
    enum
    {
        Type = LinkMarkerItemType
    };
    int type() const override { return Type; }
    void setCondition(LinkCondition condition, qreal arrowAngleDeg);
    MapSymbol symbol() const { return mapsymbols::linkSymbol(m_condition); }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    LinkCondition m_condition = LinkCondition::Ok;
    qreal m_angle = 0;
};

// An inter-region link drawn as a great-circle arc, coloured by its state.
class LinkItem : public QGraphicsPathItem
{
public:
    LinkItem(int from, int to, const QPainterPath &path);
    enum
    {
        Type = LinkItemType
    };
    int type() const override { return Type; }
    int from() const { return m_from; }
    int to() const { return m_to; }
    void setState(const LinkView &view);
    const LinkView &state() const { return m_state; }
    // The link's tooltip, also shown over its marker.
    void setToolTips(const QString &toolTip);
    std::vector<MapSymbol> symbols() const;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void updatePen();
    int m_from, m_to;
    LinkView m_state;
    LinkMarkerItem *m_marker;
    bool m_hover = false;
    bool m_first = true;
};

// A user population: a circle whose area follows its demand. Drag it onto a region to send its
// traffic there (scene mouse events, not QDrag: no nested event loop).
class PopulationItem : public QGraphicsItem
{
public:
    explicit PopulationItem(int index);
    enum
    {
        Type = PopulationItemType
    };
    int type() const override { return Type; }
    int index() const { return m_index; }
    void setDemand(double requestsPerSecond);
    void setLabel(const QString &name);
    qreal radius() const { return m_radius; }
    // The name's box for the scene's label placement, and where the scene put it (relative to the
    // centre). Until placed, the name sits above the circle.
    QSizeF nameSlot() const { return m_nameSlot; }
    void placeName(const LabelPlacement &place);
    QRectF nameRect() const { return m_nameRect; }
    std::vector<MapSymbol> symbols() const { return {MapSymbol::Population}; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    WorldMapScene *mapScene() const;
    void relayout(); // after a new radius or name: bounds and where the name sits
    int m_index;
    qreal m_radius = 8;
    QString m_name;
    QSizeF m_nameSlot;
    LabelPlacement m_namePlace;
    QRectF m_nameRect;
};

// The line from a population to one region that serves some of its requests, with a few dots
// running along it: their frequency follows the simulated request rate on this route (scaled and
// capped), their colour the population's success ratio; the line's width and opacity follow the
// share of the population's attempts that go this way. Hidden when the route carries nothing.
class TrafficLine : public QGraphicsPathItem
{
public:
    TrafficLine(int population, int region, const QPainterPath &path);
    int population() const { return m_population; }
    int region() const { return m_region; }
    double share() const { return m_share; }
    // `share` of the population's attempts in (0, 1]; 0 hides the line.
    void setTraffic(double dotsPerSecond, double successRatio, double share);
    void advance(double wallSeconds);
    // The route and the colour of its dots while it carries traffic; nothing while hidden.
    std::vector<MapSymbol> symbols() const;

private:
    static constexpr int kMaxDots = 8;
    static constexpr double kTravelSeconds = 1.6; // wall time for one dot to cross the line
    int m_population = -1;
    int m_region = -1;
    double m_share = -1;
    double m_flux = 0;
    double m_spawn = 0;
    MapSymbol m_dotSymbol = MapSymbol::TrafficSucceeding;
    std::vector<QGraphicsEllipseItem *> m_dots;
    std::vector<double> m_progress; // < 0: dot not in use
};

} // namespace fl::ui
