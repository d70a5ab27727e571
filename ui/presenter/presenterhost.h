// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <vector>

class QMainWindow;

namespace fl::ui {

class ChartsPanel;
class WorldMapView;

// What PresenterMode needs of a window it presents: its maps and charts (to scale and fit them),
// how it lays itself out for a talk, and the moves the presenter keys make. The lab's main window
// and the compare view each implement it.
class PresenterHost
{
public:
    virtual ~PresenterHost() = default;

    virtual QMainWindow *presenterWindow() = 0;
    virtual std::vector<WorldMapView *> presenterMaps() const = 0;
    virtual std::vector<ChartsPanel *> presenterCharts() const = 0;
    // Shows only what the talk needs, sized for `screen` (entering), or nothing (leaving: the
    // window's own state is restored by PresenterMode afterwards).
    virtual void arrangeForPresenting(bool presenting, QSize screen) = 0;

    // The one-key moves.
    virtual void killPrimary() = 0;
    virtual void cutSelectedLink() = 0;
    virtual void healEverything() = 0;
    virtual void resetWorld() = 0;
    virtual void playOrPause() = 0;
    // A clicker's next and previous (a lesson's steps); nothing where there are none.
    virtual void nextStep() {}
    virtual void previousStep() {}
};

} // namespace fl::ui
