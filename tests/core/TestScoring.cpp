#include "TestData.h"
#include "bank/BankLoader.h"
#include "bank/Chance.h"
#include "bank/Scoring.h"
#include "cat/Random.h"
#include "cat/Simulation.h"
#include "scoring/PersonFit.h"
#include "scoring/TestResult.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace aicet;

namespace {

// Choices with ids a, b, c, … (or the given prefix and a number).
std::vector<Choice> choices(int n, const QString &prefix = QString())
{
    std::vector<Choice> out;
    for (int i = 0; i < n; ++i) {
        const QString id
            = prefix.isEmpty() ? QString(QLatin1Char(static_cast<char>('a' + i))) : prefix + QString::number(i + 1);
        out.push_back({id, {{QStringLiteral("fr"), QStringLiteral("choix %1").arg(id)}}});
    }
    return out;
}

ItemContent singleChoiceItem(int options)
{
    ItemContent c;
    c.type = ItemType::SingleChoice;
    c.options = choices(options);
    c.key = {QStringLiteral("a")};
    return c;
}

ItemContent orderingItem(int elements, Scoring scoring)
{
    ItemContent c;
    c.type = ItemType::Ordering;
    c.elements = choices(elements, QStringLiteral("e"));
    c.key = idsOf(c.elements);
    std::reverse(c.key.begin(), c.key.end()); // the right order is not the order shown
    c.scoring = scoring;
    return c;
}

// A category drawn from a distribution with one uniform draw.
int drawFrom(const std::vector<double> &p, cat::Random &rng)
{
    double u = rng.uniform();
    for (std::size_t k = 0; k + 1 < p.size(); ++k) {
        if (u < p[k]) {
            return static_cast<int>(k);
        }
        u -= p[k];
    }
    return static_cast<int>(p.size()) - 1;
}

// The operational items of the bank, easiest first (items of equal difficulty in bank order).
std::vector<int> byDifficulty(const ItemBank &bank)
{
    std::vector<int> operational;
    for (int i = 0; i < bank.size(); ++i) {
        const BankItem &item = bank.items[static_cast<std::size_t>(i)];
        if (item.status == ItemStatus::Operational && item.hasParameters) {
            operational.push_back(i);
        }
    }
    std::stable_sort(operational.begin(), operational.end(), [&](int x, int y) {
        return bank.items[static_cast<std::size_t>(x)].irt.location()
            < bank.items[static_cast<std::size_t>(y)].irt.location();
    });
    return operational;
}

// n operational items of the bank spread evenly over its range of difficulty, easiest first.
std::vector<int> spreadItems(const ItemBank &bank, int n)
{
    const std::vector<int> operational = byDifficulty(bank);
    std::vector<int> out;
    for (int i = 0; i < n; ++i) {
        out.push_back(
            operational[static_cast<std::size_t>(i) * (operational.size() - 1) / static_cast<std::size_t>(n - 1)]);
    }
    return out;
}

std::vector<std::pair<int, int>> scoredPairs(const std::vector<scoring::AnswerEvidence> &answers)
{
    std::vector<std::pair<int, int>> out;
    for (const auto &a : answers) {
        out.emplace_back(a.item, a.category);
    }
    return out;
}

// Answers drawn from the model at θ (cat::drawCategory) to the given items.
std::vector<scoring::AnswerEvidence> modelAnswers(
    const ItemBank &bank, const std::vector<int> &items, double theta, std::uint64_t seed)
{
    cat::Random rng(seed);
    std::vector<scoring::AnswerEvidence> out;
    for (int i : items) {
        out.push_back({i, cat::drawCategory(bank.items[static_cast<std::size_t>(i)].irt, theta, rng), -1.0});
    }
    return out;
}

} // namespace

class TestScoring : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void singleChoice();
    void multipleResponse();
    void trueFalse();
    void ordering();
    void matching();
    void numeric();
    void shortText_data();
    void shortText();
    void normalisation();
    void everyCategoryMatchesTheModel();
    void boundedEditDistance();
    void boundedShortText();
    void resultStaysOnTheScale();
    void chanceOfEachType();
    void chanceOfPartialOrderingEnumeratesEveryOrder();
    void chanceOfPartialMultipleResponse();
    void oneMistake();
    void chanceSampledWhenTooManyAnswers();
    void chanceResponses();
    void randomPatternsAreRandomLike();
    void modelPatternsAreNotRandomLike();
    void rapidAnswers();
    void readingTime();
    void personFitJson();
    void levelProbabilitiesOfThePrior();
    void levelStatements();
    void certifiedLevelIsTheLowerOfAPair();
    void certificateBars();
    void evidenceForLevel();
    void dimensionsOfOneAbility();
    void informativeDimension();
    void areasAddValueOnlyWhenDistinctEnough();
    void oneAbilityAllAnswersInOneArea();

private:
    const ItemContent &item(const char *id) const
    {
        return m_bank.items[static_cast<std::size_t>(m_bank.indexOf(QLatin1String(id)))].content;
    }
    ItemBank m_bank;
    ItemBank m_aicet;
};

void TestScoring::initTestCase()
{
    BankLoadResult r = loadBank(test::sourcePath(QStringLiteral("question-banks/example")));
    QVERIFY(r.usable());
    m_bank = std::move(r.bank);
    BankLoadResult aicet = loadBank(test::sourcePath(QStringLiteral("question-banks/aicet")));
    QVERIFY(aicet.usable());
    m_aicet = std::move(aicet.bank);
}

void TestScoring::singleChoice()
{
    const ItemContent &c = item("ex-single");
    ItemResponse r;
    QCOMPARE(scoreResponse(c, r), 0); // unanswered
    r.choices = {QStringLiteral("a")};
    QCOMPARE(scoreResponse(c, r), 1);
    r.choices = {QStringLiteral("b")};
    QCOMPARE(scoreResponse(c, r), 0);
    r.choices = {QStringLiteral("a"), QStringLiteral("b")};
    QCOMPARE(scoreResponse(c, r), 0);
}

