#include "TestData.h"
#include "bank/BankLoader.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace aicet;

namespace {

struct Ack
{
    int position = 0;
    QString item;
    int category = 0;
    bool operator<(const Ack &o) const { return position < o.position; }
};

// Parses "ack <position> <item> <category>" lines; a line cut by the kill is ignored.
void collectAcks(const QByteArray &output, std::vector<Ack> *acks)
{
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> f = line.trimmed().split(' ');
        if (f.size() == 4 && f[0] == "ack") {
            acks->push_back({f[1].toInt(), QString::fromUtf8(f[2]), f[3].toInt()});
        }
    }
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedAtRandomMoments();
};

void TestCrash::killedAtRandomMoments()
{
    // A scripted candidate is killed with SIGKILL 50 times and restarted each time. It answers
    // only when told to (--step: one line on its standard input per answer), so the test decides
    // how far each run goes from what the process has said, never from the clock, and a busy
    // machine changes nothing: one kill in five before any answer (start-up, the bank being read),
    // the others once it has acknowledged one or two more answers, half of them right after it was
    // told to give the next one (while it commits). At most 3 answers per killed run, 140
    // questions: the 50th kill always comes before the end. Every acknowledged answer must be in
    // the store exactly once, and the result must equal that of an uninterrupted run with the
    // same seed and answers.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("crash.sqlite"));
    const QString cli = qEnvironmentVariable("AICET_CLI");
    // The AICET bank without what limits its pool (its exposure control and its limit of
    // partial-credit questions): a 140-question test needs nearly every question.
    const QString bank = dir.filePath(QStringLiteral("bank"));
    {
        QVERIFY(test::copyFolder(test::sourcePath(QStringLiteral("question-banks/aicet")), bank));
        QFile yaml(bank + QStringLiteral("/bank.yaml"));
        QVERIFY(yaml.open(QIODevice::ReadOnly));
        QByteArray text = yaml.readAll();
        yaml.close();
        text.replace("  max_partial_credit: 5\n", "");
        QVERIFY(yaml.open(QIODevice::WriteOnly | QIODevice::Truncate) && yaml.write(text) == text.size());
        yaml.close();
    }
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.start(cli, args);
        p.waitForFinished(60000);
        return p.exitCode();
    };
    QCOMPARE(
        run({QStringLiteral("sitting"), QStringLiteral("create"), QStringLiteral("--db"), db, QStringLiteral("--bank"),
            bank, QStringLiteral("--code"), QStringLiteral("CRASH"), QStringLiteral("--min-items"),
            QStringLiteral("140"), QStringLiteral("--max-items"), QStringLiteral("140"), QStringLiteral("--se-target"),
            QStringLiteral("0"), QStringLiteral("--time-limit"), QStringLiteral("0"),
            QStringLiteral("--pilot-positions"), QStringLiteral("none")}),
        0);
    const QStringList args = {QStringLiteral("session"), QStringLiteral("run"), QStringLiteral("--db"), db,
        QStringLiteral("--sitting"), QStringLiteral("CRASH"), QStringLiteral("--candidate"), QStringLiteral("victim"),
        QStringLiteral("--simulate-theta"), QStringLiteral("0.7"), QStringLiteral("--seed"), QStringLiteral("2024"),
        QStringLiteral("--step")};

    QRandomGenerator rng(12345);
    std::vector<Ack> acks;
    int kills = 0, runs = 0, killedMidTest = 0, killedAtStart = 0;
    bool finished = false;
    while (!finished && runs < 400) {
        ++runs;
        QProcess p;
        p.start(cli, args);
        QVERIFY(p.waitForStarted());
        if (kills < 50) {
            QByteArray output;
            if (kills % 5 != 0) {
                // Let it give one or two answers, and wait until it has acknowledged them.
                const std::size_t wanted = 1 + rng.bounded(2);
                for (std::size_t i = 0; i < wanted; ++i) {
                    p.write("go\n");
                }
                std::vector<Ack> seen;
                while (seen.size() < wanted) {
                    if (!p.canReadLine()) {
                        QVERIFY2(p.waitForReadyRead(60000),
                            qPrintable(QStringLiteral("the candidate said nothing for a minute: %1")
                                           .arg(QString::fromUtf8(p.readAllStandardError()))));
                        continue;
                    }
                    const QByteArray line = p.readLine();
                    output += line;
                    collectAcks(line, &seen);
                }
                // Half the time, one more answer, killed while it is being committed.
                if (rng.bounded(2) == 0) {
                    p.write("go\n");
                    p.waitForBytesWritten(10000);
                }
            } else {
                ++killedAtStart;
            }
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(30000));
            ++kills;
            const std::size_t before = acks.size();
            collectAcks(output + p.readAllStandardOutput(), &acks);
            killedMidTest += acks.size() > before ? 1 : 0;
            continue;
        }
        // The last run goes to the end.
        for (int i = 0; i < 150; ++i) {
            p.write("go\n");
        }
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(120000));
        collectAcks(p.readAllStandardOutput(), &acks);
        finished = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() != 0) {
            QFAIL(
                qPrintable(QStringLiteral("session run failed: %1").arg(QString::fromUtf8(p.readAllStandardError()))));
        }
    }
    QCOMPARE(kills, 50);
    QCOMPARE(killedMidTest, 40); // not only during start-up
    QCOMPARE(killedAtStart, 10);
    QVERIFY(finished);

    // The uninterrupted run: another candidate, same seed, same simulated answers.
    QProcess straight;
    QStringList straightArgs = args;
    straightArgs[straightArgs.indexOf(QStringLiteral("victim"))] = QStringLiteral("control");
    straightArgs.removeLast(); // answers without waiting to be told
    straight.start(cli, straightArgs);
    QVERIFY(straight.waitForFinished(60000));
    QCOMPARE(straight.exitCode(), 0);
    std::vector<Ack> reference;
    collectAcks(straight.readAllStandardOutput(), &reference);
    QCOMPARE(reference.size(), std::size_t(140));

    QString error;
    auto store = store::Store::open(db, &error);
    QVERIFY2(store, qPrintable(error));
    const auto sitting = store->sitting(QStringLiteral("CRASH"));
    const auto victim = store->session(sitting->id, store->candidate(sitting->id, QStringLiteral("victim"))->id);
    const auto control = store->session(sitting->id, store->candidate(sitting->id, QStringLiteral("control"))->id);
    QVERIFY(victim && control);
    QCOMPARE(victim->state, store::SessionState::Finished);
    std::vector<Ack> stored;
    for (const auto &e : *store->events(victim->id)) {
        if (e.kind == store::EventKind::Answered) {
            stored.push_back({e.position, e.itemId, e.category});
        }
    }
    // Exactly one answer per position, in order, 1 … 140.
    QCOMPARE(stored.size(), std::size_t(140));
    for (std::size_t i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored[i].position, static_cast<int>(i) + 1);
    }
    // Every acknowledged answer is stored, as acknowledged. (An answer committed just before a
    // kill is stored but never acknowledged: the next run starts after it.)
    QVERIFY(!acks.empty() && acks.size() <= 140);
    std::set<int> positions;
    for (const Ack &a : acks) {
        QVERIFY2(positions.insert(a.position).second, "a position was acknowledged twice");
        const Ack &s = stored[static_cast<std::size_t>(a.position - 1)];
        QCOMPARE(s.item, a.item);
        QCOMPARE(s.category, a.category);
    }
    // Same test and result as without interruption.
    for (std::size_t i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored[i].item, reference[i].item);
        QCOMPARE(stored[i].category, reference[i].category);
    }
    const auto r1 = store->result(victim->id), r2 = store->result(control->id);
    QVERIFY(r1 && r2);
    QCOMPARE(r1->theta, r2->theta);
    QCOMPARE(r1->se, r2->se);
    QCOMPARE(r1->level, r2->level);
    qInfo("%d kills over %d runs (%d at start-up, %d after answers were acknowledged); %zu acknowledgements", kills,
        runs, killedAtStart, killedMidTest, acks.size());
}

QTEST_GUILESS_MAIN(TestCrash)
#include "TestCrash.moc"
