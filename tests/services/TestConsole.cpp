// The teacher's live console: who has not started, who is answering (question reached, time
// left, silence), who finished; extra time that replaces the old value and reaches a running
// pupil; pause, resume, incidents, stop and reopen on the console's pupils; who may see and act.
#include "TestData.h"
#include "bank/Scoring.h"
#include "services/ClassLists.h"
#include "services/Console.h"
#include "services/PupilSession.h"
#include "services/Results.h"
#include "services/Services.h"
#include "services/Sittings.h"
#include "services/StaffAccounts.h"

#include <QTemporaryDir>
#include <QTest>

using namespace aicet;
using namespace aicet::services;
using Action = Console::Action;
using Outcome = StaffActions::Outcome;

class TestConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void ownersAndEntitledPupils();
    void progressAndTime();
    void extraTimeReplaces();
    void actionsAndIncidents();
    void extraTimeBelowWhatWasUsed();
    void trainersSeeNoNames();

private:
    const ConsoleRow *row(const ConsoleView &view, const QString &code);
    ConsoleView view(const store::StaffRecord &who);
    void answerOne(PupilSession &pupil, int category = 1);

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Services> m_services;
    store::StaffRecord m_admin, m_marie, m_paul, m_trainer;
    store::SittingRecord m_sitting;
    QString m_lea, m_hugo, m_eva; // personal codes; Eva is entitled to extra time
    std::unique_ptr<PupilSession> m_leaRun, m_evaRun; // their programs, kept from test to test
};

void TestConsole::initTestCase()
{
    QString error;
    m_services
        = Services::open(m_dir.filePath(QStringLiteral("console.sqlite")), QStringLiteral("tester"), &error, &m_clock);
    QVERIFY2(m_services, qPrintable(error));
    StaffAccounts accounts(m_services->context());
    m_admin = accounts.createFirstAdministrator(QStringLiteral("Ada"), QStringLiteral("correct horse battery")).account;
    m_marie
        = accounts.add(m_admin, QStringLiteral("Marie"), store::StaffRole::Teacher, QStringLiteral("tableau noir 42"))
              .account;
    m_paul = accounts.add(m_admin, QStringLiteral("Paul"), store::StaffRole::Teacher, QStringLiteral("tableau noir 43"))
                 .account;
    m_trainer
        = accounts.add(m_admin, QStringLiteral("Tom"), store::StaffRole::Trainer, QStringLiteral("tableau noir 44"))
              .account;
    QVERIFY(m_marie.id > 0 && m_paul.id > 0 && m_trainer.id > 0);
    ClassLists lists(m_services->context());
    const auto preview = ClassLists::preview("Nom;Prénom;Classe\nDupont;Léa;5e B\nMartin;Hugo;5e B\nRoux;Eva;5e B\n");
    const auto imported = lists.import(
        m_marie, lists.mapRows(preview, preview.lastName, preview.firstName, preview.className, -1, {}, m_marie));
    QVERIFY(imported.ok);
    for (const store::ClassPupilRecord &p : imported.pupils) {
        (p.firstName == QStringLiteral("Léa")           ? m_lea
                : p.firstName == QStringLiteral("Hugo") ? m_hugo
                                                        : m_eva)
            = p.code;
    }
    // Eva has extra time by right: her teacher ticks it in the class.
    store::ClassPupilRecord eva = *m_services->store().classPupilByCode(m_eva);
    eva.extraTime = true;
    QVERIFY(lists.editPupil(m_marie, eva).ok);
    QVERIFY(m_services->store().classPupilByCode(m_eva)->extraTime);
}

ConsoleView TestConsole::view(const store::StaffRecord &who)
{
    QString error;
    const auto v = Console(m_services->context()).view(m_sitting.id, who, QStringLiteral("en"), &error);
    if (!v) {
        qWarning() << error;
        return {};
    }
    return *v;
}

const ConsoleRow *TestConsole::row(const ConsoleView &view, const QString &code)
{
    for (const ConsoleRow &r : view.rows) {
        if (r.code == code) {
            return &r;
        }
    }
    return nullptr;
}

void TestConsole::answerOne(PupilSession &pupil, int category)
{
    QString error;
    const BankItem *item = pupil.currentItem();
    QVERIFY(item);
    pupil.itemShown();
    m_clock.advanceSeconds(30);
    QCOMPARE(pupil.answer(pupil.currentPosition(), item->id,
                 responseForCategory(item->content, category, QStringLiteral("fr")), &error),
        PupilSession::AnswerOutcome::Acknowledged);
}

