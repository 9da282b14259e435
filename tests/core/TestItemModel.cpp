#include "TestData.h"
#include "io/CsvReader.h"
#include "irt/ItemModel.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace aicet;
using namespace aicet::irt;

namespace {

bool closeRelative(double x, double y, double tol)
{
    return std::fabs(x - y) <= tol * std::max(std::fabs(y), 1e-300);
}

ItemParameters logistic(double a, double b, double c = 0.0, double d = 1.0)
{
    ItemParameters p;
    p.model = d < 1.0 ? Model::FourPL : c > 0.0 ? Model::ThreePL : Model::TwoPL;
    p.a = a, p.b = b, p.c = c, p.d = d;
    return p;
}

ItemParameters polytomous(Model model, double a, std::vector<double> steps)
{
    ItemParameters p;
    p.model = model;
    p.a = a;
    p.steps = std::move(steps);
    return p;
}

// A polytomous item with chance floors: kind 1 GRM, 2 GPCM (four categories, three floors).
ItemParameters withFloors(int kind, std::vector<double> floors)
{
    ItemParameters p = kind == 1 ? polytomous(Model::GradedResponse, 1.4, {-1.0, 0.2, 1.5})
                                 : polytomous(Model::GeneralizedPartialCredit, 0.9, {-0.5, 0.8, 0.1});
    p.floors = std::move(floors);
    return p;
}

// P(X ≥ k) from the category probabilities.
std::vector<double> survival(const std::vector<double> &p)
{
    std::vector<double> s(p.size(), 0.0);
    double above = 0.0;
    for (std::size_t k = p.size(); k-- > 0;) {
        above += p[k];
        s[k] = above;
    }
    return s;
}

} // namespace

class TestItemModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catRProbabilitiesAndInformation();
    void closedForms_data();
    void closedForms();
    void scalingConstant();
    void derivativesMatchFiniteDifferences_data();
    void derivativesMatchFiniteDifferences();
    void numericallySafe_data();
    void numericallySafe();
    void maximumInformationIsABound_data();
    void maximumInformationIsABound();
    void validation_data();
    void validation();
    void modelNames();
    void floorsGiveProbabilities_data();
    void floorsGiveProbabilities();
    void floorsDerivativesMatchFiniteDifferences_data();
    void floorsDerivativesMatchFiniteDifferences();
    void floorsAreTheChanceDistributionAtLowAbility_data();
    void floorsAreTheChanceDistributionAtLowAbility();
    void floorsValidation_data();
    void floorsValidation();
};

void TestItemModel::catRProbabilitiesAndInformation()
{
    // catR 3.17 Pi() and Ii(): 20 items x 17 values of theta, matched to 1e-12 relative.
    io::CsvReader csv;
    QVERIFY2(csv.open(test::dataPath(QStringLiteral("conformance/catR/info.csv"))), qPrintable(csv.errorString()));
    std::vector<QByteArrayView> f;
    QVERIFY(csv.next(&f)); // header item_id,a,b,c,d,theta,P,dP,I
    int rows = 0;
    while (csv.next(&f)) {
        QCOMPARE(f.size(), std::size_t(9));
        const ItemParameters item
            = logistic(*io::parseDouble(f[1]), *io::parseDouble(f[2]), *io::parseDouble(f[3]), *io::parseDouble(f[4]));
        const double theta = *io::parseDouble(f[5]);
        const double p = *io::parseDouble(f[6]), dp = *io::parseDouble(f[7]), info = *io::parseDouble(f[8]);
        std::array<CategoryTerms, 2> terms;
        categoryTerms(item, theta, terms);
        QVERIFY2(closeRelative(probability(item, theta), p, 1e-12), qPrintable(csv.located(QStringLiteral("P"))));
        QVERIFY2(closeRelative(terms[1].dp, dp, 1e-12), qPrintable(csv.located(QStringLiteral("dP"))));
        // catR computes Q as 1 − P, which loses about ε/Q of relative precision when P is near 1
        // (AICET computes Q directly): that rounding of the reference is added to the tolerance.
        const double referenceRounding = std::numeric_limits<double>::epsilon() / (1.0 - p);
        QVERIFY2(closeRelative(information(item, theta), info, 1e-12 + referenceRounding),
            qPrintable(csv.located(QStringLiteral("I"))));
        ++rows;
    }
    QCOMPARE(rows, 20 * 17);
}

