#pragma once

#include <array>
#include <cstddef>

namespace fl::ui {

// Every symbol, colour and badge the world map can draw, once. The map's items say which of these
// they draw now (RegionItem::symbols() and the others) and paint them through the painters of
// mapsymbolpainter.h; the legend draws one entry per symbol with the same painters. A symbol added
// here without a legend entry fails tst_maplegend, and one the map draws without being listed here
// cannot be drawn at all (the painters take a MapSymbol).
//
// Left out on purpose: the page, ocean, land and graticule (the map itself), label leader lines
// and the dashed line that follows a population while it is dragged (interaction feedback, not
// the world's state).
enum class MapSymbol
{
    // A region's marker: its shape tells the role.
    ActiveRegion,
    WarmStandbyRegion,
    PilotLightRegion,
    WitnessRegion,
    // Its fill and outline tell its health.
    OutOfRotation,
    RegionDown,
    RegionDestroyed,
    // Small badges on the marker.
    AppTierDown,
    DataTierDown,
    DataPrimary,
    BeingPromoted,
    DeposedPrimary,
    Selected,
    // Text badges beside the marker.
    LoadBadge,
    SheddingBadge,
    DataBadge,
    // Inter-region links.
    LinkUp,
    LinkDegraded,
    LinkCutOneWay,
    LinkCutBothWays,
    // Users and their traffic.
    Population,
    TrafficRoute,
    TrafficSucceeding,
    TrafficStruggling,
    TrafficFailing,
    Count
};

inline constexpr std::size_t kMapSymbolCount = static_cast<std::size_t>(MapSymbol::Count);

// Every symbol, in the legend's order.
inline constexpr std::array<MapSymbol, kMapSymbolCount> kMapSymbols = [] {
    std::array<MapSymbol, kMapSymbolCount> all{};
    for (std::size_t i = 0; i < kMapSymbolCount; ++i)
        all[i] = static_cast<MapSymbol>(i);
    return all;
}();

// The legend's groups, each a run of kMapSymbols.
enum class MapSymbolGroup
{
    Regions,
    RegionBadges,
    Links,
    Traffic
};

constexpr MapSymbolGroup groupOf(MapSymbol symbol)
{
    if (symbol < MapSymbol::AppTierDown)
        return MapSymbolGroup::Regions;
    if (symbol < MapSymbol::LinkUp)
        return MapSymbolGroup::RegionBadges;
    if (symbol < MapSymbol::Population)
        return MapSymbolGroup::Links;
    return MapSymbolGroup::Traffic;
}

} // namespace fl::ui
