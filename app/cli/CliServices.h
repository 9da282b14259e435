#pragma once

#include "services/Services.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace aicet::cli {

/// The services a command works with: the database given to --db (else the default one); nullptr
/// after printing why on `err`.
/// The services over the database of --db; `clock`, when given, replaces the system's (not owned).
std::unique_ptr<services::Services> openServices(
    const QCommandLineParser &parser, QTextStream &err, const services::Clock *clock = nullptr);

/// Adds --db.
void addDbOption(QCommandLineParser &parser);

/// A command of a group (`sitting create`): its name, what it does, its function.
struct Subcommand
{
    const char *name;
    const char *summary;
    std::function<int(const QStringList &arguments, QTextStream &out, QTextStream &err)> run;
};

/// Runs the subcommand named by the first argument; `--help` lists them.
int dispatch(const QString &group, const QStringList &arguments, QTextStream &out, QTextStream &err,
    const std::vector<Subcommand> &commands);

/// Writes `bytes` to the file given to --out, whole or not at all, or to `out` when there is none;
/// the failure exit status after reporting on `err` when it cannot be written.
int writeOutput(const QCommandLineParser &parser, const QByteArray &bytes, QTextStream &out, QTextStream &err);

} // namespace aicet::cli
