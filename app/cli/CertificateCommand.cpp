#include "CandidateReport.h"
#include "Certificate.h"
#include "Cli.h"
#include "CliOptions.h"
#include "CliServices.h"
#include "Commands.h"
#include "Documents.h"
#include "io/SaveFile.h"
#include "io/UserFile.h"
#include "services/BankCatalog.h"
#include "services/Credentials.h"
#include "services/IssuerKey.h"
#include "services/Results.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace aicet::cli {
namespace {

// Bounds on the files a person names: a PEM key is a few hundred bytes, a logo a small image.
constexpr qint64 kMaxKeyBytes = 64 * 1024;
constexpr qint64 kMaxLogoBytes = 10 * 1024 * 1024;

int issue(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("certificate issue");
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({opt("session"), tr("The session (the \"session\" column of results export)."), opt("id")});
    parser.addOption({opt("out"), tr("The PDF to write (default certificate-<id>.pdf)."), opt("file")});
    parser.addOption({opt("language"), tr("fr or en (default: the sitting's, else the bank's)."), opt("code")});
    parser.addOption({opt("key"),
        tr("The issuer's private key (made once by certificate create-key).")
            .append(QStringLiteral(" "))
            .append(services::IssuerKey::defaultPath()),
        opt("file")});
    parser.addOption({opt("logo"), tr("The authority's logo (PNG, JPEG or SVG), printed at the top."), opt("file")});
    parser.addOption({opt("verify-url"),
        tr("Address of the published verification page; the QR code then opens it with the payload."), opt("url")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Issues the certificate of a finished session (or a participation attestation when the result is not "
               "precise enough) as a signed PDF."),
            arguments, out, err)) {
        return *stop;
    }
    bool ok = false;
    const qint64 sessionId = parser.value(opt("session")).toLongLong(&ok);
    if (!ok) {
        return usageError(err, command, tr("--session takes a session number"));
    }
    QImage logo;
    if (parser.isSet(opt("logo"))) {
        // Read through the size-bounded reader: a device or a pipe named as the logo is refused.
        QString error;
        const auto read = io::readUserFile(parser.value(opt("logo")), kMaxLogoBytes, &error);
        if (!read) {
            return inputErrors(err, {error});
        }
        logo = QImage::fromData(*read);
        if (logo.isNull()) {
            return inputErrors(err, {tr("%1: not a readable PNG, JPEG or SVG image").arg(parser.value(opt("logo")))});
        }
    }
    auto services = openServices(parser, err);
    if (!services) {
        return Failure;
    }
    services::Credentials::IssueRequest request;
    request.sessionId = sessionId;
    request.language = parser.value(opt("language"));
    request.keyPath = parser.value(opt("key"));
    request.verifyUrl = parser.value(opt("verify-url"));
    request.outPath = parser.value(opt("out"));
    const auto issued
        = services::Credentials(services->context())
              .issue(request, [&](const Credential &c, const QString &payload, const QString &qrText, QString *error) {
                  return reports::renderCertificate(c, logo, payload, qrText, error);
              });
    switch (issued.error) {
    case services::Credentials::IssueError::None:
        break;
    case services::Credentials::IssueError::InvalidRequest:
        return usageError(err, command, issued.message);
    default:
        return inputErrors(err, {issued.message});
    }
    if (issued.credential.kind == Credential::Kind::Certificate) {
        out << (issued.reissued ? tr("certificate %1 (issued before, same number) written to %2\n")
                                : tr("certificate %1 written to %2\n"))
                   .arg(issued.credential.id, issued.path);
    } else {
        out << (issued.reissued ? tr("participation attestation %1 (issued before, same number) written to %2\n")
                                : tr("participation attestation %1 written to %2\n"))
                   .arg(issued.credential.id, issued.path);
        out << tr("not a certificate because: %1\n").arg(issued.attestationBecause);
    }
    out << tr("payload: %1\n").arg(issued.payload);
    out.flush();
    return Success;
}

int verify(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("certificate verify");
    QCommandLineParser parser;
    parser.addPositionalArgument(opt("certificate"), tr("A certificate PDF, or its payload text."));
    parser.addOption(
        {opt("public-key"), tr("The issuer's public key (PEM); default: this computer's issuer key."), opt("file")});
    parser.addOption(
        {opt("db"), tr("Also check the register of this database: revoked documents are not valid."), opt("location")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Checks a certificate's signature. Exit status 0 when valid, 1 when not."), arguments, out, err, 1,
            tr("a certificate PDF or its payload"))) {
        return *stop;
    }
    QByteArray publicKey;
    if (parser.isSet(opt("public-key"))) {
        QString error;
        const auto read = io::readUserFile(parser.value(opt("public-key")), kMaxKeyBytes, &error);
        if (!read) {
            return inputErrors(err, {tr("cannot read the public key: %1").arg(error)});
        }
        publicKey = *read;
    }
    // A PDF is also read as a person reads it: its visible text must show what is signed.
    auto v
        = services::Credentials::verify(parser.positionalArguments().first(), publicKey, {}, documents::printedCheck());
    if (v.valid && parser.isSet(opt("db"))) {
        auto services = openServices(parser, err);
        if (!services) {
            return Failure;
        }
        services::Credentials(services->context()).checkRegister(&v);
    }
    if (!v.valid) {
        out << tr("INVALID: %1\n").arg(v.error);
        out.flush();
        return Failure;
    }
    const ParsedPayload &p = v.payload;
    const bool certificate = p.kind == QLatin1String("C");
    out << tr("VALID %1 %2 for %3\n")
               .arg(certificate ? tr("certificate") : tr("participation attestation"), p.id, p.name);
    // The signed content in full: the document must show exactly this.
    out << tr("  number: %1\n").arg(p.id) << tr("  name: %1\n").arg(p.name) << tr("  date: %1\n").arg(p.date);
    if (certificate) {
        const QString name = services::Credentials::levelName(p, QStringLiteral("fr"));
        out << tr("  level: %1\n")
                   .arg(name == p.level
                           ? p.level
                           : QStringLiteral("%1 / %2 (%3)")
                                 .arg(name, services::Credentials::levelName(p, QStringLiteral("en")), p.level))
            << tr("  score: %1\n").arg(p.score);
    }
    out << tr("  question bank: %1 (%2)\n").arg(p.bankId, p.bankHash);
    if (!v.note.isEmpty()) {
        out << tr("  register: %1\n").arg(v.note);
    }
    out << tr("Check that the document shows exactly this.\n");
    out.flush();
    return Success;
}

int verifyPage(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("certificate verify-page");
    QCommandLineParser parser;
    parser.addOption({opt("key"), tr("The issuer's private key whose public part the page holds."), opt("file")});
    parser.addOption({opt("public-key"), tr("Or the issuer's public key (PEM)."), opt("file")});
    parser.addOption({opt("authority"), tr("The issuing authority's name, shown on the page."), opt("text")});
    parser.addOption(
        {opt("out"), tr("The HTML file to write (default verify.html)."), opt("file"), opt("verify.html")});
    parser.addOption(
        {opt("bank"), tr("A question bank whose level names the page shows (repeatable; default: the bundled bank)."),
            opt("folder")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Writes the static verification page to publish: one HTML file that checks certificates in the "
               "browser with the issuer's public key, offline."),
            arguments, out, err)) {
        return *stop;
    }
    QByteArray pem;
    QString error;
    if (parser.isSet(opt("public-key"))) {
        const QString file = parser.value(opt("public-key"));
        const auto read = io::readUserFile(file, kMaxKeyBytes, &error);
        if (!read) {
            return inputErrors(err, {tr("cannot read the public key: %1").arg(error)});
        }
        pem = *read;
    } else {
        auto key = services::IssuerKey::loadExisting(
            parser.isSet(opt("key")) ? parser.value(opt("key")) : services::IssuerKey::defaultPath(), &error);
        if (!key) {
            return inputErrors(err, {error});
        }
        pem = key->publicKeyPem();
    }
    // The key goes into the page as parsed and written again, never as given: a file that only
    // contains "BEGIN PUBLIC KEY" somewhere cannot put its own text (or script) into the page.
    const auto canonical = services::canonicalPublicKeyPem(pem, &error);
    if (!canonical) {
        return inputErrors(err, {tr("%1: %2").arg(parser.value(opt("public-key")), error)});
    }
    pem = *canonical;
    // The level names of the bank(s) whose certificates the page checks: the bundled bank unless
    // others are named.
    QJsonObject levels;
    QStringList banks = parser.values(opt("bank"));
    if (banks.isEmpty()) {
        banks << services::BankCatalog::bundledBankPath();
    }
    services::BankCatalog catalog;
    for (const QString &path : std::as_const(banks)) {
        const auto bank = catalog.open(path);
        if (!bank) {
            if (parser.isSet(opt("bank"))) {
                return inputErrors(err, {tr("%1: %2").arg(path, bank.error)});
            }
            continue;
        }
        QJsonObject names;
        for (const Level &level : bank.bank->levels) {
            QJsonObject byLanguage;
            for (const QString &language : bank.bank->languages) {
                byLanguage.insert(language, localized(level.name, language));
            }
            names.insert(level.id, byLanguage);
        }
        levels.insert(bank.bank->id + QLatin1Char(':') + bank.bank->contentHash.left(16), names);
    }
    const QByteArray page = reports::verificationPage(pem, parser.value(opt("authority")), levels);
    if (page.isEmpty() || !saveFile(parser.value(opt("out")), page, &error)) {
        return inputErrors(err, {page.isEmpty() ? tr("the verification page is missing from this build") : error});
    }
    out << tr("verification page written to %1\n").arg(parser.value(opt("out")));
    out.flush();
    return Success;
}

