#include "mapitems.h"

#include "mapstyle.h"
#include "mapsymbolpainter.h"
#include "textscale.h"
#include "worldmapscene.h"

#include <QApplication>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

namespace fl::ui {
namespace {

QFont nameFont()
{
    QFont f = TextScale::scaled(QFont(), 8.5);
    f.setBold(true);
    return f;
}

QFont smallFont()
{
    return mapsymbols::badgeFont();
}

QRectF textRect(const QFont &font, const QString &text)
{
    const QFontMetricsF fm(font);
    const QStringList lines = text.split(QLatin1Char('\n'));
    qreal width = 0;
    for (const QString &line : lines)
        width = std::max(width, fm.horizontalAdvance(line));
    return QRectF(0, 0, width, fm.height() * static_cast<qreal>(lines.size()));
}

// Horizontal room around a label's text for its rounded background, and a badge's inner padding.
constexpr qreal kLabelPadding = 4;
constexpr qreal kBadgePadding = 4;
// Slot widths grow in steps, so that a figure gaining or losing a digit keeps its label in place.
constexpr qreal kSlotStep = 12;

QSizeF slotFor(const QSizeF &text, qreal padding)
{
    const qreal width = std::ceil((text.width() + padding + kLabelPadding) / kSlotStep) * kSlotStep;
    return QSizeF(width, std::ceil(text.height()));
}

// The text's rectangle inside its slot, against the slot's side nearest the marker (at the origin).
QRectF fitInSlot(const QRectF &slot, const QSizeF &size, qreal margin)
{
    qreal x = slot.center().x() - size.width() / 2;
    if (slot.left() >= 0)
        x = slot.left() + margin;
    else if (slot.right() <= 0)
        x = slot.right() - margin - size.width();
    return QRectF(x, slot.center().y() - size.height() / 2, size.width(), size.height());
}

// A thin line from a marker of radius `r` to a label placed away from it.
void drawLeaderLine(QPainter *painter, const QRectF &label, qreal r)
{
    const QPointF target(std::clamp<qreal>(0, label.left(), label.right()),
                         std::clamp<qreal>(0, label.top(), label.bottom()));
    const qreal length = std::hypot(target.x(), target.y());
    if (length <= r + 1)
        return;
    painter->setPen(QPen(QColor(0x55, 0x66, 0x77, 170), 0.9));
    painter->drawLine(target * (r / length), target);
}

qreal viewScaleOf(const QGraphicsSceneMouseEvent *event, const QGraphicsScene *scene)
{
    if (event && event->widget()) {
        if (auto *view = qobject_cast<QGraphicsView *>(event->widget()->parentWidget()))
            return view->transform().m11();
    }
    if (scene && !scene->views().isEmpty())
        return scene->views().first()->transform().m11();
    return 1;
}

void drawLabel(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font,
               const QColor &color, const QColor &background)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(rect.adjusted(-2, 0, 2, 0), 3, 3);
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(rect, Qt::AlignCenter, text);
}

} // namespace

ToolTipArea::ToolTipArea(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
}

void ToolTipArea::setArea(const QRectF &area)
{
    if (area == m_area)
        return;
    prepareGeometryChange();
    m_area = area;
}

// ---------------------------------------------------------------------------------------------
// RegionItem

RegionItem::RegionItem(int index)
    : m_index(index), m_loadTip(new ToolTipArea(this)), m_dataTip(new ToolTipArea(this))
{
    setFlags(ItemIsSelectable | ItemIgnoresTransformations);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(30);
    // Its texts cost a shaping pass per paint, and traffic dots passing by repaint it many times
    // between changes of its own.
    setCacheMode(DeviceCoordinateCache);
    relayout();
}

