#pragma once

#include "bank/ItemBank.h"
#include "services/ServiceContext.h"
#include "store/Records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace aicet::services {

/// The releases of banks kept in the database: the exact files of a bank's content, kept when a
/// sitting is created on it or a trainer releases it, so that a sitting keeps the release it was
/// created on whatever happens to the bank's folder afterwards (BankCatalog::openRelease).
class BankReleases
{
    Q_DECLARE_TR_FUNCTIONS(BankReleases)

public:
    explicit BankReleases(const ServiceContext &context)
        : m_context(context)
    {
    }

    /// Keeps the content of `bank` as its folder holds it now, unless that content is already kept
    /// (`kept` then says false). The files read are checked to give exactly the bank's content hash
    /// (a folder changed meanwhile is refused, nothing kept).
    bool keep(const ItemBank &bank, const QString &note, QString *error, bool *kept = nullptr);

    /// The bank's releases kept, the newest first.
    std::optional<QList<store::BankReleaseRecord>> list(const QString &bankId, QString *error);

    /// Every regular file of a bank (its folder, or its single file), paths '/'-separated and
    /// relative to the folder; hidden files and folders (.git…) and links are left out. At most
    /// 2000 files and 64 MiB in all.
    static std::optional<QList<store::BankFileRecord>> readFiles(const QString &bankPath, QString *error);
    /// Writes the files into the folder `folder` (which must exist), refusing any path that would
    /// leave it.
    static bool writeFiles(const QString &folder, const QList<store::BankFileRecord> &files, QString *error);

private:
    const ServiceContext &m_context;
};

} // namespace aicet::services
