#pragma once

#include "irt/AbilityEstimation.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace aicet {
class ItemBank;
}

namespace aicet::cat {

enum class SelectionRule : unsigned char {
    MaximumInformation, ///< MFI: largest Fisher information at the current θ
    ClosestDifficulty, ///< bOpt: b closest to the current θ
    LikelihoodWeighted, ///< MLWI: information integrated against the likelihood
    PosteriorWeighted, ///< MPWI: information integrated against the posterior
};

bool parseSelectionRule(const QString &text, SelectionRule *rule);
QString selectionRuleName(SelectionRule rule);

enum class StopReason : unsigned char {
    None, ///< the test goes on
    MaxItems, ///< the maximum number of scored items was reached
    StandardError, ///< the standard error fell to the target
    TimeLimit, ///< the time limit ran out
    Classification, ///< the confidence interval lies inside one reported level
    PoolExhausted, ///< no eligible item is left
};

QString stopReasonName(StopReason reason);

struct ExposureControl
{
    /// Choose at random among the k best items (1 = always the best).
    int randomesque = 1;
    /// Apply the items' Sympson–Hetter parameters (BankItem::exposureControl).
    bool sympsonHetter = false;
    /// At most this many scored partial-credit (polytomous) items per test, 0: no limit. Their
    /// information is high, so without a limit they crowd out the right/wrong questions.
    int maxPartialCredit = 0;
};

/// Any combination of rules; the test stops at the first that holds. Counts are of scored items.
struct StoppingRule
{
    int minItems = 1;
    int maxItems = 30;
    double seTarget = 0.0; ///< 0: off
    double timeLimitSeconds = 0.0; ///< 0: off
    bool classification = false;
    double classificationConfidence = 0.95; ///< two-sided level of the interval θ ± z·SE
};

/// How one test is built from a bank. A value type: copy it freely.
struct TestSpecification
{
    /// The estimator used after each answer to choose the next item.
    irt::EstimationSettings interim;
    /// The estimator of the reported result.
    irt::EstimationSettings final;
    /// θ at which the first item is chosen.
    double startTheta = 0.0;
    SelectionRule selection = SelectionRule::MaximumInformation;
    ExposureControl exposure;
    /// Target proportions of scored items per bank dimension (Kingsbury–Zara); empty: no balancing.
    std::vector<double> contentTargets;
    /// 1-based positions in the test at which an unscored pilot item is given.
    std::vector<int> pilotPositions;
    /// Items the candidate has already seen, never given again.
    QStringList excludedItems;
    StoppingRule stopping;

    /// Empty when the specification can be used with this bank, otherwise what is wrong.
    QString validate(const ItemBank &bank) const;
    /// How many pilot questions a test of `scoredItems` scored questions gives on top of them:
    /// each distinct slot the test reaches, while the bank has a pilot question the candidate
    /// has not seen.
    int pilotQuestions(const ItemBank &bank, int scoredItems) const;
    /// The fewest and the most questions a candidate sees: the scored ones and the pilot
    /// questions among them.
    std::pair<int, int> questionsShown(const ItemBank &bank) const
    {
        return {stopping.minItems + pilotQuestions(bank, stopping.minItems),
            stopping.maxItems + pilotQuestions(bank, stopping.maxItems)};
    }
};

} // namespace aicet::cat
