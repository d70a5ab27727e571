#pragma once

#include "bridge/worldsnapshot.h"
#include "engine/command.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace fl::ui {

// Each population's split of traffic across regions, as routing weights: shown live from the
// snapshots and editable. Weights only steer traffic under the weighted policy; the panel says so
// and offers the switch. A population left with no weight anywhere is refused.
class WeightsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WeightsPanel(QWidget *parent = nullptr);
    void applySnapshot(const WorldSnapshot &snapshot);
    QTableWidget *table() const { return m_table; }

signals:
    void liveCommand(const fl::Command &command);
    void refused(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void onItemChanged(QTableWidgetItem *item);
    void updateShares(int row);

    WorldSnapshot m_last;
    bool m_have = false;
    bool m_updating = false;
    QLabel *m_hint;
    QLabel *m_problem;
    QPushButton *m_useWeighted;
    QTableWidget *m_table;
};

} // namespace fl::ui
