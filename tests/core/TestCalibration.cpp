#include "TestData.h"
#include "bank/ItemBank.h"
#include "calibration/Calibration.h"
#include "calibration/ItemAnalysis.h"
#include "cat/Simulation.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numeric>

using namespace aicet;

namespace {

// A mirt response matrix (header person,1,…,J; 0/1 cells; gzip when the name ends in .gz).
cat::ResponseMatrix readMatrix(const QString &path)
{
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".gz"))) {
        QProcess gunzip;
        gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
        if (!gunzip.waitForFinished(60000)) {
            qFatal("gzip failed on %s", qPrintable(path));
        }
        bytes = gunzip.readAllStandardOutput();
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(path));
        }
        bytes = f.readAll();
    }
    cat::ResponseMatrix m;
    const QList<QByteArray> lines = bytes.split('\n');
    m.items = static_cast<int>(lines.first().split(',').size()) - 1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].trimmed().split(',');
        if (cells.size() != m.items + 1) {
            continue;
        }
        m.candidates.push_back(QString::fromLatin1(cells[0]));
        for (qsizetype j = 1; j < cells.size(); ++j) {
            m.cells.push_back(
                cells[j].isEmpty() ? static_cast<signed char>(-1) : static_cast<signed char>(cells[j].toInt()));
        }
    }
    return m;
}

std::vector<QHash<QString, QString>> rows(const QString &name)
{
    return test::readCsvRows(test::sourcePath(QStringLiteral("tests/data/conformance/mirt/") + name));
}

double mirtLogLikelihood(const QString &dataset)
{
    for (const auto &row : rows(QStringLiteral("fit_summary.csv"))) {
        if (row.value(QStringLiteral("dataset")) == dataset) {
            return row.value(QStringLiteral("logLik")).toDouble();
        }
    }
    qFatal("no %s in fit_summary.csv", qPrintable(dataset));
}

std::vector<calibration::ItemSpec> specs(int items, irt::Model model)
{
    std::vector<calibration::ItemSpec> out(static_cast<std::size_t>(items));
    for (auto &s : out) {
        s.model = model;
        s.start.model = model;
    }
    return out;
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoPlAsMirt_data();
    void twoPlAsMirt();
    void threePlAtLeastMirtsLikelihood();
    void sameOnAnyNumberOfThreads();
    void fixedItemsKeepTheirParameters();
    void polytomousRecovery_data();
    void polytomousRecovery();
    void anchorsSetTheScale();
    void standardErrorsMatchTheSpread();
    void itemAnalysisFindsTheFaults();
    void sparseAndDenseLikelihoods();
    void chiSquareTail();
    void summedScoreFit();
    void differentialFunctioning();
    void dimensionality();
    void optionShares();
    void chanceFloorsFixed();
    void refusals();
};

void TestCalibration::twoPlAsMirt_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addRow("2000x30") << QStringLiteral("2PL_2000x30");
    QTest::addRow("10000x100") << QStringLiteral("2PL_10000x100");
}

// mirt's own fits: at least its log-likelihood (within 0.01) and every parameter within 0.01 in
// the slope–intercept form mirt reports (a1, d), and no worse a recovery of the true values.
void TestCalibration::twoPlAsMirt()
{
    QFETCH(QString, dataset);
    const QString resp
        = QStringLiteral("resp_%1.csv%2")
              .arg(dataset, dataset == QLatin1String("2PL_10000x100") ? QStringLiteral(".gz") : QString());
    const cat::ResponseMatrix m = readMatrix(test::sourcePath(QStringLiteral("tests/data/conformance/mirt/") + resp));
    const auto mirt = rows(QStringLiteral("est_%1.csv").arg(dataset));
    const auto truth = rows(QStringLiteral("true_%1.csv").arg(dataset));
    QCOMPARE(static_cast<int>(mirt.size()), m.items);
    const calibration::Result r = calibration::calibrate(m, specs(m.items, irt::Model::TwoPL), {});
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.converged);
    const double reference = mirtLogLikelihood(dataset);
    QVERIFY2(r.logLikelihood >= reference - 0.01,
        qPrintable(QStringLiteral("%1 against mirt's %2").arg(r.logLikelihood, 0, 'f', 6).arg(reference, 0, 'f', 6)));
    double worst = 0.0, oursA = 0.0, oursB = 0.0, mirtA = 0.0, mirtB = 0.0;
    for (int j = 0; j < m.items; ++j) {
        const irt::ItemParameters &p = r.items[static_cast<std::size_t>(j)];
        const auto &e = mirt[static_cast<std::size_t>(j)];
        const auto &t = truth[static_cast<std::size_t>(j)];
        worst = std::max({worst, std::fabs(p.a - e.value(QStringLiteral("a1")).toDouble()),
            std::fabs(-p.a * p.b - e.value(QStringLiteral("d")).toDouble())});
        const double ta = t.value(QStringLiteral("a")).toDouble(), tb = t.value(QStringLiteral("b")).toDouble();
        oursA += (p.a - ta) * (p.a - ta);
        oursB += (p.b - tb) * (p.b - tb);
        mirtA += std::pow(e.value(QStringLiteral("a")).toDouble() - ta, 2);
        mirtB += std::pow(e.value(QStringLiteral("b")).toDouble() - tb, 2);
    }
    QVERIFY2(worst < 0.01, qPrintable(QStringLiteral("largest difference from mirt %1").arg(worst)));
    QVERIFY(std::sqrt(oursA / m.items) <= std::sqrt(mirtA / m.items) + 1e-3);
    QVERIFY(std::sqrt(oursB / m.items) <= std::sqrt(mirtB / m.items) + 1e-3);
}

