#pragma once

#include "io/CsvWriter.h"
#include "irt/AbilityEstimation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>
#include <vector>

namespace aicet::cli {

/// The command line's translatable text.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("aicet::cli", text, disambiguation, n);
}

/// An option name.
inline QString opt(const char *name)
{
    return QString::fromLatin1(name);
}

/// Parses the command line of one command, which takes exactly `positional` positional arguments
/// (named `positionalName` in messages). Returns an exit status when the command should stop here
/// (--help printed, or a usage error reported on `err`), nothing when it should go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command, const QString &summary,
    const QStringList &arguments, QTextStream &out, QTextStream &err, int positional = 0,
    const QString &positionalName = {});

/// Reports a usage error and returns the usage exit status.
int usageError(QTextStream &err, const QString &command, const QString &message);

/// Reports errors about the input and returns the failure exit status.
int inputErrors(QTextStream &err, const QStringList &errors);

/// Adds --range, --grid, --prior and --catr-compatible.
void addEstimationOptions(QCommandLineParser &parser);

/// Reads the options of addEstimationOptions() into `settings`; false with `error` set on a bad value.
bool readEstimationOptions(const QCommandLineParser &parser, irt::EstimationSettings *settings, QString *error);

/// Parses "x1,x2,...": exactly `count` finite numbers (any count when count < 0).
std::optional<std::vector<double>> parseNumbers(const QString &text, int count);

/// Parses a non-negative integer option value.
std::optional<long long> parseCount(const QString &text);

// The CSV writer's cells (core/io/CsvWriter.h), as the commands name them.
using io::csvField;
using io::formatNumber;
using io::neutralised;
using io::textField;

} // namespace aicet::cli
