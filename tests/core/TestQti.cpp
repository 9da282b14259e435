#include "TestData.h"
#include "bank/BankLoader.h"
#include "bank/Qti.h"
#include "io/ZipArchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <map>

using namespace aicet;

namespace {

QString exampleBank()
{
    return test::sourcePath(QStringLiteral("question-banks/example"));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

// A bank folder with the example bank's settings and no items: where imports go.
QString emptyBank(const QTemporaryDir &dir)
{
    const QString bank = dir.filePath(QStringLiteral("bank"));
    writeAll(bank + QStringLiteral("/bank.yaml"), readAll(exampleBank() + QStringLiteral("/bank.yaml")));
    QDir().mkpath(bank + QStringLiteral("/items"));
    return bank;
}

// A copy of the whole example bank.
QString exampleCopy(const QTemporaryDir &dir)
{
    const QString bank = dir.filePath(QStringLiteral("example"));
    QDirIterator it(exampleBank(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        writeAll(bank + QLatin1Char('/') + QDir(exampleBank()).relativeFilePath(path), readAll(path));
    }
    return bank;
}

// Every file under a folder, relative, with its bytes.
std::map<QString, QByteArray> snapshot(const QString &folder)
{
    std::map<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files[QDir(folder).relativeFilePath(path)] = readAll(path);
    }
    return files;
}

// The hand-written package of tests/data/qti/package as a zip.
QByteArray handWrittenZip()
{
    const QString root = test::dataPath(QStringLiteral("qti/package"));
    std::vector<io::ZipEntry> entries;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    QStringList names;
    while (it.hasNext()) {
        names.append(QDir(root).relativeFilePath(it.next()));
    }
    names.sort();
    for (const QString &name : names) {
        entries.push_back({name, readAll(QDir(root).filePath(name))});
    }
    QString error;
    const auto zip = io::writeZip(entries, &error);
    if (!zip) {
        qFatal("cannot zip the package: %s", qPrintable(error));
    }
    return *zip;
}

QByteArray zipOf(const std::vector<io::ZipEntry> &entries)
{
    QString error;
    const auto zip = io::writeZip(entries, &error);
    if (!zip) {
        qFatal("cannot zip: %s", qPrintable(error));
    }
    return *zip;
}

const qti::ImportEntry *entryFor(const qti::ImportResult &r, const QString &qtiIdentifier)
{
    for (const qti::ImportEntry &e : r.entries) {
        if (e.qtiIdentifier == qtiIdentifier) {
            return &e;
        }
    }
    return nullptr;
}

QStringList ids(const std::vector<Choice> &choices)
{
    QStringList list;
    for (const Choice &c : choices) {
        list.append(c.id);
    }
    return list;
}

// The loader's errors about one file.
QStringList errorsIn(const BankLoadResult &r, const QString &file)
{
    QStringList errors;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.isError() && QFileInfo(d.file).canonicalFilePath() == QFileInfo(file).canonicalFilePath()) {
            errors.append(d.toString());
        }
    }
    return errors;
}

// The manifest's manifest element, its resources' types and AICET metadata, and one item file's
// root element; fails on XML that is not well-formed.
struct XmlFacts
{
    QString rootNamespace, rootName, language;
    QStringList elements; ///< every element's local name, in order
    QStringList attributes; ///< name=value of every attribute, in order
};

XmlFacts readXml(const QByteArray &bytes)
{
    XmlFacts f;
    QXmlStreamReader r(bytes);
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement) {
            if (f.rootName.isEmpty()) {
                f.rootName = r.name().toString();
                f.rootNamespace = r.namespaceUri().toString();
                f.language = r.attributes().value(QStringLiteral("xml:lang")).toString();
            }
            f.elements.append(r.name().toString());
            for (const QXmlStreamAttribute &a : r.attributes()) {
                f.attributes.append(a.qualifiedName().toString() + QLatin1Char('=') + a.value().toString());
            }
        }
    }
    if (r.hasError()) {
        qFatal("not well-formed XML: %s at line %lld", qPrintable(r.errorString()), r.lineNumber());
    }
    return f;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess p;
    p.start(qEnvironmentVariable("AICET_CLI"), arguments);
    if (!p.waitForFinished(120000)) {
        qFatal("aicet-cli did not finish");
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestQti : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportWritesQti3();
    void exportSelection();
    void roundTripKeepsEveryItem();
    void picturePerLanguage();
    void reimportNeverOverwrites();
    void handWrittenPackage_data();
    void handWrittenPackage();
    void singleItemFile();
    void hostilePackages_data();
    void hostilePackages();
    void hostileXml_data();
    void hostileXml();
    void commandLine();
};

