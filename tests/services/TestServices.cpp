// The services' rules, tested in-process with a manual clock: no process is started.
#include "TestData.h"
#include "bank/BankLoader.h"
#include "services/CandidateRecords.h"
#include "services/Credentials.h"
#include "services/IssuerKey.h"
#include "services/PupilSession.h"
#include "services/Results.h"
#include "services/Services.h"
#include "services/Sittings.h"
#include "services/StaffActions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace aicet;
using namespace aicet::services;
using CreateError = Sittings::CreateError;

class TestServices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sittingRules_data();
    void sittingRules();
    void bankProblemsAreListed();
    void sittingsListAndClose();
    void results();
    void timelineLeavesOutPauses();
    void credentials();
    void credentialNotIssuedWhenNotWritten();
    void candidateRecords();
    void bankCatalogReadsOnce();
    void resultsWithNamesAndLevelNames();
    void erasureLeavesNoCopy_data();
    void erasureLeavesNoCopy();

private:
    // Takes a whole test for `candidate` in `sitting`, answering right when the item is easier than
    // `theta`; returns the session id.
    qint64 takeTest(const QString &sitting, const QString &candidate, double theta, int answers = 1000);
    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<Services> m_services;
    QString m_aicet;
};

void TestServices::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_services.reset();
    m_services
        = Services::open(m_dir->filePath(QStringLiteral("s.sqlite")), QStringLiteral("tester"), &error, &m_clock);
    QVERIFY2(m_services, qPrintable(error));
    m_aicet = test::sourcePath(QStringLiteral("question-banks/aicet"));
}

qint64 TestServices::takeTest(const QString &sitting, const QString &candidate, double theta, int answers)
{
    PupilSession session(m_services->context());
    QString error;
    if (session.start(sitting, candidate, {}, &error, 11) != PupilSession::StartError::None) {
        qFatal("%s", qPrintable(error));
    }
    for (int i = 0; i < answers && session.currentItem(); ++i) {
        const BankItem &item = *session.currentItem();
        session.itemShown();
        m_clock.advanceSeconds(20);
        const int category = item.irt.location() < theta ? item.irt.categoryCount() - 1 : 0;
        session.answer(session.currentPosition(), item.id,
            responseForCategory(item.content, category, QStringLiteral("fr")), &error);
    }
    return session.session().id;
}

void TestServices::sittingRules_data()
{
    QTest::addColumn<SittingDraft>("draft");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("message");
    SittingDraft ok;
    ok.code = QStringLiteral("4B-DEC");
    ok.bankPath = test::sourcePath(QStringLiteral("question-banks/aicet"));
    QTest::addRow("valid") << ok << int(CreateError::None) << QString();
    SittingDraft d = ok;
    d.code = QStringLiteral("a b");
    QTest::addRow("code with a space") << d << int(CreateError::InvalidDraft) << QStringLiteral("3 to 32");
    d = ok;
    d.code = QStringLiteral("AB");
    QTest::addRow("code too short") << d << int(CreateError::InvalidDraft) << QStringLiteral("3 to 32");
    d = ok;
    d.opensAt = 2000;
    d.closesAt = 1000;
    QTest::addRow("closes before it opens") << d << int(CreateError::InvalidDraft) << QStringLiteral("close after");
    d = ok;
    d.settings.timeLimitMinutes = -5;
    QTest::addRow("negative time") << d << int(CreateError::InvalidDraft) << QStringLiteral("negative");
    d = ok;
    d.settings.minItems = 40;
    d.settings.maxItems = 10;
    QTest::addRow("min above max") << d << int(CreateError::InvalidDraft) << QString();
    d = ok;
    d.settings.selection = QStringLiteral("astrology");
    QTest::addRow("unknown rule") << d << int(CreateError::InvalidDraft) << QStringLiteral("astrology");
    d = ok;
    d.settings.extraTimeMinutes.insert(QStringLiteral("4B-07"), 0.0);
    QTest::addRow("extra time of 0") << d << int(CreateError::InvalidDraft) << QStringLiteral("extra time");
    d = ok;
    d.language = QStringLiteral("de");
    QTest::addRow("language the bank lacks") << d << int(CreateError::InvalidDraft) << QStringLiteral("\"de\"");
    d = ok;
    d.bankPath = test::sourcePath(QStringLiteral("question-banks/conformance"));
    QTest::addRow("parameters-only bank") << d << int(CreateError::BankUnusable) << QStringLiteral("parameters-only");
    d = ok;
    d.bankPath = QStringLiteral("/nowhere/bank");
    QTest::addRow("no bank there") << d << int(CreateError::BankUnusable) << QStringLiteral("/nowhere/bank");
}

