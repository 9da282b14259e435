#pragma once

#include <cmath>

namespace aicet::irt {

/// The two-sided standard normal quantile: z such that P(|Z| < z) = confidence (0.95 → 1.95996…),
/// by bisection to double precision.
inline double twoSidedNormalQuantile(double confidence)
{
    const double target = (1.0 + confidence) / 2.0;
    double lo = 0.0, hi = 40.0;
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (lo + hi);
        (0.5 * std::erfc(-mid / std::sqrt(2.0)) < target ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

} // namespace aicet::irt
