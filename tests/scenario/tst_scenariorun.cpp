// Running scenarios headless: every built-in runs, the report is reproducible byte for byte and
// agrees with the simulation's own metrics, the CSV files hold the same series, and targets are
// checked against measured incidents (and only against measured ones).
#include "scenario/builtins.h"
#include "scenario/runreport.h"
#include "scenario/scenarioreader.h"
#include "sim/simulation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fl;
using namespace fl::scenario;

namespace {

// Long enough for every built-in's first faults (at one or two minutes) to apply.
constexpr SimTime kShortRun = 130 * kSecond;

Scenario builtin(const QString &name)
{
    ScenarioError error;
    std::optional<Scenario> s = loadScenario(builtinScenarioPath(name), &error);
    if (!s)
        qFatal("%s", qPrintable(error.toString()));
    return *s;
}

QJsonObject reportOf(const Scenario &s, const Simulation &sim)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(runReportBytes(s, sim), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s", qPrintable(error.errorString()));
    return document.object();
}

double number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toDouble();
}

} // namespace

class ScenarioRunTest : public QObject
{
    Q_OBJECT

private slots:
    void builtinsRun_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : builtinScenarioNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void builtinsRun()
    {
        QFETCH(QString, name);
        Scenario s = builtin(name);
        const std::size_t faults = s.faults.size();
        const std::size_t dropped = setDuration(s, std::min(s.duration, kShortRun));
        QVERIFY2(s.faults.size() > 0, "a built-in's first fault applies within the short run");
        Simulation sim = makeSimulation(s);
        sim.runUntil(s.duration);

        QCOMPARE(sim.engine().commandLog().size(), faults - dropped);
        for (std::size_t i = 0; i < s.faults.size(); ++i)
            QCOMPARE(sim.engine().commandLog()[i].at, s.faults[i].at);
        const RequestCounters totals = sim.metrics().totals();
        QVERIFY(totals.issued > 0);
        QVERIFY(totals.succeeded > 0);
        QCOMPARE(sim.metrics().regionSeries(0).size(),
                 static_cast<std::size_t>(s.duration / s.config.metricsInterval));

        const QJsonObject report = reportOf(s, sim);
        QCOMPARE(report.value(QStringLiteral("scenario")).toString(), name);
        QCOMPARE(report.value(QStringLiteral("commands")).toArray().size(),
                 static_cast<qsizetype>(s.faults.size()));
    }

