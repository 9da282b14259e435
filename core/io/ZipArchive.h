#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

struct zip;
struct zip_source;

namespace aicet::io {

/// Bounds on what a zip archive from elsewhere may make the program read. A hostile archive (a
/// zip bomb, thousands of entries) is refused by its declared sizes when it is opened, and reading
/// an entry never decompresses more than its bound, whatever the archive claims.
struct ZipLimits
{
    qint64 maxEntryBytes = 16 * 1024 * 1024; ///< one entry, uncompressed
    qint64 maxTotalBytes = 256 * 1024 * 1024; ///< all entries together, uncompressed
    int maxEntries = 10000;
};

/// Reads a zip archive held in memory (libzip). Entry names are checked when it is opened: an
/// absolute name, a drive letter, a backslash, a ".." component, an empty or repeated name, an
/// encrypted entry or one larger than the limits refuses the whole archive, so nothing of a
/// hostile package is ever used. The reader owns the archive and a copy of its bytes; it can be
/// neither copied nor moved.
class ZipReader
{
public:
    ZipReader() = default;
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    /// Opens the archive; false with `error` saying why it is refused (naming the entry).
    bool open(const QByteArray &bytes, const ZipLimits &limits, QString *error);
    /// The names of the files in the archive (folders left out), in archive order.
    const QStringList &names() const { return m_names; }
    bool contains(const QString &name) const { return m_names.contains(name); }
    /// The bytes of an entry, decompressed and checked (CRC); nothing with `error` set when the
    /// entry is missing, damaged or larger than the limits.
    std::optional<QByteArray> read(const QString &name, QString *error);

private:
    QByteArray m_bytes;
    zip *m_zip = nullptr;
    QStringList m_names;
    ZipLimits m_limits;
    qint64 m_readTotal = 0;
};

/// Whether an entry name is safe to use: relative, with no "..", "." or empty component, no
/// backslash, no drive letter, no control character.
bool isSafeZipName(const QString &name);

struct ZipEntry
{
    QString name;
    QByteArray data;
};

/// A zip archive (deflate, UTF-8 names, a fixed date so that the same entries give the same
/// bytes) holding `entries` in their order. Nothing with `error` set on failure.
std::optional<QByteArray> writeZip(const std::vector<ZipEntry> &entries, QString *error);

} // namespace aicet::io
