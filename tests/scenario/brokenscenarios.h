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
             d[key("version")] = 2;
             d[key("replication")] = O(); // a newer file may use what this version does not know
         }),
         QStringLiteral(
             "version: this file uses scenario format version 2, but this Failover Lab reads versions "
             "up to 1; open it with a newer Failover Lab")},
        {"unknown top-level field", brokenVariant([&](O &d) { d[key("colour")] = QStringLiteral("blue"); }),
         QStringLiteral(
             "colour: unknown field (expected one of: format, version, name, description, seed, duration, "
             "regions, populations, health, routing, network, metrics, targets, faults)")},
        {"reserved section", brokenVariant([&](O &d) {
             d[key("replication")] = O{{key("mode"), key("async")}};
         }),
         QStringLiteral("replication: not supported yet: this section is reserved for a later version of the "
                        "scenario format")},
        {"duration missing", brokenVariant([&](O &d) { d.remove(key("duration")); }),
         QStringLiteral("duration: required field is missing")},
        {"no regions", brokenVariant([&](O &d) { d[key("regions")] = QJsonArray(); }),
         QStringLiteral("regions: must list at least one region")},
        {"unknown region id", brokenVariant([&](O &d) {
             editElement(d, "regions", 1, [&](O &r) { r[key("id")] = QStringLiteral("us-est-1"); });
         }),
         QStringLiteral("regions[1].id: unknown region \"us-est-1\"")},
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
             "operator-failback)")},
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
    };
}

} // namespace fl::testing
