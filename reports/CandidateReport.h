#pragma once

#include "bank/ItemBank.h"
#include "scoring/TestResult.h"
#include "scoring/Timeline.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QString>

#include <optional>

namespace aicet::reports {

/// What a candidate's result report shows, gathered by the results service.
struct CandidateReportData
{
    enum class State : unsigned char { Running, Paused, Finished, Abandoned };
    struct Result
    {
        double theta = 0.0, se = 0.0, score = 0.0, scoreLow = 0.0, scoreHigh = 0.0;
        bool scoreLowOpen = false, scoreHighOpen = false; ///< the interval is open at that end
        QString level; ///< empty: no level (too few answers or too imprecise)
        QString levelAlternative; ///< the adjacent level stated with it, when the answers cannot tell them apart
        double levelProbability = 0.0; ///< that the statement is right (0: not known, older results)
        scoring::PersonFit fit; ///< whether the answers look like a pupil's
        int items = 0;
        QString stopReason; ///< why the test ended ("time-limit", "abandoned", …)
        /// The area profile, in the bank's order: a level id per dimension, empty when too few questions.
        std::vector<scoring::DimensionResult> dimensions;
    };
    QString candidate; ///< the name, else the code
    QString sitting;
    State state = State::Running;
    QDateTime startedAt; ///< when the test started (invalid: unknown)
    QDateTime finishedAt; ///< when it ended (invalid: not yet)
    std::optional<Result> result;
    const ItemBank *bank = nullptr; ///< not owned
    scoring::SessionTimeline timeline;
};

/// The estimated ability (θ) after each answer with its ±1 SE band (the margin of error) and the
/// bank's level cuts, black on white (a card that reads the same in a dark theme), 1600 × 700.
QImage thetaChart(
    const std::vector<double> &theta, const std::vector<double> &se, const ItemBank &bank, const QString &language);

/// A candidate's result report for evaluators, teachers and families (A4 PDF), in plain words: the
/// date of the test, the result and the level in each area, the estimated ability after each item
/// with its margin of error as a chart, then every item answered (question, the pupil's answer beside
/// the right answer, right or wrong, explanation, time spent), each on one page, and the focus
/// losses. `language` is fr or en. Returns the PDF, or nothing with `error`.
QByteArray renderCandidateReport(const CandidateReportData &data, const QString &language, QString *error);

} // namespace aicet::reports
