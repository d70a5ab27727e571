#pragma once

#include "spec/enums.h"
#include "spec/settings.h"

#include <QComboBox>
#include <QSignalBlocker>
#include <QString>

class QCheckBox;
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
// Spin boxes and combo boxes under `root` take the mouse wheel only once focused (Qt::StrongFocus:
// by a click or Tab, not by the wheel); unfocused, the wheel scrolls what contains them, so scrolling
// a long form does not change the settings the pointer passes over.
void guardWheels(QWidget *root);

// Fills `combo` with every value of E in core/spec's order, named by `name`, keeping its row.
template<class E> void fillEnumCombo(QComboBox *combo, QString (*name)(E))
{
    const QSignalBlocker block(combo);
    const int current = combo->currentIndex();
    combo->clear();
    for (const EnumEntry<E> &e : enumEntries<E>())
        combo->addItem(name(e.value), static_cast<int>(e.value));
    combo->setCurrentIndex(current);
}

} // namespace fl::ui