// mirt's 3PL fit (no prior on c) stopped after 500 and 5000 cycles without converging; without a
// prior either, AICET's reaches at least its log-likelihood.
void TestCalibration::threePlAtLeastMirtsLikelihood()
{
    const cat::ResponseMatrix m
        = readMatrix(test::sourcePath(QStringLiteral("tests/data/conformance/mirt/resp_3PL_2000x30.csv")));
    calibration::Settings s;
    s.guessingAlpha = s.guessingBeta = 1.0; // no prior, as mirt's fit
    s.maxCycles = 5000;
    const calibration::Result r = calibration::calibrate(m, specs(m.items, irt::Model::ThreePL), s);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    const double reference = mirtLogLikelihood(QStringLiteral("3PL_2000x30"));
    QVERIFY2(r.logLikelihood >= reference,
        qPrintable(QStringLiteral("%1 against mirt's %2 (%3 cycles)")
                       .arg(r.logLikelihood, 0, 'f', 6)
                       .arg(reference, 0, 'f', 6)
                       .arg(r.cycles)));
    // With the default Beta(5, 17) prior every c stays in a plausible range.
    const calibration::Result withPrior = calibration::calibrate(m, specs(m.items, irt::Model::ThreePL), {});
    QVERIFY2(withPrior.error.isEmpty() && withPrior.converged, qPrintable(withPrior.error));
    for (const irt::ItemParameters &p : withPrior.items) {
        QVERIFY(p.c > 0.01 && p.c < 0.5);
    }
}

void TestCalibration::sameOnAnyNumberOfThreads()
{
    const cat::ResponseMatrix m
        = readMatrix(test::sourcePath(QStringLiteral("tests/data/conformance/mirt/resp_2PL_2000x30.csv")));
    calibration::Settings one, four;
    one.threads = 1;
    four.threads = 4;
    const calibration::Result a = calibration::calibrate(m, specs(m.items, irt::Model::TwoPL), one);
    const calibration::Result b = calibration::calibrate(m, specs(m.items, irt::Model::TwoPL), four);
    QCOMPARE(a.cycles, b.cycles);
    QCOMPARE(a.logLikelihood, b.logLikelihood); // bit for bit
    for (std::size_t j = 0; j < a.items.size(); ++j) {
        QCOMPARE(a.items[j].a, b.items[j].a);
        QCOMPARE(a.items[j].b, b.items[j].b);
    }
}

// Anchors keep their parameters; the others are estimated with them in the likelihood.
void TestCalibration::fixedItemsKeepTheirParameters()
{
    const cat::ResponseMatrix m
        = readMatrix(test::sourcePath(QStringLiteral("tests/data/conformance/mirt/resp_2PL_2000x30.csv")));
    const auto truth = rows(QStringLiteral("true_2PL_2000x30.csv"));
    auto items = specs(m.items, irt::Model::TwoPL);
    for (int j = 0; j < 20; ++j) {
        auto &s = items[static_cast<std::size_t>(j)];
        s.fixed = true;
        s.start.a = truth[static_cast<std::size_t>(j)].value(QStringLiteral("a")).toDouble();
        s.start.b = truth[static_cast<std::size_t>(j)].value(QStringLiteral("b")).toDouble();
    }
    const calibration::Result r = calibration::calibrate(m, items, {});
    QVERIFY2(r.error.isEmpty() && r.converged, qPrintable(r.error));
    for (int j = 0; j < m.items; ++j) {
        const irt::ItemParameters &p = r.items[static_cast<std::size_t>(j)];
        const double ta = truth[static_cast<std::size_t>(j)].value(QStringLiteral("a")).toDouble();
        const double tb = truth[static_cast<std::size_t>(j)].value(QStringLiteral("b")).toDouble();
        if (j < 20) {
            QCOMPARE(p.a, ta);
            QCOMPARE(p.b, tb);
        } else {
            QVERIFY2(std::fabs(p.a - ta) < 0.3 && std::fabs(p.b - tb) < 0.3, qPrintable(QString::number(j)));
        }
    }
}

void TestCalibration::polytomousRecovery_data()
{
    QTest::addColumn<int>("model");
    QTest::addRow("GPCM") << static_cast<int>(irt::Model::GeneralizedPartialCredit);
    QTest::addRow("GRM") << static_cast<int>(irt::Model::GradedResponse);
}

// Known parameters, 5000 simulated persons (N(0,1)), 8 partial-credit items of 4 scores with 12
// 2PL items: every slope within 0.2 of the truth and 0.06 on average, every step within 0.25
// (sampling error at this size is about 0.05-0.07 for a slope, 0.05-0.1 for a step).
void TestCalibration::polytomousRecovery()
{
    QFETCH(int, model);
    const auto polytomous = static_cast<irt::Model>(model);
    cat::Random rng(2026);
    std::vector<irt::ItemParameters> truth;
    for (int j = 0; j < 20; ++j) {
        irt::ItemParameters p;
        p.a = 0.8 + rng.uniform();
        if (j < 8) {
            p.model = polytomous;
            const double centre = -1.0 + 2.0 * rng.uniform();
            p.steps = {centre - 0.9, centre, centre + 0.9};
            if (polytomous == irt::Model::GeneralizedPartialCredit && j % 2 == 1) {
                std::swap(p.steps[0], p.steps[1]); // a reversed step, which GPCM allows
            }
        } else {
            p.model = irt::Model::TwoPL;
            p.b = -2.0 + 4.0 * rng.uniform();
        }
        truth.push_back(p);
    }
    const std::vector<double> theta = cat::normalSample(5000, 0.0, 1.0, 77);
    cat::ResponseMatrix m;
    m.items = 20;
    for (std::size_t i = 0; i < theta.size(); ++i) {
        m.candidates.push_back(QString::number(i));
        for (const irt::ItemParameters &p : truth) {
            m.cells.push_back(static_cast<signed char>(cat::drawCategory(p, theta[i], rng)));
        }
    }
    std::vector<calibration::ItemSpec> items = specs(20, irt::Model::TwoPL);
    for (int j = 0; j < 8; ++j) {
        items[static_cast<std::size_t>(j)].model = polytomous;
        items[static_cast<std::size_t>(j)].start.model = polytomous;
    }
    const calibration::Result r = calibration::calibrate(m, items, {});
    QVERIFY2(r.error.isEmpty() && r.converged, qPrintable(r.error));
    double worstA = 0.0, worstStep = 0.0, sumA = 0.0;
    for (int j = 0; j < 20; ++j) {
        const irt::ItemParameters &e = r.items[static_cast<std::size_t>(j)];
        const irt::ItemParameters &t = truth[static_cast<std::size_t>(j)];
        QCOMPARE(e.model, t.model);
        worstA = std::max(worstA, std::fabs(e.a - t.a));
        sumA += std::fabs(e.a - t.a);
        if (j < 8) {
            QCOMPARE(e.steps.size(), t.steps.size());
            for (std::size_t v = 0; v < t.steps.size(); ++v) {
                worstStep = std::max(worstStep, std::fabs(e.steps[v] - t.steps[v]));
            }
        }
    }
    QVERIFY2(worstA < 0.2 && sumA / 20.0 < 0.06 && worstStep < 0.25,
        qPrintable(QStringLiteral("slope %1 (mean %2), step %3").arg(worstA).arg(sumA / 20.0).arg(worstStep)));
    // The estimates explain the data at least as well as the truth does.
    QVERIFY(r.logLikelihood >= calibration::marginalLogLikelihood(m, truth, {}));
}

