// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace fl::scenario {

// Every file the lab writes (scenarios, reports, CSV, charts, map images, screenshots) goes through
// these two steps, so that one rule holds everywhere:
//   - a regular file (or a new one) is replaced atomically: a temporary beside it, flushed to disk,
//     renamed over it — the file is the complete new content or left as it was;
//   - "-" (standard output), a character device or a FIFO is written in place, never replaced (an
//     atomic rename would turn /dev/null into a regular file);
//   - a directory, or anything else that is not a file, is refused;
//   - every write and the close are checked: a full disk is an error, not a silent loss.

// How a destination will be written.
enum class OutputTarget
{
    ReplaceFile, // regular file or a new one: atomic replacement
    Stream,      // "-", a character device or a FIFO: written in place
};

// Checks, before anything runs, that `path` can be written (the directory exists and is writable,
// an existing file is writable, the path is not a directory). Fills `error` with one sentence that
// names the path and the reason.
bool checkOutputFile(const QString &path, QString *error, OutputTarget *target = nullptr);

// Checks a destination directory: it exists and is writable, or it can be created (its nearest
// existing ancestor is a writable directory). Creates nothing.
bool checkOutputDirectory(const QString &path, QString *error);

// Writes `bytes` to `path` by the rule above. False with `error` filled when anything failed.
bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *error);

// The name an atomic save gives its temporary beside `path` ("DIR/.NAME.PID.flab-save"). A save
// killed before its rename leaves one behind; the next save of the same file removes those whose
// process is gone.
QString saveTemporaryName(const QString &path, qint64 pid);

} // namespace fl::scenario
