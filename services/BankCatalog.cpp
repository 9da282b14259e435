#include "services/BankCatalog.h"

#include "bank/BankLoader.h"
#include "io/UserFile.h"
#include "services/BankReleases.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

namespace aicet::services {
namespace {

QString &builtInBankPath()
{
    static QString path;
    return path;
}

} // namespace

BankCatalog::Lookup BankCatalog::open(const QString &path)
{
    const QString key = QFileInfo(path).absoluteFilePath();
    BankLoadResult loaded = loadBank(key);
    Lookup lookup;
    if (!loaded.usable()) {
        lookup.problem = Problem::Unreadable;
        for (const Diagnostic &d : loaded.diagnostics) {
            if (d.isError()) {
                lookup.diagnostics.push_back(d);
            }
        }
        lookup.error = lookup.diagnostics.empty()
            ? tr("the question bank %1 cannot be read").arg(path)
            : tr("the question bank %1 cannot be used: %2").arg(path, lookup.diagnostics.front().toString());
        return lookup;
    }
    lookup.bank = std::make_shared<const ItemBank>(std::move(loaded.bank));
    m_banks.insert(key, {lookup.bank, fingerprint(key)});
    return lookup;
}

BankCatalog::Lookup BankCatalog::openExpected(const QString &path, const QString &expectedHash)
{
    const QString key = QFileInfo(path).absoluteFilePath();
    if (const auto cached = m_banks.value(key);
        cached.bank && cached.bank->contentHash == expectedHash && cached.fingerprint == fingerprint(key)) {
        return {cached.bank, Problem::None, {}, {}};
    }
    Lookup lookup = open(path);
    if (lookup && lookup.bank->contentHash != expectedHash) {
        lookup.problem = Problem::Changed;
        lookup.error = tr("the question bank %1 has changed since the sitting was created (content hash %2, "
                          "expected %3)")
                           .arg(path, lookup.bank->contentHash.left(12), expectedHash.left(12));
        lookup.bank.reset();
    }
    return lookup;
}

BankCatalog::BankCatalog() = default;
BankCatalog::~BankCatalog() = default;

BankCatalog::Lookup BankCatalog::openRelease(const QString &path, const QString &expectedHash)
{
    if (const auto kept = m_releases.constFind(expectedHash); kept != m_releases.constEnd()) {
        return {kept->bank, Problem::None, {}, {}};
    }
    Lookup lookup = openExpected(path, expectedHash);
    if (lookup || !m_store) {
        return lookup;
    }
    const auto files = m_store->bankReleaseFiles(expectedHash);
    if (files.failed()) {
        lookup.error += QStringLiteral("; ") + files.error();
        return lookup;
    }
    if (files->isEmpty()) {
        return lookup; // never kept: the folder's change stands
    }
    auto folder = std::make_shared<QTemporaryDir>();
    QString error;
    if (!folder->isValid()) {
        lookup.error += QStringLiteral("; ") + tr("cannot create a temporary folder: %1").arg(folder->errorString());
        return lookup;
    }
    if (!BankReleases::writeFiles(folder->path(), *files, &error)) {
        lookup.error += QStringLiteral("; ") + error;
        return lookup;
    }
    // A bank kept as its single file is that file; a folder, the folder.
    const QString root = files->size() == 1 && !files->front().path.contains(QLatin1Char('/'))
            && files->front().path != QLatin1String("bank.yaml")
        ? QDir(folder->path()).filePath(files->front().path)
        : folder->path();
    BankLoadResult loaded = loadBank(root);
    if (!loaded.usable() || loaded.bank.contentHash != expectedHash) {
        lookup.error += QStringLiteral("; ")
            + tr("the release kept in the database cannot be read again (content %1)")
                  .arg(loaded.bank.contentHash.left(12));
        return lookup;
    }
    Release release{std::make_shared<const ItemBank>(std::move(loaded.bank)), folder};
    m_releases.insert(expectedHash, release);
    return {release.bank, Problem::None, {}, {}};
}

QString BankCatalog::fingerprint(const QString &folder)
{
    // Every file of the bank folder (a bank.yaml, or YAML files and images), byte for byte: file
    // times are too coarse to see a change made within the same few milliseconds.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList files;
    if (QFileInfo(folder).isFile()) {
        files.append(folder);
    } else {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(it.next());
        }
        files.sort();
    }
    for (const QString &path : files) {
        hash.addData(path.toUtf8());
        // Only regular files are read: a pipe would block, a device (a link to /dev/zero) never end.
        QString error;
        const int fd = io::openUserFile(path, &error);
        if (fd < 0) {
            hash.addData(QByteArrayLiteral("-"));
            continue;
        }
        QFile f;
        if (f.open(fd, QIODevice::ReadOnly)) {
            hash.addData(QByteArray::number(f.size()));
            hash.addData(&f);
            f.close();
        }
        ::close(fd);
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString BankCatalog::bundledBankPath()
{
    const QString env = qEnvironmentVariable("AICET_BANK_DIR");
    if (!env.isEmpty()) {
        return env;
    }
    const QString installed
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/aicet/question-banks/aicet");
    if (QFileInfo::exists(installed + QStringLiteral("/bank.yaml"))) {
        return QDir::cleanPath(installed);
    }
    return builtInBankPath();
}

void BankCatalog::setBuiltInBankPath(const QString &path)
{
    builtInBankPath() = path;
}

} // namespace aicet::services
