#include "calibration/Calibration.h"

#include "Translate.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cmath>
#include <limits>
#include <span>
#include <thread>
#include <tuple>

namespace aicet::calibration {
namespace {

constexpr double kMinProbability = 1e-12;
constexpr double kParameterLimit = 50.0; // |slope·D|, |intercept|, |logit c| never beyond this
constexpr double kStepPriorSd = 3.0; // the prior on the steps of items with chance floors
constexpr double kSlopePriorSd = 1.0; // and on the log of their slope
constexpr int kBlocks = 64; // persons are summed in this many fixed blocks (determinism)
// Dense data: right/wrong items are taken in groups of this many, whose 2^k answer patterns' summed
// log-odds are tabulated once per E-step, so that a person's log-likelihood adds one row per group
// rather than one per right answer (the tables, 64 rows per group, stay in the cache).
constexpr int kPatternBits = 6;

// The inner loops of the E-step (vectorised: this file is compiled with -O3).
inline void addTo(double *__restrict to, const double *__restrict row, std::size_t from, std::size_t end)
{
    for (std::size_t k = from; k < end; ++k) {
        to[k] += row[k];
    }
}

inline void subtractFrom(double *__restrict to, const double *__restrict row, std::size_t n)
{
    for (std::size_t k = 0; k < n; ++k) {
        to[k] -= row[k];
    }
}

double logistic(double z)
{
    return z >= 0.0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
}

using Matrix = std::vector<std::vector<double>>;

// The Cholesky factor L (lower triangular) of the symmetric part of a + ridge·I; empty when that
// is not positive definite.
Matrix cholesky(const Matrix &a, double ridge = 0.0)
{
    const std::size_t n = a.size();
    Matrix l(n, std::vector<double>(n, 0.0));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j <= i; ++j) {
            double sum = 0.5 * (a[i][j] + a[j][i]) + (i == j ? ridge : 0.0);
            for (std::size_t k = 0; k < j; ++k) {
                sum -= l[i][k] * l[j][k];
            }
            if (i == j) {
                if (!(sum > 0.0)) {
                    return {};
                }
                l[i][i] = std::sqrt(sum);
            } else {
                l[i][j] = sum / l[j][j];
            }
        }
    }
    return l;
}

// Solves L·Lᵀ·x = b.
std::vector<double> choleskySolve(const Matrix &l, const std::vector<double> &b)
{
    const std::size_t n = b.size();
    std::vector<double> y(n), x(n);
    for (std::size_t i = 0; i < n; ++i) {
        double sum = b[i];
        for (std::size_t k = 0; k < i; ++k) {
            sum -= l[i][k] * y[k];
        }
        y[i] = sum / l[i][i];
    }
    for (std::size_t i = n; i-- > 0;) {
        double sum = y[i];
        for (std::size_t k = i + 1; k < n; ++k) {
            sum -= l[k][i] * x[k];
        }
        x[i] = sum / l[i][i];
    }
    return x;
}

// The quadrature: nodes and log-weights (normal density, normalised to sum 1).
struct Quadrature
{
    std::vector<double> nodes;
    std::vector<double> logWeights;

    explicit Quadrature(const Settings &s)
    {
        const int n = std::max(s.nodes, 2);
        nodes.resize(static_cast<std::size_t>(n));
        logWeights.resize(nodes.size());
        double sum = 0.0;
        for (int k = 0; k < n; ++k) {
            const double x = s.lower + (s.upper - s.lower) * k / (n - 1);
            nodes[static_cast<std::size_t>(k)] = x;
            sum += std::exp(-0.5 * x * x);
        }
        for (std::size_t k = 0; k < nodes.size(); ++k) {
            logWeights[k] = -0.5 * nodes[k] * nodes[k] - std::log(sum);
        }
    }
};

// The responses person by person: (item, category) pairs, missing cells left out.
struct Persons
{
    std::vector<int> offsets{0};
    std::vector<std::pair<int, int>> answers;

    explicit Persons(const cat::ResponseMatrix &m)
    {
        const int rows = m.items > 0 ? static_cast<int>(m.cells.size() / static_cast<std::size_t>(m.items)) : 0;
        for (int i = 0; i < rows; ++i) {
            for (int j = 0; j < m.items; ++j) {
                if (const int x = m.at(i, j); x >= 0) {
                    answers.emplace_back(j, x);
                }
            }
            offsets.push_back(static_cast<int>(answers.size()));
        }
    }
    int count() const { return static_cast<int>(offsets.size()) - 1; }
};

// Lists of values person by person (compressed rows).
template<typename T> struct PerPerson
{
    std::vector<int> offsets{0};
    std::vector<T> values;

    void endPerson() { offsets.push_back(static_cast<int>(values.size())); }
    std::span<const T> of(int i) const
    {
        return {values.data() + offsets[static_cast<std::size_t>(i)],
            values.data() + offsets[static_cast<std::size_t>(i) + 1]};
    }
};

// An item's free parameters in the slope–intercept form: P = c + (1 − c)·σ(α·θ + δ), with
// α = D·a, δ = −D·a·b and c = σ(γ).
struct Free
{
    bool slope = true; // α estimated (not 1PL)
    bool guessing = false; // γ estimated
    int steps = 0; // polytomous: K − 1 intercepts (then no δ)
    int size() const { return steps > 0 ? 1 + steps : 1 + (slope ? 1 : 0) + (guessing ? 1 : 0); }
};

// Polytomous items: α and the intercepts d_1 … d_{K−1} of the categories above 0. GPCM:
// P_x ∝ exp(x·α·θ + d_x) (d_0 = 0), so b_v = −(d_v − d_{v−1})/α; GRM: P(X ≥ x) = σ(α·θ + d_x),
// so b_x = −d_x/α.
struct ItemState
{
    double alpha = 1.0, delta = 0.0, c = 0.0;
    std::vector<double> intercepts;
};

ItemState toState(const irt::ItemParameters &p)
{
    ItemState s{p.D * p.a, -p.D * p.a * p.b, p.c, {}};
    if (!irt::isDichotomous(p.model)) {
        double sum = 0.0;
        for (double b : p.steps) {
            sum += b;
            s.intercepts.push_back(p.model == irt::Model::GeneralizedPartialCredit ? -s.alpha * sum : -s.alpha * b);
        }
    }
    return s;
}

irt::ItemParameters toParameters(const ItemState &s, const irt::ItemParameters &start, irt::Model model)
{
    irt::ItemParameters p = start;
    p.model = model;
    p.a = s.alpha / p.D;
    p.d = 1.0;
    if (!irt::isDichotomous(model)) {
        p.b = 0.0;
        p.c = 0.0;
        p.floors.clear();
        p.steps.clear();
        double previous = 0.0;
        for (double d : s.intercepts) {
            p.steps.push_back(model == irt::Model::GeneralizedPartialCredit ? -(d - previous) / s.alpha : -d / s.alpha);
            previous = d;
        }
        return p;
    }
    p.b = -s.delta / s.alpha;
    p.c = model == irt::Model::ThreePL ? s.c : 0.0;
    return p;
}

