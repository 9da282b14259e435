#pragma once

#include "bank/ItemBank.h"
#include "irt/AbilityEstimation.h"

#include <QString>

#include <vector>

namespace aicet::scoring {

/// A dimension's result: estimated from that dimension's scored items alone.
struct DimensionResult
{
    QString dimension;
    int items = 0;
    double theta = 0.0;
    double se = 0.0;
    /// The level id, or empty when the SE is above the bank's threshold ("not enough evidence").
    QString level;
};

struct TestResult
{
    double theta = 0.0;
    double se = 0.0;
    double score = 0.0; ///< on the bank's reporting scale
    double scoreLow = 0.0; ///< interval at the bank's confidence level
    double scoreHigh = 0.0;
    QString level;
    int items = 0;
    std::vector<DimensionResult> dimensions;
};

/// The level whose range holds θ.
QString levelAt(const ItemBank &bank, double theta);

/// The reported result of scored responses (bank index, category). The overall estimate uses the
/// test's final estimator; each dimension's θ and SE come from an EAP estimate on that dimension's
/// items only, with the same prior and grid (so a dimension with few items is shrunk towards the
/// prior mean and reports a large SE); its level is reported only when that SE is at most the
/// bank's `dimension_max_se`.
TestResult computeResult(const ItemBank &bank, const irt::EstimationSettings &finalEstimator,
    const std::vector<std::pair<int, int>> &scoredResponses);

} // namespace aicet::scoring
