#include "TestData.h"
#include "calibration/PilotPlan.h"

#include <QTest>

#include <cmath>

using namespace aicet;
using namespace aicet::calibration;

namespace {

// 40 operational 2PL items (the anchors), 3 right/wrong pilot items and one partial-credit (GPCM)
// pilot item of three scores; a fixed-length test of 10 scored items with pilot slots at
// positions 3 and 7, so every pupil answers 2 of the 4 pilot items: half the pupils answer each.
ItemBank pilotBank()
{
    ItemBank bank = test::syntheticBank(40, 2);
    const double slopes[] = {0.9, 1.3, 1.6};
    const double difficulties[] = {-0.8, 0.1, 0.9};
    for (int k = 0; k < 3; ++k) {
        BankItem item;
        item.id = QStringLiteral("p%1").arg(k + 1);
        item.status = ItemStatus::Pilot;
        item.irt.model = irt::Model::TwoPL;
        item.irt.a = slopes[k];
        item.irt.b = difficulties[k];
        item.dimension = k % 2;
        bank.items.push_back(item);
    }
    BankItem partial;
    partial.id = QStringLiteral("p4");
    partial.status = ItemStatus::Pilot;
    partial.irt.model = irt::Model::GeneralizedPartialCredit;
    partial.irt.a = 1.1;
    partial.irt.steps = {-0.6, 0.5};
    partial.dimension = 1;
    bank.items.push_back(partial);
    bank.reindex();
    bank.defaultTest.stopping.minItems = 10;
    bank.defaultTest.stopping.maxItems = 10;
    bank.defaultTest.pilotPositions = {3, 7};
    return bank;
}

PilotPlanSettings design(const ItemBank &bank, std::vector<int> pupils, int replications)
{
    PilotPlanSettings s;
    s.test = bank.defaultTest;
    s.pupils = std::move(pupils);
    s.replications = replications;
    s.seed = 11;
    s.threads = 1;
    return s;
}

void compareRecovery(const ParameterRecovery &x, const ParameterRecovery &y)
{
    QCOMPARE(x.count, y.count);
    QCOMPARE(x.bias, y.bias); // exactly: the same numbers, not nearly
    QCOMPARE(x.rmse, y.rmse);
    QCOMPARE(x.seCount, y.seCount);
    QCOMPARE(x.meanSe, y.meanSe);
}

void comparePlans(const PilotPlan &x, const PilotPlan &y)
{
    QCOMPARE(x.counts.size(), y.counts.size());
    for (std::size_t c = 0; c < x.counts.size(); ++c) {
        const PilotRecovery &p = x.counts[c];
        const PilotRecovery &q = y.counts[c];
        QCOMPARE(p.calibrated, q.calibrated);
        QCOMPARE(p.converged, q.converged);
        QCOMPARE(p.refusals, q.refusals);
        QCOMPARE(p.meanResponses, q.meanResponses);
        QCOMPARE(p.minResponses, q.minResponses);
        QCOMPARE(p.meanTestLength, q.meanTestLength);
        QCOMPARE(p.withinTolerance, q.withinTolerance);
        compareRecovery(p.a, q.a);
        compareRecovery(p.b, q.b);
        compareRecovery(p.steps, q.steps);
    }
}

} // namespace

class TestPilotPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recoveryImprovesWithPupils();
    void deterministicAndThreadIndependent();
    void syntheticPilotItems();
    void refusedCalibrationNamesTheItem();
    void badDesignsAreRefused();
    void truthInTheCalibratedModel();
    void pilotPositionsReachedByEveryPupil();
    void sufficientPupilsNeedsEveryLargerCount();
};