// The chance floors on log-probabilities, as irt::categoryProbabilities applies them: with
// S_x = P(X ≥ x) and S*_x = F_x + (1 − F_x)·S_x, P*_x = (F_x − F_{x+1})·(P_0 + … + P_x) + (1 − F_x)·P_x.
void applyChanceFloors(const std::vector<double> &floors, double *logP, std::size_t k)
{
    const auto floor = [&](std::size_t i) { return i == 0 ? 1.0 : i >= k ? 0.0 : floors[i - 1]; };
    double below = 0.0;
    for (std::size_t x = 0; x < k; ++x) {
        const double p = std::exp(logP[x]);
        below += p;
        logP[x] = std::log(
            std::max((floor(x) - floor(x + 1)) * std::min(below, 1.0) + (1.0 - floor(x)) * p, kMinProbability));
    }
}

// Log-probability of each category of a polytomous item at θ (with its chance floors, if any).
void polytomousLogProbabilities(
    irt::Model model, const ItemState &s, double theta, double *out, const std::vector<double> &floors)
{
    const std::size_t k = s.intercepts.size() + 1;
    if (model == irt::Model::GeneralizedPartialCredit) {
        double top = 0.0;
        out[0] = 0.0;
        for (std::size_t x = 1; x < k; ++x) {
            out[x] = static_cast<double>(x) * s.alpha * theta + s.intercepts[x - 1];
            top = std::max(top, out[x]);
        }
        double sum = 0.0;
        for (std::size_t x = 0; x < k; ++x) {
            sum += std::exp(out[x] - top);
        }
        const double log = top + std::log(sum);
        for (std::size_t x = 0; x < k; ++x) {
            out[x] -= log;
        }
    } else {
        double above = 1.0; // P(X ≥ x)
        for (std::size_t x = 0; x < k; ++x) {
            const double next = x + 1 < k ? logistic(s.alpha * theta + s.intercepts[x]) : 0.0;
            out[x] = std::log(std::max(above - next, kMinProbability));
            above = next;
        }
    }
    if (!floors.empty()) {
        applyChanceFloors(floors, out, k);
    }
}

// Expected counts at each node: persons who answered the item, and who got it right.
struct Counts
{
    std::vector<double> answered; // items × nodes
    std::vector<double> right;
    std::vector<double> total; // per node, every person's posterior (dense data)
    std::vector<double> categories; // polytomous items: per category and node, at categoryOffset
    double logLikelihood = 0.0;
};

class Estimator
{
public:
    Estimator(const cat::ResponseMatrix &m, const std::vector<ItemSpec> &specs, const Settings &s)
        : m_specs(specs)
        , m_settings(s)
        , m_quadrature(s)
        , m_persons(m)
    {
        const std::size_t nodes = m_quadrature.nodes.size();
        std::size_t offset = 0;
        for (const ItemSpec &spec : specs) {
            Free f;
            f.slope = spec.model != irt::Model::OnePL;
            f.guessing = spec.model == irt::Model::ThreePL && !spec.fixedGuessing;
            if (!irt::isDichotomous(spec.model)) {
                f.steps = static_cast<int>(spec.start.steps.size());
                m_categoryOffset.push_back(static_cast<long long>(offset));
                offset += (spec.start.steps.size() + 1) * nodes;
            } else {
                m_categoryOffset.push_back(-1);
            }
            m_free.push_back(f);
        }
        m_categoryCells = offset;
        const int persons = m_persons.count();
        m_dense
            = m_persons.answers.size() * 2 > static_cast<std::size_t>(persons) * static_cast<std::size_t>(specs.size());
        if (m_dense) {
            // Each person's answer pattern in every group of right/wrong items (a skipped item reads
            // as wrong there; the E-step takes its log Q out).
            m_groupOf.assign(specs.size(), -1);
            m_bitOf.assign(specs.size(), 0);
            for (std::size_t j = 0; j < specs.size(); ++j) {
                if (m_categoryOffset[j] >= 0) {
                    continue;
                }
                if (m_groups.empty() || m_groups.back().size() == kPatternBits) {
                    m_groups.emplace_back();
                }
                m_groupOf[j] = static_cast<int>(m_groups.size() - 1);
                m_bitOf[j] = static_cast<int>(m_groups.back().size());
                m_groups.back().push_back(static_cast<int>(j));
            }
            // And the lists the E-step walks: skipped right/wrong items, right answers, partial-credit
            // answers.
            m_patterns.assign(static_cast<std::size_t>(persons) * m_groups.size(), 0);
            for (int i = 0; i < persons; ++i) {
                int expected = 0;
                for (int a = m_persons.offsets[static_cast<std::size_t>(i)];
                     a < m_persons.offsets[static_cast<std::size_t>(i) + 1]; ++a, ++expected) {
                    const auto [j, x] = m_persons.answers[static_cast<std::size_t>(a)];
                    for (; expected < j; ++expected) {
                        if (m_categoryOffset[static_cast<std::size_t>(expected)] < 0) {
                            m_skipped.values.push_back(expected);
                        }
                    }
                    if (m_categoryOffset[static_cast<std::size_t>(j)] >= 0) {
                        m_partialAnswers.values.emplace_back(j, x);
                    } else if (x > 0) {
                        m_rightAnswers.values.push_back(j);
                        m_patterns[static_cast<std::size_t>(i) * m_groups.size()
                            + static_cast<std::size_t>(m_groupOf[static_cast<std::size_t>(j)])]
                            |= static_cast<unsigned char>(1U << m_bitOf[static_cast<std::size_t>(j)]);
                    }
                }
                for (; expected < static_cast<int>(specs.size()); ++expected) {
                    if (m_categoryOffset[static_cast<std::size_t>(expected)] < 0) {
                        m_skipped.values.push_back(expected);
                    }
                }
                m_skipped.endPerson();
                m_rightAnswers.endPerson();
                m_partialAnswers.endPerson();
            }
        }
        m_latent
            = s.estimateLatent && std::any_of(specs.begin(), specs.end(), [](const ItemSpec &x) { return x.fixed; });
    }

    int items() const { return static_cast<int>(m_specs.size()); }

    std::vector<ItemState> startStates() const
    {
        std::vector<ItemState> states;
        for (const ItemSpec &spec : m_specs) {
            ItemState st = toState(spec.start);
            if (spec.fixed) {
                states.push_back(st); // an anchor keeps its parameters, c included
                continue;
            }
            if (spec.model == irt::Model::ThreePL) {
                st.c = spec.fixedGuessing ? *spec.fixedGuessing
                                          : std::clamp(spec.start.c > 0.0 ? spec.start.c : 0.2, 0.001, 0.5);
            } else {
                st.c = 0.0;
            }
            states.push_back(st);
        }
        return states;
    }

    // The free parameters as one vector (α, δ, γ of each estimated item), and back.
    std::vector<double> pack(const std::vector<ItemState> &states) const
    {
        std::vector<double> v;
        for (std::size_t j = 0; j < states.size(); ++j) {
            if (m_specs[j].fixed) {
                continue;
            }
            if (m_free[j].steps > 0) {
                v.push_back(states[j].alpha);
                v.insert(v.end(), states[j].intercepts.begin(), states[j].intercepts.end());
                continue;
            }
            if (m_free[j].slope) {
                v.push_back(states[j].alpha);
            }
            v.push_back(states[j].delta);
            if (m_free[j].guessing) {
                v.push_back(std::log(states[j].c / (1.0 - states[j].c)));
            }
        }
        return v;
    }

