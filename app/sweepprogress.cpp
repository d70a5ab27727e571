// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweepprogress.h"

#include <QLocale>
#include <QTextStream>
#include <cmath>
#include <cstdio>
#include <unistd.h>

namespace fl::app {
namespace {

constexpr int kBarWidth = 30;

QString timeLeft(double seconds)
{
    const auto s = static_cast<qint64>(std::ceil(seconds));
    if (s < 60)
        return SweepProgress::tr("%1 s").arg(s);
    if (s < 3600)
        return SweepProgress::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return SweepProgress::tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
}

} // namespace

SweepProgress::SweepProgress(std::size_t runs, int jobs, const QString &command)
    : m_runs(runs), m_command(command), m_terminal(::isatty(STDERR_FILENO))
{
    m_wall.start();
    QTextStream err(stderr);
    err << m_command << ": "
        << tr("%1 on %2")
               .arg(tr("%n run(s)", nullptr, static_cast<int>(runs)),
                    tr("%n job(s)", nullptr, static_cast<int>(jobs)))
        << '\n';
    if (m_terminal)
        draw();
}

void SweepProgress::runDone()
{
    ++m_done;
    if (m_stopped)
        return;
    if (m_terminal) {
        draw();
        return;
    }
    const std::size_t tenth = m_runs == 0 ? 10 : m_done * 10 / m_runs;
    if (tenth > m_lastTenth) {
        m_lastTenth = tenth;
        draw();
    }
}

void SweepProgress::draw()
{
    const double elapsed = static_cast<double>(m_wall.nsecsElapsed()) / 1e9;
    const double rate = elapsed > 0 ? static_cast<double>(m_done) / elapsed : 0.0;
    const QString left = m_done == 0 || rate <= 0
                             ? tr("time left unknown")
                             : tr("%1 left").arg(timeLeft(static_cast<double>(m_runs - m_done) / rate));
    const QString figures = tr("%1/%2 runs, %3 runs/s, %4")
                                .arg(m_done)
                                .arg(m_runs)
                                .arg(QLocale().toString(rate, 'f', rate < 10 ? 2 : 1), left);
    QTextStream err(stderr);
    if (m_terminal) {
        const int filled = m_runs == 0 ? kBarWidth : static_cast<int>(m_done * kBarWidth / m_runs);
        err << "\r[" << QString(filled, QLatin1Char('#')) << QString(kBarWidth - filled, QLatin1Char('.'))
            << "] " << figures << "\033[K" << Qt::flush;
    } else {
        err << m_command << ": " << figures << '\n' << Qt::flush;
    }
}

void SweepProgress::finish()
{
    if (m_terminal && !m_stopped)
        QTextStream(stderr) << '\n';
}

} // namespace fl::app
