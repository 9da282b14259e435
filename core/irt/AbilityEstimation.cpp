#include "irt/AbilityEstimation.h"

#include "Translate.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <functional>

namespace aicet::irt {
namespace {

constexpr double kRootTolerance = 1e-12;
constexpr double kScanStep = 0.1; // grid step of the search for interior maxima (AICET rule)

struct EquationTerms
{
    double value = 0.0; // the estimating function f(θ)
    double information = 0.0;
    double objective = 0.0; // what the root maximises (used to choose between several roots)
};

// f(θ) for ML (score), MAP (score + prior) and WLE (score + J / 2I), as catR writes them.
EquationTerms equation(std::span<const Response> responses, const EstimationSettings &s, double theta)
{
    EquationTerms t;
    double j = 0.0;
    double logL = 0.0;
    for (const Response &r : responses) {
        const ResponseTerms rt = responseTerms(*r.item, theta, r.category);
        t.value += rt.score;
        t.information += rt.information;
        j += rt.j;
        logL += rt.logP;
    }
    switch (s.method) {
    case Estimator::MAP: {
        const double z = (theta - s.priorMean) / s.priorSd;
        t.value += (s.priorMean - theta) / (s.priorSd * s.priorSd);
        t.objective = logL - 0.5 * z * z;
        break;
    }
    case Estimator::WLE:
        t.value += t.information > 0.0 ? j / (2.0 * t.information) : 0.0;
        t.objective = logL + 0.5 * std::log(std::max(t.information, 1e-300));
        break;
    default:
        t.objective = logL;
        break;
    }
    return t;
}

// Brent's root finder (Brent 1973, "Algorithms for minimization without derivatives", ch. 4),
// the method of R's uniroot; f(a) and f(b) must have opposite signs or one be zero.
double brentRoot(const std::function<double(double)> &f, double a, double b, double fa, double fb)
{
    constexpr double eps = std::numeric_limits<double>::epsilon();
    double c = a, fc = fa;
    for (int iter = 0; iter < 200; ++iter) {
        const double prevStep = b - a;
        if (std::fabs(fc) < std::fabs(fb)) {
            a = b, b = c, c = a;
            fa = fb, fb = fc, fc = fa;
        }
        const double tolAct = 2.0 * eps * std::fabs(b) + kRootTolerance / 2.0;
        double newStep = (c - b) / 2.0;
        if (std::fabs(newStep) <= tolAct || fb == 0.0) {
            return b;
        }
        if (std::fabs(prevStep) >= tolAct && std::fabs(fa) > std::fabs(fb)) {
            double p = 0.0, q = 0.0;
            const double cb = c - b;
            if (a == c) {
                const double t1 = fb / fa;
                p = cb * t1;
                q = 1.0 - t1;
            } else {
                const double qa = fa / fc, t1 = fb / fc, t2 = fb / fa;
                p = t2 * (cb * qa * (qa - t1) - (b - a) * (t1 - 1.0));
                q = (qa - 1.0) * (t1 - 1.0) * (t2 - 1.0);
            }
            if (p > 0.0) {
                q = -q;
            } else {
                p = -p;
            }
            if (p < (0.75 * cb * q - std::fabs(tolAct * q) / 2.0) && p < std::fabs(prevStep * q / 2.0)) {
                newStep = p / q;
            }
        }
        if (std::fabs(newStep) < tolAct) {
            newStep = newStep > 0.0 ? tolAct : -tolAct;
        }
        a = b, fa = fb;
        b += newStep;
        fb = f(b);
        if ((fb > 0.0 && fc > 0.0) || (fb < 0.0 && fc < 0.0)) {
            c = a, fc = fa;
        }
    }
    return b;
}

double standardError(const EstimationSettings &s, double information)
{
    double precision = information;
    if (s.method == Estimator::MAP) {
        precision += 1.0 / (s.priorSd * s.priorSd);
    }
    return precision > 0.0 ? 1.0 / std::sqrt(precision) : std::numeric_limits<double>::infinity();
}

AbilityEstimate eapEstimate(std::span<const Response> responses, const EstimationSettings &s)
{
    PosteriorGrid grid(s.grid, s.priorMean, s.priorSd);
    for (const Response &r : responses) {
        grid.add(*r.item, r.category);
    }
    return grid.eap();
}

AbilityEstimate fallbackToEap(std::span<const Response> responses, const EstimationSettings &s)
{
    AbilityEstimate e = eapEstimate(responses, s);
    e.fallback = true;
    return e;
}

AbilityEstimate rootEstimate(std::span<const Response> responses, const EstimationSettings &s)
{
    auto f = [&](double theta) { return equation(responses, s, theta).value; };
    const double lo = s.rangeLower, hi = s.rangeUpper;
    AbilityEstimate e;
    e.method = s.method;

    if (s.boundaryRule == BoundaryRule::CatR) {
        const double flo = f(lo), fhi = f(hi);
        if (flo < 0.0 && fhi < 0.0) {
            e.theta = lo;
            e.atBoundary = true;
        } else if (flo > 0.0 && fhi > 0.0) {
            e.theta = hi;
            e.atBoundary = true;
        } else {
            e.theta = brentRoot(f, lo, hi, flo, fhi);
        }
        e.se = standardError(s, equation(responses, s, e.theta).information);
        return e;
    }

    // AICET rule: every interior maximum is a sign change of f from + to −; keep the best one.
    const int steps = std::max(1, static_cast<int>(std::ceil((hi - lo) / kScanStep)));
    double bestObjective = -std::numeric_limits<double>::infinity();
    bool found = false;
    double x0 = lo, f0 = f(lo);
    for (int i = 1; i <= steps; ++i) {
        const double x1 = i == steps ? hi : lo + (hi - lo) * i / steps;
        const double f1 = f(x1);
        if (f0 > 0.0 && f1 <= 0.0) {
            const double root = f1 == 0.0 ? x1 : brentRoot(f, x0, x1, f0, f1);
            const EquationTerms t = equation(responses, s, root);
            if (t.objective > bestObjective) {
                bestObjective = t.objective;
                e.theta = root;
                e.se = standardError(s, t.information);
                found = true;
            }
        }
        x0 = x1, f0 = f1;
    }
    return found ? e : fallbackToEap(responses, s);
}

} // namespace

bool parseEstimator(const QString &text, Estimator *estimator)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("ml")) {
        *estimator = Estimator::ML;
    } else if (t == QLatin1String("map") || t == QLatin1String("bm")) {
        *estimator = Estimator::MAP;
    } else if (t == QLatin1String("eap")) {
        *estimator = Estimator::EAP;
    } else if (t == QLatin1String("wle") || t == QLatin1String("wl")) {
        *estimator = Estimator::WLE;
    } else {
        return false;
    }
    return true;
}

