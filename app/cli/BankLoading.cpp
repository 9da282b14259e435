#include "BankLoading.h"

#include "CliOptions.h"
#include "bank/BankLoader.h"
#include "io/CsvFormats.h"

#include <QFileInfo>

namespace aicet::cli {

std::optional<ItemBank> loadBank(const QString &path, QStringList *errors)
{
    errors->clear();
    const QFileInfo info(path);
    if (info.isFile() && info.fileName() == QLatin1String("bank.yaml")) {
        return loadBank(info.absolutePath(), errors);
    }
    if (!info.isDir()) {
        return io::readParameterCsv(path, errors);
    }
    BankLoadResult result = aicet::loadBank(path);
    if (!result.usable()) {
        for (const Diagnostic &d : result.diagnostics) {
            if (d.isError()) {
                errors->append(d.toString());
            }
        }
        return std::nullopt;
    }
    return std::move(result.bank);
}

} // namespace aicet::cli
