#include "io/SaveFile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace aicet {

bool saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    if (QFileInfo(path).isDir()) {
        *error = SaveFileText::tr("%1 is a folder").arg(path);
        return false;
    }
    QSaveFile file(path);
    // Unbuffered: a buffered write that fails only when the buffer is flushed at commit() (a full
    // disk) is not reported by QSaveFile in Qt 6.4, which would then commit an empty file.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = SaveFileText::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || file.error() != QFileDevice::NoError || !file.commit()) {
        *error = SaveFileText::tr("%1: cannot write: %2 (nothing was written)").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace aicet
