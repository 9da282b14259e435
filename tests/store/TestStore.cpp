#include "TestData.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <thread>

using namespace aicet;
using namespace aicet::store;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs one statement on the database at `location` through a connection of its own (below).
bool execElsewhere(const QString &location, const QString &sql);

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void backends_data();
    void sittingsAndCandidates_data() { backends_data(); }
    void sittingsAndCandidates();
    void eventLog_data() { backends_data(); }
    void eventLog();
    void results_data() { backends_data(); }
    void results();
    void reopenKeepsEverything();
    void walJournal();
    void newerSchemaIsRefused();
    void olderSchemaIsMigrated_data() { backends_data(); }
    void olderSchemaIsMigrated();
    void notADatabase();
    void foreignDatabase();
    void unreachableServer();
    void driverCheck();
    void fullDiskIsReported();
    void lockedDatabaseIsReported();
    void sessionStates_data() { backends_data(); }
    void sessionStates();
    void failedReadIsNoNotFound_data() { backends_data(); }
    void failedReadIsNoNotFound();
    void claims_data() { backends_data(); }
    void claims();
    void emptyFileIsRefused();
    void damagedDatabaseIsRefused();
    void ownerOnly();
    void concurrentAppendsOnPostgres();

private:
    std::unique_ptr<Store> open(const QString &backend);
    QTemporaryDir m_dir;
    QString m_pg;
    int m_counter = 0;
};

void TestStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!test::postgresUrl().isEmpty()) {
        QString error;
        m_pg = test::freshPostgresDatabase(QStringLiteral("aicet_test_store"), &error);
        QVERIFY2(!m_pg.isEmpty(), qPrintable(error));
    }
}

void TestStore::backends_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
    if (!test::postgresUrl().isEmpty()) {
        QTest::addRow("postgresql") << QStringLiteral("postgresql");
    } else {
        qWarning("AICET_TEST_PGURL is not set: the PostgreSQL runs are skipped (./aicet.sh test sets it)");
    }
}

std::unique_ptr<Store> TestStore::open(const QString &backend)
{
    QString error;
    const QString location = backend == QLatin1String("sqlite")
        ? m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_counter))
        : m_pg;
    auto s = Store::open(location, &error);
    if (!s) {
        qWarning("cannot open %s: %s", qPrintable(location), qPrintable(error));
    }
    return s;
}

void TestStore::sittingsAndCandidates()
{
    QFETCH(QString, backend);
    auto s = open(backend);
    QVERIFY(s);
    QCOMPARE(s->schemaVersion(), Store::kSchemaVersion);
    const QString code = QStringLiteral("S-%1-%2").arg(backend).arg(m_counter);
    SittingRecord sitting;
    sitting.code = code;
    sitting.title = QStringLiteral("Classe de 4e B");
    sitting.bankId = QStringLiteral("aicet");
    sitting.bankPath = QStringLiteral("/banks/aicet");
    sitting.bankHash = QStringLiteral("abc");
    sitting.settings.maxItems = 25;
    sitting.settings.extraTimeMinutes.insert(QStringLiteral("4B-07"), 10.0);
    sitting.createdAt = 1000;
    QVERIFY2(s->createSitting(&sitting), qPrintable(s->lastError()));
    QVERIFY(sitting.id > 0);
    SittingRecord again = sitting;
    QVERIFY(!s->createSitting(&again));
    QVERIFY(s->lastError().contains(QStringLiteral("already exists")));
    const auto read = s->sitting(code);
    QVERIFY(read);
    QCOMPARE(read->title, sitting.title);
    QCOMPARE(read->settings, sitting.settings);
    QVERIFY(!read->settings.minItems);
    QCOMPARE(read->state, SittingState::Open);
    QVERIFY(s->setSittingState(read->id, SittingState::Closed));
    QCOMPARE(s->sitting(code)->state, SittingState::Closed);
    QVERIFY(!s->sittings()->isEmpty());
    QVERIFY(!s->sitting(QStringLiteral("NONE")).found());
    QVERIFY(!s->sitting(QStringLiteral("NONE")).failed());

    const auto c = s->ensureCandidate(
        sitting.id, QStringLiteral("4B-07-%1").arg(backend), QStringLiteral("Léa"), QStringLiteral("4B"), 1500);
    QVERIFY(c);
    QCOMPARE(c->displayName, QStringLiteral("Léa"));
    QCOMPARE(c->createdAt, 1500);
    QCOMPARE(s->ensureCandidate(sitting.id, c->code, {}, {}, 1600)->id, c->id); // found, not created again
    // Codes match whatever their case, spaces and dashes, in the same way on both databases
    // (letters beyond ASCII included: the key is computed by the program, not by SQL's UPPER).
    const auto zoe = s->ensureCandidate(sitting.id, QStringLiteral("Zoé-%1").arg(backend), {}, {}, 1500);
    QVERIFY2(zoe, qPrintable(zoe.error()));
    QCOMPARE(s->candidate(sitting.id, QStringLiteral("zoé %1").arg(backend.toUpper()))->id, zoe->id);
    QCOMPARE(s->ensureCandidate(sitting.id, QStringLiteral("ZOé%1").arg(backend), {}, {}, 1600)->id, zoe->id);
    QCOMPARE(s->sitting(code.toLower())->id, sitting.id);
    const auto session = s->createSession(sitting.id, c->id, 0xFFFFFFFFFFFFFFF0ULL, 600.0, 2000);
    QVERIFY(session);
    QCOMPARE(session->seed, 0xFFFFFFFFFFFFFFF0ULL); // the full 64 bits survive
    QCOMPARE(session->extraTimeSeconds, 600.0);
    QCOMPARE(s->createSession(sitting.id, c->id, 1, 0, 3000)->id, session->id); // one per candidate and sitting
    QVERIFY(s->eraseCandidate(c->id, 5000));
    QVERIFY(!s->candidate(sitting.id, c->code));
    const auto erased = s->candidateById(c->id);
    QVERIFY(erased->displayName.isEmpty() && erased->group.isEmpty());
    QVERIFY(erased->code.startsWith(QStringLiteral("erased-")));
    QCOMPARE(s->sessionsOfCandidate(c->id)->size(), 1); // responses kept
    QVERIFY(s->audit(6000, QStringLiteral("test"), QStringLiteral("candidate.erase"), QStringLiteral("x")));
    QVERIFY(!s->auditLog()->isEmpty());
}

