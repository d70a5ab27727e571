#pragma once

#include <QTextStream>

namespace fl::ui {

// The GUI benchmark (`failover-lab bench --gui`): the lab's window on a six-region world, the
// simulation at 100×, until ten simulated minutes have passed (times `scale`). It measures what a
// person feels: how long until the window is shown, how long each paint of the map takes (p50, p95,
// max) and the longest stall of the UI thread (a 1 ms timer that could not fire on time). Needs a
// QApplication; prints one JSON object per line with `json`, else a short table.
int runGuiBench(QTextStream &out, bool json, double scale);

} // namespace fl::ui