int importKey(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("certificate import-key");
    QCommandLineParser parser;
    parser.addPositionalArgument(opt("private-key"), tr("An Ed25519 private key in PEM."));
    parser.addOption({opt("key"), tr("Where to keep it (default: this computer's issuer key)."), opt("file")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Imports the authority's existing issuer key, so that this computer signs with it."), arguments, out,
            err, 1, tr("the private key file"))) {
        return *stop;
    }
    QString error;
    const QString target = parser.isSet(opt("key")) ? parser.value(opt("key")) : services::IssuerKey::defaultPath();
    if (!services::IssuerKey::import(parser.positionalArguments().first(), target, &error)) {
        return inputErrors(err, {error});
    }
    out << tr("issuer key imported to %1\n").arg(target);
    out.flush();
    return Success;
}

int exportKey(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("certificate export-key");
    QCommandLineParser parser;
    parser.addOption({opt("key"), tr("The issuer's private key (default: this computer's issuer key)."), opt("file")});
    parser.addOption(
        {opt("out"), tr("Write the public key (PEM) to this file instead of the standard output."), opt("file")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Writes the issuer's public key (PEM), to publish for verification."), arguments, out, err)) {
        return *stop;
    }
    QString error;
    auto key = services::IssuerKey::loadExisting(
        parser.isSet(opt("key")) ? parser.value(opt("key")) : services::IssuerKey::defaultPath(), &error);
    if (!key) {
        return inputErrors(err, {error});
    }
    const QByteArray pem = key->publicKeyPem();
    return writeOutput(parser, pem, out, err);
}

int revoke(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("certificate revoke");
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addPositionalArgument(opt("number"), tr("The document's number (XXXX-XXXX-XXXX)."));
    parser.addOption({opt("reason"), tr("Why (required; recorded in the register and the audit log)."), opt("text")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Revokes an issued certificate or attestation: verifiers that consult the register then refuse it."),
            arguments, out, err, 1, tr("the document's number"))) {
        return *stop;
    }
    if (parser.value(opt("reason")).trimmed().isEmpty()) {
        return usageError(err, command, tr("say why the document is revoked (--reason)"));
    }
    auto services = openServices(parser, err);
    if (!services) {
        return Failure;
    }
    const auto r = services::Credentials(services->context())
                       .revoke(parser.positionalArguments().first(), parser.value(opt("reason")));
    if (!r.done) {
        return inputErrors(err, {r.message});
    }
    out << r.message << '\n';
    out.flush();
    return Success;
}

int revocations(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("certificate revocations");
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({opt("key"), tr("The issuer's private key (default: this computer's issuer key)."), opt("file")});
    parser.addOption({opt("out"), tr("The file to publish beside the verification page (default revoked.js)."),
        opt("file"), opt("revoked.js")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Writes the signed list of revoked document numbers, to publish beside the verification page "
               "(verify.html reads revoked.js from its own folder)."),
            arguments, out, err)) {
        return *stop;
    }
    auto services = openServices(parser, err);
    if (!services) {
        return Failure;
    }
    QString error;
    const auto list = services::Credentials(services->context()).revocationList(parser.value(opt("key")), &error);
    if (!list) {
        return inputErrors(err, {error});
    }
    // A script the page loads before its own: the list's characters are letters, digits and
    // | , - _ (no quote can close the string).
    const QByteArray script = "window.aicetRevoked = \"" + list->toUtf8() + "\";\n";
    if (!saveFile(parser.value(opt("out")), script, &error)) {
        return inputErrors(err, {error});
    }
    out << tr("list of revoked numbers written to %1\n").arg(parser.value(opt("out")));
    out.flush();
    return Success;
}

