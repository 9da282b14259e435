#pragma once

// Inline arithmetic of the logistic item models, shared by ItemModel.cpp and the adaptive
// engine's selection loop so that both compute bit-identical information values.

#include <algorithm>
#include <cmath>

namespace aicet::irt::kernel {

// Smallest probability a category can have: keeps logarithms and ratios finite when θ is far
// from an item's location. Far below anything that changes a likelihood-based decision.
inline constexpr double kMinProbability = 1e-300;
// exp(±700) stays finite, so every intermediate below is finite for any θ and parameters.
inline constexpr double kMaxExponent = 700.0;

struct Logistic
{
    double psi = 0.5; // 1 / (1 + exp(−x))
    double oneMinusPsi = 0.5; // computed directly, not as 1 − ψ, to keep full relative precision
};

inline Logistic logistic(double x)
{
    x = std::clamp(x, -kMaxExponent, kMaxExponent);
    const double e = std::exp(-x);
    const double psi = 1.0 / (1.0 + e);
    return {psi, e * psi};
}

/// P (keyed response), Q = 1 − P, P' and P'' of a 4PL item with slope D·a.
struct DichotomousTerms
{
    double p = 0.0;
    double q = 0.0;
    double dp = 0.0;
    double d2p = 0.0;
};

inline DichotomousTerms dichotomous(double slope, double b, double c, double d, double theta)
{
    const Logistic l = logistic(slope * (theta - b));
    const double range = d - c;
    const double pq = l.psi * l.oneMinusPsi;
    DichotomousTerms t;
    t.p = std::max(c + range * l.psi, kMinProbability);
    t.q = std::max((1.0 - d) + range * l.oneMinusPsi, kMinProbability);
    t.dp = slope * range * pq;
    t.d2p = slope * slope * range * pq * (l.oneMinusPsi - l.psi);
    return t;
}

/// Fisher information P'² / (P·Q) of a 4PL item.
inline double dichotomousInformation(double slope, double b, double c, double d, double theta)
{
    const DichotomousTerms t = dichotomous(slope, b, c, d, theta);
    return t.dp * t.dp / (t.p * t.q);
}

} // namespace aicet::irt::kernel
