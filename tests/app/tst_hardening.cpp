// SPDX-License-Identifier: GPL-3.0-or-later
//
// `failover-lab run` against a careful user's bad inputs: outputs never replace what is not theirs
// (devices, FIFOs), every write error is exit 3, bad destinations and enormous scenarios are refused
// with exit 2 before anything is simulated (no output appears), and every refusal's first stderr
// line names the field and says what is wrong.
#include "appprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using fl::testing::ProcessResult;

namespace {

const QString kApp = QStringLiteral(FL_APP_PATH);

QString firstLine(const QByteArray &err)
{
    return QString::fromUtf8(err).section(QLatin1Char('\n'), 0, 0);
}

bool isCharacterDevice(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

ProcessResult runIn(const QString &dir, const QStringList &arguments, const QString &stdoutFile = QString())
{
    fl::testing::ProcessSetup setup;
    setup.workingDirectory = dir;
    setup.stdoutFile = stdoutFile;
    setup.boundMs = 120000;
    return fl::testing::runProcess(kApp, arguments, setup);
}

} // namespace

class HardeningTest : public QObject
{
    Q_OBJECT

private slots:
    // Refused before the run: exit 2, the reason on the first line, nothing written anywhere.
    void refusedUpFront_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        const QString b = QStringLiteral("--builtin"), mf = QStringLiteral("manual-failback"),
                      set = QStringLiteral("--set");
        auto row = [](const char *name, const QStringList &args, const QString &error) {
            QTest::newRow(name) << args << error;
        };
        row("json into a directory",
            {QStringLiteral("run"), b, mf, QStringLiteral("--json"), QStringLiteral(".")},
            QStringLiteral("--json: . is a directory; give a file name"));
        row("json into a missing directory",
            {QStringLiteral("run"), b, mf, QStringLiteral("--json"), QStringLiteral("/nonexistent/x.json")},
            QStringLiteral("--json: the directory /nonexistent does not exist"));
        row("csv under a file",
            {QStringLiteral("run"), b, mf, QStringLiteral("--csv"), QStringLiteral("file/sub")},
            QStringLiteral("--csv: cannot create the directory file/sub:"));
        row("charts under a file",
            {QStringLiteral("run"), b, mf, QStringLiteral("--charts"), QStringLiteral("file/sub")},
            QStringLiteral("--charts: cannot create the directory file/sub:"));
        row("charts into a file",
            {QStringLiteral("run"), b, mf, QStringLiteral("--charts"), QStringLiteral("file")},
            QStringLiteral("--charts: file is not a directory"));
        row("memory limit",
            {QStringLiteral("run"), b, mf, QStringLiteral("--memory-limit"), QStringLiteral("20M")},
            QStringLiteral("the scenario needs about"));
        row("ten million keys within 1 GB",
            {QStringLiteral("run"), b, mf, set, QStringLiteral("populations[0].keys=9000000"),
             QStringLiteral("--memory-limit"), QStringLiteral("1G")},
            QStringLiteral("the scenario needs about"));
        row("bad memory limit",
            {QStringLiteral("run"), b, mf, QStringLiteral("--memory-limit"), QStringLiteral("lots")},
            QStringLiteral("--memory-limit: expected a size such as 512M or 4G, not 'lots'"));
        row("ten million requests a second for a day",
            {QStringLiteral("run"), b, mf, set, QStringLiteral("populations[0].rate=10000000"), set,
             QStringLiteral("duration=24h")},
            QStringLiteral("the scenario would simulate about"));
        row("endless device as a scenario", {QStringLiteral("run"), QStringLiteral("/dev/zero")},
            QStringLiteral("cannot read /dev/zero: a scenario file may be at most 16 MB"));
        row("huge file as a scenario", {QStringLiteral("run"), QStringLiteral("huge.json")},
            QStringLiteral("cannot read huge.json: a scenario file may be at most 16 MB"));
        row("directory as a scenario", {QStringLiteral("run"), QStringLiteral(".")},
            QStringLiteral("cannot read .: it is a directory"));
        row("bench scale NaN", {QStringLiteral("bench"), QStringLiteral("--scale"), QStringLiteral("nan")},
            QStringLiteral("--scale must be a number in (0, 1000], not 'nan'"));
        row("bench scale infinite",
            {QStringLiteral("bench"), QStringLiteral("--scale"), QStringLiteral("inf")},
            QStringLiteral("--scale must be a number in (0, 1000], not 'inf'"));
        row("huge charts",
            {QStringLiteral("run"), b, mf, QStringLiteral("--charts"), QStringLiteral("c"),
             QStringLiteral("--chart-size"), QStringLiteral("20000x20000")},
            QStringLiteral("--chart-size: expected WIDTHxHEIGHT from 10x10 to 8192x8192 pixels"));
        row("duration out of range", {QStringLiteral("run"), b, mf, set, QStringLiteral("duration=1e308")},
            QStringLiteral("duration: is out of range: must be longer than 0s and at most 24h"));
        row("index out of range",
            {QStringLiteral("run"), b, mf, set, QStringLiteral("populations[9999999999].rate=1")},
            QStringLiteral("--set: populations[9999999999].rate: index 9999999999 is out of range"));
        row("seed echoed exactly",
            {QStringLiteral("run"), b, mf, set, QStringLiteral("seed=9007199254740994")},
            QStringLiteral("seed: must be a whole number from 0 to 18446744073709551615 (as a string above "
                           "9007199254740992), found 9007199254740994"));
        row("NUL in a string", {QStringLiteral("run"), b, mf, set, QStringLiteral("name=\"a\\u0000b\"")},
            QStringLiteral("name: must not contain a NUL character"));
    }

