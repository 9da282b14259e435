#include "BankLoading.h"
#include "Cli.h"
#include "CliOptions.h"
#include "CliServices.h"
#include "Commands.h"
#include "calibration/Calibration.h"
#include "calibration/ItemAnalysis.h"
#include "io/CsvFormats.h"
#include "io/UserFile.h"
#include "services/Results.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>
#include <memory>

namespace aicet::cli {
namespace {

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

// The responses of the sessions of sittings, as `results export --responses` writes them, in a
// matrix over the bank's items (one row per candidate of a sitting).
std::optional<cat::ResponseMatrix> matrixFromRows(
    const ItemBank &bank, const QList<std::pair<QString, services::ResponseRow>> &rows, QStringList *errors)
{
    cat::ResponseMatrix m;
    m.items = bank.size();
    QHash<QString, std::size_t> rowOf;
    for (const auto &[person, r] : rows) {
        const int item = bank.indexOf(r.itemId);
        if (item < 0) {
            errors->append(tr("%1: item \"%2\" is not in the bank").arg(person, r.itemId));
            continue;
        }
        if (r.category < 0
            || r.category >= std::max(2, bank.items[static_cast<std::size_t>(item)].irt.categoryCount())) {
            errors->append(
                tr("%1: item \"%2\": score %3 is not one of the item's").arg(person, r.itemId).arg(r.category));
            continue;
        }
        auto it = rowOf.find(person);
        if (it == rowOf.end()) {
            it = rowOf.insert(person, m.candidates.size());
            m.candidates.push_back(person);
            m.cells.resize(m.cells.size() + static_cast<std::size_t>(m.items), -1);
        }
        m.cells[*it * static_cast<std::size_t>(m.items) + static_cast<std::size_t>(item)]
            = static_cast<signed char>(r.category);
    }
    if (!errors->isEmpty()) {
        return std::nullopt;
    }
    return m;
}

// The long form of `results export --responses`: candidate,position,item,response,score.
std::optional<QList<std::pair<QString, services::ResponseRow>>> readLongResponses(
    const QString &path, QStringList *errors)
{
    QString why;
    const auto bytes = io::readUserFile(path, 512LL * 1024 * 1024, &why);
    if (!bytes) {
        errors->append(why);
        return std::nullopt;
    }
    const QList<QByteArray> lines = bytes->split('\n');
    QList<std::pair<QString, services::ResponseRow>> rows;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty()) {
            continue;
        }
        // The response is a JSON object in quotes with commas inside: the item is the third field
        // and the score the last.
        const QList<QByteArray> head = line.split(',');
        bool ok = false;
        const int score = head.last().toInt(&ok);
        if (head.size() < 5 || !ok) {
            errors->append(tr("%1:%2: expected candidate,position,item,response,score").arg(path).arg(i + 1));
            continue;
        }
        services::ResponseRow r;
        r.itemId = QString::fromUtf8(head[2]);
        r.category = score;
        QString person = QString::fromUtf8(head[0]);
        if (person.startsWith(QLatin1Char('\''))) {
            person.remove(0, 1); // neutralised by the export
        }
        rows.append({person, r});
    }
    if (!errors->isEmpty()) {
        return std::nullopt;
    }
    return rows;
}

// A number as a bank writes it: at most 4 decimals, no trailing zeros.
QString yamlNumber(double x)
{
    QString t = QString::number(x, 'f', 4);
    while (t.contains(QLatin1Char('.')) && (t.endsWith(QLatin1Char('0')) || t.endsWith(QLatin1Char('.')))) {
        t.chop(1);
    }
    return t == QLatin1String("-0") ? QStringLiteral("0") : t;
}

QString flowParameters(const irt::ItemParameters &p)
{
    QStringList fields{
        QStringLiteral("model: %1").arg(irt::modelName(p.model)), QStringLiteral("a: %1").arg(yamlNumber(p.a))};
    if (irt::isDichotomous(p.model)) {
        fields << QStringLiteral("b: %1").arg(yamlNumber(p.b));
        if (p.model == irt::Model::ThreePL || p.model == irt::Model::FourPL) {
            fields << QStringLiteral("c: %1").arg(yamlNumber(p.c));
        }
        if (p.model == irt::Model::FourPL) {
            fields << QStringLiteral("d: %1").arg(yamlNumber(p.d));
        }
    } else {
        QStringList steps;
        for (double b : p.steps) {
            steps << yamlNumber(b);
        }
        fields << QStringLiteral("b: [%1]").arg(steps.join(QStringLiteral(", ")));
    }
    return QStringLiteral("{%1}").arg(fields.join(QStringLiteral(", ")));
}