void TestQti::exportWritesQti3()
{
    const BankLoadResult loaded = loadBank(exampleBank());
    QVERIFY(loaded.usable());
    const qti::ExportResult result = qti::exportPackage(loaded.bank);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.items, 9);
    QCOMPARE(result.qtiItems, 18); // French and English

    io::ZipReader zip;
    QString error;
    QVERIFY2(zip.open(result.package, {}, &error), qPrintable(error));
    QVERIFY(zip.contains(QStringLiteral("imsmanifest.xml")));
    QVERIFY(zip.contains(QStringLiteral("images/confusion.svg")));
    QCOMPARE(*zip.read(QStringLiteral("images/confusion.svg"), &error),
        readAll(exampleBank() + QStringLiteral("/images/confusion.svg")));

    const XmlFacts manifest = readXml(*zip.read(QStringLiteral("imsmanifest.xml"), &error));
    QCOMPARE(manifest.rootName, QStringLiteral("manifest"));
    QCOMPARE(manifest.rootNamespace, QLatin1String(qti::kManifestNamespace));
    QCOMPARE(manifest.attributes.filter(QStringLiteral("type=imsqti_item_xmlv3p0")).size(), 18);
    QCOMPARE(manifest.elements.count(QStringLiteral("item")), 18); // AICET's metadata, one per resource
    QVERIFY(manifest.attributes.contains(QStringLiteral("model=GPCM")));
    QVERIFY(manifest.attributes.contains(QStringLiteral("competency=TEC-U")));

    // Every item file is a well-formed QTI 3.0 item in its language.
    for (const BankItem &item : loaded.bank.items) {
        for (const QString &lang : loaded.bank.languages) {
            const QString name
                = (lang == QLatin1String("fr") ? item.id : item.id + QLatin1Char('.') + lang) + QStringLiteral(".xml");
            QVERIFY2(zip.contains(name), qPrintable(name));
            const XmlFacts f = readXml(*zip.read(name, &error));
            QCOMPARE(f.rootName, QStringLiteral("qti-assessment-item"));
            QCOMPARE(f.rootNamespace, QLatin1String(qti::kItemNamespace));
            QCOMPARE(f.language, lang);
            QVERIFY(f.elements.contains(QStringLiteral("qti-response-declaration")));
            QVERIFY(f.elements.contains(QStringLiteral("qti-correct-response")));
            QVERIFY(f.attributes.contains(QStringLiteral("identifier=SCORE")));
            QVERIFY(f.elements.contains(QStringLiteral("qti-modal-feedback")));
            QVERIFY(f.elements.contains(QStringLiteral("qti-response-processing")));
        }
    }
    auto facts = [&](const char *name) { return readXml(*zip.read(QLatin1String(name), &error)); };
    const XmlFacts single = facts("ex-single.xml");
    QVERIFY(single.elements.contains(QStringLiteral("qti-choice-interaction")));
    QVERIFY(single.attributes.contains(QStringLiteral("max-choices=1")));
    QVERIFY(single.elements.contains(QStringLiteral("qti-match"))); // match_correct's rules
    const XmlFacts multiple = facts("ex-multiple.xml");
    QVERIFY(multiple.attributes.contains(QStringLiteral("cardinality=multiple")));
    QVERIFY(multiple.attributes.contains(QStringLiteral("max-choices=0")));
    QVERIFY(multiple.elements.contains(QStringLiteral("qti-map-response"))); // partial: map_response
    QVERIFY(multiple.attributes.contains(QStringLiteral("default-value=-1")));
    const XmlFacts ordering = facts("ex-ordering.en.xml");
    QVERIFY(ordering.elements.contains(QStringLiteral("qti-order-interaction")));
    QVERIFY(ordering.attributes.contains(QStringLiteral("cardinality=ordered")));
    const XmlFacts matching = facts("ex-matching.xml");
    QVERIFY(matching.elements.contains(QStringLiteral("qti-match-interaction")));
    QVERIFY(matching.attributes.contains(QStringLiteral("base-type=directedPair")));
    QCOMPARE(matching.elements.count(QStringLiteral("qti-simple-match-set")), 2);
    const XmlFacts numeric = facts("ex-numeric.xml");
    QVERIFY(numeric.elements.contains(QStringLiteral("qti-text-entry-interaction")));
    QVERIFY(numeric.attributes.contains(QStringLiteral("base-type=float")));
    QVERIFY(numeric.attributes.contains(QStringLiteral("tolerance=0.5 0.5")));
    QVERIFY(numeric.attributes.contains(QStringLiteral("src=images/confusion.svg")));
    const XmlFacts text = facts("ex-short-text.en.xml");
    QVERIFY(text.attributes.contains(QStringLiteral("base-type=string")));
    QVERIFY(text.attributes.contains(QStringLiteral("map-key=deepfake")));
    const XmlFacts truth = facts("ex-true-false.xml");
    QVERIFY(truth.attributes.contains(QStringLiteral("identifier=true")));

    // The same bank gives the same bytes (no date or order left to chance).
    QCOMPARE(qti::exportPackage(loaded.bank).package, result.package);
}

