#include "TestData.h"
#include "bank/BankLoader.h"
#include "bank/Chance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <set>

using namespace aicet;

namespace {

const QByteArray kBankYaml = R"(format: 1
id: tiny
version: "1"
title: {fr: "Petite banque", en: "Tiny bank"}
languages: [fr, en]
default_language: fr
authority: {fr: "Moi", en: "Me"}
irt: {scaling_constant: 1.0, parameters: provisional}
framework:
  dimensions:
    - id: TEC
      name: {fr: "Techniques", en: "Techniques"}
      competencies:
        - id: TEC-U
          name: {fr: "Fondements", en: "Foundations"}
          level: understand
    - id: ETH
      name: {fr: "Éthique", en: "Ethics"}
      competencies:
        - id: ETH-A
          name: {fr: "Usage", en: "Use"}
          level: apply
themes:
  - id: EDU
    name: {fr: "Éducation", en: "Education"}
levels:
  - id: low
    name: {fr: "Bas", en: "Low"}
    description: {fr: "Bas", en: "Low"}
  - id: high
    from: 0
    name: {fr: "Haut", en: "High"}
    description: {fr: "Haut", en: "High"}
)";

// Line 2 is the item's id; the answer is on line 13; irt on line 17.
const QByteArray kItemYaml = R"(items:
  - id: q1
    type: single_choice
    status: operational
    dimension: TEC
    competency: TEC-U
    level: understand
    themes: [EDU]
    stem: {fr: "Question ?", en: "Question?"}
    options:
      - {id: a, text: {fr: "Oui", en: "Yes"}}
      - {id: b, text: {fr: "Non", en: "No"}}
    answer: a
    explanation:
      fr: "Parce que."
      en: "Because."
    irt: {model: 2PL, a: 1.2, b: 0.3}
)";

QString writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    f.write(content);
    return path;
}

