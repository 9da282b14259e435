// What the AICET bank must be to certify on (issue 16): enough operational items of several types
// in every competency, material to examine, partial-credit tasks that do something, easy and hard
// items, every Montpellier theme in every dimension, no giveaways in the options, "tu" to the
// pupil, and provisional parameters that each carry their judgement. Counted from the bank as the
// loader reads it, and from the item files' text for the judgements.

#include "TestData.h"
#include "bank/BankLoader.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace aicet;

namespace {

const QString kFr = QStringLiteral("fr");
const QString kEn = QStringLiteral("en");

int words(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    int n = 0;
    for (const QString &token : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        n += word.match(token).hasMatch() ? 1 : 0;
    }
    return n;
}

bool given(const BankItem &item)
{
    return item.status == ItemStatus::Operational || item.status == ItemStatus::Pilot;
}

// Absolute words, which mark wrong options when only they use them.
bool absolute(const QString &text, const QString &language)
{
    static const QRegularExpression fr(
        QStringLiteral("\\b(toujours|jamais|seulement|uniquement|personne|aucun|aucune|forcément|totalement|"
                       "complètement|tous|toutes|rien)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression en(
        QStringLiteral("\\b(always|never|only|nobody|none|all|every|nothing|necessarily|completely|entirely)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return (language == kFr ? fr : en).match(text).hasMatch();
}

} // namespace

class TestAicetBank : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void competencies();
    void material();
    void partialCredit();
    void easyAndHard();
    void themes();
    void giveaways();
    void tuToThePupil();
    void judgedParameters();

private:
    QString m_root;
    ItemBank m_bank;
};

void TestAicetBank::initTestCase()
{
    m_root = test::sourcePath(QStringLiteral("question-banks/aicet"));
    const BankLoadResult r = loadBank(m_root);
    QStringList problems;
    for (const Diagnostic &d : r.diagnostics) {
        problems.append(d.toString());
    }
    QVERIFY2(r.usable() && problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    m_bank = r.bank;
}

// At least 24 operational items in every competency, of at least 4 types; about 60 pilot items.
void TestAicetBank::competencies()
{
    std::map<QString, int> operational;
    std::map<QString, std::set<ItemType>> types;
    int pilot = 0;
    for (const BankItem &item : m_bank.items) {
        const QString competency = m_bank.competencies[static_cast<std::size_t>(item.competency)].id;
        if (item.status == ItemStatus::Operational) {
            ++operational[competency];
            types[competency].insert(item.content.type);
        }
        pilot += item.status == ItemStatus::Pilot ? 1 : 0;
    }
    for (const Competency &c : m_bank.competencies) {
        QVERIFY2(
            operational[c.id] >= 24, qPrintable(QStringLiteral("%1: %2 operational").arg(c.id).arg(operational[c.id])));
        QVERIFY2(types[c.id].size() >= 4, qPrintable(c.id));
    }
    QVERIFY2(pilot >= 55, qPrintable(QString::number(pilot)));
}

// At least 40 items built on material: a picture in every language, each readable, with an
// alternative text that describes it.
void TestAicetBank::material()
{
    int withPicture = 0;
    for (const BankItem &item : m_bank.items) {
        if (!given(item) || item.content.allImageFiles().isEmpty()) {
            continue;
        }
        ++withPicture;
        for (const QString &language : {kFr, kEn}) {
            const QString file = item.content.imageFileFor(language);
            QImageReader reader(QDir(m_root).filePath(file));
            const QImage image = reader.read();
            QVERIFY2(
                !image.isNull(), qPrintable(QStringLiteral("%1: %2: %3").arg(item.id, file, reader.errorString())));
            QVERIFY2(image.width() >= 300 && image.width() <= 900,
                qPrintable(QStringLiteral("%1: %2 is %3 pixels wide").arg(item.id, file).arg(image.width())));
            QVERIFY2(image.height() <= 420,
                qPrintable(QStringLiteral("%1: %2 is %3 pixels high").arg(item.id, file).arg(image.height())));
            QVERIFY2(words(item.content.imageAlt.value(language)) >= 8, qPrintable(item.id));
        }
    }
    QVERIFY2(withPicture >= 40, qPrintable(QString::number(withPicture)));
}

// At least 30 apply and create tasks with partial credit; every partial credit is one_mistake,
// whose chance floors stay low enough to calibrate both steps.
void TestAicetBank::partialCredit()
{
    int tasks = 0;
    for (const BankItem &item : m_bank.items) {
        if (!given(item)) {
            continue;
        }
        QVERIFY2(item.content.scoring != Scoring::Partial, qPrintable(item.id));
        if (item.content.scoring == Scoring::OneMistake) {
            QVERIFY2(item.chance.size() == 3 && item.chance[1] + item.chance[2] < 0.35, qPrintable(item.id));
            tasks += item.level == QLatin1String("apply") || item.level == QLatin1String("create") ? 1 : 0;
        }
    }
    QVERIFY2(tasks >= 30, qPrintable(QString::number(tasks)));
}

// At least 40 short, easy operational items for 11-year-olds and 30 hard ones.
void TestAicetBank::easyAndHard()
{
    int easy = 0, hard = 0;
    for (const BankItem &item : m_bank.items) {
        if (item.status != ItemStatus::Operational) {
            continue;
        }
        easy += item.irt.location() <= -1.0 && words(item.content.stem.value(kFr)) <= 25 ? 1 : 0;
        hard += item.irt.location() >= 1.25 ? 1 : 0;
    }
    QVERIFY2(easy >= 40, qPrintable(QString::number(easy)));
    QVERIFY2(hard >= 30, qPrintable(QString::number(hard)));
}

// Every Montpellier theme in at least 25 items and in every dimension.
void TestAicetBank::themes()
{
    std::map<QString, int> count;
    std::map<QString, std::set<int>> dimensions;
    for (const BankItem &item : m_bank.items) {
        if (!given(item)) {
            continue;
        }
        for (const QString &theme : item.themes) {
            ++count[theme];
            dimensions[theme].insert(item.dimension);
        }
    }
    for (const Theme &theme : m_bank.themes) {
        QVERIFY2(count[theme.id] >= 25, qPrintable(QStringLiteral("%1: %2").arg(theme.id).arg(count[theme.id])));
        QVERIFY2(dimensions[theme.id].size() == m_bank.dimensions.size(), qPrintable(theme.id));
    }
}

// The key is the longest or the shortest option no more often than chance, and not so rarely
// that avoiding both would pay; absolute words no more frequent in wrong options than in keys;
// multiple response with one to four right options; one negative question at most.
void TestAicetBank::giveaways()
{
    int single = 0, keyLongest = 0, keyShortest = 0;
    double fairShare = 0.0;
    std::map<QString, std::pair<int, int>> keys, wrong; // language → (absolute, all)
    std::map<qsizetype, int> rightOptions;
    int multiple = 0;
    for (const BankItem &item : m_bank.items) {
        if (item.status != ItemStatus::Operational) {
            continue;
        }
        const ItemContent &c = item.content;
        if (c.type == ItemType::SingleChoice) {
            ++single;
            fairShare += 1.0 / static_cast<double>(c.options.size());
            qsizetype longest = 0, keyLength = 0;
            for (const Choice &o : c.options) {
                const qsizetype length = o.text.value(kFr).size();
                longest = std::max(longest, length);
                keyLength = c.key.contains(o.id) ? length : keyLength;
            }
            qsizetype shortest = longest;
            int asLong = 0, asShort = 0;
            for (const Choice &o : c.options) {
                shortest = std::min(shortest, o.text.value(kFr).size());
            }
            for (const Choice &o : c.options) {
                asLong += o.text.value(kFr).size() == longest ? 1 : 0;
                asShort += o.text.value(kFr).size() == shortest ? 1 : 0;
            }
            keyLongest += keyLength == longest && asLong == 1 ? 1 : 0;
            keyShortest += keyLength == shortest && asShort == 1 ? 1 : 0;
        }
        if (c.type == ItemType::MultipleResponse) {
            ++multiple;
            ++rightOptions[c.key.size()];
        }
        if (c.type == ItemType::SingleChoice || c.type == ItemType::MultipleResponse) {
            for (const Choice &o : c.options) {
                for (const QString &language : {kFr, kEn}) {
                    auto &[marked, all] = c.key.contains(o.id) ? keys[language] : wrong[language];
                    marked += absolute(o.text.value(language), language) ? 1 : 0;
                    ++all;
                }
            }
        }
    }
    QVERIFY(single > 0);
    // Nor the shortest more often, nor both rarely (then "avoid the extremes" would pay).
    QVERIFY2(keyShortest <= fairShare + 0.05 * single && keyLongest + keyShortest >= 1.5 * fairShare,
        qPrintable(QStringLiteral("the key is the shortest option in %1 and the longest in %2 of %3 items (chance: %4 "
                                  "each)")
                       .arg(keyShortest)
                       .arg(keyLongest)
                       .arg(single)
                       .arg(fairShare, 0, 'f', 1)));
    QVERIFY2(keyLongest <= fairShare + 0.05 * single,
        qPrintable(QStringLiteral("the key is the longest option in %1 of %2 items (chance: %3)")
                       .arg(keyLongest)
                       .arg(single)
                       .arg(fairShare, 0, 'f', 1)));
    for (const QString &language : {kFr, kEn}) {
        const double inKeys = static_cast<double>(keys[language].first) / keys[language].second;
        const double inWrong = static_cast<double>(wrong[language].first) / wrong[language].second;
        QVERIFY2(inWrong <= inKeys + 0.05,
            qPrintable(QStringLiteral("%1: absolute words in %2% of wrong options, %3% of keys")
                           .arg(language)
                           .arg(100 * inWrong, 0, 'f', 0)
                           .arg(100 * inKeys, 0, 'f', 0)));
    }
    // At most one negative question, its negation in capitals.
    static const QRegularExpression negative(QStringLiteral("\\b(PAS|FAUSSE|FAUX|JAMAIS|AUCUNE?|NOT|FALSE|NEVER)\\b"));
    QStringList negatives;
    for (const BankItem &item : m_bank.items) {
        if (given(item)
            && negative.match(item.content.stem.value(kFr) + QLatin1Char(' ') + item.content.stem.value(kEn))
                   .hasMatch()) {
            negatives.append(item.id);
        }
    }
    QVERIFY2(negatives.size() <= 1, qPrintable(negatives.join(QStringLiteral(", "))));
    for (qsizetype right = 1; right <= 4; ++right) {
        QVERIFY2(rightOptions[right] > 0, qPrintable(QStringLiteral("no item with %1 right options").arg(right)));
        QVERIFY2(rightOptions[right] <= multiple / 2, qPrintable(QStringLiteral("%1 right options").arg(right)));
    }
}

// The pupil is "tu" everywhere (what is quoted between « » may say "vous").
void TestAicetBank::tuToThePupil()
{
    static const QRegularExpression quoted(QStringLiteral("«[^»]*»"));
    // ("rendez-vous" is a word of its own)
    static const QRegularExpression vous(QStringLiteral("(?<![-\\p{L}])(vous|votre|vos)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (const BankItem &item : m_bank.items) {
        if (!given(item)) {
            continue;
        }
        const ItemContent &c = item.content;
        QStringList texts{c.stem.value(kFr), c.explanation.value(kFr)};
        for (const auto *choices : {&c.options, &c.elements, &c.premises, &c.responses}) {
            for (const Choice &choice : *choices) {
                texts.append(choice.text.value(kFr));
            }
        }
        for (QString text : texts) {
            text.remove(quoted);
            QVERIFY2(!vous.match(text).hasMatch(), qPrintable(QStringLiteral("%1: %2").arg(item.id, text)));
        }
    }
}

// Every item's parameters carry the judgement they come from (a "# judged:" line above irt:),
// and difficulty does not simply rise with the position in the file.
void TestAicetBank::judgedParameters()
{
    const QStringList files = QDir(m_root + QStringLiteral("/items")).entryList({QStringLiteral("*.yaml")});
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile f(m_root + QStringLiteral("/items/") + name);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].trimmed().startsWith(QLatin1String("irt:"))) {
                QVERIFY2(i > 0 && lines[i - 1].trimmed().startsWith(QLatin1String("# judged:")),
                    qPrintable(QStringLiteral("%1:%2: irt without its judgement").arg(name).arg(i + 1)));
            }
        }
    }
    for (std::size_t c = 0; c < m_bank.competencies.size(); ++c) {
        std::vector<double> b;
        for (const BankItem &item : m_bank.items) {
            if (item.competency == static_cast<int>(c) && item.status == ItemStatus::Operational) {
                b.push_back(item.irt.location());
            }
        }
        QVERIFY2(!std::is_sorted(b.begin(), b.end()), qPrintable(m_bank.competencies[c].id));
    }
}

QTEST_MAIN(TestAicetBank)
#include "TestAicetBank.moc"
