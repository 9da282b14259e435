#include "bank/BankLoader.h"

#include "Translate.h"
#include "bank/Chance.h"
#include "bank/Scoring.h"
#include "bank/YamlDocument.h"
#include "io/UserFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <numeric>
#include <optional>
#include <thread>
#include <unistd.h>

namespace aicet {
namespace {

using yaml::Node;

constexpr int kFormatVersion = 1;
constexpr int kMaxChoices = 12;
// An item whose information never reaches this anywhere gives almost nothing to a test.
constexpr double kUselessInformation = 0.03;

// Sane ranges (question-banks/FORMAT.md, "Ranges"): within them every result is a finite number
// and every reported score a whole number far from overflowing; beyond them, nothing a bank could
// mean. A theta (cut points, estimation grid and range, starting point, item locations) lies in
// [-kThetaLimit, kThetaLimit].
constexpr double kThetaLimit = 10.0;
constexpr double kMaxSlope = 10.0; // irt.a
constexpr double kMaxGuessing = 0.5; // irt.c, excluded; irt.d lies above it
constexpr double kWarnedChance = 0.1; // a random answer right this often calls for a lower asymptote
constexpr double kPriorMeanLimit = 5.0;
constexpr double kMaxPriorSd = 5.0;
constexpr double kScaleMeanLimit = 10000.0;
constexpr double kMaxScaleSd = 10000.0;
constexpr double kMaxStandardError = 5.0; // dimension_max_se, certificate_max_se

// "[-10, 10]", "(0, 10]"…: an interval as FORMAT.md writes it.
QString interval(double low, double high, bool lowOpen, bool highOpen)
{
    return QStringLiteral("%1%2, %3%4")
        .arg(lowOpen ? QLatin1Char('(') : QLatin1Char('['))
        .arg(low)
        .arg(high)
        .arg(highOpen ? QLatin1Char(')') : QLatin1Char(']'));
}

bool inInterval(double v, double low, double high, bool lowOpen, bool highOpen)
{
    return (lowOpen ? v > low : v >= low) && (highOpen ? v < high : v <= high);
}

// " (did you mean \"x\"?)" for the closest candidate within a small distance, else "".
QString didYouMean(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max(1, static_cast<int>(word.size()) / 3) + 1;
    for (const QString &c : candidates) {
        const int d = editDistance(word.toLower(), c.toLower(), bestDistance - 1);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best.isEmpty() ? QString() : BankText::tr(" (did you mean \"%1\"?)").arg(best);
}

// The closest name when there is one, else the names that exist (the first twelve).
QString didYouMeanOrKnown(const QString &word, const QStringList &candidates)
{
    const QString close = didYouMean(word, candidates);
    if (!close.isEmpty() || candidates.isEmpty()) {
        return close;
    }
    QStringList shown = candidates.mid(0, 12);
    if (candidates.size() > 12) {
        shown.append(QStringLiteral("…"));
    }
    return BankText::tr(" (the names that exist: %1)").arg(shown.join(QStringLiteral(", ")));
}

QStringList toList(std::initializer_list<const char *> keys)
{
    QStringList list;
    for (const char *k : keys) {
        list.append(QLatin1String(k));
    }
    return list;
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return re;
}

// Reads values out of YAML nodes, recording every problem with its position.
class Reader
{
public:
    Reader(std::vector<Diagnostic> *out, QString file)
        : m_out(out)
        , m_file(std::move(file))
    {
    }

    QString itemId; // the item being read, attached to diagnostics

    void error(const Node &at, const QString &message)
    {
        add(Diagnostic::Severity::Error, at.line, at.column, message);
    }
    void warning(const Node &at, const QString &message)
    {
        add(Diagnostic::Severity::Warning, at.line, at.column, message);
    }
    void error(int line, int column, const QString &message)
    {
        add(Diagnostic::Severity::Error, line, column, message);
    }
    void warning(int line, int column, const QString &message)
    {
        add(Diagnostic::Severity::Warning, line, column, message);
    }
    const QString &file() const { return m_file; }

    // Unknown keys (with a suggestion), and keys given twice.
    void checkKeys(const Node &map, const QStringList &allowed, const QString &context)
    {
        QSet<QString> seen;
        for (std::size_t i = 0; i < map.mappingSize(); ++i) {
            const Node &k = map.key(i);
            if (!k.isScalar()) {
                error(k, BankText::tr("%1: keys must be plain names").arg(context));
                continue;
            }
            const QString key = k.text();
            if (seen.contains(key)) {
                error(k, BankText::tr("%1: \"%2\" is given twice").arg(context, key));
            }
            seen.insert(key);
            if (!allowed.contains(key)) {
                error(k, BankText::tr("%1: unknown field \"%2\"%3").arg(context, key, didYouMeanOrKnown(key, allowed)));
            }
        }
    }

    const Node *require(const Node &map, const char *key, const QString &context)
    {
        const Node *n = map.find(key);
        if (!n) {
            error(map,
                context.isEmpty() ? BankText::tr("missing field \"%1\"").arg(QLatin1String(key))
                                  : BankText::tr("%1: missing field \"%2\"").arg(context, QLatin1String(key)));
        }
        return n;
    }

    std::optional<QString> string(const Node &n, const QString &what)
    {
        if (!n.isScalar() || n.scalar.empty()) {
            error(n,
                BankText::tr("%1 must be a non-empty text, not %2")
                    .arg(what, n.isScalar() ? BankText::tr("an empty text") : n.kindName()));
            return std::nullopt;
        }
        return n.text().trimmed();
    }

    std::optional<QString> identifier(const Node &n, const QString &what)
    {
        auto s = string(n, what);
        if (s && !idPattern().match(*s).hasMatch()) {
            error(n,
                BankText::tr(
                    "%1 \"%2\" must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit")
                    .arg(what, *s));
            return std::nullopt;
        }
        return s;
    }

    std::optional<double> number(const Node &n, const QString &what)
    {
        bool ok = false;
        const double v = n.isScalar() && n.plain ? n.text().toDouble(&ok) : 0.0;
        if (!ok || !std::isfinite(v)) {
            error(n, BankText::tr("%1 must be a number, not %2").arg(what, describe(n)));
            return std::nullopt;
        }
        return v;
    }

    // A number in the interval, reported at the value when it is outside.
    std::optional<double> numberIn(
        const Node &n, const QString &what, double low, double high, bool lowOpen = false, bool highOpen = false)
    {
        const auto v = number(n, what);
        if (v && !inInterval(*v, low, high, lowOpen, highOpen)) {
            error(n, outOfRange(what, *v, low, high, lowOpen, highOpen));
            return std::nullopt;
        }
        return v;
    }

    static QString outOfRange(const QString &what, double v, double low, double high, bool lowOpen, bool highOpen)
    {
        return BankText::tr("%1 must be in %2 (got %3)").arg(what, interval(low, high, lowOpen, highOpen)).arg(v);
    }

    std::optional<int> integer(const Node &n, const QString &what, int min, int max)
    {
        bool ok = false;
        const int v = n.isScalar() && n.plain ? n.text().toInt(&ok) : 0;
        if (!ok) {
            error(n, BankText::tr("%1 must be a whole number, not %2").arg(what, describe(n)));
            return std::nullopt;
        }
        if (v < min || v > max) {
            error(n, BankText::tr("%1 must be between %2 and %3 (got %4)").arg(what).arg(min).arg(max).arg(v));
            return std::nullopt;
        }
        return v;
    }

    std::optional<bool> boolean(const Node &n, const QString &what)
    {
        if (n.isScalar() && n.plain && (n.scalar == "true" || n.scalar == "false")) {
            return n.scalar == "true";
        }
        error(n, BankText::tr("%1 must be true or false, not %2").arg(what, describe(n)));
        return std::nullopt;
    }

    // A mapping language → text with every bank language present.
    LocalizedText localized(const Node &n, const QString &what, const QStringList &languages)
    {
        LocalizedText text;
        if (!n.isMapping()) {
            error(n,
                BankText::tr("%1 must give a text per language (%2), not %3")
                    .arg(what, languages.join(QStringLiteral(", ")), n.kindName()));
            return text;
        }
        checkKeys(n, languages, what);
        for (std::size_t i = 0; i < n.mappingSize(); ++i) {
            const Node &v = n.value(i);
            const QString lang = n.key(i).text();
            if (!languages.contains(lang)) {
                continue;
            }
            if (!v.isScalar() || v.text().trimmed().isEmpty()) {
                error(v, BankText::tr("%1 (%2) must be a non-empty text").arg(what, lang));
                continue;
            }
            text.insert(lang, v.text().trimmed());
        }
        for (const QString &lang : languages) {
            if (!n.find(lang.toUtf8().constData())) {
                error(n, BankText::tr("%1: the \"%2\" text is missing").arg(what, lang));
            }
        }
        return text;
    }

    QStringList stringList(const Node &n, const QString &what)
    {
        QStringList list;
        if (!n.isSequence()) {
            error(n, BankText::tr("%1 must be a list, not %2").arg(what, n.kindName()));
            return list;
        }
        for (const Node &e : n.children) {
            if (auto s = string(e, what)) {
                list.append(*s);
            }
        }
        return list;
    }

    static QString describe(const Node &n)
    {
        return n.isScalar() ? QStringLiteral("\"%1\"").arg(n.text().left(40)) : n.kindName();
    }

private:
    void add(Diagnostic::Severity severity, int line, int column, const QString &message)
    {
        m_out->push_back({severity, m_file, line, column, itemId,
            itemId.isEmpty() ? message : BankText::tr("item \"%1\": %2").arg(itemId, message)});
    }

    std::vector<Diagnostic> *m_out;
    QString m_file;
};

// ---------------------------------------------------------------------------------------------
// bank.yaml

void readFramework(Reader &r, const Node &n, ItemBank &bank)
{
    if (!n.isMapping()) {
        r.error(n, BankText::tr("framework must be a mapping with \"dimensions\""));
        return;
    }
    r.checkKeys(n, toList({"dimensions"}), BankText::tr("framework"));
    const Node *dims = r.require(n, "dimensions", BankText::tr("framework"));
    if (!dims) {
        return;
    }
    if (!dims->isSequence() || dims->children.empty()) {
        r.error(*dims, BankText::tr("framework.dimensions must be a non-empty list"));
        return;
    }
    for (const Node &d : dims->children) {
        if (!d.isMapping()) {
            r.error(d, BankText::tr("a dimension must be a mapping with id, name and competencies"));
            continue;
        }
        r.checkKeys(d, toList({"id", "name", "competencies"}), BankText::tr("dimension"));
        Dimension dim;
        if (const Node *id = r.require(d, "id", BankText::tr("dimension"))) {
            dim.id = r.identifier(*id, BankText::tr("dimension id")).value_or(QString());
        }
        if (const Node *name = r.require(d, "name", BankText::tr("dimension %1").arg(dim.id))) {
            dim.name = r.localized(*name, BankText::tr("dimension %1: name").arg(dim.id), bank.languages);
        }
        if (bank.dimensionIndex(dim.id) >= 0 || (dim.id.isEmpty())) {
            if (!dim.id.isEmpty()) {
                r.error(d, BankText::tr("dimension \"%1\" is defined twice").arg(dim.id));
            }
            continue;
        }
        const int dimIndex = static_cast<int>(bank.dimensions.size());
        bank.dimensions.push_back(dim);
        bank.reindex();
        // A parameters-only bank may leave its dimensions without competencies.
        const Node *comps = bank.parametersOnly
            ? d.find("competencies")
            : r.require(d, "competencies", BankText::tr("dimension %1").arg(dim.id));
        if (!comps) {
            continue;
        }
        if (!comps->isSequence() || comps->children.empty()) {
            r.error(*comps, BankText::tr("dimension %1: competencies must be a non-empty list").arg(dim.id));
            continue;
        }
        for (const Node &c : comps->children) {
            if (!c.isMapping()) {
                r.error(c, BankText::tr("a competency must be a mapping with id, name and level"));
                continue;
            }
            r.checkKeys(c, toList({"id", "name", "level"}), BankText::tr("competency"));
            Competency comp;
            comp.dimension = dimIndex;
            if (const Node *id = r.require(c, "id", BankText::tr("competency"))) {
                comp.id = r.identifier(*id, BankText::tr("competency id")).value_or(QString());
            }
            if (const Node *name = r.require(c, "name", BankText::tr("competency %1").arg(comp.id))) {
                comp.name = r.localized(*name, BankText::tr("competency %1: name").arg(comp.id), bank.languages);
            }
            if (const Node *level = r.require(c, "level", BankText::tr("competency %1").arg(comp.id))) {
                comp.level = r.string(*level, BankText::tr("competency level")).value_or(QString());
            }
            if (comp.id.isEmpty()) {
                continue;
            }
            if (bank.competencyIndex(comp.id) >= 0) {
                r.error(c, BankText::tr("competency \"%1\" is defined twice").arg(comp.id));
                continue;
            }
            bank.competencies.push_back(comp);
            bank.reindex();
        }
    }
}

void readLevels(Reader &r, const Node &n, ItemBank &bank)
{
    if (!n.isSequence() || n.children.empty()) {
        r.error(n, BankText::tr("levels must be a non-empty list, lowest first"));
        return;
    }
    QSet<QString> ids;
    for (std::size_t i = 0; i < n.children.size(); ++i) {
        const Node &l = n.children[i];
        if (!l.isMapping()) {
            r.error(l, BankText::tr("a level must be a mapping with id, name, description and from"));
            continue;
        }
        r.checkKeys(l, toList({"id", "name", "description", "statement", "from"}), BankText::tr("level"));
        Level level;
        if (const Node *id = r.require(l, "id", BankText::tr("level"))) {
            level.id = r.identifier(*id, BankText::tr("level id")).value_or(QString());
        }
        if (ids.contains(level.id)) {
            r.error(l, BankText::tr("level \"%1\" is defined twice").arg(level.id));
        }
        ids.insert(level.id);
        if (const Node *name = r.require(l, "name", BankText::tr("level %1").arg(level.id))) {
            level.name = r.localized(*name, BankText::tr("level %1: name").arg(level.id), bank.languages);
        }
        if (const Node *d = r.require(l, "description", BankText::tr("level %1").arg(level.id))) {
            level.description = r.localized(*d, BankText::tr("level %1: description").arg(level.id), bank.languages);
        }
        if (const Node *st = l.find("statement")) {
            level.statement = r.localized(*st, BankText::tr("level %1: statement").arg(level.id), bank.languages);
        }
        const Node *from = l.find("from");
        if (i == 0 && from) {
            r.error(*from, BankText::tr("the first level starts at the bottom of the scale: remove \"from\""));
        } else if (i > 0) {
            if (!from) {
                r.error(l, BankText::tr("level %1: missing field \"from\" (its lowest theta)").arg(level.id));
            } else if (auto v
                = r.numberIn(*from, BankText::tr("level %1: from").arg(level.id), -kThetaLimit, kThetaLimit)) {
                level.from = *v;
                if (!bank.levels.empty() && std::isfinite(bank.levels.back().from) && *v <= bank.levels.back().from) {
                    r.error(*from,
                        BankText::tr(
                            "levels must be listed lowest first: %1 starts at %2, not above the previous level")
                            .arg(level.id)
                            .arg(*v));
                }
                bank.levelCuts.push_back(*v);
            }
        }
        bank.levels.push_back(level);
    }
}

void readScale(Reader &r, const Node &n, ItemBank &bank)
{
    if (!n.isMapping()) {
        r.error(n, BankText::tr("reporting must be a mapping"));
        return;
    }
    r.checkKeys(n,
        toList({"scale_mean", "scale_sd", "confidence", "dimension_max_se", "certificate_max_se", "level_confidence",
            "dimension_correlation"}),
        BankText::tr("reporting"));
    ReportingScale &s = bank.scale;
    auto positive = [&](const char *key, double *out, double max) {
        if (const Node *v = n.find(key)) {
            if (auto x = r.number(*v, QStringLiteral("reporting.%1").arg(QLatin1String(key)))) {
                if (*x <= 0.0 || *x > max) {
                    r.error(*v,
                        BankText::tr("reporting.%1 must be above 0 and at most %2").arg(QLatin1String(key)).arg(max));
                } else {
                    *out = *x;
                }
            }
        }
    };
    // Scores are mean + sd·θ with |θ| <= 10: whole numbers far from overflowing.
    if (const Node *v = n.find("scale_mean")) {
        s.mean
            = r.numberIn(*v, BankText::tr("reporting.scale_mean"), -kScaleMeanLimit, kScaleMeanLimit).value_or(s.mean);
    }
    positive("scale_sd", &s.sd, kMaxScaleSd);
    positive("confidence", &s.confidence, 0.999);
    positive("dimension_max_se", &s.dimensionMaxSe, kMaxStandardError);
    positive("certificate_max_se", &s.certificateMaxSe, kMaxStandardError);
    if (const Node *v = n.find("level_confidence")) {
        s.levelConfidence
            = r.numberIn(*v, BankText::tr("reporting.level_confidence"), 0.5, 0.999).value_or(s.levelConfidence);
    }
    if (const Node *v = n.find("dimension_correlation")) {
        s.dimensionCorrelation = r.numberIn(*v, BankText::tr("reporting.dimension_correlation"), 0.0, 1.0)
                                     .value_or(s.dimensionCorrelation);
    }
}

void readEstimatorSettings(Reader &r, const Node &test, irt::EstimationSettings *s)
{
    if (const Node *grid = test.find("grid")) {
        if (!grid->isMapping()) {
            r.error(*grid, BankText::tr("test.grid must be a mapping with lower, upper and nodes"));
        } else {
            r.checkKeys(*grid, toList({"lower", "upper", "nodes"}), BankText::tr("test.grid"));
            if (const Node *v = grid->find("lower")) {
                s->grid.lower = r.numberIn(*v, BankText::tr("test.grid.lower"), -kThetaLimit, kThetaLimit)
                                    .value_or(s->grid.lower);
            }
            if (const Node *v = grid->find("upper")) {
                s->grid.upper = r.numberIn(*v, BankText::tr("test.grid.upper"), -kThetaLimit, kThetaLimit)
                                    .value_or(s->grid.upper);
            }
            if (const Node *v = grid->find("nodes")) {
                s->grid.nodes = r.integer(*v, BankText::tr("test.grid.nodes"), 3, 10001).value_or(s->grid.nodes);
            }
        }
    }
    if (const Node *range = test.find("range")) {
        if (!range->isMapping()) {
            r.error(*range, BankText::tr("test.range must be a mapping with lower and upper"));
        } else {
            r.checkKeys(*range, toList({"lower", "upper"}), BankText::tr("test.range"));
            if (const Node *v = range->find("lower")) {
                s->rangeLower = r.numberIn(*v, BankText::tr("test.range.lower"), -kThetaLimit, kThetaLimit)
                                    .value_or(s->rangeLower);
            }
            if (const Node *v = range->find("upper")) {
                s->rangeUpper = r.numberIn(*v, BankText::tr("test.range.upper"), -kThetaLimit, kThetaLimit)
                                    .value_or(s->rangeUpper);
            }
        }
    }
    if (const Node *prior = test.find("prior")) {
        if (!prior->isMapping()) {
            r.error(*prior, BankText::tr("test.prior must be a mapping with mean and sd"));
        } else {
            r.checkKeys(*prior, toList({"mean", "sd"}), BankText::tr("test.prior"));
            if (const Node *v = prior->find("mean")) {
                s->priorMean = r.numberIn(*v, BankText::tr("test.prior.mean"), -kPriorMeanLimit, kPriorMeanLimit)
                                   .value_or(s->priorMean);
            }
            if (const Node *v = prior->find("sd")) {
                s->priorSd = r.numberIn(*v, BankText::tr("test.prior.sd"), 0.0, kMaxPriorSd, true).value_or(s->priorSd);
            }
        }
    }
}

void readTest(Reader &r, const Node &n, ItemBank &bank)
{
    cat::TestSpecification &spec = bank.defaultTest;
    if (!n.isMapping()) {
        r.error(n, BankText::tr("test must be a mapping of test settings"));
        return;
    }
    r.checkKeys(n,
        toList({"min_items", "max_items", "se_target", "time_limit_minutes", "classification_confidence", "selection",
            "estimator", "final_estimator", "grid", "range", "prior", "start_theta", "randomesque", "sympson_hetter",
            "content_targets", "pilot_positions", "max_partial_credit"}),
        BankText::tr("test"));
    if (const Node *v = n.find("min_items")) {
        spec.stopping.minItems
            = r.integer(*v, BankText::tr("test.min_items"), 0, 10000).value_or(spec.stopping.minItems);
    }
    if (const Node *v = n.find("max_items")) {
        spec.stopping.maxItems
            = r.integer(*v, BankText::tr("test.max_items"), 1, 10000).value_or(spec.stopping.maxItems);
    }
    if (const Node *v = n.find("se_target")) {
        spec.stopping.seTarget = r.number(*v, BankText::tr("test.se_target")).value_or(0.0);
    }
    if (const Node *v = n.find("time_limit_minutes")) {
        spec.stopping.timeLimitSeconds = 60.0 * r.number(*v, BankText::tr("test.time_limit_minutes")).value_or(0.0);
    }
    if (const Node *v = n.find("classification_confidence")) {
        spec.stopping.classification = true;
        spec.stopping.classificationConfidence = r.number(*v, BankText::tr("test.classification_confidence"))
                                                     .value_or(spec.stopping.classificationConfidence);
    }
    if (const Node *v = n.find("selection")) {
        const QString name = v->text();
        if (!cat::parseSelectionRule(name, &spec.selection)) {
            r.error(*v,
                BankText::tr("test.selection: unknown rule \"%1\" (mfi, bopt, mlwi or mpwi)%2")
                    .arg(name, didYouMean(name, toList({"mfi", "bopt", "mlwi", "mpwi"}))));
        }
    }
    auto estimator = [&](const char *key, irt::Estimator *out) {
        if (const Node *v = n.find(key)) {
            if (!irt::parseEstimator(v->text(), out)) {
                r.error(*v,
                    BankText::tr("test.%1: unknown estimator \"%2\" (ml, map, eap or wle)")
                        .arg(QLatin1String(key), v->text()));
            }
        }
    };
    estimator("estimator", &spec.interim.method);
    readEstimatorSettings(r, n, &spec.interim);
    spec.final = spec.interim;
    estimator("final_estimator", &spec.final.method);
    if (const Node *v = n.find("start_theta")) {
        spec.startTheta = r.numberIn(*v, BankText::tr("test.start_theta"), -kThetaLimit, kThetaLimit).value_or(0.0);
    }
    if (const Node *v = n.find("randomesque")) {
        spec.exposure.randomesque = r.integer(*v, BankText::tr("test.randomesque"), 1, 1000).value_or(1);
    }
    if (const Node *v = n.find("max_partial_credit")) {
        spec.exposure.maxPartialCredit = r.integer(*v, BankText::tr("test.max_partial_credit"), 0, 10000).value_or(0);
    }
    if (const Node *v = n.find("sympson_hetter")) {
        spec.exposure.sympsonHetter = r.boolean(*v, BankText::tr("test.sympson_hetter")).value_or(false);
    }
    if (const Node *v = n.find("content_targets")) {
        if (!v->isMapping()) {
            r.error(*v, BankText::tr("test.content_targets must map dimension ids to proportions"));
        } else {
            spec.contentTargets.assign(bank.dimensions.size(), 0.0);
            QStringList dimIds;
            for (const auto &d : bank.dimensions) {
                dimIds.append(d.id);
            }
            for (std::size_t i = 0; i < v->mappingSize(); ++i) {
                const QString dim = v->key(i).text();
                const int index = bank.dimensionIndex(dim);
                if (index < 0) {
                    r.error(v->key(i),
                        BankText::tr("test.content_targets: no dimension \"%1\"%2")
                            .arg(dim, didYouMeanOrKnown(dim, dimIds)));
                    continue;
                }
                spec.contentTargets[static_cast<std::size_t>(index)]
                    = r.number(v->value(i), BankText::tr("test.content_targets.%1").arg(dim)).value_or(0.0);
            }
        }
    }
    if (const Node *v = n.find("pilot_positions")) {
        if (!v->isSequence()) {
            r.error(*v, BankText::tr("test.pilot_positions must be a list of positions"));
        } else {
            for (const Node &p : v->children) {
                if (auto pos = r.integer(p, BankText::tr("a pilot position"), 1, 10000)) {
                    spec.pilotPositions.push_back(*pos);
                }
            }
        }
    }
}

void readBankFile(Reader &r, const Node &root, ItemBank &bank)
{
    if (!root.isMapping()) {
        r.error(root, BankText::tr("bank.yaml must be a mapping of bank settings, not %1").arg(root.kindName()));
        return;
    }
    r.checkKeys(root,
        toList({"format", "id", "title", "version", "languages", "default_language", "authority", "signatory",
            "purpose", "irt", "framework", "themes", "levels", "reporting", "test"}),
        BankText::tr("bank"));
    if (const Node *f = r.require(root, "format", BankText::tr("bank"))) {
        if (auto v = r.integer(*f, BankText::tr("format"), 1, 1000); v && *v != kFormatVersion) {
            r.error(*f,
                BankText::tr("format %1 is not known to this version of AICET (it reads format %2)")
                    .arg(*v)
                    .arg(kFormatVersion));
        }
    }
    if (const Node *v = r.require(root, "id", BankText::tr("bank"))) {
        bank.id = r.identifier(*v, BankText::tr("bank id")).value_or(QString());
    }
    if (const Node *v = r.require(root, "version", BankText::tr("bank"))) {
        bank.version = r.string(*v, BankText::tr("version")).value_or(QString());
    }
    if (const Node *v = r.require(root, "languages", BankText::tr("bank"))) {
        bank.languages = r.stringList(*v, BankText::tr("languages"));
        if (bank.languages.isEmpty()) {
            r.error(*v, BankText::tr("languages must list at least one language code, such as fr"));
        }
        static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(-[A-Z]{2})?$"));
        for (const QString &l : bank.languages) {
            if (!code.match(l).hasMatch()) {
                r.error(*v, BankText::tr("\"%1\" is not a language code such as fr, en or pt-BR").arg(l));
            }
            if (bank.languages.count(l) > 1) {
                r.error(*v, BankText::tr("language \"%1\" is listed twice").arg(l));
                break;
            }
        }
    }
    if (const Node *v = r.require(root, "default_language", BankText::tr("bank"))) {
        bank.defaultLanguage = r.string(*v, BankText::tr("default_language")).value_or(QString());
        if (!bank.languages.isEmpty() && !bank.languages.contains(bank.defaultLanguage)) {
            r.error(*v,
                BankText::tr("default_language \"%1\" is not one of the bank's languages (%2)")
                    .arg(bank.defaultLanguage, bank.languages.join(QStringLiteral(", "))));
        }
    }
    if (const Node *v = r.require(root, "title", BankText::tr("bank"))) {
        bank.title = r.localized(*v, BankText::tr("title"), bank.languages);
    }
    if (const Node *v = root.find("signatory")) {
        bank.signatory = r.localized(*v, BankText::tr("signatory"), bank.languages);
    }
    if (const Node *v = r.require(root, "authority", BankText::tr("bank"))) {
        bank.authority = r.localized(*v, BankText::tr("authority"), bank.languages);
    }
    if (const Node *v = root.find("purpose")) {
        const QString p = v->text();
        if (p == QLatin1String("simulation")) {
            bank.parametersOnly = true;
        } else if (p != QLatin1String("assessment")) {
            r.error(*v, BankText::tr("purpose must be assessment or simulation, not \"%1\"").arg(p));
        }
    }
    if (const Node *irtNode = r.require(root, "irt", BankText::tr("bank"))) {
        if (!irtNode->isMapping()) {
            r.error(*irtNode, BankText::tr("irt must be a mapping with scaling_constant and parameters"));
        } else {
            r.checkKeys(*irtNode, toList({"scaling_constant", "parameters", "guessing"}), BankText::tr("irt"));
            if (const Node *g = irtNode->find("guessing")) {
                const QString s = g->text();
                if (s == QLatin1String("chance")) {
                    bank.chanceGuessing = true;
                } else if (s != QLatin1String("none")) {
                    r.error(*g,
                        BankText::tr("irt.guessing must be chance (what answering at random gives) or none, not "
                                     "\"%1\"")
                            .arg(s));
                }
            }
            if (const Node *d = irtNode->find("scaling_constant")) {
                const double value = r.number(*d, BankText::tr("irt.scaling_constant")).value_or(1.0);
                if (value <= 0.0 || value > 10.0) {
                    r.error(*d,
                        BankText::tr("irt.scaling_constant must be above 0 (1 for the logistic metric, 1.702 for the "
                                     "normal-ogive one)"));
                } else {
                    bank.scalingConstant = value;
                }
            }
            if (const Node *p = r.require(*irtNode, "parameters", BankText::tr("irt"))) {
                const QString s = p->text();
                if (s == QLatin1String("provisional")) {
                    bank.provisionalParameters = true;
                } else if (s != QLatin1String("calibrated")) {
                    r.error(*p, BankText::tr("irt.parameters must be provisional or calibrated, not \"%1\"").arg(s));
                }
            }
        }
    }
    if (const Node *v = r.require(root, "framework", BankText::tr("bank"))) {
        readFramework(r, *v, bank);
    }
    if (const Node *v = root.find("themes")) {
        if (!v->isSequence()) {
            r.error(*v, BankText::tr("themes must be a list"));
        } else {
            for (const Node &t : v->children) {
                if (!t.isMapping()) {
                    r.error(t, BankText::tr("a theme must be a mapping with id and name"));
                    continue;
                }
                r.checkKeys(t, toList({"id", "name"}), BankText::tr("theme"));
                Theme theme;
                if (const Node *id = r.require(t, "id", BankText::tr("theme"))) {
                    theme.id = r.identifier(*id, BankText::tr("theme id")).value_or(QString());
                }
                if (const Node *name = r.require(t, "name", BankText::tr("theme %1").arg(theme.id))) {
                    theme.name = r.localized(*name, BankText::tr("theme %1: name").arg(theme.id), bank.languages);
                }
                bank.themes.push_back(theme);
            }
        }
    }
    if (const Node *v = bank.parametersOnly ? root.find("levels") : r.require(root, "levels", BankText::tr("bank"))) {
        readLevels(r, *v, bank);
    }
    if (const Node *v = root.find("reporting")) {
        readScale(r, *v, bank);
    }
    if (const Node *v = root.find("test")) {
        readTest(r, *v, bank);
    }
}

// ---------------------------------------------------------------------------------------------
// Items

std::vector<Choice> readChoices(
    Reader &r, const Node &item, const char *key, const QString &what, int minCount, const QStringList &languages)
{
    std::vector<Choice> choices;
    const Node *list = r.require(item, key, what);
    if (!list) {
        return choices;
    }
    if (!list->isSequence()) {
        r.error(
            *list, BankText::tr("%1 must be a list of {id, text}, not %2").arg(QLatin1String(key), list->kindName()));
        return choices;
    }
    if (static_cast<int>(list->children.size()) < minCount || static_cast<int>(list->children.size()) > kMaxChoices) {
        r.error(*list,
            BankText::tr("%1 needs between %2 and %3 entries (has %4)")
                .arg(QLatin1String(key))
                .arg(minCount)
                .arg(kMaxChoices)
                .arg(list->children.size()));
    }
    QSet<QString> ids;
    for (const Node &c : list->children) {
        if (!c.isMapping()) {
            r.error(c, BankText::tr("each entry of %1 must be a mapping {id, text}").arg(QLatin1String(key)));
            continue;
        }
        r.checkKeys(c, toList({"id", "text"}), QLatin1String(key));
        Choice choice;
        if (const Node *id = r.require(c, "id", QLatin1String(key))) {
            choice.id = r.identifier(*id, BankText::tr("%1 id").arg(QLatin1String(key))).value_or(QString());
        }
        if (ids.contains(choice.id)) {
            r.error(c, BankText::tr("%1: id \"%2\" is used twice").arg(QLatin1String(key), choice.id));
        }
        ids.insert(choice.id);
        if (const Node *text = r.require(c, "text", QLatin1String(key))) {
            choice.text = r.localized(*text, BankText::tr("%1 %2").arg(QLatin1String(key), choice.id), languages);
        }
        choices.push_back(choice);
    }
    return choices;
}

// The answer key refers to choices: each id must exist.
bool checkRefersTo(Reader &r, const Node &at, const QString &id, const QStringList &known, const QString &what)
{
    if (known.contains(id)) {
        return true;
    }
    r.error(at,
        BankText::tr("the answer names %1 \"%2\", which is not among %3%4")
            .arg(what, id, known.join(QStringLiteral(", ")), didYouMean(id, known)));
    return false;
}

// The highest category a response can reach under the item's scoring rule.
int maximumScore(const ItemContent &c)
{
    if (c.scoring == Scoring::AllOrNothing) {
        return 1;
    }
    if (c.scoring == Scoring::OneMistake) {
        return 2;
    }
    switch (c.type) {
    case ItemType::MultipleResponse:
        return static_cast<int>(c.key.size());
    case ItemType::Ordering:
        return std::max(1, static_cast<int>(c.elements.size()) - 1);
    case ItemType::Matching:
        return static_cast<int>(c.premises.size());
    default:
        return 1;
    }
}

void readContent(Reader &r, const Node &n, BankItem &item, const ItemBank &bank)
{
    ItemContent &c = item.content;
    const QStringList &langs = bank.languages;
    const QString ctx; // item-level fields: the diagnostic already names the item
    if (const Node *v = r.require(n, "stem", ctx)) {
        c.stem = r.localized(*v, BankText::tr("stem"), langs);
    }
    if (const Node *v = r.require(n, "explanation", ctx)) {
        c.explanation = r.localized(*v, BankText::tr("explanation"), langs);
    }
    if (const Node *v = n.find("shuffle")) {
        c.shuffle = r.boolean(*v, BankText::tr("shuffle")).value_or(true);
    }
    auto readScoring = [&](const char *partialName) {
        if (const Node *v = n.find("scoring")) {
            const QString s = v->text();
            const QString whole
                = c.type == ItemType::Ordering ? QStringLiteral("exact") : QStringLiteral("all_or_nothing");
            if (s == whole) {
                c.scoring = Scoring::AllOrNothing;
            } else if (s == QLatin1String(partialName)) {
                c.scoring = Scoring::Partial;
            } else if (s == QLatin1String("one_mistake")) {
                c.scoring = Scoring::OneMistake;
                const std::size_t parts = c.type == ItemType::Ordering ? c.elements.size()
                    : c.type == ItemType::Matching                     ? c.premises.size()
                                                                       : c.options.size();
                if (parts > 0 && parts < 3) {
                    r.error(*v,
                        BankText::tr("one_mistake needs at least 3 %1: with 2, one mistake is half the question")
                            .arg(c.type == ItemType::Ordering      ? BankText::tr("elements")
                                    : c.type == ItemType::Matching ? BankText::tr("premises")
                                                                   : BankText::tr("options")));
                }
            } else {
                r.error(*v,
                    BankText::tr("scoring must be %1, %2 or one_mistake, not \"%3\"")
                        .arg(whole, QLatin1String(partialName), s));
            }
        }
    };
    const Node *answer = c.type == ItemType::ShortText ? n.find("answer") : r.require(n, "answer", ctx);
    switch (c.type) {
    case ItemType::SingleChoice:
        c.options = readChoices(r, n, "options", ctx, 2, langs);
        if (answer && answer->isScalar()) {
            const QString id = answer->text();
            if (checkRefersTo(r, *answer, id, idsOf(c.options), BankText::tr("option"))) {
                c.key = {id};
            }
        } else if (answer) {
            r.error(*answer, BankText::tr("answer must be the id of the right option, not %1").arg(answer->kindName()));
        }
        break;
    case ItemType::MultipleResponse:
        c.options = readChoices(r, n, "options", ctx, 3, langs);
        readScoring("partial");
        if (answer && answer->isSequence() && !answer->children.empty()) {
            for (const Node &a : answer->children) {
                const QString id = a.text();
                if (c.key.contains(id)) {
                    r.error(a, BankText::tr("the answer lists option \"%1\" twice").arg(id));
                } else if (checkRefersTo(r, a, id, idsOf(c.options), BankText::tr("option"))) {
                    c.key.append(id);
                }
            }
            if (!c.options.empty() && c.key.size() == static_cast<qsizetype>(c.options.size())) {
                r.warning(*answer, BankText::tr("every option is right: the item cannot tell pupils apart"));
            }
        } else if (answer) {
            r.error(*answer, BankText::tr("answer must be the list of the right options' ids"));
        }
        break;
    case ItemType::TrueFalse:
        if (answer) {
            c.trueFalseKey = r.boolean(*answer, BankText::tr("answer")).value_or(true);
        }
        break;
    case ItemType::Ordering: {
        c.elements = readChoices(r, n, "elements", ctx, 2, langs);
        readScoring("partial");
        if (answer && answer->isSequence()) {
            const QStringList known = idsOf(c.elements);
            QStringList order;
            for (const Node &a : answer->children) {
                const QString id = a.text();
                if (order.contains(id)) {
                    r.error(a, BankText::tr("the order lists element \"%1\" twice").arg(id));
                } else if (checkRefersTo(r, a, id, known, BankText::tr("element"))) {
                    order.append(id);
                }
            }
            for (const QString &id : known) {
                if (!order.contains(id)) {
                    r.error(*answer,
                        BankText::tr("the order leaves out element \"%1\": it must list every element once").arg(id));
                }
            }
            c.key = order;
        } else if (answer) {
            r.error(*answer, BankText::tr("answer must list the element ids in the right order"));
        }
        break;
    }
    case ItemType::Matching: {
        c.premises = readChoices(r, n, "premises", ctx, 2, langs);
        c.responses = readChoices(r, n, "responses", ctx, 2, langs);
        readScoring("partial");
        if (c.responses.size() < c.premises.size() && !c.responses.empty()) {
            r.warning(n, BankText::tr("fewer responses than premises: some responses must be used twice"));
        }
        if (answer && answer->isMapping()) {
            const QStringList premises = idsOf(c.premises), responses = idsOf(c.responses);
            for (std::size_t i = 0; i < answer->mappingSize(); ++i) {
                const QString p = answer->key(i).text(), v = answer->value(i).text();
                if (c.matchingKey.contains(p)) {
                    r.error(answer->key(i), BankText::tr("the answer pairs premise \"%1\" twice").arg(p));
                    continue;
                }
                if (checkRefersTo(r, answer->key(i), p, premises, BankText::tr("premise"))
                    && checkRefersTo(r, answer->value(i), v, responses, BankText::tr("response"))) {
                    c.matchingKey.insert(p, v);
                }
            }
            for (const QString &p : premises) {
                if (!answer->find(p.toUtf8().constData())) {
                    r.error(*answer,
                        BankText::tr("the answer does not pair premise \"%1\": every premise needs its response")
                            .arg(p));
                }
            }
        } else if (answer) {
            r.error(*answer, BankText::tr("answer must map each premise id to its response id"));
        }
        break;
    }
    case ItemType::Numeric:
        if (answer) {
            c.numericKey = r.number(*answer, BankText::tr("answer")).value_or(0.0);
        }
        if (const Node *v = n.find("tolerance")) {
            c.tolerance = r.number(*v, BankText::tr("tolerance")).value_or(0.0);
            if (c.tolerance < 0.0) {
                r.error(*v, BankText::tr("tolerance must not be negative"));
            }
        }
        if (const Node *v = n.find("unit")) {
            c.unit = r.localized(*v, BankText::tr("unit"), langs);
        }
        break;
    case ItemType::ShortText: {
        if (answer) {
            r.error(*answer, BankText::tr("short_text items list their answers under \"accepted\", per language"));
        }
        if (const Node *v = r.require(n, "accepted", ctx)) {
            if (!v->isMapping()) {
                r.error(*v, BankText::tr("accepted must map each language to a list of accepted answers"));
            } else {
                r.checkKeys(*v, langs, BankText::tr("accepted"));
                for (const QString &lang : langs) {
                    const Node *list = v->find(lang.toUtf8().constData());
                    if (!list) {
                        r.error(*v, BankText::tr("accepted: the \"%1\" answers are missing").arg(lang));
                        continue;
                    }
                    const QStringList answers = r.stringList(*list, BankText::tr("accepted (%1)").arg(lang));
                    if (answers.isEmpty() && list->isSequence()) {
                        r.error(*list, BankText::tr("accepted (%1) needs at least one answer").arg(lang));
                    }
                    // Bounded scoring: an accepted answer is at most kMaxAcceptedAnswerLength long.
                    for (std::size_t k = 0; list->isSequence() && k < list->children.size(); ++k) {
                        const Node &a = list->children[k];
                        if (a.isScalar() && a.text().trimmed().size() > kMaxAcceptedAnswerLength) {
                            r.error(a,
                                BankText::tr("accepted (%1): an answer has %2 characters; at most %3")
                                    .arg(lang)
                                    .arg(a.text().trimmed().size())
                                    .arg(kMaxAcceptedAnswerLength));
                        }
                    }
                    c.accepted.insert(lang, answers);
                }
            }
        }
        if (const Node *v = n.find("max_edits")) {
            c.maxEdits = r.integer(*v, BankText::tr("max_edits"), 0, 3).value_or(0);
        }
        break;
    }
    }
    if (const Node *img = n.find("image")) {
        if (!img->isMapping()) {
            r.error(*img, BankText::tr("image must be a mapping with file and alt"));
        } else {
            r.checkKeys(*img, toList({"file", "alt"}), BankText::tr("image"));
            if (const Node *f = r.require(*img, "file", BankText::tr("image"))) {
                if (f->isMapping()) {
                    // One picture per language: the words drawn in it are translated.
                    c.imageFiles = r.localized(*f, BankText::tr("image.file"), langs);
                    c.imageFile = c.imageFiles.value(bank.defaultLanguage);
                } else {
                    c.imageFile = r.string(*f, BankText::tr("image.file")).value_or(QString());
                }
            }
            if (const Node *alt = r.require(*img, "alt",
                    BankText::tr("image (an alternative text is required for pupils who "
                                 "cannot see it)"))) {
                c.imageAlt = r.localized(*alt, BankText::tr("image.alt"), langs);
            }
        }
    }
}

// The keys an item of each type may have.
QStringList allowedItemKeys(ItemType type)
{
    QStringList keys = toList({"id", "type", "status", "dimension", "competency", "level", "themes", "stem",
        "explanation", "image", "enemies", "irt", "exposure", "shuffle"});
    switch (type) {
    case ItemType::SingleChoice:
        keys << QStringLiteral("options") << QStringLiteral("answer");
        break;
    case ItemType::MultipleResponse:
        keys << QStringLiteral("options") << QStringLiteral("answer") << QStringLiteral("scoring");
        break;
    case ItemType::TrueFalse:
        keys << QStringLiteral("answer");
        break;
    case ItemType::Ordering:
        keys << QStringLiteral("elements") << QStringLiteral("answer") << QStringLiteral("scoring");
        break;
    case ItemType::Matching:
        keys << QStringLiteral("premises") << QStringLiteral("responses") << QStringLiteral("answer")
             << QStringLiteral("scoring");
        break;
    case ItemType::Numeric:
        keys << QStringLiteral("answer") << QStringLiteral("tolerance") << QStringLiteral("unit");
        break;
    case ItemType::ShortText:
        keys << QStringLiteral("accepted") << QStringLiteral("max_edits");
        break;
    }
    return keys;
}

// Guessing: with irt.guessing: chance, what chance gives becomes the item's lower asymptote (or
// its floors); otherwise a choice item whose model has none is reported, as its right answers can
// come from chance.
void applyChance(Reader &r, const Node &n, BankItem &item, const ItemBank &bank)
{
    irt::ItemParameters &p = item.irt;
    const std::vector<double> &q = item.chance;
    if (irt::isDichotomous(p.model)) {
        const double right = q.size() == 2 ? q[1] : 0.0;
        if (right <= 0.0 || p.c > 0.0 || (!bank.chanceGuessing && right < kWarnedChance)) {
            return;
        }
        if (bank.chanceGuessing) {
            // 1PL and 2PL become 3PL; a 4PL item keeps its upper asymptote (when chance is below it).
            if (p.model != irt::Model::FourPL) {
                p.model = irt::Model::ThreePL;
            }
            if (right < p.d) {
                p.c = right;
            }
        } else if (item.status == ItemStatus::Operational) {
            r.warning(n,
                BankText::tr("irt: a random answer is right %1% of the time, but the %2 model has no lower asymptote: "
                             "use 3PL with c (from calibration), or irt.guessing: chance in bank.yaml for provisional "
                             "parameters")
                    .arg(std::round(right * 1000.0) / 10.0)
                    .arg(irt::modelName(p.model)));
        }
        return;
    }
    if (!bank.chanceGuessing || !p.floors.empty()) {
        return;
    }
    p.floors = chanceFloors(q, p.steps.size());
}

void readParameters(Reader &r, const Node &n, BankItem &item, const ItemBank &bank)
{
    if (!n.isMapping()) {
        r.error(n, BankText::tr("irt must be a mapping such as {model: 2PL, a: 1.2, b: -0.5}"));
        item.hasParameters = false;
        return;
    }
    r.checkKeys(n, toList({"model", "a", "b", "c", "d"}), BankText::tr("irt"));
    irt::ItemParameters &p = item.irt;
    p.D = bank.scalingConstant;
    const Node *model = r.require(n, "model", BankText::tr("irt"));
    if (!model) {
        item.hasParameters = false;
        return;
    }
    if (!irt::parseModel(model->text(), &p.model)) {
        const QStringList models = toList({"1PL", "2PL", "3PL", "4PL", "GRM", "GPCM"});
        r.error(*model,
            BankText::tr("irt.model \"%1\" is not one of %2%3")
                .arg(model->text(), models.join(QStringLiteral(", ")), didYouMean(model->text(), models)));
        item.hasParameters = false;
        return;
    }
    bool ok = true;
    auto need = [&](const char *key, double *out) {
        const Node *v = n.find(key);
        if (!v) {
            r.error(n, BankText::tr("irt: the %1 model needs \"%2\"").arg(irt::modelName(p.model), QLatin1String(key)));
            ok = false;
            return;
        }
        if (auto x = r.number(*v, QStringLiteral("irt.%1").arg(QLatin1String(key)))) {
            *out = *x;
        } else {
            ok = false;
        }
    };
    auto forbid = [&](const char *key) {
        if (const Node *v = n.find(key)) {
            r.error(*v,
                BankText::tr("irt: \"%1\" is not a parameter of the %2 model%3")
                    .arg(QLatin1String(key), irt::modelName(p.model),
                        QLatin1String(key) == QLatin1String("c") ? BankText::tr(" (use 3PL for a guessing parameter)")
                            : QLatin1String(key) == QLatin1String("d")
                            ? BankText::tr(" (use 4PL for an upper asymptote)")
                            : QString()));
            ok = false;
        }
    };
    switch (p.model) {
    case irt::Model::OnePL:
        if (n.find("a")) {
            need("a", &p.a);
        }
        need("b", &p.b);
        forbid("c"), forbid("d");
        break;
    case irt::Model::TwoPL:
        need("a", &p.a), need("b", &p.b);
        forbid("c"), forbid("d");
        break;
    case irt::Model::ThreePL:
        need("a", &p.a), need("b", &p.b), need("c", &p.c);
        forbid("d");
        break;
    case irt::Model::FourPL:
        need("a", &p.a), need("b", &p.b), need("c", &p.c), need("d", &p.d);
        break;
    case irt::Model::GradedResponse:
    case irt::Model::GeneralizedPartialCredit: {
        need("a", &p.a);
        forbid("c"), forbid("d");
        const Node *steps = n.find("b");
        if (!steps || !steps->isSequence() || steps->children.empty()) {
            r.error(steps ? *steps : n,
                BankText::tr("irt: the %1 model needs \"b\", the list of step parameters, one per score "
                             "above 0")
                    .arg(irt::modelName(p.model)));
            ok = false;
        } else {
            for (const Node &s : steps->children) {
                if (auto x = r.number(s, BankText::tr("irt.b step"))) {
                    p.steps.push_back(*x);
                } else {
                    ok = false;
                }
            }
        }
        break;
    }
    }
    if (!ok) {
        item.hasParameters = false;
        return;
    }
    if (const QString problem = irt::validateParameters(p); !problem.isEmpty()) {
        r.error(n, BankText::tr("irt: %1").arg(problem));
        item.hasParameters = false;
        return;
    }
    // Valid for the model, and within the sane ranges: reported at the value.
    auto sane
        = [&](const Node *at, const QString &what, double v, double low, double high, bool lowOpen, bool highOpen) {
              if (!inInterval(v, low, high, lowOpen, highOpen)) {
                  r.error(at ? *at : n, Reader::outOfRange(what, v, low, high, lowOpen, highOpen));
                  ok = false;
              }
          };
    sane(n.find("a"), QStringLiteral("irt.a"), p.a, 0.0, kMaxSlope, true, false);
    if (irt::isDichotomous(p.model)) {
        sane(n.find("b"), QStringLiteral("irt.b"), p.b, -kThetaLimit, kThetaLimit, false, false);
        if (p.model == irt::Model::ThreePL || p.model == irt::Model::FourPL) {
            sane(n.find("c"), QStringLiteral("irt.c"), p.c, 0.0, kMaxGuessing, false, true);
        }
        if (p.model == irt::Model::FourPL) {
            sane(n.find("d"), QStringLiteral("irt.d"), p.d, kMaxGuessing, 1.0, true, false);
        }
    } else {
        const Node *steps = n.find("b");
        for (std::size_t i = 0; i < p.steps.size(); ++i) {
            sane(steps && i < steps->children.size() ? &steps->children[i] : steps, BankText::tr("irt.b step"),
                p.steps[i], -kThetaLimit, kThetaLimit, false, false);
        }
    }
    if (!ok) {
        item.hasParameters = false;
        return;
    }
    // The scoring rule must produce exactly the model's categories.
    const int categories = p.categoryCount();
    const int expected = maximumScore(item.content) + 1;
    if (!bank.parametersOnly && categories != expected) {
        if (irt::isDichotomous(p.model)) {
            r.error(n,
                BankText::tr(
                    "irt: a %1 item is scored right or wrong, but this item's scoring gives scores 0 to %2: use "
                    "GPCM or GRM with %2 steps, or all-or-nothing scoring")
                    .arg(irt::modelName(p.model))
                    .arg(expected - 1));
        } else {
            r.error(n,
                BankText::tr("irt: %1 with %2 steps gives scores 0 to %2, but this item's scoring gives scores 0 to %3")
                    .arg(irt::modelName(p.model))
                    .arg(categories - 1)
                    .arg(expected - 1));
        }
        item.hasParameters = false;
        return;
    }
    if (!bank.parametersOnly) {
        item.chance = chanceDistribution(item.content, categories);
        applyChance(r, n, item, bank);
    }
    const double maxInfo = irt::maximumInformation(p);
    if (maxInfo < kUselessInformation) {
        r.warning(n,
            BankText::tr("irt: these parameters give almost no information anywhere (at most %1): the item adds "
                         "nothing to a test")
                .arg(maxInfo, 0, 'g', 2));
    }
    if (p.a > 4.0) {
        r.warning(n, BankText::tr("irt: a = %1 is unusually high; check the parameter").arg(p.a));
    }
    const double location = p.location();
    if (std::fabs(location) > 5.0) {
        r.warning(
            n, BankText::tr("irt: the item's difficulty %1 lies far outside the usual range [-5, 5]").arg(location));
    }
}

void readItem(Reader &r, const Node &n, const ItemBank &bank, std::vector<BankItem> *out)
{
    r.itemId.clear();
    if (!n.isMapping()) {
        r.error(n, BankText::tr("each item must be a mapping of fields, not %1").arg(n.kindName()));
        return;
    }
    BankItem item;
    item.source = {r.file(), n.line, n.column};
    const Node *idNode = r.require(n, "id", BankText::tr("item"));
    if (!idNode) {
        return;
    }
    const auto id = r.identifier(*idNode, BankText::tr("item id"));
    if (!id) {
        return;
    }
    item.id = *id;
    r.itemId = item.id;

    const Node *typeNode = bank.parametersOnly ? n.find("type") : r.require(n, "type", QString());
    bool typed = false;
    if (typeNode) {
        const QString type = typeNode->text();
        typed = parseItemType(type, &item.content.type);
        if (!typed) {
            r.error(*typeNode,
                BankText::tr("type \"%1\" is not one of %2%3")
                    .arg(type, itemTypeNames().join(QStringLiteral(", ")), didYouMean(type, itemTypeNames())));
        }
    }
    if (bank.parametersOnly) {
        r.checkKeys(n,
            toList({"id", "status", "dimension", "competency", "level", "enemies", "irt", "exposure", "type"}),
            BankText::tr("item"));
    } else if (typed) {
        r.checkKeys(
            n, allowedItemKeys(item.content.type), BankText::tr("%1 item").arg(itemTypeName(item.content.type)));
    }
    if (const Node *v = r.require(n, "status", QString())) {
        if (!parseItemStatus(v->text(), &item.status)) {
            const QStringList names = toList({"draft", "pilot", "operational", "retired"});
            r.error(*v,
                BankText::tr("status \"%1\" is not one of %2%3")
                    .arg(v->text(), names.join(QStringLiteral(", ")), didYouMean(v->text(), names)));
        }
    }
    // Classification.
    QStringList dimIds, compIds;
    for (const auto &d : bank.dimensions) {
        dimIds.append(d.id);
    }
    for (const auto &c : bank.competencies) {
        compIds.append(c.id);
    }
    if (const Node *v = bank.parametersOnly ? n.find("dimension") : r.require(n, "dimension", QString())) {
        const QString dim = v->text();
        item.dimension = bank.dimensionIndex(dim);
        if (item.dimension < 0) {
            r.error(*v,
                BankText::tr("dimension \"%1\" is not defined in bank.yaml%2")
                    .arg(dim, didYouMeanOrKnown(dim, dimIds)));
        }
    }
    if (const Node *v = bank.parametersOnly ? n.find("competency") : r.require(n, "competency", QString())) {
        const QString comp = v->text();
        item.competency = bank.competencyIndex(comp);
        if (item.competency < 0) {
            r.error(*v,
                BankText::tr("competency \"%1\" is not defined in bank.yaml%2")
                    .arg(comp, didYouMeanOrKnown(comp, compIds)));
        } else if (item.dimension >= 0
            && bank.competencies[static_cast<std::size_t>(item.competency)].dimension != item.dimension) {
            r.error(*v,
                BankText::tr("competency \"%1\" belongs to dimension \"%2\", not \"%3\"")
                    .arg(comp,
                        bank.dimensions[static_cast<std::size_t>(
                                            bank.competencies[static_cast<std::size_t>(item.competency)].dimension)]
                            .id,
                        bank.dimensions[static_cast<std::size_t>(item.dimension)].id));
        }
    }
    if (const Node *v = bank.parametersOnly ? n.find("level") : r.require(n, "level", QString())) {
        item.level = v->text();
        if (item.competency >= 0) {
            const QString expected = bank.competencies[static_cast<std::size_t>(item.competency)].level;
            if (item.level != expected) {
                r.warning(*v,
                    BankText::tr("level \"%1\" differs from its competency's level \"%2\"").arg(item.level, expected));
            }
        }
    }
    if (const Node *v = n.find("themes")) {
        QStringList known;
        for (const Theme &t : bank.themes) {
            known.append(t.id);
        }
        if (v->isSequence()) {
            for (const Node &t : v->children) {
                const QString theme = t.text();
                if (!known.contains(theme)) {
                    r.error(t,
                        BankText::tr("theme \"%1\" is not defined in bank.yaml%2")
                            .arg(theme, didYouMeanOrKnown(theme, known)));
                } else if (item.themes.contains(theme)) {
                    r.error(t, BankText::tr("theme \"%1\" is listed twice").arg(theme));
                } else {
                    item.themes.append(theme);
                }
            }
        } else {
            r.error(*v, BankText::tr("themes must be a list of theme ids, such as [EDU, ECO]"));
        }
    }
    if (const Node *v = n.find("enemies")) {
        item.enemies = r.stringList(*v, BankText::tr("enemies"));
    }
    if (const Node *v = n.find("exposure")) {
        item.exposureControl = r.number(*v, BankText::tr("exposure")).value_or(1.0);
        if (item.exposureControl < 0.0 || item.exposureControl > 1.0) {
            r.error(*v, BankText::tr("exposure (the Sympson-Hetter parameter) must be between 0 and 1"));
            item.exposureControl = 1.0;
        }
    }
    if (!bank.parametersOnly && typed) {
        readContent(r, n, item, bank);
    }
    if (const Node *v = n.find("irt")) {
        readParameters(r, *v, item, bank);
    } else {
        item.hasParameters = false;
        if (item.status == ItemStatus::Operational) {
            r.error(n, BankText::tr("an operational item needs IRT parameters (irt: {model: 2PL, a: ..., b: ...})"));
        }
    }
    out->push_back(std::move(item));
}

void readItemFile(Reader &r, const Node &root, const ItemBank &bank, std::vector<BankItem> *out)
{
    if (!root.isMapping()) {
        r.error(
            root, BankText::tr("an item file must be a mapping with the key \"items\", not %1").arg(root.kindName()));
        return;
    }
    r.checkKeys(root, toList({"items"}), BankText::tr("item file"));
    const Node *items = r.require(root, "items", BankText::tr("item file"));
    if (!items) {
        return;
    }
    if (!items->isSequence()) {
        r.error(*items, BankText::tr("items must be a list of items, not %1").arg(items->kindName()));
        return;
    }
    if (items->children.empty()) {
        r.warning(*items, BankText::tr("the file has no items"));
    }
    for (const Node &item : items->children) {
        readItem(r, item, bank, out);
    }
    r.itemId.clear();
}

// ---------------------------------------------------------------------------------------------
// Checks across the bank

// One picture file; its SHA-256 in *sha256 when it can be read.
void checkImageFile(Reader &r, const BankItem &item, const QString &file, const QString &root,
    const BankLoadOptions &options, QByteArray *sha256)
{
    const int line = item.source.line, column = item.source.column;
    if (QDir::isAbsolutePath(file) || file.contains(QLatin1String("..")) || file.contains(QLatin1Char('\\'))) {
        r.error(line, column, BankText::tr("image \"%1\" must be a relative path inside the bank folder").arg(file));
        return;
    }
    const QFileInfo info(QDir(root).filePath(file));
    if (!info.exists()) {
        r.error(line, column, BankText::tr("image \"%1\" does not exist").arg(file));
        return;
    }
    // A symbolic link (of the file or of a folder on its way) may lead out of the bank: what a
    // bank shows must be inside it, where its content hash and its releases can hold it.
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (!info.canonicalFilePath().startsWith(canonicalRoot + QLatin1Char('/'))) {
        r.error(line, column, BankText::tr("image \"%1\" leads outside the bank folder (a link)").arg(file));
        return;
    }
    if (info.isFile() && info.size() > options.maxImageBytes) {
        r.error(line, column,
            BankText::tr("image \"%1\" is too large (%2 KiB; at most %3 KiB): old machines show it slowly")
                .arg(file)
                .arg(info.size() / 1024)
                .arg(options.maxImageBytes / 1024));
        return;
    }
    // Only a regular file is opened: a device or a pipe named as the image is refused.
    QString why;
    const int fd = io::openUserFile(info.filePath(), &why);
    if (fd < 0) {
        r.error(line, column, why);
        return;
    }
    // Read whole (it is bounded above): its bytes are part of the bank's content hash.
    QByteArray bytes;
    QFile f;
    if (f.open(fd, QIODevice::ReadOnly)) {
        bytes = f.read(options.maxImageBytes + 1);
        f.close();
    }
    ::close(fd);
    *sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    const QByteArray head = bytes.left(1024);
    const QString suffix = info.suffix().toLower();
    const bool png = head.startsWith("\x89PNG\r\n\x1a\n");
    const bool jpeg = head.startsWith("\xFF\xD8\xFF");
    const bool svg = head.contains("<svg");
    if (!png && !jpeg && !svg) {
        r.error(line, column, BankText::tr("image \"%1\" is not a PNG, JPEG or SVG image").arg(file));
    } else if ((png && suffix != QLatin1String("png"))
        || (jpeg && suffix != QLatin1String("jpg") && suffix != QLatin1String("jpeg"))
        || (svg && suffix != QLatin1String("svg"))) {
        r.warning(line, column,
            BankText::tr("image \"%1\": its name ends in .%2 but it holds a %3 image")
                .arg(file, suffix,
                    png        ? QStringLiteral("PNG")
                        : jpeg ? QStringLiteral("JPEG")
                               : QStringLiteral("SVG")));
    }
}

// The item's pictures: one, or one per language (their digests combined, so that replacing any
// of them changes the bank).
void checkImage(Reader &r, BankItem &item, const QString &root, const BankLoadOptions &options)
{
    ItemContent &c = item.content;
    if (c.imageFiles.isEmpty()) {
        if (!c.imageFile.isEmpty()) {
            checkImageFile(r, item, c.imageFile, root, options, &c.imageSha256);
        }
        return;
    }
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (auto it = c.imageFiles.constBegin(); it != c.imageFiles.constEnd(); ++it) {
        QByteArray sha256;
        checkImageFile(r, item, it.value(), root, options, &sha256);
        all.addData(it.key().toUtf8());
        all.addData(QByteArrayView("\0", 1));
        all.addData(sha256);
    }
    c.imageSha256 = all.result();
}

// `unreadFile`: an item file could not be read at all (its items are unknown): the checks of the
// bank as a whole wait until it can be.
void checkBank(std::vector<Diagnostic> *out, ItemBank &bank, const QString &bankFile, const BankLoadOptions &options,
    bool unreadFile)
{
    Reader r(out, bankFile);
    bank.reindex();
    // Enemies refer to existing items, never to themselves.
    for (const BankItem &item : bank.items) {
        Reader ir(out, item.source.file);
        ir.itemId = item.id;
        for (const QString &enemy : item.enemies) {
            if (enemy == item.id) {
                ir.error(item.source.line, item.source.column, BankText::tr("an item cannot be its own enemy"));
            } else if (bank.indexOf(enemy) < 0) {
                ir.error(item.source.line, item.source.column,
                    BankText::tr("enemy \"%1\" is not an item of the bank").arg(enemy));
            }
        }
        checkImage(ir, bank.items[static_cast<std::size_t>(&item - bank.items.data())], bank.rootPath, options);
    }
    int operational = 0;
    std::vector<int> perDimension(bank.dimensions.size(), 0);
    for (const BankItem &item : bank.items) {
        if (item.status == ItemStatus::Operational) {
            ++operational;
            if (item.dimension >= 0) {
                ++perDimension[static_cast<std::size_t>(item.dimension)];
            }
        }
    }
    if (unreadFile) {
        return;
    }
    if (operational == 0) {
        r.error(0, 0, BankText::tr("the bank has no operational item: nothing can be scored"));
    }
    for (std::size_t d = 0; d < bank.dimensions.size(); ++d) {
        if (perDimension[d] == 0 && operational > 0) {
            r.warning(0, 0, BankText::tr("dimension \"%1\" has no operational item").arg(bank.dimensions[d].id));
        }
    }
    // The default test must be usable with this bank.
    if (const QString problem = bank.defaultTest.validate(bank); !problem.isEmpty()) {
        r.error(0, 0, BankText::tr("test: %1").arg(problem));
    }
    if (!bank.defaultTest.contentTargets.empty()) {
        for (std::size_t d = 0; d < bank.dimensions.size() && d < bank.defaultTest.contentTargets.size(); ++d) {
            if (bank.defaultTest.contentTargets[d] > 0.0 && perDimension[d] == 0) {
                r.error(0, 0,
                    BankText::tr("test.content_targets: dimension \"%1\" has a target but no operational item")
                        .arg(bank.dimensions[d].id));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Content hash

// Feeds a SHA-256 with tagged, length-prefixed fields, so that no two different banks can
// serialise to the same bytes and nothing depends on file layout or YAML formatting.
class CanonicalHash
{
public:
    void field(const char *tag, const QString &value) { bytes(tag, value.toUtf8()); }
    void field(const char *tag, double value) { bytes(tag, QByteArray::number(value, 'g', 17)); }
    void field(const char *tag, int value) { bytes(tag, QByteArray::number(value)); }
    void field(const char *tag, bool value) { bytes(tag, value ? QByteArrayLiteral("1") : QByteArrayLiteral("0")); }
    void field(const char *tag, const QStringList &values)
    {
        field(tag, static_cast<int>(values.size()));
        for (const QString &v : values) {
            field(tag, v);
        }
    }
    void field(const char *tag, const LocalizedText &text)
    {
        field(tag, static_cast<int>(text.size()));
        for (auto it = text.constBegin(); it != text.constEnd(); ++it) {
            field(tag, it.key());
            field(tag, it.value());
        }
    }
    void field(const char *tag, const std::vector<Choice> &choices)
    {
        field(tag, static_cast<int>(choices.size()));
        for (const Choice &c : choices) {
            field(tag, c.id);
            field(tag, c.text);
        }
    }
    QByteArray digest() const { return QCryptographicHash::hash(m_buffer, QCryptographicHash::Sha256); }
    QString result() const { return QString::fromLatin1(digest().toHex()); }
    void raw(const QByteArray &bytes) { m_buffer.append(bytes); }

private:
    void bytes(const char *tag, const QByteArray &value)
    {
        m_buffer.append(tag, static_cast<qsizetype>(std::strlen(tag)) + 1);
        const quint64 size = static_cast<quint64>(value.size());
        m_buffer.append(reinterpret_cast<const char *>(&size), sizeof size);
        m_buffer.append(value);
    }

    QByteArray m_buffer;
};

void hashEstimation(CanonicalHash &h, const irt::EstimationSettings &s)
{
    h.field("estimator", irt::estimatorName(s.method));
    h.field("range", s.rangeLower);
    h.field("range", s.rangeUpper);
    h.field("prior", s.priorMean);
    h.field("prior", s.priorSd);
    h.field("grid", s.grid.lower);
    h.field("grid", s.grid.upper);
    h.field("grid", s.grid.nodes);
}

void hashItem(CanonicalHash &h, const ItemBank &bank, const BankItem &item, bool withExposure = true)
{
    h.field("item", item.id);
    h.field("status", itemStatusName(item.status));
    h.field(
        "dimension", item.dimension >= 0 ? bank.dimensions[static_cast<std::size_t>(item.dimension)].id : QString());
    h.field("competency",
        item.competency >= 0 ? bank.competencies[static_cast<std::size_t>(item.competency)].id : QString());
    h.field("level", item.level);
    h.field("themes", item.themes);
    QStringList enemies = item.enemies;
    enemies.sort();
    h.field("enemies", enemies);
    h.field("exposure", withExposure ? item.exposureControl : 1.0);
    h.field("parameters", item.hasParameters);
    if (item.hasParameters) {
        h.field("model", irt::modelName(item.irt.model));
        h.field("a", item.irt.a);
        h.field("b", item.irt.b);
        h.field("c", item.irt.c);
        h.field("d", item.irt.d);
        h.field("steps", static_cast<int>(item.irt.steps.size()));
        for (double step : item.irt.steps) {
            h.field("step", step);
        }
        for (double floor : item.irt.floors) {
            h.field("floor", floor); // none: the hash of items without floors is unchanged
        }
    }
    if (bank.parametersOnly) {
        return;
    }
    const ItemContent &c = item.content;
    h.field("type", itemTypeName(c.type));
    h.field("stem", c.stem);
    h.field("explanation", c.explanation);
    h.field("options", c.options);
    h.field("elements", c.elements);
    h.field("premises", c.premises);
    h.field("responses", c.responses);
    h.field("key", c.key);
    h.field("matching", static_cast<int>(c.matchingKey.size()));
    for (auto it = c.matchingKey.constBegin(); it != c.matchingKey.constEnd(); ++it) {
        h.field("pair", it.key());
        h.field("pair", it.value());
    }
    h.field("true", c.trueFalseKey);
    h.field("number", c.numericKey);
    h.field("tolerance", c.tolerance);
    h.field("unit", c.unit);
    h.field("accepted", static_cast<int>(c.accepted.size()));
    for (auto it = c.accepted.constBegin(); it != c.accepted.constEnd(); ++it) {
        h.field("language", it.key());
        h.field("answers", it.value());
    }
    h.field("max_edits", c.maxEdits);
    h.field("scoring", c.scoring == Scoring::Partial);
    if (c.scoring == Scoring::OneMistake) {
        h.field("one_mistake", true); // (banks without it keep the hash they had)
    }
    h.field("shuffle", c.shuffle);
    h.field("image", c.imageFile);
    if (!c.imageFiles.isEmpty()) {
        h.field("image_files", c.imageFiles);
    }
    h.field("alt", c.imageAlt);
}

// SHA-256 of one item's canonical fields.
QByteArray itemDigest(const ItemBank &bank, const BankItem &item, bool withExposure = true)
{
    CanonicalHash h;
    hashItem(h, bank, item, withExposure);
    return h.digest();
}

// Reads and checks one item file: its items (with their digests) and its own diagnostics.
struct FileResult
{
    std::vector<BankItem> items;
    std::vector<QByteArray> digests;
    std::vector<Diagnostic> diagnostics;
    bool unread = false; ///< the file could not be read or parsed at all: its items are unknown
};

bool readYamlFile(
    const QString &path, const BankLoadOptions &options, std::vector<Diagnostic> *diags, std::optional<Node> *out)
{
    const qint64 size = QFileInfo(path).size();
    if (size > options.maxFileBytes) {
        diags->push_back({Diagnostic::Severity::Error, path, 0, 0, {},
            BankText::tr("file too large (%1 bytes; at most %2)").arg(size).arg(options.maxFileBytes)});
        return false;
    }
    // A device, a pipe or a socket named like a YAML file is reported, never opened.
    QString why;
    const auto bytes = io::readUserFile(path, options.maxFileBytes, &why);
    if (!bytes) {
        diags->push_back({Diagnostic::Severity::Error, path, 0, 0, {}, why});
        return false;
    }
    yaml::Limits limits;
    limits.maxBytes = options.maxFileBytes;
    yaml::ParseResult parsed = yaml::parse(*bytes, limits);
    if (!parsed.root) {
        diags->push_back({Diagnostic::Severity::Error, path, parsed.line, parsed.column, {}, parsed.error});
        return false;
    }
    *out = std::move(parsed.root);
    return true;
}

FileResult readItemFileAt(const QString &path, const ItemBank &bank, const BankLoadOptions &options)
{
    FileResult result;
    std::optional<Node> root;
    if (readYamlFile(path, options, &result.diagnostics, &root)) {
        Reader r(&result.diagnostics, path);
        readItemFile(r, *root, bank, &result.items);
    } else {
        result.unread = true;
    }
    for (const BankItem &item : result.items) {
        result.digests.push_back(itemDigest(bank, item));
    }
    return result;
}

QString bankHash(const ItemBank &bank, const std::vector<QByteArray> &digests, bool withExposure = true);

} // namespace

QString computeContentHash(const ItemBank &bank)
{
    std::vector<QByteArray> digests;
    digests.reserve(bank.items.size());
    for (const BankItem &item : bank.items) {
        digests.push_back(itemDigest(bank, item));
    }
    return bankHash(bank, digests);
}

QString exposureBasisHash(const ItemBank &bank)
{
    std::vector<QByteArray> digests;
    digests.reserve(bank.items.size());
    for (const BankItem &item : bank.items) {
        digests.push_back(itemDigest(bank, item, false));
    }
    return bankHash(bank, digests, false);
}

namespace {

// The bank's fields, then each item's id and digest in id order.
QString bankHash(const ItemBank &bank, const std::vector<QByteArray> &digests, bool withExposure)
{
    CanonicalHash h;
    h.field("format", kFormatVersion);
    h.field("id", bank.id);
    h.field("version", bank.version);
    h.field("title", bank.title);
    h.field("languages", bank.languages);
    h.field("default_language", bank.defaultLanguage);
    h.field("authority", bank.authority);
    if (!bank.signatory.isEmpty()) {
        h.field("signatory", bank.signatory); // absent: the hash of banks without it is unchanged
    }
    h.field("parameters_only", bank.parametersOnly);
    h.field("provisional", bank.provisionalParameters);
    if (bank.chanceGuessing) {
        h.field("guessing", QStringLiteral("chance")); // absent: the hash of other banks is unchanged
    }
    h.field("D", bank.scalingConstant);
    h.field("dimensions", static_cast<int>(bank.dimensions.size()));
    for (const auto &d : bank.dimensions) {
        h.field("dimension", d.id);
        h.field("name", d.name);
    }
    h.field("competencies", static_cast<int>(bank.competencies.size()));
    for (const auto &c : bank.competencies) {
        h.field("competency", c.id);
        h.field("name", c.name);
        h.field("dimension", c.dimension);
        h.field("level", c.level);
    }
    h.field("themes", static_cast<int>(bank.themes.size()));
    for (const auto &t : bank.themes) {
        h.field("theme", t.id);
        h.field("name", t.name);
    }
    h.field("levels", static_cast<int>(bank.levels.size()));
    for (const auto &l : bank.levels) {
        h.field("level", l.id);
        h.field("name", l.name);
        h.field("description", l.description);
        if (!l.statement.isEmpty()) {
            h.field("statement", l.statement); // absent: the hash of banks without it is unchanged
        }
        h.field("from", l.from);
    }
    h.field("scale", bank.scale.mean);
    h.field("scale", bank.scale.sd);
    h.field("scale", bank.scale.confidence);
    h.field("scale", bank.scale.dimensionMaxSe);
    h.field("scale", bank.scale.certificateMaxSe);
    // Absent at their defaults: the hash of banks that do not set them is unchanged.
    if (bank.scale.levelConfidence != ReportingScale().levelConfidence) {
        h.field("level_confidence", bank.scale.levelConfidence);
    }
    if (bank.scale.dimensionCorrelation != ReportingScale().dimensionCorrelation) {
        h.field("dimension_correlation", bank.scale.dimensionCorrelation);
    }
    const cat::TestSpecification &t = bank.defaultTest;
    hashEstimation(h, t.interim);
    hashEstimation(h, t.final);
    h.field("start", t.startTheta);
    h.field("selection", cat::selectionRuleName(t.selection));
    h.field("randomesque", t.exposure.randomesque);
    h.field("sympson_hetter", withExposure && t.exposure.sympsonHetter);
    if (t.exposure.maxPartialCredit > 0) {
        h.field("max_partial_credit", t.exposure.maxPartialCredit); // absent: other banks' hash unchanged
    }
    h.field("targets", static_cast<int>(t.contentTargets.size()));
    for (double x : t.contentTargets) {
        h.field("target", x);
    }
    h.field("pilots", static_cast<int>(t.pilotPositions.size()));
    for (int p : t.pilotPositions) {
        h.field("pilot", p);
    }
    h.field("min", t.stopping.minItems);
    h.field("max", t.stopping.maxItems);
    h.field("se", t.stopping.seTarget);
    h.field("time", t.stopping.timeLimitSeconds);
    h.field("classification", t.stopping.classification);
    h.field("confidence", t.stopping.classificationConfidence);
    std::vector<std::size_t> order(bank.items.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(
        order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return bank.items[x].id < bank.items[y].id; });
    h.field("items", static_cast<int>(order.size()));
    for (std::size_t i : order) {
        h.field("item", bank.items[i].id);
        h.raw(digests[i]);
    }
    // The images' bytes, not only their names: replacing a picture changes the bank. (Banks
    // without images keep the hash they had.)
    for (std::size_t i : order) {
        if (!bank.items[i].content.imageSha256.isEmpty()) {
            h.field("image_bytes", bank.items[i].id);
            h.raw(bank.items[i].content.imageSha256);
        }
    }
    return h.result();
}

// exposure.yaml: the Sympson–Hetter parameters computed for this very bank (bank exposure).
// Applied, with the control switched on, only when computed for the bank as it is; otherwise a
// warning says to compute them again.
void readExposureFile(Reader &r, const Node &root, ItemBank &bank)
{
    const QString file = QLatin1String(kExposureFileName);
    if (!root.isMapping()) {
        r.error(root, BankText::tr("%1 must be a mapping").arg(file));
        return;
    }
    r.checkKeys(
        root, toList({"bank_hash", "target", "simulees", "seed", "iterations", "max_exposure", "parameters"}), file);
    const Node *hash = r.require(root, "bank_hash", file);
    const Node *parameters = r.require(root, "parameters", file);
    if (!hash || !parameters) {
        return;
    }
    if (!parameters->isMapping()) {
        r.error(*parameters, BankText::tr("parameters must map item ids to Sympson-Hetter parameters in [0, 1]"));
        return;
    }
    if (hash->text() != exposureBasisHash(bank)) {
        r.warning(*hash,
            BankText::tr("the exposure parameters were computed for another version of the bank: exposure control "
                         "is off until they are computed again (aicet-cli bank exposure %1 --write)")
                .arg(QDir::toNativeSeparators(bank.rootPath)));
        bank.defaultTest.exposure.sympsonHetter = false;
        return;
    }
    std::vector<double> values(bank.items.size(), 1.0);
    bool ok = true;
    for (std::size_t i = 0; i < parameters->mappingSize(); ++i) {
        const QString id = parameters->key(i).text();
        const int index = bank.indexOf(id);
        if (index < 0) {
            r.error(parameters->key(i), BankText::tr("no item \"%1\" in the bank").arg(id));
            ok = false;
            continue;
        }
        const auto k = r.numberIn(parameters->value(i), BankText::tr("exposure parameter of %1").arg(id), 0.0, 1.0);
        ok = ok && k.has_value();
        values[static_cast<std::size_t>(index)] = k.value_or(1.0);
    }
    if (!ok) {
        return;
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        bank.items[i].exposureControl = values[i];
    }
    bank.defaultTest.exposure.sympsonHetter = true;
}

} // namespace

BankLoadResult loadBank(const QString &folder, const BankLoadOptions &options)
{
    BankLoadResult result;
    ItemBank &bank = result.bank;
    auto &diags = result.diagnostics;
    const QFileInfo rootInfo(folder);
    const QString root = QDir::cleanPath(folder);
    if (!rootInfo.exists()) {
        diags.push_back({Diagnostic::Severity::Error, folder, 0, 0, {}, BankText::tr("no such bank folder")});
        return result;
    }
    if (!rootInfo.isDir()) {
        diags.push_back({Diagnostic::Severity::Error, folder, 0, 0, {},
            BankText::tr("a bank is a folder holding bank.yaml and items/, not a file")});
        return result;
    }
    bank.rootPath = rootInfo.absoluteFilePath();
    const QString bankFile = root + QStringLiteral("/bank.yaml");

    std::optional<Node> bankRoot;
    if (!QFileInfo::exists(bankFile)) {
        diags.push_back({Diagnostic::Severity::Error, bankFile, 0, 0, {},
            BankText::tr("missing: every bank folder has a bank.yaml (see question-banks/FORMAT.md)")});
        return result;
    }
    if (readYamlFile(bankFile, options, &diags, &bankRoot)) {
        Reader r(&diags, bankFile);
        readBankFile(r, *bankRoot, bank);
    }
    bank.reindex();

    // Item files, in a fixed order so that diagnostics and duplicates are reported the same way.
    QStringList files;
    const QString itemsDir = root + QStringLiteral("/items");
    if (QFileInfo(itemsDir).isDir()) {
        // QDir::System lists devices, pipes and sockets too, so that one named like an item file is
        // reported (readYamlFile refuses it without opening it) rather than silently left out.
        QDirIterator it(itemsDir, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files | QDir::System,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(it.next());
            if (files.size() > options.maxFiles) {
                diags.push_back({Diagnostic::Severity::Error, itemsDir, 0, 0, {},
                    BankText::tr("too many item files (more than %1)").arg(options.maxFiles)});
                return result;
            }
        }
        files.sort();
    } else {
        diags.push_back({Diagnostic::Severity::Error, itemsDir, 0, 0, {},
            BankText::tr("missing: the items/ folder holds the bank's item files")});
    }
    // Files are parsed and checked on every core; results are merged in file order, so the outcome
    // does not depend on scheduling.
    std::vector<FileResult> perFile(static_cast<std::size_t>(files.size()));
    std::atomic<qsizetype> next{0};
    auto worker = [&] {
        for (qsizetype i = next++; i < files.size(); i = next++) {
            perFile[static_cast<std::size_t>(i)] = readItemFileAt(files[i], bank, options);
        }
    };
    const int threads = std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 8);
    std::vector<std::thread> pool;
    for (int t = 1; t < threads && t < files.size(); ++t) {
        pool.emplace_back(worker);
    }
    worker();
    for (auto &th : pool) {
        th.join();
    }
    QHash<QString, SourcePosition> firstSeen;
    std::vector<QByteArray> digests;
    bool unreadFile = false;
    for (FileResult &file : perFile) {
        unreadFile = unreadFile || file.unread;
        diags.insert(diags.end(), file.diagnostics.begin(), file.diagnostics.end());
        for (std::size_t k = 0; k < file.items.size(); ++k) {
            BankItem &item = file.items[k];
            if (const auto seen = firstSeen.constFind(item.id); seen != firstSeen.constEnd()) {
                diags.push_back(
                    {Diagnostic::Severity::Error, item.source.file, item.source.line, item.source.column, item.id,
                        BankText::tr("item \"%1\": the id is already used at %2:%3")
                            .arg(item.id, seen->file)
                            .arg(seen->line)});
                continue;
            }
            firstSeen.insert(item.id, item.source);
            bank.items.push_back(std::move(item));
            digests.push_back(std::move(file.digests[k]));
        }
    }
    checkBank(&diags, bank, bankFile, options, unreadFile);
    const QString exposureFile = root + QLatin1String("/") + QLatin1String(kExposureFileName);
    if (!hasErrors(diags) && QFileInfo::exists(exposureFile)) {
        std::optional<Node> exposureRoot;
        if (readYamlFile(exposureFile, options, &diags, &exposureRoot)) {
            Reader r(&diags, exposureFile);
            readExposureFile(r, *exposureRoot, bank);
        }
        bank.contentHash = computeContentHash(bank);
        return result;
    }
    bank.contentHash = bankHash(bank, digests);
    return result;
}

} // namespace aicet
