#include "TestData.h"
#include "bank/BankLoader.h"
#include "services/CandidateRecords.h"
#include "services/PupilSession.h"
#include "services/Results.h"
#include "services/Services.h"
#include "services/Sittings.h"
#include "services/StaffActions.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace aicet;
using namespace aicet::services;
using Outcome = PupilSession::AnswerOutcome;
using StartError = PupilSession::StartError;
using store::EventKind;

namespace {

// Answers every question right when the item is easier than `theta`, wrong otherwise.
ItemResponse answerFor(const BankItem &item, double theta)
{
    const int category = item.irt.location() < theta ? item.irt.categoryCount() - 1 : 0;
    return responseForCategory(item.content, category, QStringLiteral("fr"));
}

// Answers `count` questions (or until the end); returns the items given.
QStringList answerSome(PupilSession &c, int count, double theta)
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

int countOf(const QList<store::EventRecord> &events, EventKind kind)
{
    return static_cast<int>(std::count_if(events.begin(), events.end(), [&](const auto &e) { return e.kind == kind; }));
}

} // namespace

class TestPupilSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void wholeTest();
    void bankPilotsEveryTest();
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
    void staffActionsReachTheSession_data();
    void staffActionsReachTheSession();
    void reopen();
    void oneProgramPerSession();
    void endNotStoredIsPending();
    void clockStartsAtFirstQuestion();
    void noLevelWithoutEvidence();
    void nobodyTakesOverAnotherPupilsTest();
    void levelNeedsPrecision();
    void codesMatchWhateverTheirCase();
    void sameCodeInTwoSittingsIsTwoPeople();
    void nonFiniteResultIsNeverStored();

private:
    store::SittingRecord createSitting(
        const QString &code, const store::SittingSettings &settings = {}, const QString &bank = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Services> m_services;
    store::Store *m_store = nullptr;
    ManualClock m_clock;
    QString m_aicet;
    QString m_pg;
};

void TestPupilSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_services.reset();
    m_services
        = Services::open(m_dir->filePath(QStringLiteral("aicet.sqlite")), QStringLiteral("test"), &error, &m_clock);
    QVERIFY2(m_services, qPrintable(error));
    m_store = &m_services->store();
    m_aicet = test::sourcePath(QStringLiteral("question-banks/aicet"));
}

store::SittingRecord TestPupilSession::createSitting(
    const QString &code, const store::SittingSettings &settings, const QString &bank)
{
    SittingDraft draft;
    draft.code = code;
    draft.bankPath = bank.isEmpty() ? m_aicet : bank;
    draft.settings = settings;
    // No pilot question unless a test asks for them (the AICET bank's default test pilots 5 a
    // test): the counts of these tests are of scored questions.
    if (!draft.settings.pilotPositions) {
        draft.settings.pilotPositions = std::vector<int>();
    }
    const auto created = Sittings(m_services->context()).create(draft);
    if (created.error != Sittings::CreateError::None) {
        qFatal("%s", qPrintable(created.message));
    }
    return created.sitting;
}

// Settings without pilot questions (the AICET bank's default test pilots 5 a test): the counts
// of these tests are of scored questions.
store::SittingSettings items(int min, int max)
{
    store::SittingSettings s;
    s.pilotPositions = std::vector<int>();
    s.minItems = min;
    s.maxItems = max;
    return s;
}

store::SittingSettings minutes(double limit)
{
    store::SittingSettings s;
    s.pilotPositions = std::vector<int>();
    s.timeLimitMinutes = limit;
    return s;
}

void TestPupilSession::wholeTest()
{
    createSitting(QStringLiteral("4B-DEC"), items(12, 12));
    PupilSession c(m_services->context());
    QString error;
    QCOMPARE(c.start(QStringLiteral("4B-DEC"), QStringLiteral("pupil-1"), {}, &error, 42), StartError::None);
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
    QCOMPARE(result->dimensions.size(), std::size_t(4));
    // In the bank's order.
    for (std::size_t i = 0; i < result->dimensions.size(); ++i) {
        QCOMPARE(result->dimensions[i].dimension, c.bank().dimensions[i].id);
    }
    QCOMPARE(m_store->session(c.session().id)->state, store::SessionState::Finished);
    const QList<store::EventRecord> events = *m_store->events(c.session().id);
    QCOMPARE(events.first().kind, EventKind::Started);
    QCOMPARE(events.last().kind, EventKind::Finished);
    QCOMPARE(countOf(events, EventKind::Answered), 12);
    // Answering after the end is refused.
    QCOMPARE(c.answer(13, items.first(), {}, &error), Outcome::TestOver);
    // Coming back to a finished test says so.
    PupilSession again(m_services->context());
    QCOMPARE(again.start(QStringLiteral("4B-DEC"), QStringLiteral("pupil-1"), {}, &error, 42), StartError::SessionOver);
    QVERIFY(error.contains(QStringLiteral("already finished")));
}

void TestPupilSession::resumeIsReplay()
{
    createSitting(QStringLiteral("RES"), items(15, 15));
    QString error;
    QStringList interrupted;
    QString token; // kept by the pupil's program on its computer
    {
        PupilSession c(m_services->context());
        QCOMPARE(c.start(QStringLiteral("RES"), QStringLiteral("a"), {}, &error, 7), StartError::None);
        interrupted = answerSome(c, 6, -0.3);
        QCOMPARE(interrupted.size(), 6);
        token = c.resumeToken();
        QCOMPARE(token.size(), 32);
    } // the machine stops
    m_clock.advanceSeconds(30);
    PupilSession resumed(m_services->context());
    resumed.setResumeToken(token);
    QCOMPARE(resumed.start(QStringLiteral("RES"), QStringLiteral("a"), {}, &error, 999), StartError::None);
    QCOMPARE(resumed.session().seed, std::uint64_t(7)); // the session keeps its seed
    QCOMPARE(resumed.currentPosition(), 7);
    interrupted += answerSome(resumed, 100, -0.3);
    QVERIFY(resumed.isFinished());

    // The same seed and answers without interruption give the same test and result.
    PupilSession straight(m_services->context());
    QCOMPARE(straight.start(QStringLiteral("RES"), QStringLiteral("b"), {}, &error, 7), StartError::None);
    QCOMPARE(answerSome(straight, 100, -0.3), interrupted);
    QCOMPARE(m_store->result(straight.session().id)->theta, m_store->result(resumed.session().id)->theta);
    QCOMPARE(countOf(*m_store->events(resumed.session().id), EventKind::Rejoined), 1);
}

