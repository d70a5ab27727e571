// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What tests that start from a built-in scenario share: its document, or it validated, with a
// fatal error naming the problem when it cannot be read (a broken built-in is not a test result).

#include "scenario/builtins.h"
#include "scenario/scenarioreader.h"

#include <QJsonObject>
#include <QString>

namespace fl::scenario::testing {

inline QJsonObject builtinDocument(const QString &name)
{
    ScenarioError error;
    const std::optional<QJsonObject> document = readBuiltinDocument(name, &error);
    if (!document)
        qFatal("%s", qPrintable(error.toString()));
    return *document;
}

inline Scenario builtinScenario(const QString &name)
{
    ScenarioError error;
    std::optional<Scenario> scenario = scenarioFromJson(builtinDocument(name), &error);
    if (!scenario)
        qFatal("%s: %s", qPrintable(name), qPrintable(error.toString()));
    return *scenario;
}

} // namespace fl::scenario::testing
