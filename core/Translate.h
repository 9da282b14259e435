#pragma once

#include <QCoreApplication>

namespace aicet {

// The translation contexts of the code that is not a QObject. Messages are written
// `BankText::tr("…")`, so that lupdate files each one under the context it is looked up in at run
// time (a free tr() function would be filed under whatever class or namespace encloses the call).
struct BankText
{
    Q_DECLARE_TR_FUNCTIONS(aicet::bank)
};
struct YamlText
{
    Q_DECLARE_TR_FUNCTIONS(aicet::yaml)
};
struct CatText
{
    Q_DECLARE_TR_FUNCTIONS(aicet::cat)
};
struct IrtText
{
    Q_DECLARE_TR_FUNCTIONS(aicet::irt)
};
struct IoText
{
    Q_DECLARE_TR_FUNCTIONS(aicet::io)
};
struct CalibrationText
{
    Q_DECLARE_TR_FUNCTIONS(aicet::calibration)
};
struct ReportsText
{
    Q_DECLARE_TR_FUNCTIONS(aicet::reports)
};

} // namespace aicet