    std::vector<ItemState> unpack(const std::vector<double> &v) const
    {
        std::vector<ItemState> states = startStates();
        std::size_t at = 0;
        for (std::size_t j = 0; j < states.size(); ++j) {
            if (m_specs[j].fixed) {
                continue;
            }
            if (m_free[j].steps > 0) {
                states[j].alpha = std::clamp(v[at++], -kParameterLimit, kParameterLimit);
                for (double &d : states[j].intercepts) {
                    d = std::clamp(v[at++], -kParameterLimit * 10.0, kParameterLimit * 10.0);
                }
                continue;
            }
            if (m_free[j].slope) {
                states[j].alpha = std::clamp(v[at++], -kParameterLimit, kParameterLimit);
            }
            states[j].delta = std::clamp(v[at++], -kParameterLimit, kParameterLimit);
            if (m_free[j].guessing) {
                states[j].c = logistic(std::clamp(v[at++], -kParameterLimit, kParameterLimit));
            }
        }
        return states;
    }

    // E-step: expected counts and the marginal log-likelihood at `states`.
    //
    // Fast where it matters (a person's log-likelihood at every node, for every person): each
    // person starts from Σ log Q over the items answered, so only the right answers add a row (the
    // log-odds); with mostly complete data that sum starts from all items' Σ log Q with the few
    // skipped items taken out. Counts are added only over the nodes where the posterior is not
    // negligible (within e⁻³⁶ of its peak), and with mostly complete data the persons who
    // answered an item are counted as everyone minus those who skipped it.
    Counts expect(const std::vector<ItemState> &states, const std::vector<double> &logWeights) const
    {
        const std::size_t nodes = m_quadrature.nodes.size();
        const int itemCount = items();
        const std::size_t cells = static_cast<std::size_t>(itemCount) * nodes;
        std::vector<double> logWrong(cells), logOdds(cells), allWrong(logWeights);
        std::vector<double> logCategory(m_categoryCells);
        for (std::size_t j = 0; j < states.size(); ++j) {
            const ItemState &s = states[j];
            // Anchors are modelled exactly as the engine uses them: their chance floors and upper
            // asymptotes included.
            const bool anchor = m_specs[j].fixed;
            if (m_categoryOffset[j] >= 0) {
                const std::size_t k = s.intercepts.size() + 1;
                std::vector<double> row(k);
                for (std::size_t node = 0; node < nodes; ++node) {
                    if (anchor) {
                        irt::categoryProbabilities(m_specs[j].start, m_quadrature.nodes[node], row);
                        for (double &v : row) {
                            v = std::log(v);
                        }
                    } else {
                        polytomousLogProbabilities(
                            m_specs[j].model, s, m_quadrature.nodes[node], row.data(), m_specs[j].fixedFloors);
                    }
                    for (std::size_t x = 0; x < k; ++x) {
                        logCategory[static_cast<std::size_t>(m_categoryOffset[j]) + x * nodes + node] = row[x];
                    }
                }
                continue;
            }
            for (std::size_t k = 0; k < nodes; ++k) {
                const double p
                    = std::clamp(anchor ? irt::probability(m_specs[j].start, m_quadrature.nodes[k])
                                        : s.c + (1.0 - s.c) * logistic(s.alpha * m_quadrature.nodes[k] + s.delta),
                        kMinProbability, 1.0 - kMinProbability);
                const double lq = std::log1p(-p);
                logWrong[j * nodes + k] = lq;
                logOdds[j * nodes + k] = std::log(p) - lq;
                allWrong[k] += lq;
            }
        }
        const int persons = m_persons.count();
        const bool dense = m_dense;
        // Dense data: each group's patterns' summed log-odds, pattern p from p without its
        // lowest bit.
        const std::size_t groups = m_groups.size();
        std::vector<double> patternLogOdds(groups * (std::size_t{1} << kPatternBits) * nodes, 0.0);
        for (std::size_t g = 0; g < groups; ++g) {
            double *table = patternLogOdds.data() + g * (std::size_t{1} << kPatternBits) * nodes;
            for (std::size_t p = 1; p < (std::size_t{1} << m_groups[g].size()); ++p) {
                const auto bit = static_cast<std::size_t>(std::countr_zero(p));
                const double *from = table + (p & (p - 1)) * nodes;
                const double *odds = logOdds.data() + static_cast<std::size_t>(m_groups[g][bit]) * nodes;
                for (std::size_t k = 0; k < nodes; ++k) {
                    table[p * nodes + k] = from[k] + odds[k];
                }
            }
        }
        const int blocks = std::clamp(persons, 1, kBlocks);
        std::vector<Counts> partial(static_cast<std::size_t>(blocks));
        std::atomic<int> next{0};
        auto work = [&] {
            std::vector<double> acc(nodes);
            for (int b = next++; b < blocks; b = next++) {
                Counts &out = partial[static_cast<std::size_t>(b)];
                // Dense data: `answered` holds the skipped persons' posterior (subtracted at the
                // end), and `total` everyone's.
                out.answered.assign(cells, 0.0);
                out.right.assign(cells, 0.0);
                out.total.assign(nodes, 0.0);
                out.categories.assign(m_categoryCells, 0.0);
                const int first = static_cast<int>(static_cast<long long>(persons) * b / blocks);
                const int last = static_cast<int>(static_cast<long long>(persons) * (b + 1) / blocks);
                for (int i = first; i < last; ++i) {
                    const auto begin = m_persons.offsets[static_cast<std::size_t>(i)];
                    const auto end = m_persons.offsets[static_cast<std::size_t>(i) + 1];
                    if (dense) {
                        std::copy(allWrong.begin(), allWrong.end(), acc.begin());
                        for (const int j : m_skipped.of(i)) {
                            subtractFrom(acc.data(), logWrong.data() + static_cast<std::size_t>(j) * nodes, nodes);
                        }
                        const unsigned char *pattern = m_patterns.data() + static_cast<std::size_t>(i) * groups;
                        for (std::size_t g = 0; g < groups; ++g) {
                            addTo(acc.data(),
                                patternLogOdds.data() + (g * (std::size_t{1} << kPatternBits) + pattern[g]) * nodes, 0,
                                nodes);
                        }
                    } else {
                        std::copy(logWeights.begin(), logWeights.end(), acc.begin());
                        for (int a = begin; a < end; ++a) {
                            const auto j
                                = static_cast<std::size_t>(m_persons.answers[static_cast<std::size_t>(a)].first);
                            if (m_categoryOffset[j] < 0) {
                                addTo(acc.data(), logWrong.data() + j * nodes, 0, nodes);
                            }
                        }
                    }
                    const auto categoryRow = [&](auto *base, int j, int x) {
                        return base + static_cast<std::size_t>(m_categoryOffset[static_cast<std::size_t>(j)])
                            + static_cast<std::size_t>(x) * nodes;
                    };
                    if (dense) {
                        for (const auto &[j, x] : m_partialAnswers.of(i)) {
                            addTo(acc.data(), categoryRow(logCategory.data(), j, x), 0, nodes);
                        }
                    } else {
                        for (int a = begin; a < end; ++a) {
                            const auto [j, x] = m_persons.answers[static_cast<std::size_t>(a)];
                            if (m_categoryOffset[static_cast<std::size_t>(j)] >= 0) {
                                addTo(acc.data(), categoryRow(logCategory.data(), j, x), 0, nodes);
                            } else if (x > 0) {
                                addTo(acc.data(), logOdds.data() + static_cast<std::size_t>(j) * nodes, 0, nodes);
                            }
                        }
                    }
                    const double top = *std::max_element(acc.begin(), acc.end());
                    std::size_t lo = 0, hi = nodes;
                    while (lo < nodes && acc[lo] < top - 36.0) {
                        ++lo;
                    }
                    while (hi > lo && acc[hi - 1] < top - 36.0) {
                        --hi;
                    }
                    double sum = 0.0;
                    for (std::size_t k = lo; k < hi; ++k) {
                        acc[k] = std::exp(acc[k] - top);
                        sum += acc[k];
                    }
                    out.logLikelihood += top + std::log(sum);
                    const double scale = 1.0 / sum;
                    for (std::size_t k = lo; k < hi; ++k) {
                        acc[k] *= scale;
                    }
                    const auto add = [&](std::vector<double> &to, int j) {
                        addTo(to.data() + static_cast<std::size_t>(j) * nodes, acc.data(), lo, hi);
                    };
                    for (std::size_t k = lo; k < hi; ++k) {
                        out.total[k] += acc[k];
                    }
                    if (dense) {
                        for (const int j : m_skipped.of(i)) {
                            add(out.answered, j);
                        }
                        for (const int j : m_rightAnswers.of(i)) {
                            add(out.right, j);
                        }
                        for (const auto &[j, x] : m_partialAnswers.of(i)) {
                            addTo(categoryRow(out.categories.data(), j, x), acc.data(), lo, hi);
                        }
                        continue;
                    }
                    for (int a = begin; a < end; ++a) {
                        const auto [j, x] = m_persons.answers[static_cast<std::size_t>(a)];
                        if (m_categoryOffset[static_cast<std::size_t>(j)] >= 0) {
                            addTo(categoryRow(out.categories.data(), j, x), acc.data(), lo, hi);
                            continue;
                        }
                        add(out.answered, j);
                        if (x > 0) {
                            add(out.right, j);
                        }
                    }
                }
            }
        };
        int threads = m_settings.threads > 0 ? m_settings.threads
                                             : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
        threads = std::clamp(threads, 1, blocks);
        std::vector<std::thread> pool;
        for (int t = 1; t < threads; ++t) {
            pool.emplace_back(work);
        }
        work();
        for (auto &t : pool) {
            t.join();
        }
        // The blocks' sums, added in block order whatever the number of threads.
        Counts total = std::move(partial[0]);
        for (std::size_t b = 1; b < partial.size(); ++b) {
            for (std::size_t c = 0; c < cells; ++c) {
                total.answered[c] += partial[b].answered[c];
                total.right[c] += partial[b].right[c];
            }
            for (std::size_t k = 0; k < nodes; ++k) {
                total.total[k] += partial[b].total[k];
            }
            for (std::size_t c = 0; c < m_categoryCells; ++c) {
                total.categories[c] += partial[b].categories[c];
            }
            total.logLikelihood += partial[b].logLikelihood;
        }
        if (dense) {
            // Those who answered an item: everyone but those who skipped it.
            for (std::size_t j = 0; j < static_cast<std::size_t>(itemCount); ++j) {
                for (std::size_t k = 0; k < nodes; ++k) {
                    total.answered[j * nodes + k] = std::max(0.0, total.total[k] - total.answered[j * nodes + k]);
                }
            }
        }
        return total;
    }

