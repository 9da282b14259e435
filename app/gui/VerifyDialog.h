#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace aicet::gui {

/// Checks a certificate on this computer: its payload typed or pasted, or a certificate PDF, against
/// the issuer's public key (this computer's issuer key by default, or a published key file).
class VerifyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VerifyDialog(QWidget *parent = nullptr);
    /// Checks `text` (a payload, the QR code's address, or a PDF path) and shows the verdict.
    /// Returns whether the certificate is authentic.
    bool check(const QString &text);
    QString verdict() const;
    void setPublicKeyFile(const QString &path);

private:
    QPlainTextEdit *m_input = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace aicet::gui