void TestServices::sittingRules()
{
    QFETCH(SittingDraft, draft);
    QFETCH(int, expected);
    QFETCH(QString, message);
    Sittings sittings(m_services->context());
    const auto created = sittings.create(draft);
    QCOMPARE(int(created.error), expected);
    QVERIFY2(created.message.contains(message), qPrintable(created.message));
    const auto stored = m_services->store().sitting(draft.code.trimmed());
    QCOMPARE(stored.found(), expected == int(CreateError::None));
    if (expected == int(CreateError::None)) {
        QCOMPARE(stored->bankHash, loadBank(draft.bankPath).bank.contentHash);
        QCOMPARE(stored->createdAt, m_clock.nowMs());
        QVERIFY(!stored->title.isEmpty()); // the bank's title when none is given
        // The same code twice is refused.
        QCOMPARE(sittings.create(draft).error, CreateError::CodeTaken);
    }
}

void TestServices::bankProblemsAreListed()
{
    // A bank with an error: every diagnostic, with its position, reaches the caller.
    const QString bank = m_dir->filePath(QStringLiteral("broken"));
    QDir().mkpath(bank + QStringLiteral("/items"));
    const QString source = test::sourcePath(QStringLiteral("question-banks/example"));
    QVERIFY(QFile::copy(source + QStringLiteral("/bank.yaml"), bank + QStringLiteral("/bank.yaml")));
    QFile items(bank + QStringLiteral("/items/bad.yaml"));
    QVERIFY(items.open(QIODevice::WriteOnly));
    items.write("items:\n  - id: x1\n    type: nonsense\n");
    items.close();
    SittingDraft draft;
    draft.code = QStringLiteral("BROKEN");
    draft.bankPath = bank;
    const auto created = Sittings(m_services->context()).create(draft);
    QCOMPARE(created.error, CreateError::BankUnusable);
    QVERIFY(!created.diagnostics.isEmpty());
    QVERIFY2(
        created.diagnostics.first().contains(QStringLiteral("bad.yaml:")), qPrintable(created.diagnostics.first()));
}

void TestServices::sittingsListAndClose()
{
    Sittings sittings(m_services->context());
    SittingDraft draft;
    draft.code = QStringLiteral("LIST");
    draft.bankPath = m_aicet;
    draft.settings.minItems = 5;
    draft.settings.maxItems = 5;
    QCOMPARE(sittings.create(draft).error, CreateError::None);
    takeTest(QStringLiteral("LIST"), QStringLiteral("a"), 0.0);
    PupilSession running(m_services->context());
    QString error;
    QCOMPARE(running.start(QStringLiteral("LIST"), QStringLiteral("b"), {}, &error, 1), PupilSession::StartError::None);
    const auto list = sittings.list();
    QVERIFY(list.found());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().sessions, 2);
    QCOMPARE(list->first().finished, 1);
    QVERIFY(sittings.close(QStringLiteral("LIST"), &error));
    QCOMPARE(m_services->store().sitting(QStringLiteral("LIST"))->state, store::SittingState::Closed);
    QVERIFY(!sittings.close(QStringLiteral("NONE"), &error));
    QVERIFY(error.contains(QStringLiteral("NONE")));
    // Both actions are in the audit log, with who did them.
    int audited = 0;
    for (const store::AuditEntry &a : *m_services->store().auditLog()) {
        audited += a.actor == QLatin1String("tester") && a.action.startsWith(QLatin1String("sitting.")) ? 1 : 0;
    }
    QCOMPARE(audited, 2);
}

void TestServices::results()
{
    SittingDraft draft;
    draft.code = QStringLiteral("RES");
    draft.bankPath = m_aicet;
    draft.settings.minItems = 12;
    draft.settings.maxItems = 12;
    draft.settings.pilotPositions = std::vector<int>(); // 12 answers, all scored
    QCOMPARE(Sittings(m_services->context()).create(draft).error, CreateError::None);
    const qint64 first = takeTest(QStringLiteral("RES"), QStringLiteral("r1"), 0.5);
    takeTest(QStringLiteral("RES"), QStringLiteral("r2"), -0.5, 4); // still running
    Results results(m_services->context());
    QString error;
    bool notFound = false;
    QVERIFY(!results.ofSitting(QStringLiteral("NONE"), &error, &notFound));
    QVERIFY(notFound);
    const auto sitting = results.ofSitting(QStringLiteral("RES"), &error);
    QVERIFY2(sitting, qPrintable(error));
    // The dimensions in the bank's order, with their names.
    const ItemBank bank = loadBank(m_aicet).bank;
    QCOMPARE(sitting->dimensions.size(), bank.dimensions.size());
    for (std::size_t i = 0; i < bank.dimensions.size(); ++i) {
        QCOMPARE(sitting->dimensions[i].first, bank.dimensions[i].id);
    }
    QCOMPARE(sitting->sessions.size(), 2);
    const SessionSummary &done = sitting->sessions[0];
    QCOMPARE(done.candidateCode, QStringLiteral("r1"));
    QCOMPARE(done.session.state, store::SessionState::Finished);
    QVERIFY(done.result);
    QCOMPARE(done.result->items, 12);
    QCOMPARE(done.elapsedSeconds, 12 * 20.0); // 12 answers, 20 s each, on the manual clock
    QCOMPARE(sitting->sessions[1].session.state, store::SessionState::Running);
    QVERIFY(!sitting->sessions[1].result);

    // One session's timeline: θ and SE after each answer, time per item.
    const auto detail = results.detail(first, &error);
    QVERIFY2(detail, qPrintable(error));
    QCOMPARE(detail->timeline.steps.size(), std::size_t(12));
    QVERIFY(detail->timeline.steps[2].scored);
    QCOMPARE(detail->timeline.steps[0].seconds, 20.0);
    QVERIFY(detail->timeline.steps.back().se < detail->timeline.steps.front().se);
    QCOMPARE(detail->timeline.steps.back().theta, detail->result->theta);

    // The live status: one row per session, in one query.
    const auto live = results.live(QStringLiteral("RES"), &error);
    QVERIFY(live);
    QCOMPARE(live->size(), 2);
    QCOMPARE(live->at(0).answers, 12);
    QCOMPARE(live->at(1).answers, 4);
    QVERIFY(live->at(0).result && !live->at(1).result);

    // Responses for calibration.
    const auto responses = results.responses(QStringLiteral("RES"), &error);
    QVERIFY(responses);
    QCOMPARE(responses->size(), 16);
}