QString allDiagnostics(const BankLoadResult &r)
{
    QStringList lines;
    for (const Diagnostic &d : r.diagnostics) {
        lines.append(d.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestBankLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void exampleBank();
    void aicetBank();
    void imageBytesInTheHash();
    void conformanceBankMatchesCsv();
    void diagnostics_data();
    void diagnostics();
    void everyProblemAtOnce();
    void syntaxExplanationsLeaveValidLinesAlone();
    void warningsKeepTheBankUsable();
    void duplicateIdsAcrossFiles();
    void images();
    void oneMistakeScoring();
    void bankFileProblems_data();
    void bankFileProblems();
    void hostileFiles_data();
    void hostileFiles();
    void hugeFile();
    void contentHashIgnoresLayout();
    void contentHashSeesContent();
    void notABankFolder();
    void absurdValues_data();
    void absurdValues();
    void longAcceptedAnswer();
    void chanceGuessing();
    void guessingRules();
    void chanceGuessingKeepsFourParameters();
    void reportingSettings_data();
    void reportingSettings();
    void reportingDefaults();
    void exposureFile();
    void aicetExposureIsCurrent();

private:
    QString bank(const QByteArray &items, const QByteArray &bankYaml = kBankYaml);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBankLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestBankLoader::bank(const QByteArray &items, const QByteArray &bankYaml)
{
    writeFile(m_dir->filePath(QStringLiteral("bank.yaml")), bankYaml);
    writeFile(m_dir->filePath(QStringLiteral("items/a.yaml")), items);
    return m_dir->path();
}

void TestBankLoader::exampleBank()
{
    const BankLoadResult r = loadBank(test::sourcePath(QStringLiteral("question-banks/example")));
    QVERIFY2(r.usable(), qPrintable(allDiagnostics(r)));
    QVERIFY2(r.diagnostics.empty(), qPrintable(allDiagnostics(r)));
    const ItemBank &b = r.bank;
    QCOMPARE(b.id, QStringLiteral("example"));
    QCOMPARE(b.languages, (QStringList{QStringLiteral("fr"), QStringLiteral("en")}));
    QCOMPARE(b.defaultLanguage, QStringLiteral("fr"));
    QVERIFY(b.provisionalParameters);
    QCOMPARE(b.size(), 9);
    std::set<ItemType> types;
    for (const BankItem &item : b.items) {
        types.insert(item.content.type);
    }
    QCOMPARE(types.size(), std::size_t(7));
    const BankItem &multiple = b.items[static_cast<std::size_t>(b.indexOf(QStringLiteral("ex-multiple")))];
    QCOMPARE(multiple.content.scoring, Scoring::Partial);
    QCOMPARE(multiple.irt.model, irt::Model::GeneralizedPartialCredit);
    QCOMPARE(multiple.content.key, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(multiple.source.line, 24);
    QVERIFY(multiple.source.file.endsWith(QStringLiteral("items/examples.yaml")));
    const BankItem &numeric = b.items[static_cast<std::size_t>(b.indexOf(QStringLiteral("ex-numeric")))];
    QCOMPARE(numeric.content.numericKey, 80.0);
    QCOMPARE(numeric.content.tolerance, 0.5);
    QCOMPARE(numeric.content.imageFile, QStringLiteral("images/confusion.svg"));
    QVERIFY(numeric.content.imageAlt.value(QStringLiteral("en")).contains(QStringLiteral("8 right answers")));
    const BankItem &matching = b.items[static_cast<std::size_t>(b.indexOf(QStringLiteral("ex-matching")))];
    QCOMPARE(matching.content.matchingKey.value(QStringLiteral("p2")), QStringLiteral("r2"));
    const BankItem &pilot = b.items[static_cast<std::size_t>(b.indexOf(QStringLiteral("ex-pilot")))];
    QCOMPARE(pilot.status, ItemStatus::Pilot);
    QVERIFY(!pilot.hasParameters);
    const BankItem &single = b.items[static_cast<std::size_t>(b.indexOf(QStringLiteral("ex-single")))];
    QCOMPARE(single.enemies, QStringList{QStringLiteral("ex-draft")});
    QCOMPARE(b.competencies[static_cast<std::size_t>(single.competency)].id, QStringLiteral("TEC-U"));
    QCOMPARE(b.dimensions[static_cast<std::size_t>(single.dimension)].id, QStringLiteral("TEC"));
    // Bank settings.
    QCOMPARE(b.levelCuts, std::vector<double>{0.0});
    QCOMPARE(b.levels.size(), std::size_t(2));
    QCOMPARE(b.defaultTest.stopping.minItems, 3);
    QCOMPARE(b.defaultTest.stopping.maxItems, 6);
    QCOMPARE(b.defaultTest.stopping.seTarget, 0.5);
    QCOMPARE(b.defaultTest.stopping.timeLimitSeconds, 600.0);
    QCOMPARE(b.defaultTest.contentTargets, (std::vector<double>{0.5, 0.5}));
    QCOMPARE(b.defaultTest.pilotPositions, std::vector<int>{2});
    QCOMPARE(b.contentHash.size(), 64);
}

void TestBankLoader::aicetBank()
{
    const BankLoadResult r = loadBank(test::sourcePath(QStringLiteral("question-banks/aicet")));
    QVERIFY2(r.usable(), qPrintable(allDiagnostics(r)));
    const ItemBank &b = r.bank;
    QCOMPARE(b.dimensions.size(), std::size_t(4));
    QCOMPARE(b.competencies.size(), std::size_t(12));
    QCOMPARE(b.themes.size(), std::size_t(5));
    QVERIFY(b.provisionalParameters);
    std::vector<int> perCompetency(12, 0);
    std::set<ItemType> types;
    std::set<QString> themes;
    int operational = 0;
    for (const BankItem &item : b.items) {
        if (item.status != ItemStatus::Operational) {
            continue;
        }
        ++operational;
        ++perCompetency[static_cast<std::size_t>(item.competency)];
        types.insert(item.content.type);
        for (const QString &t : item.themes) {
            themes.insert(t);
        }
        QVERIFY(item.hasParameters);
        for (const QString &lang : {QStringLiteral("fr"), QStringLiteral("en")}) {
            QVERIFY2(!item.content.stem.value(lang).isEmpty(), qPrintable(item.id));
            QVERIFY2(item.content.explanation.value(lang).size() > 20, qPrintable(item.id));
        }
    }
    QVERIFY(operational >= 144);
    for (int n : perCompetency) {
        QVERIFY(n >= 12);
    }
    QVERIFY(types.size() >= 6);
    QCOMPARE(themes.size(), std::size_t(5));
}

void TestBankLoader::conformanceBankMatchesCsv()
{
    const BankLoadResult r = loadBank(test::sourcePath(QStringLiteral("question-banks/conformance")));
    QVERIFY2(r.usable(), qPrintable(allDiagnostics(r)));
    QVERIFY(r.bank.parametersOnly);
    const ItemBank csv = test::conformanceBank();
    QCOMPARE(r.bank.size(), csv.size());
    for (std::size_t i = 0; i < csv.items.size(); ++i) {
        const BankItem &y = r.bank.items[i], &c = csv.items[i];
        QCOMPARE(y.id, c.id);
        QCOMPARE(y.irt.a, c.irt.a);
        QCOMPARE(y.irt.b, c.irt.b);
        QCOMPARE(y.irt.c, c.irt.c);
        QCOMPARE(y.irt.d, c.irt.d);
        QCOMPARE(r.bank.dimensions[static_cast<std::size_t>(y.dimension)].id,
            csv.dimensions[static_cast<std::size_t>(c.dimension)].id);
    }
    QCOMPARE(r.bank.defaultTest.stopping.maxItems, 30);
}

void TestBankLoader::diagnostics_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addRow("yaml syntax") << QByteArray("answer: a") << QByteArray("answer: [a") << 14 << 16
                                 << QStringLiteral("error: YAML syntax");
    // Syntax errors in a trainer's words, at the line that has the problem.
    QTest::addRow("apostrophe in single quotes")
        << QByteArray("{fr: \"Oui\"") << QByteArray("{fr: 'L'IA'") << 11 << 30
        << QStringLiteral("the apostrophe after \"L\" ends the text that starts with ': write it twice (L''I…)");
    QTest::addRow("colon in plain text") << QByteArray("      fr: \"Parce que.\"")
                                         << QByteArray("      fr: Note: parce que") << 15 << 15
                                         << QStringLiteral("holds a colon followed by a space (\"Note: \")");
    QTest::addRow("quote not closed") << QByteArray("      fr: \"Parce que.\"") << QByteArray("      fr: \"Parce que.")
                                      << 15 << 11
                                      << QStringLiteral("a text begins with \" and is not closed on its line");
    QTest::addRow("unknown name listed")
        << QByteArray("dimension: TEC") << QByteArray("dimension: ZZZZZZ") << 5 << 16
        << QStringLiteral("dimension \"ZZZZZZ\" is not defined in bank.yaml (the names that exist: TEC, ETH)");
    QTest::addRow("misspelt key") << QByteArray("    explanation:") << QByteArray("    explenation:") << 14 << 5
                                  << QStringLiteral("unknown field \"explenation\" (did you mean \"explanation\"?)");
    QTest::addRow("missing stem") << QByteArray("    stem: {fr: \"Question ?\", en: \"Question?\"}\n") << QByteArray()
                                  << 2 << 5 << QStringLiteral("item \"q1\": missing field \"stem\"");
    QTest::addRow("mistyped a") << QByteArray("a: 1.2") << QByteArray("a: high") << 17 << 26
                                << QStringLiteral("irt.a must be a number, not \"high\"");
    QTest::addRow("quoted number") << QByteArray("a: 1.2") << QByteArray("a: \"1.2\"") << 17 << 26
                                   << QStringLiteral("irt.a must be a number");
    QTest::addRow("key names no option") << QByteArray("answer: a") << QByteArray("answer: c") << 13 << 13
                                         << QStringLiteral("the answer names option \"c\", which is not among a, b");
    QTest::addRow("type misspelt") << QByteArray("type: single_choice") << QByteArray("type: single_choise") << 3 << 11
                                   << QStringLiteral("(did you mean \"single_choice\"?)");
    QTest::addRow("status") << QByteArray("status: operational") << QByteArray("status: live") << 4 << 13
                            << QStringLiteral("status \"live\" is not one of draft, pilot, operational, retired");
    QTest::addRow("unknown dimension") << QByteArray("dimension: TEC") << QByteArray("dimension: TECH") << 5 << 16
                                       << QStringLiteral(
                                              "dimension \"TECH\" is not defined in bank.yaml (did you mean \"TEC\"?)");
    QTest::addRow("competency elsewhere")
        << QByteArray("competency: TEC-U") << QByteArray("competency: ETH-A") << 6 << 17
        << QStringLiteral("competency \"ETH-A\" belongs to dimension \"ETH\", not \"TEC\"");
    QTest::addRow("unknown theme") << QByteArray("[EDU]") << QByteArray("[EDUC]") << 8 << 14
                                   << QStringLiteral("theme \"EDUC\" is not defined");
    QTest::addRow("missing language") << QByteArray("{fr: \"Question ?\", en: \"Question?\"}")
                                      << QByteArray("{fr: \"Question ?\"}") << 9 << 11
                                      << QStringLiteral("stem: the \"en\" text is missing");
    QTest::addRow("unknown language") << QByteArray("{fr: \"Question ?\", en: \"Question?\"}")
                                      << QByteArray("{fr: \"Question ?\", en: \"Question?\", de: \"Frage?\"}") << 9
                                      << 47 << QStringLiteral("unknown field \"de\"");
    QTest::addRow("a negative") << QByteArray("a: 1.2") << QByteArray("a: -1.2") << 17 << 10
                                << QStringLiteral("discrimination a must be a positive number");
    QTest::addRow("c in 2PL") << QByteArray("b: 0.3}") << QByteArray("b: 0.3, c: 0.2}") << 17 << 42
                              << QStringLiteral(
                                     "\"c\" is not a parameter of the 2PL model (use 3PL for a guessing parameter)");
    QTest::addRow("c out of range") << QByteArray("{model: 2PL, a: 1.2, b: 0.3}")
                                    << QByteArray("{model: 3PL, a: 1.2, b: 0.3, c: 1.5}") << 17 << 10
                                    << QStringLiteral("lower asymptote c must be in [0, 1)");
    QTest::addRow("unknown model") << QByteArray("model: 2PL") << QByteArray("model: 2PLM") << 17 << 18
                                   << QStringLiteral("irt.model \"2PLM\" is not one of");
    QTest::addRow("no parameters") << QByteArray("    irt: {model: 2PL, a: 1.2, b: 0.3}\n") << QByteArray() << 2 << 5
                                   << QStringLiteral("an operational item needs IRT parameters");
    QTest::addRow("unknown enemy") << QByteArray("    answer: a\n") << QByteArray("    answer: a\n    enemies: [q9]\n")
                                   << 2 << 5 << QStringLiteral("enemy \"q9\" is not an item of the bank");
    QTest::addRow("self enemy") << QByteArray("    answer: a\n") << QByteArray("    answer: a\n    enemies: [q1]\n")
                                << 2 << 5 << QStringLiteral("an item cannot be its own enemy");
    QTest::addRow("bad id") << QByteArray("id: q1") << QByteArray("id: \"q 1\"") << 2 << 9
                            << QStringLiteral("item id \"q 1\" must be 1 to 64 letters");
    QTest::addRow("not a mapping") << QByteArray("  - id: q1\n") << QByteArray("  - just text\n  - id: q1\n") << 2 << 5
                                   << QStringLiteral("each item must be a mapping of fields, not a single value");
    QTest::addRow("duplicate key") << QByteArray("    answer: a\n") << QByteArray("    answer: a\n    answer: b\n")
                                   << 14 << 5 << QStringLiteral("\"answer\" is given twice");
}

void TestBankLoader::diagnostics()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QByteArray items = kItemYaml;
    QVERIFY(items.contains(from));
    items.replace(from, to);
    const BankLoadResult r = loadBank(bank(items));
    QVERIFY2(!r.usable(), qPrintable(allDiagnostics(r)));
    bool found = false;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.toString().contains(message)) {
            found = true;
            QVERIFY2(d.file.endsWith(QStringLiteral("items/a.yaml")), qPrintable(d.toString()));
            QVERIFY2(d.line == line && d.column == column, qPrintable(d.toString()));
            QVERIFY(d.toString().startsWith(QStringLiteral("%1:%2:%3: error: ").arg(d.file).arg(line).arg(column)));
        }
    }
    QVERIFY2(found, qPrintable(allDiagnostics(r)));
}