// Fixed-item calibration: pupils from N(0.5, 1.2²) answer 20 anchors (known parameters) and 10
// new items. With the ability distribution estimated on the anchors' scale, the new items are
// recovered on that scale; with N(0, 1) imposed they would be shifted and stretched.
void TestCalibration::anchorsSetTheScale()
{
    cat::Random rng(31);
    std::vector<irt::ItemParameters> truth(30);
    for (auto &p : truth) {
        p.a = 0.8 + rng.uniform();
        p.b = -1.5 + 3.0 * rng.uniform();
    }
    const std::vector<double> theta = cat::normalSample(6000, 0.5, 1.2, 32);
    cat::ResponseMatrix m;
    m.items = 30;
    for (std::size_t i = 0; i < theta.size(); ++i) {
        m.candidates.push_back(QString::number(i));
        for (const irt::ItemParameters &p : truth) {
            m.cells.push_back(static_cast<signed char>(cat::drawCategory(p, theta[i], rng)));
        }
    }
    auto items = specs(30, irt::Model::TwoPL);
    for (int j = 0; j < 20; ++j) {
        items[static_cast<std::size_t>(j)].fixed = true;
        items[static_cast<std::size_t>(j)].start = truth[static_cast<std::size_t>(j)];
    }
    const calibration::Result r = calibration::calibrate(m, items, {});
    QVERIFY2(r.error.isEmpty() && r.converged, qPrintable(r.error));
    QVERIFY2(std::fabs(r.latentMean - 0.5) < 0.06 && std::fabs(r.latentSd - 1.2) < 0.06,
        qPrintable(QStringLiteral("N(%1, %2²)").arg(r.latentMean).arg(r.latentSd)));
    double worst = 0.0;
    for (int j = 20; j < 30; ++j) {
        const irt::ItemParameters &e = r.items[static_cast<std::size_t>(j)];
        const irt::ItemParameters &t = truth[static_cast<std::size_t>(j)];
        worst = std::max({worst, std::fabs(e.a - t.a), std::fabs(e.b - t.b)});
    }
    QVERIFY2(worst < 0.15, qPrintable(QStringLiteral("new items within %1 of the truth").arg(worst)));
    // The same data with N(0, 1) imposed: the new items' difficulties are further from the
    // anchors' scale (a latent distribution that does not fit is partly absorbed by them).
    calibration::Settings imposed;
    imposed.estimateLatent = false;
    const calibration::Result off = calibration::calibrate(m, items, imposed);
    QVERIFY(off.error.isEmpty());
    double onScale = 0.0, offScale = 0.0;
    for (int j = 20; j < 30; ++j) {
        const double tb = truth[static_cast<std::size_t>(j)].b;
        onScale += std::fabs(r.items[static_cast<std::size_t>(j)].b - tb);
        offScale += std::fabs(off.items[static_cast<std::size_t>(j)].b - tb);
    }
    QVERIFY2(onScale < 0.7 * offScale, qPrintable(QStringLiteral("%1 against %2").arg(onScale).arg(offScale)));
    QVERIFY(r.logLikelihood > off.logLikelihood);
}

// The reported standard errors against the spread of the estimates over 60 replications (1000
// persons, 10 2PL items and 2 GPCM items): on average over the items, their ratio lies within
// [0.8, 1.25] for the slopes and the difficulties.
void TestCalibration::standardErrorsMatchTheSpread()
{
    std::vector<irt::ItemParameters> truth(12);
    for (std::size_t j = 0; j < truth.size(); ++j) {
        truth[j].a = 0.8 + 0.1 * static_cast<double>(j % 6);
        truth[j].b = -1.5 + 0.3 * static_cast<double>(j);
        if (j >= 10) {
            truth[j].model = irt::Model::GeneralizedPartialCredit;
            truth[j].steps = {-0.8, 0.0, 0.8};
        }
    }
    auto items = specs(12, irt::Model::TwoPL);
    for (std::size_t j = 10; j < 12; ++j) {
        items[j].model = irt::Model::GeneralizedPartialCredit;
        items[j].start.model = irt::Model::GeneralizedPartialCredit;
    }
    calibration::Settings s;
    s.standardErrors = true;
    const int replications = 60;
    std::vector<std::vector<double>> estimates(12 * 4), errors(12 * 4);
    cat::Random rng(41);
    for (int rep = 0; rep < replications; ++rep) {
        const std::vector<double> theta = cat::normalSample(1000, 0.0, 1.0, static_cast<std::uint64_t>(100 + rep));
        cat::ResponseMatrix m;
        m.items = 12;
        for (std::size_t i = 0; i < theta.size(); ++i) {
            m.candidates.push_back(QString::number(i));
            for (const irt::ItemParameters &p : truth) {
                m.cells.push_back(static_cast<signed char>(cat::drawCategory(p, theta[i], rng)));
            }
        }
        const calibration::Result r = calibration::calibrate(m, items, s);
        QVERIFY2(r.error.isEmpty() && r.converged, qPrintable(r.error));
        QCOMPARE(r.standardErrors.size(), std::size_t(12));
        for (std::size_t j = 0; j < 12; ++j) {
            const irt::ItemParameters &e = r.items[j];
            const std::vector<double> values
                = j < 10 ? std::vector<double>{e.a, e.b} : std::vector<double>{e.a, e.steps[0], e.steps[1], e.steps[2]};
            QCOMPARE(r.standardErrors[j].size(), values.size());
            for (std::size_t v = 0; v < values.size(); ++v) {
                estimates[j * 4 + v].push_back(values[v]);
                errors[j * 4 + v].push_back(r.standardErrors[j][v]);
            }
        }
    }
    auto ratio = [&](std::size_t index) {
        const auto &x = estimates[index];
        double mean = 0.0, sd = 0.0, se = 0.0;
        for (double v : x) {
            mean += v / static_cast<double>(x.size());
        }
        for (double v : x) {
            sd += (v - mean) * (v - mean) / static_cast<double>(x.size() - 1);
        }
        for (double v : errors[index]) {
            se += v / static_cast<double>(x.size());
        }
        return se / std::sqrt(sd);
    };
    double slopes = 0.0, locations = 0.0;
    for (std::size_t j = 0; j < 12; ++j) {
        slopes += ratio(j * 4) / 12.0;
        locations += ratio(j * 4 + 1) / 12.0;
    }
    qInfo("standard error / spread: slopes %.3f, locations %.3f", slopes, locations);
    QVERIFY2(slopes > 0.8 && slopes < 1.25, qPrintable(QStringLiteral("slopes %1").arg(slopes)));
    QVERIFY2(locations > 0.8 && locations < 1.25, qPrintable(QStringLiteral("locations %1").arg(locations)));
}

