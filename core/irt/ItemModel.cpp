#include "irt/ItemModel.h"

#include "Translate.h"
#include "irt/LogisticKernel.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace aicet::irt {
namespace {

using kernel::kMinProbability;
using kernel::Logistic;
using kernel::logistic;

inline kernel::DichotomousTerms dichotomous(const ItemParameters &item, double theta)
{
    return kernel::dichotomous(item.D * item.a, item.b, item.c, item.d, theta);
}

// Graded response model: P_k = P*_k − P*_{k+1} with P*_0 = 1 and P*_K = 0.
void gradedTerms(const ItemParameters &item, double theta, std::span<CategoryTerms> out)
{
    const int k = item.categoryCount();
    const double slope = item.D * item.a;
    // Boundary curves, with the complement kept separately for precision in the upper tail.
    auto boundary = [&](int index, double *pStar, double *qStar, double *dStar, double *d2Star) {
        if (index == 0) {
            *pStar = 1.0, *qStar = 0.0, *dStar = 0.0, *d2Star = 0.0;
        } else if (index == k) {
            *pStar = 0.0, *qStar = 1.0, *dStar = 0.0, *d2Star = 0.0;
        } else {
            const Logistic l = logistic(slope * (theta - item.steps[static_cast<std::size_t>(index - 1)]));
            const double pq = l.psi * l.oneMinusPsi;
            *pStar = l.psi, *qStar = l.oneMinusPsi;
            *dStar = slope * pq;
            *d2Star = slope * slope * pq * (l.oneMinusPsi - l.psi);
        }
    };
    double pLow = 0.0, qLow = 0.0, dLow = 0.0, d2Low = 0.0;
    boundary(0, &pLow, &qLow, &dLow, &d2Low);
    for (int cat = 0; cat < k; ++cat) {
        double pHigh = 0.0, qHigh = 0.0, dHigh = 0.0, d2High = 0.0;
        boundary(cat + 1, &pHigh, &qHigh, &dHigh, &d2High);
        const double p = pHigh > 0.5 ? qHigh - qLow : pLow - pHigh;
        auto &t = out[static_cast<std::size_t>(cat)];
        t.p = std::max(p, kMinProbability);
        t.dp = dLow - dHigh;
        t.d2p = d2Low - d2High;
        pLow = pHigh, qLow = qHigh, dLow = dHigh, d2Low = d2High;
    }
}

// Generalised partial credit model: P_k ∝ exp(Σ_{v ≤ k} D·a·(θ − b_v)), computed in log space.
// Returns the variance of the category score, which gives the information D²a²·Var.
double partialCreditTerms(const ItemParameters &item, double theta, std::span<CategoryTerms> out)
{
    const int k = item.categoryCount();
    const double slope = item.D * item.a;
    double z = 0.0;
    double zMax = 0.0;
    for (int cat = 0; cat < k; ++cat) {
        if (cat > 0) {
            z += slope * (theta - item.steps[static_cast<std::size_t>(cat - 1)]);
        }
        out[static_cast<std::size_t>(cat)].p = z; // temporarily the log-numerator
        zMax = cat == 0 ? z : std::max(zMax, z);
    }
    double sum = 0.0;
    for (int cat = 0; cat < k; ++cat) {
        auto &t = out[static_cast<std::size_t>(cat)];
        t.p = std::exp(t.p - zMax);
        sum += t.p;
    }
    double mean = 0.0;
    for (int cat = 0; cat < k; ++cat) {
        auto &t = out[static_cast<std::size_t>(cat)];
        t.p /= sum;
        mean += cat * t.p;
    }
    double variance = 0.0;
    for (int cat = 0; cat < k; ++cat) {
        const double dev = cat - mean;
        variance += dev * dev * out[static_cast<std::size_t>(cat)].p;
    }
    for (int cat = 0; cat < k; ++cat) {
        auto &t = out[static_cast<std::size_t>(cat)];
        const double dev = cat - mean;
        t.dp = slope * t.p * dev;
        t.d2p = slope * t.dp * dev - slope * slope * t.p * variance;
        t.p = std::max(t.p, kMinProbability);
    }
    return variance;
}

// Small fixed buffer for the categories of one polytomous item; banks rarely exceed a few.
constexpr int kMaxCategories = 64;

// The chance floors of a polytomous item: with S_k = P(X ≥ k) and S*_k = F_k + (1 − F_k)·S_k,
// P*_k = S*_k − S*_{k+1} = (F_k − F_{k+1})·(1 − S_{k+1}) + (1 − F_k)·P_k, two non-negative terms
// (F_0 = 1, F_K = 0), with 1 − S_{k+1} = P_0 + … + P_k summed from below for precision. The
// derivatives follow, the floors being constants.
void applyFloors(const std::vector<double> &floors, std::span<CategoryTerms> out)
{
    const std::size_t k = out.size();
    const auto floor = [&](std::size_t i) { return i == 0 ? 1.0 : i >= k ? 0.0 : floors[i - 1]; };
    std::array<CategoryTerms, kMaxCategories> upper{}; // S_{i+1} and its derivatives, from the top
    CategoryTerms running{};
    for (std::size_t i = k; i-- > 0;) {
        upper[i] = running;
        running.p += out[i].p, running.dp += out[i].dp, running.d2p += out[i].d2p;
    }
    double below = 0.0; // P_0 + … + P_i, i.e. 1 − S_{i+1}
    for (std::size_t i = 0; i < k; ++i) {
        below += out[i].p;
        const double gap = floor(i) - floor(i + 1);
        const double keep = 1.0 - floor(i);
        CategoryTerms &t = out[i];
        t.p = std::max(gap * std::min(below, 1.0) + keep * t.p, kMinProbability);
        t.dp = -gap * upper[i].dp + keep * t.dp;
        t.d2p = -gap * upper[i].d2p + keep * t.d2p;
    }
}

} // namespace