void TestItemModel::closedForms_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("d");
    QTest::addColumn<double>("theta");
    QTest::addRow("1PL at b") << 1.0 << 0.5 << 0.0 << 1.0 << 0.5;
    QTest::addRow("2PL") << 1.7 << -0.3 << 0.0 << 1.0 << 1.1;
    QTest::addRow("3PL") << 1.2 << 0.4 << 0.2 << 1.0 << -0.7;
    QTest::addRow("4PL") << 0.9 << 1.0 << 0.1 << 0.9 << 2.0;
}

void TestItemModel::closedForms()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, c);
    QFETCH(double, d);
    QFETCH(double, theta);
    const ItemParameters item = logistic(a, b, c, d);
    const double e = std::exp(a * (theta - b));
    const double p = c + (d - c) * e / (1.0 + e);
    const double dp = a * e * (d - c) / ((1.0 + e) * (1.0 + e));
    QVERIFY(closeRelative(probability(item, theta), p, 1e-14));
    QVERIFY(closeRelative(information(item, theta), dp * dp / (p * (1.0 - p)), 1e-12));
    std::array<double, 2> probs{};
    categoryProbabilities(item, theta, probs);
    QVERIFY(closeRelative(probs[0] + probs[1], 1.0, 1e-15));
    // A response's log-probability and score are those of its category.
    const ResponseTerms right = responseTerms(item, theta, 1);
    const ResponseTerms wrong = responseTerms(item, theta, 0);
    QVERIFY(closeRelative(right.logP, std::log(p), 1e-13));
    QVERIFY(closeRelative(wrong.logP, std::log(1.0 - p), 1e-12));
    QVERIFY(closeRelative(right.score, dp / p, 1e-12));
    QVERIFY(closeRelative(wrong.score, -dp / (1.0 - p), 1e-12));
}

void TestItemModel::scalingConstant()
{
    // D multiplies the slope: an item with D = 1.702 and a equals one with D = 1 and 1.702·a.
    ItemParameters scaled = logistic(1.1, 0.2, 0.15);
    scaled.D = 1.702;
    const ItemParameters plain = logistic(1.1 * 1.702, 0.2, 0.15);
    for (double theta = -3.0; theta <= 3.0; theta += 0.5) {
        QVERIFY(closeRelative(probability(scaled, theta), probability(plain, theta), 1e-14));
        QVERIFY(closeRelative(information(scaled, theta), information(plain, theta), 1e-12));
    }
}

void TestItemModel::derivativesMatchFiniteDifferences_data()
{
    QTest::addColumn<int>("kind");
    QTest::addRow("4PL") << 0;
    QTest::addRow("GRM") << 1;
    QTest::addRow("GPCM") << 2;
}

void TestItemModel::derivativesMatchFiniteDifferences()
{
    QFETCH(int, kind);
    const ItemParameters item = kind == 0 ? logistic(1.3, 0.2, 0.12, 0.95)
        : kind == 1                       ? polytomous(Model::GradedResponse, 1.4, {-1.0, 0.2, 1.5})
                                          : polytomous(Model::GeneralizedPartialCredit, 0.9, {-0.5, 0.8, 0.1});
    const auto k = static_cast<std::size_t>(item.categoryCount());
    const double h = 1e-5;
    for (double theta = -3.0; theta <= 3.0; theta += 0.75) {
        std::vector<CategoryTerms> t(k), lo(k), hi(k);
        categoryTerms(item, theta, t);
        categoryTerms(item, theta - h, lo);
        categoryTerms(item, theta + h, hi);
        double sum = 0.0, info = 0.0;
        for (std::size_t c = 0; c < k; ++c) {
            sum += t[c].p;
            info += t[c].dp * t[c].dp / t[c].p;
            QVERIFY(std::fabs((hi[c].p - lo[c].p) / (2 * h) - t[c].dp) < 1e-7);
            QVERIFY(std::fabs((hi[c].dp - lo[c].dp) / (2 * h) - t[c].d2p) < 1e-7);
        }
        QVERIFY(std::fabs(sum - 1.0) < 1e-14);
        // Information is Σ P'²/P for every model, and the response terms agree with it.
        QVERIFY(closeRelative(information(item, theta), info, 1e-10));
        const ResponseTerms r = responseTerms(item, theta, static_cast<int>(k) - 1);
        QVERIFY(closeRelative(r.information, info, 1e-10));
        QVERIFY(closeRelative(r.score, t[k - 1].dp / t[k - 1].p, 1e-12));
    }
}

