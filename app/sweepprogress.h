// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <cstddef>

namespace fl::app {

// How far a sweep has got, on stderr: on a terminal a bar redrawn in place (runs done, runs per
// second, time left); otherwise a plain line at every tenth of the runs, for a batch system's log.
// Wall-clock time is fine here: the app measures the machine, the core never does.
class SweepProgress
{
    Q_DECLARE_TR_FUNCTIONS(fl::app::SweepProgress)

public:
    // `command` starts every line ("sweep", "plan").
    SweepProgress(std::size_t runs, int jobs, const QString &command = QStringLiteral("sweep"));
    void runDone();
    void stop() { m_stopped = true; } // Ctrl-C: no more redraws
    void finish();                    // ends the bar's line

private:
    void draw();

    std::size_t m_runs;
    QString m_command;
    std::size_t m_done = 0;
    bool m_terminal = false;
    bool m_stopped = false;
    std::size_t m_lastTenth = 0;
    QElapsedTimer m_wall;
};

} // namespace fl::app
