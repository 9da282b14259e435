#include "TestData.h"
#include "bank/BankLoader.h"
#include "cat/AdaptiveEngine.h"
#include "cat/Simulation.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace aicet;
using namespace aicet::cat;

namespace {

// Answers like a candidate of ability θ whose answer is the more likely category (deterministic).
int likelyAnswer(const ItemBank &bank, int item, double theta)
{
    return irt::probability(bank.items[static_cast<std::size_t>(item)].irt, theta) >= 0.5 ? 1 : 0;
}

// Runs a whole test, returning the answers given.
std::vector<Answer> runTest(const AdaptiveEngine &engine, std::uint64_t seed, double theta, CatState *last = nullptr)
{
    CatRun run(engine, seed);
    std::vector<Answer> answers;
    while (!run.state().finished) {
        const int item = run.state().nextItem;
        answers.push_back({item, likelyAnswer(engine.bank(), item, theta)});
        if (!run.answer(answers.back())) {
            qFatal("answer refused: %s", qPrintable(run.state().error));
        }
    }
    if (last) {
        *last = run.state();
    }
    return answers;
}

std::vector<int> itemsOf(const std::vector<Answer> &answers)
{
    std::vector<int> items;
    for (const Answer &a : answers) {
        items.push_back(a.item);
    }
    return items;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replayEqualsIncrementalRun();
    void deterministic();
    void divergenceIsReported();
    void invalidAnswersAreRefused();
    void maxItems();
    void standardErrorTarget();
    void timeLimit();
    void classification();
    void poolExhausted();
    void contentBalancing();
    void enemiesNeverTogether();
    void excludedItemsNeverGiven();
    void pilotItemsAreUnscored();
    void randomesque();
    void sympsonHetterParameters();
    void sympsonHetterCalibration();
    void polytomousItemsInATest();
    void invalidSpecifications();
    void maxPartialCredit();
    void maxPartialCreditOnASyntheticBank();
};

void TestEngine::replayEqualsIncrementalRun()
{
    // Resuming = replaying the stored answers: at every point evaluate() gives the state the
    // running test had.
    const ItemBank bank = test::conformanceBank();
    TestSpecification spec;
    spec.exposure.randomesque = 3;
    const AdaptiveEngine engine(bank, spec);
    CatRun run(engine, 99);
    std::vector<Answer> answers;
    while (!run.state().finished) {
        const CatState replayed = engine.evaluate(99, answers);
        QCOMPARE(replayed.nextItem, run.state().nextItem);
        QCOMPARE(replayed.estimate.theta, run.state().estimate.theta);
        QCOMPARE(replayed.estimate.se, run.state().estimate.se);
        QCOMPARE(replayed.divergedAt, -1);
        answers.push_back({run.state().nextItem, likelyAnswer(bank, run.state().nextItem, 0.8)});
        QVERIFY(run.answer(answers.back()));
    }
    const CatState final = engine.evaluate(99, answers);
    QVERIFY(final.finished);
    QCOMPARE(final.stopReason, StopReason::MaxItems);
    QCOMPARE(final.estimate.theta, run.state().estimate.theta);
    QCOMPARE(final.scored, 30);
}

void TestEngine::deterministic()
{
    const ItemBank bank = test::conformanceBank();
    TestSpecification spec;
    spec.exposure.randomesque = 5;
    const AdaptiveEngine engine(bank, spec);
    const auto a = runTest(engine, 12345, -0.4);
    const auto b = runTest(engine, 12345, -0.4);
    QCOMPARE(itemsOf(a), itemsOf(b));
    // Another seed gives another test (randomesque choice among 5).
    const auto c = runTest(engine, 54321, -0.4);
    QVERIFY(itemsOf(a) != itemsOf(c));
    // Another engine built from the same inputs gives the same test.
    const AdaptiveEngine again(bank, spec);
    QCOMPARE(itemsOf(runTest(again, 12345, -0.4)), itemsOf(a));
}

void TestEngine::divergenceIsReported()
{
    const ItemBank bank = test::conformanceBank();
    const AdaptiveEngine engine(bank, TestSpecification{});
    auto answers = runTest(engine, 1, 0.0);
    answers.resize(5);
    QCOMPARE(engine.evaluate(1, answers).divergedAt, -1);
    // The third answer is for an item the engine would not have chosen there.
    int other = 0;
    while (std::find_if(answers.begin(), answers.end(), [&](const Answer &a) { return a.item == other; })
        != answers.end()) {
        ++other;
    }
    answers[2].item = other;
    const CatState s = engine.evaluate(1, answers);
    QCOMPARE(s.divergedAt, 2);
    QVERIFY(s.error.isEmpty());
    QCOMPARE(s.administered, 5);
}

void TestEngine::invalidAnswersAreRefused()
{
    const ItemBank bank = test::syntheticBank(20);
    TestSpecification spec;
    spec.stopping.maxItems = 3;
    const AdaptiveEngine engine(bank, spec);
    CatRun run(engine, 1);
    const int first = run.state().nextItem;
    QVERIFY(!run.answer({first, 2}));
    QVERIFY(run.state().error.contains(QStringLiteral("not a category")));
    QCOMPARE(run.state().administered, 0);
    QVERIFY(!run.answer({57, 1}));
    QVERIFY(run.answer({first, 1}));
    QVERIFY(!run.answer({first, 0}));
    QVERIFY(run.state().error.contains(QStringLiteral("already given")));
    QVERIFY(run.answer({run.state().nextItem, 0}));
    QVERIFY(run.answer({run.state().nextItem, 1}));
    QVERIFY(run.state().finished);
    QVERIFY(!run.answer({0 == first ? 1 : 0, 1}));
    QVERIFY(run.state().error.contains(QStringLiteral("finished")));
    // The pure function reports the same problems with the answer's position.
    const std::vector<Answer> twice = {{first, 1}, {first, 1}};
    const CatState s = engine.evaluate(1, twice);
    QVERIFY(s.error.startsWith(QStringLiteral("answer 2:")));
}

void TestEngine::maxItems()
{
    const ItemBank bank = test::conformanceBank();
    TestSpecification spec;
    spec.stopping.maxItems = 12;
    CatState last;
    const auto answers = runTest(AdaptiveEngine(bank, spec), 3, 1.0, &last);
    QCOMPARE(answers.size(), std::size_t(12));
    QCOMPARE(last.stopReason, StopReason::MaxItems);
    QCOMPARE(last.nextItem, -1);
}

void TestEngine::standardErrorTarget()
{
    const ItemBank bank = test::conformanceBank();
    TestSpecification spec;
    spec.stopping.maxItems = 60;
    spec.stopping.minItems = 5;
    spec.stopping.seTarget = 0.35;
    const AdaptiveEngine engine(bank, spec);
    CatState last;
    const auto answers = runTest(engine, 3, 0.3, &last);
    QCOMPARE(last.stopReason, StopReason::StandardError);
    QVERIFY(last.estimate.se <= 0.35);
    QVERIFY(answers.size() >= 5);
    // One item fewer, the target was not reached yet.
    std::vector<Answer> shorter(answers.begin(), answers.end() - 1);
    const CatState before = engine.evaluate(3, shorter);
    QVERIFY(!before.finished);
    QVERIFY(before.estimate.se > 0.35);
    // The minimum length holds even when the target is met earlier.
    spec.stopping.seTarget = 0.9;
    spec.stopping.minItems = 8;
    QCOMPARE(runTest(AdaptiveEngine(bank, spec), 3, 0.3).size(), std::size_t(8));
}

void TestEngine::timeLimit()
{
    const ItemBank bank = test::conformanceBank();
    TestSpecification spec;
    spec.stopping.timeLimitSeconds = 600;
    const AdaptiveEngine engine(bank, spec);
    const auto answers = runTest(engine, 3, 0.3);
    const std::vector<Answer> some(answers.begin(), answers.begin() + 4);
    const CatState running = engine.evaluate(3, some, 599.0);
    QVERIFY(!running.finished);
    const CatState over = engine.evaluate(3, some, 600.0);
    QVERIFY(over.finished);
    QCOMPARE(over.stopReason, StopReason::TimeLimit);
    QCOMPARE(over.scored, 4); // every confirmed answer is kept
    QCOMPARE(over.nextItem, -1);
    CatRun run(engine, 3);
    QVERIFY(run.answer(answers[0], 10.0));
    run.setElapsed(700.0);
    QVERIFY(run.state().finished);
    QCOMPARE(run.state().stopReason, StopReason::TimeLimit);
}

void TestEngine::classification()
{
    ItemBank bank = test::conformanceBank();
    bank.levelCuts = {-1.0, 0.0, 1.0};
    TestSpecification spec;
    spec.stopping.maxItems = 80;
    spec.stopping.classification = true;
    spec.stopping.classificationConfidence = 0.90;
    const AdaptiveEngine engine(bank, spec);
    CatState last;
    const auto answers = runTest(engine, 5, 2.2, &last); // far from every cut: classified early
    QCOMPARE(last.stopReason, StopReason::Classification);
    QVERIFY(answers.size() < 80);
    const double z = 1.6448536269514722;
    const double lo = last.estimate.theta - z * last.estimate.se, hi = last.estimate.theta + z * last.estimate.se;
    for (double cut : bank.levelCuts) {
        QVERIFY(!(cut > lo && cut < hi));
    }
    // Needs cut scores.
    bank.levelCuts.clear();
    QVERIFY(!AdaptiveEngine(bank, spec).isValid());
}

void TestEngine::poolExhausted()
{
    const ItemBank bank = test::syntheticBank(7);
    TestSpecification spec;
    spec.stopping.maxItems = 30;
    CatState last;
    QCOMPARE(runTest(AdaptiveEngine(bank, spec), 1, 0.0, &last).size(), std::size_t(7));
    QCOMPARE(last.stopReason, StopReason::PoolExhausted);
}

void TestEngine::contentBalancing()
{
    const ItemBank bank = test::conformanceBank(); // dimensions D1..D4
    QCOMPARE(bank.dimensions.size(), std::size_t(4));
    TestSpecification spec;
    spec.stopping.maxItems = 20;
    spec.contentTargets = {0.4, 0.2, 0.2, 0.2};
    const AdaptiveEngine engine(bank, spec);
    for (double theta : {-1.5, 0.0, 1.5}) {
        const auto answers = runTest(engine, 8, theta);
        std::vector<int> counts(4, 0);
        for (std::size_t i = 0; i < answers.size(); ++i) {
            ++counts[static_cast<std::size_t>(bank.items[static_cast<std::size_t>(answers[i].item)].dimension)];
            // Kingsbury–Zara keeps every prefix within one item of its targets.
            for (std::size_t d = 0; d < 4; ++d) {
                QVERIFY(std::fabs(counts[d] - spec.contentTargets[d] * static_cast<double>(i + 1)) <= 1.0 + 1e-9);
            }
        }
        QCOMPARE(counts, (std::vector<int>{8, 4, 4, 4}));
    }
}

void TestEngine::enemiesNeverTogether()
{
    ItemBank bank = test::conformanceBank();
    const AdaptiveEngine plain(bank, TestSpecification{});
    const auto before = itemsOf(runTest(plain, 1, 0.0));
    // Make the second item an enemy of the first (declared on one side only).
    bank.items[static_cast<std::size_t>(before[1])].enemies = {bank.items[static_cast<std::size_t>(before[0])].id};
    bank.reindex();
    for (std::uint64_t seed = 1; seed < 20; ++seed) {
        const auto items = itemsOf(runTest(AdaptiveEngine(bank, TestSpecification{}), seed, 0.0));
        const bool hasFirst = std::find(items.begin(), items.end(), before[0]) != items.end();
        const bool hasSecond = std::find(items.begin(), items.end(), before[1]) != items.end();
        QVERIFY(!(hasFirst && hasSecond));
    }
}

void TestEngine::excludedItemsNeverGiven()
{
    const ItemBank bank = test::conformanceBank();
    const auto seen = itemsOf(runTest(AdaptiveEngine(bank, TestSpecification{}), 1, 0.0));
    TestSpecification spec;
    for (int item : seen) {
        spec.excludedItems.append(bank.items[static_cast<std::size_t>(item)].id);
    }
    const auto second = itemsOf(runTest(AdaptiveEngine(bank, spec), 1, 0.0));
    for (int item : second) {
        QVERIFY(std::find(seen.begin(), seen.end(), item) == seen.end());
    }
    QCOMPARE(second.size(), std::size_t(30));
    spec.excludedItems = {QStringLiteral("no-such-item")};
    const AdaptiveEngine invalid(bank, spec);
    QVERIFY(!invalid.isValid());
    QVERIFY(invalid.errorString().contains(QStringLiteral("no-such-item")));
}

void TestEngine::pilotItemsAreUnscored()
{
    ItemBank bank = test::conformanceBank();
    for (int i = 0; i < 10; ++i) {
        bank.items[static_cast<std::size_t>(i * 30)].status = ItemStatus::Pilot;
    }
    bank.items[1].status = ItemStatus::Retired;
    bank.items[2].status = ItemStatus::Draft;
    TestSpecification spec;
    spec.stopping.maxItems = 15;
    spec.pilotPositions = {3, 9};
    const AdaptiveEngine engine(bank, spec);
    CatRun run(engine, 4);
    std::vector<Answer> scoredOnly;
    int position = 0;
    while (!run.state().finished) {
        ++position;
        const int item = run.state().nextItem;
        const ItemStatus status = bank.items[static_cast<std::size_t>(item)].status;
        QCOMPARE(run.state().nextIsPilot, position == 3 || position == 9);
        QCOMPARE(status, run.state().nextIsPilot ? ItemStatus::Pilot : ItemStatus::Operational);
        const int answer = likelyAnswer(bank, item, 0.5);
        QVERIFY(run.answer({item, answer}));
        if (status == ItemStatus::Operational) {
            scoredOnly.push_back({item, answer});
        }
    }
    QCOMPARE(run.state().administered, 17);
    QCOMPARE(run.state().scored, 15);
    // The pilot answers do not change the estimate.
    spec.pilotPositions.clear();
    const CatState withoutPilots = AdaptiveEngine(bank, spec).evaluate(4, scoredOnly);
    QCOMPARE(withoutPilots.estimate.theta, run.state().estimate.theta);
}

void TestEngine::randomesque()
{
    const ItemBank bank = test::conformanceBank();
    TestSpecification spec;
    spec.exposure.randomesque = 4;
    const AdaptiveEngine engine(bank, spec);
    const CatRun probe(engine, 0);
    const auto top = probe.rankItems(0.0, 4);
    std::set<int> firsts;
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
        const int first = CatRun(engine, seed).state().nextItem;
        QVERIFY(std::find_if(top.begin(), top.end(), [&](const auto &p) { return p.second == first; }) != top.end());
        firsts.insert(first);
    }
    QCOMPARE(firsts.size(), std::size_t(4));
}

