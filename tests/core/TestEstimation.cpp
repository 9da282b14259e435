#include "TestData.h"
#include "irt/AbilityEstimation.h"

#include <QTest>

#include <cmath>
#include <functional>

using namespace aicet;
using namespace aicet::irt;

namespace {

struct Pattern
{
    QHash<QString, QString> row;
    std::vector<Response> responses;
    double value(const char *column) const { return row.value(QLatin1String(column)).toDouble(); }
};

std::vector<Pattern> catRPatterns(const ItemBank &bank)
{
    std::vector<Pattern> patterns;
    for (const auto &row : test::readCsvRows(test::dataPath(QStringLiteral("conformance/catR/theta.csv")))) {
        Pattern p;
        p.row = row;
        const auto items = test::splitInts(row.value(QStringLiteral("item_ids")));
        const auto answers = test::splitInts(row.value(QStringLiteral("responses")));
        for (std::size_t i = 0; i < items.size(); ++i) {
            p.responses.push_back({&bank.items[static_cast<std::size_t>(items[i] - 1)].irt, answers[i]});
        }
        patterns.push_back(p);
    }
    return patterns;
}

EstimationSettings settingsFor(Estimator method, BoundaryRule rule)
{
    EstimationSettings s;
    s.method = method;
    s.boundaryRule = rule;
    return s;
}

// Issue 12's example: bank rows (id,a,b,c,d) 1,1,-3,0,1 / 2,2,1,0.25,1 / 3,2,1.2,0.25,1, range
// [−4, 4], D = 1. Answered 0,1,1, the ML and WL equations are negative at both ends of the range
// but cross zero inside.
std::vector<ItemParameters> sameSignItems()
{
    std::vector<ItemParameters> items(3);
    const double parameters[3][4] = {{1.0, -3.0, 0.0, 1.0}, {2.0, 1.0, 0.25, 1.0}, {2.0, 1.2, 0.25, 1.0}};
    for (std::size_t i = 0; i < items.size(); ++i) {
        items[i].model = Model::FourPL;
        items[i].a = parameters[i][0];
        items[i].b = parameters[i][1];
        items[i].c = parameters[i][2];
        items[i].d = parameters[i][3];
    }
    return items;
}

std::vector<Response> answer(const std::vector<ItemParameters> &items, std::initializer_list<int> answers)
{
    std::vector<Response> responses;
    for (int x : answers) {
        responses.push_back({&items[responses.size()], x});
    }
    return responses;
}

// catR's estimating functions written out independently of the library: ML Σ P′(x − P)/(PQ);
// Warm's WL adds Σ P′P″/(PQ) / (2 Σ P′²/(PQ)).
double catREquation(std::span<const Response> responses, double theta, bool warm)
{
    double score = 0.0, j = 0.0, info = 0.0;
    for (const Response &r : responses) {
        const ItemParameters &it = *r.item;
        const double e = std::exp(it.a * (theta - it.b));
        const double p = it.c + (it.d - it.c) * e / (1.0 + e);
        const double dp = it.a * e * (it.d - it.c) / ((1.0 + e) * (1.0 + e));
        const double d2p = it.a * it.a * e * (1.0 - e) * (it.d - it.c) / std::pow(1.0 + e, 3);
        const double pq = p * (1.0 - p);
        score += dp * (r.category - p) / pq;
        j += dp * d2p / pq;
        info += dp * dp / pq;
    }
    return warm ? score + j / (2.0 * info) : score;
}

// The root of g in [lo, hi] by bisection, g(lo) and g(hi) of opposite signs.
double bisect(const std::function<double(double)> &g, double lo, double hi)
{
    const bool rising = g(lo) < 0.0;
    while (hi - lo > 1e-13) {
        const double mid = 0.5 * (lo + hi);
        ((g(mid) < 0.0) == rising ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

QByteArray where(const Pattern &p, const char *what)
{
    return QStringLiteral("pattern %1 (%2): %3")
        .arg(p.row.value(QStringLiteral("pattern_id")), p.row.value(QStringLiteral("kind")), QLatin1String(what))
        .toUtf8();
}

} // namespace

class TestEstimation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void catRCompatibleRootEstimators();
    void catRInteriorRootWithSameSignAtBothEnds();
    void catRBoundWithoutCrossing();
    void eapOnCatRGrid();
    void aicetRuleMatchesInteriorRoots();
    void aicetRuleFallsBackWithoutInteriorMaximum();
    void longTestsDoNotUnderflow();
    void posteriorGridIsIncremental();
    void polytomousEstimates();
    void settingsValidation();
    void estimatorNames();

private:
    ItemBank m_bank;
    std::vector<Pattern> m_patterns;
};

void TestEstimation::initTestCase()
{
    m_bank = test::conformanceBank();
    m_patterns = catRPatterns(m_bank);
    QCOMPARE(m_patterns.size(), std::size_t(26));
}

void TestEstimation::catRCompatibleRootEstimators()
{
    // ML, BM (MAP) and WL (WLE) within 1e-6 of catR's equations solved tightly, bounds included.
    const struct
    {
        Estimator method;
        const char *theta;
        const char *se;
    } cases[] = {
        {Estimator::ML, "theta_ML_tight", "se_ML_tight"},
        {Estimator::MAP, "theta_BM_tight", "se_BM_tight"},
        {Estimator::WLE, "theta_WL_tight", "se_WL_tight"},
    };
    for (const auto &c : cases) {
        const EstimationSettings s = settingsFor(c.method, BoundaryRule::CatR);
        for (const Pattern &p : m_patterns) {
            const AbilityEstimate e = estimateAbility(p.responses, s);
            QVERIFY2(std::fabs(e.theta - p.value(c.theta)) < 1e-6, where(p, c.theta));
            QVERIFY2(std::fabs(e.se - p.value(c.se)) < 1e-6, where(p, c.se));
            QCOMPARE(e.atBoundary, std::fabs(std::fabs(p.value(c.theta)) - 4.0) < 1e-12);
            QCOMPARE(e.method, c.method);
        }
    }
}

void TestEstimation::catRInteriorRootWithSameSignAtBothEnds()
{
    const std::vector<ItemParameters> items = sameSignItems();
    const std::vector<Response> responses = answer(items, {0, 1, 1});
    const auto ml = [&](double t) { return catREquation(responses, t, false); };
    const auto wl = [&](double t) { return catREquation(responses, t, true); };
    QVERIFY(ml(-4.0) < 0.0 && ml(4.0) < 0.0);
    QVERIFY(wl(-4.0) < 0.0 && wl(4.0) < 0.0);

    // ML: catR 3.17 returns 0.13249 (its optimize() finds f's minimum near −1.44 and maximum
    // near 0.74; uniroot() between them). AICET gives the exact root of that bracket.
    const AbilityEstimate e = estimateAbility(responses, settingsFor(Estimator::ML, BoundaryRule::CatR));
    QVERIFY2(std::fabs(e.theta - 0.13249) < 1e-4, qPrintable(QString::number(e.theta, 'g', 12)));
    QVERIFY(std::fabs(e.theta - bisect(ml, -1.4, 0.7)) < 1e-6);
    QVERIFY(!e.atBoundary && !e.fallback);
    QCOMPARE(e.method, Estimator::ML);
    QVERIFY(std::fabs(e.se - 1.0 / std::sqrt(testInformation(responses, e.theta))) < 1e-12);

    // WL: the same path (f's minimum near −1.30, maximum near 0.49): catR's uniroot() stops at
    // −0.23908, the exact root of Warm's equation there is −0.2391066.
    const AbilityEstimate w = estimateAbility(responses, settingsFor(Estimator::WLE, BoundaryRule::CatR));
    QVERIFY2(std::fabs(w.theta - bisect(wl, -1.3, 0.4)) < 1e-6, qPrintable(QString::number(w.theta, 'g', 12)));
    QVERIFY(std::fabs(w.theta - (-0.2391066)) < 1e-6);
    QVERIFY(std::fabs(w.theta - (-0.23908)) < 1e-4);
    QVERIFY(wl(w.theta - 1e-6) < 0.0 && wl(w.theta + 1e-6) > 0.0);
    QVERIFY(!w.atBoundary && !w.fallback);
    QCOMPARE(w.method, Estimator::WLE);

    // AICET's own rule keeps the likelihood's interior maximum (where f falls through zero), not
    // catR's root, which is a minimum of the likelihood.
    const AbilityEstimate aicet = estimateAbility(responses, settingsFor(Estimator::ML, BoundaryRule::Aicet));
    QVERIFY(!aicet.fallback);
    QVERIFY(std::fabs(aicet.theta - bisect(ml, 0.8, 4.0)) < 1e-6);
    QVERIFY(std::fabs(aicet.theta - 1.3438067) < 1e-6);
}

void TestEstimation::catRBoundWithoutCrossing()
{
    // Bank items 16, 135 and 134 answered 0,1,0 (catR's pattern 19): the ML equation is negative
    // at both ends and nowhere positive, and catR returns −4 with SE 1/√I(−4) = 18.2971305711.
    std::vector<ItemParameters> items(3);
    const double parameters[3][4]
        = {{1.5083, -0.4727, 0.0595, 1.0}, {1.0424, 2.5002, 0.247, 0.9638}, {0.8264, 0.345, 0.1605, 1.0}};
    for (std::size_t i = 0; i < items.size(); ++i) {
        items[i].model = Model::FourPL;
        items[i].a = parameters[i][0];
        items[i].b = parameters[i][1];
        items[i].c = parameters[i][2];
        items[i].d = parameters[i][3];
    }
    const std::vector<Response> mixed = answer(items, {0, 1, 0});
    QVERIFY(catREquation(mixed, -4.0, false) < 0.0 && catREquation(mixed, 4.0, false) < 0.0);
    const AbilityEstimate e = estimateAbility(mixed, settingsFor(Estimator::ML, BoundaryRule::CatR));
    QCOMPARE(e.theta, -4.0);
    QVERIFY(e.atBoundary && !e.fallback);
    QVERIFY(std::fabs(e.se - 18.2971305711) < 1e-6);

    // All right on the example's items: positive everywhere, the upper bound.
    const std::vector<ItemParameters> example = sameSignItems();
    const AbilityEstimate up
        = estimateAbility(answer(example, {1, 1, 1}), settingsFor(Estimator::ML, BoundaryRule::CatR));
    QCOMPARE(up.theta, 4.0);
    QVERIFY(up.atBoundary);
}

void TestEstimation::eapOnCatRGrid()
{
    // 33 nodes on [−4, 4] and 121 nodes on [−6, 6]: within 1e-9 of catR.
    for (const Pattern &p : m_patterns) {
        const AbilityEstimate e = estimateAbility(p.responses, settingsFor(Estimator::EAP, BoundaryRule::CatR));
        QVERIFY2(std::fabs(e.theta - p.value("theta_EAP")) < 1e-9, where(p, "theta_EAP"));
        QVERIFY2(std::fabs(e.se - p.value("se_EAP")) < 1e-9, where(p, "se_EAP"));
        EstimationSettings fine = settingsFor(Estimator::EAP, BoundaryRule::Aicet);
        fine.grid = {-6.0, 6.0, 121};
        const AbilityEstimate f = estimateAbility(p.responses, fine);
        QVERIFY2(std::fabs(f.theta - p.value("theta_EAP_fine")) < 1e-9, where(p, "theta_EAP_fine"));
        QVERIFY2(std::fabs(f.se - p.value("se_EAP_fine")) < 1e-9, where(p, "se_EAP_fine"));
    }
}

void TestEstimation::aicetRuleMatchesInteriorRoots()
{
    // Where catR's equation has its root inside the range, AICET's rule finds the same estimate.
    int compared = 0;
    for (Estimator method : {Estimator::ML, Estimator::MAP, Estimator::WLE}) {
        const char *column = method == Estimator::ML ? "theta_ML_tight"
            : method == Estimator::MAP               ? "theta_BM_tight"
                                                     : "theta_WL_tight";
        for (const Pattern &p : m_patterns) {
            const double reference = p.value(column);
            if (std::fabs(std::fabs(reference) - 4.0) < 1e-9) {
                continue;
            }
            const AbilityEstimate e = estimateAbility(p.responses, settingsFor(method, BoundaryRule::Aicet));
            QVERIFY2(!e.fallback, where(p, column));
            QVERIFY2(std::fabs(e.theta - reference) < 1e-6, where(p, column));
            ++compared;
        }
    }
    QVERIFY(compared > 50);
}

void TestEstimation::aicetRuleFallsBackWithoutInteriorMaximum()
{
    // All right, all wrong, or monotone through guessing: AICET reports the EAP and says so.
    int fallbacks = 0;
    for (const Pattern &p : m_patterns) {
        if (std::fabs(std::fabs(p.value("theta_ML_tight")) - 4.0) > 1e-9) {
            continue;
        }
        const AbilityEstimate ml = estimateAbility(p.responses, settingsFor(Estimator::ML, BoundaryRule::Aicet));
        QVERIFY2(ml.fallback, where(p, "fallback"));
        QCOMPARE(ml.method, Estimator::EAP);
        QVERIFY2(std::fabs(ml.theta - p.value("theta_EAP")) < 1e-9, where(p, "theta"));
        QVERIFY2(std::fabs(ml.se - p.value("se_EAP")) < 1e-9, where(p, "se"));
        QVERIFY(std::fabs(ml.theta) < 4.0);
        ++fallbacks;
    }
    QCOMPARE(fallbacks, 8); // 7 constant patterns and one mixed 3PL pattern
    // No responses: the prior.
    const AbilityEstimate none = estimateAbility({}, settingsFor(Estimator::ML, BoundaryRule::Aicet));
    QVERIFY(none.fallback);
    QVERIFY(std::fabs(none.theta) < 1e-12);
}

void TestEstimation::longTestsDoNotUnderflow()
{
    // 3000 responses: a likelihood of about e^-2000 would underflow outside log space.
    std::vector<ItemParameters> items(3000);
    std::vector<Response> responses;
    for (std::size_t i = 0; i < items.size(); ++i) {
        items[i].a = 1.5;
        items[i].b = -2.0 + 4.0 * static_cast<double>(i % 100) / 99.0;
        responses.push_back({&items[i], items[i].b < 0.7 ? 1 : 0});
    }
    for (Estimator method : {Estimator::ML, Estimator::MAP, Estimator::EAP, Estimator::WLE}) {
        const AbilityEstimate e = estimateAbility(responses, settingsFor(method, BoundaryRule::Aicet));
        QVERIFY(std::isfinite(e.theta) && std::isfinite(e.se));
        QVERIFY2(std::fabs(e.theta - 0.7) < 0.1, qPrintable(estimatorName(method)));
        QVERIFY(e.se > 0.0 && e.se < 0.05);
    }
}

void TestEstimation::posteriorGridIsIncremental()
{
    const Pattern &p = m_patterns.back();
    PosteriorGrid grid({-4.0, 4.0, 33}, 0.0, 1.0);
    for (const Response &r : p.responses) {
        grid.add(*r.item, r.category);
    }
    const AbilityEstimate incremental = grid.eap();
    const AbilityEstimate batch = estimateAbility(p.responses, settingsFor(Estimator::EAP, BoundaryRule::Aicet));
    QCOMPARE(incremental.theta, batch.theta);
    QCOMPARE(incremental.se, batch.se);
    grid.clear();
    QVERIFY(std::fabs(grid.eap().theta) < 1e-12);
}

void TestEstimation::polytomousEstimates()
{
    // A GPCM item answered in its middle category pins θ between its steps; ML agrees with a
    // direct maximisation of the log-likelihood on a fine grid.
    std::vector<ItemParameters> items(6);
    std::vector<Response> responses;
    for (std::size_t i = 0; i < items.size(); ++i) {
        items[i].model = i % 2 ? Model::GradedResponse : Model::GeneralizedPartialCredit;
        items[i].a = 1.2;
        items[i].steps = {-1.0 + 0.2 * static_cast<double>(i), 0.5 + 0.2 * static_cast<double>(i)};
        responses.push_back({&items[i], 1 + static_cast<int>(i % 2)});
    }
    const AbilityEstimate ml = estimateAbility(responses, settingsFor(Estimator::ML, BoundaryRule::Aicet));
    double best = -1e300, argBest = 0.0;
    for (double t = -4.0; t <= 4.0; t += 1e-4) {
        double ll = 0.0;
        for (const Response &r : responses) {
            ll += logProbability(*r.item, t, r.category);
        }
        if (ll > best) {
            best = ll, argBest = t;
        }
    }
    QVERIFY(!ml.fallback);
    QVERIFY(std::fabs(ml.theta - argBest) < 2e-4);
    QVERIFY(std::fabs(ml.se - 1.0 / std::sqrt(testInformation(responses, ml.theta))) < 1e-12);
    const AbilityEstimate map = estimateAbility(responses, settingsFor(Estimator::MAP, BoundaryRule::Aicet));
    QVERIFY(std::fabs(map.se - 1.0 / std::sqrt(testInformation(responses, map.theta) + 1.0)) < 1e-12);
    QVERIFY(std::fabs(map.theta) < std::fabs(ml.theta) + 1e-12); // shrunk towards the prior mean
}

void TestEstimation::settingsValidation()
{
    EstimationSettings s;
    QVERIFY(s.validate().isEmpty());
    s.rangeLower = 1.0, s.rangeUpper = -1.0;
    QVERIFY(!s.validate().isEmpty());
    s = {};
    s.grid.nodes = 2;
    QVERIFY(!s.validate().isEmpty());
    s = {};
    s.priorSd = 0.0;
    QVERIFY(!s.validate().isEmpty());
    s = {};
    s.rangeUpper = 50.0;
    QVERIFY(!s.validate().isEmpty());
}

void TestEstimation::estimatorNames()
{
    for (Estimator e : {Estimator::ML, Estimator::MAP, Estimator::EAP, Estimator::WLE}) {
        Estimator parsed = Estimator::EAP;
        QVERIFY(parseEstimator(estimatorName(e).toUpper(), &parsed));
        QCOMPARE(parsed, e);
    }
    Estimator parsed = Estimator::EAP;
    QVERIFY(parseEstimator(QStringLiteral("BM"), &parsed));
    QCOMPARE(parsed, Estimator::MAP);
    QVERIFY(!parseEstimator(QStringLiteral("mle2"), &parsed));
}

QTEST_GUILESS_MAIN(TestEstimation)
#include "TestEstimation.moc"
