#pragma once

#include "engine/command.h"
#include "spec/config.h"
#include "spec/settings.h"
#include "world/geo.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdint>
#include <string_view>

namespace fl::ui {

// Edits of the lab's configuration (the "document"): what topology changes do to it, what live
// commands leave behind in it, and which combinations make no sense.
class ConfigEdit
{
    Q_DECLARE_TR_FUNCTIONS(fl::ui::ConfigEdit)

public:
    // Problems that make a configuration unusable, each a sentence in the UI language that says
    // why. Empty when the configuration is fine. `memoryLimit` (0: half the physical memory) is
    // what the memory estimate (the one `failover-lab run` refuses by) is held to.
    static QStringList problems(const SimulationConfig &config, std::uint64_t memoryLimit = 0);
    // Combinations that run but do not do what one might expect (a setting the model ignores, a
    // controller that dies with the primary), each a sentence. They do not block a restart.
    static QStringList warnings(const SimulationConfig &config);
    // Regions that take part in an election: those that hold data and witnesses (every region).
    static int votingRegions(const SimulationConfig &config);
    // Regions that hold a copy of the data (every role but witness).
    static int dataRegions(const SimulationConfig &config);
    // The requests per second of all populations together (the workload's total demand).
    static double totalRate(const SimulationConfig &config);

    // Adds a region from the catalog (default settings, role active). Populations get weight 1 for
    // it unless they already split their traffic by weight, in which case it starts at 0.
    static void addRegion(SimulationConfig &config, int catalogIndex);
    // Adds a region of the user's own at a point, named as they wrote it; its id (what files and
    // fault schedules call it) is made from the name, unique in the world. Cost goes by its role
    // and latency by its location, as for every region.
    static void addCustomRegion(SimulationConfig &config, const QString &name, GeoPoint location);
    // Moves a configured region: latency to and from it follows the new place.
    static void moveRegion(SimulationConfig &config, int index, GeoPoint location);
    // Puts a moved catalog region back at its catalog location (custom regions stay where they are).
    static void resetRegionLocation(SimulationConfig &config, int index);
    // The id a custom region named `name` gets: lower-case letters, digits and dashes from the name
    // ("region" when nothing is left), never a catalog id, and unique among `config`'s regions.
    static QString customRegionId(const SimulationConfig &config, const QString &name);
    // Removes a configured region, its weights and any reference to it. The caller keeps at least
    // one region.
    static void removeRegion(SimulationConfig &config, int index);
    // Sends all of a population's traffic to one region: weight 1 there, 0 elsewhere.
    static std::vector<double> weightsToward(std::size_t regionCount, int region);

private:
    static void appendRegion(SimulationConfig &config, RegionConfig region);
    static void problemsOfData(const SimulationConfig &config, QStringList &out);
    // Every declared setting (core/spec) outside the range it is declared with: the same rule the
    // scenario reader holds files and --set to.
    static void problemsOfRanges(const SimulationConfig &config, QStringList &out);
    static QString unitText(std::string_view unit);
    static QString settingOwner(const SimulationConfig &config, SettingScope scope, std::size_t element);
};

} // namespace fl::ui
