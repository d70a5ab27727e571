#include "degradedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace fl::ui {

DegradeDialog::DegradeDialog(const QString &from, const QString &to, QWidget *parent)
    : QDialog(parent), m_from(from), m_to(to)
{
    setObjectName(QStringLiteral("degradeDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_extra = new QDoubleSpinBox(this);
    m_extra->setObjectName(QStringLiteral("extraMsSpin"));
    m_extra->setRange(0, 10'000);
    m_extra->setDecimals(1);
    m_extra->setValue(100);
    m_loss = new QDoubleSpinBox(this);
    m_loss->setObjectName(QStringLiteral("lossSpin"));
    m_loss->setRange(0, 99);
    m_loss->setDecimals(1);
    m_loss->setValue(5);
    m_direction = new QComboBox(this);
    m_extraLabel = new QLabel(this);
    m_lossLabel = new QLabel(this);
    m_directionLabel = new QLabel(this);
    auto *form = new QFormLayout;
    form->addRow(m_extraLabel, m_extra);
    form->addRow(m_lossLabel, m_loss);
    form->addRow(m_directionLabel, m_direction);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    retranslateUi();
}

double DegradeDialog::extraMs() const
{
    return m_extra->value();
}

double DegradeDialog::lossFraction() const
{
    return m_loss->value() / 100.0;
}

int DegradeDialog::direction() const
{
    return m_direction->currentIndex();
}

void DegradeDialog::retranslateUi()
{
    setWindowTitle(tr("Degrade link"));
    m_intro->setText(
        tr("Make the link between %1 and %2 slower and lossy. Replication streams retransmit lost "
           "messages (they arrive late); health probes are simply lost.")
            .arg(m_from, m_to));
    m_extraLabel->setText(tr("Extra one-way delay:"));
    m_extra->setSuffix(tr(" ms"));
    m_lossLabel->setText(tr("Loss:"));
    m_loss->setSuffix(tr(" %"));
    m_directionLabel->setText(tr("Direction:"));
    const int current = std::max(0, m_direction->currentIndex());
    m_direction->clear();
    m_direction->addItems(
        {tr("Both ways"), tr("%1 → %2 only").arg(m_from, m_to), tr("%1 → %2 only").arg(m_to, m_from)});
    m_direction->setCurrentIndex(current);
}

void DegradeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace fl::ui
