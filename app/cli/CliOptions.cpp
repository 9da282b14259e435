#include "CliOptions.h"

#include "Cli.h"

#include <QCoreApplication>

#include <cmath>

namespace aicet::cli {

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QString &command, const QString &summary,
    const QStringList &arguments, QTextStream &out, QTextStream &err, int positional, const QString &positionalName)
{
    parser.setApplicationDescription(summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    QStringList args = arguments;
    args.prepend(QStringLiteral("aicet-cli ") + command);
    if (!parser.parse(args)) {
        return usageError(err, command, parser.errorText());
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        out.flush();
        return Success;
    }
    const QStringList given = parser.positionalArguments();
    if (positional == 0 && !given.isEmpty()) {
        return usageError(err, command, tr("unexpected argument \"%1\"").arg(given.first()));
    }
    if (given.size() != positional) {
        return usageError(err, command, tr("give %1").arg(positionalName));
    }
    return std::nullopt;
}

int usageError(QTextStream &err, const QString &command, const QString &message)
{
    err << "aicet-cli " << command << ": " << message << '\n'
        << tr("Run 'aicet-cli %1 --help' for the options.").arg(command) << '\n';
    err.flush();
    return UsageError;
}

int inputErrors(QTextStream &err, const QStringList &errors)
{
    for (const QString &e : errors) {
        err << e << '\n';
    }
    err.flush();
    return Failure;
}

void addEstimationOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("range"), tr("Range of theta for ML, MAP and WLE (default -4,4)."), QStringLiteral("lo,hi")});
    parser.addOption({QStringLiteral("grid"),
        tr("Quadrature grid of EAP and of the weighted selection rules: lower, upper, nodes (default -4,4,33)."),
        QStringLiteral("lo,hi,n")});
    parser.addOption({QStringLiteral("prior"), tr("Normal prior of MAP and EAP: mean and SD (default 0,1)."),
        QStringLiteral("mean,sd")});
    parser.addOption({QStringLiteral("catr-compatible"),
        tr("When ML, MAP or WLE has no root in the range, return the bound as catR 3.17 does "
           "(AICET's own rule falls back to EAP).")});
}

bool readEstimationOptions(const QCommandLineParser &parser, irt::EstimationSettings *settings, QString *error)
{
    if (parser.isSet(QStringLiteral("range"))) {
        const auto v = parseNumbers(parser.value(QStringLiteral("range")), 2);
        if (!v) {
            *error = tr("--range takes two numbers, lo,hi (got \"%1\")").arg(parser.value(QStringLiteral("range")));
            return false;
        }
        settings->rangeLower = (*v)[0];
        settings->rangeUpper = (*v)[1];
    }
    if (parser.isSet(QStringLiteral("grid"))) {
        const auto v = parseNumbers(parser.value(QStringLiteral("grid")), 3);
        if (!v || (*v)[2] != std::floor((*v)[2])) {
            *error = tr("--grid takes lo,hi,n with a whole number of nodes (got \"%1\")")
                         .arg(parser.value(QStringLiteral("grid")));
            return false;
        }
        settings->grid = {(*v)[0], (*v)[1], static_cast<int>(std::clamp((*v)[2], -1.0, 1e6))};
    }
    if (parser.isSet(QStringLiteral("prior"))) {
        const auto v = parseNumbers(parser.value(QStringLiteral("prior")), 2);
        if (!v) {
            *error = tr("--prior takes two numbers, mean,sd (got \"%1\")").arg(parser.value(QStringLiteral("prior")));
            return false;
        }
        settings->priorMean = (*v)[0];
        settings->priorSd = (*v)[1];
    }
    settings->boundaryRule
        = parser.isSet(QStringLiteral("catr-compatible")) ? irt::BoundaryRule::CatR : irt::BoundaryRule::Aicet;
    if (const QString e = settings->validate(); !e.isEmpty()) {
        *error = e;
        return false;
    }
    return true;
}

std::optional<std::vector<double>> parseNumbers(const QString &text, int count)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (count >= 0 && parts.size() != count) {
        return std::nullopt;
    }
    std::vector<double> values;
    for (const QString &p : parts) {
        bool ok = false;
        const double v = p.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            return std::nullopt;
        }
        values.push_back(v);
    }
    return values;
}

std::optional<long long> parseCount(const QString &text)
{
    bool ok = false;
    const long long v = text.trimmed().toLongLong(&ok);
    if (!ok || v < 0) {
        return std::nullopt;
    }
    return v;
}

} // namespace aicet::cli
