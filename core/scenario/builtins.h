#pragma once

#include "scenario.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace fl::scenario {

// The scenarios that ship inside the program (resources/scenarios/*.json, embedded as Qt
// resources under :/scenarios). A built-in's name is its file name without ".json", and equals the
// "name" inside it.

// Sorted by name.
QStringList builtinScenarioNames();
QString builtinScenarioPath(const QString &name);
// Fails with a message listing the names when `name` is not a built-in.
std::optional<QJsonObject> readBuiltinDocument(const QString &name, ScenarioError *error);

} // namespace fl::scenario
