#include "services/ClassLists.h"

#include <QSet>
#include <QStringDecoder>

#include <array>

namespace aicet::services {
namespace {

constexpr qsizetype kMaxBytes = 5 * 1024 * 1024;

// Windows-1252's characters 0x80–0x9F (0: undefined); the rest is Latin-1.
constexpr std::array<char16_t, 32> kCp1252 = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
    0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
    0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

QString fromCp1252(const QByteArray &bytes)
{
    QString text;
    text.reserve(bytes.size());
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        text.append(u >= 0x80 && u < 0xA0 && kCp1252[u - 0x80] != 0 ? QChar(kCp1252[u - 0x80]) : QChar(char16_t(u)));
    }
    return text;
}

// One record of a CSV text and the line it starts on.
struct Record
{
    QStringList cells;
    int line = 0;
};

// The records of a CSV text with this separator (RFC 4180 quoting, cells over several lines
// included); records whose cells are all blank are skipped (Excel ends files with ";;;"). `error`
// tells an unclosed quote.
QList<Record> parseCsv(const QString &text, QChar separator, QString *error)
{
    QList<Record> records;
    Record record;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, quoteLine = 0;
    record.line = 1;
    const auto endRecord = [&](int nextLine) {
        record.cells.append(field);
        field.clear();
        fieldStarted = false;
        if (std::any_of(
                record.cells.begin(), record.cells.end(), [](const QString &c) { return !c.trimmed().isEmpty(); })) {
            records.append(record);
        }
        record = Record{{}, nextLine};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n')) {
            ++line;
        }
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            quoteLine = line;
            fieldStarted = true;
        } else if (c == separator) {
            record.cells.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            endRecord(line);
        } else if (c != QLatin1Char('\r')) {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = ClassLists::tr("line %1: a quoted cell is not closed").arg(quoteLine);
        return {};
    }
    if (!field.isEmpty() || !record.cells.isEmpty()) {
        endRecord(line);
    }
    return records;
}

// A header cell as compared: lower case, without accents, spaces or punctuation.
QString headerKey(const QString &cell)
{
    QString key;
    for (const QChar c : cell.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing) {
            key.append(c.toLower());
        }
    }
    return key;
}

int findColumn(const QStringList &header, const QStringList &names)
{
    for (const QString &name : names) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (headerKey(header[i]) == name) {
                return static_cast<int>(i);
            }
        }
    }
    return -1;
}

// How two pupils are compared: names and class, whatever their case and spacing.
QString pupilKey(const QString &last, const QString &first, const QString &className)
{
    return last.simplified().toCaseFolded() + QChar(0x1F) + first.simplified().toCaseFolded() + QChar(0x1F)
        + className.simplified().toCaseFolded();
}

QString audited(const store::StaffRecord &actor)
{
    return QStringLiteral("staff:") + actor.name;
}

} // namespace

ClassLists::ClassLists(const ServiceContext &context)
    : m_context(context)
{
}