void TestStore::eventLog()
{
    QFETCH(QString, backend);
    auto s = open(backend);
    QVERIFY(s);
    SittingRecord sitting;
    sitting.code = QStringLiteral("E-%1").arg(m_counter);
    sitting.bankHash = QStringLiteral("h");
    QVERIFY(s->createSitting(&sitting));
    const auto c = s->ensureCandidate(sitting.id, QStringLiteral("cand-%1").arg(m_counter), {}, {}, 1);
    const auto session = s->createSession(sitting.id, c->id, 7, 0, 1);
    QVERIFY(session);
    EventRecord started{0, session->id, 0, EventKind::Started, 10, -1, {}, {}, -1, {}};
    QCOMPARE(s->appendEvent(&started), Store::AppendResult::Appended);
    QCOMPARE(started.seq, 1);
    EventRecord answer{0, session->id, 0, EventKind::Answered, 20, 1, QStringLiteral("q1"),
        QJsonObject{{QStringLiteral("choices"), QJsonArray{QStringLiteral("a")}}}, 1, {}};
    QCOMPARE(s->appendEvent(&answer), Store::AppendResult::Appended);
    QCOMPARE(answer.seq, 2);
    EventRecord same = answer;
    QCOMPARE(s->appendEvent(&same), Store::AppendResult::Duplicate);
    EventRecord other = answer;
    other.response = QJsonObject{{QStringLiteral("choices"), QJsonArray{QStringLiteral("b")}}};
    other.category = 0;
    QCOMPARE(s->appendEvent(&other), Store::AppendResult::Conflict);
    EventRecord focus{0, session->id, 0, EventKind::FocusLost, 30, -1, {}, {}, -1,
        QJsonObject{{QStringLiteral("window"), QStringLiteral("browser")}}};
    QCOMPARE(s->appendEvent(&focus), Store::AppendResult::Appended);
    const QList<EventRecord> events = *s->events(session->id);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[1].kind, EventKind::Answered);
    QCOMPARE(s->events(session->id, 2)->size(), 1); // only what came after seq 2
    QCOMPARE(events[1].itemId, QStringLiteral("q1"));
    QCOMPARE(events[1].category, 1);
    QCOMPARE(events[1].response, answer.response);
    QCOMPARE(events[2].payload.value(QStringLiteral("window")).toString(), QStringLiteral("browser"));
    QCOMPARE(events[2].seq, 3);
    QCOMPARE(events[0].position, -1);
    // A session that does not exist cannot get events (foreign keys on).
    EventRecord orphan{0, 999999, 0, EventKind::Started, 1, -1, {}, {}, -1, {}};
    QCOMPARE(s->appendEvent(&orphan), Store::AppendResult::Failed);
    QVERIFY(!s->lastError().isEmpty());
}