void TestPilotPlan::recoveryImprovesWithPupils()
{
    const ItemBank bank = pilotBank();
    const PilotPlan plan = planPilot(bank, design(bank, {200, 2000}, 4));
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    QCOMPARE(plan.pilotItems, 4);
    QCOMPARE(plan.partialCreditPilotItems, 1);
    QCOMPARE(plan.syntheticItems, 0);
    QCOMPARE(plan.counts.size(), std::size_t(2));
    const PilotRecovery &few = plan.counts[0];
    const PilotRecovery &many = plan.counts[1];
    QCOMPARE(few.pupils, 200);
    QCOMPARE(many.pupils, 2000);
    // The design: 2 of 4 pilot items per pupil, every test 10 scored items and 2 pilot ones.
    QCOMPARE(few.meanResponses, 100.0);
    QCOMPARE(many.meanResponses, 1000.0);
    QVERIFY(many.minResponses > 900 && many.minResponses <= 1000);
    QCOMPARE(many.meanTestLength, 12.0);
    for (const PilotRecovery *c : {&few, &many}) {
        QVERIFY2(c->refusals.isEmpty(), qPrintable(c->refusals.join(QLatin1Char('\n'))));
        QCOMPARE(c->calibrated, 4);
        QCOMPARE(c->converged, 4);
        QCOMPARE(c->a.count, 4 * 4);
        QCOMPARE(c->b.count, 3 * 4);
        QCOMPARE(c->steps.count, 2 * 4);
        QCOMPARE(c->a.seCount, 0); // not asked for
    }
    // More pupils, better estimates; good ones with 1000 responses per item.
    QVERIFY2(many.b.rmse < few.b.rmse, qPrintable(QStringLiteral("%1 %2").arg(many.b.rmse).arg(few.b.rmse)));
    QVERIFY2(many.a.rmse < few.a.rmse, qPrintable(QStringLiteral("%1 %2").arg(many.a.rmse).arg(few.a.rmse)));
    QVERIFY2(
        many.steps.rmse < few.steps.rmse, qPrintable(QStringLiteral("%1 %2").arg(many.steps.rmse).arg(few.steps.rmse)));
    QVERIFY2(many.b.rmse < 0.2, qPrintable(QString::number(many.b.rmse)));
    QVERIFY2(many.a.rmse < 0.2, qPrintable(QString::number(many.a.rmse)));
    QVERIFY2(many.steps.rmse < 0.3, qPrintable(QString::number(many.steps.rmse)));
    QVERIFY2(std::fabs(many.b.bias) < 0.1, qPrintable(QString::number(many.b.bias)));
    QVERIFY(many.withinTolerance >= few.withinTolerance);
    QVERIFY2(many.withinTolerance >= 0.9, qPrintable(QString::number(many.withinTolerance)));
    // 100 responses per item are not enough for a target of 0.1 on b; 1000 are for 0.25.
    QCOMPARE(sufficientPupils(plan, 0.25, 0.25), std::optional<int>(2000));
    QCOMPARE(sufficientPupils(plan, 0.25, 0.01), std::nullopt);

    // Standard errors, when asked for, agree with the spread of the estimates.
    PilotPlanSettings withErrors = design(bank, {2000}, 4);
    withErrors.standardErrors = true;
    const PilotPlan se = planPilot(bank, withErrors);
    QVERIFY2(se.error.isEmpty(), qPrintable(se.error));
    QCOMPARE(se.counts[0].b.rmse, many.b.rmse); // the same study, errors added
    QCOMPARE(se.counts[0].b.seCount, 3 * 4);
    const double ratio = se.counts[0].b.meanSe / many.b.rmse;
    QVERIFY2(ratio > 0.6 && ratio < 1.6, qPrintable(QString::number(ratio)));
    QVERIFY(se.counts[0].a.seCount == 4 * 4 && se.counts[0].steps.seCount == 2 * 4);
}

void TestPilotPlan::deterministicAndThreadIndependent()
{
    const ItemBank bank = pilotBank();
    PilotPlanSettings settings = design(bank, {300, 150}, 2);
    const PilotPlan first = planPilot(bank, settings);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    const PilotPlan again = planPilot(bank, settings);
    comparePlans(first, again);
    settings.threads = 2;
    const PilotPlan twoThreads = planPilot(bank, settings);
    comparePlans(first, twoThreads);
    // Counts are reported in the order given, each from the first pupils of the replication.
    QCOMPARE(first.counts[0].pupils, 300);
    QCOMPARE(first.counts[1].pupils, 150);
    settings.seed = 12;
    const PilotPlan other = planPilot(bank, settings);
    QVERIFY(other.counts[0].b.rmse != first.counts[0].b.rmse);
}