    void sameSeedSameBytes()
    {
        Scenario s = builtin(QStringLiteral("active-active-stateless"));
        setDuration(s, 150 * kSecond);
        QByteArray first, second;
        {
            Simulation sim = makeSimulation(s);
            sim.runUntil(s.duration);
            first = runReportBytes(s, sim);
        }
        {
            Simulation sim = makeSimulation(s);
            sim.runUntil(s.duration);
            second = runReportBytes(s, sim);
        }
        QVERIFY(first.size() > 10'000);
        QVERIFY(first == second);

        s.config.seed += 1;
        Simulation other = makeSimulation(s);
        other.runUntil(s.duration);
        const QJsonObject a = QJsonDocument::fromJson(first).object();
        const QJsonObject b = reportOf(s, other);
        QVERIFY(a.value(QStringLiteral("trace_hash")) != b.value(QStringLiteral("trace_hash")));
    }

    void reportAgreesWithTheMetrics()
    {
        Scenario s = builtin(QStringLiteral("manual-failback"));
        setDuration(s, 100 * kSecond);
        Simulation sim = makeSimulation(s);
        sim.runUntil(s.duration);
        const WorldMetrics &m = sim.metrics();
        const QJsonObject report = reportOf(s, sim);

        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("failover-lab-metrics"));
        QCOMPARE(number(report, "seed"), static_cast<double>(s.config.seed));
        QCOMPARE(report.value(QStringLiteral("trace_hash")).toString(),
                 QStringLiteral("%1").arg(sim.traceHash(), 16, 16, QLatin1Char('0')));
        const QJsonObject totals = report.value(QStringLiteral("totals")).toObject();
        QCOMPARE(number(totals, "issued"), static_cast<double>(m.totals().issued));
        QCOMPARE(number(totals, "succeeded"), static_cast<double>(m.totals().succeeded));
        QCOMPARE(number(totals, "failed"), static_cast<double>(m.totals().failed()));
        QCOMPARE(number(totals, "in_flight"), static_cast<double>(sim.requestsInFlight()));
        const QJsonObject availability = report.value(QStringLiteral("availability")).toObject();
        QCOMPARE(number(availability, "by_requests"), m.availability().byRequests());
        QCOMPARE(number(availability, "by_time"), m.availability().byTime());
        QVERIFY(m.availability().byRequests() < 1.0); // Ireland was down for 40 s

        const QJsonArray times = report.value(QStringLiteral("time_s")).toArray();
        QCOMPARE(times.size(), 100);
        QCOMPARE(times.first().toDouble(), 1.0);
        const QJsonArray populations = report.value(QStringLiteral("populations")).toArray();
        QCOMPARE(populations.size(), static_cast<qsizetype>(m.populationCount()));
        for (qsizetype p = 0; p < populations.size(); ++p) {
            const QJsonObject o = populations.at(p).toObject();
            const QJsonObject latency = o.value(QStringLiteral("latency_ms")).toObject();
            const LatencyHistogram &h = m.populationLatency(static_cast<std::size_t>(p));
            QCOMPARE(number(latency, "p99"), toMilliseconds(h.percentile(0.99)));
            QCOMPARE(number(o.value(QStringLiteral("totals")).toObject(), "succeeded"),
                     static_cast<double>(m.populationTotals(static_cast<std::size_t>(p)).succeeded));
            const QJsonObject series = o.value(QStringLiteral("series")).toObject();
            QCOMPARE(series.value(QStringLiteral("requests_per_s")).toArray().size(), times.size());
            QCOMPARE(series.value(QStringLiteral("requests_per_s")).toArray().at(9).toDouble(),
                     m.populationSeries(static_cast<std::size_t>(p))[9].requestsPerSecond);
        }
        const QJsonArray regions = report.value(QStringLiteral("regions")).toArray();
        QCOMPARE(regions.size(), qsizetype{2});
        const QJsonObject ireland = regions.at(1).toObject();
        QCOMPARE(ireland.value(QStringLiteral("id")).toString(), QStringLiteral("eu-west-1"));
        QCOMPARE(number(ireland.value(QStringLiteral("totals")).toObject(), "failed_timeout"),
                 static_cast<double>(m.regionTotals(1).failedTimeout));
        // While Ireland is down nothing succeeds there: its latency does not exist, and says so.
        const QJsonArray p99 =
            ireland.value(QStringLiteral("series")).toObject().value(QStringLiteral("p99_ms")).toArray();
        QVERIFY(p99.at(80).isNull());
        QVERIFY(p99.at(10).isDouble());

        const QJsonArray events = report.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), static_cast<qsizetype>(sim.events().size()));
        QCOMPARE(events.first().toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("command-applied"));
        QCOMPARE(events.first().toObject().value(QStringLiteral("command")).toString(),
                 QStringLiteral("kill"));
        bool leftRotation = false;
        for (const QJsonValue &e : events) {
            const QJsonObject o = e.toObject();
            leftRotation =
                leftRotation ||
                (o.value(QStringLiteral("type")).toString() == QLatin1String("region-left-rotation") &&
                 o.value(QStringLiteral("region")).toString() == QLatin1String("eu-west-1"));
        }
        QVERIFY(leftRotation);

        // The kill opened an incident the model measures; it is reported as measured.
        const QJsonArray incidents = report.value(QStringLiteral("incidents")).toArray();
        QCOMPARE(incidents.size(), static_cast<qsizetype>(sim.incidents().size()));
        QVERIFY(!incidents.isEmpty());
        const QJsonObject first = incidents.first().toObject();
        QCOMPARE(first.value(QStringLiteral("fault")).toString(), QStringLiteral("kill"));
        QCOMPARE(first.value(QStringLiteral("region")).toString(), QStringLiteral("eu-west-1"));
        QCOMPARE(first.value(QStringLiteral("failure_s")).toDouble(), 60.0);
        QCOMPARE(first.value(QStringLiteral("rto_s")).isNull(), !sim.incidents().front().serviceRecovered());
        QCOMPARE(measureIncidents(sim).size(), sim.incidents().size());
        // The scenario sets no target, so none is judged.
        QCOMPARE(
            report.value(QStringLiteral("targets")).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("no-targets"));

        // The report carries the scenario as it ran.
        ScenarioError error;
        const std::optional<Scenario> ran =
            scenarioFromJson(report.value(QStringLiteral("scenario_document")).toObject(), &error);
        QVERIFY2(ran, qPrintable(error.toString()));
        QVERIFY(*ran == s);
    }

    void csvHoldsTheSameSeries()
    {
        Scenario s = builtin(QStringLiteral("regional-overload"));
        setDuration(s, 70 * kSecond);
        Simulation sim = makeSimulation(s);
        sim.runUntil(s.duration);
        QTemporaryDir dir;
        QStringList written;
        QString error;
        QVERIFY2(writeRunCsv(s, sim, dir.filePath(QStringLiteral("csv")), &written, &error),
                 qPrintable(error));
        QCOMPARE(written.size(), 6);

        auto lines = [&](const QString &name) {
            QFile file(QDir(dir.filePath(QStringLiteral("csv"))).filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return QList<QByteArray>();
            QList<QByteArray> l = file.readAll().split('\n');
            l.removeLast(); // after the final newline
            return l;
        };
        const QList<QByteArray> regions = lines(QStringLiteral("regions.csv"));
        QCOMPARE(regions.size(), 1 + 70 * 3);
        QVERIFY(regions.first().startsWith("time_s,region,attempts_per_s,successes_per_s"));
        // Row for us-east-1 at t = 65 s, against the series.
        const QList<QByteArray> row = regions.at(1 + 64 * 3).split(',');
        QCOMPARE(row.at(0), QByteArray("65"));
        QCOMPARE(row.at(1), QByteArray("us-east-1"));
        QCOMPARE(row.at(3).toDouble(), sim.metrics().regionSeries(0)[64].successesPerSecond);
        QCOMPARE(lines(QStringLiteral("populations.csv")).size(), 1 + 70 * 3);
        QCOMPARE(lines(QStringLiteral("events.csv")).size(), 1 + static_cast<qsizetype>(sim.events().size()));
        const QList<QByteArray> totals = lines(QStringLiteral("totals.csv"));
        QCOMPARE(totals.size(), 1 + 1 + 3 + 3);
        QVERIFY(totals.at(1).startsWith("run,,"));
        QVERIFY(totals.at(1).contains(
            QByteArray::number(static_cast<qulonglong>(sim.metrics().totals().issued))));
        const QList<QByteArray> data = lines(QStringLiteral("data.csv"));
        QCOMPARE(data.size(), 1 + 70);
        QVERIFY(data.first().startsWith("time_s,writes_acknowledged,writes_pending,"));
        QCOMPARE(data.at(70).split(',').at(1).toDouble(), sim.metrics().dataSeries()[69].writesAcknowledged);
        const QList<QByteArray> writes = lines(QStringLiteral("writes.csv"));
        QCOMPARE(writes.size(), 2);
        const QList<QByteArray> header = writes.at(0).split(',');
        const QList<QByteArray> values = writes.at(1).split(',');
        QCOMPARE(header.size(), values.size());
        QCOMPARE(header.at(0), QByteArray("issued"));
        QCOMPARE(values.at(0).toULongLong(), static_cast<qulonglong>(sim.writes().issued));
        QCOMPARE(header.last(), QByteArray("cost_total"));
    }

    void reportCarriesTheDataLayer()
    {
        Scenario s = builtin(QStringLiteral("active-passive-async"));
        setDuration(s, 150 * kSecond); // the primary dies at 2 min and is replaced
        Simulation sim = makeSimulation(s);
        sim.runUntil(s.duration);
        sim.recountWrites();
        const WriteAccounting &w = sim.writes();
        QVERIFY(w.balanced());
        const QJsonObject report = reportOf(s, sim);

        const QJsonObject writes = report.value(QStringLiteral("writes")).toObject();
        QCOMPARE(number(writes, "issued"), static_cast<double>(w.issued));
        QCOMPARE(number(writes, "acknowledged"), static_cast<double>(w.acknowledged));
        QCOMPARE(number(writes, "indeterminate"), static_cast<double>(w.indeterminate));
        QCOMPARE(number(writes, "durable"), static_cast<double>(w.durable));
        QCOMPARE(number(writes, "pending"), static_cast<double>(w.pending));
        QCOMPARE(number(writes, "lost"), static_cast<double>(w.lost()));
        QCOMPARE(number(writes, "lost_not_shipped"), static_cast<double>(w.lostNotShipped));
        QCOMPARE(number(writes, "stale_reads"), static_cast<double>(w.staleReads));
        QCOMPARE(number(writes, "reads"), static_cast<double>(w.reads));
        QVERIFY(writes.value(QStringLiteral("balanced")).toBool());
        QVERIFY(w.lostNotShipped > 0); // asynchronous replication: the crash lost some

        const QJsonObject split = report.value(QStringLiteral("split_brain")).toObject();
        QCOMPARE(number(split, "fencing_refusals"), static_cast<double>(sim.fencingRefusals()));
        QCOMPARE(number(split, "divergent_keys"), static_cast<double>(sim.divergentKeys()));
        const QJsonObject cost = report.value(QStringLiteral("cost")).toObject();
        QCOMPARE(number(cost, "per_hour"), sim.costPerHour());
        QCOMPARE(number(cost, "total"), sim.totalCost());
        QVERIFY(sim.totalCost() > 0);

        // Every series is sampled at the same times.
        const qsizetype samples = report.value(QStringLiteral("time_s")).toArray().size();
        QCOMPARE(samples, qsizetype{150});
        const QJsonObject data = report.value(QStringLiteral("data_series")).toObject();
        for (const QString &series : data.keys())
            QCOMPARE(data.value(series).toArray().size(), samples);
        const auto &dataSeries = sim.metrics().dataSeries();
        QCOMPARE(data.value(QStringLiteral("lost_not_shipped")).toArray().last().toDouble(),
                 dataSeries[dataSeries.size() - 1].lostNotShipped);
        QCOMPARE(data.value(QStringLiteral("cost_total")).toArray().at(99).toDouble(),
                 dataSeries[99].costTotal);

        // The standby's replication lag, per interval.
        const QJsonObject ohio = report.value(QStringLiteral("regions"))
                                     .toArray()
                                     .at(1)
                                     .toObject()
                                     .value(QStringLiteral("series"))
                                     .toObject();
        const auto &ohioSeries = sim.metrics().regionSeries(1);
        for (const char *key : {"receive_lag_ms", "apply_lag_ms", "entries_behind"})
            QCOMPARE(ohio.value(QLatin1String(key)).toArray().size(), samples);
        QCOMPARE(ohio.value(QStringLiteral("receive_lag_ms")).toArray().at(60).toDouble(),
                 ohioSeries[60].receiveLagMs);
        QCOMPARE(ohio.value(QStringLiteral("entries_behind")).toArray().at(60).toDouble(),
                 ohioSeries[60].entriesBehind);
        // The incident carries the loss.
        const QJsonObject incident = report.value(QStringLiteral("incidents")).toArray().first().toObject();
        QCOMPARE(number(incident, "lost_writes"), static_cast<double>(sim.incidents().front().lostWrites));
        QVERIFY(sim.incidents().front().lostWrites > 0);
    }

    // Each built-in of the data and failover models tells its lesson in the model's own numbers.
    // Runs are cut short where the lesson has been told.
    void lessons_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("seconds");
        QTest::newRow("async") << QStringLiteral("active-passive-async") << 160;
        QTest::newRow("sync-quorum") << QStringLiteral("active-passive-sync-quorum") << 160;
        QTest::newRow("lww") << QStringLiteral("multi-primary-lww-clock-skew") << 240;
        QTest::newRow("crdt") << QStringLiteral("crdt-counter-partition") << 260;
        QTest::newRow("unprotected") << QStringLiteral("split-brain-unprotected") << 200;
        QTest::newRow("fencing") << QStringLiteral("split-brain-fencing") << 200;
        QTest::newRow("quorum-leases") << QStringLiteral("split-brain-quorum-leases") << 200;
        QTest::newRow("automatic") << QStringLiteral("manual-vs-automatic-failover-automatic") << 240;
        QTest::newRow("manual") << QStringLiteral("manual-vs-automatic-failover-manual") << 420;
        QTest::newRow("payments") << QStringLiteral("hidden-payments-dependency") << 400;
        QTest::newRow("read-heavy") << QStringLiteral("read-heavy-vs-write-heavy-read") << 240;
        QTest::newRow("write-heavy") << QStringLiteral("read-heavy-vs-write-heavy-write") << 240;
    }
    void lessons()
    {
        QFETCH(QString, name);
        QFETCH(int, seconds);
        Scenario s = builtin(name);
        setDuration(s, seconds * kSecond);
        Simulation sim = makeSimulation(s);
        sim.runUntil(s.duration);
        sim.recountWrites();
        const WriteAccounting &w = sim.writes();
        QVERIFY(w.balanced());
        QVERIFY(w.acknowledged > 0);
        const auto &data = sim.metrics().dataSeries();
        double peakDivergence = 0;
        bool everSplit = false;
        for (std::size_t i = 0; i < data.size(); ++i) {
            peakDivergence = std::max(peakDivergence, data[i].divergentKeys);
            everSplit = everSplit || data[i].splitBrain;
        }
        const std::vector<Incident> &incidents = sim.incidents();
        const auto rtoOf = [&] {
            return incidents.empty() || !incidents.front().serviceRecovered() ? kNever
                                                                              : incidents.front().rto();
        };

        if (name == QLatin1String("active-passive-async")) {
            // Loss ~ acknowledged write rate x receive lag of the replica that was promoted.
            QCOMPARE(incidents.size(), std::size_t{1});
            const Incident &i = incidents.front();
            QVERIFY(i.promoted != kNever);
            const int promoted = sim.routingPrimary();
            QVERIFY(promoted == 1 || promoted == 2);
            const auto &lag = sim.metrics().regionSeries(static_cast<std::size_t>(promoted));
            double lagSeconds = 0;
            for (std::size_t t = 60; t < 119; ++t)
                lagSeconds += lag[t].receiveLagMs / 1000.0 / 59.0;
            const double rate = data[118].writesAcknowledged / 119.0;
            const double expected = rate * lagSeconds;
            qInfo("async: %llu lost, rate %.0f/s x lag %.3f s = %.0f",
                  static_cast<unsigned long long>(w.lostNotShipped), rate, lagSeconds, expected);
            QVERIFY(w.lostNotShipped > 0);
            QVERIFY(w.lostNotShipped > 0.5 * expected && w.lostNotShipped < 1.5 * expected);
            QCOMPARE(i.lostWrites, w.lostNotShipped);
        } else if (name == QLatin1String("active-passive-sync-quorum")) {
            QCOMPARE(w.lost(), std::uint64_t{0});
            QCOMPARE(incidents.size(), std::size_t{1});
            QVERIFY(incidents.front().promoted != kNever);
            QCOMPARE(incidents.front().lostWrites, std::uint64_t{0});
        } else if (name == QLatin1String("multi-primary-lww-clock-skew")) {
            // Concurrent writes are dropped with perfect clocks; the skew at 2 min adds causally
            // later writes lost to earlier ones.
            const double beforeSkew = data[118].lostOverwritten;
            QVERIFY(beforeSkew > 0);
            QVERIFY(w.lwwConcurrentDrops > 0);
            QVERIFY(w.lwwSkewDrops > 10 * 10); // a handful of same-microsecond ties before the skew
            QVERIFY(data[data.size() - 1].lostOverwritten - data[119].lostOverwritten > 2 * beforeSkew);
            // Drops are counted for every dropped write; the lost ones are those acknowledged.
            QVERIFY(w.lostOverwritten <= w.lwwConcurrentDrops + w.lwwSkewDrops);
        } else if (name == QLatin1String("crdt-counter-partition")) {
            QCOMPARE(w.lost(), std::uint64_t{0});
            QCOMPARE(w.conflicts, std::uint64_t{0});
            // Tokyo fell three minutes behind, then caught up.
            const auto &tokyo = sim.metrics().regionSeries(2);
            QVERIFY(tokyo[200].receiveLagMs > 100'000);
            QVERIFY(tokyo[tokyo.size() - 1].receiveLagMs < 1'000);
        } else if (name.startsWith(QLatin1String("split-brain"))) {
            QCOMPARE(incidents.size(), std::size_t{1});
            if (name == QLatin1String("split-brain-quorum-leases")) {
                QVERIFY(!everSplit);
                QCOMPARE(peakDivergence, 0.0);
                QCOMPARE(w.orphaned + w.lost(), std::uint64_t{0});
                QVERIFY(w.failed > 0); // the minority refuses its users' writes instead
                QVERIFY(rtoOf() > 90 * kSecond);
            } else {
                QVERIFY(everSplit);
                QVERIFY(peakDivergence > 0);
                QVERIFY(w.lostDiscarded > 0); // the orphans, rolled back at the heal
                QVERIFY(incidents.front().rpo() > 60 * kSecond);
                const bool fencing = name == QLatin1String("split-brain-fencing");
                QCOMPARE(sim.fencingRefusals() > 0, fencing);
                QCOMPARE(sim.staleEpochApplied() > 0, !fencing);
            }
        } else if (name == QLatin1String("manual-vs-automatic-failover-automatic")) {
            QVERIFY(rtoOf() < 2 * kMinute);
        } else if (name == QLatin1String("manual-vs-automatic-failover-manual")) {
            QVERIFY(rtoOf() > 4 * kMinute && rtoOf() != kNever);
        } else if (name == QLatin1String("hidden-payments-dependency")) {
            // Promoted within half a minute, yet users recover only once payments is deployed (6 min).
            const Incident &i = incidents.front();
            QVERIFY(i.promoted - i.failure < 30 * kSecond);
            QVERIFY(i.serviceRecovered());
            QVERIFY(i.recovered >= 6 * kMinute);
        } else if (name.startsWith(QLatin1String("read-heavy-vs-write-heavy"))) {
            const double stale = static_cast<double>(w.staleReads) / static_cast<double>(w.reads);
            const bool writeHeavy = name.endsWith(QLatin1String("write"));
            qInfo("%s: stale %.4f, lost %llu, RTO %.1f s", qPrintable(name), stale,
                  static_cast<unsigned long long>(w.lost()), toSeconds(rtoOf()));
            QVERIFY(writeHeavy ? stale > 0.1 : stale < 0.02);
            QVERIFY(writeHeavy ? rtoOf() > 90 * kSecond : rtoOf() < 90 * kSecond);
        }
    }

    void targetsAreCheckedPerIncident()
    {
        scenario::Targets targets;
        std::vector<IncidentMeasure> incidents;
        const SimTime end = 600 * kSecond;
        QVERIFY(checkTargets(targets, incidents, end).empty());
        incidents.push_back(IncidentMeasure{60 * kSecond, 90 * kSecond, 2 * kSecond, 40});
        incidents.push_back(IncidentMeasure{300 * kSecond, std::nullopt, 0, 0}); // open at the end
        QVERIFY(checkTargets(targets, incidents, end).empty());                  // no target, nothing to miss

        targets.rto = 2 * kMinute;
        targets.rpo = 1 * kSecond;
        const std::vector<TargetMiss> misses = checkTargets(targets, incidents, end);
        QCOMPARE(misses.size(), std::size_t{2});
        QCOMPARE(misses[0].kind, TargetMiss::Kind::Rpo);
        QCOMPARE(misses[0].incident, std::size_t{0});
        QCOMPARE(*misses[0].measured, 2 * kSecond);
        QCOMPARE(misses[1].kind, TargetMiss::Kind::Rto);
        QCOMPARE(misses[1].incident, std::size_t{1}); // open for 300 s, longer than the 2 min target
        QVERIFY(!misses[1].measured);

        // An incident open for less than the target when the run ends has not missed it (yet).
        QCOMPARE(checkTargets(targets, incidents, 400 * kSecond).size(), std::size_t{1});

        targets.rpo = 5 * kSecond;
        targets.rto = 10 * kMinute;
        QVERIFY(checkTargets(targets, incidents, end).empty());
    }

    // The DNS built-ins run on `measured` resolvers: most users have moved within a TTL of the health
    // checks dropping the region, but the RTO, judged at 99 %, waits for the clients behind
    // resolvers that keep answers for 5 minutes. With `ideal` resolvers it is detection plus a TTL.
    void dnsLessonsShowTheResolversTail_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("region");     // the one killed
        QTest::addColumn<int>("population"); // its users
        QTest::newRow("dns-ttl-vs-front-door") << QStringLiteral("dns-ttl-vs-front-door-dns") << 1 << 1;
        QTest::newRow("active-active-stateless") << QStringLiteral("active-active-stateless") << 2 << 2;
    }
    void dnsLessonsShowTheResolversTail()
    {
        QFETCH(QString, name);
        QFETCH(int, region);
        QFETCH(int, population);
        for (const DnsResolvers resolvers : {DnsResolvers::Measured, DnsResolvers::Ideal}) {
            Scenario s = builtin(name);
            QCOMPARE(s.config.routing.resolvers, DnsResolvers::Measured);
            s.config.routing.resolvers = resolvers;
            Simulation sim = makeSimulation(s);
            sim.runUntil(s.duration);
            QVERIFY(!sim.incidents().empty());
            const Incident &incident = sim.incidents().front();
            SimTime dropped = kNever;
            for (std::size_t i = 0; i < sim.events().size() && dropped == kNever; ++i)
                if (sim.events()[i].type == SimEventType::RegionLeftRotation &&
                    sim.events()[i].region == region)
                    dropped = sim.events()[i].time;
            QVERIFY(dropped != kNever);
            // The first interval after the drop in which 90 % of the users' requests succeeded.
            SimTime ninety = kNever;
            const auto &series = sim.metrics().populationSeries(static_cast<std::size_t>(population));
            for (std::size_t i = 0; i < series.size() && ninety == kNever; ++i)
                if (fromSeconds(series[i].timeSeconds) > dropped && series[i].successRatio >= 0.9)
                    ninety = fromSeconds(series[i].timeSeconds);
            const SimTime ttl = s.config.routing.dnsTtl;
            qInfo("%s, %s resolvers: out of rotation %.1f s after the kill, 90 %% served again %.1f s after "
                  "that, RTO (99 %%) %.1f s",
                  qPrintable(name), resolvers == DnsResolvers::Measured ? "measured" : "ideal",
                  toSeconds(dropped - incident.failure), toSeconds(ninety - dropped),
                  toSeconds(incident.rto()));
            QVERIFY(ninety != kNever && ninety - dropped <= ttl + 3 * kSecond);
            QVERIFY(incident.rto() != kNever);
            const SimTime afterDrop = incident.recovered - dropped;
            if (resolvers == DnsResolvers::Ideal)
                QVERIFY(afterDrop <= ttl + 3 * kSecond);
            else
                QVERIFY(afterDrop > ttl + kMinute);
        }
    }

    void targetsReachTheModel()
    {
        Scenario s = builtin(QStringLiteral("dns-ttl-vs-front-door-dns"));
        QVERIFY(s.targets.rto);
        QCOMPARE(s.config.targets, fl::Targets{}); // the scenario keeps its own
        const Simulation sim = makeSimulation(s);
        QCOMPARE(sim.config().targets.rtoSeconds, toSeconds(*s.targets.rto));
        QCOMPARE(sim.config().targets.rpoSeconds, -1.0);
    }
};

QTEST_GUILESS_MAIN(ScenarioRunTest)
#include "tst_scenariorun.moc"