// The sitting belongs to the teacher who made it: she and administrators run it, trainers see it,
// another teacher neither; pupils entitled to extra time get the form's minutes.
void TestConsole::ownersAndEntitledPupils()
{
    SittingDraft draft;
    draft.code = QStringLiteral("5B-DEC");
    draft.bankPath = test::sourcePath(QStringLiteral("question-banks/example"));
    draft.settings.minItems = 4;
    draft.settings.maxItems = 6;
    draft.settings.timeLimitMinutes = 30;
    draft.entitledExtraMinutes = 10;
    Sittings sittings(m_services->context());
    const auto created
        = sittings.createForClasses(draft, m_marie, {m_services->store().classPupilByCode(m_lea)->classId});
    QVERIFY2(created.error == Sittings::CreateError::None, qPrintable(created.message));
    m_sitting = created.sitting;
    QCOMPARE(m_sitting.ownerId, m_marie.id);
    QCOMPARE(m_sitting.settings.extraTimeMinutes.size(), 1);
    QCOMPARE(m_sitting.settings.extraTimeMinutes.value(m_eva), 10.0);

    QVERIFY(Sittings::visibleTo(m_sitting, m_marie) && Sittings::runBy(m_sitting, m_marie));
    QVERIFY(Sittings::visibleTo(m_sitting, m_admin) && Sittings::runBy(m_sitting, m_admin));
    QVERIFY(Sittings::visibleTo(m_sitting, m_trainer) && !Sittings::runBy(m_sitting, m_trainer));
    QVERIFY(!Sittings::visibleTo(m_sitting, m_paul) && !Sittings::runBy(m_sitting, m_paul));
    QCOMPARE(sittings.list(&m_paul)->size(), 0);
    QCOMPARE(sittings.list(&m_marie)->size(), 1);
    QString error;
    QVERIFY(!Console(m_services->context()).view(m_sitting.id, m_paul, QStringLiteral("en"), &error));
    QVERIFY2(error.contains(QStringLiteral("among yours")), qPrintable(error));
    QVERIFY(!sittings.close(m_sitting.code, &error, &m_paul));
    QVERIFY2(error.contains(QStringLiteral("another teacher")), qPrintable(error));
    const auto trainerAct = Console(m_services->context()).act(m_sitting.id, 1, Action::Pause, m_trainer);
    QCOMPARE(trainerAct.outcome, Outcome::NotFound);

    // Before anyone starts: three pupils not started, Eva with her 10 minutes, names shown.
    const ConsoleView v = view(m_marie);
    QCOMPARE(v.rows.size(), 3);
    QCOMPARE(v.minItems, 4 + 1); // and the bank's pilot question
    QCOMPARE(v.maxItems, 6 + 1);
    QCOMPARE(v.timeLimitSeconds, 1800.0);
    for (const ConsoleRow &r : v.rows) {
        QCOMPARE(r.status, PupilStatus::NotStarted);
        QCOMPARE(r.group, QStringLiteral("5e B"));
        QCOMPARE(r.extraMinutes, r.code == m_eva ? 10.0 : 0.0);
    }
    QCOMPARE(row(v, m_lea)->name, QStringLiteral("Léa Dupont"));
    QCOMPARE(v.rows.first().name, QStringLiteral("Eva Roux")); // by name within the class
    QVERIFY(v.notes.isEmpty());
}

