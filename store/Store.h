#pragma once

#include "store/Read.h"
#include "store/Records.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace aicet::store {

class Store;

/// This process's exclusive hold on one session, so that two programs never run the same pupil's
/// test at once. On SQLite a lock file beside the database (freed when the holder dies); on
/// PostgreSQL a session-level advisory lock (freed when the holder's connection ends, whatever
/// computer it is on). Released when destroyed; must not outlive its Store.
class SessionClaim
{
public:
    ~SessionClaim();
    SessionClaim(const SessionClaim &) = delete;
    SessionClaim &operator=(const SessionClaim &) = delete;
    qint64 sessionId() const { return m_sessionId; }

private:
    friend class Store;
    SessionClaim() = default;
    Store *m_store = nullptr;
    qint64 m_sessionId = 0;
    std::unique_ptr<QLockFile> m_lockFile; ///< SQLite only
};

/// The database of sittings, candidates, sessions, their event logs, results and the audit log.
/// SQLite by default (a file readable by its owner only, WAL journal, synchronous FULL, foreign
/// keys on, secure delete, busy timeout, checked for damage when opened); PostgreSQL (QPSQL) when
/// given a postgresql:// URL, so that many rooms share one server. One schema, versioned; a
/// database written by a newer version is refused, never downgraded. Prepared statements only.
///
/// Errors: every call that writes returns false (or a failed Read) when the database did not
/// take the write, with lastError() saying why; every read returns a Read that tells "not found"
/// from "could not be read". Not thread-safe: use a Store from the thread that opened it.
/// The form in which codes are compared: without spaces or dashes, ASCII letters in upper case.
QString codeKey(const QString &code);
/// The extra minutes a sitting's settings grant the candidate with this code (codes compared by
/// their keys); 0 when none.
double extraMinutesFor(const SittingSettings &settings, const QString &code);

