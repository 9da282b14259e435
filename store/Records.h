#pragma once

#include "scoring/PersonFit.h"
#include "scoring/TestResult.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QMap>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace aicet::store {

/// A sitting accepts new sessions while open.
enum class SittingState : unsigned char { Open, Closed };

/// Where a session stands. Running and Paused sessions are under way (a pause stops the clock and
/// refuses answers); Finished and Abandoned ones have a result, until a teacher reopens them.
enum class SessionState : unsigned char { Running, Paused, Finished, Abandoned };

/// What an entry of a session's log records.
enum class EventKind : unsigned char {
    Started, ///< the session's first event
    Rejoined, ///< the pupil's program came back to a session under way (a restart, another computer)
    ItemShown,
    Answered,
    FocusLost,
    FocusRegained,
    Paused, ///< by the staff: the clock stops, answers are refused
    Unpaused, ///< by the staff
    TimeExtended, ///< by the staff: payload "seconds" added to the time limit
    Reopened, ///< by the staff: a finished or abandoned session runs again (payload "reason")
    Finished, ///< the test reached its end (payload "stop_reason")
    Abandoned, ///< stopped by the pupil or the staff (payload "reason")
    /// A note of the staff (payload "category": technical, fraud, unwell or other; "text"); in any
    /// state, changes none.
    Incident,
};

/// The names these values have in the database and in exported files (stable; never translated).
QLatin1StringView name(SittingState state);
QLatin1StringView name(SessionState state);
QLatin1StringView name(EventKind kind);
std::optional<SittingState> parseSittingState(const QString &text);
std::optional<SessionState> parseSessionState(const QString &text);
std::optional<EventKind> parseEventKind(const QString &text);

inline bool isUnderWay(SessionState s)
{
    return s == SessionState::Running || s == SessionState::Paused;
}

/// The rule of a session's log: the state after appending `kind` to a session in state `state`,
/// or nothing when that event may not be appended then (an answer to a paused or finished
/// session, a second end, a pause of a paused session…). The store enforces it in the
/// transaction that appends; the services derive a session's history with it.
std::optional<SessionState> stateAfter(SessionState state, EventKind kind);

/// A pupil, known by a pseudonymous code; the name and group are optional.
struct CandidateRecord
{
    qint64 id = 0;
    QString code;
    QString displayName;
    QString group;
    qint64 createdAt = 0; ///< ms since the epoch, UTC
    qint64 erasedAt = 0; ///< 0 unless the personal fields were erased
    qint64 sittingId = 0; ///< the sitting the candidate belongs to (0: none yet)
};

/// A sitting's overrides of its bank's default test. Unset fields keep the bank's value.
struct SittingSettings
{
    std::optional<int> minItems;
    std::optional<int> maxItems;
    std::optional<double> seTarget; ///< 0: no precision target
    std::optional<double> timeLimitMinutes; ///< 0: no time limit
    std::optional<QString> selection; ///< an item selection rule name (mfi, bopt, …)
    std::optional<int> randomesque;
    std::optional<std::vector<int>> pilotPositions;
    /// When the test stops: "classification" (once the level is clear, at the bank's
    /// level_confidence, after the minimum), "precision" (once the SE reaches its target); unset:
    /// the bank's default.
    std::optional<QString> stop;
    /// Extra time granted to some candidates: candidate code → minutes added to the time limit.
    QMap<QString, double> extraTimeMinutes;
    /// Only the candidates registered for the sitting (its classes' pupils, with their personal
    /// codes) may take it: any other code is refused.
    bool rosterOnly = false;
    /// Exam mode (the default): the pupil's window fills the screen during the test and leaving
    /// it is noted; off (a class exercise), the window stays a window.
    bool examMode = true;

    bool operator==(const SittingSettings &) const = default;
};

/// A planned test: which bank (and its exact content), which settings, who may enter and when.
struct SittingRecord
{
    qint64 id = 0;
    QString code; ///< the access code pupils type
    QString title;
    QString bankId;
    QString bankPath;
    QString bankHash;
    SittingSettings settings;
    QString language; ///< the language of the items; empty: the pupil chooses
    qint64 opensAt = 0; ///< 0: no opening time
    qint64 closesAt = 0; ///< 0: no closing time
    bool showResults = true;
    bool showExplanations = true;
    bool askName = false;
    bool practice = false;
    SittingState state = SittingState::Open;
    qint64 createdAt = 0;
    qint64 ownerId = 0; ///< the staff account that created it; 0: none (made from the command line)
};

/// One candidate in one sitting.
struct SessionRecord
{
    qint64 id = 0;
    qint64 sittingId = 0;
    qint64 candidateId = 0;
    std::uint64_t seed = 0;
    SessionState state = SessionState::Running;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    double extraTimeSeconds = 0.0; ///< granted by the sitting for this candidate when it started
    QString resumeHash; ///< SHA-256 of the token that lets its pupil's program resume it
    qint64 resumeApprovedAt = 0; ///< when the staff allowed one resume without the token (0: not)
};