void TestItemModel::numericallySafe_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("d");
    QTest::addRow("steep 2PL") << 0 << 80.0 << 9.5 << 0.0 << 1.0;
    QTest::addRow("steep 4PL") << 0 << 200.0 << -9.9 << 0.3 << 0.7;
    QTest::addRow("flat 3PL") << 0 << 1e-6 << 0.0 << 0.99 << 1.0;
    QTest::addRow("far 2PL") << 0 << 3.0 << 1e6 << 0.0 << 1.0;
    QTest::addRow("steep GRM") << 1 << 60.0 << 0.0 << 0.0 << 0.0;
    QTest::addRow("steep GPCM") << 2 << 60.0 << 0.0 << 0.0 << 0.0;
}

void TestItemModel::numericallySafe()
{
    QFETCH(int, kind);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, c);
    QFETCH(double, d);
    const ItemParameters item = kind == 0 ? logistic(a, b, c, d)
        : kind == 1                       ? polytomous(Model::GradedResponse, a, {-8.0, -0.1, 0.1, 9.0})
                                          : polytomous(Model::GeneralizedPartialCredit, a, {-8.0, 9.0, -9.0, 0.0});
    QVERIFY(validateParameters(item).isEmpty());
    const int k = item.categoryCount();
    for (double theta = -10.0; theta <= 10.0; theta += 0.01) {
        const double info = information(item, theta);
        QVERIFY2(std::isfinite(info) && info >= 0.0, qPrintable(QString::number(theta)));
        for (int cat = 0; cat < k; ++cat) {
            const ResponseTerms r = responseTerms(item, theta, cat);
            QVERIFY(std::isfinite(r.logP) && r.logP <= 0.0);
            QVERIFY(std::isfinite(r.score) && std::isfinite(r.information) && std::isfinite(r.j));
        }
    }
}

void TestItemModel::maximumInformationIsABound_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("d");
    QTest::addRow("2PL") << 1.5 << 0.3 << 0.0 << 1.0;
    QTest::addRow("3PL") << 2.1 << -1.0 << 0.25 << 1.0;
    QTest::addRow("4PL") << 0.7 << 2.0 << 0.1 << 0.8;
    QTest::addRow("outside") << 1.0 << 14.0 << 0.2 << 0.95;
}

void TestItemModel::maximumInformationIsABound()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, c);
    QFETCH(double, d);
    const ItemParameters item = logistic(a, b, c, d);
    const double bound = maximumInformation(item);
    double best = 0.0;
    for (double theta = -10.0; theta <= 20.0; theta += 0.0005) {
        const double info = information(item, theta);
        QVERIFY(info <= bound);
        best = std::max(best, info);
    }
    QVERIFY(bound <= best * (1.0 + 1e-5)); // tight
    if (c == 0.0 && d == 1.0) {
        QVERIFY(closeRelative(best, a * a / 4.0, 1e-6));
    }
}