    void refusedUpFront()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QFile huge(dir.filePath(QStringLiteral("huge.json")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(17 * 1024 * 1024)); // sparse: costs no disk
        huge.close();
        const QStringList before =
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

        const ProcessResult result = runIn(dir.path(), arguments);
        QCOMPARE(result.exitCode, 2);
        const QString first = firstLine(result.err);
        QVERIFY2(first.startsWith(QStringLiteral("failover-lab: ") + error), qPrintable(first));
        // Nothing was simulated: no summary, no file.
        QVERIFY(result.out.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    }

    void writeErrorsExitThree()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full");
        QTemporaryDir dir;
        const QStringList run{QStringLiteral("run"), QStringLiteral("--builtin"),
                              QStringLiteral("manual-failback"), QStringLiteral("--duration"),
                              QStringLiteral("20s")};
        // The report to standard output on a full disk.
        ProcessResult r = runIn(dir.path(), run + QStringList{QStringLiteral("--json"), QStringLiteral("-")},
                                QStringLiteral("/dev/full"));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(firstLine(r.err),
                 QStringLiteral("failover-lab: cannot write to standard output: No space left on device"));
        // The summary to a full standard output.
        r = runIn(dir.path(), run, QStringLiteral("/dev/full"));
        QCOMPARE(r.exitCode, 3);
        // The device itself as the destination: written in place, never replaced.
        r = runIn(dir.path(), run + QStringList{QStringLiteral("--json"), QStringLiteral("/dev/full"),
                                                QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(firstLine(r.err),
                 QStringLiteral("failover-lab: cannot write /dev/full: No space left on device"));
        QVERIFY(isCharacterDevice(QStringLiteral("/dev/full")));
        // A write error wins over a missed target (active-passive-async misses its RPO of zero).
        r = runIn(dir.path(),
                  {QStringLiteral("run"), QStringLiteral("--builtin"), QStringLiteral("active-passive-async"),
                   QStringLiteral("--json"), QStringLiteral("/dev/full"), QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 3);
        r = runIn(dir.path(), {QStringLiteral("run"), QStringLiteral("--builtin"),
                               QStringLiteral("active-passive-async"), QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 1);
    }

    void devicesStayDevices()
    {
        if (::geteuid() != 0)
            QSKIP("mknod needs root");
        QTemporaryDir dir;
        const QString node = dir.filePath(QStringLiteral("null"));
        QCOMPARE(::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0666, makedev(1, 3)), 0);
        const ProcessResult r = runIn(
            dir.path(), {QStringLiteral("run"), QStringLiteral("--builtin"),
                         QStringLiteral("manual-failback"), QStringLiteral("--duration"),
                         QStringLiteral("20s"), QStringLiteral("--json"), node, QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(isCharacterDevice(node));
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
            QStringList{QStringLiteral("null")});
    }

    void fifoIsWrittenInPlace()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("report"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess reader;
        reader.start(QStringLiteral("cat"), {fifo});
        QVERIFY(reader.waitForStarted());
        const ProcessResult r = runIn(
            dir.path(), {QStringLiteral("run"), QStringLiteral("--builtin"),
                         QStringLiteral("manual-failback"), QStringLiteral("--duration"),
                         QStringLiteral("20s"), QStringLiteral("--json"), fifo, QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(reader.waitForFinished(60000));
        QVERIFY(reader.readAllStandardOutput().contains("\"failover-lab-metrics\""));
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(fifo).constData(), &st) == 0 && S_ISFIFO(st.st_mode));
    }

    // A save killed between its temporary and the rename leaves a complete copy behind: the next
    // save of that file removes it (only temporaries of processes that are gone, of our own pattern).
    void staleTemporariesAreRemoved()
    {
        QTemporaryDir dir;
        // The PID of a process that has exited (read while it ran: Qt forgets it afterwards).
        QProcess finished;
        finished.start(QStringLiteral("true"));
        QVERIFY(finished.waitForStarted());
        const qint64 deadPid = finished.processId();
        QVERIFY(finished.waitForFinished());
        const QString stale = dir.filePath(QStringLiteral(".report.json.%1.flab-save").arg(deadPid));
        const QString other = dir.filePath(QStringLiteral(".report.json.notapid.flab-save"));
        for (const QString &path : {stale, other}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{}");
        }
        const ProcessResult r =
            runIn(dir.path(),
                  {QStringLiteral("run"), QStringLiteral("--builtin"), QStringLiteral("manual-failback"),
                   QStringLiteral("--duration"), QStringLiteral("20s"), QStringLiteral("--json"),
                   QStringLiteral("report.json"), QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("report.json"))));
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(other)); // not our pattern: left alone
    }
};

QTEST_GUILESS_MAIN(HardeningTest)
#include "tst_hardening.moc"
