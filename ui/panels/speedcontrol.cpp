#include "speedcontrol.h"

#include "bridge/simulationrunner.h"
#include "labtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <cmath>

namespace fl::ui {

const std::vector<double> &SpeedControl::steps()
{
    static const std::vector<double> stops = {0.1, 0.2, 0.5, 1,   2,   5,    10,
                                              20,  50,  100, 200, 500, 1000, kMaxSpeed};
    return stops;
}

int SpeedControl::stepFor(double speed)
{
    const auto &s = steps();
    if (std::isinf(speed))
        return static_cast<int>(s.size()) - 1;
    int best = 0;
    for (int i = 0; i + 1 < static_cast<int>(s.size()); ++i) {
        if (std::abs(std::log(s[static_cast<std::size_t>(i)] / speed)) <
            std::abs(std::log(s[static_cast<std::size_t>(best)] / speed)))
            best = i;
    }
    return best;
}

SpeedControl::SpeedControl(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("speedControl"));
    m_title = new QLabel(this);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("speedSlider"));
    m_slider->setRange(0, static_cast<int>(steps().size()) - 1);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setFixedWidth(150);
    m_label = new QLabel(this);
    m_label->setMinimumWidth(48);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_slider);
    layout->addWidget(m_label);
    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        m_label->setText(LabText::speed(steps()[static_cast<std::size_t>(position)]));
        emit speedRequested(steps()[static_cast<std::size_t>(position)]);
    });
    setSpeed(1);
    retranslateUi();
}

double SpeedControl::speed() const
{
    return steps()[static_cast<std::size_t>(m_slider->value())];
}

void SpeedControl::setSpeed(double speed)
{
    const QSignalBlocker block(m_slider);
    m_slider->setValue(stepFor(speed));
    m_label->setText(LabText::speed(this->speed()));
}

void SpeedControl::faster()
{
    m_slider->setValue(m_slider->value() + 1);
}

void SpeedControl::slower()
{
    m_slider->setValue(m_slider->value() - 1);
}

void SpeedControl::retranslateUi()
{
    m_title->setText(tr("Speed:"));
    m_label->setText(LabText::speed(speed()));
    m_slider->setToolTip(tr("Simulated seconds per second of your time, from 0.1× to as fast as the machine "
                            "allows"));
}

void SpeedControl::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace fl::ui
