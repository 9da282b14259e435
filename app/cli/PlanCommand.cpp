#include "BankLoading.h"
#include "Cli.h"
#include "CliOptions.h"
#include "Commands.h"
#include "bank/ItemBank.h"
#include "calibration/PilotPlan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace aicet::cli {
namespace {

QString number(double x, int decimals)
{
    return QString::number(x, 'f', decimals);
}

QString signedNumber(double x, int decimals)
{
    const QString t = number(x, decimals);
    return x >= 0.0 && !t.startsWith(QLatin1Char('-')) ? QLatin1Char('+') + t : t;
}

// A table whose columns are as wide as their translated headers: the French headers are longer.
void printTable(QTextStream &out, const QStringList &headers, const std::vector<QStringList> &rows)
{
    std::vector<qsizetype> width(static_cast<std::size_t>(headers.size()));
    for (qsizetype c = 0; c < headers.size(); ++c) {
        width[static_cast<std::size_t>(c)] = headers[c].size();
        for (const QStringList &row : rows) {
            width[static_cast<std::size_t>(c)] = std::max(width[static_cast<std::size_t>(c)], row[c].size());
        }
    }
    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            padded << cells[c].rightJustified(width[static_cast<std::size_t>(c)]);
        }
        out << QStringLiteral("  ") << padded.join(QStringLiteral("  ")) << '\n';
    };
    line(headers);
    for (const QStringList &row : rows) {
        line(row);
    }
}

QString rmseCell(const calibration::ParameterRecovery &r)
{
    return r.count > 0 ? number(r.rmse, 3) : QStringLiteral("-");
}

QString biasCell(const calibration::ParameterRecovery &r)
{
    return r.count > 0 ? signedNumber(r.bias, 3) : QStringLiteral("-");
}

QString seCell(const calibration::ParameterRecovery &r)
{
    return r.seCount > 0 ? number(r.meanSe, 3) : QStringLiteral("-");
}

QString csvNumber(const calibration::ParameterRecovery &r, double value)
{
    return r.count > 0 ? formatNumber(value) : QString();
}

