#include "BankLoading.h"
#include "Calibrate.h"
#include "CalibrationReport.h"
#include "Cli.h"
#include "CliOptions.h"
#include "CliServices.h"
#include "Commands.h"
#include "bank/Chance.h"
#include "bank/Scoring.h"
#include "calibration/Calibration.h"
#include "calibration/ItemAnalysis.h"
#include "io/CsvFormats.h"
#include "io/CsvReader.h"
#include "io/UserFile.h"
#include "services/Results.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>
#include <memory>

namespace aicet::cli {
namespace {

using documents::CellGroups;
using documents::chosenOptions;
using documents::ResponseLine;

// Without a bank, the items are the response matrix's columns (2PL starting values).
std::optional<ItemBank> bankFromHeader(const QString &path, QStringList *errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        errors->append(tr("%1: cannot read: %2").arg(path, f.errorString()));
        return std::nullopt;
    }
    const QList<QByteArray> header = f.readLine(1 << 20).trimmed().split(',');
    if (header.size() < 2) {
        errors->append(tr("%1:1: the header must be person followed by item ids").arg(path));
        return std::nullopt;
    }
    ItemBank bank;
    bank.id = QStringLiteral("responses");
    bank.parametersOnly = true;
    for (qsizetype i = 1; i < header.size(); ++i) {
        BankItem item;
        item.id = QString::fromUtf8(header[i]).trimmed();
        // Scores 0 to 9 are read; the model of each column is chosen from its highest score.
        item.irt.model = irt::Model::GeneralizedPartialCredit;
        item.irt.steps.assign(9, 0.0);
        item.hasParameters = false;
        bank.items.push_back(item);
    }
    bank.reindex();
    return bank;
}

// The long form of `results export --responses`: candidate,position,item,response,score[,group].
std::optional<QList<ResponseLine>> readLongResponses(const QString &path, QStringList *errors)
{
    io::CsvReader csv;
    if (!csv.open(path, 512LL * 1024 * 1024)) {
        errors->append(csv.errorString());
        return std::nullopt;
    }
    std::vector<QByteArrayView> fields;
    if (!csv.next(&fields) || fields.size() < 5) {
        errors->append(tr("%1:1: expected the header candidate,position,item,response,score").arg(path));
        return std::nullopt;
    }
    const bool withGroup = fields.size() >= 6 && io::fieldText(fields[5]) == QLatin1String("group");
    QList<ResponseLine> rows;
    while (csv.next(&fields)) {
        const auto score = io::parseInteger(fields.size() >= 5 ? fields[4] : QByteArrayView());
        if (fields.size() < 5 || !score) {
            errors->append(csv.located(tr("expected candidate,position,item,response,score")));
            if (errors->size() >= 10) {
                break;
            }
            continue;
        }
        ResponseLine r;
        r.person = io::fieldText(fields[0]);
        if (r.person.startsWith(QLatin1Char('\''))) {
            r.person.remove(0, 1); // neutralised by the export
        }
        r.itemId = io::fieldText(fields[2]);
        r.score = static_cast<int>(*score);
        const ItemResponse response = responseFromJson(QJsonDocument::fromJson(fields[3].toByteArray()).object());
        r.language = response.language;
        r.chosen = chosenOptions(response);
        if (withGroup && fields.size() >= 6) {
            r.group = io::fieldText(fields[5]);
            if (r.group.startsWith(QLatin1Char('\''))) {
                r.group.remove(0, 1);
            }
        }
        rows.append(r);
    }
    if (csv.hasError()) {
        errors->append(csv.errorString());
    }
    if (!errors->isEmpty()) {
        return std::nullopt;
    }
    return rows;
}

// --groups: a CSV person,group giving each person of a response matrix their group.
// Persons of the database or of the long form are "SITTING/code": a groups file may name them by
// their code alone. `unmatched`: persons the file gives no group.
bool readGroupFile(
    const QString &path, const cat::ResponseMatrix &m, CellGroups *groups, int *unmatched, QStringList *errors)
{
    io::CsvReader csv;
    if (!csv.open(path, 64LL * 1024 * 1024)) {
        errors->append(csv.errorString());
        return false;
    }
    std::vector<QByteArrayView> fields;
    if (!csv.next(&fields) || fields.size() < 2 || io::fieldText(fields[0]) != QLatin1String("person")
        || io::fieldText(fields[1]) != QLatin1String("group")) {
        errors->append(tr("%1:1: expected the header person,group").arg(path));
        return false;
    }
    QHash<QString, QString> groupOf;
    while (csv.next(&fields)) {
        if (fields.size() < 2) {
            errors->append(csv.located(tr("expected person,group")));
            return false;
        }
        groupOf.insert(io::fieldText(fields[0]), io::fieldText(fields[1]));
    }
    if (csv.hasError()) {
        errors->append(csv.errorString());
        return false;
    }
    groups->cells.assign(m.cells.size(), -1);
    *unmatched = 0;
    for (std::size_t i = 0; i < m.candidates.size(); ++i) {
        const QString &person = m.candidates[i];
        const QString g
            = groupOf.contains(person) ? groupOf.value(person) : groupOf.value(person.section(QLatin1Char('/'), 1));
        if (g.isEmpty()) {
            ++*unmatched;
            continue;
        }
        for (int j = 0; j < m.items; ++j) {
            if (m.at(static_cast<int>(i), j) >= 0) {
                groups->set(i * static_cast<std::size_t>(m.items) + static_cast<std::size_t>(j), g);
            }
        }
    }
    if (*unmatched == static_cast<int>(m.candidates.size())) {
        errors->append(tr("%1: no person of the responses has a group in this file (it names them in its first "
                          "column, person)")
                           .arg(path));
        return false;
    }
    return true;
}

QString dbLocation(const QCommandLineParser &parser)
{
    return parser.isSet(opt("db")) ? QDir::toNativeSeparators(parser.value(opt("db"))) : tr("the default database");
}

} // namespace

int calibrateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("calibrate");
    QCommandLineParser parser;
    parser.addOption({opt("responses"),
        tr("Response matrix CSV: header person then item ids; one row per person; scores in the cells, empty = "
           "not administered. Or the long form that results export --responses writes (needs --bank)."),
        opt("path")});
    addDbOption(parser);
    parser.addOption({opt("sitting"),
        tr("Take the responses of this sitting's sessions from the database (repeatable; needs --bank, the "
           "sitting's bank)."),
        opt("code")});
    parser.addOption({opt("bank"),
        tr("The bank the items belong to (a folder or a parameter CSV): its parameters are the starting values "
           "and the anchors' values. Without it, the items are the matrix's columns."),
        opt("path")});
    parser.addOption(
        {opt("model"), tr("1PL, 2PL or 3PL for the right/wrong items (default 2PL)."), opt("model"), opt("2PL")});
    parser.addOption({opt("partial"),
        tr("GPCM or GRM for the partial-credit items: those the bank models so, whose scoring gives partial "
           "credit, or with scores above 1 in the data (default: the bank's model, else GPCM)."),
        opt("model")});
    parser.addOption({opt("guessing"),
        tr("3PL: estimate (with a Beta(5,17) prior, the default), free (no prior) or chance (fixed at what "
           "answering at random gives; needs a bank folder)."),
        opt("how"), opt("estimate")});
    parser.addOption({opt("fixed"),
        tr("operational: the bank's operational items keep their parameters (anchors) and only the others are "
           "estimated, on their scale."),
        opt("which")});
    parser.addOption({opt("max-cycles"), tr("At most this many EM cycles (default 2000)."), opt("n"), opt("2000")});
    parser.addOption({opt("tolerance"),
        tr("Converged when no parameter (slope, intercept, logit of c) moves more than this in a cycle (default "
           "1e-5; mirt's TOL is 1e-4)."),
        opt("x"), opt("1e-5")});
    parser.addOption({opt("standard-errors"),
        tr("Also compute the parameters' standard errors (observed information by Oakes' identity; two E-steps "
           "per parameter), written in the columns se_a, se_b, se_c and se_steps.")});
    parser.addOption({opt("no-analysis"),
        tr("Skip the item analysis (fit, local dependence, statistics): the estimation alone, as mirt's fit.")});
    parser.addOption({opt("write"),
        tr("Write the estimated parameters into the bank's item files (only the irt: lines change) and raise "
           "the bank's version. Needs a bank folder.")});
    parser.addOption({opt("threads"), tr("Worker threads (default: one per core). Results do not depend on it."),
        opt("n"), opt("0")});
    parser.addOption({opt("dif"),
        tr("Look for differential item functioning between groups of answers: language (the language each item "
           "was shown in; the default), group (the pupils' groups as registered, or --groups), language,group "
           "for both, or none to skip it."),
        opt("groupings"), opt("language")});
    parser.addOption({opt("groups"),
        tr("A CSV person,group giving each person of the responses their group (e.g. their year group), for "
           "--dif group."),
        opt("path")});
    parser.addOption({opt("out"),
        tr("Write the report into this folder (created if needed): parameters.csv (one row per item: id, model, a, "
           "b, c, d, steps ;-separated for GRM and GPCM, standard errors, statistics, flags), dif.csv (every DIF "
           "comparison) and report.html (the readable report). Without it the parameters go to the standard "
           "output."),
        opt("folder")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Estimates item parameters from responses by marginal maximum likelihood (EM, 61 quadrature points on "
               "[-6, 6], N(0,1)); prints a summary, then the parameters."),
            arguments, out, err)) {
        return *stop;
    }
    if (parser.isSet(opt("responses")) == parser.isSet(opt("sitting"))) {
        return usageError(err, command, tr("give either --responses or --sitting"));
    }
    if (parser.isSet(opt("sitting")) && !parser.isSet(opt("bank"))) {
        return usageError(err, command, tr("--sitting needs --bank, the sitting's bank"));
    }
    irt::Model model = irt::Model::TwoPL;
    if (!irt::parseModel(parser.value(opt("model")), &model) || !irt::isDichotomous(model)
        || model == irt::Model::FourPL) {
        return usageError(err, command, tr("--model takes 1PL, 2PL or 3PL"));
    }
    irt::Model partial = irt::Model::GeneralizedPartialCredit;
    if (parser.isSet(opt("partial"))
        && (!irt::parseModel(parser.value(opt("partial")), &partial) || irt::isDichotomous(partial))) {
        return usageError(err, command, tr("--partial takes GPCM or GRM"));
    }
    const QString guessing = parser.value(opt("guessing"));
    if (guessing != QLatin1String("estimate") && guessing != QLatin1String("free")
        && guessing != QLatin1String("chance")) {
        return usageError(err, command, tr("--guessing takes estimate, free or chance"));
    }
    const auto cycles = parseCount(parser.value(opt("max-cycles")));
    const auto threads = parseCount(parser.value(opt("threads")));
    if (!cycles || *cycles < 1 || *cycles > 1000000 || !threads || *threads > 256) {
        return usageError(err, command, tr("--max-cycles and --threads take whole numbers"));
    }
    QElapsedTimer wall;
    wall.start();
    QStringList errors;
    const QString responsesPath = parser.value(opt("responses"));
    auto bank = parser.isSet(opt("bank")) || parser.isSet(opt("sitting")) ? loadBank(parser.value(opt("bank")), &errors)
                                                                          : bankFromHeader(responsesPath, &errors);
    if (!bank) {
        return inputErrors(err, errors);
    }
    if (guessing == QLatin1String("chance") && bank->parametersOnly) {
        return usageError(err, command, tr("--guessing chance needs a bank folder, whose questions give the chance"));
    }
    QStringList difGroupings = parser.value(opt("dif")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(opt("groups")) && !parser.isSet(opt("dif"))) {
        difGroupings = QStringList{QStringLiteral("group")}; // a groups file is given to be compared
    }
    if (parser.isSet(opt("out")) && parser.value(opt("out")).endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        return usageError(err, command,
            tr("--out names a folder (parameters.csv, report.html and the other files are written in it), not a "
               "CSV file"));
    }
    for (const QString &g : difGroupings) {
        if (g != QLatin1String("language") && g != QLatin1String("group") && g != QLatin1String("none")) {
            return usageError(err, command, tr("--dif takes language, group, language,group (both) or none"));
        }
    }
    if (parser.isSet(opt("fixed")) && parser.value(opt("fixed")) != QLatin1String("operational")) {
        return usageError(err, command, tr("--fixed takes operational"));
    }
    if (parser.isSet(opt("fixed")) && !parser.isSet(opt("bank"))) {
        return usageError(err, command, tr("--fixed needs the --bank whose operational items are the anchors"));
    }
    std::optional<documents::CalibrationData> data;
    bool wideMatrix = false; // a response matrix: no language, group or options
    if (parser.isSet(opt("sitting"))) {
        auto services = openServices(parser, err);
        if (!services) {
            return Failure;
        }
        data = documents::dataFromSittings(services->context(), *bank, parser.values(opt("sitting")), &errors);
        if (data) {
            data->source = tr("sitting(s) %1 of %2")
                               .arg(parser.values(opt("sitting")).join(QStringLiteral(", ")), dbLocation(parser));
        }
    } else if (QFile f(responsesPath);
               f.open(QIODevice::ReadOnly) && f.readLine(256).startsWith("candidate,position,item")) {
        if (!parser.isSet(opt("bank"))) {
            return usageError(err, command, tr("the long form of the responses needs --bank"));
        }
        const auto rows = readLongResponses(responsesPath, &errors);
        if (rows) {
            data = documents::dataFromLines(*bank, *rows, &errors);
        }
    } else if (auto matrix = io::readResponseMatrix(responsesPath, *bank, &errors)) {
        data = documents::CalibrationData{};
        data->matrix = std::move(*matrix);
        wideMatrix = true;
    }
    if (data && data->source.isEmpty()) {
        data->source = QFileInfo(responsesPath).fileName();
    }
    if (data && parser.isSet(opt("groups"))) {
        readGroupFile(parser.value(opt("groups")), data->matrix, &data->groups, &data->withoutGroup, &errors);
    } else if (data && wideMatrix && difGroupings.contains(QLatin1String("group"))) {
        return usageError(err, command, tr("--dif group needs --groups G.csv (person,group) for a response matrix"));
    }
    if (!data || !errors.isEmpty()) {
        return inputErrors(err, errors);
    }
    if (data->matrix.candidates.empty()) {
        return inputErrors(err, {tr("no responses to calibrate from")});
    }
    documents::CalibrationChoices choices;
    choices.model = model;
    if (parser.isSet(opt("partial"))) {
        choices.partial = partial;
    }
    choices.guessing = guessing == QLatin1String("chance") ? documents::CalibrationChoices::Guessing::Chance
        : guessing == QLatin1String("free")                ? documents::CalibrationChoices::Guessing::Free
                                                           : documents::CalibrationChoices::Guessing::Estimate;
    choices.fixedOperational = parser.isSet(opt("fixed"));
    choices.withBank = parser.isSet(opt("bank"));
    choices.analyse = !parser.isSet(opt("no-analysis"));
    choices.dif = difGroupings;
    choices.difAsked = parser.isSet(opt("dif"));
    const auto tolerance = parseNumbers(parser.value(opt("tolerance")), 1);
    if (!tolerance || !((*tolerance)[0] > 0.0) || (*tolerance)[0] > 0.1) {
        return usageError(err, command, tr("--tolerance takes a small positive number, e.g. 1e-5"));
    }
    choices.settings.tolerance = (*tolerance)[0];
    choices.settings.maxCycles = static_cast<int>(*cycles);
    choices.settings.standardErrors = parser.isSet(opt("standard-errors"));
    choices.settings.threads = static_cast<int>(*threads);
    const QString bankLabel = bank->parametersOnly && bank->rootPath.isEmpty()
        ? QFileInfo(responsesPath).fileName()
        : QStringLiteral("%1 %2").arg(bank->id, bank->version);
    const documents::CalibrationOutcome outcome = documents::calibrateBank(*bank, *data, choices, bankLabel);
    if (!outcome.error.isEmpty()) {
        return inputErrors(err, {outcome.error});
    }
    const calibration::Result &r = outcome.result();
    const reports::CalibrationReportData &report = outcome.report;
    const int estimated = outcome.estimated();
    const int unanswered = outcome.unanswered();
    const bool withErrors = choices.settings.standardErrors;
    const QList<std::pair<QString, QByteArray>> files = documents::reportFiles(*bank, outcome);
    if (parser.isSet(opt("out"))) {
        if (QString error; !documents::writeReportFolder(parser.value(opt("out")), files, &error)) {
            return inputErrors(err, {error});
        }
    }
    // The summary goes to the standard error when the parameters go to the standard output.
    QTextStream &summary = parser.isSet(opt("out")) ? out : err;
    if (withErrors && r.standardErrors.empty()) {
        summary << tr("standard errors: not available (the information matrix is not positive definite: some item is "
                      "at a bound of its parameters, or the data cannot tell its parameters apart)\n");
    }
    summary << tr("persons: %1; items: %2 (%3 estimated, %4 anchors); model: %5")
                   .arg(data->matrix.candidates.size())
                   .arg(r.items.size())
                   .arg(estimated)
                   .arg(static_cast<int>(r.items.size()) - estimated - unanswered)
                   .arg(irt::modelName(model));
    if (const int partialItems = outcome.partialItems(); partialItems > 0) {
        summary << tr(", GPCM or GRM for %n partial-credit item(s)", nullptr, partialItems);
    }
    summary << '\n';
    if (unanswered > 0) {
        summary << tr("%n item(s) nobody answered, left out (empty rows in the parameters)\n", nullptr, unanswered);
    }
    summary << tr("EM: %1 after %2 cycles; log-likelihood %3\n")
                   .arg(r.converged ? tr("converged") : tr("NOT converged"))
                   .arg(r.cycles)
                   .arg(r.logLikelihood, 0, 'f', 4);
    if (outcome.anchored()) {
        summary << tr("ability distribution on the anchors' scale: mean %1, standard deviation %2\n")
                       .arg(r.latentMean, 0, 'f', 4)
                       .arg(r.latentSd, 0, 'f', 4);
    }
    if (report.analysis) {
        const calibration::ItemAnalysis &analysis = *report.analysis;
        int misfits = 0, few = 0, sx2 = 0, sx2Misfits = 0;
        for (std::size_t j = 0; j < analysis.items.size(); ++j) {
            misfits += r.answered[j] && analysis.items[j].misfit ? 1 : 0;
            few += r.answered[j] && analysis.items[j].fewResponses ? 1 : 0;
            sx2 += analysis.items[j].sx2Df > 0 ? 1 : 0;
            sx2Misfits += analysis.items[j].sx2Misfit ? 1 : 0;
        }
        summary << tr("item fit: %1 item(s) with an RMSD above %2 (misfit); %3 with fewer responses than their model "
                      "needs (200 for 1PL, 500 for 2PL and partial credit, 1000 for 3PL)\n")
                       .arg(misfits)
                       .arg(calibration::kMisfitRmsd)
                       .arg(few);
        summary << (sx2 > 0
                ? tr("S-X2: %1 of %2 item(s) misfit (p < %3)\n").arg(sx2Misfits).arg(sx2).arg(calibration::kSx2Alpha)
                : tr("S-X2: not computed (the data are not complete: it needs every person to answer "
                     "every item)\n"));
        summary << (analysis.dependent.empty()
                ? tr("local dependence: mean Q3 %1; %2 pair(s) more than %3 above it\n")
                : tr("local dependence: mean Q3 %1; %2 pair(s) more than %3 above it:\n"))
                       .arg(analysis.meanQ3, 0, 'f', 3)
                       .arg(analysis.dependent.size())
                       .arg(calibration::kLocalDependence);
        for (std::size_t k = 0; k < std::min<std::size_t>(analysis.dependent.size(), 20); ++k) {
            const calibration::LocalDependence &d = analysis.dependent[k];
            summary << tr("  %1 and %2: Q3 %3 (%4 persons)\n")
                           .arg(bank->items[static_cast<std::size_t>(d.first)].id,
                               bank->items[static_cast<std::size_t>(d.second)].id)
                           .arg(d.q3, 0, 'f', 3)
                           .arg(d.persons);
        }
        for (const reports::DifGrouping &g : report.dif) {
            const QString by = g.name == QLatin1String("language") ? tr("language") : tr("group");
            if (g.name == QLatin1String("group") && data->withoutGroup > 0) {
                summary << tr("%1 of %2 persons have no group in %3: left out of the DIF by group\n")
                               .arg(data->withoutGroup)
                               .arg(data->matrix.candidates.size())
                               .arg(QDir::toNativeSeparators(parser.value(opt("groups"))));
            }
            if (!g.notJudged.isEmpty()) {
                summary << tr("DIF by %1: not judged (%2)\n").arg(by, g.notJudged);
                continue;
            }
            int b = 0, c = 0;
            QStringList worst;
            for (const calibration::DifResult &d : g.results) {
                b += d.category.startsWith(QLatin1Char('B')) ? 1 : 0;
                if (d.category.startsWith(QLatin1Char('C'))) {
                    ++c;
                    worst << QStringLiteral("%1 (%2, %3)")
                                 .arg(bank->items[static_cast<std::size_t>(d.item)].id, g.groups.value(d.focal),
                                     d.category);
                }
            }
            const QString reference
                = g.results.empty() ? QStringLiteral("–") : g.groups.value(g.results.front().reference);
            summary << (worst.isEmpty()
                    ? tr("DIF by %1 (reference %2): %3 comparison(s) judged; %4 B (slight), %5 C (large)\n")
                          .arg(by, reference)
                          .arg(g.results.size())
                          .arg(b)
                          .arg(c)
                    : tr("DIF by %1 (reference %2): %3 comparison(s) judged; %4 B (slight), %5 C (large): %6\n")
                          .arg(by, reference)
                          .arg(g.results.size())
                          .arg(b)
                          .arg(c)
                          .arg(worst.join(QStringLiteral(", "))));
        }
        if (!report.options.empty()) {
            int doubtful = 0;
            for (const calibration::OptionShares &o : report.options) {
                doubtful += o.keyDoubt || !o.attractive.isEmpty() ? 1 : 0;
            }
            summary << tr("options: %1 choice item(s) analysed; %2 whose right option does not rise with ability or "
                          "whose wrong option draws the strongest pupils\n")
                           .arg(report.options.size())
                           .arg(doubtful);
        }
        if (report.dimensionality && !std::isnan(report.dimensionality->meanCorrelation)) {
            const calibration::Dimensionality &d = *report.dimensionality;
            summary << tr("areas: abilities correlated %1 on average (lowest %2, corrected for measurement error): "
                          "%3; the bank states %4\n")
                           .arg(d.meanCorrelation, 0, 'f', 2)
                           .arg(d.lowestCorrelation, 0, 'f', 2)
                           .arg(d.oneAbility ? tr("one ability") : tr("distinct abilities"))
                           .arg(report.bankDimensionCorrelation, 0, 'f', 2);
        }
        summary << tr("item analysis %1 s\n").arg(outcome.analysisSeconds, 0, 'f', 3);
    }
    summary << tr("estimation %1 s; whole command %2 s\n")
                   .arg(outcome.seconds, 0, 'f', 3)
                   .arg(static_cast<double>(wall.nsecsElapsed()) / 1e9, 0, 'f', 3);
    if (parser.isSet(opt("out"))) {
        QStringList written{QStringLiteral("parameters.csv"), QStringLiteral("report.html")};
        if (!report.options.empty()) {
            written << QStringLiteral("options.csv");
        }
        if (!report.dif.empty()) {
            written << QStringLiteral("dif.csv");
        }
        summary << tr("report written into %1 (%2)\n")
                       .arg(QDir::toNativeSeparators(parser.value(opt("out"))), written.join(QStringLiteral(", ")));
    }
    summary.flush();
    if (!parser.isSet(opt("out"))) {
        out << files.front().second;
        out.flush();
    }
    if (!r.converged) {
        if (parser.isSet(opt("write"))) {
            err << tr("aicet-cli calibrate: EM did not converge: nothing written into the bank\n");
            err.flush();
        }
        return Failure;
    }
    if (parser.isSet(opt("write"))) {
        // Every estimated item's parameters; the statuses stay (a trainer decides in the workspace).
        documents::ReleaseDecisions decisions;
        for (std::size_t j = 0; j < bank->items.size(); ++j) {
            decisions.acceptParameters.push_back(!outcome.specs[j].fixed && r.answered[j]);
        }
        const documents::ReleaseOutcome release = documents::writeRelease(*bank, outcome, decisions);
        if (!release.errors.isEmpty()) {
            return inputErrors(err, release.errors);
        }
        summary << tr("parameters written into the bank's files; its version is now %1\n").arg(release.version);
        if (!release.exposure.isEmpty()) {
            summary << release.exposure << '\n';
        }
        summary.flush();
    }
    return Success;
}

} // namespace aicet::cli
