#pragma once

// The scenario reader's typed view of one JSON object: each field read with its type and range
// checked and every problem named by its full path ("regions[2].capacity"). Validation stops at the
// first problem: it is thrown as Invalid and caught once, at the reader's public functions; nothing
// outside the reader sees an exception. Internal to the scenario library.
#include "duration.h"
#include "scenario.h"
#include "spec/settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <cmath>
#include <cstdint>
#include <optional>

namespace fl::scenario::fields {

// The translation context of every message below.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::Reader)
};

// Validation stops at the first problem. Throwing it (and catching it once, at the public
// functions) keeps every check a single line; nothing outside this file sees an exception.
struct Invalid
{
    ScenarioError error;
};

[[noreturn]] inline void fail(const QString &path, const QString &message)
{
    throw Invalid{ScenarioError{path, message}};
}

inline QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

inline QString elementPath(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

inline QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

inline QString joined(const QStringList &names)
{
    return names.join(QLatin1String(", "));
}

inline QString number(double value)
{
    // Whole numbers are shown whole (a seed of 2^53 + 2 must not come back as 9.00719925474099e+15).
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e19)
        return QString::number(value, 'f', 0);
    return QString::number(value, 'g', 15);
}

// A short rendering of a value for "found ..." in messages.
inline QString shown(const QJsonValue &value)
{
    QString text;
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return number(value.toDouble());
    case QJsonValue::String:
        text = quoted(value.toString());
        break;
    case QJsonValue::Array:
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Object:
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Undefined:
        return QString();
    }
    return text.size() > 40 ? text.left(37) + QLatin1String("...") : text;
}

inline QString wholeNumberMessage(std::int64_t low, std::int64_t high, const QJsonValue &found)
{
    return Reader::tr("must be a whole number from %1 to %2, found %3").arg(low).arg(high).arg(shown(found));
}

// A numeric range; `lowOpen` excludes the lower bound (a capacity must be > 0, not >= 0).
struct Range
{
    double low;
    double high;
    bool lowOpen = false;
    bool contains(double v) const { return (lowOpen ? v > low : v >= low) && v <= high; }
};

struct DurationRange
{
    SimTime low;
    SimTime high;
    bool lowOpen = false;
    bool contains(SimTime v) const { return (lowOpen ? v > low : v >= low) && v <= high; }
};

// One JSON object of the document: typed access to its fields, each error naming the full path.
class Fields
{
public:
    Fields(const QJsonValue &value, const QString &path) : m_path(path)
    {
        if (!value.isObject())
            fail(path, Reader::tr("must be an object ({ ... }), found %1").arg(shown(value)));
        m_object = value.toObject();
    }

