// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace fl::app {

// Turns SIGINT (Ctrl-C) into a Qt signal on the event loop, so that a long headless command can
// stop cleanly and keep what it finished. The handler only writes one byte to a pipe (the only
// async-signal-safe way out of a handler); a QSocketNotifier on the pipe's other end emits
// interrupted(). While one exists, Ctrl-C no longer kills the process; the previous disposition
// comes back when it is destroyed. One at a time per process.
class InterruptNotifier : public QObject
{
    Q_OBJECT

public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void interrupted();

private:
    void drain();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace fl::app
