// Inputs that once crashed the fuzzer (tests/fuzz/regressions/), and truncated or corrupted
// copies of every built-in scenario: each must produce either a clear error naming a field or a
// scenario that runs — never a crash.
#include "scenario/scenarioreader.h"
#include "sim/simulation.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace fl;

namespace {

// Returns true when the bytes were refused with an error message.
bool loadAndRun(const QByteArray &bytes)
{
    scenario::ScenarioError error;
    const auto document = scenario::parseScenarioDocument(bytes, &error);
    if (!document)
        return !error.message.isEmpty();
    const auto loaded = scenario::scenarioFromJson(*document, &error);
    if (!loaded)
        return !error.message.isEmpty();
    Simulation sim = scenario::makeSimulation(*loaded, false);
    sim.runUntil(200 * kMillisecond);
    return false;
}

QStringList builtinFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(FL_SOURCE_DIR "/resources/scenarios"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

} // namespace

class FuzzRegressionsTest : public QObject
{
    Q_OBJECT

private slots:
    void recordedCrashesStayFixed()
    {
        const QDir dir(QStringLiteral(FL_SOURCE_DIR "/tests/fuzz/regressions"));
        int replayed = 0;
        for (const QString &name : dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            loadAndRun(file.readAll()); // must not crash; either outcome is fine
            ++replayed;
        }
        qInfo("%d recorded inputs replayed", replayed);
    }

    void truncatedBuiltinsAreRefusedWithAnError()
    {
        const QStringList files = builtinFiles();
        QVERIFY(!files.isEmpty());
        for (const QString &path : files) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray full = file.readAll();
            QVERIFY2(!loadAndRun(full), qPrintable(path)); // the whole file is valid
            for (int cut = 1; cut < 8; ++cut) {
                const QByteArray truncated = full.left(full.size() * cut / 8);
                QVERIFY2(loadAndRun(truncated),
                         qPrintable(QStringLiteral("%1 cut at %2/8").arg(path).arg(cut)));
            }
        }
    }

    void corruptedBuiltinsNeverCrash()
    {
        // Deterministic byte flips over every built-in.
        Rng rng(2026);
        for (const QString &path : builtinFiles()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray full = file.readAll();
            for (int trial = 0; trial < 200; ++trial) {
                QByteArray bytes = full;
                const int flips = 1 + static_cast<int>(rng.below(4));
                for (int f = 0; f < flips; ++f)
                    bytes[static_cast<qsizetype>(rng.below(static_cast<std::uint64_t>(bytes.size())))] =
                        static_cast<char>(rng.below(128));
                loadAndRun(bytes);
            }
        }
    }
};

QTEST_GUILESS_MAIN(FuzzRegressionsTest)
#include "tst_fuzzregressions.moc"
