#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

namespace aicet::store {
namespace {

Q_LOGGING_CATEGORY(lcStore, "aicet.store", QtWarningMsg)

QString tr(const char *text)
{
    return QCoreApplication::translate("aicet::store", text);
}

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

// Text for a NOT NULL column: a null QString would be bound as SQL NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QString jsonText(const QJsonObject &o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &v)
{
    return v.isNull() ? QJsonObject() : QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

// The schema of version 1. %ID% is the dialect's auto-increment primary key.
const char *const kSchemaV1[] = {
    "CREATE TABLE aicet_schema (version INTEGER NOT NULL, written_by TEXT NOT NULL, updated_at BIGINT NOT NULL)",
    "CREATE TABLE candidates (id %ID%, code TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, group_name TEXT NOT "
    "NULL, created_at BIGINT NOT NULL, erased_at BIGINT NOT NULL)",
    "CREATE TABLE sittings (id %ID%, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL, bank_id TEXT NOT NULL, "
    "bank_path TEXT NOT NULL, bank_hash TEXT NOT NULL, settings TEXT NOT NULL, language TEXT NOT NULL, opens_at "
    "BIGINT NOT NULL, closes_at BIGINT NOT NULL, show_results INTEGER NOT NULL, show_explanations INTEGER NOT NULL, "
    "ask_name INTEGER NOT NULL, practice INTEGER NOT NULL, state TEXT NOT NULL, created_at BIGINT NOT NULL)",
    "CREATE TABLE sessions (id %ID%, sitting_id BIGINT NOT NULL REFERENCES sittings(id), candidate_id BIGINT NOT "
    "NULL REFERENCES candidates(id), seed BIGINT NOT NULL, state TEXT NOT NULL, started_at BIGINT NOT NULL, "
    "finished_at BIGINT NOT NULL, extra_time DOUBLE PRECISION NOT NULL, UNIQUE (sitting_id, candidate_id))",
    "CREATE TABLE events (id %ID%, session_id BIGINT NOT NULL REFERENCES sessions(id), seq INTEGER NOT NULL, kind "
    "TEXT NOT NULL, at BIGINT NOT NULL, position INTEGER, item_id TEXT, response TEXT, category INTEGER, payload TEXT, "
    "answer_position INTEGER, UNIQUE (session_id, seq), UNIQUE (session_id, answer_position))",
    "CREATE TABLE results (session_id BIGINT PRIMARY KEY REFERENCES sessions(id), theta DOUBLE PRECISION NOT NULL, "
    "se DOUBLE PRECISION NOT NULL, score DOUBLE PRECISION NOT NULL, score_low DOUBLE PRECISION NOT NULL, score_high "
    "DOUBLE PRECISION NOT NULL, level TEXT NOT NULL, stop_reason TEXT NOT NULL, items INTEGER NOT NULL, dimensions "
    "TEXT NOT NULL, computed_at BIGINT NOT NULL)",
    "CREATE TABLE audit_log (id %ID%, at BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT "
    "NULL, details TEXT NOT NULL)",
    "CREATE INDEX sessions_candidate ON sessions (candidate_id)",
};

CandidateRecord readCandidate(const QSqlQuery &q)
{
    CandidateRecord c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.displayName = q.value(2).toString();
    c.group = q.value(3).toString();
    c.createdAt = q.value(4).toLongLong();
    c.erasedAt = q.value(5).toLongLong();
    return c;
}

const char kCandidateColumns[] = "id, code, display_name, group_name, created_at, erased_at";
const char kSittingColumns[] = "id, code, title, bank_id, bank_path, bank_hash, settings, language, opens_at, "
                               "closes_at, show_results, show_explanations, ask_name, practice, state, created_at";
const char kSessionColumns[] = "id, sitting_id, candidate_id, seed, state, started_at, finished_at, extra_time";
const char kEventColumns[] = "id, session_id, seq, kind, at, position, item_id, response, category, payload";

SittingRecord readSitting(const QSqlQuery &q)
{
    SittingRecord s;
    s.id = q.value(0).toLongLong();
    s.code = q.value(1).toString();
    s.title = q.value(2).toString();
    s.bankId = q.value(3).toString();
    s.bankPath = q.value(4).toString();
    s.bankHash = q.value(5).toString();
    s.settings = jsonObject(q.value(6));
    s.language = q.value(7).toString();
    s.opensAt = q.value(8).toLongLong();
    s.closesAt = q.value(9).toLongLong();
    s.showResults = q.value(10).toInt() != 0;
    s.showExplanations = q.value(11).toInt() != 0;
    s.askName = q.value(12).toInt() != 0;
    s.practice = q.value(13).toInt() != 0;
    s.state = q.value(14).toString();
    s.createdAt = q.value(15).toLongLong();
    return s;
}

SessionRecord readSession(const QSqlQuery &q)
{
    SessionRecord s;
    s.id = q.value(0).toLongLong();
    s.sittingId = q.value(1).toLongLong();
    s.candidateId = q.value(2).toLongLong();
    s.seed = static_cast<std::uint64_t>(q.value(3).toLongLong());
    s.state = q.value(4).toString();
    s.startedAt = q.value(5).toLongLong();
    s.finishedAt = q.value(6).toLongLong();
    s.extraTimeSeconds = q.value(7).toDouble();
    return s;
}

EventRecord readEvent(const QSqlQuery &q)
{
    EventRecord e;
    e.id = q.value(0).toLongLong();
    e.sessionId = q.value(1).toLongLong();
    e.seq = q.value(2).toInt();
    e.kind = q.value(3).toString();
    e.at = q.value(4).toLongLong();
    e.position = q.value(5).isNull() ? -1 : q.value(5).toInt();
    e.itemId = q.value(6).toString();
    e.response = jsonObject(q.value(7));
    e.category = q.value(8).isNull() ? -1 : q.value(8).toInt();
    e.payload = jsonObject(q.value(9));
    return e;
}

} // namespace

QString Store::defaultLocation()
{
    // One folder for every AICET program (the desktop application and the command line share it).
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty()) {
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    }
    return dir + QStringLiteral("/aicet/aicet.sqlite");
}

QString Store::checkDriver(const QString &location)
{
    if (isPostgresUrl(location)) {
        return QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))
            ? QString()
            : tr("the Qt PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql");
    }
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))
        ? QString()
        : tr("the Qt SQLite driver (QSQLITE) is not installed: install the Debian package libqt6sql6-sqlite");
}

