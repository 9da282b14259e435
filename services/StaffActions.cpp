#include "services/StaffActions.h"

#include "services/TestRun.h"

#include <QJsonDocument>

#include <array>
#include <cmath>

namespace aicet::services {
namespace {

using store::EventKind;
using AppendResult = store::Store::AppendResult;

} // namespace

StaffActions::StaffActions(const ServiceContext &context)
    : m_context(context)
{
}

StaffActions::Result StaffActions::append(
    qint64 sessionId, EventKind kind, const QJsonObject &given, const QString &done, const Prepare &prepare)
{
    store::Store &db = m_context.store;
    QJsonObject payload = given;
    payload.insert(QStringLiteral("by"), m_context.actor);
    // The pupil's program may append (an answer) between our reading of the log and our write: the
    // write is then refused as Moved, and the log read again, so that a result is always stored
    // with the very log it was computed from.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const auto session = db.session(sessionId);
        if (session.failed()) {
            return {Outcome::StoreFailure, session.error()};
        }
        if (!session) {
            return {Outcome::NotFound, tr("no session %1").arg(sessionId)};
        }
        const auto events = db.events(sessionId);
        if (events.failed()) {
            return {Outcome::StoreFailure, events.error()};
        }
        const int lastSeq = events->isEmpty() ? 0 : events->last().seq;
        const qint64 now = m_context.clock.nowMs();
        store::EventRecord event{0, sessionId, 0, kind, now, -1, {}, {}, -1, payload};
        std::optional<store::ResultRecord> result;
        // The test as its log tells it, for those that need it: the check of `prepare`, the score
        // of a test that ends, whether a reopened test can go on.
        std::unique_ptr<TestRun> run;
        if (prepare || kind == EventKind::Abandoned || kind == EventKind::Reopened) {
            const auto sitting = db.sittingById(session->sittingId);
            if (!sitting) {
                return {Outcome::StoreFailure,
                    sitting.failed() ? sitting.error() : tr("no sitting for session %1").arg(sessionId)};
            }
            TestRun::Error problem = TestRun::Error::None;
            QString error;
            run = TestRun::replay(m_context.banks, *sitting, *session, *events, &problem, &error);
            if (!run) {
                return {Outcome::BankUnavailable, error};
            }
        }
        if (prepare) {
            if (const auto refusal = prepare(*run, *events, now, &event.payload)) {
                return *refusal;
            }
        }
        if (kind == EventKind::Abandoned) {
            result = run->result(kind, now);
        } else if (kind == EventKind::Reopened && !store::isUnderWay(run->state())) {
            run->apply(event);
            if (!run->nextItem()) {
                return {Outcome::NotAllowed,
                    tr("session %1 reached the end of its test: there is nothing left to answer").arg(sessionId)};
            }
            if (run->remainingSeconds(now) == 0.0) {
                return {Outcome::NotAllowed,
                    tr("session %1 has used all its time: reopen it with more minutes").arg(sessionId)};
            }
        }
        QJsonObject details = event.payload;
        details.remove(QStringLiteral("by"));
        const store::AuditEntry audit{now, m_context.actor, QStringLiteral("session.%1").arg(store::name(kind)),
            QStringLiteral("session %1").arg(sessionId),
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))};
        switch (db.appendEvent(&event, result ? &*result : nullptr, lastSeq, &audit)) {
        case AppendResult::Appended:
            return {Outcome::Done, done};
        case AppendResult::Moved:
            continue;
        case AppendResult::Refused:
            return {Outcome::NotAllowed,
                tr("session %1 is %2: this cannot be done now").arg(sessionId).arg(store::name(session->state))};
        default:
            return {Outcome::StoreFailure, db.lastError()};
        }
    }
    return {Outcome::StoreFailure, tr("session %1 kept changing while this was being done: try again").arg(sessionId)};
}

StaffActions::Result StaffActions::pause(qint64 sessionId, const QString &reason)
{
    QJsonObject payload;
    if (!reason.isEmpty()) {
        payload.insert(QStringLiteral("reason"), reason);
    }
    return append(sessionId, EventKind::Paused, payload, tr("session %1 paused").arg(sessionId));
}

StaffActions::Result StaffActions::resume(qint64 sessionId)
{
    return append(sessionId, EventKind::Unpaused, {}, tr("session %1 goes on").arg(sessionId));
}

StaffActions::Result StaffActions::extendTime(qint64 sessionId, double minutes)
{
    if (!(minutes > 0.0) || minutes > 24 * 60) {
        return {Outcome::Invalid, tr("extra time must be more than 0 and at most 1440 minutes")};
    }
    return append(sessionId, EventKind::TimeExtended, {{QStringLiteral("seconds"), minutes * 60.0}},
        tr("session %1: %2 more minutes").arg(sessionId).arg(minutes));
}