void TestScoring::multipleResponse()
{
    ItemContent c = item("ex-multiple"); // key a, b of a, b, c, d; partial credit
    ItemResponse r;
    auto score = [&](QStringList choices) {
        r.choices = std::move(choices);
        return scoreResponse(c, r);
    };
    QCOMPARE(score({QStringLiteral("a"), QStringLiteral("b")}), 2);
    QCOMPARE(score({QStringLiteral("b"), QStringLiteral("a")}), 2);
    QCOMPARE(score({QStringLiteral("a")}), 1);
    QCOMPARE(score({QStringLiteral("a"), QStringLiteral("c")}), 0); // one right, one wrong
    QCOMPARE(score({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}), 1);
    QCOMPARE(score({QStringLiteral("c"), QStringLiteral("d")}), 0); // floored at 0
    QCOMPARE(score({QStringLiteral("a"), QStringLiteral("a")}), 1); // a repeated tick counts once
    QCOMPARE(score({}), 0);
    c.scoring = Scoring::AllOrNothing;
    QCOMPARE(score({QStringLiteral("a"), QStringLiteral("b")}), 1);
    QCOMPARE(score({QStringLiteral("a")}), 0);
    QCOMPARE(score({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d")}), 0);
}

void TestScoring::trueFalse()
{
    const ItemContent &c = item("ex-true-false"); // true
    ItemResponse r;
    QCOMPARE(scoreResponse(c, r), 0);
    r.truth = true;
    QCOMPARE(scoreResponse(c, r), 1);
    r.truth = false;
    QCOMPARE(scoreResponse(c, r), 0);
}

void TestScoring::ordering()
{
    ItemContent c = item("ex-ordering"); // collect, train, test; exact
    ItemResponse r;
    r.choices = {QStringLiteral("collect"), QStringLiteral("train"), QStringLiteral("test")};
    QCOMPARE(scoreResponse(c, r), 1);
    r.choices = {QStringLiteral("train"), QStringLiteral("collect"), QStringLiteral("test")};
    QCOMPARE(scoreResponse(c, r), 0);
    c.scoring = Scoring::Partial; // adjacent pairs in the right relative order
    QCOMPARE(scoreResponse(c, r), 1); // (train, collect) wrong, (collect, test) right
    r.choices = {QStringLiteral("test"), QStringLiteral("train"), QStringLiteral("collect")};
    QCOMPARE(scoreResponse(c, r), 0);
    r.choices = {QStringLiteral("collect"), QStringLiteral("train"), QStringLiteral("test")};
    QCOMPARE(scoreResponse(c, r), 2);
    r.choices = {QStringLiteral("collect"), QStringLiteral("train")}; // incomplete
    QCOMPARE(scoreResponse(c, r), 0);
}

void TestScoring::matching()
{
    ItemContent c = item("ex-matching"); // p1 → r1, p2 → r2; partial
    ItemResponse r;
    r.pairs = {{QStringLiteral("p1"), QStringLiteral("r1")}, {QStringLiteral("p2"), QStringLiteral("r2")}};
    QCOMPARE(scoreResponse(c, r), 2);
    r.pairs = {{QStringLiteral("p1"), QStringLiteral("r1")}, {QStringLiteral("p2"), QStringLiteral("r1")}};
    QCOMPARE(scoreResponse(c, r), 1);
    r.pairs = {{QStringLiteral("p1"), QStringLiteral("r2")}};
    QCOMPARE(scoreResponse(c, r), 0);
    c.scoring = Scoring::AllOrNothing;
    r.pairs = {{QStringLiteral("p1"), QStringLiteral("r1")}, {QStringLiteral("p2"), QStringLiteral("r2")}};
    QCOMPARE(scoreResponse(c, r), 1);
    r.pairs.remove(QStringLiteral("p2"));
    QCOMPARE(scoreResponse(c, r), 0);
}

void TestScoring::numeric()
{
    const ItemContent &c = item("ex-numeric"); // 80 ± 0.5
    ItemResponse r;
    QCOMPARE(scoreResponse(c, r), 0);
    for (double v : {80.0, 80.5, 79.5, 80.2}) {
        r.number = v;
        QCOMPARE(scoreResponse(c, r), 1);
    }
    for (double v : {80.51, 79.4, 8.0, 0.8, std::nan("")}) {
        r.number = v;
        QCOMPARE(scoreResponse(c, r), 0);
    }
}

void TestScoring::shortText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("score");
    QTest::addRow("exact") << QStringLiteral("en") << QStringLiteral("deepfake") << 1;
    QTest::addRow("case and spaces") << QStringLiteral("en") << QStringLiteral("  DeepFake ") << 1;
    QTest::addRow("trailing dot") << QStringLiteral("en") << QStringLiteral("deepfake.") << 1;
    QTest::addRow("one typo") << QStringLiteral("en") << QStringLiteral("deepfak") << 1;
    QTest::addRow("two typos") << QStringLiteral("en") << QStringLiteral("dipfak") << 0;
    QTest::addRow("accents fr") << QStringLiteral("fr") << QStringLiteral("HYPERTRUCAGE") << 1;
    QTest::addRow("french only in fr") << QStringLiteral("en") << QStringLiteral("hypertrucage") << 0;
    QTest::addRow("wrong") << QStringLiteral("fr") << QStringLiteral("montage") << 0;
    QTest::addRow("empty") << QStringLiteral("fr") << QString() << 0;
    QTest::addRow("punctuation only") << QStringLiteral("fr") << QStringLiteral("?!") << 0;
}

void TestScoring::shortText()
{
    QFETCH(QString, language);
    QFETCH(QString, answer);
    QFETCH(int, score);
    ItemResponse r;
    r.language = language;
    r.text = answer;
    QCOMPARE(scoreResponse(item("ex-short-text"), r), score);
}

void TestScoring::normalisation()
{
    QCOMPARE(normalizeAnswer(QStringLiteral("  L’Été   Indien ! ")), QStringLiteral("l'ete indien"));
    QCOMPARE(normalizeAnswer(QStringLiteral("Œuvre")), QStringLiteral("œuvre"));
    QCOMPARE(normalizeAnswer(QStringLiteral("ÇA")), QStringLiteral("ca"));
    QCOMPARE(editDistance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
    QCOMPARE(editDistance(QString(), QStringLiteral("abc")), 3);
}

void TestScoring::everyCategoryMatchesTheModel()
{
    // In the AICET bank, the best answer to every item reaches the model's top category.
    const BankLoadResult r = loadBank(test::sourcePath(QStringLiteral("question-banks/aicet")));
    QVERIFY(r.usable());
    for (const BankItem &item : r.bank.items) {
        const ItemContent &c = item.content;
        ItemResponse best;
        best.language = QStringLiteral("fr");
        switch (c.type) {
        case ItemType::SingleChoice:
        case ItemType::MultipleResponse:
        case ItemType::Ordering:
            best.choices = c.key;
            break;
        case ItemType::TrueFalse:
            best.truth = c.trueFalseKey;
            break;
        case ItemType::Matching:
            best.pairs = c.matchingKey;
            break;
        case ItemType::Numeric:
            best.number = c.numericKey;
            break;
        case ItemType::ShortText:
            best.text = c.accepted.value(QStringLiteral("fr")).value(0);
            break;
        }
        QCOMPARE(scoreResponse(c, best), item.irt.categoryCount() - 1);
    }
}

// The banded distance: exact up to the bound, and its work bounded by construction (the number of
// table cells it computes), whatever the strings' lengths.
void TestScoring::boundedEditDistance()
{
    // Exact within the bound, bound + 1 beyond; the same as the full computation.
    const QStringList words = {QString(), QStringLiteral("a"), QStringLiteral("kitten"), QStringLiteral("sitting"),
        QStringLiteral("deepfake"), QStringLiteral("dipfak"), QStringLiteral("hypertrucage"), QStringLiteral("ab"),
        QStringLiteral("ba")};
    for (const QString &a : words) {
        for (const QString &b : words) {
            const int full = editDistance(a, b);
            for (int k = 0; k <= 13; ++k) {
                QCOMPARE(editDistance(a, b, k), std::min(full, k + 1));
            }
        }
    }
    qint64 cells = -1;
    // Lengths differing by more than the bound: nothing computed at all.
    const QString huge(200000, QLatin1Char('a'));
    QCOMPARE(editDistance(huge, QStringLiteral("b"), 3, &cells), 4);
    QCOMPARE(cells, 0);
    QCOMPARE(editDistance(QStringLiteral("b"), huge, 3, &cells), 4);
    QCOMPARE(cells, 0);
    // Same lengths, nothing in common: it stops at the first row beyond the bound (row 3 for a
    // bound of 2: 3 + 4 + 5 cells), not after 200,000 × 200,000.
    const QString other(200000, QLatin1Char('b'));
    QCOMPARE(editDistance(huge, other, 2, &cells), 3);
    QCOMPARE(cells, 12);
    // Equal long strings: one band of 2k + 1 cells per row at most.
    QCOMPARE(editDistance(huge, huge, 3, &cells), 0);
    QVERIFY(cells <= 200000LL * 7);
    QString typo = huge;
    typo[100000] = QLatin1Char('x');
    QCOMPARE(editDistance(huge, typo, 1, &cells), 1);
    QVERIFY(cells <= 200000LL * 3);
}

// A short answer of any length takes bounded work: a response beyond the bound scores 0 without
// being compared (even one equal to the accepted answer), an accepted answer beyond it is never
// matched, and responses up to the bound are scored as before.
void TestScoring::boundedShortText()
{
    ItemContent c = item("ex-short-text"); // "deepfake" in English, one typo allowed
    ItemResponse r;
    r.language = QStringLiteral("en");
    r.text = QString(200000, QLatin1Char('a'));
    QCOMPARE(scoreResponse(c, r), 0);
    // Surrounding spaces count towards the bound as typed.
    r.text = QStringLiteral("deepfake").leftJustified(kMaxShortTextResponseLength, QLatin1Char(' '));
    QCOMPARE(scoreResponse(c, r), 1);
    r.text += QLatin1Char(' ');
    QCOMPARE(scoreResponse(c, r), 0);
    // A bank built in memory with a 200,000-character accepted answer (the loader refuses it).
    const QString huge(200000, QLatin1Char('z'));
    c.accepted.insert(QStringLiteral("en"), {huge, QStringLiteral("deepfake")});
    r.text = huge;
    QCOMPARE(scoreResponse(c, r), 0); // not compared: it would otherwise match exactly
    r.text = QStringLiteral("z");
    QCOMPARE(scoreResponse(c, r), 0);
    r.text = QStringLiteral("deepfak");
    QCOMPARE(scoreResponse(c, r), 1); // the other accepted answer still counts
}

// The reported interval stays on the scale (θ within [-10, 10]) even with a huge SE, so scores
// stay whole numbers far from overflowing; a bank the loader would refuse gives a non-finite θ,
// which the services then refuse to store (tests/services/TestPupilSession.cpp).
void TestScoring::resultStaysOnTheScale()
{
    ItemBank bank = m_bank;
    bank.scale.mean = 10000.0; // the extremes the loader allows
    bank.scale.sd = 10000.0;
    bank.scale.confidence = 0.999;
    irt::EstimationSettings eap;
    eap.grid = {-10.0, 10.0, 201};
    eap.priorSd = 5.0; // no answer: θ = 0 with an SE near 5, so θ ± 3.29·SE lies beyond ±10
    scoring::TestResult r = scoring::computeResult(bank, eap, {});
    QVERIFY(std::isfinite(r.theta) && std::isfinite(r.se) && r.se > 10.0 / 3.29);
    QCOMPARE(r.scoreLow, 10000.0 - 10.0 * 10000.0);
    QCOMPARE(r.scoreHigh, 10000.0 + 10.0 * 10000.0);
    QVERIFY(std::fabs(r.score) <= 110000.0);
    // A prior mean of 1e308 (refused by the loader) makes θ not a number.
    eap.priorMean = 1e308;
    r = scoring::computeResult(bank, eap, {{bank.indexOf(QStringLiteral("ex-single")), 1}});
    QVERIFY(!std::isfinite(r.theta) || !std::isfinite(r.se) || !std::isfinite(r.score));
}

// The chance distribution of an item answered at random, exact for small answer spaces.
void TestScoring::chanceOfEachType()
{
    QCOMPARE(chanceDistribution(singleChoiceItem(4), 2), (std::vector<double>{0.75, 0.25}));
    QCOMPARE(chanceDistribution(singleChoiceItem(3), 2), (std::vector<double>{2.0 / 3.0, 1.0 / 3.0}));
    ItemContent trueFalse;
    trueFalse.type = ItemType::TrueFalse;
    QCOMPARE(chanceDistribution(trueFalse, 2), (std::vector<double>{0.5, 0.5}));
    trueFalse.trueFalseKey = false;
    QCOMPARE(chanceDistribution(trueFalse, 2), (std::vector<double>{0.5, 0.5}));

    // Multiple response, all or nothing: one of the 2³ sets of ticks is right.
    ItemContent multiple;
    multiple.type = ItemType::MultipleResponse;
    multiple.options = choices(3);
    multiple.key = {QStringLiteral("a"), QStringLiteral("b")};
    QCOMPARE(chanceDistribution(multiple, 2), (std::vector<double>{7.0 / 8.0, 1.0 / 8.0}));

    // Nothing typed: never right.
    ItemContent numeric;
    numeric.type = ItemType::Numeric;
    numeric.numericKey = 0.0; // even a key an empty answer might be confused with
    numeric.tolerance = 1.0;
    QCOMPARE(chanceDistribution(numeric, 2), (std::vector<double>{1.0, 0.0}));
    ItemContent shortText;
    shortText.type = ItemType::ShortText;
    shortText.accepted = {{QStringLiteral("fr"), {QStringLiteral("a")}}};
    shortText.maxEdits = 1;
    QCOMPARE(chanceDistribution(shortText, 2), (std::vector<double>{1.0, 0.0}));

    // Matching, all or nothing: each premise gets one of 3 responses, independently.
    ItemContent matching;
    matching.type = ItemType::Matching;
    matching.premises = choices(3, QStringLiteral("p"));
    matching.responses = choices(3, QStringLiteral("r"));
    for (int i = 1; i <= 3; ++i) {
        matching.matchingKey.insert(QStringLiteral("p%1").arg(i), QStringLiteral("r%1").arg(4 - i));
    }
    const std::vector<double> m = chanceDistribution(matching, 2);
    QCOMPARE(m.size(), std::size_t(2));
    QCOMPARE(m[1], std::pow(1.0 / 3.0, 3));
    QCOMPARE(m[0] + m[1], 1.0);
    // Partial credit: the number of right pairs is binomial(3, 1/3).
    matching.scoring = Scoring::Partial;
    const std::vector<double> partial = chanceDistribution(matching, 4);
    QCOMPARE(partial, (std::vector<double>{8.0 / 27.0, 12.0 / 27.0, 6.0 / 27.0, 1.0 / 27.0}));

    // Ordering, all or nothing: one of the 4! orders.
    const std::vector<double> o = chanceDistribution(orderingItem(4, Scoring::AllOrNothing), 2);
    QCOMPARE(o[1], 1.0 / 24.0);
    QCOMPARE(o[0], 23.0 / 24.0);
}

// Partial-credit ordering: the distribution is that of the score over all 4! orders, counted
// here independently (adjacent pairs in the right relative order: the Eulerian numbers 1, 11,
// 11, 1).
void TestScoring::chanceOfPartialOrderingEnumeratesEveryOrder()
{
    const ItemContent c = orderingItem(4, Scoring::Partial);
    const std::vector<double> chance = chanceDistribution(c, 4);
    QCOMPARE(chance.size(), std::size_t(4));
    QCOMPARE(std::accumulate(chance.begin(), chance.end(), 0.0), 1.0);
    std::vector<int> order = {0, 1, 2, 3}; // positions in the key
    std::vector<int> byScore(4, 0), byCount(4, 0);
    int orders = 0;
    do {
        ItemResponse r;
        int pairs = 0;
        for (std::size_t i = 0; i < order.size(); ++i) {
            r.choices.append(c.key[order[i]]);
            pairs += i + 1 < order.size() && order[i] < order[i + 1] ? 1 : 0;
        }
        ++byScore[static_cast<std::size_t>(scoreResponse(c, r))];
        ++byCount[static_cast<std::size_t>(pairs)];
        ++orders;
    } while (std::next_permutation(order.begin(), order.end()));
    QCOMPARE(orders, 24);
    QCOMPARE(byCount, (std::vector<int>{1, 11, 11, 1}));
    QCOMPARE(byScore, byCount);
    for (std::size_t k = 0; k < 4; ++k) {
        QCOMPARE(chance[k], byScore[k] / 24.0);
    }
}

// Partial-credit multiple response: right ticks minus wrong ones, floored at 0, over the 2⁴ sets.
void TestScoring::chanceOfPartialMultipleResponse()
{
    ItemContent c;
    c.type = ItemType::MultipleResponse;
    c.options = choices(4);
    c.key = {QStringLiteral("b"), QStringLiteral("d")};
    c.scoring = Scoring::Partial;
    std::vector<double> expected(3, 0.0);
    for (int set = 0; set < 16; ++set) {
        const int right = ((set >> 1) & 1) + ((set >> 3) & 1), wrong = (set & 1) + ((set >> 2) & 1);
        expected[static_cast<std::size_t>(std::max(0, right - wrong))] += 1.0 / 16.0;
    }
    QCOMPARE(expected, (std::vector<double>{11.0 / 16.0, 4.0 / 16.0, 1.0 / 16.0}));
    QCOMPARE(chanceDistribution(c, 3), expected);
    // The example bank's item: its chance distribution is what the loader stored.
    const BankItem &bankItem = m_bank.items[static_cast<std::size_t>(m_bank.indexOf(QStringLiteral("ex-multiple")))];
    QCOMPARE(bankItem.chance, chanceDistribution(bankItem.content, bankItem.irt.categoryCount()));
    QCOMPARE(bankItem.chance, (std::vector<double>{11.0 / 16.0, 4.0 / 16.0, 1.0 / 16.0}));
}

// one_mistake: 2 without a mistake, 1 for exactly one, 0 otherwise; a random answer rarely
// earns anything, so both steps can be calibrated.
void TestScoring::oneMistake()
{
    const QString b = QStringLiteral("b"), c3 = QStringLiteral("c"), d = QStringLiteral("d"), e = QStringLiteral("e");
    ItemContent mr;
    mr.type = ItemType::MultipleResponse;
    mr.options = choices(5);
    mr.key = {b, d};
    mr.scoring = Scoring::OneMistake;
    ItemResponse r;
    auto score = [&](const ItemContent &item, QStringList ticked) {
        r.choices = std::move(ticked);
        return scoreResponse(item, r);
    };
    QCOMPARE(score(mr, {d, b}), 2);
    QCOMPARE(score(mr, {b}), 1); // a right option left
    QCOMPARE(score(mr, {b, d, e}), 1); // a wrong option ticked
    QCOMPARE(score(mr, {b, e}), 0); // both
    QCOMPARE(score(mr, {}), 0);
    QCOMPARE(score(mr, {b, b, d}), 2); // a repeated tick counts once
    // At random (32 ways to tick): right 1 time, one mistake 5 times.
    QCOMPARE(chanceDistribution(mr, 3), (std::vector<double>{26.0 / 32.0, 5.0 / 32.0, 1.0 / 32.0}));

    ItemContent order = orderingItem(5, Scoring::OneMistake); // key e5, e4, e3, e2, e1
    auto elements = [](std::initializer_list<int> numbers) {
        QStringList out;
        for (int n : numbers) {
            out.append(QStringLiteral("e%1").arg(n));
        }
        return out;
    };
    QCOMPARE(score(order, order.key), 2);
    QCOMPARE(score(order, elements({5, 4, 2, 3, 1})), 1); // two neighbours swapped
    QCOMPARE(score(order, elements({4, 5, 3, 2, 1})), 1);
    QCOMPARE(score(order, elements({3, 4, 5, 2, 1})), 0); // a swap of elements that are not neighbours
    QCOMPARE(score(order, elements({4, 5, 3, 1, 2})), 0); // two swaps
    QCOMPARE(score(order, elements({5, 4, 3, 2})), 0); // incomplete
    // At random (120 orders): right once, one swap away 4 times.
    QCOMPARE(chanceDistribution(order, 3), (std::vector<double>{115.0 / 120.0, 4.0 / 120.0, 1.0 / 120.0}));

    ItemContent match;
    match.type = ItemType::Matching;
    match.premises = choices(3, QStringLiteral("p"));
    match.responses = choices(3, QStringLiteral("r"));
    match.matchingKey = {{QStringLiteral("p1"), QStringLiteral("r1")}, {QStringLiteral("p2"), QStringLiteral("r2")},
        {QStringLiteral("p3"), QStringLiteral("r3")}};
    match.scoring = Scoring::OneMistake;
    auto pairs = [&](const char *ra, const char *rb, const char *rc) {
        r.pairs = {{QStringLiteral("p1"), QString::fromLatin1(ra)}, {QStringLiteral("p2"), QString::fromLatin1(rb)},
            {QStringLiteral("p3"), QString::fromLatin1(rc)}};
        return scoreResponse(match, r);
    };
    QCOMPARE(pairs("r1", "r2", "r3"), 2);
    QCOMPARE(pairs("r1", "r2", "r1"), 1); // one premise wrong
    QCOMPARE(pairs("r2", "r1", "r3"), 1); // two premises with each other's responses
    QCOMPARE(pairs("r2", "r3", "r1"), 0); // every premise wrong
    QCOMPARE(pairs("r3", "r1", "r3"), 0); // two wrong, not a swap
    // At random (27 ways with a response usable twice): right once; one premise wrong 6 times,
    // a swap 3 times.
    QCOMPARE(chanceDistribution(match, 3), (std::vector<double>{17.0 / 27.0, 9.0 / 27.0, 1.0 / 27.0}));

    // The response written for each category scores that category (used by simulations and
    // the preview); with a single right option the near miss adds a wrong one; a matching whose
    // premises share a response.
    ItemContent single = mr;
    single.key = {c3};
    QCOMPARE(score(single, {}), 0); // nothing ticked is no answer, not one option left
    QCOMPARE(score(single, {c3, d}), 1);
    ItemContent shared = match;
    shared.matchingKey.insert(QStringLiteral("p2"), QStringLiteral("r1"));
    for (const ItemContent *item : {&mr, &single, &order, &match, &shared}) {
        for (int category = 0; category <= 2; ++category) {
            QCOMPARE(scoreResponse(*item, responseForCategory(*item, category, QStringLiteral("fr"))), category);
        }
    }
}

// More than 100,000 possible answers (9! orders): estimated from random answers drawn with a
// fixed seed, so the same every time, and close to the exact distribution.
void TestScoring::chanceSampledWhenTooManyAnswers()
{
    const ItemContent exact = orderingItem(9, Scoring::AllOrNothing);
    const std::vector<double> a = chanceDistribution(exact, 2), b = chanceDistribution(exact, 2);
    QCOMPARE(a, b);
    QCOMPARE(a.size(), std::size_t(2));
    QCOMPARE(a[0] + a[1], 1.0);
    QVERIFY(a[1] < 0.001);

    // Partial credit: close to the Eulerian numbers A(9, k) / 9!, computed by their recurrence.
    const ItemContent partial = orderingItem(9, Scoring::Partial);
    const std::vector<double> p = chanceDistribution(partial, 9);
    QCOMPARE(p, chanceDistribution(partial, 9));
    QCOMPARE(p.size(), std::size_t(9));
    QVERIFY(std::fabs(std::accumulate(p.begin(), p.end(), 0.0) - 1.0) < 1e-12);
    std::vector<double> euler = {1.0};
    for (int n = 2; n <= 9; ++n) {
        std::vector<double> next(static_cast<std::size_t>(n), 0.0);
        for (int k = 0; k < n; ++k) {
            const double same = k < n - 1 ? euler[static_cast<std::size_t>(k)] : 0.0;
            const double lower = k > 0 ? euler[static_cast<std::size_t>(k - 1)] : 0.0;
            next[static_cast<std::size_t>(k)] = (k + 1) * same + (n - k) * lower;
        }
        euler = next;
    }
    QCOMPARE(euler[4], 156190.0);
    for (std::size_t k = 0; k < 9; ++k) {
        // 20,000 draws: a standard error of at most 0.0036.
        QVERIFY2(std::fabs(p[k] - euler[k] / 362880.0) < 0.015,
            qPrintable(QStringLiteral("%1: %2 for %3").arg(k).arg(p[k]).arg(euler[k] / 362880.0)));
    }
}

void TestScoring::chanceResponses()
{
    ItemContent c = singleChoiceItem(4);
    c.shuffle = false;
    const QStringList options = idsOf(c.options);
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        cat::Random rng(seed);
        const ItemResponse first = chanceResponse(c, ChanceAnswer::FirstShown, rng, QStringLiteral("fr"));
        QCOMPARE(first.choices, QStringList{QStringLiteral("a")});
        QCOMPARE(first.language, QStringLiteral("fr"));
    }
    // At random: always one option of the item, and every option comes up.
    for (const bool shuffle : {false, true}) {
        c.shuffle = shuffle;
        QSet<QString> seen;
        cat::Random rng(7);
        for (int i = 0; i < 200; ++i) {
            const ItemResponse r = chanceResponse(c, ChanceAnswer::Random, rng, QStringLiteral("fr"));
            QCOMPARE(r.choices.size(), 1);
            QVERIFY(options.contains(r.choices.front()));
            seen.insert(r.choices.front());
        }
        QCOMPARE(seen.size(), 4);
    }
    // Shuffled, the first option shown is any of them.
    QSet<QString> firsts;
    for (std::uint64_t seed = 1; seed <= 100; ++seed) {
        cat::Random rng(seed);
        const ItemResponse r = chanceResponse(c, ChanceAnswer::FirstShown, rng, QString());
        QCOMPARE(r.choices.size(), 1);
        firsts.insert(r.choices.front());
    }
    QCOMPARE(firsts.size(), 4);
    // A random order is an order of all the elements; nothing is typed for a number.
    const ItemContent order = orderingItem(5, Scoring::Partial);
    cat::Random rng(3);
    const ItemResponse r = chanceResponse(order, ChanceAnswer::Random, rng, QString());
    QStringList sorted = r.choices;
    sorted.sort();
    QCOMPARE(sorted, idsOf(order.elements));
    ItemContent numeric;
    numeric.type = ItemType::Numeric;
    QVERIFY(!chanceResponse(numeric, ChanceAnswer::Random, rng, QString()).number.has_value());
}

// Answers drawn at random from each item's chance distribution, over items from the easiest to
// the hardest, are flagged in nearly every case.
void TestScoring::randomPatternsAreRandomLike()
{
    const std::vector<int> items = spreadItems(m_aicet, 30);
    int flagged = 0;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        cat::Random rng(seed);
        std::vector<scoring::AnswerEvidence> answers;
        for (int i : items) {
            answers.push_back({i, drawFrom(m_aicet.items[static_cast<std::size_t>(i)].chance, rng), -1.0});
        }
        const scoring::PersonFit fit
            = scoring::assessPersonFit(m_aicet, m_aicet.defaultTest.final, answers, QStringLiteral("fr"));
        QVERIFY(fit.available);
        QVERIFY(std::isfinite(fit.randomLogRatio));
        QCOMPARE(fit.randomLike, fit.randomLogRatio > scoring::kRandomLikeThreshold);
        QVERIFY(!fit.rapid);
        QCOMPARE(fit.timedAnswers, 0);
        QCOMPARE(fit.aberrant(), fit.randomLike);
        flagged += fit.randomLike ? 1 : 0;
    }
    QVERIFY2(flagged >= 9, qPrintable(QString::number(flagged)));
}

// Answers drawn from the model for a pupil of θ = 0.5 are not flagged, in nearly every case.
void TestScoring::modelPatternsAreNotRandomLike()
{
    const std::vector<int> items = spreadItems(m_aicet, 25);
    int flagged = 0;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const auto answers = modelAnswers(m_aicet, items, 0.5, seed);
        const scoring::PersonFit fit
            = scoring::assessPersonFit(m_aicet, m_aicet.defaultTest.final, answers, QStringLiteral("fr"));
        QVERIFY(fit.available);
        flagged += fit.randomLike ? 1 : 0;
    }
    QVERIFY2(flagged <= 1, qPrintable(QString::number(flagged)));
    // Nothing to judge without answers, or without chance distributions (a bank of parameters).
    QVERIFY(!scoring::assessPersonFit(m_aicet, m_aicet.defaultTest.final, {}, QString()).available);
    ItemBank parametersOnly = m_aicet;
    for (BankItem &item : parametersOnly.items) {
        item.chance.clear();
    }
    const auto answers = modelAnswers(parametersOnly, items, 0.5, 1);
    const scoring::PersonFit none
        = scoring::assessPersonFit(parametersOnly, parametersOnly.defaultTest.final, answers, QString());
    QVERIFY(!none.available);
    QVERIFY(std::isnan(none.randomLogRatio));
    QVERIFY(!none.randomLike);
}

