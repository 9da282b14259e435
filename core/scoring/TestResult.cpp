#include "scoring/TestResult.h"

#include "irt/Normal.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace aicet::scoring {
namespace {

std::vector<irt::Response> responsesOf(const ItemBank &bank, const std::vector<std::pair<int, int>> &scored,
    const std::function<bool(const BankItem &)> &keep)
{
    std::vector<irt::Response> out;
    for (const auto &[item, category] : scored) {
        const BankItem &b = bank.items[static_cast<std::size_t>(item)];
        if (keep(b)) {
            out.push_back({&b.irt, category});
        }
    }
    return out;
}

irt::AbilityEstimate eap(
    std::span<const irt::Response> responses, irt::EstimationSettings settings, double priorMean, double priorSd)
{
    settings.method = irt::Estimator::EAP;
    settings.priorMean = priorMean;
    settings.priorSd = priorSd;
    settings.grid.nodes = std::max(settings.grid.nodes, 81);
    return irt::estimateAbility(responses, settings);
}

} // namespace

std::vector<CertificateBar> certificateBars(const ItemBank &bank, int minItems, int items, const QString &level,
    const QString &alternative, double levelProbability, double se, const PersonFit &fit)
{
    Q_UNUSED(alternative); // two levels stated together certify the lower one (certifiedLevel)
    std::vector<CertificateBar> bars;
    if (items < minItems) {
        bars.push_back(CertificateBar::TooFewAnswers);
    }
    if (level.isEmpty()) {
        bars.push_back(CertificateBar::NoLevel);
    } else if (!(levelProbability >= bank.scale.levelConfidence)) {
        bars.push_back(CertificateBar::UncertainLevel);
    }
    if (fit.randomLike) {
        bars.push_back(CertificateBar::RandomAnswers);
    }
    if (fit.rapid) {
        bars.push_back(CertificateBar::RapidAnswers);
    }
    if (!(se <= bank.scale.certificateMaxSe)) {
        bars.push_back(CertificateBar::Imprecise);
    }
    return bars;
}

QString certifiedLevel(const ItemBank &bank, const QString &level, const QString &alternative)
{
    if (alternative.isEmpty()) {
        return level;
    }
    const Level *a = bank.level(level), *b = bank.level(alternative);
    return a && b && b->from < a->from ? alternative : level;
}

bool hasEvidenceForLevel(const ItemBank &bank, int minItems, int scoredItems, double se)
{
    return scoredItems > 0 && scoredItems >= minItems && se <= bank.scale.dimensionMaxSe;
}

QString levelAt(const ItemBank &bank, double theta)
{
    QString level;
    for (const Level &l : bank.levels) {
        if (!std::isfinite(l.from) || theta >= l.from) {
            level = l.id;
        }
    }
    return level;
}

LevelClassification classifyLevel(const ItemBank &bank, const irt::EstimationSettings &settings,
    const std::vector<std::pair<int, int>> &scoredResponses)
{
    LevelClassification c;
    const std::size_t levels = bank.levels.size();
    c.probabilities.assign(levels, 0.0);
    if (levels == 0) {
        return c;
    }
    // The population's grid, 0.05 apart at most, wide enough for the prior.
    irt::PosteriorGrid grid(populationGrid(settings), settings.priorMean, settings.priorSd);
    for (const auto &[item, category] : scoredResponses) {
        grid.add(bank.items[static_cast<std::size_t>(item)].irt, category);
    }
    const auto nodes = grid.nodes();
    std::vector<double> logMass(nodes.size());
    double top = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        logMass[i] = grid.logLikelihood()[i] + grid.logPrior()[i];
        top = std::max(top, logMass[i]);
    }
    // Each node stands for the cell of width h around it; a cell across a cut is shared in
    // proportion, so that the probabilities do not depend on where the nodes fall.
    const double h = nodes[1] - nodes[0];
    double total = 0.0;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const double mass = std::exp(logMass[i] - top);
        total += mass;
        const double lo = nodes[i] - h / 2, hi = nodes[i] + h / 2;
        for (std::size_t j = 0; j < levels; ++j) {
            const double from = j == 0 ? -std::numeric_limits<double>::infinity() : bank.levels[j].from;
            const double to = j + 1 < levels ? bank.levels[j + 1].from : std::numeric_limits<double>::infinity();
            const double overlap = std::max(0.0, std::min(hi, to) - std::max(lo, from));
            c.probabilities[j] += mass * overlap / h;
        }
    }
    for (double &p : c.probabilities) {
        p /= total;
    }
    const auto best = static_cast<std::size_t>(
        std::max_element(c.probabilities.begin(), c.probabilities.end()) - c.probabilities.begin());
    const double confidence = bank.scale.levelConfidence;
    if (c.probabilities[best] >= confidence) {
        c.level = bank.levels[best].id;
        c.probability = c.probabilities[best];
        return c;
    }
    const double below = best > 0 ? c.probabilities[best - 1] : -1.0;
    const double above = best + 1 < levels ? c.probabilities[best + 1] : -1.0;
    const std::size_t neighbour = above > below ? best + 1 : best - 1;
    const double pair = c.probabilities[best] + std::max(below, above);
    if (std::max(below, above) >= 0.0 && pair >= confidence) {
        c.level = bank.levels[best].id;
        c.alternative = bank.levels[neighbour].id;
        c.probability = pair;
    }
    return c;
}

