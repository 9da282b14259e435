#pragma once

#include "irt/ItemModel.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace aicet {

/// Only operational items are scored; pilot items may be given unscored for later calibration.
enum class ItemStatus : unsigned char { Draft, Pilot, Operational, Retired };

bool parseItemStatus(const QString &text, ItemStatus *status);
QString itemStatusName(ItemStatus status);

struct BankItem
{
    QString id;
    irt::ItemParameters irt;
    /// Index into ItemBank::dimensions, or −1 when the item has no dimension.
    int dimension = -1;
    ItemStatus status = ItemStatus::Operational;
    /// Ids of items that must never appear in the same test as this one.
    QStringList enemies;
    /// Sympson–Hetter exposure-control parameter: the probability that the item is given once
    /// the selection rule has chosen it (1 = no control).
    double exposureControl = 1.0;
};

struct Dimension
{
    QString id;
    QString name;
};

/// An item bank as the adaptive engine sees it: items with their IRT parameters and the
/// metadata that constrains selection. Built by a reader, then read-only.
class ItemBank
{
public:
    QString id;
    QString title;
    QString version;
    /// Scaling constant D of the logistic models, a property of the bank (default 1).
    double scalingConstant = 1.0;
    std::vector<Dimension> dimensions;
    std::vector<BankItem> items;
    /// Cut scores on θ between reported levels, ascending; levelNames has one more entry.
    std::vector<double> levelCuts;
    QStringList levelNames;

    /// Rebuilds the id lookup; call after changing `items` or `dimensions`.
    void reindex();
    /// Index of the item with this id, or −1.
    int indexOf(const QString &itemId) const { return m_itemIndex.value(itemId, -1); }
    /// Index of the dimension with this id, or −1.
    int dimensionIndex(const QString &dimensionId) const { return m_dimensionIndex.value(dimensionId, -1); }
    int size() const { return static_cast<int>(items.size()); }

private:
    QHash<QString, int> m_itemIndex;
    QHash<QString, int> m_dimensionIndex;
};

} // namespace aicet
