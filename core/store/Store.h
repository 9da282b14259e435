#pragma once

#include "store/Records.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace aicet::store {

/// The database of sittings, candidates, sessions, their event logs, results and the audit log.
/// SQLite by default (a file, WAL journal, synchronous FULL, foreign keys on, busy timeout);
/// PostgreSQL (QPSQL) when given a postgresql:// URL, so that many rooms share one server. One
/// schema, versioned with migrations; a database written by a newer version is refused, never
/// downgraded. Prepared statements only. Not thread-safe: use a Store from the thread that opened
/// it (open one per thread or process).
class Store
{
public:
    enum class Engine : unsigned char { SQLite, PostgreSQL };

    /// The schema version this build writes.
    static constexpr int kSchemaVersion = 1;

    /// Opens (creating if needed) the database at `location`: a SQLite file path, or
    /// postgresql://user[:password]@host[:port]/database. Never overwrites a file that is not an
    /// AICET database. On failure returns nullptr and a message naming the problem.
    static std::unique_ptr<Store> open(const QString &location, QString *error);

    /// The SQLite file in the user's data folder, used when no location is given.
    static QString defaultLocation();

    /// Empty when the Qt Sql driver for `location` is installed, else which package to install.
    static QString checkDriver(const QString &location);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    Engine engine() const { return m_engine; }
    QString location() const { return m_location; }
    /// What went wrong in the last failed call.
    QString lastError() const { return m_lastError; }
    int schemaVersion() const { return m_schemaVersion; }

    // Candidates
    std::optional<CandidateRecord> candidate(const QString &code);
    std::optional<CandidateRecord> candidateById(qint64 id);
    /// The candidate with this code, created (with the name and group) if it does not exist.
    std::optional<CandidateRecord> ensureCandidate(
        const QString &code, const QString &displayName = {}, const QString &group = {});
    /// Removes the personal fields (name, group) and replaces the code by an anonymous one,
    /// keeping the responses for item statistics.
    bool eraseCandidate(const QString &code, qint64 at);

    // Sittings
    bool createSitting(SittingRecord *sitting);
    std::optional<SittingRecord> sitting(const QString &code);
    std::optional<SittingRecord> sittingById(qint64 id);
    QList<SittingRecord> sittings();
    bool setSittingState(qint64 sittingId, const QString &state);
    bool setSittingBankHash(qint64 sittingId, const QString &hash);

    // Sessions
    std::optional<SessionRecord> session(qint64 id);
    std::optional<SessionRecord> session(qint64 sittingId, qint64 candidateId);
    std::optional<SessionRecord> createSession(qint64 sittingId, qint64 candidateId, std::uint64_t seed, qint64 at);
    bool setSessionState(qint64 sessionId, const QString &state, qint64 finishedAt);
    bool setSessionExtraTime(qint64 sessionId, double seconds);
    QList<SessionRecord> sessionsOfSitting(qint64 sittingId);
    QList<SessionRecord> sessionsOfCandidate(qint64 candidateId);

    // Events
    enum class AppendResult : unsigned char {
        Appended,
        Duplicate, ///< the same answer at this position was already recorded: nothing written
        Conflict, ///< another answer at this position was already recorded: nothing written
        Failed, ///< the database refused the write (lastError() says why): nothing written
    };
    /// Appends an event in its own transaction, assigning its sequence number. An "answered"
    /// event is written at most once per position. The write is durable when this returns
    /// Appended (SQLite: synchronous FULL).
    AppendResult appendEvent(EventRecord *event);
    QList<EventRecord> events(qint64 sessionId);

    // Results
    bool saveResult(const ResultRecord &result);
    std::optional<ResultRecord> result(qint64 sessionId);

    /// Records an administrative action.
    bool audit(
        qint64 at, const QString &actor, const QString &action, const QString &target, const QString &details = {});
    struct AuditEntry
    {
        qint64 at = 0;
        QString actor, action, target, details;
    };
    QList<AuditEntry> auditLog();

    /// Test hook: lets a SQLite database grow by at most `extraPages` more pages on this
    /// connection, so that tests can make writes fail as on a full disk (SQLITE_FULL).
    bool limitGrowthForTests(int extraPages);

private:
    Store() = default;
    bool initialise(QString *error);
    bool createSchema(QString *error);
    bool exec(const QString &sql, QString *error);
    bool fail(const QString &message);
    QList<SessionRecord> sessionsWhere(const char *column, qint64 id);
    // The one row of `table` whose `key` column equals `value`, read by `read`.
    template<typename Record>
    std::optional<Record> selectOne(const char *table, const char *columns, const char *key, const QVariant &value,
        Record (*read)(const QSqlQuery &));

    Engine m_engine = Engine::SQLite;
    QString m_location;
    QString m_connection;
    QString m_lastError;
    int m_schemaVersion = 0;
};

} // namespace aicet::store