std::unique_ptr<Store> Store::open(const QString &location, QString *error)
{
    if (const QString missing = checkDriver(location); !missing.isEmpty()) {
        *error = missing;
        return nullptr;
    }
    std::unique_ptr<Store> store(new Store);
    store->m_location = location;
    store->m_connection = QStringLiteral("aicet-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (isPostgresUrl(location)) {
        store->m_engine = Engine::PostgreSQL;
        const QUrl url(location);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
            *error = tr("%1: not a PostgreSQL address such as postgresql://user@127.0.0.1/aicet").arg(location);
            return nullptr;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!db.open()) {
            *error = tr("cannot connect to PostgreSQL at %1:%2/%3: %4")
                         .arg(url.host())
                         .arg(url.port(5432))
                         .arg(url.path().mid(1), db.lastError().text().trimmed());
            return nullptr;
        }
    } else {
        store->m_engine = Engine::SQLite;
        const QFileInfo info(location);
        if (info.isDir()) {
            *error = tr("%1 is a folder, not a database file").arg(location);
            return nullptr;
        }
        if (info.exists() && info.size() > 0) {
            QFile f(location);
            if (!f.open(QIODevice::ReadOnly)) {
                *error = tr("%1: cannot read: %2").arg(location, f.errorString());
                return nullptr;
            }
            if (f.read(16) != QByteArray("SQLite format 3\0", 16)) {
                *error = tr("%1 is not a database file (it was left untouched)").arg(location);
                return nullptr;
            }
        }
        if (!QDir().mkpath(info.absolutePath())) {
            *error = tr("cannot create the folder %1").arg(info.absolutePath());
            return nullptr;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
        db.setDatabaseName(location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = tr("%1: cannot open the database: %2").arg(location, db.lastError().text());
            return nullptr;
        }
        // Refuse another program's database before changing anything in it (even the journal mode
        // is written to the file).
        {
            QSqlQuery tables(db);
            if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                *error = tr("%1 is not a usable database: %2").arg(location, tables.lastError().text());
                return nullptr;
            }
            QStringList names;
            while (tables.next()) {
                names.append(tables.value(0).toString());
            }
            names.removeAll(QStringLiteral("sqlite_sequence"));
            if (!names.isEmpty() && !names.contains(QStringLiteral("aicet_schema"))) {
                *error = tr("%1 holds another program's data, not an AICET database (it was left untouched)")
                             .arg(location);
                return nullptr;
            }
        }
        // Durable commits, readers that never block the writer, referential integrity.
        QString pragmaError;
        QSqlQuery wal(db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !wal.next()) {
            *error = tr("%1 is not a usable database: %2").arg(location, wal.lastError().text());
            return nullptr;
        }
        if (wal.value(0).toString().toLower() != QLatin1String("wal")) {
            qCWarning(lcStore) << "journal mode is" << wal.value(0).toString() << "instead of WAL for" << location;
        }
        if (!store->exec(QStringLiteral("PRAGMA synchronous=FULL"), &pragmaError)
            || !store->exec(QStringLiteral("PRAGMA foreign_keys=ON"), &pragmaError)) {
            *error = tr("%1: %2").arg(location, pragmaError);
            return nullptr;
        }
    }
    if (!store->initialise(error)) {
        return nullptr;
    }
    return store;
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool Store::exec(const QString &sql, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool Store::fail(const QString &message)
{
    m_lastError = message;
    qCWarning(lcStore) << message;
    return false;
}

bool Store::initialise(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const bool sqlite = m_engine == Engine::SQLite;
    // One initialiser at a time: several rooms may open a new PostgreSQL database together.
    if (!exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), error)) {
        *error = tr("%1: %2").arg(m_location, *error);
        return false;
    }
    auto rollback = [&] {
        QString ignored;
        exec(QStringLiteral("ROLLBACK"), &ignored);
    };
    if (!sqlite && !exec(QStringLiteral("SELECT pg_advisory_xact_lock(1095320404)"), error)) {
        rollback();
        return false;
    }
    QSqlQuery tables(db);
    const bool listed = tables.exec(sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
                                           : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                                            "table_schema = current_schema()"));
    if (!listed) {
        *error = tr("%1 is not a usable database: %2").arg(m_location, tables.lastError().text());
        rollback();
        return false;
    }
    QStringList names;
    while (tables.next()) {
        names.append(tables.value(0).toString());
    }
    tables.finish();
    if (!names.contains(QStringLiteral("aicet_schema"))) {
        names.removeAll(QStringLiteral("sqlite_sequence"));
        if (!names.isEmpty()) {
            *error
                = tr("%1 holds another program's data, not an AICET database (it was left untouched)").arg(m_location);
            rollback();
            return false;
        }
        if (!createSchema(error)) {
            rollback();
            *error = tr("%1: cannot create the tables: %2").arg(m_location, *error);
            return false;
        }
        m_schemaVersion = kSchemaVersion;
    } else {
        QSqlQuery v(db);
        if (!v.exec(QStringLiteral("SELECT MAX(version) FROM aicet_schema")) || !v.next()) {
            *error = tr("%1: cannot read the schema version: %2").arg(m_location, v.lastError().text());
            rollback();
            return false;
        }
        m_schemaVersion = v.value(0).toInt();
        v.finish();
        if (m_schemaVersion > kSchemaVersion) {
            *error = tr("%1 was written by a newer version of AICET (database schema %2; this version reads up to %3). "
                        "Install the newer AICET; the database was left untouched.")
                         .arg(m_location)
                         .arg(m_schemaVersion)
                         .arg(kSchemaVersion);
            rollback();
            return false;
        }
        // Migrations from older schemas go here, one version at a time, inside this transaction.
    }
    if (!exec(QStringLiteral("COMMIT"), error)) {
        *error = tr("%1: %2").arg(m_location, *error);
        rollback();
        return false;
    }
    return true;
}