bool parseModel(const QString &text, Model *model)
{
    const QString t = text.trimmed().toUpper();
    static const std::array<std::pair<const char *, Model>, 6> names = {{
        {"1PL", Model::OnePL},
        {"2PL", Model::TwoPL},
        {"3PL", Model::ThreePL},
        {"4PL", Model::FourPL},
        {"GRM", Model::GradedResponse},
        {"GPCM", Model::GeneralizedPartialCredit},
    }};
    for (const auto &[name, value] : names) {
        if (t == QLatin1String(name)) {
            *model = value;
            return true;
        }
    }
    return false;
}

QString modelName(Model model)
{
    switch (model) {
    case Model::OnePL:
        return QStringLiteral("1PL");
    case Model::TwoPL:
        return QStringLiteral("2PL");
    case Model::ThreePL:
        return QStringLiteral("3PL");
    case Model::FourPL:
        return QStringLiteral("4PL");
    case Model::GradedResponse:
        return QStringLiteral("GRM");
    case Model::GeneralizedPartialCredit:
        return QStringLiteral("GPCM");
    }
    return {};
}

bool isDichotomous(Model model)
{
    return model != Model::GradedResponse && model != Model::GeneralizedPartialCredit;
}

double ItemParameters::location() const
{
    if (isDichotomous(model) || steps.empty()) {
        return b;
    }
    double sum = 0.0;
    for (double s : steps) {
        sum += s;
    }
    return sum / static_cast<double>(steps.size());
}

QString validateParameters(const ItemParameters &item)
{
    if (!std::isfinite(item.a) || item.a <= 0.0) {
        return IrtText::tr("discrimination a must be a positive number (got %1)").arg(item.a);
    }
    if (!std::isfinite(item.D) || item.D <= 0.0) {
        return IrtText::tr("scaling constant D must be a positive number (got %1)").arg(item.D);
    }
    if (isDichotomous(item.model)) {
        if (!std::isfinite(item.b)) {
            return IrtText::tr("difficulty b must be a finite number");
        }
        if (!std::isfinite(item.c) || item.c < 0.0 || item.c >= 1.0) {
            return IrtText::tr("lower asymptote c must be in [0, 1) (got %1)").arg(item.c);
        }
        if (!std::isfinite(item.d) || item.d > 1.0 || item.d <= item.c) {
            return IrtText::tr("upper asymptote d must be greater than c and at most 1 (got d = %1, c = %2)")
                .arg(item.d)
                .arg(item.c);
        }
        return {};
    }
    if (item.steps.empty()) {
        return IrtText::tr("a polytomous item needs at least one step parameter");
    }
    if (item.steps.size() >= static_cast<std::size_t>(kMaxCategories)) {
        return IrtText::tr("a polytomous item may have at most %1 categories").arg(kMaxCategories);
    }
    for (std::size_t i = 0; i < item.steps.size(); ++i) {
        if (!std::isfinite(item.steps[i])) {
            return IrtText::tr("step parameter %1 must be a finite number").arg(i + 1);
        }
        if (!item.floors.empty()) {
            if (item.floors.size() != item.steps.size()) {
                return IrtText::tr("a polytomous item needs one chance floor per step (%1 steps, %2 floors)")
                    .arg(item.steps.size())
                    .arg(item.floors.size());
            }
            const double f = item.floors[i];
            if (!std::isfinite(f) || f < 0.0 || f >= 1.0 || (i > 0 && f > item.floors[i - 1])) {
                return IrtText::tr("chance floor %1 must be in [0, 1) and not above the one before it (got %2)")
                    .arg(i + 1)
                    .arg(f);
            }
        }
        if (item.model == Model::GradedResponse && i > 0 && item.steps[i] <= item.steps[i - 1]) {
            return IrtText::tr("graded-response boundaries must increase strictly (step %1 is not above step %2)")
                .arg(i + 1)
                .arg(i);
        }
    }
    return {};
}

double probability(const ItemParameters &item, double theta)
{
    return dichotomous(item, theta).p;
}

