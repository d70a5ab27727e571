#include "overrides.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <vector>

namespace fl::scenario {
namespace {

class Overrides
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::Overrides)
};

struct Invalid
{
    ScenarioError error;
};

[[noreturn]] void fail(const QString &path, const QString &message)
{
    throw Invalid{ScenarioError{path, message}};
}

struct Step
{
    QString key;         // a field name, or empty for a list index
    qsizetype index = 0; // when key is empty
};

std::optional<std::vector<Step>> parsePath(const QString &text)
{
    // name([N])* separated by dots; names may contain '-' (region ids do).
    static const QRegularExpression segment(QStringLiteral("^([^.\\[\\]=\\s]+)((?:\\[\\d+\\])*)$"));
    static const QRegularExpression index(QStringLiteral("\\[(\\d+)\\]"));
    std::vector<Step> steps;
    for (const QString &part : text.split(QLatin1Char('.'))) {
        const QRegularExpressionMatch m = segment.match(part);
        if (!m.hasMatch())
            return std::nullopt;
        steps.push_back(Step{m.captured(1)});
        auto it = index.globalMatch(m.captured(2));
        while (it.hasNext()) {
            const QString digits = it.next().captured(1);
            bool ok = false;
            const qlonglong at = digits.toLongLong(&ok);
            // No list in a scenario comes near this; the path is well formed, its index is not.
            if (!ok || at > 1'000'000'000)
                fail(text, Overrides::tr("index %1 is out of range").arg(digits));
            steps.push_back(Step{QString(), static_cast<qsizetype>(at)});
        }
    }
    return steps;
}

// RFC 7396: an object patch merges field by field, null removes; any other patch replaces.
QJsonValue mergePatch(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject p = patch.toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result[it.key()] = mergePatch(result.value(it.key()), it.value());
    }
    return result;
}

QJsonValue assign(const QJsonValue &current, const std::vector<Step> &steps, std::size_t i,
                  const QJsonValue &value, const QString &here)
{
    if (i == steps.size())
        return mergePatch(current, value);
    const Step &step = steps[i];
    if (step.key.isEmpty()) {
        if (!current.isArray())
            fail(here, Overrides::tr("is not a list, so it has no element [%1]").arg(step.index));
        QJsonArray list = current.toArray();
        const QString next = here + QStringLiteral("[%1]").arg(step.index);
        if (step.index >= list.size())
            fail(next, list.isEmpty()
                           ? Overrides::tr("index %1 is out of range (the list is empty)").arg(step.index)
                           : Overrides::tr("index %1 is out of range (the last index is %2)")
                                 .arg(step.index)
                                 .arg(list.size() - 1));
        list[step.index] = assign(list.at(step.index), steps, i + 1, value, next);
        return list;
    }
    if (!current.isObject() && !current.isUndefined() && !current.isNull())
        fail(here, Overrides::tr("is not an object, so it has no field \"%1\"").arg(step.key));
    QJsonObject object = current.toObject();
    const QString next = here.isEmpty() ? step.key : here + QLatin1Char('.') + step.key;
    const QJsonValue updated = assign(object.value(step.key), steps, i + 1, value, next);
    if (updated.isNull() && i + 1 == steps.size())
        object.remove(step.key);
    else
        object[step.key] = updated;
    return object;
}

} // namespace

QJsonValue overrideValue(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"), &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().at(0);
    return text;
}

bool applyOverride(QJsonObject &document, const QString &assignment, ScenarioError *error)
{
    try {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals < 0)
            fail(assignment, Overrides::tr("expected PATH=VALUE, e.g. routing.dns_ttl=30s"));
        const QString path = assignment.left(equals).trimmed();
        const std::optional<std::vector<Step>> steps = parsePath(path);
        if (!steps)
            fail(path,
                 Overrides::tr("not a field path (names separated by dots, [N] for an element of a list, "
                               "e.g. populations[0].rate)"));
        const QJsonValue value = overrideValue(assignment.mid(equals + 1));
        document = assign(document, *steps, 0, value, QString()).toObject();
        return true;
    } catch (const Invalid &invalid) {
        if (error)
            *error = invalid.error;
        return false;
    }
}

} // namespace fl::scenario
