#pragma once

#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace aicet::services {

class TestRun;

/// What the staff may do to a session: pause, resume, extend its time, reopen it, abandon it, let
/// it be continued elsewhere. Each action (but the last, which marks the session) only appends an
/// event to the session's log (with the audit trail), so that it reaches the pupil's program
/// wherever it runs, at its next refresh.
class StaffActions
{
    Q_DECLARE_TR_FUNCTIONS(StaffActions)

public:
    explicit StaffActions(const ServiceContext &context);

    enum class Outcome : unsigned char {
        Done,
        NotFound, ///< no such session
        NotAllowed, ///< not in the session's present state (message says why)
        Invalid, ///< a wrong argument (a negative time, an empty reason)
        BankUnavailable, ///< the session's result cannot be computed: its bank cannot be read
        StoreFailure,
    };
    struct Result
    {
        Outcome outcome = Outcome::Done;
        QString message; ///< what was done, or why not
    };

    Result pause(qint64 sessionId, const QString &reason = {});
    Result resume(qint64 sessionId);
    /// Adds `minutes` (more than 0) to the session's time limit.
    Result extendTime(qint64 sessionId, double minutes);
    /// Lets a finished or abandoned session go on (the reason is required and recorded), with
    /// `extraMinutes` more time (in the same event); refused when the test had reached its own end,
    /// or when its time is used up and no extra minutes are given.
    Result reopen(qint64 sessionId, const QString &reason, double extraMinutes = 0.0);
    /// Ends a session under way; its confirmed answers are scored.
    Result abandon(qint64 sessionId, const QString &reason);
    /// Lets the pupil continue a session under way once without its resume token (on another
    /// computer, or after this computer lost it): the next start with its codes takes it over.
    Result allowResume(qint64 sessionId);
    /// Sets the pupil's extra time to `minutes` (0 or more; it replaces what was granted before,
    /// at the start or since): the difference is appended as a time extension. Refused for a test
    /// with no time limit, and when the pupil has already used more than the new total allows.
    Result setExtraTime(qint64 sessionId, double minutes);

    /// What an incident note is about.
    enum class Incident : unsigned char { Technical, Fraud, Unwell, Other };
    /// The stable names of incidents in the log ("technical", "fraud", "unwell", "other").
    static QLatin1StringView incidentName(Incident category);
    /// Notes an incident in the session's log, in any state (`text` required for Other, at most
    /// 2000 characters).
    Result recordIncident(qint64 sessionId, Incident category, const QString &text);

private:
    /// Checks the session's log just read before an event is appended: returns a refusal, or
    /// nothing and completes the payload (e.g. a difference computed from the log).
    using Prepare = std::function<std::optional<Result>(
        const TestRun &run, const QList<store::EventRecord> &events, qint64 now, QJsonObject *payload)>;
    Result append(qint64 sessionId, store::EventKind kind, const QJsonObject &payload, const QString &done,
        const Prepare &prepare = {});

    ServiceContext m_context;
};

} // namespace aicet::services
