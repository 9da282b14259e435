#pragma once

#include "bank/ItemBank.h"
#include "bank/Scoring.h"
#include "cat/AdaptiveEngine.h"
#include "session/Clock.h"
#include "store/Records.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace aicet::store {
class Store;
}

namespace aicet::session {

/// The bank's default test with a sitting's overrides (min_items, max_items, se_target,
/// time_limit_minutes, selection, randomesque, pilot_positions; extra_time_minutes, a map of
/// candidate codes to minutes, is applied to sessions). Returns
/// nothing and sets `error` on a bad override.
std::optional<cat::TestSpecification> sittingTestSpecification(
    const ItemBank &bank, const QJsonObject &overrides, QString *error);

/// Where the bundled AICET bank is: $AICET_BANK_DIR, else next to the installed program
/// (../share/aicet/question-banks/aicet), else in the source tree.
QString bundledBankPath();

/// Points a sitting at a bank read from `bankPath`: the bank's id, the folder and the content hash
/// the sitting's sessions will be checked against; the bank's title when the sitting has none.
void attachBank(store::SittingRecord *sitting, const ItemBank &bank, const QString &bankPath);

/// The open practice sitting on this bank, created on first use (code PRACTICE, results and
/// explanations shown), so that a pupil can start at once.
std::optional<store::SittingRecord> ensurePracticeSitting(
    store::Store &store, const QString &bankPath, qint64 now, QString *error);

/// The longest stretch of a machine's downtime charged to a pupil: when a session resumes after a
/// crash, the gap since its last event counts for at most this (the pupil may have been reading
/// before the crash; the rest of the outage is not their time).
inline constexpr double kMaxChargedDowntimeSeconds = 60.0;

/// Test time used by a session, from its stored events: the clock runs between events, stops
/// while paused, and charges at most kMaxChargedDowntimeSeconds for a gap that ends with a
/// resumption after a crash. `nowMs` closes the last interval of a running session.
double elapsedSeconds(const QList<store::EventRecord> &events, qint64 nowMs, bool running);

/// Runs one candidate's session of one sitting: start or resume, answer, finish, abandon. Every
/// answer is committed to the store before the next item is chosen, and acknowledged only then.
/// The state of a running test is derived by replaying the stored answers through the engine with
/// the session's seed, so resuming after a crash is the same computation as carrying on.
class SessionController
{
    Q_DECLARE_TR_FUNCTIONS(SessionController)

public:
    /// The store and the clock are not owned and must outlive the controller.
    SessionController(store::Store &store, const Clock &clock);
    ~SessionController();

    enum class StartError : unsigned char {
        None,
        UnknownSitting,
        SittingClosed,
        NotOpenYet,
        WindowOver,
        NameRequired,
        BankUnavailable, ///< the bank folder cannot be read
        BankChanged, ///< its content hash differs from the sitting's
        SessionOver, ///< this candidate already finished or abandoned this sitting
        StoreFailure,
    };

    /// Starts the candidate's session in the sitting, or resumes it. A new session gets
    /// `seedIfNew`. Returns StartError::None on success; otherwise `error` says why in words a
    /// pupil or teacher understands.
    StartError start(const QString &sittingCode, const QString &candidateCode, const QString &displayName,
        std::uint64_t seedIfNew, QString *error);

    enum class AnswerOutcome : unsigned char {
        Acknowledged, ///< stored durably, the test moved on
        AlreadyRecorded, ///< the same answer was already stored for that position: acknowledged again
        Rejected, ///< not this test's current question, or a different answer to an answered one
        TestOver, ///< the test had finished (time ran out, or it was complete)
        StoreFailed, ///< the database refused the write: NOT acknowledged, nothing changed
    };

    /// Answers the question at `position` (1-based), which must be the item the test showed.
    AnswerOutcome answer(int position, const QString &itemId, const ItemResponse &response, QString *error);

    /// Records that the current item is on screen (for time per item and the event log).
    bool itemShown();
    /// Records an exam-conditions event: focus_lost, focus_regained, paused, resumed.
    bool recordEvent(const QString &kind, const QJsonObject &payload = {});
    /// Checks the time limit now; finishes the test if it ran out. Returns whether it is over.
    bool checkTime();
    /// Ends the test by the pupil's or teacher's decision; every confirmed answer is kept.
    bool abandon(const QString &reason);

    bool isStarted() const { return m_session.id != 0; }
    bool isFinished() const { return m_session.state != QLatin1String("running"); }
    const store::SessionRecord &session() const { return m_session; }
    const store::SittingRecord &sitting() const { return m_sitting; }
    const ItemBank &bank() const { return *m_bank; }
    const cat::TestSpecification &specification() const { return m_spec; }
    /// The engine's state: estimate, stop decision, next item.
    const cat::CatState &state() const;
    /// The next question's 1-based position, and the item (nullptr when finished).
    int currentPosition() const;
    const BankItem *currentItem() const;
    /// Test time used, and what remains (negative when there is no limit).
    double elapsedSeconds() const;
    double remainingSeconds() const;
    /// Answers given so far, in order: (item id, category).
    const std::vector<cat::Answer> &answers() const { return m_answers; }
    QString lastError() const { return m_lastError; }

private:
    bool finishIfOver();
    bool writeFinish(const QString &kind, const QString &reason);
    store::Store::AppendResult append(store::EventRecord event);

    store::Store *m_store = nullptr;
    const Clock *m_clock = nullptr;
    std::unique_ptr<ItemBank> m_bank;
    std::unique_ptr<cat::AdaptiveEngine> m_engine;
    std::unique_ptr<cat::CatRun> m_run;
    cat::TestSpecification m_spec;
    store::SittingRecord m_sitting;
    store::SessionRecord m_session;
    QList<store::EventRecord> m_events;
    std::vector<cat::Answer> m_answers;
    QString m_lastError;
};

} // namespace aicet::session
