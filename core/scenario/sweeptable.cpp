// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweeptable.h"

#include "csv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace fl::scenario {
namespace {

class SweepText
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::Sweep)
};

const QByteArray kRunColumn = "run";
const QByteArray kSeedColumn = "seed";

// Figures that are words, not numbers: kept in the rows, left out of the summary and the charts.
bool isTextFigure(const QByteArray &column)
{
    return column == "targets.status" || column == "trace_hash";
}

// A plain path ("writes.lost") read from the report; null when a step is missing.
QJsonValue valueAt(const QJsonObject &report, const QString &path)
{
    const QStringList steps = path.split(QLatin1Char('.'));
    QJsonValue value = report;
    for (const QString &step : steps)
        value = value.toObject().value(step);
    return value;
}

// "incidents[*].FIELD.AGGREGATE" over the report's incident list.
QJsonValue incidentAggregate(const QJsonArray &incidents, const QString &field, const QString &aggregate)
{
    if (aggregate == QLatin1String("count"))
        return static_cast<double>(incidents.size());
    double sum = 0, max = 0;
    qsizetype present = 0, open = 0;
    for (const QJsonValue &incident : incidents) {
        const QJsonValue v = incident.toObject().value(field);
        if (!v.isDouble()) {
            ++open;
            continue;
        }
        max = present == 0 ? v.toDouble() : std::max(max, v.toDouble());
        sum += v.toDouble();
        ++present;
    }
    if (aggregate == QLatin1String("open"))
        return static_cast<double>(open);
    if (aggregate == QLatin1String("sum"))
        return sum;
    if (present == 0)
        return QJsonValue(); // no incident has a value: nothing to report
    return aggregate == QLatin1String("max") ? max : sum / static_cast<double>(present);
}

QJsonValue figureOf(const QJsonObject &report, const QString &path)
{
    static const QString incidentsPrefix = QStringLiteral("incidents[*].");
    if (!path.startsWith(incidentsPrefix))
        return valueAt(report, path);
    const QStringList rest = path.mid(incidentsPrefix.size()).split(QLatin1Char('.'));
    const QJsonArray incidents = report.value(QStringLiteral("incidents")).toArray();
    return rest.size() == 1 ? incidentAggregate(incidents, QString(), rest[0])
                            : incidentAggregate(incidents, rest[0], rest[1]);
}

std::optional<double> numberOf(const QByteArray &field)
{
    if (field.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = field.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

SweepStatistics statisticsOf(std::vector<double> values)
{
    SweepStatistics s;
    s.n = values.size();
    double sum = 0;
    for (double v : values) // in run order, so the sum is the same wherever it is computed
        sum += v;
    s.mean = sum / static_cast<double>(values.size());
    std::sort(values.begin(), values.end());
    s.min = values.front();
    s.max = values.back();
    // Nearest rank: the smallest value with at least 95 % of the runs at or below it.
    const auto rank = static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(values.size())));
    s.p95 = values[std::max<std::size_t>(rank, 1) - 1];
    return s;
}

} // namespace

const QStringList &sweepFigurePaths()
{
    static const QStringList paths = [] {
        QStringList list;
        for (const char *p : {"totals.issued",
                              "totals.succeeded",
                              "totals.failed",
                              "availability.by_requests",
                              "availability.by_time",
                              "latency_ms.p50",
                              "latency_ms.p99",
                              "writes.acknowledged",
                              "writes.durable",
                              "writes.lost",
                              "writes.lost_not_shipped",
                              "writes.lost_overwritten",
                              "writes.lost_discarded",
                              "writes.conflicts",
                              "writes.stale_reads",
                              "writes.stale_read_ratio",
                              "split_brain.divergent_keys_max",
                              "split_brain.split_brain_s",
                              "cost.per_hour",
                              "cost.total",
                              "incidents[*].count",
                              "incidents[*].rto_s.max",
                              "incidents[*].rto_s.mean",
                              "incidents[*].rto_s.open",
                              "incidents[*].rpo_s.max",
                              "incidents[*].lost_writes.sum",
                              "targets.status",
                              "trace_hash"})
            list << QLatin1String(p);
        return list;
    }();
    return paths;
}

QByteArrayList sweepHeader(const QStringList &axisPaths)
{
    QByteArrayList header{kRunColumn};
    for (const QString &path : axisPaths)
        header << csvText(path.toUtf8());
    header << kSeedColumn;
    for (const QString &path : sweepFigurePaths())
        header << path.toUtf8();
    return header;
}

QByteArray sweepRow(std::size_t run, const QStringList &axisValues, std::uint64_t seed,
                    const QJsonObject &report)
{
    QByteArrayList fields{QByteArray::number(static_cast<qulonglong>(run))};
    for (const QString &value : axisValues)
        fields << csvText(value.toUtf8());
    fields << QByteArray::number(static_cast<qulonglong>(seed));
    for (const QString &path : sweepFigurePaths())
        fields << csvValue(figureOf(report, path));
    return csvLine(fields);
}

qsizetype SweepTable::axisCount() const
{
    return header.indexOf(kSeedColumn) - 1;
}