void TestPupilSession::answersAreIdempotent()
{
    createSitting(QStringLiteral("IDEM"));
    PupilSession c(m_services->context());
    QString error;
    QCOMPARE(c.start(QStringLiteral("IDEM"), QStringLiteral("x"), {}, &error, 1), StartError::None);
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
    QCOMPARE(countOf(*m_store->events(c.session().id), EventKind::Answered), 1);
}

// The AICET bank's default test gives an unscored pilot question at positions 3, 8, 13, 18 and
// 23 (its pilot plan): a pupil of a sitting on its defaults answers them, and is scored on the
// others only.
void TestPupilSession::bankPilotsEveryTest()
{
    SittingDraft draft;
    draft.code = QStringLiteral("PILOT");
    draft.bankPath = m_aicet;
    draft.settings.minItems = 20;
    draft.settings.maxItems = 20;
    QCOMPARE(Sittings(m_services->context()).create(draft).error, Sittings::CreateError::None);
    PupilSession c(m_services->context());
    QString error;
    QCOMPARE(c.start(QStringLiteral("PILOT"), QStringLiteral("p1"), {}, &error, 7), StartError::None);
    const QStringList items = answerSome(c, 100, 0.2);
    QVERIFY(c.isFinished());
    QCOMPARE(items.size(), 25);
    const ItemBank bank = loadBank(m_aicet).bank;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const BankItem &item = bank.items[static_cast<std::size_t>(bank.indexOf(items[i]))];
        const bool slot = QList<qsizetype>{3, 8, 13, 18, 23}.contains(i + 1);
        QCOMPARE(item.status == ItemStatus::Pilot, slot);
    }
    QCOMPARE(m_store->result(c.session().id)->items, 20);
    // What the pupil is told: the slots a test of 20 or 30 scored questions reaches, each once.
    cat::TestSpecification spec = c.specification();
    QCOMPARE(spec.pilotQuestions(bank, 20), 5);
    spec.pilotPositions = {3, 8, 13, 18, 23, 28};
    QCOMPARE(spec.pilotQuestions(bank, 20), 5); // the sixth slot comes after the 22nd scored question
    QCOMPARE(spec.pilotQuestions(bank, 30), 6);
    spec.pilotPositions = {3, 3, 500};
    QCOMPARE(spec.pilotQuestions(bank, 30), 1);
}