// Why parameters, as written (4 decimals), would not load: the loader's own checks and ranges.
QString writable(irt::ItemParameters p)
{
    const auto rounded = [](double x) { return yamlNumber(x).toDouble(); };
    p.a = rounded(p.a);
    p.b = rounded(p.b);
    p.c = rounded(p.c);
    for (double &b : p.steps) {
        b = rounded(b);
    }
    if (!(p.a > 0.0 && p.a <= 10.0)) {
        return tr("its slope a would be %1, outside (0, 10]").arg(p.a);
    }
    if (irt::isDichotomous(p.model) && !(std::fabs(p.b) <= 10.0)) {
        return tr("its difficulty b would be %1, outside [-10, 10]").arg(p.b);
    }
    if (!(p.c >= 0.0 && p.c < 0.5)) {
        return tr("its lower asymptote c would be %1, not below 0.5").arg(p.c);
    }
    for (double b : p.steps) {
        if (!(std::fabs(b) <= 10.0)) {
            return tr("a step would be %1, outside [-10, 10]").arg(b);
        }
    }
    if (!irt::isDichotomous(p.model) && p.steps.empty()) {
        return tr("it would have no step");
    }
    p.floors.clear();
    if (const QString problem = irt::validateParameters(p); !problem.isEmpty()) {
        return problem;
    }
    return {};
}

