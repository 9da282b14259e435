#include "cat/AdaptiveEngine.h"

#include "Translate.h"
#include "bank/ItemBank.h"
#include "cat/Random.h"
#include "irt/LogisticKernel.h"
#include "irt/Normal.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace aicet::cat {
namespace {

Q_LOGGING_CATEGORY(lcEngine, "aicet.core.cat", QtWarningMsg)

// Keeps the k best (value, item) pairs, best first; equal values go to the lower item index.
void insertBest(std::vector<std::pair<double, int>> *best, int k, double value, int item)
{
    auto better = [](const std::pair<double, int> &x, const std::pair<double, int> &y) {
        return x.first > y.first || (x.first == y.first && x.second < y.second);
    };
    const std::pair<double, int> entry{value, item};
    if (static_cast<int>(best->size()) == k) {
        if (!better(entry, best->back())) {
            return;
        }
        best->pop_back();
    }
    best->insert(std::upper_bound(best->begin(), best->end(), entry, better), entry);
}

} // namespace

AdaptiveEngine::AdaptiveEngine(const ItemBank &bank, TestSpecification specification)
    : m_bank(&bank)
    , m_spec(std::move(specification))
{
    m_error = m_spec.validate(bank);
    const std::size_t n = bank.items.size();
    m_params.resize(n);
    m_slope.resize(n), m_b.resize(n), m_c.resize(n), m_d.resize(n);
    m_logistic.resize(n), m_maxInformation.resize(n), m_dimension.resize(n);
    m_scoredItem.resize(n), m_excluded.assign(n, 0), m_enemies.resize(n), m_exposure.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const BankItem &item = bank.items[i];
        irt::ItemParameters p = item.irt;
        p.D = bank.scalingConstant;
        if (m_error.isEmpty() && (item.hasParameters || item.status == ItemStatus::Operational)) {
            if (QString e = irt::validateParameters(p); !e.isEmpty()) {
                m_error = CatText::tr("item \"%1\": %2").arg(item.id, e);
            }
        }
        m_params[i] = p;
        m_slope[i] = p.D * p.a;
        m_b[i] = p.b, m_c[i] = p.c, m_d[i] = p.d;
        m_logistic[i] = irt::isDichotomous(p.model);
        m_maxInformation[i] = irt::maximumInformation(p);
        m_dimension[i] = item.dimension;
        m_scoredItem[i] = item.status == ItemStatus::Operational;
        if (item.status == ItemStatus::Pilot) {
            m_pilotItems.push_back(static_cast<int>(i));
        }
        m_exposure[i] = std::clamp(item.exposureControl, 0.0, 1.0);
        for (const QString &enemy : item.enemies) {
            const int j = bank.indexOf(enemy);
            if (j >= 0 && j != static_cast<int>(i)) {
                m_enemies[i].push_back(j);
                m_enemies[static_cast<std::size_t>(j)].push_back(static_cast<int>(i));
            }
        }
    }
    for (auto &list : m_enemies) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    for (const QString &id : m_spec.excludedItems) {
        if (const int j = bank.indexOf(id); j >= 0) {
            m_excluded[static_cast<std::size_t>(j)] = 1;
        }
    }
    m_byMaxInformation.resize(n);
    std::iota(m_byMaxInformation.begin(), m_byMaxInformation.end(), 0);
    std::stable_sort(m_byMaxInformation.begin(), m_byMaxInformation.end(), [this](int x, int y) {
        return m_maxInformation[static_cast<std::size_t>(x)] > m_maxInformation[static_cast<std::size_t>(y)];
    });
    if (!m_spec.contentTargets.empty() && m_error.isEmpty()) {
        const double sum = std::accumulate(m_spec.contentTargets.begin(), m_spec.contentTargets.end(), 0.0);
        for (double t : m_spec.contentTargets) {
            m_targets.push_back(t / sum);
        }
    }
    if (m_spec.stopping.classification) {
        m_classificationZ = irt::twoSidedNormalQuantile(m_spec.stopping.classificationConfidence);
    }
    if (!m_error.isEmpty()) {
        qCWarning(lcEngine) << "invalid test specification:" << m_error;
    }
}