ClassLists::Preview ClassLists::preview(const QByteArray &bytes)
{
    Preview p;
    if (bytes.size() > kMaxBytes) {
        p.error = tr("the file is larger than 5 MB: is it a class list?");
        return p;
    }
    QByteArray data = bytes;
    QString text;
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        // "Unicode text" as spreadsheets save it: UTF-16 with its byte-order mark.
        const bool little = data.startsWith("\xFF\xFE");
        QStringDecoder utf16(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        text = utf16.decode(data.mid(2));
        p.encoding = QStringLiteral("UTF-16");
    } else {
        if (data.startsWith("\xEF\xBB\xBF")) {
            data.remove(0, 3);
        }
        QStringDecoder utf8(QStringDecoder::Utf8);
        text = utf8.decode(data);
        p.encoding = QStringLiteral("UTF-8");
        if (utf8.hasError()) {
            text = fromCp1252(data);
            p.encoding = QStringLiteral("Windows-1252");
        }
    }
    // Old Mac line ends (a carriage return alone).
    if (!text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    }
    // The separator: whichever of ; , and tab the header line has most of.
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    p.separator = QLatin1Char(',');
    for (const QChar candidate : {QLatin1Char(';'), QLatin1Char('\t')}) {
        if (firstLine.count(candidate) > firstLine.count(p.separator)) {
            p.separator = candidate;
        }
    }
    QString parseError;
    QList<Record> records = parseCsv(text, p.separator, &parseError);
    if (!parseError.isEmpty()) {
        p.error = parseError;
        return p;
    }
    if (records.isEmpty()) {
        p.error = tr("the file is empty");
        return p;
    }
    p.header = records.takeFirst().cells;
    for (QString &h : p.header) {
        h = h.trimmed();
    }
    if (p.header.size() < 2) {
        p.error = tr("the first line should name the columns (last name, first name, class…), separated by commas or "
                     "semicolons");
        return p;
    }
    for (Record &record : records) {
        QStringList &r = record.cells;
        while (r.size() < p.header.size()) {
            r.append(QString());
        }
        r = r.mid(0, p.header.size());
        for (QString &cell : r) {
            cell = cell.trimmed();
        }
        p.rows.append(r);
        p.lines.append(record.line);
    }
    p.lastName = findColumn(p.header,
        {QStringLiteral("nom"), QStringLiteral("nomdefamille"), QStringLiteral("nomdeleve"), QStringLiteral("lastname"),
            QStringLiteral("surname"), QStringLiteral("familyname"), QStringLiteral("name")});
    p.firstName = findColumn(p.header,
        {QStringLiteral("prenom"), QStringLiteral("firstname"), QStringLiteral("givenname"),
            QStringLiteral("forename")});
    p.className = findColumn(p.header,
        {QStringLiteral("classe"), QStringLiteral("class"), QStringLiteral("division"), QStringLiteral("groupe"),
            QStringLiteral("group"), QStringLiteral("form")});
    p.identifier = findColumn(p.header,
        {QStringLiteral("identifiant"), QStringLiteral("identifier"), QStringLiteral("id"), QStringLiteral("ine"),
            QStringLiteral("numero"), QStringLiteral("matricule"), QStringLiteral("number")});
    return p;
}

std::vector<ClassLists::Row> ClassLists::mapRows(const Preview &preview, int lastName, int firstName, int className,
    int identifier, const QString &defaultClass, const store::StaffRecord &owner) const
{
    const auto cell = [](const QStringList &r, int column) {
        return column >= 0 && column < r.size() ? r[column].simplified() : QString();
    };
    // Pupils already in the owner's classes.
    QSet<QString> existing;
    if (const auto classes = m_context.store.classes(owner.id)) {
        for (const store::ClassRecord &c : *classes) {
            if (const auto pupils = m_context.store.classPupils(c.id)) {
                for (const store::ClassPupilRecord &p : *pupils) {
                    existing.insert(pupilKey(p.lastName, p.firstName, c.name));
                }
            }
        }
    }
    std::vector<Row> rows;
    QSet<QString> seen;
    for (qsizetype i = 0; i < preview.rows.size(); ++i) {
        const QStringList &r = preview.rows[i];
        Row row;
        row.line = i < preview.lines.size() ? preview.lines[i] : static_cast<int>(i) + 2;
        row.lastName = cell(r, lastName);
        row.firstName = cell(r, firstName);
        row.className = cell(r, className);
        if (row.className.isEmpty()) {
            row.className = defaultClass.simplified();
        }
        row.identifier = cell(r, identifier);
        if (row.lastName.isEmpty()) {
            row.problems << tr("no last name");
        }
        if (row.firstName.isEmpty()) {
            row.problems << tr("no first name");
        }
        if (row.className.isEmpty()) {
            row.problems << tr("no class (choose one for the whole file)");
        }
        const QString key = pupilKey(row.lastName, row.firstName, row.className);
        if (row.problems.isEmpty() && seen.contains(key)) {
            row.problems << tr("the same pupil appears earlier in the file");
        }
        if (row.problems.isEmpty() && existing.contains(key)) {
            row.problems << tr("already in the class");
        }
        seen.insert(key);
        rows.push_back(row);
    }
    return rows;
}

