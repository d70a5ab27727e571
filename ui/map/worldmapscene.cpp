#include "worldmapscene.h"

#include "labelplacement.h"
#include "labtext.h"
#include "landdata.h"
#include "mapitems.h"
#include "mapstyle.h"
#include "mapsymbolpainter.h"
#include "unitformat.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <utility>

namespace fl::ui {

WorldMapScene::WorldMapScene(QObject *parent, MapProjection projection)
    : QGraphicsScene(parent), m_projection(projection)
{
    // A few hundred items, many of them moving every frame: a BSP index would cost more than it saves.
    setItemIndexMethod(NoIndex);
    setBackgroundBrush(QColor(0xf4, 0xf6, 0xf8));
    buildBackground();
    connect(&m_animation, &QTimer::timeout, this, [this] {
        const double seconds = static_cast<double>(m_animationClock.restart()) / 1000.0;
        advanceAnimation(std::min(seconds, 0.25));
    });
    m_animationClock.start();
    m_animation.start(33);
}

WorldMapScene::~WorldMapScene()
{
    // Deleting a selected item emits selectionChanged: nobody may look at items half destroyed.
    blockSignals(true);
    m_regions.clear();
    m_links.clear();
    m_populations.clear();
    m_traffic.clear();
}

QPointF WorldMapScene::toScene(GeoPoint p) const
{
    const QPointF q = project(m_projection, p.lonDeg, p.latDeg);
    return QPointF(q.x() * kScale, -q.y() * kScale);
}

std::optional<GeoPoint> WorldMapScene::toGeo(const QPointF &scenePos) const
{
    return unproject(m_projection, QPointF(scenePos.x() / kScale, -scenePos.y() / kScale));
}

void WorldMapScene::buildBackground()
{
    // Ocean, graticule, land and the globe's edge never change. They are drawn by drawBackground()
    // rather than as items, so a view that caches its background (WorldMapView does) paints them
    // once per zoom or resize and then copies pixels: stroking the graticule and the coasts was
    // most of a map repaint, and the traffic dots repaint the map thirty times a second.
    m_sphere = spherePath(m_projection, kScale);
    m_graticule = QPainterPath();
    for (int lon = -150; lon <= 150; lon += 30) {
        std::vector<GeoPoint> meridian;
        for (int lat = -90; lat <= 90; lat += 5)
            meridian.push_back(GeoPoint{static_cast<double>(lat), static_cast<double>(lon)});
        m_graticule.addPath(projectedPolyline(meridian, m_projection, kScale));
    }
    for (int lat = -60; lat <= 60; lat += 30) {
        std::vector<GeoPoint> parallel;
        for (int lon = -180; lon <= 180; lon += 5)
            parallel.push_back(GeoPoint{static_cast<double>(lat), static_cast<double>(lon)});
        m_graticule.addPath(projectedPolyline(parallel, m_projection, kScale));
    }
    m_land = landPath(loadLand(), m_projection, kScale);
    setSceneRect(m_sphere.boundingRect().adjusted(-24, -24, 24, 24));
}

void WorldMapScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsScene::drawBackground(painter, rect); // the page colour around the globe
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mapstyle::ocean());
    painter->drawPath(m_sphere);

    QPen gridPen(mapstyle::graticule(), 0.8);
    gridPen.setCosmetic(true);
    painter->setPen(gridPen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_graticule);

    QPen coastPen(mapstyle::coast(), 0.7);
    coastPen.setCosmetic(true);
    painter->setPen(coastPen);
    painter->setBrush(mapstyle::land());
    painter->drawPath(m_land);

    QPen edgePen(QColor(0x9f, 0xb6, 0xc9), 1.2);
    edgePen.setCosmetic(true);
    painter->setPen(edgePen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_sphere);
    painter->restore();
}