// Valid lines near a real syntax error are not blamed: an apostrophe written twice, a quote in a
// comment or inside single quotes; and an unreadable file brings no follow-on error about the bank.
void TestBankLoader::syntaxExplanationsLeaveValidLinesAlone()
{
    QByteArray items = kItemYaml;
    items.replace("{fr: \"Oui\", en: \"Yes\"}}", "{fr: 'Il l''a dit', en: 'un écran de 15\" # vu'}");
    const BankLoadResult r = loadBank(bank(items));
    QVERIFY(!r.usable());
    QCOMPARE(r.diagnostics.size(), std::size_t(1)); // the syntax error alone
    const QString message = r.diagnostics.front().message;
    QVERIFY2(message.startsWith(QStringLiteral("YAML syntax")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("apostrophe")) && !message.contains(QStringLiteral("is not closed")),
        qPrintable(message));
}

void TestBankLoader::everyProblemAtOnce()
{
    QByteArray items = kItemYaml;
    items.replace("answer: a", "answer: z");
    items.replace("a: 1.2", "a: -3");
    items.replace("dimension: TEC", "dimension: XYZ");
    QByteArray second = kItemYaml;
    second.replace("id: q1", "id: q2");
    second.replace("explanation:", "explanaton:");
    writeFile(m_dir->filePath(QStringLiteral("items/b.yaml")), second);
    const BankLoadResult r = loadBank(bank(items));
    int errors = 0;
    for (const Diagnostic &d : r.diagnostics) {
        errors += d.isError() ? 1 : 0;
    }
    QVERIFY2(errors >= 5, qPrintable(allDiagnostics(r))); // three in a.yaml, two in b.yaml
    QVERIFY(allDiagnostics(r).contains(QStringLiteral("items/b.yaml:14:5: error: item \"q2\"")));
    const QJsonObject json = r.diagnostics.front().toJson();
    QCOMPARE(json.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QVERIFY(json.value(QStringLiteral("line")).toInt() > 0);
}

void TestBankLoader::warningsKeepTheBankUsable()
{
    QByteArray items = kItemYaml;
    items.replace("a: 1.2", "a: 0.1"); // almost no information anywhere
    items.replace("level: understand", "level: apply"); // differs from its competency
    const BankLoadResult r = loadBank(bank(items));
    QVERIFY2(r.usable(), qPrintable(allDiagnostics(r)));
    const QString all = allDiagnostics(r);
    QVERIFY(all.contains(
        QStringLiteral("a.yaml:17:10: warning: item \"q1\": irt: these parameters give almost no information")));
    QVERIFY(all.contains(QStringLiteral("warning: item \"q1\": level \"apply\" differs from its competency's level")));
}

void TestBankLoader::duplicateIdsAcrossFiles()
{
    writeFile(m_dir->filePath(QStringLiteral("items/z/second.yaml")), kItemYaml);
    const BankLoadResult r = loadBank(bank(kItemYaml));
    QVERIFY(!r.usable());
    QVERIFY2(allDiagnostics(r).contains(
                 QStringLiteral("items/z/second.yaml:2:5: error: item \"q1\": the id is already used at ")),
        qPrintable(allDiagnostics(r)));
    QCOMPARE(r.bank.size(), 1);
}

void TestBankLoader::images()
{
    QByteArray items = kItemYaml;
    items.replace("    answer: a\n",
        "    answer: a\n    image: {file: images/pic.png, alt: {fr: \"Une image\", en: \"A picture\"}}\n");
    // Missing.
    BankLoadResult r = loadBank(bank(items));
    QVERIFY(allDiagnostics(r).contains(QStringLiteral("image \"images/pic.png\" does not exist")));
    // Not an image.
    writeFile(m_dir->filePath(QStringLiteral("images/pic.png")), "hello, I am text");
    r = loadBank(bank(items));
    QVERIFY(allDiagnostics(r).contains(QStringLiteral("is not a PNG, JPEG or SVG image")));
    // A real PNG header.
    writeFile(m_dir->filePath(QStringLiteral("images/pic.png")), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    r = loadBank(bank(items));
    QVERIFY2(r.usable(), qPrintable(allDiagnostics(r)));
    // Too large.
    writeFile(m_dir->filePath(QStringLiteral("images/pic.png")),
        QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(3 * 1024 * 1024, 'x'));
    r = loadBank(bank(items));
    QVERIFY(allDiagnostics(r).contains(QStringLiteral("is too large")));
    // Outside the bank folder.
    QByteArray escape = items;
    escape.replace("images/pic.png", "../../etc/passwd");
    r = loadBank(bank(escape));
    QVERIFY(allDiagnostics(r).contains(QStringLiteral("must be a relative path inside the bank folder")));
    // A link that leads out of the bank folder, as a file or as a folder on the way.
    QTemporaryDir outside;
    writeFile(outside.filePath(QStringLiteral("secret.png")), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    QVERIFY(QFile::link(
        outside.filePath(QStringLiteral("secret.png")), m_dir->filePath(QStringLiteral("images/link.png"))));
    QVERIFY(QFile::link(outside.path(), m_dir->filePath(QStringLiteral("elsewhere"))));
    for (const char *path : {"images/link.png", "elsewhere/secret.png"}) {
        QByteArray linked = items;
        linked.replace("images/pic.png", path);
        r = loadBank(bank(linked));
        QVERIFY2(!r.usable() && allDiagnostics(r).contains(QStringLiteral("leads outside the bank folder")),
            qPrintable(allDiagnostics(r)));
    }
    // Alternative text is mandatory.
    QByteArray noAlt = items;
    noAlt.replace(", alt: {fr: \"Une image\", en: \"A picture\"}", "");
    r = loadBank(bank(noAlt));
    QVERIFY(allDiagnostics(r).contains(QStringLiteral("missing field \"alt\"")));

    // One picture per language (the words drawn in it translated): each is checked, each is
    // what its language shows, and replacing either changes the content hash.
    writeFile(m_dir->filePath(QStringLiteral("images/pic.png")), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    QByteArray perLanguage = items;
    perLanguage.replace("file: images/pic.png", "file: {fr: images/pic.png, en: images/pic-en.svg}");
    r = loadBank(bank(perLanguage));
    QVERIFY2(allDiagnostics(r).contains(QStringLiteral("image \"images/pic-en.svg\" does not exist")),
        qPrintable(allDiagnostics(r)));
    writeFile(m_dir->filePath(QStringLiteral("images/pic-en.svg")), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    r = loadBank(bank(perLanguage));
    QVERIFY2(r.usable(), qPrintable(allDiagnostics(r)));
    const ItemContent &c = r.bank.items.front().content;
    QCOMPARE(c.imageFileFor(QStringLiteral("fr")), QStringLiteral("images/pic.png"));
    QCOMPARE(c.imageFileFor(QStringLiteral("en")), QStringLiteral("images/pic-en.svg"));
    QCOMPARE(c.imageFile, QStringLiteral("images/pic.png")); // the default language's
    QCOMPARE(c.allImageFiles(), (QStringList{QStringLiteral("images/pic.png"), QStringLiteral("images/pic-en.svg")}));
    const QString hash = r.bank.contentHash;
    writeFile(m_dir->filePath(QStringLiteral("images/pic-en.svg")), "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
    QVERIFY(loadBank(bank(perLanguage)).bank.contentHash != hash);
    // A language without its picture.
    QByteArray missingLanguage = items;
    missingLanguage.replace("file: images/pic.png", "file: {fr: images/pic.png}");
    r = loadBank(bank(missingLanguage));
    QVERIFY2(!r.usable() && allDiagnostics(r).contains(QStringLiteral("image.file")), qPrintable(allDiagnostics(r)));
}

// one_mistake: two steps (2 all right, 1 one mistake), and at least three parts.
void TestBankLoader::oneMistakeScoring()
{
    QByteArray items = kItemYaml;
    items.replace("type: single_choice", "type: ordering");
    items.replace("    options:\n", "    elements:\n");
    items.replace("      - {id: b, text: {fr: \"Non\", en: \"No\"}}\n",
        "      - {id: b, text: {fr: \"Non\", en: \"No\"}}\n      - {id: c, text: {fr: \"Peut-être\", en: "
        "\"Maybe\"}}\n");
    items.replace("answer: a", "answer: [c, a, b]\n    scoring: one_mistake");
    items.replace("irt: {model: 2PL, a: 1.2, b: 0.3}", "irt: {model: GPCM, a: 1.2, b: [-0.5, 0.8]}");
    BankLoadResult r = loadBank(bank(items));
    QVERIFY2(r.usable(), qPrintable(allDiagnostics(r)));
    const BankItem &item = r.bank.items.front();
    QCOMPARE(item.content.scoring, Scoring::OneMistake);
    QCOMPARE(item.irt.categoryCount(), 3);
    QCOMPARE(
        item.chance, (std::vector<double>{3.0 / 6.0, 2.0 / 6.0, 1.0 / 6.0})); // 3! orders: 1 right, 2 one swap away
    // A right-or-wrong model cannot take three scores.
    QByteArray dichotomous = items;
    dichotomous.replace("irt: {model: GPCM, a: 1.2, b: [-0.5, 0.8]}", "irt: {model: 2PL, a: 1.2, b: 0.3}");
    QVERIFY(!loadBank(bank(dichotomous)).usable());
    // Two elements: one mistake is already all wrong.
    QByteArray two = items;
    two.replace("      - {id: c, text: {fr: \"Peut-être\", en: \"Maybe\"}}\n", "");
    two.replace("answer: [c, a, b]", "answer: [b, a]");
    r = loadBank(bank(two));
    QVERIFY2(allDiagnostics(r).contains(QStringLiteral("one_mistake needs at least 3 elements")),
        qPrintable(allDiagnostics(r)));
}

void TestBankLoader::bankFileProblems_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("message");
    QTest::addRow("format") << QByteArray("format: 1") << QByteArray("format: 2")
                            << QStringLiteral("bank.yaml:1:9: error: format 2 is not known");
    QTest::addRow("default language") << QByteArray("default_language: fr") << QByteArray("default_language: de")
                                      << QStringLiteral(
                                             "default_language \"de\" is not one of the bank's languages (fr, en)");
    QTest::addRow("levels order") << QByteArray("from: 0") << QByteArray("from: x")
                                  << QStringLiteral("level high: from must be a number");
    QTest::addRow("misspelt") << QByteArray("authority:") << QByteArray("authorty:")
                              << QStringLiteral("bank: unknown field \"authorty\" (did you mean \"authority\"?)");
    QTest::addRow("test settings") << QByteArray("irt: {") << QByteArray("test: {selection: mif, max_items: 0}\nirt: {")
                                   << QStringLiteral("test.selection: unknown rule \"mif\"");
    QTest::addRow("content targets") << QByteArray("irt: {") << QByteArray("test: {content_targets: {TEK: 1}}\nirt: {")
                                     << QStringLiteral("no dimension \"TEK\" (did you mean \"TEC\"?)");
    QTest::addRow("dimension twice") << QByteArray("    - id: ETH") << QByteArray("    - id: TEC")
                                     << QStringLiteral("dimension \"TEC\" is defined twice");
}

void TestBankLoader::bankFileProblems()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, message);
    QByteArray bankYaml = kBankYaml;
    QVERIFY(bankYaml.contains(from));
    bankYaml.replace(from, to);
    const BankLoadResult r = loadBank(bank(kItemYaml, bankYaml));
    QVERIFY(!r.usable());
    QVERIFY2(allDiagnostics(r).contains(message), qPrintable(allDiagnostics(r)));
}

void TestBankLoader::hostileFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::addRow("empty") << QByteArray() << QStringLiteral("a.yaml:1:1: error: the file is empty");
    QTest::addRow("blank") << QByteArray("\n  \n# only a comment\n") << QStringLiteral("the file is empty");
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i) {
        garbage[i] = static_cast<char>((i * 7919) % 256);
    }
    QTest::addRow("binary") << garbage << QStringLiteral("binary data");
    QTest::addRow("invalid utf-8") << QByteArray("items:\n  - id: \xff\xfe\n") << QStringLiteral("not valid UTF-8");
    QByteArray laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        const char p = static_cast<char>(c - 1);
        laughs += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p
            + ",*" + p + ",*" + p + ",*" + p + ",*" + p + "]\n";
    }
    QTest::addRow("billion laughs") << laughs << QStringLiteral("a.yaml:1:4: error: anchors (&name) and aliases");
    QTest::addRow("deep nesting") << (QByteArray(100000, '[') + QByteArray(100000, ']'))
                                  << QStringLiteral("values nested more than 32 levels deep");
    QTest::addRow("deep mappings") << QByteArray(
        "a: {b: {c: {d: {e: {f: {g: {h: {i: {j: {k: {l: {m: {n: {o: {p: {q: {r: "
        "{s: {t: {u: {v: {w: {x: {y: {z: {A: {B: {C: {D: {E: {F: {G: 1}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}")
                                   << QStringLiteral("nested more than 32 levels");
    QTest::addRow("two documents") << QByteArray("items: []\n---\nitems: []\n") << QStringLiteral("one YAML document");
    QTest::addRow("a list at the top") << QByteArray("- id: q1\n") << QStringLiteral("an item file must be a mapping");
    QTest::addRow("items not a list") << QByteArray("items: q1\n") << QStringLiteral("items must be a list of items");
}

