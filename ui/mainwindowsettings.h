#pragma once

// Names the main window's files share: its QSettings keys and the role actions' order.
#include "spec/config.h"

#include <QString>

namespace fl::ui::windowsettings {

inline const QString kGeometryKey = QStringLiteral("window/geometry");
inline const QString kExportFormatKey = QStringLiteral("export/format");
inline const QString kExportSizeKey = QStringLiteral("export/size");
inline const QString kExportDpiKey = QStringLiteral("export/dpi");
inline const QString kExportDirKey = QStringLiteral("export/directory");
inline const QString kStateKey = QStringLiteral("window/state");
// Saved dock layouts of an older version (before the charts dock) are not restored.
inline constexpr int kStateVersion = 2;
inline const QString kRecentKey = QStringLiteral("file/recent");
inline constexpr int kMaxRecent = 10;
// Whether View ▸ Legend shows the map's legend.
inline const QString kLegendKey = QStringLiteral("view/legend");
// The Region ▸ Set role actions, one per role in kRoles' order.
inline constexpr const char *kRoleActionIds[4] = {"regionRoleActive", "regionRoleStandby", "regionRolePilot",
                                                  "regionRoleWitness"};
inline constexpr RegionRole kRoles[4] = {RegionRole::Active, RegionRole::WarmStandby, RegionRole::PilotLight,
                                         RegionRole::Witness};

} // namespace fl::ui::windowsettings
