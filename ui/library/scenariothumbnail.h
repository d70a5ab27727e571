#pragma once

#include "spec/config.h"

#include <QImage>
#include <QSize>

namespace fl::ui {

// A small picture of a scenario's world for the scenario library: the land around it, its links,
// its user populations and its regions in the shapes and colours of their roles, drawn by the
// map's own painters (mapsymbolpainter.h) and framed on the part of the world the scenario uses.
QImage renderScenarioThumbnail(const SimulationConfig &config, QSize size);

} // namespace fl::ui
