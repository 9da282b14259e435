#include "bank/Qti.h"

#include "bank/BankLoader.h"
#include "bank/Scoring.h"
#include "io/SaveFile.h"
#include "io/UserFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <tuple>

namespace aicet::qti {
namespace {

constexpr char kXsiNamespace[] = "http://www.w3.org/2001/XMLSchema-instance";
constexpr char kXmlNamespace[] = "http://www.w3.org/XML/1998/namespace";
constexpr char kLomNamespace[] = "http://ltsc.ieee.org/xsd/LOM";
constexpr char kItemSchemaLocation[] = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0 "
                                       "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
constexpr char kManifestSchemaLocation[]
    = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1 "
      "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd "
      "http://ltsc.ieee.org/xsd/LOM https://purl.imsglobal.org/spec/md/v1p3/schema/xsd/imsmd_loose_v1p3p2.xsd";
constexpr char kResponse[] = "RESPONSE";
constexpr char kExplanation[] = "EXPLANATION";
constexpr int kMaxChoices = 12; // as the loader
constexpr qint64 kMaxImageBytes = 2 * 1024 * 1024; // as the loader

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// QTI identifiers are XML names that may not start with a digit; AICET ids may. A leading '_'
// (which AICET ids never have) is added on export and removed on import.
QString toQtiIdentifier(const QString &id)
{
    return !id.isEmpty() && id.front().isDigit() ? QLatin1Char('_') + id : id;
}

// The words of a true/false item's two choices in the item's language (English otherwise).
QString truthWord(bool value, const QString &language)
{
    static const QHash<QString, std::pair<const char *, const char *>> words = {
        {str("fr"), {"Vrai", "Faux"}},
        {str("en"), {"True", "False"}},
        {str("de"), {"Wahr", "Falsch"}},
        {str("es"), {"Verdadero", "Falso"}},
        {str("it"), {"Vero", "Falso"}},
        {str("pt"), {"Verdadeiro", "Falso"}},
        {str("nl"), {"Waar", "Onwaar"}},
        {str("ca"), {"Cert", "Fals"}},
        {str("oc"), {"Verai", "Fals"}},
    };
    const auto it = words.constFind(language.section(QLatin1Char('-'), 0, 0).toLower());
    const auto pair = it != words.constEnd() ? *it : std::pair<const char *, const char *>{"True", "False"};
    return QString::fromUtf8(value ? pair.first : pair.second);
}

QString scoringName(const ItemContent &c)
{
    if (c.scoring == Scoring::Partial) {
        return str("partial");
    }
    if (c.scoring == Scoring::OneMistake) {
        return str("one_mistake");
    }
    return c.type == ItemType::Ordering ? str("exact") : str("all_or_nothing");
}

// The IRT parameters as the bank's files write them. With irt.guessing: chance the loader turns
// a 1PL or 2PL item into 3PL with c = its chance of a right answer (and gives 4PL items with c = 0
// that c); exported banks carry what their authors wrote, not what the loader derived.
irt::ItemParameters writtenParameters(const ItemBank &bank, const BankItem &item)
{
    irt::ItemParameters p = item.irt;
    p.floors.clear();
    if (bank.chanceGuessing && irt::isDichotomous(p.model) && item.chance.size() == 2 && p.c > 0.0
        && p.c == item.chance[1]) {
        if (p.model == irt::Model::ThreePL) {
            p.model = irt::Model::TwoPL;
        }
        p.c = 0.0;
    }
    return p;
}

QString firstLine(const QString &text, int maxLength)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > maxLength) {
        line = line.left(maxLength - 1) + QChar(0x2026);
    }
    return line;
}

// ---------------------------------------------------------------------------------------------
// Export

struct ItemWriter
{
    QXmlStreamWriter &w;

    void value(const QString &text) { w.writeTextElement(str("qti-value"), text); }
    void paragraphs(const QString &text)
    {
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                w.writeTextElement(str("p"), line.trimmed());
            }
        }
    }
    void setScore(const QString &number)
    {
        w.writeStartElement(str("qti-set-outcome-value"));
        w.writeAttribute(str("identifier"), str("SCORE"));
        w.writeStartElement(str("qti-base-value"));
        w.writeAttribute(str("base-type"), str("float"));
        w.writeCharacters(number);
        w.writeEndElement();
        w.writeEndElement();
    }
    void responseAndCorrect(const char *element)
    {
        w.writeEmptyElement(str("qti-variable"));
        w.writeAttribute(str("identifier"), str(kResponse));
        w.writeEmptyElement(str(element));
        w.writeAttribute(str("identifier"), str(kResponse));
    }
    // The rules of the standard template match_correct.
    void matchCorrect()
    {
        w.writeStartElement(str("qti-response-condition"));
        w.writeStartElement(str("qti-response-if"));
        w.writeStartElement(str("qti-match"));
        responseAndCorrect("qti-correct");
        w.writeEndElement();
        setScore(str("1"));
        w.writeEndElement();
        w.writeStartElement(str("qti-response-else"));
        setScore(str("0"));
        w.writeEndElement();
        w.writeEndElement();
    }
    // The rules of the standard template map_response.
    void mapResponse()
    {
        w.writeStartElement(str("qti-response-condition"));
        w.writeStartElement(str("qti-response-if"));
        w.writeStartElement(str("qti-is-null"));
        w.writeEmptyElement(str("qti-variable"));
        w.writeAttribute(str("identifier"), str(kResponse));
        w.writeEndElement();
        setScore(str("0"));
        w.writeEndElement();
        w.writeStartElement(str("qti-response-else"));
        w.writeStartElement(str("qti-set-outcome-value"));
        w.writeAttribute(str("identifier"), str("SCORE"));
        w.writeEmptyElement(str("qti-map-response"));
        w.writeAttribute(str("identifier"), str(kResponse));
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }
    // Right when the number is within the absolute tolerance of the correct response, bounds
    // included (AICET's numeric rule).
    void withinTolerance(double tolerance)
    {
        w.writeStartElement(str("qti-response-condition"));
        w.writeStartElement(str("qti-response-if"));
        w.writeStartElement(str("qti-equal"));
        w.writeAttribute(str("tolerance-mode"), str("absolute"));
        w.writeAttribute(str("tolerance"), number(tolerance) + QLatin1Char(' ') + number(tolerance));
        w.writeAttribute(str("include-lower-bound"), str("true"));
        w.writeAttribute(str("include-upper-bound"), str("true"));
        responseAndCorrect("qti-correct");
        w.writeEndElement();
        setScore(str("1"));
        w.writeEndElement();
        w.writeStartElement(str("qti-response-else"));
        setScore(str("0"));
        w.writeEndElement();
        w.writeEndElement();
    }
    void choices(const char *element, const std::vector<Choice> &list, const QString &language,
        const char *extraName = nullptr, const QString &extraValue = {})
    {
        for (const Choice &c : list) {
            w.writeStartElement(str(element));
            w.writeAttribute(str("identifier"), toQtiIdentifier(c.id));
            if (extraName) {
                w.writeAttribute(str(extraName), extraValue);
            }
            w.writeCharacters(c.text.value(language));
            w.writeEndElement();
        }
    }
};

} // namespace

