#include "TestData.h"
#include "services/PupilSession.h"
#include "services/Services.h"
#include "services/Sittings.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace aicet;

class TestConcurrency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manyRoomsOnPostgres();
    void readerWhileWritingOnSqlite();
};

void TestConcurrency::manyRoomsOnPostgres()
{
    if (test::postgresUrl().isEmpty()) {
        QSKIP("AICET_TEST_PGURL is not set (./aicet.sh test starts a PostgreSQL server and sets it)");
    }
    QString error;
    const QString url = test::freshPostgresDatabase(QStringLiteral("aicet_test_concurrency"), &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    const QString bankPath = test::sourcePath(QStringLiteral("question-banks/aicet"));
    {
        auto services = services::Services::open(url, QStringLiteral("test"), &error);
        QVERIFY2(services, qPrintable(error));
        services::SittingDraft draft;
        draft.code = QStringLiteral("ROOMS");
        draft.bankPath = bankPath;
        draft.settings.minItems = 10;
        draft.settings.maxItems = 10;
        draft.settings.pilotPositions = std::vector<int>(); // 10 answers each, all scored
        QCOMPARE(services::Sittings(services->context()).create(draft).error, services::Sittings::CreateError::None);
    }
    // 200 scripted candidates at once, each with its own connection, as in 200 computers.
    constexpr int kCandidates = 200;
    constexpr int kItems = 10;
    std::atomic<int> failures{0}, acknowledged{0};
    std::vector<QString> errors(kCandidates);
    std::vector<std::thread> threads;
    for (int i = 0; i < kCandidates; ++i) {
        threads.emplace_back([&, i] {
            QString e;
            auto services = services::Services::open(url, QStringLiteral("aicet"), &e);
            if (!services) {
                errors[static_cast<std::size_t>(i)] = e;
                ++failures;
                return;
            }
            services::PupilSession c(services->context());
            if (c.start(
                    QStringLiteral("ROOMS"), QStringLiteral("pupil-%1").arg(i), {}, &e, static_cast<std::uint64_t>(i))
                != services::PupilSession::StartError::None) {
                errors[static_cast<std::size_t>(i)] = e;
                ++failures;
                return;
            }
            while (const BankItem *item = c.currentItem()) {
                const int category = (i + c.currentPosition()) % 2;
                const auto o = c.answer(c.currentPosition(), item->id,
                    responseForCategory(
                        item->content, category * (item->irt.categoryCount() - 1), QStringLiteral("fr")),
                    &e);
                if (o != services::PupilSession::AnswerOutcome::Acknowledged) {
                    errors[static_cast<std::size_t>(i)] = e;
                    ++failures;
                    return;
                }
                ++acknowledged;
            }
        });
    }
    for (auto &t : threads) {
        t.join();
    }
    for (const QString &e : errors) {
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    QCOMPARE(failures.load(), 0);
    QCOMPARE(acknowledged.load(), kCandidates * kItems);
    // No lost answer: every acknowledged answer is in the store, once.
    auto store = store::Store::open(url, &error);
    const auto sitting = store->sitting(QStringLiteral("ROOMS"));
    const QList<store::SessionRecord> sessions = *store->sessionsOfSitting(sitting->id);
    QCOMPARE(sessions.size(), kCandidates);
    for (const auto &s : sessions) {
        QCOMPARE(s.state, store::SessionState::Finished);
        const QList<store::EventRecord> events = *store->events(s.id);
        QCOMPARE(std::count_if(
                     events.begin(), events.end(), [](const auto &e) { return e.kind == store::EventKind::Answered; }),
            kItems);
        QVERIFY(store->result(s.id));
    }
}

void TestConcurrency::readerWhileWritingOnSqlite()
{
    // A teacher's view reads while a pupil's session writes: reads never fail, never block it.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("room.sqlite"));
    const QString cli = qEnvironmentVariable("AICET_CLI");
    QProcess create;
    create.start(cli,
        {QStringLiteral("sitting"), QStringLiteral("create"), QStringLiteral("--db"), db, QStringLiteral("--bank"),
            test::sourcePath(QStringLiteral("question-banks/aicet")), QStringLiteral("--code"), QStringLiteral("ROOM"),
            QStringLiteral("--min-items"), QStringLiteral("30"), QStringLiteral("--max-items"), QStringLiteral("30"),
            QStringLiteral("--se-target"), QStringLiteral("0"), QStringLiteral("--pilot-positions"),
            QStringLiteral("none")});
    QVERIFY(create.waitForFinished(30000));
    QCOMPARE(create.exitCode(), 0);
    QProcess writer;
    writer.start(cli,
        {QStringLiteral("session"), QStringLiteral("run"), QStringLiteral("--db"), db, QStringLiteral("--sitting"),
            QStringLiteral("ROOM"), QStringLiteral("--candidate"), QStringLiteral("w"),
            QStringLiteral("--simulate-theta"), QStringLiteral("0"), QStringLiteral("--delay-ms"),
            QStringLiteral("15")});
    QVERIFY(writer.waitForStarted());
    QString error;
    auto reader = store::Store::open(db, &error);
    QVERIFY2(reader, qPrintable(error));
    // The reader looks after each answer the writer acknowledges: while it goes on to the next.
    int reads = 0, lastCount = 0, exports = 0, acks = 0;
    while (writer.state() != QProcess::NotRunning || writer.canReadLine()) {
        if (!writer.canReadLine()) {
            writer.waitForReadyRead(60000);
            continue;
        }
        if (!writer.readLine().startsWith("ack ")) {
            continue;
        }
        ++acks;
        const auto sitting = reader->sitting(QStringLiteral("ROOM"));
        QVERIFY(sitting);
        const auto sessions = reader->sessionsOfSitting(sitting->id);
        QVERIFY2(!sessions.failed(), qPrintable(sessions.error()));
        int count = 0;
        for (const auto &s : *sessions) {
            const auto events = reader->events(s.id);
            QVERIFY2(!events.failed(), qPrintable(events.error()));
            count += static_cast<int>(std::count_if(
                events->begin(), events->end(), [](const auto &e) { return e.kind == store::EventKind::Answered; }));
        }
        QVERIFY(count >= acks); // every acknowledged answer is visible to another program
        QVERIFY(count >= lastCount); // answers only ever accumulate
        lastCount = count;
        ++reads;
        if (acks % 10 == 5) {
            // Another process reads too, through the command line.
            QProcess exporter;
            exporter.start(cli,
                {QStringLiteral("results"), QStringLiteral("export"), QStringLiteral("--db"), db,
                    QStringLiteral("--sitting"), QStringLiteral("ROOM")});
            QVERIFY(exporter.waitForFinished(30000));
            QCOMPARE(exporter.exitCode(), 0);
            ++exports;
        }
    }
    QVERIFY(writer.state() == QProcess::NotRunning || writer.waitForFinished(60000));
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
    QCOMPARE(acks, 30);
    QCOMPARE(reads, 30);
    QCOMPARE(exports, 3);
    const auto sitting = reader->sitting(QStringLiteral("ROOM"));
    const QList<store::EventRecord> events = *reader->events(reader->sessionsOfSitting(sitting->id)->first().id);
    QCOMPARE(
        std::count_if(events.begin(), events.end(), [](const auto &e) { return e.kind == store::EventKind::Answered; }),
        30);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "TestConcurrency.moc"
