// SPDX-License-Identifier: GPL-3.0-or-later
// `failover-lab sweep` and `merge`, driven through the executable: rows do not depend on --jobs, a
// row equals the single `run` with the same settings, the summary is the statistics of the rows,
// shards merged are byte for byte the unsharded sweep, Ctrl-C keeps the finished rows and exits 130,
// and every bad input is refused with one line before anything runs.
#include "appprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <csignal>

using fl::testing::ProcessResult;
using fl::testing::runProcess;

namespace {

const QString kApp = QStringLiteral(FL_APP_PATH);

// A small grid: 2 × 2 cells × 2 seeds of a built-in that loses writes at a crash, 3 minutes each
// (N. Virginia is killed at 2 minutes; users are served again about a minute later).
QStringList smallSweep()
{
    return {QStringLiteral("sweep"),
            QStringLiteral("--builtin"),
            QStringLiteral("active-passive-async"),
            QStringLiteral("--vary"),
            QStringLiteral("data.batch_interval=100ms,1s"),
            QStringLiteral("--vary"),
            QStringLiteral("routing.dns_ttl=5s,60s"),
            QStringLiteral("--seeds"),
            QStringLiteral("2"),
            QStringLiteral("--duration"),
            QStringLiteral("3m"),
            QStringLiteral("--quiet")};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Naive CSV split: the small sweep's fields hold no commas or quotes.
QList<QByteArray> fieldsOf(const QByteArray &line)
{
    return line.split(',');
}

QJsonValue reportValue(const QJsonObject &report, const QString &path)
{
    QJsonValue v = report;
    for (const QString &step : path.split(QLatin1Char('.')))
        v = v.toObject().value(step);
    return v;
}

// The figure as the sweep should have written it, computed here from the run's JSON.
QByteArray expectedField(const QJsonObject &report, const QString &column)
{
    const auto number = [](double v) {
        if (v == std::floor(v) && std::abs(v) < 9e15)
            return QByteArray::number(static_cast<qint64>(v));
        return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
    };
    if (column.startsWith(QLatin1String("incidents[*]."))) {
        const QJsonArray incidents = report.value(QStringLiteral("incidents")).toArray();
        const QStringList parts = column.mid(13).split(QLatin1Char('.'));
        if (parts[0] == QLatin1String("count"))
            return number(incidents.size());
        std::vector<double> values;
        int open = 0;
        for (const QJsonValue &i : incidents) {
            const QJsonValue v = i.toObject().value(parts[0]);
            if (v.isDouble())
                values.push_back(v.toDouble());
            else
                ++open;
        }
        double sum = 0;
        for (double v : values)
            sum += v;
        if (parts[1] == QLatin1String("open"))
            return number(open);
        if (parts[1] == QLatin1String("sum"))
            return number(sum);
        if (values.empty())
            return QByteArray();
        if (parts[1] == QLatin1String("max"))
            return number(*std::max_element(values.begin(), values.end()));
        return number(sum / static_cast<double>(values.size()));
    }
    const QJsonValue v = reportValue(report, column);
    if (v.isString())
        return v.toString().toUtf8();
    if (v.isBool())
        return v.toBool() ? "1" : "0";
    if (v.isDouble())
        return number(v.toDouble());
    return QByteArray();
}

} // namespace

class SweepCliTest : public QObject
{
    Q_OBJECT

private slots:
    void rowsDoNotDependOnJobs()
    {
        QTemporaryDir dir;
        const QString one = dir.filePath(QStringLiteral("one.csv"));
        const QString two = dir.filePath(QStringLiteral("two.csv"));
        QCOMPARE(runProcess(kApp, smallSweep() << QStringLiteral("--jobs") << QStringLiteral("1")
                                               << QStringLiteral("--csv") << one)
                     .exitCode,
                 0);
        const ProcessResult parallel =
            runProcess(kApp, smallSweep() << QStringLiteral("--jobs") << QStringLiteral("2")
                                          << QStringLiteral("--csv") << two);
        QCOMPARE(parallel.exitCode, 0);
        const QByteArray rows = readAll(one);
        QCOMPARE(rows.count('\n'), 1 + 8); // header + 2 × 2 cells × 2 seeds
        QCOMPARE(readAll(two), rows);
        QCOMPARE(readAll(dir.filePath(QStringLiteral("two.summary.csv"))),
                 readAll(dir.filePath(QStringLiteral("one.summary.csv"))));
        QVERIFY(!QFile::exists(two + QStringLiteral(".partial")));
        // Without --csv the rows go to stdout, the same bytes.
        QCOMPARE(runProcess(kApp, smallSweep()).out, rows);

        // Grid order: run numbers 0..7, the first varied path slowest, seeds innermost.
        const QList<QByteArray> lines = rows.trimmed().split('\n');
        QCOMPARE(fieldsOf(lines[0]).mid(0, 4),
                 (QList<QByteArray>{"run", "data.batch_interval", "routing.dns_ttl", "seed"}));
        const QList<QList<QByteArray>> expected = {{"0", "100ms", "5s", "11"},  {"1", "100ms", "5s", "12"},
                                                   {"2", "100ms", "60s", "11"}, {"3", "100ms", "60s", "12"},
                                                   {"4", "1s", "5s", "11"},     {"5", "1s", "5s", "12"},
                                                   {"6", "1s", "60s", "11"},    {"7", "1s", "60s", "12"}};
        for (int i = 0; i < 8; ++i)
            QCOMPARE(fieldsOf(lines[i + 1]).mid(0, 4), expected[i]);
        // The varied settings make a difference the rows show: a longer batch interval loses more.
        const qsizetype lost = fieldsOf(lines[0]).indexOf("writes.lost");
        QVERIFY(fieldsOf(lines[5])[lost].toInt() > fieldsOf(lines[1])[lost].toInt());
    }

