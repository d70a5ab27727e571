#include "builtins.h"

#include "scenarioreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace fl::scenario {
namespace {

class Builtins
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::Builtins)
};

const QString kResourceDir = QStringLiteral(":/scenarios");

} // namespace

QStringList builtinScenarioNames()
{
    QStringList names;
    const QDir dir(kResourceDir);
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names << file.chopped(5);
    return names;
}

QString builtinScenarioPath(const QString &name)
{
    return kResourceDir + QLatin1Char('/') + name + QLatin1String(".json");
}

std::optional<QJsonObject> readBuiltinDocument(const QString &name, ScenarioError *error)
{
    if (!builtinScenarioNames().contains(name)) {
        if (error)
            *error =
                ScenarioError{QString(), Builtins::tr("no built-in scenario is called \"%1\" (built-ins: %2)")
                                             .arg(name, builtinScenarioNames().join(QLatin1String(", ")))};
        return std::nullopt;
    }
    return readScenarioDocument(builtinScenarioPath(name), error);
}

} // namespace fl::scenario
