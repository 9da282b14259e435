#pragma once

#include "services/ServiceContext.h"
#include "services/StaffActions.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace aicet::services {

/// Where a pupil of a sitting stands, as the teacher's console shows it.
enum class PupilStatus : unsigned char {
    NotStarted, ///< registered (class list), no session yet
    InProgress,
    Paused,
    Finished, ///< with a level
    Incomplete, ///< ended without a level (stopped, time up with too few answers…)
};

/// One pupil's line in the console.
struct ConsoleRow
{
    qint64 candidateId = 0;
    QString code;
    QString name; ///< empty when the sitting has none
    QString group;
    store::SessionRecord session; ///< id 0: not started
    PupilStatus status = PupilStatus::NotStarted;
    int answers = 0;
    double elapsedSeconds = 0.0; ///< test time used (under way)
    double remainingSeconds = -1.0; ///< under way with a time limit; −1 otherwise
    double extraMinutes = 0.0; ///< extra time granted (the sitting's for a pupil not started)
    int focusLosses = 0;
    /// Seconds since the pupil last did something (an answer, a question shown, a return) while
    /// the test runs; −1 otherwise.
    double silentSeconds = -1.0;
    int incidents = 0;
    bool resumeAllowed = false; ///< the staff's approval to continue on another computer waits
    std::optional<store::ResultRecord> result;
};

/// An entry of the sitting's log of staff actions and incidents.
struct ConsoleNote
{
    qint64 eventId = 0; ///< orders notes written at the same moment
    qint64 sessionId = 0;
    QString code;
    QString name;
    qint64 at = 0;
    store::EventKind kind = store::EventKind::Incident;
    QString by; ///< the staff member (or program) who acted
    QJsonObject payload; ///< what was done or noted (reports::staffNoteText words it)
};

/// The console's view of a sitting at one moment.
struct ConsoleView
{
    store::SittingRecord sitting;
    int minItems = 0; ///< questions a pupil sees at least (pilot questions included)
    int maxItems = 0; ///< and at most
    double timeLimitSeconds = 0.0; ///< 0: none
    qint64 at = 0; ///< when it was read
    QList<ConsoleRow> rows; ///< by group, then name or code
    QList<ConsoleNote> notes; ///< newest first
    QHash<QString, QString> levelNames; ///< level id → name in the language asked (the bank's)
};

/// The live console of a sitting: who has not started, who is answering (how far, how much time
/// is left, how long they have been silent), who finished; the staff's log. Read in a few queries
/// whatever the number of pupils (a refresh every 2 s on a shared server).
class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)

public:
    explicit Console(const ServiceContext &context);

    /// The sitting as `viewer` may see it (Sittings::visibleTo); nothing with `error` otherwise.
    /// `language`: of the levels' names.
    std::optional<ConsoleView> view(
        qint64 sittingId, const store::StaffRecord &viewer, const QString &language, QString *error);

    /// Sets the extra time of a pupil of the sitting (0: none): recorded in the sitting for a
    /// pupil not started yet, and for a session under way its time changes at once
    /// (StaffActions::setExtraTime). `actor` must be allowed to run the sitting.
    StaffActions::Result setExtraTime(
        qint64 sittingId, const QString &candidateCode, double minutes, const store::StaffRecord &actor);

    enum class Action : unsigned char { Pause, Resume, AllowResume, Reopen, Stop, Incident };
    /// What a staff member does to a pupil's session from the console (StaffActions), if they may
    /// run the sitting and the pupil has started: `text` is the pause's or stop's reason, the
    /// reopening's (required) or the incident's note; `minutes` the time given with a reopening.
    StaffActions::Result act(qint64 sittingId, qint64 candidateId, Action action, const store::StaffRecord &actor,
        const QString &text = {}, double minutes = 0.0,
        StaffActions::Incident category = StaffActions::Incident::Other);

private:
    ServiceContext m_context;
};

} // namespace aicet::services