bool WorldMapScene::sameTopology(const WorldSnapshot &s) const
{
    if (s.regions.size() != m_last.regions.size() || s.populations.size() != m_last.populations.size())
        return false;
    for (std::size_t i = 0; i < s.regions.size(); ++i) {
        // A moved region needs its links and traffic lines drawn again from its new place.
        if (s.regions[i].id != m_last.regions[i].id || !(s.regions[i].location == m_last.regions[i].location))
            return false;
    }
    for (std::size_t i = 0; i < s.populations.size(); ++i) {
        if (s.populations[i].catalogIndex != m_last.populations[i].catalogIndex)
            return false;
    }
    return true;
}

void WorldMapScene::rebuildItems(const WorldSnapshot &s)
{
    const int selected = selectedRegion();
    m_labelLayoutKey.clear(); // new items start at their default places
    // Forget the items before deleting them: deleting a selected one emits selectionChanged, whose
    // receivers ask the scene what is selected.
    const auto regions = std::exchange(m_regions, {});
    const auto links = std::exchange(m_links, {});
    const auto populations = std::exchange(m_populations, {});
    const auto traffic = std::exchange(m_traffic, {});
    for (QGraphicsItem *item : regions)
        delete item;
    for (QGraphicsItem *item : links)
        delete item;
    for (QGraphicsItem *item : populations)
        delete item;
    for (QGraphicsItem *item : traffic)
        delete item;

    for (const RegionView &r : s.regions) {
        auto *item = new RegionItem(r.index);
        item->setPos(toScene(r.location));
        addItem(item);
        m_regions.push_back(item);
    }
    for (const LinkView &l : s.links) {
        const auto a = static_cast<std::size_t>(l.from);
        const auto b = static_cast<std::size_t>(l.to);
        const auto points = greatCircle(s.regions[a].location, s.regions[b].location, 64);
        auto *item = new LinkItem(l.from, l.to, projectedPolyline(points, m_projection, kScale));
        addItem(item);
        m_links.push_back(item);
    }
    for (const PopulationView &p : s.populations) {
        auto *item = new PopulationItem(p.index);
        item->setPos(toScene(p.location));
        addItem(item);
        m_populations.push_back(item);
        // One line per region that may serve it, hidden while the route carries nothing.
        for (const RegionView &r : s.regions) {
            const auto points = greatCircle(p.location, r.location, 48);
            auto *line = new TrafficLine(p.index, r.index, projectedPolyline(points, m_projection, kScale));
            addItem(line);
            m_traffic.push_back(line);
        }
    }
    if (selected >= 0 && selected < static_cast<int>(m_regions.size()))
        m_regions[static_cast<std::size_t>(selected)]->setSelected(true);
}

void WorldMapScene::applySnapshot(const WorldSnapshot &s)
{
    if (!m_haveSnapshot || !sameTopology(s))
        rebuildItems(s);
    m_last = s;
    m_haveSnapshot = true;

    for (std::size_t i = 0; i < s.regions.size(); ++i)
        m_regions[i]->setState(s.regions[i]);
    for (std::size_t i = 0; i < s.links.size(); ++i)
        m_links[i]->setState(s.links[i]);

    double busiest = 0;
    for (const PopulationView &p : s.populations)
        busiest = std::max(busiest, p.requestsPerSecond);
    const std::size_t nr = s.regions.size();
    for (std::size_t i = 0; i < s.populations.size(); ++i) {
        const PopulationView &p = s.populations[i];
        m_populations[i]->setDemand(p.rateSetting);
        double attempts = 0;
        for (double a : p.attemptsPerRegion)
            attempts += a;
        // A few dots per population: the busiest sends five a second, the others in proportion to
        // their simulated request rate, split over the routes as their attempts are.
        const double flux = busiest > 0 && s.running ? 5.0 * p.requestsPerSecond / busiest : 0.0;
        for (std::size_t r = 0; r < nr; ++r) {
            TrafficLine *line = m_traffic[i * nr + r];
            double share = 0;
            if (attempts > 0 && r < p.attemptsPerRegion.size())
                share = p.attemptsPerRegion[r] / attempts;
            else if (attempts <= 0 && static_cast<int>(r) == p.servingRegion)
                share = 1; // no attempts this interval: keep the last known route
            if (share < 0.005)
                share = 0; // a stray retry is not a route
            const double dots = flux * share;
            line->setTraffic(dots > 0 ? std::max(dots, 0.3) : 0.0, p.successRatio, share);
        }
    }
    updateTexts();
}

