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

/// Copies a folder with its sub-folders (a bank with its items and pictures), each copy writable
/// by its owner; false when a file cannot be copied.
bool copyFolder(const QString &from, const QString &to);

/// The 300-item conformance bank (tests/data/conformance/bank_3pl_300.csv); fails the test if absent.
ItemBank conformanceBank();

/// A CSV file as rows of column name → text (with the 1-based line under "__line").
std::vector<QHash<QString, QString>> readCsvRows(const QString &path);

/// Splits "1;2;3" into integers.
std::vector<int> splitInts(const QString &text);

/// A small bank for engine tests: n 2PL items with b spread over [−3, 3], round-robin over
/// `dimensions` dimensions named D1, D2, …
ItemBank syntheticBank(int n, int dimensions = 1);

/// The PostgreSQL server of the test run ($AICET_TEST_PGURL, started by ./aicet.sh test), or empty.
QString postgresUrl();

/// A new, empty database `name` on the test run's PostgreSQL server (dropped first if it
/// exists), so that test executables running in parallel never share tables. Returns its URL, or
/// an empty string with `error` set.
QString freshPostgresDatabase(const QString &name, QString *error);

} // namespace aicet::test