    double logPrior(const std::vector<ItemState> &states) const
    {
        double lp = 0.0;
        for (std::size_t j = 0; j < states.size(); ++j) {
            if (!m_specs[j].fixed && m_free[j].guessing) {
                lp += (m_settings.guessingAlpha - 1.0) * std::log(states[j].c)
                    + (m_settings.guessingBeta - 1.0) * std::log1p(-states[j].c);
            }
            if (!m_specs[j].fixed && m_free[j].steps > 0) {
                lp += stepPrior(states[j], j);
            }
        }
        return lp;
    }

    // Partial-credit items estimated under chance floors: the steps below a high floor are hardly
    // told by the data (at random, most pupils already score that much), and so is the slope of an
    // item whose floors leave little to tell; each step has a weak N(0, kStepPriorSd²) prior and the
    // slope a log-normal one (log a ~ N(0, kSlopePriorSd²)), which keep them on the scale. None
    // without floors (as mirt).
    double stepPrior(const ItemState &s, std::size_t item) const
    {
        if (m_specs[item].fixedFloors.empty()) {
            return 0.0;
        }
        if (!(s.alpha > 0.0)) {
            return -1e300; // a slope must stay positive
        }
        const double alpha = s.alpha;
        const double logA = std::log(alpha / m_specs[item].start.D) / kSlopePriorSd;
        double lp = -0.5 * logA * logA, previous = 0.0;
        for (const double d : s.intercepts) {
            const double b
                = m_specs[item].model == irt::Model::GeneralizedPartialCredit ? -(d - previous) / alpha : -d / alpha;
            previous = d;
            lp -= 0.5 * (b / kStepPriorSd) * (b / kStepPriorSd);
        }
        return lp;
    }

    // M-step: each estimated item's parameters maximising its expected log-likelihood (plus
    // prior), by Fisher scoring with step halving, from its current values.
    std::vector<ItemState> maximise(const Counts &counts, std::vector<ItemState> states) const
    {
        const std::size_t nodes = m_quadrature.nodes.size();
        for (std::size_t j = 0; j < states.size(); ++j) {
            if (m_specs[j].fixed) {
                continue;
            }
            if (m_categoryOffset[j] >= 0) {
                states[j] = maximisePolytomous(
                    counts.categories.data() + static_cast<std::size_t>(m_categoryOffset[j]), states[j], j);
                continue;
            }
            const double *n = counts.answered.data() + j * nodes;
            const double *r = counts.right.data() + j * nodes;
            states[j] = maximiseItem(n, r, states[j], m_free[j]);
        }
        return states;
    }

    // The whole parameter vector: the estimated items' parameters, then, when the ability
    // distribution is estimated, its mean and log standard deviation.
    std::vector<double> initial() const
    {
        std::vector<double> v = pack(startStates());
        if (m_latent) {
            v.push_back(0.0);
            v.push_back(0.0);
        }
        return v;
    }

    std::pair<double, double> latent(const std::vector<double> &v) const
    {
        return m_latent ? std::pair{v[v.size() - 2], std::exp(v.back())} : std::pair{0.0, 1.0};
    }

    std::vector<ItemState> itemStates(const std::vector<double> &v) const
    {
        return unpack(m_latent ? std::vector<double>(v.begin(), v.end() - 2) : v);
    }

    // log-weights of N(μ, σ²) on the nodes, normalised to sum 1.
    std::vector<double> logWeights(double mu, double sigma) const
    {
        std::vector<double> w(m_quadrature.nodes.size());
        double top = -std::numeric_limits<double>::infinity();
        for (std::size_t k = 0; k < w.size(); ++k) {
            const double z = (m_quadrature.nodes[k] - mu) / sigma;
            w[k] = -0.5 * z * z;
            top = std::max(top, w[k]);
        }
        double sum = 0.0;
        for (double x : w) {
            sum += std::exp(x - top);
        }
        const double log = top + std::log(sum);
        for (double &x : w) {
            x -= log;
        }
        return w;
    }