QString WorldMapScene::dataBadge(const RegionView &r, QColor *color) const
{
    const QLocale locale;
    *color = mapstyle::badgeText();
    if (r.destroyed && !r.up) {
        *color = mapstyle::failure();
        return tr("data lost");
    }
    if (!r.holdsData)
        return QString();
    const QString epoch = tr("epoch %1").arg(r.epoch);
    if (r.deposedPrimary) {
        *color = mapstyle::failure();
        return epoch + QStringLiteral(" · ") + tr("deposed, still primary");
    }
    if (r.dataPrimary) {
        *color = mapstyle::primaryText();
        if (m_last.config.failover.leases && !r.leaseValid)
            return epoch + QStringLiteral(" · ") + tr("lease lapsed");
        return epoch;
    }
    // A replica: its receive lag, coloured by how much an immediate failover would lose.
    const double lag = r.receiveLagMs;
    if (lag >= 1000)
        *color = mapstyle::failure();
    else if (lag >= 200)
        *color = mapstyle::warning();
    else
        *color = mapstyle::lagSmall();
    return epoch + QStringLiteral(" · ") + tr("lag %1").arg(UnitFormat::duration(lag));
}

QString WorldMapScene::dataToolTip(const RegionView &r) const
{
    const QLocale locale;
    if (r.destroyed && !r.up)
        return tr("<br>Data: destroyed");
    if (!r.holdsData)
        return tr("<br>Data: none (votes only)");
    QString text;
    if (r.deposedPrimary)
        text = tr("<br>Data: <b>deposed primary</b> that still acknowledges writes (epoch %1)").arg(r.epoch);
    else if (r.dataPrimary)
        text = tr("<br>Data: <b>primary</b>, epoch %1").arg(r.epoch);
    else if (!r.up && r.believesPrimary)
        text = tr("<br>Data: old primary, down (epoch %1); a newer primary took over").arg(r.epoch);
    else
        text = tr("<br>Data: replica, epoch %1; lag %2 ms received, %3 ms applied (%4 entries behind)")
                   .arg(r.epoch)
                   .arg(locale.toString(r.receiveLagMs, 'f', 0), locale.toString(r.applyLagMs, 'f', 0),
                        locale.toString(static_cast<qulonglong>(r.entriesBehind)));
    if (r.promoting)
        text += tr("<br>Being promoted to primary");
    if (m_last.config.failover.leases && (r.dataPrimary || r.believesPrimary))
        text += r.leaseValid
                    ? tr("<br>Lease: valid for %1 s").arg(locale.toString(r.leaseRemainingSeconds, 'f', 1))
                    : tr("<br>Lease: lapsed");
    return text;
}

void WorldMapScene::retranslate()
{
    if (m_haveSnapshot)
        updateTexts();
}

void WorldMapScene::updateTexts()
{
    updateRegionTexts();
    updateLinkTexts();
    updatePopulationTexts();
    placeLabels();
}

void WorldMapScene::setViewScale(qreal scale)
{
    if (scale <= 0 || scale == m_viewScale)
        return;
    m_viewScale = scale;
    placeLabels();
}

void WorldMapScene::setVisibleArea(const QRectF &sceneArea)
{
    if (sceneArea == m_visibleArea)
        return;
    m_visibleArea = sceneArea;
    placeLabels();
}

