#pragma once

#include "bank/ItemBank.h"

#include <QHash>
#include <QString>

#include <vector>

namespace aicet::test {

/// Absolute path of a file under tests/data (never relative to the working directory).
QString dataPath(const QString &relative);

/// Absolute path of a file of the source tree.
QString sourcePath(const QString &relative);

/// The 300-item conformance bank (tests/data/conformance/bank_3pl_300.csv); fails the test if absent.
ItemBank conformanceBank();

/// A CSV file as rows of column name → text (with the 1-based line under "__line").
std::vector<QHash<QString, QString>> readCsvRows(const QString &path);

/// Splits "1;2;3" into integers.
std::vector<int> splitInts(const QString &text);

/// A small bank for engine tests: n 2PL items with b spread over [−3, 3], round-robin over
/// `dimensions` dimensions named D1, D2, …
ItemBank syntheticBank(int n, int dimensions = 1);

} // namespace aicet::test