// Pupils answering: the question they are on, the time left on the test's clock (their extra
// time included), focus losses, the silence since their last answer.
void TestConsole::progressAndTime()
{
    QString error;
    m_leaRun = std::make_unique<PupilSession>(m_services->context());
    PupilSession &lea = *m_leaRun;
    QCOMPARE(lea.start(m_sitting.code, m_lea, {}, &error), PupilSession::StartError::None);
    answerOne(lea);
    answerOne(lea);
    QVERIFY(lea.recordFocus(true));
    m_clock.advanceSeconds(5);
    QVERIFY(lea.recordFocus(false));
    m_evaRun = std::make_unique<PupilSession>(m_services->context());
    PupilSession &eva = *m_evaRun;
    QCOMPARE(eva.start(m_sitting.code, m_eva, {}, &error), PupilSession::StartError::None);
    QCOMPARE(eva.session().extraTimeSeconds, 600.0);
    answerOne(eva);
    eva.itemShown();

    ConsoleView v = view(m_marie);
    const ConsoleRow *l = row(v, m_lea);
    QCOMPARE(l->status, PupilStatus::InProgress);
    QCOMPARE(l->answers, 2);
    QCOMPARE(l->focusLosses, 1);
    // Léa's clock: 30 + 30 s of answers, 5 s out of the window, 30 s while Eva answered.
    QCOMPARE(l->elapsedSeconds, 95.0);
    QCOMPARE(l->remainingSeconds, 1800.0 - 95.0);
    QCOMPARE(l->silentSeconds, 35.0);
    const ConsoleRow *e = row(v, m_eva);
    QCOMPARE(e->extraMinutes, 10.0);
    QCOMPARE(e->remainingSeconds, 1800.0 + 600.0 - 30.0);
    QCOMPARE(e->silentSeconds, 0.0); // a question was just shown
    QCOMPARE(row(v, m_hugo)->status, PupilStatus::NotStarted);
    // Four minutes without an answer: Léa stands out (the page marks 180 s and more).
    m_clock.advanceSeconds(240);
    v = view(m_marie);
    QCOMPARE(row(v, m_lea)->silentSeconds, 275.0);
    QCOMPARE(row(v, m_lea)->remainingSeconds, 1800.0 - 335.0);
}

// A new value replaces the old one; it reaches the running pupil's program at its next refresh;
// lowering it below what was used is refused; a pupil not started gets it when they start.
void TestConsole::extraTimeReplaces()
{
    Console console(m_services->context());
    QString error;
    PupilSession &eva = *m_evaRun;
    const double before = eva.timeLimitSeconds();
    QCOMPARE(before, 2400.0);
    auto r = console.setExtraTime(m_sitting.id, m_eva, 20, m_marie);
    QVERIFY2(r.outcome == Outcome::Done, qPrintable(r.message));
    eva.refresh();
    QCOMPARE(eva.timeLimitSeconds(), 1800.0 + 1200.0);
    r = console.setExtraTime(m_sitting.id, m_eva, 5, m_marie);
    QVERIFY2(r.outcome == Outcome::Done, qPrintable(r.message));
    eva.refresh();
    QCOMPARE(eva.timeLimitSeconds(), 1800.0 + 300.0); // replaced, not added
    QCOMPARE(row(view(m_marie), m_eva)->extraMinutes, 5.0);
    QCOMPARE(m_services->store().sittingById(m_sitting.id)->settings.extraTimeMinutes.value(m_eva), 5.0);
    // Setting the same value again writes nothing.
    const int events = static_cast<int>(m_services->store().events(eva.session().id)->size());
    QCOMPARE(console.setExtraTime(m_sitting.id, m_eva, 5, m_marie).outcome, Outcome::Done);
    QCOMPARE(m_services->store().events(eva.session().id)->size(), events);
    // Léa has used 335 s of 1800: she cannot be taken below what she used (a negative value is
    // refused anyway), and another teacher cannot touch her time.
    QCOMPARE(console.setExtraTime(m_sitting.id, m_lea, -5, m_marie).outcome, Outcome::Invalid);
    QCOMPARE(console.setExtraTime(m_sitting.id, m_lea, 5, m_paul).outcome, Outcome::NotFound);
    // Hugo has not started: recorded, granted at his start.
    r = console.setExtraTime(m_sitting.id, m_hugo, 15, m_marie);
    QVERIFY2(r.outcome == Outcome::Done && r.message.contains(QStringLiteral("when the test starts")),
        qPrintable(r.message));
    QCOMPARE(row(view(m_marie), m_hugo)->extraMinutes, 15.0);
    PupilSession hugo(m_services->context());
    QCOMPARE(hugo.start(m_sitting.code, m_hugo, {}, &error), PupilSession::StartError::None);
    QCOMPARE(hugo.session().extraTimeSeconds, 900.0);
    // A sitting without a time limit has nothing to extend.
    SittingDraft draft;
    draft.code = QStringLiteral("5B-FREE");
    draft.bankPath = test::sourcePath(QStringLiteral("question-banks/example"));
    draft.settings.timeLimitMinutes = 0;
    const auto free = Sittings(m_services->context())
                          .createForClasses(draft, m_marie, {m_services->store().classPupilByCode(m_lea)->classId});
    QVERIFY2(free.error == Sittings::CreateError::None, qPrintable(free.message));
    PupilSession lea(m_services->context());
    QCOMPARE(lea.start(free.sitting.code, m_lea, {}, &error), PupilSession::StartError::None);
    r = console.setExtraTime(free.sitting.id, m_lea, 10, m_marie);
    QVERIFY2(
        r.outcome == Outcome::NotAllowed && r.message.contains(QStringLiteral("no time limit")), qPrintable(r.message));
}

