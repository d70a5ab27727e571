// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's design space (scenario/designspace.h, spacescreen.h): a 3-region built-in has tens of
// thousands of designs and no two of them alike in effect; the configuration each design is
// screened on is the one its overrides build; designs are valid scenarios, and one written to a
// file and read back is the same scenario, whose run faces the loss of the design's own primary.
// FL_PLAN_LONG=1 checks every design instead of a sample.
#include "../builtinworld.h"
#include "scenario/builtins.h"
#include "scenario/designspace.h"
#include "scenario/overrides.h"
#include "scenario/runreport.h"
#include "scenario/scenarioreader.h"
#include "scenario/scenariowriter.h"
#include "scenario/spacescreen.h"
#include "sim/simulation.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fl;
using namespace fl::scenario;
using fl::scenario::testing::builtinDocument;

namespace {

Scenario skeletonOf(const DesignSpace &space, const QJsonObject &document, const DesignChoice &choice)
{
    QJsonObject designed = document;
    ScenarioError error;
    for (const QString &assignment : space.skeletonOverrides(choice)) {
        if (!applyOverride(designed, assignment, &error))
            qFatal("%s", qPrintable(error.toString()));
    }
    std::optional<Scenario> s = scenarioFromJson(designed, &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    return *s;
}

// What the model reads of the settings the space varies, for the design's topology: a front door
// has no TTL; multi-primary acknowledges every write locally whatever the mode (Simulation::
// waitsForReplicasNow) and, like ownership, has no failover controller (Simulation::initFailover
// starts none). Two designs of one architecture, home and roles with the same key would run alike.
QString effectKey(const SimulationConfig &c)
{
    QStringList k;
    const bool single = c.data.topology == WriteTopology::SinglePrimary;
    if (c.data.topology != WriteTopology::MultiPrimary)
        k << QString::number(static_cast<int>(c.data.mode));
    k << QString::number(c.data.batchInterval);
    if (single)
        k << QString::number(c.failover.probeInterval) << QString::number(c.failover.failureThreshold)
          << QString::number(c.failover.fencing) << QString::number(c.failover.quorumElection)
          << QString::number(c.failover.leases);
    k << QString::number(static_cast<int>(c.routing.mechanism));
    if (c.routing.mechanism == RoutingMechanism::Dns)
        k << QString::number(c.routing.dnsTtl);
    k << QString::number(c.health.interval) << QString::number(c.health.failureThreshold)
      << QString::number(c.health.timeout);
    return k.join(QLatin1Char('/'));
}

bool everyDesign()
{
    return !qEnvironmentVariableIsEmpty("FL_PLAN_LONG");
}

} // namespace

class DesignSpaceTest : public QObject
{
    Q_OBJECT

private slots:
    void tensOfThousandsForThreeRegions()
    {
        const DesignSpace space(builtinDocument(QStringLiteral("active-passive-async")));
        QCOMPARE(space.regionIds().size(), 3);
        QVERIFY(space.choices().size() >= 10'000);
        // 3 homes × (4 mixes of warm standbys and pilot lights + active-active) × 7 replication
        // settings × 6 detections × 3 protections × 36 routing and health settings, and 4 × 36
        // multi-primary and 7 × 36 ownership designs (README, "Planning a design").
        QCOMPARE(space.choices().size(), std::size_t{68'436});
    }

    void noTwoDesignsAlike()
    {
        const QJsonObject document = builtinDocument(QStringLiteral("active-passive-async"));
        const DesignSpace space(document);
        const std::vector<DesignChoice> &choices = space.choices();
        QSet<QString> overrideSets;
        std::vector<Scenario> skeletons;
        QSet<QString> keys;
        for (std::size_t i = 0; i < choices.size(); ++i) {
            QStringList sorted = space.overrides(choices[i]);
            sorted.sort();
            overrideSets.insert(sorted.join(QLatin1Char('\n')));
            if (i == 0 || !DesignSpace::sameSkeleton(choices[i], choices[i - 1])) {
                const Scenario s = skeletonOf(space, document, choices[i]);
                // Architectures, homes and roles differ in configuration or in whom the faults hit.
                for (const Scenario &other : skeletons)
                    QVERIFY(!(other.config == s.config && other.faults == s.faults));
                skeletons.push_back(s);
                keys.clear();
            }
            SimulationConfig config = skeletons.back().config;
            DesignSpace::applySettings(config, choices[i]);
            const QString key = effectKey(config);
            QVERIFY2(!keys.contains(key), qPrintable(space.label(choices[i])));
            keys.insert(key);
        }
        QCOMPARE(static_cast<std::size_t>(overrideSets.size()), choices.size());
        // 3 homes × 5 architectures with a primary, and multi-primary and ownership.
        QCOMPARE(skeletons.size(), std::size_t{17});
    }

    // The screens see what `run` would: the settings set on the configuration directly equal the
    // design built from all its overrides and validated.
    void screenedConfigurationIsTheBuiltOne()
    {
        const QJsonObject document = builtinDocument(QStringLiteral("active-passive-async"));
        const DesignSpace space(document);
        const std::vector<DesignChoice> &choices = space.choices();
        const std::size_t stride = everyDesign() ? 1 : 61;
        std::optional<Scenario> skeleton;
        std::size_t checked = 0;
        for (std::size_t i = 0; i < choices.size(); ++i) {
            if (i == 0 || !DesignSpace::sameSkeleton(choices[i], choices[i - 1]))
                skeleton = skeletonOf(space, document, choices[i]);
            if (i % stride != 0)
                continue;
            QString error;
            const std::optional<Scenario> built =
                buildDesign(space, document, choices[i], std::nullopt, &error);
            QVERIFY2(built, qPrintable(space.label(choices[i]) + QStringLiteral(": ") + error));
            SimulationConfig patched = skeleton->config;
            DesignSpace::applySettings(patched, choices[i]);
            QVERIFY2(built->config == patched, qPrintable(space.label(choices[i])));
            QVERIFY(built->faults == skeleton->faults);
            ++checked;
        }
        QVERIFY(checked >= choices.size() / 61);
    }

    // A design written as a scenario file reads back as the same scenario, and `run` of it faces
    // the schedule's crash in the design's own home region.
    void designFileRunsTheDesign_data()
    {
        QTest::addColumn<int>("architecture");
        QTest::addColumn<int>("home");
        QTest::newRow("active-passive, home Ohio") << static_cast<int>(Architecture::ActivePassive) << 1;
        QTest::newRow("active-active, home Oregon")
            << static_cast<int>(Architecture::ActiveActiveReplicas) << 2;
        QTest::newRow("multi-primary") << static_cast<int>(Architecture::MultiPrimary) << -1;
    }
    void designFileRunsTheDesign()
    {
        QFETCH(int, architecture);
        QFETCH(int, home);
        const QJsonObject document = builtinDocument(QStringLiteral("active-passive-async"));
        const DesignSpace space(document);
        // The first of its kind; an active-passive one with a pilot light.
        const auto found =
            std::find_if(space.choices().begin(), space.choices().end(), [&](const DesignChoice &c) {
                return static_cast<int>(c.architecture) == architecture && c.home == home &&
                       (c.architecture != Architecture::ActivePassive || c.pilotMask != 0);
            });
        QVERIFY(found != space.choices().end());
        QString error;
        const std::optional<Scenario> design = buildDesign(space, document, *found, 130 * kSecond, &error);
        QVERIFY2(design, qPrintable(error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("design.flab.json"));
        QVERIFY2(saveScenario(*design, path, &error), qPrintable(error));
        ScenarioError problem;
        const std::optional<Scenario> read = loadScenario(path, &problem);
        QVERIFY2(read, qPrintable(problem.toString()));
        QVERIFY(*read == *design);

        Simulation sim = makeSimulation(*read);
        sim.runUntil(read->duration);
        QCOMPARE(sim.incidents().size(), std::size_t{1});
        // The schedule kills the scenario's primary, N. Virginia: a design homed elsewhere faces
        // the crash of its own home instead.
        QCOMPARE(sim.incidents().front().region, home < 0 ? 0 : home);
        if (home >= 0)
            QCOMPARE(read->config.data.primaryRegion, home);
        QVERIFY(read->config.failover.controlRegion != read->config.data.primaryRegion);
    }
};

QTEST_GUILESS_MAIN(DesignSpaceTest)
#include "tst_designspace.moc"
