#include "calibration/ItemAnalysis.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace aicet::calibration {
namespace {

// The quadrature and each item's log-probability of each score, and expected score, at its nodes.
struct Tables
{
    std::size_t nodes = 0;
    std::vector<double> theta, logWeight; // log-weights unnormalised: −z²/2 under N(mean, sd²)
    std::vector<std::vector<double>> logP, expected; // per item: score-major rows of nodes; per node
    std::vector<int> categories;

    Tables(const std::vector<irt::ItemParameters> &items, const Settings &settings, double mean, double sd)
        : nodes(static_cast<std::size_t>(std::max(settings.nodes, 2)))
    {
        theta.resize(nodes);
        for (std::size_t k = 0; k < nodes; ++k) {
            theta[k] = settings.lower + (settings.upper - settings.lower) * static_cast<double>(k) / (nodes - 1);
        }
        logWeight = normalLogWeights(mean, sd);
        std::vector<double> prob;
        for (const irt::ItemParameters &p : items) {
            const int k = p.categoryCount();
            categories.push_back(k);
            auto &lp = logP.emplace_back(static_cast<std::size_t>(k) * nodes);
            auto &ex = expected.emplace_back(nodes);
            prob.resize(static_cast<std::size_t>(k));
            for (std::size_t node = 0; node < nodes; ++node) {
                irt::categoryProbabilities(p, theta[node], prob);
                double e = 0.0;
                for (int x = 0; x < k; ++x) {
                    lp[static_cast<std::size_t>(x) * nodes + node] = std::log(prob[static_cast<std::size_t>(x)]);
                    e += x * prob[static_cast<std::size_t>(x)];
                }
                ex[node] = e;
            }
        }
    }

    std::vector<double> normalLogWeights(double mean, double sd) const
    {
        std::vector<double> w(nodes);
        for (std::size_t k = 0; k < nodes; ++k) {
            const double z = (theta[k] - mean) / sd;
            w[k] = -0.5 * z * z;
        }
        return w;
    }

