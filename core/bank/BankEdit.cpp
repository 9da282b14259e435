#include "bank/BankEdit.h"

#include "bank/YamlDocument.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>

#include <memory>
#include <unistd.h>

namespace aicet {
namespace {

using yaml::Node;

// The child of `node` named by one path segment: a key, or "#id" for the list element with that id.
const Node *child(const Node &node, const QString &segment)
{
    if (segment.startsWith(QLatin1Char('#'))) {
        if (!node.isSequence()) {
            return nullptr;
        }
        for (const Node &element : node.children) {
            if (const Node *id = element.find("id"); id && id->isScalar() && id->text() == segment.mid(1)) {
                return &element;
            }
        }
        return nullptr;
    }
    return node.find(segment.toUtf8().constData());
}

// The document written canonically (kinds, scalars, keys in order), positions left out, and the
// value at `skip` (a path from the root, the last segment a key) left out with its key: two
// documents are the same but for that value when their canonical forms are equal.
void canonical(const Node &node, const QStringList &skip, int depth, bool onPath, QByteArray *out)
{
    switch (node.kind) {
    case Node::Kind::Null:
        out->append("~");
        return;
    case Node::Kind::Scalar:
        out->append(node.plain ? "p:" : "q:");
        out->append(QByteArray::fromStdString(node.scalar).toHex());
        return;
    case Node::Kind::Sequence:
        out->append('[');
        for (const Node &element : node.children) {
            const Node *id = element.find("id");
            const bool next = onPath && depth < skip.size() && skip[depth].startsWith(QLatin1Char('#')) && id
                && id->text() == skip[depth].mid(1);
            canonical(element, skip, depth + 1, next, out);
            out->append(',');
        }
        out->append(']');
        return;
    case Node::Kind::Mapping:
        out->append('{');
        for (std::size_t i = 0; i < node.mappingSize(); ++i) {
            const bool match = onPath && depth < skip.size() && node.key(i).text() == skip[depth];
            if (match && depth + 1 == skip.size()) {
                continue; // the edited value
            }
            QByteArray value;
            canonical(node.value(i), skip, depth + 1, match, &value);
            if (match && value == "{}") {
                continue; // a mapping on the path holding only the edited value (perhaps new)
            }
            canonical(node.key(i), skip, depth + 1, false, out);
            out->append(':');
            out->append(value);
            out->append(',');
        }
        out->append('}');
        return;
    }
}

QByteArray canonicalOf(const Node &node, const QStringList &skip = {})
{
    QByteArray out;
    canonical(node, skip, 0, !skip.isEmpty(), &out);
    return out;
}

// The end (exclusive, before any '\r') of the last line of a block that starts on the line of
// `start`: the following lines are read until `ends(indent, trimmed)` says one is no longer in
// it; blank lines, and comment lines when `commentsOutside`, belong to it only when more of it
// follows.
template<typename Ends> qsizetype blockEnd(const QByteArray &text, qsizetype start, bool commentsOutside, Ends ends)
{
    qsizetype end = text.indexOf('\n', start);
    qsizetype lastContent = end < 0 ? text.size() : end;
    while (end >= 0 && end + 1 < text.size()) {
        const qsizetype next = text.indexOf('\n', end + 1);
        const QByteArray line = text.mid(end + 1, (next < 0 ? text.size() : next) - end - 1);
        qsizetype indent = 0;
        while (indent < line.size() && line[indent] == ' ') {
            ++indent;
        }
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !(commentsOutside && trimmed.startsWith('#'))) {
            if (ends(indent, trimmed)) {
                break;
            }
            lastContent = next < 0 ? text.size() : next;
        }
        if (next < 0) {
            break;
        }
        end = next;
    }
    if (lastContent > start && text[lastContent - 1] == '\r') {
        --lastContent;
    }
    return lastContent;
}

// Where a scalar written at `start` ends (exclusive): after its closing quote, at the end of a
// plain scalar (a flow's separator, a comment, the line's end), or after a block scalar's last line.
qsizetype scalarEnd(const QByteArray &text, qsizetype start, bool flow)
{
    const char first = start < text.size() ? text[start] : '\n';
    if (first == '"') {
        for (qsizetype i = start + 1; i < text.size(); ++i) {
            if (text[i] == '\\') {
                ++i;
            } else if (text[i] == '"') {
                return i + 1;
            }
        }
        return -1;
    }
    if (first == '\'') {
        for (qsizetype i = start + 1; i < text.size(); ++i) {
            if (text[i] == '\'') {
                if (i + 1 < text.size() && text[i + 1] == '\'') {
                    ++i;
                    continue;
                }
                return i + 1;
            }
        }
        return -1;
    }
    const qsizetype lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (first == '|' || first == '>') {
        // The block runs over the following lines indented more than the key's line.
        qsizetype keyIndent = 0;
        while (lineStart + keyIndent < text.size() && text[lineStart + keyIndent] == ' ') {
            ++keyIndent;
        }
        return blockEnd(text, start, false, [&](qsizetype indent, const QByteArray &) { return indent <= keyIndent; });
    }
    // Plain: to a flow separator, a comment or the end of the line, trailing spaces left out.
    qsizetype i = start;
    while (i < text.size() && text[i] != '\n' && text[i] != '\r') {
        if (flow && (text[i] == ',' || text[i] == '}' || text[i] == ']')) {
            break;
        }
        if (text[i] == '#' && i > start && (text[i - 1] == ' ' || text[i - 1] == '\t')) {
            break;
        }
        ++i;
    }
    while (i > start && (text[i - 1] == ' ' || text[i - 1] == '\t')) {
        --i;
    }
    return i;
}

// Where a collection written at `start` ends: after its closing bracket (flow), or after its last
// line (block: the lines indented at least as deep as its start).
qsizetype collectionEnd(const QByteArray &text, qsizetype start)
{
    const char open = text[start];
    if (open == '{' || open == '[') {
        int depth = 0;
        char quote = 0;
        for (qsizetype i = start; i < text.size(); ++i) {
            const char c = text[i];
            if (quote) {
                if (c == '\\' && quote == '"') {
                    ++i;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    return i + 1;
                }
            }
        }
        return -1;
    }
    const qsizetype lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const qsizetype column = start - lineStart;
    // A block sequence's dashes may sit at the column of its parent's keys: a line there that is
    // not a dash is the parent's next key.
    return blockEnd(text, start, true, [&](qsizetype indent, const QByteArray &trimmed) {
        return indent < column || (indent == column && text[start] == '-' && !trimmed.startsWith('-'));
    });
}

} // namespace