// 3000 persons, 14 2PL items as the model says, one item that does not follow it (right for the
// weakest and the strongest half alike: a non-monotone pattern), and one item that copies the
// answer to item 0 in 70% of cases (a shared scenario): the misfit, the dependent pair and, with
// 300 persons, the items too few answered are flagged, and nothing else.
void TestCalibration::itemAnalysisFindsTheFaults()
{
    cat::Random rng(51);
    std::vector<irt::ItemParameters> truth(16);
    for (std::size_t j = 0; j < truth.size(); ++j) {
        truth[j].a = 1.0 + 0.05 * static_cast<double>(j);
        truth[j].b = -1.4 + 0.2 * static_cast<double>(j);
    }
    const std::vector<double> theta = cat::normalSample(3000, 0.0, 1.0, 52);
    cat::ResponseMatrix m;
    m.items = 16;
    for (std::size_t i = 0; i < theta.size(); ++i) {
        m.candidates.push_back(QString::number(i));
        int first = 0;
        for (std::size_t j = 0; j < truth.size(); ++j) {
            int x = cat::drawCategory(truth[j], theta[i], rng);
            if (j == 14) {
                x = rng.uniform() < (std::fabs(theta[i]) > 1.0 ? 0.1 : 0.9) ? 1 : 0; // right in the middle only
            }
            if (j == 15 && rng.uniform() < 0.7) {
                x = first;
            }
            if (j == 0) {
                first = x;
            }
            m.cells.push_back(static_cast<signed char>(x));
        }
    }
    const calibration::Result r = calibration::calibrate(m, specs(16, irt::Model::TwoPL), {});
    QVERIFY2(r.error.isEmpty() && r.converged, qPrintable(r.error));
    const calibration::ItemAnalysis a = calibration::analyseItems(m, r.items, {});
    QCOMPARE(a.items.size(), std::size_t(16));
    for (std::size_t j = 0; j < 16; ++j) {
        const auto &s = a.items[j];
        QCOMPARE(s.responses, 3000);
        QVERIFY(!s.fewResponses);
        QVERIFY2(s.misfit == (j == 14), qPrintable(QStringLiteral("item %1: RMSD %2").arg(j).arg(s.rmsd)));
        if (j < 14) {
            QVERIFY2(s.abilityCorrelation > 0.3, qPrintable(QString::number(s.abilityCorrelation)));
        }
    }
    QVERIFY(!a.dependent.empty());
    QCOMPARE(a.dependent.front().first, 0);
    QCOMPARE(a.dependent.front().second, 15);
    for (const auto &d : a.dependent) {
        QVERIFY2(d.first == 0 && d.second == 15,
            qPrintable(QStringLiteral("%1-%2: %3").arg(d.first).arg(d.second).arg(d.q3)));
    }
    QVERIFY(a.meanQ3 < 0.0);
    qInfo("RMSD: misfitting item %.3f, largest of the others %.3f; Q3 of the copied pair %.3f (mean %.3f)",
        a.items[14].rmsd,
        std::max_element(
            a.items.begin(), a.items.begin() + 14, [](const auto &x, const auto &y) { return x.rmsd < y.rmsd; })
            ->rmsd,
        a.dependent.front().q3, a.meanQ3);
    // With 300 persons, every 2PL item is too little answered to be trusted (500 needed).
    cat::ResponseMatrix few = m;
    few.candidates.resize(300);
    few.cells.resize(300 * 16);
    const calibration::ItemAnalysis small = calibration::analyseItems(few, r.items, {});
    QVERIFY(std::all_of(small.items.begin(), small.items.end(), [](const auto &s) { return s.fewResponses; }));
}

