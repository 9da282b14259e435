#include "VerifyDialog.h"

#include "services/Credentials.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aicet::gui {

VerifyDialog::VerifyDialog(const QByteArray &publicKeyPem, QWidget *parent)
    : QDialog(parent)
    , m_publicKey(publicKeyPem)
{
    setWindowTitle(tr("Verify a certificate"));
    setObjectName(QStringLiteral("verify-dialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Type or paste the text printed under the certificate's QR code, or scan the QR code with a scanner."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("verify-input"));
    m_input->setAccessibleName(tr("Certificate text"));
    m_input->setTabChangesFocus(true);
    layout->addWidget(m_input);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("verify-result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto *checkButton = buttons->addButton(tr("Verify"), QDialogButtonBox::ActionRole);
    checkButton->setObjectName(QStringLiteral("verify-check"));
    checkButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(checkButton, &QPushButton::clicked, this, [this] { check(m_input->toPlainText()); });
    resize(640, 360);
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
    // Only a payload: a file name is not opened, whatever it names.
    if (input.trimmed().isEmpty()) {
        return fail(tr("type or paste the text printed under the QR code first"));
    }
    const auto v = services::Credentials::verifyPayload(input, m_publicKey, {});
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