void TestQti::exportSelection()
{
    const BankLoadResult loaded = loadBank(exampleBank());
    qti::ExportOptions options;
    options.itemIds = {QStringLiteral("ex-ordering")};
    options.languages = {QStringLiteral("en")};
    const qti::ExportResult one = qti::exportPackage(loaded.bank, options);
    QVERIFY2(one.ok(), qPrintable(one.error));
    QCOMPARE(one.items, 1);
    QCOMPARE(one.qtiItems, 1);
    io::ZipReader zip;
    QString error;
    QVERIFY(zip.open(one.package, {}, &error));
    QCOMPARE(zip.names(), QStringList({QStringLiteral("imsmanifest.xml"), QStringLiteral("ex-ordering.en.xml")}));

    options.itemIds = {QStringLiteral("ex-nothing")};
    const qti::ExportResult unknown = qti::exportPackage(loaded.bank, options);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error.contains(QStringLiteral("ex-nothing")), qPrintable(unknown.error));
    QVERIFY(unknown.package.isEmpty());
    options.itemIds.clear();
    options.languages = {QStringLiteral("de")};
    QVERIFY(qti::exportPackage(loaded.bank, options).error.contains(QStringLiteral("\"de\"")));
}

void TestQti::roundTripKeepsEveryItem()
{
    const BankLoadResult original = loadBank(exampleBank());
    QVERIFY(original.usable());
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("example.zip"));
    writeAll(package, qti::exportPackage(original.bank).package);
    const QString bank = emptyBank(dir);

    const qti::ImportResult result = qti::importPackage(package, bank);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(static_cast<int>(result.entries.size()), 9);
    QCOMPARE(result.count(qti::Outcome::NotImported), 0);
    for (const qti::ImportEntry &e : result.entries) {
        // The only remark: operational and pilot items come back as drafts.
        for (const QString &m : e.messages) {
            QVERIFY2(m.contains(QStringLiteral("imported as draft")), qPrintable(e.itemId + QStringLiteral(": ") + m));
        }
    }
    QCOMPARE(result.itemsFile, bank + QStringLiteral("/items/qti-example.yaml"));
    QCOMPARE(result.imageFiles, QStringList{QStringLiteral("images/confusion.svg")});

    const BankLoadResult imported = loadBank(bank);
    QVERIFY2(errorsIn(imported, result.itemsFile).isEmpty(),
        qPrintable(errorsIn(imported, result.itemsFile).join(QLatin1Char('\n'))));
    QCOMPARE(imported.bank.size(), original.bank.size());
    for (const BankItem &was : original.bank.items) {
        const int index = imported.bank.indexOf(was.id);
        QVERIFY2(index >= 0, qPrintable(was.id));
        const BankItem &now = imported.bank.items[static_cast<std::size_t>(index)];
        const ItemContent &a = was.content, &b = now.content;
        QCOMPARE(now.status, ItemStatus::Draft);
        QCOMPARE(itemTypeName(b.type), itemTypeName(a.type));
        QCOMPARE(b.stem, a.stem);
        QCOMPARE(b.explanation, a.explanation);
        QCOMPARE(ids(b.options), ids(a.options));
        QCOMPARE(ids(b.elements), ids(a.elements));
        QCOMPARE(ids(b.premises), ids(a.premises));
        QCOMPARE(ids(b.responses), ids(a.responses));
        for (std::size_t i = 0; i < a.options.size(); ++i) {
            QCOMPARE(b.options[i].text, a.options[i].text);
        }
        for (std::size_t i = 0; i < a.elements.size(); ++i) {
            QCOMPARE(b.elements[i].text, a.elements[i].text);
        }
        for (std::size_t i = 0; i < a.premises.size(); ++i) {
            QCOMPARE(b.premises[i].text, a.premises[i].text);
        }
        for (std::size_t i = 0; i < a.responses.size(); ++i) {
            QCOMPARE(b.responses[i].text, a.responses[i].text);
        }
        QCOMPARE(b.key, a.key);
        QCOMPARE(b.matchingKey, a.matchingKey);
        QCOMPARE(b.trueFalseKey, a.trueFalseKey);
        QCOMPARE(b.numericKey, a.numericKey);
        QCOMPARE(b.tolerance, a.tolerance);
        QCOMPARE(b.unit, a.unit);
        QCOMPARE(b.accepted, a.accepted);
        QCOMPARE(b.maxEdits, a.maxEdits);
        QCOMPARE(b.scoring, a.scoring);
        QCOMPARE(b.imageFile, a.imageFile);
        QCOMPARE(b.imageAlt, a.imageAlt);
        QCOMPARE(b.imageSha256, a.imageSha256);
        QCOMPARE(now.competency, was.competency);
        QCOMPARE(now.dimension, was.dimension);
        QCOMPARE(now.level, was.level);
        QCOMPARE(now.themes, was.themes);
        QCOMPARE(now.enemies, was.enemies);
        QCOMPARE(now.hasParameters, was.hasParameters);
        QCOMPARE(irt::modelName(now.irt.model), irt::modelName(was.irt.model));
        QCOMPARE(now.irt.a, was.irt.a);
        QCOMPARE(now.irt.b, was.irt.b);
        QCOMPARE(now.irt.c, was.irt.c);
        QCOMPARE(now.irt.steps, was.irt.steps);
    }

    // With the statuses of the original set back, the bank is the same bank: same content hash.
    QString yaml = QString::fromUtf8(readAll(result.itemsFile));
    QString id;
    QStringList lines = yaml.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (const auto m = QRegularExpression(QStringLiteral("^  - id: \"(.*)\"$")).match(line); m.hasMatch()) {
            id = m.captured(1);
        }
        if (line == QLatin1String("    status: draft")) {
            line = QStringLiteral("    status: ")
                + itemStatusName(original.bank.items[static_cast<std::size_t>(original.bank.indexOf(id))].status);
        }
    }
    writeAll(result.itemsFile, lines.join(QLatin1Char('\n')).toUtf8());
    const BankLoadResult restored = loadBank(bank);
    QVERIFY(restored.usable());
    QCOMPARE(restored.bank.contentHash, original.bank.contentHash);
}

