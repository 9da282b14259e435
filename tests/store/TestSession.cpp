#include "TestData.h"
#include "bank/BankLoader.h"
#include "session/SessionController.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace aicet;
using namespace aicet::session;
using Outcome = SessionController::AnswerOutcome;
using StartError = SessionController::StartError;

namespace {

// Answers every question right when the item is easier than `theta`, wrong otherwise.
ItemResponse answerFor(const BankItem &item, double theta)
{
    const int category = item.irt.location() < theta ? item.irt.categoryCount() - 1 : 0;
    return responseForCategory(item.content, category, QStringLiteral("fr"));
}

// Answers `count` questions (or until the end); returns the items given.
QStringList answerSome(SessionController &c, int count, double theta)
{
    QStringList items;
    for (int i = 0; i < count && c.currentItem(); ++i) {
        const BankItem &item = *c.currentItem();
        QString error;
        c.itemShown();
        const Outcome o = c.answer(c.currentPosition(), item.id, answerFor(item, theta), &error);
        if (o != Outcome::Acknowledged) {
            qWarning("answer refused: %s", qPrintable(error));
            break;
        }
        items.append(item.id);
    }
    return items;
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void wholeTest();
    void resumeIsReplay();
    void answersAreIdempotent();
    void timeLimit();
    void downtimeIsCapped();
    void extraTime();
    void pausesAreNotCharged();
    void startErrors();
    void bankChanged();
    void failedCommitIsNotAcknowledged();
    void practiceSitting();
    void abandon();

private:
    store::SittingRecord createSitting(const QString &code, const QJsonObject &settings = {}, const QString &bank = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Store> m_store;
    ManualClock m_clock;
    QString m_aicet;
};

void TestSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = store::Store::open(m_dir->filePath(QStringLiteral("aicet.sqlite")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_aicet = test::sourcePath(QStringLiteral("question-banks/aicet"));
}

store::SittingRecord TestSession::createSitting(const QString &code, const QJsonObject &settings, const QString &bank)
{
    const QString path = bank.isEmpty() ? m_aicet : bank;
    const BankLoadResult loaded = loadBank(path);
    store::SittingRecord s;
    s.code = code;
    s.bankId = loaded.bank.id;
    s.bankPath = path;
    s.bankHash = loaded.bank.contentHash;
    s.settings = settings;
    s.createdAt = m_clock.nowMs();
    if (!m_store->createSitting(&s)) {
        qFatal("%s", qPrintable(m_store->lastError()));
    }
    return s;
}

void TestSession::wholeTest()
{
    createSitting(
        QStringLiteral("4B"), QJsonObject{{QStringLiteral("min_items"), 12}, {QStringLiteral("max_items"), 12}});
    SessionController c(*m_store, m_clock);
    QString error;
    QCOMPARE(c.start(QStringLiteral("4B"), QStringLiteral("pupil-1"), {}, 42, &error), StartError::None);
    QCOMPARE(c.currentPosition(), 1);
    QVERIFY(c.currentItem());
    const QStringList items = answerSome(c, 100, 0.4);
    QCOMPARE(items.size(), 12);
    QVERIFY(c.isFinished());
    QVERIFY(!c.currentItem());
    const auto result = m_store->result(c.session().id);
    QVERIFY(result);
    QCOMPARE(result->items, 12);
    QCOMPARE(result->stopReason, QStringLiteral("max-items"));
    QVERIFY(!result->level.isEmpty());
    QCOMPARE(result->dimensions.size(), 4);
    QCOMPARE(m_store->session(c.session().id)->state, QStringLiteral("finished"));
    const auto events = m_store->events(c.session().id);
    QCOMPARE(events.first().kind, QStringLiteral("started"));
    QCOMPARE(events.last().kind, QStringLiteral("finished"));
    QCOMPARE(
        std::count_if(events.begin(), events.end(), [](const auto &e) { return e.kind == QLatin1String("answered"); }),
        12);
    // Answering after the end is refused.
    QCOMPARE(c.answer(13, items.first(), {}, &error), Outcome::TestOver);
    // Coming back to a finished test says so.
    SessionController again(*m_store, m_clock);
    QCOMPARE(again.start(QStringLiteral("4B"), QStringLiteral("pupil-1"), {}, 42, &error), StartError::SessionOver);
    QVERIFY(error.contains(QStringLiteral("already finished")));
}

void TestSession::resumeIsReplay()
{
    createSitting(
        QStringLiteral("R"), QJsonObject{{QStringLiteral("min_items"), 15}, {QStringLiteral("max_items"), 15}});
    QString error;
    QStringList interrupted;
    {
        SessionController c(*m_store, m_clock);
        QCOMPARE(c.start(QStringLiteral("R"), QStringLiteral("a"), {}, 7, &error), StartError::None);
        interrupted = answerSome(c, 6, -0.3);
        QCOMPARE(interrupted.size(), 6);
    } // the machine stops
    m_clock.advanceSeconds(30);
    SessionController resumed(*m_store, m_clock);
    QCOMPARE(resumed.start(QStringLiteral("R"), QStringLiteral("a"), {}, 999, &error), StartError::None);
    QCOMPARE(resumed.session().seed, std::uint64_t(7)); // the session keeps its seed
    QCOMPARE(resumed.currentPosition(), 7);
    interrupted += answerSome(resumed, 100, -0.3);
    QVERIFY(resumed.isFinished());

    // The same seed and answers without interruption give the same test and result.
    SessionController straight(*m_store, m_clock);
    QCOMPARE(straight.start(QStringLiteral("R"), QStringLiteral("b"), {}, 7, &error), StartError::None);
    QCOMPARE(answerSome(straight, 100, -0.3), interrupted);
    QCOMPARE(m_store->result(straight.session().id)->theta, m_store->result(resumed.session().id)->theta);
    const auto events = m_store->events(resumed.session().id);
    QVERIFY(
        std::any_of(events.begin(), events.end(), [](const auto &e) { return e.kind == QLatin1String("resumed"); }));
}

void TestSession::answersAreIdempotent()
{
    createSitting(QStringLiteral("I"));
    SessionController c(*m_store, m_clock);
    QString error;
    QCOMPARE(c.start(QStringLiteral("I"), QStringLiteral("x"), {}, 1, &error), StartError::None);
    const BankItem first = *c.currentItem();
    const ItemResponse response = answerFor(first, 0.0);
    QCOMPARE(c.answer(1, first.id, response, &error), Outcome::Acknowledged);
    // The same answer again (a double click, a resend after a crash): recorded once.
    QCOMPARE(c.answer(1, first.id, response, &error), Outcome::AlreadyRecorded);
    ItemResponse other = response;
    other.choices = {QStringLiteral("zzz")};
    other.truth = !response.truth.value_or(false);
    other.text = QStringLiteral("autre");
    other.number = -1;
    QCOMPARE(c.answer(1, first.id, other, &error), Outcome::Rejected);
    QVERIFY(error.contains(QStringLiteral("cannot be changed")));
    // Not the current question.
    QCOMPARE(c.answer(5, c.currentItem()->id, response, &error), Outcome::Rejected);
    QCOMPARE(c.answer(2, first.id, response, &error), Outcome::Rejected);
    const auto events = m_store->events(c.session().id);
    QCOMPARE(
        std::count_if(events.begin(), events.end(), [](const auto &e) { return e.kind == QLatin1String("answered"); }),
        1);
}

void TestSession::timeLimit()
{
    createSitting(QStringLiteral("T"), QJsonObject{{QStringLiteral("time_limit_minutes"), 10}});
    SessionController c(*m_store, m_clock);
    QString error;
    QCOMPARE(c.start(QStringLiteral("T"), QStringLiteral("x"), {}, 1, &error), StartError::None);
    QCOMPARE(c.remainingSeconds(), 600.0);
    answerSome(c, 3, 0.0);
    m_clock.advanceSeconds(400);
    QVERIFY(!c.checkTime());
    QCOMPARE(c.remainingSeconds(), 200.0);
    m_clock.advanceSeconds(200);
    const BankItem *item = c.currentItem();
    QVERIFY(item);
    QCOMPARE(c.answer(4, item->id, answerFor(*item, 0.0), &error), Outcome::TestOver);
    QVERIFY(c.isFinished());
    const auto result = m_store->result(c.session().id);
    QCOMPARE(result->stopReason, QStringLiteral("time-limit"));
    QCOMPARE(result->items, 3); // every confirmed answer is kept
}

void TestSession::downtimeIsCapped()
{
    createSitting(QStringLiteral("D"), QJsonObject{{QStringLiteral("time_limit_minutes"), 30}});
    QString error;
    {
        SessionController c(*m_store, m_clock);
        QCOMPARE(c.start(QStringLiteral("D"), QStringLiteral("x"), {}, 1, &error), StartError::None);
        m_clock.advanceSeconds(100);
        answerSome(c, 1, 0.0);
    }
    m_clock.advanceSeconds(3600); // the machine was down for an hour
    SessionController c(*m_store, m_clock);
    QCOMPARE(c.start(QStringLiteral("D"), QStringLiteral("x"), {}, 1, &error), StartError::None);
    QVERIFY(!c.isFinished());
    QCOMPARE(c.elapsedSeconds(), 100.0 + kMaxChargedDowntimeSeconds);
    QCOMPARE(c.remainingSeconds(), 1800.0 - 160.0);
}

void TestSession::extraTime()
{
    createSitting(QStringLiteral("X"),
        QJsonObject{{QStringLiteral("time_limit_minutes"), 10},
            {QStringLiteral("extra_time_minutes"), QJsonObject{{QStringLiteral("slow"), 5}}}});
    QString error;
    SessionController granted(*m_store, m_clock);
    QCOMPARE(granted.start(QStringLiteral("X"), QStringLiteral("slow"), {}, 1, &error), StartError::None);
    QCOMPARE(granted.remainingSeconds(), 900.0);
    SessionController other(*m_store, m_clock);
    QCOMPARE(other.start(QStringLiteral("X"), QStringLiteral("other"), {}, 1, &error), StartError::None);
    QCOMPARE(other.remainingSeconds(), 600.0);
    m_clock.advanceSeconds(700);
    QVERIFY(other.checkTime());
    QVERIFY(!granted.checkTime());
    // Resumed later, the grant still holds.
    SessionController again(*m_store, m_clock);
    QCOMPARE(again.start(QStringLiteral("X"), QStringLiteral("slow"), {}, 1, &error), StartError::None);
    QCOMPARE(again.session().extraTimeSeconds, 300.0);
}

void TestSession::pausesAreNotCharged()
{
    const QList<store::EventRecord> events = {
        {0, 1, 1, QStringLiteral("started"), 0, -1, {}, {}, -1, {}},
        {0, 1, 2, QStringLiteral("answered"), 10'000, 1, {}, {}, 1, {}},
        {0, 1, 3, QStringLiteral("paused"), 20'000, -1, {}, {}, -1, {}},
        {0, 1, 4, QStringLiteral("resumed"), 620'000, -1, {}, {}, -1, {}},
        {0, 1, 5, QStringLiteral("answered"), 625'000, 2, {}, {}, 1, {}},
    };
    QCOMPARE(elapsedSeconds(events, 630'000, true), 30.0);
    QCOMPARE(elapsedSeconds(events, 630'000, false), 25.0);
}

void TestSession::startErrors()
{
    QString error;
    SessionController c(*m_store, m_clock);
    QCOMPARE(c.start(QStringLiteral("NOPE"), QStringLiteral("x"), {}, 1, &error), StartError::UnknownSitting);
    QVERIFY(error.contains(QStringLiteral("no test with the code \"NOPE\"")));

    auto closed = createSitting(QStringLiteral("CLOSED"));
    m_store->setSittingState(closed.id, QStringLiteral("closed"));
    QCOMPARE(c.start(QStringLiteral("CLOSED"), QStringLiteral("x"), {}, 1, &error), StartError::SittingClosed);

    store::SittingRecord later = createSitting(QStringLiteral("LATER"));
    QVERIFY(m_store->setSittingState(later.id, QStringLiteral("open")));
    {
        store::SittingRecord s = createSitting(QStringLiteral("WINDOW"));
        Q_UNUSED(s);
    }
    // Windows: build sittings with opening and closing times directly.
    store::SittingRecord future;
    future.code = QStringLiteral("FUTURE");
    future.bankPath = m_aicet;
    future.bankHash = loadBank(m_aicet).bank.contentHash;
    future.opensAt = m_clock.nowMs() + 3'600'000;
    QVERIFY(m_store->createSitting(&future));
    QCOMPARE(c.start(QStringLiteral("FUTURE"), QStringLiteral("x"), {}, 1, &error), StartError::NotOpenYet);
    store::SittingRecord past = future;
    past.code = QStringLiteral("PAST");
    past.opensAt = 0;
    past.closesAt = m_clock.nowMs() - 1;
    QVERIFY(m_store->createSitting(&past));
    QCOMPARE(c.start(QStringLiteral("PAST"), QStringLiteral("x"), {}, 1, &error), StartError::WindowOver);
    store::SittingRecord named = future;
    named.code = QStringLiteral("NAMED");
    named.opensAt = 0;
    named.askName = true;
    QVERIFY(m_store->createSitting(&named));
    QCOMPARE(c.start(QStringLiteral("NAMED"), QStringLiteral("x"), {}, 1, &error), StartError::NameRequired);
    QCOMPARE(
        c.start(QStringLiteral("NAMED"), QStringLiteral("x"), QStringLiteral("Inès"), 1, &error), StartError::None);
    QCOMPARE(m_store->candidate(QStringLiteral("x"))->displayName, QStringLiteral("Inès"));

    // A session already under way can always be resumed, even once the sitting is closed.
    m_store->setSittingState(m_store->sitting(QStringLiteral("NAMED"))->id, QStringLiteral("closed"));
    SessionController again(*m_store, m_clock);
    QCOMPARE(again.start(QStringLiteral("NAMED"), QStringLiteral("x"), {}, 1, &error), StartError::None);
}

void TestSession::bankChanged()
{
    // A copy of the example bank, changed after the sitting was created.
    const QString bank = m_dir->filePath(QStringLiteral("bank"));
    const QString source = test::sourcePath(QStringLiteral("question-banks/example"));
    QDir().mkpath(bank + QStringLiteral("/items"));
    QDir().mkpath(bank + QStringLiteral("/images"));
    for (const QString &f :
        {QStringLiteral("bank.yaml"), QStringLiteral("items/examples.yaml"), QStringLiteral("images/confusion.svg")}) {
        QVERIFY(QFile::copy(source + QLatin1Char('/') + f, bank + QLatin1Char('/') + f));
    }
    createSitting(QStringLiteral("CHANGED"), {}, bank);
    QFile items(bank + QStringLiteral("/items/examples.yaml"));
    QVERIFY(items.open(QIODevice::ReadOnly));
    QByteArray text = items.readAll();
    items.close();
    text.replace("b: -1.0}", "b: -0.9}");
    QFile::setPermissions(items.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(items.open(QIODevice::WriteOnly | QIODevice::Truncate));
    items.write(text);
    items.close();
    SessionController c(*m_store, m_clock);
    QString error;
    QCOMPARE(c.start(QStringLiteral("CHANGED"), QStringLiteral("x"), {}, 1, &error), StartError::BankChanged);
    QVERIFY2(error.contains(QStringLiteral("has changed since the test was created")), qPrintable(error));
    // A bank that cannot be read at all.
    QVERIFY(QFile::remove(bank + QStringLiteral("/bank.yaml")));
    QCOMPARE(c.start(QStringLiteral("CHANGED"), QStringLiteral("y"), {}, 1, &error), StartError::BankUnavailable);
}

void TestSession::failedCommitIsNotAcknowledged()
{
    createSitting(QStringLiteral("F"),
        QJsonObject{
            {QStringLiteral("min_items"), 30}, {QStringLiteral("max_items"), 30}, {QStringLiteral("se_target"), 0}});
    SessionController c(*m_store, m_clock);
    QString error;
    QCOMPARE(c.start(QStringLiteral("F"), QStringLiteral("x"), {}, 1, &error), StartError::None);
    answerSome(c, 3, 0.0);
    // The disk fills up (another session's log takes the last free pages).
    QVERIFY(m_store->limitGrowthForTests(0));
    const auto other = m_store->createSession(
        c.session().sittingId, m_store->ensureCandidate(QStringLiteral("filler"))->id, 2, m_clock.nowMs());
    QVERIFY(other);
    for (auto r = store::Store::AppendResult::Appended; r == store::Store::AppendResult::Appended;) {
        store::EventRecord filler{0, other->id, 0, QStringLiteral("focus_lost"), m_clock.nowMs(), -1, {}, {}, -1,
            QJsonObject{{QStringLiteral("pad"), QString(300, QLatin1Char('x'))}}};
        r = m_store->appendEvent(&filler);
    }
    int acknowledged = 3;
    Outcome o = Outcome::Acknowledged;
    while (o == Outcome::Acknowledged && c.currentItem()) {
        const BankItem item = *c.currentItem();
        o = c.answer(c.currentPosition(), item.id, answerFor(item, 0.0), &error);
        acknowledged += o == Outcome::Acknowledged ? 1 : 0;
        if (o == Outcome::StoreFailed) {
            // Not acknowledged: the same question is still the current one, nothing was stored.
            QCOMPARE(c.currentItem()->id, item.id);
            QCOMPARE(c.currentPosition(), acknowledged + 1);
            QVERIFY2(error.contains(QStringLiteral("could not be saved")), qPrintable(error));
        }
    }
    QCOMPARE(o, Outcome::StoreFailed);
    const auto events = m_store->events(c.session().id);
    QCOMPARE(
        std::count_if(events.begin(), events.end(), [](const auto &e) { return e.kind == QLatin1String("answered"); }),
        acknowledged);
}

void TestSession::practiceSitting()
{
    QString error;
    const auto practice = ensurePracticeSitting(*m_store, m_aicet, m_clock.nowMs(), &error);
    QVERIFY2(practice, qPrintable(error));
    QVERIFY(practice->practice);
    QCOMPARE(practice->code, QStringLiteral("PRACTICE"));
    // Only one.
    QCOMPARE(ensurePracticeSitting(*m_store, m_aicet, m_clock.nowMs(), &error)->id, practice->id);
    SessionController c(*m_store, m_clock);
    QCOMPARE(c.start(QStringLiteral("PRACTICE"), QStringLiteral("me"), {}, 1, &error), StartError::None);
    QVERIFY(bundledBankPath().endsWith(QStringLiteral("question-banks/aicet")));
}

void TestSession::abandon()
{
    createSitting(QStringLiteral("A"));
    SessionController c(*m_store, m_clock);
    QString error;
    QCOMPARE(c.start(QStringLiteral("A"), QStringLiteral("x"), {}, 1, &error), StartError::None);
    answerSome(c, 4, 0.0);
    QVERIFY(c.abandon(QStringLiteral("pupil left")));
    QCOMPARE(m_store->session(c.session().id)->state, QStringLiteral("abandoned"));
    QCOMPARE(m_store->result(c.session().id)->items, 4);
    QCOMPARE(m_store->events(c.session().id).last().payload.value(QStringLiteral("reason")).toString(),
        QStringLiteral("pupil left"));
}

QTEST_GUILESS_MAIN(TestSession)
#include "TestSession.moc"
