// BankFileEdits: the values changed and nothing else (comments, order, blank lines, CRLF line
// endings, a nested key of the same name), a key added where the item has none, a value written on
// several lines refused, and every file written or none.
#include "TestData.h"
#include "bank/BankEdit.h"
#include "bank/BankLoader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace aicet;

class TestBankEdit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlyTheValueChanges();
    void crlfAndNestedKeys();
    void itemsWithoutBlankLines();
    void blockMappingReplaced();
    void changedMeanwhileRefused();
    void yamlScalars();
    void valuesWhereverWritten();
    void keysAdded();
    void listEntriesAddedAndRemoved();
    void refusedWhenItWouldReadDifferently();

private:
    QString copyExample(const QString &name);
    QTemporaryDir m_dir;
};

namespace {

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

const BankItem *itemOf(const BankLoadResult &loaded, const QString &id)
{
    const int at = loaded.bank.indexOf(id);
    return at < 0 ? nullptr : &loaded.bank.items[static_cast<std::size_t>(at)];
}

} // namespace

QString TestBankEdit::copyExample(const QString &name)
{
    const QString source = test::sourcePath(QStringLiteral("question-banks/example"));
    const QString target = m_dir.filePath(name);
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString copy = target + QLatin1Char('/') + QDir(source).relativeFilePath(file);
        QDir().mkpath(QFileInfo(copy).absolutePath());
        QFile::copy(file, copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    }
    return target;
}

void TestBankEdit::onlyTheValueChanges()
{
    const QString folder = copyExample(QStringLiteral("one"));
    const QString items = folder + QStringLiteral("/items/examples.yaml");
    const QByteArray before = read(items);
    BankFileEdits edits;
    QString error;
    const auto set = [&](const char *id, const char *key, const char *value) {
        return edits.setItemPath(items, QLatin1String(id), {QLatin1String(key)}, QLatin1String(value), &error);
    };
    // In the file's order, as a release writes them: a line added moves the items after it.
    QVERIFY2(set("ex-true-false", "irt", "{model: 2PL, a: 0.9, b: -1.2}"), qPrintable(error));
    QVERIFY2(set("ex-pilot", "irt", "{model: 2PL, a: 1, b: 0.5}"), qPrintable(error)); // added
    QVERIFY2(set("ex-draft", "status", "pilot"), qPrintable(error));
    QVERIFY(edits.setTopValue(
        folder + QStringLiteral("/bank.yaml"), QStringLiteral("version"), QStringLiteral("\"1.1\""), &error));
    QCOMPARE(edits.topValue(folder + QStringLiteral("/bank.yaml"), QStringLiteral("version"), &error),
        QStringLiteral("1.1"));
    // Nothing on disk before commit.
    QCOMPARE(read(items), before);
    QStringList errors;
    QVERIFY(edits.commit(&errors));
    const QByteArray after = read(items);
    // The expected text: the original with exactly those lines changed, one line added.
    QByteArray expected = before;
    expected.replace("    irt: {model: 2PL, a: 1.0, b: -1.5}", "    irt: {model: 2PL, a: 0.9, b: -1.2}");
    const qsizetype draft = expected.indexOf("  - id: ex-draft");
    const qsizetype status = expected.indexOf("    status: draft", draft);
    QVERIFY(draft > 0 && status > draft);
    expected.replace(status, qstrlen("    status: draft"), "    status: pilot");
    // The pilot item's last line is followed by the draft item (after a blank line).
    const QByteArray pilotLast = "      en: \"Yes: these recordings are personal data.\"\n";
    QVERIFY(expected.contains(pilotLast));
    const qsizetype lineEnd = expected.indexOf(pilotLast) + pilotLast.size();
    expected.insert(lineEnd, "    irt: {model: 2PL, a: 1, b: 0.5}\n");
    QCOMPARE(after, expected);
    const BankLoadResult again = loadBank(folder);
    QVERIFY(again.usable());
    QCOMPARE(again.bank.version, QStringLiteral("1.1"));
    QCOMPARE(itemOf(again, QStringLiteral("ex-draft"))->status, ItemStatus::Pilot);
    QVERIFY(itemOf(again, QStringLiteral("ex-pilot"))->hasParameters);
    QCOMPARE(itemOf(again, QStringLiteral("ex-pilot"))->irt.b, 0.5);
    QCOMPARE(itemOf(again, QStringLiteral("ex-true-false"))->irt.a, 0.9);
}

