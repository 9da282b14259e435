#pragma once

#include "bank/Chance.h"
#include "cat/AdaptiveEngine.h"
#include "cat/Random.h"
#include "cat/ResponseMatrix.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace aicet::cat {

struct SimulationSettings
{
    /// The simulees' true abilities; their count is the number of simulees.
    std::vector<double> trueTheta;
    std::vector<QString> ids; ///< optional labels, one per simulee
    /// When set, answers come from this matrix (row i for simulee i); otherwise they are drawn
    /// from the model at the true θ with a generator seeded from `seed` and the simulee's number.
    const ResponseMatrix *replay = nullptr;
    /// Session seeds and generated answers derive from this seed.
    std::uint64_t seed = 1;
    /// Worker threads (0: one per core). Results do not depend on it.
    int threads = 0;
    /// Count, per item, how often the selection rule chose it (for Sympson–Hetter calibration).
    bool countSelections = false;
    /// When set, the simulees do not answer as the model says but without reading: at random, or
    /// always the first option shown (their true θ is then irrelevant). Needs item content.
    std::optional<ChanceAnswer> chance;
};

struct SimulatedCandidate
{
    QString id;
    double trueTheta = 0.0;
    double theta = 0.0;
    double se = 0.0;
    StopReason stopReason = StopReason::None;
    std::vector<int> items; ///< bank indices, in the order given
    std::vector<int> responses; ///< the category answered to each item
    std::vector<double> thetaPath; ///< the estimate after each item
    std::vector<double> sePath; ///< its standard error after each item
};

struct SimulationSummary
{
    int candidates = 0;
    double bias = 0.0;
    double rmse = 0.0;
    double meanLength = 0.0;
    double meanExposure = 0.0; ///< over all bank items: share of candidates who saw the item
    double maxExposure = 0.0;
    std::vector<double> exposure; ///< per item
    std::vector<double> selectionRate; ///< per item, when selections were counted
};

struct SimulationResult
{
    std::vector<SimulatedCandidate> candidates;
    SimulationSummary summary;
    QString error; ///< non-empty when the simulation could not run
};

/// Runs one adaptive test per simulee through the engine (CatRun, the code the sessions use).
/// A simulated answer: a response category of `item` drawn for ability `theta` from its category
/// probabilities with one uniform draw of `rng`.
int drawCategory(const irt::ItemParameters &item, double theta, Random &rng);

SimulationResult simulate(const AdaptiveEngine &engine, const SimulationSettings &settings);

/// The precision a bank's test reaches at one ability: the information of the bank's operational
/// items, and of simulated tests at that true θ (`simulees` tests through the engine).
struct PrecisionPoint
{
    double theta = 0.0;
    double bankInformation = 0.0;
    double testInformation = 0.0; ///< mean over the simulated tests, operational items given
    double expectedSe = 0.0; ///< 1 / sqrt(test information)
    double meanSe = 0.0; ///< the SE the tests report
    double rmse = 0.0;
    double bias = 0.0;
    double meanLength = 0.0;
};
/// Precision along θ from −3 to 3 in steps of 0.5 (deterministic for a seed), as `bank stats`
/// prints it and the trainer's workspace draws it.
std::vector<PrecisionPoint> precisionAlongTheta(const AdaptiveEngine &engine, int simulees, std::uint64_t seed);

/// Draws n abilities from N(mean, sd²) with the given seed (Box–Muller on SplitMix64).
std::vector<double> normalSample(int n, double mean, double sd, std::uint64_t seed);

struct SympsonHetterCalibration
{
    std::vector<double> parameters; ///< one per bank item, in [0, 1]
    double maxExposure = 0.0; ///< largest exposure rate in the last simulation
    int iterations = 0;
    bool converged = false;
    QString error;
};

/// Computes Sympson–Hetter exposure parameters by iterated simulation (Sympson & Hetter 1985):
/// with the parameters of the previous round, simulate the test for a sample of abilities, then
/// set K_i = r / P(S_i) for every item selected more often than the target rate r and 1 for the
/// others; stop when the largest exposure rate is at most r + tolerance.
SympsonHetterCalibration calibrateSympsonHetter(const ItemBank &bank, const TestSpecification &specification,
    double targetRate, const std::vector<double> &abilities, std::uint64_t seed, int maxIterations = 30,
    double tolerance = 0.01, int threads = 0);

} // namespace aicet::cat
