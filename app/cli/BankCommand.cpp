#include "Calibrate.h"
#include "Cli.h"
#include "CliOptions.h"
#include "CliServices.h"
#include "Commands.h"
#include "bank/BankLoader.h"
#include "bank/Qti.h"
#include "cat/Random.h"
#include "cat/Simulation.h"
#include "io/SaveFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <map>
#include <set>

namespace aicet::cli {
namespace {

int validateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("bank validate");
    QCommandLineParser parser;
    parser.addPositionalArgument(opt("path"), tr("The bank folder."));
    parser.addOption({opt("json"), tr("Write the diagnostics as JSON, for tools.")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Checks a bank folder and prints every problem as file:line:column: error|warning: message. Exit status "
               "0 when the bank is usable, 1 when it is not."),
            arguments, out, err, 1, tr("exactly one bank folder"))) {
        return *stop;
    }
    const QString path = parser.positionalArguments().first();
    const BankLoadResult result = loadBank(path);
    int errors = 0, warnings = 0;
    for (const Diagnostic &d : result.diagnostics) {
        (d.isError() ? errors : warnings) += 1;
    }
    int operational = 0;
    for (const BankItem &item : result.bank.items) {
        operational += item.status == ItemStatus::Operational ? 1 : 0;
    }
    if (parser.isSet(opt("json"))) {
        QJsonArray diagnostics;
        for (const Diagnostic &d : result.diagnostics) {
            diagnostics.append(d.toJson());
        }
        const QJsonObject o{{QStringLiteral("bank"), path}, {QStringLiteral("usable"), result.usable()},
            {QStringLiteral("id"), result.bank.id}, {QStringLiteral("items"), result.bank.size()},
            {QStringLiteral("operational"), operational}, {QStringLiteral("errors"), errors},
            {QStringLiteral("warnings"), warnings}, {QStringLiteral("content_hash"), result.bank.contentHash},
            {QStringLiteral("diagnostics"), diagnostics}};
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        for (const Diagnostic &d : result.diagnostics) {
            out << d.toString() << '\n';
        }
        out << tr("%1: %2 items (%3 operational), %4 error(s), %5 warning(s): %6\n")
                   .arg(path)
                   .arg(result.bank.size())
                   .arg(operational)
                   .arg(errors)
                   .arg(warnings)
                   .arg(result.usable() ? tr("usable") : tr("NOT usable"));
        if (result.usable()) {
            out << tr("content hash: %1\n").arg(result.bank.contentHash);
        }
    }
    out.flush();
    return result.usable() ? Success : Failure;
}

// Rows of a statistics table: (key, count).
using Counts = std::map<QString, int>;

// `table` names the table in CSV output (stable, for tools); `title` is shown to people.
void printCounts(QTextStream &out, const char *table, const QString &title, const Counts &counts, bool csv, int total)
{
    if (csv) {
        for (const auto &[key, n] : counts) {
            out << table << ',' << csvField(key) << ',' << n << '\n';
        }
        return;
    }
    out << title << '\n';
    for (const auto &[key, n] : counts) {
        out << QStringLiteral("  %1 %2  %3%\n")
                   .arg(key, -24)
                   .arg(n, 5)
                   .arg(total > 0 ? 100.0 * n / total : 0.0, 5, 'f', 1);
    }
    out << '\n';
}

int wordCount(const QString &text)
{
    int n = 0;
    for (const QString &token : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        n += std::any_of(token.cbegin(), token.cend(), [](QChar ch) { return ch.isLetterOrNumber(); }) ? 1 : 0;
    }
    return n;
}

