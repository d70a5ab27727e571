// SPDX-License-Identifier: GPL-3.0-or-later
// `failover-lab plan`, driven through the executable: the top design, re-run from the scenario file
// it emitted, meets the targets; a target no design can meet is answered "none found" with the
// closest designs; the closed forms screen out what cannot work; bad input is refused.
#include "appprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using fl::testing::ProcessResult;
using fl::testing::runProcess;

namespace {

const QString kApp = QStringLiteral(FL_APP_PATH);

// active-passive-async kills N. Virginia at 2 minutes; 3 minutes take in the crash and the recovery.
QStringList plan(const QString &rpo, const QString &rto, const QString &maxRuns)
{
    return {QStringLiteral("plan"),
            QStringLiteral("--builtin"),
            QStringLiteral("active-passive-async"),
            QStringLiteral("--rpo"),
            rpo,
            QStringLiteral("--rto"),
            rto,
            QStringLiteral("--seeds"),
            QStringLiteral("2"),
            QStringLiteral("--duration"),
            QStringLiteral("3m"),
            QStringLiteral("--max-runs"),
            maxRuns,
            QStringLiteral("--quiet")};
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace

class PlanCliTest : public QObject
{
    Q_OBJECT

private slots:
    void topDesignReproducesFromItsFile()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("plan.json"));
        const QString designs = dir.filePath(QStringLiteral("designs"));
        const ProcessResult result =
            runProcess(kApp, plan(QStringLiteral("0s"), QStringLiteral("2m"), QStringLiteral("40"))
                                 << QStringLiteral("--top") << QStringLiteral("2") << QStringLiteral("--json")
                                 << json << QStringLiteral("--emit") << designs);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("Designs that meet RPO ≤ 0s and RTO ≤ 2m"), result.out.constData());
        const QJsonObject report = readJson(json);
        // Tens of thousands of designs, most screened out by the closed forms; the plan stops as
        // soon as two designs met the targets on both seeds, well within --max-runs.
        const int designsConsidered = report.value(QStringLiteral("designs")).toInt();
        QVERIFY(designsConsidered >= 10'000);
        const int runs = report.value(QStringLiteral("runs")).toInt();
        QVERIFY(runs >= 4 && runs <= 40);
        QVERIFY(!report.value(QStringLiteral("stopped_at_max_runs")).toBool());
        QVERIFY2(result.out.contains(QStringLiteral("%1 runs in").arg(runs).toUtf8()),
                 result.out.constData());
        QVERIFY2(
            result.out.contains(QLocale().toString(designsConsidered).toUtf8().append(" designs considered")),
            result.out.constData());
        // RPO 0 rules out async by the closed form (the writes since the primary's last shipping
        // tick are lost), without a run; the pilot lights' boot rules out the cheapest designs.
        const QJsonObject by = report.value(QStringLiteral("screened_by")).toObject();
        QVERIFY(by.value(QStringLiteral("async_loss")).toInt() > 0);
        QVERIFY(by.value(QStringLiteral("rto")).toInt() > 0);
        QCOMPARE(report.value(QStringLiteral("screened")).toInt(),
                 by.value(QStringLiteral("budget")).toInt() + by.value(QStringLiteral("async_loss")).toInt() +
                     by.value(QStringLiteral("rto")).toInt());
        const QJsonArray recommended = report.value(QStringLiteral("recommended")).toArray();
        QCOMPARE(recommended.size(), 2);
        const QJsonObject top = recommended.first().toObject();
        QCOMPARE(top.value(QStringLiteral("seeds_met")).toInt(), 2);
        QVERIFY(top.value(QStringLiteral("replication")).toString() != QLatin1String("async"));
        QVERIFY(top.value(QStringLiteral("rto_s_worst")).toDouble() <= 120);
        QCOMPARE(top.value(QStringLiteral("writes_lost_worst")).toInt(), 0);

        // `run` of the emitted file (its seed is the plan's first) meets both targets.
        const QString file = top.value(QStringLiteral("file")).toString();
        QVERIFY(QFile::exists(file));
        const ProcessResult rerun =
            runProcess(kApp, {QStringLiteral("run"), file, QStringLiteral("--json"), QStringLiteral("-")});
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
        const QJsonObject run = QJsonDocument::fromJson(rerun.out).object();
        QCOMPARE(run.value(QStringLiteral("targets")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("met"));
        const QJsonArray incidents = run.value(QStringLiteral("incidents")).toArray();
        QCOMPARE(incidents.size(), 1); // the crash at 2 minutes
        QVERIFY(incidents[0].toObject().value(QStringLiteral("rto_s")).toDouble() <=
                top.value(QStringLiteral("rto_s_worst")).toDouble());
        QCOMPARE(run.value(QStringLiteral("writes")).toObject().value(QStringLiteral("lost")).toInt(), 0);
    }

    void impossibleTargetIsNoneFound()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("plan.json"));
        const ProcessResult result =
            runProcess(kApp, plan(QStringLiteral("0s"), QStringLiteral("1s"), QStringLiteral("20"))
                                 << QStringLiteral("--json") << json);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains("None found"), result.out.constData());
        QVERIFY2(result.out.contains("The closest designs:"), result.out.constData());
        const QJsonObject report = readJson(json);
        QVERIFY(report.value(QStringLiteral("recommended")).toArray().isEmpty());
        const QJsonArray closest = report.value(QStringLiteral("closest")).toArray();
        QVERIFY(!closest.isEmpty());
        // Each closest design says why it failed, with a measured figure.
        for (const QJsonValue &d : closest) {
            QVERIFY(
                d.toObject().value(QStringLiteral("first_miss")).toString().contains(QLatin1String("RTO")));
            QVERIFY(d.toObject().value(QStringLiteral("rto_s_worst")).toDouble() > 1);
        }
    }

    void budgetScreensOutDearDesigns()
    {
        const ProcessResult result =
            runProcess(kApp, plan(QStringLiteral("0s"), QStringLiteral("2m"), QStringLiteral("10"))
                                 << QStringLiteral("--budget") << QStringLiteral("12")
                                 << QStringLiteral("--json") << QStringLiteral("-"));
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        // Only the pilot lights (10 + 1 + 1 per hour) fit; their boot makes a 2 min RTO impossible.
        QCOMPARE(report.value(QStringLiteral("simulated")).toInt(), 0);
        QCOMPARE(result.exitCode, 1);
        bool budgetReason = false;
        for (const QJsonValue &d : report.value(QStringLiteral("screened_out")).toArray())
            budgetReason = budgetReason || d.toObject()
                                               .value(QStringLiteral("screened"))
                                               .toString()
                                               .contains(QLatin1String("over the budget"));
        QVERIFY(budgetReason);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList base{QStringLiteral("plan"), QStringLiteral("--builtin"),
                               QStringLiteral("active-passive-async")};
        QTest::newRow("no rto") << (QStringList(base) << QStringLiteral("--rpo") << QStringLiteral("0s"))
                                << QStringLiteral("--rto: a plan needs both targets");
        QTest::newRow("bad rpo") << (QStringList(base) << QStringLiteral("--rpo") << QStringLiteral("soon")
                                                       << QStringLiteral("--rto") << QStringLiteral("1m"))
                                 << QStringLiteral("--rpo: expected a duration");
        QTest::newRow("bad budget") << (QStringList(base)
                                        << QStringLiteral("--rpo") << QStringLiteral("0s")
                                        << QStringLiteral("--rto") << QStringLiteral("1m")
                                        << QStringLiteral("--budget") << QStringLiteral("-3"))
                                    << QStringLiteral("--budget: expected");
        QTest::newRow("bad seeds") << (QStringList(base) << QStringLiteral("--rpo") << QStringLiteral("0s")
                                                         << QStringLiteral("--rto") << QStringLiteral("1m")
                                                         << QStringLiteral("--seeds") << QStringLiteral("0"))
                                   << QStringLiteral("--seeds: expected");
        QTest::newRow("no scenario") << QStringList{QStringLiteral("plan"), QStringLiteral("--rpo"),
                                                    QStringLiteral("0s")}
                                     << QStringLiteral("give either a scenario file or --builtin NAME");
    }

    void refusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ProcessResult result = runProcess(kApp, arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.out.isEmpty(), result.out.constData());
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(PlanCliTest)
#include "tst_plancli.moc"
