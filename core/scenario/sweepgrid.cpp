// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweepgrid.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fl::scenario {
namespace {

class SweepText
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::Sweep)
};

// Splits at the commas outside brackets, braces and JSON strings.
QStringList splitValues(const QString &text)
{
    QStringList values;
    QString current;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            current += c;
            if (c == QLatin1Char('\\') && i + 1 < text.size())
                current += text[++i];
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        else if (c == QLatin1Char('{') || c == QLatin1Char('['))
            ++depth;
        else if ((c == QLatin1Char('}') || c == QLatin1Char(']')) && depth > 0)
            --depth;
        else if (c == QLatin1Char(',') && depth == 0) {
            values << current;
            current.clear();
            continue;
        }
        current += c;
    }
    values << current;
    return values;
}

} // namespace

std::optional<SweepAxis> parseSweepAxis(const QString &text, QString *error)
{
    const qsizetype equals = text.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        *error = SweepText::tr("--vary: expected PATH=V1,V2,…, such as routing.dns_ttl=10s,60s, not '%1'")
                     .arg(text);
        return std::nullopt;
    }
    SweepAxis axis{text.left(equals).trimmed(), splitValues(text.mid(equals + 1))};
    for (qsizetype i = 0; i < axis.values.size(); ++i) {
        if (axis.values[i].trimmed().isEmpty()) {
            *error = SweepText::tr("--vary %1: value %2 of %3 is empty")
                         .arg(axis.path)
                         .arg(i + 1)
                         .arg(axis.values.size());
            return std::nullopt;
        }
        if (axis.values.indexOf(axis.values[i]) != i) {
            *error = SweepText::tr("--vary %1: the value '%2' is given twice").arg(axis.path, axis.values[i]);
            return std::nullopt;
        }
    }
    return axis;
}

std::size_t SweepGrid::cellCount() const
{
    std::size_t cells = 1;
    for (const SweepAxis &axis : axes)
        cells *= static_cast<std::size_t>(axis.values.size());
    return cells;
}

QStringList SweepGrid::cellValues(std::size_t cell) const
{
    QStringList values;
    // The last axis changes fastest: peel it off first, then prepend.
    for (auto axis = axes.rbegin(); axis != axes.rend(); ++axis) {
        const auto size = static_cast<std::size_t>(axis->values.size());
        values.prepend(axis->values[static_cast<qsizetype>(cell % size)]);
        cell /= size;
    }
    return values;
}

QStringList SweepGrid::cellAssignments(std::size_t cell) const
{
    const QStringList values = cellValues(cell);
    QStringList assignments;
    for (std::size_t a = 0; a < axes.size(); ++a)
        assignments << axes[a].path + QLatin1Char('=') + values[static_cast<qsizetype>(a)];
    return assignments;
}

std::vector<std::uint64_t> consecutiveSeeds(std::uint64_t first, std::size_t count)
{
    std::vector<std::uint64_t> seeds;
    seeds.reserve(count);
    for (std::size_t k = 0; k < count; ++k)
        seeds.push_back(first + k); // unsigned: wraps, as documented
    return seeds;
}

std::optional<SweepShard> parseSweepShard(const QString &text, QString *error)
{
    static const QRegularExpression form(QStringLiteral(R"(^(\d{1,9})/(\d{1,9})$)"));
    const QRegularExpressionMatch m = form.match(text);
    const std::size_t index = m.hasMatch() ? m.captured(1).toULongLong() : 0;
    const std::size_t count = m.hasMatch() ? m.captured(2).toULongLong() : 0;
    if (!m.hasMatch() || count == 0 || index >= count) {
        *error = SweepText::tr("--shard: expected I/N with 0 ≤ I < N, such as 0/4 … 3/4, not '%1'").arg(text);
        return std::nullopt;
    }
    return SweepShard{index, count};
}

} // namespace fl::scenario