bool Store::createSchema(QString *error)
{
    const QString id = m_engine == Engine::SQLite
        ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
        : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    for (const char *statement : kSchemaV1) {
        QString sql = QString::fromLatin1(statement);
        sql.replace(QStringLiteral("%ID%"), id);
        if (!exec(sql, error)) {
            return false;
        }
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO aicet_schema (version, written_by, updated_at) VALUES (?, ?, ?)"));
    q.addBindValue(kSchemaVersion);
    q.addBindValue(QStringLiteral("AICET %1").arg(QCoreApplication::applicationVersion()));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

template<typename Record>
std::optional<Record> Store::selectOne(
    const char *table, const char *columns, const char *key, const QVariant &value, Record (*read)(const QSqlQuery &))
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                  .arg(QLatin1String(columns), QLatin1String(table), QLatin1String(key)));
    q.addBindValue(value);
    if (!q.exec()) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        return std::nullopt; // not found is no error
    }
    return read(q);
}

std::optional<CandidateRecord> Store::candidate(const QString &code)
{
    return selectOne<CandidateRecord>("candidates", kCandidateColumns, "code", code, readCandidate);
}

std::optional<CandidateRecord> Store::candidateById(qint64 id)
{
    return selectOne<CandidateRecord>("candidates", kCandidateColumns, "id", id, readCandidate);
}

