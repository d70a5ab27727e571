#pragma once

#include <QStringList>
#include <QTextStream>

namespace fl::ui {

// The GUI benchmark (`failover-lab bench --gui`): the lab's window on a six-region world with the
// simulation at 100×, in three rows: "gui" (the window as it opens) and, with all twelve charts on
// screen, "gui_charts_10min" (ten simulated minutes, five-minute window) and "gui_charts_1h_history"
// (an hour simulated first at full speed, then five minutes measured showing the whole run).
// Durations are multiplied by `scale`. It measures what a person feels: how long until the window is
// shown, the UI thread's work per frame (applying a snapshot to every view plus every paint until the
// next one; p50, p95, max) and the longest stall of the UI thread (a 1 ms timer that could not fire
// on time). Needs a QApplication; prints one JSON object per line with `json`, else a short table.
// `only` names the rows to run (empty: all of them).
int runGuiBench(QTextStream &out, bool json, double scale, const QStringList &only = {});
// The names of the rows, for checking `--only` before a window is made.
QStringList guiBenchNames();

} // namespace fl::ui