// Each competency's items: how many are scored and piloted, of how many types, with a picture,
// with partial credit, easy and hard (by their parameters' location); and each theme's items in
// each dimension.
void printCompetencies(QTextStream &out, const ItemBank &bank, bool csv)
{
    struct Row
    {
        int operational = 0, pilot = 0, pictures = 0, partial = 0, easy = 0, hard = 0;
        std::set<ItemType> types;
    };
    std::vector<Row> rows(bank.competencies.size());
    std::map<QString, std::vector<int>> themes; // theme → items by dimension
    for (const BankItem &item : bank.items) {
        const bool operational = item.status == ItemStatus::Operational;
        if ((!operational && item.status != ItemStatus::Pilot) || item.competency < 0) {
            continue;
        }
        Row &row = rows[static_cast<std::size_t>(item.competency)];
        (operational ? row.operational : row.pilot) += 1;
        row.pictures += item.content.allImageFiles().isEmpty() ? 0 : 1;
        row.partial += item.content.scoring != Scoring::AllOrNothing ? 1 : 0;
        if (operational) {
            row.types.insert(item.content.type);
            row.easy += item.hasParameters && item.irt.location() <= -1.0 ? 1 : 0;
            row.hard += item.hasParameters && item.irt.location() >= 1.25 ? 1 : 0;
        }
        for (const QString &theme : item.themes) {
            std::vector<int> &counts = themes[theme];
            counts.resize(bank.dimensions.size(), 0);
            counts[static_cast<std::size_t>(item.dimension)] += 1;
        }
    }
    if (csv) {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const Row &r = rows[i];
            out << "competencies," << bank.competencies[i].id << ',' << r.operational << ',' << r.pilot << ','
                << r.types.size() << ',' << r.pictures << ',' << r.partial << ',' << r.easy << ',' << r.hard << '\n';
        }
        for (const auto &[theme, counts] : themes) {
            for (std::size_t d = 0; d < counts.size(); ++d) {
                out << "themes_by_dimension," << csvField(theme + QLatin1Char(':') + bank.dimensions[d].id) << ','
                    << counts[d] << '\n';
            }
        }
        return;
    }
    out << tr("by competency (operational and pilot items; types, easy and hard among the operational ones: "
              "easy at a difficulty of -1 or less, hard at 1.25 or more)\n");
    // Each column as wide as its translated header.
    const QStringList headers{tr("operational", "column of items"), tr("pilot", "column of items"),
        tr("types", "column of items"), tr("pictures", "column of items"), tr("partial credit", "column of items"),
        tr("easy", "column of items"), tr("hard", "column of items")};
    QString line = QStringLiteral("  %1").arg(QString(), -10);
    for (const QString &header : headers) {
        line += QStringLiteral(" %1").arg(header, static_cast<int>(std::max<qsizetype>(5, header.size())));
    }
    out << line << '\n';
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        const int values[]
            = {r.operational, r.pilot, static_cast<int>(r.types.size()), r.pictures, r.partial, r.easy, r.hard};
        line = QStringLiteral("  %1").arg(bank.competencies[i].id, -10);
        for (qsizetype c = 0; c < headers.size(); ++c) {
            line += QStringLiteral(" %1").arg(
                values[static_cast<std::size_t>(c)], static_cast<int>(std::max<qsizetype>(5, headers[c].size())));
        }
        out << line << '\n';
    }
    out << '\n' << tr("themes in each dimension (operational and pilot items)\n");
    QString header = QStringLiteral("  %1").arg(QString(), -10);
    for (const Dimension &d : bank.dimensions) {
        header += QStringLiteral(" %1").arg(d.id, 6);
    }
    out << header << '\n';
    for (const auto &[theme, counts] : themes) {
        line = QStringLiteral("  %1").arg(theme, -10);
        for (int n : counts) {
            line += QStringLiteral(" %1").arg(n, 6);
        }
        out << line << '\n';
    }
    out << '\n';
}