std::optional<SweepTable> readSweepTable(const QByteArray &bytes, const QString &name, QString *error)
{
    QByteArrayList lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    SweepTable table;
    const std::optional<QByteArrayList> header = lines.isEmpty() ? std::nullopt : parseCsvLine(lines[0]);
    if (!header || header->value(0) != kRunColumn || !header->contains(kSeedColumn)) {
        *error = SweepText::tr("%1: not a sweep's rows (the first line must be the header "
                               "'run,…,seed,…' that 'failover-lab sweep --csv' writes)")
                     .arg(name);
        return std::nullopt;
    }
    table.header = *header;
    std::vector<std::pair<qulonglong, QByteArrayList>> numbered;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        std::optional<QByteArrayList> fields = parseCsvLine(lines[i]);
        if (!fields || fields->size() != table.header.size()) {
            *error = SweepText::tr("%1, line %2: expected %3 fields, as in the header")
                         .arg(name)
                         .arg(i + 1)
                         .arg(table.header.size());
            return std::nullopt;
        }
        bool ok = false;
        const qulonglong run = fields->at(0).toULongLong(&ok);
        if (!ok) {
            *error = SweepText::tr("%1, line %2: the run number '%3' is not a whole number")
                         .arg(name)
                         .arg(i + 1)
                         .arg(QString::fromUtf8(fields->at(0)));
            return std::nullopt;
        }
        numbered.emplace_back(run, *fields);
    }
    std::stable_sort(numbered.begin(), numbered.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (std::size_t i = 0; i < numbered.size(); ++i) {
        if (i > 0 && numbered[i].first == numbered[i - 1].first) {
            *error = SweepText::tr("%1: run %2 appears twice").arg(name).arg(numbered[i].first);
            return std::nullopt;
        }
        table.rows.push_back(std::move(numbered[i].second));
    }
    return table;
}

std::optional<SweepTable> mergeSweepTables(std::vector<SweepTable> tables, const QStringList &names,
                                           QString *error)
{
    SweepTable merged;
    if (tables.empty())
        return merged;
    merged.header = tables[0].header;
    std::vector<std::pair<qulonglong, std::size_t>> origin; // run → which table, to name duplicates
    for (std::size_t t = 0; t < tables.size(); ++t) {
        if (tables[t].header != merged.header) {
            *error = SweepText::tr("%1 and %2 are not shards of the same sweep: their headers differ")
                         .arg(names.value(0), names.value(static_cast<qsizetype>(t)));
            return std::nullopt;
        }
        for (QByteArrayList &row : tables[t].rows) {
            origin.emplace_back(row[0].toULongLong(), t);
            merged.rows.push_back(std::move(row));
        }
    }
    std::vector<std::size_t> order(merged.rows.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return origin[a].first < origin[b].first; });
    std::vector<QByteArrayList> sorted;
    sorted.reserve(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const auto [run, table] = origin[order[i]];
        if (i > 0 && run == origin[order[i - 1]].first) {
            *error = SweepText::tr("run %1 is in both %2 and %3")
                         .arg(run)
                         .arg(names.value(static_cast<qsizetype>(origin[order[i - 1]].second)),
                              names.value(static_cast<qsizetype>(table)));
            return std::nullopt;
        }
        if (run != i) {
            *error =
                SweepText::tr("run %1 is in none of the files: is a shard missing or unfinished?").arg(i);
            return std::nullopt;
        }
        sorted.push_back(std::move(merged.rows[order[i]]));
    }
    merged.rows = std::move(sorted);
    return merged;
}

QByteArray sweepTableCsv(const SweepTable &table)
{
    QByteArray out = csvLine(table.header);
    for (const QByteArrayList &row : table.rows) {
        QByteArrayList fields;
        for (const QByteArray &field : row)
            fields << csvText(field);
        out += csvLine(fields);
    }
    return out;
}

SweepSummary summarizeSweep(const SweepTable &table)
{
    SweepSummary summary;
    const qsizetype axes = table.axisCount();
    const qsizetype firstFigure = axes + 2;
    summary.axisPaths = table.header.mid(1, axes);
    std::vector<qsizetype> figureColumns;
    for (qsizetype c = firstFigure; c < table.header.size(); ++c) {
        if (!isTextFigure(table.header[c])) {
            figureColumns.push_back(c);
            summary.figurePaths << table.header[c];
        }
    }
    // Rows arrive in run order and a cell's seeds are consecutive runs: a cell ends where the
    // varied values change.
    std::size_t begin = 0;
    while (begin < table.rows.size()) {
        const QByteArrayList values = table.rows[begin].mid(1, axes);
        std::size_t end = begin;
        while (end < table.rows.size() && table.rows[end].mid(1, axes) == values)
            ++end;
        SweepCellSummary cell{values, {}};
        for (qsizetype column : figureColumns) {
            std::vector<double> numbers;
            for (std::size_t r = begin; r < end; ++r) {
                if (const std::optional<double> v = numberOf(table.rows[r][column]))
                    numbers.push_back(*v);
            }
            cell.figures.push_back(numbers.empty() ? std::nullopt
                                                   : std::optional<SweepStatistics>(statisticsOf(numbers)));
        }
        summary.cells.push_back(std::move(cell));
        begin = end;
    }
    return summary;
}

QByteArray sweepSummaryCsv(const SweepTable &table)
{
    const SweepSummary summary = summarizeSweep(table);
    QByteArrayList header;
    for (const QByteArray &path : summary.axisPaths)
        header << csvText(path);
    header << "figure"
           << "n"
           << "mean"
           << "min"
           << "max"
           << "p95";
    QByteArray out = csvLine(header);
    for (const SweepCellSummary &cell : summary.cells) {
        for (qsizetype f = 0; f < summary.figurePaths.size(); ++f) {
            QByteArrayList fields;
            for (const QByteArray &value : cell.values)
                fields << csvText(value);
            fields << summary.figurePaths[f];
            const std::optional<SweepStatistics> &s = cell.figures[static_cast<std::size_t>(f)];
            if (!s) {
                fields << "0"
                       << ""
                       << ""
                       << ""
                       << "";
            } else {
                fields << QByteArray::number(static_cast<qulonglong>(s->n)) << csvNumber(s->mean)
                       << csvNumber(s->min) << csvNumber(s->max) << csvNumber(s->p95);
            }
            out += csvLine(fields);
        }
    }
    return out;
}

} // namespace fl::scenario