std::optional<CandidateRecord> Store::ensureCandidate(
    const QString &code, const QString &displayName, const QString &group)
{
    if (auto existing = candidate(code)) {
        return existing;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO candidates (code, display_name, group_name, created_at, erased_at) "
                             "VALUES (?, ?, ?, ?, 0) RETURNING id"));
    q.addBindValue(code);
    q.addBindValue(text(displayName));
    q.addBindValue(text(group));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec() || !q.next()) {
        // Another room may have created it at the same moment: read it back.
        const QString error = q.lastError().text();
        q.finish();
        if (auto existing = candidate(code)) {
            return existing;
        }
        fail(tr("cannot record candidate \"%1\": %2").arg(code, error));
        return std::nullopt;
    }
    q.finish();
    return candidate(code);
}

bool Store::eraseCandidate(const QString &code, qint64 at)
{
    const auto c = candidate(code);
    if (!c) {
        return fail(tr("no candidate \"%1\"").arg(code));
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "UPDATE candidates SET code = ?, display_name = '', group_name = '', erased_at = ? WHERE id = ?"));
    q.addBindValue(QStringLiteral("erased-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')));
    q.addBindValue(at);
    q.addBindValue(c->id);
    if (!q.exec()) {
        return fail(q.lastError().text());
    }
    return true;
}

bool Store::createSitting(SittingRecord *s)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("INSERT INTO sittings (code, title, bank_id, bank_path, bank_hash, settings, language, "
                       "opens_at, closes_at, show_results, show_explanations, ask_name, practice, state, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v : {text(s->code), text(s->title), text(s->bankId), text(s->bankPath), text(s->bankHash),
             QVariant(QString::fromUtf8(QJsonDocument(s->settings).toJson(QJsonDocument::Compact))), text(s->language),
             QVariant(s->opensAt), QVariant(s->closesAt), QVariant(int(s->showResults)),
             QVariant(int(s->showExplanations)), QVariant(int(s->askName)), QVariant(int(s->practice)), text(s->state),
             QVariant(s->createdAt)}) {
        q.addBindValue(v);
    }
    if (!q.exec() || !q.next()) {
        const QString error = q.lastError().text();
        q.finish();
        if (sitting(s->code)) {
            return fail(tr("a sitting with the code \"%1\" already exists").arg(s->code));
        }
        return fail(tr("cannot create the sitting: %1").arg(error));
    }
    s->id = q.value(0).toLongLong();
    return true;
}

std::optional<SittingRecord> Store::sitting(const QString &code)
{
    return selectOne<SittingRecord>("sittings", kSittingColumns, "code", code, readSitting);
}

std::optional<SittingRecord> Store::sittingById(qint64 id)
{
    return selectOne<SittingRecord>("sittings", kSittingColumns, "id", id, readSitting);
}

QList<SittingRecord> Store::sittings()
{
    QList<SittingRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM sittings ORDER BY created_at, id").arg(QLatin1String(kSittingColumns)));
    if (!q.exec()) {
        fail(q.lastError().text());
        return list;
    }
    while (q.next()) {
        list.append(readSitting(q));
    }
    return list;
}

bool Store::setSittingState(qint64 sittingId, const QString &state)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE sittings SET state = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(sittingId);
    return q.exec() || fail(q.lastError().text());
}

bool Store::setSittingBankHash(qint64 sittingId, const QString &hash)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE sittings SET bank_hash = ? WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(sittingId);
    return q.exec() || fail(q.lastError().text());
}

