#pragma once

#include "irt/ItemModel.h"

#include <QString>

#include <limits>
#include <span>
#include <vector>

namespace aicet::irt {

enum class Estimator : unsigned char {
    ML, ///< maximum likelihood, bounded to the estimation range
    MAP, ///< maximum a posteriori with a normal prior (catR's "BM")
    EAP, ///< expected a posteriori on a quadrature grid
    WLE, ///< Warm's weighted likelihood (catR's "WL")
};

bool parseEstimator(const QString &text, Estimator *estimator);
QString estimatorName(Estimator estimator);

/// What to do when the estimating equation of ML, MAP or WLE has no root inside the range
/// (all answers right or all wrong, or a pattern a guessing parameter makes monotone).
enum class BoundaryRule : unsigned char {
    /// AICET's rule: take the highest interior maximum of the objective; when there is none,
    /// report the EAP estimate (same prior and grid) and set `fallback`. A finite, honest
    /// estimate with its posterior SD instead of an arbitrary bound with a misleading SE.
    Aicet,
    /// What catR 3.17's thetaEst() returns (R/thetaEst.R). Dichotomous items: when f changes
    /// sign between the bounds, the root uniroot() finds there; otherwise R's optimize() locates a
    /// minimum and then a maximum of f: the upper bound if f is positive at that minimum, the lower
    /// bound if f is negative at that maximum, else the root between the two points (an interior
    /// root of the equation, which can be a minimum of the likelihood). Polytomous items: the bound
    /// when f has the same sign at both ends, otherwise uniroot()'s root. R's own Brent steps and
    /// tolerances choose the root; it is then refined to 1e-12. The SE is computed at the result.
    CatR,
};

/// Equally spaced quadrature nodes, integrated with the trapezoid rule (as catR does).
struct QuadratureGrid
{
    double lower = -4.0;
    double upper = 4.0;
    int nodes = 33;
};

struct EstimationSettings
{
    Estimator method = Estimator::EAP;
    double rangeLower = -4.0;
    double rangeUpper = 4.0;
    double priorMean = 0.0;
    double priorSd = 1.0;
    QuadratureGrid grid;
    BoundaryRule boundaryRule = BoundaryRule::Aicet;

    /// Empty when consistent, otherwise a message naming the faulty setting.
    QString validate() const;
};

/// One scored response: a non-owning pointer to the item's parameters and the observed category.
struct Response
{
    const ItemParameters *item = nullptr;
    int category = 0;
};

struct AbilityEstimate
{
    double theta = 0.0;
    double se = std::numeric_limits<double>::infinity();
    Estimator method = Estimator::EAP; ///< the method that produced theta (EAP after a fallback)
    bool atBoundary = false; ///< catR rule: theta is the bound of the range catR returns
    bool fallback = false; ///< AICET rule: no interior maximum, EAP reported instead
};

/// Sum of the items' information at θ.
double testInformation(std::span<const Response> responses, double theta);

/// Estimates θ and its standard error from the responses. SE: ML and WLE 1/√I(θ̂), MAP
/// 1/√(I(θ̂) + 1/σ²), EAP the posterior standard deviation on the grid.
AbilityEstimate estimateAbility(std::span<const Response> responses, const EstimationSettings &settings);

/// The log-posterior of θ on a quadrature grid, accumulated one response at a time: the EAP
/// estimator, and the likelihood weights of the MLWI and MPWI selection rules. Works in log
/// space, so long tests never underflow.
class PosteriorGrid
{
public:
    PosteriorGrid(const QuadratureGrid &grid, double priorMean, double priorSd);

    void add(const ItemParameters &item, int category);
    void clear();

    std::span<const double> nodes() const { return m_nodes; }
    /// log-likelihood of the responses added so far at each node.
    std::span<const double> logLikelihood() const { return m_logLikelihood; }
    /// log of the (unnormalised) normal prior density at each node.
    std::span<const double> logPrior() const { return m_logPrior; }
    /// The trapezoid weight of each node (half at both ends).
    std::span<const double> trapezoidWeights() const { return m_trapezoid; }

    /// Posterior mean and standard deviation.
    AbilityEstimate eap() const;

private:
    std::vector<double> m_nodes;
    std::vector<double> m_logPrior;
    std::vector<double> m_trapezoid;
    std::vector<double> m_logLikelihood;
};

} // namespace aicet::irt
