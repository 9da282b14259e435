#pragma once

#include "calibration/Calibration.h"

#include <vector>

namespace aicet::calibration {

/// What the responses say about one item, given calibrated parameters.
struct ItemStatistics
{
    int responses = 0; ///< persons who answered it
    double meanScore = 0.0; ///< the proportion right for a right/wrong item, the mean score otherwise
    double maxScore = 1.0;
    /// Correlation of the score with the persons' ability estimates (EAP): the item-total
    /// correlation of an adaptive test, where totals are not comparable.
    double abilityCorrelation = 0.0;
    /// Root mean squared deviation between the observed and the model's expected score along θ,
    /// on the posterior's pseudo-counts, weighted by where the respondents are (the item-fit
    /// statistic of PISA and PIAAC, made for sparse designs), divided by the maximum score.
    double rmsd = 0.0;
    bool misfit = false; ///< rmsd above kMisfitRmsd
    bool fewResponses = false; ///< fewer responses than kMinimumResponses for its model
};

/// A pair of items whose residuals are correlated beyond the others' (Yen's Q3).
struct LocalDependence
{
    int first = -1;
    int second = -1;
    int persons = 0; ///< who answered both
    double q3 = 0.0;
};

struct ItemAnalysis
{
    std::vector<ItemStatistics> items;
    /// Q3 averaged over every pair answered together by enough persons: the reference a pair's Q3
    /// is read against (Q3 is negative on average, about −1/(n − 1) for n items).
    double meanQ3 = 0.0;
    /// Pairs with Q3 more than kLocalDependence above the average (Christensen, Makransky &
    /// Horton 2017), most dependent first.
    std::vector<LocalDependence> dependent;
};

/// PISA 2015's threshold for an item's RMSD.
inline constexpr double kMisfitRmsd = 0.12;
/// A pair is flagged when its Q3 exceeds the average by this much.
inline constexpr double kLocalDependence = 0.2;
/// Local dependence is looked for in banks of at most this many items.
inline constexpr int kMaxQ3Items = 1000;
/// Pairs answered together by fewer persons are not judged.
inline constexpr int kMinimumPairPersons = 50;

/// Responses an item needs for its parameters to be trusted (De Ayala 2009, The Theory and
/// Practice of Item Response Theory, ch. 5 and 9): 200 for 1PL, 500 for 2PL, GRM and GPCM, 1000
/// for 3PL and 4PL.
int minimumResponses(irt::Model model);

/// Item statistics, fit and local dependence of responses under parameters (a calibration's
/// result), with the ability distribution N(latentMean, latentSd²) on the settings' quadrature.
ItemAnalysis analyseItems(const cat::ResponseMatrix &responses, const std::vector<irt::ItemParameters> &items,
    const Settings &settings, double latentMean = 0.0, double latentSd = 1.0);

} // namespace aicet::calibration
