#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace aicet {

/// What a certificate (or a participation attestation) states: the signed facts and what is
/// printed around them. Built by the credentials service, rendered by the reports library.
struct Credential
{
    enum class Kind : unsigned char {
        Certificate, ///< finished normally with an SE under the bank's certification threshold
        Attestation, ///< participation only: clearly different, no level certified
    };

    struct DimensionLine
    {
        QString name;
        double theta = 0.0;
        double se = 0.0;
        QString levelName; ///< empty: not enough evidence
    };

    Kind kind = Kind::Certificate;
    QString id;
    QDate date;
    QString name; ///< the candidate's name as printed
    QString sitting;
    QString levelId;
    QString levelName;
    QString levelDescription;
    int score = 0;
    int scoreLow = 0;
    int scoreHigh = 0;
    /// The interval is open at that end (printed "at most" / "at least"); not signed.
    bool scoreLowOpen = false;
    bool scoreHighOpen = false;
    QString bankId;
    QString bankHash;
    QString bankTitle;
    QString bankVersion;
    QString authority;
    QString signatory; ///< who signs for the authority (name and title); empty: none printed
    QString language = QStringLiteral("fr");
    QString keyId; ///< the short id of the signing key, printed on the document
    std::vector<DimensionLine> dimensions;
    /// Whether the areas add to the overall result (a profile chart); otherwise the document only
    /// names the areas the test covered. Not part of the signed payload.
    bool profile = true;
    /// θ cut scores of the bank's levels and their names, for the profile chart.
    std::vector<std::pair<double, QString>> levels;
};

/// A new certificate id: 12 characters of Crockford's base32 (no I, L, O or U), from the system's
/// cryptographic generator, grouped as XXXX-XXXX-XXXX.
QString newCertificateId();

/// The signed part of the payload: AICET1|kind|id|date|name|level|score|bank|hash, where kind is C
/// (certificate) or A (attestation: level and score are "-", nothing is certified) and hash the
/// first 16 hex digits of the bank's content hash.
QByteArray signedMessage(const Credential &credential);

/// The whole payload: the signed part, "|", then the Ed25519 signature in base64url.
QString payload(const QByteArray &message, const QByteArray &signature);

/// A payload read back: its fields and the parts to verify.
struct ParsedPayload
{
    QString kind;
    QString id;
    QString date;
    QString name;
    QString level;
    QString score;
    QString bankId;
    QString bankHash;
    QByteArray message;
    QByteArray signature;
};

/// Reads a payload typed in, or the address the QR code holds (the payload after '#').
std::optional<ParsedPayload> parsePayload(const QString &text, QString *error);

/// The payload embedded in a certificate PDF's metadata.
std::optional<QString> payloadFromPdf(const QString &path, QString *error);
/// The same from the PDF's bytes (`path` names it in messages).
std::optional<QString> payloadFromPdfBytes(const QByteArray &pdf, const QString &path, QString *error);
/// A certificate PDF's bytes, size-bounded; devices, pipes and folders refused.
std::optional<QByteArray> readCertificateFile(const QString &path, QString *error);

/// Translations of this file's messages.
class CredentialText
{
    Q_DECLARE_TR_FUNCTIONS(Credential)
};

} // namespace aicet