QByteArray itemXml(const ItemBank &bank, const BankItem &item, const QString &language)
{
    const ItemContent &c = item.content;
    const QString identifier
        = toQtiIdentifier(language == bank.defaultLanguage ? item.id : item.id + QLatin1Char('.') + language);
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeDefaultNamespace(str(kItemNamespace));
    w.writeNamespace(str(kXsiNamespace), str("xsi"));
    w.writeStartElement(str(kItemNamespace), str("qti-assessment-item"));
    w.writeAttribute(str(kXsiNamespace), str("schemaLocation"), str(kItemSchemaLocation));
    w.writeAttribute(str("identifier"), identifier);
    w.writeAttribute(str("title"), firstLine(c.stem.value(language), 100));
    w.writeAttribute(str("adaptive"), str("false"));
    w.writeAttribute(str("time-dependent"), str("false"));
    w.writeAttribute(str(kXmlNamespace), str("lang"), language);
    ItemWriter iw{w};

    // The response and its key.
    const bool partial = c.scoring == Scoring::Partial;
    w.writeStartElement(str("qti-response-declaration"));
    w.writeAttribute(str("identifier"), str(kResponse));
    double maximum = 1.0;
    // The response's cardinality and base type, and its correct values.
    const auto correctResponse = [&](const char *cardinality, const char *baseType, const QStringList &values) {
        w.writeAttribute(str("cardinality"), str(cardinality));
        w.writeAttribute(str("base-type"), str(baseType));
        w.writeStartElement(str("qti-correct-response"));
        for (const QString &value : values) {
            iw.value(value);
        }
        w.writeEndElement();
    };
    const auto qtiIds = [](const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids) {
            out << toQtiIdentifier(id);
        }
        return out;
    };
    switch (c.type) {
    case ItemType::SingleChoice:
    case ItemType::TrueFalse:
        correctResponse("single", "identifier",
            {c.type == ItemType::TrueFalse ? (c.trueFalseKey ? str("true") : str("false"))
                                           : toQtiIdentifier(c.key.value(0))});
        break;
    case ItemType::MultipleResponse:
        correctResponse("multiple", "identifier", qtiIds(c.key));
        if (partial) {
            // Right options ticked minus wrong ones, floored at 0: AICET's partial rule.
            maximum = static_cast<double>(c.key.size());
            w.writeStartElement(str("qti-mapping"));
            w.writeAttribute(str("lower-bound"), str("0"));
            w.writeAttribute(str("default-value"), str("-1"));
            for (const QString &id : c.key) {
                w.writeEmptyElement(str("qti-map-entry"));
                w.writeAttribute(str("map-key"), toQtiIdentifier(id));
                w.writeAttribute(str("mapped-value"), str("1"));
            }
            w.writeEndElement();
        }
        break;
    case ItemType::Ordering:
        correctResponse("ordered", "identifier", qtiIds(c.key));
        break;
    case ItemType::Matching: {
        QStringList pairs;
        for (const Choice &p : c.premises) {
            pairs << toQtiIdentifier(p.id) + QLatin1Char(' ') + toQtiIdentifier(c.matchingKey.value(p.id));
        }
        correctResponse("multiple", "directedPair", pairs);
        if (partial) {
            // One point per right pair.
            maximum = static_cast<double>(c.premises.size());
            w.writeStartElement(str("qti-mapping"));
            w.writeAttribute(str("default-value"), str("0"));
            for (const QString &pair : pairs) {
                w.writeEmptyElement(str("qti-map-entry"));
                w.writeAttribute(str("map-key"), pair);
                w.writeAttribute(str("mapped-value"), str("1"));
            }
            w.writeEndElement();
        }
        break;
    }
    case ItemType::Numeric:
        correctResponse("single", "float", {number(c.numericKey)});
        break;
    case ItemType::ShortText: {
        const QStringList accepted = c.accepted.value(language);
        correctResponse("single", "string", {accepted.value(0)});
        // Every accepted answer of the language; AICET also forgives accents, punctuation and
        // max_edits typos, which QTI cannot say (the manifest's metadata keeps max_edits).
        w.writeStartElement(str("qti-mapping"));
        w.writeAttribute(str("default-value"), str("0"));
        w.writeAttribute(str("upper-bound"), str("1"));
        for (const QString &a : accepted) {
            w.writeEmptyElement(str("qti-map-entry"));
            w.writeAttribute(str("map-key"), a);
            w.writeAttribute(str("mapped-value"), str("1"));
            w.writeAttribute(str("case-sensitive"), str("false"));
        }
        w.writeEndElement();
        break;
    }
    }
    w.writeEndElement(); // qti-response-declaration

    w.writeStartElement(str("qti-outcome-declaration"));
    w.writeAttribute(str("identifier"), str("SCORE"));
    w.writeAttribute(str("cardinality"), str("single"));
    w.writeAttribute(str("base-type"), str("float"));
    w.writeAttribute(str("normal-maximum"), number(maximum));
    w.writeStartElement(str("qti-default-value"));
    iw.value(str("0"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEmptyElement(str("qti-outcome-declaration"));
    w.writeAttribute(str("identifier"), str("FEEDBACK"));
    w.writeAttribute(str("cardinality"), str("single"));
    w.writeAttribute(str("base-type"), str("identifier"));

    // The body: the stem, the picture, the interaction.
    w.writeStartElement(str("qti-item-body"));
    iw.paragraphs(c.stem.value(language));
    if (!c.imageFileFor(language).isEmpty()) {
        w.writeStartElement(str("p"));
        w.writeEmptyElement(str("img"));
        w.writeAttribute(str("src"), c.imageFileFor(language));
        w.writeAttribute(str("alt"), c.imageAlt.value(language));
        w.writeEndElement();
    }
    const QString shuffle = c.shuffle ? str("true") : str("false");
    switch (c.type) {
    case ItemType::SingleChoice:
    case ItemType::TrueFalse:
    case ItemType::MultipleResponse:
        w.writeStartElement(str("qti-choice-interaction"));
        w.writeAttribute(str("response-identifier"), str(kResponse));
        w.writeAttribute(str("shuffle"), c.type == ItemType::TrueFalse ? str("false") : shuffle);
        w.writeAttribute(str("max-choices"), c.type == ItemType::MultipleResponse ? str("0") : str("1"));
        if (c.type == ItemType::TrueFalse) {
            for (const bool v : {true, false}) {
                w.writeStartElement(str("qti-simple-choice"));
                w.writeAttribute(str("identifier"), v ? str("true") : str("false"));
                w.writeCharacters(truthWord(v, language));
                w.writeEndElement();
            }
        } else {
            iw.choices("qti-simple-choice", c.options, language);
        }
        w.writeEndElement();
        break;
    case ItemType::Ordering:
        w.writeStartElement(str("qti-order-interaction"));
        w.writeAttribute(str("response-identifier"), str(kResponse));
        w.writeAttribute(str("shuffle"), shuffle);
        iw.choices("qti-simple-choice", c.elements, language);
        w.writeEndElement();
        break;
    case ItemType::Matching:
        // Premises on one side, responses on the other, each premise paired with one response (a
        // response may serve several premises): QTI's match interaction with directed pairs.
        w.writeStartElement(str("qti-match-interaction"));
        w.writeAttribute(str("response-identifier"), str(kResponse));
        w.writeAttribute(str("shuffle"), shuffle);
        w.writeAttribute(str("max-associations"), QString::number(c.premises.size()));
        w.writeStartElement(str("qti-simple-match-set"));
        iw.choices("qti-simple-associable-choice", c.premises, language, "match-max", str("1"));
        w.writeEndElement();
        w.writeStartElement(str("qti-simple-match-set"));
        iw.choices(
            "qti-simple-associable-choice", c.responses, language, "match-max", QString::number(c.premises.size()));
        w.writeEndElement();
        w.writeEndElement();
        break;
    case ItemType::Numeric:
    case ItemType::ShortText:
        w.writeStartElement(str("p"));
        w.writeEmptyElement(str("qti-text-entry-interaction"));
        w.writeAttribute(str("response-identifier"), str(kResponse));
        w.writeAttribute(str("expected-length"), c.type == ItemType::Numeric ? str("10") : str("20"));
        if (c.type == ItemType::Numeric && !c.unit.value(language).isEmpty()) {
            w.writeCharacters(QLatin1Char(' ') + c.unit.value(language));
        }
        w.writeEndElement();
        break;
    }
    w.writeEndElement(); // qti-item-body

    // Scoring, then the explanation shown once the answer is given (a template cannot show
    // feedback, so the template's rules are written out).
    w.writeStartElement(str("qti-response-processing"));
    if (c.type == ItemType::Numeric) {
        iw.withinTolerance(c.tolerance);
    } else if (c.type == ItemType::ShortText || partial) {
        iw.mapResponse();
    } else {
        iw.matchCorrect();
    }
    w.writeStartElement(str("qti-set-outcome-value"));
    w.writeAttribute(str("identifier"), str("FEEDBACK"));
    w.writeStartElement(str("qti-base-value"));
    w.writeAttribute(str("base-type"), str("identifier"));
    w.writeCharacters(str(kExplanation));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();

    w.writeStartElement(str("qti-modal-feedback"));
    w.writeAttribute(str("outcome-identifier"), str("FEEDBACK"));
    w.writeAttribute(str("identifier"), str(kExplanation));
    w.writeAttribute(str("show-hide"), str("show"));
    w.writeStartElement(str("qti-content-body"));
    iw.paragraphs(c.explanation.value(language));
    w.writeEndElement();
    w.writeEndElement();

    w.writeEndElement(); // qti-assessment-item
    w.writeEndDocument();
    return bytes;
}

namespace {

void writeAicetMetadata(QXmlStreamWriter &w, const ItemBank &bank, const BankItem &item, const QString &language)
{
    const ItemContent &c = item.content;
    w.writeStartElement(str(kAicetNamespace), str("item"));
    w.writeAttribute(str("id"), item.id);
    w.writeAttribute(str("language"), language);
    w.writeAttribute(str("type"), itemTypeName(c.type));
    w.writeAttribute(str("status"), itemStatusName(item.status));
    if (item.dimension >= 0) {
        w.writeAttribute(str("dimension"), bank.dimensions[static_cast<std::size_t>(item.dimension)].id);
    }
    if (item.competency >= 0) {
        w.writeAttribute(str("competency"), bank.competencies[static_cast<std::size_t>(item.competency)].id);
    }
    if (!item.level.isEmpty()) {
        w.writeAttribute(str("level"), item.level);
    }
    if (!item.themes.isEmpty()) {
        w.writeAttribute(str("themes"), item.themes.join(QLatin1Char(' ')));
    }
    if (c.type == ItemType::MultipleResponse || c.type == ItemType::Ordering || c.type == ItemType::Matching) {
        w.writeAttribute(str("scoring"), scoringName(c));
    }
    if (!item.enemies.isEmpty()) {
        w.writeAttribute(str("enemies"), item.enemies.join(QLatin1Char(' ')));
    }
    if (c.type == ItemType::ShortText) {
        w.writeAttribute(str("max-edits"), QString::number(c.maxEdits));
    }
    if (c.type == ItemType::Numeric && !c.unit.value(language).isEmpty()) {
        w.writeAttribute(str("unit"), c.unit.value(language));
    }
    if (item.hasParameters) {
        const irt::ItemParameters p = writtenParameters(bank, item);
        w.writeEmptyElement(str(kAicetNamespace), str("irt"));
        w.writeAttribute(str("model"), irt::modelName(p.model));
        if (p.model != irt::Model::OnePL || p.a != 1.0) {
            w.writeAttribute(str("a"), number(p.a));
        }
        if (irt::isDichotomous(p.model)) {
            w.writeAttribute(str("b"), number(p.b));
            if (p.model == irt::Model::ThreePL || p.model == irt::Model::FourPL) {
                w.writeAttribute(str("c"), number(p.c));
            }
            if (p.model == irt::Model::FourPL) {
                w.writeAttribute(str("d"), number(p.d));
            }
        } else {
            QStringList steps;
            for (double s : p.steps) {
                steps.append(number(s));
            }
            w.writeAttribute(str("b"), steps.join(QLatin1Char(' ')));
        }
    }
    w.writeEndElement();
}

QByteArray manifestXml(const ItemBank &bank, const std::vector<const BankItem *> &items, const QStringList &languages)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeDefaultNamespace(str(kManifestNamespace));
    w.writeNamespace(str(kXsiNamespace), str("xsi"));
    w.writeNamespace(str(kLomNamespace), str("imsmd"));
    w.writeNamespace(str(kAicetNamespace), str("aicet"));
    w.writeStartElement(str(kManifestNamespace), str("manifest"));
    w.writeAttribute(str("identifier"), str("aicet-bank-") + toQtiIdentifier(bank.id));
    w.writeAttribute(str(kXsiNamespace), str("schemaLocation"), str(kManifestSchemaLocation));
    w.writeStartElement(str("metadata"));
    w.writeTextElement(str("schema"), str("QTI Package"));
    w.writeTextElement(str("schemaversion"), str("3.0.0"));
    w.writeEmptyElement(str(kAicetNamespace), str("bank"));
    w.writeAttribute(str("id"), bank.id);
    w.writeAttribute(str("version"), bank.version);
    w.writeAttribute(str("languages"), languages.join(QLatin1Char(' ')));
    w.writeAttribute(str("default-language"), bank.defaultLanguage);
    w.writeAttribute(str("content-hash"), bank.contentHash);
    w.writeEndElement();
    w.writeEmptyElement(str("organizations"));
    w.writeStartElement(str("resources"));
    for (const BankItem *item : items) {
        for (const QString &language : languages) {
            const QString identifier
                = toQtiIdentifier(language == bank.defaultLanguage ? item->id : item->id + QLatin1Char('.') + language);
            const QString href = identifier + QStringLiteral(".xml");
            w.writeStartElement(str("resource"));
            w.writeAttribute(str("identifier"), str("item-") + identifier);
            w.writeAttribute(str("type"), str(kItemResourceType));
            w.writeAttribute(str("href"), href);
            w.writeStartElement(str("metadata"));
            w.writeStartElement(str(kLomNamespace), str("lom"));
            w.writeStartElement(str(kLomNamespace), str("general"));
            w.writeStartElement(str(kLomNamespace), str("identifier"));
            w.writeTextElement(str(kLomNamespace), str("catalog"), str("aicet:") + bank.id);
            w.writeTextElement(str(kLomNamespace), str("entry"), item->id);
            w.writeEndElement();
            w.writeStartElement(str(kLomNamespace), str("title"));
            w.writeStartElement(str(kLomNamespace), str("string"));
            w.writeAttribute(str("language"), language);
            w.writeCharacters(firstLine(item->content.stem.value(language), 100));
            w.writeEndElement();
            w.writeEndElement();
            w.writeTextElement(str(kLomNamespace), str("language"), language);
            w.writeEndElement();
            w.writeEndElement();
            writeAicetMetadata(w, bank, *item, language);
            w.writeEndElement(); // metadata
            w.writeEmptyElement(str("file"));
            w.writeAttribute(str("href"), href);
            if (!item->content.imageFileFor(language).isEmpty()) {
                w.writeEmptyElement(str("file"));
                w.writeAttribute(str("href"), item->content.imageFileFor(language));
            }
            w.writeEndElement(); // resource
        }
    }
    w.writeEndElement(); // resources
    w.writeEndElement(); // manifest
    w.writeEndDocument();
    return bytes;
}

} // namespace

ExportResult exportPackage(const ItemBank &bank, const ExportOptions &options)
{
    ExportResult result;
    if (bank.parametersOnly) {
        result.error = QtiText::tr("bank %1 holds IRT parameters only: it has no questions to export").arg(bank.id);
        return result;
    }
    QStringList languages = options.languages.isEmpty() ? bank.languages : options.languages;
    for (const QString &language : languages) {
        if (!bank.languages.contains(language)) {
            result.error = QtiText::tr("bank %1 has no language \"%2\" (its languages: %3)")
                               .arg(bank.id, language, bank.languages.join(QStringLiteral(", ")));
            return result;
        }
    }
    languages.removeDuplicates();
    std::vector<const BankItem *> items;
    if (options.itemIds.isEmpty()) {
        for (const BankItem &item : bank.items) {
            items.push_back(&item);
        }
    } else {
        for (const QString &id : options.itemIds) {
            const int index = bank.indexOf(id);
            if (index < 0) {
                result.error = QtiText::tr("bank %1 has no item \"%2\"").arg(bank.id, id);
                return result;
            }
            if (std::find(items.begin(), items.end(), &bank.items[static_cast<std::size_t>(index)]) == items.end()) {
                items.push_back(&bank.items[static_cast<std::size_t>(index)]);
            }
        }
    }
    if (items.empty()) {
        result.error = QtiText::tr("bank %1 has no items to export").arg(bank.id);
        return result;
    }
    std::vector<io::ZipEntry> entries;
    entries.push_back({str("imsmanifest.xml"), manifestXml(bank, items, languages)});
    QSet<QString> names{str("imsmanifest.xml")};
    QSet<QString> images;
    for (const BankItem *item : items) {
        for (const QString &language : languages) {
            const QString name
                = toQtiIdentifier(language == bank.defaultLanguage ? item->id : item->id + QLatin1Char('.') + language)
                + QStringLiteral(".xml");
            if (names.contains(name)) {
                // "a.en" as an item id and item "a" in English: two files with one name.
                result.error
                    = QtiText::tr("item %1: two QTI files would be named %2; rename the item").arg(item->id, name);
                return result;
            }
            names.insert(name);
            entries.push_back({name, itemXml(bank, *item, language)});
            ++result.qtiItems;
        }
        for (const QString &image : item->content.allImageFiles()) {
            if (images.contains(image)) {
                continue;
            }
            QString error;
            const auto bytes = io::readUserFile(QDir(bank.rootPath).filePath(image), kMaxImageBytes, &error);
            if (!bytes) {
                result.error = QtiText::tr("item %1: %2").arg(item->id, error);
                return result;
            }
            if (!io::isSafeZipName(image) || names.contains(image)) {
                result.error = QtiText::tr("item %1: image %2 cannot be put in the package").arg(item->id, image);
                return result;
            }
            images.insert(image);
            names.insert(image);
            entries.push_back({image, *bytes});
        }
        ++result.items;
    }
    QString error;
    if (auto zip = io::writeZip(entries, &error)) {
        result.package = std::move(*zip);
    } else {
        result.error = error;
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// XML as a small tree with positions

namespace {

struct XNode
{
    bool isText = false;
    QString ns;
    QString name; ///< local name
    QHash<QString, QString> attributes; ///< by local name; xml:lang as "xml:lang"
    QString text; ///< text nodes
    int line = 0;
    std::vector<XNode> children;

    QString attr(const char *key) const { return attributes.value(QLatin1String(key)); }
    bool has(const char *key) const { return attributes.contains(QLatin1String(key)); }
    const XNode *child(const char *localName) const
    {
        for (const XNode &c : children) {
            if (!c.isText && c.name == QLatin1String(localName)) {
                return &c;
            }
        }
        return nullptr;
    }
    std::vector<const XNode *> all(const char *localName) const
    {
        std::vector<const XNode *> list;
        for (const XNode &c : children) {
            if (!c.isText && c.name == QLatin1String(localName)) {
                list.push_back(&c);
            }
        }
        return list;
    }
    template<typename F> void forEachDescendant(F &&f) const
    {
        for (const XNode &c : children) {
            if (!c.isText) {
                f(c);
                c.forEachDescendant(f);
            }
        }
    }
    /// Text content, every descendant's text in order.
    QString allText() const
    {
        QString s;
        for (const XNode &c : children) {
            s += c.isText ? c.text : c.allText();
        }
        return s;
    }
};

struct XmlLimits
{
    int maxElements = 200000;
    int maxDepth = 64;
};

// Parses a whole document. A DOCTYPE is refused: QTI needs none, and refusing it rules out entity
// expansion (QXmlStreamReader never fetches external entities; internal ones could still expand).
std::optional<XNode> parseXml(const QByteArray &bytes, const XmlLimits &limits, QString *error, int *errorLine)
{
    QXmlStreamReader reader(bytes);
    reader.setNamespaceProcessing(true);
    std::vector<XNode> stack;
    std::optional<XNode> root;
    int elements = 0;
    // QXmlStreamReader gives the line where a token ends; an element is reported where its tag
    // starts (the last '<' before its end: attribute values cannot hold one), read from the text
    // when the document is UTF-8, as QTI files are.
    const QString source = QString::fromUtf8(bytes);
    bool utf8 = !bytes.startsWith("\xff\xfe") && !bytes.startsWith("\xfe\xff");
    qsizetype scanned = 0;
    int scannedLine = 1;
    auto startLine = [&]() {
        const qsizetype end = static_cast<qsizetype>(reader.characterOffset());
        if (!utf8 || end > source.size()) {
            return static_cast<int>(reader.lineNumber());
        }
        const qsizetype open = source.lastIndexOf(QLatin1Char('<'), end - 1);
        if (open < scanned) {
            return static_cast<int>(reader.lineNumber());
        }
        scannedLine += static_cast<int>(QStringView(source).mid(scanned, open - scanned).count(QLatin1Char('\n')));
        scanned = open;
        return scannedLine;
    };
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartDocument) {
            const QString encoding = reader.documentEncoding().toString().toLower();
            utf8 = utf8
                && (encoding.isEmpty() || encoding == QLatin1String("utf-8") || encoding == QLatin1String("utf8"));
        }
        const int line = token == QXmlStreamReader::StartElement ? startLine() : static_cast<int>(reader.lineNumber());
        switch (token) {
        case QXmlStreamReader::DTD:
            *error = QtiText::tr("a DOCTYPE is not allowed (QTI needs none)");
            *errorLine = line;
            return std::nullopt;
        case QXmlStreamReader::EntityReference:
            *error = QtiText::tr("the entity &%1; is not allowed").arg(reader.name());
            *errorLine = line;
            return std::nullopt;
        case QXmlStreamReader::StartElement: {
            if (++elements > limits.maxElements || static_cast<int>(stack.size()) >= limits.maxDepth) {
                *error = QtiText::tr("too many or too deeply nested elements (at most %1, %2 deep)")
                             .arg(limits.maxElements)
                             .arg(limits.maxDepth);
                *errorLine = line;
                return std::nullopt;
            }
            XNode node;
            node.ns = reader.namespaceUri().toString();
            node.name = reader.name().toString();
            node.line = line;
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                const QString key = a.namespaceUri() == QLatin1String(kXmlNamespace)
                    ? QStringLiteral("xml:") + a.name().toString()
                    : a.name().toString();
                if (a.namespaceUri().isEmpty() || a.namespaceUri() == QLatin1String(kXmlNamespace)) {
                    node.attributes.insert(key, a.value().toString());
                }
            }
            stack.push_back(std::move(node));
            break;
        }
        case QXmlStreamReader::EndElement: {
            XNode node = std::move(stack.back());
            stack.pop_back();
            if (stack.empty()) {
                root = std::move(node);
            } else {
                stack.back().children.push_back(std::move(node));
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.empty() && !reader.isWhitespace()) {
                XNode text;
                text.isText = true;
                text.text = reader.text().toString();
                text.line = line;
                stack.back().children.push_back(std::move(text));
            } else if (!stack.empty()) {
                // Whitespace separates words ("<b>a</b> <i>b</i>").
                XNode text;
                text.isText = true;
                text.text = QStringLiteral(" ");
                text.line = line;
                stack.back().children.push_back(std::move(text));
            }
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        *error = QtiText::tr("not well-formed XML: %1").arg(reader.errorString());
        *errorLine = static_cast<int>(reader.lineNumber());
        return std::nullopt;
    }
    if (!root) {
        *error = QtiText::tr("no XML element");
        *errorLine = 0;
        return std::nullopt;
    }
    return root;
}

// Runs of spaces, tabs and line breaks become one space (no-break spaces are kept: French
// typography puts them before ":" and "%").
QString collapse(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty()) {
            out += QLatin1Char(' ');
        }
        space = false;
        out += c;
    }
    return out;
}

