#pragma once

#include "spec/settings.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QWidget;

namespace fl::ui {

// The settings form's editors, made one way. A spin box for a declared setting takes its range from
// core/spec's declaration (the same range the scenario reader holds files and --set to), shown in
// its own unit: `shownPerStored` converts the stored value (durations are stored in microseconds,
// so 1e-6 shows seconds and 1e-3 milliseconds).
QDoubleSpinBox *makeSettingSpin(QWidget *parent, const char *objectName, const SettingSpec &spec,
                                double shownPerStored, int decimals, double step);
QSpinBox *makeSettingIntSpin(QWidget *parent, const char *objectName, const SettingSpec &spec);
// For a value that is no single declared setting (a total over populations, a target).
QDoubleSpinBox *makeDoubleSpin(QWidget *parent, const char *objectName, double min, double max, int decimals,
                               double step);
QComboBox *makeCombo(QWidget *parent, const char *objectName);
QCheckBox *makeCheck(QWidget *parent, const char *objectName);

// The requests per second of all populations together (what the workload's total rate shows).
double totalRate(const SimulationConfig &config);

// The dependency kinds in the order the form offers them.
inline constexpr DependencyKind kDependencyKinds[] = {DependencyKind::Payments, DependencyKind::Auth,
                                                      DependencyKind::Cache, DependencyKind::Queue,
                                                      DependencyKind::ControlPlane};

} // namespace fl::ui