    const double *row(int item, int score) const
    {
        const int c = std::min(score, categories[static_cast<std::size_t>(item)] - 1);
        return logP[static_cast<std::size_t>(item)].data() + static_cast<std::size_t>(c) * nodes;
    }
};

// Turns log-posterior values into the normalised posterior; returns its mean and writes its SD.
double normalise(std::vector<double> &post, const std::vector<double> &theta, double *sd = nullptr)
{
    const double top = *std::max_element(post.begin(), post.end());
    double sum = 0.0;
    for (double &v : post) {
        v = std::exp(v - top);
        sum += v;
    }
    double mean = 0.0, square = 0.0;
    for (std::size_t k = 0; k < post.size(); ++k) {
        post[k] /= sum;
        mean += post[k] * theta[k];
        square += post[k] * theta[k] * theta[k];
    }
    if (sd) {
        *sd = std::sqrt(std::max(square - mean * mean, 0.0));
    }
    return mean;
}

int personCount(const cat::ResponseMatrix &m)
{
    return m.items > 0 ? static_cast<int>(m.cells.size() / static_cast<std::size_t>(m.items)) : 0;
}

// The number of parameters estimated for an item of this model (S-X2's degrees of freedom).
int parametersOf(const irt::ItemParameters &p)
{
    switch (p.model) {
    case irt::Model::OnePL:
        return 1;
    case irt::Model::TwoPL:
        return 2;
    case irt::Model::ThreePL:
        return 3;
    case irt::Model::FourPL:
        return 4;
    default:
        return static_cast<int>(p.steps.size()) + 1;
    }
}

// The distribution of the summed score over every item but `skip` at one node (Lord & Wingersky's
// recursion); `prob[j]` holds item j's score probabilities there.
void summedScores(const std::vector<int> &used, int skip, const std::vector<std::vector<double>> &prob,
    const std::vector<int> &categories, std::vector<double> &out, std::vector<double> &work)
{
    out.assign(1, 1.0);
    for (const int j : used) {
        if (j == skip) {
            continue;
        }
        const int k = categories[static_cast<std::size_t>(j)];
        work.assign(out.size() + static_cast<std::size_t>(k) - 1, 0.0);
        for (std::size_t s = 0; s < out.size(); ++s) {
            for (int x = 0; x < k; ++x) {
                work[s + static_cast<std::size_t>(x)]
                    += out[s] * prob[static_cast<std::size_t>(j)][static_cast<std::size_t>(x)];
            }
        }
        out.swap(work);
    }
}

// Orlando & Thissen's S-X2 for each item, on complete data: persons grouped by their summed score,
// the observed share of each score of the item in each group against the model's (the summed
// score's distribution with and without the item by Lord & Wingersky's recursion); groups joined
// from the low end until every expected count is at least 1 (mirt's mincell).
void summedScoreFit(const cat::ResponseMatrix &responses, const std::vector<irt::ItemParameters> &items,
    const Tables &tables, const std::vector<int> &freeParameters, ItemAnalysis &analysis)
{
    const int persons = personCount(responses);
    std::vector<int> used;
    for (int j = 0; j < responses.items; ++j) {
        if (analysis.items[static_cast<std::size_t>(j)].responses > 0) {
            used.push_back(j);
        }
    }
    if (persons == 0 || used.size() < 2 || used.size() > static_cast<std::size_t>(kMaxSx2Items)) {
        return;
    }
    std::vector<int> totals(static_cast<std::size_t>(persons), 0);
    for (int i = 0; i < persons; ++i) {
        for (const int j : used) {
            const int x = responses.at(i, j);
            if (x < 0) {
                return; // incomplete: S-X2 does not apply
            }
            totals[static_cast<std::size_t>(i)] += std::min(x, tables.categories[static_cast<std::size_t>(j)] - 1);
        }
    }
    const std::size_t nodes = tables.nodes;
    // Normalised quadrature weights.
    std::vector<double> weight(nodes);
    double sum = 0.0;
    for (std::size_t k = 0; k < nodes; ++k) {
        weight[k] = std::exp(tables.logWeight[k]);
        sum += weight[k];
    }
    for (double &w : weight) {
        w /= sum;
    }
    // Score probabilities of every item at every node, and the full summed score's distribution.
    std::vector<std::vector<std::vector<double>>> prob(
        nodes, std::vector<std::vector<double>>(static_cast<std::size_t>(responses.items)));
    for (std::size_t k = 0; k < nodes; ++k) {
        for (const int j : used) {
            auto &p = prob[k][static_cast<std::size_t>(j)];
            p.resize(static_cast<std::size_t>(tables.categories[static_cast<std::size_t>(j)]));
            for (std::size_t x = 0; x < p.size(); ++x) {
                p[x] = std::exp(tables.logP[static_cast<std::size_t>(j)][x * nodes + k]);
            }
        }
    }
    std::vector<double> full, rest, work;
    std::vector<double> marginal; // P(summed score = s)
    for (std::size_t k = 0; k < nodes; ++k) {
        summedScores(used, -1, prob[k], tables.categories, full, work);
        marginal.resize(full.size(), 0.0);
        for (std::size_t s = 0; s < full.size(); ++s) {
            marginal[s] += weight[k] * full[s];
        }
    }
    const std::size_t scores = marginal.size();
    std::vector<int> groupSize(scores, 0);
    for (const int t : totals) {
        ++groupSize[static_cast<std::size_t>(t)];
    }
    for (const int j : used) {
        const auto u = static_cast<std::size_t>(j);
        const auto cats = static_cast<std::size_t>(tables.categories[u]);
        // Expected share of score x of the item among persons of summed score s.
        std::vector<double> share(scores * cats, 0.0);
        for (std::size_t k = 0; k < nodes; ++k) {
            summedScores(used, j, prob[k], tables.categories, rest, work);
            for (std::size_t x = 0; x < cats; ++x) {
                const double px = weight[k] * prob[k][u][x];
                for (std::size_t r = 0; r < rest.size(); ++r) {
                    share[(r + x) * cats + x] += px * rest[r];
                }
            }
        }
        std::vector<double> observed(scores * cats, 0.0);
        for (int i = 0; i < persons; ++i) {
            const int x = std::min(responses.at(i, j), static_cast<int>(cats) - 1);
            observed[static_cast<std::size_t>(totals[static_cast<std::size_t>(i)]) * cats + static_cast<std::size_t>(x)]
                += 1.0;
        }
        // Groups of adjacent summed scores, each with every expected count at least 1.
        std::vector<std::vector<double>> groupsObserved, groupsExpected;
        std::vector<double> o(cats, 0.0), e(cats, 0.0);
        for (std::size_t s = 0; s < scores; ++s) {
            for (std::size_t x = 0; x < cats && marginal[s] > 0.0; ++x) {
                o[x] += observed[s * cats + x];
                e[x] += groupSize[s] * share[s * cats + x] / marginal[s];
            }
            if (*std::min_element(e.begin(), e.end()) >= 1.0) {
                groupsObserved.push_back(o);
                groupsExpected.push_back(e);
                o.assign(cats, 0.0);
                e.assign(cats, 0.0);
            }
        }
        if (groupsObserved.empty()) {
            continue;
        }
        for (std::size_t x = 0; x < cats; ++x) {
            groupsObserved.back()[x] += o[x];
            groupsExpected.back()[x] += e[x];
        }
        double x2 = 0.0;
        for (std::size_t g = 0; g < groupsObserved.size(); ++g) {
            for (std::size_t x = 0; x < cats; ++x) {
                const double gap = groupsObserved[g][x] - groupsExpected[g][x];
                x2 += gap * gap / groupsExpected[g][x];
            }
        }
        const int estimated = u < freeParameters.size() ? freeParameters[u] : parametersOf(items[u]);
        const int df = static_cast<int>(groupsObserved.size() * (cats - 1)) - estimated;
        if (df < 1) {
            continue;
        }
        ItemStatistics &st = analysis.items[u];
        st.sx2 = x2;
        st.sx2Df = df;
        st.sx2P = chiSquareUpperTail(x2, df);
        st.sx2Misfit = st.sx2P < kSx2Alpha;
    }
}

} // namespace