// Pause and resume reach the pupil; an incident is noted in any state with its category; stopping
// ends the test (scored); reopening needs a reason; every action is in the log and the report's
// timeline with who did it.
void TestConsole::actionsAndIncidents()
{
    Console console(m_services->context());
    QString error;
    PupilSession &lea = *m_leaRun;
    const qint64 leaId = m_services->store().candidate(m_sitting.id, m_lea)->id;
    const qint64 evaId = m_services->store().candidate(m_sitting.id, m_eva)->id;
    auto r = console.act(m_sitting.id, leaId, Action::Pause, m_marie, QStringLiteral("fire drill"));
    QVERIFY2(r.outcome == Outcome::Done && r.message.startsWith(m_lea), qPrintable(r.message));
    lea.refresh();
    QVERIFY(lea.isPaused());
    QCOMPARE(row(view(m_marie), m_lea)->status, PupilStatus::Paused);
    QCOMPARE(row(view(m_marie), m_lea)->silentSeconds, -1.0); // a paused pupil is not silent
    QCOMPARE(console.act(m_sitting.id, leaId, Action::Pause, m_marie).outcome, Outcome::NotAllowed);
    QCOMPARE(console.act(m_sitting.id, leaId, Action::Resume, m_marie).outcome, Outcome::Done);
    lea.refresh();
    QVERIFY(!lea.isPaused());
    // Incidents: "other" needs words; the category is kept.
    QCOMPARE(console.act(m_sitting.id, evaId, Action::Incident, m_marie, {}, 0, StaffActions::Incident::Other).outcome,
        Outcome::Invalid);
    r = console.act(m_sitting.id, evaId, Action::Incident, m_marie, QStringLiteral("headache, went to the nurse"), 0,
        StaffActions::Incident::Unwell);
    QVERIFY2(r.outcome == Outcome::Done, qPrintable(r.message));
    // Stopping needs a reason; the confirmed answers are scored.
    QCOMPARE(console.act(m_sitting.id, evaId, Action::Stop, m_marie).outcome, Outcome::Invalid);
    r = console.act(m_sitting.id, evaId, Action::Stop, m_marie, QStringLiteral("unwell"));
    QVERIFY2(r.outcome == Outcome::Done, qPrintable(r.message));
    ConsoleView v = view(m_marie);
    QCOMPARE(row(v, m_eva)->status, PupilStatus::Incomplete); // one answer: no level
    QVERIFY(row(v, m_eva)->result);
    QCOMPARE(row(v, m_eva)->incidents, 1);
    // An incident after the end is still noted (a suspicion reported later).
    r = console.act(m_sitting.id, evaId, Action::Incident, m_marie, {}, 0, StaffActions::Incident::Fraud);
    QVERIFY2(r.outcome == Outcome::Done, qPrintable(r.message));
    QCOMPARE(row(view(m_marie), m_eva)->incidents, 2);
    // Reopening needs a reason; it runs again.
    QCOMPARE(console.act(m_sitting.id, evaId, Action::Reopen, m_marie).outcome, Outcome::Invalid);
    r = console.act(m_sitting.id, evaId, Action::Reopen, m_marie, QStringLiteral("back from the nurse"), 5);
    QVERIFY2(r.outcome == Outcome::Done, qPrintable(r.message));
    QCOMPARE(row(view(m_marie), m_eva)->status, PupilStatus::InProgress);
    // Allowing another computer: the approval shows until it is used or lapses.
    QCOMPARE(console.act(m_sitting.id, evaId, Action::AllowResume, m_marie).outcome, Outcome::Done);
    QVERIFY(row(view(m_marie), m_eva)->resumeAllowed);
    // A pupil who has not started has no session to act on; another teacher acts on nothing.
    const qint64 hugoFree = m_services->store().candidate(m_sitting.id, m_hugo)->id;
    QCOMPARE(console.act(m_sitting.id, hugoFree, Action::Pause, m_paul).outcome, Outcome::NotFound);

    // The log, newest first, with who acted; an administrator acting is named too.
    QCOMPARE(console
                 .act(m_sitting.id, leaId, Action::Incident, m_admin, QStringLiteral("screen flickers"), 0,
                     StaffActions::Incident::Technical)
                 .outcome,
        Outcome::Done);
    v = view(m_marie);
    QVERIFY(v.notes.size() >= 9);
    QCOMPARE(v.notes.first().kind, store::EventKind::Incident);
    QCOMPARE(v.notes.first().code, m_lea);
    QCOMPARE(v.notes.first().name, QStringLiteral("Léa Dupont"));
    QCOMPARE(v.notes.first().payload.value(QStringLiteral("category")).toString(), QStringLiteral("technical"));
    int incidents = 0, extraTimes = 0;
    for (const ConsoleNote &n : v.notes) {
        incidents += n.kind == store::EventKind::Incident ? 1 : 0;
        extraTimes += n.kind == store::EventKind::TimeExtended ? 1 : 0;
        QVERIFY(!n.by.isEmpty());
    }
    QCOMPARE(incidents, 3);
    QCOMPARE(extraTimes, 2); // 20 then 5 minutes for Eva
    // The pupil's report has them all, in order.
    const auto detail = Results(m_services->context()).detail(lea.session().id, &error);
    QVERIFY2(detail, qPrintable(error));
    QCOMPARE(detail->timeline.notes.size(), std::size_t(3)); // pause, resume, incident
    QCOMPARE(detail->timeline.notes[0].kind, QStringLiteral("paused"));
    QCOMPARE(
        detail->timeline.notes[0].payload.value(QStringLiteral("reason")).toString(), QStringLiteral("fire drill"));
    QCOMPARE(detail->timeline.notes[2].kind, QStringLiteral("incident"));
}

