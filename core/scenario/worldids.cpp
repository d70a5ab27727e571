// SPDX-License-Identifier: GPL-3.0-or-later
#include "worldids.h"

#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

namespace fl::scenario {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString regionIdText(const SimulationConfig &config, std::size_t region)
{
    return fromView(regionId(config.regions[region]));
}

QString populationIdText(const SimulationConfig &config, std::size_t population)
{
    return fromView(
        populationCatalog()[static_cast<std::size_t>(config.populations[population].catalogIndex)].id);
}

QStringList regionIdTexts(const SimulationConfig &config)
{
    QStringList ids;
    for (std::size_t r = 0; r < config.regions.size(); ++r)
        ids << regionIdText(config, r);
    return ids;
}

QStringList populationIdTexts(const SimulationConfig &config)
{
    QStringList ids;
    for (std::size_t p = 0; p < config.populations.size(); ++p)
        ids << populationIdText(config, p);
    return ids;
}

int regionIndexOf(const SimulationConfig &config, const QString &id)
{
    return static_cast<int>(regionIdTexts(config).indexOf(id));
}

int populationIndexOf(const SimulationConfig &config, const QString &id)
{
    return static_cast<int>(populationIdTexts(config).indexOf(id));
}

} // namespace fl::scenario
