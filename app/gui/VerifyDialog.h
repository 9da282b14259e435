#pragma once

#include "services/Credentials.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;

namespace aicet::gui {

/// Checks a certificate on this computer from its payload, typed, pasted or scanned (a QR code
/// scanner types it), against this computer's issuer key or the key given. It opens no file and
/// offers no file dialog: the pupil's window is a kiosk.
class VerifyDialog : public QDialog
{
    Q_OBJECT

public:
    /// `publicKeyPem`: the issuer's public key; empty: this computer's issuer key. `language`:
    /// of the level's name ("fr" or "en").
    explicit VerifyDialog(
        const QByteArray &publicKeyPem = {}, const QString &language = QStringLiteral("fr"), QWidget *parent = nullptr);
    /// The register of issued documents, when this computer has the database: a revoked
    /// document is then not authentic (the window hands in Credentials::checkRegister).
    void setRegisterCheck(std::function<void(services::Credentials::Verification *)> check)
    {
        m_registerCheck = std::move(check);
    }
    /// Checks `text` (a payload, or the QR code's address) and shows the verdict. Returns whether
    /// the certificate is authentic.
    bool check(const QString &text);
    QString verdict() const;

private:
    QByteArray m_publicKey;
    std::function<void(services::Credentials::Verification *)> m_registerCheck;
    QString m_language;
    QPlainTextEdit *m_input = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace aicet::gui
