#include "services/Credentials.h"

#include "io/SaveFile.h"
#include "services/IssuerKey.h"
#include "services/TestRun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

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
    const BankCatalog::Lookup lookup = m_context.banks.openRelease(sitting->bankPath, sitting->bankHash);
    if (!lookup) {
        return refuse(IssueError::BankUnavailable,
            tr("the bank of sitting %1 cannot be used: %2").arg(sitting->code, lookup.error));
    }
    const ItemBank &bank = *lookup.bank;
    // The rule, in one place: which document, if any, this session has earned.
    QString why;
    const auto kind = earned(*sitting, *session, *candidate, *result, bank, &why);
    if (!kind) {
        return refuse(IssueError::NotEligible, tr("session %1 earns no document: %2").arg(request.sessionId).arg(why));
    }
    issued.attestationBecause = why;
    Credential &d = issued.credential;
    d.language = request.language;
    if (d.language.isEmpty()) {
        d.language = sitting->language.isEmpty() ? bank.defaultLanguage : sitting->language;
    }
    if (!bank.languages.contains(d.language)) {
        return refuse(IssueError::InvalidRequest, tr("the bank has no language \"%1\"").arg(d.language));
    }
    d.kind = *kind;
    d.date = QDateTime::fromMSecsSinceEpoch(session->finishedAt).date();
    // Printed as signed: the payload's separator cannot be in a name.
    d.name = (candidate->displayName.isEmpty() ? candidate->code : candidate->displayName).simplified();
    d.name.replace(QLatin1Char('|'), QLatin1Char('/'));
    d.sitting = sitting->code;
    // Two levels stated together certify the lower one: what the pupil has reached.
    const QString certified = scoring::certifiedLevel(bank, result->level, result->levelAlternative);
    d.levelId = d.kind == Credential::Kind::Certificate ? certified : QStringLiteral("-");
    for (const Level &l : bank.levels) {
        d.levels.emplace_back(l.from, localized(l.name, d.language));
    }
    if (const Level *level = bank.level(certified)) {
        d.levelName = localized(level->name, d.language);
        // Of the pupil, not to them: the document is read by others.
        d.levelDescription = localized(level->statement.isEmpty() ? level->description : level->statement, d.language);
    }
    d.score = static_cast<int>(std::lround(result->score));
    d.scoreLow = static_cast<int>(std::lround(result->scoreLow));
    d.scoreHigh = static_cast<int>(std::lround(result->scoreHigh));
    d.scoreLowOpen = result->scoreLowOpen;
    d.scoreHighOpen = result->scoreHighOpen;
    d.bankId = bank.id;
    d.bankHash = bank.contentHash;
    d.bankTitle = localized(bank.title, d.language);
    d.bankVersion = bank.version;
    d.authority = localized(bank.authority, d.language);
    d.signatory = localized(bank.signatory, d.language);
    d.profile = std::any_of(result->dimensions.begin(), result->dimensions.end(),
        [](const scoring::DimensionResult &r) { return r.informative; });
    for (const scoring::DimensionResult &r : result->dimensions) {
        const int index = bank.dimensionIndex(r.dimension);
        const Level *level = bank.level(r.level);
        d.dimensions.push_back(
            {index >= 0 ? localized(bank.dimensions[static_cast<std::size_t>(index)].name, d.language) : r.dimension,
                r.theta, r.se, level ? localized(level->name, d.language) : QString()});
    }
    QString error;
    auto key = IssuerKey::loadExisting(request.keyPath.isEmpty() ? IssuerKey::defaultPath() : request.keyPath, &error);
    if (!key) {
        return refuse(IssueError::KeyUnavailable, error);
    }
    d.keyId = key->keyId();
    // Issued again for the same session, the same document keeps its number (and, Ed25519 being
    // deterministic, its very signature); a document whose content changed (a reopened test, a
    // corrected name) replaces the earlier one, which is revoked.
    const auto registered = db.documentsOfSession(request.sessionId);
    if (registered.failed()) {
        return refuse(IssueError::StoreFailure, registered.error());
    }
    std::optional<store::DocumentRecord> current;
    for (const store::DocumentRecord &r : *registered) {
        if (r.revokedAt == 0) {
            current = r;
        }
    }
    const auto hashOf = [](const QByteArray &m) {
        return QString::fromLatin1(QCryptographicHash::hash(m, QCryptographicHash::Sha256).toHex());
    };
    d.id = current ? current->number : newCertificateId();
    if (current && (hashOf(signedMessage(d)) != current->messageHash || current->keyId != d.keyId)) {
        d.id = newCertificateId();
        current->revokedReason = tr("replaced by %1 (the result, the name or the key changed)").arg(d.id);
    }
    issued.reissued = current && current->number == d.id;
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
    const qint64 now = m_context.clock.nowMs();
    const store::AuditEntry audit{now, m_context.actor,
        issued.reissued ? QStringLiteral("certificate.reissue") : QStringLiteral("certificate.issue"),
        QStringLiteral("session %1").arg(request.sessionId), d.id};
    const store::DocumentRecord record{d.id, request.sessionId,
        d.kind == Credential::Kind::Certificate ? QStringLiteral("certificate") : QStringLiteral("attestation"),
        hashOf(message), d.keyId, now, 0, {}};
    const bool recorded = issued.reissued ? db.audit(audit.at, audit.actor, audit.action, audit.target, audit.details)
                                          : db.recordDocument(record, current ? &*current : nullptr, &audit);
    if (!recorded) {
        // The document exists but is not on record: take it back rather than leave it unaccounted for
        // (the file is new: nothing else was at its place).
        QFile::remove(issued.path);
        return refuse(IssueError::StoreFailure,
            tr("the certificate could not be recorded (%1); no document was issued").arg(db.lastError()));
    }
    return issued;
}