// Items written without blank lines between them: keys added to one item and changed in the next
// land on the right items (each found again by its id, never by a line number read before).
void TestBankEdit::itemsWithoutBlankLines()
{
    const QString folder = copyExample(QStringLiteral("packed"));
    const QString items = folder + QStringLiteral("/items/examples.yaml");
    QByteArray text = read(items);
    text.replace("\n\n  - id:", "\n  - id:");
    write(items, text);
    QVERIFY(loadBank(folder).usable());
    BankFileEdits edits;
    QString error;
    QVERIFY2(edits.setItemPath(items, QStringLiteral("ex-pilot"), {QStringLiteral("irt")},
                 QStringLiteral("{model: 2PL, a: 1.1, b: 0.4}"), &error),
        qPrintable(error));
    QVERIFY2(edits.setItemPath(items, QStringLiteral("ex-draft"), {QStringLiteral("irt")},
                 QStringLiteral("{model: 2PL, a: 0.8, b: 1.5}"), &error),
        qPrintable(error));
    QVERIFY2(edits.setItemPath(
                 items, QStringLiteral("ex-draft"), {QStringLiteral("status")}, QStringLiteral("pilot"), &error),
        qPrintable(error));
    QStringList errors;
    QVERIFY(edits.commit(&errors));
    const BankLoadResult again = loadBank(folder);
    QVERIFY(again.usable());
    QCOMPARE(itemOf(again, QStringLiteral("ex-pilot"))->irt.a, 1.1);
    QCOMPARE(itemOf(again, QStringLiteral("ex-draft"))->irt.a, 0.8);
    QCOMPARE(itemOf(again, QStringLiteral("ex-draft"))->status, ItemStatus::Pilot);
    QCOMPARE(itemOf(again, QStringLiteral("ex-pilot"))->status, ItemStatus::Pilot);
    // Three lines more or changed, nothing else.
    const QList<QByteArray> before = text.split('\n'), after = read(items).split('\n');
    QCOMPARE(after.size(), before.size() + 2);
}

void TestBankEdit::crlfAndNestedKeys()
{
    const QString folder = copyExample(QStringLiteral("crlf"));
    const QString items = folder + QStringLiteral("/items/examples.yaml");
    // CRLF line endings, and a comment and a nested "status" inside the item before its own.
    QByteArray text = read(items);
    text.replace("  - id: ex-single\n", "  - id: ex-single\n    # status: draft (not this one)\n");
    text.replace("\n", "\r\n");
    write(items, text);
    const BankLoadResult loaded = loadBank(folder);
    QVERIFY(loaded.usable());
    BankFileEdits edits;
    QString error;
    QVERIFY2(edits.setItemPath(
                 items, QStringLiteral("ex-single"), {QStringLiteral("status")}, QStringLiteral("retired"), &error),
        qPrintable(error));
    // A key added at the end of an item keeps the file's CRLF.
    QVERIFY2(edits.setItemPath(items, QStringLiteral("ex-pilot"), {QStringLiteral("irt")},
                 QStringLiteral("{model: 2PL, a: 1, b: 0}"), &error),
        qPrintable(error));
    QStringList errors;
    QVERIFY(edits.commit(&errors));
    QByteArray expected = text;
    const qsizetype at = expected.indexOf("    status: operational\r\n", expected.indexOf("ex-single"));
    expected.replace(at, qstrlen("    status: operational"), "    status: retired");
    const QByteArray pilotLast = "      en: \"Yes: these recordings are personal data.\"\r\n";
    expected.insert(expected.indexOf(pilotLast) + pilotLast.size(), "    irt: {model: 2PL, a: 1, b: 0}\r\n");
    QCOMPARE(read(items), expected);
    QCOMPARE(itemOf(loadBank(folder), QStringLiteral("ex-single"))->status, ItemStatus::Retired);
}

// Parameters written as a block mapping are replaced whole by the one-line form.
void TestBankEdit::blockMappingReplaced()
{
    const QString folder = copyExample(QStringLiteral("block"));
    const QString items = folder + QStringLiteral("/items/examples.yaml");
    QByteArray text = read(items);
    text.replace("    irt: {model: 2PL, a: 1.2, b: -1.0}", "    irt:\n      model: 2PL\n      a: 1.2\n      b: -1.0");
    write(items, text);
    QVERIFY(loadBank(folder).usable());
    BankFileEdits edits;
    QString error;
    QVERIFY2(edits.setItemPath(items, QStringLiteral("ex-single"), {QStringLiteral("irt")},
                 QStringLiteral("{model: 2PL, a: 1, b: 0}"), &error),
        qPrintable(error));
    QStringList errors;
    QVERIFY(edits.commit(&errors));
    QByteArray expected = text;
    expected.replace(
        "    irt:\n      model: 2PL\n      a: 1.2\n      b: -1.0", "    irt:\n      {model: 2PL, a: 1, b: 0}");
    QCOMPARE(read(items), expected);
    QCOMPARE(itemOf(loadBank(folder), QStringLiteral("ex-single"))->irt.a, 1.0);
}

