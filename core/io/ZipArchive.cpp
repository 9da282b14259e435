#include "io/ZipArchive.h"

#include "Translate.h"

#include <QSet>

#include <ctime>
#include <memory>
#include <zip.h>

namespace aicet::io {
namespace {

QString mebibytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString zipErrorText(zip_error_t *error)
{
    return QString::fromLocal8Bit(zip_error_strerror(error));
}

// 1 January 2000: exported packages do not change with the time they are made.
constexpr std::time_t kFixedTime = 946684800;

} // namespace

bool isSafeZipName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || (name.size() >= 2 && name.at(1) == QLatin1Char(':'))) {
        return false;
    }
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            return false;
        }
    }
    QString path = name;
    if (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    for (const QStringView part : QStringView(path).split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String("..") || part == QLatin1String(".")) {
            return false;
        }
    }
    return true;
}

ZipReader::~ZipReader()
{
    if (m_zip) {
        zip_discard(m_zip);
    }
}

bool ZipReader::open(const QByteArray &bytes, const ZipLimits &limits, QString *error)
{
    m_bytes = bytes;
    m_limits = limits;
    zip_error_t zerr;
    zip_error_init(&zerr);
    // The source reads m_bytes in place; the reader keeps them alive as long as the archive.
    zip_source_t *source
        = zip_source_buffer_create(m_bytes.constData(), static_cast<zip_uint64_t>(m_bytes.size()), 0, &zerr);
    if (!source) {
        *error = IoText::tr("not a readable zip archive: %1").arg(zipErrorText(&zerr));
        zip_error_fini(&zerr);
        return false;
    }
    m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
    if (!m_zip) {
        zip_source_free(source);
        *error = IoText::tr("not a readable zip archive: %1").arg(zipErrorText(&zerr));
        zip_error_fini(&zerr);
        return false;
    }
    zip_error_fini(&zerr);
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    if (count < 0 || count > m_limits.maxEntries) {
        *error = IoText::tr("the archive has %1 entries; at most %2 are read").arg(count).arg(m_limits.maxEntries);
        return false;
    }
    qint64 total = 0;
    QSet<QString> seen;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(m_zip, static_cast<zip_uint64_t>(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME)
            || !(st.valid & ZIP_STAT_SIZE)) {
            *error = IoText::tr("entry %1 of the archive cannot be read").arg(i + 1);
            return false;
        }
        const QString name = QString::fromUtf8(st.name);
        if (!isSafeZipName(name)) {
            *error = IoText::tr("entry \"%1\": a name that leads outside the package (absolute, \"..\", a drive or a "
                                "backslash) is refused")
                         .arg(name);
            return false;
        }
        if (seen.contains(name)) {
            *error = IoText::tr("entry \"%1\" appears twice in the archive").arg(name);
            return false;
        }
        seen.insert(name);
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
            *error = IoText::tr("entry \"%1\" is encrypted").arg(name);
            return false;
        }
        if (name.endsWith(QLatin1Char('/'))) {
            continue;
        }
        const qint64 size = static_cast<qint64>(std::min<zip_uint64_t>(st.size, std::numeric_limits<qint64>::max()));
        if (size > m_limits.maxEntryBytes) {
            *error = IoText::tr("entry \"%1\" is too large: %2 MiB uncompressed; at most %3 MiB")
                         .arg(name, mebibytes(size), mebibytes(m_limits.maxEntryBytes));
            return false;
        }
        total += size;
        if (total > m_limits.maxTotalBytes) {
            *error = IoText::tr("the archive holds more than %1 MiB once uncompressed: refused (a zip bomb?)")
                         .arg(mebibytes(m_limits.maxTotalBytes));
            return false;
        }
        m_names.append(name);
    }
    return true;
}