CatState AdaptiveEngine::evaluate(std::uint64_t seed, std::span<const Answer> answers, double elapsedSeconds) const
{
    if (!isValid()) {
        CatState s;
        s.error = m_error;
        return s;
    }
    CatRun run(*this, seed);
    int diverged = -1;
    for (std::size_t i = 0; i < answers.size(); ++i) {
        if (diverged < 0 && answers[i].item != run.state().nextItem) {
            diverged = static_cast<int>(i);
        }
        if (!run.answer(answers[i])) {
            CatState s = run.state();
            s.error = CatText::tr("answer %1: %2").arg(i + 1).arg(s.error);
            return s;
        }
    }
    run.setElapsed(elapsedSeconds);
    CatState s = run.state();
    s.divergedAt = diverged;
    return s;
}

CatRun::CatRun(const AdaptiveEngine &engine, std::uint64_t seed, std::vector<int> *selectionCounts)
    : m_engine(&engine)
    , m_seed(seed)
    , m_selectionCounts(selectionCounts)
    , m_grid(engine.m_spec.interim.grid, engine.m_spec.interim.priorMean, engine.m_spec.interim.priorSd)
{
    const std::size_t n = engine.m_params.size();
    m_used.assign(n, 0);
    m_blocked.assign(n, 0);
    m_setAside.assign(n, 0);
    m_dimensionCounts.assign(engine.m_bank->dimensions.size(), 0);
    m_order.reserve(static_cast<std::size_t>(engine.m_spec.stopping.maxItems) + engine.m_spec.pilotPositions.size());
    m_responses.reserve(static_cast<std::size_t>(engine.m_spec.stopping.maxItems));
    m_state.estimate = engine.m_spec.interim.method == irt::Estimator::EAP
        ? m_grid.eap()
        : irt::estimateAbility({}, engine.m_spec.interim);
    if (!engine.isValid()) {
        m_state.error = engine.m_error;
        m_state.finished = true;
        return;
    }
    decide(0.0);
}

bool CatRun::answer(const Answer &answer, double elapsedSeconds)
{
    const AdaptiveEngine &e = *m_engine;
    const int n = static_cast<int>(e.m_params.size());
    if (!e.isValid()) {
        m_state.error = e.m_error;
        return false;
    }
    if (m_state.finished) {
        m_state.error = CatText::tr("the test has already finished");
        return false;
    }
    if (answer.item < 0 || answer.item >= n) {
        m_state.error = CatText::tr("item index %1 is not in the bank").arg(answer.item);
        return false;
    }
    const auto item = static_cast<std::size_t>(answer.item);
    if (m_used[item]) {
        m_state.error = CatText::tr("item \"%1\" was already given in this test").arg(e.m_bank->items[item].id);
        return false;
    }
    const irt::ItemParameters &params = e.m_params[item];
    if (answer.category < 0 || answer.category >= params.categoryCount()) {
        m_state.error = CatText::tr("response %1 to item \"%2\" is not a category of that item (0 to %3)")
                            .arg(answer.category)
                            .arg(e.m_bank->items[item].id)
                            .arg(params.categoryCount() - 1);
        return false;
    }
    m_state.error.clear();
    m_used[item] = 1;
    m_order.push_back(answer.item);
    for (int enemy : e.m_enemies[item]) {
        m_blocked[static_cast<std::size_t>(enemy)] = 1;
    }
    ++m_state.administered;
    if (e.m_scoredItem[item]) {
        ++m_state.scored;
        // The partial-credit limit reached: no more of them in this test.
        if (!irt::isDichotomous(params.model) && ++m_partialCredit == e.m_spec.exposure.maxPartialCredit) {
            for (std::size_t i = 0; i < e.m_params.size(); ++i) {
                if (e.m_scoredItem[i] && !irt::isDichotomous(e.m_params[i].model)) {
                    m_blocked[i] = 1;
                }
            }
        }
        if (const int dim = e.m_dimension[item]; dim >= 0 && dim < static_cast<int>(m_dimensionCounts.size())) {
            ++m_dimensionCounts[static_cast<std::size_t>(dim)];
        }
        m_responses.push_back({&params, answer.category});
        m_grid.add(params, answer.category);
        m_state.estimate = e.m_spec.interim.method == irt::Estimator::EAP
            ? m_grid.eap()
            : irt::estimateAbility(m_responses, e.m_spec.interim);
    }
    decide(elapsedSeconds);
    return true;
}

void CatRun::setElapsed(double elapsedSeconds)
{
    const StoppingRule &stop = m_engine->m_spec.stopping;
    if (!m_state.finished && stop.timeLimitSeconds > 0.0 && elapsedSeconds >= stop.timeLimitSeconds) {
        finish(StopReason::TimeLimit);
    }
}

