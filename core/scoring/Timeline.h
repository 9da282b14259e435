#pragma once

#include <QJsonObject>
#include <QString>

#include <vector>

namespace aicet::scoring {

/// One answered item of a session, as the engine saw it.
struct TimelineStep
{
    int position = 0;
    int item = -1; ///< index in the bank
    QJsonObject response; ///< the raw answer
    int category = 0;
    bool scored = false; ///< operational (pilot items are not scored)
    double theta = 0.0; ///< the estimate after this answer (scored items)
    double se = 0.0;
    double seconds = -1.0; ///< from display to answer; −1 when unknown
};

/// Something the staff did to a session or noted in it (a pause, extra time, an incident…).
struct TimelineNote
{
    qint64 at = 0; ///< ms since the epoch
    QString kind; ///< the event's stored name ("paused", "time_extended", "incident"…)
    QJsonObject payload; ///< its details ("by", "reason", "seconds", "category", "text"…)
};

/// A session's history for evaluators: every answer with the estimate after it, and the moments
/// the pupil left the test window, the program came back after a stop, or the staff paused it.
struct SessionTimeline
{
    std::vector<TimelineStep> steps;
    std::vector<qint64> focusLosses; ///< ms since the epoch
    std::vector<qint64> rejoins;
    std::vector<qint64> pauses;
    std::vector<TimelineNote> notes; ///< the staff's actions and notes, in order
};

} // namespace aicet::scoring