// A file changed by another program after it was read is never overwritten.
void TestBankEdit::changedMeanwhileRefused()
{
    const QString folder = copyExample(QStringLiteral("meanwhile"));
    const QString items = folder + QStringLiteral("/items/examples.yaml");
    BankFileEdits edits;
    QString error;
    QVERIFY(edits.setItemPath(
        items, QStringLiteral("ex-single"), {QStringLiteral("status")}, QStringLiteral("retired"), &error));
    const QByteArray other = read(items) + "# added by another editor\n";
    write(items, other);
    QStringList errors;
    QVERIFY(!edits.commit(&errors));
    QVERIFY2(errors.join(QLatin1Char(' ')).contains(QStringLiteral("changed by another program")),
        qPrintable(errors.join(QLatin1Char(' '))));
    QCOMPARE(read(items), other);
}

void TestBankEdit::yamlScalars()
{
    QCOMPARE(yamlScalar(QStringLiteral("operational")), QStringLiteral("operational"));
    QCOMPARE(yamlScalar(QStringLiteral("true")), QStringLiteral("\"true\""));
    QCOMPARE(yamlScalar(QStringLiteral("1.5")), QStringLiteral("\"1.5\""));
    QCOMPARE(yamlScalar(QStringLiteral("L'IA: un outil")), QStringLiteral("\"L'IA: un outil\""));
    QCOMPARE(yamlScalar(QStringLiteral("dit \"non\"\n")), QStringLiteral("\"dit \\\"non\\\"\\n\""));
}

// A value inside an item, wherever and however it is written: only its characters change.
void TestBankEdit::valuesWhereverWritten()
{
    const QString folder = copyExample(QStringLiteral("paths"));
    const QString items = folder + QStringLiteral("/items/examples.yaml");
    QByteArray text = read(items);
    // A block text on several lines, to be replaced by one quoted line.
    text.replace("      en: \"First collect, then train, then test on data the model has never seen.\"",
        "      en: >\n        First collect, then train,\n        then test on new data.");
    write(items, text);
    QVERIFY(loadBank(folder).usable());
    BankFileEdits edits;
    QString error;
    // In a flow mapping, after accented text on the same line (positions are bytes).
    QVERIFY2(edits.setItemPath(items, QStringLiteral("ex-multiple"),
                 {QStringLiteral("options"), QStringLiteral("#b"), QStringLiteral("text"), QStringLiteral("en")},
                 yamlQuoted(QStringLiteral("Your neighbour’s \"address\"")), &error),
        qPrintable(error));
    // A block mapping's quoted text.
    QVERIFY2(edits.setItemPath(items, QStringLiteral("ex-single"), {QStringLiteral("stem"), QStringLiteral("fr")},
                 yamlQuoted(QStringLiteral("Comment un chatbot choisit-il ses mots ?")), &error),
        qPrintable(error));
    // A folded block text.
    QVERIFY2(
        edits.setItemPath(items, QStringLiteral("ex-ordering"), {QStringLiteral("explanation"), QStringLiteral("en")},
            yamlQuoted(QStringLiteral("Collect, train, test.")), &error),
        qPrintable(error));
    // A plain scalar and a flow list.
    QVERIFY2(edits.setItemPath(
                 items, QStringLiteral("ex-draft"), {QStringLiteral("status")}, QStringLiteral("pilot"), &error),
        qPrintable(error));
    QVERIFY2(edits.setItemPath(items, QStringLiteral("ex-ordering"), {QStringLiteral("themes")},
                 yamlFlowList({QStringLiteral("ECO"), QStringLiteral("EDU")}), &error),
        qPrintable(error));
    // The image's alternative text, nested two levels down.
    QVERIFY2(edits.setItemPath(items, QStringLiteral("ex-numeric"),
                 {QStringLiteral("image"), QStringLiteral("alt"), QStringLiteral("en")},
                 yamlQuoted(QStringLiteral("8 right in green, 2 wrong in red.")), &error),
        qPrintable(error));
    QStringList errors;
    QVERIFY(edits.commit(&errors));
    QByteArray expected = text;
    expected.replace("en: \"Your neighbour's address\"", "en: \"Your neighbour’s \\\"address\\\"\"");
    expected.replace("fr: \"Comment un chatbot choisit-il les mots de sa réponse ?\"",
        "fr: \"Comment un chatbot choisit-il ses mots ?\"");
    expected.replace(
        "en: >\n        First collect, then train,\n        then test on new data.", "en: \"Collect, train, test.\"");
    const qsizetype draft = expected.indexOf("status: draft");
    expected.replace(draft, qstrlen("status: draft"), "status: pilot");
    expected.replace(
        "    themes: [ECO]\n    stem:\n      fr: \"Range", "    themes: [ECO, EDU]\n    stem:\n      fr: \"Range");
    expected.replace("en: \"Out of 10 photos: 8 right answers in green, 2 errors in red.\"",
        "en: \"8 right in green, 2 wrong in red.\"");
    QCOMPARE(read(items), expected);
    const BankLoadResult again = loadBank(folder);
    QVERIFY(again.usable());
    QCOMPARE(itemOf(again, QStringLiteral("ex-draft"))->status, ItemStatus::Pilot);
}