void WorldMapScene::placeLabels()
{
    // Region names first (a speaker's map must say which region is which), then population names,
    // then the badges, which also show in the tooltips.
    enum Priority
    {
        RegionName,
        PopulationName,
        Badge,
    };
    std::vector<LabelRequest> labels;
    std::vector<QRectF> obstacles;
    const QRectF bounds(m_visibleArea.topLeft() * m_viewScale, m_visibleArea.bottomRight() * m_viewScale);
    std::vector<qreal> key{m_viewScale, bounds.x(), bounds.y(), bounds.width(), bounds.height()};
    auto anchorOf = [&](const QGraphicsItem *item) { return item->pos() * m_viewScale; };
    auto request = [&](QPointF anchor, QSizeF slot, qreal clearance, int priority, LabelSide side) {
        labels.push_back({anchor, slot, clearance, priority, side});
        key.insert(key.end(), {anchor.x(), anchor.y(), slot.width(), slot.height(), clearance});
    };
    for (const RegionItem *region : m_regions) {
        const QPointF at = anchorOf(region);
        // The marker, and a little room for its "P" and warning badges (less than the names'
        // clearance, or a name could never sit at its own marker).
        const qreal r = RegionItem::kRadius + 2;
        obstacles.emplace_back(at.x() - r, at.y() - r, 2 * r, 2 * r);
        request(at, region->nameSlot(), RegionItem::kNameClearance, RegionName, LabelSide::Below);
        request(at, region->badgeSlot(), RegionItem::kBadgeClearance, Badge, LabelSide::Right);
        request(at, region->dataSlot(), RegionItem::kDataClearance, Badge, LabelSide::Above);
    }
    for (const PopulationItem *population : m_populations) {
        const QPointF at = anchorOf(population);
        obstacles.emplace_back(at.x() - 4, at.y() - 4, 8, 8); // its centre dot; the disc is see-through
        request(at, population->nameSlot(), population->radius() + 1, PopulationName, LabelSide::Above);
    }
    if (key == m_labelLayoutKey)
        return;
    m_labelLayoutKey = std::move(key);

    // Empty labels take no room: place the others, then hand each item its own.
    std::vector<LabelRequest> present;
    std::vector<std::size_t> where(labels.size(), labels.size());
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (!labels[i].size.isEmpty()) {
            where[i] = present.size();
            present.push_back(labels[i]);
        }
    }
    const std::vector<LabelPlacement> placed = fl::ui::placeLabels(present, obstacles, bounds);
    auto placementOf = [&](std::size_t i) {
        return where[i] < placed.size() ? placed[where[i]] : LabelPlacement{};
    };
    std::size_t next = 0;
    for (RegionItem *region : m_regions) {
        region->placeLabels(placementOf(next), placementOf(next + 1), placementOf(next + 2));
        next += 3;
    }
    for (PopulationItem *population : m_populations)
        population->placeName(placementOf(next++));
}

