// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fl::scenario {
namespace {

class Output
{
    Q_DECLARE_TR_FUNCTIONS(fl::scenario::Output)
};

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QByteArray nativePath(const QString &path)
{
    return QFile::encodeName(path);
}

bool writeAll(int fd, const QByteArray &bytes, int *errorCode)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *errorCode = errno;
            return false;
        }
        data += n;
        left -= n;
    }
    return true;
}

bool isStream(const struct stat &st)
{
    return S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode);
}

// Removes temporaries of earlier saves of `path` whose process no longer runs (a save killed
// between writing its temporary and renaming it leaves a complete copy behind).
void removeStaleTemporaries(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    const QString prefix = QLatin1Char('.') + info.fileName() + QLatin1Char('.');
    const QString suffix = QStringLiteral(".flab-save");
    const QStringList names =
        dir.entryList({prefix + QStringLiteral("*") + suffix}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 pid =
            name.mid(prefix.size(), name.size() - prefix.size() - suffix.size()).toLongLong(&ok);
        if (!ok || pid <= 0)
            continue;
        if (pid != ::getpid() && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            QFile::remove(dir.filePath(name));
    }
}

bool writeStream(const QString &path, const QByteArray &bytes, QString *error)
{
    if (path == QLatin1String("-")) {
        std::fflush(stdout); // whatever was printed before the document comes first
        int code = 0;
        if (!writeAll(STDOUT_FILENO, bytes, &code))
            return fail(error, Output::tr("cannot write to standard output: %1").arg(systemError(code)));
        return true;
    }
    const int fd = ::open(nativePath(path).constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return fail(error, Output::tr("cannot write %1: %2").arg(path, systemError(errno)));
    int code = 0;
    const bool written = writeAll(fd, bytes, &code);
    if (::close(fd) != 0 && written)
        code = errno;
    if (!written || code != 0)
        return fail(error, Output::tr("cannot write %1: %2").arg(path, systemError(code)));
    return true;
}

bool replaceFile(const QString &path, const QByteArray &bytes, QString *error)
{
    removeStaleTemporaries(path);
    const QString temporary = saveTemporaryName(path, ::getpid());
    const QByteArray temporaryName = nativePath(temporary);
    // An existing file keeps its permissions; a new one gets the usual 0666 & ~umask.
    mode_t mode = 0666;
    struct stat existing;
    const bool exists = ::stat(nativePath(path).constData(), &existing) == 0;
    const int fd = ::open(temporaryName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0)
        return fail(error, Output::tr("cannot write %1: %2").arg(path, systemError(errno)));
    int code = 0;
    bool ok = writeAll(fd, bytes, &code);
    if (ok && exists && ::fchmod(fd, existing.st_mode & 07777) != 0) {
        code = errno;
        ok = false;
    }
    if (ok && ::fsync(fd) != 0) {
        code = errno;
        ok = false;
    }
    if (::close(fd) != 0 && ok) {
        code = errno;
        ok = false;
    }
    if (ok && ::rename(temporaryName.constData(), nativePath(path).constData()) != 0) {
        code = errno;
        ok = false;
    }
    if (!ok) {
        ::unlink(temporaryName.constData());
        return fail(error, Output::tr("cannot write %1: %2").arg(path, systemError(code)));
    }
    return true;
}

} // namespace

QString saveTemporaryName(const QString &path, qint64 pid)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QLatin1Char('.') +
                                       QString::number(pid) + QStringLiteral(".flab-save"));
}

bool checkOutputFile(const QString &path, QString *error, OutputTarget *target)
{
    if (target)
        *target = OutputTarget::ReplaceFile;
    if (path.isEmpty())
        return fail(error, Output::tr("no output file given"));
    if (path == QLatin1String("-")) {
        if (target)
            *target = OutputTarget::Stream;
        return true;
    }
    struct stat st;
    if (::stat(nativePath(path).constData(), &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return fail(error, Output::tr("%1 is a directory; give a file name").arg(path));
        if (isStream(st)) {
            if (::access(nativePath(path).constData(), W_OK) != 0)
                return fail(error, Output::tr("cannot write %1: %2").arg(path, systemError(errno)));
            if (target)
                *target = OutputTarget::Stream;
            return true;
        }
        if (!S_ISREG(st.st_mode))
            return fail(error, Output::tr("%1 is neither a regular file nor a device or FIFO").arg(path));
        if (::access(nativePath(path).constData(), W_OK) != 0)
            return fail(error, Output::tr("cannot write %1: %2").arg(path, systemError(errno)));
    }
    // The file is replaced through a temporary beside it: its directory must take new files.
    const QString directory = QFileInfo(path).absolutePath();
    struct stat dirStat;
    if (::stat(nativePath(directory).constData(), &dirStat) != 0 || !S_ISDIR(dirStat.st_mode))
        return fail(error, Output::tr("the directory %1 does not exist").arg(directory));
    if (::access(nativePath(directory).constData(), W_OK | X_OK) != 0)
        return fail(error, Output::tr("cannot create files in %1: %2").arg(directory, systemError(errno)));
    return true;
}

bool checkOutputDirectory(const QString &path, QString *error)
{
    if (path.isEmpty())
        return fail(error, Output::tr("no output directory given"));
    QString probe = QFileInfo(path).absoluteFilePath();
    struct stat st;
    if (::stat(nativePath(probe).constData(), &st) == 0) {
        if (!S_ISDIR(st.st_mode))
            return fail(error, Output::tr("%1 is not a directory").arg(path));
        if (::access(nativePath(probe).constData(), W_OK | X_OK) != 0)
            return fail(error, Output::tr("cannot create files in %1: %2").arg(path, systemError(errno)));
        return true;
    }
    // Not there yet: it will be created, so its nearest existing ancestor must be a writable
    // directory.
    while (true) {
        const QString parent = QFileInfo(probe).absolutePath();
        if (parent == probe)
            return fail(error, Output::tr("cannot create the directory %1").arg(path));
        probe = parent;
        if (::stat(nativePath(probe).constData(), &st) == 0)
            break;
    }
    if (!S_ISDIR(st.st_mode))
        return fail(error,
                    Output::tr("cannot create the directory %1: %2 is not a directory").arg(path, probe));
    if (::access(nativePath(probe).constData(), W_OK | X_OK) != 0)
        return fail(error, Output::tr("cannot create the directory %1: %2").arg(path, systemError(errno)));
    return true;
}

bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *error)
{
    OutputTarget target = OutputTarget::ReplaceFile;
    if (!checkOutputFile(path, error, &target))
        return false;
    return target == OutputTarget::Stream ? writeStream(path, bytes, error) : replaceFile(path, bytes, error);
}

} // namespace fl::scenario
