#pragma once

#include "CandidateReport.h"
#include "services/Results.h"

namespace aicet::documents {

/// What a session's result report shows, from the session's detail (Results::detail); the
/// candidate named by their name when the sitting has it, else their code.
reports::CandidateReportData candidateReportData(const services::SessionDetail &detail);

} // namespace aicet::documents
