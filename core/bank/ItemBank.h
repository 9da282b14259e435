#pragma once

#include "cat/TestSpecification.h"
#include "irt/ItemModel.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

namespace aicet {

/// A text in each of the bank's languages (language code → text). Ordered, so that anything
/// derived from it (the content hash, exports) does not depend on insertion order.
using LocalizedText = QMap<QString, QString>;

/// The text in `language`, else in `fallback`, else any.
QString localized(const LocalizedText &text, const QString &language, const QString &fallback = QString());

/// Only operational items are scored; pilot items may be given unscored for later calibration.
enum class ItemStatus : unsigned char { Draft, Pilot, Operational, Retired };

bool parseItemStatus(const QString &text, ItemStatus *status);
QString itemStatusName(ItemStatus status);

enum class ItemType : unsigned char {
    SingleChoice,
    MultipleResponse,
    TrueFalse,
    Ordering,
    Matching,
    Numeric,
    ShortText,
};

bool parseItemType(const QString &text, ItemType *type);
QString itemTypeName(ItemType type);
QStringList itemTypeNames();

/// How a response is turned into a category: right or wrong, partial credit 0 … max (right
/// options minus wrong ones, ordered neighbours, right pairs), or one mistake: 2 when all is
/// right, 1 for exactly one mistake, 0 otherwise.
enum class Scoring : unsigned char { AllOrNothing, Partial, OneMistake };

/// An option, an element to order, a premise or a response to match.
struct Choice
{
    QString id;
    LocalizedText text;
};

/// The ids of options, elements, premises or responses, in their order.
QStringList idsOf(const std::vector<Choice> &choices);

/// What the pupil sees and how the answer is keyed. Which fields are used depends on the type.
struct ItemContent
{
    ItemType type = ItemType::SingleChoice;
    LocalizedText stem;
    LocalizedText explanation;
    std::vector<Choice> options; ///< single_choice, multiple_response
    std::vector<Choice> elements; ///< ordering
    std::vector<Choice> premises; ///< matching
    std::vector<Choice> responses; ///< matching
    /// single_choice: the right option; multiple_response: the right options; ordering: the
    /// element ids in the right order.
    QStringList key;
    QMap<QString, QString> matchingKey; ///< premise id → response id
    bool trueFalseKey = true;
    double numericKey = 0.0;
    double tolerance = 0.0; ///< absolute
    LocalizedText unit;
    QMap<QString, QStringList> accepted; ///< short_text: language → accepted answers
    int maxEdits = 0; ///< short_text: typos tolerated (Levenshtein distance)
    Scoring scoring = Scoring::AllOrNothing;
    bool shuffle = true; ///< present options, elements or responses in a random order
    QString imageFile; ///< relative to the bank folder; empty when none; the default language's
    /// language → picture, when each language has its own (its words translated); empty otherwise
    LocalizedText imageFiles;
    QByteArray imageSha256; ///< SHA-256 of the image's bytes, read when the bank is checked
    LocalizedText imageAlt;