// Rapid guesses: answers faster than the question can be read, flagged from 3 of them and more
// than 10% of the timed answers; an unknown time (negative) is not timed.
void TestScoring::rapidAnswers()
{
    const std::vector<int> items = spreadItems(m_aicet, 30);
    const auto assess = [&](int count, const std::function<double(int)> &seconds) {
        std::vector<scoring::AnswerEvidence> answers
            = modelAnswers(m_aicet, std::vector<int>(items.begin(), items.begin() + count), 0.0, 5);
        for (int i = 0; i < count; ++i) {
            answers[static_cast<std::size_t>(i)].seconds = seconds(i);
        }
        return scoring::assessPersonFit(m_aicet, m_aicet.defaultTest.final, answers, QStringLiteral("fr"));
    };
    scoring::PersonFit fit = assess(10, [](int) { return 0.5; });
    QVERIFY(fit.rapid);
    QCOMPARE(fit.rapidAnswers, 10);
    QCOMPARE(fit.timedAnswers, 10);
    QVERIFY(fit.aberrant());
    fit = assess(10, [](int) { return 60.0; });
    QVERIFY(!fit.rapid);
    QCOMPARE(fit.rapidAnswers, 0);
    QCOMPARE(fit.timedAnswers, 10);
    fit = assess(30, [](int i) { return i < 2 ? 0.5 : 60.0; }); // 2 of 30: fewer than 3
    QVERIFY(!fit.rapid);
    QCOMPARE(fit.rapidAnswers, 2);
    QCOMPARE(fit.timedAnswers, 30);
    fit = assess(30, [](int i) { return i < 3 ? 0.5 : 60.0; }); // 3 of 30: 10%, not more
    QVERIFY(!fit.rapid);
    QCOMPARE(fit.rapidAnswers, 3);
    fit = assess(30, [](int i) { return i < 4 ? 0.5 : 60.0; }); // 4 of 30
    QVERIFY(fit.rapid);
    QCOMPARE(fit.rapidAnswers, 4);
    fit = assess(20, [](int i) { return i < 3 ? 0.5 : 60.0; }); // 3 of 20
    QVERIFY(fit.rapid);
    // Untimed answers count for nothing: 3 rapid among 3 timed, the other 27 untimed.
    fit = assess(30, [](int i) { return i < 3 ? 0.5 : -1.0; });
    QCOMPARE(fit.timedAnswers, 3);
    QCOMPARE(fit.rapidAnswers, 3);
    QVERIFY(fit.rapid);
    fit = assess(30, [](int) { return -1.0; });
    QCOMPARE(fit.timedAnswers, 0);
    QCOMPARE(fit.rapidAnswers, 0);
    QVERIFY(!fit.rapid);
    // A time of 0 is a time (and a rapid one).
    fit = assess(5, [](int) { return 0.0; });
    QCOMPARE(fit.timedAnswers, 5);
    QCOMPARE(fit.rapidAnswers, 5);
    // Just below and at the reading time of each item.
    const double reading
        = scoring::readingSeconds(m_aicet.items[static_cast<std::size_t>(items[0])].content, QStringLiteral("fr"));
    const std::vector<scoring::AnswerEvidence> one = {{items[0], 0, reading - 0.01}, {items[0], 0, reading}};
    fit = scoring::assessPersonFit(m_aicet, m_aicet.defaultTest.final, one, QStringLiteral("fr"));
    QCOMPARE(fit.rapidAnswers, 1);
}