void TestServices::timelineLeavesOutPauses()
{
    SittingDraft draft;
    draft.code = QStringLiteral("PAUSE");
    draft.bankPath = m_aicet;
    QCOMPARE(Sittings(m_services->context()).create(draft).error, CreateError::None);
    PupilSession pupil(m_services->context());
    QString error;
    QCOMPARE(pupil.start(QStringLiteral("PAUSE"), QStringLiteral("p"), {}, &error, 1), PupilSession::StartError::None);
    const BankItem item = *pupil.currentItem();
    pupil.itemShown();
    m_clock.advanceSeconds(10);
    StaffActions staff(m_services->context());
    QCOMPARE(staff.pause(pupil.session().id).outcome, StaffActions::Outcome::Done);
    m_clock.advanceSeconds(300);
    QCOMPARE(staff.resume(pupil.session().id).outcome, StaffActions::Outcome::Done);
    pupil.refresh();
    m_clock.advanceSeconds(5);
    QCOMPARE(pupil.answer(1, item.id, responseForCategory(item.content, 0, QStringLiteral("fr")), &error),
        PupilSession::AnswerOutcome::Acknowledged);
    const auto detail = Results(m_services->context()).detail(pupil.session().id, &error);
    QVERIFY2(detail, qPrintable(error));
    QCOMPARE(detail->timeline.steps.size(), std::size_t(1));
    QCOMPARE(detail->timeline.steps[0].seconds, 15.0); // 10 s before the pause, 5 s after
    QCOMPARE(detail->timeline.pauses.size(), std::size_t(1));
    QCOMPARE(pupil.elapsedSeconds(), 15.0);
}

