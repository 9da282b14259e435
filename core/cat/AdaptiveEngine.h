#pragma once

#include "cat/TestSpecification.h"
#include "irt/AbilityEstimation.h"

#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace aicet {
class ItemBank;
}

namespace aicet::cat {

class Random;

/// One answered item: its index in the bank and the response category (0/1 for dichotomous
/// items, 0 … K−1 for partial-credit items).
struct Answer
{
    int item = -1;
    int category = 0;
};

/// Where a test stands: the current estimate, whether it is over and why, and what comes next.
struct CatState
{
    /// The interim estimate while the test runs; the final estimator's once it has finished.
    irt::AbilityEstimate estimate;
    bool finished = false;
    StopReason stopReason = StopReason::None;
    /// Bank index of the next item, or −1 when finished.
    int nextItem = -1;
    /// The next item is an unscored pilot item.
    bool nextIsPilot = false;
    /// Items answered so far, scored or not.
    int administered = 0;
    /// Scored (operational) items answered so far.
    int scored = 0;
    /// First position (0-based) at which a replayed answer was not for the item this engine
    /// chooses there (the bank or the settings changed since), or −1.
    int divergedAt = -1;
    /// Why the answers could not be replayed (unknown item, item given twice, bad category).
    QString error;
};

/// The adaptive testing engine: a pure function of (bank, test specification, seed, answers so
/// far). It performs no I/O and keeps no global state; randomness comes from a generator seeded
/// per session and position. Thread-safe: one engine serves any number of sessions at once.
class AdaptiveEngine
{
public:
    /// The bank is not owned and must outlive the engine. Check isValid() before use.
    AdaptiveEngine(const ItemBank &bank, TestSpecification specification);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    const ItemBank &bank() const { return *m_bank; }
    const TestSpecification &specification() const { return m_spec; }

    /// Replays the answers and returns the state after them: estimate, stop decision, next item.
    /// `elapsedSeconds` is the test time used so far, for the time limit.
    CatState evaluate(std::uint64_t seed, std::span<const Answer> answers, double elapsedSeconds = 0.0) const;

private:
    friend class CatRun;

    const ItemBank *m_bank = nullptr;
    TestSpecification m_spec;
    QString m_error;

    // Tables derived once from the bank for the selection loop.
    std::vector<irt::ItemParameters> m_params; // with the bank's scaling constant applied
    std::vector<double> m_slope, m_b, m_c, m_d;
    std::vector<char> m_logistic;
    std::vector<double> m_maxInformation;
    std::vector<int> m_byMaxInformation; // item indices, largest possible information first
    std::vector<int> m_dimension;
    std::vector<char> m_scoredItem; // operational
    std::vector<int> m_pilotItems;
    std::vector<char> m_excluded;
    std::vector<std::vector<int>> m_enemies; // symmetric
    std::vector<double> m_exposure;
    std::vector<double> m_targets; // normalised content targets, or empty
    double m_classificationZ = 1.959963984540054;
};

/// One test in progress, advanced answer by answer: the incremental form of
/// AdaptiveEngine::evaluate(), used by simulations and by evaluate() itself.
class CatRun
{
public:
    /// `selectionCounts`, when given, counts per item how often the selection rule chose it
    /// (before the Sympson–Hetter lottery); used to calibrate exposure parameters.
    CatRun(const AdaptiveEngine &engine, std::uint64_t seed, std::vector<int> *selectionCounts = nullptr);

    const CatState &state() const { return m_state; }
    /// Items given so far, in order.
    const std::vector<int> &administeredItems() const { return m_order; }

    /// Records an answer and decides what comes next. Returns false, with state().error set and
    /// nothing recorded, when the answer cannot be taken.
    bool answer(const Answer &answer, double elapsedSeconds = 0.0);

    /// Applies the time limit with the time used so far; finishes the test if it ran out.
    void setElapsed(double elapsedSeconds);

    /// The k best eligible scored items under the selection rule at `theta` (the weighted rules
    /// use the likelihood of the answers so far instead), best first, as (criterion value, item).
    /// Values of MLWI and MPWI are scaled by a common factor; bOpt's are −|b − θ|. For diagnostics
    /// and conformance tests; the test itself uses the current estimate.
    std::vector<std::pair<double, int>> rankItems(double theta, int k) const;

private:
    void decide(double elapsedSeconds);
    void finish(StopReason reason);
    bool eligible(int item) const;
    int choosePilot(Random &rng) const;
    int chooseScored(Random &rng);
    int preferredDimension() const;
    void bestItems(double theta, int dimension, int k, std::vector<std::pair<double, int>> *best) const;
    bool classified() const;
    double selectionTheta() const;

    const AdaptiveEngine *m_engine = nullptr;
    std::uint64_t m_seed = 0;
    std::vector<int> *m_selectionCounts = nullptr;
    CatState m_state;
    std::vector<char> m_used;
    std::vector<char> m_blocked; // an enemy of a given item
    std::vector<char> m_setAside; // refused by the Sympson–Hetter lottery in this test
    std::vector<int> m_order;
    std::vector<int> m_dimensionCounts;
    int m_partialCredit = 0; // scored partial-credit items given
    std::vector<irt::Response> m_responses;
    irt::PosteriorGrid m_grid;
};

} // namespace aicet::cat
