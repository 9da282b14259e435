#pragma once

#include "credentials/Credential.h"

#include <QByteArray>
#include <QImage>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <vector>

namespace aicet::reports {

/// The QR code of `text` (libqrencode, error correction M), one pixel per module, with a quiet zone.
QImage qrCode(const QString &text);

/// Renders the certificate (A4 PDF) with its QR code holding `qrText`, the payload printed as text
/// and embedded in the PDF's XMP metadata, and the authority's `logo` (optional) at the top right.
/// Returns the PDF, or nothing with `error` set.
QByteArray renderCertificate(const Credential &credential, const QImage &logo, const QString &payloadText,
    const QString &qrText, QString *error);

/// One document of a batch to print: what it states, its payload and its QR code's text.
struct CertificatePage
{
    Credential credential;
    QString payload;
    QString qrText;
};
/// Several certificates and attestations in one PDF, one per page, to print them all at once
/// (each pupil's own PDF, with the payload in its metadata, is the document to keep and check).
QByteArray renderCertificates(
    const std::vector<CertificatePage> &pages, const QImage &logo, const QString &title, QString *error);

/// Whether a certificate PDF's visible text shows exactly what its payload signs: the number
/// (and no other), the name, the date, the level by its name (`levelName` gives it in the
/// document's language: the bank is needed), the score, the payload printed under the QR code; an
/// attestation shows neither level nor score. False with `why` listing what differs.
bool checkPrintedCertificate(const QByteArray &pdf, const ParsedPayload &payload,
    const std::function<QString(const QString &language)> &levelName, QString *why);

/// The static verification page (one HTML file, script included) holding the issuer's public key:
/// published by the authority, opened by the QR code's address with the payload after '#'.
/// `levels`: for each bank ("id:first 16 hex digits of its hash"), each level id's names by
/// language, so that the page shows a level's name rather than its id.
QByteArray verificationPage(const QByteArray &publicKeyPem, const QString &authority, const QJsonObject &levels = {});

} // namespace aicet::reports
