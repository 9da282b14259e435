#include "bank/ItemBank.h"

namespace aicet {

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
}

} // namespace aicet
