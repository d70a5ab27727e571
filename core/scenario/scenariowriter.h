#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace fl::scenario {

// The scenario as a document of the current format version, every field written out (defaults
// included), so that a saved file documents itself. Loading it gives back an equal Scenario.
QJsonObject scenarioToJson(const Scenario &scenario);

// One fault command as a scenario file writes it ({"at": "30s", "do": "kill", "region": ...}).
QJsonObject commandToJson(const SimulationConfig &config, const Command &command);

// scenarioToJson as readable, reproducible text (header fields first, one fault per line).
QByteArray scenarioToBytes(const Scenario &scenario);

// Saves atomically: the file is either the complete new scenario or left as it was.
bool saveScenario(const Scenario &scenario, const QString &path, QString *error);

} // namespace fl::scenario