    // One EM step: the new parameters and the log-posterior at the given ones. With anchors, the
    // ability distribution's mean and SD are updated from the posterior at every cycle (the
    // "multiple weights updating, multiple EM cycles" method of fixed-parameter calibration).
    std::vector<double> step(const std::vector<double> &v, double *logPosterior, double *logLikelihood) const
    {
        const std::vector<ItemState> states = itemStates(v);
        const auto [mu, sigma] = latent(v);
        const Counts counts = expect(states, m_latent ? logWeights(mu, sigma) : m_quadrature.logWeights);
        if (logLikelihood) {
            *logLikelihood = counts.logLikelihood;
        }
        *logPosterior = counts.logLikelihood + logPrior(states);
        std::vector<double> next = pack(maximise(counts, states));
        if (m_latent) {
            double n = 0.0, mean = 0.0, square = 0.0;
            for (std::size_t k = 0; k < m_quadrature.nodes.size(); ++k) {
                n += counts.total[k];
                mean += counts.total[k] * m_quadrature.nodes[k];
            }
            mean /= n;
            for (std::size_t k = 0; k < m_quadrature.nodes.size(); ++k) {
                square += counts.total[k] * (m_quadrature.nodes[k] - mean) * (m_quadrature.nodes[k] - mean);
            }
            next.push_back(mean);
            next.push_back(0.5 * std::log(std::max(square / n, 1e-6)));
        }
        return next;
    }

    const std::vector<ItemSpec> &specs() const { return m_specs; }

    // The gradient of the log-posterior with respect to the estimated items' parameters (in
    // pack order; the ability distribution, when estimated, is held where it is): by Fisher's
    // identity, the expected complete-data score under the posterior, from one E-step.
    std::vector<double> score(const std::vector<double> &v) const
    {
        const std::vector<ItemState> states = itemStates(v);
        const auto [mu, sigma] = latent(v);
        const Counts counts = expect(states, m_latent ? logWeights(mu, sigma) : m_quadrature.logWeights);
        const std::size_t nodes = m_quadrature.nodes.size();
        std::vector<double> g;
        for (std::size_t j = 0; j < states.size(); ++j) {
            if (m_specs[j].fixed) {
                continue;
            }
            if (m_categoryOffset[j] >= 0) {
                const double *c = counts.categories.data() + static_cast<std::size_t>(m_categoryOffset[j]);
                const std::size_t p = states[j].intercepts.size() + 1;
                for (std::size_t i = 0; i < p; ++i) {
                    ItemState up = states[j], down = states[j];
                    const double h = 1e-6;
                    (i == 0 ? up.alpha : up.intercepts[i - 1]) += h;
                    (i == 0 ? down.alpha : down.intercepts[i - 1]) -= h;
                    g.push_back((polytomousObjective(c, up, j) - polytomousObjective(c, down, j)) / (2.0 * h));
                }
                continue;
            }
            const double *n = counts.answered.data() + j * nodes;
            const double *r = counts.right.data() + j * nodes;
            const ItemState &st = states[j];
            const Free &f = m_free[j];
            std::array<double, 3> item{};
            for (std::size_t k = 0; k < nodes; ++k) {
                const double theta = m_quadrature.nodes[k];
                const double sg = logistic(st.alpha * theta + st.delta);
                const double pr = std::clamp(st.c + (1.0 - st.c) * sg, kMinProbability, 1.0 - kMinProbability);
                const double residual = (r[k] - n[k] * pr) / (pr * (1.0 - pr));
                const double ds = (1.0 - st.c) * sg * (1.0 - sg);
                int at = 0;
                if (f.slope) {
                    item[static_cast<std::size_t>(at++)] += residual * ds * theta;
                }
                item[static_cast<std::size_t>(at++)] += residual * ds;
                if (f.guessing) {
                    item[static_cast<std::size_t>(at++)] += residual * st.c * (1.0 - st.c) * (1.0 - sg);
                }
            }
            if (f.guessing) {
                item[static_cast<std::size_t>(f.size() - 1)]
                    += (m_settings.guessingAlpha - 1.0) * (1.0 - st.c) - (m_settings.guessingBeta - 1.0) * st.c;
            }
            g.insert(g.end(), item.begin(), item.begin() + f.size());
        }
        return g;
    }

    // The estimated items' parameters as reported (a, b, c; or a and the steps), from the packed
    // vector: what the standard errors are carried to by the delta method.
    std::vector<double> reported(const std::vector<double> &v) const
    {
        const std::vector<ItemState> states = itemStates(v);
        std::vector<double> out;
        for (std::size_t j = 0; j < states.size(); ++j) {
            if (m_specs[j].fixed) {
                continue;
            }
            const irt::ItemParameters p = toParameters(states[j], m_specs[j].start, m_specs[j].model);
            if (m_free[j].steps > 0) {
                out.push_back(p.a);
                out.insert(out.end(), p.steps.begin(), p.steps.end());
                continue;
            }
            if (m_free[j].slope) {
                out.push_back(p.a);
            }
            out.push_back(p.b);
            if (m_free[j].guessing) {
                out.push_back(p.c);
            }
        }
        return out;
    }

    // Which item each packed parameter belongs to, and its place there (a, b, c or a, steps).
    std::vector<std::pair<int, int>> parameterOwners() const
    {
        std::vector<std::pair<int, int>> owners;
        for (std::size_t j = 0; j < m_specs.size(); ++j) {
            if (m_specs[j].fixed) {
                continue;
            }
            const Free &f = m_free[j];
            const int n = f.size();
            for (int i = 0; i < n; ++i) {
                // 1PL has only b (place 1); a 2PL a, b; a 3PL a, b, c; a polytomous a, steps.
                owners.emplace_back(static_cast<int>(j), f.steps == 0 && !f.slope ? 1 : i);
            }
        }
        return owners;
    }

private:
    double itemObjective(const double *n, const double *r, const ItemState &s, const Free &f) const
    {
        double value = 0.0;
        for (std::size_t k = 0; k < m_quadrature.nodes.size(); ++k) {
            const double p = std::clamp(s.c + (1.0 - s.c) * logistic(s.alpha * m_quadrature.nodes[k] + s.delta),
                kMinProbability, 1.0 - kMinProbability);
            value += r[k] * std::log(p) + (n[k] - r[k]) * std::log1p(-p);
        }
        if (f.guessing) {
            value += (m_settings.guessingAlpha - 1.0) * std::log(s.c)
                + (m_settings.guessingBeta - 1.0) * std::log1p(-s.c);
        }
        return value;
    }

