#pragma once

#include "credentials/Credential.h"
#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace aicet::services {

/// Certificates and participation attestations: which one a session has earned, what it states,
/// its signature, and checking one. Rendering is the caller's (the reports library), handed in
/// as a function, so that this rule lives in one place for the command line and the windows.
class Credentials
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)

public:
    explicit Credentials(const ServiceContext &context);

    struct IssueRequest
    {
        qint64 sessionId = 0;
        QString language; ///< empty: the sitting's, else the bank's
        QString keyPath; ///< the issuer's private key (created on first use)
        QString verifyUrl; ///< the published verification page; empty: the QR code holds the payload
        QString outPath; ///< the PDF to write, a new file; empty: certificate-<id>.pdf
    };
    /// Renders a credential with its payload and QR text into PDF bytes (empty, with `error`, on failure).
    using Renderer = std::function<QByteArray(
        const Credential &credential, const QString &payload, const QString &qrText, QString *error)>;

    enum class IssueError : unsigned char {
        None,
        NotFound,
        NotFinished, ///< nothing can be certified yet
        NotEligible, ///< a practice test, or nothing answered: no document at all
        InvalidRequest, ///< a language the bank lacks
        BankUnavailable,
        KeyUnavailable,
        WriteFailed, ///< the PDF could not be written: nothing was issued
        StoreFailure,
    };
    struct Issued
    {
        IssueError error = IssueError::None;
        QString message;
        Credential credential;
        QString payload;
        QString path;
        bool reissued = false; ///< the same document as before (same number), issued again
        QString attestationBecause; ///< why an attestation rather than a certificate
    };
    /// Decides certificate or attestation, signs, renders, writes the PDF whole (or not at all),
    /// then records the issue in the audit log.
    Issued issue(const IssueRequest &request, const Renderer &render);

    struct Verification
    {
        bool valid = false;
        QString error; ///< why it is not valid
        ParsedPayload payload;
        QString note; ///< what the register says (checkRegister)
    };
    /// Checks that a certificate PDF's visible text shows exactly the signed payload (`why` says
    /// what differs). The document's layout is the reports library's: it is handed in.
    using PrintedCheck = std::function<bool(const QByteArray &pdf, const ParsedPayload &payload, QString *why)>;
    /// Checks a payload (typed, from the QR code's address, or read from a certificate PDF when
    /// `input` is a file) with the issuer's public key: `publicKeyPem`, else the key at `keyPath`.
    /// For a PDF, `printed` (when given) must also find the signed content on the page.
    static Verification verify(
        const QString &input, const QByteArray &publicKeyPem, const QString &keyPath, const PrintedCheck &printed = {});
    /// The same for a payload only (typed, pasted or scanned, or the QR code's address): never
    /// reads a file, whatever the text says (the pupil's window uses it).
    static Verification verifyPayload(const QString &text, const QByteArray &publicKeyPem, const QString &keyPath);

    /// The rule: no document for a practice sitting or a session without answers (nullopt, `why`
    /// says which); a certificate for a session that finished normally with at least the sitting's
    /// minimum number of scored answers, a level, a standard error within the bank's certificate
    /// threshold, and a name when the sitting collects names; otherwise an attestation (`why`
    /// lists what was missing).
    static std::optional<Credential::Kind> earned(const store::SittingRecord &sitting,
        const store::SessionRecord &session, const store::CandidateRecord &candidate, const store::ResultRecord &result,
        const ItemBank &bank, QString *why);

    /// Completes a valid verification with this database's register: a revoked document, or a
    /// number registered for another content, is not valid; a number not in the register is noted.
    bool checkRegister(Verification *verification);

    /// The name of the payload's level in `language` when the bundled bank is the payload's bank,
    /// else its id; empty for an attestation.
    static QString levelName(const ParsedPayload &payload, const QString &language);

    /// The signed list of revoked numbers the authority publishes beside its verification page:
    /// "AICET-REVOKED1|key id|date|number,number,…|signature" (Ed25519, base64url, as payloads).
    std::optional<QString> revocationList(const QString &keyPath, QString *error);

    struct Revoked
    {
        bool done = false;
        QString message;
    };
    /// Revokes an issued document (the reason is required and recorded; audited).
    Revoked revoke(const QString &number, const QString &reason);

private:
    ServiceContext m_context;
};

} // namespace aicet::services