void RegionItem::setState(const RegionView &v)
{
    const RegionView &o = m_state;
    const bool changed = o.role != v.role || o.up != v.up || o.destroyed != v.destroyed ||
                         o.appTierUp != v.appTierUp || o.dataTierUp != v.dataTierUp ||
                         o.inRotation != v.inRotation || o.heldForOperator != v.heldForOperator ||
                         o.shedding != v.shedding || o.changingRole != v.changingRole ||
                         o.dataPrimary != v.dataPrimary || o.deposedPrimary != v.deposedPrimary ||
                         o.promoting != v.promoting || o.holdsData != v.holdsData;
    m_state = v;
    if (changed)
        update();
}

void RegionItem::setLabels(const QString &name, const QString &badge, const QString &toolTip)
{
    if (toolTip != this->toolTip())
        setToolTip(toolTip);
    if (name == m_name && badge == m_badge)
        return;
    m_name = name;
    m_badge = badge;
    relayout();
}

void RegionItem::setDataBadge(const QString &text, const QColor &color)
{
    if (text == m_dataBadge && color == m_dataColor)
        return;
    const bool sameText = text == m_dataBadge;
    m_dataBadge = text;
    m_dataColor = color;
    if (sameText)
        update();
    else
        relayout();
}

void RegionItem::setDropTarget(bool target)
{
    if (target != m_dropTarget) {
        m_dropTarget = target;
        update();
    }
}

void RegionItem::setBadgeToolTips(const QString &load, const QString &data)
{
    if (load != m_loadTip->toolTip())
        m_loadTip->setToolTip(load);
    if (data != m_dataTip->toolTip())
        m_dataTip->setToolTip(data);
}

void RegionItem::relayout()
{
    const QRectF name = textRect(nameFont(), m_name);
    const QRectF badge = textRect(smallFont(), m_badge);
    const QRectF data = textRect(smallFont(), m_dataBadge);
    const QSizeF nameSlot = m_name.isEmpty() ? QSizeF() : slotFor(name.size(), kLabelPadding);
    const QSizeF badgeSlot = m_badge.isEmpty() ? QSizeF() : slotFor(badge.size(), kBadgePadding);
    const QSizeF dataSlot = m_dataBadge.isEmpty() ? QSizeF() : slotFor(data.size(), kBadgePadding);
    // A label whose slot keeps its size keeps its place; one that grows goes back to its default
    // place until the scene places it again (it does after every change of texts).
    if (nameSlot != m_nameSlot)
        m_namePlace = {labelBox(LabelSide::Below, nameSlot, kNameClearance), false};
    if (badgeSlot != m_badgeSlot)
        m_badgePlace = {labelBox(LabelSide::Right, badgeSlot, kBadgeClearance), false};
    if (dataSlot != m_dataSlot)
        m_dataPlace = {labelBox(LabelSide::Above, dataSlot, kDataClearance), false};
    m_nameSlot = nameSlot;
    m_badgeSlot = badgeSlot;
    m_dataSlot = dataSlot;
    fitLabels();
}

void RegionItem::placeLabels(const LabelPlacement &name, const LabelPlacement &badge,
                             const LabelPlacement &data)
{
    m_namePlace = name;
    m_badgePlace = badge;
    m_dataPlace = data;
    fitLabels();
}

void RegionItem::fitLabels()
{
    prepareGeometryChange();
    const auto fit = [](const QString &text, const QFont &font, qreal padding, const LabelPlacement &place) {
        if (text.isEmpty())
            return QRectF();
        const QSizeF size = textRect(font, text).size() + QSizeF(padding, 0);
        return fitInSlot(place.rect, size, kLabelPadding / 2);
    };
    m_nameRect = fit(m_name, nameFont(), 0, m_namePlace);
    m_badgeRect = fit(m_badge, smallFont(), kBadgePadding, m_badgePlace);
    m_dataRect = fit(m_dataBadge, smallFont(), kBadgePadding, m_dataPlace);
    m_loadTip->setArea(m_badgeRect);
    m_dataTip->setArea(m_dataRect);
    m_bounds = QRectF(-kRadius - 10, -kRadius - 10, 2 * kRadius + 20, 2 * kRadius + 20)
                   .united(m_nameRect.adjusted(-3, -1, 3, 1))
                   .united(m_badgeRect.adjusted(-3, -1, 3, 1))
                   .united(m_dataRect.adjusted(-3, -1, 3, 1));
    update();
}

