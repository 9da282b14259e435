#pragma once

#include <QString>

namespace aicet::store {
class Store;
}

namespace aicet::reports {

/// Writes a candidate's result report for evaluators (A4 PDF): the result, θ after each item with
/// its SE band as a chart, then every item answered (question, answer, right or wrong,
/// explanation, time spent) and the focus losses. `language` is fr or en.
bool renderCandidateReport(
    store::Store &store, qint64 sessionId, const QString &language, const QString &path, QString *error);

} // namespace aicet::reports
