// SPDX-License-Identifier: GPL-3.0-or-later
// `failover-lab run --fork-at T --set ...`, driven through the executable: branch 0 is the plain run
// exactly; branch 1 is exactly a plain run of the scenario it reports (its own schedule with the
// fork's commands); both are the same world before T and part after it; at 0 s branch 1 is the run
// with the overrides from the start; a setting a running world cannot take is refused, naming it.
#include "appprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using fl::testing::ProcessResult;
using fl::testing::runProcess;

namespace {

ProcessResult runApp(const QStringList &arguments)
{
    return runProcess(QStringLiteral(FL_APP_PATH), arguments);
}

QJsonObject jsonOut(const ProcessResult &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QJsonObject branch(const QJsonObject &fork, int index)
{
    return fork.value(QStringLiteral("branches")).toArray().at(index).toObject();
}

// A run's report, as `run --json -` prints it. Exit 1 (a missed target) is a finished run too.
QJsonObject plainRun(const QStringList &arguments)
{
    const ProcessResult run = runApp(QStringList{QStringLiteral("run")} + arguments +
                                     QStringList{QStringLiteral("--json"), QStringLiteral("-")});
    if (run.exitCode != 0 && run.exitCode != 1)
        qWarning("run failed (%d): %s", run.exitCode, run.err.constData());
    return jsonOut(run);
}

const QString kBuiltin = QStringLiteral("--builtin");
const QString kAsync = QStringLiteral("active-passive-async"); // N. Virginia dies at 2 min

} // namespace

class ForkCliTest : public QObject
{
    Q_OBJECT

private slots:
    void branchesAreRunsThatShareTheirPast()
    {
        const ProcessResult forked = runApp(
            {QStringLiteral("run"), kBuiltin, kAsync, QStringLiteral("--duration"), QStringLiteral("4m"),
             QStringLiteral("--fork-at"), QStringLiteral("100s"), QStringLiteral("--set"),
             QStringLiteral("data.mode=sync-quorum"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(forked.exitCode, 0);
        const QJsonObject fork = jsonOut(forked);
        QCOMPARE(fork.value(QStringLiteral("format")).toString(), QStringLiteral("failover-lab-fork"));
        QCOMPARE(fork.value(QStringLiteral("fork_at_s")).toDouble(), 100.0);
        QCOMPARE(fork.value(QStringLiteral("commands_at_fork")).toArray().size(), 1);

        // Branch 0 is the plain run, byte for byte in every figure.
        const QJsonObject plain =
            plainRun({kBuiltin, kAsync, QStringLiteral("--duration"), QStringLiteral("4m")});
        QVERIFY(!plain.isEmpty());
        QVERIFY(branch(fork, 0) == plain);

        // Branch 1 is a plain run of the scenario it reports.
        QTemporaryDir dir;
        const QString own = dir.filePath(QStringLiteral("branch1.json"));
        QFile file(own);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(branch(fork, 1).value(QStringLiteral("scenario_document")).toObject()).toJson());
        file.close();
        const QJsonObject rerun = plainRun({own});
        QCOMPARE(rerun.value(QStringLiteral("trace_hash")),
                 branch(fork, 1).value(QStringLiteral("trace_hash")));
        QVERIFY(rerun == branch(fork, 1));

        // Before 100 s the two are one world: every sample of every population and region series.
        const QJsonArray times = branch(fork, 0).value(QStringLiteral("time_s")).toArray();
        int compared = 0;
        for (const QString &list : {QStringLiteral("populations"), QStringLiteral("regions")}) {
            const QJsonArray a = branch(fork, 0).value(list).toArray(),
                             b = branch(fork, 1).value(list).toArray();
            QCOMPARE(a.size(), b.size());
            for (qsizetype e = 0; e < a.size(); ++e) {
                const QJsonObject sa = a.at(e).toObject().value(QStringLiteral("series")).toObject();
                const QJsonObject sb = b.at(e).toObject().value(QStringLiteral("series")).toObject();
                for (const QString &key : sa.keys()) {
                    for (qsizetype t = 0; t < times.size() && times.at(t).toDouble() < 100.0; ++t) {
                        QVERIFY2(sa.value(key).toArray().at(t) == sb.value(key).toArray().at(t),
                                 qPrintable(QStringLiteral("%1[%2].%3 at %4 s")
                                                .arg(list)
                                                .arg(e)
                                                .arg(key)
                                                .arg(times.at(t).toDouble())));
                        ++compared;
                    }
                }
            }
        }
        QVERIFY(compared > 1000);
        // ... and after it they part: the synchronous branch loses nothing in the crash at 2 min.
        const auto lost = [](const QJsonObject &report) {
            return report.value(QStringLiteral("writes")).toObject().value(QStringLiteral("lost")).toDouble();
        };
        QVERIFY(lost(branch(fork, 0)) > 0);
        QCOMPARE(lost(branch(fork, 1)), 0.0);
        QVERIFY(branch(fork, 0).value(QStringLiteral("trace_hash")) !=
                branch(fork, 1).value(QStringLiteral("trace_hash")));
    }

    // No shared past at 0 s: branch 1 is the run with the override from the start, whatever it is.
    void forkAtZeroIsTheOverrideFromTheStart()
    {
        const ProcessResult forked = runApp(
            {QStringLiteral("run"), kBuiltin, kAsync, QStringLiteral("--duration"), QStringLiteral("3m"),
             QStringLiteral("--fork-at"), QStringLiteral("0s"), QStringLiteral("--set"),
             QStringLiteral("regions[1].capacity=9000"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(forked.exitCode, 0);
        const QJsonObject fork = jsonOut(forked);
        const QJsonObject overridden =
            plainRun({kBuiltin, kAsync, QStringLiteral("--duration"), QStringLiteral("3m"),
                      QStringLiteral("--set"), QStringLiteral("regions[1].capacity=9000")});
        QVERIFY(!overridden.isEmpty());
        QVERIFY(branch(fork, 1) == overridden);
    }

    void summaryNamesTheBranches()
    {
        const ProcessResult run = runApp(
            {QStringLiteral("run"), kBuiltin, kAsync, QStringLiteral("--duration"), QStringLiteral("3m"),
             QStringLiteral("--fork-at"), QStringLiteral("90s"), QStringLiteral("--set"),
             QStringLiteral("routing.dns_ttl=5s"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("分支 1"), run.out.constData());
        QVERIFY2(run.out.contains("routing.dns_ttl=5s"), run.out.constData());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("restart-only setting")
            << QStringList{QStringLiteral("--fork-at"), QStringLiteral("30s"), QStringLiteral("--set"),
                           QStringLiteral("failover.fencing=false")}
            << QStringLiteral("--set failover.fencing: this setting takes effect only when a run starts");
        QTest::newRow("restart-only among live ones")
            << QStringList{QStringLiteral("--fork-at"), QStringLiteral("30s"),
                           QStringLiteral("--set"),     QStringLiteral("data.mode=sync-quorum"),
                           QStringLiteral("--set"),     QStringLiteral("regions[0].capacity=100")}
            << QStringLiteral("--set regions[0].capacity: ");
        QTest::newRow("no change given") << QStringList{QStringLiteral("--fork-at"), QStringLiteral("30s")}
                                         << QStringLiteral("--fork-at: add the changes");
        QTest::newRow("not a time") << QStringList{QStringLiteral("--fork-at"), QStringLiteral("soon"),
                                                   QStringLiteral("--set"),
                                                   QStringLiteral("data.mode=sync-quorum")}
                                    << QStringLiteral("--fork-at: expected a time");
        QTest::newRow("after the end")
            << QStringList{QStringLiteral("--fork-at"), QStringLiteral("9m"), QStringLiteral("--set"),
                           QStringLiteral("data.mode=sync-quorum")}
            << QStringLiteral("is not before the end of the run (8m)");
        QTest::newRow("after a shortened end")
            << QStringList{QStringLiteral("--fork-at"),  QStringLiteral("2m"),
                           QStringLiteral("--duration"), QStringLiteral("1m"),
                           QStringLiteral("--set"),      QStringLiteral("data.mode=sync-quorum")}
            << QStringLiteral("is not before the end of the run (1m)");
        QTest::newRow("bad value") << QStringList{QStringLiteral("--fork-at"), QStringLiteral("30s"),
                                                  QStringLiteral("--set"),
                                                  QStringLiteral("data.mode=sideways")}
                                   << QStringLiteral("--set: data.mode");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const ProcessResult run = runApp(QStringList{QStringLiteral("run"), kBuiltin, kAsync} + arguments);
        QCOMPARE(run.exitCode, 2);
        const QString firstLine = QString::fromUtf8(run.err).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(firstLine.startsWith(QLatin1String("failover-lab: ")) && firstLine.contains(expected),
                 qPrintable(firstLine));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ForkCliTest)
#include "tst_forkcli.moc"
