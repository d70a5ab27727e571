// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartexporter.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace fl::app {

class ChartLookText
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::ChartLook)
};

// The charts' file format and preset from --format and --preset, as `sweep`, `merge` and `compare`
// take them. Fails with the sentence to print: an unknown name, or either option without --charts
// (`lookGiven` without `chartsGiven`).
std::optional<ui::ChartExportOptions> chartLook(bool chartsGiven, bool lookGiven, const QString &format,
                                                const QString &preset, QString *error);

} // namespace fl::app