double chiSquareUpperTail(double x, double df)
{
    // The regularised upper incomplete gamma function Q(df/2, x/2): its series below a + 1, its
    // continued fraction (evaluated by Lentz's method) above.
    if (!(x > 0.0) || !(df > 0.0)) {
        return 1.0;
    }
    const double a = 0.5 * df, z = 0.5 * x;
    const double front = std::exp(-z + a * std::log(z) - std::lgamma(a));
    constexpr double eps = 1e-15, tiny = 1e-300;
    if (z < a + 1.0) {
        double term = 1.0 / a, sum = term;
        for (int n = 1; n < 10000 && std::fabs(term) > eps * std::fabs(sum); ++n) {
            term *= z / (a + n);
            sum += term;
        }
        return std::clamp(1.0 - front * sum, 0.0, 1.0);
    }
    double b = z + 1.0 - a, c = 1.0 / tiny, d = 1.0 / b, h = d;
    for (int i = 1; i < 10000; ++i) {
        const double an = -i * (i - a);
        b += 2.0;
        d = an * d + b;
        d = std::fabs(d) < tiny ? tiny : d;
        c = b + an / c;
        c = std::fabs(c) < tiny ? tiny : c;
        d = 1.0 / d;
        const double step = d * c;
        h *= step;
        if (std::fabs(step - 1.0) < eps) {
            break;
        }
    }
    return std::clamp(front * h, 0.0, 1.0);
}

int minimumResponses(irt::Model model)
{
    switch (model) {
    case irt::Model::OnePL:
        return 200;
    case irt::Model::ThreePL:
    case irt::Model::FourPL:
        return 1000;
    default:
        return 500;
    }
}

ItemAnalysis analyseItems(const cat::ResponseMatrix &responses, const std::vector<irt::ItemParameters> &items,
    const Settings &settings, double latentMean, double latentSd, const std::vector<int> &freeParameters)
{
    ItemAnalysis analysis;
    const int itemCount = responses.items;
    if (items.size() != static_cast<std::size_t>(itemCount)) {
        return analysis; // parameters for other items than the matrix's columns
    }
    const Tables tables(items, settings, latentMean, latentSd);
    const std::size_t nodes = tables.nodes;
    const std::vector<double> &theta = tables.theta;
    const std::vector<double> &logWeight = tables.logWeight;
    const auto &expected = tables.expected;
    const int persons = personCount(responses);
    // Per item: pseudo-counts along θ (persons, summed scores), and sums for the statistics.
    std::vector<std::vector<double>> weight(static_cast<std::size_t>(itemCount), std::vector<double>(nodes, 0.0));
    std::vector<std::vector<double>> observed(static_cast<std::size_t>(itemCount), std::vector<double>(nodes, 0.0));
    std::vector<double> n(static_cast<std::size_t>(itemCount)), sx(n.size()), sxx(n.size()), st(n.size()),
        stt(n.size()), sxt(n.size());
    // Residuals for Q3: sums over the persons who answered both items of each pair.
    // (Up to kMaxQ3Items items: the pair table grows with their square.)
    const bool withQ3 = itemCount <= kMaxQ3Items;
    const auto pairs = withQ3 ? static_cast<std::size_t>(itemCount) * static_cast<std::size_t>(itemCount) : 0;
    std::vector<double> pn(pairs), pa(pairs), pb(pairs), paa(pairs), pbb(pairs), pab(pairs);
    std::vector<double> post(nodes);
    std::vector<std::pair<int, double>> residuals;
    for (int i = 0; i < persons; ++i) {
        std::copy(logWeight.begin(), logWeight.end(), post.begin());
        for (int j = 0; j < itemCount; ++j) {
            if (const int x = responses.at(i, j); x >= 0) {
                const double *row = tables.row(j, x);
                for (std::size_t k = 0; k < nodes; ++k) {
                    post[k] += row[k];
                }
            }
        }
        double sd = 0.0;
        const double eap = normalise(post, theta, &sd);
        analysis.abilities.push_back(eap);
        analysis.abilitySds.push_back(sd);
        residuals.clear();
        for (int j = 0; j < itemCount; ++j) {
            const int x = responses.at(i, j);
            if (x < 0) {
                continue;
            }
            const auto u = static_cast<std::size_t>(j);
            for (std::size_t k = 0; k < nodes; ++k) {
                weight[u][k] += post[k];
                observed[u][k] += post[k] * x;
            }
            n[u] += 1.0;
            sx[u] += x;
            sxx[u] += static_cast<double>(x) * x;
            st[u] += eap;
            stt[u] += eap * eap;
            sxt[u] += x * eap;
            // The residual at the ability estimate (Yen's Q3 uses the estimate).
            double e = 0.0;
            {
                // Expected score at the EAP, interpolated between the nodes around it.
                const double at
                    = (eap - settings.lower) / (settings.upper - settings.lower) * static_cast<double>(nodes - 1);
                const auto left
                    = static_cast<std::size_t>(std::clamp(std::floor(at), 0.0, static_cast<double>(nodes - 2)));
                const double f = std::clamp(at - static_cast<double>(left), 0.0, 1.0);
                e = (1.0 - f) * expected[u][left] + f * expected[u][left + 1];
            }
            residuals.emplace_back(j, x - e);
        }
        for (std::size_t a = 0; withQ3 && a < residuals.size(); ++a) {
            for (std::size_t b = a + 1; b < residuals.size(); ++b) {
                const std::size_t cell
                    = static_cast<std::size_t>(residuals[a].first) * static_cast<std::size_t>(itemCount)
                    + static_cast<std::size_t>(residuals[b].first);
                const double ra = residuals[a].second, rb = residuals[b].second;
                pn[cell] += 1.0;
                pa[cell] += ra;
                pb[cell] += rb;
                paa[cell] += ra * ra;
                pbb[cell] += rb * rb;
                pab[cell] += ra * rb;
            }
        }
    }
    for (int j = 0; j < itemCount; ++j) {
        const auto u = static_cast<std::size_t>(j);
        ItemStatistics s;
        s.responses = static_cast<int>(n[u]);
        s.maxScore = tables.categories[u] - 1;
        if (n[u] > 0) {
            s.meanScore = sx[u] / n[u];
            const double vx = sxx[u] / n[u] - s.meanScore * s.meanScore;
            const double mt = st[u] / n[u];
            const double vt = stt[u] / n[u] - mt * mt;
            s.abilityCorrelation = vx > 0.0 && vt > 0.0 ? (sxt[u] / n[u] - s.meanScore * mt) / std::sqrt(vx * vt) : 0.0;
            double squared = 0.0, total = 0.0;
            for (std::size_t k = 0; k < nodes; ++k) {
                if (weight[u][k] > 0.0) {
                    const double gap = observed[u][k] / weight[u][k] - expected[u][k];
                    squared += weight[u][k] * gap * gap;
                    total += weight[u][k];
                }
            }
            s.rmsd = total > 0.0 ? std::sqrt(squared / total) / std::max(s.maxScore, 1.0) : 0.0;
        }
        s.misfit = s.rmsd > kMisfitRmsd;
        s.fewResponses = s.responses < minimumResponses(items[u].model);
        analysis.items.push_back(s);
    }
    // Q3 for every pair answered together by enough persons, against their average.
    std::vector<LocalDependence> all;
    double sumQ3 = 0.0;
    for (int a = 0; withQ3 && a < itemCount; ++a) {
        for (int b = a + 1; b < itemCount; ++b) {
            const std::size_t cell
                = static_cast<std::size_t>(a) * static_cast<std::size_t>(itemCount) + static_cast<std::size_t>(b);
            if (pn[cell] < kMinimumPairPersons) {
                continue;
            }
            const double m = pn[cell];
            const double ma = pa[cell] / m, mb = pb[cell] / m;
            const double va = paa[cell] / m - ma * ma, vb = pbb[cell] / m - mb * mb;
            if (va <= 0.0 || vb <= 0.0) {
                continue;
            }
            const double q3 = (pab[cell] / m - ma * mb) / std::sqrt(va * vb);
            all.push_back({a, b, static_cast<int>(m), q3});
            sumQ3 += q3;
        }
    }
    analysis.meanQ3 = all.empty() ? 0.0 : sumQ3 / static_cast<double>(all.size());
    for (const LocalDependence &d : all) {
        if (d.q3 - analysis.meanQ3 > kLocalDependence) {
            analysis.dependent.push_back(d);
        }
    }
    std::sort(analysis.dependent.begin(), analysis.dependent.end(),
        [](const LocalDependence &x, const LocalDependence &y) { return x.q3 > y.q3; });
    analysis.pairs = std::move(all);
    summedScoreFit(responses, items, tables, freeParameters, analysis);
    return analysis;
}

} // namespace aicet::calibration

