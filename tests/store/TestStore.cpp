#include "TestData.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
    void notADatabase();
    void foreignDatabase();
    void unreachableServer();
    void driverCheck();
    void fullDiskIsReported();
    void lockedDatabaseIsReported();

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
    sitting.settings = QJsonObject{{QStringLiteral("max_items"), 25}};
    sitting.createdAt = 1000;
    QVERIFY2(s->createSitting(&sitting), qPrintable(s->lastError()));
    QVERIFY(sitting.id > 0);
    SittingRecord again = sitting;
    QVERIFY(!s->createSitting(&again));
    QVERIFY(s->lastError().contains(QStringLiteral("already exists")));
    const auto read = s->sitting(code);
    QVERIFY(read);
    QCOMPARE(read->title, sitting.title);
    QCOMPARE(read->settings.value(QStringLiteral("max_items")).toInt(), 25);
    QCOMPARE(read->state, QStringLiteral("open"));
    QVERIFY(s->setSittingState(read->id, QStringLiteral("closed")));
    QCOMPARE(s->sitting(code)->state, QStringLiteral("closed"));
    QVERIFY(!s->sittings().isEmpty());

    const auto c
        = s->ensureCandidate(QStringLiteral("4B-07-%1").arg(backend), QStringLiteral("Léa"), QStringLiteral("4B"));
    QVERIFY(c);
    QCOMPARE(c->displayName, QStringLiteral("Léa"));
    QCOMPARE(s->ensureCandidate(c->code)->id, c->id); // found, not created again
    const auto session = s->createSession(sitting.id, c->id, 0xFFFFFFFFFFFFFFF0ULL, 2000);
    QVERIFY(session);
    QCOMPARE(session->seed, 0xFFFFFFFFFFFFFFF0ULL); // the full 64 bits survive
    QCOMPARE(s->createSession(sitting.id, c->id, 1, 3000)->id, session->id); // one per candidate and sitting
    QVERIFY(s->eraseCandidate(c->code, 5000));
    QVERIFY(!s->candidate(c->code));
    const auto erased = s->candidateById(c->id);
    QVERIFY(erased->displayName.isEmpty() && erased->group.isEmpty());
    QVERIFY(erased->code.startsWith(QStringLiteral("erased-")));
    QCOMPARE(s->sessionsOfCandidate(c->id).size(), 1); // responses kept
    QVERIFY(s->audit(6000, QStringLiteral("test"), QStringLiteral("candidate.erase"), QStringLiteral("x")));
    QVERIFY(!s->auditLog().isEmpty());
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
    const auto c = s->ensureCandidate(QStringLiteral("cand-%1").arg(m_counter));
    const auto session = s->createSession(sitting.id, c->id, 7, 1);
    QVERIFY(session);
    EventRecord started{0, session->id, 0, QStringLiteral("started"), 10, -1, {}, {}, -1, {}};
    QCOMPARE(s->appendEvent(&started), Store::AppendResult::Appended);
    QCOMPARE(started.seq, 1);
    EventRecord answer{0, session->id, 0, QStringLiteral("answered"), 20, 1, QStringLiteral("q1"),
        QJsonObject{{QStringLiteral("choices"), QJsonArray{QStringLiteral("a")}}}, 1, {}};
    QCOMPARE(s->appendEvent(&answer), Store::AppendResult::Appended);
    QCOMPARE(answer.seq, 2);
    EventRecord same = answer;
    QCOMPARE(s->appendEvent(&same), Store::AppendResult::Duplicate);
    EventRecord other = answer;
    other.response = QJsonObject{{QStringLiteral("choices"), QJsonArray{QStringLiteral("b")}}};
    other.category = 0;
    QCOMPARE(s->appendEvent(&other), Store::AppendResult::Conflict);
    EventRecord focus{0, session->id, 0, QStringLiteral("focus_lost"), 30, -1, {}, {}, -1,
        QJsonObject{{QStringLiteral("window"), QStringLiteral("browser")}}};
    QCOMPARE(s->appendEvent(&focus), Store::AppendResult::Appended);
    const auto events = s->events(session->id);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[1].kind, QStringLiteral("answered"));
    QCOMPARE(events[1].itemId, QStringLiteral("q1"));
    QCOMPARE(events[1].category, 1);
    QCOMPARE(events[1].response, answer.response);
    QCOMPARE(events[2].payload.value(QStringLiteral("window")).toString(), QStringLiteral("browser"));
    QCOMPARE(events[2].seq, 3);
    QCOMPARE(events[0].position, -1);
    // A session that does not exist cannot get events (foreign keys on).
    EventRecord orphan{0, 999999, 0, QStringLiteral("started"), 1, -1, {}, {}, -1, {}};
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
    const auto session
        = s->createSession(sitting.id, s->ensureCandidate(QStringLiteral("r-%1").arg(m_counter))->id, 1, 1);
    ResultRecord r;
    r.sessionId = session->id;
    r.theta = 0.25;
    r.se = 0.3;
    r.score = 525;
    r.level = QStringLiteral("apply");
    r.stopReason = QStringLiteral("max-items");
    r.items = 20;
    r.dimensions = QJsonObject{{QStringLiteral("HUM"), QJsonObject{{QStringLiteral("theta"), 0.1}}}};
    QVERIFY2(s->saveResult(r), qPrintable(s->lastError()));
    r.theta = 0.5; // saved again: replaced, not duplicated
    QVERIFY(s->saveResult(r));
    const auto read = s->result(session->id);
    QVERIFY(read);
    QCOMPARE(read->theta, 0.5);
    QCOMPARE(read->level, QStringLiteral("apply"));
    QCOMPARE(read->dimensions.value(QStringLiteral("HUM")).toObject().value(QStringLiteral("theta")).toDouble(), 0.1);
    QVERIFY(s->setSessionState(session->id, QStringLiteral("finished"), 99));
    QCOMPARE(s->session(session->id)->state, QStringLiteral("finished"));
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
    const auto session = s->createSession(sitting.id, s->ensureCandidate(QStringLiteral("f"))->id, 1, 1);
    QVERIFY(s->limitGrowthForTests(0));
    // Fill the last pages until the database refuses.
    Store::AppendResult r = Store::AppendResult::Appended;
    int position = 0;
    while (r == Store::AppendResult::Appended && position < 100000) {
        EventRecord e{0, session->id, 0, QStringLiteral("answered"), 1, ++position, QStringLiteral("q"),
            QJsonObject{{QStringLiteral("text"), QString(200, QLatin1Char('x'))}}, 1, {}};
        r = s->appendEvent(&e);
    }
    QCOMPARE(r, Store::AppendResult::Failed);
    QVERIFY2(s->lastError().contains(QStringLiteral("full")), qPrintable(s->lastError()));
    // The refused event is not there, and everything before it is.
    const auto events = s->events(session->id);
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
    const auto session = s->createSession(sitting.id, s->ensureCandidate(QStringLiteral("l"))->id, 1, 1);
    {
        // Another program holds the write lock longer than the busy timeout.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        EventRecord e{0, session->id, 0, QStringLiteral("started"), 1, -1, {}, {}, -1, {}};
        QCOMPARE(s->appendEvent(&e), Store::AppendResult::Failed);
        QVERIFY2(s->lastError().contains(QStringLiteral("is locked by another program")), qPrintable(s->lastError()));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    EventRecord e{0, session->id, 0, QStringLiteral("started"), 1, -1, {}, {}, -1, {}};
    QCOMPARE(s->appendEvent(&e), Store::AppendResult::Appended); // fine once released
}

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
