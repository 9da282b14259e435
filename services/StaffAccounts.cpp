#include "services/StaffAccounts.h"

#include <algorithm>
#include <mutex>
#include <sodium.h>

namespace aicet::services {
namespace {

// libsodium is made ready once per process (sodium_init is safe to call again).
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// A password's bytes, wiped when they are no longer needed.
struct Secret
{
    QByteArray bytes;
    explicit Secret(const QString &text)
        : bytes(text.toUtf8())
    {
    }
    ~Secret() { sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size())); }
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
};

QString nameProblem(const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty()) {
        return StaffAccounts::tr("the name is empty");
    }
    if (n.size() > 80) {
        return StaffAccounts::tr("the name is longer than 80 characters");
    }
    for (const QChar c : n) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return StaffAccounts::tr("the name holds an invisible character");
        }
    }
    return {};
}

} // namespace

StaffAccounts::StaffAccounts(const ServiceContext &context)
    : m_context(context)
{
}

QString StaffAccounts::passwordProblem(const QString &name, const QString &password)
{
    if (password.size() < kMinimumPasswordLength) {
        return tr("the password must have at least %1 characters").arg(kMinimumPasswordLength);
    }
    if (password.simplified().toCaseFolded() == name.simplified().toCaseFolded()) {
        return tr("the password must not be the name");
    }
    if (std::all_of(password.begin(), password.end(), [&](QChar c) { return c == password.front(); })) {
        return tr("the password must not be one character repeated");
    }
    return {};
}

QString StaffAccounts::hashPassword(const QString &password)
{
    if (!sodiumReady()) {
        return {};
    }
    const Secret secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, secret.bytes.constData(), static_cast<unsigned long long>(secret.bytes.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return {}; // out of memory
    }
    return QString::fromLatin1(out);
}

bool StaffAccounts::verifyPassword(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty()) {
        return false;
    }
    const QByteArray stored = hash.toLatin1();
    const Secret secret(password);
    return crypto_pwhash_str_verify(
               stored.constData(), secret.bytes.constData(), static_cast<unsigned long long>(secret.bytes.size()))
        == 0;
}

store::AuditEntry StaffAccounts::audit(
    const QString &actor, const QString &action, const QString &target, const QString &details) const
{
    return {m_context.clock.nowMs(), actor, action, target, details};
}

std::optional<bool> StaffAccounts::needsFirstAdministrator(QString *error) const
{
    const auto all = m_context.store.staffMembers();
    if (all.failed()) {
        *error = all.error();
        return std::nullopt;
    }
    return all->isEmpty();
}

StaffAccounts::Result StaffAccounts::create(
    const QString &name, store::StaffRole role, const QString &password, bool first, const QString &actorName)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        return {Outcome::Invalid, problem, {}, 0};
    }
    if (const QString problem = passwordProblem(name, password); !problem.isEmpty()) {
        return {Outcome::Invalid, problem, {}, 0};
    }
    store::StaffRecord record;
    record.name = name.simplified();
    record.role = role;
    record.passwordHash = hashPassword(password);
    record.createdAt = m_context.clock.nowMs();
    if (record.passwordHash.isEmpty()) {
        return {Outcome::StoreFailure, tr("the password could not be hashed (not enough memory)"), {}, 0};
    }
    const store::AuditEntry entry = audit(actorName,
        first ? QStringLiteral("create first administrator") : QStringLiteral("create staff account"), record.name,
        store::staffRoleName(role));
    if (!m_context.store.createStaffMember(&record, first, &entry)) {
        return {Outcome::StoreFailure, m_context.store.lastError(), {}, 0};
    }
    const QString message = record.role == store::StaffRole::Administrator ? tr("administrator account \"%1\" created")
        : record.role == store::StaffRole::Trainer                         ? tr("trainer account \"%1\" created")
                                                                           : tr("teacher account \"%1\" created");
    return {Outcome::Done, message.arg(record.name), record, 0};
}

StaffAccounts::Result StaffAccounts::createFirstAdministrator(const QString &name, const QString &password)
{
    return create(name, store::StaffRole::Administrator, password, true, m_context.actor);
}

StaffAccounts::Result StaffAccounts::add(
    const store::StaffRecord &actor, const QString &name, store::StaffRole role, const QString &password)
{
    if (actor.role != store::StaffRole::Administrator) {
        return {Outcome::NotAllowed, tr("only an administrator adds staff accounts"), {}, 0};
    }
    return create(name, role, password, false, QStringLiteral("staff:") + actor.name);
}

