// SPDX-License-Identifier: GPL-3.0-or-later
// When an incident's users are served again (its RTO). Found by a lesson author: a region killed
// while the world was already failing its users (the only data copy left serving was a pilot light
// that nobody promoted) was reported "served again after 1.0 s" — the failures before the fault
// counted as the incident's harm, and the first interval after it, in which every request was
// still in flight, counted as served — while 0.02 % of requests succeeded for the next minutes.
#include "scenario/builtins.h"
#include "scenario/overrides.h"
#include "scenario/scenarioreader.h"
#include "sim/simulation.h"

#include <QtTest>

using namespace fl;
using namespace fl::scenario;

class TestIncidentRecovery : public QObject
{
    Q_OBJECT

private slots:
    void aFaultInAFailingWorldIsNotRecoveredAtOnce()
    {
        ScenarioError error;
        std::optional<QJsonObject> document =
            readBuiltinDocument(QStringLiteral("warm-standby-vs-pilot-light-warm"), &error);
        QVERIFY(document);
        QVERIFY(applyOverride(*document, QStringLiteral("duration=12m"), &error));
        QVERIFY(applyOverride(*document,
                              QStringLiteral(R"(faults=[{"at":"1m","do":"kill","region":"us-east-1"},
                                 {"at":"5m","do":"restore","region":"us-east-1"},
                                 {"at":"7m","do":"set-role","region":"eu-west-1","role":"pilot-light"},
                                 {"at":"8m","do":"kill","region":"us-east-1"}])"),
                              &error));
        const std::optional<Scenario> scenario = scenarioFromJson(*document, &error);
        QVERIFY2(scenario, qPrintable(error.toString()));
        Simulation simulation = makeSimulation(*scenario);
        simulation.runUntil(12 * kMinute);
        const std::vector<Incident> &incidents = simulation.incidents();
        QCOMPARE(incidents.size(), std::size_t{2});
        // The first failover is the warm standby's: overloaded until it has scaled up.
        QCOMPARE(incidents[0].rto(), 137 * kSecond);
        // The second kill leaves a pilot light holding the data and nobody promoting it: users are
        // not served again, whatever the first second after the kill looked like.
        const Incident &second = incidents[1];
        QCOMPARE(second.failure, 8 * kMinute);
        QVERIFY2(!second.serviceRecovered(),
                 qPrintable(QStringLiteral("recovered after %1 s").arg(toSeconds(second.rto()))));
        const auto &europe = simulation.metrics().populationSeries(1);
        QVERIFY(europe.back().successRatio < 0.5);
    }
};

QTEST_GUILESS_MAIN(TestIncidentRecovery)
#include "tst_incidentrecovery.moc"
