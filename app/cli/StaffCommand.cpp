// aicet-cli staff: the staff accounts (first administrator, adding, listing, passwords).
// Passwords are read from the terminal without echo, or one per line from the standard input
// when it is not a terminal (scripts); never from the command line, where other users' `ps`
// would see them.
#include "Cli.h"
#include "CliOptions.h"
#include "CliServices.h"
#include "Commands.h"
#include "StaffSignIn.h"
#include "services/StaffAccounts.h"

#include <QDateTime>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace aicet::cli {

using services::StaffAccounts;

std::optional<QString> readSecret(const QString &prompt, QTextStream &err)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        err << prompt;
        err.flush();
        if (tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    char buffer[1024];
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << '\n';
        err.flush();
    }
    if (!read) {
        return std::nullopt;
    }
    QString line = QString::fromUtf8(buffer);
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r'))) {
        line.chop(1);
    }
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    return line;
}

namespace {

// A new password, typed twice on a terminal.
std::optional<QString> readNewPassword(const QString &who, QTextStream &err)
{
    const auto first = readSecret(tr("New password for %1: ").arg(who), err);
    if (!first) {
        return std::nullopt;
    }
    if (isatty(STDIN_FILENO) != 0) {
        const auto again = readSecret(tr("The same password again: "), err);
        if (!again || *again != *first) {
            err << tr("aicet-cli staff: the two passwords differ: nothing changed\n");
            err.flush();
            return std::nullopt;
        }
    }
    return first;
}

int report(const StaffAccounts::Result &r, QTextStream &out, QTextStream &err)
{
    if (r.outcome == StaffAccounts::Outcome::Done) {
        out << r.message << '\n';
        out.flush();
        return Success;
    }
    err << "aicet-cli staff: " << r.message << '\n';
    err.flush();
    return Failure;
}

} // namespace

std::optional<store::StaffRecord> signIn(
    const services::ServiceContext &context, const QCommandLineParser &parser, QTextStream &err, QString *typed)
{
    const QString name = parser.value(opt("as"));
    const auto password = readSecret(tr("Password of %1: ").arg(name), err);
    if (!password) {
        err << tr("aicet-cli staff: no password given for %1\n").arg(name);
        err.flush();
        return std::nullopt;
    }
    const auto r = StaffAccounts(context).signIn(name, *password);
    if (typed) {
        *typed = *password;
    }
    if (r.outcome != StaffAccounts::Outcome::Done) {
        err << "aicet-cli staff: " << r.message << '\n';
        err.flush();
        return std::nullopt;
    }
    return r.account;
}

std::optional<StaffSession> openStaffSession(const QCommandLineParser &parser, QTextStream &err, QString *typed)
{
    StaffSession session;
    session.services = openServices(parser, err);
    if (!session.services) {
        return std::nullopt;
    }
    const auto account = signIn(session.services->context(), parser, err, typed);
    if (!account) {
        return std::nullopt;
    }
    session.account = *account;
    return session;
}

void addAsOption(QCommandLineParser &parser)
{
    parser.addOption({opt("as"), tr("The staff account acting (its password is asked first)."), opt("name")});
}

namespace {

int staffInit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("staff init");
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({opt("name"), tr("The administrator's name."), opt("name")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Creates the first administrator of a database that has no staff account yet; the password is asked "
               "(twice on a terminal, or read from the standard input)."),
            arguments, out, err)) {
        return *stop;
    }
    if (!parser.isSet(opt("name"))) {
        return usageError(err, command, tr("give the administrator's --name"));
    }
    auto services = openServices(parser, err);
    if (!services) {
        return Failure;
    }
    StaffAccounts accounts(services->context());
    const auto password = readNewPassword(parser.value(opt("name")), err);
    if (!password) {
        return Failure;
    }
    return report(accounts.createFirstAdministrator(parser.value(opt("name")), *password), out, err);
}

int staffAdd(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("staff add");
    QCommandLineParser parser;
    addDbOption(parser);
    addAsOption(parser);
    parser.addOption({opt("name"), tr("The new account's name."), opt("name")});
    parser.addOption(
        {opt("role"), tr("teacher, trainer or administrator (default teacher)."), opt("role"), opt("teacher")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("An administrator adds a staff account: the administrator's password is asked, then the new "
               "account's (one per line from the standard input when it is not a terminal)."),
            arguments, out, err)) {
        return *stop;
    }
    const auto role = store::staffRoleFromName(parser.value(opt("role")));
    if (!parser.isSet(opt("as")) || !parser.isSet(opt("name")) || !role) {
        return usageError(err, command, tr("give --as, --name and a --role among teacher, trainer, administrator"));
    }
    const auto session = openStaffSession(parser, err);
    if (!session) {
        return Failure;
    }
    StaffAccounts accounts(session->services->context());
    const store::StaffRecord *actor = &session->account;
    const auto password = readNewPassword(parser.value(opt("name")), err);
    if (!password) {
        return Failure;
    }
    return report(accounts.add(*actor, parser.value(opt("name")), *role, *password), out, err);
}