bool isBlockElement(const QString &name)
{
    static const QSet<QString> blocks = {str("p"), str("div"), str("h1"), str("h2"), str("h3"), str("h4"), str("h5"),
        str("h6"), str("ul"), str("ol"), str("li"), str("dl"), str("dt"), str("dd"), str("blockquote"), str("pre"),
        str("table"), str("thead"), str("tbody"), str("tfoot"), str("tr"), str("caption"), str("section"),
        str("article"), str("header"), str("footer"), str("aside"), str("nav"), str("figure"), str("figcaption"),
        str("address"), str("hr"), str("details"), str("summary"), str("qti-content-body")};
    return blocks.contains(name);
}

// ---------------------------------------------------------------------------------------------
// Import: one QTI item file

// AICET's metadata of an exported item, from the manifest.
struct Metadata
{
    bool present = false;
    int line = 0;
    QString id, language, type, status, dimension, competency, level, scoring, unit;
    QStringList themes, enemies;
    int maxEdits = -1;
    bool hasIrt = false;
    irt::ItemParameters irt;
    QString irtProblem;
};

Metadata readMetadata(const XNode &element)
{
    Metadata m;
    m.present = true;
    m.line = element.line;
    m.id = element.attr("id");
    m.language = element.attr("language");
    m.type = element.attr("type");
    m.status = element.attr("status");
    m.dimension = element.attr("dimension");
    m.competency = element.attr("competency");
    m.level = element.attr("level");
    m.scoring = element.attr("scoring");
    m.unit = element.attr("unit");
    m.themes = element.attr("themes").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m.enemies = element.attr("enemies").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (element.has("max-edits")) {
        bool ok = false;
        const int n = element.attr("max-edits").toInt(&ok);
        m.maxEdits = ok && n >= 0 && n <= 3 ? n : -1;
    }
    for (const XNode &c : element.children) {
        if (c.isText || c.name != QLatin1String("irt") || c.ns != QLatin1String(kAicetNamespace)) {
            continue;
        }
        irt::ItemParameters &p = m.irt;
        if (!irt::parseModel(c.attr("model"), &p.model)) {
            m.irtProblem = QtiText::tr("unknown IRT model \"%1\"").arg(c.attr("model"));
            break;
        }
        auto read = [&](const char *key, double *out) {
            if (!c.has(key)) {
                return;
            }
            bool ok = false;
            *out = c.attr(key).toDouble(&ok);
            if (!ok || !std::isfinite(*out)) {
                m.irtProblem = QtiText::tr("IRT parameter %1 is not a number").arg(QLatin1String(key));
            }
        };
        read("a", &p.a);
        read("c", &p.c);
        read("d", &p.d);
        if (irt::isDichotomous(p.model)) {
            read("b", &p.b);
        } else {
            for (const QString &s : c.attr("b").split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                bool ok = false;
                const double v = s.toDouble(&ok);
                if (!ok || !std::isfinite(v)) {
                    m.irtProblem = QtiText::tr("IRT step \"%1\" is not a number").arg(s);
                }
                p.steps.push_back(v);
            }
        }
        if (m.irtProblem.isEmpty()) {
            m.irtProblem = irt::validateParameters(p);
        }
        m.hasIrt = m.irtProblem.isEmpty();
    }
    return m;
}

struct Mapping
{
    bool present = false;
    double defaultValue = 0.0;
    std::optional<double> lowerBound, upperBound;
    std::vector<std::pair<QString, double>> entries;
    bool caseSensitive = false; ///< any entry
};

struct Declaration
{
    int line = 0;
    QString cardinality, baseType;
    QStringList correct;
    Mapping mapping;
};

enum class RuleKind : unsigned char { None, MatchCorrect, MapResponse, Tolerance, Unmappable };

struct Rules
{
    RuleKind kind = RuleKind::None;
    int line = 0;
    QString problem; ///< Unmappable: why
    QString toleranceMode; ///< Tolerance: exact, absolute, relative
    double lower = 0.0, upper = 0.0;
    QString comparedValue; ///< Tolerance: a qti-base-value compared with, instead of the correct response
};

Rules analyseRules(const XNode *rp, const QString &responseId)
{
    Rules r;
    if (!rp) {
        return r;
    }
    r.line = rp->line;
    const QString templ = rp->attr("template");
    if (!templ.isEmpty()) {
        QString name = templ.section(QLatin1Char('/'), -1);
        if (name.endsWith(QLatin1String(".xml"))) {
            name.chop(4);
        }
        if (name == QLatin1String("match_correct")) {
            r.kind = RuleKind::MatchCorrect;
        } else if (name == QLatin1String("map_response")) {
            r.kind = RuleKind::MapResponse;
        } else {
            r.kind = RuleKind::Unmappable;
            r.problem = QtiText::tr("the response processing template %1 has no AICET equivalent").arg(templ);
        }
        return r;
    }
    if (rp->has("template-location")) {
        r.kind = RuleKind::Unmappable;
        r.problem = QtiText::tr("the response processing is in another file (%1), which is not read")
                        .arg(rp->attr("template-location"));
        return r;
    }
    static const QSet<QString> allowed = {str("qti-response-condition"), str("qti-response-if"),
        str("qti-response-else-if"), str("qti-response-else"), str("qti-set-outcome-value"), str("qti-base-value"),
        str("qti-variable"), str("qti-correct"), str("qti-match"), str("qti-is-null"), str("qti-map-response"),
        str("qti-equal"), str("qti-not"), str("qti-and"), str("qti-null")};
    bool map = false, match = false, equal = false;
    rp->forEachDescendant([&](const XNode &n) {
        if (r.kind == RuleKind::Unmappable) {
            return;
        }
        if (!allowed.contains(n.name)) {
            r.kind = RuleKind::Unmappable;
            r.line = n.line;
            r.problem = QtiText::tr("custom response processing: <%1> has no AICET equivalent").arg(n.name);
            return;
        }
        if ((n.name == QLatin1String("qti-correct") || n.name == QLatin1String("qti-map-response"))
            && n.attr("identifier") != responseId) {
            r.kind = RuleKind::Unmappable;
            r.line = n.line;
            r.problem = QtiText::tr("custom response processing: it uses %1, not the interaction's response %2")
                            .arg(n.attr("identifier"), responseId);
            return;
        }
        if (n.name == QLatin1String("qti-map-response")) {
            map = true;
        } else if (n.name == QLatin1String("qti-match")) {
            match = true;
        } else if (n.name == QLatin1String("qti-equal")) {
            equal = true;
            r.line = n.line;
            r.toleranceMode = n.has("tolerance-mode") ? n.attr("tolerance-mode") : str("exact");
            const QStringList t = n.attr("tolerance").split(QLatin1Char(' '), Qt::SkipEmptyParts);
            bool ok1 = true, ok2 = true;
            r.lower = t.isEmpty() ? 0.0 : t[0].toDouble(&ok1);
            r.upper = t.size() > 1 ? t[1].toDouble(&ok2) : r.lower;
            if (!ok1 || !ok2 || r.lower < 0.0 || r.upper < 0.0 || !std::isfinite(r.lower) || !std::isfinite(r.upper)) {
                r.kind = RuleKind::Unmappable;
                r.problem = QtiText::tr("the tolerance \"%1\" is not understood").arg(n.attr("tolerance"));
                return;
            }
            if (n.attr("include-lower-bound") == QLatin1String("false")
                || n.attr("include-upper-bound") == QLatin1String("false")) {
                r.kind = RuleKind::Unmappable;
                r.problem = QtiText::tr("a tolerance that excludes its bounds has no AICET equivalent");
                return;
            }
            if (const XNode *v = n.child("qti-base-value")) {
                r.comparedValue = v->allText().trimmed();
            }
        } else if (n.name == QLatin1String("qti-variable") && n.attr("identifier") != responseId) {
            // Outcomes read back (SCORE, FEEDBACK) are harmless; other responses are not.
            static const QSet<QString> outcomes = {str("SCORE"), str("FEEDBACK"), str("MAXSCORE")};
            if (!outcomes.contains(n.attr("identifier"))) {
                r.kind = RuleKind::Unmappable;
                r.line = n.line;
                r.problem = QtiText::tr("custom response processing: it reads %1, not only the interaction's response")
                                .arg(n.attr("identifier"));
            }
        }
    });
    if (r.kind == RuleKind::Unmappable) {
        return r;
    }
    if (int(map) + int(match) + int(equal) > 1) {
        r.kind = RuleKind::Unmappable;
        r.problem = QtiText::tr("custom response processing that combines several scoring rules");
    } else if (map) {
        r.kind = RuleKind::MapResponse;
    } else if (equal) {
        r.kind = RuleKind::Tolerance;
    } else if (match) {
        r.kind = RuleKind::MatchCorrect;
    } else {
        r.kind = RuleKind::Unmappable;
        r.problem = QtiText::tr("the response processing gives no score from the response");
    }
    return r;
}

// One QTI item file, read into AICET's terms (one language).
struct Variant
{
    QString file;
    int line = 0;
    QString identifier;
    QString language; ///< xml:lang, or empty
    Metadata meta;
    bool failed = false;
    QStringList problems; ///< why it cannot be imported
    QStringList remarks;
    ItemContent content; ///< texts under the key "" (one language)
    QString imageHref;
    int imageLine = 0;
    QString imageAlt;
    QString explanation;
    bool explanationFromFeedback = false;
    QString unit;
};

QString at(int line, const QString &message)
{
    return line > 0 ? QtiText::tr("line %1: %2").arg(line).arg(message) : message;
}

struct BodyReader
{
    explicit BodyReader(Variant &variant)
        : v(variant)
    {
    }

    Variant &v;
    QStringList blocks; ///< the text blocks; "\u0001" stands for the interaction
    QString current;
    std::vector<const XNode *> interactions;
    std::vector<const XNode *> unsupported;
    std::vector<std::pair<QString, int>> leftOut; ///< element, line: left out with a remark
    std::vector<std::pair<QString, int>> blocking; ///< element, line: the question cannot be shown without it
    std::vector<const XNode *> feedback;
    int images = 0;

    static bool isInteraction(const QString &name) { return name.endsWith(QLatin1String("-interaction")); }
    static bool supported(const QString &name)
    {
        return name == QLatin1String("qti-choice-interaction") || name == QLatin1String("qti-order-interaction")
            || name == QLatin1String("qti-match-interaction") || name == QLatin1String("qti-text-entry-interaction");
    }

