#include "BankLoading.h"

#include "io/CsvFormats.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace aicet::cli {

std::optional<ItemBank> loadBank(const QString &path, QStringList *errors)
{
    const QFileInfo info(path);
    if (info.isDir() || path.endsWith(QLatin1String(".yaml")) || path.endsWith(QLatin1String(".yml"))) {
        errors->clear();
        errors->append(QCoreApplication::translate("aicet::cli",
            "%1: YAML bank folders cannot be read by this version of aicet-cli yet; "
            "give a parameter CSV (id,a,b,c,d[,domain])")
                           .arg(path));
        return std::nullopt;
    }
    return io::readParameterCsv(path, errors);
}

} // namespace aicet::cli