std::optional<Credential::Kind> Credentials::earned(const store::SittingRecord &sitting,
    const store::SessionRecord &session, const store::CandidateRecord &candidate, const store::ResultRecord &result,
    const ItemBank &bank, QString *why)
{
    if (sitting.practice) {
        *why = tr("it is a practice test, which earns no document");
        return std::nullopt;
    }
    if (result.items == 0) {
        *why = tr("no question was answered: there is nothing to attest");
        return std::nullopt;
    }
    QString problem;
    const auto spec = sittingTestSpecification(bank, sitting.settings, &problem);
    const int minimum = spec ? spec->stopping.minItems : std::numeric_limits<int>::max();
    QStringList missing;
    if (session.state != store::SessionState::Finished) {
        missing << tr("the test did not finish normally (it was stopped)");
    }
    for (const scoring::CertificateBar bar : scoring::certificateBars(bank, minimum, result.items, result.level,
             result.levelAlternative, result.levelProbability, result.se, result.fit)) {
        switch (bar) {
        case scoring::CertificateBar::TooFewAnswers:
            missing
                << tr("%1 questions answered, fewer than the %2 the sitting requires").arg(result.items).arg(minimum);
            break;
        case scoring::CertificateBar::NoLevel:
            missing << tr("the answers did not give a level");
            break;
        case scoring::CertificateBar::UncertainLevel:
            // A result stored before schema 4 has a level but neither its probability nor a check
            // of the answers: it certifies nothing new.
            if (result.levelProbability == 0.0 && !result.fit.available && result.fit.timedAnswers == 0) {
                missing << tr("the result was computed by an earlier version of AICET, which neither checked the "
                              "answers nor said how sure the level is");
                break;
            }
            missing << tr("no level is reached with enough certainty (probability %1%, at least %2% for a certificate)")
                           .arg(std::floor(result.levelProbability * 100.0))
                           .arg(std::round(bank.scale.levelConfidence * 100.0));
            break;
        case scoring::CertificateBar::RandomAnswers:
            missing << tr("the answers look like answers given at random");
            break;
        case scoring::CertificateBar::RapidAnswers:
            missing << tr("%n answer(s) came faster than the question can be read", nullptr, result.fit.rapidAnswers);
            break;
        case scoring::CertificateBar::Imprecise:
            missing << tr("the result is not precise enough (standard error %1, at most %2 for a certificate)")
                           .arg(result.se, 0, 'f', 2)
                           .arg(bank.scale.certificateMaxSe, 0, 'f', 2);
            break;
        }
    }
    if (sitting.askName && candidate.displayName.trimmed().isEmpty()) {
        missing << tr("the sitting collects names and this candidate has none");
    }
    *why = missing.join(QStringLiteral("; "));
    return missing.isEmpty() ? Credential::Kind::Certificate : Credential::Kind::Attestation;
}