    void aRowEqualsTheSingleRun()
    {
        const QByteArray rows = runProcess(kApp, smallSweep()).out;
        const QList<QByteArray> lines = rows.trimmed().split('\n');
        const QList<QByteArray> header = fieldsOf(lines[0]);
        for (int row : {2, 5}) {
            const QList<QByteArray> fields = fieldsOf(lines[row + 1]);
            const ProcessResult single = runProcess(
                kApp,
                {QStringLiteral("run"), QStringLiteral("--builtin"), QStringLiteral("active-passive-async"),
                 QStringLiteral("--set"),
                 QStringLiteral("data.batch_interval=") + QString::fromUtf8(fields[1]),
                 QStringLiteral("--set"), QStringLiteral("routing.dns_ttl=") + QString::fromUtf8(fields[2]),
                 QStringLiteral("--seed"), QString::fromUtf8(fields[3]), QStringLiteral("--duration"),
                 QStringLiteral("3m"), QStringLiteral("--json"), QStringLiteral("-")});
            QCOMPARE(single.exitCode == 0 || single.exitCode == 1,
                     true); // 1: the scenario's RPO target is missed
            const QJsonObject report = QJsonDocument::fromJson(single.out).object();
            QVERIFY(!report.isEmpty());
            for (qsizetype c = 4; c < header.size(); ++c) {
                const QString column = QString::fromUtf8(header[c]);
                QVERIFY2(fields[c] == expectedField(report, column),
                         qPrintable(QStringLiteral("row %1, %2: sweep %3, run %4")
                                        .arg(row)
                                        .arg(column, QString::fromUtf8(fields[c]),
                                             QString::fromUtf8(expectedField(report, column)))));
            }
            // The crash at 2 minutes happened and was counted.
            QCOMPARE(fields[header.indexOf("incidents[*].count")], QByteArray("1"));
        }
    }

    void summaryIsTheStatisticsOfTheRows()
    {
        QTemporaryDir dir;
        const QString rowsPath = dir.filePath(QStringLiteral("rows.csv"));
        QCOMPARE(
            runProcess(kApp,
                       QStringList{QStringLiteral("sweep"), QStringLiteral("--builtin"),
                                   QStringLiteral("active-passive-async"), QStringLiteral("--vary"),
                                   QStringLiteral("data.batch_interval=250ms,2s"), QStringLiteral("--seeds"),
                                   QStringLiteral("5"), QStringLiteral("--duration"), QStringLiteral("150s"),
                                   QStringLiteral("--quiet"), QStringLiteral("--csv"), rowsPath})
                .exitCode,
            0);
        const QList<QByteArray> rows = readAll(rowsPath).trimmed().split('\n');
        const qsizetype lost = fieldsOf(rows[0]).indexOf("writes.lost");
        std::vector<double> values;
        for (int r = 6; r <= 10; ++r) // the 2s cell: runs 5..9
            values.push_back(fieldsOf(rows[r])[lost].toDouble());
        double sum = 0;
        for (double v : values)
            sum += v;
        std::sort(values.begin(), values.end());
        QByteArray line;
        for (const QByteArray &l : readAll(dir.filePath(QStringLiteral("rows.summary.csv"))).split('\n')) {
            if (l.startsWith("2s,writes.lost,"))
                line = l;
        }
        QVERIFY2(!line.isEmpty(), "no summary line for the 2s cell's writes.lost");
        const QList<QByteArray> f = fieldsOf(line);
        QCOMPARE(f[2], QByteArray("5"));
        QCOMPARE(f[3].toDouble(), sum / 5);
        QCOMPARE(f[4].toDouble(), values.front());
        QCOMPARE(f[5].toDouble(), values.back());
        QCOMPARE(f[6].toDouble(), values[4]); // nearest rank: ceil(0.95 × 5) = 5th
        QVERIFY(values.back() > 0);           // a 2 s batch interval loses writes at the crash
    }

