#include "TestData.h"
#include "cat/Simulation.h"
#include "io/CsvFormats.h"

#include <QTest>

#include <cmath>

using namespace aicet;
using namespace aicet::cat;

class TestSimulation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void replayMatchesCatR();
    void threadsDoNotChangeResults();
    void modelDrawnAnswers();
    void incompleteReplayIsAnError();

private:
    ItemBank m_bank;
    io::Abilities m_abilities;
    ResponseMatrix m_responses;
};

void TestSimulation::initTestCase()
{
    m_bank = test::conformanceBank();
    QStringList errors;
    auto abilities
        = io::readAbilities(test::dataPath(QStringLiteral("conformance/simulation/true_theta_1000.csv")), &errors);
    QVERIFY2(abilities, qPrintable(errors.join(QLatin1Char('\n'))));
    m_abilities = *abilities;
    auto matrix = io::readResponseMatrix(
        test::dataPath(QStringLiteral("conformance/simulation/resp_1000x300.csv")), m_bank, &errors);
    QVERIFY2(matrix, qPrintable(errors.join(QLatin1Char('\n'))));
    m_responses = *matrix;
    QCOMPARE(m_responses.candidates.size(), std::size_t(1000));
    QCOMPARE(m_responses.candidates, m_abilities.ids);
}

void TestSimulation::replayMatchesCatR()
{
    // catR's randomCAT settings: 30 items, first by MFI at θ = 0, MFI with EAP on 33 nodes.
    TestSpecification spec;
    spec.stopping.minItems = 30;
    spec.stopping.maxItems = 30;
    const AdaptiveEngine engine(m_bank, spec);
    SimulationSettings settings;
    settings.trueTheta = m_abilities.theta;
    settings.ids = m_abilities.ids;
    settings.replay = &m_responses;
    const SimulationResult result = simulate(engine, settings);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));

    const auto reference
        = test::readCsvRows(test::dataPath(QStringLiteral("conformance/simulation/catR_results_300.csv")));
    QCOMPARE(reference.size(), std::size_t(1000));
    int sameSequence = 0;
    double sumSquared = 0.0;
    for (std::size_t i = 0; i < reference.size(); ++i) {
        const SimulatedCandidate &c = result.candidates[i];
        QCOMPARE(c.id, reference[i].value(QStringLiteral("sim_id")));
        std::vector<int> items;
        for (int item : c.items) {
            items.push_back(item + 1);
        }
        const double theta = reference[i].value(QStringLiteral("theta_final")).toDouble();
        const double trueTheta = reference[i].value(QStringLiteral("true_theta")).toDouble();
        sumSquared += (theta - trueTheta) * (theta - trueTheta);
        if (items == test::splitInts(reference[i].value(QStringLiteral("items")))) {
            ++sameSequence;
            QVERIFY(std::fabs(c.theta - theta) < 1e-9);
            QVERIFY(std::fabs(c.se - reference[i].value(QStringLiteral("se_final")).toDouble()) < 1e-9);
        }
    }
    QVERIFY2(sameSequence >= 990, qPrintable(QString::number(sameSequence)));
    const double catRRmse = std::sqrt(sumSquared / 1000.0);
    QVERIFY(std::fabs(result.summary.rmse - catRRmse) < 1e-3);
    QVERIFY(std::fabs(result.summary.rmse - 0.2825) < 5e-4);
    QCOMPARE(result.summary.meanLength, 30.0);
    QVERIFY(std::fabs(result.summary.meanExposure - 0.1) < 1e-12); // 30 of 300 items each
    QCOMPARE(result.summary.maxExposure, 1.0); // everyone starts with the same item
}

void TestSimulation::threadsDoNotChangeResults()
{
    TestSpecification spec;
    spec.exposure.randomesque = 3;
    spec.stopping.maxItems = 15;
    const AdaptiveEngine engine(m_bank, spec);
    SimulationSettings settings;
    settings.trueTheta = normalSample(300, 0.0, 1.0, 5);
    settings.seed = 77;
    settings.threads = 1;
    const SimulationResult one = simulate(engine, settings);
    settings.threads = 2;
    const SimulationResult two = simulate(engine, settings);
    QCOMPARE(one.candidates.size(), two.candidates.size());
    for (std::size_t i = 0; i < one.candidates.size(); ++i) {
        QCOMPARE(one.candidates[i].items, two.candidates[i].items);
        QCOMPARE(one.candidates[i].theta, two.candidates[i].theta);
    }
}

void TestSimulation::modelDrawnAnswers()
{
    TestSpecification spec;
    const AdaptiveEngine engine(m_bank, spec);
    SimulationSettings settings;
    settings.trueTheta = normalSample(2000, 0.0, 1.0, 11);
    const SimulationResult r = simulate(engine, settings);
    QVERIFY(r.error.isEmpty());
    QVERIFY(r.summary.rmse > 0.2 && r.summary.rmse < 0.35);
    QVERIFY(std::fabs(r.summary.bias) < 0.03);
    // A sample from N(0, 1) looks like one.
    double mean = 0.0, var = 0.0;
    for (double t : settings.trueTheta) {
        mean += t;
    }
    mean /= 2000.0;
    for (double t : settings.trueTheta) {
        var += (t - mean) * (t - mean);
    }
    var /= 1999.0;
    QVERIFY(std::fabs(mean) < 0.08 && std::fabs(var - 1.0) < 0.1);
}

void TestSimulation::incompleteReplayIsAnError()
{
    ResponseMatrix partial = m_responses;
    std::fill(partial.cells.begin(), partial.cells.begin() + 300, static_cast<signed char>(-1)); // row 1 empty
    SimulationSettings settings;
    settings.trueTheta = m_abilities.theta;
    settings.ids = m_abilities.ids;
    settings.replay = &partial;
    const SimulationResult r = simulate(AdaptiveEngine(m_bank, TestSpecification{}), settings);
    QVERIFY(r.error.contains(QStringLiteral("no response")));
}

QTEST_GUILESS_MAIN(TestSimulation)
#include "TestSimulation.moc"
