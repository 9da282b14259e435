#pragma once

#include "bank/Scoring.h"
#include "cat/Random.h"

#include <vector>

namespace aicet {

/// How an answer is given without reading the question.
enum class ChanceAnswer : unsigned char {
    Random, ///< a random option, random ticks, a random order, random pairs; nothing typed
    FirstShown, ///< always the first option shown (in the order shown, shuffled or not)
};

/// An answer given without reading the item, drawn with `rng` (options shown in a random order
/// when the item shuffles them). Numeric and short-text items are left unanswered.
ItemResponse chanceResponse(const ItemContent &content, ChanceAnswer how, cat::Random &rng, const QString &language);

/// The probability of each response category 0 … categories − 1 when the item is answered at
/// random (ChanceAnswer::Random), under the item's own scoring rule: exact, by scoring every
/// possible answer, when there are at most 100,000 of them; otherwise estimated from 20,000 random
/// answers drawn with a fixed seed. Numeric and short-text items: category 0 with probability 1.
std::vector<double> chanceDistribution(const ItemContent &content, int categories);

/// The chance floors of a partial-credit item with `steps` steps: floor k (1-based) is the
/// probability of scoring at least k at random (the sum of `chance` from k up), at most 0.999.
/// What a bank with irt.guessing: chance gives its GRM and GPCM items.
std::vector<double> chanceFloors(const std::vector<double> &chance, std::size_t steps);

} // namespace aicet
