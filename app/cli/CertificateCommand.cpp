#include "CandidateReport.h"
#include "Certificate.h"
#include "Cli.h"
#include "CliOptions.h"
#include "Commands.h"
#include "Signing.h"
#include "bank/BankLoader.h"
#include "store/Store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace aicet::cli {
namespace {

void addDbOption(QCommandLineParser &parser)
{
    parser.addOption(
        {opt("db"), tr("The database: a SQLite file, or postgresql://user@host[:port]/database."), opt("location")});
}

int issue(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("certificate issue");
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({opt("session"), tr("The session (the \"session\" column of results export)."), opt("id")});
    parser.addOption({opt("out"), tr("The PDF to write (default certificate-<id>.pdf)."), opt("file")});
    parser.addOption({opt("language"), tr("fr or en (default: the sitting's, else the bank's)."), opt("code")});
    parser.addOption({opt("key"),
        tr("The issuer's private key (created on first use).")
            .append(QStringLiteral(" "))
            .append(reports::IssuerKey::defaultPath()),
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
    QString error;
    auto store = store::Store::open(
        parser.isSet(opt("db")) ? parser.value(opt("db")) : store::Store::defaultLocation(), &error);
    if (!store) {
        return inputErrors(err, {error});
    }
    const auto session = store->session(sessionId);
    if (!session) {
        return inputErrors(err, {tr("no session %1").arg(sessionId)});
    }
    const auto result = store->result(sessionId);
    if (session->state == QLatin1String("running") || !result) {
        return inputErrors(err, {tr("session %1 is not finished: nothing can be certified yet").arg(sessionId)});
    }
    const auto sitting = store->sittingById(session->sittingId);
    const auto candidate = store->candidateById(session->candidateId);
    const BankLoadResult loaded = loadBank(sitting->bankPath);
    if (!loaded.usable() || loaded.bank.contentHash != sitting->bankHash) {
        return inputErrors(err,
            {tr("the bank of sitting %1 (%2) cannot be read or has changed since the sitting")
                    .arg(sitting->code, sitting->bankPath)});
    }
    const ItemBank &bank = loaded.bank;
    reports::CertificateData d;
    d.language = parser.value(opt("language"));
    if (d.language.isEmpty()) {
        d.language = sitting->language.isEmpty() ? bank.defaultLanguage : sitting->language;
    }
    if (!bank.languages.contains(d.language)) {
        return usageError(err, command, tr("the bank has no language \"%1\"").arg(d.language));
    }
    const bool precise = result->se <= bank.scale.certificateMaxSe;
    d.kind = session->state == QLatin1String("finished") && precise ? reports::CertificateData::Kind::Certificate
                                                                    : reports::CertificateData::Kind::Attestation;
    d.id = reports::newCertificateId();
    d.date = QDateTime::fromMSecsSinceEpoch(session->finishedAt).date();
    d.name = candidate->displayName.isEmpty() ? candidate->code : candidate->displayName;
    d.sitting = sitting->code;
    d.levelId = d.kind == reports::CertificateData::Kind::Certificate ? result->level : QStringLiteral("-");
    for (const Level &l : bank.levels) {
        d.levels.emplace_back(l.from, localized(l.name, d.language));
        if (l.id == result->level) {
            d.levelName = localized(l.name, d.language);
            d.levelDescription = localized(l.description, d.language);
        }
    }
    d.score = static_cast<int>(std::lround(result->score));
    d.scoreLow = static_cast<int>(std::lround(result->scoreLow));
    d.scoreHigh = static_cast<int>(std::lround(result->scoreHigh));
    d.bankId = bank.id;
    d.bankHash = bank.contentHash;
    d.bankTitle = localized(bank.title, d.language);
    d.authority = localized(bank.authority, d.language);
    if (parser.isSet(opt("logo"))) {
        d.logo = QImage(parser.value(opt("logo")));
        if (d.logo.isNull()) {
            return inputErrors(err, {tr("%1: not a readable PNG, JPEG or SVG image").arg(parser.value(opt("logo")))});
        }
    }
    for (const Dimension &dim : bank.dimensions) {
        const QJsonObject o = result->dimensions.value(dim.id).toObject();
        QString levelName;
        for (const Level &l : bank.levels) {
            if (l.id == o.value(QStringLiteral("level")).toString()) {
                levelName = localized(l.name, d.language);
            }
        }
        d.dimensions.push_back({localized(dim.name, d.language), o.value(QStringLiteral("theta")).toDouble(),
            o.value(QStringLiteral("se")).toDouble(), levelName});
    }
    const QString keyPath = parser.isSet(opt("key")) ? parser.value(opt("key")) : reports::IssuerKey::defaultPath();
    auto key = reports::IssuerKey::loadOrCreate(keyPath, &error);
    if (!key) {
        return inputErrors(err, {error});
    }
    const QByteArray message = reports::signedMessage(d);
    const QString payload = reports::payload(message, key->sign(message));
    const QString url = parser.value(opt("verify-url"));
    const QString qrText
        = url.isEmpty() ? payload : url + QLatin1Char('#') + QString::fromLatin1(QUrl::toPercentEncoding(payload));
    const QString outPath
        = parser.isSet(opt("out")) ? parser.value(opt("out")) : QStringLiteral("certificate-%1.pdf").arg(d.id);
    if (QFileInfo(outPath).isDir()) {
        return inputErrors(err, {tr("%1 is a folder").arg(outPath)});
    }
    if (!reports::renderCertificate(d, payload, qrText, outPath, &error)) {
        return inputErrors(err, {error});
    }
    store->audit(QDateTime::currentMSecsSinceEpoch(), QStringLiteral("cli"), QStringLiteral("certificate.issue"),
        QStringLiteral("session %1").arg(sessionId), d.id);
    out << (d.kind == reports::CertificateData::Kind::Certificate
            ? tr("certificate %1 written to %2\n")
            : tr("participation attestation %1 written to %2 (the "
                 "result is not precise enough for a certificate)\n"))
               .arg(d.id, outPath);
    out << tr("payload: %1\n").arg(payload);
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
    if (const auto stop = parseCommandLine(parser, command,
            tr("Checks a certificate's signature. Exit status 0 when valid, 1 when not."), arguments, out, err, 1,
            tr("a certificate PDF or its payload"))) {
        return *stop;
    }
    const QString given = parser.positionalArguments().first();
    QString error;
    QString text = given;
    if (QFileInfo(given).isFile()) {
        const auto fromPdf = reports::payloadFromPdf(given, &error);
        if (!fromPdf) {
            return inputErrors(err, {tr("INVALID: %1").arg(error)});
        }
        text = *fromPdf;
    }
    const auto parsed = reports::parsePayload(text, &error);
    if (!parsed) {
        return inputErrors(err, {tr("INVALID: %1").arg(error)});
    }
    QByteArray publicKey;
    if (parser.isSet(opt("public-key"))) {
        QFile f(parser.value(opt("public-key")));
        if (!f.open(QIODevice::ReadOnly)) {
            return inputErrors(err, {tr("%1: cannot read the public key: %2").arg(f.fileName(), f.errorString())});
        }
        publicKey = f.readAll();
    } else {
        auto key = reports::IssuerKey::load(reports::IssuerKey::defaultPath(), &error);
        if (!key) {
            return inputErrors(
                err, {tr("no public key given (--public-key) and no issuer key on this computer: %1").arg(error)});
        }
        publicKey = key->publicKeyPem();
    }
    if (!reports::verifySignature(publicKey, parsed->message, parsed->signature, &error)) {
        out << tr("INVALID: %1\n").arg(error);
        out.flush();
        return Failure;
    }
    out << tr("VALID %1 %2 for %3: level %4, score %5, on %6 (bank %7, %8)\n")
               .arg(parsed->kind == QLatin1String("C") ? tr("certificate") : tr("participation attestation"),
                   parsed->id, parsed->name, parsed->level, parsed->score, parsed->date, parsed->bankId,
                   parsed->bankHash);
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
    if (const auto stop = parseCommandLine(parser, command,
            tr("Writes the static verification page to publish: one HTML file that checks certificates in the "
               "browser with the issuer's public key, offline."),
            arguments, out, err)) {
        return *stop;
    }
    QByteArray pem;
    QString error;
    if (parser.isSet(opt("public-key"))) {
        QFile f(parser.value(opt("public-key")));
        if (!f.open(QIODevice::ReadOnly)) {
            return inputErrors(err, {tr("%1: cannot read the public key: %2").arg(f.fileName(), f.errorString())});
        }
        pem = f.readAll();
        if (!pem.contains("BEGIN PUBLIC KEY")) {
            return inputErrors(err, {tr("%1 is not a public key in PEM").arg(f.fileName())});
        }
    } else {
        auto key = reports::IssuerKey::loadOrCreate(
            parser.isSet(opt("key")) ? parser.value(opt("key")) : reports::IssuerKey::defaultPath(), &error);
        if (!key) {
            return inputErrors(err, {error});
        }
        pem = key->publicKeyPem();
    }
    const QByteArray page = reports::verificationPage(pem, parser.value(opt("authority")));
    QFile f(parser.value(opt("out")));
    if (page.isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(page) != page.size()) {
        return inputErrors(err, {tr("%1: cannot write: %2").arg(f.fileName(), f.errorString())});
    }
    out << tr("verification page written to %1\n").arg(f.fileName());
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
    const QString target = parser.isSet(opt("key")) ? parser.value(opt("key")) : reports::IssuerKey::defaultPath();
    if (!reports::IssuerKey::import(parser.positionalArguments().first(), target, &error)) {
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
    parser.addOption({opt("key"), tr("The issuer's private key (created on first use)."), opt("file")});
    parser.addOption(
        {opt("out"), tr("Write the public key (PEM) to this file instead of the standard output."), opt("file")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Writes the issuer's public key (PEM), to publish for verification."), arguments, out, err)) {
        return *stop;
    }
    QString error;
    auto key = reports::IssuerKey::loadOrCreate(
        parser.isSet(opt("key")) ? parser.value(opt("key")) : reports::IssuerKey::defaultPath(), &error);
    if (!key) {
        return inputErrors(err, {error});
    }
    const QByteArray pem = key->publicKeyPem();
    if (parser.isSet(opt("out"))) {
        QFile f(parser.value(opt("out")));
        if (!f.open(QIODevice::WriteOnly) || f.write(pem) != pem.size()) {
            return inputErrors(err, {tr("%1: cannot write: %2").arg(f.fileName(), f.errorString())});
        }
    } else {
        out << QString::fromLatin1(pem);
        out.flush();
    }
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
    QString error;
    auto store = store::Store::open(
        parser.isSet(opt("db")) ? parser.value(opt("db")) : store::Store::defaultLocation(), &error);
    if (!store) {
        return inputErrors(err, {error});
    }
    const QString path
        = parser.isSet(opt("out")) ? parser.value(opt("out")) : QStringLiteral("report-%1.pdf").arg(sessionId);
    if (!reports::renderCandidateReport(*store, sessionId, language, path, &error)) {
        return inputErrors(err, {error});
    }
    out << tr("report written to %1\n").arg(path);
    out.flush();
    return Success;
}

} // namespace

int reportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.value(0) == QLatin1String("candidate")) {
        return candidateReport(arguments.mid(1), out, err);
    }
    err << tr("aicet-cli report: expected candidate\n");
    err.flush();
    return UsageError;
}

int certificateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("issue")) {
        return issue(arguments.mid(1), out, err);
    }
    if (sub == QLatin1String("verify")) {
        return verify(arguments.mid(1), out, err);
    }
    if (sub == QLatin1String("verify-page")) {
        return verifyPage(arguments.mid(1), out, err);
    }
    if (sub == QLatin1String("import-key")) {
        return importKey(arguments.mid(1), out, err);
    }
    if (sub == QLatin1String("export-key")) {
        return exportKey(arguments.mid(1), out, err);
    }
    err << tr("aicet-cli certificate: expected issue, verify, verify-page, import-key or export-key\n");
    err.flush();
    return UsageError;
}

} // namespace aicet::cli