// Each region's name, load badge, data badge and tooltip.
void WorldMapScene::updateRegionTexts()
{
    const QLocale locale;
    for (std::size_t i = 0; i < m_last.regions.size(); ++i) {
        const RegionView &r = m_last.regions[i];
        const QString name = LabText::regionName(r);
        QString badge;
        if (r.role == RegionRole::Active || r.role == RegionRole::WarmStandby || r.changingRole) {
            badge = tr("%1 of %2").arg(LabText::rate(r.attemptsPerSecond), LabText::rate(r.capacityOps));
            if (r.queueDepth >= 1)
                badge += QLatin1Char('\n') + tr("queue %1").arg(locale.toString(r.queueDepth, 'f', 0));
        }
        if (r.changingRole)
            badge += (badge.isEmpty() ? QString() : QStringLiteral("\n")) +
                     tr("ready in %1 s").arg(locale.toString(r.readyInSeconds, 'f', 0));
        QString state;
        if (r.destroyed)
            state = tr("destroyed");
        else if (!r.up)
            state = tr("down");
        else if (r.heldForOperator)
            state = tr("healthy, held for operator failback");
        else if (!r.inRotation && (r.role == RegionRole::Active || r.role == RegionRole::WarmStandby))
            state = tr("up, out of rotation");
        else
            state = r.inRotation ? tr("up, in rotation") : tr("up");
        QStringList tiers;
        if (!r.appTierUp)
            tiers << tr("app tier down");
        if (!r.dataTierUp)
            tiers << tr("data tier down");
        const QString tip =
            tr("<b>%1</b> (%2)<br>Role: %3<br>State: %4%5<br>Load: %6 of %7 capacity<br>Errors: %8 · p99: %9 "
               "ms"
               "<br>Queue: %10<br><i>Right-click for actions; drop a population here to move its "
               "traffic; drag the region to move it.</i>")
                .arg(name, r.id, LabText::roleName(r.role), state,
                     tiers.isEmpty()
                         ? QString()
                         : QStringLiteral(" (") + tiers.join(QStringLiteral(", ")) + QLatin1Char(')'),
                     LabText::rate(r.attemptsPerSecond), LabText::rate(r.capacityOps),
                     LabText::rate(r.errorsPerSecond), locale.toString(r.p99Ms, 'f', 0),
                     locale.toString(r.queueDepth, 'f', 0));
        m_regions[i]->setLabels(name, badge, tip + dataToolTip(r));
        QColor dataColor;
        m_regions[i]->setDataBadge(dataBadge(r, &dataColor), dataColor);
        // The badges explain themselves; the marker's tooltip has the rest.
        const QString loadTip =
            tr("<b>%1</b>: %2 of %3 capacity arriving<br>Queue: %4 waiting<br><i>The text turns red "
               "while the region sheds requests it cannot serve in time.</i>")
                .arg(name, LabText::rate(r.attemptsPerSecond), LabText::rate(r.capacityOps),
                     locale.toString(r.queueDepth, 'f', 0));
        const QString dataTip = tr("<b>%1</b>%2<br><i>A replica's lag: green under 200 ms, amber under "
                                   "1 s, red beyond (what a failover now would lose).</i>")
                                    .arg(name, dataToolTip(r));
        m_regions[i]->setBadgeToolTips(loadTip, dataTip);
    }
}

void WorldMapScene::updateLinkTexts()
{
    const QLocale locale;
    for (std::size_t i = 0; i < m_last.links.size(); ++i) {
        const LinkView &l = m_last.links[i];
        const QString a = LabText::regionName(m_last.regions[static_cast<std::size_t>(l.from)]);
        const QString b = LabText::regionName(m_last.regions[static_cast<std::size_t>(l.to)]);
        auto direction = [&](const LinkDirectionView &d) {
            if (d.cut)
                return tr("cut");
            if (d.degraded())
                return tr("degraded: +%1 ms, %2 % loss")
                    .arg(locale.toString(d.extraMs, 'g', 4), locale.toString(d.lossFraction * 100, 'g', 3));
            return tr("ok");
        };
        const QString tip = tr("<b>%1 ↔ %2</b><br>Round trip: %3 ms<br>%1 → %2: %4<br>%2 → %1: %5"
                               "<br><i>Click to cut, heal or degrade.</i>")
                                .arg(a, b, locale.toString(2 * l.baseOneWayMs, 'f', 0), direction(l.forward),
                                     direction(l.backward));
        m_links[i]->setToolTips(tip);
    }
}

void WorldMapScene::updatePopulationTexts()
{
    const QLocale locale;
    for (std::size_t i = 0; i < m_last.populations.size(); ++i) {
        const PopulationView &p = m_last.populations[i];
        const QString name = LabText::populationName(p.catalogIndex);
        m_populations[i]->setLabel(name);
        QString serving = p.servingRegion >= 0 && p.servingRegion < static_cast<int>(m_last.regions.size())
                              ? LabText::regionName(m_last.regions[static_cast<std::size_t>(p.servingRegion)])
                              : tr("none");
        double attempts = 0;
        for (double a : p.attemptsPerRegion)
            attempts += a;
        QStringList split;
        for (std::size_t r = 0; attempts > 0 && r < p.attemptsPerRegion.size() && r < m_last.regions.size();
             ++r) {
            const double share = p.attemptsPerRegion[r] / attempts;
            if (share >= 0.005)
                split << tr("%1 %2 %").arg(LabText::regionName(m_last.regions[r]),
                                           locale.toString(share * 100, 'f', 0));
        }
        if (split.size() > 1)
            serving = split.join(QStringLiteral(", "));
        const QString tip =
            tr("<b>%1</b><br>Demand: %2<br>Success: %3 %<br>p99: %4 ms<br>Served by: %5"
               "<br><i>Drag onto a region to send this traffic there.</i>")
                .arg(name, LabText::rate(p.rateSetting), locale.toString(p.successRatio * 100, 'f', 1),
                     locale.toString(p.p99Ms, 'f', 0), serving);
        if (m_populations[i]->toolTip() != tip)
            m_populations[i]->setToolTip(tip);
        updateTrafficTexts(i, name, attempts);
    }
}