// Keys an item lacks are added at the end of the mapping that should hold them, block or flow.
void TestBankEdit::keysAdded()
{
    const QString folder = copyExample(QStringLiteral("added"));
    const QString items = folder + QStringLiteral("/items/examples.yaml");
    QByteArray text = read(items);
    // ex-true-false without its English stem; an option without its English text.
    text.replace("      en: \"A chatbot can invent a source that does not exist.\"\n", "");
    // ex-ordering without any explanation.
    const qsizetype explanation = text.indexOf("    explanation:\n", text.indexOf("id: ex-ordering"));
    const qsizetype irt = text.indexOf("    irt:", explanation);
    text.remove(explanation, irt - explanation);
    text.replace("{id: c, text: {fr: \"Un humain tape chaque réponse\", en: \"A person types every answer\"}}",
        "{id: c, text: {fr: \"Un humain tape chaque réponse\"}}");
    write(items, text);
    BankFileEdits edits;
    QString error;
    QVERIFY2(edits.setItemPath(items, QStringLiteral("ex-true-false"), {QStringLiteral("stem"), QStringLiteral("en")},
                 yamlQuoted(QStringLiteral("A chatbot can make up a source.")), &error),
        qPrintable(error));
    QVERIFY2(edits.setItemPath(items, QStringLiteral("ex-single"),
                 {QStringLiteral("options"), QStringLiteral("#c"), QStringLiteral("text"), QStringLiteral("en")},
                 yamlQuoted(QStringLiteral("Someone types it")), &error),
        qPrintable(error));
    // A mapping the item lacks, made with its key.
    QVERIFY2(
        edits.setItemPath(items, QStringLiteral("ex-ordering"), {QStringLiteral("explanation"), QStringLiteral("fr")},
            yamlQuoted(QStringLiteral("Dans l’ordre.")), &error),
        qPrintable(error));
    QVERIFY2(
        edits.setItemPath(items, QStringLiteral("ex-ordering"), {QStringLiteral("explanation"), QStringLiteral("en")},
            yamlQuoted(QStringLiteral("In order.")), &error),
        qPrintable(error));
    QStringList errors;
    QVERIFY(edits.commit(&errors));
    const QByteArray after = read(items);
    QVERIFY(after.contains("    irt: {model: 2PL, a: 1.3, b: 0.2}\n    explanation:\n      fr: \"Dans l’ordre.\"\n     "
                           " en: \"In order.\"\n"));
    const BankLoadResult again = loadBank(folder);
    for (const Diagnostic &d : again.diagnostics) {
        QVERIFY2(!d.isError(), qPrintable(d.toString()));
    }
    QVERIFY(after.contains("      fr: \"Un chatbot peut inventer une source qui n’existe pas.\"\n      en: \"A chatbot "
                           "can make up a source.\"\n    answer: true"));
    QVERIFY(after.contains("{id: c, text: {fr: \"Un humain tape chaque réponse\", en: \"Someone types it\"}}"));
}

// A value the editor cannot replace exactly (a plain text continued on a second line) is refused
// rather than half changed.
void TestBankEdit::refusedWhenItWouldReadDifferently()
{
    const QString folder = copyExample(QStringLiteral("refused"));
    const QString items = folder + QStringLiteral("/items/examples.yaml");
    QByteArray text = read(items);
    text.replace("      en: \"How does a chatbot choose the words of its answer?\"",
        "      en: How does a chatbot choose\n        the words of its answer?");
    write(items, text);
    QVERIFY(loadBank(folder).usable());
    BankFileEdits edits;
    QString error;
    const bool done = edits.setItemPath(items, QStringLiteral("ex-single"),
        {QStringLiteral("stem"), QStringLiteral("en")}, yamlQuoted(QStringLiteral("Which words?")), &error);
    QVERIFY(!done);
    QVERIFY2(
        error.contains(QStringLiteral("cannot be changed in place")) && error.contains(QStringLiteral("ex-single")),
        qPrintable(error));
    QVERIFY(edits.texts().isEmpty());
    QCOMPARE(read(items), text);
}