void TestBankLoader::hostileFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const BankLoadResult r = loadBank(bank(content));
    QVERIFY(!r.usable());
    QVERIFY2(allDiagnostics(r).contains(message), qPrintable(allDiagnostics(r).left(2000)));
}

void TestBankLoader::hugeFile()
{
    // Over the size limit: refused before it is read.
    QByteArray huge = "items:\n";
    huge += QByteArray(17 * 1024 * 1024, '#');
    const BankLoadResult r = loadBank(bank(huge));
    QVERIFY(allDiagnostics(r).contains(QStringLiteral("a.yaml: error: file too large")));
    // With a lower limit, a normal file is refused the same way.
    BankLoadOptions options;
    options.maxFileBytes = 100;
    const BankLoadResult small = loadBank(bank(kItemYaml), options);
    QVERIFY(allDiagnostics(small).contains(QStringLiteral("file too large")));
}

void TestBankLoader::contentHashIgnoresLayout()
{
    QByteArray second = kItemYaml;
    second.replace("id: q1", "id: q2");
    second.replace("b: 0.3", "b: -0.7");
    writeFile(m_dir->filePath(QStringLiteral("items/b.yaml")), second);
    const BankLoadResult one = loadBank(bank(kItemYaml));
    QVERIFY2(one.usable(), qPrintable(allDiagnostics(one)));

    // The same content: one file instead of two, items in the other order, keys reordered, block
    // instead of flow style, comments, other number spellings.
    QTemporaryDir other;
    QByteArray merged = second + kItemYaml.mid(QByteArray("items:\n").size());
    merged.replace("    irt: {model: 2PL, a: 1.2, b: 0.3}",
        "    # parameters\n    irt:\n      b: 0.30\n      model: 2PL\n      a: 1.20");
    merged.replace(
        "    status: operational\n    type: single_choice", "    type: single_choice\n    status: operational");
    writeFile(other.filePath(QStringLiteral("bank.yaml")), kBankYaml + "# a comment\n");
    writeFile(other.filePath(QStringLiteral("items/all-in-one.yaml")), merged);
    const BankLoadResult two = loadBank(other.path());
    QVERIFY2(two.usable(), qPrintable(allDiagnostics(two)));
    QCOMPARE(two.bank.size(), 2);
    QCOMPARE(two.bank.contentHash, one.bank.contentHash);
    QCOMPARE(computeContentHash(two.bank), one.bank.contentHash);
}