// Writes the estimated parameters into the bank's item files, changing only the `irt:` line of
// each estimated item (a one-line mapping, as the bank's files write it) and the bank's version
// (its minor number raised): comments, order and formatting stay. All files or none.
bool writeParameters(const ItemBank &bank, const std::vector<calibration::ItemSpec> &specs,
    const calibration::Result &r, QString *newVersion, QStringList *errors)
{
    // An irt line keeps its indentation and its line ending (a file written with CRLF stays so).
    static const QRegularExpression irtLine(QStringLiteral("^( *)irt:[ \\t]*\\{[^#]*\\}[ \\t]*(\\r?)$"));
    QHash<QString, QStringList> files; // path → lines
    int written = 0;
    QHash<QString, bool> endsWithNewline;
    auto lines = [&](const QString &path) -> QStringList * {
        if (!files.contains(path)) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                errors->append(tr("%1: cannot read: %2").arg(path, f.errorString()));
                return nullptr;
            }
            const QString text = QString::fromUtf8(f.readAll());
            endsWithNewline.insert(path, text.endsWith(QLatin1Char('\n')));
            QStringList split = text.split(QLatin1Char('\n'));
            if (endsWithNewline.value(path)) {
                split.removeLast();
            }
            files.insert(path, split);
        }
        return &files[path];
    };
    for (std::size_t j = 0; j < bank.items.size(); ++j) {
        if (specs[j].fixed || !r.answered[j]) {
            continue;
        }
        const BankItem &item = bank.items[j];
        // What the loader will accept, as it will be read back (4 decimals).
        if (const QString problem = writable(r.items[j]); !problem.isEmpty()) {
            errors->append(tr("item \"%1\": %2; nothing written (the item needs more or other responses, or "
                              "another model)")
                               .arg(item.id, problem));
            continue;
        }
        QStringList *text = lines(item.source.file);
        if (!text) {
            continue;
        }
        // The item runs from its line to the next line indented no deeper than its "- ".
        const auto indentOf = [](const QString &line) {
            qsizetype n = 0;
            while (n < line.size() && line[n] == QLatin1Char(' ')) {
                ++n;
            }
            return n;
        };
        const qsizetype start = item.source.line - 1;
        const qsizetype itemIndent = start >= 0 && start < text->size() ? indentOf(text->at(start)) : 0;
        bool done = false;
        for (qsizetype i = start + 1; i < text->size(); ++i) {
            const QString &line = text->at(i);
            if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1Char('#'))
                && indentOf(line) <= itemIndent) {
                break; // the next item
            }
            // The item's own irt key: at the indentation of its other keys (not a nested one).
            if (const auto m = irtLine.match(text->at(i));
                m.hasMatch() && m.captured(1).size() == item.source.column - 1) {
                (*text)[i] = m.captured(1) + QStringLiteral("irt: ") + flowParameters(r.items[j]) + m.captured(2);
                done = true;
                ++written;
                break;
            }
        }
        if (!done && errors->size() == 10) {
            errors->append(tr("… and other items written the same way"));
        }
        if (!done && errors->size() < 10) {
            errors->append(tr("%1:%2: item \"%3\": its irt parameters are not written on one line as "
                              "irt: {model: …}; write them so to let calibrate update them")
                               .arg(item.source.file)
                               .arg(item.source.line)
                               .arg(item.id));
        }
    }
    // The bank's version: its last number raised (0.2.0 → 0.3.0 for a three-part version).
    const QString bankFile = QDir(bank.rootPath).filePath(QStringLiteral("bank.yaml"));
    static const QRegularExpression versionLine(
        QStringLiteral("^version:[ \\t]*\"?([0-9]+)\\.([0-9]+)(\\.[0-9]+)?\"?[ \\t]*(\\r?)$"));
    if (written == 0 && errors->isEmpty()) {
        errors->append(tr("no parameter was estimated: nothing to write"));
        return false;
    }
    if (QStringList *text = lines(bankFile)) {
        bool found = false;
        for (QString &line : *text) {
            if (const auto m = versionLine.match(line); m.hasMatch()) {
                *newVersion = m.captured(3).isEmpty()
                    ? QStringLiteral("%1.%2").arg(m.captured(1)).arg(m.captured(2).toInt() + 1)
                    : QStringLiteral("%1.%2.0").arg(m.captured(1)).arg(m.captured(2).toInt() + 1);
                line = QStringLiteral("version: \"%1\"").arg(*newVersion) + m.captured(4);
                found = true;
                break;
            }
        }
        if (!found) {
            errors->append(tr("%1: no version line such as version: \"1.2\" to raise").arg(bankFile));
        }
    }
    if (!errors->isEmpty()) {
        return false;
    }
    // Every file written in full beside its original first; only then are they all put in place
    // (renames), so that a full disk or a read-only file changes nothing.
    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        auto f = std::make_unique<QSaveFile>(it.key());
        QString text = it.value().join(QLatin1Char('\n'));
        if (endsWithNewline.value(it.key())) {
            text += QLatin1Char('\n');
        }
        if (!f->open(QIODevice::WriteOnly) || f->write(text.toUtf8()) < 0) {
            errors->append(tr("%1: cannot write: %2").arg(it.key(), f->errorString()));
            return false; // the unfinished files are discarded
        }
        saves.push_back(std::move(f));
    }
    for (auto &f : saves) {
        if (!f->commit()) {
            errors->append(tr("%1: cannot write: %2").arg(f->fileName(), f->errorString()));
            return false;
        }
    }
    return true;
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
    parser.addOption({opt("out"),
        tr("Write the parameters (CSV id,model,a,b,c,d,steps; steps ;-separated for GRM and GPCM) to this file "
           "instead of the standard output."),
        opt("file")});
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
    if (parser.isSet(opt("fixed")) && parser.value(opt("fixed")) != QLatin1String("operational")) {
        return usageError(err, command, tr("--fixed takes operational"));
    }
    if (parser.isSet(opt("fixed")) && !parser.isSet(opt("bank"))) {
        return usageError(err, command, tr("--fixed needs the --bank whose operational items are the anchors"));
    }
    std::optional<cat::ResponseMatrix> matrix;
    if (parser.isSet(opt("sitting"))) {
        auto services = openServices(parser, err);
        if (!services) {
            return Failure;
        }
        QList<std::pair<QString, services::ResponseRow>> rows;
        services::Results results(services->context());
        for (const QString &code : parser.values(opt("sitting"))) {
            QString error;
            const auto sitting = services->context().store.sitting(code);
            if (!sitting) {
                return inputErrors(err,
                    QStringList{sitting.failed() ? sitting.error() : tr("no sitting with the code \"%1\"").arg(code)});
            }
            if (sitting->bankHash != bank->contentHash) {
                return inputErrors(err,
                    QStringList{tr("sitting %1 was taken on another version of the bank (content hash %2, the bank "
                                   "given has %3)")
                                    .arg(code, sitting->bankHash.left(16), bank->contentHash.left(16))});
            }
            const auto some = results.responses(code, &error);
            if (!some) {
                return inputErrors(err, {error});
            }
            for (const services::ResponseRow &r : *some) {
                rows.append({code + QLatin1Char('/') + r.candidateCode, r});
            }
        }
        matrix = matrixFromRows(*bank, rows, &errors);
    } else if (QFile f(responsesPath);
               f.open(QIODevice::ReadOnly) && f.readLine(256).startsWith("candidate,position,item")) {
        if (!parser.isSet(opt("bank"))) {
            return usageError(err, command, tr("the long form of the responses needs --bank"));
        }
        const auto rows = readLongResponses(responsesPath, &errors);
        if (rows) {
            matrix = matrixFromRows(*bank, *rows, &errors);
        }
    } else {
        matrix = io::readResponseMatrix(responsesPath, *bank, &errors);
    }
    if (!matrix) {
        return inputErrors(err, errors);
    }
    if (matrix->candidates.empty()) {
        return inputErrors(err, {tr("no responses to calibrate from")});
    }
    // The highest score in each column.
    std::vector<int> highest(bank->items.size(), 0);
    for (std::size_t i = 0; i < matrix->candidates.size(); ++i) {
        for (int j = 0; j < matrix->items; ++j) {
            highest[static_cast<std::size_t>(j)]
                = std::max(highest[static_cast<std::size_t>(j)], matrix->at(static_cast<int>(i), j));
        }
    }
    const bool withBank = parser.isSet(opt("bank"));
    std::vector<calibration::ItemSpec> specs;
    for (std::size_t j = 0; j < bank->items.size(); ++j) {
        const BankItem &item = bank->items[j];
        calibration::ItemSpec s;
        const bool bankPartial = withBank && item.hasParameters && !irt::isDichotomous(item.irt.model);
        const bool partialCredit = bankPartial || item.chance.size() > 2 || highest[j] > 1;
        s.fixed = parser.isSet(opt("fixed")) && item.status == ItemStatus::Operational && item.hasParameters;
        if (s.fixed) {
            s.model = item.irt.model;
            s.start = item.irt;
        } else if (partialCredit) {
            s.model = parser.isSet(opt("partial")) || !bankPartial ? partial : item.irt.model;
            if (bankPartial && item.irt.model == s.model) {
                s.start = item.irt; // its steps are the starting values
            } else if (bankPartial || item.chance.size() > 2) {
                // As many steps as the item has scores above 0 (its scoring rule), spread over [−1, 1].
                const std::size_t steps = bankPartial ? item.irt.steps.size() : item.chance.size() - 1;
                for (std::size_t v = 0; v < steps; ++v) {
                    s.start.steps.push_back(
                        steps > 1 ? -1.0 + 2.0 * static_cast<double>(v) / static_cast<double>(steps - 1) : 0.0);
                }
            }
            s.start.model = s.model;
            s.start.floors.clear();
        } else {
            s.model = model;
            if (withBank && item.hasParameters && irt::isDichotomous(item.irt.model)) {
                s.start = item.irt;
            }
            s.start.model = model;
            if (model == irt::Model::OnePL) {
                s.start.a = 1.0; // Rasch: every slope 1
            }
            if (model == irt::Model::ThreePL && guessing == QLatin1String("chance")) {
                s.fixedGuessing = item.chance.size() == 2 ? item.chance[1] : 0.0;
            }
        }
        s.start.D = bank->scalingConstant;
        specs.push_back(s);
    }
    calibration::Settings settings;
    const auto tolerance = parseNumbers(parser.value(opt("tolerance")), 1);
    if (!tolerance || !((*tolerance)[0] > 0.0) || (*tolerance)[0] > 0.1) {
        return usageError(err, command, tr("--tolerance takes a small positive number, e.g. 1e-5"));
    }
    settings.tolerance = (*tolerance)[0];
    settings.maxCycles = static_cast<int>(*cycles);
    settings.standardErrors = parser.isSet(opt("standard-errors"));
    settings.threads = static_cast<int>(*threads);
    if (guessing == QLatin1String("free")) {
        settings.guessingAlpha = settings.guessingBeta = 1.0;
    }
    QElapsedTimer timer;
    timer.start();
    const calibration::Result r = calibration::calibrate(*matrix, specs, settings);
    if (!r.error.isEmpty()) {
        // Columns are the bank's items: say which.
        QString message = r.error;
        for (int j = static_cast<int>(bank->items.size()); j >= 1; --j) {
            message.replace(
                tr("column %1:").arg(j), tr("item \"%1\":").arg(bank->items[static_cast<std::size_t>(j - 1)].id));
        }
        return inputErrors(err, {message});
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    int estimated = 0, unanswered = 0;
    for (std::size_t j = 0; j < specs.size(); ++j) {
        estimated += specs[j].fixed || !r.answered[j] ? 0 : 1;
        unanswered += r.answered[j] ? 0 : 1;
    }
    const bool withErrors = settings.standardErrors;
    // What the responses say of each item under its new parameters.
    QElapsedTimer analysisTimer;
    analysisTimer.start();
    const bool analyse = !parser.isSet(opt("no-analysis"));
    calibration::ItemAnalysis analysis;
    if (analyse) {
        analysis = calibration::analyseItems(*matrix, r.items, settings, r.latentMean, r.latentSd);
    } else {
        analysis.items.resize(r.items.size());
    }
    const double analysisSeconds = static_cast<double>(analysisTimer.nsecsElapsed()) / 1e9;
    QString csv = QStringLiteral("id,model,a,b,c,d,steps%1,responses,mean_score,ability_correlation,rmsd,flags\n")
                      .arg(withErrors ? QStringLiteral(",se_a,se_b,se_c,se_steps") : QString());
    const auto statistics = [&](std::size_t j) {
        if (!analyse) {
            return QStringLiteral(",,,,,"); // not analysed
        }
        const calibration::ItemStatistics &st = analysis.items[j];
        QStringList flags;
        if (st.misfit) {
            flags << QStringLiteral("misfit");
        }
        if (st.fewResponses) {
            flags << QStringLiteral("few-responses");
        }
        return QStringLiteral(",%1,%2,%3,%4,%5")
            .arg(st.responses)
            .arg(formatNumber(st.meanScore), formatNumber(st.abilityCorrelation), formatNumber(st.rmsd),
                flags.join(QLatin1Char(';')));
    };
    for (std::size_t j = 0; j < r.items.size(); ++j) {
        const irt::ItemParameters &p = r.items[j];
        if (!r.answered[j]) {
            // Nobody answered it: nothing estimated.
            csv += QStringLiteral("%1,,,,,,%2,0,,,,\n")
                       .arg(csvField(bank->items[j].id), withErrors ? QStringLiteral(",,,,") : QString());
            continue;
        }
        QStringList steps;
        for (double b : p.steps) {
            steps << formatNumber(b);
        }
        const bool dichotomous = irt::isDichotomous(p.model);
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                   .arg(csvField(bank->items[j].id), irt::modelName(p.model), formatNumber(p.a),
                       dichotomous ? formatNumber(p.b) : QString(), dichotomous ? formatNumber(p.c) : QString(),
                       dichotomous ? formatNumber(p.d) : QString(), steps.join(QLatin1Char(';')));
        if (withErrors) {
            // The errors of the estimated parameters, in the order a, b, c or a, steps.
            const std::vector<double> se = j < r.standardErrors.size() ? r.standardErrors[j] : std::vector<double>();
            const calibration::ItemSpec &spec = specs[j];
            QStringList cells(4);
            std::size_t at = 0;
            auto next = [&]() { return at < se.size() ? formatNumber(se[at++]) : QString(); };
            if (!se.empty()) {
                if (!dichotomous) {
                    cells[0] = next();
                    QStringList stepErrors;
                    while (at < se.size()) {
                        stepErrors << next();
                    }
                    cells[3] = stepErrors.join(QLatin1Char(';'));
                } else {
                    if (spec.model != irt::Model::OnePL) {
                        cells[0] = next();
                    }
                    cells[1] = next();
                    if (spec.model == irt::Model::ThreePL && !spec.fixedGuessing) {
                        cells[2] = next();
                    }
                }
            }
            csv.chop(1);
            csv += QLatin1Char(',') + cells.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
        csv.chop(1);
        csv += statistics(j) + QLatin1Char('\n');
    }
    if (parser.isSet(opt("out"))) {
        QSaveFile file(parser.value(opt("out")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(csv.toUtf8()) < 0 || !file.commit()) {
            return inputErrors(err, {tr("%1: cannot write: %2").arg(parser.value(opt("out")), file.errorString())});
        }
    }
    // The summary goes to the standard error when the parameters go to the standard output.
    QTextStream &summary = parser.isSet(opt("out")) ? out : err;
    if (withErrors && r.standardErrors.empty()) {
        summary << tr("standard errors: not available (the information matrix is not positive definite: some item is "
                      "at a bound of its parameters, or the data cannot tell its parameters apart)\n");
    }
    int partialItems = 0;
    for (const auto &spec : specs) {
        partialItems += !spec.fixed && !irt::isDichotomous(spec.model)
                && r.answered[static_cast<std::size_t>(&spec - specs.data())]
            ? 1
            : 0;
    }
    summary << tr("persons: %1; items: %2 (%3 estimated, %4 anchors); model: %5")
                   .arg(matrix->candidates.size())
                   .arg(r.items.size())
                   .arg(estimated)
                   .arg(static_cast<int>(r.items.size()) - estimated - unanswered)
                   .arg(irt::modelName(model));
    if (partialItems > 0) {
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
    bool anchored = false;
    for (std::size_t j = 0; j < specs.size(); ++j) {
        anchored = anchored || (specs[j].fixed && r.answered[j]);
    }
    if (anchored) {
        summary << tr("ability distribution on the anchors' scale: mean %1, standard deviation %2\n")
                       .arg(r.latentMean, 0, 'f', 4)
                       .arg(r.latentSd, 0, 'f', 4);
    }
    int misfits = 0, few = 0;
    for (std::size_t j = 0; j < analysis.items.size(); ++j) {
        misfits += r.answered[j] && analysis.items[j].misfit ? 1 : 0;
        few += r.answered[j] && analysis.items[j].fewResponses ? 1 : 0;
    }
    if (analyse) {
        summary << tr("item fit: %1 item(s) with an RMSD above %2 (misfit); %3 with fewer responses than their model "
                      "needs (200 for 1PL, 500 for 2PL and partial credit, 1000 for 3PL)\n")
                       .arg(misfits)
                       .arg(calibration::kMisfitRmsd)
                       .arg(few);
        summary << tr("local dependence: mean Q3 %1; %2 pair(s) more than %3 above it%4\n")
                       .arg(analysis.meanQ3, 0, 'f', 3)
                       .arg(analysis.dependent.size())
                       .arg(calibration::kLocalDependence)
                       .arg(analysis.dependent.empty() ? QString() : QStringLiteral(":"));
        for (std::size_t k = 0; k < std::min<std::size_t>(analysis.dependent.size(), 20); ++k) {
            const calibration::LocalDependence &d = analysis.dependent[k];
            summary << tr("  %1 and %2: Q3 %3 (%4 persons)\n")
                           .arg(bank->items[static_cast<std::size_t>(d.first)].id,
                               bank->items[static_cast<std::size_t>(d.second)].id)
                           .arg(d.q3, 0, 'f', 3)
                           .arg(d.persons);
        }
        summary << tr("item analysis %1 s\n").arg(analysisSeconds, 0, 'f', 3);
    }
    summary << tr("estimation %1 s; whole command %2 s\n")
                   .arg(seconds, 0, 'f', 3)
                   .arg(static_cast<double>(wall.nsecsElapsed()) / 1e9, 0, 'f', 3);
    summary.flush();
    if (!parser.isSet(opt("out"))) {
        out << csv;
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
        QString version;
        QStringList writeErrors;
        if (bank->rootPath.isEmpty()) {
            return inputErrors(err, {tr("--write needs a bank folder")});
        }
        // A bank that takes guessing from chance would turn 2PL and partial-credit items back into
        // something else when read: only 3PL items with their c are written there.
        if (bank->chanceGuessing) {
            for (std::size_t j = 0; j < specs.size(); ++j) {
                if (!specs[j].fixed && r.answered[j] && !irt::isDichotomous(specs[j].model)) {
                    return inputErrors(err,
                        {tr("item \"%1\": this bank takes guessing from chance (irt.guessing: chance), which would add "
                            "chance floors to the %2 parameters estimated here without them; partial-credit items "
                            "cannot be written into such a bank yet")
                                .arg(bank->items[j].id, irt::modelName(specs[j].model))});
                }
                if (!specs[j].fixed && r.answered[j] && specs[j].model != irt::Model::ThreePL
                    && bank->items[j].chance.size() >= 2 && bank->items[j].chance[1] > 0.0) {
                    return inputErrors(err,
                        {tr("item \"%1\": this bank takes guessing from chance (irt.guessing: chance), which would add "
                            "a lower asymptote to the %2 parameters estimated here; calibrate with --model 3PL "
                            "(--guessing chance or estimate), or remove irt.guessing once every item is calibrated")
                                .arg(bank->items[j].id, irt::modelName(specs[j].model))});
                }
            }
        }
        if (!writeParameters(*bank, specs, r, &version, &writeErrors)) {
            return inputErrors(err, writeErrors);
        }
        summary << tr("parameters written into the bank's files; its version is now %1. Its exposure control must "
                      "be computed again: aicet-cli bank exposure %2 --write\n")
                       .arg(version, QDir::toNativeSeparators(bank->rootPath));
        summary.flush();
    }
    return Success;
}

} // namespace aicet::cli
