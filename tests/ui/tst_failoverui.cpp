// The data layer and the failover in the window: a primary killed through the map becomes an
// incident whose phases the incident panel shows; manual failover through the Failover menu; the
// health panel's write figures are the snapshot's accounting; the event log words every event
// type in both languages and filters by kind and region; the control panel explains what it
// refuses. Every check waits for a later snapshot (QTRY_*), never for a fixed time.
#include "bridge/simulationrunner.h"
#include "labtext.h"
#include "labwindowfixture.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "map/mapitems.h"
#include "map/worldmapscene.h"
#include "map/worldmapview.h"
#include "panels/controlpanel.h"
#include "panels/eventlogpanel.h"
#include "panels/healthpanel.h"
#include "panels/incidentpanel.h"
#include "sim/presets.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace fl;
using namespace fl::ui;
using namespace fl::ui::testing;

class FailoverUiTest : public QObject
{
    Q_OBJECT

private:
    static bool waitForMap(MainWindow &w) { return showLab(w, QSize(1400, 900), "healthDock"); }
    static bool stampedCommand(const QSignalSpy &spy, CommandType type, int a)
    {
        for (const QList<QVariant> &args : spy) {
            const auto c = args.first().value<Command>();
            if (c.type == static_cast<std::uint32_t>(type) && c.a == a)
                return true;
        }
        return false;
    }
    static WorldSnapshot everyEvent(const SimulationConfig &config)
    {
        WorldSnapshot s;
        s.config = config;
        SimTime t = kSecond;
        for (int type = 0; type < static_cast<int>(SimEventType::Count); ++type) {
            SimEvent e;
            e.time = t += 100 * kMillisecond;
            e.type = static_cast<SimEventType>(type);
            e.region = 0;
            e.other = type == static_cast<int>(SimEventType::DependencyUnavailable) ? 0 : 1;
            e.value = 2;
            s.events.push_back(e);
        }
        // Every command as the simulation logs it when applied.
        for (int type = 1; type < static_cast<int>(CommandType::Count); ++type) {
            SimEvent e;
            e.time = t += 100 * kMillisecond;
            e.type = SimEventType::CommandApplied;
            e.region = 0;
            e.other = 1;
            e.value = type;
            s.events.push_back(e);
        }
        return s;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("FailoverLabTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_failoverui"));
        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    }

    void killingThePrimaryShowsAnIncident()
    {
        MainWindow w(defaultLabWorld(), 40.0);
        QVERIFY(waitForMap(w));
        QTRY_COMPARE(latest(w).data.dataPrimary, 0);
        // The primary wears its badge; a replica shows its lag.
        QTRY_VERIFY(w.mapScene()->regionItem(0)->state().dataPrimary);
        QTRY_VERIFY(w.mapScene()->regionItem(0)->dataBadge().startsWith(QLatin1String("epoch 1")));
        QTRY_VERIFY(w.mapScene()->regionItem(1)->dataBadge().contains(QLatin1String("lag")));

        w.mapScene()->selectRegion(0);
        action(w, "regionKill")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!latest(w).incidents.empty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).incidents.front().promoted != kNever &&
                                     latest(w).incidents.front().rerouted != kNever,
                                 30000);
        const Incident incident = latest(w).incidents.front();
        QCOMPARE(incident.region, 0);
        QVERIFY(incident.detected != kNever && incident.detected <= incident.promoted);
        const int primary = latest(w).data.dataPrimary;
        QVERIFY(primary == 1 || primary == 2);
        QCOMPARE(latest(w).data.routingPrimary, primary);
        QVERIFY(latest(w).data.epoch >= 2);

        IncidentPanel *panel = w.incidentPanel();
        QTRY_COMPARE(panel->incidentCount(), 1);
        QTRY_VERIFY(panel->cellText(0, IncidentPanel::PromotedColumn)
                        .startsWith(LabText::shortClock(incident.promoted)));
        QVERIFY(panel->cellText(0, IncidentPanel::ReroutedColumn)
                    .startsWith(LabText::shortClock(incident.rerouted)));
        QVERIFY(panel->cellText(0, IncidentPanel::DetectedColumn)
                    .startsWith(LabText::shortClock(incident.detected)));
        QVERIFY(panel->cellText(0, IncidentPanel::FaultColumn).contains(QLatin1String("N. Virginia")));
        QVERIFY(w.mapScene()->regionItem(primary)->state().dataPrimary);

        // The log words the failover; clicking an entry shows its simulated time.
        auto *list = w.findChild<QListWidget *>(QStringLiteral("eventLogList"));
        int promoted = -1;
        QTRY_VERIFY([&] {
            for (int i = 0; i < w.eventLog()->entryCount(); ++i) {
                if (w.eventLog()->entryText(i).contains(QLatin1String("promoted to primary (epoch 2)")))
                    promoted = i;
            }
            return promoted >= 0;
        }());
        QSignalSpy activated(w.eventLog(), &EventLogPanel::entryActivated);
        list->scrollToItem(list->item(promoted));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(promoted)).center());
        QCOMPARE(activated.count(), 1);
        const auto at = activated.first().first().value<SimTime>();
        QCOMPARE(at, w.eventLog()->entryTime(promoted));
        QVERIFY(w.statusBar()->currentMessage().contains(LabText::clock(at)));
    }

    void manualFailoverThroughTheMenu()
    {
        SimulationConfig config = defaultLabWorld();
        config.failover.mode = FailoverMode::Manual;
        MainWindow w(config, 40.0);
        QVERIFY(waitForMap(w));
        auto *menu = w.findChild<QMenu *>(QStringLiteral("failoverMenu"));
        QVERIFY(menu && menu->menuAction()->isVisible());
        QAction *verify = action(w, "failoverVerify");
        QAction *promote = action(w, "failoverPromote");
        QAction *reroute = action(w, "failoverReroute");
        QVERIFY(!verify->isEnabled());
        QVERIFY(!verify->shortcut().isEmpty() && !promote->shortcut().isEmpty() &&
                !reroute->shortcut().isEmpty());

        QSignalSpy stamped(w.simulation(), &SimulationController::commandStamped);
        w.mapScene()->selectRegion(0);
        action(w, "regionKill")->trigger();
        // The controller raises its alert and waits: the next step stands out.
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).controller.awaitingOperator, 30000);
        QTRY_VERIFY(verify->isEnabled() && verify->font().bold());
        QCOMPARE(latest(w).data.dataPrimary, 0);
        verify->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).controller.verified, 5000);
        QTRY_VERIFY(promote->font().bold());

        // The dead primary is still selected: the highlighted step does not name it, disabled; it
        // offers the live candidates to choose from (issue 21 item 6).
        QCOMPARE(w.mapScene()->selectedRegion(), 0);
        QTRY_VERIFY(promote->isEnabled());
        const QString dead = LabText::regionName(latest(w).regions[0].catalogIndex);
        QVERIFY2(!promote->text().contains(dead), qPrintable(promote->text()));
        promote->trigger();
        auto *chooser = w.findChild<QMenu *>(QStringLiteral("promoteMenu"));
        QTRY_VERIFY(chooser->isVisible());
        QVERIFY(!chooser->findChild<QAction *>(QStringLiteral("promote_0")));
        QVERIFY(chooser->findChild<QAction *>(QStringLiteral("promote_1")));
        QVERIFY(chooser->findChild<QAction *>(QStringLiteral("promote_2")));
        chooser->close();

        const int tokyo = 2;
        w.mapScene()->selectRegion(tokyo);
        QTRY_VERIFY(promote->isEnabled());
        QVERIFY(promote->text().contains(QLatin1String("Tokyo")));
        promote->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(stampedCommand(stamped, CommandType::OperatorPromote, tokyo), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).data.dataPrimary == tokyo, 30000);
        QTRY_VERIFY(w.mapScene()->regionItem(tokyo)->state().dataPrimary);
        // Routing still points at the dead primary: rerouting is the next step.
        QTRY_VERIFY(reroute->font().bold());
        reroute->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(stampedCommand(stamped, CommandType::OperatorReroute, tokyo), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).data.routingPrimary == tokyo, 5000);
        QTRY_VERIFY(!reroute->font().bold());
        QTRY_VERIFY_WITH_TIMEOUT(
            !latest(w).incidents.empty() && latest(w).incidents.front().rerouted != kNever, 5000);
    }

    void automaticModeHidesTheFailoverMenu()
    {
        MainWindow w(defaultLabWorld(), 1.0);
        QVERIFY(waitForMap(w));
        QVERIFY(!w.findChild<QMenu *>(QStringLiteral("failoverMenu"))->menuAction()->isVisible());
        QVERIFY(!action(w, "failoverVerify")->isVisible());
    }

    void writesPanelShowsTheAccounting()
    {
        MainWindow w(defaultLabWorld(), 40.0);
        QVERIFY(waitForMap(w));
        w.simulation()->submit(CommandType::KillRegion, 0);
        // Until another region has been promoted (the kill lands wherever the clock is by then).
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).now > 30 * kSecond && latest(w).data.writes.acknowledged > 0 &&
                                     latest(w).data.dataPrimary > 0,
                                 30000);
        w.simulation()->pause();
        QTRY_VERIFY_WITH_TIMEOUT(!latest(w).running, 5000);
        const WriteAccounting &a = latest(w).data.writes;
        QVERIFY(a.failed + a.indeterminate > 0); // the kill did cost some writes
        const QLocale locale;
        HealthPanel *panel = w.healthPanel();
        auto show = [&](const char *key, std::uint64_t value) {
            const QString shown = panel->writeFigure(QLatin1String(key));
            if (shown != locale.toString(static_cast<qulonglong>(value)))
                qWarning("%s: shown %s, accounting %llu", key, qPrintable(shown),
                         static_cast<unsigned long long>(value));
            return shown == locale.toString(static_cast<qulonglong>(value));
        };
        QTRY_VERIFY(show("issued", a.issued));
        QVERIFY(show("inFlight", a.inFlight()));
        QVERIFY(show("failed", a.failed));
        QVERIFY(show("indeterminate", a.indeterminate));
        QVERIFY(show("acknowledged", a.acknowledged));
        QVERIFY(show("durable", a.durable));
        QVERIFY(show("pending", a.pending));
        QVERIFY(show("orphaned", a.orphaned));
        QVERIFY(show("lost", a.lost()));
        QVERIFY(show("lostNotShipped", a.lostNotShipped));
        QVERIFY(show("lostOverwritten", a.lostOverwritten));
        QVERIFY(show("lostDiscarded", a.lostDiscarded));
        QVERIFY(show("conflicts", a.conflicts));
        QVERIFY(show("reads", a.reads));
        QVERIFY(show("staleReads", a.staleReads));
        QVERIFY(show("readYourWritesViolations", a.readYourWritesViolations));
        QVERIFY(show("monotonicReadViolations", a.monotonicReadViolations));
        QVERIFY(show("divergentKeys", latest(w).data.divergentKeys));
        // The region table says who is down and who leads now.
        QTableWidget *regions = panel->regionTable();
        QCOMPARE(regions->rowCount(), 3);
        QCOMPARE(regions->item(0, 2)->text(), QStringLiteral("down"));
        const int primary = latest(w).data.dataPrimary;
        QVERIFY(primary > 0);
        QCOMPARE(regions->item(primary, 3)->text(), QStringLiteral("primary"));
        QVERIFY(panel->controllerText().contains(
            LabText::regionName(latest(w).regions[static_cast<std::size_t>(primary)].catalogIndex)));
    }

    void populationLinesGoToEveryServingRegion()
    {
        MainWindow w(defaultLabWorld(), 20.0);
        QVERIFY(waitForMap(w));
        int europe = -1;
        for (const PopulationView &p : latest(w).populations) {
            if (p.id == QLatin1String("europe"))
                europe = p.index;
        }
        QVERIFY(europe >= 0);
        // Half of Europe's users to Ireland, half to Tokyo, decided per request.
        w.simulation()->submit(CommandType::SetRoutingMechanism,
                               static_cast<int>(RoutingMechanism::FrontDoor));
        w.simulation()->submit(CommandType::SetWeight, europe, 0, -1, 0.0);
        w.simulation()->submit(CommandType::SetWeight, europe, 1, -1, 1.0);
        w.simulation()->submit(CommandType::SetWeight, europe, 2, -1, 1.0);
        w.simulation()->submit(CommandType::SetRoutingPolicy, static_cast<int>(RoutingPolicy::Weighted));
        QTRY_VERIFY_WITH_TIMEOUT(w.mapScene()->trafficLine(europe, 1)->isVisible() &&
                                     w.mapScene()->trafficLine(europe, 2)->isVisible(),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.mapScene()->trafficLine(europe, 0)->isVisible(), 10000);
        // Each line's width follows its share of the population's attempts (about half each).
        QTRY_VERIFY_WITH_TIMEOUT(w.mapScene()->trafficLine(europe, 1)->share() <= 0.75 &&
                                     w.mapScene()->trafficLine(europe, 2)->share() <= 0.75,
                                 10000);
    }

    void eventLogWordsEveryEventInBothLanguages()
    {
        SimulationConfig config = defaultLabWorld();
        config.dependencies.push_back(DependencyConfig{});
        const WorldSnapshot s = everyEvent(config);
        auto fallback = [](const QString &text) {
            return text.contains(QRegularExpression(QStringLiteral("(Event|Command|事件|命令) ?\\d+$")));
        };
        QStringList english;
        {
            EventLogPanel log;
            log.addSnapshotEvents(s);
            QCOMPARE(log.entryCount(), static_cast<int>(s.events.size()));
            for (int i = 0; i < log.entryCount(); ++i) {
                QVERIFY2(!fallback(log.entryText(i)), qPrintable(log.entryText(i)));
                english << log.entryText(i);
            }
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false);
        {
            EventLogPanel log;
            log.addSnapshotEvents(s);
            const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
            for (int i = 0; i < log.entryCount(); ++i) {
                const QString text = log.entryText(i);
                QVERIFY2(!fallback(text), qPrintable(text));
                QVERIFY2(text.contains(han), qPrintable(text));
                QVERIFY2(text != english[i], qPrintable(text));
            }
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
        // Every command has a name of its own.
        const ConfigNames names = ConfigNames::from(config);
        for (int type = 1; type < static_cast<int>(CommandType::Count); ++type) {
            const QString text =
                describeCommand(makeCommand(0, static_cast<CommandType>(type), 0, 1, 0, 5, 0), names);
            QVERIFY2(!fallback(text), qPrintable(text));
        }
    }

    void eventLogFiltersByKindAndRegion()
    {
        const SimulationConfig config = defaultLabWorld();
        WorldSnapshot s;
        s.config = config;
        auto event = [&s](SimEventType type, int region, int other = -1) {
            SimEvent e;
            e.time = static_cast<SimTime>(s.events.size() + 1) * kSecond;
            e.type = type;
            e.region = region;
            e.other = other;
            e.value = 3;
            s.events.push_back(e);
        };
        event(SimEventType::RegionDown, 0);            // faults
        event(SimEventType::HealthCheckFailed, 1);     // health
        event(SimEventType::PrimaryPromoted, 2, 0);    // failover (other = group, not a region)
        event(SimEventType::SplitBrainStarted, -1);    // data
        event(SimEventType::RegionOverloaded, 1);      // traffic
        event(SimEventType::FencedWriteRefused, 2, 1); // data, about regions 2 and 1
        EventLogPanel log;
        log.resize(600, 300);
        log.setRegions(config.regions);
        log.addSnapshotEvents(s);
        QCOMPARE(log.visibleEntryCount(), 6);

        log.findChild<QToolButton *>(QStringLiteral("logFilterData"))->click();
        QVERIFY(!log.isCategoryShown(EventCategory::Data));
        QCOMPARE(log.visibleEntryCount(), 4);
        QVERIFY(!log.isEntryVisible(3) && !log.isEntryVisible(5));

        auto *region = log.findChild<QComboBox *>(QStringLiteral("logRegionFilter"));
        QCOMPARE(region->count(), 4); // all regions + three
        region->setCurrentIndex(2);   // Ireland
        emit region->activated(2);
        QCOMPARE(log.regionFilter(), QStringLiteral("eu-west-1"));
        QCOMPARE(log.visibleEntryCount(), 2); // its health check and its overload
        QVERIFY(log.isEntryVisible(1) && log.isEntryVisible(4));

        log.findChild<QToolButton *>(QStringLiteral("logFilterData"))->click();
        QCOMPARE(log.visibleEntryCount(), 3); // and the fencing refusal from Ireland's writes
        log.setRegionFilter(QString());
        log.setCategoryShown(EventCategory::Faults, false);
        QCOMPARE(log.visibleEntryCount(), 5);
        QVERIFY(!log.isEntryVisible(0));
    }

    void controlPanelExplainsAndAppliesDataSettings()
    {
        MainWindow w(defaultLabWorld(), 5.0);
        QVERIFY(waitForMap(w));
        auto *apply = w.findChild<QPushButton *>(QStringLiteral("applyRestartButton"));
        auto *problems = w.findChild<QLabel *>(QStringLiteral("problemsLabel"));
        auto *warnings = w.findChild<QLabel *>(QStringLiteral("warningsLabel"));

        // Leases that lapse between renewals are refused, with the reason.
        w.findChild<QCheckBox *>(QStringLiteral("leasesCheck"))->setChecked(true);
        w.findChild<QDoubleSpinBox *>(QStringLiteral("leaseDurationSpin"))->setValue(4);
        QVERIFY(!apply->isEnabled());
        QVERIFY2(problems->text().contains(QLatin1String("lease")), qPrintable(problems->text()));
        w.findChild<QDoubleSpinBox *>(QStringLiteral("leaseDurationSpin"))->setValue(12);
        QVERIFY(apply->isEnabled());

        // Multi-primary ignores a synchronous mode: said, not refused.
        auto *topology = w.findChild<QComboBox *>(QStringLiteral("topologyCombo"));
        topology->setCurrentIndex(topology->findData(static_cast<int>(WriteTopology::MultiPrimary)));
        emit topology->activated(topology->currentIndex());
        QVERIFY(w.controlPanel()->stagedConfig().data.topology == WriteTopology::MultiPrimary);
        w.controlPanel()->discardStaged();
        QVERIFY(!w.controlPanel()->hasStagedChanges());

        // The replication mode changes the running world at once (no restart).
        const std::uint64_t run = latest(w).runId;
        auto *mode = w.findChild<QComboBox *>(QStringLiteral("replicationModeCombo"));
        mode->setCurrentIndex(mode->findData(static_cast<int>(ReplicationMode::SyncQuorum)));
        emit mode->activated(mode->currentIndex());
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).data.mode == ReplicationMode::SyncQuorum, 5000);
        QCOMPARE(latest(w).runId, run);
        // The window shows it as what runs now; the document a reset returns to is unchanged.
        QCOMPARE(w.liveConfig().data.mode, ReplicationMode::SyncQuorum);
        // ... and so does a region's clock skew.
        w.findChild<QDoubleSpinBox *>(QStringLiteral("clockSkewSpin_1"))->setValue(250);
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).regions[1].clockSkewMs == 250, 5000);
        QCOMPARE(latest(w).runId, run);

        topology->setCurrentIndex(topology->findData(static_cast<int>(WriteTopology::MultiPrimary)));
        emit topology->activated(topology->currentIndex());
        QVERIFY2(warnings->isVisible() || !warnings->isHidden(), "warnings hidden");
        QVERIFY2(warnings->text().contains(QLatin1String("ignored")), qPrintable(warnings->text()));
        QVERIFY(apply->isEnabled());
        w.controlPanel()->discardStaged();

        // A quorum election needs three voters.
        w.removeRegion(2);
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).regions.size() == 2, 5000);
        w.findChild<QCheckBox *>(QStringLiteral("quorumCheck"))->setChecked(true);
        QVERIFY(!apply->isEnabled());
        QVERIFY2(problems->text().contains(QLatin1String("three voting regions")),
                 qPrintable(problems->text()));
    }

    void dependenciesDeployFromTheRegionMenu()
    {
        SimulationConfig config = defaultLabWorld();
        DependencyConfig payments;
        payments.kind = DependencyKind::Payments;
        payments.regions = {0};
        config.dependencies.push_back(payments);
        MainWindow w(config, 5.0);
        QVERIFY(waitForMap(w));
        QTRY_VERIFY(!latest(w).regions[1].dependencyDeployed.empty());
        QCOMPARE(latest(w).regions[1].dependencyDeployed[0], std::uint8_t{0});
        QCOMPARE(latest(w).regions[1].dependencyReachable[0], std::uint8_t{1}); // across the link

        w.mapScene()->selectRegion(1);
        auto *menu = w.findChild<QMenu *>(QStringLiteral("dependencyMenu"));
        QVERIFY(menu->menuAction()->isVisible());
        emit menu->aboutToShow();
        QAction *deploy = action(w, "dependency_0");
        QVERIFY(!deploy->isChecked());
        deploy->trigger(); // checks it: deploy
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).regions[1].dependencyDeployed[0] == 1, 5000);
        // Isolated, Virginia's own deployment keeps it going; Tokyo loses payments.
        w.simulation()->submit(CommandType::IsolateRegion, 2);
        QTRY_VERIFY_WITH_TIMEOUT(latest(w).regions[2].dependencyReachable[0] == 0, 5000);
        QTRY_VERIFY(
            w.healthPanel()->regionTable()->item(2, 9)->text().contains(QLatin1String("unreachable")));
    }

    void newWidgetsFollowTheLanguage()
    {
        MainWindow w(defaultLabWorld(), 5.0);
        QVERIFY(waitForMap(w));
        auto *health = w.findChild<QDockWidget *>(QStringLiteral("healthDock"));
        auto *incidents = w.findChild<QDockWidget *>(QStringLiteral("incidentDock"));
        auto *dataBox = w.findChild<QGroupBox *>(QStringLiteral("dataBox"));
        auto *filter = w.findChild<QToolButton *>(QStringLiteral("logFilterFailover"));
        const QStringList before = {health->windowTitle(),
                                    incidents->windowTitle(),
                                    dataBox->title(),
                                    filter->text(),
                                    w.incidentPanel()->table()->horizontalHeaderItem(3)->text(),
                                    w.healthPanel()->regionTable()->horizontalHeaderItem(2)->text(),
                                    w.mapScene()->regionItem(1)->dataBadge()};
        LanguageManager::instance()->setLanguage(QStringLiteral("zh_CN"), false);
        const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
        QTRY_VERIFY(health->windowTitle().contains(han));
        const QStringList after = {health->windowTitle(),
                                   incidents->windowTitle(),
                                   dataBox->title(),
                                   filter->text(),
                                   w.incidentPanel()->table()->horizontalHeaderItem(3)->text(),
                                   w.healthPanel()->regionTable()->horizontalHeaderItem(2)->text(),
                                   w.mapScene()->regionItem(1)->dataBadge()};
        for (int i = 0; i < before.size(); ++i) {
            QVERIFY2(after[i] != before[i], qPrintable(after[i]));
            QVERIFY2(after[i].contains(han), qPrintable(after[i]));
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
        QTRY_COMPARE(health->windowTitle(), before[0]);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("FL_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set FL_SCREENSHOT_DIR to save screenshots");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            LanguageManager::instance()->setLanguage(language, false);
            SimulationConfig config = defaultLabWorld();
            config.targets.rtoSeconds = 60;
            config.targets.rpoSeconds = 1;
            MainWindow w(config, 30.0);
            w.resize(1600, 1000);
            QVERIFY(waitForMap(w));
            w.resize(1600, 1000);
            QTRY_VERIFY_WITH_TIMEOUT(latest(w).now > 5 * kSecond, 10000);
            w.mapScene()->selectRegion(0);
            action(w, "regionKill")->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(
                !latest(w).incidents.empty() && latest(w).incidents.front().serviceRecovered(), 60000);
            w.mapScene()->clearSelection();
            w.simulation()->pause();
            QTRY_VERIFY_WITH_TIMEOUT(!latest(w).running, 5000);
            QCoreApplication::sendPostedEvents();
            QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("kill-primary-%1.png").arg(language))));

            // Isolating the new primary: its nearby users keep writing to it while a third region is
            // promoted — split-brain, drawn on the map.
            const int primary = latest(w).data.dataPrimary;
            w.simulation()->play();
            w.simulation()->submit(CommandType::RestoreRegion, 0);
            w.simulation()->submit(CommandType::IsolateRegion, primary);
            QTRY_VERIFY_WITH_TIMEOUT(latest(w).data.splitBrain, 60000);
            w.simulation()->pause();
            QTRY_VERIFY_WITH_TIMEOUT(!latest(w).running, 5000);
            QCoreApplication::sendPostedEvents();
            QVERIFY(w.grab().save(QDir(dir).filePath(QStringLiteral("split-brain-%1.png").arg(language))));
            w.controlPanel()->grab().save(
                QDir(dir).filePath(QStringLiteral("controls-%1.png").arg(language)));
            {
                // Manual failover: the alert waits for the operator, the next step stands out.
                SimulationConfig manual = defaultLabWorld();
                manual.failover.mode = FailoverMode::Manual;
                MainWindow m(manual, 30.0);
                m.resize(1600, 1000);
                QVERIFY(waitForMap(m));
                m.resize(1600, 1000);
                m.simulation()->submit(CommandType::KillRegion, 0);
                QTRY_VERIFY_WITH_TIMEOUT(latest(m).controller.awaitingOperator, 60000);
                m.simulation()->pause();
                QTRY_VERIFY_WITH_TIMEOUT(!latest(m).running, 5000);
                m.mapScene()->selectRegion(2);
                QCoreApplication::sendPostedEvents();
                QVERIFY(m.grab().save(
                    QDir(dir).filePath(QStringLiteral("manual-awaiting-%1.png").arg(language))));
            }
            w.healthPanel()->tabs()->setCurrentIndex(2);
            QCoreApplication::sendPostedEvents();
            w.findChild<QDockWidget *>(QStringLiteral("healthDock"))
                ->grab()
                .save(QDir(dir).filePath(QStringLiteral("writes-%1.png").arg(language)));
        }
        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
    }
};

QTEST_MAIN(FailoverUiTest)
#include "tst_failoverui.moc"
