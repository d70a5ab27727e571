#include "regionplacedialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fl::ui {

RegionPlaceDialog::RegionPlaceDialog(Purpose purpose, const QString &name, GeoPoint location, QWidget *parent)
    : QDialog(parent), m_purpose(purpose)
{
    setObjectName(QStringLiteral("regionPlaceDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("regionNameEdit"));
    m_name->setMaxLength(40);
    // Two decimals are about a kilometre: finer than the latency model can tell apart.
    const auto coordinate = [this](const char *objectName, double limit, double value) {
        auto *spin = new QDoubleSpinBox(this);
        spin->setObjectName(QLatin1String(objectName));
        spin->setRange(-limit, limit);
        spin->setDecimals(2);
        spin->setSingleStep(0.5);
        spin->setValue(value);
        return spin;
    };
    m_lat = coordinate("latitudeSpin", 90, location.latDeg);
    m_lon = coordinate("longitudeSpin", 180, location.lonDeg);
    m_nameLabel = new QLabel(this);
    m_latLabel = new QLabel(this);
    m_lonLabel = new QLabel(this);
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_latLabel, m_lat);
    form->addRow(m_lonLabel, m_lon);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RegionPlaceDialog::updateOk);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    retranslateUi();
    updateOk();
    m_name->selectAll();
}

QString RegionPlaceDialog::name() const
{
    return m_name->text().trimmed();
}

GeoPoint RegionPlaceDialog::location() const
{
    return GeoPoint{m_lat->value(), m_lon->value()};
}

void RegionPlaceDialog::setNameEditable(bool editable)
{
    m_name->setReadOnly(!editable);
    m_name->setEnabled(editable);
}

void RegionPlaceDialog::updateOk()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const bool named = !name().isEmpty();
    ok->setEnabled(named);
    ok->setToolTip(named ? QString() : tr("Give the region a name first."));
}

void RegionPlaceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RegionPlaceDialog::retranslateUi()
{
    if (m_purpose == Purpose::Add) {
        setWindowTitle(tr("Add region"));
        m_intro->setText(tr("A region of your own at this place. Latency to it follows its distance, as for "
                            "every region, and its cost follows its role. The simulation "
                            "restarts with it."));
    } else {
        setWindowTitle(tr("Move region"));
        m_intro->setText(tr("Latency to and from the region follows its new place. The simulation restarts "
                            "from the new configuration; Undo moves it back."));
    }
    m_nameLabel->setText(tr("Name:"));
    m_latLabel->setText(tr("Latitude:"));
    m_lonLabel->setText(tr("Longitude:"));
    m_lat->setToolTip(tr("Degrees north (negative: south)"));
    m_lon->setToolTip(tr("Degrees east (negative: west)"));
    m_lat->setSuffix(tr("°"));
    m_lon->setSuffix(tr("°"));
    updateOk();
}

} // namespace fl::ui
