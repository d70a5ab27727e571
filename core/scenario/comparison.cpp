// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "csv.h"
#include "duration.h"
#include "jsonwriter.h"
#include "names.h"
#include "runreport.h"
#include "scenarioreader.h"
#include "scenariowriter.h"
#include "spec/commands.h"
#include "worldids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace fl::scenario {
namespace {

class CompareText
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::Compare)
};

// Faults and traffic are what happens to the world; settings and operators are the design's answer.
bool sharedCommand(const Command &c)
{
    const CommandSpec *spec = commandSpec(static_cast<CommandType>(c.type));
    return spec && (spec->kind == CommandKind::Fault || spec->kind == CommandKind::Traffic);
}

QString describe(const QJsonObject &command)
{
    return CompareText::tr("'%1' at %2")
        .arg(command.value(QStringLiteral("do")).toString(), command.value(QStringLiteral("at")).toString());
}

// A dependency command names its dependency by index: B's must be of the same kind.
bool dependencyMatches(const Scenario &a, const Scenario &b, const Command &c, QString *error)
{
    const CommandSpec *spec = commandSpec(static_cast<CommandType>(c.type));
    if (!spec || spec->shape != CommandShape::Dependency)
        return true;
    const auto index = static_cast<std::size_t>(c.a);
    const QString kindA = dependencyKindName(a.config.dependencies.at(index).kind);
    if (index >= b.config.dependencies.size() ||
        b.config.dependencies[index].kind != a.config.dependencies[index].kind) {
        *error = CompareText::tr("B has no dependency %1 of kind %2, which A's command at %3 (%4) names")
                     .arg(index)
                     .arg(kindA, formatDuration(c.at), commandName(static_cast<CommandType>(c.type)));
        return false;
    }
    return true;
}