void TestEngine::sympsonHetterParameters()
{
    ItemBank bank = test::conformanceBank();
    TestSpecification spec;
    spec.exposure.sympsonHetter = true;
    const int best = CatRun(AdaptiveEngine(bank, spec), 0).state().nextItem;
    bank.items[static_cast<std::size_t>(best)].exposureControl = 0.0;
    const AdaptiveEngine engine(bank, spec);
    for (std::uint64_t seed = 0; seed < 30; ++seed) {
        const auto items = itemsOf(runTest(engine, seed, 0.0));
        QVERIFY(std::find(items.begin(), items.end(), best) == items.end());
    }
    // Without the option the parameters are ignored.
    spec.exposure.sympsonHetter = false;
    QCOMPARE(CatRun(AdaptiveEngine(bank, spec), 0).state().nextItem, best);
}

void TestEngine::sympsonHetterCalibration()
{
    const ItemBank bank = test::conformanceBank();
    TestSpecification spec;
    spec.stopping.maxItems = 20;
    const auto abilities = normalSample(500, 0.0, 1.0, 42);
    // Without control the first item is given to everyone.
    SimulationSettings settings;
    settings.trueTheta = abilities;
    const SimulationResult uncontrolled = simulate(AdaptiveEngine(bank, spec), settings);
    QCOMPARE(uncontrolled.summary.maxExposure, 1.0);

    const SympsonHetterCalibration cal = calibrateSympsonHetter(bank, spec, 0.3, abilities, 7, 40, 0.02);
    QVERIFY2(cal.error.isEmpty(), qPrintable(cal.error));
    QVERIFY(cal.converged);
    QVERIFY(cal.maxExposure <= 0.32);
    QCOMPARE(cal.parameters.size(), bank.items.size());
    QVERIFY(*std::min_element(cal.parameters.begin(), cal.parameters.end()) < 0.5);
    // Applied to a fresh sample, exposure stays near the target.
    ItemBank controlled = bank;
    for (std::size_t i = 0; i < controlled.items.size(); ++i) {
        controlled.items[i].exposureControl = cal.parameters[i];
    }
    spec.exposure.sympsonHetter = true;
    settings.trueTheta = normalSample(500, 0.0, 1.0, 43);
    const SimulationResult run = simulate(AdaptiveEngine(controlled, spec), settings);
    QVERIFY2(run.summary.maxExposure < 0.4, qPrintable(QString::number(run.summary.maxExposure)));
    QVERIFY(run.summary.rmse < uncontrolled.summary.rmse + 0.1);
}