    /// The picture shown in `language`.
    QString imageFileFor(const QString &language) const { return imageFiles.value(language, imageFile); }
    /// Every picture of the item, each once.
    QStringList allImageFiles() const;
};

/// Where something was read: the file and the 1-based line and column.
struct SourcePosition
{
    QString file;
    int line = 0;
    int column = 0;
};

struct BankItem
{
    QString id;
    irt::ItemParameters irt;
    bool hasParameters = true; ///< false for draft or pilot items without parameters yet
    /// Index into ItemBank::dimensions, or −1 when the item has no dimension.
    int dimension = -1;
    /// Index into ItemBank::competencies, or −1.
    int competency = -1;
    QString level; ///< progression level: understand, apply, create
    QStringList themes;
    ItemStatus status = ItemStatus::Operational;
    /// Ids of items that must never appear in the same test as this one.
    QStringList enemies;
    /// Sympson–Hetter exposure-control parameter: the probability that the item is given once
    /// the selection rule has chosen it (1 = no control).
    double exposureControl = 1.0;
    /// The probability of each response category when the item is answered at random (a random
    /// option, random ticks, a random order), from its content and scoring rule; empty for a bank
    /// of parameters only. The person-fit statistic's model of a random responder.
    std::vector<double> chance;
    ItemContent content;
    SourcePosition source;
};

struct Dimension
{
    QString id;
    LocalizedText name;
};

struct Competency
{
    QString id;
    LocalizedText name;
    int dimension = -1;
    QString level;
};

struct Theme
{
    QString id;
    LocalizedText name;
};

/// A reported level: θ from `from` (−∞ for the first) up to the next level's `from`.
struct Level
{
    QString id;
    LocalizedText name;
    LocalizedText description; ///< addressed to the pupil ("Tu…"), on the end page
    /// Said of the pupil ("Utilise…"), on the documents a family keeps; empty: the description.
    LocalizedText statement;
    double from = -std::numeric_limits<double>::infinity();
};

/// How θ is reported: score = mean + sd·θ, with an interval at the given confidence.
struct ReportingScale
{
    double mean = 500.0;
    double sd = 100.0;
    double confidence = 0.90;
    /// A dimension's level is reported only when its SE is at most this.
    double dimensionMaxSe = 0.6;
    /// A certificate needs an overall SE at most this.
    double certificateMaxSe = 0.45;
    /// A level is stated alone when the posterior gives it at least this probability; otherwise
    /// the two adjacent levels that hold it are stated together ("Compréhension or Mise en
    /// pratique"). A certificate needs a level stated alone.
    double levelConfidence = 0.80;
    /// The correlation between the abilities of two dimensions (from a multidimensional
    /// calibration). 1, the default, is the unidimensional model the parameters come from: the
    /// dimensions then measure one ability and no profile is reported.
    double dimensionCorrelation = 1.0;
};

/// An item bank: the items with their IRT parameters and content, the competence framework,
/// the reported levels and the default test settings. Built by a reader, then read-only.
class ItemBank
{
public:
    QString id;
    LocalizedText title;
    QString version;
    QStringList languages;
    QString defaultLanguage;
    LocalizedText authority;
    /// Who signs the documents for the authority, as printed under them ("Pour la Métropole, …");
    /// empty: no signatory block.
    LocalizedText signatory;
    /// A bank of parameters only (simulation, conformance): items need no content and the bank
    /// cannot be used for real sittings.
    bool parametersOnly = false;
    /// IRT parameters set from intended difficulty, not yet calibrated on responses.
    bool provisionalParameters = false;
    /// irt.guessing: chance. Items whose model has no lower asymptote get what chance gives: a
    /// right/wrong item becomes 3PL with c = its chance of a right answer (1/k for k options, 1/2
    /// for true or false), a partial-credit item gets chance floors (ItemParameters::floors). The
    /// provisional treatment of guessing until calibration estimates it.
    bool chanceGuessing = false;
    /// Scaling constant D of the logistic models, a property of the bank (default 1).
    double scalingConstant = 1.0;
    std::vector<Dimension> dimensions;
    std::vector<Competency> competencies;
    std::vector<Theme> themes;
    std::vector<BankItem> items;
    std::vector<Level> levels;
    /// Cut scores on θ between reported levels, ascending (the levels' `from`, but the first).
    std::vector<double> levelCuts;
    ReportingScale scale;
    /// The bank's default test settings.
    cat::TestSpecification defaultTest;
    /// SHA-256 of the bank's content, independent of file order and formatting (hex).
    QString contentHash;
    /// The folder the bank was read from (empty for an imported CSV).
    QString rootPath;

    /// Rebuilds the id lookups; call after changing `items`, `dimensions` or `competencies`.
    void reindex();
    /// Index of the item with this id, or −1.
    int indexOf(const QString &itemId) const { return m_itemIndex.value(itemId, -1); }
    /// Index of the dimension with this id, or −1.
    /// The reported level with this id, or nullptr.
    const Level *level(const QString &levelId) const;
    int dimensionIndex(const QString &dimensionId) const { return m_dimensionIndex.value(dimensionId, -1); }
    int competencyIndex(const QString &competencyId) const { return m_competencyIndex.value(competencyId, -1); }
    int size() const { return static_cast<int>(items.size()); }
    /// The bank title in a language (falling back to the default language).
    QString titleIn(const QString &language) const { return localized(title, language, defaultLanguage); }

private:
    QHash<QString, int> m_itemIndex;
    QHash<QString, int> m_dimensionIndex;
    QHash<QString, int> m_competencyIndex;
};

} // namespace aicet
