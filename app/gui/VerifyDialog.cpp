#include "VerifyDialog.h"

#include "services/Credentials.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aicet::gui {

VerifyDialog::VerifyDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Verify a certificate"));
    setObjectName(QStringLiteral("verify-dialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Paste the text printed under the certificate's QR code, or open the certificate PDF."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("verify-input"));
    m_input->setAccessibleName(tr("Certificate text"));
    layout->addWidget(m_input);
    auto *form = new QFormLayout;
    m_keyFile = new QLineEdit(this);
    m_keyFile->setObjectName(QStringLiteral("verify-key"));
    m_keyFile->setPlaceholderText(tr("this computer's issuer key"));
    m_keyFile->setAccessibleName(tr("Public key of the issuer"));
    form->addRow(tr("Issuer's public key (PEM):"), m_keyFile);
    layout->addLayout(form);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("verify-result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *openPdf = buttons->addButton(tr("Open a PDF…"), QDialogButtonBox::ActionRole);
    auto *checkButton = buttons->addButton(tr("Verify"), QDialogButtonBox::ActionRole);
    checkButton->setObjectName(QStringLiteral("verify-check"));
    checkButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(checkButton, &QPushButton::clicked, this, [this] { check(m_input->toPlainText()); });
    connect(openPdf, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate"), QString(), tr("PDF (*.pdf)"));
        if (!file.isEmpty()) {
            m_input->setPlainText(file);
            check(file);
        }
    });
    resize(640, 360);
}

void VerifyDialog::setPublicKeyFile(const QString &path)
{
    m_keyFile->setText(path);
}

QString VerifyDialog::verdict() const
{
    return m_result->text();
}

bool VerifyDialog::check(const QString &input)
{
    auto fail = [&](const QString &why) {
        m_result->setText(tr("<b>Not authentic.</b> %1").arg(why.toHtmlEscaped()));
        return false;
    };
    QByteArray pem;
    if (!m_keyFile->text().isEmpty()) {
        QFile f(m_keyFile->text());
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(tr("cannot read the public key %1").arg(f.fileName()));
        }
        pem = f.readAll();
    }
    const auto v = services::Credentials::verify(input, pem, {});
    if (!v.valid) {
        return fail(v.error);
    }
    const ParsedPayload &p = v.payload;
    m_result->setText(
        tr("<b>Authentic %1.</b><br>Name: %2<br>Level: %3 — score %4<br>Date: %5<br>Number: %6<br>Bank: %7 (%8)")
            .arg(p.kind == QLatin1String("C") ? tr("certificate") : tr("participation attestation"),
                p.name.toHtmlEscaped(), p.level.toHtmlEscaped(), p.score, p.date, p.id, p.bankId.toHtmlEscaped(),
                p.bankHash));
    return true;
}

} // namespace aicet::gui