void TestBankLoader::contentHashSeesContent()
{
    const QString base = loadBank(bank(kItemYaml)).bank.contentHash;
    const QList<QPair<QByteArray, QByteArray>> changes = {
        {"b: 0.3", "b: 0.31"},
        {"en: \"Because.\"", "en: \"Because!\""},
        {"answer: a", "answer: b"},
        {"[EDU]", "[]"},
        {"status: operational", "status: retired"},
    };
    for (const auto &[from, to] : changes) {
        QByteArray items = kItemYaml;
        items.replace(from, to);
        const BankLoadResult r = loadBank(bank(items));
        QVERIFY2(r.bank.contentHash != base, from.constData());
    }
    QByteArray bankYaml = kBankYaml;
    bankYaml.replace("from: 0", "from: 0.1");
    QVERIFY(loadBank(bank(kItemYaml, bankYaml)).bank.contentHash != base);
}

void TestBankLoader::notABankFolder()
{
    BankLoadResult r = loadBank(m_dir->filePath(QStringLiteral("nowhere")));
    QVERIFY(allDiagnostics(r).contains(QStringLiteral("no such bank folder")));
    r = loadBank(m_dir->path());
    QVERIFY(allDiagnostics(r).contains(QStringLiteral("bank.yaml: error: missing")));
    writeFile(m_dir->filePath(QStringLiteral("bank.yaml")), kBankYaml);
    r = loadBank(m_dir->path());
    QVERIFY(allDiagnostics(r).contains(QStringLiteral("items: error: missing")));
    QVERIFY(allDiagnostics(r).contains(QStringLiteral("the bank has no operational item")));
    r = loadBank(m_dir->filePath(QStringLiteral("bank.yaml")));
    QVERIFY(allDiagnostics(r).contains(QStringLiteral("not a file")));
}

// One bank per absurd value: each is refused, at the value's file:line:column (with the item's id
// for an item's parameters), and nothing else is wrong with the bank.
void TestBankLoader::absurdValues_data()
{
    QTest::addColumn<bool>("inItems"); // the change is in items/a.yaml, else in bank.yaml
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const QByteArray irt = "{model: 2PL, a: 1.2, b: 0.3}";
    QTest::addRow("slope 1e308") << true << QByteArray("a: 1.2") << QByteArray("a: 1e308") << 17 << 26
                                 << QStringLiteral("item \"q1\": irt.a must be in (0, 10] (got 1e+308)");
    QTest::addRow("slope 11") << true << QByteArray("a: 1.2") << QByteArray("a: 11") << 17 << 26
                              << QStringLiteral("item \"q1\": irt.a must be in (0, 10] (got 11)");
    QTest::addRow("infinite slope") << true << QByteArray("a: 1.2") << QByteArray("a: .inf") << 17 << 26
                                    << QStringLiteral("item \"q1\": irt.a must be a number, not \".inf\"");
    QTest::addRow("nan difficulty") << true << QByteArray("b: 0.3") << QByteArray("b: .nan") << 17 << 34
                                    << QStringLiteral("item \"q1\": irt.b must be a number, not \".nan\"");
    QTest::addRow("difficulty 1000") << true << QByteArray("b: 0.3") << QByteArray("b: 1000") << 17 << 34
                                     << QStringLiteral("item \"q1\": irt.b must be in [-10, 10] (got 1000)");
    QTest::addRow("GPCM slope 1e308") << true << irt << QByteArray("{model: GPCM, a: 1e308, b: [0.3]}") << 17 << 27
                                      << QStringLiteral("item \"q1\": irt.a must be in (0, 10] (got 1e+308)");
    QTest::addRow("GPCM step -20") << true << irt << QByteArray("{model: GPCM, a: 1.2, b: [-20]}") << 17 << 36
                                   << QStringLiteral("item \"q1\": irt.b step must be in [-10, 10] (got -20)");
    QTest::addRow("guessing 0.6") << true << irt << QByteArray("{model: 3PL, a: 1.2, b: 0.3, c: 0.6}") << 17 << 42
                                  << QStringLiteral("item \"q1\": irt.c must be in [0, 0.5) (got 0.6)");
    QTest::addRow("upper asymptote 0.4") << true << irt << QByteArray("{model: 4PL, a: 1.2, b: 0.3, c: 0.1, d: 0.4}")
                                         << 17 << 50
                                         << QStringLiteral("item \"q1\": irt.d must be in (0.5, 1] (got 0.4)");
    // bank.yaml: a section inserted as line 8, or the second level's cut point on line 31.
    auto inserted = [](const char *section) { return QByteArray(section) + "\nirt: {"; };
    QTest::addRow("scale mean 1e12") << false << QByteArray("irt: {") << inserted("reporting: {scale_mean: 1e12}") << 8
                                     << 25
                                     << QStringLiteral("reporting.scale_mean must be in [-10000, 10000] (got 1e+12)");
    QTest::addRow("scale sd 1e6") << false << QByteArray("irt: {") << inserted("reporting: {scale_sd: 1e6}") << 8 << 23
                                  << QStringLiteral("reporting.scale_sd must be above 0 and at most 10000");
    QTest::addRow("dimension max se 6") << false << QByteArray("irt: {") << inserted("reporting: {dimension_max_se: 6}")
                                        << 8 << 31
                                        << QStringLiteral("reporting.dimension_max_se must be above 0 and at most 5");
    QTest::addRow("certificate max se 6")
        << false << QByteArray("irt: {") << inserted("reporting: {certificate_max_se: 6}") << 8 << 33
        << QStringLiteral("reporting.certificate_max_se must be above 0 and at most 5");
    QTest::addRow("prior mean 1e308") << false << QByteArray("irt: {")
                                      << inserted("test: {prior: {mean: 1e308, sd: 1}}") << 8 << 22
                                      << QStringLiteral("test.prior.mean must be in [-5, 5] (got 1e+308)");
    QTest::addRow("prior sd 0") << false << QByteArray("irt: {") << inserted("test: {prior: {mean: 0, sd: 0}}") << 8
                                << 29 << QStringLiteral("test.prior.sd must be in (0, 5] (got 0)");
    QTest::addRow("grid upper 20") << false << QByteArray("irt: {")
                                   << inserted("test: {grid: {lower: -4, upper: 20, nodes: 33}}") << 8 << 33
                                   << QStringLiteral("test.grid.upper must be in [-10, 10] (got 20)");
    QTest::addRow("range lower -11") << false << QByteArray("irt: {")
                                     << inserted("test: {range: {lower: -11, upper: 4}}") << 8 << 23
                                     << QStringLiteral("test.range.lower must be in [-10, 10] (got -11)");
    QTest::addRow("start theta 1e308") << false << QByteArray("irt: {") << inserted("test: {start_theta: 1e308}") << 8
                                       << 21 << QStringLiteral("test.start_theta must be in [-10, 10] (got 1e+308)");
    QTest::addRow("level cut 11") << false << QByteArray("from: 0") << QByteArray("from: 11") << 31 << 11
                                  << QStringLiteral("level high: from must be in [-10, 10] (got 11)");
    QTest::addRow("infinite level cut") << false << QByteArray("from: 0") << QByteArray("from: -.inf") << 31 << 11
                                        << QStringLiteral("level high: from must be a number, not \"-.inf\"");
}

void TestBankLoader::absurdValues()
{
    QFETCH(bool, inItems);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QByteArray items = kItemYaml, bankYaml = kBankYaml;
    QByteArray &changed = inItems ? items : bankYaml;
    QCOMPARE(changed.count(from), 1);
    changed.replace(from, to);
    const BankLoadResult r = loadBank(bank(items, bankYaml));
    QVERIFY2(!r.usable(), qPrintable(allDiagnostics(r)));
    int errors = 0;
    for (const Diagnostic &d : r.diagnostics) {
        errors += d.isError() ? 1 : 0;
    }
    QVERIFY2(errors == 1, qPrintable(allDiagnostics(r)));
    const auto error
        = std::find_if(r.diagnostics.begin(), r.diagnostics.end(), [](const Diagnostic &d) { return d.isError(); });
    const QString file = inItems ? QStringLiteral("items/a.yaml") : QStringLiteral("bank.yaml");
    QVERIFY2(error->file.endsWith(file), qPrintable(error->toString()));
    QVERIFY2(error->toString().startsWith(QStringLiteral("%1:%2:%3: error: ").arg(error->file).arg(line).arg(column)),
        qPrintable(error->toString()));
    QVERIFY2(error->toString().endsWith(message), qPrintable(error->toString()));
    QCOMPARE(error->itemId, inItems ? QStringLiteral("q1") : QString());
}