void TestStore::results()
{
    QFETCH(QString, backend);
    auto s = open(backend);
    QVERIFY(s);
    SittingRecord sitting;
    sitting.code = QStringLiteral("R-%1").arg(m_counter);
    QVERIFY(s->createSitting(&sitting));
    const auto session = s->createSession(
        sitting.id, s->ensureCandidate(sitting.id, QStringLiteral("r-%1").arg(m_counter), {}, {}, 1)->id, 1, 0, 1);
    ResultRecord r;
    r.sessionId = session->id;
    r.theta = 0.25;
    r.se = 0.3;
    r.score = 525;
    r.level = QStringLiteral("apply");
    r.stopReason = QStringLiteral("max-items");
    r.items = 20;
    r.dimensions
        = {{QStringLiteral("TEC"), 8, 0.4, 0.5, {}}, {QStringLiteral("HUM"), 12, 0.1, 0.35, QStringLiteral("apply")}};
    QVERIFY(!s->result(session->id).found());
    // A result is written only with the event that ends the session, in the same transaction.
    EventRecord finished{0, session->id, 0, EventKind::Finished, 99, -1, {}, {}, -1, {}};
    QCOMPARE(s->appendEvent(&finished, &r), Store::AppendResult::Appended);
    const auto read = s->result(session->id);
    QVERIFY(read);
    QCOMPARE(read->theta, 0.25);
    QCOMPARE(read->level, QStringLiteral("apply"));
    QCOMPARE(read->dimensions.size(), std::size_t(2));
    QCOMPARE(read->dimensions[0].dimension, QStringLiteral("TEC")); // the bank's order, kept
    QCOMPARE(read->dimensions[1].theta, 0.1);
    QCOMPARE(read->dimensions[1].level, QStringLiteral("apply"));
    QVERIFY(read->dimensions[0].level.isEmpty());
    QCOMPARE(s->session(session->id)->state, SessionState::Finished);
    QCOMPARE(s->session(session->id)->finishedAt, 99);
}

void TestStore::reopenKeepsEverything()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
    QString error;
    {
        auto s = Store::open(path, &error);
        QVERIFY(s);
        SittingRecord sitting;
        sitting.code = QStringLiteral("KEEP");
        QVERIFY(s->createSitting(&sitting));
    }
    auto s = Store::open(path, &error);
    QVERIFY2(s, qPrintable(error));
    QVERIFY(s->sitting(QStringLiteral("KEEP")));
    // A store in a folder that does not exist yet creates it.
    auto nested = Store::open(m_dir.filePath(QStringLiteral("a/b/c.sqlite")), &error);
    QVERIFY2(nested, qPrintable(error));
}

void TestStore::walJournal()
{
    const QString path = m_dir.filePath(QStringLiteral("wal.sqlite"));
    QString error;
    auto s = Store::open(path, &error);
    QVERIFY(s);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal-check"));
    db.setDatabaseName(path);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("wal-check"));
}

