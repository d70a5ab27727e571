// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests that drive an executable share: run it to completion and read what it printed,
// and read a PNG's size without a GUI library.

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSize>
#include <QStringList>

namespace fl::testing {

struct ProcessResult
{
    int exitCode = -1; // -1: did not finish normally within the bound
    QByteArray out;
    QByteArray err;
};

inline ProcessResult
runProcess(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
           int boundMs = 300000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(boundMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        result.err = process.readAllStandardError();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Width and height from a PNG's IHDR chunk; an invalid size when the file is not a PNG.
inline QSize pngSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {};
    auto be32 = [&head](int at) {
        return (static_cast<quint32>(static_cast<quint8>(head[at])) << 24) |
               (static_cast<quint32>(static_cast<quint8>(head[at + 1])) << 16) |
               (static_cast<quint32>(static_cast<quint8>(head[at + 2])) << 8) |
               static_cast<quint32>(static_cast<quint8>(head[at + 3]));
    };
    return QSize(static_cast<int>(be32(16)), static_cast<int>(be32(20)));
}

} // namespace fl::testing