// A pupil past their limit (their program has not ended the test yet): extra time that would still
// leave nothing is refused, with the least value that helps; that value is accepted. Nothing is
// recorded in the sitting when refused.
void TestConsole::extraTimeBelowWhatWasUsed()
{
    SittingDraft draft;
    draft.code = QStringLiteral("5B-SHORT");
    draft.bankPath = test::sourcePath(QStringLiteral("question-banks/example"));
    draft.settings.timeLimitMinutes = 1;
    const auto created = Sittings(m_services->context())
                             .createForClasses(draft, m_marie, {m_services->store().classPupilByCode(m_lea)->classId});
    QVERIFY2(created.error == Sittings::CreateError::None, qPrintable(created.message));
    QString error;
    PupilSession lea(m_services->context());
    QCOMPARE(lea.start(draft.code, m_lea, {}, &error), PupilSession::StartError::None);
    answerOne(lea); // 30 s
    lea.itemShown();
    m_clock.advanceSeconds(60); // 90 s used of 60
    Console console(m_services->context());
    auto r = console.setExtraTime(created.sitting.id, m_lea, 0.25, m_marie); // 75 s: still 15 s short
    QCOMPARE(r.outcome, Outcome::NotAllowed);
    QVERIFY2(r.message.contains(QStringLiteral("at least 1 minutes")), qPrintable(r.message));
    QVERIFY(m_services->store().sittingById(created.sitting.id)->settings.extraTimeMinutes.isEmpty());
    r = console.setExtraTime(created.sitting.id, m_lea, 1, m_marie);
    QVERIFY2(r.outcome == Outcome::Done, qPrintable(r.message));
    QCOMPARE(m_services->store().sittingById(created.sitting.id)->settings.extraTimeMinutes.value(m_lea), 1.0);
    lea.refresh();
    QCOMPARE(lea.timeLimitSeconds(), 120.0);
}

// A trainer follows a sitting (pilot data) without names or incident notes, and acts on nothing.
void TestConsole::trainersSeeNoNames()
{
    const ConsoleView v = view(m_trainer);
    QCOMPARE(v.rows.size(), 3);
    for (const ConsoleRow &r : v.rows) {
        QVERIFY2(r.name.isEmpty(), qPrintable(r.name));
    }
    QVERIFY(v.notes.isEmpty());
    QVERIFY(!view(m_marie).notes.isEmpty());
    QCOMPARE(
        Console(m_services->context()).setExtraTime(m_sitting.id, m_hugo, 5, m_trainer).outcome, Outcome::NotFound);
}

QTEST_GUILESS_MAIN(TestConsole)
#include "TestConsole.moc"