void TestStore::newerSchemaIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    QString error;
    {
        auto s = Store::open(path, &error);
        QVERIFY(s);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE aicet_schema SET version = 99")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    const QByteArray before = fileHash(path);
    QVERIFY(!Store::open(path, &error));
    QVERIFY2(
        error.contains(QStringLiteral("written by a newer version of AICET (database schema 99")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestStore::olderSchemaIsMigrated()
{
    QFETCH(QString, backend);
    const bool sqlite = backend == QLatin1String("sqlite");
    QString error;
    const QString location = sqlite ? m_dir.filePath(QStringLiteral("older.sqlite"))
                                    : test::freshPostgresDatabase(QStringLiteral("aicet_test_migrate"), &error);
    QVERIFY2(!location.isEmpty(), qPrintable(error));
    // A database as version 1 of AICET wrote it, with a code used in two sittings.
    const QString id = sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                              : QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    const QStringList older = {
        QStringLiteral("CREATE TABLE aicet_schema (version INTEGER NOT NULL, written_by TEXT NOT NULL, updated_at "
                       "BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE candidates (id %ID%, code TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL, "
                       "group_name TEXT NOT NULL, created_at BIGINT NOT NULL, erased_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE sittings (id %ID%, code TEXT NOT NULL UNIQUE, title TEXT NOT NULL, bank_id TEXT "
                       "NOT NULL, bank_path TEXT NOT NULL, bank_hash TEXT NOT NULL, settings TEXT NOT NULL, language "
                       "TEXT NOT NULL, opens_at BIGINT NOT NULL, closes_at BIGINT NOT NULL, show_results INTEGER NOT "
                       "NULL, show_explanations INTEGER NOT NULL, ask_name INTEGER NOT NULL, practice INTEGER NOT "
                       "NULL, state TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE sessions (id %ID%, sitting_id BIGINT NOT NULL REFERENCES sittings(id), "
                       "candidate_id BIGINT NOT NULL REFERENCES candidates(id), seed BIGINT NOT NULL, state TEXT NOT "
                       "NULL, started_at BIGINT NOT NULL, finished_at BIGINT NOT NULL, extra_time DOUBLE PRECISION "
                       "NOT NULL, UNIQUE (sitting_id, candidate_id))"),
        QStringLiteral("CREATE TABLE events (id %ID%, session_id BIGINT NOT NULL REFERENCES sessions(id), seq "
                       "INTEGER NOT NULL, kind TEXT NOT NULL, at BIGINT NOT NULL, position INTEGER, item_id TEXT, "
                       "response TEXT, category INTEGER, payload TEXT, answer_position INTEGER, UNIQUE (session_id, "
                       "seq), UNIQUE (session_id, answer_position))"),
        QStringLiteral("CREATE TABLE results (session_id BIGINT PRIMARY KEY REFERENCES sessions(id), theta DOUBLE "
                       "PRECISION NOT NULL, se DOUBLE PRECISION NOT NULL, score DOUBLE PRECISION NOT NULL, score_low "
                       "DOUBLE PRECISION NOT NULL, score_high DOUBLE PRECISION NOT NULL, level TEXT NOT NULL, "
                       "stop_reason TEXT NOT NULL, items INTEGER NOT NULL, dimensions TEXT NOT NULL, computed_at "
                       "BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE audit_log (id %ID%, at BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT "
                       "NULL, target TEXT NOT NULL, details TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX sessions_candidate ON sessions (candidate_id)"),
        QStringLiteral("INSERT INTO aicet_schema VALUES (1, 'AICET 0.1', 1)"),
        QStringLiteral("INSERT INTO sittings (code, title, bank_id, bank_path, bank_hash, settings, language, "
                       "opens_at, closes_at, show_results, show_explanations, ask_name, practice, state, created_at) "
                       "VALUES ('Y2025', '', 'b', '/b', 'h', '{}', '', 0, 0, 1, 1, 1, 0, 'open', 1), ('Y2026', '', "
                       "'b', '/b', 'h', '{}', '', 0, 0, 1, 1, 1, 0, 'open', 2)"),
        QStringLiteral("INSERT INTO candidates (code, display_name, group_name, created_at, erased_at) VALUES ('07', "
                       "'Inès', '4B', 1, 0), ('solo', '', '', 1, 0)"),
        QStringLiteral("INSERT INTO sessions (sitting_id, candidate_id, seed, state, started_at, finished_at, "
                       "extra_time) VALUES (1, 1, 5, 'finished', 1, 2, 0), (2, 1, 6, 'running', 3, 0, 0), (1, 2, 7, "
                       "'running', 4, 0, 0)"),
        QStringLiteral("INSERT INTO events (session_id, seq, kind, at, payload) VALUES (2, 1, 'started', 3, '{}')"),
        QStringLiteral("INSERT INTO results VALUES (1, 0.5, 0.3, 550, 501, 599, 'apply', 'standard-error', 20, "
                       "'[{\"dimension\":\"HUM\",\"theta\":0.4,\"se\":0.5,\"items\":5,\"level\":\"apply\"}]', 2)"),
    };
    for (QString sql : older) {
        QVERIFY(execElsewhere(location, sql.replace(QStringLiteral("%ID%"), id)));
    }
    auto s = Store::open(location, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->schemaVersion(), Store::kSchemaVersion);
    // The shared code became two people, each in their sitting, with the name they had.
    const auto year1 = s->candidate(1, QStringLiteral("07"));
    const auto year2 = s->candidate(2, QStringLiteral("07"));
    QVERIFY(year1 && year2);
    QCOMPARE(year1->id, 1);
    QVERIFY(year2->id != year1->id);
    QCOMPARE(year2->displayName, QStringLiteral("Inès"));
    QCOMPARE(year2->group, QStringLiteral("4B"));
    QCOMPARE(s->session(2)->candidateId, year2->id);
    QCOMPARE(s->session(1)->candidateId, year1->id);
    QCOMPARE(s->events(2)->size(), 1); // the log stays with its session
    QCOMPARE(s->candidatesWithCode(QStringLiteral("07"))->size(), 2);
    QCOMPARE(s->candidate(1, QStringLiteral("SOLO"))->id, 2);
    QCOMPARE(s->sitting(QStringLiteral("y 2026"))->id, 2); // the sittings' codes got their key too
    QVERIFY(s->session(3)->resumeHash.isEmpty());
    // A result of schema 1 keeps its level and scores; it has no level probability (0), no check of
    // the answers, no open end, and its area with a level was reported: informative.
    const auto result = s->result(1);
    QVERIFY(result);
    QCOMPARE(result->level, QStringLiteral("apply"));
    QCOMPARE(result->scoreLow, 501.0);
    QCOMPARE(result->levelProbability, 0.0);
    QVERIFY(result->levelAlternative.isEmpty());
    QVERIFY(!result->fit.available && !result->fit.aberrant());
    QVERIFY(!result->scoreLowOpen && !result->scoreHighOpen);
    QCOMPARE(result->dimensions.size(), std::size_t(1));
    QVERIFY(result->dimensions[0].informative);
    // The new rules hold on the migrated tables.
    QVERIFY(s->ensureCandidate(2, QStringLiteral("solo"), QStringLiteral("Tom"), {}, 9));
    QVERIFY(s->createSession(2, s->candidate(2, QStringLiteral("solo"))->id, 1, 0, 9, QStringLiteral("abc")));
    // And those of schemas 5 and 6: staff, classes with a pupil entitled to extra time, a sitting
    // owned by its teacher, an incident noted in a finished session's log.
    StaffRecord teacher{0, QStringLiteral("Ms Martin"), StaffRole::Teacher, QStringLiteral("$argon2id$x"), 9};
    QVERIFY2(s->createStaffMember(&teacher, false), qPrintable(s->lastError()));
    ClassRecord group{0, QStringLiteral("4B"), teacher.id, 9};
    QVERIFY2(s->createClass(&group), qPrintable(s->lastError()));
    QList<ClassPupilRecord> pupils{
        {0, group.id, QStringLiteral("Durand"), QStringLiteral("Léa"), {}, QStringLiteral("K7MQ-4PXA"), 9, true}};
    QVERIFY2(s->addClassPupils(&pupils), qPrintable(s->lastError()));
    QVERIFY(s->classPupilByCode(QStringLiteral("k7mq4pxa"))->extraTime);
    SittingRecord owned = *s->sitting(QStringLiteral("Y2026"));
    owned.id = 0;
    owned.code = QStringLiteral("OWNED");
    owned.ownerId = teacher.id;
    QVERIFY2(s->createSitting(&owned), qPrintable(s->lastError()));
    QCOMPARE(s->sitting(QStringLiteral("owned"))->ownerId, teacher.id);
    QCOMPARE(s->sitting(QStringLiteral("y2026"))->ownerId, 0);
    QVERIFY2(s->setSittingExtraTime(owned.id, QStringLiteral("K7MQ-4PXA"), 20), qPrintable(s->lastError()));
    QCOMPARE(s->sitting(QStringLiteral("owned"))->settings.extraTimeMinutes.value(QStringLiteral("K7MQ-4PXA")), 20.0);
    EventRecord note{0, 1, 0, EventKind::Incident, 10, -1, {}, {}, -1,
        {{QStringLiteral("category"), QStringLiteral("unwell")}, {QStringLiteral("by"), QStringLiteral("Ms Martin")}}};
    QCOMPARE(s->session(1)->state, SessionState::Finished);
    QCOMPARE(s->appendEvent(&note), Store::AppendResult::Appended);
    QCOMPARE(s->session(1)->state, SessionState::Finished); // a note changes no state
    const auto notes = s->sittingEvents(1, {EventKind::Incident}, false);
    QVERIFY(notes && notes->size() == 1);
    QCOMPARE(notes->first().payload.value(QStringLiteral("category")).toString(), QStringLiteral("unwell"));
    QVERIFY(s->sittingEvents(1, {}, true)->isEmpty()); // its only session has ended
    // Each step is recorded, so that older programs now refuse the database.
    s.reset();
    QSqlDatabase db = QSqlDatabase::addDatabase(
        sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), QStringLiteral("versions"));
    if (sqlite) {
        db.setDatabaseName(location);
    } else {
        const QUrl url(location);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
    }
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(version), COUNT(*) FROM aicet_schema")) && q.next());
        QCOMPARE(q.value(0).toInt(), Store::kSchemaVersion);
        QCOMPARE(q.value(1).toInt(), Store::kSchemaVersion);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("versions"));
}

void TestStore::notADatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("My precious notes, not a database.\n");
    f.close();
    QString error;
    QVERIFY(!Store::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("is not a database file (it was left untouched)")), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("My precious notes, not a database.\n"));
    QVERIFY(!Store::open(m_dir.path(), &error));
    QVERIFY(error.contains(QStringLiteral("is a folder")));
    // A damaged database file: a real header, garbage after it.
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    QFile d(damaged);
    QVERIFY(d.open(QIODevice::WriteOnly));
    d.write(QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x5a'));
    d.close();
    const QByteArray before = fileHash(damaged);
    QVERIFY(!Store::open(damaged, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged.sqlite")), qPrintable(error));
    QCOMPARE(fileHash(damaged), before);
}

void TestStore::foreignDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(path);
    QString error;
    QVERIFY(!Store::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("another program's data")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestStore::unreachableServer()
{
    QString error;
    QVERIFY(!Store::open(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot connect to PostgreSQL at 127.0.0.1:1/none")), qPrintable(error));
    QVERIFY(!Store::open(QStringLiteral("postgresql://"), &error));
    QVERIFY(error.contains(QStringLiteral("not a PostgreSQL address")));
}

void TestStore::driverCheck()
{
    QVERIFY(Store::checkDriver(QStringLiteral("/tmp/x.sqlite")).isEmpty());
    QVERIFY(Store::checkDriver(QStringLiteral("postgresql://a@b/c")).isEmpty());
}

void TestStore::fullDiskIsReported()
{
    QString error;
    auto s = Store::open(m_dir.filePath(QStringLiteral("full.sqlite")), &error);
    QVERIFY(s);
    SittingRecord sitting;
    sitting.code = QStringLiteral("FULL");
    QVERIFY(s->createSitting(&sitting));
    const auto session
        = s->createSession(sitting.id, s->ensureCandidate(sitting.id, QStringLiteral("f"), {}, {}, 1)->id, 1, 0, 1);
    QVERIFY(s->limitGrowthForTests(0));
    // Fill the last pages until the database refuses.
    Store::AppendResult r = Store::AppendResult::Appended;
    int position = 0;
    while (r == Store::AppendResult::Appended && position < 100000) {
        EventRecord e{0, session->id, 0, EventKind::Answered, 1, ++position, QStringLiteral("q"),
            QJsonObject{{QStringLiteral("text"), QString(200, QLatin1Char('x'))}}, 1, {}};
        r = s->appendEvent(&e);
    }
    QCOMPARE(r, Store::AppendResult::Failed);
    QVERIFY2(s->lastError().contains(QStringLiteral("full")), qPrintable(s->lastError()));
    // The refused event is not there, and everything before it is.
    const QList<EventRecord> events = *s->events(session->id);
    QCOMPARE(events.size(), position - 1);
    QCOMPARE(events.last().position, position - 1);
}

void TestStore::lockedDatabaseIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
    QString error;
    auto s = Store::open(path, &error);
    QVERIFY(s);
    SittingRecord sitting;
    sitting.code = QStringLiteral("LOCK");
    QVERIFY(s->createSitting(&sitting));
    const auto session
        = s->createSession(sitting.id, s->ensureCandidate(sitting.id, QStringLiteral("l"), {}, {}, 1)->id, 1, 0, 1);
    {
        // Another program holds the write lock longer than the busy timeout.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        EventRecord e{0, session->id, 0, EventKind::Started, 1, -1, {}, {}, -1, {}};
        QCOMPARE(s->appendEvent(&e), Store::AppendResult::Failed);
        QVERIFY2(s->lastError().contains(QStringLiteral("is locked by another program")), qPrintable(s->lastError()));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    EventRecord e{0, session->id, 0, EventKind::Started, 1, -1, {}, {}, -1, {}};
    QCOMPARE(s->appendEvent(&e), Store::AppendResult::Appended); // fine once released
}

namespace {

// Runs one statement on the database at `location` through a connection of its own, as another
// program would.
bool execElsewhere(const QString &location, const QString &sql)
{
    bool done = false;
    {
        const bool postgres = location.startsWith(QLatin1String("postgresql://"));
        QSqlDatabase db = QSqlDatabase::addDatabase(
            postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), QStringLiteral("elsewhere"));
        if (postgres) {
            const QUrl url(location);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
        } else {
            db.setDatabaseName(location);
        }
        if (db.open()) {
            QSqlQuery q(db);
            done = q.exec(sql);
            if (!done) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("elsewhere"));
    return done;
}

// A session in a fresh sitting, for the tests below.
SessionRecord newSession(Store &s, const QString &code)
{
    SittingRecord sitting;
    sitting.code = code;
    if (!s.createSitting(&sitting)) {
        qFatal("%s", qPrintable(s.lastError()));
    }
    return *s.createSession(
        sitting.id, s.ensureCandidate(sitting.id, code + QStringLiteral("-c"), {}, {}, 1)->id, 1, 0, 1);
}

Store::AppendResult append(Store &s, qint64 session, EventKind kind, int position = -1, const ResultRecord *r = nullptr)
{
    EventRecord e{0, session, 0, kind, 100, position, position > 0 ? QStringLiteral("q%1").arg(position) : QString(),
        position > 0 ? QJsonObject{{QStringLiteral("truth"), true}} : QJsonObject(), position > 0 ? 1 : -1, {}};
    return s.appendEvent(&e, r);
}

} // namespace

void TestStore::sessionStates()
{
    QFETCH(QString, backend);
    auto s = open(backend);
    QVERIFY(s);
    const SessionRecord session = newSession(*s, QStringLiteral("ST-%1").arg(m_counter));
    using R = Store::AppendResult;
    QCOMPARE(append(*s, session.id, EventKind::Started), R::Appended);
    QCOMPARE(append(*s, session.id, EventKind::Answered, 1), R::Appended);
    // A write that expects the log to end where its writer last read it is refused once it moved.
    EventRecord late{0, session.id, 0, EventKind::FocusLost, 200, -1, {}, {}, -1, {}};
    QCOMPARE(s->appendEvent(&late, nullptr, 1), R::Moved);
    QCOMPARE(s->events(session.id)->size(), 2);
    QCOMPARE(s->appendEvent(&late, nullptr, 2), R::Appended);
    // Paused by the staff: no answer is taken, the pupil's focus events still are.
    QCOMPARE(append(*s, session.id, EventKind::Paused), R::Appended);
    QCOMPARE(s->session(session.id)->state, SessionState::Paused);
    QCOMPARE(append(*s, session.id, EventKind::Answered, 2), R::Refused);
    QVERIFY(s->lastError().contains(QStringLiteral("paused")));
    QCOMPARE(append(*s, session.id, EventKind::ItemShown, 2), R::Refused);
    QCOMPARE(append(*s, session.id, EventKind::FocusLost), R::Appended);
    QCOMPARE(append(*s, session.id, EventKind::Paused), R::Refused);
    ResultRecord early;
    early.sessionId = session.id;
    QCOMPARE(append(*s, session.id, EventKind::Finished, -1, &early), R::Refused); // a paused clock runs out of nothing
    QCOMPARE(append(*s, session.id, EventKind::Unpaused), R::Appended);
    QCOMPARE(append(*s, session.id, EventKind::Answered, 2), R::Appended);
    // One end only.
    ResultRecord r;
    r.sessionId = session.id;
    r.level = QStringLiteral("apply");
    QCOMPARE(append(*s, session.id, EventKind::Finished, -1, &r), R::Appended);
    QCOMPARE(append(*s, session.id, EventKind::Finished, -1, &r), R::Refused);
    QCOMPARE(append(*s, session.id, EventKind::Abandoned, -1, &r), R::Refused);
    QCOMPARE(append(*s, session.id, EventKind::Answered, 3), R::Refused);
    // A resent last answer is still recognised as already recorded.
    QCOMPARE(append(*s, session.id, EventKind::Answered, 2), R::Duplicate);
    QVERIFY(s->result(session.id));
    // Reopened by the staff: running again, the old result gone until the next end.
    QCOMPARE(append(*s, session.id, EventKind::Reopened), R::Appended);
    QCOMPARE(s->session(session.id)->state, SessionState::Running);
    QCOMPARE(s->session(session.id)->finishedAt, 0);
    QVERIFY(!s->result(session.id).found());
    QCOMPARE(append(*s, session.id, EventKind::Reopened), R::Refused);
    QCOMPARE(append(*s, session.id, EventKind::Abandoned, -1, &r), R::Appended);
    QCOMPARE(s->session(session.id)->state, SessionState::Abandoned);
    const QList<EventRecord> events = *s->events(session.id);
    int finishedEvents = 0;
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(events[i].seq, i + 1);
        finishedEvents += events[i].kind == EventKind::Finished ? 1 : 0;
    }
    QCOMPARE(finishedEvents, 1);
    // The names in the database are stable.
    QCOMPARE(name(EventKind::Rejoined), QLatin1StringView("resumed"));
    QCOMPARE(parseSessionState(QStringLiteral("paused")), std::optional(SessionState::Paused));
    QVERIFY(!parseEventKind(QStringLiteral("nonsense")));
}

void TestStore::failedReadIsNoNotFound()
{
    QFETCH(QString, backend);
    auto s = open(backend);
    QVERIFY(s);
    const SessionRecord session = newSession(*s, QStringLiteral("FR-%1").arg(m_counter));
    // Another program breaks the results table under the open store.
    const QString location = backend == QLatin1String("sqlite") ? s->location() : m_pg;
    QVERIFY(execElsewhere(location, QStringLiteral("ALTER TABLE results RENAME TO results_gone")));
    const auto read = s->result(session.id);
    QVERIFY(read.failed());
    QVERIFY(!read.found());
    QVERIFY2(read.error().contains(QStringLiteral("cannot read the database")), qPrintable(read.error()));
    // Put it back for the other tests on the same PostgreSQL database.
    QVERIFY(execElsewhere(location, QStringLiteral("ALTER TABLE results_gone RENAME TO results")));
}

void TestStore::claims()
{
    QFETCH(QString, backend);
    auto a = open(backend);
    QVERIFY(a);
    const SessionRecord session = newSession(*a, QStringLiteral("CL-%1").arg(m_counter));
    QString error;
    auto b = Store::open(a->location(), &error); // a second program on the same database
    QVERIFY2(b, qPrintable(error));
    auto first = a->claimSession(session.id);
    QVERIFY2(first, qPrintable(a->lastError()));
    QVERIFY(!b->claimSession(session.id));
    QVERIFY2(b->lastError().contains(QStringLiteral("already open")), qPrintable(b->lastError()));
    first.reset(); // released
    QVERIFY2(b->claimSession(session.id), qPrintable(b->lastError()));
}

void TestStore::emptyFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QString error;
    QVERIFY(!Store::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("empty file that AICET did not create")), qPrintable(error));
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestStore::damagedDatabaseIsRefused()
{
    // A real AICET database with results, one of whose pages is then damaged.
    const QString path = m_dir.filePath(QStringLiteral("pages.sqlite"));
    QString error;
    int rootPage = 0;
    {
        auto s = Store::open(path, &error);
        QVERIFY(s);
        for (int i = 0; i < 40; ++i) {
            const SessionRecord session = newSession(*s, QStringLiteral("DMG-%1").arg(i));
            ResultRecord r;
            r.sessionId = session.id;
            r.level = QString(200, QLatin1Char('L'));
            QCOMPARE(append(*s, session.id, EventKind::Finished, -1, &r), Store::AppendResult::Appended);
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'results'")) && q.next());
        rootPage = q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pages"));
    QVERIFY(rootPage > 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(qint64(rootPage - 1) * 4096 + 8));
    f.write(QByteArray(600, '\xff'));
    f.close();
    const QByteArray before = fileHash(path);
    QVERIFY(!Store::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("is damaged")), qPrintable(error));
    QCOMPARE(fileHash(path), before);
}

void TestStore::ownerOnly()
{
    const QString folder = m_dir.filePath(QStringLiteral("private/data"));
    const QString path = folder + QStringLiteral("/aicet.sqlite");
    QString error;
    auto s = Store::open(path, &error);
    QVERIFY2(s, qPrintable(error));
    const SessionRecord session = newSession(*s, QStringLiteral("OWN"));
    QCOMPARE(append(*s, session.id, EventKind::Started), Store::AppendResult::Appended);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(path).permissions() & (ownerOnly | others), ownerOnly);
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).permissions() & (ownerOnly | others), ownerOnly);
    QCOMPARE(QFileInfo(folder).permissions() & others, QFileDevice::Permissions());
}

void TestStore::concurrentAppendsOnPostgres()
{
    if (m_pg.isEmpty()) {
        QSKIP("AICET_TEST_PGURL is not set (./aicet.sh test sets it)");
    }
    QString error;
    auto s = Store::open(m_pg, &error);
    QVERIFY(s);
    const SessionRecord session = newSession(*s, QStringLiteral("TWO-WRITERS"));
    // Two programs append 1000 events each to one session at the same time.
    std::atomic<int> refused{0};
    std::atomic<int> ready{0};
    auto writer = [&](int n) {
        QString e;
        auto w = Store::open(m_pg, &e);
        if (!w) {
            refused += 1000;
            return;
        }
        ++ready;
        while (ready < 2) {
            std::this_thread::yield();
        }
        for (int i = 0; i < 1000; ++i) {
            EventRecord ev{0, session.id, 0, EventKind::FocusLost, i, -1, {}, {}, -1, {{QStringLiteral("writer"), n}}};
            if (w->appendEvent(&ev) != Store::AppendResult::Appended) {
                ++refused;
            }
        }
    };
    std::thread a(writer, 1), b(writer, 2);
    a.join();
    b.join();
    QCOMPARE(refused.load(), 0);
    const QList<EventRecord> events = *s->events(session.id);
    QCOMPARE(events.size(), 2000);
    int fromFirst = 0;
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(events[i].seq, i + 1);
        fromFirst += events[i].payload.value(QStringLiteral("writer")).toInt() == 1 ? 1 : 0;
    }
    QCOMPARE(fromFirst, 1000);
}

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
