#include "services/Console.h"

#include "bank/ItemBank.h"
#include "services/Sittings.h"
#include "services/TestRun.h"

#include <QHash>

#include <algorithm>
#include <tuple>

namespace aicet::services {
namespace {

using store::EventKind;

// The staff's events, as the console's log lists them.
const QList<EventKind> kStaffKinds = {EventKind::Paused, EventKind::Unpaused, EventKind::TimeExtended,
    EventKind::Reopened, EventKind::Abandoned, EventKind::Incident};

// What shows that the pupil is at work: the test's start, a question shown, an answer, a return.
// The context of a staff member's action: the log and the audit name them.
ServiceContext actingAs(const ServiceContext &context, const store::StaffRecord &actor)
{
    ServiceContext acting = context;
    acting.actor = actor.name;
    return acting;
}

bool isActivity(EventKind kind)
{
    switch (kind) {
    case EventKind::Started:
    case EventKind::Rejoined:
    case EventKind::ItemShown:
    case EventKind::Answered:
    case EventKind::Unpaused:
    case EventKind::Reopened:
        return true;
    default:
        return false;
    }
}

} // namespace

Console::Console(const ServiceContext &context)
    : m_context(context)
{
}

std::optional<ConsoleView> Console::view(
    qint64 sittingId, const store::StaffRecord &viewer, const QString &language, QString *error)
{
    store::Store &db = m_context.store;
    const auto sitting = db.sittingById(sittingId);
    if (!sitting || !Sittings::visibleTo(*sitting, viewer)) {
        *error = sitting.failed() ? sitting.error() : tr("no such sitting among yours");
        return std::nullopt;
    }
    ConsoleView view;
    view.sitting = *sitting;
    view.at = m_context.clock.nowMs();
    // The test's length and time limit, from the bank with the sitting's settings; without the
    // bank, the sitting's own time limit.
    view.timeLimitSeconds = sitting->settings.timeLimitMinutes.value_or(0.0) * 60.0;
    if (const auto bank = m_context.banks.openRelease(sitting->bankPath, sitting->bankHash)) {
        QString problem;
        if (const auto spec = sittingTestSpecification(*bank.bank, sitting->settings, &problem)) {
            // The questions a pupil sees: the scored ones and the pilot questions among them.
            std::tie(view.minItems, view.maxItems) = spec->questionsShown(*bank.bank);
            view.timeLimitSeconds = spec->stopping.timeLimitSeconds;
        }
        for (const Level &l : bank.bank->levels) {
            view.levelNames.insert(l.id, localized(l.name, language, bank.bank->defaultLanguage));
        }
    }
    // Four queries whatever the number of pupils. The logs of the tests under way first: a test
    // that ends meanwhile then shows as ended (with its result), never as running without a log.
    const auto live = db.sittingEvents(sittingId, {}, true);
    const auto staff = db.sittingEvents(sittingId, kStaffKinds, false);
    const auto candidates = db.candidatesOfSitting(sittingId);
    const auto overview = db.sittingOverview(sittingId);
    for (const QString &problem : {candidates.error(), overview.error(), live.error(), staff.error()}) {
        if (!problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
    }
    QHash<qint64, QList<store::EventRecord>> logs;
    for (const store::EventRecord &e : *live) {
        logs[e.sessionId].append(e);
    }
    QHash<qint64, int> incidents;
    QHash<qint64, const store::SessionOverviewRecord *> bySession;
    for (const store::SessionOverviewRecord &o : *overview) {
        bySession.insert(o.session.id, &o);
    }
    // Names where the sitting has them (its class lists, or the pupils typed them), for those who
    // run it: a trainer following a pilot sees codes, and no incident notes (they may be about a
    // pupil's health).
    const bool runs = Sittings::runBy(*sitting, viewer);
    const bool names = runs && (sitting->askName || sitting->settings.rosterOnly);
    for (const store::EventRecord &e : runs ? *staff : QList<store::EventRecord>()) {
        if (!e.payload.contains(QStringLiteral("by"))) {
            continue; // the pupil's own stop
        }
        incidents[e.sessionId] += e.kind == EventKind::Incident ? 1 : 0;
        const store::SessionOverviewRecord *o = bySession.value(e.sessionId);
        view.notes.append(
            {e.id, e.sessionId, o ? o->candidateCode : QString(), o && names ? o->candidateName : QString(), e.at,
                e.kind, e.payload.value(QStringLiteral("by")).toString(), e.payload});
    }
    std::stable_sort(view.notes.begin(), view.notes.end(),
        [](const ConsoleNote &a, const ConsoleNote &b) { return a.at != b.at ? a.at > b.at : a.eventId > b.eventId; });

    QHash<qint64, const store::SessionOverviewRecord *> byCandidate;
    for (const store::SessionOverviewRecord &o : *overview) {
        byCandidate.insert(o.session.candidateId, &o);
    }
    for (const store::CandidateRecord &c : *candidates) {
        ConsoleRow row;
        row.candidateId = c.id;
        row.code = c.code;
        row.name = names ? c.displayName : QString();
        row.group = c.group;
        const store::SessionOverviewRecord *o = byCandidate.value(c.id);
        if (!o) {
            row.extraMinutes = store::extraMinutesFor(sitting->settings, c.code);
            view.rows.append(row);
            continue;
        }
        row.session = o->session;
        row.answers = o->answers;
        row.focusLosses = o->focusLosses;
        row.result = o->result;
        row.incidents = incidents.value(o->session.id);
        row.resumeAllowed = o->session.resumeApprovedAt > 0
            && view.at - o->session.resumeApprovedAt < store::Store::kResumeApprovalMs;
        switch (o->session.state) {
        case store::SessionState::Running:
        case store::SessionState::Paused: {
            const QList<store::EventRecord> &events = logs[o->session.id];
            row.status
                = o->session.state == store::SessionState::Running ? PupilStatus::InProgress : PupilStatus::Paused;
            row.elapsedSeconds = elapsedSeconds(events, view.at);
            row.extraMinutes = grantedSeconds(o->session, events, true) / 60.0;
            if (view.timeLimitSeconds > 0.0) {
                row.remainingSeconds
                    = std::max(0.0, view.timeLimitSeconds + grantedSeconds(o->session, events) - row.elapsedSeconds);
            }
            if (o->session.state == store::SessionState::Running) {
                const auto last = std::find_if(
                    events.crbegin(), events.crend(), [](const store::EventRecord &e) { return isActivity(e.kind); });
                if (last != events.crend()) {
                    row.silentSeconds = std::max<qint64>(0, view.at - last->at) / 1000.0;
                }
            }
            break;
        }
        case store::SessionState::Finished:
        case store::SessionState::Abandoned:
            row.status = o->result && !o->result->level.isEmpty() ? PupilStatus::Finished : PupilStatus::Incomplete;
            row.extraMinutes = o->session.extraTimeSeconds / 60.0;
            break;
        }
        view.rows.append(row);
    }
    std::stable_sort(view.rows.begin(), view.rows.end(), [](const ConsoleRow &a, const ConsoleRow &b) {
        const int group = QString::localeAwareCompare(a.group, b.group);
        if (group != 0) {
            return group < 0;
        }
        const int name = QString::localeAwareCompare(a.name, b.name);
        return name != 0 ? name < 0 : a.code < b.code;
    });
    return view;
}

StaffActions::Result Console::setExtraTime(
    qint64 sittingId, const QString &candidateCode, double minutes, const store::StaffRecord &actor)
{
    using Outcome = StaffActions::Outcome;
    store::Store &db = m_context.store;
    if (!(minutes >= 0.0) || minutes > 24 * 60) {
        return {Outcome::Invalid, tr("extra time must be between 0 and 1440 minutes")};
    }
    const auto sitting = db.sittingById(sittingId);
    if (!sitting || !Sittings::runBy(*sitting, actor)) {
        return {sitting.failed() ? Outcome::StoreFailure : Outcome::NotFound,
            sitting.failed() ? sitting.error() : tr("no such sitting among yours")};
    }
    const auto candidate = db.candidate(sittingId, candidateCode);
    if (!candidate) {
        return {candidate.failed() ? Outcome::StoreFailure : Outcome::NotFound,
            candidate.failed() ? candidate.error() : tr("no pupil %1 in this sitting").arg(candidateCode)};
    }
    // A test under way: its time changes first, and the sitting records the value only if it did.
    // A pupil not started: the sitting records it; a session created meanwhile read the sitting's
    // grant in its own transaction (Store::createSession), before or after this change: if before,
    // it is brought to the new value below.
    const store::AuditEntry audit{m_context.clock.nowMs(), actor.name, QStringLiteral("sitting.extra_time"),
        sitting->code, QStringLiteral("%1: %2 min").arg(candidate->code).arg(minutes)};
    StaffActions actions(actingAs(m_context, actor));
    const auto underWay = [&](const store::SessionRecord &session) {
        StaffActions::Result result = actions.setExtraTime(session.id, minutes);
        if (result.outcome == Outcome::Done) {
            if (!db.setSittingExtraTime(sittingId, candidate->code, minutes, &audit)) {
                return StaffActions::Result{Outcome::StoreFailure, db.lastError()};
            }
            result.message = tr("%1: extra time set to %2 minutes").arg(candidate->code).arg(minutes);
        }
        return result;
    };
    auto session = db.session(sittingId, candidate->id);
    if (session.failed()) {
        return {Outcome::StoreFailure, session.error()};
    }
    if (session) {
        if (!store::isUnderWay(session->state)) {
            return {Outcome::NotAllowed,
                tr("%1 has finished: the extra time counts only if the test is reopened (with that many minutes)")
                    .arg(candidate->code)};
        }
        return underWay(*session);
    }
    if (!db.setSittingExtraTime(sittingId, candidate->code, minutes, &audit)) {
        return {Outcome::StoreFailure, db.lastError()};
    }
    session = db.session(sittingId, candidate->id);
    if (session.failed()) {
        return {Outcome::StoreFailure, session.error()};
    }
    if (session && store::isUnderWay(session->state)) {
        return underWay(*session); // started meanwhile
    }
    return {Outcome::Done, tr("%1: %2 minutes of extra time when the test starts").arg(candidate->code).arg(minutes)};
}

StaffActions::Result Console::act(qint64 sittingId, qint64 candidateId, Action action, const store::StaffRecord &actor,
    const QString &text, double minutes, StaffActions::Incident category)
{
    using Outcome = StaffActions::Outcome;
    store::Store &db = m_context.store;
    const auto sitting = db.sittingById(sittingId);
    if (!sitting || !Sittings::runBy(*sitting, actor)) {
        return {sitting.failed() ? Outcome::StoreFailure : Outcome::NotFound,
            sitting.failed() ? sitting.error() : tr("no such sitting among yours")};
    }
    const auto candidate = db.candidateById(candidateId);
    const auto session = db.session(sittingId, candidateId);
    if (candidate.failed() || session.failed()) {
        return {Outcome::StoreFailure, candidate.failed() ? candidate.error() : session.error()};
    }
    if (!candidate || candidate->sittingId != sittingId) {
        return {Outcome::NotFound, tr("no such pupil in this sitting")};
    }
    if (!session) {
        return {Outcome::NotAllowed, tr("%1 has not started the test").arg(candidate->code)};
    }
    StaffActions actions(actingAs(m_context, actor));
    StaffActions::Result result;
    switch (action) {
    case Action::Pause:
        result = actions.pause(session->id, text.trimmed());
        break;
    case Action::Resume:
        result = actions.resume(session->id);
        break;
    case Action::AllowResume:
        result = actions.allowResume(session->id);
        break;
    case Action::Reopen:
        result = actions.reopen(session->id, text, minutes);
        break;
    case Action::Stop:
        result = actions.abandon(session->id, text);
        break;
    case Action::Incident:
        result = actions.recordIncident(session->id, category, text);
        break;
    }
    // The teacher knows pupils by their codes, not by session numbers.
    result.message = tr("%1: %2").arg(candidate->code, result.message);
    return result;
}

} // namespace aicet::services
