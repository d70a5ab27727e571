#include "settingwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QSpinBox>
#include <cmath>

namespace fl::ui {
namespace {

class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel) {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && !widget->hasFocus()) {
                // Ignored and filtered: the event goes on to the parents (the scroll area).
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void guardWheels(QWidget *root)
{
    static const char *const kGuard = "fl_wheelGuard";
    static WheelGuard *const guard = new WheelGuard; // one filter for every editor, for the program's life
    const auto editors = root->findChildren<QWidget *>();
    for (QWidget *w : editors) {
        if (!qobject_cast<QAbstractSpinBox *>(w) && !qobject_cast<QComboBox *>(w))
            continue;
        if (w->property(kGuard).toBool())
            continue;
        w->setProperty(kGuard, true);
        w->setFocusPolicy(Qt::StrongFocus);
        w->installEventFilter(guard);
    }
}

QDoubleSpinBox *makeDoubleSpin(QWidget *parent, const char *objectName, double min, double max, int decimals,
                               double step)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QLatin1String(objectName));
    // Decimals first: setRange rounds the bounds to them.
    spin->setDecimals(decimals);
    spin->setRange(min, max);
    spin->setSingleStep(step);
    spin->setKeyboardTracking(false);
    return spin;
}

QDoubleSpinBox *makeSettingSpin(QWidget *parent, const char *objectName, const SettingSpec &spec,
                                double shownPerStored, int decimals, double step)
{
    // An open lower bound ("longer than zero") starts one displayed step above it.
    const double low = spec.low * shownPerStored + (spec.lowOpen ? std::pow(10.0, -decimals) : 0.0);
    return makeDoubleSpin(parent, objectName, low, spec.high * shownPerStored, decimals, step);
}

QSpinBox *makeSettingIntSpin(QWidget *parent, const char *objectName, const SettingSpec &spec)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(objectName));
    spin->setRange(static_cast<int>(spec.low) + (spec.lowOpen ? 1 : 0), static_cast<int>(spec.high));
    return spin;
}

QComboBox *makeCombo(QWidget *parent, const char *objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    return combo;
}

QCheckBox *makeCheck(QWidget *parent, const char *objectName)
{
    auto *box = new QCheckBox(parent);
    box->setObjectName(QLatin1String(objectName));
    return box;
}

} // namespace fl::ui