// The tooltips of a population's routes that carry traffic now.
void WorldMapScene::updateTrafficTexts(std::size_t population, const QString &name, double attempts)
{
    const QLocale locale;
    const PopulationView &p = m_last.populations[population];
    const std::size_t nr = m_last.regions.size();
    for (std::size_t r = 0; r < nr && r < p.attemptsPerRegion.size(); ++r) {
        TrafficLine *line = m_traffic[population * nr + r];
        if (!line->isVisible() || attempts <= 0)
            continue;
        const QString tip =
            tr("<b>%1 → %2</b><br>%3 % of its attempts<br>Success of all its requests: %4 %"
               "<br><i>Dots: green when 99 % or more succeed, amber from 90 %, red below.</i>")
                .arg(name, LabText::regionName(m_last.regions[r]),
                     locale.toString(p.attemptsPerRegion[r] / attempts * 100, 'f', 0),
                     locale.toString(p.successRatio * 100, 'f', 1));
        if (line->toolTip() != tip)
            line->setToolTip(tip);
    }
}

std::set<MapSymbol> WorldMapScene::symbolsShown() const
{
    std::set<MapSymbol> shown;
    const auto add = [&shown](const std::vector<MapSymbol> &symbols) {
        shown.insert(symbols.begin(), symbols.end());
    };
    for (const RegionItem *item : m_regions)
        add(item->symbols());
    for (const LinkItem *item : m_links)
        add(item->symbols());
    for (const PopulationItem *item : m_populations)
        add(item->symbols());
    for (const TrafficLine *line : m_traffic)
        add(line->symbols());
    return shown;
}

RegionItem *WorldMapScene::regionItem(int index) const
{
    return index >= 0 && index < static_cast<int>(m_regions.size())
               ? m_regions[static_cast<std::size_t>(index)]
               : nullptr;
}

LinkItem *WorldMapScene::linkItem(int a, int b) const
{
    const int lo = std::min(a, b);
    const int hi = std::max(a, b);
    for (LinkItem *item : m_links) {
        if (item->from() == lo && item->to() == hi)
            return item;
    }
    return nullptr;
}

TrafficLine *WorldMapScene::trafficLine(int population, int region) const
{
    const int nr = static_cast<int>(m_regions.size());
    if (population < 0 || region < 0 || region >= nr)
        return nullptr;
    const auto at = static_cast<std::size_t>(population * nr + region);
    return at < m_traffic.size() ? m_traffic[at] : nullptr;
}

PopulationItem *WorldMapScene::populationItem(int index) const
{
    return index >= 0 && index < static_cast<int>(m_populations.size())
               ? m_populations[static_cast<std::size_t>(index)]
               : nullptr;
}

int WorldMapScene::selectedRegion() const
{
    for (RegionItem *item : m_regions) {
        if (item->isSelected())
            return item->index();
    }
    return -1;
}

std::optional<std::pair<int, int>> WorldMapScene::selectedLink() const
{
    for (LinkItem *item : m_links) {
        if (item->isSelected())
            return std::make_pair(item->from(), item->to());
    }
    return std::nullopt;
}

void WorldMapScene::selectRegion(int index)
{
    clearSelection();
    if (RegionItem *item = regionItem(index))
        item->setSelected(true);
}

void WorldMapScene::selectLink(int a, int b)
{
    clearSelection();
    if (LinkItem *item = linkItem(a, b))
        item->setSelected(true);
}