// The E-step's two paths (mostly complete data: everyone minus those who skipped an item; sparse
// adaptive data: only what was answered) against a plain computation of the marginal
// log-likelihood, and the recovery of items from a sparse design (3000 persons, 8 of 30 items each).
void TestCalibration::sparseAndDenseLikelihoods()
{
    cat::Random rng(61);
    std::vector<irt::ItemParameters> truth(30);
    for (auto &p : truth) {
        p.a = 0.8 + rng.uniform();
        p.b = -1.5 + 3.0 * rng.uniform();
    }
    // Some partial-credit items among them (the dense path takes them apart from the right/wrong
    // ones, which it tabulates by answer pattern).
    auto itemSpecs = specs(30, irt::Model::TwoPL);
    for (std::size_t j = 3; j < 30; j += 7) {
        truth[j].model = irt::Model::GeneralizedPartialCredit;
        truth[j].steps = {truth[j].b - 0.6, truth[j].b + 0.6};
        itemSpecs[j].model = itemSpecs[j].start.model = irt::Model::GeneralizedPartialCredit;
    }
    const std::vector<double> theta = cat::normalSample(3000, 0.0, 1.0, 62);
    // 8 items each: the sparse path; 27 and 30: the dense one, with and without skipped items.
    for (const int given : {8, 27, 30}) {
        cat::ResponseMatrix m;
        m.items = 30;
        for (std::size_t i = 0; i < theta.size(); ++i) {
            m.candidates.push_back(QString::number(i));
            std::vector<int> order(30);
            std::iota(order.begin(), order.end(), 0);
            for (int k = 29; k > 0; --k) {
                std::swap(order[static_cast<std::size_t>(k)], order[static_cast<std::size_t>(rng.below(k + 1))]);
            }
            std::vector<signed char> row(30, -1);
            for (int k = 0; k < given; ++k) {
                const auto j = static_cast<std::size_t>(order[static_cast<std::size_t>(k)]);
                row[j] = static_cast<signed char>(cat::drawCategory(truth[j], theta[i], rng));
            }
            m.cells.insert(m.cells.end(), row.begin(), row.end());
        }
        const calibration::Result r = calibration::calibrate(m, itemSpecs, {});
        QVERIFY2(r.error.isEmpty() && r.converged, qPrintable(r.error));
        // The marginal log-likelihood computed plainly at the estimates.
        std::vector<double> nodes(61), logW(61);
        double sum = 0.0;
        for (int k = 0; k < 61; ++k) {
            nodes[static_cast<std::size_t>(k)] = -6.0 + 12.0 * k / 60.0;
            sum += std::exp(-0.5 * nodes[static_cast<std::size_t>(k)] * nodes[static_cast<std::size_t>(k)]);
        }
        for (int k = 0; k < 61; ++k) {
            logW[static_cast<std::size_t>(k)]
                = -0.5 * nodes[static_cast<std::size_t>(k)] * nodes[static_cast<std::size_t>(k)] - std::log(sum);
        }
        double plain = 0.0;
        for (std::size_t i = 0; i < theta.size(); ++i) {
            double likelihood = 0.0;
            for (int k = 0; k < 61; ++k) {
                double log = logW[static_cast<std::size_t>(k)];
                for (int j = 0; j < 30; ++j) {
                    if (const int x = m.at(static_cast<int>(i), j); x >= 0) {
                        log += irt::logProbability(
                            r.items[static_cast<std::size_t>(j)], nodes[static_cast<std::size_t>(k)], x);
                    }
                }
                likelihood += std::exp(log);
            }
            plain += std::log(likelihood);
        }
        QVERIFY2(std::fabs(plain - r.logLikelihood) < 1e-6 * std::fabs(plain),
            qPrintable(QStringLiteral("%1 items each: %2 against %3").arg(given).arg(r.logLikelihood).arg(plain)));
        double worst = 0.0;
        for (std::size_t j = 0; j < 30; ++j) {
            worst = std::max(worst, std::fabs(r.items[j].a - truth[j].a));
            for (std::size_t v = 0; v < truth[j].steps.size(); ++v) {
                worst = std::max(worst, std::fabs(r.items[j].steps[v] - truth[j].steps[v]));
            }
            if (truth[j].steps.empty()) {
                worst = std::max(worst, std::fabs(r.items[j].b - truth[j].b));
            }
        }
        QVERIFY2(
            worst < (given == 8 ? 0.4 : 0.25), qPrintable(QStringLiteral("%1 items each: %2").arg(given).arg(worst)));
    }
}

void TestCalibration::chiSquareTail()
{
    // Critical values from the χ² tables, and Q(1, 1) = e^{−1} for 2 df.
    QVERIFY(std::fabs(calibration::chiSquareUpperTail(3.841459, 1) - 0.05) < 1e-6);
    QVERIFY(std::fabs(calibration::chiSquareUpperTail(6.634897, 1) - 0.01) < 1e-6);
    QVERIFY(std::fabs(calibration::chiSquareUpperTail(18.307038, 10) - 0.05) < 1e-6);
    QVERIFY(std::fabs(calibration::chiSquareUpperTail(124.342113, 100) - 0.05) < 1e-6);
    QVERIFY(std::fabs(calibration::chiSquareUpperTail(2.0, 2) - std::exp(-1.0)) < 1e-12);
    QCOMPARE(calibration::chiSquareUpperTail(0.0, 3), 1.0);
    QVERIFY(calibration::chiSquareUpperTail(500.0, 3) < 1e-100);
}

