#pragma once

#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QString>

namespace aicet::services {

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

private:
    Result append(qint64 sessionId, store::EventKind kind, const QJsonObject &payload, const QString &done);

    ServiceContext m_context;
};

} // namespace aicet::services