void TestScoring::readingTime()
{
    for (const BankItem &item : m_aicet.items) {
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            const double s = scoring::readingSeconds(item.content, language);
            QVERIFY2(s >= 2.0 && s <= 10.0, qPrintable(item.id));
        }
    }
    // Five words a second, the stem and the options together, within [2, 10].
    ItemContent c;
    c.type = ItemType::SingleChoice;
    c.stem = {{QStringLiteral("fr"), QStringLiteral("Vrai ?")}};
    QCOMPARE(scoring::readingSeconds(c, QStringLiteral("fr")), 2.0);
    QStringList words;
    for (int i = 0; i < 20; ++i) {
        words.append(QStringLiteral("mot"));
    }
    c.stem = {{QStringLiteral("fr"), words.join(QLatin1Char(' '))}};
    c.options = choices(5); // two words each: 20 + 10 words
    QCOMPARE(scoring::readingSeconds(c, QStringLiteral("fr")), 6.0);
    QCOMPARE(scoring::readingSeconds(c, QStringLiteral("en")), 6.0); // the only language there is
    c.stem = {{QStringLiteral("fr"), words.join(QStringLiteral("  \n ")).repeated(5)}};
    QCOMPARE(scoring::readingSeconds(c, QStringLiteral("fr")), 10.0);
}