void TestPilotPlan::syntheticPilotItems()
{
    // A bank without pilot items: new ones drawn like its operational items.
    ItemBank bank = test::syntheticBank(40, 1);
    bank.defaultTest.stopping.minItems = 8;
    bank.defaultTest.stopping.maxItems = 8;
    bank.defaultTest.pilotPositions = spreadPilotPositions(2, 8);
    PilotPlanSettings settings = design(bank, {400}, 2);
    QCOMPARE(
        planPilot(bank, settings).error, QStringLiteral("the bank has no pilot item: ask for synthetic pilot items"));
    settings.syntheticPilotItems = 4;
    const PilotPlan plan = planPilot(bank, settings);
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    QCOMPARE(plan.pilotItems, 4);
    QCOMPARE(plan.syntheticItems, 4);
    QCOMPARE(plan.partialCreditPilotItems, 0);
    QCOMPARE(plan.counts[0].meanResponses, 200.0);
    QCOMPARE(plan.counts[0].b.count, 4 * 2);
    // Their truths are operational items' (b in [−3, 3]): some recovered within 0.3 with 200
    // responses, and none wildly off on average.
    QVERIFY(plan.counts[0].withinTolerance > 0.0);
    QVERIFY2(plan.counts[0].b.rmse < 1.0, qPrintable(QString::number(plan.counts[0].b.rmse)));

    // A pilot item of the bank without parameters is given those of an operational item scored as
    // it is: right/wrong here, though three quarters of the operational items give partial credit.
    ItemBank mixed = test::syntheticBank(40, 1);
    for (int j = 0; j < 40; ++j) {
        if (j % 4 == 0) {
            continue;
        }
        irt::ItemParameters &p = mixed.items[static_cast<std::size_t>(j)].irt;
        p.model = irt::Model::GeneralizedPartialCredit;
        p.steps = {p.b - 0.5, p.b + 0.5};
    }
    BankItem unknown;
    unknown.id = QStringLiteral("new");
    unknown.status = ItemStatus::Pilot;
    unknown.hasParameters = false;
    mixed.items.push_back(unknown);
    mixed.reindex();
    mixed.defaultTest = bank.defaultTest;
    const PilotPlan drawn = planPilot(mixed, design(mixed, {300}, 6));
    QVERIFY2(drawn.error.isEmpty(), qPrintable(drawn.error));
    QCOMPARE(drawn.pilotItems, 1);
    QCOMPARE(drawn.syntheticItems, 1);
    QCOMPARE(drawn.counts[0].meanResponses, 300.0);
    QCOMPARE(drawn.counts[0].b.count + static_cast<int>(drawn.counts[0].refusals.size()), 6);
    QCOMPARE(drawn.counts[0].steps.count, 0);
}

void TestPilotPlan::refusedCalibrationNamesTheItem()
{
    // A partial-credit pilot item whose top score almost nobody reaches: with few pupils nobody
    // does, and the calibration is refused as a real one would be, naming the item.
    ItemBank bank = pilotBank();
    bank.items[static_cast<std::size_t>(bank.indexOf(QStringLiteral("p4")))].irt.steps = {-0.6, 5.5};
    const PilotPlan plan = planPilot(bank, design(bank, {40}, 3));
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    const PilotRecovery &c = plan.counts[0];
    QVERIFY(!c.refusals.isEmpty());
    QCOMPARE(c.calibrated + static_cast<int>(c.refusals.size()), 3);
    QVERIFY2(c.refusals.first().contains(QStringLiteral("item \"p4\": nobody scored 2 of 2")),
        qPrintable(c.refusals.first()));
    QCOMPARE(sufficientPupils(plan, 10.0, 10.0), std::nullopt);
}

void TestPilotPlan::badDesignsAreRefused()
{
    const ItemBank bank = pilotBank();
    PilotPlanSettings s = design(bank, {100}, 1);
    s.test.pilotPositions.clear();
    QVERIFY(planPilot(bank, s).error.contains(QStringLiteral("no pilot slot")));
    s = design(bank, {100, 0}, 1);
    QCOMPARE(planPilot(bank, s).error, QStringLiteral("a pilot needs at least one pupil (got 0)"));
    s = design(bank, {}, 1);
    QCOMPARE(planPilot(bank, s).error, QStringLiteral("no number of pupils to study"));
    s = design(bank, {100}, 0);
    QVERIFY(planPilot(bank, s).error.contains(QStringLiteral("at least one replication")));
    s = design(bank, {100}, 1);
    s.test.pilotPositions = {0};
    QVERIFY(planPilot(bank, s).error.contains(QStringLiteral("1-based")));
    // No operational item to anchor on.
    ItemBank pilotsOnly = bank;
    for (BankItem &item : pilotsOnly.items) {
        item.status = ItemStatus::Pilot;
    }
    QVERIFY(planPilot(pilotsOnly, design(pilotsOnly, {100}, 1)).error.contains(QStringLiteral("no operational item")));
    // A refused design computes nothing.
    QVERIFY(planPilot(bank, design(bank, {0}, 1)).counts.empty());
}

