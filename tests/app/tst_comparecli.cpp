// SPDX-License-Identifier: GPL-3.0-or-later
// `failover-lab compare`, driven through the executable: each side's figures equal a plain `run` of
// the scenario it emits; both sides share the seed and A's fault times, and their users issue the
// same requests; B's own faults are replaced with a warning, its operator actions kept; a fault on a
// region B lacks, and every other bad input, exits 2 with one clear line; the table, CSV and
// overlaid charts in both languages.
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

QJsonObject jsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject side(const QJsonObject &comparison, int index)
{
    return comparison.value(QStringLiteral("sides")).toArray().at(index).toObject();
}

QJsonObject report(const QJsonObject &comparison, int index)
{
    return side(comparison, index).value(QStringLiteral("report")).toObject();
}

// The applied commands of a report whose kind is a fault or traffic ("kill", "set-rate", ...), as
// (time, name) pairs; an operator's are left out.
QList<QPair<QString, QString>> worldCommands(const QJsonObject &runReport)
{
    QList<QPair<QString, QString>> list;
    for (const QJsonValue &c : runReport.value(QStringLiteral("commands")).toArray()) {
        const QString name = c.toObject().value(QStringLiteral("do")).toString();
        if (!name.startsWith(QLatin1String("operator-")))
            list << qMakePair(c.toObject().value(QStringLiteral("at")).toString(), name);
    }
    return list;
}

const QString kBuiltin = QStringLiteral("--builtin");

} // namespace