std::optional<SessionRecord> Store::session(qint64 id)
{
    return selectOne<SessionRecord>("sessions", kSessionColumns, "id", id, readSession);
}

std::optional<SessionRecord> Store::session(qint64 sittingId, qint64 candidateId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE sitting_id = ? AND candidate_id = ?")
                  .arg(QLatin1String(kSessionColumns)));
    q.addBindValue(sittingId);
    q.addBindValue(candidateId);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return readSession(q);
}

std::optional<SessionRecord> Store::createSession(qint64 sittingId, qint64 candidateId, std::uint64_t seed, qint64 at)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO sessions (sitting_id, candidate_id, seed, state, started_at, finished_at, "
                             "extra_time) VALUES (?, ?, ?, 'running', ?, 0, 0) RETURNING id"));
    q.addBindValue(sittingId);
    q.addBindValue(candidateId);
    q.addBindValue(static_cast<qint64>(seed));
    q.addBindValue(at);
    if (!q.exec() || !q.next()) {
        const QString error = q.lastError().text();
        q.finish();
        if (auto existing = session(sittingId, candidateId)) {
            return existing; // created at the same moment elsewhere
        }
        fail(tr("cannot create the session: %1").arg(error));
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return session(id);
}

bool Store::setSessionState(qint64 sessionId, const QString &state, qint64 finishedAt)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE sessions SET state = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(finishedAt);
    q.addBindValue(sessionId);
    return q.exec() || fail(q.lastError().text());
}

bool Store::setSessionExtraTime(qint64 sessionId, double seconds)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE sessions SET extra_time = ? WHERE id = ?"));
    q.addBindValue(seconds);
    q.addBindValue(sessionId);
    return q.exec() || fail(q.lastError().text());
}

QList<SessionRecord> Store::sessionsOfSitting(qint64 sittingId)
{
    return sessionsWhere("sitting_id", sittingId);
}

QList<SessionRecord> Store::sessionsOfCandidate(qint64 candidateId)
{
    return sessionsWhere("candidate_id", candidateId);
}

QList<SessionRecord> Store::sessionsWhere(const char *column, qint64 id)
{
    QList<SessionRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE %2 = ? ORDER BY id")
                  .arg(QLatin1String(kSessionColumns), QLatin1String(column)));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(q.lastError().text());
        return list;
    }
    while (q.next()) {
        list.append(readSession(q));
    }
    return list;
}

Store::AppendResult Store::appendEvent(EventRecord *e)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QString error;
    if (!exec(m_engine == Engine::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), &error)) {
        fail(error.contains(QLatin1String("locked"))
                ? tr("the database %1 is locked by another program (still busy after 5 s): %2").arg(m_location, error)
                : tr("cannot write to the database: %1").arg(error));
        return AppendResult::Failed;
    }
    auto rollback = [&](const QString &message) {
        QString ignored;
        exec(QStringLiteral("ROLLBACK"), &ignored);
        if (!message.isEmpty()) {
            fail(message);
        }
    };
    const bool answer = e->kind == QLatin1String("answered");
    if (answer) {
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT item_id, response, category FROM events WHERE session_id = ? AND "
                                        "answer_position = ?"));
        existing.addBindValue(e->sessionId);
        existing.addBindValue(e->position);
        if (!existing.exec()) {
            rollback(tr("cannot read the answers: %1").arg(existing.lastError().text()));
            return AppendResult::Failed;
        }
        if (existing.next()) {
            const bool same = existing.value(0).toString() == e->itemId && jsonObject(existing.value(1)) == e->response
                && existing.value(2).toInt() == e->category;
            existing.finish();
            rollback({});
            m_lastError
                = same ? QString() : tr("position %1 was already answered with another answer").arg(e->position);
            return same ? AppendResult::Duplicate : AppendResult::Conflict;
        }
    }
    QSqlQuery seq(db);
    seq.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events WHERE session_id = ?"));
    seq.addBindValue(e->sessionId);
    if (!seq.exec() || !seq.next()) {
        rollback(tr("cannot read the event log: %1").arg(seq.lastError().text()));
        return AppendResult::Failed;
    }
    e->seq = seq.value(0).toInt() + 1;
    seq.finish();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO events (session_id, seq, kind, at, position, item_id, response, category, "
                             "payload, answer_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(e->sessionId);
    q.addBindValue(e->seq);
    q.addBindValue(e->kind);
    q.addBindValue(e->at);
    q.addBindValue(e->position >= 0 ? QVariant(e->position) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(e->itemId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e->itemId));
    q.addBindValue(e->response.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(jsonText(e->response)));
    q.addBindValue(e->category >= 0 ? QVariant(e->category) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(e->payload.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(jsonText(e->payload)));
    q.addBindValue(answer ? QVariant(e->position) : QVariant(QMetaType(QMetaType::Int)));
    if (!q.exec() || !q.next()) {
        rollback(tr("cannot record the event: %1").arg(q.lastError().text()));
        return AppendResult::Failed;
    }
    e->id = q.value(0).toLongLong();
    q.finish();
    if (!exec(QStringLiteral("COMMIT"), &error)) {
        rollback(tr("cannot save to the database: %1").arg(error));
        return AppendResult::Failed;
    }
    m_lastError.clear();
    return AppendResult::Appended;
}

QList<EventRecord> Store::events(qint64 sessionId)
{
    QList<EventRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("SELECT %1 FROM events WHERE session_id = ? ORDER BY seq").arg(QLatin1String(kEventColumns)));
    q.addBindValue(sessionId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return list;
    }
    while (q.next()) {
        list.append(readEvent(q));
    }
    return list;
}

