#pragma once

#include "bank/Diagnostic.h"
#include "bank/ItemBank.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

class QTemporaryDir;

namespace aicet::store {
class Store;
}

namespace aicet::services {

/// The banks this process uses, each read from its folder once: a sitting's sessions, results,
/// reports and certificates all share one read-only ItemBank.
class BankCatalog
{
    Q_DECLARE_TR_FUNCTIONS(BankCatalog)

public:
    enum class Problem : unsigned char {
        None,
        Unreadable, ///< the folder cannot be read, or the bank has errors (diagnostics say where)
        Changed, ///< the bank's content hash is not the one expected
    };

    struct Lookup
    {
        std::shared_ptr<const ItemBank> bank;
        Problem problem = Problem::None;
        QString error; ///< what is wrong, in words for the person who can act on it
        std::vector<Diagnostic> diagnostics; ///< every error of an unreadable bank
        explicit operator bool() const { return bank != nullptr; }
    };

    /// The bank in `path` as it is now (read again; the catalog keeps it for later lookups).
    Lookup open(const QString &path);
    /// The bank in `path` with the content hash a sitting recorded: read once, and again only when
    /// a file of its folder changed (size or time); refused (Problem::Changed) when the folder
    /// now holds other content.
    Lookup openExpected(const QString &path, const QString &expectedHash);
    /// What a sitting uses: the bank in `path` when it still holds the content `expectedHash`, else
    /// that content as kept in the database (BankReleases), read from a private copy of its files;
    /// Problem::Changed only when neither has it.
    Lookup openRelease(const QString &path, const QString &expectedHash);

    /// Where kept releases are read from (none: openRelease is openExpected).
    void setReleaseStore(store::Store *store) { m_store = store; }

    BankCatalog();
    ~BankCatalog();
    BankCatalog(const BankCatalog &) = delete;
    BankCatalog &operator=(const BankCatalog &) = delete;

    /// Where the bundled AICET bank is: $AICET_BANK_DIR, else next to the installed program
    /// (../share/aicet/question-banks/aicet), else the location the program was built with
    /// (setBuiltInBankPath, called by each executable's main).
    static QString bundledBankPath();
    static void setBuiltInBankPath(const QString &path);

private:
    struct Entry
    {
        std::shared_ptr<const ItemBank> bank;
        QString fingerprint; ///< the folder's files, sizes and modification times when it was read
    };
    static QString fingerprint(const QString &folder);
    QHash<QString, Entry> m_banks; ///< by absolute folder path
    struct Release
    {
        std::shared_ptr<const ItemBank> bank;
        std::shared_ptr<QTemporaryDir> folder; ///< its files, removed with the catalog
    };
    QHash<QString, Release> m_releases; ///< by content hash
    store::Store *m_store = nullptr;
};

} // namespace aicet::services
