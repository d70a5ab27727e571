// Scenario files with one mistake each, and the exact error each must produce (its field path
// first). Shared by tst_scenarioformat (the library) and tst_runcli (the executable's exit code 2).
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace fl::testing {

struct BrokenScenario
{
    const char *name;
    QByteArray json;
    QString error; // ScenarioError::toString()
};

// A valid scenario: two regions, two populations, four faults.
inline QJsonObject validScenarioDocument()
{
    const QByteArray text = R"({
  "format": "failover-lab-scenario",
  "version": 1,
  "name": "broken-base",
  "description": "The valid scenario every broken one starts from.",
  "seed": 42,
  "duration": "10m",
  "regions": [{"id": "us-east-1"}, {"id": "eu-west-1", "capacity": 4000}],
  "populations": [
    {"id": "na-east", "rate": 300, "weights": {"us-east-1": 1, "eu-west-1": 0}},
    {"id": "europe", "rate": 300}
  ],
  "health": {"interval": "5s"},
  "routing": {"mechanism": "dns", "policy": "geo-nearest", "dns_ttl": "30s"},
  "faults": [
    {"at": "1m", "do": "kill", "region": "eu-west-1"},
    {"at": "2m", "do": "restore", "region": "eu-west-1"},
    {"at": "3m", "do": "cut-link", "from": "us-east-1", "to": "eu-west-1"},
    {"at": "4m", "do": "heal-link", "from": "us-east-1", "to": "eu-west-1"}
  ]
})";
    return QJsonDocument::fromJson(text).object();
}

inline QByteArray brokenVariant(const std::function<void(QJsonObject &)> &mutate)
{
    QJsonObject document = validScenarioDocument();
    mutate(document);
    return QJsonDocument(document).toJson();
}

// Replaces element `index` of the list `key` by the result of `edit` on it.
inline void editElement(QJsonObject &document, const char *key, qsizetype index,
                        const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray list = document.value(QLatin1String(key)).toArray();
    QJsonObject element = list.at(index).toObject();
    edit(element);
    list[index] = element;
    document[QLatin1String(key)] = list;
}

inline void setFault(QJsonObject &document, qsizetype index, const QByteArray &json)
{
    QJsonArray faults = document.value(QStringLiteral("faults")).toArray();
    faults[index] = QJsonDocument::fromJson(json).object();
    document[QStringLiteral("faults")] = faults;
}

