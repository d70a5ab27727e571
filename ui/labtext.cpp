#include "labtext.h"

#include "bridge/worldsnapshot.h"
#include "spec/commands.h"
#include "spec/enums.h"
#include "unitformat.h"
#include "world/populationcatalog.h"
#include "world/regioncatalog.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace fl::ui {
namespace {

// The catalog's English names, marked for lupdate. core/ keeps them as plain data; the Chinese
// names live in translations/failoverlab_zh_CN.ts under the "fl::ui::Names" context.
const char *const kNames[] = {
    QT_TRANSLATE_NOOP("fl::ui::Names", "N. Virginia"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Ohio"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "N. California"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Oregon"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Canada Central"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "São Paulo"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Ireland"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "London"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Frankfurt"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Stockholm"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Bahrain"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Cape Town"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Mumbai"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Tokyo"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Seoul"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Singapore"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Sydney"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Hong Kong"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "North America (east)"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "North America (west)"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "South America"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Europe"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Africa"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Middle East"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "South Asia"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "East Asia"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Southeast Asia"),
    QT_TRANSLATE_NOOP("fl::ui::Names", "Oceania"),
};

QString translatedName(std::string_view name)
{
    const QByteArray source(name.data(), static_cast<qsizetype>(name.size()));
    return QCoreApplication::translate("fl::ui::Names", source.constData());
}

QString unknownName(int index)
{
    return QStringLiteral("#%1").arg(index);
}

} // namespace

QString LabText::regionName(int catalogIndex)
{
    if (catalogIndex < 0 || static_cast<std::size_t>(catalogIndex) >= regionCatalog().size())
        return unknownName(catalogIndex);
    return translatedName(regionCatalog()[static_cast<std::size_t>(catalogIndex)].name);
}

QString LabText::regionId(int catalogIndex)
{
    if (catalogIndex < 0 || static_cast<std::size_t>(catalogIndex) >= regionCatalog().size())
        return unknownName(catalogIndex);
    const std::string_view id = regionCatalog()[static_cast<std::size_t>(catalogIndex)].id;
    return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
}

QString LabText::regionName(const RegionConfig &region)
{
    if (!region.name.empty())
        return QString::fromStdString(region.name);
    if (!region.id.empty())
        return QString::fromStdString(region.id); // not the nearest catalog entry's name
    return regionName(region.catalogIndex);
}

QString LabText::regionName(const RegionView &region)
{
    return region.ownName.isEmpty() ? regionName(region.catalogIndex) : region.ownName;
}

QString LabText::regionId(const RegionConfig &region)
{
    const std::string_view id = fl::regionId(region);
    return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
}

QString LabText::populationName(int catalogIndex)
{
    if (catalogIndex < 0 || static_cast<std::size_t>(catalogIndex) >= populationCatalog().size())
        return unknownName(catalogIndex);
    return translatedName(populationCatalog()[static_cast<std::size_t>(catalogIndex)].name);
}

std::vector<const char *> LabText::translatableNames()
{
    return std::vector<const char *>(std::begin(kNames), std::end(kNames));
}

namespace {

// An enum value's label from its row in core/spec, in the current language (empty without a row).
template<class E> QString enumLabel(E value)
{
    for (const EnumEntry<E> &e : enumEntries<E>()) {
        if (e.value == value)
            return QCoreApplication::translate(kEnumLabelContext, e.label);
    }
    return QString();
}

} // namespace

QString LabText::roleName(RegionRole role)
{
    return enumLabel(role);
}

QString LabText::mechanismName(RoutingMechanism mechanism)
{
    return enumLabel(mechanism);
}

QString LabText::policyName(RoutingPolicy policy)
{
    return enumLabel(policy);
}

QString LabText::resolversName(DnsResolvers resolvers)
{
    return enumLabel(resolvers);
}

QString LabText::placementName(HealthCheckerPlacement placement)
{
    return enumLabel(placement);
}

QString LabText::topologyName(WriteTopology topology)
{
    return enumLabel(topology);
}

QString LabText::replicationModeName(ReplicationMode mode)
{
    return enumLabel(mode);
}

QString LabText::forwardPolicyName(ForwardPolicy policy)
{
    return enumLabel(policy);
}

QString LabText::readPolicyName(ReadPolicy policy)
{
    return enumLabel(policy);
}

QString LabText::ownershipRuleName(OwnershipRule rule)
{
    return enumLabel(rule);
}

QString LabText::conflictPolicyName(ConflictPolicy policy)
{
    return enumLabel(policy);
}

QString LabText::failoverModeName(FailoverMode mode)
{
    return enumLabel(mode);
}

QString LabText::rejoinPolicyName(RejoinPolicy policy)
{
    return enumLabel(policy);
}

QString LabText::dependencyKindName(DependencyKind kind)
{
    return enumLabel(kind);
}

QString LabText::shortClock(SimTime t)
{
    const SimTime tenths = std::max<SimTime>(0, t) / (100 * kMillisecond);
    const SimTime seconds = tenths / 10;
    const QString minutesSeconds = QStringLiteral("%1:%2.%3")
                                       .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                                       .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                                       .arg(tenths % 10);
    if (seconds < 3600)
        return minutesSeconds;
    return QStringLiteral("%1:").arg(seconds / 3600) + minutesSeconds;
}

QString LabText::duration(SimTime t)
{
    return UnitFormat::duration(toMilliseconds(t));
}

QString LabText::clock(SimTime t)
{
    const SimTime tenths = std::max<SimTime>(0, t) / (100 * kMillisecond);
    const SimTime seconds = tenths / 10;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'))
        .arg(tenths % 10);
}

QString LabText::speed(double speed)
{
    if (std::isinf(speed))
        return tr("max");
    const QLocale locale;
    if (speed >= 100)
        return tr("%1×").arg(locale.toString(speed, 'f', 0));
    return tr("%1×").arg(locale.toString(speed, 'g', 2));
}

QString LabText::rate(double perSecond)
{
    const QLocale locale;
    if (perSecond >= 1000)
        return tr("%1k/s").arg(locale.toString(perSecond / 1000, 'f', perSecond >= 10'000 ? 0 : 1));
    return tr("%1/s").arg(locale.toString(perSecond, 'f', 0));
}

ConfigNames ConfigNames::from(const SimulationConfig &config)
{
    ConfigNames names;
    for (const RegionConfig &r : config.regions)
        names.regions.push_back(r);
    for (const PopulationConfig &p : config.populations)
        names.populations.push_back(p.catalogIndex);
    for (const DependencyConfig &d : config.dependencies)
        names.dependencies.push_back(d.kind);
    return names;
}

QString ConfigNames::region(int index) const
{
    if (index < 0 || static_cast<std::size_t>(index) >= regions.size())
        return unknownName(index);
    return LabText::regionName(regions[static_cast<std::size_t>(index)]);
}

QString ConfigNames::population(int index) const
{
    if (index < 0 || static_cast<std::size_t>(index) >= populations.size())
        return unknownName(index);
    return LabText::populationName(populations[static_cast<std::size_t>(index)]);
}

QString ConfigNames::dependency(int index) const
{
    if (index < 0 || static_cast<std::size_t>(index) >= dependencies.size())
        return unknownName(index);
    return LabText::dependencyKindName(dependencies[static_cast<std::size_t>(index)]);
}

QString ConfigNames::regionKey(int index) const
{
    if (index < 0 || static_cast<std::size_t>(index) >= regions.size())
        return QString();
    return LabText::regionId(regions[static_cast<std::size_t>(index)]);
}

} // namespace fl::ui
