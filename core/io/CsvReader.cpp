#include "io/CsvReader.h"

#include "Translate.h"
#include "io/UserFile.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <charconv>
#include <cmath>

namespace aicet::io {
namespace {

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t')) {
        v = v.sliced(1);
    }
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t')) {
        v.chop(1);
    }
    return v;
}

} // namespace

bool CsvReader::open(const QString &path, qint64 maxBytes)
{
    m_path = path;
    m_error.clear();
    m_pos = 0;
    m_line = 1;
    QFileInfo info(path);
    if (!info.exists()) {
        m_error = IoText::tr("%1: no such file").arg(path);
        return false;
    }
    if (info.isDir()) {
        m_error = IoText::tr("%1: is a folder, not a CSV file").arg(path);
        return false;
    }
    // A device or a pipe is refused, not read: /dev/zero would never end, a pipe could block.
    auto data = readUserFile(path, maxBytes, &m_error);
    if (!data) {
        return false;
    }
    m_data = std::move(*data);
    if (m_data.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
    }
    if (m_data.contains('\0')) {
        m_error = IoText::tr("%1: binary data, not a CSV text file").arg(path);
        return false;
    }
    return true;
}

QString CsvReader::located(const QString &message) const
{
    return QStringLiteral("%1:%2: %3").arg(m_path).arg(m_recordLine).arg(message);
}

bool CsvReader::next(std::vector<QByteArrayView> *fields)
{
    fields->clear();
    m_unquoted.clear();
    const qsizetype size = m_data.size();
    const char *data = m_data.constData();
    // Skip blank lines.
    while (m_pos < size && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\n') {
            ++m_line;
        }
        ++m_pos;
    }
    if (m_pos >= size || !m_error.isEmpty()) {
        return false;
    }
    m_recordLine = m_line;
    for (;;) {
        if (m_pos < size && data[m_pos] == '"') {
            QByteArray value;
            ++m_pos;
            for (;;) {
                if (m_pos >= size) {
                    m_error = located(IoText::tr("unterminated quoted field"));
                    return false;
                }
                const char ch = data[m_pos++];
                if (ch == '"') {
                    if (m_pos < size && data[m_pos] == '"') {
                        value.append('"');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                if (ch == '\n') {
                    ++m_line;
                }
                value.append(ch);
            }
            m_unquoted.push_back(std::move(value));
            fields->push_back(QByteArrayView(m_unquoted.back()));
            if (m_pos < size && data[m_pos] != ',' && data[m_pos] != '\n' && data[m_pos] != '\r') {
                m_error = located(IoText::tr("unexpected text after a quoted field"));
                return false;
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != ',' && data[m_pos] != '\n' && data[m_pos] != '\r') {
                ++m_pos;
            }
            fields->push_back(QByteArrayView(data + start, m_pos - start));
        }
        if (m_pos < size && data[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        // End of record.
        if (m_pos < size && data[m_pos] == '\r') {
            ++m_pos;
        }
        if (m_pos < size && data[m_pos] == '\n') {
            ++m_pos;
            ++m_line;
        }
        return true;
    }
}

std::optional<double> parseDouble(QByteArrayView field)
{
    QByteArrayView v = trimmed(field);
    if (!v.isEmpty() && v.front() == '+') {
        v = v.sliced(1);
    }
    if (v.isEmpty()) {
        return std::nullopt;
    }
    double value = 0.0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
    if (ec != std::errc() || end != v.data() + v.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::optional<long long> parseInteger(QByteArrayView field)
{
    QByteArrayView v = trimmed(field);
    if (!v.isEmpty() && v.front() == '+') {
        v = v.sliced(1);
    }
    if (v.isEmpty()) {
        return std::nullopt;
    }
    long long value = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
    if (ec != std::errc() || end != v.data() + v.size()) {
        return std::nullopt;
    }
    return value;
}

QString fieldText(QByteArrayView field)
{
    return QString::fromUtf8(trimmed(field));
}

} // namespace aicet::io