void TestServices::credentials()
{
    SittingDraft draft;
    draft.code = QStringLiteral("CERT");
    draft.bankPath = m_aicet;
    draft.settings.minItems = 30;
    draft.settings.maxItems = 30;
    draft.settings.seTarget = 0.0;
    QCOMPARE(Sittings(m_services->context()).create(draft).error, CreateError::None);
    SittingDraft shortDraft = draft;
    shortDraft.code = QStringLiteral("SHORT");
    shortDraft.settings.minItems = 3;
    shortDraft.settings.maxItems = 3;
    QCOMPARE(Sittings(m_services->context()).create(shortDraft).error, CreateError::None);
    const qint64 precise = takeTest(QStringLiteral("CERT"), QStringLiteral("c1"), 0.3);
    const qint64 vague = takeTest(QStringLiteral("SHORT"), QStringLiteral("c2"), 0.3);
    const qint64 running = takeTest(QStringLiteral("CERT"), QStringLiteral("c3"), 0.3, 2);
    Credentials credentials(m_services->context());
    Credentials::IssueRequest request;
    request.keyPath = m_dir->filePath(QStringLiteral("key.pem"));
    QList<Credential> rendered;
    const auto render = [&](const Credential &c, const QString &payload, const QString &, QString *) {
        rendered.append(c);
        return payload.toUtf8(); // the bytes of a document; the PDF itself is the reports library's
    };
    request.sessionId = precise;
    request.outPath = m_dir->filePath(QStringLiteral("c1.pdf"));
    // No key yet: nothing is made silently, the error names the file and the way to make one.
    auto issued = credentials.issue(request, render);
    QCOMPARE(issued.error, Credentials::IssueError::KeyUnavailable);
    QVERIFY2(issued.message.contains(request.keyPath) && issued.message.contains(QStringLiteral("create-key")),
        qPrintable(issued.message));
    QVERIFY(!QFile::exists(request.keyPath) && !QFile::exists(request.outPath));
    QString keyError;
    const auto key = IssuerKey::create(request.keyPath, &keyError);
    QVERIFY2(key, qPrintable(keyError));
    issued = credentials.issue(request, render);
    QCOMPARE(issued.error, Credentials::IssueError::None);
    QCOMPARE(issued.credential.kind, Credential::Kind::Certificate);
    QVERIFY(!issued.credential.levelName.isEmpty());
    QCOMPARE(issued.credential.dimensions.size(), std::size_t(4));
    QCOMPARE(issued.credential.keyId, key->keyId());
    QVERIFY(QFile::exists(request.outPath));
    QVERIFY(!issued.reissued);
    const QString number = issued.credential.id;
    const QString firstPayload = issued.payload;
    // What was signed checks out with the issuer's key, and nothing else does.
    const auto verified = Credentials::verify(issued.payload, {}, request.keyPath);
    QVERIFY2(verified.valid, qPrintable(verified.error));
    QCOMPARE(verified.payload.id, issued.credential.id);
    QString forged = issued.payload;
    forged.replace(QStringLiteral("|C|"), QStringLiteral("|A|"));
    QVERIFY(!Credentials::verify(forged, {}, request.keyPath).valid);

    // Issued again (another file, another language): the same number, the same signed payload.
    request.outPath = m_dir->filePath(QStringLiteral("c1-again.pdf"));
    request.language = QStringLiteral("en");
    const auto again = credentials.issue(request, render);
    QCOMPARE(again.error, Credentials::IssueError::None);
    QVERIFY(again.reissued);
    QCOMPARE(again.credential.id, number);
    QCOMPARE(again.payload, firstPayload);
    request.language.clear();

    // Not precise enough: a participation attestation, with no level and no score, and why.
    request.sessionId = vague;
    request.outPath = m_dir->filePath(QStringLiteral("c2.pdf"));
    issued = credentials.issue(request, render);
    QCOMPARE(issued.error, Credentials::IssueError::None);
    QCOMPARE(issued.credential.kind, Credential::Kind::Attestation);
    QCOMPARE(issued.credential.levelId, QStringLiteral("-"));
    QVERIFY(issued.payload.contains(QStringLiteral("|-|-|aicet|")));
    QVERIFY2(issued.attestationBecause.contains(QStringLiteral("not precise enough"))
            || issued.attestationBecause.contains(QStringLiteral("did not give a level")),
        qPrintable(issued.attestationBecause));
    // A test under way: nothing to certify; an unknown session; a language the bank lacks.
    request.sessionId = running;
    QCOMPARE(credentials.issue(request, render).error, Credentials::IssueError::NotFinished);
    request.sessionId = 999;
    QCOMPARE(credentials.issue(request, render).error, Credentials::IssueError::NotFound);
    request.sessionId = precise;
    request.language = QStringLiteral("de");
    QCOMPARE(credentials.issue(request, render).error, Credentials::IssueError::InvalidRequest);
    QCOMPARE(rendered.size(), 3);
    // A certificate never takes the place of another file.
    request.sessionId = precise;
    request.language.clear();
    request.outPath = m_dir->filePath(QStringLiteral("c1.pdf"));
    const auto overwrite = credentials.issue(request, render);
    QCOMPARE(overwrite.error, Credentials::IssueError::InvalidRequest);
    QVERIFY(overwrite.message.contains(QStringLiteral("exists already")));
    // A stopped test with fewer answers than the sitting's minimum: an attestation, saying why.
    StaffActions(m_services->context()).abandon(running, QStringLiteral("left"));
    request.sessionId = running;
    request.outPath = m_dir->filePath(QStringLiteral("c3.pdf"));
    const auto stopped = credentials.issue(request, render);
    QCOMPARE(stopped.credential.kind, Credential::Kind::Attestation);
    QVERIFY(stopped.attestationBecause.contains(QStringLiteral("did not finish normally")));
    QVERIFY(stopped.attestationBecause.contains(QStringLiteral("fewer than the 30")));
    // No document at all: a practice test; a session without a single answer.
    QString practiceError;
    const auto practice = Sittings(m_services->context()).practice(m_aicet, &practiceError);
    QVERIFY2(practice, qPrintable(practiceError));
    request.sessionId = takeTest(practice->code, QStringLiteral("practice-x"), 0.3, 5);
    StaffActions(m_services->context()).abandon(request.sessionId, QStringLiteral("done"));
    request.outPath = m_dir->filePath(QStringLiteral("p.pdf"));
    const auto onPractice = credentials.issue(request, render);
    QCOMPARE(onPractice.error, Credentials::IssueError::NotEligible);
    QVERIFY2(onPractice.message.contains(QStringLiteral("practice")), qPrintable(onPractice.message));
    request.sessionId = takeTest(QStringLiteral("CERT"), QStringLiteral("c4"), 0.3, 0);
    StaffActions(m_services->context()).abandon(request.sessionId, QStringLiteral("absent"));
    const auto empty = credentials.issue(request, render);
    QCOMPARE(empty.error, Credentials::IssueError::NotEligible);
    QVERIFY2(empty.message.contains(QStringLiteral("no question was answered")), qPrintable(empty.message));
    QVERIFY(!QFile::exists(request.outPath));
    // Every issue is in the register and on record, with who issued it.
    int recorded = 0;
    for (const store::AuditEntry &a : *m_services->store().auditLog()) {
        recorded += a.action == QLatin1String("certificate.issue") && a.actor == QLatin1String("tester") ? 1 : 0;
    }
    QCOMPARE(recorded, 3);
    QCOMPARE(m_services->store().documentsOfSession(precise)->size(), 1);

    // Revoked: the register makes a valid signature invalid, and says why.
    auto checked = Credentials::verify(firstPayload, {}, request.keyPath);
    QVERIFY(credentials.checkRegister(&checked));
    QVERIFY(checked.note.contains(QStringLiteral("registered")));
    QVERIFY(!credentials.revoke(number, {}).done);
    QVERIFY(credentials.revoke(number, QStringLiteral("issued by mistake")).done);
    QVERIFY(!credentials.revoke(number, QStringLiteral("twice")).done);
    checked = Credentials::verify(firstPayload, {}, request.keyPath);
    QVERIFY(checked.valid); // the signature alone cannot know
    QVERIFY(!credentials.checkRegister(&checked));
    QVERIFY2(checked.error.contains(QStringLiteral("revoked")) && checked.error.contains(QStringLiteral("mistake")),
        qPrintable(checked.error));
    // Issued again after a revocation, or with another key: a new number (the earlier one stays
    // revoked, or is revoked as replaced).
    request.sessionId = precise;
    request.outPath = m_dir->filePath(QStringLiteral("c1-new.pdf"));
    const auto renewed = credentials.issue(request, render);
    QCOMPARE(renewed.error, Credentials::IssueError::None);
    QVERIFY(renewed.credential.id != number && !renewed.reissued);
    request.keyPath = m_dir->filePath(QStringLiteral("key2.pem"));
    QVERIFY(IssuerKey::create(request.keyPath, &keyError));
    request.outPath = m_dir->filePath(QStringLiteral("c1-key2.pdf"));
    const auto rekeyed = credentials.issue(request, render);
    QVERIFY(rekeyed.credential.id != renewed.credential.id);
    // One live document per session: a second one, written behind the service's back, is refused.
    store::DocumentRecord twin{QStringLiteral("TWIN-TWIN-TWIN"), precise, QStringLiteral("certificate"),
        QStringLiteral("x"), QStringLiteral("k"), 1, 0, {}};
    QVERIFY(!m_services->store().recordDocument(twin));
    const auto replaced = m_services->store().document(renewed.credential.id);
    QVERIFY(replaced->revokedAt > 0);
    QVERIFY2(replaced->revokedReason.contains(rekeyed.credential.id), qPrintable(replaced->revokedReason));
}

