#include "services/BankReleases.h"

#include "bank/BankLoader.h"
#include "io/SaveFile.h"
#include "io/UserFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

namespace aicet::services {
namespace {

constexpr int kMaxFiles = 2000;
constexpr qint64 kMaxBytes = 64LL * 1024 * 1024;

} // namespace

std::optional<QList<store::BankFileRecord>> BankReleases::readFiles(const QString &bankPath, QString *error)
{
    const QFileInfo root(bankPath);
    QStringList paths;
    QString base;
    if (root.isFile()) {
        base = root.absolutePath();
        paths << root.absoluteFilePath();
    } else {
        base = root.absoluteFilePath();
        QDirIterator it(base, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            paths << it.next();
        }
        paths.sort();
    }
    QList<store::BankFileRecord> files;
    qint64 total = 0;
    const QDir baseDir(base);
    for (const QString &path : paths) {
        const QString relative = baseDir.relativeFilePath(path);
        if (relative.split(QLatin1Char('/')).contains(QStringLiteral("..")) || QDir::isAbsolutePath(relative)) {
            continue;
        }
        if (files.size() >= kMaxFiles) {
            *error
                = tr("%1: more than %2 files; a bank's release keeps at most that many").arg(bankPath).arg(kMaxFiles);
            return std::nullopt;
        }
        // Only regular files are read: a pipe would block, a device never end.
        const int fd = io::openUserFile(path, error);
        if (fd < 0) {
            return std::nullopt;
        }
        QFile f;
        QByteArray bytes;
        if (f.open(fd, QIODevice::ReadOnly)) {
            bytes = f.read(kMaxBytes - total + 1);
            f.close();
        }
        ::close(fd);
        total += bytes.size();
        if (total > kMaxBytes) {
            *error = tr("%1: more than %2 MiB of files; a bank's release keeps at most that much")
                         .arg(bankPath)
                         .arg(kMaxBytes / (1024 * 1024));
            return std::nullopt;
        }
        files.append({relative, bytes});
    }
    return files;
}

bool BankReleases::writeFiles(const QString &folder, const QList<store::BankFileRecord> &files, QString *error)
{
    const QDir dir(folder);
    for (const store::BankFileRecord &f : files) {
        const QString clean = QDir::cleanPath(f.path);
        if (clean.isEmpty() || QDir::isAbsolutePath(clean) || clean == QLatin1String("..")
            || clean.startsWith(QLatin1String("../")) || clean.contains(QLatin1Char('\\'))) {
            *error = tr("a release's file has the path \"%1\", outside its folder: refused").arg(f.path);
            return false;
        }
        const QString target = dir.filePath(clean);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !saveFile(target, f.content, error)) {
            if (error->isEmpty()) {
                *error = tr("%1: cannot create the folder").arg(QFileInfo(target).absolutePath());
            }
            return false;
        }
    }
    return true;
}

bool BankReleases::keep(const ItemBank &bank, const QString &note, QString *error, bool *kept)
{
    if (kept) {
        *kept = false;
    }
    if (bank.rootPath.isEmpty()) {
        *error = tr("the bank %1 has no folder to keep").arg(bank.id);
        return false;
    }
    const auto existing = m_context.store.bankRelease(bank.contentHash);
    if (existing.failed()) {
        *error = existing.error();
        return false;
    }
    if (existing) {
        return true;
    }
    const auto files = readFiles(bank.rootPath, error);
    if (!files) {
        return false;
    }
    // The files read must be the content the bank was read from: loaded again from a copy.
    QTemporaryDir copy;
    if (!copy.isValid()) {
        *error = tr("cannot create a temporary folder: %1").arg(copy.errorString());
        return false;
    }
    if (!writeFiles(copy.path(), *files, error)) {
        return false;
    }
    const QString copyRoot = QFileInfo(bank.rootPath).isFile()
        ? QDir(copy.path()).filePath(QFileInfo(bank.rootPath).fileName())
        : copy.path();
    const BankLoadResult loaded = loadBank(copyRoot);
    if (!loaded.usable() || loaded.bank.contentHash != bank.contentHash) {
        *error = tr("the bank's folder %1 changed while its release was being kept: try again").arg(bank.rootPath);
        return false;
    }
    store::BankReleaseRecord release;
    release.bankId = bank.id;
    release.version = bank.version;
    release.contentHash = bank.contentHash;
    release.createdAt = m_context.clock.nowMs();
    release.createdBy = m_context.actor;
    release.note = note;
    const store::AuditEntry audit{release.createdAt, m_context.actor, QStringLiteral("bank.release"), bank.id,
        QStringLiteral("version %1, content %2: %3").arg(bank.version, bank.contentHash, note)};
    if (!m_context.store.saveBankRelease(release, *files, kept, &audit)) {
        *error = m_context.store.lastError();
        return false;
    }
    return true;
}

std::optional<QList<store::BankReleaseRecord>> BankReleases::list(const QString &bankId, QString *error)
{
    auto releases = m_context.store.bankReleases(bankId);
    if (releases.failed()) {
        *error = releases.error();
        return std::nullopt;
    }
    return *releases;
}

} // namespace aicet::services
