#include "bank/BankEdit.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <memory>

namespace aicet {
namespace {

qsizetype indentOf(const QString &line)
{
    qsizetype n = 0;
    while (n < line.size() && line[n] == QLatin1Char(' ')) {
        ++n;
    }
    return n;
}

bool blankOrComment(const QString &line)
{
    const QString t = line.trimmed();
    return t.isEmpty() || t.startsWith(QLatin1Char('#'));
}

// A value written whole on its line: a scalar or a flow collection closed on the same line (not the
// start of a block, a block scalar or an unfinished flow).
bool oneLineValue(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty() || v.startsWith(QLatin1Char('|')) || v.startsWith(QLatin1Char('>'))) {
        return false;
    }
    if (v.startsWith(QLatin1Char('{')) || v.startsWith(QLatin1Char('['))) {
        int depth = 0;
        QChar quote;
        for (const QChar c : v) {
            if (!quote.isNull()) {
                quote = c == quote ? QChar() : quote;
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                quote = c;
            } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
                ++depth;
            } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
                --depth;
            } else if (c == QLatin1Char('#') && depth == 0) {
                break;
            }
        }
        return depth == 0;
    }
    return true;
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
    const QString text = QString::fromUtf8(f.readAll());
    File entry;
    entry.endsWithNewline = text.endsWith(QLatin1Char('\n'));
    entry.lines = text.split(QLatin1Char('\n'));
    if (entry.endsWithNewline) {
        entry.lines.removeLast();
    }
    return &*m_files.insert(path, entry);
}

// The line of `key` among the keys indented by `indent` from line `from` (inclusive) up to the end
// of that mapping (a line indented less, or the next item of a list at `nested` level); −1 when the
// mapping has no such key; nothing (and `error`) when the key's value is not on its line.
std::optional<qsizetype> BankFileEdits::keyLine(
    File *f, qsizetype from, qsizetype indent, const QString &key, bool nested, const QString &path, QString *error)
{
    const QRegularExpression keyPattern(
        QStringLiteral("^( *)(- )?%1:([ \\t].*|)$").arg(QRegularExpression::escape(key)));
    for (qsizetype i = from; i < f->lines.size(); ++i) {
        QString line = f->lines.at(i);
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        if (blankOrComment(line)) {
            continue;
        }
        const qsizetype lineIndent = indentOf(line);
        // The mapping ends at a line indented less than its keys, or at the next "- " of its list.
        if (i > from
            && (lineIndent < indent
                || (nested && lineIndent == indent - 2 && line.mid(lineIndent).startsWith(QLatin1String("- "))))) {
            break;
        }
        const auto m = keyPattern.match(line);
        if (!m.hasMatch()) {
            continue;
        }
        const qsizetype keyColumn = m.captured(1).size() + m.captured(2).size();
        if (keyColumn != indent) {
            continue; // a nested key of the same name
        }
        if (!oneLineValue(m.captured(3))) {
            *error = tr("%1:%2: %3 is not written on one line (%3: value); write it so to let AICET change it")
                         .arg(path)
                         .arg(i + 1)
                         .arg(key);
            return std::nullopt;
        }
        return i;
    }
    return -1; // not there
}

bool BankFileEdits::setItemValue(const BankItem &item, const QString &key, const QString &yamlValue, QString *error)
{
    File *f = file(item.source.file, error);
    if (!f) {
        return false;
    }
    // The item's keys are at the column of its first key (the loader's position of the item).
    const qsizetype start = item.source.line - 1;
    const qsizetype indent = item.source.column - 1;
    if (start < 0 || start >= f->lines.size()) {
        *error = tr("%1:%2: item \"%3\" is no longer there; read the bank again")
                     .arg(item.source.file)
                     .arg(item.source.line)
                     .arg(item.id);
        return false;
    }
    const auto at = keyLine(f, start, indent, key, true, item.source.file, error);
    if (!at) {
        error->append(tr(" (item \"%1\")").arg(item.id));
        return false;
    }
    if (*at < 0) {
        // A new key, after the item's last line (its trailing blank lines and comments stay after).
        qsizetype last = start;
        for (qsizetype i = start + 1; i < f->lines.size(); ++i) {
            const QString &line = f->lines.at(i);
            if (blankOrComment(line)) {
                continue;
            }
            if (indentOf(line) < indent) {
                break;
            }
            last = i;
        }
        const bool cr = f->lines.at(last).endsWith(QLatin1Char('\r'));
        f->lines.insert(last + 1,
            QString(indent, QLatin1Char(' ')) + key + QStringLiteral(": ") + yamlValue
                + (cr ? QStringLiteral("\r") : QString()));
        f->changed = true;
        return true;
    }
    QString &line = f->lines[*at];
    const bool cr = line.endsWith(QLatin1Char('\r'));
    const qsizetype colon = line.indexOf(key + QLatin1Char(':'), indent) + key.size() + 1;
    line = line.left(colon) + QLatin1Char(' ') + yamlValue + (cr ? QStringLiteral("\r") : QString());
    f->changed = true;
    return true;
}

bool BankFileEdits::setTopValue(const QString &path, const QString &key, const QString &yamlValue, QString *error)
{
    File *f = file(path, error);
    if (!f) {
        return false;
    }
    const auto at = keyLine(f, 0, 0, key, false, path, error);
    if (!at) {
        return false;
    }
    if (*at < 0) {
        *error = tr("%1: no line %2: to change").arg(path, key);
        return false;
    }
    QString &line = f->lines[*at];
    const bool cr = line.endsWith(QLatin1Char('\r'));
    line = key + QStringLiteral(": ") + yamlValue + (cr ? QStringLiteral("\r") : QString());
    f->changed = true;
    return true;
}

QString BankFileEdits::topValue(const QString &path, const QString &key, QString *error)
{
    File *f = file(path, error);
    if (!f) {
        return {};
    }
    const auto at = keyLine(f, 0, 0, key, false, path, error);
    if (!at || *at < 0) {
        return {};
    }
    QString value = f->lines.at(*at).mid(key.size() + 1).trimmed();
    if (const qsizetype hash = value.indexOf(QLatin1String(" #")); hash >= 0 && !value.startsWith(QLatin1Char('"'))) {
        value = value.left(hash).trimmed();
    }
    if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\'')))) {
        value = value.mid(1, value.size() - 2);
    }
    return value;
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
    // Every file written in full beside its original first; only then are they all put in place
    // (renames), so that a full disk or a read-only file changes nothing.
    std::vector<std::unique_ptr<QSaveFile>> saves;
    const QHash<QString, QString> changed = texts();
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it) {
        auto f = std::make_unique<QSaveFile>(it.key());
        if (!f->open(QIODevice::WriteOnly) || f->write(it.value().toUtf8()) < 0) {
            errors->append(tr("%1: cannot write: %2").arg(it.key(), f->errorString()));
            return false; // the unfinished files are discarded
        }
        saves.push_back(std::move(f));
    }
    for (auto &f : saves) {
        if (!f->commit()) {
            errors->append(tr("%1: cannot write: %2").arg(f->fileName(), f->errorString()));
            return false;
        }
    }
    m_files.clear();
    return true;
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

} // namespace aicet
