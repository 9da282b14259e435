#include "credentials/Credential.h"

#include "io/UserFile.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>

namespace aicet {
namespace {

constexpr qint64 kMaxCertificateBytes = 20 * 1024 * 1024;

QByteArray base64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QString newCertificateId()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
    QString id;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0) {
            id.append(QLatin1Char('-'));
        }
        id.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]));
    }
    return id;
}

QByteArray signedMessage(const Credential &d)
{
    QString name = d.name;
    name.replace(QLatin1Char('|'), QLatin1Char('/'));
    const QStringList fields = {QStringLiteral("AICET1"),
        d.kind == Credential::Kind::Certificate ? QStringLiteral("C") : QStringLiteral("A"), d.id,
        d.date.toString(Qt::ISODate), name, d.kind == Credential::Kind::Certificate ? d.levelId : QStringLiteral("-"),
        d.kind == Credential::Kind::Certificate ? QString::number(d.score) : QStringLiteral("-"), d.bankId,
        d.bankHash.left(16)};
    return fields.join(QLatin1Char('|')).toUtf8();
}

QString payload(const QByteArray &message, const QByteArray &signature)
{
    return QString::fromUtf8(message) + QLatin1Char('|') + QString::fromLatin1(base64url(signature));
}

std::optional<ParsedPayload> parsePayload(const QString &input, QString *error)
{
    QString text = input.trimmed();
    if (const qsizetype hash = text.indexOf(QLatin1Char('#')); hash >= 0 && text.contains(QLatin1String("://"))) {
        text = QUrl::fromPercentEncoding(text.mid(hash + 1).toUtf8());
    }
    const QStringList f = text.split(QLatin1Char('|'));
    if (f.size() != 10 || f[0] != QLatin1String("AICET1")) {
        *error = CredentialText::tr(
            "this is not an AICET certificate payload (it must start with AICET1 and have 10 fields)");
        return std::nullopt;
    }
    if (f[1] != QLatin1String("C") && f[1] != QLatin1String("A")) {
        *error = CredentialText::tr("unknown kind of document \"%1\"").arg(f[1]);
        return std::nullopt;
    }
    ParsedPayload p;
    p.kind = f[1], p.id = f[2], p.date = f[3], p.name = f[4], p.level = f[5], p.score = f[6], p.bankId = f[7],
    p.bankHash = f[8];
    // One encoding only, as written by payload(): 86 characters of base64url, no padding, no
    // spaces, no other alphabet, unused bits zero; every verifier (this one, the page) refuses
    // any other spelling of the same bytes.
    const QByteArray encoded = f[9].toLatin1();
    p.signature = QByteArray::fromBase64(encoded, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (f[9].size() != 86 || p.signature.size() != 64 || base64url(p.signature) != encoded
        || QString::fromLatin1(encoded) != f[9]) {
        *error = CredentialText::tr("the signature is damaged (it must be 64 bytes in base64url, written one way)");
        return std::nullopt;
    }
    p.message = f.mid(0, 9).join(QLatin1Char('|')).toUtf8();
    return p;
}

std::optional<QByteArray> readCertificateFile(const QString &path, QString *error)
{
    // A certificate, logo included, is far smaller; a device or a pipe is refused, not read.
    return io::readUserFile(path, kMaxCertificateBytes, error);
}

std::optional<QString> payloadFromPdf(const QString &path, QString *error)
{
    const auto read = readCertificateFile(path, error);
    if (!read) {
        return std::nullopt;
    }
    return payloadFromPdfBytes(*read, path, error);
}

std::optional<QString> payloadFromPdfBytes(const QByteArray &pdf, const QString &path, QString *error)
{
    if (!pdf.startsWith("%PDF-")) {
        *error = CredentialText::tr("%1 is not a PDF file").arg(path);
        return std::nullopt;
    }
    const QByteArray open = "<aicet:payload>", close = "</aicet:payload>";
    const qsizetype start = pdf.indexOf(open);
    const qsizetype end = start < 0 ? -1 : pdf.indexOf(close, start);
    if (start < 0 || end < 0) {
        *error = CredentialText::tr("%1 holds no AICET certificate payload").arg(path);
        return std::nullopt;
    }
    QString text = QString::fromUtf8(pdf.mid(start + open.size(), end - start - open.size()));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

} // namespace aicet
