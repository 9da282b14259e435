#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <deque>
#include <optional>
#include <vector>

namespace aicet::io {

/// Reads comma-separated records from a file, one at a time, without copying unquoted fields.
/// Accepts RFC 4180 quoting, CRLF line ends and a UTF-8 byte-order mark; skips blank lines.
/// Every error names the file and the 1-based line.
class CsvReader
{
public:
    /// Reads the whole file (at most `maxBytes`). Check errorString() when it returns false.
    bool open(const QString &path, qint64 maxBytes = qint64(1) << 30);

    /// The next record's fields, valid until the next call. Returns false at the end of the file
    /// or on a malformed record (errorString() then says where).
    bool next(std::vector<QByteArrayView> *fields);

    /// 1-based line of the record last returned.
    int line() const { return m_recordLine; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    bool hasError() const { return !m_error.isEmpty(); }

    /// "path:line: message", for errors found while interpreting the current record.
    QString located(const QString &message) const;

private:
    QString m_path;
    QByteArray m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
    std::deque<QByteArray> m_unquoted;
};

/// Parses a whole field as a finite double (surrounding spaces allowed).
std::optional<double> parseDouble(QByteArrayView field);
/// Parses a whole field as an integer (surrounding spaces allowed).
std::optional<long long> parseInteger(QByteArrayView field);
/// The field without surrounding spaces, as text.
QString fieldText(QByteArrayView field);

} // namespace aicet::io