bool Store::saveResult(const ResultRecord &r)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM results WHERE session_id = ?"));
    del.addBindValue(r.sessionId);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO results (session_id, theta, se, score, score_low, score_high, level, "
                             "stop_reason, items, dimensions, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(r.sessionId), QVariant(r.theta), QVariant(r.se), QVariant(r.score),
             QVariant(r.scoreLow), QVariant(r.scoreHigh), text(r.level), text(r.stopReason), QVariant(r.items),
             QVariant(QString::fromUtf8(QJsonDocument(r.dimensions).toJson(QJsonDocument::Compact))),
             QVariant(r.computedAt)}) {
        q.addBindValue(v);
    }
    QString error;
    if (!exec(QStringLiteral("BEGIN"), &error)) {
        return fail(error);
    }
    if (!del.exec() || !q.exec()) {
        const QString message = del.lastError().isValid() ? del.lastError().text() : q.lastError().text();
        exec(QStringLiteral("ROLLBACK"), &error);
        return fail(tr("cannot save the result: %1").arg(message));
    }
    if (!exec(QStringLiteral("COMMIT"), &error)) {
        exec(QStringLiteral("ROLLBACK"), &error);
        return fail(tr("cannot save the result: %1").arg(error));
    }
    return true;
}

std::optional<ResultRecord> Store::result(qint64 sessionId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT session_id, theta, se, score, score_low, score_high, level, stop_reason, items, "
                             "dimensions, computed_at FROM results WHERE session_id = ?"));
    q.addBindValue(sessionId);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    ResultRecord r;
    r.sessionId = q.value(0).toLongLong();
    r.theta = q.value(1).toDouble();
    r.se = q.value(2).toDouble();
    r.score = q.value(3).toDouble();
    r.scoreLow = q.value(4).toDouble();
    r.scoreHigh = q.value(5).toDouble();
    r.level = q.value(6).toString();
    r.stopReason = q.value(7).toString();
    r.items = q.value(8).toInt();
    r.dimensions = jsonObject(q.value(9));
    r.computedAt = q.value(10).toLongLong();
    return r;
}

bool Store::audit(qint64 at, const QString &actor, const QString &action, const QString &target, const QString &details)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(at);
    q.addBindValue(text(actor));
    q.addBindValue(text(action));
    q.addBindValue(text(target));
    q.addBindValue(text(details));
    return q.exec() || fail(q.lastError().text());
}

QList<Store::AuditEntry> Store::auditLog()
{
    QList<AuditEntry> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT at, actor, action, target, details FROM audit_log ORDER BY id"))) {
        while (q.next()) {
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString()});
        }
    }
    return list;
}

bool Store::limitGrowthForTests(int extraPages)
{
    if (m_engine != Engine::SQLite) {
        return fail(tr("only SQLite databases can be limited"));
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next()) {
        return fail(q.lastError().text());
    }
    const qint64 pages = q.value(0).toLongLong() + extraPages;
    q.finish();
    return q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)) || fail(q.lastError().text());
}

} // namespace aicet::store
