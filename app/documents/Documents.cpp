#include "Documents.h"

#include "Certificate.h"
#include "io/CsvWriter.h"
#include "io/SaveFile.h"
#include "services/IssuerKey.h"
#include "services/Sittings.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace aicet::documents {

services::Credentials::PrintedCheck printedCheck()
{
    return [](const QByteArray &pdf, const ParsedPayload &p, QString *why) {
        return reports::checkPrintedCertificate(
            pdf, p,
            [&](const QString &language) {
                // Empty when this computer does not have the payload's bank to name the level.
                const QString name = services::Credentials::levelName(p, language);
                return name == p.level ? QString() : name;
            },
            why);
    };
}

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

Cell textCell(const QString &text)
{
    return {Cell::Kind::Text, text, 0.0, 0};
}

// A number with this many decimals; nothing when it is not finite.
Cell numberCell(double value, int decimals)
{
    if (!std::isfinite(value)) {
        return {};
    }
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0) {
        rounded = 0.0; // never "-0.00"
    }
    return {Cell::Kind::Number, {}, rounded, decimals};
}

QString csvCell(const Cell &cell, QChar separator)
{
    switch (cell.kind) {
    case Cell::Kind::Empty:
        return {};
    case Cell::Kind::Number: {
        QString n = QString::number(cell.number, 'f', cell.decimals);
        // Spreadsheets that separate with ';' read decimals with a comma (R's read.csv2 too).
        if (separator == QLatin1Char(';')) {
            n.replace(QLatin1Char('.'), QLatin1Char(','));
        }
        return n;
    }
    case Cell::Kind::Text:
        break;
    }
    return io::textField(cell.text, separator);
}

