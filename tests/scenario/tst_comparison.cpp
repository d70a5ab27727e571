// SPDX-License-Identifier: GPL-3.0-or-later
// How a compare puts two designs through one experiment (scenario/comparison.h): B takes A's seed,
// duration, faults and traffic, addressed by id, and keeps its own settings and operator actions;
// what B cannot take is refused with the command named; and how the table ranks a figure.
#include "scenario/comparison.h"
#include "sim/presets.h"
#include "spec/commands.h"

#include <QTest>

using namespace fl;
using namespace fl::scenario;

namespace {

Scenario world(const std::vector<std::string_view> &regions, std::uint64_t seed)
{
    Scenario s;
    s.name = QStringLiteral("side");
    s.config = makeWorld(regions, {"na-east", "europe"}, 1000.0);
    s.config.seed = seed;
    s.duration = 5 * kMinute;
    return s;
}

CompareRow row(CompareRow::Better better, std::optional<double> a, std::optional<double> b)
{
    CompareRow r;
    r.path = "writes.lost";
    r.better = better;
    r.a = a;
    r.b = b;
    return r;
}

} // namespace

class ComparisonTest : public QObject
{
    Q_OBJECT

private slots:
    void bTakesAsScheduleByIdAndKeepsItsOperators()
    {
        // A's regions in one order, B's in another: a fault follows the region, not the index.
        Scenario a = world({"us-east-1", "eu-west-1", "ap-northeast-1"}, 7);
        Scenario b = world({"eu-west-1", "ap-northeast-1", "us-east-1"}, 7);
        a.faults = {makeCommand(60 * kSecond, CommandType::KillRegion, 0),
                    makeCommand(90 * kSecond, CommandType::SetPopulationRate, 1, -1, -1, 500.0)};
        b.config.failover.mode = FailoverMode::Manual;
        b.faults = {makeCommand(60 * kSecond, CommandType::OperatorVerify),
                    makeCommand(30 * kSecond, CommandType::KillRegion, 1), // its own fault: replaced
                    makeCommand(2 * kMinute, CommandType::OperatorPromote, 0)};
        QString error;
        const std::optional<ComparePair> pair = alignForCompare(a, b, &error);
        QVERIFY2(pair, qPrintable(error));
        QCOMPARE(pair->a, a); // A is run as it is
        const std::vector<Command> expected = {
            makeCommand(60 * kSecond, CommandType::KillRegion, 2),  // us-east-1 is B's third
            makeCommand(60 * kSecond, CommandType::OperatorVerify), // at equal times after A's
            makeCommand(90 * kSecond, CommandType::SetPopulationRate, 1, -1, -1, 500.0),
            makeCommand(2 * kMinute, CommandType::OperatorPromote, 0)};
        QCOMPARE(pair->b.faults, expected);
        QCOMPARE(pair->warnings.size(), 1); // its own faults were replaced; seed and duration agree
        QVERIFY(pair->warnings.first().contains(QLatin1String("replaced by A's")));
        QCOMPARE(sharedSchedule(a), a.faults);
        QCOMPARE(sharedSchedule(b).size(), std::size_t{1});
    }

    void bTakesAsSeedAndDuration()
    {
        const Scenario a = world({"us-east-1", "eu-west-1"}, 7);
        Scenario b = world({"us-east-1", "eu-west-1"}, 8);
        b.duration = 9 * kMinute;
        b.faults = {makeCommand(8 * kMinute, CommandType::OperatorVerify)}; // past A's end: dropped
        QString error;
        const std::optional<ComparePair> pair = alignForCompare(a, b, &error);
        QVERIFY2(pair, qPrintable(error));
        QCOMPARE(pair->b.config.seed, std::uint64_t{7});
        QCOMPARE(pair->b.duration, a.duration);
        QVERIFY(pair->b.faults.empty());
        QCOMPARE(pair->warnings.size(), 2);
        // Nothing to say when B already agrees.
        const std::optional<ComparePair> same = alignForCompare(a, a, &error);
        QVERIFY(same);
        QVERIFY(same->warnings.isEmpty());
        QCOMPARE(same->b, a);
    }

    void refusesWhatBCannotTake()
    {
        Scenario a = world({"us-east-1", "eu-west-1", "ap-northeast-1"}, 7);
        const Scenario b = world({"us-east-1", "eu-west-1"}, 7);
        a.faults = {makeCommand(60 * kSecond, CommandType::KillRegion, 2)};
        QString error;
        QVERIFY(!alignForCompare(a, b, &error));
        QVERIFY2(error.contains(QLatin1String("'kill' at 1m")) &&
                     error.contains(QLatin1String("ap-northeast-1")),
                 qPrintable(error));

        // A dependency is named by its index: B's must be of the same kind.
        Scenario withPayments = world({"us-east-1", "eu-west-1"}, 7);
        withPayments.config.dependencies.push_back(DependencyConfig{DependencyKind::Payments, {0}});
        withPayments.faults = {makeCommand(60 * kSecond, CommandType::DeployDependency, 0, 1)};
        Scenario withAuth = world({"us-east-1", "eu-west-1"}, 7);
        withAuth.config.dependencies.push_back(DependencyConfig{DependencyKind::Auth, {0}});
        QVERIFY(!alignForCompare(withPayments, withAuth, &error));
        QVERIFY2(error.contains(QLatin1String("payments")), qPrintable(error));
        QVERIFY(!alignForCompare(withPayments, b, &error)); // no dependency at all
        QVERIFY(alignForCompare(withPayments, withPayments, &error));
    }

    void ranksEachFigureItsWay()
    {
        using B = CompareRow::Better;
        QCOMPARE(row(B::Lower, 3, 5).winner(), 0);
        QCOMPARE(row(B::Lower, 5, 3).winner(), 1);
        QCOMPARE(row(B::Higher, 0.99, 0.999).winner(), 1);
        QCOMPARE(row(B::Lower, 4, 4).winner(), -1);
        QCOMPARE(row(B::Neither, 1, 2).winner(), -1);
        QCOMPARE(row(B::Lower, std::nullopt, 2).winner(), -1); // no value: not comparable
        // An RTO that never ended is the longer one.
        CompareRow rto = row(B::Lower, std::nullopt, 600);
        rto.path = "incidents[0].rto_s";
        rto.unrecoveredA = true;
        QCOMPARE(rto.winner(), 1);
        rto.unrecoveredB = true;
        rto.b.reset();
        QCOMPARE(rto.winner(), -1);
    }
};

QTEST_GUILESS_MAIN(ComparisonTest)
#include "tst_comparison.moc"
