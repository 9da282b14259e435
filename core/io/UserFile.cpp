#include "io/UserFile.h"

#include "Translate.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace aicet::io {
namespace {

constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * 1024;

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

QString notRegular(const QString &path)
{
    return IoText::tr("%1 is not a regular file (a device, a pipe or a folder)").arg(path);
}

QString tooLarge(const QString &path, qint64 maxBytes)
{
    if (maxBytes >= kMiB && maxBytes % kMiB == 0) {
        return IoText::tr("%1 is larger than %2 MiB").arg(path).arg(maxBytes / kMiB);
    }
    if (maxBytes >= kKiB && maxBytes % kKiB == 0) {
        return IoText::tr("%1 is larger than %2 KiB").arg(path).arg(maxBytes / kKiB);
    }
    return IoText::tr("%1 is larger than %2 bytes").arg(path).arg(maxBytes);
}

QString failure(const QString &path, int code)
{
    if (code == ENOENT || code == ENOTDIR) {
        return IoText::tr("%1 does not exist").arg(path);
    }
    return IoText::tr("%1 cannot be read: %2").arg(path, systemError(code));
}

} // namespace

int openUserFile(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        *error = IoText::tr("%1 does not exist").arg(QStringLiteral("\"\""));
        return -1;
    }
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(name.constData(), &st) != 0) {
        *error = failure(path, errno);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = notRegular(path);
        return -1;
    }
    int fd = -1;
    do {
        fd = ::open(name.constData(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *error = failure(path, errno);
        return -1;
    }
    if (::fstat(fd, &st) != 0) {
        *error = failure(path, errno);
        ::close(fd);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = notRegular(path);
        ::close(fd);
        return -1;
    }
    return fd;
}

std::optional<QByteArray> readUserFile(const QString &path, qint64 maxBytes, QString *error)
{
    maxBytes = std::max<qint64>(maxBytes, 0);
    const int fd = openUserFile(path, error);
    if (fd < 0) {
        return std::nullopt;
    }
    struct stat st = {};
    if (::fstat(fd, &st) == 0 && st.st_size > maxBytes) {
        ::close(fd);
        *error = tooLarge(path, maxBytes);
        return std::nullopt;
    }
    // One byte more than allowed tells a file that grew past the bound from one that fits exactly.
    const qint64 limit = maxBytes + 1;
    QByteArray data;
    data.resize(std::min<qint64>(std::max<qint64>(st.st_size, 0) + 1, limit));
    qint64 got = 0;
    for (;;) {
        if (got == data.size()) {
            if (got >= limit) {
                break;
            }
            data.resize(std::min<qint64>(limit, got * 2 + 4096));
        }
        const ssize_t n = ::read(fd, data.data() + got, static_cast<std::size_t>(data.size() - got));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            *error = failure(path, errno);
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0) {
            break;
        }
        got += n;
    }
    ::close(fd);
    if (got > maxBytes) {
        *error = tooLarge(path, maxBytes);
        return std::nullopt;
    }
    data.resize(got);
    return data;
}

} // namespace aicet::io