void TestEngine::polytomousItemsInATest()
{
    ItemBank bank = test::syntheticBank(40);
    for (int i = 0; i < 40; i += 4) {
        auto &p = bank.items[static_cast<std::size_t>(i)].irt;
        p.model = i % 8 ? irt::Model::GradedResponse : irt::Model::GeneralizedPartialCredit;
        p.steps = {p.b - 0.6, p.b + 0.6};
    }
    TestSpecification spec;
    spec.stopping.maxItems = 20;
    const AdaptiveEngine engine(bank, spec);
    QVERIFY2(engine.isValid(), qPrintable(engine.errorString()));
    CatRun run(engine, 1);
    int polytomous = 0;
    while (!run.state().finished) {
        const int item = run.state().nextItem;
        const auto &p = bank.items[static_cast<std::size_t>(item)].irt;
        const int category = irt::isDichotomous(p.model) ? likelyAnswer(bank, item, 0.4) : 1;
        polytomous += irt::isDichotomous(p.model) ? 0 : 1;
        QVERIFY(run.answer({item, category}));
    }
    QVERIFY(polytomous > 0);
    QVERIFY(std::fabs(run.state().estimate.theta - 0.4) < 0.8);
}

void TestEngine::invalidSpecifications()
{
    const ItemBank bank = test::syntheticBank(10, 2);
    TestSpecification spec;
    spec.stopping.minItems = 5;
    spec.stopping.maxItems = 3;
    QVERIFY(!AdaptiveEngine(bank, spec).isValid());
    spec = {};
    spec.contentTargets = {1.0};
    QVERIFY(AdaptiveEngine(bank, spec).errorString().contains(QStringLiteral("dimensions")));
    spec = {};
    spec.exposure.randomesque = 0;
    QVERIFY(!AdaptiveEngine(bank, spec).isValid());
    spec = {};
    spec.interim.grid.nodes = 1;
    const AdaptiveEngine engine(bank, spec);
    QVERIFY(!engine.isValid());
    QVERIFY(!engine.evaluate(1, {}).error.isEmpty());
    ItemBank broken = bank;
    broken.items[3].irt.a = -1.0;
    const AdaptiveEngine bad(broken, TestSpecification{});
    QVERIFY(bad.errorString().contains(broken.items[3].id));
}