    void shardsMergeIntoTheWholeSweep()
    {
        QTemporaryDir dir;
        const QString whole = dir.filePath(QStringLiteral("whole.csv"));
        QCOMPARE(runProcess(kApp, smallSweep() << QStringLiteral("--csv") << whole).exitCode, 0);
        QStringList shards;
        for (int i = 0; i < 3; ++i) {
            const QString shard = dir.filePath(QStringLiteral("shard-%1.csv").arg(i));
            QCOMPARE(runProcess(kApp, smallSweep()
                                          << QStringLiteral("--shard") << QStringLiteral("%1/3").arg(i)
                                          << QStringLiteral("--csv") << shard)
                         .exitCode,
                     0);
            shards << shard;
        }
        QCOMPARE(readAll(shards[0]).count('\n'), 1 + 3); // runs 0, 3, 6
        const QString merged = dir.filePath(QStringLiteral("merged.csv"));
        // Given in any order.
        const ProcessResult merge =
            runProcess(kApp, {QStringLiteral("merge"), shards[2], shards[0], shards[1],
                              QStringLiteral("--csv"), merged, QStringLiteral("--quiet")});
        QCOMPARE(merge.exitCode, 0);
        QCOMPARE(readAll(merged), readAll(whole));
        QCOMPARE(readAll(dir.filePath(QStringLiteral("merged.summary.csv"))),
                 readAll(dir.filePath(QStringLiteral("whole.summary.csv"))));

        // A shard missing, or one given twice, is refused with a reason.
        const ProcessResult missing = runProcess(
            kApp, {QStringLiteral("merge"), shards[0], shards[2], QStringLiteral("--csv"), merged});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("run 1 is in none of the files"), missing.err.constData());
        const ProcessResult twice = runProcess(kApp, {QStringLiteral("merge"), shards[0], shards[1],
                                                      shards[0], QStringLiteral("--csv"), merged});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("run 0 is in both"), twice.err.constData());
        // The merged file was left as the good merge wrote it.
        QCOMPARE(readAll(merged), readAll(whole));
    }

    void interruptKeepsFinishedRows()
    {
        QTemporaryDir dir;
        const QString rows = dir.filePath(QStringLiteral("rows.csv"));
        QProcess process;
        // Long enough that the interrupt lands mid-sweep: 24 runs of 10 simulated minutes.
        process.start(kApp, {QStringLiteral("sweep"), QStringLiteral("--builtin"),
                             QStringLiteral("active-passive-async"), QStringLiteral("--vary"),
                             QStringLiteral("data.batch_interval=100ms,1s,3s"), QStringLiteral("--seeds"),
                             QStringLiteral("8"), QStringLiteral("--jobs"), QStringLiteral("2"),
                             QStringLiteral("--csv"), rows});
        QVERIFY(process.waitForStarted());
        // Not a terminal: a progress line at every tenth of the runs. Wait for the first.
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError(), err.contains("runs/s")), 120000);
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(120000));
        err += process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        QVERIFY2(err.contains("interrupted"), err.constData());
        const QList<QByteArray> lines = readAll(rows).trimmed().split('\n');
        const qsizetype finished = lines.size() - 1;
        QVERIFY2(finished >= 2 && finished < 24, qPrintable(QString::number(finished)));
        // Every kept row is whole and they are in grid order.
        qlonglong previous = -1;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = fieldsOf(lines[i]);
            QCOMPARE(fields.size(), fieldsOf(lines[0]).size());
            QVERIFY(fields[0].toLongLong() > previous);
            previous = fields[0].toLongLong();
            QCOMPARE(fields.last().size(), 16); // the trace hash ends the row
        }
        QVERIFY(!QFile::exists(rows + QStringLiteral(".partial")));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const auto base = [] {
            return QStringList{QStringLiteral("sweep"), QStringLiteral("--builtin"),
                               QStringLiteral("active-passive-async")};
        };
        QTest::newRow("no equals") << (base() << QStringLiteral("--vary") << QStringLiteral("data.mode"))
                                   << QStringLiteral("--vary: expected PATH=V1,V2");
        QTest::newRow("empty value") << (base()
                                         << QStringLiteral("--vary") << QStringLiteral("data.mode=async,"))
                                     << QStringLiteral("value 2 of 2 is empty");
        QTest::newRow("bad value") << (base()
                                       << QStringLiteral("--vary") << QStringLiteral("data.mode=async,bogus"))
                                   << QStringLiteral("--vary data.mode=bogus: ");
        QTest::newRow("unknown path")
            << (base() << QStringLiteral("--vary") << QStringLiteral("data.nope=1,2"))
            << QStringLiteral("--vary data.nope=1: ");
        QTest::newRow("seed varied") << (base() << QStringLiteral("--vary") << QStringLiteral("seed=1,2"))
                                     << QStringLiteral("--seeds K");
        QTest::newRow("twice") << (base() << QStringLiteral("--vary") << QStringLiteral("data.mode=async")
                                          << QStringLiteral("--vary") << QStringLiteral("data.mode=sync-all"))
                               << QStringLiteral("varied twice");
        QTest::newRow("zero seeds") << (base() << QStringLiteral("--seeds") << QStringLiteral("0"))
                                    << QStringLiteral("--seeds: expected a whole number");
        QTest::newRow("shard") << (base() << QStringLiteral("--shard") << QStringLiteral("4/4"))
                               << QStringLiteral("--shard: expected I/N");
        QTest::newRow("jobs") << (base() << QStringLiteral("--jobs") << QStringLiteral("0"))
                              << QStringLiteral("--jobs: expected");
        QTest::newRow("no scenario") << QStringList{QStringLiteral("sweep")}
                                     << QStringLiteral("give either a scenario file or --builtin NAME");
        QTest::newRow("bad format") << (base() << QStringLiteral("--charts") << QStringLiteral("/tmp/x")
                                               << QStringLiteral("--format") << QStringLiteral("gif"))
                                    << QStringLiteral("--format: unknown format");
        QTest::newRow("merge nothing")
            << QStringList{QStringLiteral("merge"), QStringLiteral("--csv"), QStringLiteral("-")}
            << QStringLiteral("name the shards");
        QTest::newRow("merge non-sweep")
            << QStringList{QStringLiteral("merge"), QStringLiteral(FL_SOURCE_DIR "/README.md"),
                           QStringLiteral("--csv"), QStringLiteral("-")}
            << QStringLiteral("not a sweep's rows");
    }

    void refusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ProcessResult result = runProcess(kApp, arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.out.isEmpty(), result.out.constData());
        QVERIFY2(QString::fromUtf8(result.err).startsWith(QStringLiteral("failover-lab: ")),
                 result.err.constData());
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    }

    void chartsForEveryFigure()
    {
        QTemporaryDir dir;
        const QString charts = dir.filePath(QStringLiteral("charts"));
        const ProcessResult result = runProcess(kApp, smallSweep() << QStringLiteral("--csv")
                                                                   << dir.filePath(QStringLiteral("rows.csv"))
                                                                   << QStringLiteral("--charts") << charts);
        QCOMPARE(result.exitCode, 0);
        const QSize size = fl::testing::pngSize(charts + QStringLiteral("/writes.lost.png"));
        QCOMPARE(size, QSize(1200, 700));
        QVERIFY(QFile::exists(charts + QStringLiteral("/incidents.rto_s.max.png")));
        QVERIFY(QFile::exists(charts + QStringLiteral("/availability.by_requests.png")));
        // Text figures are not drawn.
        QVERIFY(!QFile::exists(charts + QStringLiteral("/trace_hash.png")));
    }
};

QTEST_GUILESS_MAIN(SweepCliTest)
#include "tst_sweepcli.moc"