    void flush()
    {
        const QString text = collapse(current).trimmed();
        if (!text.isEmpty()) {
            blocks.append(text);
        }
        current.clear();
    }

    void image(const XNode &n, const QString &src, const QString &alt)
    {
        if (++images == 1) {
            v.imageHref = src;
            v.imageAlt = collapse(alt).trimmed();
            v.imageLine = n.line;
        } else {
            leftOut.emplace_back(QtiText::tr("another picture (%1)").arg(src), n.line);
        }
    }

    void walk(const XNode &node)
    {
        for (const XNode &n : node.children) {
            if (n.isText) {
                current += n.text;
                continue;
            }
            if (n.ns != QLatin1String(kItemNamespace)) {
                // MathML, SSML, another vocabulary: the question would lose a part.
                blocking.emplace_back(n.ns == QLatin1String("http://www.w3.org/1998/Math/MathML")
                        ? QtiText::tr("a MathML formula")
                        : QStringLiteral("<%1>").arg(n.name),
                    n.line);
                continue;
            }
            const QString &name = n.name;
            if (isInteraction(name)) {
                if (!supported(name)) {
                    unsupported.push_back(&n);
                    continue;
                }
                interactions.push_back(&n);
                if (name == QLatin1String("qti-text-entry-interaction")) {
                    current += QChar(1);
                } else {
                    flush();
                    blocks.append(QString(QChar(1)));
                }
                continue;
            }
            if (name == QLatin1String("img")) {
                image(n, n.attr("src"), n.attr("alt"));
            } else if (name == QLatin1String("object")) {
                if (n.attr("type").startsWith(QLatin1String("image/"))) {
                    image(n, n.attr("data"), n.allText());
                } else {
                    blocking.emplace_back(QtiText::tr("an embedded object (%1)").arg(n.attr("type")), n.line);
                }
            } else if (name == QLatin1String("audio") || name == QLatin1String("video")
                || name == QLatin1String("iframe") || name == QLatin1String("picture")
                || name == QLatin1String("svg")) {
                blocking.emplace_back(QStringLiteral("<%1>").arg(name), n.line);
            } else if (name == QLatin1String("qti-printed-variable")
                || name.startsWith(QLatin1String("qti-template-"))) {
                blocking.emplace_back(QStringLiteral("<%1>").arg(name), n.line);
            } else if (name == QLatin1String("qti-feedback-block") || name == QLatin1String("qti-feedback-inline")) {
                feedback.push_back(&n);
            } else if (name == QLatin1String("qti-rubric-block")) {
                leftOut.emplace_back(QtiText::tr("a rubric block for %1").arg(n.attr("view")), n.line);
            } else if (name == QLatin1String("br")) {
                flush();
            } else if (name.startsWith(QLatin1String("qti-"))) {
                leftOut.emplace_back(QStringLiteral("<%1>").arg(name), n.line);
            } else if (isBlockElement(name)) {
                flush();
                walk(n);
                flush();
            } else {
                if (name == QLatin1String("td") || name == QLatin1String("th")) {
                    current += QLatin1Char(' ');
                }
                walk(n);
            }
        }
    }
};

// The flattened text of a choice or a feedback: blocks joined by `separator`.
QString flatText(const XNode &node, const QString &separator, bool *hasImage = nullptr)
{
    QStringList parts;
    QString current;
    std::function<void(const XNode &)> walk = [&](const XNode &n) {
        for (const XNode &c : n.children) {
            if (c.isText) {
                current += c.text;
            } else if (c.name == QLatin1String("qti-prompt") || c.name == QLatin1String("qti-feedback-inline")) {
                continue;
            } else if (c.name == QLatin1String("img") || c.name == QLatin1String("object")) {
                if (hasImage) {
                    *hasImage = true;
                }
            } else if (isBlockElement(c.name) || c.name == QLatin1String("br")) {
                parts.append(collapse(current).trimmed());
                current.clear();
                walk(c);
                parts.append(collapse(current).trimmed());
                current.clear();
            } else {
                walk(c);
            }
        }
    };
    walk(node);
    parts.append(collapse(current).trimmed());
    parts.removeAll(QString());
    return parts.join(separator);
}

// A mapping's partial credit matches AICET's when the key's entries share one positive weight and
// everything else weighs `others` times it.
bool mappingIs(const Mapping &m, const QStringList &key, const QStringList &all, double others)
{
    if (!m.present || key.isEmpty()) {
        return false;
    }
    double weight = 0.0;
    QHash<QString, double> values;
    for (const auto &[k, v] : m.entries) {
        values.insert(k, v);
    }
    for (const QString &k : key) {
        if (!values.contains(k) || values.value(k) <= 0.0 || (weight > 0.0 && values.value(k) != weight)) {
            return false;
        }
        weight = values.value(k);
    }
    for (const QString &id : all) {
        if (!key.contains(id) && values.value(id, m.defaultValue) != others * weight) {
            return false;
        }
    }
    return true;
}

QStringList positiveKeys(const Mapping &m)
{
    QStringList keys;
    for (const auto &[k, v] : m.entries) {
        if (v > 0.0 && !keys.contains(k)) {
            keys.append(k);
        }
    }
    return keys;
}

void fail(Variant &v, int line, const QString &message)
{
    v.failed = true;
    v.problems.append(at(line, message));
}

std::vector<Choice> readChoices(Variant &v, const XNode &parent, const char *element)
{
    std::vector<Choice> choices;
    for (const XNode *c : parent.all(element)) {
        bool image = false;
        Choice choice;
        choice.id = c->attr("identifier");
        choice.text.insert(QString(), flatText(*c, QStringLiteral(" "), &image));
        if (image) {
            fail(v, c->line, QtiText::tr("choice %1 shows a picture; AICET's choices are text").arg(choice.id));
        } else if (choice.text.value(QString()).isEmpty()) {
            fail(v, c->line, QtiText::tr("choice %1 has no text").arg(choice.id));
        }
        choices.push_back(choice);
    }
    return choices;
}

// The key of a choice, order or match: the correct response, else the positive entries of the
// mapping (with a remark).
QStringList keyOf(Variant &v, const Declaration &d, int line)
{
    if (!d.correct.isEmpty()) {
        return d.correct;
    }
    const QStringList keys = positiveKeys(d.mapping);
    if (!keys.isEmpty()) {
        v.remarks.append(
            at(d.line, QtiText::tr("no correct response: the key is made of the answers the mapping rewards")));
        return keys;
    }
    fail(v, line, QtiText::tr("the item gives no correct response (qti-correct-response), so it cannot be scored"));
    return {};
}

void readChoiceInteraction(Variant &v, const XNode &n, const Declaration &d, const Rules &rules)
{
    ItemContent &c = v.content;
    c.options = readChoices(v, n, "qti-simple-choice");
    c.shuffle = n.attr("shuffle") == QLatin1String("true");
    const QStringList ids = idsOf(c.options);
    if (d.baseType != QLatin1String("identifier")) {
        fail(v, d.line, QtiText::tr("a choice response of base type %1 (identifier expected)").arg(d.baseType));
        return;
    }
    if (d.cardinality == QLatin1String("single")) {
        c.type = ItemType::SingleChoice;
        const QStringList key = keyOf(v, d, n.line);
        if (key.size() > 1) {
            fail(v, d.line, QtiText::tr("a single choice with several right answers"));
        } else if (!key.isEmpty() && !ids.contains(key[0])) {
            fail(v, d.line, QtiText::tr("the correct response %1 is not one of the choices").arg(key[0]));
        }
        c.key = key;
        if (c.options.size() < 2 || c.options.size() > kMaxChoices) {
            fail(v, n.line,
                QtiText::tr("%1 choices; AICET's single choice has 2 to %2").arg(c.options.size()).arg(kMaxChoices));
        }
        if (rules.kind == RuleKind::MapResponse && !mappingIs(d.mapping, key, ids, 0.0)) {
            v.remarks.append(at(d.line, QtiText::tr("the mapping's scores are replaced by right or wrong")));
        }
    } else if (d.cardinality == QLatin1String("multiple")) {
        c.type = ItemType::MultipleResponse;
        const QStringList key = keyOf(v, d, n.line);
        for (const QString &k : key) {
            if (!ids.contains(k)) {
                fail(v, d.line, QtiText::tr("the correct response %1 is not one of the choices").arg(k));
            }
        }
        c.key = key;
        if (c.options.size() < 3 || c.options.size() > kMaxChoices) {
            fail(v, n.line,
                QtiText::tr("%1 choices; AICET's multiple response has 3 to %2")
                    .arg(c.options.size())
                    .arg(kMaxChoices));
        }
        if (rules.kind == RuleKind::MapResponse) {
            const bool minusOne = mappingIs(d.mapping, key, ids, -1.0) && d.mapping.lowerBound.value_or(-1.0) == 0.0;
            if (minusOne) {
                c.scoring = Scoring::Partial;
            } else {
                v.remarks.append(at(d.line,
                    QtiText::tr("the mapping's scores differ from AICET's partial credit (right ticks minus wrong "
                                "ones): scored all or nothing")));
            }
        }
    } else {
        fail(v, d.line, QtiText::tr("a choice response of cardinality %1").arg(d.cardinality));
    }
}

void readOrderInteraction(Variant &v, const XNode &n, const Declaration &d, const Rules &rules)
{
    ItemContent &c = v.content;
    c.type = ItemType::Ordering;
    c.elements = readChoices(v, n, "qti-simple-choice");
    c.shuffle = n.attr("shuffle") == QLatin1String("true");
    if (d.cardinality != QLatin1String("ordered") || d.baseType != QLatin1String("identifier")) {
        fail(v, d.line, QtiText::tr("an order response must be ordered identifiers"));
        return;
    }
    if (rules.kind == RuleKind::MapResponse) {
        fail(v, rules.line, QtiText::tr("an order scored by a mapping has no AICET equivalent"));
        return;
    }
    if (d.correct.isEmpty()) {
        fail(v, n.line, QtiText::tr("the item gives no correct order (qti-correct-response)"));
        return;
    }
    const QStringList ids = idsOf(c.elements);
    QStringList order = d.correct;
    for (const QString &id : ids) {
        if (!order.contains(id)) {
            fail(v, d.line, QtiText::tr("the correct order leaves out %1; AICET orders every element").arg(id));
        }
    }
    for (const QString &id : order) {
        if (!ids.contains(id)) {
            fail(v, d.line, QtiText::tr("the correct order names %1, which is not an element").arg(id));
        }
    }
    if (order.removeDuplicates() > 0) {
        fail(v, d.line, QtiText::tr("the correct order names an element twice"));
    }
    c.key = order;
    if (c.elements.size() < 2 || c.elements.size() > kMaxChoices) {
        fail(v, n.line,
            QtiText::tr("%1 elements; AICET's ordering has 2 to %2").arg(c.elements.size()).arg(kMaxChoices));
    }
}

void readMatchInteraction(Variant &v, const XNode &n, const Declaration &d, const Rules &rules)
{
    ItemContent &c = v.content;
    c.type = ItemType::Matching;
    c.shuffle = n.attr("shuffle") == QLatin1String("true");
    const auto sets = n.all("qti-simple-match-set");
    if (sets.size() != 2) {
        fail(v, n.line, QtiText::tr("a match interaction needs two sets of choices"));
        return;
    }
    c.premises = readChoices(v, *sets[0], "qti-simple-associable-choice");
    c.responses = readChoices(v, *sets[1], "qti-simple-associable-choice");
    if (d.baseType != QLatin1String("directedPair") && d.baseType != QLatin1String("pair")) {
        fail(v, d.line, QtiText::tr("a match response of base type %1 (directedPair expected)").arg(d.baseType));
        return;
    }
    const QStringList premises = idsOf(c.premises), responses = idsOf(c.responses);
    const QStringList pairs = keyOf(v, d, n.line);
    for (const QString &pair : pairs) {
        const QStringList two = pair.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (two.size() != 2) {
            fail(v, d.line, QtiText::tr("\"%1\" is not a pair").arg(pair));
            continue;
        }
        QString p = two[0], r = two[1];
        if (!premises.contains(p) && premises.contains(r) && responses.contains(p)) {
            std::swap(p, r);
        }
        if (!premises.contains(p) || !responses.contains(r)) {
            fail(v, d.line, QtiText::tr("the pair \"%1\" does not join the first set to the second").arg(pair));
        } else if (c.matchingKey.contains(p)) {
            fail(v, d.line,
                QtiText::tr("%1 has several right partners; AICET pairs each premise with one response").arg(p));
        } else {
            c.matchingKey.insert(p, r);
        }
    }
    for (const QString &p : premises) {
        if (!pairs.isEmpty() && !c.matchingKey.contains(p)) {
            fail(v, d.line, QtiText::tr("%1 has no right partner; AICET pairs every premise").arg(p));
        }
    }
    if (c.premises.size() < 2 || c.premises.size() > kMaxChoices || c.responses.size() < 2
        || c.responses.size() > kMaxChoices) {
        fail(v, n.line, QtiText::tr("AICET's matching has 2 to %1 premises and 2 to %1 responses").arg(kMaxChoices));
    }
    if (rules.kind == RuleKind::MapResponse) {
        QStringList key, all;
        for (auto it = c.matchingKey.cbegin(); it != c.matchingKey.cend(); ++it) {
            key.append(it.key() + QLatin1Char(' ') + it.value());
        }
        for (const auto &[k, w] : d.mapping.entries) {
            all.append(k);
        }
        // Every other pair, listed or not, must score 0.
        if (mappingIs(d.mapping, key, all, 0.0) && d.mapping.defaultValue == 0.0) {
            c.scoring = Scoring::Partial;
        } else {
            v.remarks.append(at(d.line,
                QtiText::tr("the mapping's scores differ from AICET's partial credit (one point per right pair): "
                            "scored all or nothing")));
        }
    }
}