QString estimatorName(Estimator estimator)
{
    switch (estimator) {
    case Estimator::ML:
        return QStringLiteral("ml");
    case Estimator::MAP:
        return QStringLiteral("map");
    case Estimator::EAP:
        return QStringLiteral("eap");
    case Estimator::WLE:
        return QStringLiteral("wle");
    }
    return {};
}

QString EstimationSettings::validate() const
{
    if (!std::isfinite(rangeLower) || !std::isfinite(rangeUpper) || rangeLower >= rangeUpper) {
        return IrtText::tr("the estimation range must have a lower bound below its upper bound");
    }
    if (rangeLower < -10.0 || rangeUpper > 10.0) {
        return IrtText::tr("the estimation range must lie within [-10, 10]");
    }
    if (!std::isfinite(priorMean) || !std::isfinite(priorSd) || priorSd <= 0.0) {
        return IrtText::tr("the prior needs a finite mean and a positive standard deviation");
    }
    if (!std::isfinite(grid.lower) || !std::isfinite(grid.upper) || grid.lower >= grid.upper) {
        return IrtText::tr("the quadrature grid must have a lower bound below its upper bound");
    }
    if (grid.lower < -10.0 || grid.upper > 10.0) {
        return IrtText::tr("the quadrature grid must lie within [-10, 10]");
    }
    if (grid.nodes < 3 || grid.nodes > 10001) {
        return IrtText::tr("the quadrature grid needs between 3 and 10001 nodes");
    }
    return {};
}

double testInformation(std::span<const Response> responses, double theta)
{
    double info = 0.0;
    for (const Response &r : responses) {
        info += information(*r.item, theta);
    }
    return info;
}

AbilityEstimate estimateAbility(std::span<const Response> responses, const EstimationSettings &settings)
{
    if (settings.method == Estimator::EAP) {
        return eapEstimate(responses, settings);
    }
    if (responses.empty()) {
        return fallbackToEap(responses, settings);
    }
    return rootEstimate(responses, settings);
}

PosteriorGrid::PosteriorGrid(const QuadratureGrid &grid, double priorMean, double priorSd)
{
    const int n = std::max(grid.nodes, 2);
    const auto size = static_cast<std::size_t>(n);
    m_nodes.resize(size);
    m_logPrior.resize(size);
    m_trapezoid.assign(size, 1.0);
    m_logLikelihood.assign(size, 0.0);
    m_trapezoid.front() = m_trapezoid.back() = 0.5;
    for (int i = 0; i < n; ++i) {
        const double x = grid.lower + (grid.upper - grid.lower) * i / (n - 1);
        const double z = (x - priorMean) / priorSd;
        m_nodes[static_cast<std::size_t>(i)] = x;
        m_logPrior[static_cast<std::size_t>(i)] = -0.5 * z * z;
    }
}

void PosteriorGrid::add(const ItemParameters &item, int category)
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        m_logLikelihood[i] += logProbability(item, m_nodes[i], category);
    }
}

void PosteriorGrid::clear()
{
    std::fill(m_logLikelihood.begin(), m_logLikelihood.end(), 0.0);
}

AbilityEstimate PosteriorGrid::eap() const
{
    const std::size_t n = m_nodes.size();
    double maxLog = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < n; ++i) {
        maxLog = std::max(maxLog, m_logLikelihood[i] + m_logPrior[i]);
    }
    double sumW = 0.0, sumWX = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double w = m_trapezoid[i] * std::exp(m_logLikelihood[i] + m_logPrior[i] - maxLog);
        sumW += w;
        sumWX += w * m_nodes[i];
    }
    const double mean = sumWX / sumW;
    double sumWD = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double w = m_trapezoid[i] * std::exp(m_logLikelihood[i] + m_logPrior[i] - maxLog);
        const double dev = m_nodes[i] - mean;
        sumWD += w * dev * dev;
    }
    AbilityEstimate e;
    e.method = Estimator::EAP;
    e.theta = mean;
    e.se = std::sqrt(sumWD / sumW);
    return e;
}

} // namespace aicet::irt