class CompareCliTest : public QObject
{
    Q_OBJECT

private slots:
    // The comparison's sides are plain runs: run the emitted scenarios and get the same report.
    void eachSideEqualsItsPlainRun()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("compare.json"));
        const ProcessResult compare =
            runApp({QStringLiteral("compare"), kBuiltin, QStringLiteral("active-passive-async"),
                    QStringLiteral("--set-b"), QStringLiteral("data.mode=sync-quorum"),
                    QStringLiteral("--duration"), QStringLiteral("4m"), QStringLiteral("--json"), json,
                    QStringLiteral("--emit"), dir.path(), QStringLiteral("--quiet")});
        QCOMPARE(compare.exitCode, 0);
        QVERIFY2(compare.err.isEmpty(), compare.err.constData());
        const QJsonObject comparison = jsonFile(json);
        QCOMPARE(comparison.value(QStringLiteral("format")).toString(),
                 QStringLiteral("failover-lab-comparison"));
        for (int s = 0; s < 2; ++s) {
            const QString name = s == 0 ? QStringLiteral("a") : QStringLiteral("b");
            const QString plain = dir.filePath(name + QStringLiteral("-run.json"));
            const ProcessResult run =
                runApp({QStringLiteral("run"), dir.filePath(name + QStringLiteral(".json")),
                        QStringLiteral("--json"), plain, QStringLiteral("--quiet")});
            QCOMPARE(run.exitCode == 0 || run.exitCode == 1, true); // 1: A misses its RPO target
            const QJsonObject expected = jsonFile(plain);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(report(comparison, s).value(QStringLiteral("trace_hash")),
                     expected.value(QStringLiteral("trace_hash")));
            QVERIFY(report(comparison, s) == expected);
        }
        // The table holds each report's own numbers, and the sides really differ.
        const QJsonArray table = comparison.value(QStringLiteral("table")).toArray();
        bool sawLost = false;
        for (const QJsonValue &v : table) {
            const QJsonObject row = v.toObject();
            if (row.value(QStringLiteral("figure")).toString() != QLatin1String("writes.lost"))
                continue;
            sawLost = true;
            const double lostA = report(comparison, 0)
                                     .value(QStringLiteral("writes"))
                                     .toObject()
                                     .value(QStringLiteral("lost"))
                                     .toDouble();
            QCOMPARE(row.value(QStringLiteral("a")).toDouble(), lostA);
            QVERIFY(lostA > 0);                                       // asynchronous: the crash loses writes
            QCOMPARE(row.value(QStringLiteral("b")).toDouble(), 0.0); // synchronous quorum: none
            QCOMPARE(row.value(QStringLiteral("winner")).toString(), QStringLiteral("b"));
        }
        QVERIFY(sawLost);
    }

    // Same seed, same fault instants, same requests; B's own faults replaced (with a warning), its
    // operator's actions kept.
    void oneScheduleOneSeedOneWorkload()
    {
        QTemporaryDir dir;
        // B: the manual-failover variant, with its kill moved from 2 min to 3 min and another seed.
        const QString json = dir.filePath(QStringLiteral("compare.json"));
        const ProcessResult compare = runApp(
            {QStringLiteral("compare"), kBuiltin, QStringLiteral("manual-vs-automatic-failover-automatic"),
             kBuiltin, QStringLiteral("manual-vs-automatic-failover-manual"), QStringLiteral("--set-b"),
             QStringLiteral("faults[0].at=3m"), QStringLiteral("--set-b"), QStringLiteral("seed=5"),
             QStringLiteral("--json"), json, QStringLiteral("--quiet")});
        QCOMPARE(compare.exitCode, 0);
        QVERIFY2(compare.err.contains("warning: B's seed 5 is replaced by A's, 31"), compare.err.constData());
        QVERIFY2(compare.err.contains("warning: B's own faults and traffic commands"),
                 compare.err.constData());
        const QJsonObject comparison = jsonFile(json);
        const QJsonObject a = report(comparison, 0), b = report(comparison, 1);
        QCOMPARE(b.value(QStringLiteral("seed")), a.value(QStringLiteral("seed")));
        QCOMPARE(b.value(QStringLiteral("duration_s")), a.value(QStringLiteral("duration_s")));
        QVERIFY(!worldCommands(a).isEmpty());
        QCOMPARE(worldCommands(b), worldCommands(a));
        QCOMPARE(worldCommands(a).first(), qMakePair(QStringLiteral("2m"), QStringLiteral("kill")));
        // The manual design still has its operator verify, promote and reroute; A has none.
        const QJsonArray table = comparison.value(QStringLiteral("table")).toArray();
        for (const QJsonValue &v : table) {
            const QJsonObject row = v.toObject();
            if (row.value(QStringLiteral("figure")).toString() ==
                QLatin1String("operations.operator_actions")) {
                QCOMPARE(row.value(QStringLiteral("a")).toDouble(), 0.0);
                QCOMPARE(row.value(QStringLiteral("b")).toDouble(), 3.0);
            }
        }
        QCOMPARE(comparison.value(QStringLiteral("same_requests")).toBool(), true);
        QCOMPARE(b.value(QStringLiteral("workload_hash")), a.value(QStringLiteral("workload_hash")));
        // The faster automatic failover ranks better on RTO, measured.
        const double rtoA = a.value(QStringLiteral("incidents"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("rto_s"))
                                .toDouble();
        const double rtoB = b.value(QStringLiteral("incidents"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("rto_s"))
                                .toDouble();
        QVERIFY2(rtoA < rtoB, qPrintable(QStringLiteral("%1 vs %2").arg(rtoA).arg(rtoB)));
    }

    // Users that differ are not hidden: the comparison says the workloads differ.
    void differentWorkloadsAreSaid()
    {
        const ProcessResult compare =
            runApp({QStringLiteral("compare"), kBuiltin, QStringLiteral("active-passive-async"),
                    QStringLiteral("--set-b"), QStringLiteral("populations[0].rate=1200"),
                    QStringLiteral("--duration"), QStringLiteral("30s"), QStringLiteral("--json"),
                    QStringLiteral("-")});
        QCOMPARE(compare.exitCode, 0);
        const QJsonObject comparison = QJsonDocument::fromJson(compare.out).object();
        QCOMPARE(comparison.value(QStringLiteral("same_requests")).toBool(), false);
        const ProcessResult table =
            runApp({QStringLiteral("compare"), kBuiltin, QStringLiteral("active-passive-async"),
                    QStringLiteral("--set-b"), QStringLiteral("populations[0].rate=1200"),
                    QStringLiteral("--duration"), QStringLiteral("30s")});
        QVERIFY2(table.out.contains("issued different requests"), table.out.constData());
    }

    // A file and a built-in, in the order given: the file is A.
    void filesAndBuiltinsInOrder()
    {
        QTemporaryDir dir;
        const ProcessResult emitted =
            runApp({QStringLiteral("compare"), kBuiltin, QStringLiteral("split-brain-fencing"),
                    QStringLiteral("--set-b"), QStringLiteral("failover.fencing=false"),
                    QStringLiteral("--duration"), QStringLiteral("20s"), QStringLiteral("--emit"), dir.path(),
                    QStringLiteral("--quiet")});
        QCOMPARE(emitted.exitCode, 0);
        const QString file = dir.filePath(QStringLiteral("b.json"));
        const ProcessResult compare =
            runApp({QStringLiteral("compare"), file, kBuiltin, QStringLiteral("split-brain-unprotected"),
                    QStringLiteral("--duration"), QStringLiteral("20s"), QStringLiteral("--json"),
                    QStringLiteral("-")});
        QCOMPARE(compare.exitCode, 0);
        const QJsonObject comparison = QJsonDocument::fromJson(compare.out).object();
        QCOMPARE(side(comparison, 0).value(QStringLiteral("scenario")).toString(),
                 QStringLiteral("split-brain-fencing"));
        QCOMPARE(side(comparison, 1).value(QStringLiteral("scenario")).toString(),
                 QStringLiteral("split-brain-unprotected"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected"); // the first line on stderr contains this
        const QString ap = QStringLiteral("active-passive-async");
        QTest::newRow("a region B lacks")
            << QStringList{kBuiltin, ap, kBuiltin, QStringLiteral("manual-vs-automatic-failover-automatic")}
            << QStringLiteral(
                   "B cannot take A's command 'kill' at 2m: region \"us-east-1\" is not one of this "
                   "scenario's regions");
        QTest::newRow("no scenario") << QStringList{} << QStringLiteral("give two scenarios");
        QTest::newRow("three scenarios")
            << QStringList{kBuiltin, ap, kBuiltin, ap, kBuiltin, ap} << QStringLiteral("give two scenarios");
        QTest::newRow("one, unchanged")
            << QStringList{kBuiltin, ap} << QStringLiteral("compares with itself");
        QTest::newRow("unknown built-in")
            << QStringList{kBuiltin, QStringLiteral("nope"), kBuiltin, ap} << QStringLiteral("A: ");
        QTest::newRow("bad override of B")
            << QStringList{kBuiltin, ap, QStringLiteral("--set-b"), QStringLiteral("data.mode=sideways")}
            << QStringLiteral("B: data.mode");
        QTest::newRow("format without charts") << QStringList{kBuiltin,
                                                              ap,
                                                              QStringLiteral("--set-b"),
                                                              QStringLiteral("seed=2"),
                                                              QStringLiteral("--format"),
                                                              QStringLiteral("svg")}
                                               << QStringLiteral("--format and --preset apply to charts");
        QTest::newRow("unknown language") << QStringList{kBuiltin,
                                                         ap,
                                                         QStringLiteral("--set-b"),
                                                         QStringLiteral("seed=2"),
                                                         QStringLiteral("--lang"),
                                                         QStringLiteral("fr")}
                                          << QStringLiteral("--lang: unknown language 'fr'");
        QTest::newRow("bad seed") << QStringList{kBuiltin,
                                                 ap,
                                                 QStringLiteral("--set-b"),
                                                 QStringLiteral("seed=2"),
                                                 QStringLiteral("--seed"),
                                                 QStringLiteral("-1")}
                                  << QStringLiteral("--seed:");
        QTest::newRow("missing json directory") << QStringList{kBuiltin,
                                                               ap,
                                                               QStringLiteral("--set-b"),
                                                               QStringLiteral("seed=2"),
                                                               QStringLiteral("--json"),
                                                               QStringLiteral("/nonexistent/dir/c.json")}
                                                << QStringLiteral("--json: ");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const ProcessResult run = runApp(QStringList{QStringLiteral("compare")} + arguments);
        QCOMPARE(run.exitCode, 2);
        const QString firstLine = QString::fromUtf8(run.err).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(firstLine.startsWith(QLatin1String("failover-lab: ")), qPrintable(firstLine));
        QVERIFY2(firstLine.contains(expected), qPrintable(firstLine));
        QVERIFY(run.out.isEmpty());
    }

    void tableCsvAndChartsInEitherLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QByteArray>("heading");
        QTest::newRow("en") << QStringLiteral("en") << QByteArray("Availability by requests");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QByteArray("按请求计的可用性");
    }

    void tableCsvAndChartsInEitherLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QByteArray, heading);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("csv")),
                      charts = dir.filePath(QStringLiteral("charts"));
        const ProcessResult run =
            runApp({QStringLiteral("compare"), kBuiltin, QStringLiteral("split-brain-fencing"), kBuiltin,
                    QStringLiteral("split-brain-unprotected"), QStringLiteral("--duration"),
                    QStringLiteral("90s"), QStringLiteral("--csv"), csv, QStringLiteral("--charts"), charts,
                    QStringLiteral("--lang"), lang});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(heading), run.out.constData());
        const QByteArray table = fileBytes(QDir(csv).filePath(QStringLiteral("comparison.csv")));
        QVERIFY(table.startsWith("figure,population,incident,better,a,b,winner\n"));
        QVERIFY(table.contains("\nwrites.lost,,,lower,"));
        for (const QString &sub : {QStringLiteral("a"), QStringLiteral("b")})
            QVERIFY(QFile::exists(QDir(csv).filePath(sub + QStringLiteral("/writes.csv"))));
        const QStringList pngs = QDir(charts).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pngs.size(), 7);
        for (const QString &png : pngs)
            QCOMPARE(fl::testing::pngSize(QDir(charts).filePath(png)), QSize(1200, 700));
    }

    // The compare view from the command line: a picture of it, and every bad B refused with exit 2.
    void theCompareViewFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("compare.png"));
        const ProcessResult shot =
            runApp({QStringLiteral("screenshot"), kBuiltin, QStringLiteral("active-passive-async"),
                    QStringLiteral("--compare-with"), QStringLiteral("active-passive-sync-quorum"),
                    QStringLiteral("--at"), QStringLiteral("30s"), QStringLiteral("--size"),
                    QStringLiteral("1400x900"), QStringLiteral("--out"), out});
        QVERIFY2(shot.exitCode == 0, shot.err.constData());
        QCOMPARE(fl::testing::pngSize(out), QSize(1400, 900));

        const ProcessResult unknown =
            runApp({QStringLiteral("screenshot"), kBuiltin, QStringLiteral("active-passive-async"),
                    QStringLiteral("--compare-with"), QStringLiteral("no-such-design"),
                    QStringLiteral("--out"), out});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("--compare-with"), unknown.err.constData());
        // B has no Tokyo, which A's faults kill.
        const ProcessResult cannot =
            runApp({QStringLiteral("screenshot"), kBuiltin, QStringLiteral("active-active-stateless"),
                    QStringLiteral("--compare-with"), QStringLiteral("active-passive-async"),
                    QStringLiteral("--out"), out});
        QCOMPARE(cannot.exitCode, 2);
        QVERIFY2(cannot.err.contains("--compare-with: ") && cannot.err.contains("ap-northeast-1"),
                 cannot.err.constData());
        const ProcessResult noSideA =
            runApp({QStringLiteral("--compare-with"), QStringLiteral("active-passive-async")});
        QCOMPARE(noSideA.exitCode, 2);
        QVERIFY2(noSideA.err.contains("--compare-with"), noSideA.err.constData());
    }
};

QTEST_GUILESS_MAIN(CompareCliTest)
#include "tst_comparecli.moc"