// An item with one picture per language: each language's QTI item shows its own; an import
// keeps the default language's for every language and says so.
void TestQti::picturePerLanguage()
{
    QTemporaryDir dir;
    const QString source = exampleCopy(dir);
    const QString items = source + QStringLiteral("/items/examples.yaml");
    QByteArray yaml = readAll(items);
    QVERIFY(yaml.contains("      file: images/confusion.svg\n"));
    yaml.replace(
        "      file: images/confusion.svg\n", "      file: {fr: images/confusion.svg, en: images/confusion-en.svg}\n");
    writeAll(items, yaml);
    writeAll(source + QStringLiteral("/images/confusion-en.svg"),
        readAll(source + QStringLiteral("/images/confusion.svg"))
            .replace("</svg>", "<rect width=\"1\" height=\"1\"/></svg>"));
    const BankLoadResult loaded = loadBank(source);
    QVERIFY(loaded.usable());
    const qti::ExportResult exported = qti::exportPackage(loaded.bank);
    QVERIFY2(exported.error.isEmpty(), qPrintable(exported.error));
    const QString package = dir.filePath(QStringLiteral("languages.zip"));
    writeAll(package, exported.package);

    const qti::ImportResult result = qti::importPackage(package, emptyBank(dir));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QStringList remarks;
    for (const qti::ImportEntry &e : result.entries) {
        if (e.itemId == QLatin1String("ex-numeric")) {
            remarks = e.messages;
        }
    }
    QVERIFY2(remarks.join(QLatin1Char('\n')).contains(QStringLiteral("images/confusion-en.svg")),
        qPrintable(remarks.join(QLatin1Char('\n'))));
}

void TestQti::reimportNeverOverwrites()
{
    QTemporaryDir dir;
    const QString bank = exampleCopy(dir);
    const QString package = dir.filePath(QStringLiteral("example.zip"));
    writeAll(package, qti::exportPackage(loadBank(bank).bank).package);
    const auto before = snapshot(bank);

    const qti::ImportResult result = qti::importPackage(package, bank);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.count(qti::Outcome::NotImported), 9);
    const qti::ImportEntry *single = entryFor(result, QStringLiteral("ex-single"));
    QVERIFY(single);
    QCOMPARE(single->file, QStringLiteral("ex-single.xml"));
    QCOMPARE(single->line, 2);
    QCOMPARE(single->messages.size(), 1);
    QVERIFY2(single->messages[0].contains(QStringLiteral("already has an item ex-single (items/examples.yaml:")),
        qPrintable(single->messages[0]));
    QVERIFY(result.itemsFile.isEmpty());
    QCOMPARE(snapshot(bank), before);
}

void TestQti::handWrittenPackage_data()
{
    QTest::addColumn<bool>("zipped");
    QTest::newRow("zip") << true;
    QTest::newRow("unpacked folder") << false;
}