// A value in a report by a dotted path with list indexes ("incidents[0].rto_s"); a list element
// may also be picked by its id ("populations[na-east].latency_ms.p99").
QJsonValue valueAt(const QJsonObject &root, const QByteArray &path)
{
    static const QRegularExpression segment(QStringLiteral("^([a-z_0-9]+)(?:\\[([^\\]]+)\\])?$"));
    QJsonValue v = root;
    for (const QByteArray &part : path.split('.')) {
        const QRegularExpressionMatch m = segment.match(QString::fromUtf8(part));
        if (!m.hasMatch() || !v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(m.captured(1));
        if (m.captured(2).isEmpty())
            continue;
        const QJsonArray list = v.toArray();
        bool isIndex = false;
        const int index = m.captured(2).toInt(&isIndex);
        v = QJsonValue(QJsonValue::Undefined);
        if (isIndex) {
            if (index >= 0 && index < list.size())
                v = list.at(index);
            continue;
        }
        for (const QJsonValue &element : list) {
            if (element.toObject().value(QStringLiteral("id")).toString() == m.captured(2))
                v = element;
        }
    }
    return v;
}

std::optional<double> numberAt(const QJsonObject &root, const QByteArray &path)
{
    const QJsonValue v = valueAt(root, path);
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

// Figures a report does not hold as such but gives everything for.
std::optional<double> meanCostPerHour(const QJsonObject &report)
{
    const std::optional<double> total = numberAt(report, "cost.total");
    const std::optional<double> seconds = numberAt(report, "simulated_s");
    if (!total || !seconds || *seconds <= 0)
        return std::nullopt;
    return *total / (*seconds / 3600.0);
}

double operatorActions(const QJsonObject &report)
{
    double n = 0;
    for (const QJsonValue &c : report.value(QStringLiteral("commands")).toArray()) {
        const std::optional<CommandType> type =
            commandFromName(c.toObject().value(QStringLiteral("do")).toString());
        const CommandSpec *spec = type ? commandSpec(*type) : nullptr;
        n += spec && spec->kind == CommandKind::Operator ? 1 : 0;
    }
    return n;
}

// Every region (whatever its role, a witness included) and every deployment of a dependency; a
// cache runs in each region.
double componentsRun(const QJsonObject &report)
{
    const QJsonObject document = report.value(QStringLiteral("scenario_document")).toObject();
    const auto regions = static_cast<double>(document.value(QStringLiteral("regions")).toArray().size());
    double n = regions;
    for (const QJsonValue &d : document.value(QStringLiteral("dependencies")).toArray()) {
        const QJsonObject dependency = d.toObject();
        n += dependency.value(QStringLiteral("kind")).toString() == QLatin1String("cache")
                 ? regions
                 : static_cast<double>(dependency.value(QStringLiteral("regions")).toArray().size());
    }
    return n;
}

QStringList populationIds(const QJsonObject &reportA, const QJsonObject &reportB)
{
    QStringList ids;
    for (const QJsonObject *report : {&reportA, &reportB}) {
        for (const QJsonValue &p : report->value(QStringLiteral("populations")).toArray()) {
            const QString id = p.toObject().value(QStringLiteral("id")).toString();
            if (!ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

QString betterName(CompareRow::Better better)
{
    switch (better) {
    case CompareRow::Better::Higher:
        return QStringLiteral("higher");
    case CompareRow::Better::Lower:
        return QStringLiteral("lower");
    case CompareRow::Better::Neither:
        break;
    }
    return QStringLiteral("neither");
}

QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue winnerJson(int winner)
{
    return winner == 0   ? QJsonValue(QStringLiteral("a"))
           : winner == 1 ? QJsonValue(QStringLiteral("b"))
                         : QJsonValue();
}

} // namespace

std::vector<Command> sharedSchedule(const Scenario &scenario)
{
    std::vector<Command> shared;
    std::copy_if(scenario.faults.begin(), scenario.faults.end(), std::back_inserter(shared), sharedCommand);
    return shared;
}

std::optional<ComparePair> alignForCompare(const Scenario &a, const Scenario &b, QString *error)
{
    ComparePair pair{a, b, {}};
    Scenario &other = pair.b;
    if (other.config.seed != a.config.seed) {
        pair.warnings << CompareText::tr("B's seed %1 is replaced by A's, %2")
                             .arg(QString::number(other.config.seed), QString::number(a.config.seed));
        other.config.seed = a.config.seed;
    }
    if (other.duration != a.duration) {
        pair.warnings << CompareText::tr("B runs for A's duration, %1 (its own: %2)")
                             .arg(formatDuration(a.duration), formatDuration(other.duration));
        setDuration(other, a.duration);
    }

    // A's faults and traffic, by id, then B's own settings and operator actions, in time order.
    struct Entry
    {
        SimTime at;
        int origin; // 0: the shared schedule (A's), 1: B's own
        QJsonObject json;
    };
    std::vector<Entry> entries;
    QJsonArray sharedA, sharedB;
    for (const Command &c : a.faults) {
        if (!sharedCommand(c))
            continue;
        if (!dependencyMatches(a, other, c, error))
            return std::nullopt;
        const QJsonObject json = commandToJson(a.config, c);
        sharedA.append(json);
        entries.push_back(Entry{c.at, 0, json});
    }
    for (const Command &c : other.faults) {
        const QJsonObject json = commandToJson(other.config, c);
        if (sharedCommand(c))
            sharedB.append(json);
        else
            entries.push_back(Entry{c.at, 1, json});
    }
    if (sharedA != sharedB)
        pair.warnings << CompareText::tr("B's own faults and traffic commands (%1) are replaced by A's (%2)")
                             .arg(sharedB.size())
                             .arg(sharedA.size());
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) {
        return x.at != y.at ? x.at < y.at : x.origin < y.origin;
    });
    QJsonArray faults;
    for (const Entry &e : entries)
        faults.append(e.json);

    QJsonObject document = scenarioToJson(other);
    document[QStringLiteral("faults")] = faults;
    ScenarioError problem;
    std::optional<Scenario> aligned = scenarioFromJson(document, &problem);
    if (!aligned) {
        static const QRegularExpression faultIndex(QStringLiteral("^faults\\[(\\d+)\\]"));
        const QRegularExpressionMatch m = faultIndex.match(problem.path);
        const qsizetype i = m.hasMatch() ? m.captured(1).toLongLong() : -1;
        if (i >= 0 && i < static_cast<qsizetype>(entries.size()) &&
            entries[static_cast<std::size_t>(i)].origin == 0)
            *error = CompareText::tr("B cannot take A's command %1: %2")
                         .arg(describe(entries[static_cast<std::size_t>(i)].json), problem.message);
        else
            *error = CompareText::tr("B, with A's schedule: %1").arg(problem.toString());
        return std::nullopt;
    }
    pair.b = *aligned;
    return pair;
}

std::optional<Command> translateCommand(const SimulationConfig &from, const SimulationConfig &to,
                                        const Command &command, QString *error)
{
    const CommandSpec *spec = commandSpec(static_cast<CommandType>(command.type));
    if (!spec) {
        *error = CompareText::tr("not a command (%1)").arg(command.type);
        return std::nullopt;
    }
    Command out = command;
    const auto region = [&](int &index) {
        if (index < 0 || static_cast<std::size_t>(index) >= from.regions.size())
            return false;
        const QString id = regionIdText(from, static_cast<std::size_t>(index));
        index = regionIndexOf(to, id);
        if (index < 0)
            *error = CompareText::tr("the other side has no region %1").arg(id);
        return index >= 0;
    };
    const auto population = [&](int &index) {
        if (index < 0 || static_cast<std::size_t>(index) >= from.populations.size())
            return false;
        const QString id = populationIdText(from, static_cast<std::size_t>(index));
        index = populationIndexOf(to, id);
        if (index < 0)
            *error = CompareText::tr("the other side has no population %1").arg(id);
        return index >= 0;
    };
    bool ok = true;
    switch (spec->shape) {
    case CommandShape::Region:
    case CommandShape::Role:
    case CommandShape::ClockSkew:
        ok = region(out.a);
        break;
    case CommandShape::Link:
    case CommandShape::DegradedLink:
        ok = region(out.a) && region(out.b);
        break;
    case CommandShape::Weight:
        ok = population(out.a) && region(out.b);
        break;
    case CommandShape::Rate:
    case CommandShape::OwnWeights:
        ok = population(out.a);
        break;
    case CommandShape::Dependency: {
        const auto index = static_cast<std::size_t>(command.a);
        ok = command.a >= 0 && index < from.dependencies.size() && index < to.dependencies.size() &&
             from.dependencies[index].kind == to.dependencies[index].kind;
        if (!ok)
            *error = CompareText::tr("the other side has no dependency %1 of the same kind").arg(command.a);
        ok = ok && region(out.b);
        break;
    }
    case CommandShape::Policy:
    case CommandShape::Mechanism:
    case CommandShape::Ttl:
    case CommandShape::None:
    case CommandShape::Mode:
        break;
    }
    if (!ok)
        return std::nullopt;
    return out;
}

int CompareRow::winner() const
{
    if (better == Better::Neither)
        return -1;
    // An RTO that never ended is longer than any that did.
    const bool isRto = path.endsWith(".rto_s");
    const std::optional<double> x = isRto && unrecoveredA ? std::optional<double>(1e300) : a;
    const std::optional<double> y = isRto && unrecoveredB ? std::optional<double>(1e300) : b;
    if (!x || !y || *x == *y)
        return -1;
    const bool aBetter = better == Better::Higher ? *x > *y : *x < *y;
    return aBetter ? 0 : 1;
}

std::vector<CompareRow> compareRows(const QJsonObject &reportA, const QJsonObject &reportB)
{
    std::vector<CompareRow> rows;
    const auto add = [&](const QByteArray &path, CompareRow::Better better, const QString &population = {},
                         int incident = -1) {
        CompareRow row;
        row.path = path;
        row.population = population;
        row.incident = incident;
        row.better = better;
        row.a = numberAt(reportA, path);
        row.b = numberAt(reportB, path);
        rows.push_back(row);
        return &rows.back();
    };
    using B = CompareRow::Better;
    add("availability.by_requests", B::Higher);
    add("availability.by_time", B::Higher);
    add("latency_ms.p50", B::Lower);
    add("latency_ms.p99", B::Lower);
    for (const QString &id : populationIds(reportA, reportB)) {
        const QByteArray at = "populations[" + id.toUtf8() + "].latency_ms.";
        add(at + "p50", B::Lower, id);
        add(at + "p99", B::Lower, id);
    }
    const qsizetype incidents = std::max(reportA.value(QStringLiteral("incidents")).toArray().size(),
                                         reportB.value(QStringLiteral("incidents")).toArray().size());
    for (int k = 0; k < incidents; ++k) {
        const QByteArray at = "incidents[" + QByteArray::number(k) + "].";
        CompareRow *rto = add(at + "rto_s", B::Lower, {}, k);
        // Present but null: the incident's users were never served again before the run ended.
        rto->unrecoveredA = valueAt(reportA, at + "rto_s").isNull();
        rto->unrecoveredB = valueAt(reportB, at + "rto_s").isNull();
        add(at + "rpo_s", B::Lower, {}, k);
        add(at + "lost_writes", B::Lower, {}, k);
    }
    add("writes.acknowledged", B::Higher);
    add("writes.lost", B::Lower);
    add("split_brain.split_brain_s", B::Lower);
    add("split_brain.divergent_keys_max", B::Lower);
    add("writes.conflicts", B::Lower);
    add("writes.stale_reads", B::Lower);
    add("writes.stale_read_ratio", B::Lower);
    CompareRow *cost = add("cost.mean_per_hour", B::Lower);
    cost->a = meanCostPerHour(reportA);
    cost->b = meanCostPerHour(reportB);
    add("cost.total", B::Lower);
    CompareRow *actions = add("operations.operator_actions", B::Lower);
    actions->a = operatorActions(reportA);
    actions->b = operatorActions(reportB);
    CompareRow *components = add("operations.components", B::Lower);
    components->a = componentsRun(reportA);
    components->b = componentsRun(reportB);
    return rows;
}

QJsonObject comparisonJson(const ComparePair &pair, const QJsonObject &reportA, const QJsonObject &reportB)
{
    QJsonObject root;
    root[QStringLiteral("format")] = QStringLiteral("failover-lab-comparison");
    root[QStringLiteral("version")] = 1;
    root[QStringLiteral("seed")] = reportA.value(QStringLiteral("seed"));
    root[QStringLiteral("duration_s")] = toSeconds(pair.a.duration);
    QJsonArray schedule;
    for (const Command &c : sharedSchedule(pair.a))
        schedule.append(commandToJson(pair.a.config, c));
    root[QStringLiteral("schedule")] = schedule;
    // Measured, not assumed: the fingerprints of the requests each side's users issued.
    root[QStringLiteral("same_requests")] =
        reportA.value(QStringLiteral("workload_hash")) == reportB.value(QStringLiteral("workload_hash"));
    root[QStringLiteral("warnings")] = QJsonArray::fromStringList(pair.warnings);
    QJsonArray table;
    for (const CompareRow &row : compareRows(reportA, reportB)) {
        QJsonObject o;
        o[QStringLiteral("figure")] = QString::fromUtf8(row.path);
        if (!row.population.isEmpty())
            o[QStringLiteral("population")] = row.population;
        if (row.incident >= 0)
            o[QStringLiteral("incident")] = row.incident + 1;
        o[QStringLiteral("better")] = betterName(row.better);
        o[QStringLiteral("a")] = jsonNumber(row.a);
        o[QStringLiteral("b")] = jsonNumber(row.b);
        if (row.unrecoveredA || row.unrecoveredB) {
            o[QStringLiteral("unrecovered_a")] = row.unrecoveredA;
            o[QStringLiteral("unrecovered_b")] = row.unrecoveredB;
        }
        o[QStringLiteral("winner")] = winnerJson(row.winner());
        table.append(o);
    }
    root[QStringLiteral("table")] = table;
    QJsonArray sides;
    for (const auto &[label, scenario, report] : {std::tuple{QStringLiteral("a"), &pair.a, &reportA},
                                                  std::tuple{QStringLiteral("b"), &pair.b, &reportB}}) {
        QJsonObject side;
        side[QStringLiteral("side")] = label;
        side[QStringLiteral("scenario")] = scenario->name;
        side[QStringLiteral("report")] = *report;
        sides.append(side);
    }
    root[QStringLiteral("sides")] = sides;
    return root;
}

QByteArray comparisonBytes(const ComparePair &pair, const QJsonObject &reportA, const QJsonObject &reportB)
{
    QStringList order{QStringLiteral("side"),          QStringLiteral("figure"),   QStringLiteral("schedule"),
                      QStringLiteral("same_requests"), QStringLiteral("warnings"), QStringLiteral("table"),
                      QStringLiteral("sides")};
    return readableJson(comparisonJson(pair, reportA, reportB), runReportKeyOrder() + order);
}

QByteArray comparisonCsv(const std::vector<CompareRow> &rows)
{
    QByteArray out = "figure,population,incident,better,a,b,winner\n";
    for (const CompareRow &row : rows) {
        const int w = row.winner();
        appendCsvRow(out, {QString::fromUtf8(row.path), row.population,
                           row.incident >= 0 ? QJsonValue(row.incident + 1) : QJsonValue(),
                           betterName(row.better), jsonNumber(row.a), jsonNumber(row.b), winnerJson(w)});
    }
    return out;
}

} // namespace fl::scenario