void TestItemModel::validation_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("d");
    QTest::addColumn<bool>("valid");
    QTest::addRow("ok") << 0 << 1.0 << 0.2 << 1.0 << true;
    QTest::addRow("a zero") << 0 << 0.0 << 0.0 << 1.0 << false;
    QTest::addRow("a negative") << 0 << -1.0 << 0.0 << 1.0 << false;
    QTest::addRow("a nan") << 0 << std::nan("") << 0.0 << 1.0 << false;
    QTest::addRow("c negative") << 0 << 1.0 << -0.1 << 1.0 << false;
    QTest::addRow("c one") << 0 << 1.0 << 1.0 << 1.0 << false;
    QTest::addRow("d below c") << 0 << 1.0 << 0.3 << 0.3 << false;
    QTest::addRow("d above one") << 0 << 1.0 << 0.0 << 1.1 << false;
    QTest::addRow("GRM unordered") << 1 << 1.0 << 0.0 << 0.0 << false;
    QTest::addRow("GPCM unordered") << 2 << 1.0 << 0.0 << 0.0 << true;
}

void TestItemModel::validation()
{
    QFETCH(int, kind);
    QFETCH(double, a);
    QFETCH(double, c);
    QFETCH(double, d);
    QFETCH(bool, valid);
    const ItemParameters item = kind == 0 ? logistic(a, 0.0, c, d)
        : kind == 1                       ? polytomous(Model::GradedResponse, a, {0.5, -0.5})
                                          : polytomous(Model::GeneralizedPartialCredit, a, {0.5, -0.5});
    const QString message = validateParameters(item);
    QCOMPARE(message.isEmpty(), valid);
    ItemParameters empty = polytomous(Model::GradedResponse, 1.0, {});
    QVERIFY(!validateParameters(empty).isEmpty());
}

void TestItemModel::modelNames()
{
    for (Model m : {Model::OnePL, Model::TwoPL, Model::ThreePL, Model::FourPL, Model::GradedResponse,
             Model::GeneralizedPartialCredit}) {
        Model parsed = Model::TwoPL;
        QVERIFY(parseModel(modelName(m).toLower(), &parsed));
        QCOMPARE(parsed, m);
    }
    Model unused = Model::TwoPL;
    QVERIFY(!parseModel(QStringLiteral("5PL"), &unused));
}

// Chance floors: P*(X ≥ k) = F_k + (1 − F_k)·P(X ≥ k) gives a distribution over the categories,
// strictly positive and summing to 1, at any θ, for both polytomous models.
void TestItemModel::floorsGiveProbabilities_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<std::vector<double>>("floors");
    QTest::addRow("GRM") << 1 << std::vector<double>{0.6, 0.3, 0.05};
    QTest::addRow("GPCM") << 2 << std::vector<double>{0.6, 0.3, 0.05};
    QTest::addRow("GRM equal floors") << 1 << std::vector<double>{0.25, 0.25, 0.25};
    QTest::addRow("GPCM zero top floor") << 2 << std::vector<double>{0.5, 0.1, 0.0};
}

void TestItemModel::floorsGiveProbabilities()
{
    QFETCH(int, kind);
    QFETCH(std::vector<double>, floors);
    const ItemParameters item = withFloors(kind, floors);
    QVERIFY(validateParameters(item).isEmpty());
    ItemParameters plain = item;
    plain.floors.clear();
    const auto k = static_cast<std::size_t>(item.categoryCount());
    for (double theta : {-10.0, -3.0, 0.0, 2.0, 10.0}) {
        std::vector<double> p(k), q(k);
        categoryProbabilities(item, theta, p);
        categoryProbabilities(plain, theta, q);
        double sum = 0.0;
        for (double x : p) {
            QVERIFY2(x > 0.0 && std::isfinite(x), qPrintable(QString::number(theta)));
            sum += x;
        }
        QVERIFY2(std::fabs(sum - 1.0) < 1e-12, qPrintable(QString::number(sum - 1.0, 'g', 17)));
        // The cumulative form holds at every k.
        const std::vector<double> s = survival(p), s0 = survival(q);
        for (std::size_t c = 1; c < k; ++c) {
            const double f = floors[c - 1];
            QVERIFY(std::fabs(s[c] - (f + (1.0 - f) * s0[c])) < 1e-12);
        }
        // log P and the response terms are those of the same probabilities.
        for (std::size_t c = 0; c < k; ++c) {
            QVERIFY(closeRelative(logProbability(item, theta, static_cast<int>(c)), std::log(p[c]), 1e-12));
            QVERIFY(closeRelative(responseTerms(item, theta, static_cast<int>(c)).logP, std::log(p[c]), 1e-12));
        }
    }
}