void TestServices::credentialNotIssuedWhenNotWritten()
{
    SittingDraft draft;
    draft.code = QStringLiteral("NOPDF");
    draft.bankPath = m_aicet;
    QCOMPARE(Sittings(m_services->context()).create(draft).error, CreateError::None);
    const qint64 id = takeTest(QStringLiteral("NOPDF"), QStringLiteral("n"), 0.0);
    Credentials::IssueRequest request;
    request.sessionId = id;
    request.keyPath = m_dir->filePath(QStringLiteral("key.pem"));
    QString keyError;
    QVERIFY2(IssuerKey::create(request.keyPath, &keyError), qPrintable(keyError));
    request.outPath = m_dir->filePath(QStringLiteral("no/such/folder/c.pdf"));
    const auto render
        = [](const Credential &, const QString &payload, const QString &, QString *) { return payload.toUtf8(); };
    const auto issued = Credentials(m_services->context()).issue(request, render);
    QCOMPARE(issued.error, Credentials::IssueError::WriteFailed);
    QVERIFY2(issued.message.contains(request.outPath), qPrintable(issued.message));
    for (const store::AuditEntry &a : *m_services->store().auditLog()) {
        QVERIFY(a.action != QLatin1String("certificate.issue")); // nothing on record
    }
    // A renderer that fails: the same.
    request.outPath = m_dir->filePath(QStringLiteral("c.pdf"));
    const auto failing = [](const Credential &, const QString &, const QString &, QString *error) {
        *error = QStringLiteral("no fonts");
        return QByteArray();
    };
    QCOMPARE(Credentials(m_services->context()).issue(request, failing).error, Credentials::IssueError::WriteFailed);
    QVERIFY(!QFile::exists(request.outPath));
}