    ItemState maximiseItem(const double *n, const double *r, ItemState s, const Free &f) const
    {
        const int size = f.size();
        double current = itemObjective(n, r, s, f);
        for (int iteration = 0; iteration < 50; ++iteration) {
            // Gradient and expected information in (α, δ, γ), restricted to the free ones.
            const auto free = static_cast<std::size_t>(size);
            std::vector<double> g(free, 0.0);
            Matrix info(free, std::vector<double>(free, 0.0));
            for (std::size_t k = 0; k < m_quadrature.nodes.size(); ++k) {
                const double theta = m_quadrature.nodes[k];
                const double sg = logistic(s.alpha * theta + s.delta);
                const double p = std::clamp(s.c + (1.0 - s.c) * sg, kMinProbability, 1.0 - kMinProbability);
                const double pq = p * (1.0 - p);
                const double ds = (1.0 - s.c) * sg * (1.0 - sg);
                std::array<double, 3> dp{};
                int at = 0;
                if (f.slope) {
                    dp[static_cast<std::size_t>(at++)] = ds * theta;
                }
                dp[static_cast<std::size_t>(at++)] = ds;
                if (f.guessing) {
                    dp[static_cast<std::size_t>(at++)] = s.c * (1.0 - s.c) * (1.0 - sg);
                }
                const double residual = (r[k] - n[k] * p) / pq;
                for (int x = 0; x < size; ++x) {
                    g[static_cast<std::size_t>(x)] += residual * dp[static_cast<std::size_t>(x)];
                    for (int y = 0; y < size; ++y) {
                        info[static_cast<std::size_t>(x)][static_cast<std::size_t>(y)]
                            += n[k] / pq * dp[static_cast<std::size_t>(x)] * dp[static_cast<std::size_t>(y)];
                    }
                }
            }
            if (f.guessing) {
                const auto last = static_cast<std::size_t>(size - 1);
                g[last] += (m_settings.guessingAlpha - 1.0) * (1.0 - s.c) - (m_settings.guessingBeta - 1.0) * s.c;
                info[last][last] += (m_settings.guessingAlpha + m_settings.guessingBeta - 2.0) * s.c * (1.0 - s.c);
            }
            // The information is positive definite; a small ridge keeps it so for items the data
            // barely reach (no step at all when even that fails).
            const Matrix l = cholesky(info, 1e-10);
            const std::vector<double> delta = l.empty() ? std::vector<double>(free, 0.0) : choleskySolve(l, g);
            double scale = 1.0;
            bool improved = false;
            for (int halving = 0; halving < 30; ++halving, scale *= 0.5) {
                ItemState t = s;
                int at = 0;
                if (f.slope) {
                    t.alpha = std::clamp(
                        s.alpha + scale * delta[static_cast<std::size_t>(at++)], -kParameterLimit, kParameterLimit);
                }
                t.delta = std::clamp(
                    s.delta + scale * delta[static_cast<std::size_t>(at++)], -kParameterLimit, kParameterLimit);
                if (f.guessing) {
                    const double gamma = std::log(s.c / (1.0 - s.c)) + scale * delta[static_cast<std::size_t>(at++)];
                    t.c = logistic(std::clamp(gamma, -kParameterLimit, kParameterLimit));
                }
                const double value = itemObjective(n, r, t, f);
                if (value >= current) {
                    const double change
                        = std::fabs(t.alpha - s.alpha) + std::fabs(t.delta - s.delta) + std::fabs(t.c - s.c);
                    s = t;
                    improved = value > current;
                    current = value;
                    if (change < 1e-12) {
                        improved = false;
                    }
                    break;
                }
            }
            if (!improved) {
                break;
            }
        }
        return s;
    }

    // Σ_k Σ_x r_kx · log P_x(θ_k): a polytomous item's expected complete-data log-likelihood.
    double polytomousObjective(const double *counts, const ItemState &s, std::size_t item) const
    {
        const irt::Model model = m_specs[item].model;
        const std::size_t nodes = m_quadrature.nodes.size();
        const std::size_t k = s.intercepts.size() + 1;
        std::array<double, 64> row{};
        double value = stepPrior(s, item);
        for (std::size_t node = 0; node < nodes; ++node) {
            polytomousLogProbabilities(model, s, m_quadrature.nodes[node], row.data(), m_specs[item].fixedFloors);
            for (std::size_t x = 0; x < k; ++x) {
                value += counts[x * nodes + node] * row[x];
            }
        }
        return value;
    }

    // Newton's method on (α, d_1 … d_{K−1}) with derivatives by central differences (a handful of
    // parameters), step halving keeping every step uphill.
    ItemState maximisePolytomous(const double *counts, ItemState s, std::size_t item) const
    {
        const std::size_t p = s.intercepts.size() + 1;
        auto get = [&](const ItemState &t, std::size_t i) { return i == 0 ? t.alpha : t.intercepts[i - 1]; };
        auto set = [&](ItemState &t, std::size_t i, double v) { (i == 0 ? t.alpha : t.intercepts[i - 1]) = v; };
        auto gradient = [&](const ItemState &t, double h) {
            std::vector<double> g(p);
            for (std::size_t i = 0; i < p; ++i) {
                ItemState up = t, down = t;
                set(up, i, get(t, i) + h);
                set(down, i, get(t, i) - h);
                g[i] = (polytomousObjective(counts, up, item) - polytomousObjective(counts, down, item)) / (2.0 * h);
            }
            return g;
        };
        double current = polytomousObjective(counts, s, item);
        for (int iteration = 0; iteration < 50; ++iteration) {
            const std::vector<double> g = gradient(s, 1e-6);
            // The Hessian from differences of the gradient, symmetrised; made negative definite
            // by a ridge when it is not.
            Matrix h(p, std::vector<double>(p));
            const double step = 1e-4;
            for (std::size_t i = 0; i < p; ++i) {
                ItemState up = s, down = s;
                set(up, i, get(s, i) + step);
                set(down, i, get(s, i) - step);
                const std::vector<double> gu = gradient(up, 1e-6), gd = gradient(down, 1e-6);
                for (std::size_t j = 0; j < p; ++j) {
                    h[i][j] = (gu[j] - gd[j]) / (2.0 * step);
                }
            }
            std::vector<double> direction = newtonDirection(h, g);
            double scale = 1.0;
            bool improved = false;
            for (int halving = 0; halving < 30; ++halving, scale *= 0.5) {
                ItemState t = s;
                for (std::size_t i = 0; i < p; ++i) {
                    set(t, i,
                        std::clamp(get(s, i) + scale * direction[i], -kParameterLimit * 10.0, kParameterLimit * 10.0));
                }
                const double value = polytomousObjective(counts, t, item);
                if (value > current) {
                    double change = 0.0;
                    for (std::size_t i = 0; i < p; ++i) {
                        change = std::max(change, std::fabs(get(t, i) - get(s, i)));
                    }
                    s = t;
                    current = value;
                    improved = change > 1e-10;
                    break;
                }
            }
            if (!improved) {
                break;
            }
        }
        return s;
    }

    // Solves (−H)·x = g, adding a ridge to −H until it is positive definite.
    static std::vector<double> newtonDirection(const Matrix &h, const std::vector<double> &g)
    {
        Matrix minus = h;
        for (auto &row : minus) {
            for (double &v : row) {
                v = -v;
            }
        }
        double ridge = 0.0;
        for (int attempt = 0; attempt < 60; ++attempt) {
            if (const Matrix l = cholesky(minus, ridge); !l.empty()) {
                return choleskySolve(l, g);
            }
            ridge = ridge == 0.0 ? 1e-6 : ridge * 10.0;
        }
        return std::vector<double>(g.size(), 0.0);
    }

    std::vector<ItemSpec> m_specs;
    std::vector<Free> m_free;
    bool m_latent = false; // the ability distribution's mean and SD are estimated (anchors)
    std::vector<long long> m_categoryOffset; // polytomous items' rows in Counts::categories, −1 for others
    std::size_t m_categoryCells = 0;
    Settings m_settings;
    Quadrature m_quadrature;
    Persons m_persons;
    bool m_dense = false; // most cells answered
    std::vector<std::vector<int>> m_groups; // dense: right/wrong items in groups of kPatternBits
    std::vector<int> m_groupOf, m_bitOf; // an item's group and bit in it
    std::vector<unsigned char> m_patterns; // dense: persons × groups, the right answers' bits
    PerPerson<int> m_skipped, m_rightAnswers; // dense: right/wrong items skipped, answered right
    PerPerson<std::pair<int, int>> m_partialAnswers; // dense: (item, score) of partial-credit items
};

