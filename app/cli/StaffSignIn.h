#pragma once

#include "services/StaffAccounts.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <optional>

namespace aicet::cli {

/// One password: read from the terminal with the echo off (after `prompt` on `err`), or the next
/// line of the standard input when it is not a terminal; never from the command line.
std::optional<QString> readSecret(const QString &prompt, QTextStream &err);

/// Adds --as, the staff account acting.
void addAsOption(QCommandLineParser &parser);

/// Signs in the account given to --as with its password (read first; kept in `typed` if given);
/// nothing after saying why on `err`.
std::optional<store::StaffRecord> signIn(
    services::StaffAccounts &accounts, const QCommandLineParser &parser, QTextStream &err, QString *typed = nullptr);

} // namespace aicet::cli