void TestServices::candidateRecords()
{
    SittingDraft draft;
    draft.code = QStringLiteral("GDPR");
    draft.bankPath = m_aicet;
    draft.settings.minItems = 5;
    draft.settings.maxItems = 5;
    QCOMPARE(Sittings(m_services->context()).create(draft).error, CreateError::None);
    PupilSession named(m_services->context());
    QString error;
    QCOMPARE(named.start(QStringLiteral("GDPR"), QStringLiteral("4B-07"), QStringLiteral("Léa"), &error, 1),
        PupilSession::StartError::None);
    named.abandon(QStringLiteral("done"));
    CandidateRecords records(m_services->context());
    const auto exported = records.exportRecord(QStringLiteral("4B-07"), {}, &error);
    QVERIFY2(exported, qPrintable(error));
    QCOMPARE(exported->value(QStringLiteral("name")).toString(), QStringLiteral("Léa"));
    const QJsonArray sessions = exported->value(QStringLiteral("sessions")).toArray();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("abandoned"));
    QVERIFY(sessions[0].toObject().value(QStringLiteral("events")).toArray().size() >= 2);
    QCOMPARE(records.erase(QStringLiteral("4B-07"), {}, &error), std::optional<int>(1));
    QVERIFY(!records.exportRecord(QStringLiteral("4B-07"), {}, &error));
    QVERIFY(error.contains(QStringLiteral("4B-07")));
    QVERIFY(!records.erase(QStringLiteral("4B-07"), {}, &error));
    // The answers stay, anonymous.
    const auto rows = m_services->store().sittingOverview(m_services->store().sitting(QStringLiteral("GDPR"))->id);
    QCOMPARE(rows->size(), 1);
    QVERIFY(rows->first().candidateCode.startsWith(QStringLiteral("erased-")));
    QVERIFY(rows->first().candidateName.isEmpty());
}

void TestServices::bankCatalogReadsOnce()
{
    BankCatalog catalog;
    const auto first = catalog.open(m_aicet);
    QVERIFY(first);
    const auto again = catalog.openExpected(m_aicet, first.bank->contentHash);
    QCOMPARE(again.bank.get(), first.bank.get()); // the same bank, not read again
    const auto wrong = catalog.openExpected(m_aicet, QStringLiteral("0123"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.problem, BankCatalog::Problem::Changed);
    QVERIFY(!catalog.open(QStringLiteral("/nowhere")));
}

namespace {

// Takes a whole test (or `answers` answers) for a named candidate through `services`.
qint64 takeNamedTest(Services &services, ManualClock &clock, const QString &sitting, const QString &candidate,
    const QString &name, double theta, int answers = 1000)
{
    PupilSession session(services.context());
    QString error;
    if (session.start(sitting, candidate, name, &error, 11) != PupilSession::StartError::None) {
        qFatal("%s", qPrintable(error));
    }
    for (int i = 0; i < answers && session.currentItem(); ++i) {
        const BankItem &item = *session.currentItem();
        session.itemShown();
        clock.advanceSeconds(20);
        const int category = item.irt.location() < theta ? item.irt.categoryCount() - 1 : 0;
        session.answer(session.currentPosition(), item.id,
            responseForCategory(item.content, category, QStringLiteral("fr")), &error);
    }
    return session.session().id;
}

// Whether the file holds any of the texts (as UTF-8 bytes, whatever their case).
QStringList foundIn(const QString &path, const QStringList &texts)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray bytes = f.readAll().toLower();
    QStringList found;
    for (const QString &t : texts) {
        if (bytes.contains(t.toLower().toUtf8())) {
            found.append(QStringLiteral("%1 in %2").arg(t, path));
        }
    }
    return found;
}

} // namespace