void TestScoring::personFitJson()
{
    scoring::PersonFit fit;
    fit.available = true;
    fit.randomLogRatio = -3.25;
    fit.timedAnswers = 27;
    fit.rapidAnswers = 4;
    fit.randomLike = false;
    fit.rapid = true;
    // Through text, as stored.
    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(fit.toJson()).toJson()).object();
    const scoring::PersonFit back = scoring::PersonFit::fromJson(json);
    QCOMPARE(back.available, true);
    QCOMPARE(back.randomLogRatio, -3.25);
    QCOMPARE(back.timedAnswers, 27);
    QCOMPARE(back.rapidAnswers, 4);
    QCOMPARE(back.randomLike, false);
    QCOMPARE(back.rapid, true);
    QCOMPARE(back.toJson(), fit.toJson());
    // A real assessment round-trips too.
    const auto answers = modelAnswers(m_aicet, spreadItems(m_aicet, 20), -0.5, 3);
    const scoring::PersonFit real = scoring::assessPersonFit(m_aicet, m_aicet.defaultTest.final, answers, QString());
    const scoring::PersonFit realBack = scoring::PersonFit::fromJson(real.toJson());
    QCOMPARE(realBack.randomLogRatio, real.randomLogRatio);
    QCOMPARE(realBack.randomLike, real.randomLike);
    // Not available: no ratio is written, and none is read back.
    scoring::PersonFit none;
    none.randomLike = true;
    QVERIFY(!none.toJson().contains(QStringLiteral("random_log_ratio")));
    const scoring::PersonFit noneBack = scoring::PersonFit::fromJson(none.toJson());
    QVERIFY(!noneBack.available);
    QVERIFY(std::isnan(noneBack.randomLogRatio));
    QCOMPARE(noneBack.randomLike, true);
    QCOMPARE(noneBack.timedAnswers, 0);
}