void readTextEntry(Variant &v, const XNode &n, const Declaration &d, const Rules &rules)
{
    ItemContent &c = v.content;
    if (d.cardinality != QLatin1String("single")) {
        fail(v, d.line, QtiText::tr("a text entry with cardinality %1 (single expected)").arg(d.cardinality));
        return;
    }
    if (d.baseType == QLatin1String("float") || d.baseType == QLatin1String("integer")) {
        c.type = ItemType::Numeric;
        QString keyText = d.correct.value(0);
        if (keyText.isEmpty() && !rules.comparedValue.isEmpty()) {
            keyText = rules.comparedValue;
        }
        if (keyText.isEmpty() && d.mapping.present) {
            double best = 0.0;
            for (const auto &[k, w] : d.mapping.entries) {
                if (w > best) {
                    best = w;
                    keyText = k;
                }
            }
            if (!keyText.isEmpty()) {
                v.remarks.append(
                    at(d.line, QtiText::tr("no correct response: the key is the best-scored value %1").arg(keyText)));
            }
        }
        bool ok = false;
        c.numericKey = keyText.trimmed().toDouble(&ok);
        if (keyText.isEmpty()) {
            fail(v, n.line, QtiText::tr("the item gives no correct number (qti-correct-response)"));
            return;
        }
        if (!ok || !std::isfinite(c.numericKey)) {
            fail(v, d.line, QtiText::tr("the correct response \"%1\" is not a number").arg(keyText));
            return;
        }
        if (rules.kind == RuleKind::Tolerance) {
            if (rules.toleranceMode == QLatin1String("absolute")) {
                c.tolerance = std::min(rules.lower, rules.upper);
                if (rules.lower != rules.upper) {
                    v.remarks.append(at(rules.line,
                        QtiText::tr("the tolerance -%1/+%2 is not symmetric: AICET uses ±%3")
                            .arg(number(rules.lower), number(rules.upper), number(c.tolerance))));
                }
            } else if (rules.toleranceMode == QLatin1String("relative")) {
                c.tolerance = std::abs(c.numericKey) * std::min(rules.lower, rules.upper) / 100.0;
                v.remarks.append(at(rules.line,
                    QtiText::tr("the relative tolerance of %1% becomes the absolute tolerance %2")
                        .arg(number(std::min(rules.lower, rules.upper)), number(c.tolerance))));
            }
        } else if (rules.kind == RuleKind::MapResponse && d.mapping.entries.size() > 1) {
            v.remarks.append(at(d.line, QtiText::tr("only the best-scored number is kept as the answer")));
        }
        return;
    }
    if (d.baseType == QLatin1String("string")) {
        c.type = ItemType::ShortText;
        if (rules.kind == RuleKind::Tolerance) {
            fail(v, rules.line, QtiText::tr("a text compared as a number"));
            return;
        }
        QStringList accepted;
        for (const QString &a : d.correct + positiveKeys(d.mapping)) {
            const QString t = a.trimmed();
            if (t.isEmpty() || accepted.contains(t)) {
                continue;
            }
            if (t.size() > kMaxAcceptedAnswerLength) {
                v.remarks.append(at(d.line,
                    QtiText::tr("an accepted answer longer than %1 characters is left out")
                        .arg(kMaxAcceptedAnswerLength)));
                continue;
            }
            accepted.append(t);
        }
        if (accepted.isEmpty()) {
            fail(v, n.line, QtiText::tr("the item gives no accepted answer (qti-correct-response or qti-mapping)"));
            return;
        }
        if (d.mapping.caseSensitive) {
            v.remarks.append(
                at(d.line, QtiText::tr("the answers were case-sensitive; AICET ignores case and accents")));
        }
        c.accepted.insert(QString(), accepted);
        return;
    }
    fail(v, d.line, QtiText::tr("a text entry of base type %1 (string, float or integer expected)").arg(d.baseType));
}

Declaration readDeclaration(const XNode &n)
{
    Declaration d;
    d.line = n.line;
    d.cardinality = n.attr("cardinality");
    d.baseType = n.attr("base-type");
    if (const XNode *cr = n.child("qti-correct-response")) {
        for (const XNode *value : cr->all("qti-value")) {
            d.correct.append(collapse(value->allText()).trimmed());
        }
    }
    if (const XNode *m = n.child("qti-mapping")) {
        d.mapping.present = true;
        d.mapping.defaultValue = m->attr("default-value").toDouble();
        bool ok = false;
        if (const double v = m->attr("lower-bound").toDouble(&ok); ok) {
            d.mapping.lowerBound = v;
        }
        if (const double v = m->attr("upper-bound").toDouble(&ok); ok) {
            d.mapping.upperBound = v;
        }
        for (const XNode *e : m->all("qti-map-entry")) {
            d.mapping.entries.emplace_back(collapse(e->attr("map-key")).trimmed(), e->attr("mapped-value").toDouble());
            d.mapping.caseSensitive = d.mapping.caseSensitive || e->attr("case-sensitive") == QLatin1String("true");
        }
    }
    return d;
}

QString fromQtiIdentifier(const QString &identifier)
{
    QString id = identifier;
    if (id.startsWith(QLatin1Char('_')) && id.size() > 1 && id.at(1).isDigit()) {
        id.remove(0, 1);
    }
    return id;
}

// An id the bank format accepts: letters, digits, '.', '_', '-', at most 64, starting with a
// letter or digit.
QString bankIdentifier(const QString &identifier)
{
    QString id;
    for (const QChar c : identifier) {
        const bool ascii = c.unicode() < 128
            && (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-'));
        id += ascii ? c : QLatin1Char('-');
    }
    while (!id.isEmpty() && !(id.front().unicode() < 128 && id.front().isLetterOrNumber())) {
        id.remove(0, 1);
    }
    return id.left(64);
}

Variant readVariant(const XNode &root, const QString &file, const Metadata &meta)
{
    Variant v;
    v.file = file;
    v.line = root.line;
    v.meta = meta;
    v.identifier = root.attr("identifier");
    v.language = root.attr("xml:lang");
    if (root.ns != QLatin1String(kItemNamespace) || root.name != QLatin1String("qti-assessment-item")) {
        fail(v, root.line,
            root.name == QLatin1String("assessmentItem")
                ? QtiText::tr("a QTI 2 item (assessmentItem); only QTI 3.0 (qti-assessment-item) is read")
                : QtiText::tr("<%1> in namespace %2 is not a QTI 3.0 qti-assessment-item").arg(root.name, root.ns));
        return v;
    }
    if (root.attr("adaptive") == QLatin1String("true")) {
        fail(v, root.line, QtiText::tr("an adaptive item (several attempts with changing content)"));
    }
    for (const XNode &c : root.children) {
        if (c.isText) {
            continue;
        }
        if (c.name == QLatin1String("qti-template-declaration") || c.name == QLatin1String("qti-template-processing")) {
            fail(v, c.line, QtiText::tr("template variables (%1): AICET's items are fixed").arg(c.name));
        } else if (c.name == QLatin1String("qti-assessment-stimulus-ref")) {
            fail(v, c.line, QtiText::tr("a shared stimulus (%1), which is not imported").arg(c.attr("href")));
        } else if (c.name == QLatin1String("qti-stylesheet") || c.name == QLatin1String("qti-companion-materials-info")
            || c.name == QLatin1String("qti-catalog-info")) {
            v.remarks.append(at(c.line, QtiText::tr("<%1> left out").arg(c.name)));
        }
    }
    const XNode *body = root.child("qti-item-body");
    if (!body) {
        fail(v, root.line, QtiText::tr("no qti-item-body"));
        return v;
    }
    BodyReader br(v);
    br.walk(*body);
    br.flush();
    for (const XNode *u : br.unsupported) {
        static const QHash<QString, const char *> reasons = {
            {str("qti-extended-text-interaction"),
                QT_TRANSLATE_NOOP("QtiText", "an open answer needs a person to score it")},
            {str("qti-upload-interaction"), QT_TRANSLATE_NOOP("QtiText", "a file upload needs a person to score it")},
            {str("qti-drawing-interaction"), QT_TRANSLATE_NOOP("QtiText", "a drawing needs a person to score it")},
            {str("qti-hotspot-interaction"),
                QT_TRANSLATE_NOOP("QtiText", "answers given by pointing at a picture are not an AICET item type")},
            {str("qti-select-point-interaction"),
                QT_TRANSLATE_NOOP("QtiText", "answers given by pointing at a picture are not an AICET item type")},
            {str("qti-graphic-order-interaction"),
                QT_TRANSLATE_NOOP("QtiText", "answers given on a picture are not an AICET item type")},
            {str("qti-graphic-associate-interaction"),
                QT_TRANSLATE_NOOP("QtiText", "answers given on a picture are not an AICET item type")},
            {str("qti-graphic-gap-match-interaction"),
                QT_TRANSLATE_NOOP("QtiText", "answers given on a picture are not an AICET item type")},
            {str("qti-position-object-interaction"),
                QT_TRANSLATE_NOOP("QtiText", "answers given on a picture are not an AICET item type")},
        };
        const auto it = reasons.constFind(u->name);
        QString reason = QtiText::tr("AICET imports choice, order, match and text entry interactions only");
        if (it != reasons.constEnd()) {
            reason = QtiText::tr(*it);
        }
        fail(v, u->line, QtiText::tr("%1 is not supported: %2").arg(u->name, reason));
    }
    for (const auto &[what, line] : br.blocking) {
        fail(v, line, QtiText::tr("the question shows %1, which AICET cannot show").arg(what));
    }
    for (const auto &[what, line] : br.leftOut) {
        v.remarks.append(at(line, QtiText::tr("%1 left out").arg(what)));
    }
    if (br.interactions.size() > 1) {
        fail(v, br.interactions[1]->line,
            QtiText::tr("%1 interactions in one item; an AICET item has one").arg(br.interactions.size()));
    }
    if (br.interactions.empty()) {
        if (br.unsupported.empty()) {
            fail(v, body->line, QtiText::tr("no interaction: nothing to answer"));
        }
        return v;
    }
    const XNode &interaction = *br.interactions.front();
    const QString responseId = interaction.attr("response-identifier");
    std::optional<Declaration> declaration;
    for (const XNode *d : root.all("qti-response-declaration")) {
        if (d->attr("identifier") == responseId) {
            declaration = readDeclaration(*d);
        }
    }
    if (!declaration) {
        fail(v, interaction.line, QtiText::tr("the response %1 is not declared").arg(responseId));
        return v;
    }
    const XNode *rp = root.child("qti-response-processing");
    const Rules rules = analyseRules(rp, responseId);
    if (rules.kind == RuleKind::Unmappable) {
        fail(v, rules.line, rules.problem);
        return v;
    }
    if (rules.kind == RuleKind::None) {
        v.remarks.append(at(root.line, QtiText::tr("no response processing: scored by its correct response")));
    }
    if (rules.kind == RuleKind::Tolerance && interaction.name != QLatin1String("qti-text-entry-interaction")) {
        fail(v, rules.line, QtiText::tr("a numeric comparison on a %1").arg(interaction.name));
        return v;
    }

    // The stem: the body's text around the interaction, and its prompt.
    QStringList stem;
    for (const QString &block : br.blocks) {
        if (block == QString(QChar(1))) {
            if (const XNode *prompt = interaction.child("qti-prompt")) {
                const QString text = flatText(*prompt, QStringLiteral("\n"));
                if (!text.isEmpty()) {
                    stem.append(text);
                }
            }
            continue;
        }
        const qsizetype marker = block.indexOf(QChar(1));
        if (marker < 0) {
            stem.append(block);
            continue;
        }
        const QString before = block.left(marker).trimmed(), after = block.mid(marker + 1).trimmed();
        if (before.isEmpty() && declaration->baseType != QLatin1String("string")) {
            v.unit = after; // "[   ] %"
        } else if (!before.isEmpty() || !after.isEmpty()) {
            const bool punctuation = !after.isEmpty() && QStringLiteral(".,;:!?)").contains(after.front());
            stem.append(
                (before + QStringLiteral(" ___") + (punctuation ? QString() : QStringLiteral(" ")) + after).trimmed());
        }
    }
    v.content.stem.insert(QString(), stem.join(QLatin1Char('\n')));
    if (stem.isEmpty()) {
        fail(v, body->line, QtiText::tr("no question text"));
    }

    const QString &kind = interaction.name;
    if (kind == QLatin1String("qti-choice-interaction")) {
        readChoiceInteraction(v, interaction, *declaration, rules);
    } else if (kind == QLatin1String("qti-order-interaction")) {
        readOrderInteraction(v, interaction, *declaration, rules);
    } else if (kind == QLatin1String("qti-match-interaction")) {
        readMatchInteraction(v, interaction, *declaration, rules);
    } else {
        readTextEntry(v, interaction, *declaration, rules);
    }

    // The explanation: AICET's own feedback, else every feedback text of the item.
    QStringList feedback;
    for (const XNode *f : root.all("qti-modal-feedback")) {
        const QString text = flatText(*f, QStringLiteral("\n"));
        if (f->attr("identifier") == QLatin1String(kExplanation)) {
            v.explanation = text;
            v.explanationFromFeedback = false;
            feedback.clear();
            break;
        }
        if (!text.isEmpty()) {
            feedback.append(text);
        }
    }
    for (const XNode *f : br.feedback) {
        if (const QString text = flatText(*f, QStringLiteral("\n")); !text.isEmpty() && v.explanation.isEmpty()) {
            feedback.append(text);
        }
    }
    if (v.explanation.isEmpty() && !feedback.isEmpty()) {
        v.explanation = feedback.join(QLatin1Char('\n'));
        v.explanationFromFeedback = true;
    }

    // Ids the bank format accepts.
    auto clean = [&](std::vector<Choice> &choices, const char *what) {
        QHash<QString, QString> renamed;
        QSet<QString> used;
        for (Choice &c : choices) {
            QString id = bankIdentifier(fromQtiIdentifier(c.id));
            if (id.isEmpty()) {
                id = QStringLiteral("c");
            }
            const QString base = id;
            for (int k = 2; used.contains(id); ++k) {
                id = base.left(60) + QLatin1Char('-') + QString::number(k);
            }
            used.insert(id);
            if (id != fromQtiIdentifier(c.id)) {
                v.remarks.append(QtiText::tr("%1 %2 renamed %3").arg(QLatin1String(what), c.id, id));
            }
            renamed.insert(c.id, id);
            c.id = id;
        }
        return renamed;
    };
    ItemContent &c = v.content;
    const auto options = clean(c.options, "choice");
    const auto elements = clean(c.elements, "element");
    const auto premises = clean(c.premises, "premise");
    const auto responses = clean(c.responses, "response");
    for (QString &k : c.key) {
        k = c.type == ItemType::Ordering ? elements.value(k, k) : options.value(k, k);
    }
    QMap<QString, QString> pairs;
    for (auto it = c.matchingKey.cbegin(); it != c.matchingKey.cend(); ++it) {
        pairs.insert(premises.value(it.key(), it.key()), responses.value(it.value(), it.value()));
    }
    c.matchingKey = pairs;

    // AICET's own metadata says what QTI cannot.
    if (meta.present && !v.failed) {
        if (meta.type == QLatin1String("true_false") && c.type == ItemType::SingleChoice && c.options.size() == 2
            && idsOf(c.options).contains(str("true")) && idsOf(c.options).contains(str("false"))) {
            c.type = ItemType::TrueFalse;
            c.trueFalseKey = c.key.value(0) == QLatin1String("true");
            c.shuffle = true; // exported unshuffled (true, then false) whatever the item says
            c.options.clear();
            c.key.clear();
        }
        if ((meta.scoring == QLatin1String("partial") || meta.scoring == QLatin1String("one_mistake"))
            && (c.type == ItemType::Ordering || c.type == ItemType::MultipleResponse || c.type == ItemType::Matching)) {
            c.scoring = meta.scoring == QLatin1String("partial") ? Scoring::Partial : Scoring::OneMistake;
        }
        if (meta.maxEdits >= 0 && c.type == ItemType::ShortText) {
            c.maxEdits = meta.maxEdits;
        }
        if (!meta.unit.isEmpty() && c.type == ItemType::Numeric) {
            v.unit = meta.unit;
        }
        if (!meta.type.isEmpty() && meta.type != itemTypeName(c.type)) {
            v.remarks.append(at(meta.line,
                QtiText::tr("the metadata says %1, the QTI item reads as %2").arg(meta.type, itemTypeName(c.type))));
        }
    }
    return v;
}

// ---------------------------------------------------------------------------------------------
// Import: the package

// Where the files of a package come from: a zip, a folder, or a single item file.
class PackageSource
{
public:
    virtual ~PackageSource() = default;
    virtual QStringList names() const = 0;
    virtual std::optional<QByteArray> read(const QString &name, qint64 maxBytes, QString *error) = 0;
};

class ZipSource : public PackageSource
{
public:
    io::ZipReader zip;
    QStringList names() const override { return zip.names(); }
    std::optional<QByteArray> read(const QString &name, qint64 maxBytes, QString *error) override
    {
        auto bytes = zip.read(name, error);
        if (bytes && bytes->size() > maxBytes) {
            *error = QtiText::tr("%1 is too large (more than %2 KiB)").arg(name).arg(maxBytes / 1024);
            return std::nullopt;
        }
        return bytes;
    }
};

// A folder (an unpacked package) or the folder of a single item file: names relative to it, never
// outside it.
class FolderSource : public PackageSource
{
public:
    QString root;
    QStringList files;
    QStringList names() const override { return files; }
    std::optional<QByteArray> read(const QString &name, qint64 maxBytes, QString *error) override
    {
        if (!io::isSafeZipName(name)) {
            *error = QtiText::tr("\"%1\" leads outside the package").arg(name);
            return std::nullopt;
        }
        const QString path = QDir(root).filePath(name);
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || !canonical.startsWith(QDir(root).canonicalPath() + QLatin1Char('/'))) {
            *error = QtiText::tr("\"%1\" is not in the package").arg(name);
            return std::nullopt;
        }
        return io::readUserFile(path, maxBytes, error);
    }
};

