#pragma once

#include "scenario.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace fl::scenario {

// Applies one "PATH=VALUE" (a command line's --set) to a scenario document, before validation:
//   routing.dns_ttl=30s              a scalar (VALUE is read as JSON, else taken as a string)
//   populations[0].rate=5000         an element of a list, by index
//   populations[1].weights.eu-west-1=0
//   health={"interval":"5s"}         an object is merged into the existing one (RFC 7396 JSON
//                                    Merge Patch: the fields it names replace, the others stay,
//                                    null removes one)
//   routing.dns_ttl=null             removes the field, so the default applies
// Objects missing on the way are created; list indexes must exist. On failure `document` is left
// unchanged and `error` names the path.
bool applyOverride(QJsonObject &document, const QString &assignment, ScenarioError *error);

// The VALUE half of an override: JSON when it parses as a JSON value, otherwise the text itself.
QJsonValue overrideValue(const QString &text);

} // namespace fl::scenario