bool writeCsv(const QString &path, const calibration::PilotPlan &plan, QString *error)
{
    QString csv = QStringLiteral(
        "pupils,replications,calibrated,converged,refused,mean_responses,min_responses,mean_test_length,rmse_a,bias_a,"
        "rmse_b,bias_b,rmse_steps,bias_steps,location_within_0.3,mean_se_a,mean_se_b,mean_se_steps\n");
    for (const calibration::PilotRecovery &c : plan.counts) {
        auto se = [](const calibration::ParameterRecovery &r) {
            return r.seCount > 0 ? formatNumber(r.meanSe) : QString();
        };
        csv += QStringList{QString::number(c.pupils), QString::number(c.replications), QString::number(c.calibrated),
                   QString::number(c.converged), QString::number(c.refusals.size()), formatNumber(c.meanResponses),
                   QString::number(c.minResponses), formatNumber(c.meanTestLength), csvNumber(c.a, c.a.rmse),
                   csvNumber(c.a, c.a.bias), csvNumber(c.b, c.b.rmse), csvNumber(c.b, c.b.bias),
                   csvNumber(c.steps, c.steps.rmse), csvNumber(c.steps, c.steps.bias),
                   c.withinTolerance >= 0.0 ? formatNumber(c.withinTolerance) : QString(), se(c.a), se(c.b),
                   se(c.steps)}
                   .join(QLatin1Char(','))
            + QLatin1Char('\n');
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(csv.toUtf8()) < 0 || !file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int planPilotCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("plan-pilot");
    QCommandLineParser parser;
    parser.addOption(
        {opt("bank"), tr("The bank folder (or parameter CSV) whose operational items anchor the pilot."), opt("path")});
    parser.addOption({opt("pupils"), tr("Numbers of pupils to study, separated by commas (default 250,500,1000,2000)."),
        opt("list"), opt("250,500,1000,2000")});
    parser.addOption({opt("pilot-items-per-test"),
        tr("Pilot items each pupil answers (pilot slots per test), spread over the test (default: the bank's pilot "
           "positions, else 5)."),
        opt("k")});
    parser.addOption({opt("items-per-pupil"),
        tr("Maximum number of scored items of the test (default: the bank's maximum)."), opt("n")});
    parser.addOption({opt("synthetic-pilot-items"),
        tr("Study this many new pilot items drawn like the bank's operational items (their parameters), instead "
           "of the bank's pilot items (default when the bank has none: 4 per pilot slot)."),
        opt("p")});
    parser.addOption({opt("replications"), tr("Replications per number of pupils (default 10)."), opt("r"), opt("10")});
    parser.addOption({opt("seed"), tr("Seed of the study (default 1)."), opt("n"), opt("1")});
    parser.addOption(
        {opt("target-a"), tr("Largest acceptable RMSE of the slopes a (default 0.25)."), opt("rmse"), opt("0.25")});
    parser.addOption({opt("target-b"),
        tr("Largest acceptable RMSE of the difficulties b and of the partial-credit steps (default 0.25)."),
        opt("rmse"), opt("0.25")});
    parser.addOption(
        {opt("standard-errors"), tr("Also report the mean standard error of the estimates (several times slower).")});
    parser.addOption({opt("threads"), tr("Worker threads (default: one per core). Results do not depend on it."),
        opt("n"), opt("0")});
    parser.addOption({opt("out"), tr("Also write the table as CSV to this file."), opt("file")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Pilot planning study: pupils drawn from N(0,1) take the adaptive test with pilot items at the pilot "
               "slots; the pilot items are calibrated with the operational items anchored, as calibrate --fixed "
               "operational does; prints how well their parameters are recovered for each number of pupils and the "
               "smallest number that reaches the targets."),
            arguments, out, err)) {
        return *stop;
    }
    if (!parser.isSet(opt("bank"))) {
        return usageError(err, command, tr("--bank is required"));
    }
    std::vector<int> pupils;
    {
        const auto counts = parseNumbers(parser.value(opt("pupils")), -1);
        bool ok = counts.has_value();
        for (double n : counts.value_or(std::vector<double>())) {
            ok = ok && n == std::floor(n) && n >= 1.0 && n <= 100000.0;
            pupils.push_back(ok ? static_cast<int>(n) : 0);
        }
        if (!ok) {
            return usageError(err, command,
                tr("--pupils takes whole numbers from 1 to 100000 separated by commas (got \"%1\")")
                    .arg(parser.value(opt("pupils"))));
        }
        std::sort(pupils.begin(), pupils.end());
        pupils.erase(std::unique(pupils.begin(), pupils.end()), pupils.end());
    }
    const auto replications = parseCount(parser.value(opt("replications")));
    if (!replications || *replications < 1 || *replications > 1000) {
        return usageError(err, command, tr("--replications takes a whole number from 1 to 1000"));
    }
    const auto seed = parseCount(parser.value(opt("seed")));
    if (!seed) {
        return usageError(err, command, tr("--seed takes a whole number"));
    }
    const auto threads = parseCount(parser.value(opt("threads")));
    if (!threads || *threads > 256) {
        return usageError(err, command, tr("--threads takes a whole number from 0 to 256"));
    }
    double targets[2] = {0.0, 0.0};
    for (int t = 0; t < 2; ++t) {
        const char *name = t == 0 ? "target-a" : "target-b";
        const auto v = parseNumbers(parser.value(opt(name)), 1);
        if (!v || !((*v)[0] > 0.0)) {
            return usageError(err, command, tr("--%1 takes a positive number, e.g. 0.25").arg(opt(name)));
        }
        targets[t] = (*v)[0];
    }
    std::optional<long long> slots, length, synthetic;
    if (parser.isSet(opt("pilot-items-per-test"))) {
        slots = parseCount(parser.value(opt("pilot-items-per-test")));
        if (!slots || *slots < 1 || *slots > 100) {
            return usageError(err, command, tr("--pilot-items-per-test takes a whole number from 1 to 100"));
        }
    }
    if (parser.isSet(opt("items-per-pupil"))) {
        length = parseCount(parser.value(opt("items-per-pupil")));
        if (!length || *length < 1 || *length > 1000) {
            return usageError(err, command, tr("--items-per-pupil takes a whole number from 1 to 1000"));
        }
    }
    if (parser.isSet(opt("synthetic-pilot-items"))) {
        synthetic = parseCount(parser.value(opt("synthetic-pilot-items")));
        if (!synthetic || *synthetic < 1 || *synthetic > 10000) {
            return usageError(err, command, tr("--synthetic-pilot-items takes a whole number from 1 to 10000"));
        }
    }

    QStringList errors;
    const auto bank = loadBank(parser.value(opt("bank")), &errors);
    if (!bank) {
        return inputErrors(err, errors);
    }
    calibration::PilotPlanSettings settings;
    settings.test = bank->defaultTest;
    cat::StoppingRule &stopping = settings.test.stopping;
    if (length) {
        stopping.maxItems = static_cast<int>(*length);
        stopping.minItems = std::min(stopping.minItems, stopping.maxItems);
    }
    if (slots || settings.test.pilotPositions.empty()) {
        settings.test.pilotPositions
            = calibration::spreadPilotPositions(slots ? static_cast<int>(*slots) : 5, stopping.minItems);
    }
    const int slotCount = static_cast<int>(settings.test.pilotPositions.size());
    const bool bankPilots = std::any_of(
        bank->items.begin(), bank->items.end(), [](const BankItem &i) { return i.status == ItemStatus::Pilot; });
    // Without pilot items of its own, a bank is studied with new items like its operational ones;
    // four per slot, so that each reaches about a quarter of the pupils.
    settings.syntheticPilotItems = synthetic ? static_cast<int>(*synthetic) : bankPilots ? 0 : 4 * slotCount;
    settings.pupils = pupils;
    settings.replications = static_cast<int>(*replications);
    settings.seed = static_cast<std::uint64_t>(*seed);
    settings.threads = static_cast<int>(*threads);
    settings.standardErrors = parser.isSet(opt("standard-errors"));

    const calibration::PilotPlan plan = calibration::planPilot(*bank, settings);
    if (!plan.error.isEmpty()) {
        return inputErrors(err, {QStringLiteral("%1: %2").arg(parser.value(opt("bank")), plan.error)});
    }
    if (parser.isSet(opt("out"))) {
        QString error;
        if (!writeCsv(parser.value(opt("out")), plan, &error)) {
            return inputErrors(err, {error});
        }
    }

    int operational = 0;
    for (const BankItem &item : bank->items) {
        operational += item.status == ItemStatus::Operational && item.hasParameters ? 1 : 0;
    }
    QStringList positions;
    for (int p : plan.pilotPositions) {
        positions << QString::number(p);
    }
    out << tr("bank: %1 (%2 operational items, the anchors)\n")
               .arg(bank->version.isEmpty() ? bank->id : bank->id + QLatin1Char(' ') + bank->version)
               .arg(operational);
    out << tr("test: %1 to %2 scored items, %3 selection; pilot slots at positions %4\n")
               .arg(stopping.minItems)
               .arg(stopping.maxItems)
               .arg(cat::selectionRuleName(settings.test.selection), positions.join(QStringLiteral(", ")));
    if (plan.syntheticItems == plan.pilotItems) {
        out << tr("pilot items: %1, %2 of them partial credit; their parameters are those of operational items drawn "
                  "at random for each replication")
                   .arg(plan.pilotItems)
                   .arg(plan.partialCreditPilotItems);
    } else if (plan.syntheticItems > 0) {
        out << tr("pilot items: %1, %2 of them partial credit; %3 without parameters are given those of operational "
                  "items drawn at random for each replication")
                   .arg(plan.pilotItems)
                   .arg(plan.partialCreditPilotItems)
                   .arg(plan.syntheticItems);
    } else {
        out << tr("pilot items: %1, %2 of them partial credit").arg(plan.pilotItems).arg(plan.partialCreditPilotItems);
    }
    out << '\n';
    out << tr(
        "pupils: theta from N(0,1), %1 replications, seed %2; calibration: operational items anchored, right/wrong "
        "pilot items 2PL (3PL with c fixed when they have a chance floor), partial-credit ones in their model\n")
               .arg(settings.replications)
               .arg(settings.seed);
    out << '\n';

    QStringList headers{tr("pupils"), tr("responses/item"), tr("min"), tr("test length"), tr("calibrated"),
        tr("converged"), tr("RMSE a"), tr("bias a"), tr("RMSE b"), tr("bias b"), tr("RMSE steps"),
        tr("b within %1").arg(calibration::kLocationTolerance)};
    if (settings.standardErrors) {
        headers << tr("SE a") << tr("SE b") << tr("SE steps");
    }
    std::vector<QStringList> rows;
    for (const calibration::PilotRecovery &c : plan.counts) {
        QStringList row{QString::number(c.pupils), number(c.meanResponses, 1), QString::number(c.minResponses),
            number(c.meanTestLength, 1), QStringLiteral("%1/%2").arg(c.calibrated).arg(c.replications),
            QStringLiteral("%1/%2").arg(c.converged).arg(c.replications), rmseCell(c.a), biasCell(c.a), rmseCell(c.b),
            biasCell(c.b), rmseCell(c.steps),
            c.withinTolerance >= 0.0 ? QStringLiteral("%1%").arg(number(100.0 * c.withinTolerance, 0))
                                     : QStringLiteral("-")};
        if (settings.standardErrors) {
            row << seCell(c.a) << seCell(c.b) << seCell(c.steps);
        }
        rows.push_back(row);
    }
    printTable(out, headers, rows);
    for (const calibration::PilotRecovery &c : plan.counts) {
        if (!c.refusals.isEmpty()) {
            out << tr("%1 pupils: %2 of %3 calibrations refused, for example: %4\n")
                       .arg(c.pupils)
                       .arg(c.refusals.size())
                       .arg(c.replications)
                       .arg(c.refusals.first());
        }
    }
    out << '\n';
    out << tr("targets: RMSE of a at most %1, of b and of the steps at most %2, every calibration converged\n")
               .arg(targets[0])
               .arg(targets[1]);
    const std::optional<int> enough = calibration::sufficientPupils(plan, targets[0], targets[1]);
    if (enough) {
        const auto it = std::find_if(plan.counts.begin(), plan.counts.end(),
            [&](const calibration::PilotRecovery &c) { return c.pupils == *enough; });
        out << tr("recommendation: %1 pupils (about %2 responses per pilot item) with this design\n")
                   .arg(*enough)
                   .arg(std::round(it->meanResponses));
    } else {
        out << tr(
            "recommendation: none of the numbers of pupils studied reaches the targets; study larger numbers "
            "(--pupils), or give each pilot item more responses (more pilot slots per test, fewer pilot items)\n");
    }
    out << tr("time: %1 s\n").arg(plan.seconds, 0, 'f', 1);
    out.flush();
    return Success;
}

} // namespace aicet::cli