// What the items given to pupils (operational and pilot) hold: their scoring, their pictures,
// how much there is to read, and the answer patterns that give answers away (the key longer than
// every other option; always the same number of right options).
void printContent(QTextStream &out, const ItemBank &bank, bool csv)
{
    Counts byScoring;
    int pictures = 0, perLanguagePictures = 0, given = 0;
    std::map<QString, std::vector<int>> stemWords;
    int single = 0, keyLongest = 0, keyShortest = 0;
    double chanceLongest = 0.0;
    Counts rightOptions;
    for (const BankItem &item : bank.items) {
        if (item.status != ItemStatus::Operational && item.status != ItemStatus::Pilot) {
            continue;
        }
        ++given;
        const ItemContent &c = item.content;
        ++byScoring[c.scoring == Scoring::OneMistake ? QStringLiteral("one_mistake")
                : c.scoring == Scoring::Partial      ? QStringLiteral("partial")
                                                     : QStringLiteral("right_or_wrong")];
        pictures += c.allImageFiles().isEmpty() ? 0 : 1;
        perLanguagePictures += c.imageFiles.isEmpty() ? 0 : 1;
        for (const QString &lang : bank.languages) {
            stemWords[lang].push_back(wordCount(c.stem.value(lang)));
        }
        if (item.status != ItemStatus::Operational) {
            continue;
        }
        if (c.type == ItemType::SingleChoice && !c.options.empty()) {
            ++single;
            chanceLongest += 1.0 / static_cast<double>(c.options.size());
            // The key strictly longer, or strictly shorter, than every other option.
            qsizetype keyLength = 0;
            for (const Choice &o : c.options) {
                keyLength = c.key.contains(o.id) ? o.text.value(bank.defaultLanguage).size() : keyLength;
            }
            bool longer = true, shorter = true;
            for (const Choice &o : c.options) {
                if (!c.key.contains(o.id)) {
                    const qsizetype length = o.text.value(bank.defaultLanguage).size();
                    longer = longer && keyLength > length;
                    shorter = shorter && keyLength < length;
                }
            }
            keyLongest += longer ? 1 : 0;
            keyShortest += shorter ? 1 : 0;
        }
        if (c.type == ItemType::MultipleResponse) {
            ++rightOptions[QString::number(c.key.size())];
        }
    }
    if (given == 0) {
        return;
    }
    printCompetencies(out, bank, csv);
    printCounts(out, "items_by_scoring", tr("items given to pupils, by scoring"), byScoring, csv, given);
    if (csv) {
        out << "pictures,items," << pictures << "\npictures,one_per_language," << perLanguagePictures << '\n';
    } else {
        out << tr("items with a picture to examine: %1 (%2 with one picture per language)\n\n")
                   .arg(pictures)
                   .arg(perLanguagePictures);
        out << tr("reading length: words of the question (operational and pilot items)\n");
    }
    for (auto &[lang, counts] : stemWords) {
        std::sort(counts.begin(), counts.end());
        const int median = counts[counts.size() / 2];
        const int p90 = counts[std::min(counts.size() - 1, counts.size() * 9 / 10)];
        if (csv) {
            out << "reading_length," << lang << "_median," << median << '\n';
            out << "reading_length," << lang << "_p90," << p90 << '\n';
            out << "reading_length," << lang << "_max," << counts.back() << '\n';
        } else {
            out << tr("  %1: median %2, 9 in 10 at most %3, longest %4\n")
                       .arg(lang)
                       .arg(median)
                       .arg(p90)
                       .arg(counts.back());
        }
    }
    if (csv) {
        out << "answer_patterns,single_choice," << single << "\nanswer_patterns,key_longest," << keyLongest
            << "\nanswer_patterns,key_shortest," << keyShortest << '\n';
        for (const auto &[right, n] : rightOptions) {
            out << "answer_patterns,multiple_response_right_" << right << ',' << n << '\n';
        }
        return;
    }
    out << '\n' << tr("answer patterns (operational items)\n");
    out << tr("  single choice: the key is the longest option in %1 of %2, the shortest in %3 (each by chance: %4)\n")
               .arg(keyLongest)
               .arg(single)
               .arg(keyShortest)
               .arg(chanceLongest, 0, 'f', 1);
    QStringList counts;
    for (const auto &[right, n] : rightOptions) {
        counts.append(tr("%n right: %1", nullptr, right.toInt()).arg(n));
    }
    if (!counts.isEmpty()) {
        out << tr("  multiple response: %1\n").arg(counts.join(QStringLiteral(", ")));
    }
    out << '\n';
}

int statsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("bank stats");
    QCommandLineParser parser;
    parser.addPositionalArgument(opt("path"), tr("The bank folder."));
    parser.addOption({opt("csv"), tr("Write the statistics as CSV rows table,key,value.")});
    parser.addOption({opt("length"),
        tr("Simulate fixed-length tests of n items instead of the bank's default test settings."), opt("n")});
    parser.addOption(
        {opt("simulees"), tr("Simulees per ability point of the curve (default 300)."), opt("n"), opt("300")});
    parser.addOption({opt("seed"), tr("Seed of the simulation (default 1)."), opt("n"), opt("1")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Items by dimension, competency, level, type, status and language, and the precision a test reaches "
               "along the ability scale with the bank's default test settings (by simulation)."),
            arguments, out, err, 1, tr("exactly one bank folder"))) {
        return *stop;
    }
    const auto simulees = parseCount(parser.value(opt("simulees")));
    const auto seed = parseCount(parser.value(opt("seed")));
    if (!simulees || *simulees < 1 || *simulees > 100000 || !seed) {
        return usageError(err, command, tr("--simulees takes a whole number from 1 to 100000, --seed a whole number"));
    }
    const BankLoadResult result = loadBank(parser.positionalArguments().first());
    if (!result.usable()) {
        QStringList errors;
        for (const Diagnostic &d : result.diagnostics) {
            if (d.isError()) {
                errors.append(d.toString());
            }
        }
        return inputErrors(err, errors);
    }
    const ItemBank &bank = result.bank;
    cat::TestSpecification spec = bank.defaultTest;
    if (parser.isSet(opt("length"))) {
        const auto length = parseCount(parser.value(opt("length")));
        if (!length || *length < 1 || *length > 10000) {
            return usageError(err, command, tr("--length takes a whole number from 1 to 10000"));
        }
        spec.stopping.minItems = spec.stopping.maxItems = static_cast<int>(*length);
        spec.stopping.seTarget = 0.0;
        spec.stopping.classification = false;
        spec.stopping.timeLimitSeconds = 0.0;
        spec.stopping.classification = false;
    }
    const bool csv = parser.isSet(opt("csv"));
    if (csv) {
        out << "table,key,value\n";
    } else {
        out << tr("Bank %1 version %2: %3\n\n").arg(bank.id, bank.version, bank.titleIn(bank.defaultLanguage));
    }

    Counts byDimension, byCompetency, byLevel, byType, byStatus, byTheme, byLanguage;
    const int total = bank.size();
    for (const BankItem &item : bank.items) {
        ++byStatus[itemStatusName(item.status)];
        if (item.dimension >= 0) {
            ++byDimension[bank.dimensions[static_cast<std::size_t>(item.dimension)].id];
        }
        if (item.competency >= 0) {
            ++byCompetency[bank.competencies[static_cast<std::size_t>(item.competency)].id];
        }
        if (!item.level.isEmpty()) {
            ++byLevel[item.level];
        }
        if (!bank.parametersOnly) {
            ++byType[itemTypeName(item.content.type)];
        }
        for (const QString &theme : item.themes) {
            ++byTheme[theme];
        }
        for (const QString &lang : bank.languages) {
            const ItemContent &c = item.content;
            bool complete = !c.stem.value(lang).isEmpty() && !c.explanation.value(lang).isEmpty();
            for (const auto *choices : {&c.options, &c.elements, &c.premises, &c.responses}) {
                for (const Choice &choice : *choices) {
                    complete = complete && !choice.text.value(lang).isEmpty();
                }
            }
            byLanguage[lang] += complete ? 1 : 0;
        }
    }
    printCounts(out, "items_by_dimension", tr("items by dimension"), byDimension, csv, total);
    printCounts(out, "items_by_competency", tr("items by competency"), byCompetency, csv, total);
    printCounts(out, "items_by_level", tr("items by progression level"), byLevel, csv, total);
    if (!bank.parametersOnly) {
        printCounts(out, "items_by_type", tr("items by type"), byType, csv, total);
    }
    printCounts(out, "items_by_status", tr("items by status"), byStatus, csv, total);
    printCounts(out, "items_by_theme", tr("items by theme"), byTheme, csv, total);
    if (!bank.parametersOnly) {
        printCounts(out, "items_complete_by_language", tr("items complete in each language"), byLanguage, csv, total);
        printContent(out, bank, csv);
    }

    // Precision along θ: the bank's information (operational items), and simulated tests.
    const cat::AdaptiveEngine engine(bank, spec);
    if (!engine.isValid()) {
        return inputErrors(err, {engine.errorString()});
    }
    if (!csv) {
        out << tr("Precision along the ability scale: %1 simulees per point, %2 selection, %3 to %4 items%5\n")
                   .arg(*simulees)
                   .arg(cat::selectionRuleName(spec.selection))
                   .arg(spec.stopping.minItems)
                   .arg(spec.stopping.maxItems)
                   .arg(spec.stopping.seTarget > 0 ? tr(", SE target %1").arg(spec.stopping.seTarget) : QString());
        out << tr("  theta   bank info   test info   expected SE   mean SE   RMSE    bias    mean length\n");
    }
    for (const cat::PrecisionPoint &p :
        cat::precisionAlongTheta(engine, static_cast<int>(*simulees), static_cast<std::uint64_t>(*seed))) {
        if (csv) {
            const QString key = QString::number(p.theta, 'f', 1);
            out << "bank_information," << key << ',' << formatNumber(p.bankInformation) << '\n'
                << "test_information," << key << ',' << formatNumber(p.testInformation) << '\n'
                << "expected_se," << key << ',' << formatNumber(p.expectedSe) << '\n'
                << "mean_se," << key << ',' << formatNumber(p.meanSe) << '\n'
                << "rmse," << key << ',' << formatNumber(p.rmse) << '\n'
                << "bias," << key << ',' << formatNumber(p.bias) << '\n'
                << "mean_length," << key << ',' << formatNumber(p.meanLength) << '\n';
        } else {
            out << QStringLiteral("  %1  %2  %3  %4  %5  %6  %7  %8\n")
                       .arg(p.theta, 5, 'f', 1)
                       .arg(p.bankInformation, 10, 'f', 2)
                       .arg(p.testInformation, 10, 'f', 2)
                       .arg(p.expectedSe, 12, 'f', 3)
                       .arg(p.meanSe, 8, 'f', 3)
                       .arg(p.rmse, 6, 'f', 3)
                       .arg(p.bias, 6, 'f', 3)
                       .arg(p.meanLength, 10, 'f', 1);
        }
    }
    if (!csv) {
        out << tr("\ntest info: information of the items given, at the true theta; expected SE = 1/sqrt(test info);"
                  "\nmean SE: the SE the test reports; RMSE and bias of the final estimate against the true theta.\n");
        out << tr("content hash: %1\n").arg(bank.contentHash);
    }
    out.flush();
    return Success;
}

int exposureCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("bank exposure");
    QCommandLineParser parser;
    parser.addPositionalArgument(opt("path"), tr("The bank folder."));
    parser.addOption({opt("target"), tr("The largest share of tests an item may appear in (default 0.3)."), opt("rate"),
        opt("0.3")});
    parser.addOption(
        {opt("simulees"), tr("Simulees drawn from the prior per round (default 2000)."), opt("n"), opt("2000")});
    parser.addOption({opt("seed"), tr("Seed of the simulation (default 1)."), opt("n"), opt("1")});
    parser.addOption({opt("write"),
        tr("Write the parameters to the bank's %1 (otherwise only report them).")
            .arg(QLatin1String(kExposureFileName))});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Computes the bank's Sympson-Hetter exposure parameters by simulation of its default test, so that no "
               "question appears in more than the target share of tests; with --write, stores them with the bank, "
               "for this version of the bank (the bank then applies them; once the bank changes, they are ignored "
               "until computed again)."),
            arguments, out, err, 1, tr("exactly one bank folder"))) {
        return *stop;
    }
    const auto rate = parseNumbers(parser.value(opt("target")), 1);
    const auto simulees = parseCount(parser.value(opt("simulees")));
    const auto seed = parseCount(parser.value(opt("seed")));
    if (!rate || (*rate)[0] <= 0.0 || (*rate)[0] > 1.0) {
        return usageError(err, command, tr("--target takes a rate in (0, 1], e.g. 0.3"));
    }
    if (!simulees || *simulees < 100 || *simulees > 1000000 || !seed) {
        return usageError(
            err, command, tr("--simulees takes a whole number from 100 to 1000000, --seed a whole number"));
    }
    const QString folder = parser.positionalArguments().first();
    BankLoadResult result = loadBank(folder);
    if (!result.usable()) {
        QStringList errors;
        for (const Diagnostic &d : result.diagnostics) {
            if (d.isError()) {
                errors.append(d.toString());
            }
        }
        return inputErrors(err, errors);
    }
    const ItemBank &bank = result.bank;
    const documents::ExposureOutcome exposure = documents::computeExposure(
        bank, {(*rate)[0], static_cast<int>(*simulees), static_cast<std::uint64_t>(*seed)});
    const cat::SympsonHetterCalibration &cal = exposure.calibration;
    if (!cal.error.isEmpty()) {
        return inputErrors(err, {cal.error});
    }
    out << tr("Sympson-Hetter parameters for a maximum exposure of %1: %2 after %3 rounds, largest exposure %4\n")
               .arg((*rate)[0])
               .arg(cal.converged ? tr("converged") : tr("not converged"))
               .arg(cal.iterations)
               .arg(cal.maxExposure, 0, 'f', 4);
    int controlled = 0;
    for (double k : cal.parameters) {
        controlled += k < 1.0 ? 1 : 0;
    }
    out << tr("%1 of %2 questions are held back part of the time\n").arg(controlled).arg(bank.size());
    if (!parser.isSet(opt("write"))) {
        out << tr("not written (--write stores them with the bank)\n");
        out.flush();
        return Success;
    }
    if (!cal.converged) {
        return inputErrors(err,
            {tr("the parameters did not converge to the target %1: not written (try a higher target or more "
                "simulees)")
                    .arg((*rate)[0])});
    }
    const QString path = QDir(folder).filePath(QLatin1String(kExposureFileName));
    if (QString error; !saveFile(path, exposure.text.toUtf8(), &error)) {
        return inputErrors(err, {error});
    }
    out << tr("written to %1\n").arg(QDir::toNativeSeparators(path));
    out.flush();
    return Success;
}

int importQtiCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("bank import-qti");
    QCommandLineParser parser;
    parser.addPositionalArgument(opt("package"),
        tr("The QTI 3.0 package (a zip with imsmanifest.xml, or its unpacked folder) or one item file."));
    parser.addOption({opt("into"), tr("The bank folder the items go into (required)."), opt("bank")});
    parser.addOption({opt("status"), tr("The status of the imported items: draft (default) or pilot."), opt("status"),
        opt("draft")});
    parser.addOption({opt("competency"),
        tr("The competency of items that do not say theirs (default: the bank's first)."), opt("id")});
    parser.addOption({opt("dry-run"), tr("Check and report only: write nothing.")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Imports the items of a QTI 3.0 package into a bank: choice (single and multiple response), order, "
               "match and text entry (number or text) interactions become AICET items, written to a new file under "
               "the bank's items/ folder with new ids only. Every item is reported: imported, imported with remarks "
               "(what to check), or not imported and why. Exit status 0 when every item was imported, 1 otherwise."),
            arguments, out, err, 1, tr("exactly one package"))) {
        return *stop;
    }
    if (!parser.isSet(opt("into"))) {
        return usageError(err, command, tr("--into BANK is required: the bank folder the items go into"));
    }
    qti::ImportOptions options;
    const QString status = parser.value(opt("status"));
    if (status == QLatin1String("draft")) {
        options.status = ItemStatus::Draft;
    } else if (status == QLatin1String("pilot")) {
        options.status = ItemStatus::Pilot;
    } else {
        return usageError(err, command, tr("--status takes draft or pilot, not \"%1\"").arg(status));
    }
    options.competency = parser.value(opt("competency"));
    options.dryRun = parser.isSet(opt("dry-run"));
    const QString package = parser.positionalArguments().first();
    const QString bank = parser.value(opt("into"));
    const qti::ImportResult result = qti::importPackage(package, bank, options);
    if (!result.ok()) {
        return inputErrors(err, {result.error});
    }
    out << tr("%1 into %2%3\n").arg(package, bank, options.dryRun ? tr(" (dry run: nothing written)") : QString());
    for (const QString &note : result.notes) {
        out << "  " << note << '\n';
    }
    for (const qti::ImportEntry &e : result.entries) {
        const QString where = e.line > 0 ? QStringLiteral("%1:%2").arg(e.file).arg(e.line) : e.file;
        switch (e.outcome) {
        case qti::Outcome::Imported:
            out << tr("%1: imported %2 as %3 (%4)\n").arg(where, e.qtiIdentifier, e.itemId, e.type);
            break;
        case qti::Outcome::ImportedWithRemarks:
            out << tr("%1: imported %2 as %3 (%4), with remarks:\n").arg(where, e.qtiIdentifier, e.itemId, e.type);
            break;
        case qti::Outcome::NotImported:
            out << tr("%1: NOT imported %2:\n")
                       .arg(where, e.qtiIdentifier.isEmpty() ? tr("(no identifier)") : e.qtiIdentifier);
            break;
        }
        for (const QString &m : e.messages) {
            out << "    - " << m << '\n';
        }
    }
    const int imported = result.count(qti::Outcome::Imported) + result.count(qti::Outcome::ImportedWithRemarks);
    const int refused = result.count(qti::Outcome::NotImported);
    out << tr("%1 imported (%2 with remarks), %3 not imported\n")
               .arg(imported)
               .arg(result.count(qti::Outcome::ImportedWithRemarks))
               .arg(refused);
    if (!result.itemsFile.isEmpty()) {
        out << (options.dryRun ? tr("would write %1\n") : tr("written to %1\n"))
                   .arg(QDir::toNativeSeparators(result.itemsFile));
        for (const QString &image : result.imageFiles) {
            out << (options.dryRun ? tr("would copy the picture %1\n") : tr("picture copied to %1\n"))
                       .arg(QDir::toNativeSeparators(QDir(bank).filePath(image)));
        }
    }
    out.flush();
    return refused == 0 && imported > 0 ? Success : Failure;
}

int exportQtiCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("bank export-qti");
    QCommandLineParser parser;
    parser.addPositionalArgument(opt("path"), tr("The bank folder."));
    parser.addOption({opt("out"), tr("The QTI 3.0 package to write (a .zip; required)."), opt("file")});
    parser.addOption({opt("item"), tr("Export this item only (repeat for several; default: every item)."), opt("id")});
    parser.addOption(
        {opt("language"), tr("Export this language only (repeat for several; default: every language)."), opt("code")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Exports a bank's items as a QTI 3.0 package: one qti-assessment-item per item and language, the "
               "pictures, and AICET's own metadata (framework, status, IRT parameters) in the manifest. The file is "
               "written whole or not at all."),
            arguments, out, err, 1, tr("exactly one bank folder"))) {
        return *stop;
    }
    if (!parser.isSet(opt("out"))) {
        return usageError(err, command, tr("--out FILE.zip is required"));
    }
    const QString folder = parser.positionalArguments().first();
    const BankLoadResult loaded = loadBank(folder);
    if (!loaded.usable()) {
        QStringList errors;
        for (const Diagnostic &d : loaded.diagnostics) {
            if (d.isError()) {
                errors.append(d.toString());
            }
        }
        errors.append(tr("%1: the bank has errors: nothing exported").arg(folder));
        return inputErrors(err, errors);
    }
    qti::ExportOptions options;
    options.itemIds = parser.values(opt("item"));
    options.languages = parser.values(opt("language"));
    const qti::ExportResult result = qti::exportPackage(loaded.bank, options);
    if (!result.ok()) {
        return inputErrors(err, {QStringLiteral("%1: %2").arg(folder, result.error)});
    }
    const QString path = parser.value(opt("out"));
    QString error;
    if (!saveFile(path, result.package, &error)) {
        return inputErrors(err, {error});
    }
    out << tr("%1 items (%2 QTI item files) written to %3\n")
               .arg(result.items)
               .arg(result.qtiItems)
               .arg(QDir::toNativeSeparators(path));
    out.flush();
    return Success;
}

} // namespace

int bankCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return dispatch(QStringLiteral("bank"), arguments, out, err,
        {{"validate", QT_TRANSLATE_NOOP("aicet::cli", "check a bank: every problem with its position"),
             validateCommand},
            {"stats", QT_TRANSLATE_NOOP("aicet::cli", "what a bank measures, and how precisely"), statsCommand},
            {"exposure", QT_TRANSLATE_NOOP("aicet::cli", "compute and store the bank's exposure control"),
                exposureCommand},
            {"import-qti", QT_TRANSLATE_NOOP("aicet::cli", "import the items of a QTI 3.0 package, item by item"),
                importQtiCommand},
            {"export-qti", QT_TRANSLATE_NOOP("aicet::cli", "export the bank's items as a QTI 3.0 package"),
                exportQtiCommand}});
}

} // namespace aicet::cli
