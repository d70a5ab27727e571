// `failover-lab list` and `failover-lab run`, driven through the executable: the summary, exit codes,
// one clear line for every bad input (and nothing written), overrides, reproducible JSON, CSV and
// charts in both languages.
#include "../scenario/brokenscenarios.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runApp(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(FL_APP_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonObject jsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

const QString kBuiltin = QStringLiteral("--builtin");

} // namespace

class RunCliTest : public QObject
{
    Q_OBJECT

private slots:
    // Without --lang the report is English with real plurals ("3 voting regions asked"), not
    // "region(s)": the English catalogue is loaded for its plural forms, the locale left alone.
    void englishWithoutLangHasPlurals()
    {
        const Run run = runApp({QStringLiteral("run"), kBuiltin, QStringLiteral("split-brain-unprotected"),
                                QStringLiteral("--duration"), QStringLiteral("120s")});
        QCOMPARE(run.exitCode, 1); // its RPO target is missed, which run reports with 1
        QVERIFY2(run.out.contains("3 voting regions asked"), run.out.constData());
        QVERIFY2(!run.out.contains("(s)"), run.out.constData());
    }

    void listsTheBuiltins()
    {
        const Run run = runApp({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QVERIFY(lines.size() >= 7);
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            QVERIFY2(parts.size() > 4, line.constData()); // a name, then a sentence
            QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9-]+$"))
                        .match(QString::fromUtf8(parts[0]))
                        .hasMatch());
        }
        QVERIFY(run.out.contains("manual-failback"));
        QVERIFY(run.out.contains("dns-ttl-vs-front-door-dns"));
    }

    void runsABuiltinAndSummarises()
    {
        const Run run = runApp({QStringLiteral("run"), kBuiltin, QStringLiteral("manual-failback"),
                                QStringLiteral("--duration"), QStringLiteral("200s")});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        for (const char *expected :
             {"Scenario manual-failback", "Availability: ", "of the time", "Latency by population", "europe",
              "all users", "Errors by region", "eu-west-1", "Timeline", "Incidents (", "#1", "kill eu-west-1",
              "Left out: 1,"})
            QVERIFY2(out.contains(QLatin1String(expected)), expected);
        // Percentiles and availability come from the run: numbers, not placeholders.
        QVERIFY(QRegularExpression(QStringLiteral("Availability: \\d+\\.\\d{3} % of requests"))
                    .match(out)
                    .hasMatch());
    }

    void missedTargetExitsOne()
    {
        // Behind DNS with a 20-second TTL but resolvers as measured, some of Ireland's users are still
        // failing 140 s after the kill: the 1-minute RTO target is missed. The front door moves them
        // within it.
        const Run dns = runApp({QStringLiteral("run"), kBuiltin, QStringLiteral("dns-ttl-vs-front-door-dns"),
                                QStringLiteral("--duration"), QStringLiteral("200s")});
        QCOMPARE(dns.exitCode, 1);
        QVERIFY2(dns.out.contains("missed:"), dns.out.constData());
        const Run frontDoor =
            runApp({QStringLiteral("run"), kBuiltin, QStringLiteral("dns-ttl-vs-front-door-frontdoor"),
                    QStringLiteral("--duration"), QStringLiteral("200s")});
        QCOMPARE(frontDoor.exitCode, 0);
        QVERIFY2(frontDoor.out.contains("met by every incident"), frontDoor.out.constData());
    }

    void summarisesTheDataLayer()
    {
        // Asynchronous replication loses acknowledged writes at the crash: the RPO target of 0 is
        // missed; the same world with synchronous quorum replication loses none and meets it.
        const Run async = runApp({QStringLiteral("run"), kBuiltin, QStringLiteral("active-passive-async"),
                                  QStringLiteral("--duration"), QStringLiteral("150s")});
        QCOMPARE(async.exitCode, 1);
        const QString out = QString::fromUtf8(async.out);
        for (const char *expected :
             {"Data: single primary in us-east-1, async replication.",
              "Failover: automatic, controller in us-west-2", "Writes: ", "Acknowledged: ", "Reads judged: ",
              "Split-brain: ", "Cost: ", "Replication lag by region", "receive peak", "us-east-2",
              "incident 1: RPO"})
            QVERIFY2(out.contains(QLatin1String(expected)), expected);
        const QRegularExpressionMatch lost =
            QRegularExpression(QStringLiteral("(\\d[\\d,]*) lost \\(not shipped (\\d[\\d,]*),")).match(out);
        QVERIFY2(lost.hasMatch(), qPrintable(out));
        QVERIFY(lost.captured(1) != QLatin1String("0"));

        const Run sync =
            runApp({QStringLiteral("run"), kBuiltin, QStringLiteral("active-passive-sync-quorum"),
                    QStringLiteral("--duration"), QStringLiteral("150s")});
        QCOMPARE(sync.exitCode, 0);
        QVERIFY2(sync.out.contains(" 0 lost (not shipped 0,"), sync.out.constData());
        QVERIFY(sync.out.contains("met by every incident"));
    }

    void quietPrintsNothing()
    {
        const Run run =
            runApp({QStringLiteral("run"), kBuiltin, QStringLiteral("link-degradation"),
                    QStringLiteral("--duration"), QStringLiteral("10s"), QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
    }

    void brokenFilesExitTwoAndWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QList<fl::testing::BrokenScenario> cases =
            fl::testing::brokenScenarios() + fl::testing::brokenModelScenarios();
        QVERIFY(cases.size() >= 12);
        for (const fl::testing::BrokenScenario &c : cases)
            QTest::newRow(c.name) << c.json << c.error;
    }
    void brokenFilesExitTwoAndWriteNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("broken.json"), json);
        const QString metrics = dir.filePath(QStringLiteral("metrics.json"));
        const Run run = runApp({QStringLiteral("run"), file, QStringLiteral("--json"), metrics,
                                QStringLiteral("--csv"), dir.filePath(QStringLiteral("csv"))});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(QString::fromUtf8(run.err), QStringLiteral("failover-lab: ") + expected + QLatin1Char('\n'));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(metrics));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("csv"))));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error"); // the first line of stderr
        const QString run = QStringLiteral("run");
        QTest::newRow("nothing to run")
            << QStringList{run} << QStringLiteral("give either a scenario file or --builtin NAME");
        QTest::newRow("both") << QStringList{run, QStringLiteral("x.json"), kBuiltin,
                                             QStringLiteral("manual-failback")}
                              << QStringLiteral("give either a scenario file or --builtin NAME");
        QTest::newRow("unknown builtin") << QStringList{run, kBuiltin, QStringLiteral("nope")}
                                         << QStringLiteral("no built-in scenario is called \"nope\"");
        QTest::newRow("missing file") << QStringList{run, QStringLiteral("/nonexistent/s.json")}
                                      << QStringLiteral("cannot read /nonexistent/s.json");
        QTest::newRow("bad seed") << QStringList{run, kBuiltin, QStringLiteral("manual-failback"),
                                                 QStringLiteral("--seed"), QStringLiteral("-1")}
                                  << QStringLiteral("--seed: expected a whole number");
        QTest::newRow("zero duration") << QStringList{run, kBuiltin, QStringLiteral("manual-failback"),
                                                      QStringLiteral("--duration"), QStringLiteral("0s")}
                                       << QStringLiteral("--duration: expected a duration longer than 0s");
        QTest::newRow("bad format") << QStringList{run,
                                                   kBuiltin,
                                                   QStringLiteral("manual-failback"),
                                                   QStringLiteral("--charts"),
                                                   QStringLiteral("/tmp/x"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("bmp")}
                                    << QStringLiteral(
                                           "--format: unknown chart format 'bmp' (use png, svg or pdf)");
        QTest::newRow("format without charts")
            << QStringList{run, kBuiltin, QStringLiteral("manual-failback"), QStringLiteral("--format"),
                           QStringLiteral("svg")}
            << QStringLiteral("--format, --preset, --chart-size and --dpi apply to charts: add --charts DIR");
        QTest::newRow("bad preset")
            << QStringList{run,
                           kBuiltin,
                           QStringLiteral("manual-failback"),
                           QStringLiteral("--charts"),
                           QStringLiteral("/tmp/x"),
                           QStringLiteral("--preset"),
                           QStringLiteral("poster")}
            << QStringLiteral("--preset: unknown preset 'poster' (use slide, document or custom)");
        QTest::newRow("bad language") << QStringList{run, kBuiltin, QStringLiteral("manual-failback"),
                                                     QStringLiteral("--lang"), QStringLiteral("fr")}
                                      << QStringLiteral("--lang: unknown language 'fr' (use en or zh_CN)");
        QTest::newRow("bad override")
            << QStringList{run, kBuiltin, QStringLiteral("manual-failback"), QStringLiteral("--set"),
                           QStringLiteral("populations[7].rate=1")}
            << QStringLiteral("--set: populations[7]: index 7 is out of range (the last index is 1)");
        QTest::newRow("override fails validation")
            << QStringList{run, kBuiltin, QStringLiteral("manual-failback"), QStringLiteral("--set"),
                           QStringLiteral("routing.dns_ttl=soon")}
            << QStringLiteral(
                   "routing.dns_ttl: must be a duration such as \"90s\", \"10m\" or \"500ms\", or a number "
                   "of seconds; found \"soon\"");
        QTest::newRow("json into a missing directory")
            << QStringList{run, kBuiltin, QStringLiteral("manual-failback"), QStringLiteral("--json"),
                           QStringLiteral("/nonexistent/dir/m.json")}
            << QStringLiteral("--json: the directory /nonexistent/dir does not exist");
        QTest::newRow("unknown option")
            << QStringList{run, QStringLiteral("--colour")} << QStringLiteral("Unknown option 'colour'.");
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const Run run = runApp(arguments);
        QCOMPARE(run.exitCode, 2);
        // The error is the first line of our own; a charts run may be preceded by a note from Qt
        // about the environment (such as XDG_RUNTIME_DIR on a headless machine).
        const QStringList lines = QString::fromUtf8(run.err).split(QLatin1Char('\n'));
        const QStringList ours = lines.filter(QRegularExpression(QStringLiteral("^failover-lab: ")));
        QVERIFY2(!ours.isEmpty(), run.err.constData());
        QVERIFY2(ours.first().startsWith(QStringLiteral("failover-lab: ") + error), qPrintable(ours.first()));
        QVERIFY(run.out.isEmpty());
    }

    void overridesApply()
    {
        QTemporaryDir dir;
        const QString metrics = dir.filePath(QStringLiteral("m.json"));
        const Run run =
            runApp({QStringLiteral("run"), kBuiltin, QStringLiteral("manual-failback"),
                    QStringLiteral("--duration"), QStringLiteral("30s"), QStringLiteral("--seed"),
                    QStringLiteral("99"), QStringLiteral("--set"), QStringLiteral("routing.dns_ttl=15s"),
                    QStringLiteral("--set"), QStringLiteral("populations[0].rate=123"),
                    QStringLiteral("--set"), QStringLiteral("health={\"interval\":\"5s\"}"),
                    QStringLiteral("--json"), metrics, QStringLiteral("--quiet")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = jsonFile(metrics);
        QCOMPARE(report.value(QStringLiteral("seed")).toInt(), 99);
        const QJsonObject ran = report.value(QStringLiteral("scenario_document")).toObject();
        QCOMPARE(ran.value(QStringLiteral("duration")).toString(), QStringLiteral("30s"));
        QCOMPARE(ran.value(QStringLiteral("routing")).toObject().value(QStringLiteral("dns_ttl")).toString(),
                 QStringLiteral("15s"));
        QCOMPARE(ran.value(QStringLiteral("populations"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("rate"))
                     .toDouble(),
                 123.0);
        const QJsonObject health = ran.value(QStringLiteral("health")).toObject();
        QCOMPARE(health.value(QStringLiteral("interval")).toString(), QStringLiteral("5s"));
        // The merge kept the scenario's other health settings.
        QCOMPARE(health.value(QStringLiteral("deep")).toBool(), true);
        QCOMPARE(report.value(QStringLiteral("populations"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("rate"))
                     .toDouble(),
                 123.0);
    }

    void sameSeedGivesIdenticalJson()
    {
        QTemporaryDir dir;
        QList<QByteArray> outputs;
        for (const char *name : {"a.json", "b.json"}) {
            const QString path = dir.filePath(QLatin1String(name));
            const Run run =
                runApp({QStringLiteral("run"), kBuiltin, QStringLiteral("active-active-stateless"),
                        QStringLiteral("--duration"), QStringLiteral("150s"), QStringLiteral("--json"), path,
                        QStringLiteral("--quiet")});
            QCOMPARE(run.exitCode, 0);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            outputs << file.readAll();
        }
        QVERIFY(outputs[0].size() > 10'000);
        QVERIFY(outputs[0] == outputs[1]);

        // To stdout, the same bytes; another seed, another trace.
        const Run stdoutRun = runApp({QStringLiteral("run"), kBuiltin,
                                      QStringLiteral("active-active-stateless"), QStringLiteral("--duration"),
                                      QStringLiteral("150s"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(stdoutRun.exitCode, 0);
        QVERIFY(stdoutRun.out == outputs[0]);
        const Run other =
            runApp({QStringLiteral("run"), kBuiltin, QStringLiteral("active-active-stateless"),
                    QStringLiteral("--duration"), QStringLiteral("150s"), QStringLiteral("--seed"),
                    QStringLiteral("2"), QStringLiteral("--json"), QStringLiteral("-")});
        const QJsonObject a = QJsonDocument::fromJson(outputs[0]).object();
        const QJsonObject b = QJsonDocument::fromJson(other.out).object();
        QVERIFY(!a.value(QStringLiteral("trace_hash")).toString().isEmpty());
        QVERIFY(a.value(QStringLiteral("trace_hash")) != b.value(QStringLiteral("trace_hash")));
    }

    void writesCsv()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("out/csv"));
        const Run run =
            runApp({QStringLiteral("run"), kBuiltin, QStringLiteral("regional-overload"),
                    QStringLiteral("--duration"), QStringLiteral("20s"), QStringLiteral("--csv"), csv});
        QCOMPARE(run.exitCode, 0);
        const QStringList files = QDir(csv).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("data.csv"), QStringLiteral("events.csv"),
                                     QStringLiteral("populations.csv"), QStringLiteral("regions.csv"),
                                     QStringLiteral("totals.csv"), QStringLiteral("writes.csv")}));
        QVERIFY(run.out.contains("regions.csv"));
    }

    void drawsChartsInEitherLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("format");
        QTest::newRow("en png") << QStringLiteral("en") << QStringLiteral("png");
        QTest::newRow("zh_CN svg") << QStringLiteral("zh_CN") << QStringLiteral("svg");
        QTest::newRow("en pdf") << QStringLiteral("en") << QStringLiteral("pdf");
    }
    void drawsChartsInEitherLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString charts = dir.filePath(QStringLiteral("charts"));
        const Run run =
            runApp({QStringLiteral("run"), kBuiltin, QStringLiteral("dns-ttl-vs-front-door-dns"),
                    QStringLiteral("--duration"), QStringLiteral("90s"), QStringLiteral("--charts"), charts,
                    QStringLiteral("--format"), format, QStringLiteral("--lang"), language,
                    QStringLiteral("--chart-size"), QStringLiteral("900x500")});
        QCOMPARE(run.exitCode, 0);
        const QStringList files = QDir(charts).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 12);
        for (const char *kind :
             {"replication-lag", "entries-behind", "lost-writes", "divergence", "conflicts-stale-reads"})
            QVERIFY2(files.contains(QLatin1String(kind) + QLatin1Char('.') + format), kind);
        for (const QString &f : files)
            QVERIFY2(f.endsWith(QLatin1Char('.') + format), qPrintable(f));
        QFile file(QDir(charts).filePath(QStringLiteral("throughput.") + format));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == QLatin1String("png"))
            QVERIFY(bytes.startsWith("\x89PNG"));
        if (format == QLatin1String("pdf"))
            QVERIFY(bytes.startsWith("%PDF-") && bytes.trimmed().endsWith("%%EOF"));
        if (format == QLatin1String("svg")) {
            QVERIFY(bytes.contains("<svg"));
            // The summary and the chart titles are in Chinese.
            const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
            QVERIFY(QString::fromUtf8(bytes).contains(han));
            QVERIFY(QString::fromUtf8(run.out).contains(han));
        }
    }

    void slidePresetDrawsLargeCharts()
    {
        // A slide: 3840 × 2160 px at 192 dpi, so it shows as 1920 × 1080 at 2×; --chart-size overrides
        // the size and keeps the rest of the preset.
        QTemporaryDir dir;
        for (const auto &[extra, expected] :
             {std::pair(QStringList{}, QSize(3840, 2160)),
              std::pair(QStringList{QStringLiteral("--chart-size"), QStringLiteral("1920x1080")},
                        QSize(1920, 1080))}) {
            const QString charts = dir.filePath(QStringLiteral("slide%1").arg(expected.width()));
            const Run run =
                runApp(QStringList{QStringLiteral("run"), kBuiltin, QStringLiteral("manual-failback"),
                                   QStringLiteral("--duration"), QStringLiteral("60s"),
                                   QStringLiteral("--charts"), charts, QStringLiteral("--preset"),
                                   QStringLiteral("slide"), QStringLiteral("--quiet")} +
                       extra);
            QCOMPARE(run.exitCode, 0);
            // Read from the PNG itself (this test links no GUI library): IHDR's size, pHYs's density.
            QFile png(QDir(charts).filePath(QStringLiteral("replication-lag.png")));
            QVERIFY(png.open(QIODevice::ReadOnly));
            const QByteArray bytes = png.readAll();
            const auto be32 = [&](qsizetype at) {
                return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16) |
                       (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
            };
            QVERIFY(bytes.startsWith("\x89PNG") && bytes.mid(12, 4) == "IHDR");
            QCOMPARE(QSize(int(be32(16)), int(be32(20))), expected);
            const qsizetype phys = bytes.indexOf("pHYs");
            QVERIFY(phys > 0);
            QCOMPARE(qRound(be32(phys + 4) * 0.0254), 192);
        }
    }

    void helpExplainsTheOptions()
    {
        const Run run = runApp({QStringLiteral("run"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--builtin", "--seed", "--duration", "--set", "--json", "--csv",
                                   "--charts", "--format", "--lang", "--quiet"})
            QVERIFY2(run.out.contains(option), option);
    }
};

QTEST_GUILESS_MAIN(RunCliTest)
#include "tst_runcli.moc"
