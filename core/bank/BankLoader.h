#pragma once

#include "bank/Diagnostic.h"
#include "bank/ItemBank.h"

#include <QString>

#include <vector>

namespace aicet {

struct BankLoadOptions
{
    qint64 maxFileBytes = 16 * 1024 * 1024; ///< per YAML file
    qint64 maxImageBytes = 2 * 1024 * 1024; ///< per image
    int maxFiles = 5000; ///< item files in a bank
};

struct BankLoadResult
{
    /// The bank as far as it could be read; use it only when usable().
    ItemBank bank;
    /// Every problem found, errors and warnings, in file order.
    std::vector<Diagnostic> diagnostics;

    bool usable() const { return !hasErrors(diagnostics); }
};

/// Reads a bank folder (bank.yaml and items/**/*.yaml) and checks it completely: YAML syntax,
/// unknown, missing or mistyped fields (with "did you mean"), duplicate ids across files, answer
/// keys that name no option, malformed ordering or matching keys, parameter ranges, scoring rules
/// that do not fit the IRT model, references to dimensions, competencies, themes and enemies,
/// every language present, images, and items that give almost no information. Never stops at the
/// first problem. Hostile files (huge, binary, deeply nested, with aliases) are refused with a
/// message, in bounded time and memory. See question-banks/FORMAT.md.
BankLoadResult loadBank(const QString &folder, const BankLoadOptions &options = {});

/// SHA-256 (hex) of everything in the bank that matters for a result — metadata, framework,
/// levels, default test settings and every item's content, key and parameters — serialised in a
/// canonical order, so it does not depend on file names, file order, key order or formatting.
QString computeContentHash(const ItemBank &bank);

/// The name of the file, in a bank's folder, that holds its Sympson–Hetter exposure parameters.
inline constexpr char kExposureFileName[] = "exposure.yaml";

/// The content hash of the bank with every exposure parameter at 1 and exposure control off: what
/// exposure parameters are computed for (exposure.yaml records it).
QString exposureBasisHash(const ItemBank &bank);

} // namespace aicet