// S-X2 on complete data: under the model it generated, p-values spread as they should (few
// items flagged, S-X2 about its degrees of freedom); an item right in the middle of the scale
// only, and a 3PL item fitted as 2PL by a wide margin, are flagged.
void TestCalibration::summedScoreFit()
{
    cat::Random rng(71);
    std::vector<irt::ItemParameters> truth(24);
    for (auto &p : truth) {
        p.a = 0.7 + rng.uniform();
        p.b = -1.5 + 3.0 * rng.uniform();
    }
    truth[5].model = irt::Model::GeneralizedPartialCredit;
    truth[5].steps = {-0.8, 0.4};
    truth[21].model = irt::Model::ThreePL;
    truth[21].a = 2.0;
    truth[21].b = 0.8;
    truth[21].c = 0.35;
    const std::vector<double> theta = cat::normalSample(4000, 0.0, 1.0, 72);
    cat::ResponseMatrix m;
    m.items = 24;
    for (std::size_t i = 0; i < theta.size(); ++i) {
        m.candidates.push_back(QString::number(i));
        for (std::size_t j = 0; j < truth.size(); ++j) {
            int x = cat::drawCategory(truth[j], theta[i], rng);
            if (j == 22) {
                x = rng.uniform() < (std::fabs(theta[i]) > 1.0 ? 0.15 : 0.85) ? 1 : 0;
            }
            m.cells.push_back(static_cast<signed char>(x));
        }
    }
    auto itemSpecs = specs(24, irt::Model::TwoPL);
    itemSpecs[5].model = itemSpecs[5].start.model = irt::Model::GeneralizedPartialCredit;
    const calibration::Result r = calibration::calibrate(m, itemSpecs, {});
    QVERIFY2(r.error.isEmpty() && r.converged, qPrintable(r.error));
    const calibration::ItemAnalysis a = calibration::analyseItems(m, r.items, {});
    int flagged = 0;
    double ratio = 0.0;
    for (std::size_t j = 0; j < 24; ++j) {
        const auto &st = a.items[j];
        QVERIFY2(st.sx2Df > 0, qPrintable(QStringLiteral("item %1: no S-X2").arg(j)));
        if (j == 21 || j == 22) {
            QVERIFY2(st.sx2Misfit,
                qPrintable(
                    QStringLiteral("item %1: S-X2 %2, df %3, p %4").arg(j).arg(st.sx2).arg(st.sx2Df).arg(st.sx2P)));
            continue;
        }
        flagged += st.sx2Misfit ? 1 : 0;
        ratio += st.sx2 / st.sx2Df / 22.0;
    }
    QVERIFY2(flagged <= 2, qPrintable(QStringLiteral("%1 well-fitting items flagged").arg(flagged)));
    QVERIFY2(ratio > 0.7 && ratio < 1.4, qPrintable(QStringLiteral("mean S-X2/df %1").arg(ratio)));
    qInfo("S-X2: mean S-X2/df of the fitting items %.3f, %d flagged; middle-only item p %.2g, 3PL item p %.2g", ratio,
        flagged, a.items[22].sx2P, a.items[21].sx2P);
    // Incomplete data: no S-X2.
    m.cells[3] = -1;
    const calibration::ItemAnalysis sparse = calibration::analyseItems(m, r.items, {});
    QVERIFY(std::all_of(sparse.items.begin(), sparse.items.end(), [](const auto &st) { return st.sx2Df == 0; }));
}

// DIF between two languages whose pupils differ in ability (the English group 0.5 SD lower): an
// item 1 θ harder in English is C, one 0.53 harder is B (ETS delta about −1.25), a partial-credit item 0.8 harder is
// CC, and the others are A although the groups differ in ability.
void TestCalibration::differentialFunctioning()
{
    cat::Random rng(81);
    std::vector<irt::ItemParameters> truth(20);
    for (auto &p : truth) {
        p.a = 0.8 + 0.6 * rng.uniform();
        p.b = -1.5 + 3.0 * rng.uniform();
    }
    truth[3].a = 1.0;
    truth[7].a = 1.0;
    truth[12].model = irt::Model::GeneralizedPartialCredit;
    truth[12].steps = {-0.7, 0.5};
    const int persons = 5000;
    cat::ResponseMatrix m;
    m.items = 20;
    std::vector<signed char> groups;
    for (int i = 0; i < persons; ++i) {
        const bool english = i % 5 < 2; // 40 %
        const double theta = (english ? -0.5 : 0.0) + cat::normalSample(1, 0.0, 1.0, 82 + i)[0];
        m.candidates.push_back(QString::number(i));
        for (std::size_t j = 0; j < truth.size(); ++j) {
            irt::ItemParameters p = truth[j];
            const double shift = !english ? 0.0 : j == 3 ? 1.0 : j == 7 ? 0.53 : j == 12 ? 0.8 : 0.0;
            p.b += shift;
            for (double &b : p.steps) {
                b += shift;
            }
            m.cells.push_back(static_cast<signed char>(cat::drawCategory(p, theta, rng)));
            groups.push_back(english ? 1 : 0);
        }
    }
    auto itemSpecs = specs(20, irt::Model::TwoPL);
    itemSpecs[12].model = itemSpecs[12].start.model = irt::Model::GeneralizedPartialCredit;
    const calibration::Result r = calibration::calibrate(m, itemSpecs, {});
    QVERIFY2(r.error.isEmpty() && r.converged, qPrintable(r.error));
    const auto truthShiftOf = [](int item) { return item == 3 ? 1.0 : item == 7 ? 0.53 : item == 12 ? 0.8 : 0.0; };
    const auto dif = calibration::analyseDif(m, r.items, {}, r.latentMean, r.latentSd, groups, 2);
    QCOMPARE(dif.size(), std::size_t(20));
    for (const calibration::DifResult &d : dif) {
        QCOMPARE(d.reference, 0);
        QCOMPARE(d.focal, 1);
        const QString what = QStringLiteral("item %1: shift %2 (SE %3), effect %4, %5")
                                 .arg(d.item)
                                 .arg(d.shift)
                                 .arg(d.shiftSe)
                                 .arg(d.effect)
                                 .arg(d.category);
        const QString expected = d.item == 3 ? QStringLiteral("C")
            : d.item == 7                    ? QStringLiteral("B")
            : d.item == 12                   ? QStringLiteral("CC")
                                             : QStringLiteral("A");
        QVERIFY2(d.category == expected, qPrintable(what));
        if (truthShiftOf(d.item) > 0.0) {
            // Harder in English: a negative delta or SMD (ETS's convention).
            QVERIFY2(d.effect < 0.0 && d.shift > 0.0, qPrintable(what));
        }
        const double truthShift = truthShiftOf(d.item);
        // Each group's shift is measured from the same calibrated parameters: their difference is
        // the truth's, within three standard errors.
        QVERIFY2(std::fabs(d.shift - truthShift) < 3.0 * d.shiftSe + 0.05, qPrintable(what));
        qInfo("%s", qPrintable(what));
        QCOMPARE(d.focalResponses, 2000);
        QCOMPARE(d.referenceResponses, 3000);
    }
    // One group only, or too few responses: nothing judged.
    QVERIFY(calibration::analyseDif(m, r.items, {}, 0.0, 1.0, std::vector<signed char>(groups.size(), 0), 2).empty());
}

