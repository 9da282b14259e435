#include "Documents.h"

namespace aicet::documents {

reports::CandidateReportData candidateReportData(const services::SessionDetail &detail)
{
    reports::CandidateReportData data;
    data.candidate = detail.candidate.displayName.isEmpty() ? detail.candidate.code : detail.candidate.displayName;
    data.sitting = detail.sitting.code;
    using ReportState = reports::CandidateReportData::State;
    switch (detail.session.state) {
    case store::SessionState::Running:
        data.state = ReportState::Running;
        break;
    case store::SessionState::Paused:
        data.state = ReportState::Paused;
        break;
    case store::SessionState::Finished:
        data.state = ReportState::Finished;
        break;
    case store::SessionState::Abandoned:
        data.state = ReportState::Abandoned;
        break;
    }
    if (const auto &r = detail.result) {
        data.result = reports::CandidateReportData::Result{r->theta, r->se, r->score, r->scoreLow, r->scoreHigh,
            r->scoreLowOpen, r->scoreHighOpen, r->level, r->levelAlternative, r->levelProbability, r->fit, r->items,
            r->stopReason, r->dimensions};
    }
    if (detail.session.startedAt > 0) {
        data.startedAt = QDateTime::fromMSecsSinceEpoch(detail.session.startedAt);
    }
    if (detail.session.finishedAt > 0) {
        data.finishedAt = QDateTime::fromMSecsSinceEpoch(detail.session.finishedAt);
    }
    data.bank = detail.bank.get();
    data.timeline = detail.timeline;
    return data;
}

} // namespace aicet::documents
