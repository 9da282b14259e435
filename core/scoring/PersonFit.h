#pragma once

#include "bank/ItemBank.h"
#include "irt/AbilityEstimation.h"

#include <QJsonObject>

#include <limits>
#include <span>

namespace aicet::scoring {

/// One scored answer as evidence: the item (bank index), its category, and the seconds the pupil
/// took to answer (negative when unknown).
struct AnswerEvidence
{
    int item = -1;
    int category = 0;
    double seconds = -1.0;
};

/// Whether a pattern of answers is what a pupil answering the questions gives.
///
/// The statistic is a likelihood ratio (Levine & Drasgow's optimal appropriateness measurement)
/// of two hypotheses about the whole pattern: "answered at random" (each item's chance
/// distribution, BankItem::chance) against "answered as the model expects of a pupil of this
/// population" (the IRT likelihood integrated over the population's ability distribution, the
/// estimator's prior). By the Neyman–Pearson lemma it is the most powerful test of that
/// aberrance, and unlike lz or lz* it does not condition on an ability estimate: in an adaptive
/// test, whose items are matched to the estimate, a random pattern looks like a pupil of very low
/// ability, and only the population's distribution can say that such a pupil is less likely
/// than random answers.
///
/// Response times are the second piece of evidence: an answer given faster than the question can
/// be read (readingSeconds) is a rapid guess; the pattern is flagged when more than 10% of its
/// timed answers are (response-time effort below 0.90, Wise & Kong 2005), and at least 3.
struct PersonFit
{
    bool available = false; ///< false when the bank has no chance distributions (parameters only)
    /// log P(answers | random) − log P(answers | model, population); NaN when not available.
    double randomLogRatio = std::numeric_limits<double>::quiet_NaN();
    int timedAnswers = 0;
    int rapidAnswers = 0;
    bool randomLike = false; ///< randomLogRatio above kRandomLikeThreshold
    bool rapid = false; ///< too many rapid answers

    /// An implausible pattern: flagged in results and reports; it earns no certificate.
    bool aberrant() const { return randomLike || rapid; }

    QJsonObject toJson() const;
    static PersonFit fromJson(const QJsonObject &json);
};

/// Random answers are flagged when they are at least e⁻¹ ≈ 0.37 times as likely as a pupil's:
/// with even prior odds, a chance of at least 27% that the answers were given at random. A flag
/// withholds a certificate and asks the teacher to look, it sanctions nothing: the threshold
/// favours detection (docs/PSYCHOMETRICS.md: its false alarms and detections, by simulation).
inline constexpr double kRandomLikeThreshold = -1.0;
/// A chance probability of 0 (a right number typed at random) counts as this much.
inline constexpr double kMinChance = 0.001;

/// The grid on which the population's ability distribution is integrated: θ from
/// min(−8, μ − 8σ) to max(8, μ + 8σ), 0.05 apart at most.
irt::QuadratureGrid populationGrid(const irt::EstimationSettings &population);

/// The time below which an answer to this item is a rapid guess: reading the question and its
/// options at 5 words a second (a fast silent reader), at least 2 s and at most 10 s.
double readingSeconds(const ItemContent &content, const QString &language);

/// The person-fit assessment of scored answers, with the prior of `population` (its mean and
/// standard deviation) as the ability distribution; reading times in `language`.
PersonFit assessPersonFit(const ItemBank &bank, const irt::EstimationSettings &population,
    std::span<const AnswerEvidence> answers, const QString &language);

} // namespace aicet::scoring
