// SPDX-License-Identifier: GPL-3.0-or-later
// What a running world takes live (scenario/livesettings.h) agrees with what the settings declare:
// every numeric setting declared live is reached by commands, every one declared restart-only is
// not; the enumerated live settings are reached through their own commands, in a fixed order; and
// applying the commands gives the configuration they were derived from.
#include "scenario/livesettings.h"
#include "sim/presets.h"
#include "spec/commands.h"
#include "spec/settings.h"

#include <QTest>

using namespace fl;
using namespace fl::scenario;

namespace {

SimulationConfig threeRegions()
{
    SimulationConfig c =
        makeWorld({"us-east-1", "eu-west-1", "ap-northeast-1"}, {"na-east", "europe"}, 1000.0);
    c.dependencies.push_back(DependencyConfig{DependencyKind::Cache, {}});
    return c;
}

// A different value inside the declared range.
double otherValue(const SettingSpec &spec, double now)
{
    const double candidate = spec.high > now + 1 ? std::floor(now + 1) : std::ceil(spec.low + 1);
    return spec.accepts(candidate) && candidate != now ? candidate : (spec.low + spec.high) / 2;
}

} // namespace

class LiveSettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void numericSettingsAreLiveAsDeclared()
    {
        int live = 0, restartOnly = 0;
        for (const SettingSpec &spec : kSettings) {
            const SimulationConfig from = threeRegions();
            SimulationConfig to = from;
            const double was = spec.get(from, 0);
            spec.set(to, 0, otherValue(spec, was));
            QVERIFY2(!(to == from), spec.path.data());
            QVERIFY2(reachedLive(from, to) == spec.live, spec.path.data());
            (spec.live ? live : restartOnly) += 1;
        }
        QVERIFY(live >= 2);
        QVERIFY(restartOnly >= 30);
    }

    void enumeratedSettingsThroughTheirCommands()
    {
        const SimulationConfig from = threeRegions();
        SimulationConfig to = from;
        to.routing.policy = RoutingPolicy::Weighted;
        to.routing.mechanism = RoutingMechanism::FrontDoor;
        to.data.mode = ReplicationMode::SyncQuorum;
        to.regions[2].role = RegionRole::Witness;
        to.data.clockSkew = {0, 400 * kMillisecond, 0};
        to.populations[1].weights = {0.0, 1.0, 0.5};
        to.populations[0].ownWeights = !from.populations[0].ownWeights;
        const std::vector<Command> commands = liveCommandsBetween(from, to, 42 * kSecond);
        std::vector<CommandType> types;
        for (const Command &c : commands) {
            QCOMPARE(c.at, 42 * kSecond);
            types.push_back(static_cast<CommandType>(c.type));
        }
        QCOMPARE(types.front(), CommandType::SetRoutingPolicy);
        QVERIFY(std::count(types.begin(), types.end(), CommandType::SetWeight) >= 1);
        QVERIFY(std::count(types.begin(), types.end(), CommandType::SetClockSkew) == 1);
        QVERIFY(reachedLive(from, to));
        SimulationConfig applied = from;
        for (const Command &c : commands)
            applyLiveCommand(applied, c);
        QVERIFY(applied == to);
        QVERIFY(liveCommandsBetween(from, from, 0).empty());
    }

    void structureIsNotLive()
    {
        const SimulationConfig from = threeRegions();
        SimulationConfig fewer = from;
        fewer.regions.pop_back();
        QVERIFY(!reachedLive(from, fewer));
        SimulationConfig fenced = from;
        fenced.failover.fencing = !from.failover.fencing;
        QVERIFY(!reachedLive(from, fenced));
        SimulationConfig topology = from;
        topology.data.topology = WriteTopology::MultiPrimary;
        QVERIFY(!reachedLive(from, topology));
    }
};

QTEST_GUILESS_MAIN(LiveSettingsTest)
#include "tst_livesettings.moc"