namespace aicet::calibration {
namespace {

// Each person's log-likelihood at every node (persons × nodes), over their answers for which
// `take(item)` holds; `answered` counts them.
std::vector<double> logLikelihoods(const cat::ResponseMatrix &responses, const Tables &tables,
    const std::function<bool(int)> &take, std::vector<int> *answered = nullptr)
{
    const int persons = personCount(responses);
    std::vector<double> out(static_cast<std::size_t>(persons) * tables.nodes, 0.0);
    if (answered) {
        answered->assign(static_cast<std::size_t>(persons), 0);
    }
    for (int i = 0; i < persons; ++i) {
        double *to = out.data() + static_cast<std::size_t>(i) * tables.nodes;
        for (int j = 0; j < responses.items; ++j) {
            if (const int x = responses.at(i, j); x >= 0 && take(j)) {
                const double *row = tables.row(j, x);
                for (std::size_t k = 0; k < tables.nodes; ++k) {
                    to[k] += row[k];
                }
                if (answered) {
                    ++(*answered)[static_cast<std::size_t>(i)];
                }
            }
        }
    }
    return out;
}

// One group's responses to one item, each with the person's posterior over the nodes given their
// other answers (and their group's ability distribution).
struct GroupResponses
{
    std::vector<int> scores;
    std::vector<double> weights; // responses × nodes, each row summing to 1

    std::size_t size() const { return scores.size(); }

