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

// Where and how a process runs besides its arguments.
struct ProcessSetup
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString workingDirectory; // empty: the test's own
    QString stdoutFile;       // empty: captured into ProcessResult::out
    int boundMs = 300000;     // a hang is reported as exitCode -1, not waited on for ever
};

inline ProcessResult runProcess(const QString &program, const QStringList &arguments,
                                const ProcessSetup &setup = ProcessSetup())
{
    QProcess process;
    process.setProcessEnvironment(setup.environment);
    if (!setup.workingDirectory.isEmpty())
        process.setWorkingDirectory(setup.workingDirectory);
    if (!setup.stdoutFile.isEmpty())
        process.setStandardOutputFile(setup.stdoutFile);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(setup.boundMs) || process.exitStatus() != QProcess::NormalExit) {
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
