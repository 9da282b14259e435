#include "bank/ItemBank.h"

#include <array>

namespace aicet {
namespace {

constexpr std::array<std::pair<const char *, ItemType>, 7> kTypeNames = {{
    {"single_choice", ItemType::SingleChoice},
    {"multiple_response", ItemType::MultipleResponse},
    {"true_false", ItemType::TrueFalse},
    {"ordering", ItemType::Ordering},
    {"matching", ItemType::Matching},
    {"numeric", ItemType::Numeric},
    {"short_text", ItemType::ShortText},
}};

} // namespace

QString localized(const LocalizedText &text, const QString &language, const QString &fallback)
{
    if (const auto it = text.constFind(language); it != text.constEnd() && !it->isEmpty()) {
        return *it;
    }
    if (const auto it = text.constFind(fallback); it != text.constEnd() && !it->isEmpty()) {
        return *it;
    }
    return text.isEmpty() ? QString() : text.first();
}

bool parseItemStatus(const QString &text, ItemStatus *status)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("draft")) {
        *status = ItemStatus::Draft;
    } else if (t == QLatin1String("pilot")) {
        *status = ItemStatus::Pilot;
    } else if (t == QLatin1String("operational")) {
        *status = ItemStatus::Operational;
    } else if (t == QLatin1String("retired")) {
        *status = ItemStatus::Retired;
    } else {
        return false;
    }
    return true;
}

QString itemStatusName(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Draft:
        return QStringLiteral("draft");
    case ItemStatus::Pilot:
        return QStringLiteral("pilot");
    case ItemStatus::Operational:
        return QStringLiteral("operational");
    case ItemStatus::Retired:
        return QStringLiteral("retired");
    }
    return {};
}

bool parseItemType(const QString &text, ItemType *type)
{
    for (const auto &[name, value] : kTypeNames) {
        if (text == QLatin1String(name)) {
            *type = value;
            return true;
        }
    }
    return false;
}

QString itemTypeName(ItemType type)
{
    for (const auto &[name, value] : kTypeNames) {
        if (value == type) {
            return QLatin1String(name);
        }
    }
    return {};
}

QStringList itemTypeNames()
{
    QStringList names;
    for (const auto &entry : kTypeNames) {
        names.append(QLatin1String(entry.first));
    }
    return names;
}

void ItemBank::reindex()
{
    m_itemIndex.clear();
    m_itemIndex.reserve(static_cast<qsizetype>(items.size()));
    for (int i = 0; i < size(); ++i) {
        m_itemIndex.insert(items[static_cast<std::size_t>(i)].id, i);
    }
    m_dimensionIndex.clear();
    for (int i = 0; i < static_cast<int>(dimensions.size()); ++i) {
        m_dimensionIndex.insert(dimensions[static_cast<std::size_t>(i)].id, i);
    }
    m_competencyIndex.clear();
    for (int i = 0; i < static_cast<int>(competencies.size()); ++i) {
        m_competencyIndex.insert(competencies[static_cast<std::size_t>(i)].id, i);
    }
}

const Level *ItemBank::level(const QString &levelId) const
{
    for (const Level &l : levels) {
        if (l.id == levelId) {
            return &l;
        }
    }
    return nullptr;
}

QStringList idsOf(const std::vector<Choice> &choices)
{
    QStringList ids;
    for (const Choice &c : choices) {
        ids.append(c.id);
    }
    return ids;
}

QStringList ItemContent::allImageFiles() const
{
    QStringList files;
    if (!imageFile.isEmpty()) {
        files.append(imageFile);
    }
    for (const QString &file : imageFiles) {
        if (!file.isEmpty() && !files.contains(file)) {
            files.append(file);
        }
    }
    return files;
}

} // namespace aicet
