#pragma once

#include "bank/ItemBank.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace aicet::cli {

/// Loads the bank given to --bank: a bank folder (or its bank.yaml), or a parameter CSV
/// (id,a,b,c,d[,domain]). On failure returns
/// nothing and fills `errors` with every problem found, each with its position.
std::optional<ItemBank> loadBank(const QString &path, QStringList *errors);

} // namespace aicet::cli
