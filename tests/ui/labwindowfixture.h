#pragma once

// What the tests of the lab's window share: finding an action, the latest snapshot, and showing the
// window until its first snapshot is on the map.

#include "bridge/simulationrunner.h"
#include "mainwindow.h"
#include "map/worldmapscene.h"
#include "map/worldmapview.h"

#include <QAction>
#include <QDockWidget>
#include <QTest>

namespace fl::ui::testing {

inline QAction *action(MainWindow &w, const char *name)
{
    auto *a = w.findChild<QAction *>(QLatin1String(name));
    if (!a)
        qFatal("no action %s", name);
    return a;
}

inline const WorldSnapshot &latest(MainWindow &w)
{
    return w.simulation()->latest();
}

// Shows the window at `size`, raises the dock named `raisedDock` (the docks in the bottom tab area
// follow snapshots only while shown), waits until the first snapshot is on the map, and fits the
// world into the view. False if the window was not exposed or no snapshot came within 5 s.
inline bool showLab(MainWindow &w, QSize size, const char *raisedDock)
{
    w.resize(size);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return false;
    if (auto *dock = w.findChild<QDockWidget *>(QLatin1String(raisedDock)))
        dock->raise();
    else
        qFatal("no dock %s", raisedDock);
    const bool drawn = QTest::qWaitFor(
        [&w] { return w.simulation()->hasSnapshot() && w.mapScene()->regionCount() > 0; }, 5000);
    w.mapView()->fitWorld();
    return drawn;
}

} // namespace fl::ui::testing
