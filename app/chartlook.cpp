// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlook.h"

namespace fl::app {

std::optional<ui::ChartExportOptions> chartLook(bool chartsGiven, bool lookGiven, const QString &format,
                                                const QString &preset, QString *error)
{
    if (!chartsGiven && lookGiven) {
        *error = ChartLookText::tr("--format and --preset apply to charts: add --charts DIR");
        return std::nullopt;
    }
    const std::optional<ui::ChartFormat> f = ui::ChartExporter::formatFromName(format);
    if (!f) {
        *error = ChartLookText::tr("--format: unknown format '%1' (use png, svg or pdf)").arg(format);
        return std::nullopt;
    }
    const std::optional<ui::ChartPreset> p = ui::ChartExporter::presetFromName(preset);
    if (!p) {
        *error =
            ChartLookText::tr("--preset: unknown preset '%1' (use slide, document or custom)").arg(preset);
        return std::nullopt;
    }
    return ui::ChartExporter::presetOptions(*p, *f);
}

} // namespace fl::app
