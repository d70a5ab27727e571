#pragma once

#include "world/geo.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace fl::ui {

// Asks where a region is: its name and its latitude and longitude. Used to add a region of the
// user's own at a point of the map, and to move (or rename) a region to exact coordinates. OK is
// enabled only for a name that is not empty.
class RegionPlaceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Add,  // a new region at a point
        Move, // an existing region to a new place
    };
    RegionPlaceDialog(Purpose purpose, const QString &name, GeoPoint location, QWidget *parent = nullptr);

    QString name() const;
    GeoPoint location() const;
    // Whether the user may change the name (a catalog region keeps its catalog name when moved).
    void setNameEditable(bool editable);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateOk();
    Purpose m_purpose;
    QLabel *m_intro, *m_nameLabel, *m_latLabel, *m_lonLabel;
    QLineEdit *m_name;
    QDoubleSpinBox *m_lat, *m_lon;
    QDialogButtonBox *m_buttons;
};

} // namespace fl::ui