void TestItemModel::floorsDerivativesMatchFiniteDifferences_data()
{
    floorsGiveProbabilities_data();
}

void TestItemModel::floorsDerivativesMatchFiniteDifferences()
{
    QFETCH(int, kind);
    QFETCH(std::vector<double>, floors);
    const ItemParameters item = withFloors(kind, floors);
    const auto k = static_cast<std::size_t>(item.categoryCount());
    const double h = 1e-4;
    // Central differences of p and p' against p' and p''; relative, with a floor of scale so that
    // derivatives near 0 (far from the steps) are compared absolutely at 1e-8.
    const auto near
        = [](double fd, double exact) { return std::fabs(fd - exact) <= 1e-6 * std::max(std::fabs(exact), 1e-2); };
    for (double theta = -4.0; theta <= 4.0; theta += 0.25) {
        std::vector<CategoryTerms> t(k), lo(k), hi(k);
        categoryTerms(item, theta, t);
        categoryTerms(item, theta - h, lo);
        categoryTerms(item, theta + h, hi);
        double info = 0.0, j = 0.0, dpSum = 0.0, d2pSum = 0.0;
        for (std::size_t c = 0; c < k; ++c) {
            const double dp = (hi[c].p - lo[c].p) / (2 * h), d2p = (hi[c].dp - lo[c].dp) / (2 * h);
            QVERIFY2(near(dp, t[c].dp),
                qPrintable(
                    QStringLiteral("θ %1, category %2: dp %3, difference %4").arg(theta).arg(c).arg(t[c].dp).arg(dp)));
            QVERIFY2(near(d2p, t[c].d2p),
                qPrintable(QStringLiteral("θ %1, category %2: d2p %3, difference %4")
                               .arg(theta)
                               .arg(c)
                               .arg(t[c].d2p)
                               .arg(d2p)));
            info += t[c].dp * t[c].dp / t[c].p;
            j += t[c].dp * t[c].d2p / t[c].p;
            dpSum += t[c].dp;
            d2pSum += t[c].d2p;
        }
        // The probabilities sum to 1 at every θ, so their derivatives sum to 0.
        QVERIFY(std::fabs(dpSum) < 1e-12);
        QVERIFY(std::fabs(d2pSum) < 1e-12);
        // Information is Σ P'²/P, and the response terms agree with it.
        QVERIFY(info > 0.0);
        QVERIFY2(closeRelative(information(item, theta), info, 1e-12), qPrintable(QString::number(theta)));
        for (std::size_t c = 0; c < k; ++c) {
            const ResponseTerms r = responseTerms(item, theta, static_cast<int>(c));
            QVERIFY(closeRelative(r.information, info, 1e-12));
            QVERIFY(std::fabs(r.j - j) <= 1e-12 * std::max(std::fabs(j), 1.0));
            QVERIFY(std::fabs(r.score - t[c].dp / t[c].p) <= 1e-12 * std::max(std::fabs(r.score), 1.0));
        }
    }
    // Floors of 0 are no floors at all.
    ItemParameters zero = withFloors(kind, std::vector<double>(k - 1, 0.0)), none = withFloors(kind, {});
    for (double theta : {-3.0, 0.0, 2.0}) {
        std::vector<CategoryTerms> a(k), b(k);
        categoryTerms(zero, theta, a);
        categoryTerms(none, theta, b);
        for (std::size_t c = 0; c < k; ++c) {
            QVERIFY(std::fabs(a[c].p - b[c].p) < 1e-15);
            QVERIFY(std::fabs(a[c].dp - b[c].dp) < 1e-14);
            QVERIFY(std::fabs(a[c].d2p - b[c].d2p) < 1e-14);
        }
        QVERIFY(closeRelative(information(zero, theta), information(none, theta), 1e-12));
    }
}

