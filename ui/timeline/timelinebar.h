#pragma once

#include "bridge/worldsnapshot.h"
#include "labtext.h"

#include <QWidget>

namespace fl::ui {

// The run so far, under the map: the stretch of simulated time the branch shown has reached, its
// actions as ticks (faults red, repairs green, traffic and settings blue, the operator's violet),
// its incidents as bands from the failure to the users' recovery with a diamond where a replica was
// promoted, where the branch left its parent, and a cursor at the moment shown. Drag or click to
// show another moment (jumpRequested); Left/Right move 5 s, Page Up/Down 60 s, Home and End go to
// the start and to the branch's frontier. Hovering names the moment and what happened there.
class TimelineBar : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineBar(QWidget *parent = nullptr);

    void setTimeline(const TimelineView &view, SimTime now, const ConfigNames &names);
    SimTime now() const { return m_now; }
    // Where simulated time `t` is drawn, and the time at horizontal position `x` (for tests).
    int xOf(SimTime t) const;
    SimTime timeAt(int x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void jumpRequested(qint64 at);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect track() const;
    SimTime span() const;
    void requestJump(SimTime at);
    QString describeAt(int x) const;

    TimelineView m_view;
    ConfigNames m_names;
    SimTime m_now = 0;
    SimTime m_requested = -1; // the last jump asked for while dragging
    bool m_dragging = false;
};

} // namespace fl::ui