std::optional<QByteArray> ZipReader::read(const QString &name, QString *error)
{
    if (!m_zip || !m_names.contains(name)) {
        *error = IoText::tr("\"%1\" is not in the archive").arg(name);
        return std::nullopt;
    }
    const QByteArray utf8 = name.toUtf8();
    const zip_int64_t index = zip_name_locate(m_zip, utf8.constData(), ZIP_FL_ENC_RAW);
    zip_file_t *file = index >= 0 ? zip_fopen_index(m_zip, static_cast<zip_uint64_t>(index), 0) : nullptr;
    if (!file) {
        *error = IoText::tr("\"%1\" cannot be read from the archive: %2").arg(name, zipErrorText(zip_get_error(m_zip)));
        return std::nullopt;
    }
    // At most the limit plus one byte is ever decompressed, whatever size the entry declares.
    const qint64 bound = std::min(m_limits.maxEntryBytes, m_limits.maxTotalBytes - m_readTotal);
    QByteArray data;
    char buffer[65536];
    bool ok = true;
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            *error
                = IoText::tr("\"%1\" is damaged in the archive: %2").arg(name, zipErrorText(zip_file_get_error(file)));
            ok = false;
            break;
        }
        if (n == 0) {
            break;
        }
        if (data.size() + n > bound) {
            *error = IoText::tr("\"%1\" holds more than %2 MiB once uncompressed: refused").arg(name, mebibytes(bound));
            ok = false;
            break;
        }
        data.append(buffer, static_cast<qsizetype>(n));
    }
    zip_fclose(file);
    if (!ok) {
        return std::nullopt;
    }
    m_readTotal += data.size();
    return data;
}

std::optional<QByteArray> writeZip(const std::vector<ZipEntry> &entries, QString *error)
{
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *target = zip_source_buffer_create(nullptr, 0, 0, &zerr);
    if (!target) {
        *error = IoText::tr("cannot make a zip archive: %1").arg(zipErrorText(&zerr));
        zip_error_fini(&zerr);
        return std::nullopt;
    }
    // The archive is written into `target`, kept after zip_close() to be read back.
    zip_source_keep(target);
    const std::unique_ptr<zip_source_t, void (*)(zip_source_t *)> owned(target, zip_source_free);
    zip_t *archive = zip_open_from_source(target, ZIP_TRUNCATE, &zerr);
    if (!archive) {
        *error = IoText::tr("cannot make a zip archive: %1").arg(zipErrorText(&zerr));
        zip_error_fini(&zerr);
        return std::nullopt;
    }
    zip_error_fini(&zerr);
    for (const ZipEntry &entry : entries) {
        // The entries' bytes stay alive until zip_close(), which reads them.
        zip_source_t *source
            = zip_source_buffer(archive, entry.data.constData(), static_cast<zip_uint64_t>(entry.data.size()), 0);
        const QByteArray name = entry.name.toUtf8();
        const zip_int64_t index = source ? zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source) {
                zip_source_free(source);
            }
            *error = IoText::tr("cannot add \"%1\" to the zip archive: %2")
                         .arg(entry.name, zipErrorText(zip_get_error(archive)));
            zip_discard(archive);
            return std::nullopt;
        }
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 9);
        zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), kFixedTime, 0);
    }
    if (zip_close(archive) != 0) {
        *error = IoText::tr("cannot make a zip archive: %1").arg(zipErrorText(zip_get_error(archive)));
        zip_discard(archive);
        return std::nullopt;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(target, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || zip_source_open(target) != 0) {
        *error = IoText::tr("cannot read the zip archive back: %1").arg(zipErrorText(zip_source_error(target)));
        return std::nullopt;
    }
    QByteArray bytes(static_cast<qsizetype>(st.size), Qt::Uninitialized);
    const zip_int64_t n = zip_source_read(target, bytes.data(), st.size);
    zip_source_close(target);
    if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
        *error = IoText::tr("cannot read the zip archive back: %1").arg(zipErrorText(zip_source_error(target)));
        return std::nullopt;
    }
    return bytes;
}

} // namespace aicet::io
