#pragma once

#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace aicet::services {

/// A candidate's personal data: everything held about them (data-protection access), and erasure.
class CandidateRecords
{
    Q_DECLARE_TR_FUNCTIONS(CandidateRecords)

public:
    explicit CandidateRecords(const ServiceContext &context);

    /// Everything held about the candidate, as JSON: identity, sessions, every event, results.
    /// A code names one person within a sitting: `sittingCode` says which when the code is used
    /// in several (empty: the only candidate with that code).
    std::optional<QJsonObject> exportRecord(const QString &code, const QString &sittingCode, QString *error);
    /// Erases the candidate's name, group and code, and the code's entry in the sitting's extra
    /// time; their responses stay, anonymous, for item statistics. Then has the database overwrite
    /// its old copies of the erased fields; `copies`, when given, says what was done and what
    /// remains (another program reading a SQLite file, a PostgreSQL server's log and backups).
    /// Returns the number of sessions kept.
    std::optional<int> erase(
        const QString &code, const QString &sittingCode, QString *error, store::Store::ErasedCopies *copies = nullptr);

private:
    struct Held
    {
        store::CandidateRecord candidate;
        QList<store::SessionRecord> sessions;
    };
    std::optional<Held> held(const QString &code, const QString &sittingCode, QString *error);

    ServiceContext m_context;
};

} // namespace aicet::services
