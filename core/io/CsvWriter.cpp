#include "io/CsvWriter.h"

#include <cmath>

namespace aicet::io {

QString csvField(const QString &text, QChar separator)
{
    if (!text.contains(separator) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// A text cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is
// shown as text with a leading apostrophe (OWASP, "CSV injection"). Numbers are written by this
// program and never pass through here, so that −0.53 stays a number.
QString neutralised(const QString &text)
{
    // Also after leading spaces or line breaks (some spreadsheets skip them), and the full-width
    // forms of = + - @ that some read as the ASCII ones.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20");
    qsizetype first = 0;
    while (first < text.size() && (text[first] == QLatin1Char(' ') || text[first] == QChar(0x00A0))) {
        ++first;
    }
    return first < text.size() && formulaStarts.contains(text[first]) ? QLatin1Char('\'') + text : text;
}

QString textField(const QString &text, QChar separator)
{
    return csvField(neutralised(text), separator);
}

QString formatNumber(double value)
{
    if (!std::isfinite(value)) {
        return value > 0 ? QStringLiteral("inf") : value < 0 ? QStringLiteral("-inf") : QStringLiteral("nan");
    }
    return QString::number(value, 'g', 15);
}

} // namespace aicet::io