void TestServices::resultsWithNamesAndLevelNames()
{
    SittingDraft draft;
    draft.code = QStringLiteral("NAMES");
    draft.bankPath = m_aicet;
    draft.askName = true;
    draft.settings.minItems = 20;
    draft.settings.maxItems = 20;
    QCOMPARE(Sittings(m_services->context()).create(draft).error, CreateError::None);
    draft.code = QStringLiteral("NONAMES");
    draft.askName = false;
    QCOMPARE(Sittings(m_services->context()).create(draft).error, CreateError::None);
    takeNamedTest(
        *m_services, m_clock, QStringLiteral("NAMES"), QStringLiteral("n1"), QStringLiteral("Léa Martin"), 0.3);
    takeNamedTest(
        *m_services, m_clock, QStringLiteral("NONAMES"), QStringLiteral("n2"), QStringLiteral("Not Asked"), 0.3);
    const ItemBank bank = loadBank(m_aicet).bank;
    Results results(m_services->context());
    QString error;
    // The sitting's language is the pupil's choice here: the bank's default (fr) names the levels.
    const auto fr = results.ofSitting(QStringLiteral("NAMES"), &error);
    QVERIFY2(fr, qPrintable(error));
    QCOMPARE(fr->language, bank.defaultLanguage);
    QVERIFY(fr->names);
    QCOMPARE(fr->sessions.size(), 1);
    QCOMPARE(fr->sessions[0].candidateName, QStringLiteral("Léa Martin"));
    const auto en = results.ofSitting(QStringLiteral("NAMES"), &error, nullptr, QStringLiteral("en"));
    QVERIFY2(en, qPrintable(error));
    QCOMPARE(en->language, QStringLiteral("en"));
    QCOMPARE(en->levelNames.size(), qsizetype(bank.levels.size()));
    for (const Level &l : bank.levels) {
        QCOMPARE(fr->levelName(l.id), l.name.value(QStringLiteral("fr")));
        QCOMPARE(en->levelName(l.id), l.name.value(QStringLiteral("en")));
    }
    QCOMPARE(en->levelName(QString()), QString()); // no level: nothing
    QVERIFY(en->dimensions.front().second != fr->dimensions.front().second);
    QVERIFY(fr->sessions[0].result);
    QVERIFY2(!fr->sessions[0].result->level.isEmpty(), "20 answers give a level");
    QVERIFY(fr->levelNames.contains(fr->sessions[0].result->level));
    // A language the bank lacks is an error; names the sitting did not ask for are not shown.
    QVERIFY(!results.ofSitting(QStringLiteral("NAMES"), &error, nullptr, QStringLiteral("de")));
    QVERIFY2(error.contains(QStringLiteral("\"de\"")), qPrintable(error));
    const auto noNames = results.ofSitting(QStringLiteral("NONAMES"), &error);
    QVERIFY2(noNames, qPrintable(error));
    QVERIFY(!noNames->names);
    QCOMPARE(noNames->sessions.size(), 1);
    QVERIFY(noNames->sessions[0].candidateName.isEmpty());
}

void TestServices::erasureLeavesNoCopy_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
    if (!test::postgresUrl().isEmpty()) {
        QTest::addRow("postgresql") << QStringLiteral("postgresql");
    }
}

