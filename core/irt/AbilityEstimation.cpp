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

// Brent's root finder (Brent 1973, "Algorithms for minimization without derivatives", ch. 4):
// R_zeroin2 of R's stats package (src/library/stats/src/zeroin.c), the engine of uniroot(), step
// for step. f(a) and f(b) must have opposite signs or one be zero. Besides the root b it returns
// the other end c of the last bracket: f(b) and f(c) have opposite signs (or f(b) is zero).
struct RootBracket
{
    double root = 0.0;
    double fRoot = 0.0;
    double other = 0.0;
    double fOther = 0.0;
};

RootBracket zeroin(
    const std::function<double(double)> &f, double a, double b, double fa, double fb, double tolerance, int iterations)
{
    constexpr double eps = std::numeric_limits<double>::epsilon();
    if (fa == 0.0) {
        return {a, fa, a, fa};
    }
    if (fb == 0.0) {
        return {b, fb, b, fb};
    }
    double c = a, fc = fa;
    for (int iter = 0; iter < iterations; ++iter) {
        const double prevStep = b - a;
        if (std::fabs(fc) < std::fabs(fb)) {
            a = b, b = c, c = a;
            fa = fb, fb = fc, fc = fa;
        }
        const double tolAct = 2.0 * eps * std::fabs(b) + tolerance / 2.0;
        double newStep = (c - b) / 2.0;
        if (std::fabs(newStep) <= tolAct || fb == 0.0) {
            return {b, fb, c, fc};
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
    return {b, fb, c, fc};
}

// The root of f between a and b to kRootTolerance (AICET's own solver).
double brentRoot(const std::function<double(double)> &f, double a, double b, double fa, double fb)
{
    return zeroin(f, a, b, fa, fb, kRootTolerance, 200).root;
}

// R's default tolerance of optimize() and uniroot(): .Machine$double.eps^0.25 = (2^-52)^0.25.
constexpr double kRTolerance = 1.0 / 8192.0;

// R's optimize(f, c(ax, bx)): Brent's local minimiser, Brent_fmin of R's stats package
// (src/library/stats/src/optimize.c), step for step, with R's default tolerance. Like R, a value
// that is not finite counts as the largest double. It finds *a* local minimum, not necessarily the
// global one: catR's decisions depend on which one, so this is reproduced exactly.
double rOptimize(const std::function<double(double)> &fn, double ax, double bx)
{
    const auto f = [&fn](double x) {
        const double v = fn(x);
        return std::isfinite(v) ? v : std::numeric_limits<double>::max();
    };
    const double c = (3.0 - std::sqrt(5.0)) * 0.5; // the squared inverse of the golden ratio
    const double eps = std::sqrt(std::numeric_limits<double>::epsilon());
    const double tol3 = kRTolerance / 3.0;
    double a = ax, b = bx;
    double v = a + c * (b - a), w = v, x = v;
    double d = 0.0, e = 0.0;
    double fx = f(x), fv = fx, fw = fx;
    for (;;) {
        const double xm = (a + b) * 0.5;
        const double tol1 = eps * std::fabs(x) + tol3;
        const double t2 = tol1 * 2.0;
        if (std::fabs(x - xm) <= t2 - (b - a) * 0.5) {
            break;
        }
        double p = 0.0, q = 0.0, r = 0.0;
        if (std::fabs(e) > tol1) { // fit a parabola
            r = (x - w) * (fx - fv);
            q = (x - v) * (fx - fw);
            p = (x - v) * q - (x - w) * r;
            q = (q - r) * 2.0;
            if (q > 0.0) {
                p = -p;
            } else {
                q = -q;
            }
            r = e;
            e = d;
        }
        if (std::fabs(p) >= std::fabs(q * 0.5 * r) || p <= q * (a - x) || p >= q * (b - x)) {
            e = x < xm ? b - x : a - x; // a golden-section step
            d = c * e;
        } else { // a parabolic-interpolation step
            d = p / q;
            const double u = x + d;
            if (u - a < t2 || b - u < t2) { // f must not be evaluated too close to ax or bx
                d = x >= xm ? -tol1 : tol1;
            }
        }
        // f must not be evaluated too close to x
        const double u = std::fabs(d) >= tol1 ? x + d : (d > 0.0 ? x + tol1 : x - tol1);
        const double fu = f(u);
        if (fu <= fx) {
            if (u < x) {
                b = x;
            } else {
                a = x;
            }
            v = w, w = x, x = u;
            fv = fw, fw = fx, fx = fu;
        } else {
            if (u < x) {
                a = u;
            } else {
                b = u;
            }
            if (fu <= fw || w == x) {
                v = w, fv = fw;
                w = u, fw = fu;
            } else if (fu <= fv || v == x || v == w) {
                v = u, fv = fu;
            }
        }
    }
    return x;
}

// The root catR's uniroot(f, c(a, b)) converges to, solved exactly: R's zeroin with R's tolerance
// (about 1.2e-4) chooses the root, as in catR, then the last bracket it holds is refined to
// kRootTolerance. Like R's wrapper, −∞ counts as the most negative double and any other value that
// is not finite as the largest one.
double catRRoot(const std::function<double(double)> &fn, double a, double b)
{
    const auto f = [&fn](double x) {
        const double v = fn(x);
        if (std::isfinite(v)) {
            return v;
        }
        return v == -std::numeric_limits<double>::infinity() ? -std::numeric_limits<double>::max()
                                                             : std::numeric_limits<double>::max();
    };
    const double lower = std::min(a, b), upper = std::max(a, b); // uniroot sorts the interval
    // uniroot's maxiter = 1000; R_zeroin2 runs maxiter + 1 steps.
    const RootBracket r = zeroin(f, lower, upper, f(lower), f(upper), kRTolerance, 1000 + 1);
    if (r.fRoot == 0.0 || r.other == r.root || (r.fRoot > 0.0) == (r.fOther > 0.0)) {
        return r.root;
    }
    return r.root < r.other ? brentRoot(f, r.root, r.other, r.fRoot, r.fOther)
                            : brentRoot(f, r.other, r.root, r.fOther, r.fRoot);
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

// catR 3.17's thetaEst() for ML, BM and WL (R/thetaEst.R), decision for decision.
// Dichotomous items: a sign change between the bounds gives uniroot() over the range. Otherwise
// optimize() looks for a minimum of f: if f is positive there, the upper bound; if not, optimize()
// looks for a maximum of f: if f is negative there, the lower bound; otherwise the root uniroot()
// finds between the two points (a root of the equation, which may be a minimum of the likelihood).
// Polytomous items: the bound when f has the same sign at both ends, otherwise uniroot().
void catREstimate(std::span<const Response> responses, const EstimationSettings &s,
    const std::function<double(double)> &f, AbilityEstimate *e)
{
    const double lo = s.rangeLower, hi = s.rangeUpper;
    const double flo = f(lo), fhi = f(hi);
    const auto bound = [e](double theta) {
        e->theta = theta;
        e->atBoundary = true;
    };
    const bool dichotomous = std::all_of(
        responses.begin(), responses.end(), [](const Response &r) { return isDichotomous(r.item->model); });
    if (!dichotomous) {
        if (flo < 0.0 && fhi < 0.0) {
            bound(lo);
        } else if (flo > 0.0 && fhi > 0.0) {
            bound(hi);
        } else {
            e->theta = catRRoot(f, lo, hi);
        }
        return;
    }
    if ((flo < 0.0 && fhi > 0.0) || (flo > 0.0 && fhi < 0.0)) {
        e->theta = catRRoot(f, lo, hi);
        return;
    }
    const double argMin = rOptimize(f, lo, hi);
    if (f(argMin) > 0.0) {
        bound(hi);
        return;
    }
    const double argMax = rOptimize([&f](double theta) { return -f(theta); }, lo, hi);
    if (f(argMax) < 0.0) {
        bound(lo);
        return;
    }
    e->theta = catRRoot(f, argMax, argMin);
}

AbilityEstimate rootEstimate(std::span<const Response> responses, const EstimationSettings &s)
{
    auto f = [&](double theta) { return equation(responses, s, theta).value; };
    const double lo = s.rangeLower, hi = s.rangeUpper;
    AbilityEstimate e;
    e.method = s.method;

    if (s.boundaryRule == BoundaryRule::CatR) {
        catREstimate(responses, s, f, &e);
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
