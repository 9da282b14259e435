#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace aicet {

/// Writes `bytes` to `path` whole or not at all: into a temporary file beside it, flushed, then
/// renamed over `path` (QSaveFile). On failure (a full disk, a folder that cannot be written)
/// returns false with `error` naming the file and the reason; whatever was at `path` before is
/// left as it was.
bool saveFile(const QString &path, const QByteArray &bytes, QString *error);

class SaveFileText
{
    Q_DECLARE_TR_FUNCTIONS(SaveFile)
};

} // namespace aicet
