#include "services/PupilSession.h"

#include "services/Sittings.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>

namespace aicet::services {
namespace {

Q_LOGGING_CATEGORY(lcSession, "aicet.session", QtWarningMsg)

using store::EventKind;
using AppendResult = store::Store::AppendResult;

} // namespace

PupilSession::PupilSession(const ServiceContext &context)
    : m_context(context)
{
}

PupilSession::~PupilSession() = default;

PupilSession::StartError PupilSession::start(const QString &sittingCode, const QString &candidateCode,
    const QString &displayName, QString *error, std::optional<std::uint64_t> seedIfNew)
{
    store::Store &db = m_context.store;
    const qint64 now = m_context.clock.nowMs();
    auto storeFailure = [&](const QString &why) {
        *error = tr("AICET cannot use its database (%1). Tell your teacher.")
                     .arg(why.isEmpty() ? tr("it did not take the write") : why);
        return StartError::StoreFailure;
    };
    const auto sitting = db.sitting(sittingCode.trimmed());
    if (sitting.failed()) {
        return storeFailure(sitting.error());
    }
    if (!sitting) {
        *error = tr("There is no test with the code \"%1\". Check the code your teacher gave you.").arg(sittingCode);
        return StartError::UnknownSitting;
    }
    const auto candidate = db.candidate(sitting->id, candidateCode.trimmed());
    if (candidate.failed()) {
        return storeFailure(candidate.error());
    }
    auto existing = candidate ? db.session(sitting->id, candidate->id) : store::Read<store::SessionRecord>::notFound();
    if (existing.failed()) {
        return storeFailure(existing.error());
    }
    if (!existing) {
        // Only new sessions are refused by the sitting's state and window: a pupil whose machine
        // stopped can always come back to finish.
        if (sitting->state != store::SittingState::Open) {
            *error = tr("The test \"%1\" is closed.").arg(sitting->code);
            return StartError::SittingClosed;
        }
        if (sitting->opensAt > 0 && now < sitting->opensAt) {
            *error = tr("The test \"%1\" has not opened yet; it opens at %2.")
                         .arg(sitting->code, QDateTime::fromMSecsSinceEpoch(sitting->opensAt).toString(Qt::ISODate));
            return StartError::NotOpenYet;
        }
        if (sitting->closesAt > 0 && now >= sitting->closesAt) {
            *error = tr("The time to start the test \"%1\" is over.").arg(sitting->code);
            return StartError::WindowOver;
        }
        if (sitting->settings.rosterOnly && !candidate) {
            *error = tr("The code \"%1\" is not on the list of this test. Check the code on your slip, or ask your "
                        "teacher.")
                         .arg(candidateCode.trimmed());
            return StartError::NotOnList;
        }
        if (sitting->askName && displayName.trimmed().isEmpty() && (!candidate || candidate->displayName.isEmpty())) {
            *error = tr("Please type your name too.");
            return StartError::NameRequired;
        }
    } else if (!store::isUnderWay(existing->state)) {
        *error = existing->state == store::SessionState::Finished ? tr("You have already finished this test.")
                                                                  : tr("This test was stopped; ask your teacher.");
        return StartError::SessionOver;
    }
    // The bank is checked before anything is written for a new candidate.
    const BankCatalog::Lookup bank = m_context.banks.openRelease(sitting->bankPath, sitting->bankHash);
    if (!bank) {
        if (bank.problem == BankCatalog::Problem::Changed) {
            *error = tr("The question bank of this test has changed since the test was created (%1). Tell your "
                        "teacher: the test must be created again.")
                         .arg(bank.error);
            return StartError::BankChanged;
        }
        *error = tr("The question bank of this test cannot be read (%1). Tell your teacher.").arg(bank.error);
        return StartError::BankUnavailable;
    }
    if (!existing) {
        const auto who = db.ensureCandidate(sitting->id, candidateCode.trimmed(), displayName.trimmed(), {}, now);
        if (!who) {
            return storeFailure(who.error());
        }
        // Only this program gets the token that resumes the session. The extra time the sitting
        // grants is read where the session is created (a teacher may be changing it now).
        const QString token = newResumeToken();
        existing = db.createSession(sitting->id, who->id, seedIfNew.value_or(m_context.random.next64()),
            store::Store::kExtraTimeFromSitting, now, tokenHash(token));
        if (!existing) {
            return storeFailure(existing.error());
        }
        if (existing->resumeHash == tokenHash(token)) {
            m_resumeToken = token;
        }
    }
    auto claim = db.claimSession(existing->id);
    if (!claim) {
        *error
            = tr("This test is already open in another AICET window (%1). Close it there first.").arg(db.lastError());
        return StartError::AlreadyOpen;
    }
    // A session begun elsewhere (or created at the same moment by another program, which holds
    // its token) needs its token or the staff's approval. Checked with the session claimed, so
    // that an approval is not used up by a program that could not run the test.
    if (!m_staffResume && !mayResume(*existing, error)) {
        return m_lastError.isEmpty() ? StartError::NeedsApproval : storeFailure(m_lastError);
    }
    const auto events = db.events(existing->id);
    if (events.failed()) {
        return storeFailure(events.error());
    }
    TestRun::Error problem = TestRun::Error::None;
    auto run = TestRun::replay(bank.bank, *sitting, *existing, *events, &problem, error);
    if (!run) {
        return problem == TestRun::Error::BankUnavailable ? StartError::BankUnavailable : StartError::BankChanged;
    }
    if (!store::isUnderWay(run->state())) {
        *error = tr("This test was stopped; ask your teacher.");
        return StartError::SessionOver;
    }
    // A test at its end whose result cannot be computed is not rejoined: nothing is written.
    if (!run->nextItem()) {
        if (const QString why = TestRun::resultProblem(run->result(EventKind::Finished, now)); !why.isEmpty()) {
            *error = why;
            return StartError::BankUnavailable;
        }
    }
    m_claim = std::move(claim);
    m_run = std::move(run);
    // A new session starts its log; an existing one is rejoined (after a crash or on another machine).
    const EventKind first = m_run->events().isEmpty() ? EventKind::Started : EventKind::Rejoined;
    if (append({0, m_run->session().id, 0, first, now, -1, {}, {}, -1, {}}) != AppendResult::Appended) {
        const QString why = m_lastError;
        m_run.reset();
        m_claim.reset();
        return storeFailure(why);
    }
    checkTime();
    qCInfo(lcSession) << "session" << session().id << (first == EventKind::Started ? "started" : "rejoined") << "with"
                      << answers().size() << "answers";
    return StartError::None;
}

PupilSession::StartError PupilSession::startPractice(const QString &bankPath, QString *candidateCode, QString *error)
{
    const auto practice = Sittings(m_context).practice(bankPath, error);
    if (!practice) {
        return StartError::BankUnavailable;
    }
    // This computer's practice test: resumed while it is under way, a new one once it is over.
    if (!candidateCode->isEmpty()) {
        const StartError resumed = start(practice->code, *candidateCode, {}, error);
        // Over, or begun without this computer's token (its settings were reset): a new one.
        if (resumed != StartError::SessionOver && resumed != StartError::UnknownSitting
            && resumed != StartError::NeedsApproval) {
            return resumed;
        }
    }
    *candidateCode = QStringLiteral("practice-%1").arg(m_context.random.next64(), 16, 16, QLatin1Char('0'));
    return start(practice->code, *candidateCode, {}, error);
}

QString PupilSession::newResumeToken()
{
    return QStringLiteral("%1%2")
        .arg(m_context.random.next64(), 16, 16, QLatin1Char('0'))
        .arg(m_context.random.next64(), 16, 16, QLatin1Char('0'));
}

QString PupilSession::tokenHash(const QString &token)
{
    return token.isEmpty()
        ? QString()
        : QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool PupilSession::mayResume(const store::SessionRecord &session, QString *error)
{
    m_lastError.clear();
    const QString next = newResumeToken();
    switch (
        m_context.store.resumeSession(session.id, tokenHash(m_resumeToken), tokenHash(next), m_context.clock.nowMs())) {
    case store::Store::ResumeGrant::Granted:
        return true;
    case store::Store::ResumeGrant::GrantedNewToken:
        m_resumeToken = next;
        return true;
    case store::Store::ResumeGrant::Refused:
        *error = tr("This test has already begun in another window or on another computer. To continue it here, "
                    "ask your teacher to allow it. If these are not your codes, check them.");
        return false;
    case store::Store::ResumeGrant::Failed:
        m_lastError = m_context.store.lastError();
        return false;
    }
    return false;
}

const BankItem *PupilSession::currentItem() const
{
    return isStarted() && !isFinished() ? m_run->nextItem() : nullptr;
}

double PupilSession::elapsedSeconds() const
{
    return m_run->elapsedSeconds(m_context.clock.nowMs());
}

double PupilSession::remainingSeconds() const
{
    return m_run->remainingSeconds(m_context.clock.nowMs());
}

double PupilSession::timeLimitSeconds() const
{
    const double limit = m_run->specification().stopping.timeLimitSeconds;
    return limit > 0.0 ? limit + m_run->grantedSeconds() : 0.0;
}

store::Read<store::ResultRecord> PupilSession::result() const
{
    return m_context.store.result(session().id);
}

AppendResult PupilSession::append(store::EventRecord event, const store::ResultRecord *result, int expectedLastSeq)
{
    const AppendResult r = m_context.store.appendEvent(&event, result, expectedLastSeq);
    if (r == AppendResult::Appended) {
        // Events other programs wrote first are taken in before this one (which takeIn reads too).
        if (event.seq != m_run->lastSeq() + 1) {
            takeIn();
        }
        if (event.seq == m_run->lastSeq() + 1) {
            m_run->apply(event);
        } else if (event.seq > m_run->lastSeq()) {
            m_stale = true; // the events between could not be read: the log is replayed at the next look
        }
    } else {
        m_lastError = m_context.store.lastError();
    }
    return r;
}

unsigned PupilSession::refresh()
{
    takeIn();
    const unsigned changes = m_unreported;
    m_unreported = NoChange;
    return changes;
}

void PupilSession::takeIn()
{
    if (!isStarted()) {
        return;
    }
    if (m_stale) {
        replayAll();
        return;
    }
    const auto fresh = m_context.store.events(session().id, m_run->lastSeq());
    if (fresh.failed()) {
        m_lastError = fresh.error();
        return;
    }
    unsigned &changes = m_unreported;
    for (const store::EventRecord &e : *fresh) {
        m_run->apply(e);
        switch (e.kind) {
        case EventKind::Paused:
        case EventKind::Unpaused:
            changes |= PauseChanged;
            break;
        case EventKind::TimeExtended:
            changes |= TimeChanged;
            break;
        case EventKind::Finished:
        case EventKind::Abandoned:
            changes |= Ended;
            break;
        default:
            break;
        }
    }
}

void PupilSession::replayAll()
{
    const auto events = m_context.store.events(session().id);
    if (events.failed()) {
        m_lastError = events.error();
        return;
    }
    TestRun::Error problem = TestRun::Error::None;
    QString error;
    auto run = TestRun::replay(m_run->sharedBank(), sitting(), session(), *events, &problem, &error);
    if (!run) {
        m_lastError = error;
        return;
    }
    const bool wasPaused = isPaused(), wasFinished = isFinished();
    const double granted = m_run->grantedSeconds();
    m_run = std::move(run);
    m_stale = false;
    m_unreported |= (isPaused() != wasPaused ? PauseChanged : NoChange)
        | (m_run->grantedSeconds() != granted ? TimeChanged : NoChange)
        | (isFinished() && !wasFinished ? Ended : NoChange);
}

bool PupilSession::endPending() const
{
    return isStarted() && !isFinished() && !m_run->nextItem();
}

bool PupilSession::itemShown()
{
    const BankItem *item = currentItem();
    if (!item || isPaused()) {
        return false;
    }
    return append({0, session().id, 0, EventKind::ItemShown, m_context.clock.nowMs(), currentPosition(), item->id, {},
               -1, {}})
        == AppendResult::Appended;
}

bool PupilSession::recordFocus(bool lost, const QJsonObject &payload)
{
    if (!isStarted() || isFinished()) {
        return false;
    }
    return append({0, session().id, 0, lost ? EventKind::FocusLost : EventKind::FocusRegained, m_context.clock.nowMs(),
               -1, {}, {}, -1, payload})
        == AppendResult::Appended;
}

bool PupilSession::checkTime()
{
    if (!isStarted() || isFinished()) {
        return isFinished();
    }
    return finishIfOver();
}

PupilSession::AnswerOutcome PupilSession::answer(
    int position, const QString &itemId, const ItemResponse &response, QString *error)
{
    if (!isStarted()) {
        *error = tr("the test has not started");
        return AnswerOutcome::Rejected;
    }
    // An answer already stored (a repeated click, or a resent answer after a crash).
    if (position >= 1 && position < currentPosition()) {
        for (const store::EventRecord &e : m_run->events()) {
            if (e.kind == EventKind::Answered && e.position == position) {
                if (e.itemId == itemId && e.response == responseToJson(response)) {
                    return AnswerOutcome::AlreadyRecorded;
                }
                *error = tr("question %1 was already answered; answers cannot be changed once confirmed").arg(position);
                return AnswerOutcome::Rejected;
            }
        }
    }
    if (checkTime() || isFinished()) {
        *error = tr("the test is over");
        return AnswerOutcome::TestOver;
    }
    if (isPaused()) {
        *error = tr("Your teacher has paused the test. Your answer was not recorded yet: confirm it again when the "
                    "test goes on.");
        return AnswerOutcome::Paused;
    }
    const BankItem *item = currentItem();
    if (!item || position != currentPosition() || item->id != itemId) {
        *error = tr("this is not the current question (question %1 is \"%2\")")
                     .arg(currentPosition())
                     .arg(item ? item->id : QString());
        return AnswerOutcome::Rejected;
    }
    const int category = bank().parametersOnly ? 0 : scoreResponse(item->content, response);
    switch (append({0, session().id, 0, EventKind::Answered, m_context.clock.nowMs(), position, itemId,
        responseToJson(response), category, {}})) {
    case AppendResult::Appended:
        break;
    case AppendResult::Duplicate:
        // Stored by an earlier run that stopped before acknowledging: carry on from it.
        takeIn();
        break;
    case AppendResult::Conflict:
        *error = tr("question %1 was already answered; answers cannot be changed once confirmed").arg(position);
        return AnswerOutcome::Rejected;
    case AppendResult::Refused:
        // The staff paused or ended the test between our look and the write.
        takeIn();
        if (isPaused()) {
            *error = tr("Your teacher has paused the test. Your answer was not recorded yet: confirm it again when "
                        "the test goes on.");
            return AnswerOutcome::Paused;
        }
        *error = tr("the test is over");
        return AnswerOutcome::TestOver;
    case AppendResult::Moved: // not asked for: answers are written whatever came before them
    case AppendResult::Failed:
        *error = tr("Your answer could not be saved (%1). It was not recorded: try again, or call your teacher.")
                     .arg(m_lastError);
        return AnswerOutcome::StoreFailed;
    }
    finishIfOver();
    return AnswerOutcome::Acknowledged;
}

bool PupilSession::abandon(const QString &reason)
{
    if (!isStarted() || isFinished()) {
        return false;
    }
    return writeEnd(EventKind::Abandoned, reason);
}

bool PupilSession::finishIfOver()
{
    if (isFinished()) {
        return true;
    }
    if (isPaused() || !m_run->engineFinished(m_context.clock.nowMs())) {
        return false;
    }
    return writeEnd(EventKind::Finished, {});
}

bool PupilSession::writeEnd(EventKind kind, const QString &reason)
{
    const qint64 now = m_context.clock.nowMs();
    QJsonObject payload{{QStringLiteral("stop_reason"), cat::stopReasonName(m_run->engineState().stopReason)}};
    if (!reason.isEmpty()) {
        payload.insert(QStringLiteral("reason"), reason);
    }
    const store::ResultRecord result = m_run->result(kind, now);
    // A result that is not a number is never stored: the session stays at its end, not finished,
    // and lastError() says why (every later try is refused the same way, writing nothing).
    if (const QString problem = TestRun::resultProblem(result); !problem.isEmpty()) {
        m_lastError = problem;
        m_endAttempts = 0;
        return false;
    }
    // Stored only with the log it was computed from: if the staff wrote meanwhile (more time, a
    // pause, an end), their events are taken in and the decision made again.
    const AppendResult r = append({0, session().id, 0, kind, now, -1, {}, {}, -1, payload}, &result, m_run->lastSeq());
    if (r == AppendResult::Refused || r == AppendResult::Moved) {
        takeIn();
        if (r == AppendResult::Moved && ++m_endAttempts < 5) {
            return kind == EventKind::Finished ? finishIfOver() : writeEnd(kind, reason);
        }
    }
    m_endAttempts = 0;
    return r == AppendResult::Appended;
}

} // namespace aicet::services