// With no answer, the levels' probabilities are the prior's: Φ(−1), Φ(0) − Φ(−1), … for the cuts
// −1, 0, 1 and N(0, 1).
void TestScoring::levelProbabilitiesOfThePrior()
{
    QCOMPARE(m_aicet.levelCuts, (std::vector<double>{-1.0, 0.0, 1.0}));
    QCOMPARE(m_aicet.defaultTest.final.priorMean, 0.0);
    QCOMPARE(m_aicet.defaultTest.final.priorSd, 1.0);
    const scoring::LevelClassification c = scoring::classifyLevel(m_aicet, m_aicet.defaultTest.final, {});
    const std::vector<double> expected = {0.158655, 0.341345, 0.341345, 0.158655};
    QCOMPARE(c.probabilities.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QVERIFY2(std::fabs(c.probabilities[i] - expected[i]) < 2e-3, qPrintable(QString::number(c.probabilities[i])));
    }
    QVERIFY(std::fabs(std::accumulate(c.probabilities.begin(), c.probabilities.end(), 0.0) - 1.0) < 1e-12);
    // No level or pair of levels reaches 0.80.
    QVERIFY(c.level.isEmpty());
    QVERIFY(c.alternative.isEmpty());
    QCOMPARE(c.probability, 0.0);
    // Another prior moves them: N(1, 0.5²) puts half the mass in the top level.
    irt::EstimationSettings shifted = m_aicet.defaultTest.final;
    shifted.priorMean = 1.0;
    shifted.priorSd = 0.5;
    const scoring::LevelClassification s = scoring::classifyLevel(m_aicet, shifted, {});
    QVERIFY(std::fabs(s.probabilities[3] - 0.5) < 2e-3);
    QVERIFY(std::fabs(s.probabilities[2] - (0.5 - 0.022750)) < 2e-3);
    QCOMPARE(s.level, QStringLiteral("create"));
    QCOMPARE(s.alternative, QStringLiteral("apply"));
    QVERIFY(s.probability >= 0.8);
}