int staffList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("staff list");
    QCommandLineParser parser;
    addDbOption(parser);
    addAsOption(parser);
    if (const auto stop = parseCommandLine(parser, command,
            tr("Lists the staff accounts (name, role, created, state); an administrator's password is asked."),
            arguments, out, err)) {
        return *stop;
    }
    if (!parser.isSet(opt("as"))) {
        return usageError(err, command, tr("give --as, an administrator"));
    }
    const auto session = openStaffSession(parser, err);
    if (!session) {
        return Failure;
    }
    StaffAccounts accounts(session->services->context());
    const store::StaffRecord *actor = &session->account;
    if (actor->role != store::StaffRole::Administrator) {
        return inputErrors(err, {tr("only an administrator lists the staff accounts")});
    }
    const auto all = session->services->store().staffMembers();
    if (!all) {
        return inputErrors(err, {all.error()});
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const store::StaffRecord &s : *all) {
        const QString state = s.disabled ? tr("disabled")
            : s.blockedUntil > now       ? tr("waiting after %n wrong password(s)", nullptr, s.failedAttempts)
                                         : tr("active");
        out << QStringLiteral("%1\t%2\t%3\t%4\n")
                   .arg(s.name, store::staffRoleName(s.role),
                       QDateTime::fromMSecsSinceEpoch(s.createdAt).toString(Qt::ISODate), state);
    }
    out.flush();
    return Success;
}

int staffPassword(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("staff passwd");
    QCommandLineParser parser;
    addDbOption(parser);
    addAsOption(parser);
    parser.addOption({opt("name"), tr("Whose password (default: the --as account's own)."), opt("name")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Changes a password: the account's own (its current password is asked), or another's by an "
               "administrator."),
            arguments, out, err)) {
        return *stop;
    }
    if (!parser.isSet(opt("as"))) {
        return usageError(err, command, tr("give --as, the account acting"));
    }
    QString current;
    const auto session = openStaffSession(parser, err, &current);
    if (!session) {
        return Failure;
    }
    StaffAccounts accounts(session->services->context());
    const store::StaffRecord *actor = &session->account;
    const QString name = parser.isSet(opt("name")) ? parser.value(opt("name")) : actor->name;
    const auto password = readNewPassword(name, err);
    if (!password) {
        return Failure;
    }
    return report(accounts.changePassword(*actor, name, current, *password), out, err);
}

int staffDisable(const QStringList &arguments, QTextStream &out, QTextStream &err, bool disable)
{
    const QString command = disable ? QStringLiteral("staff disable") : QStringLiteral("staff enable");
    QCommandLineParser parser;
    addDbOption(parser);
    addAsOption(parser);
    parser.addOption({opt("name"), tr("The account."), opt("name")});
    if (const auto stop = parseCommandLine(parser, command,
            disable ? tr("An administrator disables an account: it can no longer sign in (nothing is deleted).")
                    : tr("An administrator enables a disabled account again."),
            arguments, out, err)) {
        return *stop;
    }
    if (!parser.isSet(opt("as")) || !parser.isSet(opt("name"))) {
        return usageError(err, command, tr("give --as and --name"));
    }
    const auto session = openStaffSession(parser, err);
    if (!session) {
        return Failure;
    }
    StaffAccounts accounts(session->services->context());
    const store::StaffRecord *actor = &session->account;
    return report(accounts.setDisabled(*actor, parser.value(opt("name")), disable), out, err);
}

} // namespace

int staffCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return dispatch(QStringLiteral("staff"), arguments, out, err,
        {{"init", QT_TRANSLATE_NOOP("aicet::cli", "create the first administrator of a database"), staffInit},
            {"add", QT_TRANSLATE_NOOP("aicet::cli", "add a staff account (an administrator)"), staffAdd},
            {"list", QT_TRANSLATE_NOOP("aicet::cli", "list the staff accounts (an administrator)"), staffList},
            {"passwd", QT_TRANSLATE_NOOP("aicet::cli", "change a password"), staffPassword},
            {"disable", QT_TRANSLATE_NOOP("aicet::cli", "disable an account (an administrator)"),
                [](const QStringList &a, QTextStream &o, QTextStream &e) { return staffDisable(a, o, e, true); }},
            {"enable", QT_TRANSLATE_NOOP("aicet::cli", "enable a disabled account (an administrator)"),
                [](const QStringList &a, QTextStream &o, QTextStream &e) { return staffDisable(a, o, e, false); }}});
}

} // namespace aicet::cli
