// The scenario file format: durations, lossless save and load, every kind of broken file named by
// its field path, --set overrides, atomic saving, and the path from a scenario to a simulation.
#include "brokenscenarios.h"
#include "scenario/builtins.h"
#include "scenario/duration.h"
#include "scenario/names.h"
#include "scenario/overrides.h"
#include "scenario/scenarioreader.h"
#include "scenario/scenariowriter.h"
#include "sim/simulation.h"
#include "world/latencymodel.h"
#include "world/regioncatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace fl;
using namespace fl::scenario;

namespace {

// Every field away from its default and one fault of every command the format knows.
const QByteArray kEveryField = R"({
  "format": "failover-lab-scenario",
  "version": 2,
  "name": "every-field",
  "description": "Every field set, and 中文.",
  "seed": "18446744073709551557",
  "duration": "1h",
  "targets": {"rpo": "1500ms", "rto": "2m"},
  "regions": [
    {"id": "us-east-1", "role": "active", "capacity": 12345.5, "warm_standby_fraction": 0.3,
     "scale_up_delay": "90s", "boot_time": "7m", "max_queue_delay": "750ms", "app_latency": "2500us",
     "data_latency": "3ms"},
    {"id": "eu-west-1", "role": "warm-standby", "capacity": 0.1, "warm_standby_fraction": 1},
    {"id": "ap-northeast-1", "role": "pilot-light"},
    {"id": "ap-south-1", "role": "witness"}
  ],
  "populations": [
    {"id": "europe", "rate": 0.30000000000000004, "read_share": 0.123456789, "keys": 146250, "zipf": 0,
     "clients": 1000000, "ttl_ignoring_share": 0.05, "timeout": "1.25s", "retries": 10, "backoff": "0s",
     "weights": {"us-east-1": 0, "eu-west-1": 2.5, "ap-northeast-1": 1e-9, "ap-south-1": 1000000000}},
    {"id": "east-asia", "rate": 0}
  ],
  "health": {"interval": "2.5s", "timeout": "300ms", "failure_threshold": 1, "recovery_threshold": 100,
             "deep": false, "placement": "in-region", "vantage": "eu-west-1"},
  "routing": {"mechanism": "front-door", "policy": "weighted", "dns_ttl": "0s", "front_door_overhead": "7ms",
              "failback": "manual", "resolvers": "measured"},
  "network": {"jitter": 0, "retransmit_timeout_min": "1us"},
  "metrics": {"interval": "250ms", "history": 10, "event_log": 0},
  "data": {"topology": "ownership", "primary": "eu-west-1", "mode": "event-log", "batch_interval": "7ms",
           "apply_rate": 1234.5, "event_consumer_rate": 1,
           "sync_fallback": {"enabled": true, "timeout": "250ms"}, "forward_writes": "refuse",
           "reads": "primary", "ownership": "population", "conflict_policy": "field-merge",
           "record_fields": 64, "set_elements": 1,
           "clock_skew": {"us-east-1": "-300ms", "ap-northeast-1": "1h", "ap-south-1": "1us"}},
  "failover": {"mode": "manual", "control_region": "ap-south-1", "probe_interval": "10ms",
               "probe_timeout": "1500us", "failure_threshold": 100, "promotion_time": "0s",
               "rejoin": "reconcile", "quorum_election": true, "fencing": true, "leases": true,
               "lease_duration": "11ms"},
  "dependencies": [
    {"kind": "payments", "regions": ["us-east-1", "ap-south-1"], "request_share": 0.15},
    {"kind": "auth", "regions": [], "request_share": 1},
    {"kind": "control-plane", "regions": ["eu-west-1"], "request_share": 0},
    {"kind": "cache", "request_share": 0.9, "warmup": "24h", "miss_penalty": "1m"},
    {"kind": "queue", "regions": ["ap-northeast-1"], "warmup": "0s", "miss_penalty": "0s"}
  ],
  "cost": {"active": 12.5, "warm_standby": 0, "pilot_light": 1000000000, "witness": 0.25},
  "faults": [
    {"at": "0s", "do": "kill", "region": "us-east-1"},
    {"at": "0s", "do": "restore", "region": "us-east-1"},
    {"at": "1s", "do": "destroy", "region": "eu-west-1"},
    {"at": "2s", "do": "kill-app", "region": "ap-northeast-1"},
    {"at": "3s", "do": "restore-app", "region": "ap-northeast-1"},
    {"at": "4s", "do": "kill-data", "region": "ap-south-1"},
    {"at": "5s", "do": "restore-data", "region": "ap-south-1"},
    {"at": "6s", "do": "cut-link", "from": "us-east-1", "to": "ap-south-1", "one_way": true},
    {"at": "7s", "do": "heal-link", "from": "ap-south-1", "to": "us-east-1"},
    {"at": "8s", "do": "degrade-link", "from": "eu-west-1", "to": "us-east-1", "one_way": false,
     "extra_ms": 12.75, "loss": 0.95},
    {"at": "9s", "do": "isolate", "region": "ap-northeast-1"},
    {"at": "10s", "do": "set-weight", "population": "east-asia", "region": "ap-south-1", "weight": 0.7},
    {"at": "11s", "do": "set-rate", "population": "europe", "rate": 1234.5},
    {"at": "12s", "do": "set-routing-policy", "policy": "latency-based"},
    {"at": "13s", "do": "set-routing-mechanism", "mechanism": "dns"},
    {"at": "14s", "do": "set-dns-ttl", "ttl": "1.5s"},
    {"at": "15s", "do": "set-role", "region": "ap-northeast-1", "role": "active"},
    {"at": "16s", "do": "operator-verify"},
    {"at": "17s", "do": "operator-promote", "region": "eu-west-1"},
    {"at": "18s", "do": "operator-reroute", "region": "eu-west-1"},
    {"at": "19s", "do": "deploy-dependency", "dependency": 4, "region": "ap-south-1"},
    {"at": "20s", "do": "remove-dependency", "dependency": 0, "region": "us-east-1"},
    {"at": "21s", "do": "set-clock-skew", "region": "ap-south-1", "skew": "-1.25s"},
    {"at": "22s", "do": "set-replication-mode", "mode": "sync-quorum"},
    {"at": "23s", "do": "set-population-routing", "population": "east-asia", "own_weights": true},
    {"at": "1h", "do": "operator-failback", "region": "us-east-1"}
  ]
})";

