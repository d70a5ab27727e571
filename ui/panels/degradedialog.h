#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;

namespace fl::ui {

// Asks how to degrade a link: extra one-way delay, loss, and which direction.
class DegradeDialog : public QDialog
{
    Q_OBJECT

public:
    DegradeDialog(const QString &from, const QString &to, QWidget *parent = nullptr);

    double extraMs() const;
    double lossFraction() const;
    // 0 both ways, 1 from -> to only, 2 to -> from only.
    int direction() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString m_from, m_to;
    QLabel *m_intro;
    QDoubleSpinBox *m_extra;
    QDoubleSpinBox *m_loss;
    QComboBox *m_direction;
    QLabel *m_extraLabel, *m_lossLabel, *m_directionLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace fl::ui