QString ClassLists::generateCode(RandomSource &random)
{
    constexpr std::size_t size = sizeof(kCodeAlphabet) - 1;
    QString code;
    for (int i = 0; i < 8; ++i) {
        // Rejection sampling: every character equally likely.
        std::uint64_t v = 0;
        do {
            v = random.next64();
        } while (v >= UINT64_MAX - UINT64_MAX % size);
        code.append(QLatin1Char(kCodeAlphabet[v % size]));
        if (i == 3) {
            code.append(QLatin1Char('-'));
        }
    }
    return code;
}

QString ClassLists::uniqueCode(const QSet<QString> &taken, QString *error) const
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString code = generateCode(m_context.random);
        if (taken.contains(store::codeKey(code))) {
            continue;
        }
        const auto existing = m_context.store.classPupilByCode(code);
        if (existing.failed()) {
            *error = existing.error();
            return {};
        }
        if (!existing) {
            return code;
        }
    }
    *error = tr("no free personal code was found");
    return {};
}

bool ClassLists::mayChange(const store::StaffRecord &actor, qint64 classId, QString *why) const
{
    const auto c = m_context.store.classById(classId);
    if (!c) {
        *why = c.failed() ? c.error() : tr("no class %1").arg(classId);
        return false;
    }
    if (c->ownerId != actor.id && actor.role != store::StaffRole::Administrator) {
        *why = tr("the class \"%1\" belongs to another teacher").arg(c->name);
        return false;
    }
    return true;
}

std::optional<QList<store::ClassRecord>> ClassLists::classes(const store::StaffRecord &actor, QString *error) const
{
    const auto all = m_context.store.classes(actor.role == store::StaffRole::Administrator ? 0 : actor.id);
    if (!all) {
        *error = all.error();
        return std::nullopt;
    }
    return *all;
}

ClassLists::Result ClassLists::import(const store::StaffRecord &owner, const std::vector<Row> &rows)
{
    Result result;
    QList<store::ClassPupilRecord> pupils;
    QHash<QString, qint64> classIds; // class name key → id
    QSet<QString> taken;
    int skipped = 0;
    const qint64 now = m_context.clock.nowMs();
    for (const Row &row : rows) {
        if (!row.problems.isEmpty()) {
            ++skipped;
            continue;
        }
        const QString classKey = row.className.simplified().toCaseFolded();
        if (!classIds.contains(classKey)) {
            auto existing = m_context.store.classNamed(owner.id, row.className);
            if (existing.failed()) {
                result.message = existing.error();
                return result;
            }
            if (!existing) {
                store::ClassRecord c;
                c.name = row.className;
                c.ownerId = owner.id;
                c.createdAt = now;
                const store::AuditEntry entry{now, audited(owner), QStringLiteral("create class"), c.name, {}};
                if (!m_context.store.createClass(&c, &entry)) {
                    result.message = m_context.store.lastError();
                    return result;
                }
                existing = store::Read<store::ClassRecord>::found(c);
            }
            classIds.insert(classKey, existing->id);
        }
        QString error;
        const QString code = uniqueCode(taken, &error);
        if (code.isEmpty()) {
            result.message = error;
            return result;
        }
        taken.insert(store::codeKey(code));
        pupils.append({0, classIds.value(classKey), row.lastName, row.firstName, row.identifier, code, now});
    }
    if (!pupils.isEmpty()) {
        const store::AuditEntry entry{now, audited(owner), QStringLiteral("import class list"), QString(),
            QStringLiteral("%1 pupils").arg(pupils.size())};
        if (!m_context.store.addClassPupils(&pupils, &entry)) {
            result.message = m_context.store.lastError();
            return result;
        }
    }
    result.ok = true;
    result.pupils = pupils;
    result.message = tr("%n pupil(s) added", nullptr, static_cast<int>(pupils.size()));
    if (skipped > 0) {
        result.message = tr("%1; %n row(s) left out because of their problems", nullptr, skipped).arg(result.message);
    }
    return result;
}