BankFileEdits::File *BankFileEdits::file(const QString &path, QString *error)
{
    if (auto it = m_files.find(path); it != m_files.end()) {
        return &*it;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read: %2").arg(path, f.errorString());
        return nullptr;
    }
    const QByteArray raw = f.readAll();
    const QString text = QString::fromUtf8(raw);
    File entry;
    entry.original = raw;
    entry.fromDisk = true;
    entry.endsWithNewline = text.endsWith(QLatin1Char('\n'));
    entry.lines = text.split(QLatin1Char('\n'));
    if (entry.endsWithNewline) {
        entry.lines.removeLast();
    }
    return &*m_files.insert(path, entry);
}

bool BankFileEdits::setTopValue(const QString &path, const QString &key, const QString &yamlValue, QString *error)
{
    return setValueAt(path, {key}, yamlValue, key, error);
}

QString BankFileEdits::topValue(const QString &path, const QString &key, QString *error)
{
    QString readError;
    const QByteArray text = bytes(path, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return {};
    }
    const yaml::ParseResult parsed = yaml::parse(text);
    if (!parsed.root) {
        *error = tr("%1:%2:%3: cannot be read: %4").arg(path).arg(parsed.line).arg(parsed.column).arg(parsed.error);
        return {};
    }
    const Node *value = parsed.root->find(key.toUtf8().constData());
    return value && value->isScalar() ? value->text() : QString();
}

void BankFileEdits::replaceFile(const QString &path, const QString &text)
{
    File entry;
    entry.endsWithNewline = text.endsWith(QLatin1Char('\n'));
    entry.lines = text.split(QLatin1Char('\n'));
    if (entry.endsWithNewline) {
        entry.lines.removeLast();
    }
    entry.changed = true;
    m_files.insert(path, entry);
}

