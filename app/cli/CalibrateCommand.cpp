#include "BankLoading.h"
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

// Each cell's group in one grouping (the language an item was shown in, the pupil's group), by
// index into `names`; −1 where unknown.
struct CellGroups
{
    std::vector<signed char> cells;
    QStringList names;
    bool tooMany = false; // more groups than a cell can index

    void set(std::size_t cell, const QString &name)
    {
        if (name.isEmpty()) {
            return;
        }
        qsizetype at = names.indexOf(name);
        if (at < 0) {
            if (names.size() >= 100) {
                tooMany = true;
                return;
            }
            names.append(name);
            at = names.size() - 1;
        }
        if (cells.size() <= cell) {
            cells.resize(cell + 1, -1);
        }
        cells[cell] = static_cast<signed char>(at);
    }
};

// One response as a sitting's log or `results export --responses` gives it.
struct ResponseLine
{
    QString person;
    QString itemId;
    int score = 0;
    QString language; // the language the item was shown in
    QString group; // the pupil's group
    QStringList chosen; // choice items: the options ticked ("true" or "false" for true or false)
};

// The options an answer ticks, as the option analysis counts them.
QStringList chosenOptions(const ItemResponse &r)
{
    if (r.truth) {
        return {*r.truth ? QStringLiteral("true") : QStringLiteral("false")};
    }
    return r.choices;
}