QByteArray csvBytes(const Table &table, QChar separator, bool byteOrderMark)
{
    QString csv;
    csv += table.columns.join(separator) + QLatin1Char('\n');
    for (const QList<Cell> &row : table.rows) {
        QStringList cells;
        for (const Cell &cell : row) {
            cells.append(csvCell(cell, separator));
        }
        csv += cells.join(separator) + QLatin1Char('\n');
    }
    // The BOM tells spreadsheets that the file is UTF-8 (accents, names).
    return (byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + csv.toUtf8();
}

// An array of objects, one per row, with the CSV's columns as fields (null for an empty cell).
QByteArray jsonBytes(const Table &table)
{
    QJsonArray array;
    for (const QList<Cell> &row : table.rows) {
        QJsonObject object;
        for (qsizetype i = 0; i < table.columns.size() && i < row.size(); ++i) {
            const Cell &cell = row[i];
            object.insert(table.columns[i],
                cell.kind == Cell::Kind::Text        ? QJsonValue(cell.text)
                    : cell.kind == Cell::Kind::Empty ? QJsonValue(QJsonValue::Null)
                    : cell.decimals == 0             ? QJsonValue(qint64(std::llround(cell.number)))
                                                     : QJsonValue(cell.number));
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// A time for people: local, with its offset from UTC (ISO 8601).
Cell localTimeCell(qint64 ms)
{
    if (ms <= 0) {
        return {};
    }
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    const int offset = local.offsetFromUtc() / 60; // minutes; written even when 0 (+00:00, not Z)
    return textCell(local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QStringLiteral("%1%2:%3")
              .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
              .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
              .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0')));
}

Table resultsTable(const services::SittingResults &sitting)
{
    Table table;
    table.columns = QStringList{QStringLiteral("session"), QStringLiteral("candidate")};
    if (sitting.names) {
        table.columns << QStringLiteral("name");
    }
    table.columns << QStringList{QStringLiteral("state"), QStringLiteral("theta"), QStringLiteral("se"),
        QStringLiteral("score"), QStringLiteral("score_low"), QStringLiteral("score_high"), QStringLiteral("level"),
        QStringLiteral("level_id"), QStringLiteral("or_level"), QStringLiteral("or_level_id"),
        QStringLiteral("level_probability"), QStringLiteral("items"), QStringLiteral("stop_reason"),
        QStringLiteral("complete"), QStringLiteral("answers_check"), QStringLiteral("random_log_ratio"),
        QStringLiteral("rapid_answers")};
    for (const auto &[id, name] : sitting.dimensions) {
        for (const char *field : {"_theta", "_se", "_level", "_level_id"}) {
            table.columns << id + QLatin1String(field);
        }
    }
    table.columns << QStringList{QStringLiteral("started_at"), QStringLiteral("finished_at"),
        QStringLiteral("duration_seconds"), QStringLiteral("focus_losses")};
    // A level by its name and id; nothing when there is no level (not enough evidence).
    const auto level = [&](const QString &id) {
        return id.isEmpty() ? QList<Cell>{Cell{}, Cell{}} : QList<Cell>{textCell(sitting.levelName(id)), textCell(id)};
    };
    for (const services::SessionSummary &s : sitting.sessions) {
        QList<Cell> row{numberCell(double(s.session.id), 0), textCell(s.candidateCode)};
        if (sitting.names) {
            row << textCell(s.candidateName);
        }
        row << textCell(QString(store::name(s.session.state)));
        const auto &r = s.result;
        if (r) {
            row << numberCell(r->theta, 2) << numberCell(r->se, 2) << numberCell(r->score, 0)
                << (r->scoreLowOpen ? Cell{} : numberCell(r->scoreLow, 0))
                << (r->scoreHighOpen ? Cell{} : numberCell(r->scoreHigh, 0)) << level(r->level)
                << level(r->levelAlternative) << (r->level.isEmpty() ? Cell{} : numberCell(r->levelProbability, 3))
                << numberCell(r->items, 0) << textCell(r->stopReason)
                << textCell(r->level.isEmpty() ? QStringLiteral("no") : QStringLiteral("yes"))
                << textCell(r->fit.aberrant()                            ? QStringLiteral("flagged")
                           : r->fit.available || r->fit.timedAnswers > 0 ? QStringLiteral("consistent")
                                                                         : QString())
                << (r->fit.available ? numberCell(r->fit.randomLogRatio, 2) : Cell{})
                << numberCell(r->fit.rapidAnswers, 0);
        } else {
            row << QList<Cell>(16); // as many cells as a result gives: the columns stay aligned
        }
        for (const auto &[id, name] : sitting.dimensions) {
            const auto d = r ? std::find_if(r->dimensions.begin(), r->dimensions.end(),
                               [&](const scoring::DimensionResult &x) { return x.dimension == id; })
                             : std::vector<scoring::DimensionResult>::const_iterator();
            if (!r || d == r->dimensions.end()) {
                row << QList<Cell>(4);
                continue;
            }
            // An area that adds nothing to the overall result shows no level (d->level is empty).
            row << numberCell(d->theta, 2) << numberCell(d->se, 2) << level(d->level);
        }
        row << localTimeCell(s.session.startedAt) << localTimeCell(s.session.finishedAt)
            << numberCell(s.elapsedSeconds, 0) << numberCell(s.focusLosses, 0);
        table.rows.append(row);
    }
    return table;
}

Table responsesTable(const QList<services::ResponseRow> &rows)
{
    Table table;
    table.columns = QStringList{QStringLiteral("candidate"), QStringLiteral("position"), QStringLiteral("item"),
        QStringLiteral("response"), QStringLiteral("score"), QStringLiteral("group")};
    for (const services::ResponseRow &r : rows) {
        table.rows.append({textCell(r.candidateCode), numberCell(r.position, 0), textCell(r.itemId),
            textCell(QString::fromUtf8(QJsonDocument(r.response).toJson(QJsonDocument::Compact))),
            numberCell(r.category, 0), textCell(r.candidateGroup)});
    }
    return table;
}

namespace {

// A file name from a pupil's name: letters, digits and dashes only (no path, no dot-files).
QString fileNamePart(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_C)) {
        out += c.isLetterOrNumber() ? c : QLatin1Char('-');
    }
    while (out.contains(QStringLiteral("--"))) {
        out.replace(QStringLiteral("--"), QStringLiteral("-"));
    }
    out = out.left(60);
    while (out.startsWith(QLatin1Char('-'))) {
        out.remove(0, 1);
    }
    while (out.endsWith(QLatin1Char('-'))) {
        out.chop(1);
    }
    return out.isEmpty() ? QStringLiteral("pupil") : out;
}

} // namespace

BatchOutcome issueSitting(
    const services::ServiceContext &context, const store::StaffRecord &actor, const BatchRequest &request)
{
    BatchOutcome outcome;
    services::ServiceContext acting = context;
    acting.actor = actor.name;
    QString error;
    const auto results = services::Results(acting).ofSitting(request.sittingCode, &error);
    if (!results) {
        outcome.error = error;
        return outcome;
    }
    if (!services::Sittings::runBy(results->sitting, actor)) {
        outcome.error = services::Credentials::tr(
            "only the teacher who created the sitting %1 or an administrator issues its documents")
                            .arg(results->sitting.code);
        return outcome;
    }
    // The key first: without it nothing is issued, and no folder made.
    if (!services::IssuerKey::loadExisting(
            request.keyPath.isEmpty() ? services::IssuerKey::defaultPath() : request.keyPath, &error)) {
        outcome.error = error;
        return outcome;
    }
    // A new folder, never one that holds documents already: "5B-DEC 2026-12-01 10-30", then (2)…
    const QDir parent(request.folder);
    if (request.folder.isEmpty() || !parent.exists()) {
        outcome.error = services::Credentials::tr("the folder %1 does not exist").arg(request.folder);
        return outcome;
    }
    const QString base = fileNamePart(results->sitting.code) + QLatin1Char(' ')
        + QDateTime::fromMSecsSinceEpoch(context.clock.nowMs()).toString(QStringLiteral("yyyy-MM-dd HH-mm"));
    QString name = base;
    for (int n = 2; !parent.mkdir(name); ++n) {
        if (n > 99 || !parent.exists()) {
            outcome.error = services::Credentials::tr("cannot create a folder in %1").arg(parent.absolutePath());
            return outcome;
        }
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    }
    outcome.folder = parent.absoluteFilePath(name);
    const QDir folder(outcome.folder);
    services::Credentials credentials(acting);
    std::vector<reports::CertificatePage> pages;
    for (const services::SessionSummary &s : results->sessions) {
        if (!request.group.isEmpty() && s.candidateGroup != request.group) {
            continue;
        }
        const QString who = s.candidateName.isEmpty() ? s.candidateCode : s.candidateName;
        if (store::isUnderWay(s.session.state) || !s.result) {
            outcome.notFinished.append(who);
            continue;
        }
        services::Credentials::IssueRequest issue;
        issue.sessionId = s.session.id;
        issue.language = request.language;
        issue.keyPath = request.keyPath;
        issue.verifyUrl = request.verifyUrl;
        issue.outPath
            = folder.filePath(QStringLiteral("%1-%2.pdf")
                                  .arg(fileNamePart(s.candidateName.isEmpty() ? s.candidateCode : s.candidateName),
                                      fileNamePart(s.candidateCode)));
        reports::CertificatePage page;
        const auto issued = credentials.issue(
            issue, [&](const Credential &c, const QString &payload, const QString &qrText, QString *why) {
                page = {c, payload, qrText};
                return reports::renderCertificate(c, request.logo, payload, qrText, why);
            });
        if (issued.error != services::Credentials::IssueError::None) {
            outcome.problems.append(QStringLiteral("%1: %2").arg(who, issued.message));
            continue;
        }
        (issued.credential.kind == Credential::Kind::Certificate ? outcome.certificates : outcome.attestations) += 1;
        pages.push_back(page);
    }
    if (!pages.empty()) {
        const QByteArray all = reports::renderCertificates(pages, request.logo, results->sitting.code, &error);
        const QString path = folder.filePath(QStringLiteral("all-%1.pdf").arg(fileNamePart(results->sitting.code)));
        if (all.isEmpty() || !saveFile(path, all, &error)) {
            outcome.problems.append(
                services::Credentials::tr("the file with every page could not be written: %1").arg(error));
        } else {
            outcome.allPages = path;
        }
    }
    return outcome;
}

} // namespace aicet::documents