// Four areas measuring one ability are found to correlate about 1; two pairs of areas measuring
// abilities correlated 0.5 are told apart, with residuals more alike within areas.
void TestCalibration::dimensionality()
{
    for (const double rho : {1.0, 0.5}) {
        cat::Random rng(91);
        std::vector<irt::ItemParameters> truth(32);
        std::vector<int> areas(32);
        for (std::size_t j = 0; j < truth.size(); ++j) {
            truth[j].a = 1.0 + 0.5 * rng.uniform();
            truth[j].b = -1.5 + 3.0 * rng.uniform();
            areas[j] = static_cast<int>(j % 4);
        }
        const auto first = cat::normalSample(3000, 0.0, 1.0, 92), second = cat::normalSample(3000, 0.0, 1.0, 93);
        cat::ResponseMatrix m;
        m.items = 32;
        for (std::size_t i = 0; i < first.size(); ++i) {
            m.candidates.push_back(QString::number(i));
            const double other = rho * first[i] + std::sqrt(1.0 - rho * rho) * second[i];
            for (std::size_t j = 0; j < truth.size(); ++j) {
                m.cells.push_back(
                    static_cast<signed char>(cat::drawCategory(truth[j], areas[j] < 2 ? first[i] : other, rng)));
            }
        }
        const calibration::Result r = calibration::calibrate(m, specs(32, irt::Model::TwoPL), {});
        QVERIFY2(r.error.isEmpty() && r.converged, qPrintable(r.error));
        const calibration::ItemAnalysis a = calibration::analyseItems(m, r.items, {});
        const calibration::Dimensionality d
            = calibration::checkDimensionality(m, r.items, {}, r.latentMean, r.latentSd, areas, 4, a);
        QCOMPARE(d.areas, 4);
        QCOMPARE(d.persons, std::vector<int>(4, 3000));
        const auto at = [&](int x, int y) { return d.correlation[static_cast<std::size_t>(x * 4 + y)]; };
        const QString what = QStringLiteral("ρ %1: r(0,1) %2, r(0,2) %3, r(2,3) %4; Q3 within %5, between %6")
                                 .arg(rho)
                                 .arg(at(0, 1))
                                 .arg(at(0, 2))
                                 .arg(at(2, 3))
                                 .arg(d.q3Within)
                                 .arg(d.q3Between);
        qInfo("%s", qPrintable(what));
        QVERIFY2(std::fabs(at(0, 1) - 1.0) < 0.1 && std::fabs(at(2, 3) - 1.0) < 0.1, qPrintable(what));
        QVERIFY2(std::fabs(at(0, 2) - rho) < 0.1, qPrintable(what));
        QCOMPARE(d.oneAbility, rho == 1.0);
        if (rho < 1.0) {
            QVERIFY2(d.q3Within > d.q3Between + 0.02, qPrintable(what));
        } else {
            QVERIFY2(std::fabs(d.q3Within - d.q3Between) < 0.01, qPrintable(what));
        }
    }
}