void WorldMapScene::requestRegionMenu(int region, const QPoint &screenPos)
{
    emit regionMenuRequested(region, screenPos);
}

void WorldMapScene::requestLinkMenu(int a, int b, const QPoint &screenPos)
{
    emit linkMenuRequested(a, b, screenPos);
}

int WorldMapScene::regionAt(const QPointF &scenePos, qreal viewScale, qreal pixels) const
{
    int best = -1;
    qreal bestDistance = pixels;
    for (RegionItem *item : m_regions) {
        const QPointF d = item->pos() - scenePos;
        const qreal distance = std::hypot(d.x(), d.y()) * viewScale;
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = item->index();
        }
    }
    return best;
}

void WorldMapScene::moveRegionDrag(int region, const QPointF &scenePos)
{
    RegionItem *item = regionItem(region);
    if (!item)
        return;
    // Only the marker moves until the drop; links and traffic lines are drawn again from the new
    // place once the simulation restarts there.
    item->setPos(toGeo(scenePos) ? scenePos
                                 : toScene(m_last.regions[static_cast<std::size_t>(region)].location));
}

void WorldMapScene::endRegionDrag(int region, const QPointF &scenePos)
{
    RegionItem *item = regionItem(region);
    if (!item)
        return;
    const GeoPoint from = m_last.regions[static_cast<std::size_t>(region)].location;
    item->setPos(toScene(from));
    const std::optional<GeoPoint> to = toGeo(scenePos);
    if (to && !(*to == from))
        emit regionMoved(region, *to);
}

void WorldMapScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    QGraphicsScene::contextMenuEvent(event); // items first: a region's or a link's own menu
    if (event->isAccepted())
        return;
    if (const std::optional<GeoPoint> at = toGeo(event->scenePos())) {
        emit mapMenuRequested(*at, event->screenPos());
        event->accept();
    }
}

void WorldMapScene::beginPopulationDrag(int population)
{
    PopulationItem *item = populationItem(population);
    if (!item)
        return;
    m_dragPopulation = population;
    m_dragTarget = -1;
    if (!m_dragLine) {
        QPen pen(mapstyle::population(), 2, Qt::DashLine);
        pen.setCosmetic(true);
        m_dragLine = addPath(QPainterPath(), pen);
        m_dragLine->setZValue(40);
        m_dragLine->setAcceptedMouseButtons(Qt::NoButton);
    }
    m_dragLine->setVisible(true);
}

void WorldMapScene::movePopulationDrag(const QPointF &scenePos, qreal viewScale)
{
    PopulationItem *item = populationItem(m_dragPopulation);
    if (!item || !m_dragLine)
        return;
    const int target = regionAt(scenePos, viewScale);
    if (target != m_dragTarget) {
        if (RegionItem *old = regionItem(m_dragTarget))
            old->setDropTarget(false);
        if (RegionItem *now = regionItem(target))
            now->setDropTarget(true);
        m_dragTarget = target;
    }
    QPainterPath path(item->pos());
    path.lineTo(target >= 0 ? regionItem(target)->pos() : scenePos);
    m_dragLine->setPath(path);
}

void WorldMapScene::endPopulationDrag(const QPointF &scenePos, qreal viewScale)
{
    const int population = m_dragPopulation;
    const int target = population >= 0 ? regionAt(scenePos, viewScale) : -1;
    if (RegionItem *old = regionItem(m_dragTarget))
        old->setDropTarget(false);
    m_dragPopulation = -1;
    m_dragTarget = -1;
    if (m_dragLine)
        m_dragLine->setVisible(false);
    if (population >= 0 && target >= 0)
        emit populationDropped(population, target);
}

void WorldMapScene::advanceAnimation(double wallSeconds)
{
    if (!m_haveSnapshot || !m_last.running)
        return;
    for (TrafficLine *line : m_traffic)
        line->advance(wallSeconds);
}

void WorldMapScene::setAnimationEnabled(bool enabled)
{
    if (enabled)
        m_animation.start(33);
    else
        m_animation.stop();
}

} // namespace fl::ui
