#pragma once

#include <QString>

namespace aicet::io {

/// Quotes a CSV field when it holds the separator, a quote or a line break.
QString csvField(const QString &text, QChar separator = QLatin1Char(','));
/// A text cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is
/// shown as text with a leading apostrophe (OWASP, "CSV injection"); numbers written by the
/// program never pass through here, so that −0.53 stays a number.
QString neutralised(const QString &text);
/// A text cell of a CSV: neutralised, then quoted when it must be.
QString textField(const QString &text, QChar separator = QLatin1Char(','));
/// A number for a CSV cell, to round-trip precision ("inf", "-inf", "nan" when not finite).
QString formatNumber(double value);

} // namespace aicet::io