// The inverse of a symmetric positive definite matrix; empty when it is not.
Matrix invertSymmetric(const Matrix &a)
{
    const Matrix l = cholesky(a);
    if (l.empty()) {
        return {};
    }
    const std::size_t n = a.size();
    Matrix inverse(n, std::vector<double>(n, 0.0));
    for (std::size_t col = 0; col < n; ++col) {
        std::vector<double> unit(n, 0.0);
        unit[col] = 1.0;
        const std::vector<double> x = choleskySolve(l, unit);
        for (std::size_t i = 0; i < n; ++i) {
            inverse[i][col] = x[i];
        }
    }
    return inverse;
}

double maxChange(const std::vector<double> &a, const std::vector<double> &b)
{
    double m = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        m = std::max(m, std::fabs(a[i] - b[i]));
    }
    return m;
}

double norm(const std::vector<double> &v)
{
    double s = 0.0;
    for (double x : v) {
        s += x * x;
    }
    return std::sqrt(s);
}

} // namespace

namespace {

Result calibrateAnswered(
    const cat::ResponseMatrix &responses, const std::vector<ItemSpec> &items, const Settings &settings);

} // namespace

Result calibrate(const cat::ResponseMatrix &responses, const std::vector<ItemSpec> &items, const Settings &settings)
{
    if (static_cast<int>(items.size()) != responses.items) {
        Result result;
        result.error = CalibrationText::tr("%1 items described for a matrix of %2 columns")
                           .arg(items.size())
                           .arg(responses.items);
        return result;
    }
    // Items nobody answered (pilot items not yet given, retired ones) are left out: they keep
    // their parameters and are reported as not calibrated.
    const int rows = responses.items > 0
        ? static_cast<int>(responses.cells.size() / static_cast<std::size_t>(responses.items))
        : 0;
    std::vector<int> kept;
    for (int j = 0; j < responses.items; ++j) {
        for (int i = 0; i < rows; ++i) {
            if (responses.at(i, j) >= 0) {
                kept.push_back(j);
                break;
            }
        }
    }
    if (static_cast<int>(kept.size()) == responses.items) {
        Result result = calibrateAnswered(responses, items, settings);
        result.answered.assign(items.size(), true);
        return result;
    }
    cat::ResponseMatrix reduced;
    reduced.items = static_cast<int>(kept.size());
    reduced.candidates = responses.candidates;
    std::vector<ItemSpec> keptSpecs;
    for (int j : kept) {
        keptSpecs.push_back(items[static_cast<std::size_t>(j)]);
    }
    for (int i = 0; i < rows; ++i) {
        for (int j : kept) {
            reduced.cells.push_back(static_cast<signed char>(responses.at(i, j)));
        }
    }
    Result part = calibrateAnswered(reduced, keptSpecs, settings);
    if (!part.error.isEmpty()) {
        // Column numbers of the full matrix in the message.
        for (std::size_t k = kept.size(); k-- > 0;) {
            part.error.replace(
                CalibrationText::tr("column %1:").arg(k + 1), CalibrationText::tr("column %1:").arg(kept[k] + 1));
        }
        return part;
    }
    Result result = part;
    result.items.clear();
    result.answered.assign(items.size(), false);
    for (const ItemSpec &spec : items) {
        result.items.push_back(spec.start);
    }
    if (!part.standardErrors.empty()) {
        result.standardErrors.assign(items.size(), {});
    }
    for (std::size_t k = 0; k < kept.size(); ++k) {
        result.items[static_cast<std::size_t>(kept[k])] = part.items[k];
        result.answered[static_cast<std::size_t>(kept[k])] = true;
        if (!part.standardErrors.empty()) {
            result.standardErrors[static_cast<std::size_t>(kept[k])] = part.standardErrors[k];
        }
    }
    return result;
}