StaffAccounts::Result StaffAccounts::signIn(const QString &name, const QString &password)
{
    const QString wrong = tr("wrong name or password");
    // A hash that no password matches, made before any answer, so that an unknown name costs as
    // long as a wrong password (the answer's time does not tell which names exist).
    static const QString unknown = hashPassword(QStringLiteral("no account has this password"));
    const auto account = m_context.store.staffMember(name);
    if (account.failed()) {
        return {Outcome::StoreFailure, account.error(), {}, 0};
    }
    if (!account) {
        verifyPassword(unknown, password);
        return {Outcome::WrongCredentials, wrong, {}, 0};
    }
    const qint64 now = m_context.clock.nowMs();
    if (account->blockedUntil > now) {
        verifyPassword(unknown, password); // the same time as a checked password
        const qint64 wait = account->blockedUntil - now;
        return {Outcome::Blocked,
            tr("too many wrong passwords: wait %n second(s) before trying again", nullptr,
                static_cast<int>((wait + 999) / 1000)),
            {}, wait};
    }
    if (!verifyPassword(account->passwordHash, password)) {
        const int failures = account->failedAttempts + 1;
        qint64 blockedUntil = 0;
        if (failures >= kFreeAttempts) {
            const int doublings = std::min(failures - kFreeAttempts, 20);
            blockedUntil = now + std::min<qint64>(qint64(1000) << doublings, kLongestWaitMs);
        }
        const store::AuditEntry entry
            = audit(QStringLiteral("staff:") + account->name, QStringLiteral("sign-in refused"), account->name,
                QStringLiteral("wrong password %1 in a row").arg(failures));
        if (!m_context.store.recordSignIn(account->id, failures, blockedUntil, &entry)) {
            return {Outcome::StoreFailure, m_context.store.lastError(), {}, 0};
        }
        return {Outcome::WrongCredentials, wrong, {}, blockedUntil > 0 ? blockedUntil - now : 0};
    }
    if (account->disabled) {
        return {
            Outcome::Disabled, tr("the account \"%1\" is disabled: ask an administrator").arg(account->name), {}, 0};
    }
    const store::AuditEntry entry
        = audit(QStringLiteral("staff:") + account->name, QStringLiteral("sign-in"), account->name);
    if (!m_context.store.recordSignIn(account->id, 0, 0, &entry)) {
        return {Outcome::StoreFailure, m_context.store.lastError(), {}, 0};
    }
    store::StaffRecord signedIn = *account;
    signedIn.failedAttempts = 0;
    signedIn.blockedUntil = 0;
    return {Outcome::Done, tr("signed in as %1").arg(account->name), signedIn, 0};
}

StaffAccounts::Result StaffAccounts::changePassword(
    const store::StaffRecord &actor, const QString &name, const QString &currentPassword, const QString &newPassword)
{
    const auto account = m_context.store.staffMember(name);
    if (account.failed()) {
        return {Outcome::StoreFailure, account.error(), {}, 0};
    }
    if (!account) {
        return {Outcome::Invalid, tr("no staff account named \"%1\"").arg(name.simplified()), {}, 0};
    }
    const bool self = account->id == actor.id;
    if (!self && actor.role != store::StaffRole::Administrator) {
        return {Outcome::NotAllowed, tr("only an administrator changes another account's password"), {}, 0};
    }
    if (self && !verifyPassword(account->passwordHash, currentPassword)) {
        return {Outcome::WrongCredentials, tr("the current password is wrong"), {}, 0};
    }
    if (const QString problem = passwordProblem(account->name, newPassword); !problem.isEmpty()) {
        return {Outcome::Invalid, problem, {}, 0};
    }
    const QString hash = hashPassword(newPassword);
    if (hash.isEmpty()) {
        return {Outcome::StoreFailure, tr("the password could not be hashed (not enough memory)"), {}, 0};
    }
    const store::AuditEntry entry
        = audit(QStringLiteral("staff:") + actor.name, QStringLiteral("change password"), account->name);
    if (!m_context.store.setStaffPassword(account->id, hash, &entry)) {
        return {Outcome::StoreFailure, m_context.store.lastError(), {}, 0};
    }
    store::StaffRecord changed = *account;
    changed.passwordHash = hash;
    return {Outcome::Done, tr("password of \"%1\" changed").arg(account->name), changed, 0};
}

StaffAccounts::Result StaffAccounts::setDisabled(const store::StaffRecord &actor, const QString &name, bool disabled)
{
    if (actor.role != store::StaffRole::Administrator) {
        return {Outcome::NotAllowed, tr("only an administrator disables or enables accounts"), {}, 0};
    }
    const auto account = m_context.store.staffMember(name);
    if (account.failed()) {
        return {Outcome::StoreFailure, account.error(), {}, 0};
    }
    if (!account) {
        return {Outcome::Invalid, tr("no staff account named \"%1\"").arg(name.simplified()), {}, 0};
    }
    if (account->id == actor.id) {
        return {Outcome::NotAllowed, tr("an administrator cannot disable their own account"), {}, 0};
    }
    const store::AuditEntry entry = audit(QStringLiteral("staff:") + actor.name,
        disabled ? QStringLiteral("disable staff account") : QStringLiteral("enable staff account"), account->name);
    if (!m_context.store.setStaffDisabled(account->id, disabled, &entry)) {
        return {Outcome::StoreFailure, m_context.store.lastError(), {}, 0};
    }
    store::StaffRecord changed = *account;
    changed.disabled = disabled;
    return {Outcome::Done,
        disabled ? tr("account \"%1\" disabled").arg(account->name) : tr("account \"%1\" enabled").arg(account->name),
        changed, 0};
}

} // namespace aicet::services