// As θ → −∞ a pupil knows nothing: P(X ≥ k) tends to its floor F_k, the chance distribution
// P(X = k) = F_k − F_{k+1}; the floors are approached ever closer as θ decreases.
void TestItemModel::floorsAreTheChanceDistributionAtLowAbility_data()
{
    floorsGiveProbabilities_data();
}

void TestItemModel::floorsAreTheChanceDistributionAtLowAbility()
{
    QFETCH(int, kind);
    QFETCH(std::vector<double>, floors);
    const ItemParameters item = withFloors(kind, floors);
    const auto k = static_cast<std::size_t>(item.categoryCount());
    const auto distance = [&](double theta) {
        std::vector<double> p(k);
        categoryProbabilities(item, theta, p);
        const std::vector<double> s = survival(p);
        double worst = 0.0;
        for (std::size_t c = 1; c < k; ++c) {
            worst = std::max(worst, std::fabs(s[c] - floors[c - 1]));
            const double chance = floors[c - 1] - (c + 1 < k ? floors[c] : 0.0);
            worst = std::max(worst, std::fabs(p[c] - chance));
        }
        worst = std::max(worst, std::fabs(p[0] - (1.0 - floors[0])));
        return worst;
    };
    QVERIFY2(distance(-10.0) < 1e-3, qPrintable(QString::number(distance(-10.0))));
    QVERIFY(distance(-10.0) < distance(-6.0));
    QVERIFY(distance(-6.0) < distance(-3.0));
    // Far above, every pupil gets the top category whatever the floors.
    std::vector<double> top(k);
    categoryProbabilities(item, 10.0, top);
    QVERIFY(top[k - 1] > 0.999);
}

void TestItemModel::floorsValidation_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<std::vector<double>>("floors");
    QTest::addColumn<bool>("valid");
    for (int kind : {1, 2}) {
        const char *model = kind == 1 ? "GRM" : "GPCM";
        QTest::addRow("%s none", model) << kind << std::vector<double>{} << true;
        QTest::addRow("%s decreasing", model) << kind << std::vector<double>{0.5, 0.2, 0.1} << true;
        QTest::addRow("%s equal", model) << kind << std::vector<double>{0.3, 0.3, 0.3} << true;
        QTest::addRow("%s zeros", model) << kind << std::vector<double>{0.0, 0.0, 0.0} << true;
        QTest::addRow("%s too few", model) << kind << std::vector<double>{0.5, 0.2} << false;
        QTest::addRow("%s too many", model) << kind << std::vector<double>{0.5, 0.2, 0.1, 0.05} << false;
        QTest::addRow("%s negative", model) << kind << std::vector<double>{0.5, 0.2, -0.01} << false;
        QTest::addRow("%s one", model) << kind << std::vector<double>{1.0, 0.2, 0.1} << false;
        QTest::addRow("%s above one", model) << kind << std::vector<double>{1.5, 0.2, 0.1} << false;
        QTest::addRow("%s increasing", model) << kind << std::vector<double>{0.2, 0.3, 0.1} << false;
        QTest::addRow("%s increasing at the top", model) << kind << std::vector<double>{0.5, 0.2, 0.25} << false;
        QTest::addRow("%s nan", model) << kind << std::vector<double>{0.5, std::nan(""), 0.1} << false;
    }
}

void TestItemModel::floorsValidation()
{
    QFETCH(int, kind);
    QFETCH(std::vector<double>, floors);
    QFETCH(bool, valid);
    const QString message = validateParameters(withFloors(kind, floors));
    QVERIFY2(message.isEmpty() == valid, qPrintable(message));
    if (!valid) {
        QVERIFY2(message.contains(QStringLiteral("floor")), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestItemModel)
#include "TestItemModel.moc"
