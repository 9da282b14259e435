#include "CliServices.h"

#include "Cli.h"
#include "CliOptions.h"
#include "io/SaveFile.h"

namespace aicet::cli {

std::unique_ptr<services::Services> openServices(
    const QCommandLineParser &parser, QTextStream &err, const services::Clock *clock)
{
    const QString location = parser.isSet(opt("db")) ? parser.value(opt("db")) : store::Store::defaultLocation();
    QString error;
    // Who acts, for the audit log: the command line and the account that runs it.
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    const QString actor = user.isEmpty() ? QStringLiteral("cli") : QStringLiteral("cli:%1").arg(user);
    auto services = services::Services::open(location, actor, &error, clock);
    if (!services) {
        err << "aicet-cli: " << error << '\n';
        err.flush();
    }
    return services;
}

void addDbOption(QCommandLineParser &parser)
{
    parser.addOption({opt("db"),
        tr("The database: a SQLite file, or postgresql://user@host[:port]/database (default: %1).")
            .arg(store::Store::defaultLocation()),
        opt("location")});
}

int dispatch(const QString &group, const QStringList &arguments, QTextStream &out, QTextStream &err,
    const std::vector<Subcommand> &commands)
{
    const QString sub = arguments.value(0);
    QStringList names;
    for (const Subcommand &c : commands) {
        names.append(QLatin1String(c.name));
        if (sub == QLatin1String(c.name)) {
            return c.run(arguments.mid(1), out, err);
        }
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        out << tr("Usage: aicet-cli %1 <command> [options]\n\nCommands:\n").arg(group);
        for (const Subcommand &c : commands) {
            out << QStringLiteral("  %1 %2\n").arg(QLatin1String(c.name), -12).arg(tr(c.summary));
        }
        out << tr("\nRun 'aicet-cli %1 <command> --help' for a command's options.\n").arg(group);
        out.flush();
        return Success;
    }
    err << tr("aicet-cli %1: expected one of %2%3\n")
               .arg(group, names.join(QStringLiteral(", ")), sub.isEmpty() ? QString() : tr(", not \"%1\"").arg(sub));
    err.flush();
    return UsageError;
}

int writeOutput(const QCommandLineParser &parser, const QByteArray &bytes, QTextStream &out, QTextStream &err)
{
    if (parser.isSet(opt("out"))) {
        QString error;
        if (!saveFile(parser.value(opt("out")), bytes, &error)) {
            return inputErrors(err, {error});
        }
        return Success;
    }
    out << QString::fromUtf8(bytes);
    out.flush();
    return out.status() == QTextStream::Ok ? Success : Failure;
}

} // namespace aicet::cli