QByteArray BankFileEdits::bytes(const QString &path, QString *error)
{
    File *f = file(path, error);
    if (!f) {
        return {};
    }
    return (f->lines.join(QLatin1Char('\n')) + (f->endsWithNewline ? QStringLiteral("\n") : QString())).toUtf8();
}

bool BankFileEdits::setItemPath(
    const QString &path, const QString &itemId, const QStringList &keys, const QString &yamlValue, QString *error)
{
    if (keys.isEmpty()) {
        *error = tr("%1: item \"%2\": nothing to change").arg(path, itemId);
        return false;
    }
    return setValueAt(path, QStringList{QStringLiteral("items"), QLatin1Char('#') + itemId} + keys, yamlValue,
        tr("item \"%1\": %2").arg(itemId, keys.join(QLatin1Char('.'))), error);
}

bool BankFileEdits::setValueAt(
    const QString &path, const QStringList &keys, const QString &yamlValue, const QString &what, QString *error)
{
    QString readError;
    const QByteArray text = bytes(path, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    const yaml::ParseResult parsed = yaml::parse(text);
    if (!parsed.root) {
        *error = tr("%1:%2:%3: cannot be read: %4").arg(path).arg(parsed.line).arg(parsed.column).arg(parsed.error);
        return false;
    }
    // The deepest node of the path that exists; a list element ("#id") must exist.
    const Node *node = &*parsed.root;
    qsizetype depth = 0;
    for (; depth < keys.size(); ++depth) {
        const Node *next = child(*node, keys[depth]);
        if (!next) {
            break;
        }
        node = next;
    }
    QByteArray edited = text;
    const QByteArray value = yamlValue.toUtf8();
    if (depth == keys.size()) {
        // The value's own characters replaced.
        if (node->isNull()) {
            *error = tr("%1:%2: %3 has no value to change").arg(path).arg(node->line).arg(what);
            return false;
        }
        const qsizetype start = node->pos;
        const qsizetype lineStart = text.lastIndexOf('\n', start - 1) + 1;
        // In a flow collection when an unclosed '{' or '[' precedes it on its line.
        int depthFlow = 0;
        for (qsizetype i = lineStart; i < start; ++i) {
            depthFlow += text[i] == '{' || text[i] == '[' ? 1 : text[i] == '}' || text[i] == ']' ? -1 : 0;
        }
        const qsizetype end = node->isScalar() ? scalarEnd(text, start, depthFlow > 0) : collectionEnd(text, start);
        if (start < 0 || end <= start || end > text.size()) {
            *error = tr("%1:%2: the end of %3 cannot be found").arg(path).arg(node->line).arg(what);
            return false;
        }
        edited.replace(start, end - start, value);
    } else {
        // A key that is missing, added at the end of the mapping that should hold it.
        if (keys[depth].startsWith(QLatin1Char('#')) || !node->isMapping() || node->children.empty()) {
            *error = tr("%1: there is no %2 to change").arg(path, what);
            return false;
        }
        const qsizetype start = node->pos;
        const qsizetype end = collectionEnd(text, start);
        if (end < 0) {
            *error = tr("%1:%2: the end of the mapping holding %3 cannot be found").arg(path).arg(node->line).arg(what);
            return false;
        }
        if (text[start] == '{') {
            // A flow mapping: ", key: {k2: value}" before its closing brace.
            QByteArray nested = value;
            for (qsizetype k = keys.size() - 1; k > depth; --k) {
                nested = "{" + keys[k].toUtf8() + ": " + nested + "}";
            }
            edited.insert(end - 1, ", " + keys[depth].toUtf8() + ": " + nested);
        } else {
            // A block mapping: new lines after its last one, at its keys' column, with the file's
            // line endings.
            const qsizetype lineStart = text.lastIndexOf('\n', start - 1) + 1;
            const qsizetype column = start - lineStart;
            const qsizetype firstEnd = text.indexOf('\n');
            const bool crlf = firstEnd > 0 && text[firstEnd - 1] == '\r';
            const QByteArray newline = crlf ? "\r\n" : "\n";
            QByteArray lines;
            for (qsizetype k = depth; k < keys.size(); ++k) {
                lines += newline + QByteArray(column + 2 * (k - depth), ' ') + keys[k].toUtf8() + ':'
                    + (k + 1 == keys.size() ? " " + value : QByteArray());
            }
            edited.insert(end, lines);
        }
    }
    // Read again: that value as asked, everything else as it was.
    const yaml::ParseResult again = yaml::parse(edited);
    const Node *changed = again.root ? &*again.root : nullptr;
    for (qsizetype k = 0; changed && k < keys.size(); ++k) {
        changed = child(*changed, keys[k]);
    }
    const yaml::ParseResult wanted = yaml::parse("v: " + value + "\n");
    if (!changed || !wanted.root || canonicalOf(*parsed.root, keys) != canonicalOf(*again.root, keys)
        || canonicalOf(*changed) != canonicalOf(*wanted.root->find("v"))) {
        *error = tr("%1:%2: %3 cannot be changed in place here (the file would read differently); change it in an "
                    "editor")
                     .arg(path)
                     .arg(node->line)
                     .arg(what);
        return false;
    }
    store(path, edited);
    return true;
}

void BankFileEdits::store(const QString &path, const QByteArray &edited)
{
    File &f = m_files[path];
    const QString newText = QString::fromUtf8(edited);
    f.endsWithNewline = newText.endsWith(QLatin1Char('\n'));
    f.lines = newText.split(QLatin1Char('\n'));
    if (f.endsWithNewline) {
        f.lines.removeLast();
    }
    f.changed = true;
}

bool BankFileEdits::appendToItemList(
    const QString &file, const QString &itemId, const QString &listKey, const QString &element, QString *error)
{
    return changeList(file, itemId, listKey, element, QString(), error);
}

bool BankFileEdits::removeFromItemList(
    const QString &file, const QString &itemId, const QString &listKey, const QString &elementId, QString *error)
{
    return changeList(file, itemId, listKey, QString(), elementId, error);
}

bool BankFileEdits::changeList(const QString &path, const QString &itemId, const QString &listKey,
    const QString &element, const QString &removeId, QString *error)
{
    QString readError;
    const QByteArray text = bytes(path, &readError);
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    const yaml::ParseResult parsed = yaml::parse(text);
    const QStringList keys{QStringLiteral("items"), QLatin1Char('#') + itemId, listKey};
    const Node *list = parsed.root ? &*parsed.root : nullptr;
    for (qsizetype k = 0; list && k < keys.size(); ++k) {
        list = child(*list, keys[k]);
    }
    const QString what = tr("item \"%1\": %2").arg(itemId, listKey);
    if (!list || !list->isSequence() || list->children.empty()) {
        *error = tr("%1: %2 is not a list that can be changed here").arg(path, what);
        return false;
    }
    QByteArray edited = text;
    const bool flow = text[list->pos] == '[';
    if (removeId.isEmpty()) {
        const QByteArray value = element.toUtf8();
        const qsizetype end = collectionEnd(text, list->pos);
        if (end < 0) {
            *error = tr("%1:%2: the end of %3 cannot be found").arg(path).arg(list->line).arg(what);
            return false;
        }
        if (flow) {
            edited.insert(end - 1, ", " + value);
        } else {
            const qsizetype lineStart = text.lastIndexOf('\n', list->pos - 1) + 1;
            const qsizetype firstEnd = text.indexOf('\n');
            const bool crlf = firstEnd > 0 && text[firstEnd - 1] == '\r';
            edited.insert(end, (crlf ? "\r\n" : "\n") + QByteArray(list->pos - lineStart, ' ') + "- " + value);
        }
    } else {
        if (list->children.size() < 2) {
            *error = tr("%1: %2 keeps at least one entry").arg(path, what);
            return false;
        }
        const Node *gone = child(*list, QLatin1Char('#') + removeId);
        if (!gone) {
            *error = tr("%1: %2 has no entry \"%3\"").arg(path, what, removeId);
            return false;
        }
        const qsizetype start = gone->pos;
        if (flow) {
            // The element's text and the separator before it (after it, for the first).
            qsizetype end
                = text[start] == '{' || text[start] == '[' ? collectionEnd(text, start) : scalarEnd(text, start, true);
            qsizetype from = start;
            qsizetype before = start - 1;
            while (before > list->pos && (text[before] == ' ' || text[before] == '\t')) {
                --before;
            }
            if (text[before] == ',') {
                from = before;
            } else {
                while (end < text.size() && (text[end] == ' ' || text[end] == ',')) {
                    ++end;
                }
            }
            edited.remove(from, end - from);
        } else {
            // Its lines: from its dash to the end of its block.
            const qsizetype lineStart = text.lastIndexOf('\n', start - 1) + 1;
            const QByteArray lead = text.mid(lineStart, start - lineStart);
            const qsizetype dash = lead.indexOf('-');
            if (dash < 0 || !lead.left(dash).trimmed().isEmpty() || !lead.mid(dash + 1).trimmed().isEmpty()) {
                *error = tr("%1:%2: the entry \"%3\" of %4 does not start its line; remove it in an editor")
                             .arg(path)
                             .arg(gone->line)
                             .arg(removeId, what);
                return false;
            }
            qsizetype end
                = blockEnd(text, start, true, [&](qsizetype indent, const QByteArray &) { return indent <= dash; });
            end = text.indexOf('\n', end);
            edited.remove(lineStart, (end < 0 ? text.size() : end + 1) - lineStart);
        }
    }
    // Read again: the list as it was, with the element added or without the one removed; the rest
    // as it was.
    const yaml::ParseResult again = yaml::parse(edited);
    const Node *now = again.root ? &*again.root : nullptr;
    for (qsizetype k = 0; now && k < keys.size(); ++k) {
        now = child(*now, keys[k]);
    }
    bool same = now && now->isSequence() && canonicalOf(*parsed.root, keys) == canonicalOf(*again.root, keys);
    if (same) {
        std::vector<QByteArray> expected;
        for (const Node &e : list->children) {
            const Node *id = e.find("id");
            if (removeId.isEmpty() || !id || id->text() != removeId) {
                expected.push_back(canonicalOf(e));
            }
        }
        if (removeId.isEmpty()) {
            const yaml::ParseResult added = yaml::parse("v: " + element.toUtf8() + "\n");
            expected.push_back(
                added.root && added.root->find("v") ? canonicalOf(*added.root->find("v")) : QByteArray());
        }
        same = now->children.size() == expected.size();
        for (std::size_t i = 0; same && i < expected.size(); ++i) {
            same = canonicalOf(now->children[i]) == expected[i];
        }
    }
    if (!same) {
        *error = tr("%1:%2: %3 cannot be changed in place here (the file would read differently); change it in an "
                    "editor")
                     .arg(path)
                     .arg(list->line)
                     .arg(what);
        return false;
    }
    store(path, edited);
    return true;
}

BankLoadResult BankFileEdits::loadWithEdits(const QString &bankRoot, QString *error)
{
    QTemporaryDir copy;
    if (!copy.isValid()) {
        *error = tr("cannot create a temporary folder: %1").arg(copy.errorString());
        return {};
    }
    const QDir root(bankRoot);
    QDirIterator it(bankRoot, QDir::Files, QDirIterator::Subdirectories);
    qint64 total = 0;
    while (it.hasNext()) {
        const QString from = it.next();
        total += QFileInfo(from).size();
        if (total > 256LL * 1024 * 1024) {
            *error = tr("%1: more than 256 MiB of files: too large to check").arg(bankRoot);
            return {};
        }
        const QString to = copy.filePath(root.relativeFilePath(from));
        if (!QDir().mkpath(QFileInfo(to).absolutePath()) || !QFile::copy(from, to)) {
            *error = tr("%1: cannot be copied to check the bank").arg(from);
            return {};
        }
    }
    const QHash<QString, QString> changed = texts();
    for (auto e = changed.constBegin(); e != changed.constEnd(); ++e) {
        QFile f(copy.filePath(root.relativeFilePath(e.key())));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(e.value().toUtf8()) < 0) {
            *error = tr("%1: cannot write: %2").arg(f.fileName(), f.errorString());
            return {};
        }
    }
    BankLoadResult loaded = loadBank(copy.path());
    // Said of the real files, not of the copy.
    for (Diagnostic &d : loaded.diagnostics) {
        if (d.file.startsWith(copy.path())) {
            d.file = root.filePath(QDir(copy.path()).relativeFilePath(d.file));
        }
        d.message.replace(copy.path(), root.absolutePath());
    }
    loaded.bank.rootPath = root.absolutePath();
    for (BankItem &item : loaded.bank.items) {
        item.source.file = root.filePath(QDir(copy.path()).relativeFilePath(item.source.file));
    }
    return loaded;
}