ClassLists::Result ClassLists::addPupil(const store::StaffRecord &actor, qint64 classId, const QString &lastName,
    const QString &firstName, const QString &identifier, bool extraTime)
{
    Result result;
    if (!mayChange(actor, classId, &result.message)) {
        return result;
    }
    if (lastName.simplified().isEmpty() || firstName.simplified().isEmpty()) {
        result.message = tr("a pupil needs a last name and a first name");
        return result;
    }
    const QString code = uniqueCode({}, &result.message);
    if (code.isEmpty()) {
        return result;
    }
    const qint64 now = m_context.clock.nowMs();
    QList<store::ClassPupilRecord> pupils{
        {0, classId, lastName.simplified(), firstName.simplified(), identifier.simplified(), code, now, extraTime}};
    const store::AuditEntry entry{now, audited(actor), QStringLiteral("add pupil"), QString::number(classId), {}};
    if (!m_context.store.addClassPupils(&pupils, &entry)) {
        result.message = m_context.store.lastError();
        return result;
    }
    result.ok = true;
    result.pupils = pupils;
    result.message = tr("%1 %2 added, code %3").arg(pupils.first().firstName, pupils.first().lastName, code);
    return result;
}

ClassLists::Result ClassLists::editPupil(const store::StaffRecord &actor, const store::ClassPupilRecord &pupil)
{
    Result result;
    const auto current = m_context.store.classPupilById(pupil.id);
    if (!current) {
        result.message = current.failed() ? current.error() : tr("no such pupil");
        return result;
    }
    if (!mayChange(actor, current->classId, &result.message) || !mayChange(actor, pupil.classId, &result.message)) {
        return result;
    }
    store::ClassPupilRecord changed = *current;
    changed.classId = pupil.classId;
    changed.lastName = pupil.lastName.simplified();
    changed.firstName = pupil.firstName.simplified();
    changed.identifier = pupil.identifier.simplified();
    changed.extraTime = pupil.extraTime;
    if (changed.lastName.isEmpty() || changed.firstName.isEmpty()) {
        result.message = tr("a pupil needs a last name and a first name");
        return result;
    }
    const store::AuditEntry entry{
        m_context.clock.nowMs(), audited(actor), QStringLiteral("edit pupil"), QString::number(changed.id), {}};
    if (!m_context.store.updateClassPupil(changed, &entry)) {
        result.message = m_context.store.lastError();
        return result;
    }
    result.ok = true;
    result.pupils = {changed};
    result.message = tr("%1 %2 changed").arg(changed.firstName, changed.lastName);
    return result;
}

ClassLists::Result ClassLists::removePupil(const store::StaffRecord &actor, qint64 pupilId)
{
    Result result;
    const auto pupil = m_context.store.classPupilById(pupilId);
    if (!pupil) {
        result.message = pupil.failed() ? pupil.error() : tr("no such pupil");
        return result;
    }
    if (!mayChange(actor, pupil->classId, &result.message)) {
        return result;
    }
    const auto c = m_context.store.classById(pupil->classId);
    const store::AuditEntry entry{
        m_context.clock.nowMs(), audited(actor), QStringLiteral("remove pupil"), QString::number(pupil->id), {}};
    if (!m_context.store.removeClassPupil(pupil->id, &entry)) {
        result.message = m_context.store.lastError();
        return result;
    }
    result.ok = true;
    result.message = tr("%1 %2 removed from %3").arg(pupil->firstName, pupil->lastName, c ? c->name : QString());
    return result;
}

} // namespace aicet::services
