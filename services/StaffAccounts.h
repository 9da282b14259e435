#pragma once

#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace aicet::services {

/// Staff accounts: teachers, trainers and administrators sign in with a name and a password.
/// Passwords are kept only as Argon2id hashes (libsodium's crypto_pwhash_str, its "interactive"
/// limits: 64 MiB, 2 passes), never in clear; after kFreeAttempts wrong passwords in a row each
/// further one makes the account wait, twice as long each time (1 s, 2 s, 4 s … at most 15
/// minutes), so that guessing is slow; a wrong name and a wrong password get the same answer in
/// about the same time. The first account of a database is its administrator, who then adds the
/// others.
class StaffAccounts
{
    Q_DECLARE_TR_FUNCTIONS(StaffAccounts)

public:
    explicit StaffAccounts(const ServiceContext &context);

    enum class Outcome : unsigned char {
        Done,
        WrongCredentials, ///< unknown name or wrong password (the same for both)
        Blocked, ///< too many wrong passwords: wait retryAfterMs
        Disabled, ///< the account was disabled by an administrator
        NotAllowed, ///< the acting account may not do this
        Invalid, ///< a name or password the rules refuse (message says which rule)
        StoreFailure,
    };
    struct Result
    {
        Outcome outcome = Outcome::Done;
        QString message; ///< what was done, or why not
        store::StaffRecord account; ///< the account signed in, added or changed
        qint64 retryAfterMs = 0; ///< Blocked: how long to wait
    };

    /// Wrong passwords accepted in a row before the account starts waiting.
    static constexpr int kFreeAttempts = 3;
    /// The longest wait.
    static constexpr qint64 kLongestWaitMs = 15 * 60 * 1000;
    /// The shortest password accepted (NIST SP 800-63B asks for at least 8).
    static constexpr int kMinimumPasswordLength = 10;

    /// True when the database has no staff account yet (its first start asks for the
    /// administrator); nothing when it cannot be read (error says why).
    std::optional<bool> needsFirstAdministrator(QString *error) const;
    /// Creates the first administrator of a database that has no account.
    Result createFirstAdministrator(const QString &name, const QString &password);
    /// An administrator adds an account.
    Result add(const store::StaffRecord &actor, const QString &name, store::StaffRole role, const QString &password);
    /// Checks a name and password.
    Result signIn(const QString &name, const QString &password);
    /// Changes `name`'s password: the account itself (giving its current password) or an
    /// administrator (who need not know it).
    Result changePassword(const store::StaffRecord &actor, const QString &name, const QString &currentPassword,
        const QString &newPassword);
    /// An administrator disables or enables an account (never their own).
    Result setDisabled(const store::StaffRecord &actor, const QString &name, bool disabled);

    /// Why a password is refused for `name` (too short, the name itself, one repeated character),
    /// empty when it is accepted.
    static QString passwordProblem(const QString &name, const QString &password);
    /// The Argon2id hash of a password (libsodium's string form: algorithm, limits and salt
    /// included); empty when the memory for it cannot be had.
    static QString hashPassword(const QString &password);
    /// Whether `password` is the one `hash` was made from.
    static bool verifyPassword(const QString &hash, const QString &password);

private:
    Result create(
        const QString &name, store::StaffRole role, const QString &password, bool first, const QString &actorName);
    store::AuditEntry audit(
        const QString &actor, const QString &action, const QString &target, const QString &details = {}) const;

    const ServiceContext &m_context;
};

} // namespace aicet::services