    // The log-likelihood of the responses when the item is `shift` harder (θ − shift).
    double logLikelihood(const irt::ItemParameters &item, const std::vector<double> &theta, double shift) const
    {
        const std::size_t nodes = theta.size();
        const int k = item.categoryCount();
        std::vector<double> p(static_cast<std::size_t>(k) * nodes), row(static_cast<std::size_t>(k));
        for (std::size_t q = 0; q < nodes; ++q) {
            irt::categoryProbabilities(item, theta[q] - shift, row);
            for (int x = 0; x < k; ++x) {
                p[static_cast<std::size_t>(x) * nodes + q] = row[static_cast<std::size_t>(x)];
            }
        }
        double total = 0.0;
        for (std::size_t r = 0; r < scores.size(); ++r) {
            const double *w = weights.data() + r * nodes;
            const double *px = p.data() + static_cast<std::size_t>(scores[r]) * nodes;
            double sum = 0.0;
            for (std::size_t q = 0; q < nodes; ++q) {
                sum += w[q] * px[q];
            }
            total += std::log(std::max(sum, 1e-300));
        }
        return total;
    }

    // The mean expected score at θ − shift over these persons' posteriors.
    double meanExpected(const irt::ItemParameters &item, const std::vector<double> &theta, double shift) const
    {
        const std::size_t nodes = theta.size();
        std::vector<double> e(nodes), row(static_cast<std::size_t>(item.categoryCount()));
        for (std::size_t q = 0; q < nodes; ++q) {
            irt::categoryProbabilities(item, theta[q] - shift, row);
            for (std::size_t x = 1; x < row.size(); ++x) {
                e[q] += static_cast<double>(x) * row[x];
            }
        }
        double total = 0.0;
        for (std::size_t r = 0; r < scores.size(); ++r) {
            const double *w = weights.data() + r * nodes;
            for (std::size_t q = 0; q < nodes; ++q) {
                total += w[q] * e[q];
            }
        }
        return scores.empty() ? 0.0 : total / static_cast<double>(scores.size());
    }
};

// The maximum of a concave-enough function of one variable on [−4, 4] by Newton's method on
// central differences (falling back to halving the step), and its curvature there.
std::pair<double, double> maximise(const std::function<double(double)> &f)
{
    constexpr double h = 1e-3;
    double s = 0.0, value = f(s);
    double curvature = 0.0;
    for (int iteration = 0; iteration < 50; ++iteration) {
        const double up = f(s + h), down = f(s - h);
        const double gradient = (up - down) / (2.0 * h);
        curvature = (up - 2.0 * value + down) / (h * h);
        double step = curvature < 0.0 ? -gradient / curvature : (gradient > 0.0 ? 0.5 : -0.5);
        step = std::clamp(step, -1.0, 1.0);
        double next = std::clamp(s + step, -4.0, 4.0), nextValue = f(next);
        for (int halving = 0; halving < 20 && nextValue < value; ++halving) {
            step *= 0.5;
            next = std::clamp(s + step, -4.0, 4.0);
            nextValue = f(next);
        }
        if (nextValue < value) {
            break;
        }
        const bool done = std::fabs(next - s) < 1e-6;
        s = next;
        value = nextValue;
        if (done) {
            break;
        }
    }
    curvature = (f(s + h) - 2.0 * value + f(s - h)) / (h * h);
    return {s, curvature};
}

} // namespace

std::vector<DifResult> analyseDif(const cat::ResponseMatrix &responses, const std::vector<irt::ItemParameters> &items,
    const Settings &settings, double latentMean, double latentSd, const std::vector<signed char> &groups,
    int groupCount)
{
    const int persons = personCount(responses);
    if (groupCount < 2 || persons == 0 || groups.size() != responses.cells.size()
        || items.size() != static_cast<std::size_t>(responses.items)) {
        return {};
    }
    const Tables tables(items, settings, latentMean, latentSd);
    const std::size_t nodes = tables.nodes;
    // Each person's group: the group of most of their answers.
    std::vector<int> personGroup(static_cast<std::size_t>(persons), -1);
    std::vector<int> groupPersons(static_cast<std::size_t>(groupCount), 0);
    for (int i = 0; i < persons; ++i) {
        std::vector<int> count(static_cast<std::size_t>(groupCount), 0);
        for (int j = 0; j < responses.items; ++j) {
            const signed char g = groups[static_cast<std::size_t>(i) * static_cast<std::size_t>(responses.items)
                + static_cast<std::size_t>(j)];
            if (responses.at(i, j) >= 0 && g >= 0 && g < groupCount) {
                ++count[static_cast<std::size_t>(g)];
            }
        }
        const auto most = std::max_element(count.begin(), count.end());
        if (*most > 0) {
            personGroup[static_cast<std::size_t>(i)] = static_cast<int>(most - count.begin());
            ++groupPersons[static_cast<std::size_t>(personGroup[static_cast<std::size_t>(i)])];
        }
    }
    const int reference
        = static_cast<int>(std::max_element(groupPersons.begin(), groupPersons.end()) - groupPersons.begin());
    // One pass: abilities from the `matching` items only.
    const auto pass = [&](const std::vector<bool> &matching) {
        std::vector<DifResult> out;
        const std::vector<double> likelihood
            = logLikelihoods(responses, tables, [&](int j) { return matching[static_cast<std::size_t>(j)]; });
        // Each group's ability distribution: the mean of its persons' EAPs and the variance of θ
        // (that of the EAPs plus the mean posterior variance), under the common distribution.
        std::vector<std::vector<double>> groupPrior;
        {
            std::vector<double> n(static_cast<std::size_t>(groupCount)), sm(n.size()), smm(n.size()), sv(n.size());
            std::vector<double> post(nodes);
            for (int i = 0; i < persons; ++i) {
                const int g = personGroup[static_cast<std::size_t>(i)];
                if (g < 0) {
                    continue;
                }
                const double *l = likelihood.data() + static_cast<std::size_t>(i) * nodes;
                for (std::size_t q = 0; q < nodes; ++q) {
                    post[q] = tables.logWeight[q] + l[q];
                }
                double sd = 0.0;
                const double eap = normalise(post, tables.theta, &sd);
                const auto u = static_cast<std::size_t>(g);
                n[u] += 1.0;
                sm[u] += eap;
                smm[u] += eap * eap;
                sv[u] += sd * sd;
            }
            for (std::size_t g = 0; g < n.size(); ++g) {
                if (n[g] < 2.0) {
                    groupPrior.push_back(tables.logWeight);
                    continue;
                }
                const double mean = sm[g] / n[g];
                const double variance = std::max(smm[g] / n[g] - mean * mean + sv[g] / n[g], 1e-4);
                groupPrior.push_back(tables.normalLogWeights(mean, std::sqrt(variance)));
            }
        }
        std::vector<double> row(nodes);
        for (int j = 0; j < responses.items; ++j) {
            const irt::ItemParameters &item = items[static_cast<std::size_t>(j)];
            // The item's responses in each group, each with the person's posterior from their other
            // answers.
            std::vector<GroupResponses> by(static_cast<std::size_t>(groupCount));
            double n = 0.0, sx = 0.0, sxx = 0.0;
            for (int i = 0; i < persons; ++i) {
                const int x = responses.at(i, j);
                const signed char g = groups[static_cast<std::size_t>(i) * static_cast<std::size_t>(responses.items)
                    + static_cast<std::size_t>(j)];
                const int pg = personGroup[static_cast<std::size_t>(i)];
                if (x < 0 || g < 0 || g >= groupCount || pg < 0) {
                    continue;
                }
                const double *l = likelihood.data() + static_cast<std::size_t>(i) * nodes;
                const double *own = tables.row(j, x);
                const bool inMatching = matching[static_cast<std::size_t>(j)];
                for (std::size_t q = 0; q < nodes; ++q) {
                    row[q] = groupPrior[static_cast<std::size_t>(pg)][q] + l[q] - (inMatching ? own[q] : 0.0);
                }
                normalise(row, tables.theta);
                GroupResponses &to = by[static_cast<std::size_t>(g)];
                to.scores.push_back(std::min(x, item.categoryCount() - 1));
                to.weights.insert(to.weights.end(), row.begin(), row.end());
                n += 1.0;
                sx += x;
                sxx += static_cast<double>(x) * x;
            }
            const GroupResponses &ref = by[static_cast<std::size_t>(reference)];
            if (ref.size() < static_cast<std::size_t>(kMinimumDifResponses)) {
                continue;
            }
            const double scoreSd = std::sqrt(std::max(sxx / n - (sx / n) * (sx / n), 1e-12));
            const auto fit = [&](const GroupResponses &g) {
                return maximise([&](double s) { return g.logLikelihood(item, tables.theta, s); });
            };
            const auto [refShift, refCurvature] = fit(ref);
            for (int f = 0; f < groupCount; ++f) {
                const GroupResponses &focal = by[static_cast<std::size_t>(f)];
                if (f == reference || focal.size() < static_cast<std::size_t>(kMinimumDifResponses)) {
                    continue;
                }
                const auto [focalShift, focalCurvature] = fit(focal);
                const auto [common, commonCurvature] = maximise([&](double s) {
                    return ref.logLikelihood(item, tables.theta, s) + focal.logLikelihood(item, tables.theta, s);
                });
                (void)commonCurvature;
                DifResult d;
                d.item = j;
                d.focal = f;
                d.reference = reference;
                d.focalResponses = static_cast<int>(focal.size());
                d.referenceResponses = static_cast<int>(ref.size());
                d.shift = focalShift - refShift;
                d.shiftSe = refCurvature < 0.0 && focalCurvature < 0.0
                    ? std::sqrt(-1.0 / refCurvature - 1.0 / focalCurvature)
                    : std::numeric_limits<double>::infinity();
                d.chiSquare = std::max(0.0,
                    2.0
                        * (ref.logLikelihood(item, tables.theta, refShift)
                            + focal.logLikelihood(item, tables.theta, focalShift)
                            - ref.logLikelihood(item, tables.theta, common)
                            - focal.logLikelihood(item, tables.theta, common)));
                d.p = chiSquareUpperTail(d.chiSquare, 1.0);
                const bool significant = d.p < 0.05;
                if (irt::isDichotomous(item.model)) {
                    // The log odds ratio of the logistic part: D·a times the shift.
                    const double slope = item.D * item.a;
                    d.effect = -2.35 * slope * d.shift;
                    d.effectSe = 2.35 * slope * d.shiftSe;
                    const double size = std::fabs(d.effect);
                    d.category = !significant || size < 1.0                ? QStringLiteral("A")
                        : size >= 1.5 && (size - 1.0) / d.effectSe > 1.645 ? QStringLiteral("C")
                                                                           : QStringLiteral("B");
                } else {
                    // The focal group's mean score against what the reference group's item gives the
                    // same persons, in the item's score SDs.
                    const auto smd = [&](double shift) {
                        return (focal.meanExpected(item, tables.theta, refShift + shift)
                                   - focal.meanExpected(item, tables.theta, refShift))
                            / scoreSd;
                    };
                    d.effect = smd(d.shift);
                    d.effectSe = std::fabs(smd(d.shift + 0.01) - d.effect) / 0.01 * d.shiftSe;
                    const double size = std::fabs(d.effect);
                    d.category = !significant || size <= 0.17 ? QStringLiteral("AA")
                        : size > 0.25                         ? QStringLiteral("CC")
                                                              : QStringLiteral("BB");
                }
                out.push_back(d);
            }
        }
        return out;
    };
    // Purified once (Candell & Drasgow 1988): the items found with DIF are left out of the
    // abilities the second pass matches on, so that they do not bias the others' judgement.
    std::vector<bool> matching(static_cast<std::size_t>(responses.items), true);
    std::vector<DifResult> out = pass(matching);
    int left = responses.items;
    for (const DifResult &d : out) {
        if (d.category != QLatin1String("A") && d.category != QLatin1String("AA")
            && matching[static_cast<std::size_t>(d.item)]) {
            matching[static_cast<std::size_t>(d.item)] = false;
            --left;
        }
    }
    if (left < responses.items && left >= responses.items / 2) {
        out = pass(matching);
    }
    return out;
}
Dimensionality checkDimensionality(const cat::ResponseMatrix &responses, const std::vector<irt::ItemParameters> &items,
    const Settings &settings, double latentMean, double latentSd, const std::vector<int> &areas, int areaCount,
    const ItemAnalysis &analysis)
{
    Dimensionality d;
    d.areas = areaCount;
    const int persons = personCount(responses);
    if (areaCount < 2 || persons == 0 || areas.size() != static_cast<std::size_t>(responses.items)
        || items.size() != areas.size() || analysis.items.size() != areas.size()) {
        return d;
    }
    const Tables tables(items, settings, latentMean, latentSd);
    const std::size_t nodes = tables.nodes;
    const auto a = static_cast<std::size_t>(areaCount);
    // Each person's ability in each area from that area's answers alone (NaN: none).
    std::vector<double> eap(static_cast<std::size_t>(persons) * a, std::nan("")), psd(eap.size(), 0.0);
    std::vector<double> post(nodes);
    for (std::size_t area = 0; area < a; ++area) {
        std::vector<int> answered;
        const std::vector<double> l = logLikelihoods(
            responses, tables, [&](int j) { return areas[static_cast<std::size_t>(j)] == static_cast<int>(area); },
            &answered);
        for (int i = 0; i < persons; ++i) {
            if (answered[static_cast<std::size_t>(i)] == 0) {
                continue;
            }
            for (std::size_t q = 0; q < nodes; ++q) {
                post[q] = tables.logWeight[q] + l[static_cast<std::size_t>(i) * nodes + q];
            }
            double sd = 0.0;
            eap[static_cast<std::size_t>(i) * a + area] = normalise(post, tables.theta, &sd);
            psd[static_cast<std::size_t>(i) * a + area] = sd;
        }
    }
    // var(EAP) / (var(EAP) + mean posterior variance): the share of θ's variance the area's
    // estimate carries.
    const auto reliability = [&](std::size_t area, const std::function<bool(int)> &who, int *count) {
        double n = 0.0, s = 0.0, ss = 0.0, v = 0.0;
        for (int i = 0; i < persons; ++i) {
            const double e = eap[static_cast<std::size_t>(i) * a + area];
            if (std::isnan(e) || !who(i)) {
                continue;
            }
            n += 1.0;
            s += e;
            ss += e * e;
            v += psd[static_cast<std::size_t>(i) * a + area] * psd[static_cast<std::size_t>(i) * a + area];
        }
        *count = static_cast<int>(n);
        const double variance = n > 1.0 ? ss / n - (s / n) * (s / n) : 0.0;
        return n > 1.0 && variance + v / n > 0.0 ? variance / (variance + v / n) : 0.0;
    };
    for (std::size_t area = 0; area < a; ++area) {
        int count = 0;
        d.reliability.push_back(reliability(
            area, [](int) { return true; }, &count));
        d.persons.push_back(count);
    }
    d.correlation.assign(a * a, std::nan(""));
    d.pairPersons.assign(a * a, 0);
    double sum = 0.0;
    int judged = 0;
    d.lowestCorrelation = std::nan("");
    for (std::size_t x = 0; x < a; ++x) {
        d.correlation[x * a + x] = 1.0;
        for (std::size_t y = x + 1; y < a; ++y) {
            const auto both = [&](int i) {
                return !std::isnan(eap[static_cast<std::size_t>(i) * a + x])
                    && !std::isnan(eap[static_cast<std::size_t>(i) * a + y]);
            };
            int n = 0;
            const double rx = reliability(x, both, &n), ry = reliability(y, both, &n);
            d.pairPersons[x * a + y] = d.pairPersons[y * a + x] = n;
            if (n < kMinimumPairPersons || rx <= 0.0 || ry <= 0.0) {
                continue;
            }
            double mx = 0.0, my = 0.0, sxx = 0.0, syy = 0.0, sxy = 0.0;
            for (int i = 0; i < persons; ++i) {
                if (both(i)) {
                    mx += eap[static_cast<std::size_t>(i) * a + x];
                    my += eap[static_cast<std::size_t>(i) * a + y];
                }
            }
            mx /= n;
            my /= n;
            for (int i = 0; i < persons; ++i) {
                if (both(i)) {
                    const double ex = eap[static_cast<std::size_t>(i) * a + x] - mx;
                    const double ey = eap[static_cast<std::size_t>(i) * a + y] - my;
                    sxx += ex * ex;
                    syy += ey * ey;
                    sxy += ex * ey;
                }
            }
            if (sxx <= 0.0 || syy <= 0.0) {
                continue;
            }
            const double r = sxy / std::sqrt(sxx * syy) / std::sqrt(rx * ry);
            d.correlation[x * a + y] = d.correlation[y * a + x] = r;
            sum += r;
            ++judged;
            d.lowestCorrelation = std::isnan(d.lowestCorrelation) ? r : std::min(d.lowestCorrelation, r);
        }
    }
    d.meanCorrelation = judged > 0 ? sum / judged : std::nan("");
    d.oneAbility = judged == 0 || d.lowestCorrelation >= kDistinctAreas;
    // Q3 within and between areas.
    double within = 0.0, between = 0.0;
    int nw = 0, nb = 0;
    for (const LocalDependence &pair : analysis.pairs) {
        const int x = areas[static_cast<std::size_t>(pair.first)], y = areas[static_cast<std::size_t>(pair.second)];
        if (x < 0 || y < 0) {
            continue;
        }
        (x == y ? within : between) += pair.q3;
        ++(x == y ? nw : nb);
    }
    d.q3Within = nw > 0 ? within / nw : std::nan("");
    d.q3Between = nb > 0 ? between / nb : std::nan("");
    return d;
}

} // namespace aicet::calibration

