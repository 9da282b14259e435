#pragma once

#include "cat/ResponseMatrix.h"
#include "irt/ItemModel.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace aicet::calibration {

/// How one item is calibrated.
struct ItemSpec
{
    /// 1PL (a fixed at its start value, Rasch when 1), 2PL, 3PL, GRM or GPCM (their number of
    /// scores from the start's steps, or from the highest score in the data; chance floors are
    /// not estimated, but can be fixed).
    irt::Model model = irt::Model::TwoPL;
    /// Starting values (and the fixed values of an item that is not estimated). D is taken from
    /// here and never estimated.
    irt::ItemParameters start;
    /// The item keeps its parameters (an anchor in fixed-item calibration): its responses still
    /// inform the ability distribution.
    bool fixed = false;
    /// 3PL: the lower asymptote is fixed at this value instead of being estimated (1/k for k
    /// options, 1/2 for true or false).
    std::optional<double> fixedGuessing;
    /// GRM and GPCM: chance floors kept at these values (one per step, P(X ≥ k) by answering at
    /// random, as a bank with irt.guessing: chance gives its partial-credit items), the slope and
    /// steps estimated under them; empty: none.
    std::vector<double> fixedFloors;
};

struct Settings
{
    /// Quadrature: equally spaced nodes on [lower, upper] with normal weights normalised to 1,
    /// as mirt does (default: its 61 points on [−6, 6]).
    int nodes = 61;
    double lower = -6.0;
    double upper = 6.0;
    /// Stop when no parameter (a, d = −a·b, and logit c) moves by more than this in a cycle…
    double tolerance = 1e-5;
    /// …or after this many EM cycles (counting every E-step).
    int maxCycles = 2000;
    /// SQUAREM acceleration (Varadhan & Roland 2008, scheme S3) with a monotone safeguard.
    bool accelerate = true;
    /// 3PL with an estimated c: a Beta(α, β) prior on c (α = β = 1: none). Default Beta(5, 17),
    /// mean 0.23, the usual prior of BILOG-MG for four-option items; see docs/CALIBRATION.md.
    double guessingAlpha = 5.0;
    double guessingBeta = 17.0;
    /// With anchors (fixed items), estimate the ability distribution's mean and standard deviation
    /// on their scale at every cycle (otherwise N(0, 1)). Without anchors it stays N(0, 1), which
    /// sets the scale.
    bool estimateLatent = true;
    /// Compute the parameters' standard errors (2 E-steps per estimated parameter).
    bool standardErrors = false;
    /// Worker threads for the E-step (0: one per core). Results do not depend on it: persons are
    /// split into fixed blocks whose sums are added in a fixed order.
    int threads = 0;
    /// Called after every EM cycle with the cycles done and the largest change of a parameter in
    /// the last one (and after each standard error's parameter, with the cycles unchanged):
    /// returning false cancels the calibration (Result::cancelled, nothing estimated). Called on
    /// the calibrating thread.
    std::function<bool(int cycles, double change)> progress;
};

struct Result
{
    /// One per item, in the matrix's order (fixed items unchanged).
    std::vector<irt::ItemParameters> items;
    /// Whether anybody answered each item: those nobody answered are left out of the estimation
    /// and keep their parameters.
    std::vector<bool> answered;
    /// The marginal log-likelihood at the returned parameters (without the priors).
    double logLikelihood = 0.0;
    /// The log-likelihood plus the log-priors (what EM maximises).
    double logPosterior = 0.0;
    /// With Settings::standardErrors: per item, the standard errors of its reported parameters in
    /// the order a, b, c (those estimated: 1PL b only; 2PL a, b; 3PL a, b and c when estimated) or a
    /// then the steps; empty for anchors, items nobody answered, or when the information matrix is
    /// not positive definite. From the observed information (Oakes' identity, by central
    /// differences of the Fisher score), by the delta method.
    std::vector<std::vector<double>> standardErrors;
    /// The ability distribution: N(0, 1), or its estimate on the anchors' scale.
    double latentMean = 0.0;
    double latentSd = 1.0;
    int cycles = 0; ///< E-steps computed
    bool converged = false;
    bool cancelled = false; ///< Settings::progress asked to stop: the parameters are the start's
    QString error; ///< non-empty when nothing could be estimated
};

/// Marginal maximum likelihood by EM (Bock & Aitkin 1981): items independent given θ, θ ~ N(0, 1)
/// on the quadrature; missing cells (−1) are left out of each person's likelihood. The E-step
/// gives, at each node, the expected number of persons who answered each item and who got it
/// right; the M-step maximises each item's expected complete-data log-likelihood (plus its prior)
/// by Fisher scoring in the slope–intercept form (a, d), with c on the logit scale. Items with
/// parameters outside the data's reach (all right or all wrong) are refused with a message.
Result calibrate(const cat::ResponseMatrix &responses, const std::vector<ItemSpec> &items, const Settings &settings);

/// How many parameters a calibration estimated for an item: 0 for an anchor, 1 for 1PL, 2 for 2PL
/// and for 3PL with c fixed, 3 for 3PL, the slope and every step for GRM and GPCM (as many steps as
/// the calibrated item has, whatever the starting values had). S-X2's degrees of freedom.
int estimatedParameters(const ItemSpec &spec, const irt::ItemParameters &calibrated);

/// The marginal log-likelihood of the responses under given parameters, on the settings'
/// quadrature.
double marginalLogLikelihood(
    const cat::ResponseMatrix &responses, const std::vector<irt::ItemParameters> &items, const Settings &settings);

} // namespace aicet::calibration
