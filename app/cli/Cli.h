#pragma once

#include <QStringList>
#include <QTextStream>

namespace aicet::cli {

/// Exit statuses of every command.
enum ExitCode : int {
    Success = 0,
    Failure = 1, ///< the input was read but is wrong, or the work failed
    UsageError = 2, ///< the command line itself is wrong
};

/// Runs `aicet-cli` with its arguments (without the program name).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace aicet::cli
