#include "bank/Diagnostic.h"

#include <algorithm>

namespace aicet {

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QStringLiteral(":%1:%2").arg(line).arg(std::max(column, 1));
    }
    return QStringLiteral("%1: %2: %3")
        .arg(where, isError() ? QStringLiteral("error") : QStringLiteral("warning"), message);
}

QJsonObject Diagnostic::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("severity"), isError() ? QStringLiteral("error") : QStringLiteral("warning"));
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("line"), line);
    o.insert(QStringLiteral("column"), column);
    if (!itemId.isEmpty()) {
        o.insert(QStringLiteral("item"), itemId);
    }
    o.insert(QStringLiteral("message"), message);
    return o;
}

bool hasErrors(const std::vector<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) { return d.isError(); });
}

} // namespace aicet