    QString path(const char *key) const { return childPath(m_path, QLatin1String(key)); }
    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }
    const QJsonObject &object() const { return m_object; }

    // Every field must be one of `known`. `moved` maps names people may try (the section names
    // early drafts of the format reserved) to where that setting lives, for a more helpful message.
    void allowOnly(const QStringList &known, const QList<QPair<QString, QString>> &moved = {}) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (known.contains(it.key()))
                continue;
            const QString where = childPath(m_path, it.key());
            for (const auto &[name, place] : moved) {
                if (name == it.key())
                    fail(where, Reader::tr("unknown field: this setting lives at %1").arg(place));
            }
            fail(where, Reader::tr("unknown field (expected one of: %1)").arg(joined(known)));
        }
    }

    QJsonValue required(const char *key) const
    {
        if (!has(key))
            fail(path(key), Reader::tr("required field is missing"));
        return value(key);
    }

    QString string(const char *key, const QString &fallback = QString()) const
    {
        if (!has(key))
            return fallback;
        return stringValue(value(key), path(key));
    }
    QString requiredString(const char *key) const { return stringValue(required(key), path(key)); }

    bool boolean(const char *key, bool fallback) const
    {
        if (!has(key))
            return fallback;
        const QJsonValue v = value(key);
        if (!v.isBool())
            fail(path(key), Reader::tr("must be true or false, found %1").arg(shown(v)));
        return v.toBool();
    }

    double real(const char *key, double fallback, Range range) const
    {
        if (!has(key))
            return fallback;
        return realValue(value(key), path(key), range);
    }
    double requiredReal(const char *key, Range range) const
    {
        return realValue(required(key), path(key), range);
    }

    std::int64_t integer(const char *key, std::int64_t fallback, std::int64_t low, std::int64_t high) const
    {
        if (!has(key))
            return fallback;
        return integerValue(value(key), path(key), low, high);
    }

    SimTime duration(const char *key, SimTime fallback, DurationRange range) const
    {
        if (!has(key))
            return fallback;
        return durationValue(value(key), path(key), range);
    }
    SimTime requiredDuration(const char *key, DurationRange range) const
    {
        return durationValue(required(key), path(key), range);
    }

    // Reads the declared setting `spec` from its field in this object, when present, into element
    // `element` of `config`, checked against the declaration's range.
    void setting(const SettingSpec &spec, SimulationConfig &config, std::size_t element = 0) const
    {
        // The key is the tail of a string literal, so it ends in the literal's NUL.
        const char *key = spec.key().data();
        if (!has(key))
            return;
        const QJsonValue v = value(key);
        switch (spec.type) {
        case SettingType::Real:
            spec.set(config, element, realValue(v, path(key), Range{spec.low, spec.high, spec.lowOpen}));
            return;
        case SettingType::Integer:
            spec.set(config, element,
                     static_cast<double>(integerValue(v, path(key), static_cast<std::int64_t>(spec.low),
                                                      static_cast<std::int64_t>(spec.high))));
            return;
        case SettingType::Duration:
            spec.set(config, element,
                     static_cast<double>(
                         durationValue(v, path(key),
                                       DurationRange{static_cast<SimTime>(spec.low),
                                                     static_cast<SimTime>(spec.high), spec.lowOpen})));
            return;
        }
    }

    template<class E>
    E choice(const char *key, E fallback, std::optional<E> (*fromName)(const QString &),
             const QStringList &names) const
    {
        if (!has(key))
            return fallback;
        return choiceValue(value(key), path(key), fromName, names);
    }
    template<class E>
    E requiredChoice(const char *key, std::optional<E> (*fromName)(const QString &),
                     const QStringList &names) const
    {
        return choiceValue(required(key), path(key), fromName, names);
    }

    static QString stringValue(const QJsonValue &v, const QString &where)
    {
        if (!v.isString())
            fail(where, Reader::tr("must be a string, found %1").arg(shown(v)));
        if (v.toString().contains(QChar(u'\0')))
            fail(where, Reader::tr("must not contain a NUL character (\\u0000)"));
        return v.toString();
    }

    static double realValue(const QJsonValue &v, const QString &where, Range range)
    {
        if (!v.isDouble())
            fail(where, Reader::tr("must be a number, found %1").arg(shown(v)));
        const double d = v.toDouble();
        if (!range.contains(d))
            fail(where, rangeMessage(range));
        return d;
    }

    static std::int64_t integerValue(const QJsonValue &v, const QString &where, std::int64_t low,
                                     std::int64_t high)
    {
        const double d = v.toDouble();
        const double lowest = static_cast<double>(low);
        const double highest = static_cast<double>(high);
        const bool whole = v.isDouble() && std::floor(d) == d;
        if (!whole || d < lowest || d > highest)
            fail(where, wholeNumberMessage(low, high, v));
        return static_cast<std::int64_t>(d);
    }

    static SimTime durationValue(const QJsonValue &v, const QString &where, DurationRange range)
    {
        const std::optional<SimTime> t = parseDuration(v);
        if (!t && v.isDouble() && !(v.toDouble() >= 0 && v.toDouble() <= toSeconds(range.high)))
            fail(where, (range.lowOpen ? Reader::tr("is out of range: must be longer than %1 and at most %2 "
                                                    "(a number is seconds), found %3")
                                       : Reader::tr("is out of range: must be from %1 to %2 (a number is "
                                                    "seconds), found %3"))
                            .arg(formatDuration(range.low), formatDuration(range.high), shown(v)));
        if (!t)
            fail(where, Reader::tr("must be a duration such as \"90s\", \"10m\" or \"500ms\", or a number of "
                                   "seconds; found %1")
                            .arg(shown(v)));
        if (!range.contains(*t)) {
            if (range.lowOpen)
                fail(where, Reader::tr("must be longer than %1 and at most %2")
                                .arg(formatDuration(range.low), formatDuration(range.high)));
            fail(where, Reader::tr("must be from %1 to %2")
                            .arg(formatDuration(range.low), formatDuration(range.high)));
        }
        return *t;
    }

    template<class E>
    static E choiceValue(const QJsonValue &v, const QString &where,
                         std::optional<E> (*fromName)(const QString &), const QStringList &names)
    {
        const QString name = stringValue(v, where);
        const std::optional<E> e = fromName(name);
        if (!e)
            fail(where,
                 Reader::tr("unknown value %1 (expected one of: %2)").arg(quoted(name), joined(names)));
        return *e;
    }

    static QString rangeMessage(Range r)
    {
        if (r.lowOpen)
            return Reader::tr("must be greater than %1 and at most %2").arg(number(r.low), number(r.high));
        return Reader::tr("must be from %1 to %2").arg(number(r.low), number(r.high));
    }

private:
    QString m_path;
    QJsonObject m_object;
};

inline QJsonArray arrayAt(const QJsonValue &value, const QString &where)
{
    if (!value.isArray())
        fail(where, Reader::tr("must be a list ([ ... ]), found %1").arg(shown(value)));
    return value.toArray();
}

} // namespace fl::scenario::fields