void CatRun::decide(double elapsedSeconds)
{
    const AdaptiveEngine &e = *m_engine;
    const StoppingRule &stop = e.m_spec.stopping;
    m_state.nextItem = -1;
    m_state.nextIsPilot = false;

    StopReason reason = StopReason::None;
    if (m_state.scored >= stop.maxItems) {
        reason = StopReason::MaxItems;
    } else if (stop.timeLimitSeconds > 0.0 && elapsedSeconds >= stop.timeLimitSeconds) {
        reason = StopReason::TimeLimit;
    } else if (m_state.scored >= std::max(stop.minItems, 1)) {
        if (stop.seTarget > 0.0 && m_state.estimate.se <= stop.seTarget) {
            reason = StopReason::StandardError;
        } else if (stop.classification && classified()) {
            reason = StopReason::Classification;
        }
    }
    if (reason == StopReason::None) {
        Random rng = Random::forPosition(m_seed, static_cast<std::uint64_t>(m_state.administered));
        const int position = m_state.administered + 1;
        const auto &slots = e.m_spec.pilotPositions;
        if (std::find(slots.begin(), slots.end(), position) != slots.end()) {
            if (const int pilot = choosePilot(rng); pilot >= 0) {
                m_state.nextItem = pilot;
                m_state.nextIsPilot = true;
                return;
            }
        }
        if (const int item = chooseScored(rng); item >= 0) {
            m_state.nextItem = item;
            return;
        }
        reason = StopReason::PoolExhausted;
    }
    finish(reason);
}

void CatRun::finish(StopReason reason)
{
    const TestSpecification &spec = m_engine->m_spec;
    m_state.finished = true;
    m_state.stopReason = reason;
    m_state.nextItem = -1;
    m_state.nextIsPilot = false;
    const bool sameAsInterim = spec.final.method == irt::Estimator::EAP && spec.interim.method == irt::Estimator::EAP
        && spec.final.grid.lower == spec.interim.grid.lower && spec.final.grid.upper == spec.interim.grid.upper
        && spec.final.grid.nodes == spec.interim.grid.nodes && spec.final.priorMean == spec.interim.priorMean
        && spec.final.priorSd == spec.interim.priorSd;
    if (!sameAsInterim) {
        m_state.estimate = irt::estimateAbility(m_responses, spec.final);
    }
}

bool CatRun::eligible(int item) const
{
    const auto i = static_cast<std::size_t>(item);
    return !m_used[i] && !m_blocked[i] && !m_setAside[i] && !m_engine->m_excluded[i];
}

int CatRun::choosePilot(Random &rng) const
{
    std::vector<int> candidates;
    for (int item : m_engine->m_pilotItems) {
        if (eligible(item)) {
            candidates.push_back(item);
        }
    }
    return candidates.empty() ? -1
                              : candidates[static_cast<std::size_t>(rng.below(static_cast<int>(candidates.size())))];
}

double CatRun::selectionTheta() const
{
    return m_state.scored == 0 ? m_engine->m_spec.startTheta : m_state.estimate.theta;
}

int CatRun::preferredDimension() const
{
    // Kingsbury–Zara: the dimension furthest below its target proportion that still has an
    // eligible item; −1 when no balancing applies.
    const AdaptiveEngine &e = *m_engine;
    if (e.m_targets.empty()) {
        return -1;
    }
    const int dims = static_cast<int>(e.m_targets.size());
    std::vector<int> order(static_cast<std::size_t>(dims));
    std::iota(order.begin(), order.end(), 0);
    const double scored = std::max(m_state.scored, 1);
    auto deficit = [&](int d) {
        const auto i = static_cast<std::size_t>(d);
        return e.m_targets[i] - (m_state.scored == 0 ? 0.0 : m_dimensionCounts[i] / scored);
    };
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return deficit(x) > deficit(y); });
    for (int d : order) {
        if (e.m_targets[static_cast<std::size_t>(d)] <= 0.0) {
            continue;
        }
        for (int i = 0; i < static_cast<int>(e.m_params.size()); ++i) {
            if (e.m_scoredItem[static_cast<std::size_t>(i)] && e.m_dimension[static_cast<std::size_t>(i)] == d
                && eligible(i)) {
                return d;
            }
        }
    }
    return -1;
}

std::vector<std::pair<double, int>> CatRun::rankItems(double theta, int k) const
{
    std::vector<std::pair<double, int>> best;
    bestItems(theta, -1, std::max(k, 1), &best);
    return best;
}

