#include "services/CandidateRecords.h"

#include <QDateTime>
#include <QJsonArray>

namespace aicet::services {
namespace {

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

} // namespace

CandidateRecords::CandidateRecords(const ServiceContext &context)
    : m_context(context)
{
}

std::optional<CandidateRecords::Held> CandidateRecords::held(
    const QString &code, const QString &sittingCode, QString *error)
{
    store::Store &db = m_context.store;
    store::Read<store::CandidateRecord> who = store::Read<store::CandidateRecord>::notFound();
    if (!sittingCode.isEmpty()) {
        const auto sitting = db.sitting(sittingCode);
        if (!sitting) {
            *error = sitting.failed() ? sitting.error() : tr("no sitting with the code \"%1\"").arg(sittingCode);
            return std::nullopt;
        }
        who = db.candidate(sitting->id, code);
    } else {
        // A code names one person within a sitting: across sittings, the sitting must be given.
        const auto all = db.candidatesWithCode(code);
        if (all.failed()) {
            *error = all.error();
            return std::nullopt;
        }
        if (all->size() > 1) {
            QStringList sittings;
            for (const store::CandidateRecord &c : *all) {
                const auto sitting
                    = c.sittingId > 0 ? db.sittingById(c.sittingId) : store::Read<store::SittingRecord>::notFound();
                sittings.append(sitting ? sitting->code : tr("no sitting"));
            }
            *error = tr("the code \"%1\" belongs to %2 candidates, in the sittings %3: say which with --sitting")
                         .arg(code)
                         .arg(all->size())
                         .arg(sittings.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (!all->isEmpty()) {
            who = store::Read<store::CandidateRecord>::found(all->first());
        }
    }
    if (!who) {
        *error = who.failed() ? who.error() : tr("no candidate with the code \"%1\"").arg(code);
        return std::nullopt;
    }
    const auto sessions = db.sessionsOfCandidate(who->id);
    if (sessions.failed()) {
        *error = sessions.error();
        return std::nullopt;
    }
    return Held{*who, *sessions};
}

std::optional<QJsonObject> CandidateRecords::exportRecord(
    const QString &code, const QString &sittingCode, QString *error)
{
    store::Store &db = m_context.store;
    const auto record = held(code, sittingCode, error);
    if (!record) {
        return std::nullopt;
    }
    const store::CandidateRecord *who = &record->candidate;
    QJsonArray list;
    for (const store::SessionRecord &s : record->sessions) {
        const auto sitting = db.sittingById(s.sittingId);
        const auto events = db.events(s.id);
        const auto result = db.result(s.id);
        if (sitting.failed() || events.failed() || result.failed()) {
            *error = sitting.error() + events.error() + result.error();
            return std::nullopt;
        }
        QJsonArray log;
        for (const store::EventRecord &e : *events) {
            QJsonObject ev{{QStringLiteral("seq"), e.seq}, {QStringLiteral("kind"), QString(store::name(e.kind))},
                {QStringLiteral("at"), isoTime(e.at)}};
            if (e.position >= 0) {
                ev.insert(QStringLiteral("position"), e.position);
            }
            if (!e.itemId.isEmpty()) {
                ev.insert(QStringLiteral("item"), e.itemId);
            }
            if (!e.response.isEmpty()) {
                ev.insert(QStringLiteral("response"), e.response);
                ev.insert(QStringLiteral("score"), e.category);
            }
            if (!e.payload.isEmpty()) {
                ev.insert(QStringLiteral("details"), e.payload);
            }
            log.append(ev);
        }
        QJsonObject so{{QStringLiteral("sitting"), sitting ? sitting->code : QString()},
            {QStringLiteral("bank"), sitting ? sitting->bankId : QString()},
            {QStringLiteral("bank_hash"), sitting ? sitting->bankHash : QString()},
            {QStringLiteral("state"), QString(store::name(s.state))},
            {QStringLiteral("started_at"), isoTime(s.startedAt)},
            {QStringLiteral("finished_at"), isoTime(s.finishedAt)}, {QStringLiteral("events"), log}};
        if (result) {
            QJsonObject dimensions;
            for (const scoring::DimensionResult &d : result->dimensions) {
                dimensions.insert(d.dimension,
                    QJsonObject{{QStringLiteral("theta"), d.theta}, {QStringLiteral("se"), d.se},
                        {QStringLiteral("items"), d.items}, {QStringLiteral("level"), d.level}});
            }
            so.insert(QStringLiteral("result"),
                QJsonObject{{QStringLiteral("theta"), result->theta}, {QStringLiteral("se"), result->se},
                    {QStringLiteral("score"), result->score}, {QStringLiteral("level"), result->level},
                    {QStringLiteral("dimensions"), dimensions}});
        }
        list.append(so);
    }
    // No personal data leaves without a trace in the audit log.
    if (!db.audit(m_context.clock.nowMs(), m_context.actor, QStringLiteral("candidate.export"),
            QStringLiteral("candidate #%1").arg(who->id))) {
        *error = tr("the export could not be recorded in the audit log (%1): nothing was exported").arg(db.lastError());
        return std::nullopt;
    }
    return QJsonObject{{QStringLiteral("code"), who->code}, {QStringLiteral("name"), who->displayName},
        {QStringLiteral("group"), who->group}, {QStringLiteral("created_at"), isoTime(who->createdAt)},
        {QStringLiteral("sessions"), list}};
}

std::optional<int> CandidateRecords::erase(
    const QString &code, const QString &sittingCode, QString *error, store::Store::ErasedCopies *copies)
{
    store::Store &db = m_context.store;
    const auto record = held(code, sittingCode, error);
    if (!record) {
        return std::nullopt;
    }
    const store::CandidateRecord *who = &record->candidate;
    const qint64 now = m_context.clock.nowMs();
    const store::AuditEntry audit{
        now, m_context.actor, QStringLiteral("candidate.erase"), QStringLiteral("candidate #%1").arg(who->id), {}};
    if (!db.eraseCandidate(who->id, now, &audit)) {
        *error = db.lastError();
        return std::nullopt;
    }
    // The erasure is committed: the old bytes go now, or the caller is told where they remain.
    const store::Store::ErasedCopies overwritten = db.overwriteErasedCopies();
    if (copies) {
        *copies = overwritten;
    }
    return static_cast<int>(record->sessions.size());
}

} // namespace aicet::services
