#include "scoring/PersonFit.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace aicet::scoring {
namespace {

double logSumExp(std::span<const double> values, std::span<const double> weights)
{
    double top = -std::numeric_limits<double>::infinity();
    for (double v : values) {
        top = std::max(top, v);
    }
    double sum = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        sum += weights[i] * std::exp(values[i] - top);
    }
    return top + std::log(sum);
}

int words(const LocalizedText &text, const QString &language)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return static_cast<int>(localized(text, language).split(space, Qt::SkipEmptyParts).size());
}

} // namespace

QJsonObject PersonFit::toJson() const
{
    QJsonObject o;
    if (available) {
        o.insert(QStringLiteral("random_log_ratio"), randomLogRatio);
    }
    o.insert(QStringLiteral("timed"), timedAnswers);
    o.insert(QStringLiteral("rapid"), rapidAnswers);
    o.insert(QStringLiteral("random_like"), randomLike);
    o.insert(QStringLiteral("too_fast"), rapid);
    return o;
}

PersonFit PersonFit::fromJson(const QJsonObject &o)
{
    PersonFit f;
    f.available = o.contains(QStringLiteral("random_log_ratio"));
    if (f.available) {
        f.randomLogRatio = o.value(QStringLiteral("random_log_ratio")).toDouble();
    }
    f.timedAnswers = o.value(QStringLiteral("timed")).toInt();
    f.rapidAnswers = o.value(QStringLiteral("rapid")).toInt();
    f.randomLike = o.value(QStringLiteral("random_like")).toBool();
    f.rapid = o.value(QStringLiteral("too_fast")).toBool();
    return f;
}

irt::QuadratureGrid populationGrid(const irt::EstimationSettings &population)
{
    const double lower = std::min(-8.0, population.priorMean - 8.0 * population.priorSd);
    const double upper = std::max(8.0, population.priorMean + 8.0 * population.priorSd);
    return {lower, upper, static_cast<int>(std::ceil((upper - lower) / 0.05)) + 1};
}

double readingSeconds(const ItemContent &c, const QString &language)
{
    int n = words(c.stem, language);
    for (const auto *choices : {&c.options, &c.elements, &c.premises, &c.responses}) {
        for (const Choice &choice : *choices) {
            n += words(choice.text, language);
        }
    }
    return std::clamp(n / 5.0, 2.0, 10.0);
}

PersonFit assessPersonFit(const ItemBank &bank, const irt::EstimationSettings &population,
    std::span<const AnswerEvidence> answers, const QString &language)
{
    PersonFit fit;
    irt::PosteriorGrid grid(populationGrid(population), population.priorMean, population.priorSd);
    double logRandom = 0.0;
    fit.available = !answers.empty();
    for (const AnswerEvidence &a : answers) {
        const BankItem &item = bank.items[static_cast<std::size_t>(a.item)];
        if (item.chance.empty()) {
            fit.available = false;
        } else {
            const auto k
                = static_cast<std::size_t>(std::clamp(a.category, 0, static_cast<int>(item.chance.size()) - 1));
            logRandom += std::log(std::max(item.chance[k], kMinChance));
        }
        grid.add(item.irt, a.category);
        if (a.seconds >= 0.0) {
            ++fit.timedAnswers;
            if (a.seconds < readingSeconds(item.content, language.isEmpty() ? bank.defaultLanguage : language)) {
                ++fit.rapidAnswers;
            }
        }
    }
    if (fit.available) {
        // log ∫ L(θ) φ(θ) dθ, with the prior normalised on the same grid.
        std::vector<double> joint(grid.nodes().size());
        for (std::size_t i = 0; i < joint.size(); ++i) {
            joint[i] = grid.logLikelihood()[i] + grid.logPrior()[i];
        }
        const double logMarginal
            = logSumExp(joint, grid.trapezoidWeights()) - logSumExp(grid.logPrior(), grid.trapezoidWeights());
        fit.randomLogRatio = logRandom - logMarginal;
        fit.randomLike = fit.randomLogRatio > kRandomLikeThreshold;
    }
    fit.rapid = fit.rapidAnswers >= 3 && fit.rapidAnswers * 10 > fit.timedAnswers;
    return fit;
}

} // namespace aicet::scoring
