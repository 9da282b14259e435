#include "BankLoading.h"
#include "Cli.h"
#include "CliOptions.h"
#include "Commands.h"
#include "io/CsvFormats.h"
#include "irt/AbilityEstimation.h"

#include <QCoreApplication>

namespace aicet::cli {
namespace {

// Which rule produced θ: the `rule` column.
QString ruleName(const irt::AbilityEstimate &e)
{
    if (e.fallback) {
        return QStringLiteral("eap-fallback"); // AICET's rule: no interior maximum, EAP instead
    }
    if (e.atBoundary) {
        return QStringLiteral("bound"); // --catr-compatible: the range bound catR returns
    }
    if (e.method == irt::Estimator::EAP) {
        return QStringLiteral("eap");
    }
    return QStringLiteral("root"); // ML, MAP or WLE: a root of the estimating equation in the range
}

} // namespace

int scoreCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("score");
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("bank"), tr("The item bank: a parameter CSV id,a,b,c,d[,domain]."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("responses"),
        tr("Response matrix CSV: header person then item ids; one row per person; empty cell = not "
           "administered."),
        QStringLiteral("path")});
    parser.addOption({QStringLiteral("estimator"), tr("ml, map, eap or wle (default eap)."), QStringLiteral("name"),
        QStringLiteral("eap")});
    addEstimationOptions(parser);
    if (const auto stop = parseCommandLine(parser, command,
            tr("Estimates each person's ability; writes person,theta,se,rule as CSV to standard output.\n"
               "The rule column says how theta was obtained:\n"
               "  root          a root of the ML, MAP or WLE equation inside the range\n"
               "  bound         the bound of the range that catR returns (--catr-compatible)\n"
               "  eap           the EAP estimate (--estimator eap)\n"
               "  eap-fallback  no interior maximum: the EAP estimate is reported instead"),
            arguments, out, err)) {
        return *stop;
    }
    if (!parser.isSet(QStringLiteral("bank")) || !parser.isSet(QStringLiteral("responses"))) {
        return usageError(err, command, tr("--bank and --responses are required"));
    }
    irt::EstimationSettings settings;
    if (!irt::parseEstimator(parser.value(QStringLiteral("estimator")), &settings.method)) {
        return usageError(err, command,
            tr("unknown estimator \"%1\" (ml, map, eap or wle)").arg(parser.value(QStringLiteral("estimator"))));
    }
    QString optionError;
    if (!readEstimationOptions(parser, &settings, &optionError)) {
        return usageError(err, command, optionError);
    }

    QStringList errors;
    auto bank = loadBank(parser.value(QStringLiteral("bank")), &errors);
    if (!bank) {
        return inputErrors(err, errors);
    }
    for (auto &item : bank->items) {
        item.irt.D = bank->scalingConstant;
    }
    const auto matrix = io::readResponseMatrix(parser.value(QStringLiteral("responses")), *bank, &errors);
    if (!matrix) {
        return inputErrors(err, errors);
    }

    out << "person,theta,se,rule\n";
    std::vector<irt::Response> responses;
    for (int row = 0; row < static_cast<int>(matrix->candidates.size()); ++row) {
        responses.clear();
        for (int item = 0; item < matrix->items; ++item) {
            if (const int category = matrix->at(row, item); category >= 0) {
                responses.push_back({&bank->items[static_cast<std::size_t>(item)].irt, category});
            }
        }
        const irt::AbilityEstimate e = irt::estimateAbility(responses, settings);
        out << csvField(matrix->candidates[static_cast<std::size_t>(row)]) << ',' << formatNumber(e.theta) << ','
            << formatNumber(e.se) << ',' << ruleName(e) << '\n';
    }
    out.flush();
    return Success;
}

} // namespace aicet::cli