// Options added at the end of a list and removed from it, in the example's style (flow entries in a
// block list) and in the AICET bank's (block entries): only those lines change.
void TestBankEdit::listEntriesAddedAndRemoved()
{
    const QString folder = copyExample(QStringLiteral("lists"));
    const QString items = folder + QStringLiteral("/items/examples.yaml");
    const QByteArray text = read(items);
    BankFileEdits edits;
    QString error;
    QVERIFY2(edits.appendToItemList(items, QStringLiteral("ex-single"), QStringLiteral("options"),
                 QStringLiteral("{id: d, text: {fr: \"Il tire au sort\", en: \"It draws lots\"}}"), &error),
        qPrintable(error));
    QVERIFY2(edits.removeFromItemList(
                 items, QStringLiteral("ex-multiple"), QStringLiteral("options"), QStringLiteral("c"), &error),
        qPrintable(error));
    QStringList errors;
    QVERIFY(edits.commit(&errors));
    QByteArray expected = text;
    const QByteArray lastOption
        = "      - {id: c, text: {fr: \"Un humain tape chaque réponse\", en: \"A person types every answer\"}}\n";
    QVERIFY(expected.contains(lastOption));
    expected.insert(expected.indexOf(lastOption) + lastOption.size(),
        "      - {id: d, text: {fr: \"Il tire au sort\", en: \"It draws lots\"}}\n");
    expected.replace("      - {id: c, text: {fr: \"Une recette de crêpes\", en: \"A pancake recipe\"}}\n", "");
    QCOMPARE(read(items), expected);
    const BankLoadResult again = loadBank(folder);
    QVERIFY(again.usable());
    QCOMPARE(itemOf(again, QStringLiteral("ex-single"))->content.options.size(), std::size_t(4));
    QCOMPARE(itemOf(again, QStringLiteral("ex-multiple"))->content.options.size(), std::size_t(3));

    // Block entries (as the AICET bank writes its elements): one removed, one added.
    const QString block = test::dataPath(QStringLiteral("bankedit/block-elements.yaml"));
    const QString copy = m_dir.filePath(QStringLiteral("des-a.yaml"));
    QVERIFY(QFile::copy(block, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = read(copy);
    BankFileEdits more;
    QVERIFY2(more.removeFromItemList(
                 copy, QStringLiteral("des-a-01"), QStringLiteral("elements"), QStringLiteral("monitor"), &error),
        qPrintable(error));
    QVERIFY2(more.appendToItemList(copy, QStringLiteral("des-a-01"), QStringLiteral("elements"),
                 QStringLiteral("{id: audit, text: {fr: \"Auditer\", en: \"Audit\"}}"), &error),
        qPrintable(error));
    QVERIFY(more.commit(&errors));
    QByteArray blockExpected = original;
    const qsizetype monitor = blockExpected.indexOf("      - id: monitor\n");
    QVERIFY(monitor > 0);
    blockExpected.remove(monitor, blockExpected.indexOf("      - id:", monitor + 1) - monitor);
    const QByteArray lastElement = "          en: \"Train: have the model learn from the labelled photos\"\n";
    QVERIFY(blockExpected.contains(lastElement));
    blockExpected.insert(blockExpected.indexOf(lastElement) + lastElement.size(),
        "      - {id: audit, text: {fr: \"Auditer\", en: \"Audit\"}}\n");
    QCOMPARE(read(copy), blockExpected);
    // A list keeps at least one entry.
    BankFileEdits last;
    QVERIFY(last.removeFromItemList(
        items, QStringLiteral("ex-ordering"), QStringLiteral("elements"), QStringLiteral("collect"), &error));
    QVERIFY(last.removeFromItemList(
        items, QStringLiteral("ex-ordering"), QStringLiteral("elements"), QStringLiteral("train"), &error));
    QVERIFY(!last.removeFromItemList(
        items, QStringLiteral("ex-ordering"), QStringLiteral("elements"), QStringLiteral("test"), &error));
    QVERIFY2(error.contains(QStringLiteral("at least one")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBankEdit)
#include "TestBankEdit.moc"
