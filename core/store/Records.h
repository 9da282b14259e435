#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace aicet::store {

/// A pupil, known by a pseudonymous code; the name and group are optional.
struct CandidateRecord
{
    qint64 id = 0;
    QString code;
    QString displayName;
    QString group;
    qint64 createdAt = 0; ///< ms since the epoch, UTC
    qint64 erasedAt = 0; ///< 0 unless the personal fields were erased
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
    /// Overrides of the bank's default test settings (see SittingSettings in SessionController.h).
    QJsonObject settings;
    QString language; ///< the language of the items; empty: the pupil chooses
    qint64 opensAt = 0; ///< 0: no opening time
    qint64 closesAt = 0; ///< 0: no closing time
    bool showResults = true;
    bool showExplanations = true;
    bool askName = false;
    bool practice = false;
    QString state = QStringLiteral("open"); ///< open or closed
    qint64 createdAt = 0;
};

/// One candidate in one sitting.
struct SessionRecord
{
    qint64 id = 0;
    qint64 sittingId = 0;
    qint64 candidateId = 0;
    std::uint64_t seed = 0;
    QString state = QStringLiteral("running"); ///< running, finished or abandoned
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    double extraTimeSeconds = 0.0; ///< granted by the sitting for this candidate
};

/// One entry of a session's append-only log.
struct EventRecord
{
    qint64 id = 0;
    qint64 sessionId = 0;
    int seq = 0; ///< 1, 2, 3 … within the session
    QString kind; ///< started, item_shown, answered, focus_lost, focus_regained, paused, resumed, finished, abandoned
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
    QString level;
    QString stopReason;
    int items = 0; ///< scored items
    QJsonObject dimensions; ///< per-dimension theta, se, level (or "not enough evidence")
    qint64 computedAt = 0;
};

} // namespace aicet::store