// test.max_partial_credit: at most that many scored partial-credit items in a test. Pupils of
// θ = 1 answering as the model says, 50 tests each way.
void TestEngine::maxPartialCredit()
{
    const BankLoadResult loaded = loadBank(test::sourcePath(QStringLiteral("question-banks/aicet")));
    QVERIFY(loaded.usable());
    const ItemBank &bank = loaded.bank;
    QCOMPARE(bank.defaultTest.exposure.maxPartialCredit, 5);
    // The most scored partial-credit items in any one of 50 tests.
    const auto mostPartialCredit = [&](int limit) {
        TestSpecification spec = bank.defaultTest;
        spec.exposure.maxPartialCredit = limit;
        const AdaptiveEngine engine(bank, spec);
        if (!engine.isValid()) {
            qFatal("invalid engine: %s", qPrintable(engine.errorString()));
        }
        int most = 0;
        for (std::uint64_t seed = 1; seed <= 50; ++seed) {
            CatRun run(engine, seed);
            Random answers(mixSeed(seed, 77));
            int partial = 0;
            while (!run.state().finished) {
                const int item = run.state().nextItem;
                const BankItem &b = bank.items[static_cast<std::size_t>(item)];
                const bool scored = !run.state().nextIsPilot && b.status == ItemStatus::Operational;
                partial += scored && !irt::isDichotomous(b.irt.model) ? 1 : 0;
                if (!run.answer({item, drawCategory(b.irt, 1.0, answers)})) {
                    qFatal("answer refused: %s", qPrintable(run.state().error));
                }
            }
            if (run.state().scored < spec.stopping.minItems) {
                qFatal("a test of %d items", run.state().scored);
            }
            most = std::max(most, partial);
        }
        return most;
    };
    const int two = mostPartialCredit(2);
    QVERIFY2(two <= 2, qPrintable(QString::number(two)));
    QVERIFY(two > 0);
    const int five = mostPartialCredit(5);
    QVERIFY2(five <= 5, qPrintable(QString::number(five)));
    // Without a limit, some test has more than 2: the limit above was what held them back.
    const int unlimited = mostPartialCredit(0);
    QVERIFY2(unlimited > 2, qPrintable(QString::number(unlimited)));

    // A negative limit is refused.
    TestSpecification spec = bank.defaultTest;
    spec.exposure.maxPartialCredit = -1;
    QVERIFY(!spec.validate(bank).isEmpty());
    QVERIFY(!AdaptiveEngine(bank, spec).isValid());
    spec.exposure.maxPartialCredit = 0;
    QVERIFY2(spec.validate(bank).isEmpty(), qPrintable(spec.validate(bank)));
}