void CatRun::bestItems(double theta, int dimension, int k, std::vector<std::pair<double, int>> *best) const
{
    const AdaptiveEngine &e = *m_engine;
    const int n = static_cast<int>(e.m_params.size());
    auto candidate = [&](int i) {
        const auto u = static_cast<std::size_t>(i);
        return e.m_scoredItem[u] && eligible(i) && (dimension < 0 || e.m_dimension[u] == dimension);
    };
    best->clear();

    switch (e.m_spec.selection) {
    case SelectionRule::MaximumInformation:
        // Items in decreasing order of the most information they can give anywhere: once that
        // bound falls below the k-th best value found, no later item can enter the list.
        for (int i : e.m_byMaxInformation) {
            const auto u = static_cast<std::size_t>(i);
            if (static_cast<int>(best->size()) == k && e.m_maxInformation[u] < best->back().first) {
                break;
            }
            if (!candidate(i)) {
                continue;
            }
            const double info = e.m_logistic[u]
                ? irt::kernel::dichotomousInformation(e.m_slope[u], e.m_b[u], e.m_c[u], e.m_d[u], theta)
                : irt::information(e.m_params[u], theta);
            insertBest(best, k, info, i);
        }
        return;
    case SelectionRule::ClosestDifficulty:
        for (int i = 0; i < n; ++i) {
            if (candidate(i)) {
                insertBest(best, k, -std::fabs(e.m_params[static_cast<std::size_t>(i)].location() - theta), i);
            }
        }
        return;
    case SelectionRule::LikelihoodWeighted:
    case SelectionRule::PosteriorWeighted: {
        // ∫ I_i(θ) L(θ) [g(θ)] dθ by the trapezoid rule on the interim grid; the likelihood is
        // rescaled by its maximum, which changes no comparison and avoids underflow.
        const bool posterior = e.m_spec.selection == SelectionRule::PosteriorWeighted;
        const auto nodes = m_grid.nodes();
        const auto logL = m_grid.logLikelihood();
        const auto logPrior = m_grid.logPrior();
        const auto trapezoid = m_grid.trapezoidWeights();
        std::vector<double> weights(nodes.size());
        double maxLog = -std::numeric_limits<double>::infinity();
        for (std::size_t j = 0; j < nodes.size(); ++j) {
            weights[j] = logL[j] + (posterior ? logPrior[j] : 0.0);
            maxLog = std::max(maxLog, weights[j]);
        }
        for (std::size_t j = 0; j < nodes.size(); ++j) {
            weights[j] = trapezoid[j] * std::exp(weights[j] - maxLog);
        }
        for (int i = 0; i < n; ++i) {
            if (!candidate(i)) {
                continue;
            }
            double value = 0.0;
            for (std::size_t j = 0; j < nodes.size(); ++j) {
                value += weights[j] * irt::information(e.m_params[static_cast<std::size_t>(i)], nodes[j]);
            }
            insertBest(best, k, value, i);
        }
        return;
    }
    }
}

int CatRun::chooseScored(Random &rng)
{
    const AdaptiveEngine &e = *m_engine;
    const int k = e.m_spec.exposure.randomesque;
    std::vector<std::pair<double, int>> best;
    best.reserve(static_cast<std::size_t>(k) + 1);
    for (;;) {
        bestItems(selectionTheta(), preferredDimension(), k, &best);
        if (best.empty()) {
            return -1;
        }
        const int pick = best.size() == 1 ? 0 : rng.below(static_cast<int>(best.size()));
        const int item = best[static_cast<std::size_t>(pick)].second;
        const auto u = static_cast<std::size_t>(item);
        if (m_selectionCounts) {
            ++(*m_selectionCounts)[u];
        }
        if (!e.m_spec.exposure.sympsonHetter || e.m_exposure[u] >= 1.0 || rng.uniform() < e.m_exposure[u]) {
            return item;
        }
        m_setAside[u] = 1; // refused by the lottery: not given in this test
    }
}

bool CatRun::classified() const
{
    const AdaptiveEngine &e = *m_engine;
    const double se = m_state.estimate.se;
    if (!std::isfinite(se)) {
        return false;
    }
    const double lo = m_state.estimate.theta - e.m_classificationZ * se;
    const double hi = m_state.estimate.theta + e.m_classificationZ * se;
    for (double cut : e.m_bank->levelCuts) {
        if (cut > lo && cut < hi) {
            return false;
        }
    }
    return true;
}

} // namespace aicet::cat
