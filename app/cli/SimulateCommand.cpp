#include "BankLoading.h"
#include "Cli.h"
#include "CliOptions.h"
#include "Commands.h"
#include "bank/ItemBank.h"
#include "cat/Random.h"
#include "cat/Simulation.h"
#include "io/CsvFormats.h"
#include "irt/Normal.h"
#include "scoring/PersonFit.h"
#include "scoring/TestResult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSaveFile>

#include <map>

namespace aicet::cli {
namespace {

// "D1=0.25,D2=0.25,..." in bank dimension order.
std::optional<std::vector<double>> parseContentTargets(const QString &text, const ItemBank &bank, QString *error)
{
    std::vector<double> targets(bank.dimensions.size(), 0.0);
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QStringList kv = part.split(QLatin1Char('='));
        bool ok = false;
        const double value = kv.size() == 2 ? kv[1].trimmed().toDouble(&ok) : 0.0;
        if (kv.size() != 2 || !ok) {
            *error
                = tr("--content-targets takes dimension=proportion pairs separated by commas (got \"%1\")").arg(part);
            return std::nullopt;
        }
        const int dim = bank.dimensionIndex(kv[0].trimmed());
        if (dim < 0) {
            QStringList known;
            for (const auto &d : bank.dimensions) {
                known.append(d.id);
            }
            *error = tr("--content-targets: the bank has no dimension \"%1\" (it has: %2)")
                         .arg(kv[0].trimmed(), known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        targets[static_cast<std::size_t>(dim)] = value;
    }
    return targets;
}

// The bank's default test, changed by the options given on the command line.
bool applyTestOptions(const QCommandLineParser &parser, ItemBank &bank, cat::TestSpecification *spec, QString *error)
{
    auto set = [&](const char *name) { return parser.isSet(opt(name)); };
    auto value = [&](const char *name) { return parser.value(opt(name)); };
    if (set("estimator")) {
        if (!irt::parseEstimator(value("estimator"), &spec->interim.method)) {
            *error = tr("unknown estimator \"%1\" (ml, map, eap or wle)").arg(value("estimator"));
            return false;
        }
        spec->final.method = spec->interim.method;
    }
    if (set("final-estimator") && !irt::parseEstimator(value("final-estimator"), &spec->final.method)) {
        *error = tr("unknown estimator \"%1\" (ml, map, eap or wle)").arg(value("final-estimator"));
        return false;
    }
    const irt::Estimator finalMethod = spec->final.method;
    if (!readEstimationOptions(parser, &spec->interim, error)) {
        return false;
    }
    spec->final = spec->interim;
    spec->final.method = finalMethod;
    if (set("selection") && !cat::parseSelectionRule(value("selection"), &spec->selection)) {
        *error = tr("unknown selection rule \"%1\" (mfi, bopt, mlwi or mpwi)").arg(value("selection"));
        return false;
    }
    if (set("length")) {
        const auto length = parseCount(value("length"));
        if (!length || *length < 1 || *length > 100000) {
            *error = tr("--length takes a whole number from 1 to 100000");
            return false;
        }
        spec->stopping.maxItems = static_cast<int>(*length);
        spec->stopping.minItems = std::min(spec->stopping.minItems, spec->stopping.maxItems);
    }
    if (set("min-length")) {
        const auto minLength = parseCount(value("min-length"));
        if (!minLength || *minLength > spec->stopping.maxItems) {
            *error = tr("--min-length takes a whole number no larger than the maximum length (%1)")
                         .arg(spec->stopping.maxItems);
            return false;
        }
        spec->stopping.minItems = static_cast<int>(*minLength);
    }
    if (set("randomesque")) {
        const auto k = parseCount(value("randomesque"));
        if (!k || *k < 1 || *k > 1000) {
            *error = tr("--randomesque takes a whole number from 1 to 1000");
            return false;
        }
        spec->exposure.randomesque = static_cast<int>(*k);
    }
    if (set("start-theta")) {
        const auto start = parseNumbers(value("start-theta"), 1);
        if (!start) {
            *error = tr("--start-theta takes a number");
            return false;
        }
        spec->startTheta = (*start)[0];
    }
    if (set("se-target")) {
        const auto se = parseNumbers(value("se-target"), 1);
        if (!se || (*se)[0] < 0.0) {
            *error = tr("--se-target takes a positive number (0 turns it off)");
            return false;
        }
        spec->stopping.seTarget = (*se)[0];
    }
    if (set("level-cuts")) {
        const auto cuts = parseNumbers(value("level-cuts"), -1);
        if (!cuts || !std::is_sorted(cuts->begin(), cuts->end())) {
            *error = tr("--level-cuts takes ascending numbers separated by commas");
            return false;
        }
        bank.levelCuts = *cuts;
    }
    if (set("classify")) {
        const auto conf = parseNumbers(value("classify"), 1);
        if (!conf || (*conf)[0] <= 0.0 || (*conf)[0] >= 1.0) {
            *error = tr("--classify takes a confidence level between 0 and 1, e.g. 0.95");
            return false;
        }
        spec->stopping.classification = true;
        spec->stopping.classificationConfidence = (*conf)[0];
    }
    if (set("pilot-positions")) {
        const auto positions = parseNumbers(value("pilot-positions"), -1);
        if (!positions) {
            *error = tr("--pilot-positions takes positions separated by commas");
            return false;
        }
        spec->pilotPositions.clear();
        for (double p : *positions) {
            spec->pilotPositions.push_back(static_cast<int>(p));
        }
    }
    if (set("exclude")) {
        spec->excludedItems = value("exclude").split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &id : spec->excludedItems) {
            id = id.trimmed();
        }
    }
    if (set("stop")) {
        if (value("stop") == QLatin1String("classification")) {
            spec->stopping.classification = true;
            spec->stopping.classificationConfidence = bank.scale.levelConfidence;
            if (!set("se-target")) {
                spec->stopping.seTarget = 0.0;
            }
        } else if (value("stop") == QLatin1String("precision")) {
            spec->stopping.classification = false;
            if (!set("se-target")) {
                spec->stopping.seTarget = spec->stopping.seTarget > 0.0 ? spec->stopping.seTarget : 0.35;
            }
        } else {
            *error = tr("--stop takes classification or precision, not \"%1\"").arg(value("stop"));
            return false;
        }
    }
    if (set("sympson-hetter")) {
        if (value("sympson-hetter") != QLatin1String("yes") && value("sympson-hetter") != QLatin1String("no")) {
            *error = tr("--sympson-hetter takes yes or no");
            return false;
        }
        spec->exposure.sympsonHetter = value("sympson-hetter") == QLatin1String("yes");
    }
    if (set("max-partial-credit")) {
        const auto n = parseCount(value("max-partial-credit"));
        if (!n || *n > 10000) {
            *error = tr("--max-partial-credit takes a whole number (0: no limit)");
            return false;
        }
        spec->exposure.maxPartialCredit = static_cast<int>(*n);
    }
    if (set("content-targets")) {
        const auto targets = parseContentTargets(value("content-targets"), bank, error);
        if (!targets) {
            return false;
        }
        spec->contentTargets = *targets;
    }
    *error = spec->validate(bank);
    return error->isEmpty();
}

// A simulee's reported result, as a session would report it: the level and its probability,
// the person-fit assessment (on the answers alone: simulees have no response times) and what
// keeps it from a certificate.
struct ScoredSimulee
{
    scoring::TestResult result;
    scoring::PersonFit fit;
    bool certified = false;
};

std::vector<ScoredSimulee> scoreSimulees(
    const ItemBank &bank, const cat::TestSpecification &spec, const cat::SimulationResult &simulation)
{
    std::vector<ScoredSimulee> out(simulation.candidates.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        const cat::SimulatedCandidate &c = simulation.candidates[i];
        std::vector<std::pair<int, int>> scored;
        std::vector<scoring::AnswerEvidence> evidence;
        for (std::size_t k = 0; k < c.items.size(); ++k) {
            if (bank.items[static_cast<std::size_t>(c.items[k])].status == ItemStatus::Operational) {
                scored.emplace_back(c.items[k], c.responses[k]);
                evidence.push_back({c.items[k], c.responses[k], -1.0});
            }
        }
        ScoredSimulee &s = out[i];
        s.result = scoring::computeResult(bank, spec.final, scored);
        if (!scoring::hasEvidenceForLevel(bank, spec.stopping.minItems, s.result.items, s.result.se)) {
            s.result.level.clear();
            s.result.levelAlternative.clear();
        }
        s.fit = scoring::assessPersonFit(bank, spec.final, evidence, bank.defaultLanguage);
        s.certified = scoring::certificateBars(bank, spec.stopping.minItems, s.result.items, s.result.level,
            s.result.levelAlternative, s.result.levelProbability, s.result.se, s.fit)
                          .empty();
    }
    return out;
}

// The classification study: what the results state, how often it is right, along the true θ.
void printClassification(QTextStream &out, const ItemBank &bank, const cat::TestSpecification &spec,
    const cat::SimulationResult &simulation, const std::vector<ScoredSimulee> &scored, bool chance)
{
    const double z = irt::twoSidedNormalQuantile(bank.scale.confidence);
    struct Row
    {
        int n = 0, alone = 0, pair = 0, right = 0, rightOrPair = 0, certified = 0, certifiedWrong = 0, flagged = 0,
            covered = 0, seReached = 0;
        double squared = 0.0, expected = 0.0, consistency = 0.0;
    };
    std::map<double, Row> byTheta;
    Row all;
    for (std::size_t i = 0; i < scored.size(); ++i) {
        const cat::SimulatedCandidate &c = simulation.candidates[i];
        const ScoredSimulee &s = scored[i];
        const QString truth = scoring::levelAt(bank, c.trueTheta);
        for (Row *row : {&all, &byTheta[std::round(c.trueTheta * 2.0) / 2.0]}) {
            ++row->n;
            const bool alone = !s.result.level.isEmpty() && s.result.levelAlternative.isEmpty();
            row->alone += alone ? 1 : 0;
            row->pair += s.result.levelAlternative.isEmpty() ? 0 : 1;
            row->right += alone && s.result.level == truth ? 1 : 0;
            row->rightOrPair
                += !s.result.level.isEmpty() && (s.result.level == truth || s.result.levelAlternative == truth) ? 1 : 0;
            row->certified += s.certified ? 1 : 0;
            // A certificate's claim is "this level reached": wrong when the true θ is below it.
            const Level *certified
                = bank.level(scoring::certifiedLevel(bank, s.result.level, s.result.levelAlternative));
            row->certifiedWrong += s.certified && certified && c.trueTheta < certified->from ? 1 : 0;
            row->flagged += s.fit.aberrant() ? 1 : 0;
            // The interval as stated: a bound beyond the measured range is not claimed.
            row->covered += (s.result.scoreLowOpen || c.trueTheta >= s.result.theta - z * s.result.se)
                    && (s.result.scoreHighOpen || c.trueTheta <= s.result.theta + z * s.result.se)
                ? 1
                : 0;
            row->seReached += spec.stopping.seTarget > 0.0 && s.result.se <= spec.stopping.seTarget ? 1 : 0;
            row->squared += (s.result.theta - c.trueTheta) * (s.result.theta - c.trueTheta);
            // Rudner's expected accuracy and consistency, from the posterior's level probabilities.
            double best = 0.0, sumSquares = 0.0;
            for (double p : s.result.levelProbabilities) {
                best = std::max(best, p);
                sumSquares += p * p;
            }
            row->expected += best;
            row->consistency += sumSquares;
        }
    }
    auto pct = [](int k, int n) { return n > 0 ? QString::number(100.0 * k / n, 'f', 1) : QStringLiteral("-"); };
    out << tr("levels stated: %1% alone, %2% as two adjacent levels, %3% none\n")
               .arg(pct(all.alone, all.n), pct(all.pair, all.n), pct(all.n - all.alone - all.pair, all.n));
    if (!chance) {
        out << tr("level alone and right: %1%; true level within what is stated: %2%\n")
                   .arg(pct(all.right, all.n), pct(all.rightOrPair, all.n));
        out << tr("Rudner's expected classification accuracy %1, consistency %2\n")
                   .arg(all.expected / std::max(all.n, 1), 0, 'f', 3)
                   .arg(all.consistency / std::max(all.n, 1), 0, 'f', 3);
        out << tr("%1% interval coverage: %2%\n")
                   .arg(bank.scale.confidence * 100.0, 0, 'f', 0)
                   .arg(pct(all.covered, all.n));
        // Haberman's criterion over the population: the PRMSE of an area's own answers against that
        // of the overall result, R²·(1 − mean SE²/σ²), with R² = (1 + (D − 1)ρ)/D the squared
        // correlation of an area with the whole and ρ the bank's dimension correlation.
        const double sigma2 = spec.final.priorSd * spec.final.priorSd;
        double total = 0.0;
        std::vector<double> own(bank.dimensions.size(), 0.0);
        int informative = 0;
        for (const ScoredSimulee &x : scored) {
            total += x.result.se * x.result.se;
            bool any = false;
            for (std::size_t d = 0; d < x.result.dimensions.size() && d < own.size(); ++d) {
                own[d] += x.result.dimensions[d].ownSe * x.result.dimensions[d].ownSe;
                any = any || x.result.dimensions[d].informative;
            }
            informative += any ? 1 : 0;
        }
        const double count = std::max<double>(1.0, static_cast<double>(scored.size()));
        const double rho = bank.scale.dimensionCorrelation;
        const double dims = static_cast<double>(std::max<std::size_t>(bank.dimensions.size(), 1));
        QStringList areas;
        for (std::size_t d = 0; d < own.size(); ++d) {
            areas << QStringLiteral("%1 %2").arg(bank.dimensions[d].id).arg(1.0 - own[d] / count / sigma2, 0, 'f', 3);
        }
        out << tr("PRMSE of each area's own answers: %1; of the overall result for an area: %2 (dimension "
                  "correlation %3); a profile shown for %4%\n")
                   .arg(areas.join(QStringLiteral(", ")))
                   .arg((1.0 + (dims - 1.0) * rho) / dims * (1.0 - total / count / sigma2), 0, 'f', 3)
                   .arg(rho)
                   .arg(pct(informative, static_cast<int>(scored.size())));
    }
    out << tr("certificates: %1% (%2% of them state a level above the true one)\n")
               .arg(pct(all.certified, all.n), pct(all.certifiedWrong, all.certified));
    out << tr("answers flagged (person fit): %1%\n").arg(pct(all.flagged, all.n));
    if (chance) {
        return;
    }
    out << tr("by true theta:\n");
    out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
               .arg(tr("theta"), 6)
               .arg(tr("n"), 6)
               .arg(tr("rmse"), 6)
               .arg(tr("cover"), 6)
               .arg(tr("se-ok"), 6)
               .arg(tr("right"), 6)
               .arg(tr("stated"), 6)
               .arg(tr("rudner"), 6)
               .arg(tr("cert"), 6)
               .arg(tr("flag"), 6);
    for (const auto &[theta, r] : byTheta) {
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                   .arg(theta, 6, 'f', 1)
                   .arg(r.n, 6)
                   .arg(std::sqrt(r.squared / r.n), 6, 'f', 3)
                   .arg(pct(r.covered, r.n), 6)
                   .arg(spec.stopping.seTarget > 0.0 ? pct(r.seReached, r.n) : QStringLiteral("-"), 6)
                   .arg(pct(r.right, r.n), 6)
                   .arg(pct(r.rightOrPair, r.n), 6)
                   .arg(r.expected / r.n, 6, 'f', 3)
                   .arg(pct(r.certified, r.n), 6)
                   .arg(pct(r.flagged, r.n), 6);
    }
}

bool writeResultsCsv(const QString &path, const ItemBank &bank, const cat::SimulationResult &result,
    const std::vector<ScoredSimulee> &scored, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    QTextStream s(&file);
    s << "sim_id,true_theta,theta_final,se_final,items";
    if (!scored.empty()) {
        s << ",level,level_alternative,level_probability,random_log_ratio,flagged,certified";
    }
    s << '\n';
    for (std::size_t i = 0; i < result.candidates.size(); ++i) {
        const cat::SimulatedCandidate &c = result.candidates[i];
        QStringList ids;
        ids.reserve(static_cast<qsizetype>(c.items.size()));
        for (int item : c.items) {
            ids.append(bank.items[static_cast<std::size_t>(item)].id);
        }
        s << csvField(c.id) << ',' << formatNumber(c.trueTheta) << ',' << formatNumber(c.theta) << ','
          << formatNumber(c.se) << ',' << csvField(ids.join(QLatin1Char(';')));
        if (i < scored.size()) {
            const ScoredSimulee &r = scored[i];
            s << ',' << csvField(r.result.level) << ',' << csvField(r.result.levelAlternative) << ','
              << formatNumber(r.result.levelProbability) << ','
              << (r.fit.available ? formatNumber(r.fit.randomLogRatio) : QString()) << ',' << (r.fit.aberrant() ? 1 : 0)
              << ',' << (r.certified ? 1 : 0);
        }
        s << '\n';
    }
    s.flush();
    if (!file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int simulateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("simulate");
    QCommandLineParser parser;
    parser.addOption(
        {opt("bank"), tr("The item bank: a bank folder, or a parameter CSV id,a,b,c,d[,domain]."), opt("path")});
    parser.addOption({opt("simulees"), tr("Number of simulees drawn from N(0,1) (default 1000)."), opt("n")});
    parser.addOption({opt("seed"), tr("Seed of the simulation (default 1)."), opt("n"), opt("1")});
    parser.addOption({opt("true-theta"), tr("CSV of true abilities: id,theta per line, after a header."), opt("path")});
    parser.addOption({opt("replay"),
        tr("Response matrix of every simulee to every item (header person then item ids): answers are taken "
           "from it instead of being drawn. Needs --true-theta."),
        opt("path")});
    parser.addOption(
        {opt("length"), tr("Maximum number of scored items (default: the bank's, 30 for a CSV bank)."), opt("n")});
    parser.addOption({opt("min-length"), tr("Minimum number of scored items (default: the bank's)."), opt("n")});
    parser.addOption({opt("se-target"), tr("Stop when the standard error reaches this value."), opt("se")});
    parser.addOption({opt("classify"),
        tr("Stop when the confidence interval at this level lies inside one level (needs --level-cuts)."),
        opt("confidence")});
    parser.addOption({opt("level-cuts"), tr("Cut scores on theta between reported levels, ascending."), opt("list")});
    parser.addOption(
        {opt("selection"), tr("mfi, bopt, mlwi or mpwi (default: the bank's, mfi for a CSV bank)."), opt("rule")});
    parser.addOption({opt("estimator"),
        tr("Estimator during the test: ml, map, eap or wle (default: the bank's, eap)."), opt("name")});
    parser.addOption(
        {opt("final-estimator"), tr("Estimator of the final result (default: as --estimator)."), opt("name")});
    parser.addOption(
        {opt("start-theta"), tr("Theta at which the first item is chosen (default: the bank's, 0)."), opt("theta")});
    parser.addOption(
        {opt("randomesque"), tr("Choose at random among the k best items (default: the bank's, 1)."), opt("k")});
    parser.addOption({opt("exposure-target"),
        tr("Sympson-Hetter exposure control: first compute the items' parameters by simulation for this maximum "
           "exposure rate, then run the study with them."),
        opt("rate")});
    parser.addOption({opt("stop"),
        tr("classification (stop once the level is clear, at the bank's level_confidence) or precision (once the "
           "SE reaches --se-target, else 0.35); default: the bank's."),
        opt("rule")});
    parser.addOption({opt("sympson-hetter"),
        tr("yes or no: apply the bank's Sympson-Hetter exposure parameters (default: the bank's)."), opt("yes|no")});
    parser.addOption({opt("max-partial-credit"),
        tr("At most this many partial-credit questions per test, 0: no limit (default: the bank's)."), opt("n")});
    parser.addOption({opt("content-targets"),
        tr("Kingsbury-Zara content balancing: target proportion per dimension, e.g. D1=0.25,D2=0.25,D3=0.25,D4=0.25."),
        opt("list")});
    parser.addOption(
        {opt("pilot-positions"), tr("1-based positions at which unscored pilot items are given."), opt("list")});
    parser.addOption({opt("exclude"), tr("Item ids never given (already seen)."), opt("list")});
    parser.addOption({opt("answers"),
        tr("How the simulees answer: model (as the IRT model gives for their true theta), random (a random option, "
           "random ticks, a random order) or first (always the first option shown). Needs a YAML bank for "
           "random and first."),
        opt("how"), opt("model")});
    parser.addOption({opt("threads"), tr("Worker threads (default: one per core)."), opt("n"), opt("0")});
    parser.addOption({opt("trace"), tr("Print the first n simulees' tests step by step."), opt("n"), opt("0")});
    parser.addOption(
        {opt("csv"), tr("Write per simulee sim_id,true_theta,theta_final,se_final,items to this file."), opt("path")});
    addEstimationOptions(parser);
    if (const auto stop = parseCommandLine(parser, command,
            tr("Simulation study of adaptive tests: bias, RMSE, test length, item exposure and speed."), arguments, out,
            err)) {
        return *stop;
    }

    QElapsedTimer wall;
    wall.start();
    if (!parser.isSet(opt("bank"))) {
        return usageError(err, command, tr("--bank is required"));
    }
    if (parser.isSet(opt("replay")) && !parser.isSet(opt("true-theta"))) {
        return usageError(err, command, tr("--replay needs --true-theta"));
    }
    if (parser.isSet(opt("simulees")) && parser.isSet(opt("true-theta"))) {
        return usageError(err, command, tr("give either --simulees or --true-theta, not both"));
    }

    QStringList errors;
    auto bank = loadBank(parser.value(opt("bank")), &errors);
    if (!bank) {
        return inputErrors(err, errors);
    }
    QString optionError;
    cat::TestSpecification spec = bank->defaultTest;
    if (!applyTestOptions(parser, *bank, &spec, &optionError)) {
        return usageError(err, command, optionError);
    }
    const auto threads = parseCount(parser.value(opt("threads")));
    const auto seed = parseCount(parser.value(opt("seed")));
    if (!threads || *threads > 256 || !seed) {
        return usageError(err, command, tr("--threads and --seed take whole numbers"));
    }

    cat::SimulationSettings settings;
    const QString how = parser.value(opt("answers"));
    if (how == QLatin1String("random")) {
        settings.chance = ChanceAnswer::Random;
    } else if (how == QLatin1String("first")) {
        settings.chance = ChanceAnswer::FirstShown;
    } else if (how != QLatin1String("model")) {
        return usageError(err, command, tr("--answers takes model, random or first, not \"%1\"").arg(how));
    }
    if (settings.chance && (bank->parametersOnly || parser.isSet(opt("replay")))) {
        return usageError(
            err, command, tr("--answers %1 needs a bank with its questions (a YAML bank), and no --replay").arg(how));
    }
    settings.seed = static_cast<std::uint64_t>(*seed);
    settings.threads = static_cast<int>(*threads);
    std::optional<cat::ResponseMatrix> replay;
    QString source;
    if (parser.isSet(opt("true-theta"))) {
        const auto abilities = io::readAbilities(parser.value(opt("true-theta")), &errors);
        if (!abilities) {
            return inputErrors(err, errors);
        }
        settings.trueTheta = abilities->theta;
        settings.ids = abilities->ids;
        source = parser.value(opt("true-theta"));
    } else {
        const auto n = parseCount(
            parser.value(opt("simulees")).isEmpty() ? QStringLiteral("1000") : parser.value(opt("simulees")));
        if (!n || *n < 1 || *n > 10000000) {
            return usageError(err, command, tr("--simulees takes a whole number from 1 to 10000000"));
        }
        settings.trueTheta = cat::normalSample(static_cast<int>(*n), 0.0, 1.0, cat::mixSeed(settings.seed, 0x7E7A));
        source = tr("N(0,1)");
    }
    if (parser.isSet(opt("replay"))) {
        replay = io::readResponseMatrix(parser.value(opt("replay")), *bank, &errors);
        if (!replay) {
            return inputErrors(err, errors);
        }
        // Rows in the order of the simulees, matched by id.
        QHash<QString, int> rowOf;
        for (int r = 0; r < static_cast<int>(replay->candidates.size()); ++r) {
            rowOf.insert(replay->candidates[static_cast<std::size_t>(r)], r);
        }
        cat::ResponseMatrix ordered;
        ordered.items = replay->items;
        for (const QString &id : settings.ids) {
            const int r = rowOf.value(id, -1);
            if (r < 0) {
                return inputErrors(err,
                    QStringList{tr("%1: simulee \"%2\" of %3 has no row")
                                    .arg(parser.value(opt("replay")), id, parser.value(opt("true-theta")))});
            }
            ordered.candidates.push_back(id);
            const auto begin = replay->cells.begin() + static_cast<std::ptrdiff_t>(r) * replay->items;
            ordered.cells.insert(ordered.cells.end(), begin, begin + replay->items);
        }
        replay = std::move(ordered);
        settings.replay = &*replay;
        source = tr("replay of %1").arg(parser.value(opt("replay")));
    }

    if (parser.isSet(opt("exposure-target"))) {
        const auto rate = parseNumbers(parser.value(opt("exposure-target")), 1);
        if (!rate || (*rate)[0] <= 0.0 || (*rate)[0] > 1.0) {
            return usageError(err, command, tr("--exposure-target takes a rate in (0, 1], e.g. 0.25"));
        }
        const auto cal = cat::calibrateSympsonHetter(*bank, spec, (*rate)[0],
            cat::normalSample(1000, 0.0, 1.0, cat::mixSeed(settings.seed, 0x5E)), settings.seed, 30, 0.01,
            settings.threads);
        if (!cal.error.isEmpty()) {
            return inputErrors(err, QStringList{cal.error});
        }
        for (std::size_t i = 0; i < bank->items.size(); ++i) {
            bank->items[i].exposureControl = cal.parameters[i];
        }
        spec.exposure.sympsonHetter = true;
        out << tr("Sympson-Hetter parameters: %1 after %2 rounds, maximum exposure %3 in calibration\n")
                   .arg(cal.converged ? tr("converged") : tr("not converged"))
                   .arg(cal.iterations)
                   .arg(cal.maxExposure, 0, 'f', 4);
    }

    const cat::AdaptiveEngine engine(*bank, spec);
    if (!engine.isValid()) {
        return usageError(err, command, engine.errorString());
    }
    QElapsedTimer timer;
    timer.start();
    const cat::SimulationResult result = cat::simulate(engine, settings);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!result.error.isEmpty()) {
        return inputErrors(err, QStringList{result.error});
    }
    // Reported results, as sessions report them (a bank with levels and item content).
    const bool reported = !bank->parametersOnly && !bank->levels.empty();
    const std::vector<ScoredSimulee> scored
        = reported ? scoreSimulees(*bank, spec, result) : std::vector<ScoredSimulee>();
    if (parser.isSet(opt("csv"))) {
        QString writeError;
        if (!writeResultsCsv(parser.value(opt("csv")), *bank, result, scored, &writeError)) {
            return inputErrors(err, {writeError});
        }
    }

    const auto trace = parseCount(parser.value(opt("trace")));
    for (long long i = 0; trace && i < std::min<long long>(*trace, static_cast<long long>(result.candidates.size()));
         ++i) {
        const auto &c = result.candidates[static_cast<std::size_t>(i)];
        out << tr("Simulee %1, true theta %2\n").arg(c.id).arg(c.trueTheta, 0, 'f', 3);
        out << tr("  step  item        response   theta      se\n");
        for (std::size_t k = 0; k < c.items.size(); ++k) {
            out << QStringLiteral("  %1  %2  %3  %4  %5\n")
                       .arg(k + 1, 4)
                       .arg(bank->items[static_cast<std::size_t>(c.items[k])].id, -10)
                       .arg(c.responses[k], 8)
                       .arg(c.thetaPath[k], 8, 'f', 3)
                       .arg(c.sePath[k], 8, 'f', 3);
        }
        out << tr("  final: theta %1, SE %2, stopped by %3\n\n")
                   .arg(c.theta, 0, 'f', 3)
                   .arg(c.se, 0, 'f', 3)
                   .arg(cat::stopReasonName(c.stopReason));
    }

    const cat::SimulationSummary &s = result.summary;
    std::map<QString, int> reasons;
    for (const auto &c : result.candidates) {
        ++reasons[cat::stopReasonName(c.stopReason)];
    }
    QStringList reasonText;
    for (const auto &[name, count] : reasons) {
        reasonText.append(QStringLiteral("%1 %2").arg(name).arg(count));
    }
    out << tr("bank: %1 (%2 items)\n").arg(bank->id).arg(bank->size());
    out << tr("simulees: %1 (%2)\n").arg(s.candidates).arg(source);
    out << tr("test: %1 selection, %2 during the test, %3 final, %4 to %5 items\n")
               .arg(cat::selectionRuleName(spec.selection), irt::estimatorName(spec.interim.method),
                   irt::estimatorName(spec.final.method))
               .arg(spec.stopping.minItems)
               .arg(spec.stopping.maxItems);
    out << tr("mean test length: %1\n").arg(s.meanLength, 0, 'f', 3);
    out << tr("bias: %1\n").arg(s.bias, 0, 'f', 4);
    out << tr("RMSE: %1\n").arg(s.rmse, 0, 'f', 4);
    out << tr("mean item exposure: %1\n").arg(s.meanExposure, 0, 'f', 4);
    out << tr("max item exposure: %1\n").arg(s.maxExposure, 0, 'f', 4);
    {
        // How much two tests share (the test overlap rate: the expected share of a test's items
        // found in another's), the items never given, and the share of partial-credit items.
        const double n = s.candidates;
        double shared = 0.0, given = 0.0, partial = 0.0;
        int unused = 0;
        for (std::size_t i = 0; i < s.exposure.size(); ++i) {
            const double r = s.exposure[i];
            shared += n > 1 ? r * (n * r - 1.0) / (n - 1.0) : 0.0;
            const BankItem &item = bank->items[i];
            unused += r == 0.0 && item.status == ItemStatus::Operational ? 1 : 0;
            given += r;
            partial += irt::isDichotomous(item.irt.model) ? 0.0 : r;
        }
        out << tr("test overlap rate: %1; operational items never given: %2; partial-credit share of the items "
                  "given: %3\n")
                   .arg(s.meanLength > 0 ? shared / s.meanLength : 0.0, 0, 'f', 4)
                   .arg(unused)
                   .arg(given > 0 ? partial / given : 0.0, 0, 'f', 4);
    }
    out << tr("stop reasons: %1\n").arg(reasonText.join(QStringLiteral(", ")));
    if (reported) {
        out << tr("answers: %1\n").arg(how);
        printClassification(out, *bank, spec, result, scored, settings.chance.has_value());
    }
    out << tr("simulation time: %1 s (%2 candidates per second); whole command %3 s\n")
               .arg(seconds, 0, 'f', 4)
               .arg(seconds > 0 ? s.candidates / seconds : 0.0, 0, 'f', 0)
               .arg(static_cast<double>(wall.nsecsElapsed()) / 1e9, 0, 'f', 4);
    out.flush();
    return Success;
}

} // namespace aicet::cli