bool BankFileEdits::appendToFile(const QString &path, const QString &text, QString *error)
{
    File *f = file(path, error);
    if (!f) {
        return false;
    }
    const bool crlf = !f->lines.isEmpty() && f->lines.first().endsWith(QLatin1Char('\r'));
    while (!f->lines.isEmpty() && f->lines.last().trimmed().isEmpty()) {
        f->lines.removeLast();
    }
    f->lines.append(crlf ? QStringLiteral("\r") : QString());
    for (QString line : text.split(QLatin1Char('\n'))) {
        f->lines.append(crlf ? line + QLatin1Char('\r') : line);
    }
    while (!f->lines.isEmpty() && f->lines.last().trimmed().isEmpty()) {
        f->lines.removeLast();
    }
    f->endsWithNewline = true;
    f->changed = true;
    return true;
}

QHash<QString, QString> BankFileEdits::texts() const
{
    QHash<QString, QString> out;
    for (auto it = m_files.constBegin(); it != m_files.constEnd(); ++it) {
        if (it->changed) {
            out.insert(
                it.key(), it->lines.join(QLatin1Char('\n')) + (it->endsWithNewline ? QStringLiteral("\n") : QString()));
        }
    }
    return out;
}

bool BankFileEdits::commit(QStringList *errors)
{
    const QHash<QString, QString> changed = texts();
    // A file changed on disk since it was read here would lose that change: refused.
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
        const File &f = m_files[it.key()];
        if (!f.fromDisk) {
            continue;
        }
        QFile disk(it.key());
        if (!disk.open(QIODevice::ReadOnly) || disk.readAll() != f.original) {
            errors->append(tr("%1 was changed by another program since AICET read it: nothing written (read the bank "
                              "again)")
                               .arg(it.key()));
            return false;
        }
    }
    // Every file written in full beside its original and flushed to the disk first; only then are
    // they all put in place (renames), so that a full disk or a read-only file changes nothing.
    std::vector<std::unique_ptr<QSaveFile>> saves;
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
        auto f = std::make_unique<QSaveFile>(it.key());
        if (!f->open(QIODevice::WriteOnly) || f->write(it.value().toUtf8()) < 0 || !f->flush()
            || ::fsync(f->handle()) != 0) {
            errors->append(tr("%1: cannot write: %2").arg(it.key(), f->errorString()));
            return false; // the unfinished files are discarded
        }
        saves.push_back(std::move(f));
    }
    QStringList replaced;
    for (auto &f : saves) {
        if (!f->commit()) {
            errors->append(tr("%1: cannot write: %2").arg(f->fileName(), f->errorString()));
            if (!replaced.isEmpty()) {
                errors->append(tr("already replaced: %1").arg(replaced.join(QStringLiteral(", "))));
            }
            return false;
        }
        replaced << f->fileName();
    }
    m_files.clear();
    return true;
}

QString yamlQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\') + c;
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\t')) {
            out += QLatin1String("\\t");
        } else if (c.unicode() < 0x20) {
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString yamlFlowList(const QStringList &values)
{
    QStringList items;
    for (const QString &v : values) {
        items << yamlScalar(v);
    }
    return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString yamlScalar(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._/-]*$"));
    static const QRegularExpression special(
        QStringLiteral("^(true|false|yes|no|on|off|null|~|[-+]?[0-9.]+([eE][-+]?[0-9]+)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (plain.match(text).hasMatch() && !special.match(text).hasMatch() && !text.endsWith(QLatin1Char(' '))) {
        return text;
    }
    return yamlQuoted(text);
}

} // namespace aicet
