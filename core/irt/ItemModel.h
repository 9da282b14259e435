#pragma once

#include <QString>

#include <span>
#include <vector>

namespace aicet::irt {

/// The IRT model of an item. The four logistic models share one formula (4PL with fixed
/// parameters); GRM and GPCM are the polytomous models used for partial-credit items.
enum class Model : unsigned char {
    OnePL,
    TwoPL,
    ThreePL,
    FourPL,
    GradedResponse,
    GeneralizedPartialCredit,
};

/// Parses "1PL", "2PL", "3PL", "4PL", "GRM", "GPCM" (case-insensitive). Returns false if unknown.
bool parseModel(const QString &text, Model *model);
QString modelName(Model model);
bool isDichotomous(Model model);

/// Parameters of one item. For the logistic models P(θ) = c + (d − c) / (1 + exp(−D·a·(θ − b))).
/// For GRM, `steps` holds the ordered category boundaries b₁ < … < b_{K−1};
/// for GPCM, the step difficulties b₁ … b_{K−1}. Categories are scored 0 … K−1.
struct ItemParameters
{
    Model model = Model::TwoPL;
    double a = 1.0;
    double b = 0.0;
    double c = 0.0;
    double d = 1.0;
    std::vector<double> steps;
    /// Polytomous items only: lower asymptotes of P(X ≥ k), k = 1 … K−1, what a pupil reaches by
    /// chance (answering at random). P*(X ≥ k) = F_k + (1 − F_k)·P(X ≥ k): the cumulative form of
    /// the 3PL's "know or guess", so a pupil with no knowledge gets partial credit only as often
    /// as chance gives it. Non-increasing in k, each in [0, 1). Empty: none.
    std::vector<double> floors;
    /// Scaling constant (1 for the logistic metric, 1.702 for the normal-ogive one); set from the bank.
    double D = 1.0;

    int categoryCount() const { return isDichotomous(model) ? 2 : static_cast<int>(steps.size()) + 1; }
    /// A location used by the b-optimal rule: b, or the mean of the steps for polytomous items.
    double location() const;
};

/// Checks the parameters' ranges; returns an empty string when valid, otherwise a message.
QString validateParameters(const ItemParameters &item);

/// Probability, first and second derivative of one response category at θ.
struct CategoryTerms
{
    double p = 0.0;
    double dp = 0.0;
    double d2p = 0.0;
};

/// Everything the estimators need from one item at θ for an observed category:
/// log P_k, its derivative (the item's contribution to the score function), the item's Fisher
/// information I = Σ P_k'² / P_k and Warm's J = Σ P_k' P_k'' / P_k.
struct ResponseTerms
{
    double logP = 0.0;
    double score = 0.0;
    double information = 0.0;
    double j = 0.0;
};

/// Probability of the keyed (highest) response of a dichotomous item.
double probability(const ItemParameters &item, double theta);

/// Probabilities of every category at θ, written to `out` (size categoryCount()).
/// Always finite and strictly positive (clamped to a tiny minimum), summing to 1.
void categoryProbabilities(const ItemParameters &item, double theta, std::span<double> out);

/// Probability and derivatives of every category at θ.
void categoryTerms(const ItemParameters &item, double theta, std::span<CategoryTerms> out);

/// Fisher information of the item at θ. Finite and non-negative for any θ and valid parameters.
double information(const ItemParameters &item, double theta);

/// The terms of an observed response `category` at θ.
ResponseTerms responseTerms(const ItemParameters &item, double theta, int category);

/// log P(category | θ). Finite for any θ.
double logProbability(const ItemParameters &item, double theta, int category);

/// The largest information the item reaches over θ ∈ [−10, 10], an upper bound used to skip
/// items that cannot win a maximum-information selection. Slightly inflated to stay a bound.
double maximumInformation(const ItemParameters &item);

} // namespace aicet::irt
