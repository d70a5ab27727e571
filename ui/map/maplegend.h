#pragma once

#include "mapsymbol.h"

#include <QImage>
#include <QString>
#include <QWidget>
#include <vector>

namespace fl::ui {

// View ▸ Legend: a panel over the map's lower left corner that explains every symbol, colour and
// badge the map can draw (one entry per kMapSymbols, drawn by the map's own painters), in the
// current language. A child of the map view, not an item of its scene: it stays put while the map
// pans and zooms, and gets LanguageChange like any widget. Its entries flow into as many columns
// as the view's height needs.
class MapLegend : public QWidget
{
    Q_OBJECT

public:
    explicit MapLegend(QWidget *mapView);

    struct Entry
    {
        MapSymbol symbol;
        QString text;
    };
    // The entries in the order drawn, in the current language.
    std::vector<Entry> entries() const;
    static QString text(MapSymbol symbol);
    static QString groupTitle(MapSymbolGroup group);
    // One entry's picture, as the legend draws it (for tests).
    static QImage renderIcon(MapSymbol symbol);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Cell
    {
        QRectF rect;
        bool header = false;
        MapSymbolGroup group = MapSymbolGroup::Regions;
        MapSymbol symbol = MapSymbol::ActiveRegion;
        QString text;
    };
    // Lays the entries out in columns to fit the map's height, and moves to the corner.
    void relayout();
    std::vector<Cell> m_cells;
};

} // namespace fl::ui