class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    enum class Engine : unsigned char { SQLite, PostgreSQL };

    /// The schema version this build writes. 2: sessions can be paused, the staff's events
    /// (paused, unpaused, time_extended, reopened), per-dimension results as an array; a version
    /// 1 database is migrated when opened (older programs then refuse it rather than write to it
    /// without these rules).
    /// 3: a candidate belongs to a sitting (the same code in two sittings is two people), a
    /// session under way is resumed only with its resume token or the staff's approval, and issued
    /// documents are registered (and can be revoked). 4: levels' probabilities and person fit.
    /// 5: staff accounts and class lists. 6: sittings' owners, pupils' extra time by right, the
    /// staff's incident notes in session logs. 7: banks' releases (their files) kept for the
    /// sittings taken on them.
    static constexpr int kSchemaVersion = 7;

    /// Opens (creating if needed) the database at `location`: a SQLite file path, or
    /// postgresql://user[:password]@host[:port]/database. Never overwrites or adopts a file that
    /// AICET did not create (another program's database, an empty file, a damaged database). On
    /// failure returns nullptr and a message naming the problem.
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
    /// The sitting's candidate with this code; codes match whatever their case, spaces and dashes.
    Read<CandidateRecord> candidate(qint64 sittingId, const QString &code);
    /// Every candidate, of any sitting, with this code (codes matched as above).
    Read<QList<CandidateRecord>> candidatesWithCode(const QString &code);
    Read<CandidateRecord> candidateById(qint64 id);
    /// The sitting's candidate with this code, created (with the name and group) if it does not exist.
    Read<CandidateRecord> ensureCandidate(
        qint64 sittingId, const QString &code, const QString &displayName, const QString &group, qint64 at);
    /// Removes the personal fields (name, group) and replaces the code by an anonymous one,
    /// keeping the responses for item statistics. `audit`, when given, is recorded in the same
    /// transaction (so is it in every write below that takes one).
    /// The candidate's code is also removed from the sitting's settings (extra time).
    bool eraseCandidate(qint64 candidateId, qint64 at, const AuditEntry *audit = nullptr);
    /// What became of the old copies of erased data that the database keeps outside its rows.
    struct ErasedCopies
    {
        bool complete = false; ///< no file of the database holds them any more
        QStringList done; ///< what was done, in words
        QStringList remaining; ///< copies that remain, where, and who can remove them
    };
    /// Call after eraseCandidate (outside any transaction): SQLite empties its journal into the
    /// file (whose erased bytes secure_delete zeroed), trying a few times while other programs
    /// read; PostgreSQL runs VACUUM on the tables that held the data, then CHECKPOINT where the
    /// account may. Never `complete` on PostgreSQL: its write-ahead log is the server's.
    ErasedCopies overwriteErasedCopies();

    // Sittings
    bool createSitting(SittingRecord *sitting, const AuditEntry *audit = nullptr);
    /// The sitting with this code; codes match whatever their case, spaces and dashes.
    Read<SittingRecord> sitting(const QString &code);
    Read<SittingRecord> sittingById(qint64 id);
    Read<QList<SittingRecord>> sittings();
    bool setSittingState(qint64 sittingId, SittingState state, const AuditEntry *audit = nullptr);
    /// Sets the extra time the sitting grants the candidate with this code when their session
    /// starts (0: none), in one transaction that reads and writes the settings.
    bool setSittingExtraTime(
        qint64 sittingId, const QString &candidateCode, double minutes, const AuditEntry *audit = nullptr);
    /// The sitting's candidates (registered from class lists, or who started), by code.
    Read<QList<CandidateRecord>> candidatesOfSitting(qint64 sittingId);

    // Sessions
    Read<SessionRecord> session(qint64 id);
    Read<SessionRecord> session(qint64 sittingId, qint64 candidateId);
    /// Creates the candidate's session in the sitting, or returns the one created at the same
    /// moment by another program. `resumeHash`: the hash of the token that lets the program that
    /// created it resume it. `extraTimeSeconds` below 0 (kExtraTimeFromSitting): the extra time the
    /// sitting's settings grant the candidate, read in the transaction that creates the session
    /// (a teacher's change of it is then either before, and granted, or after, and applied to the
    /// session by the teacher's action).
    static constexpr double kExtraTimeFromSitting = -1.0;
    Read<SessionRecord> createSession(qint64 sittingId, qint64 candidateId, std::uint64_t seed, double extraTimeSeconds,
        qint64 at, const QString &resumeHash = {});

    enum class ResumeGrant : unsigned char {
        Granted, ///< the token is the session's
        GrantedNewToken, ///< the staff allowed it: the session now answers to `newHash` only
        Refused, ///< neither the token nor an approval
        Failed, ///< the database could not be read or written (lastError())
    };
    /// How long the staff's approval to resume a session elsewhere stays valid.
    static constexpr qint64 kResumeApprovalMs = 15 * 60 * 1000;
    /// Whether the holder of the token hashed as `tokenHash` may resume the session at `now`: its
    /// own token (which withdraws an approval still waiting), or the staff's approval given less
    /// than kResumeApprovalMs before (used up by this call, which sets `newHash`). Call it with
    /// the session claimed, so that an approval is not used up by a program that cannot run it.
    ResumeGrant resumeSession(qint64 sessionId, const QString &tokenHash, const QString &newHash, qint64 now);
    /// The staff let the session be resumed once without its token (another computer), within
    /// kResumeApprovalMs; the approval lapses when the session ends.
    bool allowResume(qint64 sessionId, qint64 at, const AuditEntry *audit = nullptr);
    Read<QList<SessionRecord>> sessionsOfSitting(qint64 sittingId);
    Read<QList<SessionRecord>> sessionsOfCandidate(qint64 candidateId);
    /// Every session of a sitting with its candidate, progress and result, in one query.
    Read<QList<SessionOverviewRecord>> sittingOverview(qint64 sittingId);

    /// Takes this process's exclusive hold on a session; nullptr (lastError() says why) when
    /// another program holds it.
    std::unique_ptr<SessionClaim> claimSession(qint64 sessionId);

    // Events
    enum class AppendResult : unsigned char {
        Appended,
        Duplicate, ///< the same answer at this position was already recorded: nothing written
        Conflict, ///< another answer at this position was already recorded: nothing written
        Refused, ///< the session's state does not allow this event (stateAfter): nothing written
        Moved, ///< the log has events the caller had not seen (expectedLastSeq): nothing written
        Failed, ///< the database refused the write (lastError() says why): nothing written
    };
    /// Appends an event in one transaction that locks the session, checks the event against the
    /// session's state (stateAfter), assigns the next sequence number and updates the session's
    /// state; an event that ends the session is written with its `result` (required then), and a
    /// reopening removes the result. An "answered" event is written at most once per position.
    /// Durable when this returns Appended (SQLite: synchronous FULL). With `expectedLastSeq` (0 or
    /// more), the event is written only if the log still ends there: a result computed from the
    /// log is then stored with exactly the log it was computed from.
    AppendResult appendEvent(EventRecord *event, const ResultRecord *result = nullptr, int expectedLastSeq = -1,
        const AuditEntry *audit = nullptr);
    /// The session's events in order; only those after sequence number `afterSeq` when given.
    Read<QList<EventRecord>> events(qint64 sessionId, int afterSeq = 0);
    /// Every answer to the item `itemId` in the sittings on the bank `bankId` (any version), with
    /// the session's ability estimate when it has a result; practice sittings included.
    Read<QList<ItemAnswerRecord>> answersToItem(const QString &bankId, const QString &itemId);
    /// The sessions of every sitting on the bank, and how many answers each item received.
    Read<BankUseRecord> bankUse(const QString &bankId);
    /// Keeps a release of a bank with its files, once per content hash: when that content is
    /// already kept nothing changes and `kept` says false (its first record stands).
    bool saveBankRelease(const BankReleaseRecord &release, const QList<BankFileRecord> &files, bool *kept = nullptr,
        const AuditEntry *audit = nullptr);
    /// The releases of a bank kept in the database, the newest first (files not read).
    Read<QList<BankReleaseRecord>> bankReleases(const QString &bankId);
    /// The release with this content hash (files not read).
    Read<BankReleaseRecord> bankRelease(const QString &contentHash);
    /// The files of the release with this content hash.
    Read<QList<BankFileRecord>> bankReleaseFiles(const QString &contentHash);
    /// The events of a sitting's sessions, by session then sequence, in one query: of the kinds
    /// given (all when empty), of the sessions under way only when `underWayOnly`.
    Read<QList<EventRecord>> sittingEvents(qint64 sittingId, const QList<EventKind> &kinds, bool underWayOnly);

    // Results
    Read<ResultRecord> result(qint64 sessionId);

    // The register of issued documents (certificates and attestations)
    Read<DocumentRecord> document(const QString &number);
    Read<QList<DocumentRecord>> documentsOfSession(qint64 sessionId);
    Read<QList<DocumentRecord>> revokedDocuments();
    /// Records a document issued; `supersedes`, when given, is revoked in the same transaction with
    /// its revokedReason (a new result replaces it).
    bool recordDocument(
        const DocumentRecord &document, const DocumentRecord *supersedes = nullptr, const AuditEntry *audit = nullptr);
    bool revokeDocument(const QString &number, qint64 at, const QString &reason, const AuditEntry *audit = nullptr);

    /// Staff accounts, looked up by name whatever its case and spacing.
    Read<StaffRecord> staffMember(const QString &name);
    Read<StaffRecord> staffMemberById(qint64 id);
    Read<QList<StaffRecord>> staffMembers();
    /// Adds an account (its id written back). `onlyIfNone`: only into a database with no account
    /// yet (the first administrator), checked in the same transaction. False with a message
    /// (lastError()) when the name is taken or, with onlyIfNone, when an account exists.
    bool createStaffMember(StaffRecord *record, bool onlyIfNone, const AuditEntry *audit = nullptr);
    /// Records a sign-in's outcome: the failures counted and until when the account waits.
    bool recordSignIn(qint64 id, int failedAttempts, qint64 blockedUntil, const AuditEntry *audit = nullptr);
    bool setStaffPassword(qint64 id, const QString &passwordHash, const AuditEntry *audit = nullptr);
    bool setStaffDisabled(qint64 id, bool disabled, const AuditEntry *audit = nullptr);

    /// Classes: those of one owner (ownerId 0: all), by name; with their number of pupils.
    Read<QList<ClassRecord>> classes(qint64 ownerId = 0);
    Read<ClassRecord> classById(qint64 id);
    Read<ClassRecord> classNamed(qint64 ownerId, const QString &name);
    /// Adds a class (id written back); refused when the owner has one of that name.
    bool createClass(ClassRecord *record, const AuditEntry *audit = nullptr);
    Read<QList<ClassPupilRecord>> classPupils(qint64 classId);
    Read<ClassPupilRecord> classPupilById(qint64 id);
    Read<ClassPupilRecord> classPupilByCode(const QString &code);
    /// Adds pupils to classes, all or none (ids written back); refused when a code is taken.
    bool addClassPupils(QList<ClassPupilRecord> *pupils, const AuditEntry *audit = nullptr);
    bool updateClassPupil(const ClassPupilRecord &pupil, const AuditEntry *audit = nullptr);
    bool removeClassPupil(qint64 id, const AuditEntry *audit = nullptr);

    /// Records an administrative action.
    bool audit(
        qint64 at, const QString &actor, const QString &action, const QString &target, const QString &details = {});
    Read<QList<AuditEntry>> auditLog();

    /// Test hook: lets a SQLite database grow by at most `extraPages` more pages on this
    /// connection, so that tests can make writes fail as on a full disk (SQLITE_FULL).
    bool limitGrowthForTests(int extraPages);
    /// Test hook: makes every append of `kind` fail as a refused write would (nullopt: none).
    void failAppendsForTests(std::optional<EventKind> kind) { m_failingKind = kind; }

