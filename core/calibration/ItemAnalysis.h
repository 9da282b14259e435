#pragma once

#include "bank/ItemBank.h"
#include "calibration/Calibration.h"

#include <QString>
#include <QStringList>

#include <array>
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
    /// Orlando & Thissen's S-X2 (summed-score groups, generalised to partial credit by Kang & Chen
    /// 2008), computed only on complete data (everyone answered every item): sx2Df is 0 otherwise.
    double sx2 = 0.0;
    int sx2Df = 0;
    double sx2P = 1.0;
    bool sx2Misfit = false; ///< sx2P below kSx2Alpha
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
    /// Every pair judged (answered together by enough persons), in item order.
    std::vector<LocalDependence> pairs;
    /// Each person's ability estimate (EAP) and posterior SD under the parameters.
    std::vector<double> abilities, abilitySds;
};

/// Differential item functioning of one item between a focal group and the reference group
/// (the largest): the item's difficulty shift in each group, estimated with the other items'
/// parameters as calibrated and each person's ability known from their other answers.
struct DifResult
{
    int item = -1;
    int focal = -1; ///< group index
    int reference = -1;
    int focalResponses = 0;
    int referenceResponses = 0;
    /// How much harder (in θ) the item is for the focal group than for the reference group.
    double shift = 0.0;
    double shiftSe = 0.0;
    double chiSquare = 0.0; ///< likelihood ratio of group shifts against one common shift (1 df)
    double p = 1.0;
    /// Right/wrong items: ETS's delta (−2.35 × the log odds ratio; negative: harder for the
    /// focal group). Partial credit: the standardised mean difference (SMD/SD).
    double effect = 0.0;
    double effectSe = 0.0;
    /// "A", "B", "C" (ETS, right/wrong items) or "AA", "BB", "CC" (partial credit).
    QString category;
};

/// Does one ability explain the responses? The bank's areas compared.
struct Dimensionality
{
    int areas = 0;
    /// Per area: the reliability of its own ability estimate (var(EAP) / var(θ)) over the persons
    /// who answered its items, and how many they are.
    std::vector<double> reliability;
    std::vector<int> persons;
    /// Pairs of areas: the correlation of their abilities, disattenuated (areas × areas; NaN
    /// where fewer than kMinimumPairPersons persons answered both).
    std::vector<double> correlation;
    std::vector<int> pairPersons;
    double meanCorrelation = 0.0; ///< over the judged pairs (NaN when none)
    double lowestCorrelation = 0.0;
    /// Yen's Q3 averaged over pairs of items of one area, and of different areas: residuals that
    /// go together within areas betray a second ability.
    double q3Within = 0.0;
    double q3Between = 0.0;
    bool oneAbility = true; ///< every judged correlation at least kDistinctAreas
};

/// How a choice item's options are chosen by the lowest, middle and highest third of its
/// respondents by ability (the classical distractor analysis): a key that the ablest choose no
/// more than the weakest, or a wrong option that draws the ablest, points at an ambiguous question
/// or a wrong key.
struct OptionShares
{
    int item = -1;
    QStringList options; ///< option ids, in the item's order ("true", "false" for true or false)
    std::vector<bool> keys; ///< per option: part of the right answer
    std::array<int, 3> respondents{}; ///< per third
    std::vector<std::array<double, 3>> shares; ///< per option: the share of each third choosing it
    /// A key option chosen by at least kAttractiveGap fewer of the highest third than of the lowest.
    bool keyDoubt = false;
    /// Wrong options chosen by at least kAttractiveGap more of the highest third than of the lowest.
    QStringList attractive;
};

/// One answer to a choice item: the options ticked.
struct OptionChoice
{
    int person = -1; ///< row of the response matrix
    int item = -1;
    QStringList chosen;
};

/// A wrong option is "attractive" when the highest third chooses it this much more than the lowest,
/// a key is doubtful when they choose it this much less.
inline constexpr double kAttractiveGap = 0.05;
/// Options are analysed for items with at least this many answers (about 30 per third).
inline constexpr int kMinimumOptionAnswers = 90;

/// An item misfits by S-X2 below this p-value (many items are tested at once).
inline constexpr double kSx2Alpha = 0.01;
/// S-X2 is computed for at most this many items (its cost grows with their cube).
inline constexpr int kMaxSx2Items = 200;
/// DIF is judged only where both groups gave at least this many responses to the item.
inline constexpr int kMinimumDifResponses = 100;
/// Areas whose abilities correlate at least this much (disattenuated) measure the same thing:
/// their scores would add nothing to the overall score (Sinharay, Puhan & Haberman 2011, An NCME
/// instructional module on subscores).
inline constexpr double kDistinctAreas = 0.9;

/// P(X ≥ x) for X ~ χ² with `df` degrees of freedom.
double chiSquareUpperTail(double x, double df);

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
/// `freeParameters`: how many parameters were estimated for each item (0 for an anchor; S-X2's
/// degrees of freedom); empty: as many as its model has.
ItemAnalysis analyseItems(const cat::ResponseMatrix &responses, const std::vector<irt::ItemParameters> &items,
    const Settings &settings, double latentMean = 0.0, double latentSd = 1.0,
    const std::vector<int> &freeParameters = {});

/// The option analysis of the bank's single choice, multiple response and true or false items from
/// the options each person chose (`abilities`: each person's ability estimate, ItemAnalysis::
/// abilities). Items with fewer than kMinimumOptionAnswers answers are left out.
std::vector<OptionShares> analyseOptions(
    const ItemBank &bank, const std::vector<double> &abilities, const std::vector<OptionChoice> &choices);

/// DIF of every item between groups: `groups` gives each cell's group (the layout of
/// responses.cells; −1: none), e.g. the language the item was shown in or the pupil's year group.
/// A person belongs to the group of most of their answers; each group's ability distribution is
/// estimated first, so that a group's lower ability is not taken for DIF. Sorted by item, then
/// group.
std::vector<DifResult> analyseDif(const cat::ResponseMatrix &responses, const std::vector<irt::ItemParameters> &items,
    const Settings &settings, double latentMean, double latentSd, const std::vector<signed char> &groups,
    int groupCount);

/// The dimensionality check: `areas` gives each item's area (−1: none); `analysis` is the items'
/// analysis (its pairs' Q3).
Dimensionality checkDimensionality(const cat::ResponseMatrix &responses, const std::vector<irt::ItemParameters> &items,
    const Settings &settings, double latentMean, double latentSd, const std::vector<int> &areas, int areaCount,
    const ItemAnalysis &analysis);

} // namespace aicet::calibration
