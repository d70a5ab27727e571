// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisontext.h"

#include <QCoreApplication>
#include <QLocale>

namespace fl::scenario {
namespace {

class CompareText
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::CompareTable)
};

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

// The decimals a figure is printed with: percentages and seconds to three, latency to one, cost to
// two, counts whole.
int baseDecimals(const QByteArray &p)
{
    if (p.startsWith("availability.") || p.endsWith("stale_read_ratio") || p.endsWith("_s"))
        return 3;
    if (p.contains("latency_ms"))
        return 1;
    if (p.startsWith("cost."))
        return 2;
    return 0;
}

QString rowValue(const CompareRow &row, bool sideB, int decimals)
{
    const std::optional<double> &v = sideB ? row.b : row.a;
    if (sideB ? row.unrecoveredB : row.unrecoveredA)
        return CompareText::tr("not recovered");
    if (!v)
        return QStringLiteral("-");
    const QByteArray &p = row.path;
    if (p.startsWith("availability.") || p.endsWith("stale_read_ratio"))
        return CompareText::tr("%1 %").arg(number(100.0 * *v, decimals));
    return number(*v, decimals);
}

} // namespace

std::pair<QString, QString> compareRowValues(const CompareRow &row)
{
    const int base = baseDecimals(row.path);
    int decimals = base;
    while (row.winner() >= 0 && decimals < base + 4 &&
           rowValue(row, false, decimals) == rowValue(row, true, decimals))
        ++decimals;
    return {rowValue(row, false, decimals), rowValue(row, true, decimals)};
}

QString compareRowLabel(const CompareRow &row)
{
    const QByteArray &p = row.path;
    const QString incident = QString::number(row.incident + 1);
    if (row.incident >= 0) {
        if (p.endsWith(".rto_s"))
            return CompareText::tr("Incident %1: RTO (s)").arg(incident);
        if (p.endsWith(".rpo_s"))
            return CompareText::tr("Incident %1: RPO (s)").arg(incident);
        return CompareText::tr("Incident %1: writes lost").arg(incident);
    }
    if (!row.population.isEmpty())
        return p.endsWith(".p50") ? CompareText::tr("p50 latency, %1 (ms)").arg(row.population)
                                  : CompareText::tr("p99 latency, %1 (ms)").arg(row.population);
    static const std::pair<const char *, const char *> labels[] = {
        {"availability.by_requests",
         QT_TRANSLATE_NOOP("fl::scenario::CompareTable", "Availability by requests")},
        {"availability.by_time", QT_TRANSLATE_NOOP("fl::scenario::CompareTable", "Availability by time")},
        {"latency_ms.p50", QT_TRANSLATE_NOOP("fl::scenario::CompareTable", "p50 latency, all users (ms)")},
        {"latency_ms.p99", QT_TRANSLATE_NOOP("fl::scenario::CompareTable", "p99 latency, all users (ms)")},
        {"writes.acknowledged", QT_TRANSLATE_NOOP("fl::scenario::CompareTable", "Writes acknowledged")},
        {"writes.lost", QT_TRANSLATE_NOOP("fl::scenario::CompareTable", "Acknowledged writes lost")},
        {"split_brain.split_brain_s", QT_TRANSLATE_NOOP("fl::scenario::CompareTable", "Split-brain (s)")},
        {"split_brain.divergent_keys_max",
         QT_TRANSLATE_NOOP("fl::scenario::CompareTable", "Divergent keys (peak)")},
        {"writes.conflicts", QT_TRANSLATE_NOOP("fl::scenario::CompareTable", "Conflicts")},
        {"writes.stale_reads", QT_TRANSLATE_NOOP("fl::scenario::CompareTable", "Stale reads")},
        {"writes.stale_read_ratio",
         QT_TRANSLATE_NOOP("fl::scenario::CompareTable", "Stale reads (share of reads)")},
        {"cost.mean_per_hour", QT_TRANSLATE_NOOP("fl::scenario::CompareTable", "Cost per hour (mean)")},
        {"cost.total", QT_TRANSLATE_NOOP("fl::scenario::CompareTable", "Cost of the run")},
        {"operations.operator_actions", QT_TRANSLATE_NOOP("fl::scenario::CompareTable", "Operator actions")},
        {"operations.components", QT_TRANSLATE_NOOP("fl::scenario::CompareTable", "Components run")},
    };
    for (const auto &[path, label] : labels) {
        if (p == path)
            return CompareText::tr(label);
    }
    return QString::fromUtf8(p);
}

} // namespace fl::scenario
