#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

namespace aicet {

/// A problem found in a bank, with where it is. Errors make a bank unusable; warnings do not.
struct Diagnostic
{
    enum class Severity : unsigned char { Warning, Error };

    Severity severity = Severity::Error;
    QString file;
    int line = 0; ///< 1-based; 0 when the problem concerns the whole file
    int column = 0; ///< 1-based
    QString itemId; ///< the item concerned, if any
    QString message;

    bool isError() const { return severity == Severity::Error; }
    /// "file:line:column: error: message", the form compilers use and editors jump to.
    QString toString() const;
    QJsonObject toJson() const;
};

bool hasErrors(const std::vector<Diagnostic> &diagnostics);

} // namespace aicet
