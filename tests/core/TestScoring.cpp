#include "TestData.h"
#include "bank/BankLoader.h"
#include "bank/Scoring.h"
#include "scoring/TestResult.h"

#include <QTest>

#include <cmath>

using namespace aicet;

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

private:
    const ItemContent &item(const char *id) const
    {
        return m_bank.items[static_cast<std::size_t>(m_bank.indexOf(QLatin1String(id)))].content;
    }
    ItemBank m_bank;
};

void TestScoring::initTestCase()
{
    BankLoadResult r = loadBank(test::sourcePath(QStringLiteral("question-banks/example")));
    QVERIFY(r.usable());
    m_bank = std::move(r.bank);
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

QTEST_GUILESS_MAIN(TestScoring)
#include "TestScoring.moc"