// The options of choice items by ability thirds: a sound item's key rises with ability and its
// wrong options fall; an item keyed B whose ablest pupils choose A (the key is wrong) is found,
// with A attractive; items with too few answers, and other types, are left out.
void TestCalibration::optionShares()
{
    ItemBank bank;
    for (const QString &id : {QStringLiteral("sound"), QStringLiteral("miskeyed"), QStringLiteral("rare")}) {
        BankItem item;
        item.id = id;
        item.content.type = ItemType::SingleChoice;
        for (const QString &option : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
            item.content.options.push_back({option, {}});
        }
        item.content.key = {id == QLatin1String("miskeyed") ? QStringLiteral("B") : QStringLiteral("A")};
        bank.items.push_back(item);
    }
    BankItem numeric;
    numeric.id = QStringLiteral("number");
    numeric.content.type = ItemType::Numeric;
    bank.items.push_back(numeric);
    bank.reindex();
    const std::vector<double> abilities = cat::normalSample(600, 0.0, 1.0, 101);
    cat::Random rng(102);
    std::vector<calibration::OptionChoice> choices;
    for (int i = 0; i < 600; ++i) {
        const double right = 1.0 / (1.0 + std::exp(-1.5 * abilities[static_cast<std::size_t>(i)]));
        const auto pick = [&] {
            return rng.uniform() < right ? QStringLiteral("A")
                : rng.uniform() < 0.5    ? QStringLiteral("B")
                                         : QStringLiteral("C");
        };
        choices.push_back({i, 0, {pick()}});
        choices.push_back({i, 1, {pick()}});
        if (i < 60) {
            choices.push_back({i, 2, {pick()}});
        }
        choices.push_back({i, 3, {}});
    }
    const auto options = calibration::analyseOptions(bank, abilities, choices);
    QCOMPARE(options.size(), std::size_t(2));
    const calibration::OptionShares &sound = options[0], &miskeyed = options[1];
    QCOMPARE(sound.item, 0);
    QCOMPARE(sound.options, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(sound.respondents[0] + sound.respondents[1] + sound.respondents[2], 600);
    QVERIFY(!sound.keyDoubt);
    QVERIFY(sound.attractive.isEmpty());
    QVERIFY2(sound.shares[0][2] > sound.shares[0][1] && sound.shares[0][1] > sound.shares[0][0],
        qPrintable(QStringLiteral("%1 %2 %3").arg(sound.shares[0][0]).arg(sound.shares[0][1]).arg(sound.shares[0][2])));
    double total = 0.0;
    for (const auto &share : sound.shares) {
        total += share[1];
    }
    QVERIFY(std::fabs(total - 1.0) < 1e-12); // one option per answer
    QCOMPARE(miskeyed.item, 1);
    QVERIFY(miskeyed.keyDoubt);
    QCOMPARE(miskeyed.attractive, QStringList{QStringLiteral("A")});
}

// Partial-credit items answered with chance floors (as a bank with irt.guessing: chance gives
// them): estimated under the same fixed floors, their parameters are recovered and carry the
// floors; estimated without, they are not.
void TestCalibration::chanceFloorsFixed()
{
    cat::Random rng(111);
    std::vector<irt::ItemParameters> truth(16);
    for (std::size_t j = 0; j < truth.size(); ++j) {
        truth[j].a = 0.8 + 0.8 * rng.uniform();
        truth[j].b = -1.5 + 3.0 * rng.uniform();
        if (j % 4 == 0) {
            truth[j].model = irt::Model::GeneralizedPartialCredit;
            truth[j].steps = {truth[j].b - 0.8, truth[j].b, truth[j].b + 0.8};
            truth[j].floors = {0.6, 0.25, 0.05};
        }
    }
    const auto theta = cat::normalSample(5000, 0.0, 1.0, 112);
    cat::ResponseMatrix m;
    m.items = 16;
    for (std::size_t i = 0; i < theta.size(); ++i) {
        m.candidates.push_back(QString::number(i));
        for (const auto &p : truth) {
            m.cells.push_back(static_cast<signed char>(cat::drawCategory(p, theta[i], rng)));
        }
    }
    double withFloors = 0.0, without = 0.0;
    for (const bool fixed : {true, false}) {
        auto itemSpecs = specs(16, irt::Model::TwoPL);
        for (std::size_t j = 0; j < 16; j += 4) {
            itemSpecs[j].model = itemSpecs[j].start.model = irt::Model::GeneralizedPartialCredit;
            if (fixed) {
                itemSpecs[j].fixedFloors = truth[j].floors;
            }
        }
        const calibration::Result r = calibration::calibrate(m, itemSpecs, {});
        QVERIFY2(r.error.isEmpty() && r.converged, qPrintable(r.error));
        double error = 0.0;
        for (std::size_t j = 0; j < 16; j += 4) {
            QCOMPARE(r.items[j].floors, fixed ? truth[j].floors : std::vector<double>());
            error += std::fabs(r.items[j].a - truth[j].a) / 4.0;
            for (std::size_t v = 0; v < 3; ++v) {
                error += std::fabs(r.items[j].steps[v] - truth[j].steps[v]) / 12.0;
                if (fixed) {
                    QVERIFY2(std::fabs(r.items[j].steps[v] - truth[j].steps[v]) < 0.35,
                        qPrintable(QStringLiteral("item %1 step %2: %3 for %4")
                                       .arg(j)
                                       .arg(v)
                                       .arg(r.items[j].steps[v])
                                       .arg(truth[j].steps[v])));
                }
            }
            if (fixed) {
                QVERIFY2(std::fabs(r.items[j].a - truth[j].a) < 0.25,
                    qPrintable(QStringLiteral("item %1: a %2 for %3").arg(j).arg(r.items[j].a).arg(truth[j].a)));
            }
        }
        (fixed ? withFloors : without) = error;
    }
    qInfo("mean absolute error of the partial-credit items' parameters: %.3f under their floors, %.3f without",
        withFloors, without);
    QVERIFY(withFloors * 2.0 < without);
    // Floors the engine would refuse are refused.
    auto bad = specs(16, irt::Model::TwoPL);
    bad[0].model = bad[0].start.model = irt::Model::GeneralizedPartialCredit;
    bad[0].fixedFloors = {0.2, 0.5, 0.1}; // rising
    QVERIFY(calibration::calibrate(m, bad, {}).error.contains(QStringLiteral("column 1")));
}

void TestCalibration::refusals()
{
    cat::ResponseMatrix m;
    m.items = 2;
    m.candidates = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    m.cells = {1, 1, 0, 1, 1, -1}; // item 2 has no wrong answer
    const calibration::Result r = calibration::calibrate(m, specs(2, irt::Model::TwoPL), {});
    QVERIFY(r.error.contains(QStringLiteral("column 2")));
    const calibration::Result fourPl = calibration::calibrate(m, specs(2, irt::Model::FourPL), {});
    QVERIFY(fourPl.error.contains(QStringLiteral("4PL")));
    // The parameters each calibration estimates (S-X2's degrees of freedom): a GPCM item started
    // without steps counts the steps it was calibrated with.
    calibration::ItemSpec gpcm;
    gpcm.model = irt::Model::GeneralizedPartialCredit;
    irt::ItemParameters calibrated;
    calibrated.model = irt::Model::GeneralizedPartialCredit;
    calibrated.steps = {-1.0, 0.0, 1.0};
    QCOMPARE(calibration::estimatedParameters(gpcm, calibrated), 4);
    calibration::ItemSpec threePl;
    threePl.model = irt::Model::ThreePL;
    QCOMPARE(calibration::estimatedParameters(threePl, {}), 3);
    threePl.fixedGuessing = 0.25;
    QCOMPARE(calibration::estimatedParameters(threePl, {}), 2);
    threePl.fixed = true;
    QCOMPARE(calibration::estimatedParameters(threePl, {}), 0);
    // A 4PL anchor is kept as it is: nothing refused.
    auto anchored = specs(2, irt::Model::TwoPL);
    anchored[1].fixed = true;
    anchored[1].model = anchored[1].start.model = irt::Model::FourPL;
    anchored[1].start.c = 0.1;
    anchored[1].start.d = 0.9;
    const calibration::Result withAnchor = calibration::calibrate(m, anchored, {});
    QVERIFY2(withAnchor.error.isEmpty(), qPrintable(withAnchor.error));
    QCOMPARE(withAnchor.items[1].d, 0.9);
    // A partial-credit item with a score nobody reached.
    cat::ResponseMatrix gap;
    gap.items = 1;
    gap.candidates = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    gap.cells = {0, 2, 2};
    const calibration::Result missing = calibration::calibrate(gap, specs(1, irt::Model::GeneralizedPartialCredit), {});
    QVERIFY2(missing.error.contains(QStringLiteral("nobody scored 1 of 2")), qPrintable(missing.error));
    const calibration::Result wrongCount = calibration::calibrate(m, specs(3, irt::Model::TwoPL), {});
    QVERIFY(!wrongCount.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "TestCalibration.moc"
