// SPDX-License-Identifier: GPL-3.0-or-later
// Two designs run with one seed and one fault schedule must be asked the same things by their
// users: the same arrival instants, clients, keys and read/write mix, whatever the replication,
// topology, conflict policy, routing, failover or dependencies (a compare of two designs, and every
// "same failure, other design" lesson, rests on it). Each design-dependent draw therefore has a
// random stream of its own (fl::Stream::WriteOps, Cache, DependencyUse). Checked through
// Simulation::workloadHash(), which fingerprints every arrival; the hash is shown to tell apart
// workloads that really differ, so equality is not an accident of a blind fingerprint.
#include "scenario/builtins.h"
#include "scenario/overrides.h"
#include "scenario/scenarioreader.h"
#include "sim/simulation.h"

#include <QJsonObject>
#include <QTest>

using namespace fl;
using namespace fl::scenario;

namespace {

constexpr SimTime kRunFor = 150 * kSecond; // past the failure at 2 min

// The fingerprint and the issued requests of a built-in with `overrides` applied, after 150 s.
struct Workload
{
    std::uint64_t hash = 0;
    std::vector<std::uint64_t> issuedPerPopulation;
};

Workload runWorkload(const QString &builtin, const QStringList &overrides)
{
    ScenarioError error;
    std::optional<QJsonObject> document = readBuiltinDocument(builtin, &error);
    if (!document)
        qFatal("%s", qPrintable(error.toString()));
    for (const QString &o : overrides) {
        if (!applyOverride(*document, o, &error))
            qFatal("%s: %s", qPrintable(o), qPrintable(error.toString()));
    }
    std::optional<Scenario> s = scenarioFromJson(*document, &error);
    if (!s)
        qFatal("%s: %s", qPrintable(overrides.join(QLatin1Char(' '))), qPrintable(error.toString()));
    Simulation sim = makeSimulation(*s, false);
    sim.runUntil(kRunFor);
    Workload w;
    w.hash = sim.workloadHash();
    for (std::size_t p = 0; p < sim.populationCount(); ++p)
        w.issuedPerPopulation.push_back(sim.metrics().populationTotals(p).issued);
    return w;
}

const QString kBase = QStringLiteral("active-passive-async"); // N. Virginia dies at 2 min

} // namespace

class WorkloadStreams : public QObject
{
    Q_OBJECT

private slots:
    void designsSeeTheSameRequests_data()
    {
        QTest::addColumn<QStringList>("overrides");
        QTest::newRow("synchronous quorum") << QStringList{QStringLiteral("data.mode=sync-quorum")};
        QTest::newRow("multi-primary, last-write-wins")
            << QStringList{QStringLiteral("data.topology=multi-primary")};
        QTest::newRow("multi-primary, PN-counter")
            << QStringList{QStringLiteral("data.topology=multi-primary"),
                           QStringLiteral("data.conflict_policy=pn-counter")};
        QTest::newRow("multi-primary, OR-set")
            << QStringList{QStringLiteral("data.topology=multi-primary"),
                           QStringLiteral("data.conflict_policy=or-set")};
        QTest::newRow("multi-primary, field merge")
            << QStringList{QStringLiteral("data.topology=multi-primary"),
                           QStringLiteral("data.conflict_policy=field-merge")};
        QTest::newRow("front door") << QStringList{QStringLiteral("routing.mechanism=front-door")};
        QTest::newRow("manual failover") << QStringList{QStringLiteral("failover.mode=manual")};
        QTest::newRow("a warming cache")
            << QStringList{QStringLiteral(
                   R"(dependencies=[{"kind":"cache","request_share":0.5,"warmup":"2m"}])")};
        QTest::newRow("a payments service and a cache")
            << QStringList{QStringLiteral(
                   R"(dependencies=[{"kind":"payments","regions":["us-east-1"],"request_share":0.2},)"
                   R"({"kind":"cache","request_share":0.7}])")};
    }

    void designsSeeTheSameRequests()
    {
        QFETCH(QStringList, overrides);
        const Workload base = runWorkload(kBase, {});
        const Workload other = runWorkload(kBase, overrides);
        QVERIFY(base.issuedPerPopulation.size() >= 2);
        QCOMPARE(other.issuedPerPopulation, base.issuedPerPopulation);
        QCOMPARE(QByteArray::number(other.hash, 16), QByteArray::number(base.hash, 16));
    }

    // The fingerprint sees a change of what users ask for, however small.
    void otherWorkloadsDiffer_data()
    {
        QTest::addColumn<QStringList>("overrides");
        QTest::newRow("seed") << QStringList{QStringLiteral("seed=8")};
        QTest::newRow("read share") << QStringList{QStringLiteral("populations[0].read_share=0.81")};
        QTest::newRow("key space") << QStringList{QStringLiteral("populations[1].keys=9999")};
        QTest::newRow("rate") << QStringList{QStringLiteral("populations[0].rate=1001")};
    }

    void otherWorkloadsDiffer()
    {
        QFETCH(QStringList, overrides);
        const Workload base = runWorkload(kBase, {});
        const Workload other = runWorkload(kBase, overrides);
        QVERIFY(other.hash != base.hash);
    }
};

QTEST_GUILESS_MAIN(WorkloadStreams)
#include "tst_workloadstreams.moc"
