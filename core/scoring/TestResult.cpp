#include "scoring/TestResult.h"

#include "irt/Normal.h"

#include <algorithm>
#include <cmath>

namespace aicet::scoring {

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

TestResult computeResult(const ItemBank &bank, const irt::EstimationSettings &finalEstimator,
    const std::vector<std::pair<int, int>> &scoredResponses)
{
    TestResult r;
    std::vector<irt::Response> all;
    for (const auto &[item, category] : scoredResponses) {
        all.push_back({&bank.items[static_cast<std::size_t>(item)].irt, category});
    }
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
    r.level = levelAt(bank, r.theta);

    irt::EstimationSettings perDimension = finalEstimator;
    perDimension.method = irt::Estimator::EAP;
    for (std::size_t d = 0; d < bank.dimensions.size(); ++d) {
        std::vector<irt::Response> responses;
        for (const auto &[item, category] : scoredResponses) {
            if (bank.items[static_cast<std::size_t>(item)].dimension == static_cast<int>(d)) {
                responses.push_back({&bank.items[static_cast<std::size_t>(item)].irt, category});
            }
        }
        DimensionResult dr;
        dr.dimension = bank.dimensions[d].id;
        dr.items = static_cast<int>(responses.size());
        const irt::AbilityEstimate e = irt::estimateAbility(responses, perDimension);
        dr.theta = e.theta;
        dr.se = e.se;
        if (!responses.empty() && e.se <= bank.scale.dimensionMaxSe) {
            dr.level = levelAt(bank, e.theta);
        }
        r.dimensions.push_back(dr);
    }
    return r;
}

} // namespace aicet::scoring
