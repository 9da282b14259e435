#pragma once

#include "bank/ItemBank.h"
#include "cat/ResponseMatrix.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace aicet::io {

/// Reads an item bank from a parameter CSV, the import format shared with catR and mirt users:
/// header `id,a,b,c,d` with an optional `domain` column, one logistic item per line
/// (P = c + (d − c) / (1 + exp(−D·a·(θ − b))), D = 1). The model is 2PL when c = 0 and d = 1,
/// 3PL when d = 1, 4PL otherwise; domains become the bank's dimensions. On failure returns
/// nothing and sets `errors` to every problem found, each as "file:line: message".
std::optional<ItemBank> readParameterCsv(const QString &path, QStringList *errors);

/// Reads a person × item response matrix: header `person` then item ids of the bank (any order,
/// any subset), one row per person, a response category per cell, empty (or NA) when the item
/// was not administered.
std::optional<cat::ResponseMatrix> readResponseMatrix(const QString &path, const ItemBank &bank, QStringList *errors);

struct Abilities
{
    std::vector<QString> ids;
    std::vector<double> theta;
};

/// Reads true abilities for a simulation: a header (for instance `sim_id,theta`), then an id
/// and a θ per line.
std::optional<Abilities> readAbilities(const QString &path, QStringList *errors);

} // namespace aicet::io