bool Credentials::checkRegister(Verification *v)
{
    if (!v->valid) {
        return false;
    }
    const auto registered = m_context.store.document(v->payload.id);
    if (registered.failed()) {
        v->valid = false;
        v->error = registered.error();
        return false;
    }
    if (!registered) {
        v->note = tr("number %1 is not in this database's register (issued elsewhere, or not by this authority)")
                      .arg(v->payload.id);
        return true;
    }
    if (registered->revokedAt > 0) {
        v->valid = false;
        v->error = tr("document %1 was revoked on %2: %3")
                       .arg(v->payload.id,
                           QDateTime::fromMSecsSinceEpoch(registered->revokedAt).date().toString(Qt::ISODate),
                           registered->revokedReason);
        return false;
    }
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(v->payload.message, QCryptographicHash::Sha256).toHex());
    if (hash != registered->messageHash) {
        v->valid = false;
        v->error
            = tr("number %1 is registered for another content: this is not the document issued").arg(v->payload.id);
        return false;
    }
    v->note
        = tr("registered: %1 issued on %2")
              .arg(registered->kind, QDateTime::fromMSecsSinceEpoch(registered->issuedAt).date().toString(Qt::ISODate));
    return true;
}

std::optional<QString> Credentials::revocationList(const QString &keyPath, QString *error)
{
    auto key = IssuerKey::loadExisting(keyPath.isEmpty() ? IssuerKey::defaultPath() : keyPath, error);
    if (!key) {
        return std::nullopt;
    }
    const auto revoked = m_context.store.revokedDocuments();
    if (revoked.failed()) {
        *error = revoked.error();
        return std::nullopt;
    }
    // The numbers only (a reason may name a person), sorted, dated, signed with the issuer's key.
    QStringList numbers;
    for (const store::DocumentRecord &d : *revoked) {
        numbers.append(d.number);
    }
    numbers.sort();
    numbers.removeDuplicates();
    const QByteArray message
        = QStringLiteral("AICET-REVOKED1|%1|%2|%3")
              .arg(key->keyId(), QDateTime::fromMSecsSinceEpoch(m_context.clock.nowMs()).date().toString(Qt::ISODate),
                  numbers.join(QLatin1Char(',')))
              .toUtf8();
    return payload(message, key->sign(message));
}

QString Credentials::levelName(const ParsedPayload &p, const QString &language)
{
    if (p.level == QLatin1String("-")) {
        return {};
    }
    // The level's name from the bank the payload names, when this computer has it (the bundled
    // bank, with the same content): never an id for a reader, if it can be helped.
    // Read once for the program (a verifier asks for several names), read again if it changed.
    static BankCatalog catalog;
    static QString knownHash;
    const QString path = BankCatalog::bundledBankPath();
    // (A changed bank comes back read anew, its problem saying so: its levels are the current ones.)
    const BankCatalog::Lookup bank = knownHash.isEmpty() ? catalog.open(path) : catalog.openExpected(path, knownHash);
    knownHash = bank ? bank.bank->contentHash : QString();
    if (bank && bank.bank->id == p.bankId && bank.bank->contentHash.startsWith(p.bankHash)) {
        if (const Level *level = bank.bank->level(p.level)) {
            return localized(level->name, language);
        }
    }
    return p.level;
}

Credentials::Revoked Credentials::revoke(const QString &number, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        return {false, tr("say why the document is revoked (--reason)")};
    }
    store::Store &db = m_context.store;
    const qint64 now = m_context.clock.nowMs();
    const store::AuditEntry audit{now, m_context.actor, QStringLiteral("certificate.revoke"), number, reason.trimmed()};
    if (!db.revokeDocument(number.trimmed().toUpper(), now, reason.trimmed(), &audit)) {
        return {false, db.lastError()};
    }
    return {true, tr("document %1 revoked: %2").arg(number.trimmed().toUpper(), reason.trimmed())};
}

Credentials::Verification Credentials::verify(
    const QString &input, const QByteArray &publicKeyPem, const QString &keyPath, const PrintedCheck &printed)
{
    Verification v;
    const QString text = input.trimmed();
    // A path (the document, or something that is not one: a device, a pipe, a folder, which is
    // refused by name) or the payload itself.
    if (!(QFileInfo(text).isFile() || (text.startsWith(QLatin1Char('/')) && QFileInfo::exists(text)))) {
        return verifyPayload(text, publicKeyPem, keyPath);
    }
    const auto pdf = readCertificateFile(text, &v.error);
    if (!pdf) {
        return v;
    }
    const auto fromPdf = payloadFromPdfBytes(*pdf, text, &v.error);
    if (!fromPdf) {
        return v;
    }
    v = verifyPayload(*fromPdf, publicKeyPem, keyPath);
    // What is printed must be what is signed: a page showing another level, score or name over a
    // genuine payload is not authentic.
    if (v.valid && printed) {
        QString why;
        if (!printed(*pdf, v.payload, &why)) {
            v.valid = false;
            v.error = tr("%1: the printed document does not show what is signed: %2").arg(text, why);
        }
    }
    return v;
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