// The responses of the sessions of sittings in a matrix over the bank's items (one row per
// candidate of a sitting), with each cell's language and group.
std::optional<cat::ResponseMatrix> matrixFromRows(const ItemBank &bank, const QList<ResponseLine> &rows,
    CellGroups *languages, CellGroups *groups, std::vector<calibration::OptionChoice> *choices, QStringList *errors)
{
    cat::ResponseMatrix m;
    m.items = bank.size();
    QHash<QString, std::size_t> rowOf;
    for (const ResponseLine &r : rows) {
        const int item = bank.indexOf(r.itemId);
        if (item < 0) {
            errors->append(tr("%1: item \"%2\" is not in the bank").arg(r.person, r.itemId));
            continue;
        }
        if (r.score < 0 || r.score >= std::max(2, bank.items[static_cast<std::size_t>(item)].irt.categoryCount())) {
            errors->append(
                tr("%1: item \"%2\": score %3 is not one of the item's").arg(r.person, r.itemId).arg(r.score));
            continue;
        }
        auto it = rowOf.find(r.person);
        if (it == rowOf.end()) {
            it = rowOf.insert(r.person, m.candidates.size());
            m.candidates.push_back(r.person);
            m.cells.resize(m.cells.size() + static_cast<std::size_t>(m.items), -1);
        }
        const std::size_t cell = *it * static_cast<std::size_t>(m.items) + static_cast<std::size_t>(item);
        m.cells[cell] = static_cast<signed char>(r.score);
        languages->set(cell, r.language);
        groups->set(cell, r.group);
        if (!r.chosen.isEmpty()) {
            choices->push_back({static_cast<int>(*it), item, r.chosen});
        }
    }
    if (!errors->isEmpty()) {
        return std::nullopt;
    }
    languages->cells.resize(m.cells.size(), -1);
    groups->cells.resize(m.cells.size(), -1);
    return m;
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

// A number for a CSV cell; empty when it is not finite (a group's shift at its bound).
QString finite(double x)
{
    return std::isfinite(x) ? formatNumber(x) : QString();
}

// Partial-credit items estimated (not anchors, answered).
int partialItemCount(const std::vector<calibration::ItemSpec> &specs, const calibration::Result &r)
{
    int n = 0;
    for (std::size_t j = 0; j < specs.size(); ++j) {
        n += !specs[j].fixed && !irt::isDichotomous(specs[j].model) && r.answered[j] ? 1 : 0;
    }
    return n;
}

QString dbLocation(const QCommandLineParser &parser)
{
    return parser.isSet(opt("db")) ? QDir::toNativeSeparators(parser.value(opt("db"))) : tr("the default database");
}

// The parameters and each item's statistics, one row per item, for tools.
QString parameterCsv(const reports::CalibrationReportData &report, const std::vector<calibration::ItemSpec> &specs,
    const std::vector<BankItem> &items, bool withErrors)
{
    const calibration::Result &r = report.result;
    QString csv = QStringLiteral("id,model,a,b,c,d,steps%1,responses,mean_score,ability_correlation,rmsd,sx2,sx2_df,"
                                 "sx2_p,dif,flags\n")
                      .arg(withErrors ? QStringLiteral(",se_a,se_b,se_c,se_steps") : QString());
    for (std::size_t j = 0; j < r.items.size(); ++j) {
        const irt::ItemParameters &p = r.items[j];
        if (!r.answered[j]) {
            // Nobody answered it: nothing estimated.
            csv += QStringLiteral("%1,,,,,,%2,0,,,,,,,,\n")
                       .arg(textField(items[j].id), withErrors ? QStringLiteral(",,,,") : QString());
            continue;
        }
        QStringList steps;
        for (double b : p.steps) {
            steps << formatNumber(b);
        }
        const bool dichotomous = irt::isDichotomous(p.model);
        QStringList cells{textField(items[j].id), irt::modelName(p.model), formatNumber(p.a),
            dichotomous ? formatNumber(p.b) : QString(), dichotomous ? formatNumber(p.c) : QString(),
            dichotomous ? formatNumber(p.d) : QString(), steps.join(QLatin1Char(';'))};
        if (withErrors) {
            // The errors of the estimated parameters, in the order a, b, c or a, steps.
            const std::vector<double> se = j < r.standardErrors.size() ? r.standardErrors[j] : std::vector<double>();
            const calibration::ItemSpec &spec = specs[j];
            QStringList errors(4);
            std::size_t at = 0;
            auto next = [&]() { return at < se.size() ? formatNumber(se[at++]) : QString(); };
            if (!se.empty()) {
                if (!dichotomous) {
                    errors[0] = next();
                    QStringList stepErrors;
                    while (at < se.size()) {
                        stepErrors << next();
                    }
                    errors[3] = stepErrors.join(QLatin1Char(';'));
                } else {
                    if (spec.model != irt::Model::OnePL) {
                        errors[0] = next();
                    }
                    errors[1] = next();
                    if (spec.model == irt::Model::ThreePL && !spec.fixedGuessing) {
                        errors[2] = next();
                    }
                }
            }
            cells << errors;
        }
        if (report.analysis) {
            const calibration::ItemStatistics &st = report.analysis->items[j];
            cells << QString::number(st.responses) << formatNumber(st.meanScore) << formatNumber(st.abilityCorrelation)
                  << formatNumber(st.rmsd) << (st.sx2Df > 0 ? formatNumber(st.sx2) : QString())
                  << (st.sx2Df > 0 ? QString::number(st.sx2Df) : QString())
                  << (st.sx2Df > 0 ? formatNumber(st.sx2P) : QString());
        } else {
            cells << QString() << QString() << QString() << QString() << QString() << QString() << QString();
        }
        cells << textField(reports::worstDif(report, j)) << reports::itemFlags(report, j).join(QLatin1Char(';'));
        csv += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
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
    std::optional<cat::ResponseMatrix> matrix;
    CellGroups languages, groups;
    std::vector<calibration::OptionChoice> choices; // the options ticked, where the responses say
    bool wideMatrix = false; // a response matrix: no language, group or options
    if (parser.isSet(opt("sitting"))) {
        auto services = openServices(parser, err);
        if (!services) {
            return Failure;
        }
        QList<ResponseLine> rows;
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
                const ItemResponse response = responseFromJson(r.response);
                rows.append({code + QLatin1Char('/') + r.candidateCode, r.itemId, r.category, response.language,
                    r.candidateGroup, chosenOptions(response)});
            }
        }
        matrix = matrixFromRows(*bank, rows, &languages, &groups, &choices, &errors);
    } else if (QFile f(responsesPath);
               f.open(QIODevice::ReadOnly) && f.readLine(256).startsWith("candidate,position,item")) {
        if (!parser.isSet(opt("bank"))) {
            return usageError(err, command, tr("the long form of the responses needs --bank"));
        }
        const auto rows = readLongResponses(responsesPath, &errors);
        if (rows) {
            matrix = matrixFromRows(*bank, *rows, &languages, &groups, &choices, &errors);
        }
    } else {
        matrix = io::readResponseMatrix(responsesPath, *bank, &errors);
        wideMatrix = true;
    }
    int withoutGroup = 0;
    if (matrix && parser.isSet(opt("groups"))) {
        readGroupFile(parser.value(opt("groups")), *matrix, &groups, &withoutGroup, &errors);
    } else if (matrix && wideMatrix && difGroupings.contains(QLatin1String("group"))) {
        return usageError(err, command, tr("--dif group needs --groups G.csv (person,group) for a response matrix"));
    }
    if (!matrix || !errors.isEmpty()) {
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
            // A bank that takes guessing from chance gives its partial-credit items chance floors:
            // they are estimated under the same floors, which the bank will apply again.
            if (bank->chanceGuessing && !bank->parametersOnly && item.chance.size() > 2 && !s.start.steps.empty()) {
                s.fixedFloors = chanceFloors(item.chance, s.start.steps.size());
            }
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
    reports::CalibrationReportData report;
    report.bank = bank->parametersOnly && bank->rootPath.isEmpty()
        ? QFileInfo(responsesPath).fileName()
        : QStringLiteral("%1 %2").arg(bank->id, bank->version);
    report.source = parser.isSet(opt("sitting"))
        ? tr("sitting(s) %1 of %2").arg(parser.values(opt("sitting")).join(QStringLiteral(", ")), dbLocation(parser))
        : QFileInfo(responsesPath).fileName();
    report.createdAt = QDateTime::currentDateTimeUtc();
    report.persons = static_cast<int>(matrix->candidates.size());
    report.model = irt::modelName(model);
    if (partialItemCount(specs, r) > 0) {
        report.model += tr(", GPCM or GRM for %n partial-credit item(s)", nullptr, partialItemCount(specs, r));
    }
    for (std::size_t j = 0; j < bank->items.size(); ++j) {
        report.itemIds.push_back(bank->items[j].id);
        report.anchors.push_back(specs[j].fixed);
    }
    report.settings = settings;
    report.result = r;
    if (analyse) {
        // S-X2's degrees of freedom: the parameters estimated for each item.
        std::vector<int> freeParameters;
        for (std::size_t j = 0; j < specs.size(); ++j) {
            freeParameters.push_back(calibration::estimatedParameters(specs[j], r.items[j]));
        }
        report.analysis
            = calibration::analyseItems(*matrix, r.items, settings, r.latentMean, r.latentSd, freeParameters);
        for (const QString &grouping : difGroupings) {
            const CellGroups &cells = grouping == QLatin1String("language") ? languages : groups;
            if (grouping == QLatin1String("none")) {
                continue;
            }
            // Asked for by default: only when the responses say which language each item was shown in.
            if (!parser.isSet(opt("dif")) && cells.names.size() < 2) {
                continue;
            }
            reports::DifGrouping g{grouping, cells.names, {}, {}};
            if (cells.tooMany) {
                g.notJudged = tr("more than 100 groups");
            } else if (cells.names.size() < 2) {
                g.notJudged = tr("the responses have %n group(s)", nullptr, static_cast<int>(cells.names.size()));
            } else {
                g.results = calibration::analyseDif(*matrix, r.items, settings, r.latentMean, r.latentSd, cells.cells,
                    static_cast<int>(cells.names.size()));
                if (g.results.empty()) {
                    g.notJudged = tr("no item has %1 answers in the largest group and in another")
                                      .arg(calibration::kMinimumDifResponses);
                }
            }
            report.dif.push_back(g);
        }
        report.options = calibration::analyseOptions(*bank, report.analysis->abilities, choices);
        // The bank's areas, when its items have them.
        std::vector<int> areas;
        for (const BankItem &item : bank->items) {
            areas.push_back(item.dimension);
        }
        if (bank->dimensions.size() >= 2 && std::any_of(areas.begin(), areas.end(), [](int a) { return a >= 0; })) {
            report.dimensionality = calibration::checkDimensionality(*matrix, r.items, settings, r.latentMean,
                r.latentSd, areas, static_cast<int>(bank->dimensions.size()), *report.analysis);
            for (const Dimension &d : bank->dimensions) {
                report.areaNames << localized(d.name, bank->defaultLanguage);
            }
            report.bankDimensionCorrelation = bank->scale.dimensionCorrelation;
        }
    }
    const double analysisSeconds = static_cast<double>(analysisTimer.nsecsElapsed()) / 1e9;
    const QString csv = parameterCsv(report, specs, bank->items, withErrors);
    QString difCsv;
    for (const reports::DifGrouping &g : report.dif) {
        for (const calibration::DifResult &d : g.results) {
            difCsv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12\n")
                          .arg(textField(bank->items[static_cast<std::size_t>(d.item)].id), g.name,
                              textField(g.groups.value(d.focal)), textField(g.groups.value(d.reference)))
                          .arg(d.focalResponses)
                          .arg(d.referenceResponses)
                          .arg(finite(d.shift), finite(d.shiftSe), finite(d.chiSquare), finite(d.p), finite(d.effect),
                              d.category);
        }
    }
    if (parser.isSet(opt("out"))) {
        // The folder's files, each written whole or not at all.
        const QDir folder(parser.value(opt("out")));
        if (!QDir().mkpath(folder.absolutePath())) {
            return inputErrors(err, {tr("%1: cannot create the folder").arg(folder.path())});
        }
        QList<std::pair<QString, QByteArray>> files{{QStringLiteral("parameters.csv"), csv.toUtf8()},
            {QStringLiteral("report.html"), reports::renderCalibrationReport(report).toUtf8()}};
        if (!report.options.empty()) {
            QString options = QStringLiteral("id,option,key,respondents_low,respondents_middle,respondents_high,"
                                             "share_low,share_middle,share_high\n");
            for (const calibration::OptionShares &o : report.options) {
                for (std::size_t k = 0; k < o.shares.size(); ++k) {
                    options += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9\n")
                                   .arg(textField(bank->items[static_cast<std::size_t>(o.item)].id),
                                       textField(o.options[static_cast<qsizetype>(k)]),
                                       o.keys[k] ? QStringLiteral("1") : QStringLiteral("0"))
                                   .arg(o.respondents[0])
                                   .arg(o.respondents[1])
                                   .arg(o.respondents[2])
                                   .arg(formatNumber(o.shares[k][0]), formatNumber(o.shares[k][1]),
                                       formatNumber(o.shares[k][2]));
                }
            }
            files.append({QStringLiteral("options.csv"), options.toUtf8()});
        }
        if (!report.dif.empty()) {
            files.append({QStringLiteral("dif.csv"),
                QByteArrayLiteral("id,grouping,focal,reference,focal_responses,reference_responses,shift,shift_se,"
                                  "chi_square,p,effect,class\n")
                    + difCsv.toUtf8()});
        }
        // Every file written in full beside its old version first, then all put in place; a file
        // of an earlier report that this one does not write (its DIF, its options) is removed, so
        // that the folder never mixes two calibrations.
        std::vector<std::unique_ptr<QSaveFile>> saves;
        for (const auto &[name, bytes] : files) {
            auto file = std::make_unique<QSaveFile>(folder.filePath(name));
            if (!file->open(QIODevice::WriteOnly) || file->write(bytes) < 0) {
                return inputErrors(err, {tr("%1: cannot write: %2").arg(file->fileName(), file->errorString())});
            }
            saves.push_back(std::move(file));
        }
        for (const QString &name : {QStringLiteral("dif.csv"), QStringLiteral("options.csv")}) {
            const bool written
                = std::any_of(files.begin(), files.end(), [&](const auto &f) { return f.first == name; });
            if (!written && folder.exists(name) && !QFile::remove(folder.filePath(name))) {
                return inputErrors(
                    err, {tr("%1: cannot remove the file of an earlier report").arg(folder.filePath(name))});
            }
        }
        for (auto &file : saves) {
            if (!file->commit()) {
                return inputErrors(err, {tr("%1: cannot write: %2").arg(file->fileName(), file->errorString())});
            }
        }
    }
    // The summary goes to the standard error when the parameters go to the standard output.
    QTextStream &summary = parser.isSet(opt("out")) ? out : err;
    if (withErrors && r.standardErrors.empty()) {
        summary << tr("standard errors: not available (the information matrix is not positive definite: some item is "
                      "at a bound of its parameters, or the data cannot tell its parameters apart)\n");
    }
    summary << tr("persons: %1; items: %2 (%3 estimated, %4 anchors); model: %5")
                   .arg(matrix->candidates.size())
                   .arg(r.items.size())
                   .arg(estimated)
                   .arg(static_cast<int>(r.items.size()) - estimated - unanswered)
                   .arg(irt::modelName(model));
    if (const int partialItems = partialItemCount(specs, r); partialItems > 0) {
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
            if (g.name == QLatin1String("group") && withoutGroup > 0) {
                summary << tr("%1 of %2 persons have no group in %3: left out of the DIF by group\n")
                               .arg(withoutGroup)
                               .arg(matrix->candidates.size())
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
        summary << tr("item analysis %1 s\n").arg(analysisSeconds, 0, 'f', 3);
    }
    summary << tr("estimation %1 s; whole command %2 s\n")
                   .arg(seconds, 0, 'f', 3)
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
                if (!specs[j].fixed && r.answered[j] && !irt::isDichotomous(specs[j].model)
                    && specs[j].fixedFloors.size() != r.items[j].steps.size()) {
                    return inputErrors(err,
                        {tr("item \"%1\": this bank takes guessing from chance (irt.guessing: chance), which would add "
                            "chance floors to the %2 parameters estimated here without them (its scores do not match "
                            "its scoring rule's)")
                                .arg(bank->items[j].id, irt::modelName(specs[j].model))});
                }
                if (!specs[j].fixed && r.answered[j] && irt::isDichotomous(specs[j].model)
                    && specs[j].model != irt::Model::ThreePL && bank->items[j].chance.size() >= 2
                    && bank->items[j].chance[1] > 0.0) {
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
