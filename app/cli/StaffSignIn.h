#pragma once

#include "services/Services.h"
#include "services/StaffAccounts.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

namespace aicet::cli {

/// One password: read from the terminal with the echo off (after `prompt` on `err`), or the next
/// line of the standard input when it is not a terminal; never from the command line.
std::optional<QString> readSecret(const QString &prompt, QTextStream &err);

/// Adds --as, the staff account acting.
void addAsOption(QCommandLineParser &parser);

/// Signs in the account given to --as with its password (read first; kept in `typed` if given);
/// nothing after saying why on `err`.
std::optional<store::StaffRecord> signIn(const services::ServiceContext &context, const QCommandLineParser &parser,
    QTextStream &err, QString *typed = nullptr);

/// The services of --db and the account of --as signed in: what a staff command works with.
struct StaffSession
{
    std::unique_ptr<services::Services> services;
    store::StaffRecord account;
};
/// Opens the database and signs in (see signIn); nothing after saying why on `err`.
std::optional<StaffSession> openStaffSession(
    const QCommandLineParser &parser, QTextStream &err, QString *typed = nullptr);

} // namespace aicet::cli
