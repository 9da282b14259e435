#pragma once

#include "bank/ItemBank.h"
#include "cat/AdaptiveEngine.h"
#include "services/BankCatalog.h"
#include "store/Records.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace aicet::services {

/// The precision target of a sitting that stops on precision when its bank sets none.
inline constexpr double kDefaultSeTarget = 0.35;

/// The bank's default test with a sitting's overrides; nothing, with `error` set, when an
/// override does not fit the bank.
std::optional<cat::TestSpecification> sittingTestSpecification(
    const ItemBank &bank, const store::SittingSettings &settings, QString *error);

/// Whether a result has the evidence for a level: at least the test's minimum number of scored
/// questions answered (pilot questions do not count, as for the engine), and a standard error
/// within the bank's threshold for a level (`dimension_max_se`, which applies overall too).
bool hasEvidenceForLevel(const ItemBank &bank, const cat::TestSpecification &spec, int scoredItems, double se);

/// The longest stretch of a machine's downtime charged to a pupil: when a session is rejoined after
/// a crash, the gap since its last event counts for at most this (the pupil may have been reading
/// before the crash; the rest of the outage is not their time).
inline constexpr double kMaxChargedDowntimeSeconds = 60.0;

/// Test time used by a session, from its log: the clock starts when the first question is shown
/// (the instructions before it are not test time), runs while the session is running (not
/// paused, not ended), and a gap that ends with a rejoin counts for at most
/// kMaxChargedDowntimeSeconds. `nowMs` closes the last interval of a running session.
double elapsedSeconds(const QList<store::EventRecord> &events, qint64 nowMs);

/// The test time on the session's clock at each of its events (same rules as elapsedSeconds): the
/// time a pupil spent on an item is the difference between its display and its answer, pauses
/// and outages left out.
std::vector<double> testClock(const QList<store::EventRecord> &events);

/// The time each answer took, by event: for an answered event, the test time since its question
/// was first shown (−1 when it never was); 0 for the other events.
std::vector<double> answerSeconds(const QList<store::EventRecord> &events);

/// The time added to a session's limit: the extra time it started with, the staff's extensions
/// (time_extended, possibly negative when a teacher lowers a pupil's extra time) and the minutes
/// given with reopenings. `extraOnly`: without the reopenings' minutes (a pupil's extra time).
double grantedSeconds(
    const store::SessionRecord &session, const QList<store::EventRecord> &events, bool extraOnly = false);

/// The session's state as its log tells it (stateAfter applied to each event in turn).
store::SessionState stateOf(const QList<store::EventRecord> &events);

/// A session's test as its log tells it: the sitting's bank and settings, and the adaptive engine
/// replayed over the stored answers with the session's seed. Resuming after a crash, continuing
/// normally, a teacher's action and a report all go through this one computation.
class TestRun
{
    Q_DECLARE_TR_FUNCTIONS(TestRun)

public:
    enum class Error : unsigned char {
        None,
        BankUnavailable, ///< the bank cannot be read, or the sitting's settings no longer fit it
        BankChanged, ///< the bank's content differs from the sitting's
        AnswersDoNotFit, ///< the stored answers are not those the engine would have asked
    };

    /// Replays `events` of `session` in `sitting`, on the sitting's bank as the catalog has it.
    /// Nullptr with `error` on failure.
    static std::unique_ptr<TestRun> replay(BankCatalog &banks, const store::SittingRecord &sitting,
        const store::SessionRecord &session, const QList<store::EventRecord> &events, Error *problem, QString *error);
    /// The same on a bank the caller already has (checked against the sitting's content hash).
    static std::unique_ptr<TestRun> replay(std::shared_ptr<const ItemBank> bank, const store::SittingRecord &sitting,
        const store::SessionRecord &session, const QList<store::EventRecord> &events, Error *problem, QString *error);

    /// Takes an event the store has accepted into the run (answers move the engine on).
    void apply(const store::EventRecord &event);

    const ItemBank &bank() const { return *m_bank; }
    std::shared_ptr<const ItemBank> sharedBank() const { return m_bank; }
    const cat::TestSpecification &specification() const { return m_spec; }
    const store::SittingRecord &sitting() const { return m_sitting; }
    const store::SessionRecord &session() const { return m_session; }
    const QList<store::EventRecord> &events() const { return m_events; }
    int lastSeq() const { return m_events.isEmpty() ? 0 : m_events.last().seq; }
    store::SessionState state() const { return m_session.state; }
    const cat::CatState &engineState() const { return m_run->state(); }
    const std::vector<cat::Answer> &answers() const { return m_answers; }
    /// The next question's 1-based position.
    int currentPosition() const { return static_cast<int>(m_answers.size()) + 1; }
    /// The item to show next (nullptr when the engine has finished).
    const BankItem *nextItem() const;

    /// Time granted beyond the test's limit: the sitting's extra time for this candidate, and the
    /// staff's extensions.
    double grantedSeconds() const;
    double elapsedSeconds(qint64 nowMs) const { return services::elapsedSeconds(m_events, nowMs); }
    /// What remains of the time limit, or a negative number when the test has none.
    double remainingSeconds(qint64 nowMs) const;
    /// Applies the time limit at `nowMs`; true when the engine's test is over (complete, or out of time).
    bool engineFinished(qint64 nowMs);

    /// The result to record with an event that ends the session (`ending` is Finished or Abandoned).
    /// Check it with resultProblem() before storing it.
    store::ResultRecord result(store::EventKind ending, qint64 nowMs) const;
    /// Why `result` must not be stored: its ability, standard error, a score or an area's estimate
    /// is not a finite number (the bank's parameters make the computation overflow). Empty when
    /// every number is finite.
    static QString resultProblem(const store::ResultRecord &result);

private:
    TestRun() = default;

    std::shared_ptr<const ItemBank> m_bank;
    cat::TestSpecification m_spec;
    std::unique_ptr<cat::AdaptiveEngine> m_engine;
    std::unique_ptr<cat::CatRun> m_run;
    store::SittingRecord m_sitting;
    store::SessionRecord m_session;
    QList<store::EventRecord> m_events;
    std::vector<cat::Answer> m_answers;
};

} // namespace aicet::services
