#include "services/Credentials.h"

#include "io/SaveFile.h"
#include "services/IssuerKey.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <cmath>

namespace aicet::services {

Credentials::Credentials(const ServiceContext &context)
    : m_context(context)
{
}

Credentials::Issued Credentials::issue(const IssueRequest &request, const Renderer &render)
{
    Issued issued;
    auto refuse = [&](IssueError error, const QString &message) {
        issued.error = error;
        issued.message = message;
        return issued;
    };
    store::Store &db = m_context.store;
    const auto session = db.session(request.sessionId);
    if (session.failed()) {
        return refuse(IssueError::StoreFailure, session.error());
    }
    if (!session) {
        return refuse(IssueError::NotFound, tr("no session %1").arg(request.sessionId));
    }
    const auto result = db.result(request.sessionId);
    if (result.failed()) {
        return refuse(IssueError::StoreFailure, result.error());
    }
    if (store::isUnderWay(session->state) || !result) {
        return refuse(IssueError::NotFinished,
            tr("session %1 is not finished: nothing can be certified yet").arg(request.sessionId));
    }
    const auto sitting = db.sittingById(session->sittingId);
    const auto candidate = db.candidateById(session->candidateId);
    if (!sitting || !candidate) {
        return refuse(IssueError::StoreFailure,
            sitting.failed() || candidate.failed()
                ? sitting.error() + candidate.error()
                : tr("session %1 has no sitting or candidate").arg(request.sessionId));
    }
    const BankCatalog::Lookup lookup = m_context.banks.openExpected(sitting->bankPath, sitting->bankHash);
    if (!lookup) {
        return refuse(IssueError::BankUnavailable,
            tr("the bank of sitting %1 cannot be used: %2").arg(sitting->code, lookup.error));
    }
    const ItemBank &bank = *lookup.bank;
    Credential &d = issued.credential;
    d.language = request.language;
    if (d.language.isEmpty()) {
        d.language = sitting->language.isEmpty() ? bank.defaultLanguage : sitting->language;
    }
    if (!bank.languages.contains(d.language)) {
        return refuse(IssueError::InvalidRequest, tr("the bank has no language \"%1\"").arg(d.language));
    }
    // A certificate only for a test that ran to its end with a level and a precise enough result.
    const bool precise = result->se <= bank.scale.certificateMaxSe && !result->level.isEmpty();
    d.kind = session->state == store::SessionState::Finished && precise ? Credential::Kind::Certificate
                                                                        : Credential::Kind::Attestation;
    d.id = newCertificateId();
    d.date = QDateTime::fromMSecsSinceEpoch(session->finishedAt).date();
    d.name = candidate->displayName.isEmpty() ? candidate->code : candidate->displayName;
    d.sitting = sitting->code;
    d.levelId = d.kind == Credential::Kind::Certificate ? result->level : QStringLiteral("-");
    for (const Level &l : bank.levels) {
        d.levels.emplace_back(l.from, localized(l.name, d.language));
    }
    if (const Level *level = bank.level(result->level)) {
        d.levelName = localized(level->name, d.language);
        d.levelDescription = localized(level->description, d.language);
    }
    d.score = static_cast<int>(std::lround(result->score));
    d.scoreLow = static_cast<int>(std::lround(result->scoreLow));
    d.scoreHigh = static_cast<int>(std::lround(result->scoreHigh));
    d.bankId = bank.id;
    d.bankHash = bank.contentHash;
    d.bankTitle = localized(bank.title, d.language);
    d.authority = localized(bank.authority, d.language);
    for (const scoring::DimensionResult &r : result->dimensions) {
        const int index = bank.dimensionIndex(r.dimension);
        const Level *level = bank.level(r.level);
        d.dimensions.push_back(
            {index >= 0 ? localized(bank.dimensions[static_cast<std::size_t>(index)].name, d.language) : r.dimension,
                r.theta, r.se, level ? localized(level->name, d.language) : QString()});
    }
    QString error;
    auto key = IssuerKey::loadOrCreate(request.keyPath.isEmpty() ? IssuerKey::defaultPath() : request.keyPath, &error);
    if (!key) {
        return refuse(IssueError::KeyUnavailable, error);
    }
    const QByteArray message = signedMessage(d);
    issued.payload = payload(message, key->sign(message));
    const QString qrText = request.verifyUrl.isEmpty()
        ? issued.payload
        : request.verifyUrl + QLatin1Char('#') + QString::fromLatin1(QUrl::toPercentEncoding(issued.payload));
    issued.path = request.outPath.isEmpty() ? QStringLiteral("certificate-%1.pdf").arg(d.id) : request.outPath;
    // A certificate is a new document: it never takes the place of another file.
    if (QFileInfo::exists(issued.path)) {
        return refuse(IssueError::InvalidRequest,
            tr("%1 exists already: choose another file name (a certificate is never written over a file)")
                .arg(issued.path));
    }
    const QByteArray pdf = render(d, issued.payload, qrText, &error);
    if (pdf.isEmpty()) {
        return refuse(IssueError::WriteFailed, error);
    }
    if (!saveFile(issued.path, pdf, &error)) {
        return refuse(IssueError::WriteFailed, error);
    }
    if (!db.audit(m_context.clock.nowMs(), m_context.actor, QStringLiteral("certificate.issue"),
            QStringLiteral("session %1").arg(request.sessionId), d.id)) {
        // The document exists but is not on record: take it back rather than leave it unaccounted for
        // (the file is new: nothing else was at its place).
        QFile::remove(issued.path);
        return refuse(IssueError::StoreFailure,
            tr("the certificate could not be recorded (%1); no document was issued").arg(db.lastError()));
    }
    return issued;
}

Credentials::Verification Credentials::verify(
    const QString &input, const QByteArray &publicKeyPem, const QString &keyPath)
{
    Verification v;
    QString text = input.trimmed();
    // A path (the document, or something that is not one: a device, a pipe, a folder, which
    // payloadFromPdf refuses by name) or the payload itself.
    if (QFileInfo(text).isFile() || (text.startsWith(QLatin1Char('/')) && QFileInfo::exists(text))) {
        const auto fromPdf = payloadFromPdf(text, &v.error);
        if (!fromPdf) {
            return v;
        }
        text = *fromPdf;
    }
    return verifyPayload(text, publicKeyPem, keyPath);
}

Credentials::Verification Credentials::verifyPayload(
    const QString &text, const QByteArray &publicKeyPem, const QString &keyPath)
{
    Verification v;
    const auto parsed = parsePayload(text.trimmed(), &v.error);
    if (!parsed) {
        return v;
    }
    v.payload = *parsed;
    QByteArray pem = publicKeyPem;
    if (pem.isEmpty()) {
        auto key = IssuerKey::load(keyPath.isEmpty() ? IssuerKey::defaultPath() : keyPath, &v.error);
        if (!key) {
            v.error = tr("no public key given and no issuer key on this computer: %1").arg(v.error);
            return v;
        }
        pem = key->publicKeyPem();
    }
    v.valid = verifySignature(pem, parsed->message, parsed->signature, &v.error);
    return v;
}

} // namespace aicet::services