private:
    friend class SessionClaim;
    Store() = default;
    bool openSqlite(QString *error);
    bool openPostgres(QString *error);
    bool initialise(QString *error);
    bool createSchema(QString *error);
    bool migrateTo(int version, QString *error);
    bool createSchema7(QString *error);
    bool fillCodeKeys(const char *table, const char *scope, QString *error);
    bool recordSchemaVersion(int version, QString *error);
    bool exec(const QString &sql, QString *error);
    bool fail(const QString &message);
    QSqlQuery query() const;
    bool begin(QString *error);
    void rollback();
    /// Runs `write` in one transaction and commits it; false (lastError() set by `write`, or the
    /// commit's error) when anything failed, and then nothing is written.
    bool transaction(const std::function<bool()> &write);
    template<typename Record> Read<Record> failedRead(const QSqlQuery &q);
    /// Inside a transaction: reads the sitting's settings (locked on PostgreSQL), lets `change`
    /// edit them (false: nothing to write) and writes them back.
    bool changeSittingSettings(qint64 sittingId, const std::function<bool(SittingSettings &)> &change);
    template<typename Record> Read<QList<Record>> selectMany(QSqlQuery &q, Record (*read)(const QSqlQuery &));
    // The one row of `table` whose `key` column equals `value`, read by `read`.
    template<typename Record>
    Read<Record> selectOne(const char *table, const char *columns, const char *key, const QVariant &value,
        Record (*read)(const QSqlQuery &));
    void releaseClaim(SessionClaim *claim);
    bool insertAudit(const AuditEntry &entry);
    Read<ClassRecord> classWhere(const QString &condition, const QVariantList &values);

    Engine m_engine = Engine::SQLite;
    QString m_location;
    QString m_connection;
    QString m_lastError;
    int m_schemaVersion = 0;
    std::optional<EventKind> m_failingKind;
};

} // namespace aicet::store