// An accepted answer longer than 200 characters is refused where it is written: scoring stays
// bounded.
void TestBankLoader::longAcceptedAnswer()
{
    const QByteArray shortText = R"(items:
  - id: s1
    type: short_text
    status: operational
    dimension: TEC
    competency: TEC-U
    level: understand
    stem: {fr: "Capitale ?", en: "Capital?"}
    accepted:
      fr: [paris, ANSWER]
      en: [paris]
    explanation: {fr: "Parce que.", en: "Because."}
    irt: {model: 2PL, a: 1.2, b: 0.3}
)";
    QByteArray items = shortText;
    items.replace("ANSWER", QByteArray(200, 'x'));
    BankLoadResult r = loadBank(bank(items));
    QVERIFY2(r.usable(), qPrintable(allDiagnostics(r))); // 200 characters: the longest allowed
    items = shortText;
    items.replace("ANSWER", QByteArray(200000, 'x'));
    r = loadBank(bank(items));
    QVERIFY(!r.usable());
    QVERIFY2(
        allDiagnostics(r).contains(QStringLiteral(
            "items/a.yaml:10:19: error: item \"s1\": accepted (fr): an answer has 200000 characters; at most 200")),
        qPrintable(allDiagnostics(r)));
}

void TestBankLoader::imageBytesInTheHash()
{
    // A copy of the example bank (it shows an image): replacing the picture's bytes, same name,
    // changes the bank's content hash; the same bytes give the same hash.
    QTemporaryDir dir;
    const QString source = test::sourcePath(QStringLiteral("question-banks/example"));
    const QString copy = dir.filePath(QStringLiteral("example"));
    QVERIFY(test::copyFolder(source, copy));
    const auto original = loadBank(source);
    const auto first = loadBank(copy);
    QVERIFY(first.usable());
    QCOMPARE(first.bank.contentHash, original.bank.contentHash);
    QFile image(QDir(copy).filePath(QStringLiteral("images/confusion.svg")));
    QVERIFY(image.open(QIODevice::ReadWrite));
    QByteArray bytes = image.readAll();
    bytes.replace("</svg>", "<rect width=\"1\" height=\"1\"/></svg>");
    QVERIFY(image.resize(0) && image.seek(0) && image.write(bytes) == bytes.size());
    image.close();
    const auto changed = loadBank(copy);
    QVERIFY(changed.usable());
    QVERIFY(changed.bank.contentHash != first.bank.contentHash);
    QCOMPARE(computeContentHash(changed.bank), changed.bank.contentHash);
}

// irt.guessing: chance in the example bank: what chance gives becomes each item's lower asymptote
// (1/k for k options, 1/2 for true or false) or its chance floors (partial credit).
void TestBankLoader::chanceGuessing()
{
    const BankLoadResult r = loadBank(test::sourcePath(QStringLiteral("question-banks/example")));
    QVERIFY2(r.usable(), qPrintable(allDiagnostics(r)));
    const ItemBank &b = r.bank;
    QVERIFY(b.chanceGuessing);
    const auto item = [&](const char *id) -> const BankItem & {
        return b.items[static_cast<std::size_t>(b.indexOf(QLatin1String(id)))];
    };
    const BankItem &single = item("ex-single");
    QCOMPARE(single.content.options.size(), std::size_t(3));
    QCOMPARE(single.irt.model, irt::Model::ThreePL);
    QCOMPARE(single.irt.c, 1.0 / 3.0);
    QCOMPARE(single.irt.a, 1.2); // the rest as written
    QCOMPARE(single.irt.b, -1.0);
    QCOMPARE(single.irt.d, 1.0);
    const BankItem &trueFalse = item("ex-true-false");
    QCOMPARE(trueFalse.irt.model, irt::Model::ThreePL);
    QCOMPARE(trueFalse.irt.c, 0.5);
    const BankItem &ordering = item("ex-ordering"); // 3 elements, exact order
    QCOMPARE(ordering.irt.model, irt::Model::ThreePL);
    QCOMPARE(ordering.irt.c, 1.0 / 6.0);
    // Nothing typed at random is right: no lower asymptote.
    for (const char *id : {"ex-numeric", "ex-short-text"}) {
        QCOMPARE(item(id).irt.model, irt::Model::TwoPL);
        QCOMPARE(item(id).irt.c, 0.0);
        QCOMPARE(item(id).chance, (std::vector<double>{1.0, 0.0}));
    }
    // Partial credit: the floors are P(X ≥ k) of the chance distribution.
    for (const char *id : {"ex-multiple", "ex-matching"}) {
        const BankItem &partial = item(id);
        QCOMPARE(partial.irt.model, irt::Model::GeneralizedPartialCredit);
        const std::vector<double> &chance = partial.chance;
        QCOMPARE(chance.size(), static_cast<std::size_t>(partial.irt.categoryCount()));
        QCOMPARE(partial.irt.floors.size(), partial.irt.steps.size());
        for (std::size_t k = 1; k < chance.size(); ++k) {
            const double survival = std::accumulate(chance.begin() + static_cast<std::ptrdiff_t>(k), chance.end(), 0.0);
            QCOMPARE(partial.irt.floors[k - 1], survival);
        }
        QVERIFY(irt::validateParameters(partial.irt).isEmpty());
    }
    QCOMPARE(item("ex-multiple").irt.floors, (std::vector<double>{5.0 / 16.0, 1.0 / 16.0}));
    QCOMPARE(item("ex-matching").irt.floors, (std::vector<double>{0.75, 0.25}));
    // Every item with parameters has its chance distribution, summing to 1; the dichotomous
    // items' c is their chance of a right answer.
    for (const BankItem &i : b.items) {
        if (!i.hasParameters) {
            continue;
        }
        QVERIFY2(!i.chance.empty(), qPrintable(i.id));
        QCOMPARE(i.chance.size(), static_cast<std::size_t>(i.irt.categoryCount()));
        QVERIFY2(std::fabs(std::accumulate(i.chance.begin(), i.chance.end(), 0.0) - 1.0) < 1e-12, qPrintable(i.id));
        QCOMPARE(i.chance, chanceDistribution(i.content, i.irt.categoryCount()));
        if (irt::isDichotomous(i.irt.model)) {
            QCOMPARE(i.irt.c, i.chance[1]);
        }
    }
    // The same in the AICET bank.
    const BankLoadResult aicet = loadBank(test::sourcePath(QStringLiteral("question-banks/aicet")));
    QVERIFY(aicet.usable());
    int floored = 0;
    for (const BankItem &i : aicet.bank.items) {
        QVERIFY2(i.hasParameters && !i.chance.empty(), qPrintable(i.id));
        QVERIFY2(std::fabs(std::accumulate(i.chance.begin(), i.chance.end(), 0.0) - 1.0) < 1e-12, qPrintable(i.id));
        if (irt::isDichotomous(i.irt.model)) {
            QCOMPARE(i.irt.c, i.chance[1]);
            QCOMPARE(i.irt.model, i.chance[1] > 0.0 ? irt::Model::ThreePL : irt::Model::TwoPL);
        } else {
            QCOMPARE(i.irt.floors.size(), i.irt.steps.size());
            floored += 1;
        }
    }
    QVERIFY(floored > 0);
}