void TestQti::handWrittenPackage()
{
    QFETCH(bool, zipped);
    QTemporaryDir dir;
    QString package = test::dataPath(QStringLiteral("qti/package"));
    if (zipped) {
        package = dir.filePath(QStringLiteral("hand-written.zip"));
        writeAll(package, handWrittenZip());
    }
    const QString bank = emptyBank(dir);
    qti::ImportOptions options;
    options.status = ItemStatus::Pilot;
    options.competency = QStringLiteral("ETH-A");
    const qti::ImportResult result = qti::importPackage(package, bank, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(static_cast<int>(result.entries.size()), 10);
    QCOMPARE(result.count(qti::Outcome::NotImported), 4);
    QVERIFY(result.notes.join(QLatin1Char('\n')).contains(QStringLiteral("imsmanifest.xml:45: test.xml is a test")));

    // Every supported interaction is imported, with what to check said.
    const std::map<QString, QString> types = {{QStringLiteral("robot-single"), QStringLiteral("single_choice")},
        {QStringLiteral("data-multiple"), QStringLiteral("multiple_response")},
        {QStringLiteral("steps-order"), QStringLiteral("ordering")},
        {QStringLiteral("learning-match"), QStringLiteral("matching")},
        {QStringLiteral("fake-text"), QStringLiteral("short_text")},
        {QStringLiteral("accuracy-number"), QStringLiteral("numeric")}};
    for (const auto &[identifier, type] : types) {
        const qti::ImportEntry *e = entryFor(result, identifier);
        QVERIFY2(e, qPrintable(identifier));
        QCOMPARE(e->outcome, qti::Outcome::ImportedWithRemarks);
        QCOMPARE(e->itemId, identifier);
        QCOMPARE(e->type, type);
        QCOMPARE(e->line, 2);
        QVERIFY2(e->messages.contains(QStringLiteral("no fr version: the en texts were copied; translate them")),
            qPrintable(e->messages.join(QLatin1Char('\n'))));
    }
    QVERIFY(entryFor(result, QStringLiteral("robot-single"))
                ->messages.contains(QStringLiteral("no explanation (qti-modal-feedback): write one")));
    QVERIFY(entryFor(result, QStringLiteral("data-multiple"))
                ->messages.contains(QStringLiteral("the explanation is made of the item's feedback texts: check it")));

    // The unsupported ones, by name and reason, at their line.
    auto reasons = [&](const char *identifier) {
        const qti::ImportEntry *e = entryFor(result, QLatin1String(identifier));
        return e && e->outcome == qti::Outcome::NotImported ? e->messages.join(QLatin1Char('\n'))
                                                            : QStringLiteral("(imported)");
    };
    QCOMPARE(reasons("eye-hotspot"),
        QStringLiteral("line 11: qti-hotspot-interaction is not supported: answers given by pointing at a picture are "
                       "not an AICET item type"));
    QCOMPARE(reasons("opinion-essay"),
        QStringLiteral("line 8: qti-extended-text-interaction is not supported: an open answer needs a person to "
                       "score it"));
    QCOMPARE(reasons("count-custom"),
        QStringLiteral("line 20: custom response processing: <qti-container-size> has no AICET equivalent"));
    QCOMPARE(reasons("no-key"),
        QStringLiteral("line 7: the item gives no correct response (qti-correct-response), so it cannot be scored"));

    // The loader accepts what was written, and reads what the QTI items say.
    const BankLoadResult loaded = loadBank(bank);
    QVERIFY2(errorsIn(loaded, result.itemsFile).isEmpty(),
        qPrintable(errorsIn(loaded, result.itemsFile).join(QLatin1Char('\n'))));
    QCOMPARE(loaded.bank.size(), 6);
    auto item = [&](const char *id) -> const BankItem & {
        const int index = loaded.bank.indexOf(QLatin1String(id));
        if (index < 0) {
            qFatal("%s was not imported", id);
        }
        return loaded.bank.items[static_cast<std::size_t>(index)];
    };
    const BankItem &single = item("robot-single");
    QCOMPARE(single.status, ItemStatus::Pilot);
    QCOMPARE(loaded.bank.competencies[static_cast<std::size_t>(single.competency)].id, QStringLiteral("ETH-A"));
    QCOMPARE(single.content.stem.value(QStringLiteral("en")),
        QStringLiteral("Look at the picture.\nWhich of these is a robot?"));
    QCOMPARE(single.content.stem.value(QStringLiteral("fr")), single.content.stem.value(QStringLiteral("en")));
    QCOMPARE(ids(single.content.options), QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(single.content.options[1].text.value(QStringLiteral("en")), QStringLiteral("The machine in the picture"));
    QCOMPARE(single.content.key, QStringList{QStringLiteral("B")});
    QVERIFY(single.content.shuffle);
    QCOMPARE(single.content.imageFile, QStringLiteral("images/robot.svg"));
    QCOMPARE(single.content.imageAlt.value(QStringLiteral("fr")), QStringLiteral("A grey robot with two round eyes"));
    QCOMPARE(readAll(bank + QStringLiteral("/images/robot.svg")),
        readAll(test::dataPath(QStringLiteral("qti/package/images/robot.svg"))));

    const BankItem &multiple = item("data-multiple");
    QCOMPARE(multiple.content.key, QStringList({QStringLiteral("name"), QStringLiteral("phone")}));
    QCOMPARE(multiple.content.scoring, Scoring::Partial); // +1 right, -1 wrong, at least 0
    QCOMPARE(multiple.content.options.size(), std::size_t(4));
    QVERIFY(!multiple.content.shuffle);
    QCOMPARE(multiple.content.explanation.value(QStringLiteral("en")),
        QStringLiteral("A name and a phone number identify a person."));

    const BankItem &order = item("steps-order");
    QCOMPARE(
        order.content.key, QStringList({QStringLiteral("collect"), QStringLiteral("train"), QStringLiteral("test")}));
    QCOMPARE(order.content.scoring, Scoring::AllOrNothing);
    QCOMPARE(
        order.content.stem.value(QStringLiteral("en")), QStringLiteral("Put the steps of making a model in order."));

    const BankItem &match = item("learning-match");
    QCOMPARE(match.content.matchingKey,
        (QMap<QString, QString>{{QStringLiteral("labels"), QStringLiteral("supervised")},
            {QStringLiteral("groups"), QStringLiteral("unsupervised")}}));
    QCOMPARE(match.content.scoring, Scoring::Partial); // one point per right pair
    QCOMPARE(match.content.premises[0].text.value(QStringLiteral("en")),
        QStringLiteral("Photos labelled \"cat\" or \"dog\""));

    const BankItem &text = item("fake-text");
    QCOMPARE(text.content.accepted.value(QStringLiteral("en")),
        QStringList({QStringLiteral("deepfake"), QStringLiteral("deep fake")}));
    QCOMPARE(text.content.accepted.value(QStringLiteral("fr")), text.content.accepted.value(QStringLiteral("en")));
    QCOMPARE(text.content.stem.value(QStringLiteral("en")),
        QStringLiteral("A realistic fake video made by an AI is a ___."));

    const BankItem &number = item("accuracy-number");
    QCOMPARE(number.content.numericKey, 0.8);
    QCOMPARE(number.content.tolerance, 0.05);
    QCOMPARE(number.content.explanation.value(QStringLiteral("fr")), QStringLiteral("8 out of 10 is 0.8."));
}

void TestQti::singleItemFile()
{
    QTemporaryDir dir;
    const QString bank = emptyBank(dir);
    const qti::ImportResult number
        = qti::importPackage(test::dataPath(QStringLiteral("qti/package/items/number.xml")), bank);
    QVERIFY2(number.ok(), qPrintable(number.error));
    QCOMPARE(static_cast<int>(number.entries.size()), 1);
    QCOMPARE(number.entries[0].itemId, QStringLiteral("accuracy-number"));
    QCOMPARE(number.entries[0].file, QStringLiteral("number.xml"));
    QCOMPARE(number.entries[0].type, QStringLiteral("numeric"));
    QCOMPARE(number.itemsFile, bank + QStringLiteral("/items/qti-number.yaml"));

    // Alone, the item's picture is outside its folder ("../images"): left out, and said.
    const qti::ImportResult single
        = qti::importPackage(test::dataPath(QStringLiteral("qti/package/items/single.xml")), bank);
    QVERIFY2(single.ok(), qPrintable(single.error));
    QCOMPARE(single.entries[0].outcome, qti::Outcome::ImportedWithRemarks);
    QVERIFY2(single.entries[0].messages.contains(
                 QStringLiteral("line 12: picture ../images/robot.svg left out: it leads outside the package")),
        qPrintable(single.entries[0].messages.join(QLatin1Char('\n'))));
    QVERIFY(!QFileInfo::exists(bank + QStringLiteral("/images")));
    const BankLoadResult loaded = loadBank(bank);
    QCOMPARE(loaded.bank.size(), 2);
    QVERIFY(loaded.bank.items[static_cast<std::size_t>(loaded.bank.indexOf(QStringLiteral("robot-single")))]
                .content.imageFile.isEmpty());
}

void TestQti::hostilePackages_data()
{
    QTest::addColumn<QByteArray>("package");
    QTest::addColumn<qint64>("maxTotal");
    QTest::addColumn<QString>("expected");
    const QByteArray manifest = readAll(test::dataPath(QStringLiteral("qti/package/imsmanifest.xml")));
    QTest::newRow("path traversal") << zipOf(
        {{QStringLiteral("imsmanifest.xml"), manifest}, {QStringLiteral("../evil.xml"), "<x/>"}})
                                    << qint64(256 * 1024 * 1024)
                                    << QStringLiteral("entry \"../evil.xml\": a name that leads outside the package");
    QTest::newRow("traversal inside a folder")
        << zipOf({{QStringLiteral("imsmanifest.xml"), manifest}, {QStringLiteral("items/../../evil.xml"), "<x/>"}})
        << qint64(256 * 1024 * 1024) << QStringLiteral("entry \"items/../../evil.xml\"");
    QTest::newRow("absolute path") << zipOf(
        {{QStringLiteral("imsmanifest.xml"), manifest}, {QStringLiteral("/etc/cron.d/evil"), "x"}})
                                   << qint64(256 * 1024 * 1024) << QStringLiteral("entry \"/etc/cron.d/evil\"");
    QTest::newRow("backslash") << zipOf(
        {{QStringLiteral("imsmanifest.xml"), manifest}, {QStringLiteral("..\\evil.xml"), "x"}})
                               << qint64(256 * 1024 * 1024) << QStringLiteral("entry \"..\\evil.xml\"");
    QTest::newRow("oversized entry") << zipOf(
        {{QStringLiteral("imsmanifest.xml"), manifest}, {QStringLiteral("big.xml"), QByteArray(17 * 1024 * 1024, ' ')}})
                                     << qint64(256 * 1024 * 1024)
                                     << QStringLiteral(
                                            "entry \"big.xml\" is too large: 17.0 MiB uncompressed; at most 16.0 MiB");
    const QByteArray zeros(400 * 1024, '\0');
    QTest::newRow("zip bomb") << zipOf({{QStringLiteral("imsmanifest.xml"), manifest}, {QStringLiteral("a"), zeros},
        {QStringLiteral("b"), zeros}, {QStringLiteral("c"), zeros}})
                              << qint64(1024 * 1024) << QStringLiteral("once uncompressed: refused (a zip bomb?)");
    QTest::newRow("not a zip") << QByteArray("PK\x03\x04 this is not a zip archive") << qint64(256 * 1024 * 1024)
                               << QStringLiteral("not a readable zip archive");
    QTest::newRow("no manifest") << zipOf({{QStringLiteral("item.xml"), "<x/>"}}) << qint64(256 * 1024 * 1024)
                                 << QStringLiteral("not a QTI package: there is no imsmanifest.xml");
}

void TestQti::hostilePackages()
{
    QFETCH(QByteArray, package);
    QFETCH(qint64, maxTotal);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString bank = emptyBank(dir);
    const QString path = dir.filePath(QStringLiteral("hostile.zip"));
    writeAll(path, package);
    const auto before = snapshot(bank);
    qti::ImportOptions options;
    options.zipLimits.maxTotalBytes = maxTotal;
    const qti::ImportResult result = qti::importPackage(path, bank, options);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY(result.entries.empty());
    QCOMPARE(snapshot(bank), before);
}

void TestQti::hostileXml_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QString>("expected");
    QTest::newRow("entities") << QStringLiteral("item.xml")
                              << QByteArray(
                                     "<?xml version=\"1.0\"?>\n<!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 "
                                     "\"&lol;&lol;&lol;&lol;\">]>\n<qti-assessment-item>&lol2;</qti-assessment-item>")
                              << QStringLiteral("item.xml:2: a DOCTYPE is not allowed");
    QTest::newRow("external entity") << QStringLiteral("item.xml")
                                     << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM "
                                                   "\"file:///etc/passwd\">]>\n<x>&secret;</x>")
                                     << QStringLiteral("a DOCTYPE is not allowed");
    QByteArray deep = "<qti-assessment-item xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\">";
    for (int i = 0; i < 100; ++i) {
        deep += "<div>";
    }
    QTest::newRow("deep nesting") << QStringLiteral("item.xml") << deep
                                  << QStringLiteral("too many or too deeply nested elements");
    QTest::newRow("resource outside") << QStringLiteral("../item.xml") << QByteArray("<x/>")
                                      << QStringLiteral(
                                             "the resource's file \"../item.xml\" leads outside the package");
    QTest::newRow("QTI 2") << QStringLiteral("item.xml")
                           << QByteArray("<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" "
                                         "identifier=\"old\"/>")
                           << QStringLiteral("line 1: a QTI 2 item (assessmentItem); only QTI 3.0");
}

