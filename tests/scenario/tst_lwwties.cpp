// SPDX-License-Identifier: GPL-3.0-or-later
// Last-write-wins between two writes of one region that share a stamp (the same microsecond): the
// later in that region's log wins, at every copy, and nothing is dropped. Found by a lesson author:
// with every key written by one region only and no clock skew, a run counted one write "dropped
// because of clock skew" — the second of two same-microsecond writes to one key lost the tie.
#include "scenario/builtins.h"
#include "scenario/overrides.h"
#include "scenario/scenarioreader.h"
#include "sim/simulation.h"

#include <QtTest>

using namespace fl;
using namespace fl::scenario;

class TestLwwTies : public QObject
{
    Q_OBJECT

private slots:
    void oneWriterPerKeyLosesNothing()
    {
        ScenarioError error;
        std::optional<QJsonObject> document =
            readBuiltinDocument(QStringLiteral("crdt-counter-partition"), &error);
        QVERIFY(document);
        for (const QString &edit :
             {QStringLiteral("faults=[]"), QStringLiteral("duration=60s"),
              QStringLiteral("data.conflict_policy=last-write-wins"),
              QStringLiteral(R"(populations[0].weights={"us-east-1":1,"eu-west-1":0,"ap-northeast-1":0})"),
              QStringLiteral(R"(populations[1].weights={"us-east-1":0,"eu-west-1":1,"ap-northeast-1":0})"),
              QStringLiteral(R"(populations[2].weights={"us-east-1":0,"eu-west-1":0,"ap-northeast-1":1})")})
            QVERIFY2(applyOverride(*document, edit, &error), qPrintable(error.toString()));
        const std::optional<Scenario> scenario = scenarioFromJson(*document, &error);
        QVERIFY2(scenario, qPrintable(error.toString()));
        Simulation simulation = makeSimulation(*scenario);
        simulation.runUntil(60 * kSecond);
        simulation.recountWrites();
        const WriteAccounting &w = simulation.writes();
        QVERIFY(w.acknowledged > 10'000);
        QCOMPARE(w.lwwSkewDrops, std::uint64_t{0});
        QCOMPARE(w.lwwConcurrentDrops, std::uint64_t{0});
        QCOMPARE(w.lost(), std::uint64_t{0});
    }
};

QTEST_GUILESS_MAIN(TestLwwTies)
#include "tst_lwwties.moc"