void TestServices::erasureLeavesNoCopy()
{
    QFETCH(QString, backend);
    const bool sqlite = backend == QLatin1String("sqlite");
    QString error;
    const QString location = sqlite ? m_dir->filePath(QStringLiteral("erase.sqlite"))
                                    : test::freshPostgresDatabase(QStringLiteral("aicet_test_erasure"), &error);
    QVERIFY2(!location.isEmpty(), qPrintable(error));
    // Everything that could give the person away, as they were typed (found whatever their case,
    // so that the code's key, QUASTEN4711, and the extra time's "quasten 4711" are looked for too).
    const QString name = QStringLiteral("Zéphyrine-Quastenbaum");
    const QString code = QStringLiteral("QUASTEN-4711");
    const QStringList traces{
        name, QStringLiteral("Zéphyrine"), QStringLiteral("Quasten"), code, QStringLiteral("QUASTEN4711")};
    auto services = Services::open(location, QStringLiteral("tester"), &error, &m_clock);
    QVERIFY2(services, qPrintable(error));
    SittingDraft draft;
    draft.code = QStringLiteral("ERASE");
    draft.bankPath = m_aicet;
    draft.askName = true;
    draft.settings.minItems = 6;
    draft.settings.maxItems = 6;
    draft.settings.timeLimitMinutes = 30;
    draft.settings.extraTimeMinutes.insert(QStringLiteral("quasten 4711"), 10.0); // typed another way
    draft.settings.extraTimeMinutes.insert(QStringLiteral("4B-12"), 15.0);
    QCOMPARE(Sittings(services->context()).create(draft).error, CreateError::None);
    const qint64 sessionId = takeNamedTest(*services, m_clock, QStringLiteral("ERASE"), code, name, 0.2);
    QCOMPARE(services->store().session(sessionId)->extraTimeSeconds, 600.0);
    // Another program has the database open (idle between its reads).
    auto other = store::Store::open(location, &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(other->sitting(QStringLiteral("ERASE")));

    // The files that hold the data, and proof that the search finds it there before the erasure.
    QStringList files;
    QString unreadable;
    if (sqlite) {
        files = QStringList{location, location + QStringLiteral("-wal")};
        QVERIFY(!(foundIn(files[0], traces) + foundIn(files[1], traces)).isEmpty());
    } else {
        const QString connection = QStringLiteral("erasure-files");
        {
            const QUrl url(location);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setDatabaseName(url.path().mid(1));
            db.setUserName(url.userName());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QString folder;
            if (!q.exec(QStringLiteral("SHOW data_directory")) || !q.next()) {
                unreadable = QStringLiteral("SHOW data_directory was refused: %1").arg(q.lastError().text());
            } else {
                folder = q.value(0).toString();
            }
            QVERIFY(q.exec(QStringLiteral(
                "SELECT pg_relation_filepath(c.oid) FROM pg_class c WHERE c.oid IN ('candidates'::regclass, "
                "'sittings'::regclass) OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN "
                "('candidates'::regclass, 'sittings'::regclass))")));
            while (q.next()) {
                files.append(folder + QLatin1Char('/') + q.value(0).toString());
            }
            // The pages written to the files, so that the search has something to find.
            if (unreadable.isEmpty() && !q.exec(QStringLiteral("CHECKPOINT"))) {
                unreadable = QStringLiteral("CHECKPOINT was refused: %1").arg(q.lastError().text());
            }
        }
        QSqlDatabase::removeDatabase(connection);
        QVERIFY(files.size() >= 4);
        for (const QString &file : files) {
            QFile f(file);
            if (unreadable.isEmpty() && !f.open(QIODevice::ReadOnly)) {
                unreadable = QStringLiteral("%1 cannot be read by this account (%2)").arg(file, f.errorString());
            }
        }
        if (unreadable.isEmpty()) {
            QStringList before;
            for (const QString &file : files) {
                before += foundIn(file, traces);
            }
            QVERIFY(!before.isEmpty());
        }
    }

    store::Store::ErasedCopies copies;
    QCOMPARE(CandidateRecords(services->context()).erase(code, {}, &error, &copies), std::optional<int>(1));
    // The sitting's settings no longer name the candidate; the others' extra time stays.
    const auto sitting = other->sitting(QStringLiteral("ERASE"));
    QVERIFY(sitting);
    QCOMPARE(sitting->settings.extraTimeMinutes.keys(), QStringList{QStringLiteral("4B-12")});
    QCOMPARE(sitting->settings.timeLimitMinutes, std::optional<double>(30.0));
    QCOMPARE(services->store().sessionsOfSitting(sitting->id)->size(), 1); // the answers stay
    QVERIFY(!copies.remaining.isEmpty()); // copies made before (backups) are named, always

    if (sqlite) {
        QVERIFY2(copies.complete, qPrintable(copies.remaining.join(QLatin1Char('\n'))));
        // The bytes, while both programs still have the database open.
        for (const QString &file : files) {
            QVERIFY2(foundIn(file, traces).isEmpty(), qPrintable(foundIn(file, traces).join(QLatin1Char('\n'))));
        }
        // A reader whose transaction began before an erasure keeps the journal: said, not hidden.
        const QStringList secondTraces{QStringLiteral("Bartholomäus-Wendehals"), QStringLiteral("Wendehals")};
        takeNamedTest(
            *services, m_clock, QStringLiteral("ERASE"), QStringLiteral("WENDEHALS-9"), secondTraces[0], 0.2, 2);
        {
            QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            reader.setDatabaseName(location);
            QVERIFY(reader.open());
            QSqlQuery read(reader);
            QVERIFY(read.exec(QStringLiteral("BEGIN")));
            QVERIFY(read.exec(QStringLiteral("SELECT COUNT(*) FROM candidates")) && read.next());
            read.finish();
            QCOMPARE(CandidateRecords(services->context()).erase(QStringLiteral("WENDEHALS-9"), {}, &error, &copies),
                std::optional<int>(1));
            QVERIFY(!copies.complete);
            QVERIFY2(copies.remaining.join(QLatin1Char('\n')).contains(QStringLiteral("-wal")),
                qPrintable(copies.remaining.join(QLatin1Char('\n'))));
            QVERIFY(!foundIn(files[1], secondTraces).isEmpty()); // what the message says
            QVERIFY(read.exec(QStringLiteral("COMMIT")));
            reader.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        // Everything closed: neither person is in any file of the database.
        other.reset();
        services.reset();
        for (const QString &file : files) {
            QVERIFY2(foundIn(file, traces + secondTraces).isEmpty(),
                qPrintable(foundIn(file, traces + secondTraces).join(QLatin1Char('\n'))));
        }
        return;
    }

    // PostgreSQL: VACUUM ran; the server's log is its administrator's, and said so.
    QVERIFY(!copies.complete);
    QVERIFY2(copies.done.join(QLatin1Char('\n')).contains(QStringLiteral("VACUUM")),
        qPrintable(copies.remaining.join(QLatin1Char('\n'))));
    QVERIFY(copies.remaining.join(QLatin1Char('\n')).contains(QStringLiteral("write-ahead log")));
    other.reset();
    services.reset();
    if (!unreadable.isEmpty()) {
        QSKIP(qPrintable(QStringLiteral("the PostgreSQL tables' files cannot be searched here: %1").arg(unreadable)));
    }
    for (const QString &file : files) {
        QVERIFY2(foundIn(file, traces).isEmpty(), qPrintable(foundIn(file, traces).join(QLatin1Char('\n'))));
    }
}

QTEST_GUILESS_MAIN(TestServices)
#include "TestServices.moc"