StaffActions::Result StaffActions::reopen(qint64 sessionId, const QString &reason, double extraMinutes)
{
    if (reason.trimmed().isEmpty()) {
        return {Outcome::Invalid, tr("say why the session is reopened")};
    }
    if (extraMinutes < 0.0 || extraMinutes > 24 * 60) {
        return {Outcome::Invalid, tr("extra time must be between 0 and 1440 minutes")};
    }
    // The extra time goes with the reopening, in the same event.
    QJsonObject payload{{QStringLiteral("reason"), reason.trimmed()}};
    if (extraMinutes > 0.0) {
        payload.insert(QStringLiteral("seconds"), extraMinutes * 60.0);
    }
    return append(sessionId, EventKind::Reopened, payload,
        extraMinutes > 0.0 ? tr("session %1 reopened with %2 more minutes").arg(sessionId).arg(extraMinutes)
                           : tr("session %1 reopened").arg(sessionId));
}

StaffActions::Result StaffActions::abandon(qint64 sessionId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        return {Outcome::Invalid, tr("say why the session is stopped")};
    }
    return append(sessionId, EventKind::Abandoned, {{QStringLiteral("reason"), reason.trimmed()}},
        tr("session %1 stopped; its confirmed answers are scored").arg(sessionId));
}

StaffActions::Result StaffActions::allowResume(qint64 sessionId)
{
    store::Store &db = m_context.store;
    const auto session = db.session(sessionId);
    if (session.failed()) {
        return {Outcome::StoreFailure, session.error()};
    }
    if (!session) {
        return {Outcome::NotFound, tr("no session %1").arg(sessionId)};
    }
    if (!store::isUnderWay(session->state)) {
        return {Outcome::NotAllowed,
            tr("session %1 is %2: only a test under way can be continued elsewhere (reopen it first)")
                .arg(sessionId)
                .arg(store::name(session->state))};
    }
    const qint64 now = m_context.clock.nowMs();
    const store::AuditEntry audit{
        now, m_context.actor, QStringLiteral("session.allow_resume"), QStringLiteral("session %1").arg(sessionId), {}};
    if (!db.allowResume(sessionId, now, &audit)) {
        return {Outcome::StoreFailure, db.lastError()};
    }
    return {Outcome::Done,
        tr("session %1 may be continued once on another computer: the pupil types the same codes there")
            .arg(sessionId)};
}

StaffActions::Result StaffActions::setExtraTime(qint64 sessionId, double minutes)
{
    if (!(minutes >= 0.0) || minutes > 24 * 60) {
        return {Outcome::Invalid, tr("extra time must be between 0 and 1440 minutes")};
    }
    // The difference from what the pupil has now, computed from the very log it is appended to.
    double change = 0.0;
    const Prepare prepare = [&](const TestRun &run, const QList<store::EventRecord> &events, qint64 now,
                                QJsonObject *payload) -> std::optional<Result> {
        const double limit = run.specification().stopping.timeLimitSeconds;
        if (limit <= 0.0) {
            return Result{
                Outcome::NotAllowed, tr("session %1 has no time limit: extra time changes nothing").arg(sessionId)};
        }
        change = minutes * 60.0 - grantedSeconds(run.session(), events, true);
        if (std::abs(change) < 0.5) {
            return Result{
                Outcome::Done, tr("session %1 already has %2 minutes of extra time").arg(sessionId).arg(minutes)};
        }
        // The time left as it really is (below 0 when the pupil is past their limit).
        const double left = limit + grantedSeconds(run.session(), events) - elapsedSeconds(events, now);
        if (left + change <= 0.0) {
            return Result{Outcome::NotAllowed,
                tr("session %1 has already used more time than that would leave: give at least %2 minutes")
                    .arg(sessionId)
                    .arg(std::floor((minutes * 60.0 - change - left) / 60.0) + 1)};
        }
        payload->insert(QStringLiteral("seconds"), change);
        payload->insert(QStringLiteral("extra_seconds"), minutes * 60.0);
        return std::nullopt;
    };
    return append(sessionId, EventKind::TimeExtended, {},
        tr("session %1: extra time set to %2 minutes").arg(sessionId).arg(minutes), prepare);
}

namespace {

constexpr std::array<std::pair<StaffActions::Incident, const char *>, 4> kIncidents = {{
    {StaffActions::Incident::Technical, "technical"},
    {StaffActions::Incident::Fraud, "fraud"},
    {StaffActions::Incident::Unwell, "unwell"},
    {StaffActions::Incident::Other, "other"},
}};

} // namespace

QLatin1StringView StaffActions::incidentName(Incident category)
{
    for (const auto &[value, name] : kIncidents) {
        if (value == category) {
            return QLatin1StringView(name);
        }
    }
    return {};
}

StaffActions::Result StaffActions::recordIncident(qint64 sessionId, Incident category, const QString &text)
{
    const QString note = text.trimmed();
    if (category == Incident::Other && note.isEmpty()) {
        return {Outcome::Invalid, tr("say what happened")};
    }
    if (note.size() > 2000) {
        return {Outcome::Invalid, tr("an incident note has at most 2000 characters")};
    }
    QJsonObject payload{{QStringLiteral("category"), QString(incidentName(category))}};
    if (!note.isEmpty()) {
        payload.insert(QStringLiteral("text"), note);
    }
    return append(sessionId, EventKind::Incident, payload, tr("session %1: incident noted").arg(sessionId));
}

} // namespace aicet::services
