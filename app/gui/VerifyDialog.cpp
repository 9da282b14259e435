#include "VerifyDialog.h"

#include "services/Credentials.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace aicet::gui {

VerifyDialog::VerifyDialog(const QByteArray &publicKeyPem, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_publicKey(publicKeyPem)
    , m_language(language)
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
    auto v = services::Credentials::verifyPayload(input, m_publicKey, {});
    if (v.valid && m_registerCheck) {
        m_registerCheck(&v);
    }
    if (!v.valid) {
        return fail(v.error);
    }
    const ParsedPayload &p = v.payload;
    // The signed content in full, the level by its name: the reader compares it with the paper.
    const bool certificate = p.kind == QLatin1String("C");
    QString html = tr("<b>Authentic %1.</b>").arg(certificate ? tr("certificate") : tr("participation attestation"));
    html += QStringLiteral("<br>") + tr("Number: %1").arg(p.id.toHtmlEscaped());
    html += QStringLiteral("<br>") + tr("Name: %1").arg(p.name.toHtmlEscaped());
    html += QStringLiteral("<br>") + tr("Date: %1").arg(p.date.toHtmlEscaped());
    if (certificate) {
        html += QStringLiteral("<br>")
            + tr("Level: %1 — score %2")
                  .arg(services::Credentials::levelName(p, m_language).toHtmlEscaped(), p.score.toHtmlEscaped());
    }
    html += QStringLiteral("<br>") + tr("Bank: %1 (%2)").arg(p.bankId.toHtmlEscaped(), p.bankHash.toHtmlEscaped());
    html += QStringLiteral("<br><b>%1</b>").arg(tr("Check that the document shows exactly this."));
    m_result->setText(html);
    return true;
}

} // namespace aicet::gui
