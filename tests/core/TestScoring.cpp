#include "TestData.h"
#include "bank/BankLoader.h"
#include "bank/Scoring.h"

#include <QTest>

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

QTEST_GUILESS_MAIN(TestScoring)
#include "TestScoring.moc"