void TestQti::hostileXml()
{
    QFETCH(QString, href);
    QFETCH(QByteArray, item);
    QFETCH(QString, expected);
    const QByteArray manifest = QStringLiteral("<manifest xmlns=\"%1\"><resources><resource identifier=\"r\" "
                                               "type=\"imsqti_item_xmlv3p0\" href=\"%2\"/></resources></manifest>")
                                    .arg(QLatin1String(qti::kManifestNamespace), href)
                                    .toUtf8();
    QTemporaryDir dir;
    const QString bank = emptyBank(dir);
    const QString path = dir.filePath(QStringLiteral("package.zip"));
    writeAll(path, zipOf({{QStringLiteral("imsmanifest.xml"), manifest}, {QStringLiteral("item.xml"), item}}));
    const qti::ImportResult result = qti::importPackage(path, bank);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(static_cast<int>(result.entries.size()), 1);
    const qti::ImportEntry &e = result.entries[0];
    QCOMPARE(e.outcome, qti::Outcome::NotImported);
    const QString said = QStringLiteral("%1:%2: %3").arg(e.file).arg(e.line).arg(e.messages.join(QLatin1Char('\n')));
    QVERIFY2(said.contains(expected), qPrintable(said));
    QVERIFY(result.itemsFile.isEmpty());
    QCOMPARE(QDir(bank + QStringLiteral("/items")).entryList(QDir::Files).size(), 0);
}

