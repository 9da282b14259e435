#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace aicet::io {

/// Opens for reading a file that a person named (on the command line, in a dialog, in a bank
/// folder): only a regular file, after following symbolic links; never a device, a pipe, a socket
/// or a folder. The type is checked before opening (opening a pipe would wait for a writer) and
/// again on the open descriptor (the name could have been swapped in between). Returns the open
/// descriptor (close-on-exec; the caller closes it), or -1 with `error` naming the file and the
/// reason.
int openUserFile(const QString &path, QString *error);

/// Reads the whole of such a file, refusing it when it holds more than `maxBytes`: at most
/// `maxBytes` + 1 bytes are ever read, so a file that grows while it is read cannot exhaust memory.
/// On failure returns nothing, with `error` naming the file and the reason.
std::optional<QByteArray> readUserFile(const QString &path, qint64 maxBytes, QString *error);

} // namespace aicet::io
