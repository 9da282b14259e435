#pragma once

#include "bank/BankLoader.h"
#include "bank/ItemBank.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace aicet {

/// Changes to a bank's YAML files that touch only the values changed: the line holding a key's
/// value is rewritten, its indentation, line ending and everything else (comments, order, the other
/// items, blank lines) kept. The edits are gathered in memory and written together by commit():
/// every file in full beside its original first, then all put in place, so a full disk or a
/// read-only file changes nothing.
class BankFileEdits
{
    Q_DECLARE_TR_FUNCTIONS(BankFileEdits)

public:
    /// Sets a value inside the item `itemId` of `file`, wherever and however it is written (block
    /// or flow style, plain, quoted or block text, on one line or several): `path` names keys and,
    /// in lists, elements by their id written "#id" ({"stem", "fr"}, {"options", "#b", "text",
    /// "en"}, {"image", "alt", "fr"}). Only the value's own characters are replaced by
    /// `yamlValue` (a scalar as yamlQuoted() writes it, or a flow collection); a key the item lacks
    /// is added at the end of its mapping (with the mappings it needs). The file is read again
    /// afterwards and everything but that value must read the same, else nothing changes and
    /// `error` says why.
    bool setItemPath(
        const QString &file, const QString &itemId, const QStringList &path, const QString &yamlValue, QString *error);
    /// Adds `element` (a flow mapping such as {id: d, text: {fr: "…", en: "…"}}) at the end of the
    /// item's list `listKey` (options, elements, premises, responses), written as the list is
    /// (block or flow). The file is read again: the list must be the same plus that element.
    bool appendToItemList(
        const QString &file, const QString &itemId, const QString &listKey, const QString &element, QString *error);
    /// Removes the element with the id `elementId` from the item's list `listKey` (never its last
    /// one), its lines or its flow text; the file is read again: the list must be the same less it.
    bool removeFromItemList(
        const QString &file, const QString &itemId, const QString &listKey, const QString &elementId, QString *error);

    /// The text of a file as edited so far (read from disk when not edited).
    QByteArray bytes(const QString &file, QString *error);

    /// Sets the value of a top-level key of `file` (e.g. version in bank.yaml), as setItemPath does.
    bool setTopValue(const QString &file, const QString &key, const QString &yamlValue, QString *error);

    /// The top-level scalar of `key` in `file`, as YAML reads it; empty when absent.
    QString topValue(const QString &file, const QString &key, QString *error);

    /// Replaces the whole text of `file` (a file the program writes, such as exposure.yaml).
    void replaceFile(const QString &file, const QString &text);

    /// Whether anything was changed.
    bool isEmpty() const { return m_files.isEmpty(); }
    /// The files changed, with their new text (for a preview or a test).
    QHash<QString, QString> texts() const;

    /// The bank in `bankRoot` as it would read with these edits, read from a private copy of its
    /// folder (diagnostics name the real files); nothing is written into the folder.
    BankLoadResult loadWithEdits(const QString &bankRoot, QString *error);

    /// Appends `text` at the end of `file` (after a blank line): a new item of its list.
    bool appendToFile(const QString &file, const QString &text, QString *error);

    /// Writes every changed file, all or none; `errors` names the file that could not be written.
    bool commit(QStringList *errors);

private:
    struct File
    {
        QStringList lines; ///< without their '\n' (a '\r' stays at the end of its line)
        bool endsWithNewline = true;
        bool changed = false;
        QByteArray original; ///< the bytes read from the disk
        bool fromDisk = false; ///< read from the disk (commit checks it has not changed since)
    };
    File *file(const QString &path, QString *error);
    bool setValueAt(
        const QString &path, const QStringList &keys, const QString &yamlValue, const QString &what, QString *error);
    bool changeList(const QString &file, const QString &itemId, const QString &listKey, const QString &element,
        const QString &removeId, QString *error);
    void store(const QString &path, const QByteArray &edited);
    QHash<QString, File> m_files;
};

/// A scalar as YAML reads it back unchanged: plain when it is safe, else double-quoted with escapes.
QString yamlScalar(const QString &text);
/// A text always double-quoted (as the banks write their texts), with escapes.
QString yamlQuoted(const QString &text);
/// A list of scalars as a flow sequence: [a, b, "c d"].
QString yamlFlowList(const QStringList &values);

} // namespace aicet