namespace aicet::calibration {

std::vector<OptionShares> analyseOptions(
    const ItemBank &bank, const std::vector<double> &abilities, const std::vector<OptionChoice> &choices)
{
    // Each item's answers, with the respondent's ability.
    std::vector<std::vector<std::pair<double, const QStringList *>>> byItem(bank.items.size());
    for (const OptionChoice &c : choices) {
        if (c.item >= 0 && static_cast<std::size_t>(c.item) < bank.items.size() && c.person >= 0
            && static_cast<std::size_t>(c.person) < abilities.size()) {
            byItem[static_cast<std::size_t>(c.item)].emplace_back(
                abilities[static_cast<std::size_t>(c.person)], &c.chosen);
        }
    }
    std::vector<OptionShares> out;
    for (std::size_t j = 0; j < bank.items.size(); ++j) {
        const ItemContent &content = bank.items[j].content;
        auto &answers = byItem[j];
        if (answers.size() < static_cast<std::size_t>(kMinimumOptionAnswers)) {
            continue;
        }
        OptionShares o;
        o.item = static_cast<int>(j);
        if (content.type == ItemType::SingleChoice || content.type == ItemType::MultipleResponse) {
            for (const Choice &c : content.options) {
                o.options << c.id;
                o.keys.push_back(content.key.contains(c.id));
            }
        } else if (content.type == ItemType::TrueFalse) {
            o.options = {QStringLiteral("true"), QStringLiteral("false")};
            o.keys = {content.trueFalseKey, !content.trueFalseKey};
        } else {
            continue;
        }
        // Thirds by ability, ties kept in the order of the answers (stable).
        std::stable_sort(
            answers.begin(), answers.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
        o.shares.assign(static_cast<std::size_t>(o.options.size()), {0.0, 0.0, 0.0});
        for (std::size_t r = 0; r < answers.size(); ++r) {
            const std::size_t third = r * 3 / answers.size();
            ++o.respondents[third];
            for (const QString &id : *answers[r].second) {
                if (const qsizetype at = o.options.indexOf(id); at >= 0) {
                    o.shares[static_cast<std::size_t>(at)][third] += 1.0;
                }
            }
        }
        for (std::size_t k = 0; k < o.shares.size(); ++k) {
            for (std::size_t third = 0; third < 3; ++third) {
                o.shares[k][third] /= std::max(o.respondents[third], 1);
            }
            const double gap = o.shares[k][2] - o.shares[k][0];
            if (o.keys[k] && gap <= -kAttractiveGap) {
                o.keyDoubt = true;
            }
            if (!o.keys[k] && gap >= kAttractiveGap) {
                o.attractive << o.options[static_cast<qsizetype>(k)];
            }
        }
        out.push_back(o);
    }
    return out;
}

} // namespace aicet::calibration