struct Candidate
{
    std::vector<Variant> variants; ///< the languages of one item
    ImportEntry entry;
    BankItem item;
    QByteArray imageBytes;
    QString imageName; ///< in the bank, relative
    bool irtDropped = false;
};

QString yamlString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() < 0xa0)
                || c.unicode() == 0xfeff) {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            } else {
                out += c;
            }
        }
    }
    out += QLatin1Char('"');
    return out;
}

} // namespace

QByteArray itemYaml(const ItemBank &bank, const BankItem &item)
{
    const ItemContent &c = item.content;
    QString y;
    auto line
        = [&](int indent, const QString &text) { y += QString(indent, QLatin1Char(' ')) + text + QLatin1Char('\n'); };
    auto localizedText = [&](int indent, const QString &key, const LocalizedText &text) {
        line(indent, key + QLatin1Char(':'));
        for (const QString &lang : bank.languages) {
            line(indent + 2, yamlString(lang) + QStringLiteral(": ") + yamlString(text.value(lang)));
        }
    };
    auto choices = [&](const QString &key, const std::vector<Choice> &list) {
        line(4, key + QLatin1Char(':'));
        for (const Choice &ch : list) {
            line(6, QStringLiteral("- id: ") + yamlString(ch.id));
            localizedText(8, QStringLiteral("text"), ch.text);
        }
    };
    auto idList = [&](const QStringList &ids) {
        QStringList quoted;
        for (const QString &id : ids) {
            quoted.append(yamlString(id));
        }
        return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
    };
    line(2, QStringLiteral("- id: ") + yamlString(item.id));
    line(4, QStringLiteral("type: ") + itemTypeName(c.type));
    line(4, QStringLiteral("status: ") + itemStatusName(item.status));
    if (item.dimension >= 0) {
        line(4,
            QStringLiteral("dimension: ") + yamlString(bank.dimensions[static_cast<std::size_t>(item.dimension)].id));
    }
    if (item.competency >= 0) {
        line(4,
            QStringLiteral("competency: ")
                + yamlString(bank.competencies[static_cast<std::size_t>(item.competency)].id));
    }
    if (!item.level.isEmpty()) {
        line(4, QStringLiteral("level: ") + yamlString(item.level));
    }
    if (!item.themes.isEmpty()) {
        line(4, QStringLiteral("themes: ") + idList(item.themes));
    }
    localizedText(4, QStringLiteral("stem"), c.stem);
    if (!c.imageFile.isEmpty()) {
        line(4, QStringLiteral("image:"));
        line(6, QStringLiteral("file: ") + yamlString(c.imageFile));
        localizedText(6, QStringLiteral("alt"), c.imageAlt);
    }
    switch (c.type) {
    case ItemType::SingleChoice:
        choices(QStringLiteral("options"), c.options);
        line(4, QStringLiteral("answer: ") + yamlString(c.key.value(0)));
        break;
    case ItemType::MultipleResponse:
        choices(QStringLiteral("options"), c.options);
        line(4, QStringLiteral("answer: ") + idList(c.key));
        line(4, QStringLiteral("scoring: ") + scoringName(c));
        break;
    case ItemType::TrueFalse:
        line(4, QStringLiteral("answer: ") + (c.trueFalseKey ? str("true") : str("false")));
        break;
    case ItemType::Ordering:
        choices(QStringLiteral("elements"), c.elements);
        line(4, QStringLiteral("answer: ") + idList(c.key));
        line(4, QStringLiteral("scoring: ") + scoringName(c));
        break;
    case ItemType::Matching:
        choices(QStringLiteral("premises"), c.premises);
        choices(QStringLiteral("responses"), c.responses);
        line(4, QStringLiteral("answer:"));
        for (const Choice &p : c.premises) {
            line(6, yamlString(p.id) + QStringLiteral(": ") + yamlString(c.matchingKey.value(p.id)));
        }
        line(4, QStringLiteral("scoring: ") + scoringName(c));
        break;
    case ItemType::Numeric:
        line(4, QStringLiteral("answer: ") + number(c.numericKey));
        line(4, QStringLiteral("tolerance: ") + number(c.tolerance));
        if (!c.unit.isEmpty()) {
            localizedText(4, QStringLiteral("unit"), c.unit);
        }
        break;
    case ItemType::ShortText:
        line(4, QStringLiteral("accepted:"));
        for (const QString &lang : bank.languages) {
            line(6, yamlString(lang) + QStringLiteral(": ") + idList(c.accepted.value(lang)));
        }
        line(4, QStringLiteral("max_edits: ") + QString::number(c.maxEdits));
        break;
    }
    if (!c.shuffle) {
        line(4, QStringLiteral("shuffle: false"));
    }
    localizedText(4, QStringLiteral("explanation"), c.explanation);
    if (!item.enemies.isEmpty()) {
        line(4, QStringLiteral("enemies: ") + idList(item.enemies));
    }
    if (item.hasParameters) {
        const irt::ItemParameters &p = item.irt;
        QString irt = QStringLiteral("irt: {model: ") + irt::modelName(p.model);
        if (p.model != irt::Model::OnePL || p.a != 1.0) {
            irt += QStringLiteral(", a: ") + number(p.a);
        }
        if (irt::isDichotomous(p.model)) {
            irt += QStringLiteral(", b: ") + number(p.b);
            if (p.model == irt::Model::ThreePL || p.model == irt::Model::FourPL) {
                irt += QStringLiteral(", c: ") + number(p.c);
            }
            if (p.model == irt::Model::FourPL) {
                irt += QStringLiteral(", d: ") + number(p.d);
            }
        } else {
            QStringList steps;
            for (double s : p.steps) {
                steps.append(number(s));
            }
            irt += QStringLiteral(", b: [") + steps.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
        line(4, irt + QLatin1Char('}'));
    }
    return y.toUtf8();
}

int ImportResult::count(Outcome outcome) const
{
    return static_cast<int>(
        std::count_if(entries.begin(), entries.end(), [&](const ImportEntry &e) { return e.outcome == outcome; }));
}

namespace {

// The language a variant is in, among the bank's: its xml:lang (or the metadata's), exactly or by
// its primary subtag ("en-GB" → en); empty when none of the bank's.
QString bankLanguage(const Variant &v, const ItemBank &bank)
{
    const QString lang = !v.language.isEmpty() ? v.language : v.meta.language;
    if (bank.languages.contains(lang)) {
        return lang;
    }
    const QString primary = lang.section(QLatin1Char('-'), 0, 0).toLower();
    for (const QString &l : bank.languages) {
        if (l.toLower() == primary) {
            return l;
        }
    }
    return {};
}

bool sameStructure(const ItemContent &a, const ItemContent &b)
{
    return a.type == b.type && idsOf(a.options) == idsOf(b.options) && idsOf(a.elements) == idsOf(b.elements)
        && idsOf(a.premises) == idsOf(b.premises) && idsOf(a.responses) == idsOf(b.responses);
}

void copyChoiceTexts(std::vector<Choice> &into, const std::vector<Choice> &from, const QString &language)
{
    for (Choice &c : into) {
        for (const Choice &f : from) {
            if (f.id == c.id) {
                c.text.insert(language, f.text.value(QString()));
            }
        }
    }
}

// Builds the bank item of a candidate from its variants; false (with the entry's messages) when
// it cannot be imported.
bool buildItem(Candidate &cand, const ItemBank &bank, const ImportOptions &options, int fallbackCompetency)
{
    ImportEntry &e = cand.entry;
    auto remark = [&](const QString &m) { e.messages.append(m); };
    // The primary variant: the bank's default language, else the first that can be read.
    Variant *primary = nullptr;
    for (Variant &v : cand.variants) {
        if (!v.failed && bankLanguage(v, bank) == bank.defaultLanguage) {
            primary = &v;
        }
    }
    for (Variant &v : cand.variants) {
        if (!primary && !v.failed) {
            primary = &v;
        }
    }
    if (!primary) {
        const Variant &v = cand.variants.front();
        e.file = v.file;
        e.line = v.line;
        e.messages = v.problems;
        return false;
    }
    e.file = primary->file;
    e.line = primary->line;
    for (const Variant &v : cand.variants) {
        if (&v != primary && v.failed) {
            remark(QtiText::tr("%1: the %2 version is left out: %3")
                       .arg(v.file, v.language.isEmpty() ? QtiText::tr("other") : v.language,
                           v.problems.join(QStringLiteral("; "))));
        }
    }
    BankItem &item = cand.item;
    ItemContent &c = item.content;
    c = primary->content;
    c.stem.clear();
    c.explanation.clear();
    c.accepted.clear();
    for (auto *list : {&c.options, &c.elements, &c.premises, &c.responses}) {
        for (Choice &ch : *list) {
            ch.text.clear();
        }
    }
    const QString primaryLanguage = bankLanguage(*primary, bank);
    if (primaryLanguage.isEmpty()) {
        const QString lang = !primary->language.isEmpty() ? primary->language : primary->meta.language;
        remark(lang.isEmpty()
                ? QtiText::tr("the item says no language (xml:lang): its texts are taken as %1")
                      .arg(bank.languages.join(QStringLiteral(", ")))
                : QtiText::tr("the item is in %1, not a language of the bank: its texts are put under %2; "
                              "translate them")
                      .arg(lang, bank.languages.join(QStringLiteral(", "))));
    }
    QStringList copied;
    for (const QString &lang : bank.languages) {
        const Variant *source = nullptr;
        for (const Variant &v : cand.variants) {
            if (!v.failed && bankLanguage(v, bank) == lang) {
                if (sameStructure(v.content, primary->content)) {
                    source = &v;
                } else if (&v != primary) {
                    remark(QtiText::tr("%1: its %2 version has other choices than the %3 one: left out")
                               .arg(v.file, lang, primaryLanguage));
                }
            }
        }
        if (!source) {
            source = primary;
            if (!primaryLanguage.isEmpty()) {
                copied.append(lang);
            }
        }
        const ItemContent &s = source->content;
        c.stem.insert(lang, s.stem.value(QString()));
        copyChoiceTexts(c.options, s.options, lang);
        copyChoiceTexts(c.elements, s.elements, lang);
        copyChoiceTexts(c.premises, s.premises, lang);
        copyChoiceTexts(c.responses, s.responses, lang);
        if (c.type == ItemType::ShortText) {
            c.accepted.insert(lang, s.accepted.value(QString()));
        }
        if (c.type == ItemType::Numeric && !source->unit.isEmpty()) {
            c.unit.insert(lang, source->unit);
        }
        if (!source->explanation.isEmpty()) {
            c.explanation.insert(lang, source->explanation);
        }
        if (!primary->imageHref.isEmpty()) {
            c.imageAlt.insert(lang, source->imageAlt.isEmpty() ? primary->imageAlt : source->imageAlt);
        }
        if (source != primary && !source->imageHref.isEmpty() && source->imageHref != primary->imageHref) {
            remark(QtiText::tr("%1: its %2 version shows another picture (%3): the %4 picture is imported for "
                               "every language; give each language its own in the item's file (image.file)")
                       .arg(source->file, lang, source->imageHref, primaryLanguage));
        }
    }
    for (const Variant &v : cand.variants) {
        if (!v.failed && bankLanguage(v, bank).isEmpty() && &v != primary) {
            remark(QtiText::tr("%1: its %2 version is left out: the bank's languages are %3")
                       .arg(v.file, v.language, bank.languages.join(QStringLiteral(", "))));
        }
    }
    if (!copied.isEmpty()) {
        remark(QtiText::tr("no %1 version: the %2 texts were copied; translate them")
                   .arg(copied.join(QStringLiteral(", ")), primaryLanguage));
    }
    if (c.type == ItemType::Numeric && !c.unit.isEmpty()) {
        for (const QString &lang : bank.languages) {
            if (c.unit.value(lang).isEmpty()) {
                c.unit.insert(lang, primary->unit);
            }
        }
    }
    if (c.explanation.isEmpty()) {
        for (const QString &lang : bank.languages) {
            c.explanation.insert(lang, QtiText::tr("To be written: the QTI item has no explanation."));
        }
        remark(QtiText::tr("no explanation (qti-modal-feedback): write one"));
    } else {
        for (const QString &lang : bank.languages) {
            if (c.explanation.value(lang).isEmpty()) {
                c.explanation.insert(
                    lang, primary->explanation.isEmpty() ? c.explanation.first() : primary->explanation);
            }
        }
        if (primary->explanationFromFeedback) {
            remark(QtiText::tr("the explanation is made of the item's feedback texts: check it"));
        }
    }
    if (!primary->imageHref.isEmpty() && primary->imageAlt.isEmpty()) {
        for (const QString &lang : bank.languages) {
            if (c.imageAlt.value(lang).isEmpty()) {
                c.imageAlt.insert(lang,
                    QtiText::tr("Picture %1 (alternative text to be written)")
                        .arg(QFileInfo(primary->imageHref).fileName()));
            }
        }
        remark(at(primary->imageLine, QtiText::tr("the picture has no alternative text: write one")));
    }
    for (const Variant &v : cand.variants) {
        if (&v == primary || (!v.failed && !bankLanguage(v, bank).isEmpty())) {
            for (const QString &r : v.remarks) {
                remark(cand.variants.size() > 1 ? QStringLiteral("%1: %2").arg(v.file, r) : r);
            }
        }
    }

    // Where it sits in the framework, and the rest of AICET's metadata.
    const Metadata &m = primary->meta;
    item.status = options.status;
    if (m.present && !m.status.isEmpty() && m.status != itemStatusName(options.status)) {
        remark(QtiText::tr("it was %1 in the bank it came from; imported as %2")
                   .arg(m.status, itemStatusName(options.status)));
    }
    int competency = m.present ? bank.competencyIndex(m.competency) : -1;
    if (competency < 0) {
        competency = fallbackCompetency;
        const QString where = bank.competencies[static_cast<std::size_t>(competency)].id;
        if (m.present && !m.competency.isEmpty()) {
            remark(QtiText::tr("competency %1 is not in this bank: placed under %2").arg(m.competency, where));
        } else if (options.competency.isEmpty()) {
            remark(QtiText::tr("placed under competency %1, the bank's first: check it").arg(where));
        }
    }
    item.competency = competency;
    item.dimension = bank.competencies[static_cast<std::size_t>(competency)].dimension;
    item.level = m.present && !m.level.isEmpty() && competency == bank.competencyIndex(m.competency)
        ? m.level
        : bank.competencies[static_cast<std::size_t>(competency)].level;
    QStringList themes;
    for (const QString &t : m.themes) {
        const bool known
            = std::any_of(bank.themes.begin(), bank.themes.end(), [&](const Theme &th) { return th.id == t; });
        if (known) {
            themes.append(t);
        } else {
            remark(QtiText::tr("theme %1 is not in this bank: left out").arg(t));
        }
    }
    item.themes = themes;
    item.enemies = m.enemies; // checked against the items that exist once all are known
    if (m.hasIrt) {
        item.irt = m.irt;
        item.irt.D = bank.scalingConstant;
        item.hasParameters = true;
    } else {
        item.hasParameters = false;
        if (m.present && !m.irtProblem.isEmpty()) {
            remark(at(m.line, QtiText::tr("IRT parameters left out: %1").arg(m.irtProblem)));
        }
    }
    c.imageFile.clear();
    return true;
}

QString uniqueName(const QString &folder, const QString &base, const QString &suffix, const QSet<QString> &taken)
{
    QString name = base + suffix;
    for (int k = 2; QFileInfo::exists(QDir(folder).filePath(name)) || taken.contains(name); ++k) {
        name = base + QLatin1Char('-') + QString::number(k) + suffix;
    }
    return name;
}

bool copyTree(const QString &from, const QString &to, QString *error)
{
    qint64 total = 0;
    int files = 0;
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        total += info.size();
        if (++files > 20000 || total > 1024LL * 1024 * 1024) {
            *error = QtiText::tr("the bank folder %1 is too large to be checked (more than 20000 files or 1 GiB)")
                         .arg(from);
            return false;
        }
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(path, target)) {
            *error = QtiText::tr("%1 cannot be copied for the check").arg(path);
            return false;
        }
    }
    return true;
}

