#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace fl::scenario {
namespace {

constexpr qsizetype kOneLineLimit = 100;

bool isPlain(const QJsonValue &v)
{
    return !(v.isObject() || v.isArray()) || (v.isObject() && v.toObject().isEmpty()) ||
           (v.isArray() && v.toArray().isEmpty());
}

void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const char ch : text.toUtf8()) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += "0123456789abcdef"[c >> 4];
                out += "0123456789abcdef"[c & 15];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

void appendNumber(QByteArray &out, double d)
{
    if (!std::isfinite(d)) {
        out += "null"; // JSON has no infinities; QJsonDocument writes the same
        return;
    }
    if (d == std::floor(d) && std::abs(d) < 9007199254740992.0) {
        out += QByteArray::number(static_cast<qint64>(d));
        return;
    }
    out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

class Writer
{
public:
    explicit Writer(const QStringList &firstKeys) : m_firstKeys(firstKeys) {}

    void write(QByteArray &out, const QJsonValue &v, int indent) const
    {
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            out += "null";
            return;
        case QJsonValue::Bool:
            out += v.toBool() ? "true" : "false";
            return;
        case QJsonValue::Double:
            appendNumber(out, v.toDouble());
            return;
        case QJsonValue::String:
            appendString(out, v.toString());
            return;
        case QJsonValue::Array:
            writeArray(out, v.toArray(), indent);
            return;
        case QJsonValue::Object:
            writeObject(out, v.toObject(), indent);
            return;
        }
    }

private:
    QStringList orderedKeys(const QJsonObject &o) const
    {
        QStringList keys;
        for (const QString &k : m_firstKeys) {
            if (o.contains(k))
                keys << k;
        }
        for (const QString &k : o.keys()) { // QJsonObject keeps its keys sorted
            if (!m_firstKeys.contains(k))
                keys << k;
        }
        return keys;
    }

    void writeObject(QByteArray &out, const QJsonObject &o, int indent) const
    {
        if (o.isEmpty()) {
            out += "{}";
            return;
        }
        const QStringList keys = orderedKeys(o);
        if (std::all_of(o.begin(), o.end(), [](const auto &v) { return isPlain(QJsonValue(v)); })) {
            QByteArray line = "{";
            for (qsizetype i = 0; i < keys.size(); ++i) {
                if (i > 0)
                    line += ", ";
                appendString(line, keys[i]);
                line += ": ";
                write(line, o.value(keys[i]), indent);
            }
            line += '}';
            if (line.size() + indent <= kOneLineLimit) {
                out += line;
                return;
            }
        }
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += QByteArray(indent + 2, ' ');
            appendString(out, keys[i]);
            out += ": ";
            write(out, o.value(keys[i]), indent + 2);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ');
        out += '}';
    }

    void writeArray(QByteArray &out, const QJsonArray &a, int indent) const
    {
        if (a.isEmpty()) {
            out += "[]";
            return;
        }
        if (std::all_of(a.begin(), a.end(), [](const auto &v) { return isPlain(QJsonValue(v)); })) {
            out += '[';
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (i > 0)
                    out += ", ";
                write(out, a.at(i), indent);
            }
            out += ']';
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += QByteArray(indent + 2, ' ');
            write(out, a.at(i), indent + 2);
            out += i + 1 < a.size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ');
        out += ']';
    }

    const QStringList &m_firstKeys;
};

} // namespace

QByteArray readableJson(const QJsonValue &value, const QStringList &firstKeys)
{
    QByteArray out;
    Writer(firstKeys).write(out, value, 0);
    out += '\n';
    return out;
}

} // namespace fl::scenario
