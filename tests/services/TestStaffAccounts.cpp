// Staff accounts, on SQLite and (when the test server runs) PostgreSQL, with a manual clock.
#include "TestData.h"
#include "services/Services.h"
#include "services/StaffAccounts.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace aicet;
using namespace aicet::services;
using Outcome = StaffAccounts::Outcome;

class TestStaffAccounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accounts_data();
    void accounts();
    void passwordRules();
    void hashes();

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
};

void TestStaffAccounts::accounts_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
    if (!test::postgresUrl().isEmpty()) {
        QTest::addRow("postgresql") << QStringLiteral("postgresql");
    }
}

// The first administrator, then the accounts they add; sign-in with the right and wrong
// passwords, waits that double after three wrong ones, disabled accounts, password changes; the
// audit log records each; no password is stored in clear.
void TestStaffAccounts::accounts()
{
    QFETCH(QString, backend);
    const bool sqlite = backend == QLatin1String("sqlite");
    QString error;
    const QString location = sqlite ? m_dir.filePath(QStringLiteral("staff.sqlite"))
                                    : test::freshPostgresDatabase(QStringLiteral("aicet_test_staff"), &error);
    QVERIFY2(!location.isEmpty(), qPrintable(error));
    auto services = Services::open(location, QStringLiteral("tester"), &error, &m_clock);
    QVERIFY2(services, qPrintable(error));
    StaffAccounts accounts(services->context());
    QCOMPARE(accounts.needsFirstAdministrator(&error), std::optional<bool>(true));

    // The first administrator, once.
    const QString adminPassword = QStringLiteral("correct horse battery");
    auto r = accounts.createFirstAdministrator(QStringLiteral("  Ada   Lovelace "), adminPassword);
    QVERIFY2(r.outcome == Outcome::Done, qPrintable(r.message));
    QCOMPARE(r.account.name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(r.account.role, store::StaffRole::Administrator);
    QVERIFY(r.account.passwordHash.startsWith(QStringLiteral("$argon2id$")));
    QCOMPARE(accounts.needsFirstAdministrator(&error), std::optional<bool>(false));
    r = accounts.createFirstAdministrator(QStringLiteral("Mallory"), QStringLiteral("another long one"));
    QCOMPARE(r.outcome, Outcome::StoreFailure);
    QVERIFY2(r.message.contains(QStringLiteral("already has staff accounts")), qPrintable(r.message));

    // Sign in: the name whatever its case and spacing.
    auto admin = accounts.signIn(QStringLiteral("ada lovelace"), adminPassword);
    QVERIFY2(admin.outcome == Outcome::Done, qPrintable(admin.message));
    QCOMPARE(admin.account.role, store::StaffRole::Administrator);

    // The administrator adds a teacher; a teacher adds nobody; names are unique.
    const QString teacherPassword = QStringLiteral("tableau noir 42");
    r = accounts.add(admin.account, QStringLiteral("Marie Curie"), store::StaffRole::Teacher, teacherPassword);
    QVERIFY2(r.outcome == Outcome::Done, qPrintable(r.message));
    auto teacher = accounts.signIn(QStringLiteral("Marie Curie"), teacherPassword);
    QCOMPARE(teacher.outcome, Outcome::Done);
    QCOMPARE(teacher.account.role, store::StaffRole::Teacher);
    QCOMPARE(accounts
                 .add(teacher.account, QStringLiteral("Eve"), store::StaffRole::Administrator,
                     QStringLiteral("a long password"))
                 .outcome,
        Outcome::NotAllowed);
    r = accounts.add(
        admin.account, QStringLiteral("MARIE  curie"), store::StaffRole::Trainer, QStringLiteral("another long one"));
    QCOMPARE(r.outcome, Outcome::StoreFailure);
    QVERIFY2(r.message.contains(QStringLiteral("already a staff account")), qPrintable(r.message));
    QCOMPARE(accounts.add(admin.account, QStringLiteral("Short"), store::StaffRole::Trainer, QStringLiteral("short"))
                 .outcome,
        Outcome::Invalid);

    // A wrong name and a wrong password get the same answer.
    const auto unknown = accounts.signIn(QStringLiteral("Nobody"), teacherPassword);
    const auto wrong = accounts.signIn(QStringLiteral("Marie Curie"), QStringLiteral("not the password"));
    QCOMPARE(unknown.outcome, Outcome::WrongCredentials);
    QCOMPARE(wrong.outcome, Outcome::WrongCredentials);
    QCOMPARE(unknown.message, wrong.message);
    // Two more wrong passwords: the account now waits 1 s, then 2 s, 4 s …
    QCOMPARE(accounts.signIn(QStringLiteral("Marie Curie"), QStringLiteral("still not it")).retryAfterMs, 0);
    auto third = accounts.signIn(QStringLiteral("Marie Curie"), QStringLiteral("nor this one"));
    QCOMPARE(third.outcome, Outcome::WrongCredentials);
    QCOMPARE(third.retryAfterMs, 1000);
    // While it waits, even the right password is not tried.
    auto blocked = accounts.signIn(QStringLiteral("Marie Curie"), teacherPassword);
    QCOMPARE(blocked.outcome, Outcome::Blocked);
    QCOMPARE(blocked.retryAfterMs, 1000);
    m_clock.advanceSeconds(1);
    QCOMPARE(accounts.signIn(QStringLiteral("Marie Curie"), QStringLiteral("wrong again")).retryAfterMs, 2000);
    m_clock.advanceSeconds(2);
    QCOMPARE(accounts.signIn(QStringLiteral("Marie Curie"), QStringLiteral("wrong again")).retryAfterMs, 4000);
    m_clock.advanceSeconds(4);
    // The right password resets the count.
    teacher = accounts.signIn(QStringLiteral("Marie Curie"), teacherPassword);
    QVERIFY2(teacher.outcome == Outcome::Done, qPrintable(teacher.message));
    QCOMPARE(services->store().staffMember(QStringLiteral("Marie Curie"))->failedAttempts, 0);
    QCOMPARE(accounts.signIn(QStringLiteral("Marie Curie"), QStringLiteral("one wrong")).retryAfterMs, 0);
    QCOMPARE(accounts.signIn(QStringLiteral("Marie Curie"), teacherPassword).outcome, Outcome::Done);

    // Passwords: the teacher changes hers (knowing it); the administrator sets it without.
    const QString newPassword = QStringLiteral("craie blanche 2026");
    QCOMPARE(
        accounts.changePassword(teacher.account, QStringLiteral("Marie Curie"), QStringLiteral("wrong"), newPassword)
            .outcome,
        Outcome::WrongCredentials);
    QCOMPARE(
        accounts.changePassword(teacher.account, QStringLiteral("Marie Curie"), teacherPassword, newPassword).outcome,
        Outcome::Done);
    QCOMPARE(accounts.signIn(QStringLiteral("Marie Curie"), teacherPassword).outcome, Outcome::WrongCredentials);
    QCOMPARE(accounts.signIn(QStringLiteral("Marie Curie"), newPassword).outcome, Outcome::Done);
    QCOMPARE(accounts
                 .changePassword(
                     teacher.account, QStringLiteral("Ada Lovelace"), adminPassword, QStringLiteral("taken over now"))
                 .outcome,
        Outcome::NotAllowed);
    QCOMPARE(accounts.changePassword(admin.account, QStringLiteral("Marie Curie"), {}, teacherPassword).outcome,
        Outcome::Done);

    // Disabled: the right password is refused (a wrong one still gets the usual answer); an
    // administrator cannot disable themselves.
    QCOMPARE(accounts.setDisabled(teacher.account, QStringLiteral("Ada Lovelace"), true).outcome, Outcome::NotAllowed);
    QCOMPARE(accounts.setDisabled(admin.account, QStringLiteral("Ada Lovelace"), true).outcome, Outcome::NotAllowed);
    QCOMPARE(accounts.setDisabled(admin.account, QStringLiteral("Marie Curie"), true).outcome, Outcome::Done);
    QCOMPARE(accounts.signIn(QStringLiteral("Marie Curie"), teacherPassword).outcome, Outcome::Disabled);
    QCOMPARE(accounts.signIn(QStringLiteral("Marie Curie"), QStringLiteral("a wrong one")).outcome,
        Outcome::WrongCredentials);
    QCOMPARE(accounts.setDisabled(admin.account, QStringLiteral("Marie Curie"), false).outcome, Outcome::Done);
    QCOMPARE(accounts.signIn(QStringLiteral("Marie Curie"), teacherPassword).outcome, Outcome::Done);

    // The audit log: who did what, never a password.
    const auto log = services->store().auditLog();
    QVERIFY(log);
    QStringList actions;
    for (const store::AuditEntry &e : *log) {
        actions << e.action;
        for (const QString &field : {e.actor, e.action, e.target, e.details}) {
            QVERIFY(!field.contains(teacherPassword) && !field.contains(adminPassword));
        }
    }
    for (const QString &action : {QStringLiteral("create first administrator"), QStringLiteral("create staff account"),
             QStringLiteral("sign-in"), QStringLiteral("sign-in refused"), QStringLiteral("change password"),
             QStringLiteral("disable staff account"), QStringLiteral("enable staff account")}) {
        QVERIFY2(actions.contains(action), qPrintable(action));
    }
    if (sqlite) {
        // No password in clear anywhere in the database's files.
        services.reset();
        for (const QString &name : QDir(m_dir.path()).entryList({QStringLiteral("staff.sqlite*")}, QDir::Files)) {
            QFile f(m_dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(teacherPassword.toUtf8()) && !bytes.contains(adminPassword.toUtf8()));
            QVERIFY(!bytes.contains(newPassword.toUtf8()));
        }
    }
}

void TestStaffAccounts::passwordRules()
{
    QVERIFY(!StaffAccounts::passwordProblem(QStringLiteral("Ada"), QStringLiteral("short")).isEmpty());
    QVERIFY(!StaffAccounts::passwordProblem(QStringLiteral("Ada Lovelace"), QStringLiteral("ada lovelace")).isEmpty());
    QVERIFY(!StaffAccounts::passwordProblem(QStringLiteral("Ada"), QStringLiteral("aaaaaaaaaaaa")).isEmpty());
    QVERIFY(StaffAccounts::passwordProblem(QStringLiteral("Ada"), QStringLiteral("l'élève a 12 ans")).isEmpty());
}

// Argon2id hashes, salted: the same password twice gives two hashes, each verifying it alone.
void TestStaffAccounts::hashes()
{
    const QString one = StaffAccounts::hashPassword(QStringLiteral("même mot de passe"));
    const QString two = StaffAccounts::hashPassword(QStringLiteral("même mot de passe"));
    QVERIFY(one.startsWith(QStringLiteral("$argon2id$v=19$")));
    QVERIFY(one != two);
    QVERIFY(StaffAccounts::verifyPassword(one, QStringLiteral("même mot de passe")));
    QVERIFY(StaffAccounts::verifyPassword(two, QStringLiteral("même mot de passe")));
    QVERIFY(!StaffAccounts::verifyPassword(one, QStringLiteral("meme mot de passe")));
    QVERIFY(!StaffAccounts::verifyPassword(QString(), QStringLiteral("")));
    QVERIFY(!StaffAccounts::verifyPassword(QStringLiteral("not a hash"), QStringLiteral("x")));
}

QTEST_GUILESS_MAIN(TestStaffAccounts)
#include "TestStaffAccounts.moc"