TestResult computeResult(const ItemBank &bank, const irt::EstimationSettings &finalEstimator,
    const std::vector<std::pair<int, int>> &scoredResponses)
{
    TestResult r;
    const std::vector<irt::Response> all = responsesOf(bank, scoredResponses, [](const BankItem &) { return true; });
    const irt::AbilityEstimate overall = irt::estimateAbility(all, finalEstimator);
    r.theta = overall.theta;
    r.se = overall.se;
    r.items = static_cast<int>(all.size());
    const double z = irt::twoSidedNormalQuantile(bank.scale.confidence);
    // The interval is clipped to the ability scale, θ in [−10, 10] (an estimate with almost no
    // information has a huge SE): with the bank's scale, every score is then a whole number far
    // from overflowing. A non-finite θ or SE stays non-finite, and is refused when stored.
    const auto clip = [](double theta) { return std::isnan(theta) ? theta : std::clamp(theta, -10.0, 10.0); };
    r.score = bank.scale.mean + bank.scale.sd * r.theta;
    r.scoreLow = bank.scale.mean + bank.scale.sd * clip(r.theta - z * r.se);
    r.scoreHigh = bank.scale.mean + bank.scale.sd * clip(r.theta + z * r.se);
    r.scoreLowOpen = r.theta - z * r.se < finalEstimator.priorMean - kMeasuredSds * finalEstimator.priorSd;
    r.scoreHighOpen = r.theta + z * r.se > finalEstimator.priorMean + kMeasuredSds * finalEstimator.priorSd;
    const LevelClassification level = classifyLevel(bank, finalEstimator, scoredResponses);
    r.level = level.level;
    r.levelAlternative = level.alternative;
    r.levelProbability = level.probability;
    r.levelProbabilities = level.probabilities;

    const double mu = finalEstimator.priorMean, sigma = finalEstimator.priorSd;
    // With D areas whose abilities correlate ρ two by two (unit variances), an area's ability
    // correlates with the mean ability of the others at ρ·√((D − 1)/(1 + (D − 2)ρ)), and with the
    // mean of all D (what the whole test measures) at √((1 + (D − 1)ρ)/D).
    const double rho = bank.scale.dimensionCorrelation;
    const double areas = static_cast<double>(std::max<std::size_t>(bank.dimensions.size(), 1));
    const double withRest = areas > 1.0 ? rho * std::sqrt((areas - 1.0) / (1.0 + (areas - 2.0) * rho)) : 0.0;
    const double withWhole2 = (1.0 + (areas - 1.0) * rho) / areas;
    const irt::AbilityEstimate whole = eap(all, finalEstimator, mu, sigma);
    for (std::size_t d = 0; d < bank.dimensions.size(); ++d) {
        const int dim = static_cast<int>(d);
        const auto own = responsesOf(bank, scoredResponses, [&](const BankItem &b) { return b.dimension == dim; });
        const auto rest = responsesOf(bank, scoredResponses, [&](const BankItem &b) { return b.dimension != dim; });
        DimensionResult dr;
        dr.dimension = bank.dimensions[d].id;
        dr.items = static_cast<int>(own.size());
        // What the rest of the test says of this area's ability.
        const irt::AbilityEstimate others = eap(rest, finalEstimator, mu, sigma);
        const double priorMean = mu + withRest * (others.theta - mu);
        const double priorSd
            = std::sqrt(sigma * sigma * (1.0 - withRest * withRest) + withRest * withRest * others.se * others.se);
        const irt::AbilityEstimate augmented = eap(own, finalEstimator, priorMean, std::max(priorSd, 1e-3));
        dr.theta = augmented.theta;
        dr.se = augmented.se;
        // Both sides of the criterion from the same estimator and grid (the overall SE of the
        // final estimator could differ by rounding alone); with one ability (ρ = 1) an area can
        // never add to the whole.
        const irt::AbilityEstimate alone = eap(own, finalEstimator, mu, sigma);
        const double subscorePrmse = 1.0 - alone.se * alone.se / (sigma * sigma);
        const double totalPrmse = withWhole2 * (1.0 - whole.se * whole.se / (sigma * sigma));
        dr.informative = !own.empty() && rho < 1.0 && subscorePrmse > totalPrmse;
        dr.ownSe = alone.se;
        if (dr.informative && augmented.se <= bank.scale.dimensionMaxSe) {
            dr.level = levelAt(bank, augmented.theta);
        }
        r.dimensions.push_back(dr);
    }
    return r;
}

} // namespace aicet::scoring