struct DiagnosticKey
{
    QString file;
    int line;
    QString message;
    bool operator<(const DiagnosticKey &o) const
    {
        return std::tie(file, line, message) < std::tie(o.file, o.line, o.message);
    }
};

std::set<DiagnosticKey> errorKeys(const BankLoadResult &r, const QString &root)
{
    std::set<DiagnosticKey> keys;
    for (const Diagnostic &d : r.diagnostics) {
        if (d.isError()) {
            keys.insert({QDir(root).relativeFilePath(QFileInfo(d.file).absoluteFilePath()), d.line, d.message});
        }
    }
    return keys;
}

} // namespace

ImportResult importPackage(const QString &packagePath, const QString &bankFolder, const ImportOptions &options)
{
    ImportResult result;
    if (options.status != ItemStatus::Draft && options.status != ItemStatus::Pilot) {
        result.error = QtiText::tr("imported items are draft or pilot, never %1").arg(itemStatusName(options.status));
        return result;
    }

    // The bank, as it is before the import.
    // Absolute, so that positions compare between the bank and its copy.
    const QString root = QFileInfo(bankFolder).absoluteFilePath();
    const BankLoadResult before = loadBank(root);
    const ItemBank &bank = before.bank;
    if (bank.languages.isEmpty()) {
        QStringList errors;
        for (const Diagnostic &d : before.diagnostics) {
            if (d.isError()) {
                errors.append(d.toString());
            }
        }
        result.error
            = QtiText::tr("%1: the bank cannot be read: %2").arg(bankFolder, errors.join(QStringLiteral("; ")));
        return result;
    }
    if (bank.parametersOnly) {
        result.error = QtiText::tr("%1 is a bank of parameters only: it holds no questions").arg(bankFolder);
        return result;
    }
    if (bank.competencies.empty()) {
        result.error = QtiText::tr("%1: the bank has no competency to place questions under").arg(bankFolder);
        return result;
    }
    int fallbackCompetency = 0;
    if (!options.competency.isEmpty()) {
        fallbackCompetency = bank.competencyIndex(options.competency);
        if (fallbackCompetency < 0) {
            QStringList known;
            for (const Competency &c : bank.competencies) {
                known.append(c.id);
            }
            result.error = QtiText::tr("the bank has no competency %1 (it has %2)")
                               .arg(options.competency, known.join(QStringLiteral(", ")));
            return result;
        }
    }
    if (hasErrors(before.diagnostics)) {
        result.notes.append(
            QtiText::tr("the bank has errors of its own (see bank validate); they are not the import's"));
    }

    // The package: a zip, an unpacked folder, or one item file.
    std::unique_ptr<PackageSource> source;
    QString manifestName = str("imsmanifest.xml");
    QStringList itemFiles; // for a single item file
    const QFileInfo packageInfo(packagePath);
    if (packageInfo.isDir()) {
        auto folder = std::make_unique<FolderSource>();
        folder->root = packageInfo.absoluteFilePath();
        QDirIterator it(folder->root, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext() && folder->files.size() <= options.zipLimits.maxEntries) {
            folder->files.append(QDir(folder->root).relativeFilePath(it.next()));
        }
        if (folder->files.size() > options.zipLimits.maxEntries) {
            result.error = QtiText::tr("%1: more than %2 files").arg(packagePath).arg(options.zipLimits.maxEntries);
            return result;
        }
        folder->files.sort();
        source = std::move(folder);
    } else {
        QString error;
        const auto bytes = io::readUserFile(packagePath, options.maxPackageBytes, &error);
        if (!bytes) {
            result.error = error;
            return result;
        }
        if (bytes->startsWith("PK")) {
            auto zip = std::make_unique<ZipSource>();
            if (!zip->zip.open(*bytes, options.zipLimits, &error)) {
                result.error = QtiText::tr("%1: refused: %2").arg(packagePath, error);
                return result;
            }
            source = std::move(zip);
        } else {
            auto folder = std::make_unique<FolderSource>();
            folder->root = packageInfo.absolutePath();
            folder->files = {packageInfo.fileName()};
            itemFiles = folder->files;
            manifestName.clear();
            source = std::move(folder);
        }
    }
    const XmlLimits xmlLimits{options.maxXmlElements, options.maxXmlDepth};

    // The manifest's item resources (with AICET's metadata when there is some).
    struct Resource
    {
        QString identifier;
        QString href;
        int line = 0;
        Metadata meta;
    };
    std::vector<Resource> resources;
    if (!manifestName.isEmpty()) {
        if (!source->names().contains(manifestName)) {
            result.error
                = QtiText::tr("%1: not a QTI package: there is no imsmanifest.xml at its root").arg(packagePath);
            return result;
        }
        QString error;
        int line = 0;
        const auto bytes = source->read(manifestName, options.maxXmlBytes, &error);
        const auto manifest = bytes ? parseXml(*bytes, xmlLimits, &error, &line) : std::nullopt;
        if (!manifest) {
            result.error = QStringLiteral("%1:%2: %3").arg(manifestName).arg(line).arg(error);
            return result;
        }
        const XNode *list = manifest->child("resources");
        QSet<QString> listed{manifestName};
        for (const XNode *r : list ? list->all("resource") : std::vector<const XNode *>{}) {
            const QString type = r->attr("type");
            for (const XNode *f : r->all("file")) {
                listed.insert(QUrl::fromPercentEncoding(f->attr("href").toUtf8()));
            }
            listed.insert(QUrl::fromPercentEncoding(r->attr("href").toUtf8()));
            if (type == QLatin1String(kItemResourceType)) {
                // hrefs are URIs: "my%20item.xml" names "my item.xml".
                Resource res{r->attr("identifier"), QUrl::fromPercentEncoding(r->attr("href").toUtf8()), r->line, {}};
                if (const XNode *md = r->child("metadata")) {
                    for (const XNode &c : md->children) {
                        if (!c.isText && c.ns == QLatin1String(kAicetNamespace) && c.name == QLatin1String("item")) {
                            res.meta = readMetadata(c);
                        }
                    }
                }
                resources.push_back(res);
            } else if (type.startsWith(QLatin1String("imsqti_item_xmlv2"))) {
                ImportEntry e;
                e.file = manifestName;
                e.line = r->line;
                e.qtiIdentifier = r->attr("identifier");
                e.messages.append(QtiText::tr("a QTI 2 item (%1, resource type %2); only QTI 3.0 items are read")
                                      .arg(r->attr("href"), type));
                result.entries.push_back(e);
            } else if (type.startsWith(QLatin1String("imsqti_test"))
                || type.startsWith(QLatin1String("imsqti_section"))) {
                result.notes.append(QStringLiteral("%1:%2: ").arg(manifestName).arg(r->line)
                    + QtiText::tr("%1 is a test, not an item: tests are not imported, the items they use are")
                          .arg(r->attr("href")));
            } else if (type.startsWith(QLatin1String("imsqti_stimulus"))) {
                result.notes.append(QStringLiteral("%1:%2: ").arg(manifestName).arg(r->line)
                    + QtiText::tr("%1 is a shared stimulus: not imported").arg(r->attr("href")));
            }
        }
        for (const QString &name : source->names()) {
            if (name.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive) && !listed.contains(name)) {
                result.notes.append(QtiText::tr("%1 is not listed in imsmanifest.xml: not read").arg(name));
            }
        }
    } else {
        resources.push_back({QString(), itemFiles.first(), 0, {}});
    }

    // Every item file, read and grouped: the languages of one AICET item become one candidate.
    std::vector<Candidate> candidates;
    std::map<QString, std::size_t> byAicetId;
    for (const Resource &res : resources) {
        QString error;
        int line = 0;
        const QString file = res.href;
        Variant v;
        const auto bytes = io::isSafeZipName(file) ? source->read(file, options.maxXmlBytes, &error) : std::nullopt;
        if (file.isEmpty()) {
            error = QtiText::tr("the resource %1 names no file (href)").arg(res.identifier);
        } else if (!io::isSafeZipName(file)) {
            error = QtiText::tr("the resource's file \"%1\" leads outside the package").arg(file);
        }
        const auto document = bytes ? parseXml(*bytes, xmlLimits, &error, &line) : std::nullopt;
        if (!document) {
            v.file = manifestName.isEmpty() ? file : (bytes ? file : manifestName);
            v.line = bytes ? line : res.line;
            v.identifier = res.identifier;
            fail(v, 0, error);
        } else {
            v = readVariant(*document, file, res.meta);
            if (!manifestName.isEmpty() && v.identifier.isEmpty()) {
                v.identifier = res.identifier;
            }
        }
        const QString key = res.meta.present ? res.meta.id : QString();
        if (!key.isEmpty() && byAicetId.count(key)) {
            candidates[byAicetId[key]].variants.push_back(std::move(v));
            continue;
        }
        Candidate c;
        c.entry.qtiIdentifier = v.identifier;
        c.variants.push_back(std::move(v));
        if (!key.isEmpty()) {
            byAicetId[key] = candidates.size();
        }
        candidates.push_back(std::move(c));
    }

    // Bank items, with new ids only.
    QSet<QString> newIds;
    for (Candidate &cand : candidates) {
        ImportEntry &e = cand.entry;
        if (!buildItem(cand, bank, options, fallbackCompetency)) {
            e.outcome = Outcome::NotImported;
            continue;
        }
        const Variant &first = cand.variants.front();
        const QString wanted
            = first.meta.present && !first.meta.id.isEmpty() ? first.meta.id : fromQtiIdentifier(e.qtiIdentifier);
        QString id = bankIdentifier(wanted);
        if (id.isEmpty()) {
            id = QStringLiteral("qti-item");
        }
        if (id != wanted) {
            e.messages.append(QtiText::tr("id %1 renamed %2 (letters, digits, '.', '_', '-')").arg(wanted, id));
        }
        if (const int existing = bank.indexOf(id); existing >= 0) {
            const SourcePosition &pos = bank.items[static_cast<std::size_t>(existing)].source;
            e.outcome = Outcome::NotImported;
            e.messages = {QtiText::tr("the bank already has an item %1 (%2:%3): not overwritten")
                              .arg(id, QDir(bank.rootPath).relativeFilePath(pos.file))
                              .arg(pos.line)};
            continue;
        }
        if (newIds.contains(id)) {
            e.outcome = Outcome::NotImported;
            e.messages = {QtiText::tr("another item of the package has the id %1").arg(id)};
            continue;
        }
        newIds.insert(id);
        cand.item.id = id;
        e.itemId = id;
        e.type = itemTypeName(cand.item.content.type);
        e.outcome = Outcome::Imported;
    }

    // Pictures: copied into the bank's images/ folder under a new name (or the name of the same
    // picture already there).
    const QString imagesDir = QDir(root).filePath(QStringLiteral("images"));
    QSet<QString> takenImages;
    for (Candidate &cand : candidates) {
        if (cand.entry.outcome == Outcome::NotImported) {
            continue;
        }
        const Variant *primary = nullptr;
        for (const Variant &v : cand.variants) {
            if (!v.failed && (!primary || bankLanguage(v, bank) == bank.defaultLanguage)) {
                primary = &v;
            }
        }
        if (!primary || primary->imageHref.isEmpty()) {
            continue;
        }
        auto leave = [&](const QString &why) {
            cand.entry.messages.append(
                at(primary->imageLine, QtiText::tr("picture %1 left out: %2").arg(primary->imageHref, why)));
            cand.item.content.imageAlt.clear();
        };
        const QString href = QUrl::fromPercentEncoding(primary->imageHref.section(QLatin1Char('?'), 0, 0).toUtf8());
        const QString suffix = QFileInfo(href).suffix().toLower();
        if (href.contains(QLatin1String("://")) || href.startsWith(QLatin1String("data:"))) {
            leave(QtiText::tr("it is not in the package"));
            continue;
        }
        if (suffix != QLatin1String("png") && suffix != QLatin1String("jpg") && suffix != QLatin1String("jpeg")
            && suffix != QLatin1String("svg")) {
            leave(QtiText::tr("AICET shows PNG, JPEG and SVG pictures only"));
            continue;
        }
        const QString dir = QFileInfo(primary->file).path();
        const QString name = QDir::cleanPath(dir == QLatin1String(".") ? href : dir + QLatin1Char('/') + href);
        QString error;
        const auto bytes = io::isSafeZipName(name) ? source->read(name, kMaxImageBytes, &error) : std::nullopt;
        if (!bytes) {
            leave(io::isSafeZipName(name) ? error : QtiText::tr("it leads outside the package"));
            continue;
        }
        // The same picture already in the bank (a second import, or two items sharing it).
        QString target;
        QDirIterator existing(imagesDir, QDir::Files | QDir::NoSymLinks);
        while (existing.hasNext() && target.isEmpty()) {
            const QString path = existing.next();
            QFile f(path);
            if (existing.fileInfo().size() == bytes->size() && f.open(QIODevice::ReadOnly) && f.readAll() == *bytes) {
                target = QStringLiteral("images/") + existing.fileName();
            }
        }
        for (const Candidate &other : candidates) {
            if (target.isEmpty() && &other != &cand && other.imageBytes == *bytes && !other.imageName.isEmpty()) {
                target = other.imageName;
            }
        }
        if (target.isEmpty()) {
            QString base = bankIdentifier(QFileInfo(href).completeBaseName());
            if (base.isEmpty()) {
                base = cand.item.id;
            }
            const QString file = uniqueName(imagesDir, base, QLatin1Char('.') + suffix, takenImages);
            takenImages.insert(file);
            target = QStringLiteral("images/") + file;
            cand.imageBytes = *bytes;
        }
        cand.imageName = target;
        cand.item.content.imageFile = target;
    }

    // The item file: a new file under items/, checked by the loader in a copy of the bank; an item
    // the loader refuses is left out (first without its IRT parameters, if it had some).
    QString base = bankIdentifier(QStringLiteral("qti-") + packageInfo.completeBaseName());
    const QString itemsDir = QDir(root).filePath(QStringLiteral("items"));
    if (!options.dryRun && !QDir().mkpath(itemsDir)) {
        result.error = QtiText::tr("%1: cannot create the folder").arg(itemsDir);
        return result;
    }
    const QString fileName = uniqueName(itemsDir, base, QStringLiteral(".yaml"), {});
    result.itemsFile = QDir(bankFolder).filePath(QStringLiteral("items/") + fileName);
    QTemporaryDir check;
    if (!check.isValid()) {
        result.error = QtiText::tr("no temporary folder to check the items in: %1").arg(check.errorString());
        return result;
    }
    {
        QString error;
        if (!copyTree(root, check.path(), &error)) {
            result.error = error;
            return result;
        }
    }
    const std::set<DiagnosticKey> baseline = errorKeys(before, root);
    QByteArray yaml;
    std::vector<std::pair<int, Candidate *>> lines; // first line of each item in the file
    std::map<Candidate *, QStringList> warnings; // the loader's warnings about the items, last round
    for (int round = 0; round < 1000; ++round) {
        warnings.clear();
        QSet<QString> known;
        for (const BankItem &i : bank.items) {
            known.insert(i.id);
        }
        for (const Candidate &cand : candidates) {
            if (cand.entry.outcome != Outcome::NotImported) {
                known.insert(cand.item.id);
            }
        }
        yaml = QStringLiteral("# Imported from the QTI 3.0 package %1 by aicet-cli bank import-qti.\n"
                              "# Review each item (texts, explanation, competency), then set its status.\n"
                              "items:\n")
                   .arg(packageInfo.fileName())
                   .toUtf8();
        lines.clear();
        for (Candidate &cand : candidates) {
            if (cand.entry.outcome == Outcome::NotImported) {
                continue;
            }
            QStringList enemies;
            for (const QString &enemy : cand.variants.front().meta.enemies) {
                if (known.contains(enemy) && enemy != cand.item.id) {
                    enemies.append(enemy);
                }
            }
            cand.item.enemies = enemies;
            lines.emplace_back(static_cast<int>(yaml.count('\n')) + 1, &cand);
            yaml += itemYaml(bank, cand.item);
        }
        if (lines.empty()) {
            break;
        }
        QString error;
        for (const Candidate &cand : candidates) {
            if (cand.entry.outcome != Outcome::NotImported && !cand.imageBytes.isEmpty()) {
                const QString path = QDir(check.path()).filePath(cand.imageName);
                QDir().mkpath(QFileInfo(path).absolutePath());
                if (!saveFile(path, cand.imageBytes, &error)) {
                    result.error = error;
                    return result;
                }
            }
        }
        const QString checkedFile = QDir(check.path()).filePath(QStringLiteral("items/") + fileName);
        QDir().mkpath(QFileInfo(checkedFile).absolutePath());
        if (!saveFile(checkedFile, yaml, &error)) {
            result.error = error;
            return result;
        }
        const BankLoadResult after = loadBank(check.path());
        std::map<Candidate *, QStringList> refused;
        QStringList unplaced;
        for (const Diagnostic &d : after.diagnostics) {
            const QString file = QDir(check.path()).relativeFilePath(QFileInfo(d.file).absoluteFilePath());
            Candidate *owner = nullptr;
            for (const auto &[first, cand] : lines) {
                if ((!d.itemId.isEmpty() && d.itemId == cand->item.id)
                    || (d.itemId.isEmpty() && d.file == checkedFile && d.line >= first)) {
                    owner = cand;
                }
            }
            if (!d.isError()) {
                if (owner) {
                    warnings[owner].append(QtiText::tr("bank validate warns: %1").arg(d.message));
                }
                continue;
            }
            if (baseline.count({file, d.line, d.message})) {
                continue;
            }
            if (owner) {
                refused[owner].append(d.message);
            } else {
                unplaced.append(d.toString());
            }
        }
        if (!unplaced.isEmpty()) {
            result.error
                = QtiText::tr("the imported items make the bank unusable: %1").arg(unplaced.join(QStringLiteral("; ")));
            return result;
        }
        if (refused.empty()) {
            break;
        }
        for (auto &[cand, messages] : refused) {
            if (cand->item.hasParameters && !cand->irtDropped) {
                cand->item.hasParameters = false;
                cand->irtDropped = true;
                cand->entry.messages.append(
                    QtiText::tr("IRT parameters left out: %1").arg(messages.join(QStringLiteral("; "))));
            } else {
                cand->entry.outcome = Outcome::NotImported;
                cand->entry.messages
                    = {QtiText::tr("the bank format refuses it: %1").arg(messages.join(QStringLiteral("; ")))};
                cand->entry.itemId.clear();
            }
        }
    }
    for (auto &[cand, messages] : warnings) {
        if (cand->entry.outcome != Outcome::NotImported) {
            cand->entry.messages.append(messages);
        }
    }
    for (Candidate &cand : candidates) {
        if (cand.entry.outcome == Outcome::Imported && !cand.entry.messages.isEmpty()) {
            cand.entry.outcome = Outcome::ImportedWithRemarks;
        }
        result.entries.push_back(cand.entry);
    }
    std::stable_sort(result.entries.begin(), result.entries.end(),
        [](const ImportEntry &a, const ImportEntry &b) { return std::tie(a.file, a.line) < std::tie(b.file, b.line); });
    if (lines.empty()) {
        result.itemsFile.clear();
        return result;
    }

    // Into the bank: pictures first, then the item file; on a failure, whatever was written is
    // removed again.
    QStringList imageNames;
    for (const auto &[first, cand] : lines) {
        if (!cand->imageBytes.isEmpty() && !imageNames.contains(cand->imageName)) {
            imageNames.append(cand->imageName);
        }
    }
    if (options.dryRun) {
        result.imageFiles = imageNames;
        return result;
    }
    QStringList written;
    auto rollback = [&] {
        for (const QString &path : written) {
            QFile::remove(path);
        }
    };
    if (!imageNames.isEmpty() && !QDir().mkpath(imagesDir)) {
        result.error = QtiText::tr("%1: cannot create the folder").arg(imagesDir);
        return result;
    }
    for (const auto &[first, cand] : lines) {
        if (cand->imageBytes.isEmpty() || result.imageFiles.contains(cand->imageName)) {
            continue;
        }
        const QString path = QDir(root).filePath(cand->imageName);
        QString error;
        if (QFileInfo::exists(path)) {
            error = QtiText::tr("%1 appeared during the import: not overwritten").arg(path);
        }
        if (!error.isEmpty() || !saveFile(path, cand->imageBytes, &error)) {
            rollback();
            result.error = error;
            return result;
        }
        written.append(path);
        result.imageFiles.append(cand->imageName);
    }
    QString error;
    if (QFileInfo::exists(result.itemsFile)) {
        error = QtiText::tr("%1 appeared during the import: not overwritten").arg(result.itemsFile);
    }
    if (!error.isEmpty() || !saveFile(result.itemsFile, yaml, &error)) {
        rollback();
        result.error = error;
        return result;
    }
    return result;
}

} // namespace aicet::qti