void TestScoring::levelStatements()
{
    const ItemBank &bank = m_aicet;
    const double confidence = bank.scale.levelConfidence;
    QCOMPARE(confidence, 0.80);
    const auto check = [&](const scoring::LevelClassification &c) {
        QCOMPARE(c.probabilities.size(), bank.levels.size());
        QVERIFY(std::fabs(std::accumulate(c.probabilities.begin(), c.probabilities.end(), 0.0) - 1.0) < 1e-12);
        for (double p : c.probabilities) {
            QVERIFY(p >= 0.0 && p <= 1.0);
        }
        const auto best = std::max_element(c.probabilities.begin(), c.probabilities.end()) - c.probabilities.begin();
        if (c.level.isEmpty()) {
            QVERIFY(c.alternative.isEmpty());
            return;
        }
        const auto index = [&](const QString &id) {
            for (std::size_t i = 0; i < bank.levels.size(); ++i) {
                if (bank.levels[i].id == id) {
                    return static_cast<std::ptrdiff_t>(i);
                }
            }
            return std::ptrdiff_t(-1);
        };
        const auto level = index(c.level);
        QCOMPARE(level, best);
        if (c.alternative.isEmpty()) {
            QCOMPARE(c.probability, c.probabilities[static_cast<std::size_t>(level)]);
            QVERIFY(c.probability >= confidence);
        } else {
            const auto alternative = index(c.alternative);
            QCOMPARE(std::abs(alternative - level), std::ptrdiff_t(1));
            QVERIFY(c.probabilities[static_cast<std::size_t>(level)] < confidence);
            QVERIFY(c.probabilities[static_cast<std::size_t>(alternative)]
                <= c.probabilities[static_cast<std::size_t>(level)]);
            QVERIFY(std::fabs(c.probability - c.probabilities[static_cast<std::size_t>(level)]
                        - c.probabilities[static_cast<std::size_t>(alternative)])
                < 1e-15);
            QVERIFY(c.probability >= confidence);
        }
    };

    // Right answers to the 25 hardest items: the top level alone.
    std::vector<int> hardest = byDifficulty(bank);
    std::reverse(hardest.begin(), hardest.end());
    hardest.resize(25);
    std::vector<std::pair<int, int>> right;
    for (int i : hardest) {
        right.emplace_back(i, bank.items[static_cast<std::size_t>(i)].irt.categoryCount() - 1);
    }
    scoring::LevelClassification c = scoring::classifyLevel(bank, bank.defaultTest.final, right);
    check(c);
    QCOMPARE(c.level, QStringLiteral("create"));
    QVERIFY(c.alternative.isEmpty());
    QVERIFY(c.probability >= 0.8);

    // A few right answers below a point and wrong ones above it, on the items nearest to the
    // middle: a pupil between two levels whom the answers cannot place in one, both stated.
    std::vector<int> near = byDifficulty(bank);
    std::stable_sort(near.begin(), near.end(), [&](int x, int y) {
        return std::fabs(bank.items[static_cast<std::size_t>(x)].irt.location())
            < std::fabs(bank.items[static_cast<std::size_t>(y)].irt.location());
    });
    std::vector<std::pair<int, int>> guttman;
    bool found = false;
    for (int length = 4; length <= 30 && !found; length += 2) {
        for (double split = -0.5; split <= 0.51 && !found; split += 0.25) {
            guttman.clear();
            for (int i : std::vector<int>(near.begin(), near.begin() + length)) {
                const auto &p = bank.items[static_cast<std::size_t>(i)].irt;
                guttman.emplace_back(i, p.location() < split ? p.categoryCount() - 1 : 0);
            }
            c = scoring::classifyLevel(bank, bank.defaultTest.final, guttman);
            check(c);
            found = !c.alternative.isEmpty();
        }
    }
    QVERIFY(found);
    QVERIFY(c.probability >= confidence);
    // A posterior N(−0.05, 0.6²) (here a prior, with no answer) lies across the cut at 0:
    // "understand" (Φ(1/12) − Φ(−95/60) = 0.4765) with "apply" (0.4267), together 0.9033.
    irt::EstimationSettings across = bank.defaultTest.final;
    across.priorMean = -0.05;
    across.priorSd = 0.6;
    const scoring::LevelClassification middle = scoring::classifyLevel(bank, across, {});
    check(middle);
    QCOMPARE(middle.level, QStringLiteral("understand"));
    QCOMPARE(middle.alternative, QStringLiteral("apply"));
    QVERIFY(std::fabs(middle.probabilities[1] - 0.4765) < 2e-3);
    QVERIFY(std::fabs(middle.probabilities[2] - 0.4267) < 2e-3);
    QVERIFY(std::fabs(middle.probability - 0.9033) < 2e-3);
    // The result carries the same statement.
    const scoring::TestResult result = scoring::computeResult(bank, bank.defaultTest.final, guttman);
    QCOMPARE(result.level, c.level);
    QCOMPARE(result.levelAlternative, c.alternative);
    QCOMPARE(result.levelProbability, c.probability);

    // Whatever the answers, the probabilities sum to 1 and the statement is consistent.
    const std::vector<int> items = spreadItems(bank, 30);
    for (double theta : {-2.5, -1.0, -0.3, 0.0, 0.4, 1.0, 2.5}) {
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            for (int length : {3, 10, 30}) {
                const auto answers
                    = modelAnswers(bank, std::vector<int>(items.begin(), items.begin() + length), theta, seed);
                check(scoring::classifyLevel(bank, bank.defaultTest.final, scoredPairs(answers)));
            }
        }
    }
}

void TestScoring::certifiedLevelIsTheLowerOfAPair()
{
    const ItemBank &bank = m_aicet;
    const QString understand = QStringLiteral("understand"), apply = QStringLiteral("apply");
    QCOMPARE(scoring::certifiedLevel(bank, apply, understand), understand);
    QCOMPARE(scoring::certifiedLevel(bank, understand, apply), understand);
    QCOMPARE(scoring::certifiedLevel(bank, QStringLiteral("create"), apply), apply);
    QCOMPARE(scoring::certifiedLevel(bank, QStringLiteral("discovery"), understand), QStringLiteral("discovery"));
    QCOMPARE(scoring::certifiedLevel(bank, apply, QString()), apply);
    QCOMPARE(scoring::certifiedLevel(bank, QString(), QString()), QString());
}

void TestScoring::certificateBars()
{
    using scoring::CertificateBar;
    const ItemBank &bank = m_aicet;
    QCOMPARE(bank.scale.certificateMaxSe, 0.45);
    const scoring::PersonFit good;
    const QString level = QStringLiteral("apply");
    using Bars = std::vector<CertificateBar>;
    QCOMPARE(scoring::certificateBars(bank, 20, 25, level, QString(), 0.9, 0.3, good), Bars{});
    // Two levels together reaching the confidence: the lower is certified, no bar.
    QCOMPARE(scoring::certificateBars(bank, 20, 25, level, QStringLiteral("understand"), 0.85, 0.3, good), Bars{});
    // At the limits exactly: no bar.
    QCOMPARE(scoring::certificateBars(bank, 20, 20, level, QString(), 0.80, 0.45, good), Bars{});
    QCOMPARE(
        scoring::certificateBars(bank, 20, 19, level, QString(), 0.9, 0.3, good), Bars{CertificateBar::TooFewAnswers});
    QCOMPARE(
        scoring::certificateBars(bank, 20, 25, QString(), QString(), 0.0, 0.3, good), Bars{CertificateBar::NoLevel});
    QCOMPARE(scoring::certificateBars(bank, 20, 25, level, QString(), 0.79, 0.3, good),
        Bars{CertificateBar::UncertainLevel});
    QCOMPARE(scoring::certificateBars(bank, 20, 25, level, QString(), std::nan(""), 0.3, good),
        Bars{CertificateBar::UncertainLevel});
    scoring::PersonFit random;
    random.available = true;
    random.randomLogRatio = 2.0;
    random.randomLike = true;
    QCOMPARE(scoring::certificateBars(bank, 20, 25, level, QString(), 0.9, 0.3, random),
        Bars{CertificateBar::RandomAnswers});
    scoring::PersonFit rapid;
    rapid.rapid = true;
    QCOMPARE(
        scoring::certificateBars(bank, 20, 25, level, QString(), 0.9, 0.3, rapid), Bars{CertificateBar::RapidAnswers});
    QCOMPARE(
        scoring::certificateBars(bank, 20, 25, level, QString(), 0.9, 0.46, good), Bars{CertificateBar::Imprecise});
    QCOMPARE(scoring::certificateBars(bank, 20, 25, level, QString(), 0.9, std::nan(""), good),
        Bars{CertificateBar::Imprecise});
    QCOMPARE(
        scoring::certificateBars(bank, 20, 25, level, QString(), 0.9, std::numeric_limits<double>::infinity(), good),
        Bars{CertificateBar::Imprecise});
    // Every cause at once, each stated.
    scoring::PersonFit both = random;
    both.rapid = true;
    QCOMPARE(scoring::certificateBars(bank, 20, 2, QString(), QString(), 0.0, 1.0, both),
        (Bars{CertificateBar::TooFewAnswers, CertificateBar::NoLevel, CertificateBar::RandomAnswers,
            CertificateBar::RapidAnswers, CertificateBar::Imprecise}));
}

void TestScoring::evidenceForLevel()
{
    const ItemBank &bank = m_aicet;
    QCOMPARE(bank.scale.dimensionMaxSe, 0.6);
    QVERIFY(scoring::hasEvidenceForLevel(bank, 20, 25, 0.3));
    QVERIFY(scoring::hasEvidenceForLevel(bank, 20, 20, 0.6));
    QVERIFY(!scoring::hasEvidenceForLevel(bank, 20, 19, 0.3)); // too few answers
    QVERIFY(!scoring::hasEvidenceForLevel(bank, 20, 25, 0.61)); // too imprecise
    QVERIFY(!scoring::hasEvidenceForLevel(bank, 0, 0, 0.3)); // nothing answered
    QVERIFY(scoring::hasEvidenceForLevel(bank, 0, 1, 0.3));
    QVERIFY(!scoring::hasEvidenceForLevel(bank, 20, 25, std::nan("")));
}