void TestPupilSession::timeLimit()
{
    createSitting(QStringLiteral("TIME"), minutes(10));
    PupilSession c(m_services->context());
    QString error;
    QCOMPARE(c.start(QStringLiteral("TIME"), QStringLiteral("x"), {}, &error, 1), StartError::None);
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

void TestPupilSession::downtimeIsCapped()
{
    createSitting(QStringLiteral("DOWN"), minutes(30));
    QString error;
    QString token;
    {
        PupilSession c(m_services->context());
        QCOMPARE(c.start(QStringLiteral("DOWN"), QStringLiteral("x"), {}, &error, 1), StartError::None);
        QVERIFY(c.itemShown()); // the pupil pressed the start button
        m_clock.advanceSeconds(100);
        answerSome(c, 1, 0.0);
        token = c.resumeToken();
    }
    m_clock.advanceSeconds(3600); // the machine was down for an hour
    PupilSession c(m_services->context());
    c.setResumeToken(token);
    QCOMPARE(c.start(QStringLiteral("DOWN"), QStringLiteral("x"), {}, &error, 1), StartError::None);
    QVERIFY(!c.isFinished());
    QCOMPARE(c.elapsedSeconds(), 100.0 + kMaxChargedDowntimeSeconds);
    QCOMPARE(c.remainingSeconds(), 1800.0 - 160.0);
}

void TestPupilSession::extraTime()
{
    store::SittingSettings settings = minutes(10);
    settings.extraTimeMinutes.insert(QStringLiteral("slow"), 5.0);
    createSitting(QStringLiteral("EXTRA"), settings);
    QString error;
    auto granted = std::make_unique<PupilSession>(m_services->context());
    QCOMPARE(granted->start(QStringLiteral("EXTRA"), QStringLiteral("slow"), {}, &error, 1), StartError::None);
    QCOMPARE(granted->remainingSeconds(), 900.0);
    QVERIFY(granted->itemShown());
    const QString token = granted->resumeToken();
    PupilSession other(m_services->context());
    QCOMPARE(other.start(QStringLiteral("EXTRA"), QStringLiteral("other"), {}, &error, 1), StartError::None);
    QCOMPARE(other.remainingSeconds(), 600.0);
    QVERIFY(other.itemShown());
    m_clock.advanceSeconds(700);
    QVERIFY(other.checkTime());
    QVERIFY(!granted->checkTime());
    granted.reset(); // the program stops
    // Resumed later, the grant still holds.
    PupilSession again(m_services->context());
    again.setResumeToken(token);
    QCOMPARE(again.start(QStringLiteral("EXTRA"), QStringLiteral("slow"), {}, &error, 1), StartError::None);
    QCOMPARE(again.session().extraTimeSeconds, 300.0);
}

void TestPupilSession::pausesAreNotCharged()
{
    using store::EventRecord;
    QList<EventRecord> events = {
        {0, 1, 1, EventKind::Started, -50'000, -1, {}, {}, -1, {}},
        {0, 1, 2, EventKind::ItemShown, 0, 1, {}, {}, -1, {}}, // the 50 s of instructions are not test time
        {0, 1, 3, EventKind::Answered, 10'000, 1, {}, {}, 1, {}},
        {0, 1, 4, EventKind::Paused, 20'000, -1, {}, {}, -1, {}},
        {0, 1, 5, EventKind::FocusLost, 30'000, -1, {}, {}, -1, {}}, // the clock stays stopped
        {0, 1, 6, EventKind::Rejoined, 300'000, -1, {}, {}, -1, {}}, // still paused after a restart
        {0, 1, 7, EventKind::Unpaused, 620'000, -1, {}, {}, -1, {}},
        {0, 1, 8, EventKind::Answered, 625'000, 2, {}, {}, 1, {}},
    };
    QCOMPARE(elapsedSeconds(events, 630'000), 30.0);
    QCOMPARE(stateOf(events), store::SessionState::Running);
    events.append({0, 1, 9, EventKind::Finished, 630'000, -1, {}, {}, -1, {}});
    QCOMPARE(elapsedSeconds(events, 990'000), 30.0); // an ended session's clock has stopped
    QCOMPARE(stateOf(events), store::SessionState::Finished);
}

void TestPupilSession::startErrors()
{
    QString error;
    PupilSession c(m_services->context());
    QCOMPARE(c.start(QStringLiteral("NOPE"), QStringLiteral("x"), {}, &error, 1), StartError::UnknownSitting);
    QVERIFY(error.contains(QStringLiteral("no test with the code \"NOPE\"")));

    createSitting(QStringLiteral("CLOSED"));
    QVERIFY(Sittings(m_services->context()).close(QStringLiteral("CLOSED"), &error));
    QCOMPARE(c.start(QStringLiteral("CLOSED"), QStringLiteral("x"), {}, &error, 1), StartError::SittingClosed);

    SittingDraft future;
    future.code = QStringLiteral("FUTURE");
    future.bankPath = m_aicet;
    future.opensAt = m_clock.nowMs() + 3'600'000;
    Sittings sittings(m_services->context());
    QCOMPARE(sittings.create(future).error, Sittings::CreateError::None);
    QCOMPARE(c.start(QStringLiteral("FUTURE"), QStringLiteral("x"), {}, &error, 1), StartError::NotOpenYet);
    SittingDraft past = future;
    past.code = QStringLiteral("PAST");
    past.opensAt = 0;
    past.closesAt = m_clock.nowMs() - 1;
    QCOMPARE(sittings.create(past).error, Sittings::CreateError::None);
    QCOMPARE(c.start(QStringLiteral("PAST"), QStringLiteral("x"), {}, &error, 1), StartError::WindowOver);
    SittingDraft named = future;
    named.code = QStringLiteral("NAMED");
    named.opensAt = 0;
    named.askName = true;
    QCOMPARE(sittings.create(named).error, Sittings::CreateError::None);
    QCOMPARE(c.start(QStringLiteral("NAMED"), QStringLiteral("x"), {}, &error, 1), StartError::NameRequired);
    QCOMPARE(
        c.start(QStringLiteral("NAMED"), QStringLiteral("x"), QStringLiteral("Inès"), &error, 1), StartError::None);
    QCOMPARE(m_store->candidate(m_store->sitting(QStringLiteral("NAMED"))->id, QStringLiteral("x"))->displayName,
        QStringLiteral("Inès"));

    // A session already under way can always be resumed, even once the sitting is closed.
    QVERIFY(sittings.close(QStringLiteral("NAMED"), &error));
    PupilSession again(m_services->context());
    again.setResumeToken(c.resumeToken()); // on the same computer
    QCOMPARE(again.start(QStringLiteral("NAMED"), QStringLiteral("x"), {}, &error, 1), StartError::AlreadyOpen);
    c.abandon(QString()); // the first program ends it: nothing more to resume
    QCOMPARE(again.start(QStringLiteral("NAMED"), QStringLiteral("x"), {}, &error, 1), StartError::SessionOver);
    PupilSession other(m_services->context());
    SittingDraft open = future;
    open.code = QStringLiteral("OPEN");
    open.opensAt = 0;
    QCOMPARE(sittings.create(open).error, Sittings::CreateError::None);
    {
        PupilSession first(m_services->context());
        QCOMPARE(first.start(QStringLiteral("OPEN"), QStringLiteral("y"), {}, &error, 1), StartError::None);
        other.setResumeToken(first.resumeToken());
    }
    QVERIFY(sittings.close(QStringLiteral("OPEN"), &error));
    QCOMPARE(other.start(QStringLiteral("OPEN"), QStringLiteral("y"), {}, &error, 1), StartError::None);
}

void TestPupilSession::bankChanged()
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
    const store::SittingRecord sitting = createSitting(QStringLiteral("CHANGED"), {}, bank);
    // Kept in the database when the sitting was created: its files, its version and content.
    const auto kept = m_services->context().store.bankRelease(sitting.bankHash);
    QVERIFY(kept);
    QCOMPARE(kept->bankId, QStringLiteral("example"));
    QVERIFY(kept->files >= 3);
    QVERIFY2(kept->note.contains(QStringLiteral("CHANGED")), qPrintable(kept->note));
    QFile items(bank + QStringLiteral("/items/examples.yaml"));
    QVERIFY(items.open(QIODevice::ReadOnly));
    QByteArray text = items.readAll();
    items.close();
    QVERIFY(text.contains("b: -1.0}"));
    text.replace("b: -1.0}", "b: -0.9}");
    QFile::setPermissions(items.fileName(), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(items.open(QIODevice::WriteOnly | QIODevice::Truncate));
    items.write(text);
    items.close();
    // The sitting keeps the release it was created on: its pupils are given that bank, not the
    // folder's new content.
    PupilSession c(m_services->context());
    QString error;
    QCOMPARE(c.start(QStringLiteral("CHANGED"), QStringLiteral("x"), {}, &error, 1), StartError::None);
    QCOMPARE(c.bank().contentHash, sitting.bankHash);
    QVERIFY(c.bank().rootPath != bank);
    bool oldDifficulty = false;
    for (const BankItem &item : c.bank().items) {
        oldDifficulty = oldDifficulty || (item.hasParameters && item.irt.b == -1.0);
    }
    QVERIFY(oldDifficulty);
    // Even a folder that cannot be read any more, from another program (nothing cached): the
    // release comes from the database.
    QVERIFY(QFile::remove(bank + QStringLiteral("/bank.yaml")));
    auto other
        = Services::open(m_dir->filePath(QStringLiteral("aicet.sqlite")), QStringLiteral("test"), &error, &m_clock);
    QVERIFY2(other, qPrintable(error));
    PupilSession d(other->context());
    QCOMPARE(d.start(QStringLiteral("CHANGED"), QStringLiteral("y"), {}, &error, 1), StartError::None);
    QCOMPARE(d.bank().contentHash, sitting.bankHash);
    QVERIFY(!d.bank().rootPath.startsWith(bank));

    // A sitting whose bank was never kept (made by an earlier AICET): the folder's change stands.
    QVERIFY(QFile::copy(source + QStringLiteral("/bank.yaml"), bank + QStringLiteral("/bank.yaml")));
    store::SittingRecord old = sitting;
    old.id = 0;
    old.code = QStringLiteral("OLDER");
    old.bankHash = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    QVERIFY(m_services->context().store.createSitting(&old));
    PupilSession e(m_services->context());
    QCOMPARE(e.start(QStringLiteral("OLDER"), QStringLiteral("x"), {}, &error, 1), StartError::BankChanged);
    QVERIFY2(error.contains(QStringLiteral("has changed since the test was created")), qPrintable(error));
    QVERIFY(QFile::remove(bank + QStringLiteral("/bank.yaml")));
    QCOMPARE(e.start(QStringLiteral("OLDER"), QStringLiteral("y"), {}, &error, 1), StartError::BankUnavailable);
}

void TestPupilSession::failedCommitIsNotAcknowledged()
{
    store::SittingSettings fixed = items(30, 30);
    fixed.seTarget = 0.0;
    createSitting(QStringLiteral("FULLDISK"), fixed);
    PupilSession c(m_services->context());
    QString error;
    QCOMPARE(c.start(QStringLiteral("FULLDISK"), QStringLiteral("x"), {}, &error, 1), StartError::None);
    answerSome(c, 3, 0.0);
    // The disk fills up (another session's log takes the last free pages).
    QVERIFY(m_store->limitGrowthForTests(0));
    const auto other = m_store->createSession(c.session().sittingId,
        m_store->ensureCandidate(c.session().sittingId, QStringLiteral("filler"), {}, {}, m_clock.nowMs())->id, 2, 0,
        m_clock.nowMs());
    QVERIFY(other);
    for (auto r = store::Store::AppendResult::Appended; r == store::Store::AppendResult::Appended;) {
        store::EventRecord filler{0, other->id, 0, EventKind::FocusLost, m_clock.nowMs(), -1, {}, {}, -1,
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
    QCOMPARE(countOf(*m_store->events(c.session().id), EventKind::Answered), acknowledged);
}

void TestPupilSession::practiceSitting()
{
    QString error;
    Sittings sittings(m_services->context());
    const auto practice = sittings.practice(m_aicet, &error);
    QVERIFY2(practice, qPrintable(error));
    QVERIFY(practice->practice);
    QCOMPARE(practice->code, QStringLiteral("PRACTICE"));
    // Only one.
    QCOMPARE(sittings.practice(m_aicet, &error)->id, practice->id);
    PupilSession c(m_services->context());
    QCOMPARE(c.start(QStringLiteral("PRACTICE"), QStringLiteral("me"), {}, &error, 1), StartError::None);
    // This computer's practice test: resumed with its token; without it (the settings were reset),
    // a new practice test rather than a request for the teacher.
    QString code;
    QString token;
    {
        PupilSession first(m_services->context());
        QCOMPARE(first.startPractice(m_aicet, &code, &error), StartError::None);
        answerSome(first, 2, 0.0);
        token = first.resumeToken();
    }
    const QString firstCode = code;
    {
        PupilSession resumed(m_services->context());
        resumed.setResumeToken(token);
        QCOMPARE(resumed.startPractice(m_aicet, &code, &error), StartError::None);
        QCOMPARE(code, firstCode);
        QCOMPARE(resumed.currentPosition(), 3);
        resumed.abandon({});
        QCOMPARE(resumed.startPractice(m_aicet, &code, &error), StartError::None); // over: a new one
        QVERIFY(code != firstCode);
    }
    PupilSession reset(m_services->context());
    QString again = code;
    QCOMPARE(reset.startPractice(m_aicet, &again, &error), StartError::None);
    QVERIFY(again != code);
    qputenv("AICET_BANK_DIR", "/somewhere/else");
    QCOMPARE(BankCatalog::bundledBankPath(), QStringLiteral("/somewhere/else"));
    qunsetenv("AICET_BANK_DIR");
}

void TestPupilSession::abandon()
{
    createSitting(QStringLiteral("ABAN"));
    PupilSession c(m_services->context());
    QString error;
    QCOMPARE(c.start(QStringLiteral("ABAN"), QStringLiteral("x"), {}, &error, 1), StartError::None);
    answerSome(c, 4, 0.0);
    QVERIFY(c.abandon(QStringLiteral("pupil left")));
    QCOMPARE(m_store->session(c.session().id)->state, store::SessionState::Abandoned);
    QCOMPARE(m_store->result(c.session().id)->items, 4);
    QCOMPARE(m_store->events(c.session().id)->last().payload.value(QStringLiteral("reason")).toString(),
        QStringLiteral("pupil left"));
}

void TestPupilSession::staffActionsReachTheSession_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
    if (!test::postgresUrl().isEmpty()) {
        QTest::addRow("postgresql") << QStringLiteral("postgresql");
    } else {
        qWarning("AICET_TEST_PGURL is not set: the PostgreSQL run is skipped (./aicet.sh test sets it)");
    }
}

void TestPupilSession::staffActionsReachTheSession()
{
    // The pupil's program and the teacher's each have their own connection to the database, as
    // on two computers; the teacher's actions reach the pupil's session when it next looks.
    QFETCH(QString, backend);
    QString error;
    QString location = m_dir->filePath(QStringLiteral("staff.sqlite"));
    if (backend == QLatin1String("postgresql")) {
        location = test::freshPostgresDatabase(QStringLiteral("aicet_test_staff"), &error);
        QVERIFY2(!location.isEmpty(), qPrintable(error));
    }
    auto pupilSide = Services::open(location, QStringLiteral("aicet"), &error, &m_clock);
    auto teacherSide = Services::open(location, QStringLiteral("Mme Durand"), &error, &m_clock);
    QVERIFY2(pupilSide && teacherSide, qPrintable(error));
    SittingDraft draft;
    draft.code = QStringLiteral("LIVE");
    draft.bankPath = m_aicet;
    draft.settings = minutes(20);
    QCOMPARE(Sittings(teacherSide->context()).create(draft).error, Sittings::CreateError::None);
    PupilSession pupil(pupilSide->context());
    QCOMPARE(pupil.start(QStringLiteral("LIVE"), QStringLiteral("4B-07"), {}, &error, 3), StartError::None);
    answerSome(pupil, 3, 0.0);
    m_clock.advanceSeconds(60);
    const qint64 id = pupil.session().id;
    StaffActions teacher(teacherSide->context());

    // Pause: the clock stops, the answer waits.
    QCOMPARE(teacher.pause(id, QStringLiteral("fire drill")).outcome, StaffActions::Outcome::Done);
    QCOMPARE(teacher.pause(id).outcome, StaffActions::Outcome::NotAllowed); // already paused
    const BankItem item = *pupil.currentItem();
    QCOMPARE(pupil.answer(4, item.id, answerFor(item, 0.0), &error), Outcome::Paused); // noticed at the write
    QVERIFY(pupil.isPaused());
    QVERIFY2(error.contains(QStringLiteral("paused")), qPrintable(error));
    const double before = pupil.elapsedSeconds();
    m_clock.advanceSeconds(600);
    QCOMPARE(pupil.elapsedSeconds(), before);
    QCOMPARE(teacher.resume(id).outcome, StaffActions::Outcome::Done);
    QCOMPARE(pupil.refresh(), unsigned(PupilSession::PauseChanged));
    QVERIFY(!pupil.isPaused());
    QCOMPARE(pupil.answer(4, item.id, answerFor(item, 0.0), &error), Outcome::Acknowledged);
    QCOMPARE(pupil.refresh(), unsigned(PupilSession::NoChange));

    // Extra time.
    const double remaining = pupil.remainingSeconds();
    QCOMPARE(teacher.extendTime(id, 5).outcome, StaffActions::Outcome::Done);
    QCOMPARE(teacher.extendTime(id, -1).outcome, StaffActions::Outcome::Invalid);
    QCOMPARE(pupil.refresh(), unsigned(PupilSession::TimeChanged));
    QCOMPARE(pupil.remainingSeconds(), remaining + 300.0);

    // Stopped by the teacher: the pupil's program sees the end, its answers are scored.
    QCOMPARE(teacher.abandon(id, {}).outcome, StaffActions::Outcome::Invalid); // a reason is required
    QCOMPARE(teacher.abandon(id, QStringLiteral("left the room ill")).outcome, StaffActions::Outcome::Done);
    QCOMPARE(pupil.refresh(), unsigned(PupilSession::Ended));
    QVERIFY(pupil.isFinished());
    QVERIFY(!pupil.currentItem());
    const BankItem *none = pupil.currentItem();
    QVERIFY(!none);
    QCOMPARE(pupil.answer(5, item.id, answerFor(item, 0.0), &error), Outcome::TestOver);
    const auto result = pupil.result();
    QVERIFY(result);
    QCOMPARE(result->items, 4);
    QCOMPARE(result->stopReason, QStringLiteral("abandoned"));
    const QList<store::EventRecord> events = *pupilSide->store().events(id);
    QCOMPARE(countOf(events, EventKind::Abandoned), 1);
    QCOMPARE(countOf(events, EventKind::Finished), 0);
    QCOMPARE(events.last().payload.value(QStringLiteral("by")).toString(), QStringLiteral("Mme Durand"));
    QCOMPARE(teacher.abandon(id, QStringLiteral("twice")).outcome, StaffActions::Outcome::NotAllowed);
    QCOMPARE(teacher.pause(424242).outcome, StaffActions::Outcome::NotFound);
    // Everything the teacher did is in the audit log.
    int audited = 0;
    for (const store::AuditEntry &a : *teacherSide->store().auditLog()) {
        audited += a.actor == QLatin1String("Mme Durand") && a.action.startsWith(QLatin1String("session.")) ? 1 : 0;
    }
    QCOMPARE(audited, 4); // pause, resume, extend, abandon: what was refused is not recorded
}

void TestPupilSession::reopen()
{
    createSitting(QStringLiteral("REOPEN"), minutes(10));
    QString error;
    qint64 id = 0;
    QString token;
    {
        PupilSession c(m_services->context());
        QCOMPARE(c.start(QStringLiteral("REOPEN"), QStringLiteral("late"), {}, &error, 5), StartError::None);
        answerSome(c, 2, 0.0);
        m_clock.advanceSeconds(601);
        QVERIFY(c.checkTime());
        id = c.session().id;
        token = c.resumeToken();
    }
    StaffActions staff(m_services->context());
    QCOMPARE(staff.reopen(id, {}).outcome, StaffActions::Outcome::Invalid);
    // Its time is used up: reopened without more time, it would end again at once.
    const auto noTime = staff.reopen(id, QStringLiteral("the computer froze"));
    QCOMPARE(noTime.outcome, StaffActions::Outcome::NotAllowed);
    QVERIFY2(noTime.message.contains(QStringLiteral("more minutes")), qPrintable(noTime.message));
    const auto reopened = staff.reopen(id, QStringLiteral("the computer froze"), 5);
    QCOMPARE(reopened.outcome, StaffActions::Outcome::Done);
    QCOMPARE(m_store->events(id)->last().kind, EventKind::Reopened); // the time came with it, in one event
    QVERIFY(!m_store->result(id).found());
    PupilSession c(m_services->context());
    c.setResumeToken(token);
    QCOMPARE(c.start(QStringLiteral("REOPEN"), QStringLiteral("late"), {}, &error, 5), StartError::None);
    QCOMPARE(c.currentPosition(), 3);
    QVERIFY(c.remainingSeconds() > 290.0 && c.remainingSeconds() <= 300.0);
    answerSome(c, 1, 0.0);
    QVERIFY(c.abandon(QStringLiteral("done")));
    QCOMPARE(m_store->result(id)->items, 3);

    // A test that reached its own end cannot be reopened: there is nothing left to ask.
    createSitting(QStringLiteral("FULL"), items(5, 5));
    PupilSession full(m_services->context());
    QCOMPARE(full.start(QStringLiteral("FULL"), QStringLiteral("done"), {}, &error, 5), StartError::None);
    answerSome(full, 10, 0.0);
    QVERIFY(full.isFinished());
    QCOMPARE(staff.reopen(full.session().id, QStringLiteral("again")).outcome, StaffActions::Outcome::NotAllowed);
}

void TestPupilSession::oneProgramPerSession()
{
    createSitting(QStringLiteral("ONE"));
    QString error;
    auto second = Services::open(m_store->location(), QStringLiteral("aicet"), &error, &m_clock);
    QVERIFY(second);
    auto first = std::make_unique<PupilSession>(m_services->context());
    QCOMPARE(first->start(QStringLiteral("ONE"), QStringLiteral("twin"), {}, &error, 1), StartError::None);
    answerSome(*first, 2, 0.0);
    PupilSession other(second->context());
    other.setResumeToken(first->resumeToken());
    QCOMPARE(other.start(QStringLiteral("ONE"), QStringLiteral("twin"), {}, &error, 1), StartError::AlreadyOpen);
    QVERIFY2(error.contains(QStringLiteral("already open")), qPrintable(error));
    first.reset(); // closed there
    QCOMPARE(other.start(QStringLiteral("ONE"), QStringLiteral("twin"), {}, &error, 1), StartError::None);
    QCOMPARE(other.currentPosition(), 3);
}

void TestPupilSession::endNotStoredIsPending()
{
    createSitting(QStringLiteral("PENDING"), items(3, 3));
    PupilSession c(m_services->context());
    QString error;
    QCOMPARE(c.start(QStringLiteral("PENDING"), QStringLiteral("p"), {}, &error, 1), StartError::None);
    answerSome(c, 2, 0.0);
    // The last answer is stored, the end of the test is not (the database refuses it).
    m_store->failAppendsForTests(EventKind::Finished);
    const BankItem item = *c.currentItem();
    QCOMPARE(c.answer(3, item.id, answerFor(item, 0.0), &error), Outcome::Acknowledged);
    QVERIFY(!c.isFinished());
    QVERIFY(c.endPending());
    QVERIFY(!c.currentItem());
    QVERIFY(!c.result().found());
    QVERIFY2(c.lastError().contains(QStringLiteral("injected fault")), qPrintable(c.lastError()));
    QCOMPARE(m_store->session(c.session().id)->state, store::SessionState::Running);
    // Once the database takes writes again, the end is stored.
    m_store->failAppendsForTests(std::nullopt);
    QVERIFY(c.checkTime());
    QVERIFY(c.isFinished() && !c.endPending());
    QCOMPARE(c.result()->items, 3);
    QCOMPARE(countOf(*m_store->events(c.session().id), EventKind::Finished), 1);
}

QTEST_GUILESS_MAIN(TestPupilSession)
#include "TestPupilSession.moc"

void TestPupilSession::clockStartsAtFirstQuestion()
{
    createSitting(QStringLiteral("ONEMIN"), minutes(1));
    PupilSession c(m_services->context());
    QString error;
    QCOMPARE(c.start(QStringLiteral("ONEMIN"), QStringLiteral("reader"), {}, &error, 1), StartError::None);
    // The pupil reads the instructions for 65 s: the test's minute has not started.
    m_clock.advanceSeconds(65);
    QVERIFY(!c.checkTime());
    QCOMPARE(c.elapsedSeconds(), 0.0);
    QCOMPARE(c.remainingSeconds(), 60.0);
    // The start button shows the first question: now the clock runs.
    QVERIFY(c.itemShown());
    m_clock.advanceSeconds(20);
    QCOMPARE(c.remainingSeconds(), 40.0);
    answerSome(c, 1, 0.0);
    m_clock.advanceSeconds(41);
    QVERIFY(c.checkTime());
    QCOMPARE(m_store->result(c.session().id)->items, 1);
}

void TestPupilSession::noLevelWithoutEvidence()
{
    store::SittingSettings settings = minutes(5);
    settings.minItems = 6;
    settings.maxItems = 12;
    createSitting(QStringLiteral("EVID"), settings);
    QString error;
    const auto level = [&](const QString &code, int answers, bool abandon) {
        PupilSession c(m_services->context());
        if (c.start(QStringLiteral("EVID"), code, {}, &error, 3) != StartError::None) {
            qFatal("%s", qPrintable(error));
        }
        c.itemShown();
        answerSome(c, answers, 0.5);
        if (abandon) {
            c.abandon(QStringLiteral("left"));
        } else {
            m_clock.advanceSeconds(301);
            c.checkTime();
        }
        return *m_store->result(c.session().id);
    };
    // Time up with no answer, then with fewer than the minimum: no level, overall or by area.
    for (const int answers : {0, 3}) {
        const store::ResultRecord r = level(QStringLiteral("short-%1").arg(answers), answers, false);
        QCOMPARE(r.items, answers);
        QVERIFY2(r.level.isEmpty(), qPrintable(r.level));
        for (const scoring::DimensionResult &d : r.dimensions) {
            QVERIFY2(d.level.isEmpty(), qPrintable(d.dimension));
        }
        QCOMPARE(r.stopReason, QStringLiteral("time-limit"));
        QCOMPARE(incompleteReason(r), QStringLiteral("time up"));
    }
    const store::ResultRecord stopped = level(QStringLiteral("stopped"), 4, true);
    QVERIFY(stopped.level.isEmpty());
    QCOMPARE(incompleteReason(stopped), QStringLiteral("stopped"));
    // With the minimum answered and a precise enough estimate, the level is there.
    const store::ResultRecord done = level(QStringLiteral("done"), 12, false);
    QVERIFY(done.items >= 6); // it may end at its precision target
    QVERIFY(!done.level.isEmpty());
    QVERIFY(incompleteReason(done).isEmpty());
}

void TestPupilSession::nobodyTakesOverAnotherPupilsTest()
{
    createSitting(QStringLiteral("OWN"));
    QString error;
    auto owner = std::make_unique<PupilSession>(m_services->context());
    QCOMPARE(owner->start(QStringLiteral("OWN"), QStringLiteral("alice"), {}, &error, 1), StartError::None);
    answerSome(*owner, 3, 0.0);
    const qint64 id = owner->session().id;
    const QString ownerToken = owner->resumeToken();
    owner.reset(); // Alice's program stops
    const int before = static_cast<int>(m_store->events(id)->size());
    auto second = Services::open(m_store->location(), QStringLiteral("aicet"), &error, &m_clock);
    QVERIFY2(second, qPrintable(error));
    const auto startWith = [&](const QString &token, PupilSession &c) {
        c.setResumeToken(token);
        return c.start(QStringLiteral("OWN"), QStringLiteral("alice"), {}, &error, 1);
    };

    // Someone else types Alice's codes: refused, and nothing is written to her session.
    {
        PupilSession intruder(second->context());
        QCOMPARE(startWith({}, intruder), StartError::NeedsApproval);
        QVERIFY2(error.contains(QStringLiteral("ask your teacher")), qPrintable(error));
        QVERIFY(!intruder.isStarted());
        QCOMPARE(startWith(QStringLiteral("0123456789abcdef0123456789abcdef"), intruder), StartError::NeedsApproval);
    }
    QCOMPARE(static_cast<int>(m_store->events(id)->size()), before);

    StaffActions staff(m_services->context());
    QCOMPARE(staff.allowResume(424242).outcome, StaffActions::Outcome::NotFound);
    // An approval is not used up by a program that cannot run the test (it is open elsewhere).
    {
        PupilSession holder(m_services->context());
        QCOMPARE(startWith(ownerToken, holder), StartError::None);
        QCOMPARE(staff.allowResume(id).outcome, StaffActions::Outcome::Done);
        PupilSession blocked(second->context());
        QCOMPARE(startWith({}, blocked), StartError::AlreadyOpen);
    }
    // The approval lets Alice go on at another computer, once; her old token no longer works.
    QString movedToken;
    {
        PupilSession moved(second->context());
        QCOMPARE(startWith({}, moved), StartError::None);
        QCOMPARE(moved.currentPosition(), 4);
        movedToken = moved.resumeToken();
        QVERIFY(!movedToken.isEmpty() && movedToken != ownerToken);
    }
    {
        PupilSession once(second->context());
        QCOMPARE(startWith({}, once), StartError::NeedsApproval); // used up
        PupilSession old(m_services->context());
        QCOMPARE(startWith(ownerToken, old), StartError::NeedsApproval);
        PupilSession back(second->context());
        QCOMPARE(startWith(movedToken, back), StartError::None);
    }
    // An approval lapses after a while…
    QCOMPARE(staff.allowResume(id).outcome, StaffActions::Outcome::Done);
    m_clock.advanceSeconds(16 * 60);
    {
        PupilSession late(second->context());
        QCOMPARE(startWith({}, late), StartError::NeedsApproval);
    }
    // …and is withdrawn when the pupil comes back with her own token.
    QCOMPARE(staff.allowResume(id).outcome, StaffActions::Outcome::Done);
    {
        PupilSession back(second->context());
        QCOMPARE(startWith(movedToken, back), StartError::None);
    }
    {
        PupilSession stale(m_services->context());
        QCOMPARE(startWith({}, stale), StartError::NeedsApproval);
    }
    int audited = 0;
    for (const store::AuditEntry &a : *m_store->auditLog()) {
        audited += a.action == QLatin1String("session.allow_resume") ? 1 : 0;
    }
    QCOMPARE(audited, 3);
    // A finished session cannot be handed over, and its approval lapses with it.
    {
        PupilSession last(second->context());
        last.setResumeToken(movedToken);
        QCOMPARE(last.start(QStringLiteral("OWN"), QStringLiteral("alice"), {}, &error, 1), StartError::None);
        QCOMPARE(staff.allowResume(id).outcome, StaffActions::Outcome::Done);
        QVERIFY(m_store->session(id)->resumeApprovedAt > 0);
        QVERIFY(last.abandon(QStringLiteral("done")));
    }
    QCOMPARE(m_store->session(id)->resumeApprovedAt, 0);
    QCOMPARE(staff.allowResume(id).outcome, StaffActions::Outcome::NotAllowed);
}

void TestPupilSession::levelNeedsPrecision()
{
    // The rule's two conditions: enough scored questions, and a standard error small enough.
    const auto bank = m_services->banks().open(m_aicet);
    QVERIFY(bank);
    cat::TestSpecification spec = bank.bank->defaultTest;
    spec.stopping.minItems = 10;
    const double threshold = bank.bank->scale.dimensionMaxSe;
    QVERIFY(hasEvidenceForLevel(*bank.bank, spec, 10, threshold));
    QVERIFY(!hasEvidenceForLevel(*bank.bank, spec, 10, threshold + 0.01));
    QVERIFY(!hasEvidenceForLevel(*bank.bank, spec, 9, 0.2));
    QVERIFY(!hasEvidenceForLevel(*bank.bank, spec, 0, 0.2));
}

void TestPupilSession::codesMatchWhateverTheirCase()
{
    createSitting(QStringLiteral("4B-MATHS"));
    QString error;
    PupilSession c(m_services->context());
    QCOMPARE(c.start(QStringLiteral(" 4b maths "), QStringLiteral("Lea-07"), {}, &error, 1), StartError::None);
    QCOMPARE(c.sitting().code, QStringLiteral("4B-MATHS"));
    answerSome(c, 2, 0.0);
    const QString token = c.resumeToken();
    const qint64 id = c.session().id;
    c.abandon({}); // (ends the claim; resumed below only to compare codes)
    PupilSession again(m_services->context());
    again.setResumeToken(token);
    // The same pupil, typed differently: found, not created again.
    QCOMPARE(again.start(QStringLiteral("4bmaths"), QStringLiteral("lea07"), {}, &error, 1), StartError::SessionOver);
    QCOMPARE(m_store->sessionsOfSitting(c.session().sittingId)->size(), 1);
    QCOMPARE(m_store->candidate(c.session().sittingId, QStringLiteral("LEA 07"))->id, c.session().candidateId);
    Q_UNUSED(id)
    // A new sitting whose code differs only by case or dashes is refused.
    SittingDraft twin;
    twin.code = QStringLiteral("4b-Maths");
    twin.bankPath = m_aicet;
    const auto created = Sittings(m_services->context()).create(twin);
    QCOMPARE(created.error, Sittings::CreateError::CodeTaken);
}

void TestPupilSession::sameCodeInTwoSittingsIsTwoPeople()
{
    SittingDraft named;
    named.bankPath = m_aicet;
    named.askName = true;
    named.settings = items(5, 5);
    named.code = QStringLiteral("Y2026");
    QCOMPARE(Sittings(m_services->context()).create(named).error, Sittings::CreateError::None);
    named.code = QStringLiteral("Y2027");
    QCOMPARE(Sittings(m_services->context()).create(named).error, Sittings::CreateError::None);
    QString error;
    PupilSession first(m_services->context());
    QCOMPARE(first.start(QStringLiteral("Y2026"), QStringLiteral("07"), QStringLiteral("Inès"), &error, 1),
        StartError::None);
    answerSome(first, 5, 0.0);
    QVERIFY(first.isFinished());
    // A year later the same code is given to another pupil: a new person, with her own name.
    PupilSession next(m_services->context());
    QCOMPARE(
        next.start(QStringLiteral("Y2027"), QStringLiteral("07"), QStringLiteral("Tom"), &error, 1), StartError::None);
    QVERIFY(next.session().candidateId != first.session().candidateId);
    QCOMPARE(m_store->candidateById(next.session().candidateId)->displayName, QStringLiteral("Tom"));
    QCOMPARE(m_store->candidateById(first.session().candidateId)->displayName, QStringLiteral("Inès"));
    // Staff tools ask which one is meant.
    CandidateRecords records(m_services->context());
    QVERIFY(!records.exportRecord(QStringLiteral("07"), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("--sitting")), qPrintable(error));
    const auto tom = records.exportRecord(QStringLiteral("07"), QStringLiteral("y2027"), &error);
    QVERIFY2(tom, qPrintable(error));
    QVERIFY(QJsonDocument(*tom).toJson().contains("Tom"));
    QVERIFY(!QJsonDocument(*tom).toJson().contains("Inès"));
}

// A bank whose parameters give a non-finite ability (refused by the loader; made here by a test
// hook on the catalog's copy of a valid bank): the end of the test is never stored with a garbage
// result. The session stays at its end with a clear message, trying again writes nothing, a
// rerun is refused without writing, and the store refuses such a result on its own.
void TestPupilSession::nonFiniteResultIsNeverStored()
{
    const store::SittingRecord sitting = createSitting(QStringLiteral("NAN-RESULT"), items(3, 3));
    const BankCatalog::Lookup lookup = m_services->context().banks.openExpected(sitting.bankPath, sitting.bankHash);
    QVERIFY(lookup);
    // The catalog's bank was created mutable; the final estimator's prior mean makes θ NaN.
    const_cast<ItemBank &>(*lookup.bank).defaultTest.final.priorMean = 1e308;
    const QString expected = QStringLiteral("the result cannot be computed: the bank's parameters give a non-finite");
    qint64 sessionId = 0;
    qsizetype logged = 0;
    {
        PupilSession c(m_services->context());
        QString error;
        QCOMPARE(c.start(QStringLiteral("NAN-RESULT"), QStringLiteral("p"), {}, &error, 1), StartError::None);
        sessionId = c.session().id;
        QCOMPARE(answerSome(c, 3, 0.0).size(), 3);
        QVERIFY(!c.isFinished());
        QVERIFY(c.endPending()); // the window and `session run` show lastError()
        QVERIFY2(c.lastError().startsWith(expected), qPrintable(c.lastError()));
        QVERIFY(!c.result().found());
        logged = m_store->events(sessionId)->size();
        // The window tries again every second: refused the same way, nothing written.
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!c.checkTime());
            QVERIFY(c.endPending());
        }
        QVERIFY2(c.lastError().startsWith(expected), qPrintable(c.lastError()));
        QCOMPARE(m_store->events(sessionId)->size(), logged);
    }
    // Run again (as `session run` does): refused with the message, nothing written.
    PupilSession again(m_services->context());
    again.setStaffResume(true);
    QString error;
    QCOMPARE(again.start(QStringLiteral("NAN-RESULT"), QStringLiteral("p"), {}, &error), StartError::BankUnavailable);
    QVERIFY2(error.startsWith(expected), qPrintable(error));
    QCOMPARE(m_store->events(sessionId)->size(), logged);
    QCOMPARE(countOf(*m_store->events(sessionId), EventKind::Finished), 0);
    QCOMPARE(m_store->session(sessionId)->state, store::SessionState::Running);
    // The store refuses a non-finite result by itself, whoever asks.
    for (const double bad : {std::nan(""), std::numeric_limits<double>::infinity()}) {
        store::ResultRecord result;
        result.sessionId = sessionId;
        result.theta = 0.5;
        result.se = 0.3;
        result.score = bad;
        store::EventRecord end{0, sessionId, 0, EventKind::Finished, m_clock.nowMs(), -1, {}, {}, -1, {}};
        QCOMPARE(m_store->appendEvent(&end, &result), store::Store::AppendResult::Failed);
        QVERIFY2(
            m_store->lastError().contains(QStringLiteral("not a finite number")), qPrintable(m_store->lastError()));
    }
    QCOMPARE(m_store->events(sessionId)->size(), logged);
    QCOMPARE(m_store->session(sessionId)->state, store::SessionState::Running);
    QVERIFY(!m_store->result(sessionId).found());
}