namespace {

Result calibrateAnswered(
    const cat::ResponseMatrix &responses, const std::vector<ItemSpec> &items, const Settings &settings)
{
    Result result;
    for (const ItemSpec &spec : items) {
        // An anchor keeps its parameters and is modelled as the engine uses it, upper asymptote
        // included: only an estimated 4PL item is refused.
        if (spec.model == irt::Model::FourPL && !spec.fixed) {
            result.error
                = CalibrationText::tr("the %1 model cannot be calibrated yet (1PL, 2PL, 3PL, GRM and GPCM can)")
                      .arg(irt::modelName(spec.model));
            return result;
        }
    }
    // An estimated right/wrong item needs both right and wrong answers; a partial-credit item
    // every one of its scores.
    std::vector<ItemSpec> specs = items;
    const int rows = responses.items > 0
        ? static_cast<int>(responses.cells.size() / static_cast<std::size_t>(responses.items))
        : 0;
    for (int j = 0; j < responses.items; ++j) {
        ItemSpec &spec = specs[static_cast<std::size_t>(j)];
        std::vector<int> seen(64, 0);
        for (int i = 0; i < rows; ++i) {
            if (const int x = responses.at(i, j); x >= 64) {
                result.error
                    = CalibrationText::tr("column %1: a score of %2; at most 63 can be calibrated").arg(j + 1).arg(x);
                return result;
            } else if (x >= 0) {
                ++seen[static_cast<std::size_t>(x)];
            }
        }
        if (!irt::isDichotomous(spec.model)) {
            int top = 0;
            for (int x = 0; x < 64; ++x) {
                top = seen[static_cast<std::size_t>(x)] > 0 ? x : top;
            }
            const int categories = std::max(top + 1, static_cast<int>(spec.start.steps.size()) + 1);
            if (categories < 2) {
                result.error = CalibrationText::tr("column %1: every answer scored 0; a partial-credit item needs "
                                                   "its scores to be calibrated")
                                   .arg(j + 1);
                return result;
            }
            if (spec.fixed) {
                if (top > static_cast<int>(spec.start.steps.size())) {
                    result.error = CalibrationText::tr("column %1: a score of %2, above the anchor's highest (%3)")
                                       .arg(j + 1)
                                       .arg(top)
                                       .arg(spec.start.steps.size());
                    return result;
                }
                continue;
            }
            for (int x = 0; x < categories; ++x) {
                if (seen[static_cast<std::size_t>(x)] == 0) {
                    result.error = CalibrationText::tr("column %1: nobody scored %2 of %3; a partial-credit item needs "
                                                       "every score to be calibrated (merge the score or collect more "
                                                       "answers)")
                                       .arg(j + 1)
                                       .arg(x)
                                       .arg(categories - 1);
                    return result;
                }
            }
            if (static_cast<int>(spec.start.steps.size()) != categories - 1) {
                // Starting steps spread over [−1, 1].
                spec.start.steps.clear();
                for (int x = 1; x < categories; ++x) {
                    spec.start.steps.push_back(categories > 2 ? -1.0 + 2.0 * (x - 1) / (categories - 2) : 0.0);
                }
            }
            spec.start.model = spec.model;
            spec.start.floors.clear();
            if (!spec.fixedFloors.empty()) {
                // Floors that the engine would refuse are refused here (one per step, in [0, 1),
                // not rising).
                irt::ItemParameters check = spec.start;
                check.floors = spec.fixedFloors;
                if (const QString problem = irt::validateParameters(check); !problem.isEmpty()) {
                    result.error = CalibrationText::tr("column %1: %2").arg(j + 1).arg(problem);
                    return result;
                }
            }
            continue;
        }
        if (spec.fixed) {
            continue;
        }
        const int wrong = seen[0];
        int right = 0;
        for (int x = 1; x < 64; ++x) {
            right += seen[static_cast<std::size_t>(x)];
        }
        if (right == 0 || wrong == 0) {
            result.error = CalibrationText::tr("column %1: %2 right and %3 wrong answers; an item needs both to be "
                                               "calibrated (fix it or leave it out)")
                               .arg(j + 1)
                               .arg(right)
                               .arg(wrong);
            return result;
        }
    }
    const Estimator em(responses, specs, settings);
    std::vector<double> p = em.initial();
    double posterior = 0.0, likelihood = 0.0;
    auto advance = [&](const std::vector<double> &from, double *lp) {
        ++result.cycles;
        return em.step(from, lp, nullptr);
    };
    // Whether the caller lets the calibration go on.
    const auto goOn = [&](double change) {
        if (settings.progress && !settings.progress(result.cycles, change)) {
            result.cancelled = true;
        }
        return !result.cancelled;
    };
    while (result.cycles < settings.maxCycles) {
        double lp0 = 0.0;
        std::vector<double> p1 = advance(p, &lp0);
        if (!goOn(maxChange(p1, p))) {
            break;
        }
        if (maxChange(p1, p) < settings.tolerance) {
            p = std::move(p1);
            result.converged = true;
            break;
        }
        if (!settings.accelerate || result.cycles + 2 > settings.maxCycles) {
            p = std::move(p1);
            continue;
        }
        double lp1 = 0.0;
        std::vector<double> p2 = advance(p1, &lp1);
        if (!goOn(maxChange(p2, p1))) {
            break;
        }
        if (maxChange(p2, p1) < settings.tolerance) {
            p = std::move(p2);
            result.converged = true;
            break;
        }
        // SQUAREM (S3): extrapolate along the two steps, then one EM step from there; kept only
        // when it does not lower the objective, otherwise the plain EM iterate.
        std::vector<double> r(p.size()), v(p.size());
        for (std::size_t i = 0; i < p.size(); ++i) {
            r[i] = p1[i] - p[i];
            v[i] = p2[i] - p1[i] - r[i];
        }
        const double nv = norm(v);
        double alpha = nv > 0.0 ? -norm(r) / nv : -1.0;
        alpha = std::min(alpha, -1.0);
        std::vector<double> extrapolated(p.size());
        for (std::size_t i = 0; i < p.size(); ++i) {
            extrapolated[i] = p[i] - 2.0 * alpha * r[i] + alpha * alpha * v[i];
        }
        double lpe = 0.0;
        std::vector<double> p3 = advance(extrapolated, &lpe);
        p = std::isfinite(lpe) && lpe >= lp1 ? std::move(p3) : std::move(p2);
        if (!goOn(maxChange(p, p1))) {
            break;
        }
    }
    if (result.cancelled) {
        result.converged = false;
        for (const ItemSpec &spec : specs) {
            result.items.push_back(spec.start);
        }
        result.error = CalibrationText::tr("cancelled");
        return result;
    }
    // The log-likelihood at the returned parameters.
    double lp = 0.0;
    (void)em.step(p, &lp, &likelihood);
    posterior = lp;
    const std::vector<ItemState> states = em.itemStates(p);
    std::tie(result.latentMean, result.latentSd) = em.latent(p);
    if (settings.standardErrors && result.converged) {
        // The observed information by central differences of the score (Oakes' identity, as mirt's
        // SE.type = "Oakes"), inverted; carried to a, b, c and the steps by the delta method.
        const std::size_t n = em.score(p).size();
        Matrix information(n, std::vector<double>(n));
        for (std::size_t i = 0; i < n; ++i) {
            if (!goOn(0.0)) {
                result.converged = false;
                result.items.clear();
                for (const ItemSpec &spec : specs) {
                    result.items.push_back(spec.start);
                }
                result.error = CalibrationText::tr("cancelled");
                return result;
            }
            const double h = 1e-4 * std::max(1.0, std::fabs(p[i]));
            std::vector<double> up = p, down = p;
            up[i] += h;
            down[i] -= h;
            const std::vector<double> su = em.score(up), sd = em.score(down);
            for (std::size_t k = 0; k < n; ++k) {
                information[k][i] = -(su[k] - sd[k]) / (2.0 * h);
            }
        }
        const auto covariance = invertSymmetric(information);
        if (!covariance.empty()) {
            // The Jacobian of the reported parameters, by central differences too.
            const std::vector<double> base = em.reported(p);
            Matrix jacobian(base.size(), std::vector<double>(n));
            for (std::size_t i = 0; i < n; ++i) {
                const double h = 1e-6 * std::max(1.0, std::fabs(p[i]));
                std::vector<double> up = p, down = p;
                up[i] += h;
                down[i] -= h;
                const std::vector<double> ru = em.reported(up), rd = em.reported(down);
                for (std::size_t k = 0; k < base.size(); ++k) {
                    jacobian[k][i] = (ru[k] - rd[k]) / (2.0 * h);
                }
            }
            result.standardErrors.assign(items.size(), {});
            const auto owners = em.parameterOwners();
            for (std::size_t k = 0; k < base.size(); ++k) {
                double variance = 0.0;
                for (std::size_t a = 0; a < n; ++a) {
                    for (std::size_t b = 0; b < n; ++b) {
                        variance += jacobian[k][a] * covariance[a][b] * jacobian[k][b];
                    }
                }
                auto &se = result.standardErrors[static_cast<std::size_t>(owners[k].first)];
                se.push_back(std::sqrt(std::max(variance, 0.0)));
            }
        }
    }
    for (std::size_t j = 0; j < states.size(); ++j) {
        const ItemSpec &spec = specs[j];
        irt::ItemParameters estimate = spec.fixed ? items[j].start : toParameters(states[j], spec.start, spec.model);
        if (!spec.fixed && !irt::isDichotomous(spec.model)) {
            estimate.floors = spec.fixedFloors; // the model as estimated, and as the engine will use it
        }
        result.items.push_back(estimate);
    }
    result.logLikelihood = likelihood;
    result.logPosterior = posterior;
    return result;
}

} // namespace

int estimatedParameters(const ItemSpec &spec, const irt::ItemParameters &calibrated)
{
    if (spec.fixed) {
        return 0;
    }
    if (!irt::isDichotomous(spec.model)) {
        return static_cast<int>(calibrated.steps.size()) + 1;
    }
    switch (spec.model) {
    case irt::Model::OnePL:
        return 1;
    case irt::Model::ThreePL:
        return spec.fixedGuessing ? 2 : 3;
    default:
        return 2;
    }
}

double marginalLogLikelihood(
    const cat::ResponseMatrix &responses, const std::vector<irt::ItemParameters> &items, const Settings &settings)
{
    std::vector<ItemSpec> specs;
    for (const irt::ItemParameters &p : items) {
        ItemSpec s;
        s.model = !irt::isDichotomous(p.model) ? p.model : p.c > 0.0 ? irt::Model::ThreePL : irt::Model::TwoPL;
        s.start = p;
        s.fixed = true;
        specs.push_back(s);
    }
    Settings fixed = settings;
    fixed.estimateLatent = false;
    const Estimator em(responses, specs, fixed);
    double lp = 0.0, ll = 0.0;
    (void)em.step(em.initial(), &lp, &ll);
    return ll;
}

} // namespace aicet::calibration