QRectF RegionItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath RegionItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), kRadius + 4, kRadius + 4);
    return path;
}

std::vector<MapSymbol> RegionItem::symbols() const
{
    const RegionView &s = m_state;
    std::vector<MapSymbol> out;
    if (isSelected() || m_dropTarget)
        out.push_back(MapSymbol::Selected);
    out.push_back(mapsymbols::roleSymbol(s.role));
    if (const std::optional<MapSymbol> condition = mapsymbols::regionCondition(s))
        out.push_back(*condition);
    if (s.up && !s.appTierUp)
        out.push_back(MapSymbol::AppTierDown);
    if (s.up && !s.dataTierUp)
        out.push_back(MapSymbol::DataTierDown);
    if (s.dataPrimary)
        out.push_back(MapSymbol::DataPrimary);
    else if (s.promoting)
        out.push_back(MapSymbol::BeingPromoted);
    if (s.deposedPrimary)
        out.push_back(MapSymbol::DeposedPrimary);
    if (!m_badge.isEmpty())
        out.push_back(s.shedding ? MapSymbol::SheddingBadge : MapSymbol::LoadBadge);
    if (!m_dataBadge.isEmpty())
        out.push_back(MapSymbol::DataBadge);
    return out;
}

// The selection ring, the role's marker (its condition in fill, outline and a cross), the badges
// on the marker, then the labels: each drawn when symbols() lists it.
void RegionItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const std::vector<MapSymbol> drawn = symbols();
    const auto has = [&drawn](MapSymbol symbol) {
        return std::find(drawn.begin(), drawn.end(), symbol) != drawn.end();
    };
    if (has(MapSymbol::Selected))
        mapsymbols::paintSelectionRing(painter, kRadius, m_dropTarget);
    mapsymbols::paintRegionMarker(painter, mapsymbols::roleSymbol(m_state.role),
                                  mapsymbols::regionCondition(m_state), kRadius);
    for (MapSymbol tier : {MapSymbol::AppTierDown, MapSymbol::DataTierDown}) {
        if (has(tier))
            mapsymbols::paintTierDot(painter, tier, kRadius);
    }
    for (MapSymbol primary : {MapSymbol::DataPrimary, MapSymbol::BeingPromoted}) {
        if (has(primary))
            mapsymbols::paintPrimaryBadge(painter, primary, kRadius);
    }
    if (has(MapSymbol::DeposedPrimary))
        mapsymbols::paintDeposedBadge(painter, kRadius);
    paintLabels(painter, has(MapSymbol::SheddingBadge) ? MapSymbol::SheddingBadge : MapSymbol::LoadBadge);
}

// The name, the load badge and the data badge.
void RegionItem::paintLabels(QPainter *painter, MapSymbol load) const
{
    const RegionView &s = m_state;
    for (const auto &[rect, place] :
         {std::pair(m_nameRect, m_namePlace), std::pair(m_badgeRect, m_badgePlace),
          std::pair(m_dataRect, m_dataPlace)}) {
        if (place.displaced && !rect.isEmpty())
            drawLeaderLine(painter, rect, kRadius + 1);
    }
    drawLabel(painter, m_nameRect, m_name, nameFont(),
              s.destroyed ? mapstyle::failure() : QColor(0x1d, 0x2a, 0x36), QColor(255, 255, 255, 185));
    if (!m_badge.isEmpty())
        mapsymbols::paintLoadBadge(painter, m_badgeRect, m_badge, load);
    if (!m_dataBadge.isEmpty())
        mapsymbols::paintDataBadge(painter, m_dataRect, m_dataBadge, m_dataColor);
}

void RegionItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (auto *map = qobject_cast<WorldMapScene *>(scene())) {
        map->selectRegion(m_index);
        map->requestRegionMenu(m_index, event->screenPos());
        event->accept();
    }
}

void RegionItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mousePressEvent(event); // selection
    if (event->button() == Qt::LeftButton) {
        m_pressScreenPos = event->screenPos();
        m_dragging = false;
        event->accept();
    }
}

void RegionItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    auto *map = qobject_cast<WorldMapScene *>(scene());
    if (!map || !(event->buttons() & Qt::LeftButton))
        return;
    if (!m_dragging &&
        (event->screenPos() - m_pressScreenPos).manhattanLength() < QApplication::startDragDistance())
        return;
    if (!m_dragging) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    map->moveRegionDrag(m_index, event->scenePos());
}

void RegionItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (!m_dragging)
        return;
    m_dragging = false;
    unsetCursor();
    if (auto *map = qobject_cast<WorldMapScene *>(scene()))
        map->endRegionDrag(m_index, event->scenePos());
}

// ---------------------------------------------------------------------------------------------
// LinkMarkerItem and LinkItem

LinkMarkerItem::LinkMarkerItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    setFlag(ItemIgnoresTransformations);
    setAcceptedMouseButtons(Qt::NoButton);
    setVisible(false);
}

void LinkMarkerItem::setCondition(LinkCondition condition, qreal arrowAngleDeg)
{
    if (condition == m_condition && arrowAngleDeg == m_angle)
        return;
    m_condition = condition;
    m_angle = arrowAngleDeg;
    setVisible(condition != LinkCondition::Ok);
    update();
}

QRectF LinkMarkerItem::boundingRect() const
{
    return QRectF(-9, -9, 18, 18);
}

void LinkMarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    mapsymbols::paintLinkMarker(painter, symbol(), m_angle);
}

LinkItem::LinkItem(int from, int to, const QPainterPath &path)
    : QGraphicsPathItem(path), m_from(from), m_to(to), m_marker(new LinkMarkerItem(this))
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(10);
    // A link changes look only when it is cut, degraded, healed or selected, but the map repaints
    // under it every frame (traffic, labels): stroking its antialiased curve each time was a third
    // of a map paint. The cache is redrawn on update().
    setCacheMode(DeviceCoordinateCache);
    m_marker->setPos(path.pointAtPercent(0.5));
    updatePen();
}

void LinkItem::setState(const LinkView &view)
{
    const bool changed = m_first || view.forward != m_state.forward || view.backward != m_state.backward;
    m_state = view;
    m_first = false;
    if (!changed)
        return;
    const LinkCondition condition = view.condition();
    qreal angle = path().angleAtPercent(0.5);
    if (condition == LinkCondition::CutOneWay && !view.forward.cut)
        angle += 180; // the cut direction is to -> from
    m_marker->setCondition(condition, angle);
    updatePen();
}

void LinkItem::updatePen()
{
    QPen pen = mapsymbols::linkPen(mapsymbols::linkSymbol(m_state.condition()));
    if (m_hover)
        pen.setWidthF(pen.widthF() + 1.5);
    setPen(pen);
}

void LinkItem::setToolTips(const QString &toolTip)
{
    if (toolTip == this->toolTip())
        return;
    setToolTip(toolTip);
    m_marker->setToolTip(toolTip);
}

std::vector<MapSymbol> LinkItem::symbols() const
{
    std::vector<MapSymbol> out{mapsymbols::linkSymbol(m_state.condition())};
    if (isSelected())
        out.push_back(MapSymbol::Selected);
    return out;
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(7);
    return stroker.createStroke(path());
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    if (isSelected()) {
        QPen halo(mapstyle::selection(), pen().widthF() + 5);
        halo.setCosmetic(true);
        halo.setCapStyle(Qt::RoundCap);
        painter->setPen(halo);
        painter->drawPath(path());
    }
    painter->setPen(pen());
    painter->drawPath(path());
}

void LinkItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    event->accept();
}

void LinkItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (auto *map = qobject_cast<WorldMapScene *>(scene())) {
        map->selectLink(m_from, m_to);
        map->requestLinkMenu(m_from, m_to, event->screenPos());
    }
}

void LinkItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (auto *map = qobject_cast<WorldMapScene *>(scene())) {
        map->selectLink(m_from, m_to);
        map->requestLinkMenu(m_from, m_to, event->screenPos());
        event->accept();
    }
}

void LinkItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hover = true;
    updatePen();
}

void LinkItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hover = false;
    updatePen();
}

// ---------------------------------------------------------------------------------------------
// PopulationItem

PopulationItem::PopulationItem(int index) : m_index(index)
{
    setFlag(ItemIgnoresTransformations);
    setCursor(Qt::OpenHandCursor);
    setZValue(20);
    // Repainted whenever a traffic dot passes over it; it changes only when its demand does.
    setCacheMode(DeviceCoordinateCache);
}

void PopulationItem::setDemand(double requestsPerSecond)
{
    // Area proportional to demand: 600 requests/s (a large population of the default world) gives a
    // radius of about 24 px.
    const qreal r = std::clamp(4.0 + std::sqrt(std::max(0.0, requestsPerSecond)) * 0.82, 6.0, 42.0);
    if (std::abs(r - m_radius) < 0.25)
        return;
    m_radius = r;
    m_nameSlot = QSizeF(); // its place depended on the old radius
    relayout();
}

void PopulationItem::setLabel(const QString &name)
{
    // Called with every snapshot: only a new name (a language switch) changes anything.
    if (name == m_name)
        return;
    m_name = name;
    relayout();
}

void PopulationItem::relayout()
{
    prepareGeometryChange();
    const QSizeF text = textRect(smallFont(), m_name).size();
    const QSizeF slot = m_name.isEmpty() ? QSizeF() : slotFor(text, 0);
    // Above the circle by default: below it is where region markers and their names tend to sit.
    if (slot != m_nameSlot)
        m_namePlace = {labelBox(LabelSide::Above, slot, m_radius + 1), false};
    m_nameSlot = slot;
    m_nameRect = fitInSlot(m_namePlace.rect, text, kLabelPadding / 2);
    update();
}

void PopulationItem::placeName(const LabelPlacement &place)
{
    prepareGeometryChange();
    m_namePlace = place;
    m_nameRect = fitInSlot(place.rect, textRect(smallFont(), m_name).size(), kLabelPadding / 2);
    update();
}

QRectF PopulationItem::boundingRect() const
{
    return QRectF(-m_radius - 2, -m_radius - 2, 2 * m_radius + 4, 2 * m_radius + 4)
        .united(m_nameRect.adjusted(-3, 0, 3, 1));
}

QPainterPath PopulationItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), std::max<qreal>(m_radius, 8), std::max<qreal>(m_radius, 8));
    return path;
}

void PopulationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    mapsymbols::paintPopulation(painter, m_radius);
    if (m_namePlace.displaced)
        drawLeaderLine(painter, m_nameRect, 2.2);
    QFont font = smallFont();
    font.setItalic(true);
    painter->setFont(font);
    painter->setPen(QColor(0x1f, 0x4e, 0x79));
    painter->drawText(m_nameRect, Qt::AlignCenter, m_name);
}

WorldMapScene *PopulationItem::mapScene() const
{
    return qobject_cast<WorldMapScene *>(scene());
}

void PopulationItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mapScene()) {
        event->ignore();
        return;
    }
    event->accept();
    setCursor(Qt::ClosedHandCursor);
    mapScene()->beginPopulationDrag(m_index);
}

void PopulationItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (auto *map = mapScene())
        map->movePopulationDrag(event->scenePos(), viewScaleOf(event, map));
}

void PopulationItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    setCursor(Qt::OpenHandCursor);
    if (auto *map = mapScene())
        map->endPopulationDrag(event->scenePos(), viewScaleOf(event, map));
}

// ---------------------------------------------------------------------------------------------
// TrafficLine

TrafficLine::TrafficLine(int population, int region, const QPainterPath &path)
    : QGraphicsPathItem(path), m_population(population), m_region(region)
{
    setVisible(false);
    setZValue(15);
    setAcceptedMouseButtons(Qt::NoButton);
    // A wide antialiased stroke costs a path stroker run per paint, and the dots moving along it
    // repaint it thirty times a second; it changes only when its share steps.
    setCacheMode(DeviceCoordinateCache);
    for (int i = 0; i < kMaxDots; ++i) {
        const qreal r = mapsymbols::kTrafficDotRadius;
        auto *dot = new QGraphicsEllipseItem(QRectF(-r, -r, 2 * r, 2 * r), this);
        dot->setFlag(ItemIgnoresTransformations);
        dot->setPen(mapsymbols::trafficDotPen());
        dot->setBrush(mapsymbols::trafficDotColor(m_dotSymbol));
        dot->setAcceptedMouseButtons(Qt::NoButton);
        dot->setVisible(false);
        m_dots.push_back(dot);
    }
    m_progress.assign(kMaxDots, -1.0);
}

void TrafficLine::setTraffic(double dotsPerSecond, double successRatio, double share)
{
    share = std::clamp(share, 0.0, 1.0);
    const bool visible = share > 0;
    if (visible != isVisible()) {
        setVisible(visible);
        if (!visible) {
            for (std::size_t i = 0; i < m_dots.size(); ++i) {
                m_progress[i] = -1;
                m_dots[i]->setVisible(false);
            }
        }
    }
    // Width and opacity in steps, so a share that wobbles by a percent does not repaint the line.
    const double stepped = std::ceil(share * 20) / 20;
    if (stepped != m_share) {
        m_share = stepped;
        setPen(mapsymbols::trafficPen(stepped));
    }
    m_flux = visible ? dotsPerSecond : 0.0;
    m_dotSymbol = mapsymbols::trafficSymbol(successRatio);
    const QColor color = mapsymbols::trafficDotColor(m_dotSymbol);
    for (QGraphicsEllipseItem *dot : m_dots) {
        if (dot->brush().color() != color)
            dot->setBrush(color);
    }
}

std::vector<MapSymbol> TrafficLine::symbols() const
{
    if (!isVisible())
        return {};
    std::vector<MapSymbol> out{MapSymbol::TrafficRoute};
    if (m_flux > 0)
        out.push_back(m_dotSymbol);
    return out;
}

void TrafficLine::advance(double wallSeconds)
{
    if (!isVisible())
        return;
    for (std::size_t i = 0; i < m_dots.size(); ++i) {
        if (m_progress[i] < 0)
            continue;
        m_progress[i] += wallSeconds / kTravelSeconds;
        if (m_progress[i] >= 1) {
            m_progress[i] = -1;
            m_dots[i]->setVisible(false);
        }
    }
    m_spawn = std::min(m_spawn + m_flux * wallSeconds, 2.0);
    while (m_spawn >= 1) {
        m_spawn -= 1;
        for (std::size_t i = 0; i < m_dots.size(); ++i) {
            if (m_progress[i] < 0) {
                m_progress[i] = 0;
                m_dots[i]->setVisible(true);
                break;
            }
        }
    }
    const QPainterPath &p = path();
    for (std::size_t i = 0; i < m_dots.size(); ++i) {
        if (m_progress[i] >= 0)
            m_dots[i]->setPos(p.pointAtPercent(std::clamp(m_progress[i], 0.0, 1.0)));
    }
}

} // namespace fl::ui
