#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace fl::scenario {

// Reading a scenario is two steps, so that overrides (--set) can edit the document in between:
//   1. bytes -> JSON document (syntax only), 2. JSON document -> validated Scenario.
// Every function returns nothing on failure and fills `error` (when given) with the first problem
// found; a Scenario is either complete and valid or not produced at all.

// Parses the bytes of a scenario file. A syntax error reports its line and column.
std::optional<QJsonObject> parseScenarioDocument(const QByteArray &bytes, ScenarioError *error);

// Reads and parses a file (a path on disk or a Qt resource such as ":/scenarios/NAME.json").
std::optional<QJsonObject> readScenarioDocument(const QString &path, ScenarioError *error);

// Validates every field (types, ranges, known ids, references between sections, fault times within
// the duration) and rejects unknown fields. Errors name the field by its path.
std::optional<Scenario> scenarioFromJson(const QJsonObject &document, ScenarioError *error);

// readScenarioDocument + scenarioFromJson.
std::optional<Scenario> loadScenario(const QString &path, ScenarioError *error);

} // namespace fl::scenario
