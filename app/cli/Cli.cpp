#include "Cli.h"

#include "CliOptions.h"
#include "Commands.h"

#include <QCoreApplication>

namespace aicet::cli {
namespace {

QString usage()
{
    return tr("Usage: aicet-cli <command> [options]\n"
              "\n"
              "Commands:\n"
              "  bank       validate a bank folder, or show its statistics\n"
              "  score      estimate the ability of each person in a response matrix\n"
              "  calibrate  estimate item parameters from responses (MML-EM)\n"
              "  simulate   run a simulation study of adaptive tests on a bank\n"
              "  plan-pilot how many pupils a pilot needs to calibrate its pilot items\n"
              "  sitting    create, list or close sittings (planned tests)\n"
              "  session    take a test as a simulated candidate (session run)\n"
              "  results    export a sitting's results (results export)\n"
              "  candidate  export or erase what is held about a candidate\n"
              "  staff      staff accounts: the first administrator, adding, passwords\n"
              "  class      class lists: import, pupils and their codes, code slips\n"
              "  certificate issue, verify a certificate, or export the issuer's public key\n"
              "  report     a candidate's result report for evaluators (report candidate)\n"
              "\n"
              "Run 'aicet-cli <command> --help' for a command's options.\n");
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty()) {
        err << usage();
        err.flush();
        return UsageError;
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out << usage();
        out.flush();
        return Success;
    }
    if (command == QLatin1String("--version")) {
        out << "aicet-cli " << AICET_VERSION << '\n';
        out.flush();
        return Success;
    }
    if (command == QLatin1String("bank")) {
        return bankCommand(rest, out, err);
    }
    if (command == QLatin1String("sitting")) {
        return sittingCommand(rest, out, err);
    }
    if (command == QLatin1String("session")) {
        return sessionCommand(rest, out, err);
    }
    if (command == QLatin1String("results")) {
        return resultsCommand(rest, out, err);
    }
    if (command == QLatin1String("candidate")) {
        return candidateCommand(rest, out, err);
    }
    if (command == QLatin1String("certificate")) {
        return certificateCommand(rest, out, err);
    }
    if (command == QLatin1String("report")) {
        return reportCommand(rest, out, err);
    }
    if (command == QLatin1String("calibrate")) {
        return calibrateCommand(rest, out, err);
    }
    if (command == QLatin1String("score")) {
        return scoreCommand(rest, out, err);
    }
    if (command == QLatin1String("simulate")) {
        return simulateCommand(rest, out, err);
    }
    if (command == QLatin1String("class")) {
        return classCommand(rest, out, err);
    }
    if (command == QLatin1String("staff")) {
        return staffCommand(rest, out, err);
    }
    if (command == QLatin1String("plan-pilot")) {
        return planPilotCommand(rest, out, err);
    }
    err << tr("aicet-cli: unknown command \"%1\"\n\n").arg(command) << usage();
    err.flush();
    return UsageError;
}

} // namespace aicet::cli
