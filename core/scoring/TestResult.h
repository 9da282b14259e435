#pragma once

#include "bank/ItemBank.h"
#include "irt/AbilityEstimation.h"
#include "scoring/PersonFit.h"

#include <QString>

#include <vector>

namespace aicet::scoring {

/// A dimension's result.
struct DimensionResult
{
    QString dimension;
    int items = 0;
    /// The augmented estimate: the dimension's answers with a prior from the rest of the test.
    double theta = 0.0;
    double se = 0.0;
    /// The level id; empty when the area's result adds nothing to the overall one (informative
    /// false) or its SE is above the bank's dimension_max_se ("not enough evidence").
    QString level;
    /// Haberman's criterion for this pupil: the area's own answers predict the area's ability
    /// better than the overall result does (PRMSE of the subscore above that of the total).
    bool informative = false;
    /// The SE of the area's answers alone, with the population prior: what Haberman's criterion
    /// compares (the subscore's PRMSE is 1 − ownSe²/σ²).
    double ownSe = 0.0;
};

/// The posterior probability of each reported level, and what it lets us state.
struct LevelClassification
{
    std::vector<double> probabilities; ///< one per bank level, summing to 1
    /// The level stated: the most probable one; empty when no one or two adjacent levels reach
    /// the bank's level_confidence.
    QString level;
    /// The adjacent level stated with it when `level` alone does not reach the confidence
    /// ("Compréhension or Mise en pratique"); empty when the level is stated alone.
    QString alternative;
    /// The probability that the statement is right: P(level), or P(level) + P(alternative).
    double probability = 0.0;
};

struct TestResult
{
    double theta = 0.0;
    double se = 0.0;
    double score = 0.0; ///< on the bank's reporting scale
    double scoreLow = 0.0; ///< interval at the bank's confidence level
    double scoreHigh = 0.0;
    /// The interval is open at that end ("at least scoreLow", "at most scoreHigh"): it reaches
    /// beyond two standard deviations of the population from its mean, where the estimate is
    /// pulled towards the mean by the prior and the bank has few questions, so that a bound there
    /// would not hold as often as it claims (docs/PSYCHOMETRICS.md).
    bool scoreLowOpen = false;
    bool scoreHighOpen = false;
    QString level;
    QString levelAlternative;
    double levelProbability = 0.0;
    /// Every level's posterior probability (LevelClassification::probabilities).
    std::vector<double> levelProbabilities;
    int items = 0;
    std::vector<DimensionResult> dimensions;
};

/// What keeps a result from a certificate, on the evidence of the answers (the session's own
/// conditions, such as a test stopped by staff or a missing name, are the caller's).
enum class CertificateBar : unsigned char {
    TooFewAnswers, ///< fewer scored answers than the test's minimum
    NoLevel, ///< no level could be stated
    UncertainLevel, ///< no level is reached with the bank's level_confidence
    RandomAnswers, ///< the pattern looks random (person fit)
    RapidAnswers, ///< too many answers faster than reading
    Imprecise, ///< SE above the bank's certificate_max_se
};

/// The bars to a certificate of a result with `items` scored answers (none: it may be certified).
std::vector<CertificateBar> certificateBars(const ItemBank &bank, int minItems, int items, const QString &level,
    const QString &alternative, double levelProbability, double se, const PersonFit &fit);

/// The level a certificate states: the stated level, or the lower of two stated together. The
/// pupil has reached it with at least the statement's probability (P(θ ≥ its start) is at least
/// P(level) + P(alternative)): a certificate says what was reached, never more.
QString certifiedLevel(const ItemBank &bank, const QString &level, const QString &alternative);

/// Whether a result has the evidence for a level at all: at least the test's minimum number of
/// scored answers, and an SE within the bank's dimension_max_se (which applies overall too).
bool hasEvidenceForLevel(const ItemBank &bank, int minItems, int scoredItems, double se);

/// The level whose range holds θ.
QString levelAt(const ItemBank &bank, double theta);

/// The levels' posterior probabilities from scored responses (bank index, category), with the
/// prior of `settings`, on a fine grid, and the statement they allow at the bank's confidence.
LevelClassification classifyLevel(const ItemBank &bank, const irt::EstimationSettings &settings,
    const std::vector<std::pair<int, int>> &scoredResponses);

/// How far from the population's mean, in its standard deviations, an interval's bound is stated.
inline constexpr double kMeasuredSds = 2.0;

/// The reported result of scored responses (bank index, category). The overall estimate uses the
/// test's final estimator; the level is the posterior's (classifyLevel). Each dimension's θ and
/// SE come from an EAP estimate on that dimension's items whose prior carries what the rest of the
/// test says of it: with D areas whose abilities correlate ρ (the bank's dimension_correlation),
/// r = ρ·√((D − 1)/(1 + (D − 2)ρ)) the correlation of an area with the others' mean and N(m, s²)
/// the posterior of the other items, the prior is N(μ + r(m − μ), σ²(1 − r²) + r²s²) (a bivariate
/// normal ability model; ρ = 1 gives the overall result). Its level is reported only when the area
/// is informative (Haberman's PRMSE criterion, 1 − SE²ₐ/σ² > R²(1 − SE²/σ²) with
/// R² = (1 + (D − 1)ρ)/D the squared correlation of the area with the whole, SEₐ and SE the
/// posterior SDs of the area's answers and of all answers under the population prior, on the same
/// grid; never when ρ = 1) and its SE is at most the bank's dimension_max_se.
TestResult computeResult(const ItemBank &bank, const irt::EstimationSettings &finalEstimator,
    const std::vector<std::pair<int, int>> &scoredResponses);

} // namespace aicet::scoring
