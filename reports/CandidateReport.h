#pragma once

#include "bank/ItemBank.h"
#include "scoring/Timeline.h"

#include <QByteArray>
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
        QString level; ///< empty: no level (too few answers or too imprecise)
        int items = 0;
        QString stopReason; ///< why the test ended ("time-limit", "abandoned", …)
    };
    QString candidate; ///< the name, else the code
    QString sitting;
    State state = State::Running;
    std::optional<Result> result;
    const ItemBank *bank = nullptr; ///< not owned
    scoring::SessionTimeline timeline;
};

/// A candidate's result report for evaluators (A4 PDF): the result, θ after each item with its SE
/// band as a chart, then every item answered (question, answer, right or wrong, explanation, time
/// spent) and the focus losses. `language` is fr or en. Returns the PDF, or nothing with `error`.
QByteArray renderCandidateReport(const CandidateReportData &data, const QString &language, QString *error);

} // namespace aicet::reports