void categoryTerms(const ItemParameters &item, double theta, std::span<CategoryTerms> out)
{
    if (isDichotomous(item.model)) {
        const auto t = dichotomous(item, theta);
        out[0] = {t.q, -t.dp, -t.d2p};
        out[1] = {t.p, t.dp, t.d2p};
    } else {
        if (item.model == Model::GradedResponse) {
            gradedTerms(item, theta, out);
        } else {
            partialCreditTerms(item, theta, out);
        }
        if (!item.floors.empty()) {
            applyFloors(item.floors, out);
        }
    }
}

void categoryProbabilities(const ItemParameters &item, double theta, std::span<double> out)
{
    std::array<CategoryTerms, kMaxCategories> terms;
    const auto k = static_cast<std::size_t>(item.categoryCount());
    categoryTerms(item, theta, std::span(terms.data(), k));
    for (std::size_t i = 0; i < k; ++i) {
        out[i] = terms[i].p;
    }
}

double information(const ItemParameters &item, double theta)
{
    if (isDichotomous(item.model)) {
        return kernel::dichotomousInformation(item.D * item.a, item.b, item.c, item.d, theta);
    }
    std::array<CategoryTerms, kMaxCategories> terms;
    const auto k = static_cast<std::size_t>(item.categoryCount());
    if (item.model == Model::GeneralizedPartialCredit && item.floors.empty()) {
        const double slope = item.D * item.a;
        return slope * slope * partialCreditTerms(item, theta, std::span(terms.data(), k));
    }
    categoryTerms(item, theta, std::span(terms.data(), k));
    double info = 0.0;
    for (std::size_t i = 0; i < k; ++i) {
        info += terms[i].dp * terms[i].dp / terms[i].p;
    }
    return info;
}

ResponseTerms responseTerms(const ItemParameters &item, double theta, int category)
{
    ResponseTerms r;
    if (isDichotomous(item.model)) {
        const auto t = dichotomous(item, theta);
        const double pq = t.p * t.q;
        r.logP = std::log(category > 0 ? t.p : t.q);
        r.score = category > 0 ? t.dp / t.p : -t.dp / t.q;
        r.information = t.dp * t.dp / pq;
        r.j = t.dp * t.d2p / pq;
        return r;
    }
    std::array<CategoryTerms, kMaxCategories> terms;
    const auto k = static_cast<std::size_t>(item.categoryCount());
    categoryTerms(item, theta, std::span(terms.data(), k));
    for (std::size_t i = 0; i < k; ++i) {
        r.information += terms[i].dp * terms[i].dp / terms[i].p;
        r.j += terms[i].dp * terms[i].d2p / terms[i].p;
    }
    const auto &observed = terms[static_cast<std::size_t>(std::clamp(category, 0, static_cast<int>(k) - 1))];
    r.logP = std::log(observed.p);
    r.score = observed.dp / observed.p;
    return r;
}

double logProbability(const ItemParameters &item, double theta, int category)
{
    if (isDichotomous(item.model)) {
        const auto t = dichotomous(item, theta);
        return std::log(category > 0 ? t.p : t.q);
    }
    std::array<CategoryTerms, kMaxCategories> terms;
    const auto k = static_cast<std::size_t>(item.categoryCount());
    categoryTerms(item, theta, std::span(terms.data(), k));
    return std::log(terms[static_cast<std::size_t>(std::clamp(category, 0, static_cast<int>(k) - 1))].p);
}

double maximumInformation(const ItemParameters &item)
{
    if (!isDichotomous(item.model)) {
        return std::numeric_limits<double>::infinity();
    }
    // The logistic information is unimodal in θ, with its peak within a few logits of slope from
    // b: a golden-section search over b ± 20/slope finds it, and a small inflation keeps the result
    // an upper bound.
    const double slope = item.D * item.a;
    double a = item.b - 20.0 / slope, b = item.b + 20.0 / slope;
    const double ratio = (std::sqrt(5.0) - 1.0) / 2.0;
    double x1 = b - ratio * (b - a), x2 = a + ratio * (b - a);
    double f1 = information(item, x1), f2 = information(item, x2);
    for (int iter = 0; iter < 200 && b - a > 1e-10 * std::max(1.0, std::fabs(item.b)); ++iter) {
        if (f1 < f2) {
            a = x1, x1 = x2, f1 = f2;
            x2 = a + ratio * (b - a);
            f2 = information(item, x2);
        } else {
            b = x2, x2 = x1, f2 = f1;
            x1 = b - ratio * (b - a);
            f1 = information(item, x1);
        }
    }
    const double bestInfo = std::max({f1, f2, information(item, 0.5 * (a + b))});
    const double analyticBound = slope * slope / 4.0; // I ≤ (Da)²·ψ(1 − ψ) for any c and d
    return std::min(bestInfo * (1.0 + 1e-6) + 1e-300, analyticBound * (1.0 + 1e-12));
}

} // namespace aicet::irt
