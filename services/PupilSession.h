#pragma once

#include "bank/Scoring.h"
#include "services/ServiceContext.h"
#include "services/TestRun.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace aicet::services {

/// One candidate's session of one sitting, as the pupil's program runs it: start or resume,
/// answer, finish, abandon. Every answer is committed to the store before the next item is chosen,
/// and acknowledged only then. The state of the test is derived by replaying the stored log
/// (TestRun), so resuming after a crash is the same computation as carrying on; refresh() takes in
/// what the staff wrote meanwhile (a pause, extra time, an abandon), from this or any computer.
/// While started, the session is claimed: no other program can run it at the same time.
class PupilSession
{
    Q_DECLARE_TR_FUNCTIONS(PupilSession)

public:
    explicit PupilSession(const ServiceContext &context);
    ~PupilSession();

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
        AlreadyOpen, ///< another program runs this session now
        NeedsApproval, ///< the session is under way elsewhere: its token or the staff's approval is needed
        NotOnList, ///< the sitting takes only its registered pupils' codes, and this is none of them
        StoreFailure,
    };

    /// The token that lets this program resume a session under way (kept by the pupil's program on
    /// its computer): set it before start(); after a successful start, resumeToken() is the token to
    /// keep (new sessions and staff-approved resumes get a new one).
    void setResumeToken(const QString &token) { m_resumeToken = token; }
    QString resumeToken() const { return m_resumeToken; }
    /// The staff's own tools (the command line) resume any session without a token.
    void setStaffResume(bool on) { m_staffResume = on; }

    /// Starts the candidate's session in the sitting, or resumes it (with the session's resume
    /// token, or the staff's approval: nobody takes over another pupil's test). A new session gets
    /// `seedIfNew`, or a seed from the context's random source. Returns StartError::None on
    /// success; otherwise `error` says why in words a pupil or teacher understands.
    StartError start(const QString &sittingCode, const QString &candidateCode, const QString &displayName,
        QString *error, std::optional<std::uint64_t> seedIfNew = std::nullopt);

    /// This computer's practice test on the bank at `bankPath`: the practice session of
    /// `*candidateCode` while it is under way, otherwise a new practice candidate, whose code is
    /// put in `*candidateCode` for the caller to remember.
    StartError startPractice(const QString &bankPath, QString *candidateCode, QString *error);

    enum class AnswerOutcome : unsigned char {
        Acknowledged, ///< stored durably, the test moved on
        AlreadyRecorded, ///< the same answer was already stored for that position: acknowledged again
        Rejected, ///< not this test's current question, or a different answer to an answered one
        Paused, ///< the teacher paused the test: NOT recorded; answer again when it goes on
        TestOver, ///< the test had finished (time ran out, it was complete, or the staff stopped it)
        StoreFailed, ///< the database refused the write: NOT acknowledged, nothing changed
    };

    /// Answers the question at `position` (1-based), which must be the item the test showed.
    AnswerOutcome answer(int position, const QString &itemId, const ItemResponse &response, QString *error);

    /// Records that the current item is on screen (for time per item and the event log).
    bool itemShown();
    /// Records that the pupil left the test window (or full screen), or came back to it.
    bool recordFocus(bool lost, const QJsonObject &payload = {});

    /// What refresh() found.
    enum Change : unsigned {
        NoChange = 0,
        PauseChanged = 1, ///< paused or unpaused by the staff
        TimeChanged = 2, ///< the staff extended the time
        Ended = 4, ///< the staff ended the test
    };
    /// Reads the events other programs appended to this session since the last look (the pupil's
    /// window calls it every second). Returns a combination of Change flags: everything the staff
    /// did since the last call, including what answer() or itemShown() took in meanwhile.
    unsigned refresh();

    /// Checks the time limit now; finishes the test if it ran out. Returns whether it is over.
    bool checkTime();
    /// Ends the test by the pupil's decision; every confirmed answer is kept.
    bool abandon(const QString &reason);

    /// The test has reached its end but the end could not be stored yet (lastError() says why):
    /// checkTime() tries again.
    bool endPending() const;

    bool isStarted() const { return m_run != nullptr; }
    bool isFinished() const { return m_run && !store::isUnderWay(m_run->state()); }
    bool isPaused() const { return m_run && m_run->state() == store::SessionState::Paused; }
    const store::SessionRecord &session() const { return m_run->session(); }
    const store::SittingRecord &sitting() const { return m_run->sitting(); }
    const ItemBank &bank() const { return m_run->bank(); }
    const cat::TestSpecification &specification() const { return m_run->specification(); }
    /// The engine's state: estimate, stop decision, next item.
    const cat::CatState &state() const { return m_run->engineState(); }
    /// The next question's 1-based position, and the item (nullptr when finished).
    int currentPosition() const { return m_run->currentPosition(); }
    const BankItem *currentItem() const;
    /// Test time used, and what remains (negative when there is no limit).
    double elapsedSeconds() const;
    double remainingSeconds() const;
    /// The whole time limit with the time granted to this candidate (0: no limit).
    double timeLimitSeconds() const;
    /// The session's log as this program knows it.
    const QList<store::EventRecord> &events() const { return m_run->events(); }
    /// Answers given so far, in order: (item, category).
    const std::vector<cat::Answer> &answers() const { return m_run->answers(); }
    /// The session's result once it has ended.
    store::Read<store::ResultRecord> result() const;
    QString lastError() const { return m_lastError; }

private:
    QString newResumeToken();
    static QString tokenHash(const QString &token);
    /// Whether this program may resume `session` (its token, or the staff's approval); `error`
    /// says why not; lastError() is set when the database failed.
    bool mayResume(const store::SessionRecord &session, QString *error);
    store::Store::AppendResult append(
        store::EventRecord event, const store::ResultRecord *result = nullptr, int expectedLastSeq = -1);
    void replayAll(); ///< the whole log read and replayed again
    void takeIn(); ///< applies events written by others, noting them for refresh()
    bool finishIfOver();
    bool writeEnd(store::EventKind kind, const QString &reason);

    ServiceContext m_context;
    std::unique_ptr<store::SessionClaim> m_claim;
    std::unique_ptr<TestRun> m_run;
    QString m_lastError;
    unsigned m_unreported = NoChange;
    bool m_stale = false; ///< an event of ours was stored after events that could not be read
    int m_endAttempts = 0;
    QString m_resumeToken;
    bool m_staffResume = false;
};

} // namespace aicet::services