// Without irt.guessing: chance, a choice item whose model has no lower asymptote is reported (a
// warning: the bank stays usable); an unknown guessing rule is an error.
void TestBankLoader::guessingRules()
{
    // The warnings about a lower asymptote (the tiny bank also has a dimension without items).
    const auto asymptote = [](const BankLoadResult &r) {
        std::vector<Diagnostic> out;
        for (const Diagnostic &d : r.diagnostics) {
            if (d.message.contains(QStringLiteral("lower asymptote"))) {
                out.push_back(d);
            }
        }
        return out;
    };
    // The tiny bank's item is a single choice between 2 options, 2PL.
    BankLoadResult r = loadBank(bank(kItemYaml));
    QVERIFY2(r.usable(), qPrintable(allDiagnostics(r)));
    QCOMPARE(asymptote(r).size(), std::size_t(1));
    const Diagnostic d = asymptote(r).front();
    QCOMPARE(d.severity, Diagnostic::Severity::Warning);
    QVERIFY2(d.message.contains(QStringLiteral("a random answer is right 50% of the time, but the 2PL model has no "
                                               "lower asymptote")),
        qPrintable(d.toString()));
    QCOMPARE(d.itemId, QStringLiteral("q1"));
    QVERIFY(d.file.endsWith(QStringLiteral("items/a.yaml")));
    QCOMPARE(d.line, 17);
    QCOMPARE(r.bank.items[0].irt.model, irt::Model::TwoPL);
    QCOMPARE(r.bank.items[0].irt.c, 0.0);
    QCOMPARE(r.bank.items[0].chance, (std::vector<double>{0.5, 0.5}));
    const std::size_t others = r.diagnostics.size() - 1;

    // guessing: none says the same.
    QByteArray bankYaml = kBankYaml;
    bankYaml.replace("parameters: provisional}", "parameters: provisional, guessing: none}");
    r = loadBank(bank(kItemYaml, bankYaml));
    QVERIFY2(r.usable(), qPrintable(allDiagnostics(r)));
    QCOMPARE(asymptote(r).size(), std::size_t(1));

    // A 3PL item has its own: nothing to say.
    QByteArray items = kItemYaml;
    items.replace("{model: 2PL, a: 1.2, b: 0.3}", "{model: 3PL, a: 1.2, b: 0.3, c: 0.2}");
    r = loadBank(bank(items));
    QVERIFY2(r.usable() && asymptote(r).empty(), qPrintable(allDiagnostics(r)));
    QCOMPARE(r.diagnostics.size(), others);
    QCOMPARE(r.bank.items[0].irt.c, 0.2);

    // Nor does an item that chance rarely gets right (an exact order of 4: 1/24), or a pilot item.
    items = R"(items:
  - id: o1
    type: ordering
    status: operational
    dimension: TEC
    competency: TEC-U
    level: understand
    stem: {fr: "Ordre ?", en: "Order?"}
    elements:
      - {id: a, text: {fr: "A", en: "A"}}
      - {id: b, text: {fr: "B", en: "B"}}
      - {id: c, text: {fr: "C", en: "C"}}
      - {id: d, text: {fr: "D", en: "D"}}
    answer: [a, b, c, d]
    explanation: {fr: "Parce que.", en: "Because."}
    irt: {model: 2PL, a: 1.2, b: 0.3}
)";
    r = loadBank(bank(items));
    QVERIFY2(r.usable() && asymptote(r).empty(), qPrintable(allDiagnostics(r)));
    QCOMPARE(r.bank.items[0].chance[1], 1.0 / 24.0);
    items = kItemYaml;
    items.replace("status: operational", "status: pilot");
    QByteArray second = kItemYaml;
    second.replace("id: q1", "id: q2");
    writeFile(m_dir->filePath(QStringLiteral("items/b.yaml")), second);
    r = loadBank(bank(items));
    QVERIFY2(r.usable(), qPrintable(allDiagnostics(r)));
    QCOMPARE(asymptote(r).size(), std::size_t(1)); // q2's only
    QCOMPARE(asymptote(r).front().itemId, QStringLiteral("q2"));
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("items/b.yaml"))));

    // guessing: chance: the item becomes 3PL with c = 1/2, no warning.
    bankYaml = kBankYaml;
    bankYaml.replace("parameters: provisional}", "parameters: provisional, guessing: chance}");
    r = loadBank(bank(kItemYaml, bankYaml));
    QVERIFY2(r.usable() && asymptote(r).empty(), qPrintable(allDiagnostics(r)));
    QCOMPARE(r.diagnostics.size(), others);
    QVERIFY(r.bank.chanceGuessing);
    QCOMPARE(r.bank.items[0].irt.model, irt::Model::ThreePL);
    QCOMPARE(r.bank.items[0].irt.c, 0.5);
    // Guessing changes the bank's content hash.
    QVERIFY(r.bank.contentHash != loadBank(bank(kItemYaml)).bank.contentHash);

    // Anything else is an error, where it is written.
    bankYaml = kBankYaml;
    bankYaml.replace("parameters: provisional}", "parameters: provisional, guessing: sometimes}");
    r = loadBank(bank(kItemYaml, bankYaml));
    QVERIFY(!r.usable());
    const QByteArray irtLine = bankYaml.split('\n').value(7);
    QVERIFY(irtLine.startsWith("irt: {"));
    const int column = static_cast<int>(irtLine.indexOf("sometimes")) + 1;
    QVERIFY2(allDiagnostics(r).contains(
                 QStringLiteral("bank.yaml:8:%1: error: irt.guessing must be chance (what answering at random gives) "
                                "or none, not \"sometimes\"")
                     .arg(column)),
        qPrintable(allDiagnostics(r)));
}

// Reporting and test settings of issue 12, each checked against its range.
void TestBankLoader::reportingSettings_data()
{
    QTest::addColumn<QByteArray>("section");
    QTest::addColumn<QString>("error"); // empty: accepted
    const QString confidence = QStringLiteral("reporting.level_confidence must be in [0.5, 0.999]");
    QTest::addRow("level confidence 0.5") << QByteArray("reporting: {level_confidence: 0.5}") << QString();
    QTest::addRow("level confidence 0.999") << QByteArray("reporting: {level_confidence: 0.999}") << QString();
    QTest::addRow("level confidence 0.49") << QByteArray("reporting: {level_confidence: 0.49}") << confidence;
    QTest::addRow("level confidence 1") << QByteArray("reporting: {level_confidence: 1}") << confidence;
    QTest::addRow("level confidence nan") << QByteArray("reporting: {level_confidence: .nan}")
                                          << QStringLiteral("reporting.level_confidence must be a number");
    const QString correlation = QStringLiteral("reporting.dimension_correlation must be in [0, 1]");
    QTest::addRow("correlation 0") << QByteArray("reporting: {dimension_correlation: 0}") << QString();
    QTest::addRow("correlation 1") << QByteArray("reporting: {dimension_correlation: 1}") << QString();
    QTest::addRow("correlation -0.1") << QByteArray("reporting: {dimension_correlation: -0.1}") << correlation;
    QTest::addRow("correlation 1.01") << QByteArray("reporting: {dimension_correlation: 1.01}") << correlation;
    QTest::addRow("max partial credit 0") << QByteArray("test: {max_partial_credit: 0}") << QString();
    QTest::addRow("max partial credit 3") << QByteArray("test: {max_partial_credit: 3}") << QString();
    QTest::addRow("max partial credit -1")
        << QByteArray("test: {max_partial_credit: -1}") << QStringLiteral("test.max_partial_credit");
    QTest::addRow("max partial credit 1.5")
        << QByteArray("test: {max_partial_credit: 1.5}") << QStringLiteral("test.max_partial_credit");
}

void TestBankLoader::reportingSettings()
{
    QFETCH(QByteArray, section);
    QFETCH(QString, error);
    QByteArray bankYaml = kBankYaml;
    bankYaml.replace("irt: {", section + "\nirt: {");
    const BankLoadResult r = loadBank(bank(kItemYaml, bankYaml));
    if (error.isEmpty()) {
        QVERIFY2(r.usable(), qPrintable(allDiagnostics(r)));
        const ItemBank &b = r.bank;
        if (section.contains("level_confidence")) {
            QCOMPARE(b.scale.levelConfidence, section.contains("0.999") ? 0.999 : 0.5);
        } else if (section.contains("dimension_correlation")) {
            QCOMPARE(b.scale.dimensionCorrelation, section.contains(": 1}") ? 1.0 : 0.0);
        } else {
            QCOMPARE(b.defaultTest.exposure.maxPartialCredit, section.contains(": 3}") ? 3 : 0);
        }
        return;
    }
    QVERIFY2(!r.usable(), qPrintable(allDiagnostics(r)));
    bool found = false;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.isError()) {
            QVERIFY2(d.file.endsWith(QStringLiteral("bank.yaml")) && d.line == 8, qPrintable(d.toString()));
            found = found || d.message.contains(error);
        }
    }
    QVERIFY2(found, qPrintable(allDiagnostics(r)));
}

