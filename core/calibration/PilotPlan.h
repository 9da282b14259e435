#pragma once

#include "cat/TestSpecification.h"
#include "irt/ItemModel.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace aicet {
class ItemBank;
}

namespace aicet::calibration {

/// A pilot's design and how the planning study runs it.
struct PilotPlanSettings
{
    /// The operational adaptive test the pupils take; its pilotPositions are the pilot slots (at
    /// least one). Operational items are chosen by the engine as in a real sitting.
    cat::TestSpecification test;
    /// The numbers of pupils studied, each at least 1.
    std::vector<int> pupils;
    /// Replications per number of pupils, at least 1.
    int replications = 10;
    std::uint64_t seed = 1;
    /// 0: the bank's pilot items are piloted, their current parameters being the truth (a pilot
    /// item without parameters is given synthetic ones). P > 0: P synthetic pilot items replace
    /// the bank's (see planPilot()).
    int syntheticPilotItems = 0;
    /// Also compute the pilot items' standard errors in every calibration (two E-steps per
    /// estimated parameter: several times slower).
    bool standardErrors = false;
    /// Worker threads of the simulation and the calibration (0: one per core). Results do not
    /// depend on it.
    int threads = 0;
};

/// How far estimates of one kind of parameter fall from the truth, over items and replications.
struct ParameterRecovery
{
    int count = 0; ///< estimates compared (each step of a partial-credit item counts once); 0: none
    double bias = 0.0; ///< mean of estimate − truth
    double rmse = 0.0;
    int seCount = 0; ///< estimates with a standard error (Settings::standardErrors)
    double meanSe = 0.0;
};

/// The recovery of the pilot items' parameters with one number of pupils.
struct PilotRecovery
{
    int pupils = 0;
    int replications = 0;
    int calibrated = 0; ///< replications whose calibration gave parameters (converged or not)
    int converged = 0;
    /// Why each refused replication was refused (the calibration's message, naming the item).
    QStringList refusals;
    double meanResponses = 0.0; ///< responses per pilot item, over items and replications
    int minResponses = 0; ///< fewest responses of a pilot item in any replication
    double meanTestLength = 0.0; ///< items given per pupil, scored and pilot
    ParameterRecovery a; ///< slopes, every pilot item
    ParameterRecovery b; ///< difficulties of the right/wrong pilot items
    ParameterRecovery steps; ///< steps of the partial-credit pilot items
    /// Share of the pilot items' estimates whose location (b, or the mean of the steps) lies within
    /// kLocationTolerance of the truth; −1 when nothing was calibrated.
    double withinTolerance = -1.0;
};

/// The location error under which an estimate counts as recovered.
inline constexpr double kLocationTolerance = 0.3;

struct PilotPlan
{
    /// The pilot slots used (1-based positions).
    std::vector<int> pilotPositions;
    int pilotItems = 0; ///< items piloted per replication
    int partialCreditPilotItems = 0; ///< of them (for synthetic items: in the first replication)
    /// Pilot items whose true parameters were drawn from the operational items'.
    int syntheticItems = 0;
    /// One per number of pupils, in the settings' order.
    std::vector<PilotRecovery> counts;
    double seconds = 0.0; ///< wall time of the study (not deterministic)
    QString error; ///< non-empty when the design was refused
};

/// The planning study of a pilot: for each number of pupils and replication, pupils with θ drawn
/// from N(0, 1) take the real adaptive test (the engine chooses the operational items; at the
/// pilot slots a pilot item is drawn, as in a sitting); every answer is drawn from the true
/// parameters; then the fixed-item calibration of a real pilot (`calibrate --fixed operational`)
/// estimates the pilot items with the operational items anchored, and the estimates are compared
/// with the truth.
///
/// The truth of a pilot item is expressed in the model it is calibrated with, so that the study
/// measures the error due to the number of pupils and not a mismatch of models (pilotTruth()).
/// Synthetic pilot items take the parameters of operational items drawn at random with
/// replacement, redrawn for each replication: they are "items like the bank's", with its spread
/// of slopes and difficulties and its share of partial credit.
///
/// Deterministic for a seed and independent of the number of threads. A replication's pupils do
/// not depend on the number of pupils: the first 250 of 500 are the 250 (common random numbers),
/// so that the differences between counts are those of the counts, not of the draws.
PilotPlan planPilot(const ItemBank &bank, const PilotPlanSettings &settings);

/// A pilot item's true parameters in the model it is calibrated with: a right/wrong item is 2PL,
/// or 3PL with its lower asymptote c > 0 known and fixed (the chance of a right answer, as
/// `calibrate --guessing chance` fixes it; 4PL loses its upper asymptote); a partial-credit item
/// keeps its model (GPCM or GRM) and its chance floors, which calibration keeps fixed.
irt::ItemParameters pilotTruth(const irt::ItemParameters &parameters);

/// `slots` pilot positions spread evenly over the first minItems + slots positions of the test,
/// so that every pupil reaches all of them, even one whose test stops at the minimum length.
std::vector<int> spreadPilotPositions(int slots, int minItems);

/// The smallest number of pupils studied from which, for it and every larger number studied,
/// every replication was calibrated and converged, the RMSE of the slopes is at most `targetA`
/// and that of the difficulties and of the steps at most `targetB`; nothing when none is.
std::optional<int> sufficientPupils(const PilotPlan &plan, double targetA, double targetB);

} // namespace aicet::calibration
