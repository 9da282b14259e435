#include "Calibrate.h"

#include "Translate.h"
#include "bank/BankEdit.h"
#include "bank/BankLoader.h"
#include "bank/Chance.h"
#include "bank/Scoring.h"
#include "cat/Random.h"
#include "io/CsvWriter.h"
#include "services/Results.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

namespace aicet::documents {
namespace {

// Filed by lupdate under this namespace, as its calls are written tr("…").
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("aicet::documents", text, disambiguation, n);
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

// A number for a CSV cell; empty when it is not finite (a group's shift at its bound).
QString finite(double x)
{
    return std::isfinite(x) ? io::formatNumber(x) : QString();
}

// The parameters and each item's statistics, one row per item, for tools.
QString parameterCsv(const reports::CalibrationReportData &report, const std::vector<calibration::ItemSpec> &specs,
    const std::vector<BankItem> &items)
{
    using io::formatNumber;
    using io::textField;
    const calibration::Result &r = report.result;
    const bool withErrors = report.settings.standardErrors;
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

void CellGroups::set(std::size_t cell, const QString &name)
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

QStringList chosenOptions(const ItemResponse &response)
{
    if (response.truth) {
        return {*response.truth ? QStringLiteral("true") : QStringLiteral("false")};
    }
    return response.choices;
}

std::optional<CalibrationData> dataFromLines(
    const ItemBank &bank, const QList<ResponseLine> &lines, QStringList *errors)
{
    CalibrationData data;
    cat::ResponseMatrix &m = data.matrix;
    m.items = bank.size();
    QHash<QString, std::size_t> rowOf;
    for (const ResponseLine &r : lines) {
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
        data.languages.set(cell, r.language);
        data.groups.set(cell, r.group);
        if (!r.chosen.isEmpty()) {
            data.choices.push_back({static_cast<int>(*it), item, r.chosen});
        }
    }
    if (!errors->isEmpty()) {
        return std::nullopt;
    }
    data.languages.cells.resize(m.cells.size(), -1);
    data.groups.cells.resize(m.cells.size(), -1);
    return data;
}

std::optional<CalibrationData> dataFromSittings(
    const services::ServiceContext &context, const ItemBank &bank, const QStringList &sittings, QStringList *errors)
{
    QList<ResponseLine> lines;
    services::Results results(context);
    for (const QString &code : sittings) {
        const auto sitting = context.store.sitting(code);
        if (!sitting) {
            errors->append(sitting.failed() ? sitting.error() : tr("no sitting with the code \"%1\"").arg(code));
            return std::nullopt;
        }
        if (sitting->bankHash != bank.contentHash) {
            errors->append(tr("sitting %1 was taken on another version of the bank (content hash %2, the bank "
                              "given has %3)")
                               .arg(code, sitting->bankHash.left(16), bank.contentHash.left(16)));
            return std::nullopt;
        }
        QString error;
        const auto some = results.responses(code, &error);
        if (!some) {
            errors->append(error);
            return std::nullopt;
        }
        for (const services::ResponseRow &r : *some) {
            const ItemResponse response = responseFromJson(r.response);
            lines.append({code + QLatin1Char('/') + r.candidateCode, r.itemId, r.category, response.language,
                r.candidateGroup, chosenOptions(response)});
        }
    }
    auto data = dataFromLines(bank, lines, errors);
    if (data) {
        data->source
            = tr("sitting(s) %1", nullptr, static_cast<int>(sittings.size())).arg(sittings.join(QStringLiteral(", ")));
    }
    return data;
}

std::vector<calibration::ItemSpec> itemSpecs(
    const ItemBank &bank, const cat::ResponseMatrix &matrix, const CalibrationChoices &choices)
{
    // The highest score in each column.
    std::vector<int> highest(bank.items.size(), 0);
    for (std::size_t i = 0; i < matrix.candidates.size(); ++i) {
        for (int j = 0; j < matrix.items; ++j) {
            highest[static_cast<std::size_t>(j)]
                = std::max(highest[static_cast<std::size_t>(j)], matrix.at(static_cast<int>(i), j));
        }
    }
    const irt::Model partial = choices.partial.value_or(irt::Model::GeneralizedPartialCredit);
    std::vector<calibration::ItemSpec> specs;
    for (std::size_t j = 0; j < bank.items.size(); ++j) {
        const BankItem &item = bank.items[j];
        calibration::ItemSpec s;
        const bool bankPartial = choices.withBank && item.hasParameters && !irt::isDichotomous(item.irt.model);
        const bool partialCredit = bankPartial || item.chance.size() > 2 || highest[j] > 1;
        s.fixed = choices.fixedOperational && item.status == ItemStatus::Operational && item.hasParameters;
        if (s.fixed) {
            s.model = item.irt.model;
            s.start = item.irt;
        } else if (partialCredit) {
            s.model = choices.partial || !bankPartial ? partial : item.irt.model;
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
            if (bank.chanceGuessing && !bank.parametersOnly && item.chance.size() > 2 && !s.start.steps.empty()) {
                s.fixedFloors = chanceFloors(item.chance, s.start.steps.size());
            }
        } else {
            s.model = choices.model;
            if (choices.withBank && item.hasParameters && irt::isDichotomous(item.irt.model)) {
                s.start = item.irt;
            }
            s.start.model = choices.model;
            if (choices.model == irt::Model::OnePL) {
                s.start.a = 1.0; // Rasch: every slope 1
            }
            if (choices.model == irt::Model::ThreePL && choices.guessing == CalibrationChoices::Guessing::Chance) {
                s.fixedGuessing = item.chance.size() == 2 ? item.chance[1] : 0.0;
            }
        }
        s.start.D = bank.scalingConstant;
        specs.push_back(s);
    }
    return specs;
}

int CalibrationOutcome::estimated() const
{
    int n = 0;
    for (std::size_t j = 0; j < specs.size() && j < result().answered.size(); ++j) {
        n += specs[j].fixed || !result().answered[j] ? 0 : 1;
    }
    return n;
}

int CalibrationOutcome::unanswered() const
{
    return static_cast<int>(std::count(result().answered.begin(), result().answered.end(), false));
}

int CalibrationOutcome::partialItems() const
{
    int n = 0;
    for (std::size_t j = 0; j < specs.size() && j < result().answered.size(); ++j) {
        n += !specs[j].fixed && !irt::isDichotomous(specs[j].model) && result().answered[j] ? 1 : 0;
    }
    return n;
}

bool CalibrationOutcome::anchored() const
{
    for (std::size_t j = 0; j < specs.size() && j < result().answered.size(); ++j) {
        if (specs[j].fixed && result().answered[j]) {
            return true;
        }
    }
    return false;
}

CalibrationOutcome calibrateBank(
    const ItemBank &bank, const CalibrationData &data, const CalibrationChoices &choices, const QString &bankLabel)
{
    CalibrationOutcome outcome;
    outcome.specs = itemSpecs(bank, data.matrix, choices);
    calibration::Settings settings = choices.settings;
    if (choices.guessing == CalibrationChoices::Guessing::Free) {
        settings.guessingAlpha = settings.guessingBeta = 1.0;
    }
    // Items the answers cannot tell about, left out when asked: their column emptied.
    outcome.leftOut.assign(bank.items.size(), QString());
    outcome.answers.assign(bank.items.size(), 0);
    for (std::size_t i = 0; i < data.matrix.candidates.size(); ++i) {
        for (int j = 0; j < data.matrix.items; ++j) {
            outcome.answers[static_cast<std::size_t>(j)] += data.matrix.at(static_cast<int>(i), j) >= 0 ? 1 : 0;
        }
    }
    std::optional<cat::ResponseMatrix> reduced;
    if (choices.leaveOutUntellable || choices.minimumAnswers > 0) {
        const cat::ResponseMatrix &m = data.matrix;
        for (int j = 0; j < m.items; ++j) {
            const calibration::ItemSpec &spec = outcome.specs[static_cast<std::size_t>(j)];
            if (spec.fixed) {
                continue;
            }
            std::vector<int> seen(64, 0);
            int answers = 0;
            for (std::size_t i = 0; i < m.candidates.size(); ++i) {
                if (const int x = m.at(static_cast<int>(i), j); x >= 0 && x < 64) {
                    ++seen[static_cast<std::size_t>(x)];
                    ++answers;
                }
            }
            if (answers == 0) {
                continue;
            }
            QString why;
            if (answers < choices.minimumAnswers) {
                why = tr("%n answer(s), fewer than the %1 asked for: left out", nullptr, answers)
                          .arg(choices.minimumAnswers);
            } else if (!choices.leaveOutUntellable) {
            } else if (irt::isDichotomous(spec.model)) {
                if (seen[0] == 0 || seen[0] == answers) {
                    why = seen[0] == 0 ? tr("every answer was right: the answers cannot tell its parameters")
                                       : tr("every answer was wrong: the answers cannot tell its parameters");
                }
            } else {
                const int scores = spec.start.steps.empty()
                    ? static_cast<int>(
                        std::find_if(seen.rbegin(), seen.rend(), [](int n) { return n > 0; }).base() - seen.begin())
                    : static_cast<int>(spec.start.steps.size()) + 1;
                for (int x = 0; x < scores && why.isEmpty(); ++x) {
                    if (seen[static_cast<std::size_t>(x)] == 0) {
                        why = tr("nobody scored %1: the answers cannot tell its parameters").arg(x);
                    }
                }
                if (why.isEmpty() && scores < 2) {
                    why = tr("every answer scored 0: the answers cannot tell its parameters");
                }
            }
            if (!why.isEmpty()) {
                if (!reduced) {
                    reduced = m;
                }
                for (std::size_t i = 0; i < m.candidates.size(); ++i) {
                    reduced->cells[i * static_cast<std::size_t>(m.items) + static_cast<std::size_t>(j)] = -1;
                }
                outcome.leftOut[static_cast<std::size_t>(j)] = why;
            }
        }
    }
    const cat::ResponseMatrix &matrix = reduced ? *reduced : data.matrix;
    if (reduced) {
        bool anyLeft = false;
        for (int j = 0; j < matrix.items && !anyLeft; ++j) {
            if (outcome.specs[static_cast<std::size_t>(j)].fixed) {
                continue;
            }
            for (std::size_t i = 0; i < matrix.candidates.size() && !anyLeft; ++i) {
                anyLeft = matrix.at(static_cast<int>(i), j) >= 0;
            }
        }
        if (!anyLeft) {
            outcome.error = choices.minimumAnswers > 0
                ? tr("no question has %1 answers or more that tell its parameters: nothing to estimate")
                      .arg(choices.minimumAnswers)
                : tr("no question has answers that tell its parameters: nothing to estimate");
            return outcome;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const calibration::Result r = calibration::calibrate(matrix, outcome.specs, settings);
    outcome.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!r.error.isEmpty()) {
        // Columns are the bank's items: say which.
        QString message = r.error;
        for (int j = static_cast<int>(bank.items.size()); j >= 1; --j) {
            message.replace(CalibrationText::tr("column %1:").arg(j),
                tr("item \"%1\":").arg(bank.items[static_cast<std::size_t>(j - 1)].id));
        }
        outcome.error = r.cancelled ? tr("cancelled") : message;
        outcome.report.result = r;
        return outcome;
    }
    // What the responses say of each item under its new parameters.
    QElapsedTimer analysisTimer;
    analysisTimer.start();
    reports::CalibrationReportData &report = outcome.report;
    report.bank = bankLabel;
    report.source = data.source;
    report.createdAt = QDateTime::currentDateTimeUtc();
    report.persons = static_cast<int>(matrix.candidates.size());
    report.model = irt::modelName(choices.model);
    report.settings = settings;
    report.result = r;
    if (const int partialItems = outcome.partialItems(); partialItems > 0) {
        report.model += tr(", GPCM or GRM for %n partial-credit item(s)", nullptr, partialItems);
    }
    for (std::size_t j = 0; j < bank.items.size(); ++j) {
        report.itemIds.push_back(bank.items[j].id);
        report.anchors.push_back(outcome.specs[j].fixed);
    }
    if (choices.analyse) {
        // S-X2's degrees of freedom: the parameters estimated for each item.
        std::vector<int> freeParameters;
        for (std::size_t j = 0; j < outcome.specs.size(); ++j) {
            freeParameters.push_back(calibration::estimatedParameters(outcome.specs[j], r.items[j]));
        }
        report.analysis
            = calibration::analyseItems(matrix, r.items, settings, r.latentMean, r.latentSd, freeParameters);
        for (const QString &grouping : choices.dif) {
            const CellGroups &cells = grouping == QLatin1String("language") ? data.languages : data.groups;
            if (grouping == QLatin1String("none")) {
                continue;
            }
            // Asked for by default: only when the responses say which language each item was shown in.
            if (!choices.difAsked && cells.names.size() < 2) {
                continue;
            }
            reports::DifGrouping g{grouping, cells.names, {}, {}};
            if (cells.tooMany) {
                g.notJudged = tr("more than 100 groups");
            } else if (cells.names.size() < 2) {
                g.notJudged = tr("the responses have %n group(s)", nullptr, static_cast<int>(cells.names.size()));
            } else {
                g.results = calibration::analyseDif(matrix, r.items, settings, r.latentMean, r.latentSd, cells.cells,
                    static_cast<int>(cells.names.size()));
                if (g.results.empty()) {
                    g.notJudged = tr("no item has %1 answers in the largest group and in another")
                                      .arg(calibration::kMinimumDifResponses);
                }
            }
            report.dif.push_back(g);
        }
        report.options = calibration::analyseOptions(bank, report.analysis->abilities, data.choices);
        // The bank's areas, when its items have them.
        std::vector<int> areas;
        for (const BankItem &item : bank.items) {
            areas.push_back(item.dimension);
        }
        if (bank.dimensions.size() >= 2 && std::any_of(areas.begin(), areas.end(), [](int a) { return a >= 0; })) {
            report.dimensionality = calibration::checkDimensionality(matrix, r.items, settings, r.latentMean,
                r.latentSd, areas, static_cast<int>(bank.dimensions.size()), *report.analysis);
            for (const Dimension &d : bank.dimensions) {
                report.areaNames << localized(d.name, bank.defaultLanguage);
            }
            report.bankDimensionCorrelation = bank.scale.dimensionCorrelation;
        }
    }
    outcome.analysisSeconds = static_cast<double>(analysisTimer.nsecsElapsed()) / 1e9;
    return outcome;
}

QList<std::pair<QString, QByteArray>> reportFiles(const ItemBank &bank, const CalibrationOutcome &outcome)
{
    using io::formatNumber;
    using io::textField;
    const reports::CalibrationReportData &report = outcome.report;
    QList<std::pair<QString, QByteArray>> files{
        {QStringLiteral("parameters.csv"), parameterCsv(report, outcome.specs, bank.items).toUtf8()},
        {QStringLiteral("report.html"), reports::renderCalibrationReport(report).toUtf8()}};
    if (!report.options.empty()) {
        QString options = QStringLiteral("id,option,key,respondents_low,respondents_middle,respondents_high,"
                                         "share_low,share_middle,share_high\n");
        for (const calibration::OptionShares &o : report.options) {
            for (std::size_t k = 0; k < o.shares.size(); ++k) {
                options += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9\n")
                               .arg(textField(bank.items[static_cast<std::size_t>(o.item)].id),
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
        QString dif = QStringLiteral("id,grouping,focal,reference,focal_responses,reference_responses,shift,shift_se,"
                                     "chi_square,p,effect,class\n");
        for (const reports::DifGrouping &g : report.dif) {
            for (const calibration::DifResult &d : g.results) {
                dif += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12\n")
                           .arg(textField(bank.items[static_cast<std::size_t>(d.item)].id), g.name,
                               textField(g.groups.value(d.focal)), textField(g.groups.value(d.reference)))
                           .arg(d.focalResponses)
                           .arg(d.referenceResponses)
                           .arg(finite(d.shift), finite(d.shiftSe), finite(d.chiSquare), finite(d.p), finite(d.effect),
                               d.category);
            }
        }
        files.append({QStringLiteral("dif.csv"), dif.toUtf8()});
    }
    return files;
}

bool writeReportFolder(const QString &folder, const QList<std::pair<QString, QByteArray>> &files, QString *error)
{
    const QDir dir(folder);
    if (!QDir().mkpath(dir.absolutePath())) {
        *error = tr("%1: cannot create the folder").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (const auto &[name, bytes] : files) {
        auto file = std::make_unique<QSaveFile>(dir.filePath(name));
        if (!file->open(QIODevice::WriteOnly) || file->write(bytes) < 0) {
            *error = tr("%1: cannot write: %2").arg(file->fileName(), file->errorString());
            return false;
        }
        saves.push_back(std::move(file));
    }
    for (const QString &name : {QStringLiteral("dif.csv"), QStringLiteral("options.csv")}) {
        const bool written = std::any_of(files.begin(), files.end(), [&](const auto &f) { return f.first == name; });
        if (!written && dir.exists(name) && !QFile::remove(dir.filePath(name))) {
            *error = tr("%1: cannot remove the file of an earlier report").arg(dir.filePath(name));
            return false;
        }
    }
    for (auto &file : saves) {
        if (!file->commit()) {
            *error = tr("%1: cannot write: %2").arg(file->fileName(), file->errorString());
            return false;
        }
    }
    return true;
}

QString parametersProblem(const ItemBank &bank, const CalibrationOutcome &outcome, std::size_t j)
{
    const calibration::Result &r = outcome.result();
    const calibration::ItemSpec &spec = outcome.specs[j];
    if (spec.fixed || j >= r.answered.size() || !r.answered[j]) {
        return tr("its parameters were not estimated");
    }
    if (const QString problem = writable(r.items[j]); !problem.isEmpty()) {
        return problem;
    }
    // A bank that takes guessing from chance would turn 2PL and partial-credit items back into
    // something else when read: only 3PL items with their c are written there.
    if (bank.chanceGuessing) {
        if (!irt::isDichotomous(spec.model) && spec.fixedFloors.size() != r.items[j].steps.size()) {
            return tr("this bank takes guessing from chance (irt.guessing: chance), which would add chance floors "
                      "to the %1 parameters estimated here without them (its scores do not match its scoring "
                      "rule's)")
                .arg(irt::modelName(spec.model));
        }
        if (irt::isDichotomous(spec.model) && spec.model != irt::Model::ThreePL && bank.items[j].chance.size() >= 2
            && bank.items[j].chance[1] > 0.0) {
            return tr("this bank takes guessing from chance (irt.guessing: chance), which would add a lower "
                      "asymptote to the %1 parameters estimated here; calibrate with the 3PL model (chance or "
                      "estimated guessing), or remove irt.guessing once every item is calibrated")
                .arg(irt::modelName(spec.model));
        }
    }
    return {};
}

QString nextVersion(const QString &version)
{
    static const QRegularExpression form(QStringLiteral("^([0-9]+)\\.([0-9]+)(\\.[0-9]+)?$"));
    const auto m = form.match(version);
    if (!m.hasMatch()) {
        return {};
    }
    return m.captured(3).isEmpty() ? QStringLiteral("%1.%2").arg(m.captured(1)).arg(m.captured(2).toInt() + 1)
                                   : QStringLiteral("%1.%2.0").arg(m.captured(1)).arg(m.captured(2).toInt() + 1);
}

ReleaseOutcome writeRelease(const ItemBank &bank, const CalibrationOutcome &outcome, const ReleaseDecisions &decisions,
    const QString &newVersion)
{
    ReleaseOutcome out;
    if (bank.rootPath.isEmpty()) {
        out.errors << tr("the parameters can only be written into a bank folder");
        return out;
    }
    if (!outcome.error.isEmpty() || !outcome.result().converged) {
        out.errors << tr("the calibration did not converge: nothing is written into the bank");
        return out;
    }
    // The folder must still hold the content that was calibrated.
    if (const BankLoadResult now = loadBank(bank.rootPath); !now.usable() || now.bank.contentHash != bank.contentHash) {
        out.errors << tr("the bank's files changed since it was calibrated (%1): read it again and calibrate again; "
                         "nothing written")
                          .arg(QDir::toNativeSeparators(bank.rootPath));
        return out;
    }
    BankFileEdits edits;
    const auto wanted = [](const std::vector<bool> &v, std::size_t j) { return j < v.size() && v[j]; };
    for (std::size_t j = 0; j < bank.items.size(); ++j) {
        const BankItem &item = bank.items[j];
        if (wanted(decisions.acceptParameters, j)) {
            if (const QString problem = parametersProblem(bank, outcome, j); !problem.isEmpty()) {
                out.errors << tr("item \"%1\": %2; nothing written (the item needs more or other responses, or "
                                 "another model)")
                                  .arg(item.id, problem);
                continue;
            }
            QString error;
            if (!edits.setItemPath(item.source.file, item.id, {QStringLiteral("irt")},
                    flowParameters(outcome.result().items[j]), &error)) {
                out.errors << error;
                continue;
            }
            ++out.parametersWritten;
        }
        if (wanted(decisions.makeOperational, j) && item.status != ItemStatus::Operational) {
            // Operational items need parameters: their own, or the ones accepted now.
            if (!item.hasParameters && !wanted(decisions.acceptParameters, j)) {
                out.errors << tr("item \"%1\": it has no parameters: accept its calibrated parameters to make it "
                                 "operational")
                                  .arg(item.id);
                continue;
            }
            QString error;
            if (!edits.setItemPath(
                    item.source.file, item.id, {QStringLiteral("status")}, QStringLiteral("operational"), &error)) {
                out.errors << error;
                continue;
            }
            ++out.madeOperational;
        }
        if (out.errors.size() > 10) {
            out.errors << tr("… and other items");
            return out;
        }
    }
    if (out.errors.isEmpty() && out.parametersWritten == 0 && out.madeOperational == 0) {
        out.errors << tr("no item was accepted: nothing to write");
    }
    if (!out.errors.isEmpty()) {
        return out;
    }
    // The bank's version: the one given, or its minor number raised (0.2.0 → 0.3.0).
    const QString bankFile = QDir(bank.rootPath).filePath(QStringLiteral("bank.yaml"));
    QString error;
    const QString current = edits.topValue(bankFile, QStringLiteral("version"), &error);
    out.version = newVersion.isEmpty() ? nextVersion(current) : newVersion;
    static const QRegularExpression versionForm(QStringLiteral("^[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}$"));
    if (!error.isEmpty()) {
        out.errors << error;
    } else if (out.version.isEmpty()) {
        out.errors << tr("%1: the version \"%2\" has no form such as 1.2 or 0.2.0 to raise; give the new version")
                          .arg(bankFile, current);
    } else if (!versionForm.match(out.version).hasMatch()) {
        out.errors << tr("the version \"%1\" is not a version (letters, digits, dots; e.g. 1.0.0)").arg(out.version);
    } else if (out.version == current) {
        out.errors << tr("the bank is already at version %1: give a new version").arg(current);
    } else if (!edits.setTopValue(
                   bankFile, QStringLiteral("version"), QStringLiteral("\"%1\"").arg(out.version), &error)) {
        out.errors << error;
    }
    // The new release must read as a usable bank before anything is written (read from a private
    // copy of the folder with the edits).
    std::optional<BankLoadResult> checked;
    if (out.errors.isEmpty()) {
        QString problem;
        checked = edits.loadWithEdits(bank.rootPath, &problem);
        if (!problem.isEmpty()) {
            out.errors << problem;
        } else if (!checked->usable()) {
            out.errors << tr("the new release would not be a usable bank; nothing written");
            for (const Diagnostic &d : checked->diagnostics) {
                if (d.isError() && out.errors.size() < 10) {
                    out.errors << d.toString();
                }
            }
        }
    }
    // A bank with an exposure control has it computed again for that content, with its settings.
    const QString exposureFile = QDir(bank.rootPath).filePath(QLatin1String(kExposureFileName));
    if (out.errors.isEmpty() && QFileInfo::exists(exposureFile)) {
        ExposureSettings settings;
        QString ignored;
        bool ok = false;
        if (const double target = edits.topValue(exposureFile, QStringLiteral("target"), &ignored).toDouble(&ok);
            ok && target > 0.0 && target <= 1.0) {
            settings.target = target;
        }
        if (const int simulees = edits.topValue(exposureFile, QStringLiteral("simulees"), &ignored).toInt(&ok);
            ok && simulees >= 100) {
            settings.simulees = simulees;
        }
        if (const qulonglong seed = edits.topValue(exposureFile, QStringLiteral("seed"), &ignored).toULongLong(&ok);
            ok) {
            settings.seed = seed;
        }
        const ExposureOutcome exposure = computeExposure(checked->bank, settings);
        if (!exposure.text.isEmpty()) {
            edits.replaceFile(exposureFile, exposure.text);
            out.exposureWritten = true;
            int held = 0;
            for (double k : exposure.calibration.parameters) {
                held += k < 1.0 ? 1 : 0;
            }
            out.exposure = tr("exposure control computed again for a largest share of %1: %2 of %3 questions "
                              "held back part of the time")
                               .arg(settings.target)
                               .arg(held)
                               .arg(checked->bank.size());
        } else {
            out.exposure = tr("the exposure control could not be computed again (%1): it is off until computed "
                              "again (aicet-cli bank exposure --write)")
                               .arg(exposure.calibration.error.isEmpty()
                                       ? tr("it did not converge to the target %1").arg(settings.target)
                                       : exposure.calibration.error);
        }
    }
    if (out.errors.isEmpty()) {
        edits.commit(&out.errors);
    }
    if (!out.errors.isEmpty()) {
        out.parametersWritten = out.madeOperational = 0;
        out.exposureWritten = false;
        out.exposure.clear();
    }
    return out;
}

ExposureOutcome computeExposure(const ItemBank &source, const ExposureSettings &settings)
{
    // Computed from scratch: the parameters the bank may already apply play no part.
    ItemBank bank = source;
    for (BankItem &item : bank.items) {
        item.exposureControl = 1.0;
    }
    bank.defaultTest.exposure.sympsonHetter = false;
    ExposureOutcome out;
    out.calibration = cat::calibrateSympsonHetter(bank, bank.defaultTest, settings.target,
        cat::normalSample(settings.simulees, bank.defaultTest.final.priorMean, bank.defaultTest.final.priorSd,
            cat::mixSeed(settings.seed, 0x5E)),
        settings.seed);
    if (!out.calibration.error.isEmpty() || !out.calibration.converged) {
        return out;
    }
    QTextStream s(&out.text);
    s << "# Sympson-Hetter exposure parameters of this bank, computed by\n"
      << "#   aicet-cli bank exposure <bank> --target " << settings.target << " --simulees " << settings.simulees
      << " --seed " << settings.seed << " --write\n"
      << "# for the bank whose content (without these parameters) has the hash below. Do not edit: when the\n"
      << "# bank changes, the parameters are ignored (bank validate says so) until computed again.\n";
    s << "bank_hash: " << exposureBasisHash(bank) << '\n';
    s << "target: " << settings.target << '\n';
    s << "simulees: " << settings.simulees << '\n';
    s << "seed: " << settings.seed << '\n';
    s << "iterations: " << out.calibration.iterations << '\n';
    s << "max_exposure: " << QString::number(out.calibration.maxExposure, 'f', 4) << '\n';
    s << "parameters:\n";
    for (std::size_t i = 0; i < bank.items.size(); ++i) {
        if (out.calibration.parameters[i] < 1.0) {
            s << "  " << bank.items[i].id << ": " << QString::number(out.calibration.parameters[i], 'f', 4) << '\n';
        }
    }
    s.flush();
    return out;
}

QString yamlNumber(double x)
{
    QString t = QString::number(x, 'f', 4);
    while (t.contains(QLatin1Char('.')) && (t.endsWith(QLatin1Char('0')) || t.endsWith(QLatin1Char('.')))) {
        t.chop(1);
    }
    return t == QLatin1String("-0") ? QStringLiteral("0") : t;
}

} // namespace aicet::documents
