// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/config.h"

#include <QString>
#include <QStringList>
#include <string_view>

namespace fl::scenario {

// The ids files and lessons name a world's regions and populations by, as QStrings.
QString fromView(std::string_view text);
QString regionIdText(const SimulationConfig &config, std::size_t region);
QString populationIdText(const SimulationConfig &config, std::size_t population);
QStringList regionIdTexts(const SimulationConfig &config);
QStringList populationIdTexts(const SimulationConfig &config);
// The index of the region or population with this id, or -1.
int regionIndexOf(const SimulationConfig &config, const QString &id);
int populationIndexOf(const SimulationConfig &config, const QString &id);

} // namespace fl::scenario
