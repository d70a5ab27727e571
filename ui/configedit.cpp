#include "configedit.h"

#include "data/replicationrule.h"
#include "labtext.h"
#include "scenario/resourceestimate.h"
#include "spec/commands.h"
#include "spec/enums.h"
#include "spec/settings.h"
#include "world/regioncatalog.h"

#include <QLocale>
#include <algorithm>

namespace fl::ui {

QStringList ConfigEdit::problems(const SimulationConfig &config, std::uint64_t memoryLimit)
{
    QStringList out;
    const QLocale locale;
    if (config.regions.empty())
        out << tr("The world needs at least one region.");
    const bool anyServing =
        std::any_of(config.regions.begin(), config.regions.end(), [](const RegionConfig &r) {
            return r.role == RegionRole::Active || r.role == RegionRole::WarmStandby;
        });
    if (!config.regions.empty() && !anyServing)
        out << tr("No region serves users: every region is a pilot light or a witness. Make one active or a "
                  "warm standby.");
    if (config.health.timeout >= config.health.interval)
        out << tr("The health check timeout (%1 s) must be shorter than its interval (%2 s): otherwise a new "
                  "probe starts before the last one is judged.")
                   .arg(locale.toString(toSeconds(config.health.timeout), 'g', 6),
                        locale.toString(toSeconds(config.health.interval), 'g', 6));
    // The same estimate `failover-lab run` refuses by: the window keeps metrics.history samples.
    {
        scenario::Scenario s;
        s.config = config;
        s.duration = 0;
        const scenario::ResourceEstimate estimate = scenario::estimateResources(s);
        const std::uint64_t limit = memoryLimit ? memoryLimit : scenario::defaultMemoryLimit();
        if (estimate.bytes > static_cast<double>(limit))
            out << scenario::memoryRefusal(estimate, limit);
    }
    if (config.health.placement == HealthCheckerPlacement::InRegion &&
        (config.health.vantageRegion < 0 ||
         config.health.vantageRegion >= static_cast<int>(config.regions.size())))
        out << tr("The health checker runs inside a region: choose which one.");
    for (const PopulationConfig &p : config.populations) {
        if (config.routing.policy != RoutingPolicy::Weighted && !p.ownWeights)
            continue;
        double usable = 0;
        for (std::size_t r = 0; r < config.regions.size(); ++r) {
            const double w = r < p.weights.size() ? p.weights[r] : 1.0;
            const RegionRole role = config.regions[r].role;
            if (role == RegionRole::Active || role == RegionRole::WarmStandby)
                usable += std::max(0.0, w);
        }
        if (usable <= 0)
            out << tr("Under the weighted policy %1 has no weight on any region that serves users: its "
                      "requests "
                      "would have nowhere to go. Give it a weight above zero somewhere.")
                       .arg(LabText::populationName(p.catalogIndex));
    }
    problemsOfData(config, out);
    problemsOfRanges(config, out);
    return out;
}

QString ConfigEdit::unitText(std::string_view unit)
{
    if (unit == "s")
        return tr(" s");
    if (unit == "requests/s")
        return tr(" requests/s");
    if (unit == "entries/s")
        return tr(" entries/s");
    if (unit == "samples")
        return tr(" samples");
    if (unit == "events")
        return tr(" events");
    if (unit == "per hour")
        return tr(" per hour");
    return QString();
}

QString ConfigEdit::settingOwner(const SimulationConfig &config, SettingScope scope, std::size_t element)
{
    switch (scope) {
    case SettingScope::World:
        return QString();
    case SettingScope::Region:
        return LabText::regionName(config.regions[element]);
    case SettingScope::Population:
        return LabText::populationName(config.populations[element].catalogIndex);
    case SettingScope::Dependency:
        return LabText::dependencyKindName(config.dependencies[element].kind);
    }
    return QString();
}

void ConfigEdit::problemsOfRanges(const SimulationConfig &config, QStringList &out)
{
    const QLocale locale;
    for (const SettingSpec &spec : kSettings) {
        // Durations are stored in microseconds and shown in seconds.
        const double shown = spec.type == SettingType::Duration ? 1e-6 : 1.0;
        auto number = [&](double v) { return locale.toString(v * shown, 'g', 10); };
        for (std::size_t i = 0; i < settingElements(config, spec.scope); ++i) {
            const double value = spec.get(config, i);
            if (spec.accepts(value))
                continue;
            QString name = QString::fromLatin1(spec.path.data(), static_cast<qsizetype>(spec.path.size()));
            name.replace(QLatin1String("[]"), QStringLiteral("[%1]").arg(i));
            const QString owner = settingOwner(config, spec.scope, i);
            if (!owner.isEmpty())
                name = tr("%1 (%2)").arg(name, owner);
            const QString unit = unitText(spec.unit);
            if (spec.type == SettingType::Integer)
                out << tr("%1 must be a whole number from %2 to %3%4; it is %5.")
                           .arg(name, number(spec.low), number(spec.high), unit, number(value));
            else if (spec.lowOpen)
                out << tr("%1 must be greater than %2 and at most %3%4; it is %5.")
                           .arg(name, number(spec.low), number(spec.high), unit, number(value));
            else
                out << tr("%1 must be from %2 to %3%4; it is %5.")
                           .arg(name, number(spec.low), number(spec.high), unit, number(value));
        }
    }
}

double ConfigEdit::totalRate(const SimulationConfig &config)
{
    double sum = 0;
    for (const PopulationConfig &p : config.populations)
        sum += p.requestsPerSecond;
    return sum;
}

int ConfigEdit::dataRegions(const SimulationConfig &config)
{
    return static_cast<int>(
        std::count_if(config.regions.begin(), config.regions.end(),
                      [](const RegionConfig &r) { return r.role != RegionRole::Witness; }));
}

int ConfigEdit::votingRegions(const SimulationConfig &config)
{
    // Every region votes: the data regions with their log position, witnesses with their vote.
    return static_cast<int>(config.regions.size());
}

void ConfigEdit::problemsOfData(const SimulationConfig &config, QStringList &out)
{
    const QLocale locale;
    const DataConfig &data = config.data;
    const FailoverConfig &failover = config.failover;
    const int nr = static_cast<int>(config.regions.size());
    const bool single = data.topology == WriteTopology::SinglePrimary;
    auto seconds = [&locale](SimTime t) { return locale.toString(toSeconds(t), 'g', 6); };

    if (single && nr > 0) {
        if (data.primaryRegion < 0 || data.primaryRegion >= nr)
            out << tr("Choose which region is the data primary.");
        else if (config.regions[static_cast<std::size_t>(data.primaryRegion)].role == RegionRole::Witness)
            out << tr("The data primary %1 is a witness, and a witness holds no data. Choose a region that "
                      "holds data, or give it another role.")
                       .arg(
                           LabText::regionName(config.regions[static_cast<std::size_t>(data.primaryRegion)]));
    }
    const bool syncMode = waitsForReplicas(data.mode);
    if (syncMode && data.topology != WriteTopology::MultiPrimary && dataRegions(config) < 2)
        out << tr("%1 replication needs another region that holds data: with only one, no write could ever "
                  "be acknowledged. Add a region or choose asynchronous replication.")
                   .arg(LabText::replicationModeName(data.mode));

    if (!single)
        return; // the failover controller only runs for a single primary
    if (failover.controlRegion < 0 || failover.controlRegion >= nr)
        out << tr("Choose the region the failover controller runs in.");
    if (failover.probeTimeout >= failover.probeInterval)
        out << tr("The failover probe timeout (%1 s) must be shorter than its interval (%2 s).")
                   .arg(seconds(failover.probeTimeout), seconds(failover.probeInterval));
    if (failover.leases && failover.leaseDuration <= failover.probeInterval)
        out << tr("With leases, the lease (%1 s) must last longer than the probe interval (%2 s) that renews "
                  "it: otherwise the primary's lease lapses between renewals and it keeps refusing writes.")
                   .arg(seconds(failover.leaseDuration), seconds(failover.probeInterval));
    if (failover.quorumElection && votingRegions(config) < 3)
        out << tr(
            "A quorum election needs at least three voting regions (regions that hold data, or "
            "witnesses): with two, losing one leaves no majority and no failover can happen. Add a region "
            "or a witness.");
}

QStringList ConfigEdit::warnings(const SimulationConfig &config)
{
    QStringList out;
    const DataConfig &data = config.data;
    const FailoverConfig &failover = config.failover;
    const int nr = static_cast<int>(config.regions.size());
    const bool syncMode = waitsForReplicas(data.mode);
    if (data.topology == WriteTopology::MultiPrimary && syncMode)
        out << tr("Multi-primary replicates asynchronously: the %1 mode is ignored (every region "
                  "acknowledges "
                  "its own writes at once).")
                   .arg(LabText::replicationModeName(data.mode));
    if (data.topology != WriteTopology::MultiPrimary && data.conflict != ConflictPolicy::LastWriteWins)
        out << tr("The conflict policy only matters for multi-primary: with one writer per key there is no "
                  "conflict to resolve.");
    if (data.topology != WriteTopology::SinglePrimary)
        out << tr("The failover controller manages a single primary only: with %1 it does not run, and its "
                  "settings are ignored.")
                   .arg(LabText::topologyName(data.topology));
    else if (failover.controlRegion >= 0 && failover.controlRegion < nr &&
             failover.controlRegion == data.primaryRegion)
        out << tr("The failover controller runs in the primary's region: when that region fails, the "
                  "controller fails with it and nobody fails over. A witness or another region is safer.");
    for (std::size_t d = 0; d < config.dependencies.size(); ++d) {
        const DependencyConfig &dep = config.dependencies[d];
        if (dep.kind != DependencyKind::Cache && dep.regions.size() == 1)
            out << tr("The %1 dependency lives in one region only: every region needs it to be reachable.")
                       .arg(LabText::dependencyKindName(dep.kind));
        if (dep.kind != DependencyKind::Cache && dep.regions.empty())
            out << tr("The %1 dependency is deployed nowhere: every request that needs it fails.")
                       .arg(LabText::dependencyKindName(dep.kind));
    }
    return out;
}

void ConfigEdit::addRegion(SimulationConfig &config, int catalogIndex)
{
    RegionConfig rc;
    rc.catalogIndex = catalogIndex;
    appendRegion(config, std::move(rc));
}

void ConfigEdit::addCustomRegion(SimulationConfig &config, const QString &name, GeoPoint location)
{
    RegionConfig rc;
    rc.id = customRegionId(config, name).toStdString();
    rc.name = name.trimmed().toStdString();
    rc.location = RegionLocation{location.latDeg, location.lonDeg};
    rc.catalogIndex = static_cast<int>(nearestCatalogRegion(location));
    appendRegion(config, std::move(rc));
}

void ConfigEdit::moveRegion(SimulationConfig &config, int index, GeoPoint location)
{
    if (index < 0 || index >= static_cast<int>(config.regions.size()))
        return;
    config.regions[static_cast<std::size_t>(index)].location =
        RegionLocation{location.latDeg, location.lonDeg};
}

void ConfigEdit::resetRegionLocation(SimulationConfig &config, int index)
{
    if (index < 0 || index >= static_cast<int>(config.regions.size()))
        return;
    RegionConfig &rc = config.regions[static_cast<std::size_t>(index)];
    if (rc.id.empty())
        rc.location.reset();
}

QString ConfigEdit::customRegionId(const SimulationConfig &config, const QString &name)
{
    QString base;
    for (const QChar c : name.trimmed().toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            base += c;
        else if (!base.isEmpty() && !base.endsWith(QLatin1Char('-')))
            base += QLatin1Char('-');
    }
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    // Not empty, and not a JSON number, true, false or null: an id is always written as a string,
    // but --set and the planner's overrides read a bare value as JSON.
    const bool digits =
        std::all_of(base.begin(), base.end(), [](QChar c) { return c.isDigit() || c == QLatin1Char('-'); });
    if (base.isEmpty())
        base = QStringLiteral("region");
    else if (digits || base == QLatin1String("true") || base == QLatin1String("false") ||
             base == QLatin1String("null"))
        base = QStringLiteral("region-") + base;
    const auto taken = [&config](const QString &id) {
        if (findRegion(id.toStdString()))
            return true; // would read back as that catalog region
        return std::any_of(config.regions.begin(), config.regions.end(),
                           [&id](const RegionConfig &r) { return LabText::regionId(r) == id; });
    };
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    return id;
}

void ConfigEdit::appendRegion(SimulationConfig &config, RegionConfig region)
{
    config.regions.push_back(std::move(region));
    for (PopulationConfig &p : config.populations) {
        const bool splitByWeight =
            std::any_of(p.weights.begin(), p.weights.end(), [](double w) { return w != 1.0; });
        p.weights.resize(config.regions.size() - 1, 1.0);
        p.weights.push_back(splitByWeight ? 0.0 : 1.0);
    }
}

void ConfigEdit::removeRegion(SimulationConfig &config, int index)
{
    if (index < 0 || index >= static_cast<int>(config.regions.size()))
        return;
    config.regions.erase(config.regions.begin() + index);
    for (PopulationConfig &p : config.populations) {
        if (index < static_cast<int>(p.weights.size()))
            p.weights.erase(p.weights.begin() + index);
    }
    // Everything else that names regions by index follows the removal.
    auto follow = [index](int &region) {
        if (region == index)
            region = 0;
        else if (region > index)
            --region;
    };
    follow(config.health.vantageRegion);
    follow(config.data.primaryRegion);
    follow(config.failover.controlRegion);
    if (index < static_cast<int>(config.data.clockSkew.size()))
        config.data.clockSkew.erase(config.data.clockSkew.begin() + index);
    for (DependencyConfig &d : config.dependencies) {
        std::vector<int> kept;
        for (int r : d.regions) {
            if (r != index)
                kept.push_back(r > index ? r - 1 : r);
        }
        d.regions = kept;
    }
}

std::vector<double> ConfigEdit::weightsToward(std::size_t regionCount, int region)
{
    std::vector<double> weights(regionCount, 0.0);
    if (region >= 0 && static_cast<std::size_t>(region) < regionCount)
        weights[static_cast<std::size_t>(region)] = 1.0;
    return weights;
}

} // namespace fl::ui