void TestQti::commandLine()
{
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("example.zip"));
    Run r
        = cli({QStringLiteral("bank"), QStringLiteral("export-qti"), exampleBank(), QStringLiteral("--out"), package});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("9 items (18 QTI item files) written to")), qPrintable(r.out));
    QCOMPARE(readAll(package), qti::exportPackage(loadBank(exampleBank()).bank).package);

    const QString bank = emptyBank(dir);
    const auto empty = snapshot(bank);
    r = cli({QStringLiteral("bank"), QStringLiteral("import-qti"), package, QStringLiteral("--into"), bank,
        QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("9 imported (8 with remarks), 0 not imported")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("ex-single.xml:2: imported ex-single as ex-single (single_choice)")));
    QVERIFY(r.out.contains(QStringLiteral("would write")));
    QCOMPARE(snapshot(bank), empty);

    r = cli({QStringLiteral("bank"), QStringLiteral("import-qti"), package, QStringLiteral("--into"), bank,
        QStringLiteral("--status"), QStringLiteral("pilot")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("written to")), qPrintable(r.out));
    QVERIFY(QFileInfo::exists(bank + QStringLiteral("/items/qti-example.yaml")));
    QCOMPARE(loadBank(bank).bank.size(), 9);

    // Again: every item is already there, nothing is written, and the exit status says so.
    const auto once = snapshot(bank);
    r = cli({QStringLiteral("bank"), QStringLiteral("import-qti"), package, QStringLiteral("--into"), bank});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("0 imported (0 with remarks), 9 not imported")));
    QVERIFY(r.out.contains(QStringLiteral("NOT imported ex-numeric")));
    QCOMPARE(snapshot(bank), once);

    // A hostile package: refused, with the reason.
    const QString hostile = dir.filePath(QStringLiteral("hostile.zip"));
    writeAll(hostile, zipOf({{QStringLiteral("imsmanifest.xml"), "<manifest/>"}, {QStringLiteral("../x"), "x"}}));
    r = cli({QStringLiteral("bank"), QStringLiteral("import-qti"), hostile, QStringLiteral("--into"), bank});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("refused: entry \"../x\"")), qPrintable(r.err));
    QCOMPARE(snapshot(bank), once);

    // Wrong command lines.
    r = cli({QStringLiteral("bank"), QStringLiteral("import-qti"), package});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--into")));
    r = cli({QStringLiteral("bank"), QStringLiteral("import-qti"), package, QStringLiteral("--into"), bank,
        QStringLiteral("--status"), QStringLiteral("operational")});
    QCOMPARE(r.exitCode, 2);
    r = cli({QStringLiteral("bank"), QStringLiteral("export-qti"), exampleBank()});
    QCOMPARE(r.exitCode, 2);
    const QString none = dir.filePath(QStringLiteral("none.zip"));
    r = cli({QStringLiteral("bank"), QStringLiteral("export-qti"), exampleBank(), QStringLiteral("--out"), none,
        QStringLiteral("--item"), QStringLiteral("ex-nothing")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("no item \"ex-nothing\"")));
    QVERIFY(!QFileInfo::exists(none));
}

QTEST_GUILESS_MAIN(TestQti)
#include "TestQti.moc"
