#pragma once

#include <QWidget>

class QLabel;
class QSlider;

namespace fl::ui {

// The pace of the simulation on a logarithmic slider: 0.1×, 0.2×, 0.5×, 1×, 2×, 5× … 1000×, then
// "as fast as possible".
class SpeedControl : public QWidget
{
    Q_OBJECT

public:
    explicit SpeedControl(QWidget *parent = nullptr);

    static const std::vector<double> &steps(); // the slider's stops; the last is infinity
    static int stepFor(double speed);          // the nearest stop

    double speed() const;
    void setSpeed(double speed); // without emitting
    void faster();
    void slower();
    QSlider *slider() const { return m_slider; }

signals:
    void speedRequested(double speed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QSlider *m_slider;
    QLabel *m_label;
    QLabel *m_title;
};

} // namespace fl::ui