// The defaults when the settings are absent.
void TestBankLoader::reportingDefaults()
{
    const BankLoadResult r = loadBank(bank(kItemYaml));
    QVERIFY(r.usable());
    QCOMPARE(r.bank.scale.levelConfidence, 0.80);
    QCOMPARE(r.bank.scale.dimensionCorrelation, 1.0);
    QCOMPARE(r.bank.defaultTest.exposure.maxPartialCredit, 0);
    QVERIFY(!r.bank.defaultTest.exposure.sympsonHetter);
    const BankLoadResult aicet = loadBank(test::sourcePath(QStringLiteral("question-banks/aicet")));
    QCOMPARE(aicet.bank.scale.levelConfidence, 0.80);
    QCOMPARE(aicet.bank.scale.dimensionCorrelation, 1.0);
    QCOMPARE(aicet.bank.defaultTest.exposure.maxPartialCredit, 5);
}

// exposure.yaml: applied when computed for the bank as it is, ignored with a warning once the
// bank has changed, refused when it names an item the bank does not have.
void TestBankLoader::exposureFile()
{
    const QString source = test::sourcePath(QStringLiteral("question-banks/aicet"));
    const QString copy = m_dir->filePath(QStringLiteral("aicet"));
    QVERIFY(test::copyFolder(source, copy));
    const QString exposurePath = QDir(copy).filePath(QLatin1String(kExposureFileName));
    QVERIFY(QFileInfo::exists(exposurePath));

    // As computed: applied, silently.
    BankLoadResult r = loadBank(copy);
    QVERIFY2(r.usable() && r.diagnostics.empty(), qPrintable(allDiagnostics(r)));
    QVERIFY(r.bank.defaultTest.exposure.sympsonHetter);
    int controlled = 0;
    for (const BankItem &item : r.bank.items) {
        QVERIFY(item.exposureControl > 0.0 && item.exposureControl <= 1.0);
        controlled += item.exposureControl < 1.0 ? 1 : 0;
    }
    QVERIFY(controlled > 0);
    // The first parameter the file lists is the item's.
    QFile listed(exposurePath);
    QVERIFY(listed.open(QIODevice::ReadOnly));
    const QRegularExpressionMatch entry
        = QRegularExpression(QStringLiteral("\\nparameters:\\n  ([a-z0-9-]+): ([0-9.]+)\\n"))
              .match(QString::fromUtf8(listed.readAll()));
    const QString firstId = entry.captured(1);
    QVERIFY(entry.hasMatch());
    const int first = r.bank.indexOf(entry.captured(1));
    QVERIFY(first >= 0);
    QCOMPARE(r.bank.items[static_cast<std::size_t>(first)].exposureControl, entry.captured(2).toDouble());
    const QString basis = exposureBasisHash(r.bank);

    // An unknown item: an error naming the file.
    QFile file(exposurePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exposure = file.readAll();
    file.close();
    writeFile(exposurePath, exposure + "  no-such-item: 0.5\n");
    r = loadBank(copy);
    QVERIFY(!r.usable());
    QVERIFY2(allDiagnostics(r).contains(QStringLiteral("no item \"no-such-item\" in the bank")),
        qPrintable(allDiagnostics(r)));
    for (const Diagnostic &d : r.diagnostics) {
        if (d.isError()) {
            QVERIFY2(d.file.endsWith(QLatin1String(kExposureFileName)), qPrintable(d.toString()));
            QVERIFY(d.line > 0);
        }
    }
    QVERIFY(!r.bank.defaultTest.exposure.sympsonHetter);
    // A parameter out of [0, 1]: an error too.
    QByteArray outOfRange = exposure;
    outOfRange.replace(QStringLiteral("%1: %2").arg(firstId, entry.captured(2)).toUtf8(),
        (firstId + QStringLiteral(": 1.5")).toUtf8());
    QVERIFY(outOfRange != exposure);
    writeFile(exposurePath, outOfRange);
    r = loadBank(copy);
    QVERIFY(!r.usable());
    QVERIFY2(allDiagnostics(r).contains(QLatin1String(kExposureFileName) + QStringLiteral(":")),
        qPrintable(allDiagnostics(r)));
    QVERIFY(allDiagnostics(r).contains(QStringLiteral("exposure parameter of ") + firstId));
    writeFile(exposurePath, exposure);

    // One item's text changed: the parameters are for another version of the bank.
    const QString itemFile = QDir(copy).filePath(QStringLiteral("items/des-a.yaml"));
    QFile items(itemFile);
    QVERIFY(items.open(QIODevice::ReadOnly));
    QByteArray text = items.readAll();
    items.close();
    const QByteArray stem = "\n      fr: \""; // the first item's question in French
    QVERIFY(text.contains(stem));
    text.insert(text.indexOf(stem) + stem.size(), "Attention : ");
    writeFile(itemFile, text);
    r = loadBank(copy);
    QVERIFY2(r.usable(), qPrintable(allDiagnostics(r)));
    QCOMPARE(r.diagnostics.size(), std::size_t(1));
    const Diagnostic &d = r.diagnostics.front();
    QCOMPARE(d.severity, Diagnostic::Severity::Warning);
    QVERIFY2(d.message.contains(QStringLiteral("another version of the bank")), qPrintable(d.toString()));
    QVERIFY(d.file.endsWith(QLatin1String(kExposureFileName)));
    QVERIFY(!r.bank.defaultTest.exposure.sympsonHetter);
    for (const BankItem &item : r.bank.items) {
        QCOMPARE(item.exposureControl, 1.0);
    }
    QVERIFY(exposureBasisHash(r.bank) != basis);
    // Even an unknown item is then not looked at: the whole file is ignored.
    writeFile(exposurePath, exposure + "  no-such-item: 0.5\n");
    r = loadBank(copy);
    QVERIFY2(r.usable(), qPrintable(allDiagnostics(r)));
    QVERIFY(!r.bank.defaultTest.exposure.sympsonHetter);
}

// The bundled AICET bank's exposure parameters are current: it loads without a word, and the
// hash they were computed for is the bank's.
void TestBankLoader::aicetExposureIsCurrent()
{
    const QString folder = test::sourcePath(QStringLiteral("question-banks/aicet"));
    const BankLoadResult r = loadBank(folder);
    QVERIFY2(r.usable() && r.diagnostics.empty(), qPrintable(allDiagnostics(r)));
    QVERIFY(r.bank.defaultTest.exposure.sympsonHetter);
    QFile file(QDir(folder).filePath(QLatin1String(kExposureFileName)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString recorded;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("bank_hash:")) {
            recorded = QString::fromUtf8(line.mid(10)).trimmed();
        }
    }
    QCOMPARE(recorded.size(), 64);
    QCOMPARE(exposureBasisHash(r.bank), recorded);
    // The basis ignores the parameters themselves: the same with every parameter at 1 and the
    // control off.
    ItemBank plain = r.bank;
    for (BankItem &item : plain.items) {
        item.exposureControl = 1.0;
    }
    plain.defaultTest.exposure.sympsonHetter = false;
    QCOMPARE(exposureBasisHash(plain), recorded);
    QVERIFY(computeContentHash(plain) != r.bank.contentHash); // the content hash sees them
}

// irt.guessing: chance on a 4PL item written with c: 0: c becomes the chance of a right answer and
// d stays as written; the model, though, is relabelled 3PL, a model whose d is 1 (ItemModel.h).
void TestBankLoader::chanceGuessingKeepsFourParameters()
{
    QByteArray bankYaml = kBankYaml;
    bankYaml.replace("parameters: provisional}", "parameters: provisional, guessing: chance}");
    QByteArray items = kItemYaml;
    items.replace("{model: 2PL, a: 1.2, b: 0.3}", "{model: 4PL, a: 1.2, b: 0.3, c: 0, d: 0.9}");
    const BankLoadResult r = loadBank(bank(items, bankYaml));
    QVERIFY2(r.usable(), qPrintable(allDiagnostics(r)));
    const irt::ItemParameters &p = r.bank.items[0].irt;
    QCOMPARE(p.c, 0.5);
    QCOMPARE(p.d, 0.9);
    QCOMPARE(irt::modelName(p.model), QStringLiteral("4PL"));
}

QTEST_GUILESS_MAIN(TestBankLoader)
#include "TestBankLoader.moc"
