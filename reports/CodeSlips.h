#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace aicet::reports {

/// One pupil's slip: who, which class, the personal code they type.
struct CodeSlip
{
    QString name;
    QString className;
    QString code;
};

/// The code slips of a class (A4 PDF): ten slips per page in two columns, with dashed lines to cut
/// along; each gives the pupil's name and class, the test's code when given (`sittingCode`), and
/// the personal code in large characters that cannot be mistaken for one another. `language`: fr
/// or en. Returns the PDF, or nothing with `error`.
QByteArray renderCodeSlips(
    const std::vector<CodeSlip> &slips, const QString &sittingCode, const QString &language, QString *error);

} // namespace aicet::reports
