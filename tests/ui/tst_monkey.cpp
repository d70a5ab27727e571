// The GUI monkey: thousands of random user actions on the running lab — faults, links, traffic
// drags, settings, speed, undo, language switches, save and reload — while the simulation runs.
// No crash, no sanitizer report, the write accounting's client states always add up, and the UI
// thread never hangs. FL_MONKEY_ACTIONS sets the count (default 3,000, about 35 s;
// set 10,000 or more for a long run). How long the UI thread is
// busy is a performance figure: the test prints its longest stall, `failover-lab bench --gui`
// measures it; the limit here only catches a hang (a deadlock, a runaway loop), so that a busy
// machine cannot fail the suite.
#include "bridge/simulationrunner.h"
#include "bridge/worldsnapshot.h"
#include "engine/random.h"
#include "mainwindow.h"
#include "world/regioncatalog.h"

#include <QAction>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace fl;
using namespace fl::ui;

namespace {

constexpr qint64 kHangLimitMs = 10'000;

const char *const kActions[] = {"simPlayPause",   "simStep",          "simFaster",      "simSlower",
                                "regionKill",     "regionRestore",    "regionDestroy",  "regionIsolate",
                                "regionKillApp",  "regionRestoreApp", "regionKillData", "regionRestoreData",
                                "regionFailback", "linkCutBoth",      "linkCutForward", "linkHeal",
                                "viewZoomIn",     "viewZoomOut",      "viewFit",        "editUndo",
                                "editRedo",       "failoverVerify",   "language_en",    "language_zh_CN"};

} // namespace

class MonkeyTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FailoverLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_monkey"));
    }

    void randomActionsWhileRunning()
    {
        const int actions = qEnvironmentVariableIsSet("FL_MONKEY_ACTIONS")
                                ? qEnvironmentVariable("FL_MONKEY_ACTIONS").toInt()
                                : 3'000;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The stall detector: a 10 ms timer on the UI thread; a long gap between its ticks means
        // the UI thread was busy (or blocked) for that long.
        QElapsedTimer clock;
        clock.start();
        qint64 last = clock.elapsed(), worst = 0;
        QTimer heartbeat;
        heartbeat.setInterval(10);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            const qint64 t = clock.elapsed();
            worst = std::max(worst, t - last);
            last = t;
        });
        heartbeat.start();

        Rng rng(20261126);
        int triggered = 0, saved = 0, reloaded = 0, drags = 0, edits = 0;
        for (int i = 0; i < actions; ++i) {
            const double roll = rng.uniform();
            if (roll < 0.80) {
                const char *name = kActions[rng.below(std::size(kActions))];
                auto *action = window.findChild<QAction *>(QLatin1String(name));
                if (action && action->isEnabled()) {
                    action->trigger();
                    ++triggered;
                }
            } else if (roll < 0.95) {
                const auto &snap = window.simulation()->latest();
                if (!snap.populations.empty() && !snap.regions.empty()) {
                    window.moveTraffic(static_cast<int>(rng.below(snap.populations.size())),
                                       static_cast<int>(rng.below(snap.regions.size())));
                    ++drags;
                }
            } else if (roll < 0.985) {
                // Topology edits restart the run: rarer.
                const auto &cfg = window.documentConfig();
                if (cfg.regions.size() > 2 && rng.chance(0.5))
                    window.removeRegion(static_cast<int>(rng.below(cfg.regions.size())));
                else if (cfg.regions.size() < 6)
                    window.addRegion(static_cast<int>(rng.below(regionCatalog().size())));
                ++edits;
            } else {
                const QString path = dir.filePath(QStringLiteral("monkey-%1.json").arg(i % 3));
                QString error;
                if (window.saveScenarioFile(path, &error)) {
                    ++saved;
                    if (rng.chance(0.5)) {
                        QVERIFY2(window.openScenarioFile(path, &error), qPrintable(error));
                        ++reloaded;
                    }
                }
            }
            // Let the UI breathe: deliver snapshots, repaint.
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (i % 250 == 0) {
                const WriteAccounting &w = window.simulation()->latest().data.writes;
                QCOMPARE(w.issued, w.inFlight() + w.failed + w.indeterminate + w.acknowledged);
                QVERIFY(w.lost() <= w.acknowledged);
            }
        }
        // The simulation is still alive and publishing.
        const auto before = window.simulation()->latest().sequence;
        const auto run = window.simulation()->latest().runId;
        window.simulation()->play();
        QTRY_VERIFY_WITH_TIMEOUT(window.simulation()->latest().sequence > before ||
                                     window.simulation()->latest().runId != run,
                                 10000);
        heartbeat.stop();
        qInfo(
            "%d actions: %d triggered, %d traffic drags, %d topology edits, %d saves, %d reloads; longest UI "
            "stall %lld ms",
            actions, triggered, drags, edits, saved, reloaded, static_cast<long long>(worst));
        QVERIFY2(worst < kHangLimitMs, qPrintable(QStringLiteral("UI thread hung for %1 ms").arg(worst)));
        window.close();
    }
};

QTEST_MAIN(MonkeyTest)
#include "tst_monkey.moc"