Scenario parse(const QByteArray &json)
{
    ScenarioError error;
    const std::optional<QJsonObject> document = parseScenarioDocument(json, &error);
    if (!document)
        qFatal("%s", qPrintable(error.toString()));
    std::optional<Scenario> s = scenarioFromJson(*document, &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    return *s;
}

} // namespace

class ScenarioFormatTest : public QObject
{
    Q_OBJECT

private slots:
    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("seconds") << QStringLiteral("90s") << qint64{90'000'000};
        QTest::newRow("minutes") << QStringLiteral("10m") << qint64{600'000'000};
        QTest::newRow("min") << QStringLiteral("2min") << qint64{120'000'000};
        QTest::newRow("hours") << QStringLiteral("1.5h") << qint64{5'400'000'000};
        QTest::newRow("milliseconds") << QStringLiteral("500ms") << qint64{500'000};
        QTest::newRow("microseconds") << QStringLiteral("250us") << qint64{250};
        QTest::newRow("micro sign") << QStringLiteral("3µs") << qint64{3};
        QTest::newRow("fraction") << QStringLiteral("0.1s") << qint64{100'000};
        QTest::newRow("spaces") << QStringLiteral(" 2 s ") << qint64{2'000'000};
        QTest::newRow("negative") << QStringLiteral("-5s") << qint64{-5'000'000};
        QTest::newRow("rounded") << QStringLiteral("0.0000004s") << qint64{0};
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        const std::optional<SimTime> t = parseDuration(text);
        QVERIFY(t);
        QCOMPARE(*t, static_cast<SimTime>(micros));
        QCOMPARE(*parseDuration(formatDuration(*t)), *t);
    }

    void durationsRefused()
    {
        for (const char *bad : {"", "10", "s", "1.s", "10 seconds", "1e3s", "10d", "1,5s", "--1s"})
            QVERIFY2(!parseDuration(QString::fromLatin1(bad)), bad);
        QCOMPARE(*parseDuration(QJsonValue(1.5)), SimTime{1'500'000});
        QVERIFY(!parseDuration(QJsonValue(true)));
        QCOMPARE(formatDuration(90 * kSecond), QStringLiteral("90s"));
        QCOMPARE(formatDuration(10 * kMinute), QStringLiteral("10m"));
        QCOMPARE(formatDuration(1500 * kMillisecond), QStringLiteral("1500ms"));
        QCOMPARE(formatDuration(7), QStringLiteral("7us"));
        QCOMPARE(formatDuration(0), QStringLiteral("0s"));
    }

    void everyFieldIsRead()
    {
        const Scenario s = parse(kEveryField);
        QCOMPARE(s.config.seed, std::uint64_t{18446744073709551557ULL});
        QCOMPARE(s.duration, 60 * kMinute);
        QCOMPARE(*s.targets.rpo, 1500 * kMillisecond);
        QCOMPARE(s.config.regions.size(), std::size_t{4});
        QCOMPARE(s.config.regions[1].role, RegionRole::WarmStandby);
        QCOMPARE(s.config.regions[0].appLatency, SimTime{2500});
        QCOMPARE(s.config.populations[0].weights, (std::vector<double>{0, 2.5, 1e-9, 1e9}));
        QCOMPARE(s.config.populations[1].weights, (std::vector<double>{1, 1, 1, 1}));
        QCOMPARE(s.config.health.vantageRegion, 1);
        QCOMPARE(s.config.health.placement, HealthCheckerPlacement::InRegion);
        QVERIFY(!s.config.routing.automaticFailback);
        QCOMPARE(s.config.routing.resolvers, DnsResolvers::Measured);
        QCOMPARE(s.config.metricsInterval, 250 * kMillisecond);
        QCOMPARE(s.faults.size(), std::size_t{26});
        // Every command the format names appears once in the file above.
        QStringList seen;
        for (const Command &c : s.faults)
            seen << commandName(static_cast<CommandType>(c.type));
        seen.removeDuplicates();
        QCOMPARE(seen.size(), commandNames().size());
        const Command &cut = s.faults[7];
        QCOMPARE(cut, makeCommand(6 * kSecond, CommandType::CutLink, 0, 3, 1));
        const Command &degrade = s.faults[9];
        QCOMPARE(degrade, makeCommand(8 * kSecond, CommandType::DegradeLink, 1, 0, 0, 12.75, 0.95));
        QCOMPARE(s.faults[11], makeCommand(10 * kSecond, CommandType::SetWeight, 1, 3, -1, 0.7));
        QCOMPARE(s.faults[15], makeCommand(14 * kSecond, CommandType::SetDnsTtl, -1, -1, -1, 1.5));
        QCOMPARE(s.faults[16], makeCommand(15 * kSecond, CommandType::SetRegionRole, 2,
                                           static_cast<int>(RegionRole::Active)));
        QCOMPARE(s.faults[17], makeCommand(16 * kSecond, CommandType::OperatorVerify));
        QCOMPARE(s.faults[18], makeCommand(17 * kSecond, CommandType::OperatorPromote, 1));
        QCOMPARE(s.faults[19], makeCommand(18 * kSecond, CommandType::OperatorReroute, 1));
        QCOMPARE(s.faults[20], makeCommand(19 * kSecond, CommandType::DeployDependency, 4, 3));
        QCOMPARE(s.faults[21], makeCommand(20 * kSecond, CommandType::RemoveDependency, 0, 0));
        QCOMPARE(s.faults[24], makeCommand(23 * kSecond, CommandType::SetPopulationRouting, 1, 1));
        QCOMPARE(s.faults[22], makeCommand(21 * kSecond, CommandType::SetClockSkew, 3, -1, -1, -1250.0));
        QCOMPARE(s.faults[23], makeCommand(22 * kSecond, CommandType::SetReplicationMode,
                                           static_cast<int>(ReplicationMode::SyncQuorum)));

        // The data model.
        const DataConfig &d = s.config.data;
        QCOMPARE(d.topology, WriteTopology::Ownership);
        QCOMPARE(d.primaryRegion, 1);
        QCOMPARE(d.mode, ReplicationMode::EventLog);
        QCOMPARE(d.batchInterval, 7 * kMillisecond);
        QCOMPARE(d.applyRate, 1234.5);
        QCOMPARE(d.eventConsumerRate, 1.0);
        QVERIFY(d.syncFallbackToAsync);
        QCOMPARE(d.syncFallbackTimeout, 250 * kMillisecond);
        QCOMPARE(d.forwardWrites, ForwardPolicy::Refuse);
        QCOMPARE(d.reads, ReadPolicy::Primary);
        QCOMPARE(d.ownership, OwnershipRule::Population);
        QCOMPARE(d.conflict, ConflictPolicy::FieldMerge);
        QCOMPARE(d.recordFields, 64);
        QCOMPARE(d.setElements, 1);
        QCOMPARE(d.clockSkew, (std::vector<SimTime>{-300 * kMillisecond, 0, 60 * kMinute, 1}));
        QVERIFY(!d.recordHistory);
        // The failover controller.
        const FailoverConfig &f = s.config.failover;
        QCOMPARE(f.mode, FailoverMode::Manual);
        QCOMPARE(f.controlRegion, 3);
        QCOMPARE(f.probeInterval, 10 * kMillisecond);
        QCOMPARE(f.probeTimeout, SimTime{1500});
        QCOMPARE(f.failureThreshold, 100);
        QCOMPARE(f.promotionTime, SimTime{0});
        QCOMPARE(f.rejoin, RejoinPolicy::Reconcile);
        QVERIFY(f.quorumElection && f.fencing && f.leases);
        QCOMPARE(f.leaseDuration, 11 * kMillisecond);
        // Dependencies and cost.
        const std::vector<DependencyConfig> &deps = s.config.dependencies;
        QCOMPARE(deps.size(), std::size_t{5});
        QCOMPARE(deps[0].kind, DependencyKind::Payments);
        QCOMPARE(deps[0].regions, (std::vector<int>{0, 3}));
        QCOMPARE(deps[0].requestShare, 0.15);
        QCOMPARE(deps[1].kind, DependencyKind::Auth);
        QVERIFY(deps[1].regions.empty());
        QCOMPARE(deps[2].kind, DependencyKind::ControlPlane);
        QCOMPARE(deps[3].kind, DependencyKind::Cache);
        QCOMPARE(deps[3].warmupTime, 24 * 60 * kMinute);
        QCOMPARE(deps[3].missPenalty, kMinute);
        QCOMPARE(deps[4].kind, DependencyKind::Queue);
        QCOMPARE(deps[4].requestShare, DependencyConfig{}.requestShare);
        QCOMPARE(s.config.cost.activePerHour, 12.5);
        QCOMPARE(s.config.cost.warmStandbyPerHour, 0.0);
        QCOMPARE(s.config.cost.pilotLightPerHour, 1e9);
        QCOMPARE(s.config.cost.witnessPerHour, 0.25);
    }

    void modelSectionsDefaultToTheModel()
    {
        // A file without them runs the model's defaults, and writes them all out.
        ScenarioError error;
        const std::optional<Scenario> s = scenarioFromJson(fl::testing::validScenarioDocument(), &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QCOMPARE(s->config.data, DataConfig{});
        QCOMPARE(s->config.failover, FailoverConfig{});
        QVERIFY(s->config.dependencies.empty());
        QCOMPARE(s->config.cost, CostConfig{});
        const QJsonObject written = scenarioToJson(*s);
        const QJsonObject data = written.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("mode")).toString(), QStringLiteral("async"));
        QCOMPARE(data.value(QStringLiteral("primary")).toString(), QStringLiteral("us-east-1"));
        QCOMPARE(data.value(QStringLiteral("clock_skew")).toObject().size(), qsizetype{2});
        const QJsonObject failover = written.value(QStringLiteral("failover")).toObject();
        QCOMPARE(failover.value(QStringLiteral("control_region")).toString(), QStringLiteral("eu-west-1"));
        QCOMPARE(failover.value(QStringLiteral("lease_duration")).toString(), QStringLiteral("10s"));
        QCOMPARE(written.value(QStringLiteral("dependencies")).toArray().size(), qsizetype{0});
        QCOMPARE(written.value(QStringLiteral("cost")).toObject().value(QStringLiteral("witness")).toDouble(),
                 0.5);
        const std::optional<Scenario> again = scenarioFromJson(written, &error);
        QVERIFY2(again, qPrintable(error.toString()));
        QVERIFY(*again == *s);

        // One region: the default control region (the second) does not exist, and is not written.
        QJsonObject one = fl::testing::validScenarioDocument();
        one[QStringLiteral("regions")] =
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("us-east-1")}}};
        one.remove(QStringLiteral("faults"));
        one.remove(QStringLiteral("populations"));
        one[QStringLiteral("populations")] =
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("na-east")}}};
        const std::optional<Scenario> single = scenarioFromJson(one, &error);
        QVERIFY2(single, qPrintable(error.toString()));
        QCOMPARE(single->config.failover.controlRegion, FailoverConfig{}.controlRegion);
        const QJsonObject singleWritten = scenarioToJson(*single);
        QVERIFY(!singleWritten.value(QStringLiteral("failover"))
                     .toObject()
                     .contains(QStringLiteral("control_region")));
        QVERIFY(*scenarioFromJson(singleWritten, &error) == *single);
    }

    void clockSkewOfNoneIsTheDefault()
    {
        QJsonObject document = fl::testing::validScenarioDocument();
        ScenarioError error;
        QVERIFY(applyOverride(document, QStringLiteral("data.clock_skew={\"us-east-1\":\"0s\"}"), &error));
        std::optional<Scenario> s = scenarioFromJson(document, &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QVERIFY(s->config.data.clockSkew.empty()); // no skew anywhere: the model's default
        QVERIFY(applyOverride(document, QStringLiteral("data.clock_skew.eu-west-1=-250ms"), &error));
        s = scenarioFromJson(document, &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QCOMPARE(s->config.data.clockSkew, (std::vector<SimTime>{0, -250 * kMillisecond}));

        // What the window builds (a list per region, all zero, or shorter than the regions) saves.
        QTemporaryDir dir;
        QString saveError;
        Scenario zeros = *s;
        zeros.config.data.clockSkew = {0, 0};
        QVERIFY2(saveScenario(zeros, dir.filePath(QStringLiteral("z.json")), &saveError),
                 qPrintable(saveError));
        Scenario shorter = *s;
        shorter.config.data.clockSkew = {5 * kMillisecond};
        QVERIFY2(saveScenario(shorter, dir.filePath(QStringLiteral("s.json")), &saveError),
                 qPrintable(saveError));
        const std::optional<Scenario> loaded = loadScenario(dir.filePath(QStringLiteral("s.json")), &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->config.data.clockSkew, (std::vector<SimTime>{5 * kMillisecond, 0}));
    }

    void saveLoadRoundTripIsLossless()
    {
        Scenario original = parse(kEveryField);
        // Text that needs escaping (kept out of the raw string above, which moc cannot read with it).
        original.description += QStringLiteral(" \"Quotes\", a tab\t, a backslash \\ and a newline\n.");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("every-field.json"));
        QString error;
        QVERIFY2(saveScenario(original, path, &error), qPrintable(error));

        ScenarioError loadError;
        const std::optional<Scenario> loaded = loadScenario(path, &loadError);
        QVERIFY2(loaded, qPrintable(loadError.toString()));
        QVERIFY(*loaded == original);
        QCOMPARE(loaded->config, original.config);
        QCOMPARE(loaded->faults, original.faults);

        // Saving what was loaded writes the same bytes: the text is a function of the scenario.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(scenarioToBytes(*loaded), file.readAll());
    }

    // Issue 21: a region moved on the map, and one of the user's own at a point, survive a save
    // and a load, are named by their own ids in faults, and place the network where they are.
    void customRegionsRoundTripAndPlaceTheNetwork()
    {
        const QByteArray json = R"({
  "format": "failover-lab-scenario", "version": 2, "name": "custom-regions", "duration": "1m",
  "regions": [
    {"id": "us-east-1", "name": "Home", "location": {"lat": 38.5, "lon": -90.25}},
    {"id": "lagos", "name": "Lagos DC", "location": {"lat": 6.45, "lon": 3.39}, "role": "warm-standby"},
    {"id": "eu-west-1"}
  ],
  "populations": [{"id": "europe"}],
  "data": {"primary": "lagos"},
  "faults": [{"at": "10s", "do": "kill", "region": "lagos"}]
})";
        const Scenario s = parse(json);
        const RegionConfig &moved = s.config.regions[0];
        QVERIFY(moved.id.empty()); // still the catalog's us-east-1, only elsewhere
        QCOMPARE(QString::fromStdString(moved.name), QStringLiteral("Home"));
        QVERIFY(moved.location && moved.location->latDeg == 38.5 && moved.location->lonDeg == -90.25);
        const RegionConfig &custom = s.config.regions[1];
        QCOMPARE(QString::fromStdString(custom.id), QStringLiteral("lagos"));
        QCOMPARE(std::string(regionId(custom)), std::string("lagos"));
        QCOMPARE(std::string(regionName(custom)), std::string("Lagos DC"));
        // Its catalog entry (the provider it is billed as) is the nearest one, found here by a scan
        // of the catalog of its own.
        std::size_t nearest = 0;
        for (std::size_t i = 0; i < regionCatalog().size(); ++i) {
            if (greatCircleKm({6.45, 3.39}, regionCatalog()[i].location) <
                greatCircleKm({6.45, 3.39}, regionCatalog()[nearest].location))
                nearest = i;
        }
        QCOMPARE(custom.catalogIndex, static_cast<int>(nearest));
        // Without a name of its own, a custom region is called by its id, never by the nearest
        // catalog entry's name.
        RegionConfig unnamed = custom;
        unnamed.name.clear();
        QCOMPARE(std::string(regionName(unnamed)), std::string("lagos"));
        QCOMPARE(s.config.data.primaryRegion, 1);
        QCOMPARE(s.faults.size(), std::size_t{1});
        QCOMPARE(s.faults[0].a, 1);

        // The network's one-way delays are the latency model's at the regions' own places.
        const Simulation sim(s.config);
        const LatencyModel latency;
        QCOMPARE(sim.network().baseOneWay(0, 1), latency.oneWay({38.5, -90.25}, {6.45, 3.39}));
        QCOMPARE(sim.network().baseOneWay(1, 2), latency.oneWay({6.45, 3.39}, regionCatalog()[6].location));
        QVERIFY(sim.network().baseOneWay(0, 2) !=
                latency.oneWay(regionCatalog()[0].location, regionCatalog()[6].location));

        // Saved and loaded, nothing changes; the bytes are a function of the scenario.
        const QByteArray saved = scenarioToBytes(s);
        QVERIFY(saved.contains("\"lagos\""));
        QVERIFY(saved.contains("\"Lagos DC\""));
        // A region is written id first, then its name and location.
        QVERIFY(saved.indexOf("\"lagos\"") < saved.indexOf("\"Lagos DC\""));
        QVERIFY(saved.indexOf("\"Lagos DC\"") < saved.indexOf("6.45"));
        const Scenario loaded = parse(saved);
        QCOMPARE(loaded.config, s.config);
        QCOMPARE(loaded.faults, s.faults);
        QCOMPARE(scenarioToBytes(loaded), saved);
    }

    void customRegionsRefusedWithTheirPath_data()
    {
        QTest::addColumn<QByteArray>("region");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown without location")
            << QByteArray(R"({"id": "mars-1"})")
            << QStringLiteral(
                   "regions[0].id: unknown region \"mars-1\" (not in the catalog; a region of your "
                   "own needs a \"location\": {\"lat\": ..., \"lon\": ...})");
        QTest::newRow("latitude beyond the pole")
            << QByteArray(R"({"id": "north", "location": {"lat": 91, "lon": 0}})")
            << QStringLiteral("regions[0].location.lat: must be from -90 to 90");
        QTest::newRow("longitude missing")
            << QByteArray(R"({"id": "north", "location": {"lat": 10}})")
            << QStringLiteral("regions[0].location.lon: required field is missing");
        QTest::newRow("empty name")
            << QByteArray(R"({"id": "us-east-1", "name": " "})")
            << QStringLiteral(
                   "regions[0].name: must not be empty (leave the field out for the catalog's name)");
        QTest::newRow("empty id") << QByteArray(R"({"id": "", "location": {"lat": 1, "lon": 2}})")
                                  << QStringLiteral("regions[0].id: must not be empty");
    }
    void customRegionsRefusedWithTheirPath()
    {
        QFETCH(QByteArray, region);
        QFETCH(QString, expected);
        const QByteArray json =
            R"({"format": "failover-lab-scenario", "version": 2, "name": "x", "duration": "1m", "regions": [)" +
            region + R"(], "populations": [{"id": "europe"}]})";
        ScenarioError error;
        const std::optional<QJsonObject> document = parseScenarioDocument(json, &error);
        QVERIFY2(document, qPrintable(error.toString()));
        QVERIFY(!scenarioFromJson(*document, &error));
        QCOMPARE(error.toString(), expected);
    }

    void builtinsRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : builtinScenarioNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void builtinsRoundTrip()
    {
        QFETCH(QString, name);
        ScenarioError error;
        const std::optional<Scenario> s = loadScenario(builtinScenarioPath(name), &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QCOMPARE(s->name, name); // the file name and the name inside agree
        QVERIFY(!s->description.isEmpty());
        QVERIFY(!s->description.contains(QLatin1Char('\n')));
        const std::optional<QJsonObject> document = parseScenarioDocument(scenarioToBytes(*s), &error);
        QVERIFY(document);
        const std::optional<Scenario> again = scenarioFromJson(*document, &error);
        QVERIFY2(again, qPrintable(error.toString()));
        QVERIFY(*again == *s);
    }

    void builtinsExist()
    {
        const QStringList names = builtinScenarioNames();
        QVERIFY(names.size() >= 22);
        for (const char *expected : {"active-active-stateless",
                                     "dns-ttl-vs-front-door-dns",
                                     "dns-ttl-vs-front-door-frontdoor",
                                     "regional-overload",
                                     "shallow-vs-deep-health-check-shallow",
                                     "shallow-vs-deep-health-check-deep",
                                     "warm-standby-vs-pilot-light-warm",
                                     "warm-standby-vs-pilot-light-pilot",
                                     "manual-failback",
                                     "link-degradation",
                                     "active-passive-async",
                                     "active-passive-sync-quorum",
                                     "multi-primary-lww-clock-skew",
                                     "crdt-counter-partition",
                                     "split-brain-unprotected",
                                     "split-brain-fencing",
                                     "split-brain-quorum-leases",
                                     "manual-vs-automatic-failover-manual",
                                     "manual-vs-automatic-failover-automatic",
                                     "hidden-payments-dependency",
                                     "read-heavy-vs-write-heavy-read",
                                     "read-heavy-vs-write-heavy-write"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        ScenarioError error;
        QVERIFY(!readBuiltinDocument(QStringLiteral("no-such-scenario"), &error));
        QVERIFY(error.message.contains(QLatin1String("no-such-scenario")));
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QList<fl::testing::BrokenScenario> cases = fl::testing::brokenScenarios();
        QVERIFY(cases.size() >= 12);
        for (const fl::testing::BrokenScenario &c : cases)
            QTest::newRow(c.name) << c.json << c.error;
    }
    void brokenFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        ScenarioError error;
        const std::optional<QJsonObject> document = parseScenarioDocument(json, &error);
        QVERIFY2(document, qPrintable(error.toString()));
        const std::optional<Scenario> s = scenarioFromJson(*document, &error);
        QVERIFY(!s); // nothing of a broken file is used
        QCOMPARE(error.toString(), expected);
        QVERIFY(expected.startsWith(error.path + QLatin1String(": ")));
    }

    void brokenModelFields_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        for (const fl::testing::BrokenScenario &c : fl::testing::brokenModelScenarios())
            QTest::newRow(c.name) << c.json << c.error;
    }
    void brokenModelFields() { brokenFiles(); }

    void baseOfTheBrokenFilesIsValid()
    {
        ScenarioError error;
        QVERIFY2(scenarioFromJson(fl::testing::validScenarioDocument(), &error),
                 qPrintable(error.toString()));
    }

    void syntaxErrorsGiveLineAndColumn()
    {
        ScenarioError error;
        QVERIFY(!parseScenarioDocument("{\n  \"format\": \"failover-lab-scenario\",\n  \"version\": 1,,\n}",
                                       &error));
        QVERIFY2(error.message.startsWith(QLatin1String("line 3, column 17: not valid JSON: ")),
                 qPrintable(error.message));
        QVERIFY(!parseScenarioDocument("[1, 2]", &error));
        QCOMPARE(error.message, QStringLiteral("a scenario is a JSON object ({ ... }) at the top level"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": ");
        file.close();
        QVERIFY(!loadScenario(path, &error));
        QCOMPARE(error.path, path);
        QVERIFY(!loadScenario(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY(error.message.startsWith(QLatin1String("cannot read ")));
    }

    void overrides_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("path"); // where to look afterwards, as a JSON pointer
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("scalar as string") << QStringLiteral("routing.dns_ttl=30s")
                                          << QStringLiteral("/routing/dns_ttl") << QByteArray("\"30s\"");
        QTest::newRow("array element") << QStringLiteral("populations[1].rate=5000")
                                       << QStringLiteral("/populations/1/rate") << QByteArray("5000");
        QTest::newRow("object merges")
            << QStringLiteral("health={\"timeout\":\"1s\"}") << QStringLiteral("/health")
            << QByteArray(R"({"interval":"5s","timeout":"1s"})");
        QTest::newRow("null removes")
            << QStringLiteral("health.interval=null") << QStringLiteral("/health") << QByteArray("{}");
        QTest::newRow("object created") << QStringLiteral("network.jitter=0") << QStringLiteral("/network")
                                        << QByteArray(R"({"jitter":0})");
        QTest::newRow("key with dashes")
            << QStringLiteral("populations[0].weights.eu-west-1=3")
            << QStringLiteral("/populations/0/weights") << QByteArray(R"({"eu-west-1":3,"us-east-1":1})");
        QTest::newRow("whole list") << QStringLiteral("faults=[]") << QStringLiteral("/faults")
                                    << QByteArray("[]");
        QTest::newRow("boolean") << QStringLiteral("health.deep=false") << QStringLiteral("/health/deep")
                                 << QByteArray("false");
        QTest::newRow("quoted string")
            << QStringLiteral("name=\"a b\"") << QStringLiteral("/name") << QByteArray("\"a b\"");
        QTest::newRow("data section created")
            << QStringLiteral("data.mode=sync-quorum") << QStringLiteral("/data")
            << QByteArray(R"({"mode":"sync-quorum"})");
        QTest::newRow("failover merged")
            << QStringLiteral("failover={\"leases\":true,\"lease_duration\":\"12s\"}")
            << QStringLiteral("/failover") << QByteArray(R"({"lease_duration":"12s","leases":true})");
        QTest::newRow("negative clock skew")
            << QStringLiteral("data.clock_skew.eu-west-1=-300ms") << QStringLiteral("/data/clock_skew")
            << QByteArray(R"({"eu-west-1":"-300ms"})");
        QTest::newRow("dependency list")
            << QStringLiteral("dependencies=[{\"kind\":\"payments\",\"regions\":[\"us-east-1\"]}]")
            << QStringLiteral("/dependencies/0/regions") << QByteArray(R"(["us-east-1"])");
        QTest::newRow("cost") << QStringLiteral("cost.witness=0") << QStringLiteral("/cost/witness")
                              << QByteArray("0");
    }
    void overrides()
    {
        QFETCH(QString, assignment);
        QFETCH(QString, path);
        QFETCH(QByteArray, expected);
        QJsonObject document = fl::testing::validScenarioDocument();
        ScenarioError error;
        QVERIFY2(applyOverride(document, assignment, &error), qPrintable(error.toString()));
        QJsonValue v = document;
        for (const QString &step : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            bool isIndex = false;
            const int index = step.toInt(&isIndex);
            v = isIndex ? v.toArray().at(index) : v.toObject().value(step);
        }
        const QByteArray actual = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        QCOMPARE(actual, QByteArray("[") + expected + QByteArray("]"));
        // The result is still a valid scenario for all but the list edit that emptied it.
        QVERIFY2(scenarioFromJson(document, &error), qPrintable(error.toString()));
    }

    void overridesThenValidation()
    {
        // An override is validated like the file: a bad value is reported at its path.
        QJsonObject document = fl::testing::validScenarioDocument();
        ScenarioError error;
        QVERIFY(applyOverride(document, QStringLiteral("populations[0].rate=-3"), &error));
        QVERIFY(!scenarioFromJson(document, &error));
        QCOMPARE(error.toString(), QStringLiteral("populations[0].rate: must be from 0 to 10000000"));

        document = fl::testing::validScenarioDocument();
        QVERIFY(applyOverride(document, QStringLiteral("failover.leases=true"), &error));
        QVERIFY(applyOverride(document, QStringLiteral("failover.probe_interval=20s"), &error));
        QVERIFY(!scenarioFromJson(document, &error));
        QCOMPARE(error.toString(),
                 QStringLiteral("failover.lease_duration: must be longer than the probe interval "
                                "(20s) when leases are on: each probe renews the lease"));
        QVERIFY(applyOverride(document, QStringLiteral("failover.lease_duration=30s"), &error));
        const std::optional<Scenario> s = scenarioFromJson(document, &error);
        QVERIFY2(s, qPrintable(error.toString()));
        QCOMPARE(s->config.failover.leaseDuration, 30 * kSecond);
        QVERIFY(s->config.failover.leases);
    }

    void overrideErrors_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no value") << QStringLiteral("routing.dns_ttl")
                                  << QStringLiteral(
                                         "routing.dns_ttl: expected PATH=VALUE, e.g. routing.dns_ttl=30s");
        QTest::newRow("index out of range")
            << QStringLiteral("populations[5].rate=1")
            << QStringLiteral("populations[5]: index 5 is out of range (the last index is 1)");
        QTest::newRow("index into an object")
            << QStringLiteral("routing[0]=1")
            << QStringLiteral("routing: is not a list, so it has no element [0]");
        QTest::newRow("field of a scalar")
            << QStringLiteral("seed.high=1")
            << QStringLiteral("seed: is not an object, so it has no field \"high\"");
        QTest::newRow("bad path") << QStringLiteral("routing..dns_ttl=1")
                                  << QStringLiteral(
                                         "routing..dns_ttl: not a field path (names separated by dots, [N] "
                                         "for an element of a list, e.g. populations[0].rate)");
    }
    void overrideErrors()
    {
        QFETCH(QString, assignment);
        QFETCH(QString, expected);
        const QJsonObject original = fl::testing::validScenarioDocument();
        QJsonObject document = original;
        ScenarioError error;
        QVERIFY(!applyOverride(document, assignment, &error));
        QCOMPARE(error.toString(), expected);
        QCOMPARE(document, original); // untouched
    }

    void overrideValues()
    {
        QCOMPARE(overrideValue(QStringLiteral("5000")), QJsonValue(5000));
        QCOMPARE(overrideValue(QStringLiteral("30s")), QJsonValue(QStringLiteral("30s")));
        QCOMPARE(overrideValue(QStringLiteral("1, 2")), QJsonValue(QStringLiteral("1, 2")));
        QCOMPARE(overrideValue(QString()), QJsonValue(QString()));
        QVERIFY(overrideValue(QStringLiteral("null")).isNull());
    }

    void savingIsAtomicAndRefusesWhatItCannotStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.json"));
        const Scenario good = parse(kEveryField);
        QString error;
        QVERIFY(saveScenario(good, path, &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        // Settings the format has no place for: the audit's recording, a test-only fault of the
        // model, a control region that does not exist.
        // Each refusal names the setting by its path (issue 21: it used to name none); the model's
        // copy of the targets is not what a file stores (Scenario::targets is).
        const std::pair<std::function<void(Scenario &)>, QString> spoils[] = {
            {[](Scenario &x) { x.config.data.recordHistory = true; }, QStringLiteral("cannot store data ")},
            {[](Scenario &x) { x.config.failover.testOnlyIgnoreLease = true; },
             QStringLiteral("cannot store failover ")},
            {[](Scenario &x) { x.config.failover.controlRegion = 9; },
             QStringLiteral("cannot store failover.control_region ")},
            {[](Scenario &x) { x.config.targets.rpoSeconds = 5; }, QStringLiteral("cannot store targets ")}};
        for (const auto &[spoil, named] : spoils) {
            Scenario unstorable = good;
            spoil(unstorable);
            QVERIFY(!saveScenario(unstorable, path, &error));
            QVERIFY2(error.contains(named), qPrintable(error));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), before); // the old file is intact
            file.close();
        }

        // A code-built scenario without weights saves them as the 1s the simulation uses.
        Scenario noWeights = good;
        for (PopulationConfig &p : noWeights.config.populations)
            p.weights.clear();
        QVERIFY2(saveScenario(noWeights, path, &error), qPrintable(error));

        QVERIFY(!saveScenario(good, dir.filePath(QStringLiteral("no/such/dir/s.json")), &error));
        QVERIFY2(error.startsWith(QLatin1String("the directory ")) &&
                     error.endsWith(QLatin1String(" does not exist")),
                 qPrintable(error));
        // A directory is not a file to save over.
        QVERIFY(!saveScenario(good, dir.path(), &error));
        QVERIFY2(error.endsWith(QLatin1String("is a directory; give a file name")), qPrintable(error));
    }

    void scenarioBecomesASimulation()
    {
        ScenarioError error;
        std::optional<Scenario> s = scenarioFromJson(fl::testing::validScenarioDocument(), &error);
        QVERIFY(s);
        QCOMPARE(setDuration(*s, 150 * kSecond), std::size_t{2}); // the faults at 3m and 4m cannot apply
        QCOMPARE(s->faults.size(), std::size_t{2});
        s->config.historySeconds = 10; // a whole run is kept regardless
        Simulation sim = makeSimulation(*s);
        sim.runUntil(s->duration);
        const std::vector<Command> &applied = sim.engine().commandLog();
        QCOMPARE(applied.size(), s->faults.size());
        for (std::size_t i = 0; i < applied.size(); ++i)
            QCOMPARE(applied[i], s->faults[i]);
        QCOMPARE(sim.metrics().regionSeries(0).size(), std::size_t{150});
        QCOMPARE(sim.config().seed, std::uint64_t{42});
        QVERIFY(sim.metrics().totals().issued > 0);
    }

    void modelSectionsReachTheSimulation()
    {
        const Scenario s = parse(kEveryField);
        Scenario small = s;
        // A world the size of a unit test.
        for (PopulationConfig &p : small.config.populations)
            p.keySpace = 100;
        small.config.historySeconds = 10;
        const Simulation sim = makeSimulation(small, false);
        QCOMPARE(sim.config().data, s.config.data);
        QCOMPARE(sim.config().failover, s.config.failover);
        QCOMPARE(sim.config().dependencies, s.config.dependencies);
        QCOMPARE(sim.config().cost, s.config.cost);
        QVERIFY(sim.dependencyDeployed(0, 3));
        QVERIFY(!sim.dependencyDeployed(0, 1));
        QVERIFY(sim.dependencyDeployed(4, 2));
    }
};

QTEST_GUILESS_MAIN(ScenarioFormatTest)
#include "tst_scenarioformat.moc"