inline QList<BrokenScenario> brokenScenarios()
{
    using O = QJsonObject;
    const auto key = [](const char *k) { return QLatin1String(k); };
    return {
        {"format missing", brokenVariant([&](O &d) { d.remove(key("format")); }),
         QStringLiteral("format: missing: a scenario file declares \"format\": \"failover-lab-scenario\"")},
        {"format wrong", brokenVariant([&](O &d) { d[key("format")] = QStringLiteral("something-else"); }),
         QStringLiteral("format: expected \"failover-lab-scenario\", found \"something-else\"")},
        {"newer version", brokenVariant([&](O &d) {
             d[key("version")] = 3;
             d[key("replication")] = O(); // a newer file may use what this version does not know
         }),
         QStringLiteral(
             "version: this file uses scenario format version 3, but this Failover Lab reads versions "
             "up to 2; open it with a newer Failover Lab")},
        {"unknown top-level field", brokenVariant([&](O &d) { d[key("colour")] = QStringLiteral("blue"); }),
         QStringLiteral(
             "colour: unknown field (expected one of: format, version, name, description, seed, duration, "
             "regions, populations, health, routing, network, metrics, data, failover, dependencies, cost, "
             "targets, faults)")},
        {"section of an early draft", brokenVariant([&](O &d) {
             d[key("replication")] = O{{key("mode"), key("async")}};
         }),
         QStringLiteral("replication: unknown field: this setting lives at data.mode")},
        {"duration missing", brokenVariant([&](O &d) { d.remove(key("duration")); }),
         QStringLiteral("duration: required field is missing")},
        {"no regions", brokenVariant([&](O &d) { d[key("regions")] = QJsonArray(); }),
         QStringLiteral("regions: must list at least one region")},
        {"unknown region id", brokenVariant([&](O &d) {
             editElement(d, "regions", 1, [&](O &r) { r[key("id")] = QStringLiteral("us-est-1"); });
         }),
         QStringLiteral(
             "regions[1].id: unknown region \"us-est-1\" (not in the catalog; a region of your own "
             "needs a \"location\": {\"lat\": ..., \"lon\": ...})")},
        {"region twice", brokenVariant([&](O &d) {
             editElement(d, "regions", 1, [&](O &r) { r[key("id")] = QStringLiteral("us-east-1"); });
         }),
         QStringLiteral("regions[1].id: region \"us-east-1\" is listed twice (also at regions[0])")},
        {"capacity zero",
         brokenVariant([&](O &d) { editElement(d, "regions", 0, [&](O &r) { r[key("capacity")] = 0; }); }),
         QStringLiteral("regions[0].capacity: must be greater than 0 and at most 10000000")},
        {"rate not a number", brokenVariant([&](O &d) {
             editElement(d, "populations", 1, [&](O &p) { p[key("rate")] = QStringLiteral("fast"); });
         }),
         QStringLiteral("populations[1].rate: must be a number, found \"fast\"")},
        {"weight missing", brokenVariant([&](O &d) {
             editElement(d, "populations", 0, [&](O &p) { p[key("weights")] = O{{key("us-east-1"), 1}}; });
         }),
         QStringLiteral(
             "populations[0].weights: no weight for region \"eu-west-1\" (give every region of the scenario "
             "a weight)")},
        {"weight for an unknown region", brokenVariant([&](O &d) {
             editElement(d, "populations", 0, [&](O &p) {
                 p[key("weights")] = O{{key("us-east-1"), 1}, {key("eu-west-1"), 1}, {key("us-est-1"), 1}};
             });
         }),
         QStringLiteral("populations[0].weights.us-est-1: unknown region \"us-est-1\"")},
        {"negative dns ttl", brokenVariant([&](O &d) {
             d[key("routing")] = O{{key("dns_ttl"), QStringLiteral("-5s")}};
         }),
         QStringLiteral("routing.dns_ttl: must be from 0s to 24h")},
        {"unknown policy", brokenVariant([&](O &d) {
             d[key("routing")] = O{{key("policy"), QStringLiteral("nearest")}};
         }),
         QStringLiteral(
             "routing.policy: unknown value \"nearest\" (expected one of: primary-only, geo-nearest, "
             "latency-based, weighted)")},
        {"unknown resolvers", brokenVariant([&](O &d) {
             d[key("routing")] = O{{key("resolvers"), QStringLiteral("realistic")}};
         }),
         QStringLiteral("routing.resolvers: unknown value \"realistic\" (expected one of: ideal, measured)")},
        {"misspelt health field", brokenVariant([&](O &d) {
             d[key("health")] = O{{key("dept"), true}};
         }),
         QStringLiteral("health.dept: unknown field (expected one of: interval, timeout, failure_threshold, "
                        "recovery_threshold, deep, placement, vantage)")},
        {"duration not a duration", brokenVariant([&](O &d) {
             d[key("health")] = O{{key("interval"), QStringLiteral("ten seconds")}};
         }),
         QStringLiteral(
             "health.interval: must be a duration such as \"90s\", \"10m\" or \"500ms\", or a number of "
             "seconds; found \"ten seconds\"")},
        {"fault names an unknown region",
         brokenVariant([&](O &d) { setFault(d, 3, R"({"at": "4m", "do": "kill", "region": "us-est-1"})"); }),
         QStringLiteral("faults[3].region: unknown region \"us-est-1\"")},
        {"fault names a region not in the scenario", brokenVariant([&](O &d) {
             setFault(d, 0, R"({"at": "1m", "do": "kill", "region": "ap-south-1"})");
         }),
         QStringLiteral(
             "faults[0].region: region \"ap-south-1\" is not one of this scenario's regions (us-east-1, "
             "eu-west-1)")},
        {"fault after the end", brokenVariant([&](O &d) {
             setFault(d, 1, R"({"at": "11m", "do": "restore", "region": "eu-west-1"})");
         }),
         QStringLiteral("faults[1].at: 11m is after the end of the run (duration 10m)")},
        {"unknown command", brokenVariant([&](O &d) {
             setFault(d, 0, R"({"at": "1m", "do": "explode", "region": "eu-west-1"})");
         }),
         QStringLiteral(
             "faults[0].do: unknown value \"explode\" (expected one of: kill, restore, destroy, kill-app, "
             "restore-app, kill-data, restore-data, cut-link, heal-link, degrade-link, isolate, set-weight, "
             "set-rate, set-routing-policy, set-routing-mechanism, set-dns-ttl, set-role, "
             "operator-failback, operator-verify, operator-promote, operator-reroute, deploy-dependency, "
             "remove-dependency, set-clock-skew, set-replication-mode, set-population-routing)")},
        {"argument of another command", brokenVariant([&](O &d) {
             setFault(d, 0, R"({"at": "1m", "do": "kill", "region": "eu-west-1", "to": "us-east-1"})");
         }),
         QStringLiteral("faults[0].to: unknown field (expected one of: at, do, region)")},
        {"link to itself", brokenVariant([&](O &d) {
             setFault(d, 2, R"({"at": "3m", "do": "cut-link", "from": "eu-west-1", "to": "eu-west-1"})");
         }),
         QStringLiteral("faults[2].to: a link joins two different regions")},
        {"total loss", brokenVariant([&](O &d) {
             setFault(d, 2, R"({"at": "3m", "do": "degrade-link", "from": "us-east-1", "to": "eu-west-1",
                                "loss": 1})");
         }),
         QStringLiteral("faults[2].loss: must be from 0 to 0.95")},
        {"negative seed", brokenVariant([&](O &d) { d[key("seed")] = -1; }),
         QStringLiteral("seed: must be a whole number from 0 to 18446744073709551615 (as a string above "
                        "9007199254740992), found -1")},
        {"key spaces too large together", brokenVariant([&](O &d) {
             editElement(d, "populations", 0, [&](O &p) { p[key("keys")] = 9'999'000; });
             editElement(d, "populations", 1, [&](O &p) { p[key("keys")] = 1'001; });
         }),
         QStringLiteral(
             "populations: the key spaces add up to 10000001 keys, more than the 10000000 the data "
             "model can hold (every region keeps a value for every key)")},
    };
}

// The sections of the data and failover models, one broken field each.
inline QList<BrokenScenario> brokenModelScenarios()
{
    using O = QJsonObject;
    using A = QJsonArray;
    const auto key = [](const char *k) { return QLatin1String(k); };
    const auto text = [](const char *t) { return QString::fromUtf8(t); };
    // The valid document with `section` set to `value`.
    const auto with = [](const char *section, const QJsonValue &value) {
        return brokenVariant([&](O &d) { d[QLatin1String(section)] = value; });
    };
    const auto withFault = [](const QByteArray &fault) {
        return brokenVariant([&](O &d) { setFault(d, 0, fault); });
    };
    const O payments{{key("kind"), key("payments")}, {key("regions"), A{key("us-east-1")}}};
    return {
        {"data: not an object", with("data", 5), text("data: must be an object ({ ... }), found 5")},
        {"data: unknown field", with("data", O{{key("replicas"), 2}}),
         text("data.replicas: unknown field (expected one of: topology, primary, mode, batch_interval, "
              "apply_rate, "
              "event_consumer_rate, sync_fallback, sync_lag_timeout, min_sync_replicas, max_log_retention, "
              "forward_writes, reads, ownership, conflict_policy, "
              "record_fields, set_elements, clock_skew)")},
        {"data: topology", with("data", O{{key("topology"), key("star")}}),
         text("data.topology: unknown value \"star\" (expected one of: single-primary, multi-primary, "
              "ownership)")},
        {"data: primary unknown", with("data", O{{key("primary"), key("us-est-1")}}),
         text("data.primary: unknown region \"us-est-1\"")},
        {"data: primary elsewhere", with("data", O{{key("primary"), key("ap-south-1")}}),
         text("data.primary: region \"ap-south-1\" is not one of this scenario's regions (us-east-1, "
              "eu-west-1)")},
        {"data: primary a witness", brokenVariant([&](O &d) {
             editElement(d, "regions", 1, [&](O &r) { r[key("role")] = key("witness"); });
             d[key("data")] = O{{key("primary"), key("eu-west-1")}};
         }),
         text("data.primary: region \"eu-west-1\" is a witness: it holds no data, so it cannot be the "
              "primary")},
        {"data: mode", with("data", O{{key("mode"), key("sync")}}),
         text("data.mode: unknown value \"sync\" (expected one of: sync-all, sync-quorum, semi-sync, async, "
              "event-log)")},
        {"data: batch interval", with("data", O{{key("batch_interval"), key("0s")}}),
         text("data.batch_interval: must be from 1ms to 1m")},
        {"data: apply rate", with("data", O{{key("apply_rate"), 0.5}}),
         text("data.apply_rate: must be from 1 to 10000000")},
        {"data: too many fields", brokenVariant([&](O &d) {
             editElement(d, "populations", 0, [&](O &p) { p[key("keys")] = 146'251; });
             d[key("data")] = O{{key("conflict_policy"), key("field-merge")}, {key("record_fields"), 64}};
         }),
         text(
             "data.record_fields: 156251 keys with 64 fields each make 10000064 field slots per region, more "
             "than the 10000000 the data model can hold; use fewer fields or keys")},
        {"data: too many set elements", brokenVariant([&](O &d) {
             editElement(d, "populations", 0, [&](O &p) { p[key("keys")] = 320'000; });
             d[key("data")] = O{{key("conflict_policy"), key("or-set")}};
         }),
         text("data.set_elements: 330000 keys with 16 elements each, tracked per origin region, make "
              "10560000 set "
              "entries per region, more than the 10000000 the data model can hold; use fewer elements or "
              "keys")},
        {"data: consumer rate", with("data", O{{key("event_consumer_rate"), key("fast")}}),
         text("data.event_consumer_rate: must be a number, found \"fast\"")},
        {"data: fallback enabled", with("data", O{{key("sync_fallback"), O{{key("enabled"), key("yes")}}}}),
         text("data.sync_fallback.enabled: must be true or false, found \"yes\"")},
        {"data: fallback timeout", with("data", O{{key("sync_fallback"), O{{key("timeout"), key("0s")}}}}),
         text("data.sync_fallback.timeout: must be longer than 0s and at most 10m")},
        {"data: fallback field", with("data", O{{key("sync_fallback"), O{{key("after"), key("1s")}}}}),
         text("data.sync_fallback.after: unknown field (expected one of: enabled, timeout)")},
        {"data: forward writes", with("data", O{{key("forward_writes"), key("drop")}}),
         text("data.forward_writes: unknown value \"drop\" (expected one of: forward, refuse)")},
        {"data: reads", with("data", O{{key("reads"), key("nearest")}}),
         text("data.reads: unknown value \"nearest\" (expected one of: local-replica, primary)")},
        {"data: ownership", with("data", O{{key("ownership"), key("range")}}),
         text("data.ownership: unknown value \"range\" (expected one of: key-hash, population)")},
        {"data: conflict policy", with("data", O{{key("conflict_policy"), key("crdt")}}),
         text("data.conflict_policy: unknown value \"crdt\" (expected one of: last-write-wins, pn-counter, "
              "or-set, field-merge)")},
        {"data: record fields", with("data", O{{key("record_fields"), 0}}),
         text("data.record_fields: must be a whole number from 1 to 64, found 0")},
        {"data: set elements", with("data", O{{key("set_elements"), 1.5}}),
         text("data.set_elements: must be a whole number from 1 to 64, found 1.5")},
        {"data: clock skew not an object", with("data", O{{key("clock_skew"), A{key("300ms")}}}),
         text("data.clock_skew: must be an object ({ ... }), found [\"300ms\"]")},
        {"data: clock skew range", with("data", O{{key("clock_skew"), O{{key("eu-west-1"), key("-2h")}}}}),
         text("data.clock_skew.eu-west-1: must be from -1h to 1h")},
        {"data: clock skew region", with("data", O{{key("clock_skew"), O{{key("us-est-1"), key("1s")}}}}),
         text("data.clock_skew.us-est-1: unknown region \"us-est-1\"")},
        {"failover: unknown field", with("failover", O{{key("fence"), true}}),
         text(
             "failover.fence: unknown field (expected one of: mode, control_region, probe_interval, "
             "probe_timeout, "
             "failure_threshold, promotion_time, rejoin, quorum_election, fencing, leases, lease_duration)")},
        {"failover: mode", with("failover", O{{key("mode"), key("semi")}}),
         text("failover.mode: unknown value \"semi\" (expected one of: automatic, manual)")},
        {"failover: control region elsewhere",
         with("failover", O{{key("control_region"), key("ap-south-1")}}),
         text("failover.control_region: region \"ap-south-1\" is not one of this scenario's regions "
              "(us-east-1, eu-west-1)")},
        {"failover: probe interval", with("failover", O{{key("probe_interval"), key("5ms")}}),
         text("failover.probe_interval: must be from 10ms to 1h")},
        {"failover: probe timeout", with("failover", O{{key("probe_timeout"), 0}}),
         text("failover.probe_timeout: must be longer than 0s and at most 10m")},
        {"failover: failure threshold", with("failover", O{{key("failure_threshold"), 0}}),
         text("failover.failure_threshold: must be a whole number from 1 to 100, found 0")},
        {"failover: promotion time", with("failover", O{{key("promotion_time"), key("-1s")}}),
         text("failover.promotion_time: must be from 0s to 1h")},
        {"failover: rejoin", with("failover", O{{key("rejoin"), key("merge")}}),
         text("failover.rejoin: unknown value \"merge\" (expected one of: discard, last-write-wins, "
              "reconcile)")},
        {"failover: quorum election", with("failover", O{{key("quorum_election"), key("yes")}}),
         text("failover.quorum_election: must be true or false, found \"yes\"")},
        {"failover: lease shorter than a probe interval",
         with("failover", O{{key("leases"), true},
                            {key("probe_interval"), key("5s")},
                            {key("lease_duration"), key("5s")}}),
         text("failover.lease_duration: must be longer than the probe interval (5s) when leases are on: each "
              "probe "
              "renews the lease")},
        {"dependencies: not a list", with("dependencies", payments),
         text("dependencies: must be a list ([ ... ]), found "
              "{\"kind\":\"payments\",\"regions\":[\"us-eas...")},
        {"dependencies: too many",
         with("dependencies",
              A{payments, payments, payments, payments, payments, payments, payments, payments, payments}),
         text("dependencies: at most 8 dependencies, found 9")},
        {"dependencies: kind missing", with("dependencies", A{O{{key("regions"), A{}}}}),
         text("dependencies[0].kind: required field is missing")},
        {"dependencies: kind", with("dependencies", A{payments, O{{key("kind"), key("database")}}}),
         text("dependencies[1].kind: unknown value \"database\" (expected one of: payments, auth, "
              "control-plane, "
              "cache, queue)")},
        {"dependencies: region twice",
         with("dependencies",
              A{O{{key("kind"), key("auth")}, {key("regions"), A{key("eu-west-1"), key("eu-west-1")}}}}),
         text("dependencies[0].regions[1]: region \"eu-west-1\" is listed twice (also at "
              "dependencies[0].regions[0])")},
        {"dependencies: unknown region",
         with("dependencies", A{O{{key("kind"), key("auth")}, {key("regions"), A{key("mars")}}}}),
         text("dependencies[0].regions[0]: unknown region \"mars\"")},
        {"dependencies: request share",
         with("dependencies", A{O{{key("kind"), key("queue")}, {key("request_share"), 1.5}}}),
         text("dependencies[0].request_share: must be from 0 to 1")},
        {"dependencies: miss penalty",
         with("dependencies", A{O{{key("kind"), key("cache")}, {key("miss_penalty"), key("2m")}}}),
         text("dependencies[0].miss_penalty: must be from 0s to 1m")},
        {"dependencies: unknown field",
         with("dependencies", A{O{{key("kind"), key("cache")}, {key("ttl"), key("2m")}}}),
         text("dependencies[0].ttl: unknown field (expected one of: kind, regions, request_share, warmup, "
              "miss_penalty)")},
        {"cost: negative", with("cost", O{{key("active"), -1}}),
         text("cost.active: must be from 0 to 1000000000")},
        {"cost: unknown role", with("cost", O{{key("standby"), 1}}),
         text("cost.standby: unknown field (expected one of: active, warm_standby, pilot_light, witness)")},
        {"fault: operator-verify takes no region",
         withFault(R"({"at": "1m", "do": "operator-verify", "region": "eu-west-1"})"),
         text("faults[0].region: unknown field (expected one of: at, do)")},
        {"fault: operator-promote without a region", withFault(R"({"at": "1m", "do": "operator-promote"})"),
         text("faults[0].region: required field is missing")},
        {"fault: operator-reroute elsewhere",
         withFault(R"({"at": "1m", "do": "operator-reroute", "region": "ap-south-1"})"),
         text("faults[0].region: region \"ap-south-1\" is not one of this scenario's regions (us-east-1, "
              "eu-west-1)")},
        {"fault: deploy a dependency of none",
         withFault(R"({"at": "1m", "do": "deploy-dependency", "dependency": 0, "region": "eu-west-1"})"),
         text("faults[0].dependency: this scenario lists no dependencies (see \"dependencies\")")},
        {"fault: remove a dependency out of range", brokenVariant([&](O &d) {
             d[key("dependencies")] = A{payments};
             setFault(d, 0,
                      R"({"at": "1m", "do": "remove-dependency", "dependency": 1, "region": "us-east-1"})");
         }),
         text("faults[0].dependency: must be a whole number from 0 to 0, found 1")},
        {"fault: clock skew range",
         withFault(R"({"at": "1m", "do": "set-clock-skew", "region": "eu-west-1", "skew": "90m"})"),
         text("faults[0].skew: must be from -1h to 1h")},
        {"fault: clock skew missing",
         withFault(R"({"at": "1m", "do": "set-clock-skew", "region": "eu-west-1"})"),
         text("faults[0].skew: required field is missing")},
        {"fault: replication mode",
         withFault(R"({"at": "1m", "do": "set-replication-mode", "mode": "sync"})"),
         text("faults[0].mode: unknown value \"sync\" (expected one of: sync-all, sync-quorum, semi-sync, "
              "async, "
              "event-log)")},
    };
}

} // namespace fl::testing