// The limit keeps partial-credit items out, not the test short: a synthetic bank whose every other
// item is a partial-credit one, far more informative than the others, gives tests of full length
// with exactly the limit of them.
void TestEngine::maxPartialCreditOnASyntheticBank()
{
    ItemBank bank = test::syntheticBank(40);
    for (int i = 0; i < 40; i += 2) {
        auto &p = bank.items[static_cast<std::size_t>(i)].irt;
        p.model = irt::Model::GeneralizedPartialCredit;
        p.steps = {p.b - 0.8, p.b + 0.8};
        p.a = 2.5; // far more informative than the 2PL items
    }
    TestSpecification spec;
    spec.stopping.maxItems = 20;
    for (int limit : {0, 1, 3}) {
        spec.exposure.maxPartialCredit = limit;
        const AdaptiveEngine engine(bank, spec);
        QVERIFY2(engine.isValid(), qPrintable(engine.errorString()));
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            CatRun run(engine, seed);
            Random answers(seed);
            int partial = 0;
            while (!run.state().finished) {
                const int item = run.state().nextItem;
                const auto &p = bank.items[static_cast<std::size_t>(item)].irt;
                partial += irt::isDichotomous(p.model) ? 0 : 1;
                QVERIFY(run.answer({item, drawCategory(p, 0.3, answers)}));
            }
            QCOMPARE(run.state().stopReason, StopReason::MaxItems);
            QCOMPARE(run.state().scored, 20);
            if (limit > 0) {
                QCOMPARE(partial, limit); // they are the best items: each test takes its limit
            } else {
                QVERIFY(partial > 3);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestEngine)
#include "TestEngine.moc"
