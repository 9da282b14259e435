#pragma once

#include "CandidateReport.h"
#include "services/Credentials.h"
#include "services/Results.h"

#include <QImage>
#include <QStringList>

namespace aicet::documents {

/// The documents of a whole sitting (or one of its classes), issued in one action.
struct BatchRequest
{
    QString sittingCode;
    QString group; ///< one class of the sitting; empty: all
    QString folder; ///< where the teacher wants them: a new folder is made inside it
    QString keyPath; ///< the issuer's private key; empty: its default place
    QString language; ///< empty: the sitting's, else the bank's
    QString verifyUrl; ///< the published verification page; empty: the QR code holds the payload
    QImage logo; ///< the authority's, optional
};
struct BatchOutcome
{
    QString error; ///< nothing was issued at all (the sitting or the key cannot be read…)
    QString folder; ///< the new folder holding the documents
    QString allPages; ///< the one file with every page, to print
    int certificates = 0;
    int attestations = 0;
    QStringList notFinished; ///< pupils whose test is not over (nothing issued for them)
    QStringList problems; ///< a pupil's document that could not be issued, and why
};
/// Issues the certificate or attestation of every finished test of the sitting (the credentials
/// rule decides which), one PDF per pupil in a new folder inside `folder`, and one file with all
/// the pages; by `actor`, who must run the sitting (Sittings::runBy), named in the audit log.
BatchOutcome issueSitting(
    const services::ServiceContext &context, const store::StaffRecord &actor, const BatchRequest &request);

/// How a certificate PDF is read as a person reads it: its visible text must show exactly what
/// its payload signs (the level by its name when this computer has the payload's bank).
services::Credentials::PrintedCheck printedCheck();

/// What a session's result report shows, from the session's detail (Results::detail); the
/// candidate named by their name when the sitting has it, else their code.
reports::CandidateReportData candidateReportData(const services::SessionDetail &detail);

// One cell of an exported table: text, a number rounded as it is shown, or nothing.
struct Cell
{
    enum class Kind : unsigned char { Empty, Text, Number };
    Kind kind = Kind::Empty;
    QString text;
    double number = 0.0;
    int decimals = 0;
};

// A table as it is exported: the same columns in CSV and JSON.
struct Table
{
    QStringList columns;
    QList<QList<Cell>> rows;
};

Cell textCell(const QString &text);
/// A number with this many decimals; nothing when it is not finite.
Cell numberCell(double value, int decimals);
/// A time for people: local, with its offset from UTC (ISO 8601).
Cell localTimeCell(qint64 ms);

/// A sitting's results as `results export` and the staff's window export them: one row per
/// session, the level by its name and id, overall and per area, the checks, the times.
Table resultsTable(const services::SittingResults &sitting);
/// The long table of answers for calibration: candidate, position, item, response, score, group.
Table responsesTable(const QList<services::ResponseRow> &rows);
/// CSV: text cells neutralised against formulas, numbers with a decimal comma after ';'.
QByteArray csvBytes(const Table &table, QChar separator, bool byteOrderMark);
/// An array of objects, one per row, with the CSV's columns as fields (null for an empty cell).
QByteArray jsonBytes(const Table &table);

} // namespace aicet::documents
