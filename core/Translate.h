#pragma once

#include <QCoreApplication>

namespace aicet {

// The translation contexts of the code that is not a QObject. Messages are written
// `BankText::tr("…")`, so that lupdate files each one under the context it is looked up in at run
// time (a free tr() function would be filed under whatever class or namespace encloses the call):
// each context is its struct's name, as lupdate names it.
struct BankText
{
    Q_DECLARE_TR_FUNCTIONS(BankText)
};
struct YamlText
{
    Q_DECLARE_TR_FUNCTIONS(YamlText)
};
struct CatText
{
    Q_DECLARE_TR_FUNCTIONS(CatText)
};
struct IrtText
{
    Q_DECLARE_TR_FUNCTIONS(IrtText)
};
struct IoText
{
    Q_DECLARE_TR_FUNCTIONS(IoText)
};
struct CalibrationText
{
    Q_DECLARE_TR_FUNCTIONS(CalibrationText)
};
struct ReportsText
{
    Q_DECLARE_TR_FUNCTIONS(ReportsText)
};

} // namespace aicet