// The AICET bank has one ability (dimension_correlation 1): no area says more than the overall
// result, and each area's estimate is the overall one.
void TestScoring::dimensionsOfOneAbility()
{
    const ItemBank &bank = m_aicet;
    QCOMPARE(bank.scale.dimensionCorrelation, 1.0);
    QCOMPARE(bank.defaultTest.final.method, irt::Estimator::EAP);
    const std::vector<int> items = spreadItems(bank, 25);
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        for (double theta : {-1.0, 0.5}) {
            const auto scored = scoredPairs(modelAnswers(bank, items, theta, seed));
            const scoring::TestResult r = scoring::computeResult(bank, bank.defaultTest.final, scored);
            QCOMPARE(r.items, 25);
            irt::EstimationSettings eap = bank.defaultTest.final;
            eap.method = irt::Estimator::EAP;
            std::vector<irt::Response> responses;
            for (const auto &[item, category] : scored) {
                responses.push_back({&bank.items[static_cast<std::size_t>(item)].irt, category});
            }
            const double overall = irt::estimateAbility(responses, eap).theta;
            QCOMPARE(r.dimensions.size(), bank.dimensions.size());
            int answered = 0;
            for (const scoring::DimensionResult &d : r.dimensions) {
                answered += d.items;
                QVERIFY2(!d.informative, qPrintable(d.dimension));
                QVERIFY2(d.level.isEmpty(), qPrintable(d.dimension));
                QVERIFY2(std::fabs(d.theta - overall) < 0.15,
                    qPrintable(QStringLiteral("%1: %2 overall %3").arg(d.dimension).arg(d.theta).arg(overall)));
            }
            QCOMPARE(answered, 25);
        }
    }
}

// Uncorrelated areas (a bank struct with dimension_correlation 0): 25 answers in one area make
// it informative, with its level; the areas not answered stay at the prior and say nothing.
void TestScoring::informativeDimension()
{
    ItemBank bank = m_aicet;
    bank.scale.dimensionCorrelation = 0.0;
    const int dimension = bank.dimensionIndex(QStringLiteral("TEC"));
    QVERIFY(dimension >= 0);
    std::vector<int> items;
    for (int i : byDifficulty(bank)) {
        if (bank.items[static_cast<std::size_t>(i)].dimension == dimension) {
            items.push_back(i);
        }
    }
    QVERIFY(items.size() >= 25);
    std::vector<int> chosen;
    for (std::size_t i = 0; i < 25; ++i) {
        chosen.push_back(items[i * (items.size() - 1) / 24]);
    }
    const auto scored = scoredPairs(modelAnswers(bank, chosen, 0.7, 11));
    const scoring::TestResult r = scoring::computeResult(bank, bank.defaultTest.final, scored);
    for (std::size_t d = 0; d < r.dimensions.size(); ++d) {
        const scoring::DimensionResult &dr = r.dimensions[d];
        if (static_cast<int>(d) == dimension) {
            QCOMPARE(dr.items, 25);
            QVERIFY(dr.informative);
            QVERIFY(dr.se <= bank.scale.dimensionMaxSe);
            QCOMPARE(dr.level, scoring::levelAt(bank, dr.theta));
            QVERIFY(!dr.level.isEmpty());
            // With no correlation, the area's estimate is its own answers' (all the test's here).
            QVERIFY(std::fabs(dr.theta - r.theta) < 0.05);
        } else {
            QCOMPARE(dr.items, 0);
            QVERIFY(!dr.informative);
            QVERIFY(dr.level.isEmpty());
            QVERIFY(std::fabs(dr.theta - bank.defaultTest.final.priorMean) < 1e-6);
        }
    }
    // The same answers with one ability: the area adds nothing.
    const scoring::TestResult one = scoring::computeResult(m_aicet, m_aicet.defaultTest.final, scored);
    QVERIFY(!one.dimensions[static_cast<std::size_t>(dimension)].informative);
}

// Haberman's criterion compares an area's own answers with the whole test's, whose ability
// correlates with the area's at √((1 + (D − 1)ρ)/D), not ρ: with the AICET bank's four areas and a
// balanced 28-question test (PRMSE about 0.65 for an area, 0.9 for the whole), the areas add
// value when they correlate 0.3 (R² = 0.475) but not 0.8 (R² = 0.85).
void TestScoring::areasAddValueOnlyWhenDistinctEnough()
{
    std::vector<int> chosen;
    for (std::size_t d = 0; d < m_aicet.dimensions.size(); ++d) {
        std::vector<int> items;
        for (int i : byDifficulty(m_aicet)) {
            if (m_aicet.items[static_cast<std::size_t>(i)].dimension == static_cast<int>(d)) {
                items.push_back(i);
            }
        }
        QVERIFY(items.size() >= 7);
        for (std::size_t k = 0; k < 7; ++k) {
            chosen.push_back(items[k * (items.size() - 1) / 6]);
        }
    }
    const auto scored = scoredPairs(modelAnswers(m_aicet, chosen, 0.3, 5));
    for (const double rho : {0.3, 0.8}) {
        ItemBank bank = m_aicet;
        bank.scale.dimensionCorrelation = rho;
        const scoring::TestResult r = scoring::computeResult(bank, bank.defaultTest.final, scored);
        QCOMPARE(r.dimensions.size(), std::size_t(4));
        for (const scoring::DimensionResult &d : r.dimensions) {
            QCOMPARE(d.items, 7);
            QVERIFY2(d.informative == (rho < 0.5), qPrintable(QStringLiteral("%1 at %2").arg(d.dimension).arg(rho)));
            // The area's estimate leans on the rest of the test more when the areas correlate more.
            QVERIFY(d.se < d.ownSe);
        }
    }
}

// With one ability (dimension_correlation 1) no area is informative, even when every answer is in
// that area: its own answers are then all the answers, and Haberman's criterion
// 1 − SE²ₐ/σ² > ρ²(1 − SE²/σ²) is an equality. computeResult compares SEₐ, an EAP on a grid of at
// least 81 nodes, with the final estimator's SE (33 nodes for AICET; another estimator altogether
// for ML or WLE), so the grids' rounding decides, and the area gets a level in some cases.
void TestScoring::oneAbilityAllAnswersInOneArea()
{
    const ItemBank &bank = m_aicet;
    QCOMPARE(bank.scale.dimensionCorrelation, 1.0);
    const int dimension = bank.dimensionIndex(QStringLiteral("TEC"));
    std::vector<int> items;
    for (int i = 0; i < bank.size() && items.size() < 25; ++i) {
        if (bank.items[static_cast<std::size_t>(i)].dimension == dimension) {
            items.push_back(i);
        }
    }
    QCOMPARE(items.size(), std::size_t(25));
    int informative = 0, withLevel = 0;
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        const scoring::TestResult r
            = scoring::computeResult(bank, bank.defaultTest.final, scoredPairs(modelAnswers(bank, items, 0.5, seed)));
        const scoring::DimensionResult &d = r.dimensions[static_cast<std::size_t>(dimension)];
        QCOMPARE(d.items, 25);
        QVERIFY(std::fabs(d.theta - r.theta) < 0.05);
        informative += d.informative ? 1 : 0;
        withLevel += d.level.isEmpty() ? 0 : 1;
    }
    QCOMPARE(informative, 0);
    QCOMPARE(withLevel, 0);
}

QTEST_GUILESS_MAIN(TestScoring)
#include "TestScoring.moc"