int createKey(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("certificate create-key");
    QCommandLineParser parser;
    parser.addOption({opt("key"),
        tr("Where to keep it (default: this computer's issuer key).")
            .append(QStringLiteral(" "))
            .append(services::IssuerKey::defaultPath()),
        opt("file")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Creates the issuer's signing key, once (refused when there is one already). Publish its public key "
               "(export-key, verify-page) so that the certificates it signs can be checked."),
            arguments, out, err)) {
        return *stop;
    }
    QString error;
    const QString target = parser.isSet(opt("key")) ? parser.value(opt("key")) : services::IssuerKey::defaultPath();
    const auto key = services::IssuerKey::create(target, &error);
    if (!key) {
        return inputErrors(err, {error});
    }
    out << tr("issuer key %1 created in %2 (readable by its owner only); publish its public key with "
              "\"certificate export-key\" or \"certificate verify-page\"\n")
               .arg(key->keyId(), target);
    out.flush();
    return Success;
}

int candidateReport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("report candidate");
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({opt("session"), tr("The session (the \"session\" column of results export)."), opt("id")});
    parser.addOption({opt("out"), tr("The PDF to write (default report-<session>.pdf)."), opt("file")});
    parser.addOption({opt("language"), tr("fr or en (default fr)."), opt("code"), opt("fr")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Writes a candidate's result report for evaluators: items, answers, explanations, the ability estimate "
               "after each item, time per item and focus losses."),
            arguments, out, err)) {
        return *stop;
    }
    bool ok = false;
    const qint64 sessionId = parser.value(opt("session")).toLongLong(&ok);
    const QString language = parser.value(opt("language"));
    if (!ok || (language != QLatin1String("fr") && language != QLatin1String("en"))) {
        return usageError(err, command, tr("--session takes a session number, --language fr or en"));
    }
    auto services = openServices(parser, err);
    if (!services) {
        return Failure;
    }
    QString error;
    const auto detail = services::Results(services->context()).detail(sessionId, &error);
    if (!detail) {
        return inputErrors(err, {error});
    }
    const reports::CandidateReportData data = documents::candidateReportData(*detail);
    const QString path
        = parser.isSet(opt("out")) ? parser.value(opt("out")) : QStringLiteral("report-%1.pdf").arg(sessionId);
    const QByteArray pdf = reports::renderCandidateReport(data, language, &error);
    if (pdf.isEmpty() || !saveFile(path, pdf, &error)) {
        return inputErrors(err, {error});
    }
    out << tr("report written to %1\n").arg(path);
    out.flush();
    return Success;
}

} // namespace

int reportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return dispatch(QStringLiteral("report"), arguments, out, err,
        {{"candidate", QT_TRANSLATE_NOOP("aicet::cli", "a candidate's result report for evaluators (PDF)"),
            candidateReport}});
}

int certificateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return dispatch(QStringLiteral("certificate"), arguments, out, err,
        {{"issue", QT_TRANSLATE_NOOP("aicet::cli", "issue the certificate of a finished session"), issue},
            {"verify", QT_TRANSLATE_NOOP("aicet::cli", "check a certificate's signature"), verify},
            {"verify-page", QT_TRANSLATE_NOOP("aicet::cli", "write the static verification page to publish"),
                verifyPage},
            {"revoke", QT_TRANSLATE_NOOP("aicet::cli", "revoke an issued certificate or attestation"), revoke},
            {"revocations", QT_TRANSLATE_NOOP("aicet::cli", "write the signed list of revoked numbers to publish"),
                revocations},
            {"create-key", QT_TRANSLATE_NOOP("aicet::cli", "create the issuer's signing key, once"), createKey},
            {"import-key", QT_TRANSLATE_NOOP("aicet::cli", "import the authority's issuer key"), importKey},
            {"export-key", QT_TRANSLATE_NOOP("aicet::cli", "write the issuer's public key"), exportKey}});
}

} // namespace aicet::cli
