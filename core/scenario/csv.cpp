// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include <QLocale>
#include <cmath>

namespace fl::scenario {

QByteArray csvNumber(double value)
{
    if (value == std::floor(value) && std::abs(value) < 9007199254740992.0)
        return QByteArray::number(static_cast<qint64>(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray csvText(const QByteArray &text)
{
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n') && !text.contains('\r'))
        return text;
    QByteArray quoted = text;
    return '"' + quoted.replace("\"", "\"\"") + '"';
}

QByteArray csvValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return csvNumber(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? "1" : "0";
    case QJsonValue::String:
        return csvText(value.toString().toUtf8());
    default:
        return QByteArray(); // null: no value
    }
}

void appendCsvRow(QByteArray &out, const QList<QJsonValue> &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csvValue(values[i]);
    }
    out += '\n';
}

QByteArray csvLine(const QByteArrayList &fields)
{
    return fields.join(',') + '\n';
}

std::optional<QByteArrayList> parseCsvLine(const QByteArray &line)
{
    QByteArrayList fields;
    QByteArray field;
    qsizetype i = 0;
    for (;;) {
        field.clear();
        if (i < line.size() && line[i] == '"') {
            ++i;
            for (;;) {
                if (i >= line.size())
                    return std::nullopt; // the quote never closes
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += line[i++];
            }
            if (i < line.size() && line[i] != ',')
                return std::nullopt; // text after the closing quote
        } else {
            while (i < line.size() && line[i] != ',')
                field += line[i++];
            if (field.contains('"'))
                return std::nullopt;
        }
        fields << field;
        if (i >= line.size())
            return fields;
        ++i; // the comma
    }
}

} // namespace fl::scenario