void TestPilotPlan::truthInTheCalibratedModel()
{
    irt::ItemParameters p;
    p.model = irt::Model::OnePL;
    p.a = 1.2;
    QCOMPARE(pilotTruth(p).model, irt::Model::TwoPL);
    QCOMPARE(pilotTruth(p).a, 1.2);
    // A chance floor (irt.guessing: chance) is a known, fixed lower asymptote.
    p.model = irt::Model::TwoPL;
    p.c = 0.25;
    QCOMPARE(pilotTruth(p).model, irt::Model::ThreePL);
    QCOMPARE(pilotTruth(p).c, 0.25);
    p.model = irt::Model::FourPL;
    p.d = 0.9;
    QCOMPARE(pilotTruth(p).model, irt::Model::ThreePL);
    QCOMPARE(pilotTruth(p).d, 1.0);
    irt::ItemParameters g;
    g.model = irt::Model::GradedResponse;
    g.steps = {-1.0, 0.0, 1.0};
    g.floors = {0.5, 0.2, 0.05};
    QCOMPARE(pilotTruth(g).model, irt::Model::GradedResponse);
    QCOMPARE(pilotTruth(g).floors, g.floors); // known and fixed, as calibrate fixes them
    QCOMPARE(pilotTruth(g).steps, g.steps);
}

void TestPilotPlan::pilotPositionsReachedByEveryPupil()
{
    QCOMPARE(spreadPilotPositions(5, 20), (std::vector<int>{3, 8, 13, 18, 23}));
    QCOMPARE(spreadPilotPositions(1, 3), (std::vector<int>{2}));
    QCOMPARE(spreadPilotPositions(5, 1), (std::vector<int>{1, 2, 3, 4, 5}));
    QVERIFY(spreadPilotPositions(0, 20).empty());
    for (int slots = 1; slots <= 12; ++slots) {
        for (int minItems = 1; minItems <= 40; ++minItems) {
            const std::vector<int> p = spreadPilotPositions(slots, minItems);
            QCOMPARE(static_cast<int>(p.size()), slots);
            for (int k = 0; k < slots; ++k) {
                // Before the k-th slot (0-based) a pupil has answered p − 1 − k scored items: fewer
                // than the minimum, so her test cannot have stopped.
                QVERIFY(p[static_cast<std::size_t>(k)] - 1 - k < minItems);
                QVERIFY(k == 0 || p[static_cast<std::size_t>(k)] > p[static_cast<std::size_t>(k - 1)]);
            }
        }
    }
    // In the engine: with the bank's minimum of 10 items and 3 spread slots, every pupil of a
    // test that may stop early answers 3 pilot items.
    ItemBank bank = pilotBank();
    bank.defaultTest.stopping.maxItems = 20;
    bank.defaultTest.stopping.seTarget = 0.5;
    bank.defaultTest.pilotPositions = spreadPilotPositions(3, 10);
    const PilotPlan plan = planPilot(bank, design(bank, {200}, 1));
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    QCOMPARE(plan.counts[0].meanResponses, 200.0 * 3 / 4);
}

void TestPilotPlan::sufficientPupilsNeedsEveryLargerCount()
{
    auto count = [](int pupils, double rmseA, double rmseB) {
        PilotRecovery c;
        c.pupils = pupils;
        c.replications = c.calibrated = c.converged = 5;
        c.minResponses = pupils / 4;
        c.a.count = c.b.count = 10;
        c.a.rmse = rmseA;
        c.b.rmse = rmseB;
        return c;
    };
    PilotPlan plan;
    plan.counts = {count(2000, 0.1, 0.1), count(250, 0.2, 0.2), count(500, 0.3, 0.2), count(1000, 0.2, 0.2)};
    // 250 reaches the targets by chance, but 500 does not: 1000 is the answer.
    QCOMPARE(sufficientPupils(plan, 0.25, 0.25), std::optional<int>(1000));
    QCOMPARE(sufficientPupils(plan, 0.05, 0.25), std::nullopt);
    plan.counts[3].converged = 4; // 1000 with one calibration that did not converge
    QCOMPARE(sufficientPupils(plan, 0.25, 0.25), std::optional<int>(2000));
    plan.counts[3].converged = 5;
    plan.counts[3].steps.count = 4;
    plan.counts[3].steps.rmse = 0.4; // the steps count too
    QCOMPARE(sufficientPupils(plan, 0.25, 0.25), std::optional<int>(2000));
    plan.counts[0].refusals << QStringLiteral("refused");
    QCOMPARE(sufficientPupils(plan, 0.25, 0.25), std::nullopt);
}

QTEST_GUILESS_MAIN(TestPilotPlan)
#include "TestPilotPlan.moc"
