#include "TestData.h"
#include "cat/AdaptiveEngine.h"

#include <QTest>

#include <cmath>

using namespace aicet;
using namespace aicet::cat;

class TestSelection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catRNextItem();
    void maximumInformationPruningIsExact();
};

void TestSelection::catRNextItem()
{
    // Every next-item choice of catR's nextItem() under MFI, bOpt, MLWI and MPWI is identical.
    const ItemBank bank = test::conformanceBank();
    int situations = 0;
    for (const auto &row : test::readCsvRows(test::dataPath(QStringLiteral("conformance/catR/nextitem.csv")))) {
        const QByteArray where = QStringLiteral("nextitem.csv:%1 (%2, situation %3)")
                                     .arg(row.value(QStringLiteral("__line")), row.value(QStringLiteral("criterion")),
                                         row.value(QStringLiteral("situation_id")))
                                     .toUtf8();
        TestSpecification spec;
        QVERIFY(parseSelectionRule(row.value(QStringLiteral("criterion")), &spec.selection));
        spec.stopping.maxItems = 100;
        const AdaptiveEngine engine(bank, spec);
        QVERIFY(engine.isValid());
        CatRun run(engine, 1);
        const auto out = test::splitInts(row.value(QStringLiteral("out_ids")));
        const auto responses = test::splitInts(row.value(QStringLiteral("out_responses")));
        for (std::size_t i = 0; i < out.size(); ++i) {
            QVERIFY2(run.answer({out[i] - 1, responses[i]}), where);
        }
        const double theta = row.value(QStringLiteral("theta")).toDouble();
        const auto ranked = run.rankItems(theta, 2);
        QCOMPARE(ranked.size(), std::size_t(2));
        QVERIFY2(ranked[0].second + 1 == row.value(QStringLiteral("selected_item")).toInt(), where);
        const double value = row.value(QStringLiteral("criterion_value")).toDouble();
        const double runnerUp = row.value(QStringLiteral("runner_up_value")).toDouble();
        switch (spec.selection) {
        case SelectionRule::MaximumInformation:
            QVERIFY2(std::fabs(ranked[0].first - value) <= 1e-12 * value, where);
            QVERIFY2(std::fabs(ranked[1].first - runnerUp) <= 1e-12 * runnerUp, where);
            break;
        case SelectionRule::ClosestDifficulty:
            QVERIFY2(std::fabs(-ranked[0].first - value) < 1e-12, where);
            break;
        default:
            // Weighted values carry a common scale factor: compare the ratio of the two best.
            QVERIFY2(std::fabs(ranked[0].first / ranked[1].first - value / runnerUp) < 1e-9, where);
            break;
        }
        // The engine's own choice at this point is the same when θ is its own estimate.
        if (row.value(QStringLiteral("theta_source")) == QLatin1String("EAP_of_out") && !out.empty()) {
            QVERIFY2(std::fabs(run.state().estimate.theta - theta) < 1e-9, where);
            QVERIFY2(run.state().nextItem == ranked[0].second, where);
        }
        ++situations;
    }
    QCOMPARE(situations, 44);
}

void TestSelection::maximumInformationPruningIsExact()
{
    // The pruned MFI search returns exactly the k best items of a full scan, at many θ.
    const ItemBank bank = test::conformanceBank();
    TestSpecification spec;
    const AdaptiveEngine engine(bank, spec);
    const CatRun run(engine, 7);
    for (double theta = -4.0; theta <= 4.0; theta += 0.05) {
        std::vector<std::pair<double, int>> all;
        for (int i = 0; i < bank.size(); ++i) {
            irt::ItemParameters p = bank.items[static_cast<std::size_t>(i)].irt;
            all.push_back({irt::information(p, theta), i});
        }
        std::sort(all.begin(), all.end(), [](const auto &x, const auto &y) {
            return x.first > y.first || (x.first == y.first && x.second < y.second);
        });
        const auto ranked = run.rankItems(theta, 10);
        QCOMPARE(ranked.size(), std::size_t(10));
        for (std::size_t i = 0; i < ranked.size(); ++i) {
            QCOMPARE(ranked[i].second, all[i].second);
            QCOMPARE(ranked[i].first, all[i].first);
        }
    }
}

QTEST_GUILESS_MAIN(TestSelection)
#include "TestSelection.moc"
