#include "calibration/ItemAnalysis.h"

#include <algorithm>
#include <cmath>

namespace aicet::calibration {

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
    const Settings &settings, double latentMean, double latentSd)
{
    ItemAnalysis analysis;
    const int itemCount = responses.items;
    const std::size_t nodes = static_cast<std::size_t>(std::max(settings.nodes, 2));
    std::vector<double> theta(nodes), logWeight(nodes);
    for (std::size_t k = 0; k < nodes; ++k) {
        theta[k] = settings.lower + (settings.upper - settings.lower) * static_cast<double>(k) / (nodes - 1);
        const double z = (theta[k] - latentMean) / latentSd;
        logWeight[k] = -0.5 * z * z;
    }
    // Each item's log-probability of each score, and its expected score, at each node.
    std::vector<std::vector<double>> logP(static_cast<std::size_t>(itemCount)),
        expected(static_cast<std::size_t>(itemCount));
    std::vector<int> categories(static_cast<std::size_t>(itemCount));
    for (int j = 0; j < itemCount; ++j) {
        const irt::ItemParameters &p = items[static_cast<std::size_t>(j)];
        const int k = p.categoryCount();
        categories[static_cast<std::size_t>(j)] = k;
        auto &lp = logP[static_cast<std::size_t>(j)];
        auto &ex = expected[static_cast<std::size_t>(j)];
        lp.resize(static_cast<std::size_t>(k) * nodes);
        ex.resize(nodes);
        std::vector<double> prob(static_cast<std::size_t>(k));
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
    const int persons
        = itemCount > 0 ? static_cast<int>(responses.cells.size() / static_cast<std::size_t>(itemCount)) : 0;
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
                const int c = std::min(x, categories[static_cast<std::size_t>(j)] - 1);
                const double *row = logP[static_cast<std::size_t>(j)].data() + static_cast<std::size_t>(c) * nodes;
                for (std::size_t k = 0; k < nodes; ++k) {
                    post[k] += row[k];
                }
            }
        }
        const double top = *std::max_element(post.begin(), post.end());
        double sum = 0.0, eap = 0.0;
        for (std::size_t k = 0; k < nodes; ++k) {
            post[k] = std::exp(post[k] - top);
            sum += post[k];
        }
        for (std::size_t k = 0; k < nodes; ++k) {
            post[k] /= sum;
            eap += post[k] * theta[k];
        }
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
        s.maxScore = categories[u] - 1;
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
    return analysis;
}

} // namespace aicet::calibration
