#include "maplegend.h"

#include "labtext.h"
#include "mapstyle.h"
#include "mapsymbolpainter.h"
#include "textscale.h"
#include "unitformat.h"
#include "worldmapscene.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace fl::ui {
namespace {

constexpr qreal kMargin = 8;      // from the map's edge
constexpr qreal kPadding = 8;     // inside the panel
constexpr qreal kIconWidth = 48;  // wide enough for a badge with a short figure
constexpr qreal kTextWidth = 172; // longer texts wrap
constexpr qreal kColumnGap = 14;
constexpr qreal kRegionRadius = 7; // a little smaller than on the map, to keep the rows short

qreal iconHeight(MapSymbol symbol)
{
    return symbol == MapSymbol::Selected ? 30 : 20;
}

QFont entryFont(const QFont &base)
{
    return TextScale::scaled(base, 8);
}

QFont headerFont(const QFont &base)
{
    QFont f = entryFont(base);
    f.setBold(true);
    return f;
}

// A badge's rectangle, centred in the icon's cell, sized for `text`.
QRectF badgeRect(const QRectF &cell, const QString &text)
{
    const QFontMetricsF fm(mapsymbols::badgeFont());
    const QSizeF size(fm.horizontalAdvance(text) + 6, fm.height());
    return QRectF(cell.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

void paintLinkSample(QPainter *painter, const QRectF &cell, MapSymbol link)
{
    QPen pen = mapsymbols::linkPen(link);
    painter->setPen(pen);
    painter->drawLine(QPointF(cell.left() + 3, cell.center().y()),
                      QPointF(cell.right() - 3, cell.center().y()));
    painter->save();
    painter->translate(cell.center());
    mapsymbols::paintLinkMarker(painter, link, 0);
    painter->restore();
}

void paintIcon(QPainter *painter, MapSymbol symbol, const QRectF &cell)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPointF centre = cell.center();
    const auto marker = [&](MapSymbol shape, std::optional<MapSymbol> condition) {
        painter->translate(centre);
        mapsymbols::paintRegionMarker(painter, shape, condition, kRegionRadius);
    };
    switch (symbol) {
    case MapSymbol::ActiveRegion:
    case MapSymbol::WarmStandbyRegion:
    case MapSymbol::PilotLightRegion:
    case MapSymbol::WitnessRegion:
        marker(symbol, std::nullopt);
        break;
    case MapSymbol::OutOfRotation:
    case MapSymbol::RegionDown:
    case MapSymbol::RegionDestroyed:
        marker(MapSymbol::ActiveRegion, symbol);
        break;
    case MapSymbol::AppTierDown:
    case MapSymbol::DataTierDown:
        marker(MapSymbol::ActiveRegion, std::nullopt);
        mapsymbols::paintTierDot(painter, symbol, kRegionRadius);
        break;
    case MapSymbol::DataPrimary:
    case MapSymbol::BeingPromoted:
        marker(MapSymbol::ActiveRegion, std::nullopt);
        mapsymbols::paintPrimaryBadge(painter, symbol, kRegionRadius);
        break;
    case MapSymbol::DeposedPrimary:
        marker(MapSymbol::ActiveRegion, std::nullopt);
        mapsymbols::paintDeposedBadge(painter, kRegionRadius);
        break;
    case MapSymbol::Selected:
        painter->translate(centre);
        mapsymbols::paintSelectionRing(painter, kRegionRadius, false);
        mapsymbols::paintRegionMarker(painter, MapSymbol::ActiveRegion, std::nullopt, kRegionRadius);
        break;
    case MapSymbol::LoadBadge:
    case MapSymbol::SheddingBadge: {
        const QString text = LabText::rate(symbol == MapSymbol::LoadBadge ? 40 : 900);
        mapsymbols::paintLoadBadge(painter, badgeRect(cell, text), text, symbol);
        break;
    }
    case MapSymbol::DataBadge: {
        const QString text = WorldMapScene::tr("epoch %1").arg(2);
        mapsymbols::paintDataBadge(painter, badgeRect(cell, text), text, mapstyle::lagSmall());
        break;
    }
    case MapSymbol::LinkUp:
    case MapSymbol::LinkDegraded:
    case MapSymbol::LinkCutOneWay:
    case MapSymbol::LinkCutBothWays:
        paintLinkSample(painter, cell, symbol);
        break;
    case MapSymbol::Population:
        painter->translate(centre);
        mapsymbols::paintPopulation(painter, 8);
        break;
    case MapSymbol::TrafficRoute: {
        // A busy route above a light one.
        const qreal y = centre.y();
        painter->setPen(mapsymbols::trafficPen(1.0));
        painter->drawLine(QPointF(cell.left() + 3, y - 4), QPointF(cell.right() - 3, y - 4));
        painter->setPen(mapsymbols::trafficPen(0.25));
        painter->drawLine(QPointF(cell.left() + 3, y + 4), QPointF(cell.right() - 3, y + 4));
        break;
    }
    case MapSymbol::TrafficSucceeding:
    case MapSymbol::TrafficStruggling:
    case MapSymbol::TrafficFailing: {
        const qreal y = centre.y();
        painter->setPen(mapsymbols::trafficPen(0.75));
        painter->drawLine(QPointF(cell.left() + 3, y), QPointF(cell.right() - 3, y));
        painter->setPen(mapsymbols::trafficDotPen());
        painter->setBrush(mapsymbols::trafficDotColor(symbol));
        const qreal r = mapsymbols::kTrafficDotRadius;
        for (qreal x : {-12.0, 0.0, 12.0})
            painter->drawEllipse(QPointF(centre.x() + x, y), r, r);
        break;
    }
    case MapSymbol::Count:
        break;
    }
    painter->restore();
}

} // namespace

MapLegend::MapLegend(QWidget *mapView) : QWidget(mapView)
{
    setObjectName(QStringLiteral("mapLegend"));
    mapView->installEventFilter(this);
    relayout();
}

QString MapLegend::text(MapSymbol symbol)
{
    switch (symbol) {
    case MapSymbol::ActiveRegion:
        return tr("Active: serves users");
    case MapSymbol::WarmStandbyRegion:
        return tr("Warm standby: reduced capacity");
    case MapSymbol::PilotLightRegion:
        return tr("Pilot light: serves once booted");
    case MapSymbol::WitnessRegion:
        return tr("Witness: votes, serves nothing");
    case MapSymbol::OutOfRotation:
        return tr("Out of rotation or held back");
    case MapSymbol::RegionDown:
        return tr("Down: answers nothing");
    case MapSymbol::RegionDestroyed:
        return tr("Destroyed: its data is gone");
    case MapSymbol::AppTierDown:
        return tr("App tier down");
    case MapSymbol::DataTierDown:
        return tr("Data tier down");
    case MapSymbol::DataPrimary:
        return tr("Data primary: takes the writes");
    case MapSymbol::BeingPromoted:
        return tr("Being promoted to primary");
    case MapSymbol::DeposedPrimary:
        return tr("Deposed primary, still writing");
    case MapSymbol::Selected:
        return tr("Selected");
    case MapSymbol::LoadBadge:
        return tr("Load of capacity; queue if any");
    case MapSymbol::SheddingBadge:
        return tr("Shedding load");
    case MapSymbol::DataBadge:
        return tr("Epoch; replica lag: green, amber ≥ 200 ms, red ≥ 1 s");
    case MapSymbol::LinkUp:
        return tr("Link up");
    case MapSymbol::LinkDegraded:
        return tr("Degraded: delay or loss");
    case MapSymbol::LinkCutOneWay:
        return tr("Cut one way (the arrow's way)");
    case MapSymbol::LinkCutBothWays:
        return tr("Cut both ways");
    case MapSymbol::Population:
        return tr("Users: area follows demand");
    case MapSymbol::TrafficRoute:
        return tr("Route: wider for a larger share");
    case MapSymbol::TrafficSucceeding:
        return tr("≥ 99 % of requests succeed");
    case MapSymbol::TrafficStruggling:
        return tr("90–99 % succeed");
    case MapSymbol::TrafficFailing:
        return tr("Under 90 % succeed");
    case MapSymbol::Count:
        break;
    }
    return QString();
}

QString MapLegend::groupTitle(MapSymbolGroup group)
{
    switch (group) {
    case MapSymbolGroup::Regions:
        return tr("Regions");
    case MapSymbolGroup::RegionBadges:
        return tr("On and beside a region");
    case MapSymbolGroup::Links:
        return tr("Links between regions");
    case MapSymbolGroup::Traffic:
        return tr("Users and traffic");
    }
    return QString();
}

std::vector<MapLegend::Entry> MapLegend::entries() const
{
    std::vector<Entry> out;
    for (const Cell &cell : m_cells) {
        if (!cell.header)
            out.push_back({cell.symbol, cell.text});
    }
    return out;
}

QImage MapLegend::renderIcon(MapSymbol symbol)
{
    QImage image(static_cast<int>(kIconWidth), static_cast<int>(iconHeight(symbol)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paintIcon(&painter, symbol, QRectF(QPointF(0, 0), image.size()));
    return image;
}

void MapLegend::relayout()
{
    const QWidget *view = parentWidget();
    const qreal available = std::max<qreal>(160, view->height() - 2 * kMargin - 2 * kPadding);
    const QFontMetricsF entryMetrics(entryFont(font()));
    const QFontMetricsF headerMetrics(headerFont(font()));

    // Rows of one column at a time: a header never ends a column.
    struct Row
    {
        Cell cell;
        qreal height;
    };
    std::vector<Row> rows;
    bool first = true;
    MapSymbolGroup group = MapSymbolGroup::Regions;
    for (MapSymbol symbol : kMapSymbols) {
        if (first || groupOf(symbol) != group) {
            group = groupOf(symbol);
            Cell header;
            header.header = true;
            header.group = group;
            header.text = groupTitle(group);
            rows.push_back({header, headerMetrics.height()});
            first = false;
        }
        Cell entry;
        entry.symbol = symbol;
        entry.group = group;
        entry.text = text(symbol);
        const QRectF textBox =
            entryMetrics.boundingRect(QRectF(0, 0, kTextWidth, 1000), Qt::TextWordWrap, entry.text);
        rows.push_back({entry, std::max(iconHeight(symbol), std::ceil(textBox.height()) + 2)});
    }

    // As few columns as the height allows, balanced so that the last is not a stub.
    qreal total = 0;
    for (const Row &row : rows)
        total += row.height + (row.cell.header ? 5 : 0);
    const qreal columns = std::max<qreal>(1, std::ceil(total / available));
    const qreal columnHeight = std::min(available, total / columns + 24);

    m_cells.clear();
    const qreal columnWidth = kIconWidth + 4 + kTextWidth;
    qreal x = kPadding, y = kPadding, bottom = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        qreal need = rows[i].height;
        if (rows[i].cell.header && i + 1 < rows.size())
            need += rows[i + 1].height;
        if (y > kPadding && y + need + 5 > kPadding + columnHeight) {
            x += columnWidth + kColumnGap;
            y = kPadding;
        }
        Cell cell = rows[i].cell;
        if (cell.header && y > kPadding)
            y += 5; // a little room above a group, except at the top of a column
        cell.rect = QRectF(x, y, columnWidth, rows[i].height);
        y = cell.rect.bottom();
        bottom = std::max(bottom, y);
        m_cells.push_back(cell);
    }
    const QSize size(static_cast<int>(std::ceil(x + columnWidth + kPadding)),
                     static_cast<int>(std::ceil(bottom + kPadding)));
    setFixedSize(size);
    move(static_cast<int>(kMargin), view->height() - size.height() - static_cast<int>(kMargin));
    raise();
    update();
}

void MapLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x9f, 0xb6, 0xc9), 1));
    painter.setBrush(QColor(255, 255, 255, 245));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);

    const QFont entry = entryFont(font());
    const QFont header = headerFont(font());
    for (const Cell &cell : m_cells) {
        if (cell.header) {
            painter.setFont(header);
            painter.setPen(QColor(0x1f, 0x3b, 0x57));
            painter.drawText(cell.rect, Qt::AlignLeft | Qt::AlignBottom, cell.text);
            continue;
        }
        const QRectF icon(cell.rect.left(), cell.rect.center().y() - iconHeight(cell.symbol) / 2, kIconWidth,
                          iconHeight(cell.symbol));
        paintIcon(&painter, cell.symbol, icon);
        painter.setFont(entry);
        painter.setPen(QColor(0x1d, 0x2a, 0x36));
        const QRectF text(cell.rect.left() + kIconWidth + 4, cell.rect.top(), kTextWidth, cell.rect.height());
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, cell.text);
    }
}

void MapLegend::changeEvent(QEvent *event)
{
    // A language brings its texts and (for Chinese) its font.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        relayout();
    QWidget::changeEvent(event);
}

bool MapLegend::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        relayout();
    return QWidget::eventFilter(watched, event);
}

} // namespace fl::ui