/// One entry of a session's append-only log.
struct EventRecord
{
    qint64 id = 0;
    qint64 sessionId = 0;
    int seq = 0; ///< 1, 2, 3 … within the session
    EventKind kind = EventKind::Started;
    qint64 at = 0;
    int position = -1; ///< 1-based position of the item concerned, or −1
    QString itemId;
    QJsonObject response; ///< the raw answer (answered events)
    int category = -1; ///< the scored response category (answered events)
    QJsonObject payload;
};

/// The outcome of a finished session.
struct ResultRecord
{
    qint64 sessionId = 0;
    double theta = 0.0;
    double se = 0.0;
    double score = 0.0;
    double scoreLow = 0.0;
    double scoreHigh = 0.0;
    /// The interval is open at that end (scoring::TestResult): "at most scoreHigh" when the low end
    /// is open, "at least scoreLow" when the high end is.
    bool scoreLowOpen = false;
    bool scoreHighOpen = false;
    QString level;
    /// The adjacent level stated with `level` when the evidence cannot separate them; empty when
    /// the level is stated alone.
    QString levelAlternative;
    /// The posterior probability that the stated level (or pair) is right; 0 for a result of
    /// schema 3 or earlier.
    double levelProbability = 0.0;
    /// Whether the answers look like a pupil's (random answers, answers faster than reading).
    scoring::PersonFit fit;
    QString stopReason;
    int items = 0; ///< scored items
    /// Per-dimension results in the bank's order (a level is empty when there is not enough evidence).
    std::vector<scoring::DimensionResult> dimensions;
    qint64 computedAt = 0;
};

/// One row of a sitting's live status: a session, its candidate, how far it is, its result.
struct SessionOverviewRecord
{
    SessionRecord session;
    QString candidateCode;
    QString candidateName;
    QString candidateGroup;
    int answers = 0;
    int focusLosses = 0;
    qint64 lastEventAt = 0;
    std::optional<ResultRecord> result;
};

/// One answer to an item in any sitting on a bank, with the ability the session's result gives
/// (none while the test is under way).
struct ItemAnswerRecord
{
    qint64 sessionId = 0;
    int category = 0;
    QJsonObject response;
    std::optional<double> theta;
};

/// How much a bank's items were used: the sessions of all its sittings, and the answers to each
/// item (its id → how many).
struct BankUseRecord
{
    int sessions = 0;
    QMap<QString, int> answers;
};

/// A release of a bank kept in the database: the exact content a sitting was taken on or a trainer
/// released, so that the sittings of an earlier release keep it when the bank's folder changes.
struct BankReleaseRecord
{
    qint64 id = 0;
    QString bankId;
    QString version;
    QString contentHash; ///< ItemBank::contentHash: one release per content
    qint64 createdAt = 0;
    QString createdBy; ///< who released it, or what kept it ("sitting S")
    QString note; ///< what changed, in the releaser's words
    int files = 0;
    qint64 bytes = 0;
};

/// One file of a bank release: its path inside the bank's folder ('/'-separated) and its bytes.
struct BankFileRecord
{
    QString path;
    QByteArray content;
};

/// A certificate or attestation issued: its number, for which session, what was signed (the
/// SHA-256 of the signed message: the register keeps no personal data), with which key.
struct DocumentRecord
{
    QString number;
    qint64 sessionId = 0;
    QString kind; ///< "certificate" or "attestation"
    QString messageHash;
    QString keyId;
    qint64 issuedAt = 0;
    qint64 revokedAt = 0; ///< 0: valid
    QString revokedReason;
};

/// What a staff account may do: a teacher runs sittings of their classes, a trainer works on
/// banks and calibration, an administrator everything (accounts included).
enum class StaffRole : unsigned char { Teacher, Trainer, Administrator };
/// "teacher", "trainer", "administrator" (as stored).
QString staffRoleName(StaffRole role);
std::optional<StaffRole> staffRoleFromName(const QString &name);

/// A staff account. The password is kept only as its Argon2id hash (libsodium's string form,
/// parameters and salt included).
struct StaffRecord
{
    qint64 id = 0;
    QString name;
    StaffRole role = StaffRole::Teacher;
    QString passwordHash;
    qint64 createdAt = 0;
    int failedAttempts = 0; ///< wrong passwords since the last sign-in
    qint64 blockedUntil = 0; ///< ms since the epoch: no sign-in is tried before (0: none)
    bool disabled = false;
};

/// A class (a teaching group), owned by the staff account that created it.
struct ClassRecord
{
    qint64 id = 0;
    QString name; ///< as the school writes it: "5e B"
    qint64 ownerId = 0; ///< the staff account
    qint64 createdAt = 0;
    int pupils = 0; ///< filled by Store::classes()
};

/// A pupil of a class list, with the personal code AICET generated for them.
struct ClassPupilRecord
{
    qint64 id = 0;
    qint64 classId = 0;
    QString lastName;
    QString firstName;
    QString identifier; ///< the school's own identifier, optional
    QString code; ///< the personal code the pupil types (unique in the database)
    qint64 createdAt = 0;
    /// Entitled to extra time (e.g. a third more for a pupil with a learning plan): sittings for
    /// the class grant them the extra minutes they set.
    bool extraTime = false;
};

struct AuditEntry
{
    qint64 at = 0;
    QString actor, action, target, details;
};

} // namespace aicet::store
