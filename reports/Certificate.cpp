#include "Certificate.h"

#include "DocumentText.h"
#include "Translate.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <qrencode.h>

#include <cmath>
#include <memory>
#include <poppler-qt6.h>

namespace aicet::reports {
namespace {

// The certificate's own words, in the document's language (the certificate's, not the
// interface's): English sources, translated with Qt Linguist like every other text.
QString words(const QString &language, const char *key)
{
    struct Entry
    {
        const char *key, *text;
    };
    static const Entry entries[] = {
        {"certificate",
            QT_TRANSLATE_NOOP("aicet::reports::Document", "Certificate of competence in artificial intelligence")},
        {"attestation", QT_TRANSLATE_NOOP("aicet::reports::Document", "Attestation of participation")},
        {"attestation-note",
            QT_TRANSLATE_NOOP("aicet::reports::Document",
                "This attestation confirms taking part in the test. It certifies no level: the test did not gather "
                "enough evidence for that.")},
        {"awarded", QT_TRANSLATE_NOOP("aicet::reports::Document", "is awarded to")},
        {"given", QT_TRANSLATE_NOOP("aicet::reports::Document", "is given to")},
        {"level", QT_TRANSLATE_NOOP("aicet::reports::Document", "Level reached")},
        {"score", QT_TRANSLATE_NOOP("aicet::reports::Document", "Score")},
        {"interval", QT_TRANSLATE_NOOP("aicet::reports::Document", "confidence interval")},
        {"at-least", QT_TRANSLATE_NOOP("aicet::reports::Document", "very likely at least %1")},
        {"at-most", QT_TRANSLATE_NOOP("aicet::reports::Document", "very likely at most %1")},
        {"profile", QT_TRANSLATE_NOOP("aicet::reports::Document", "Profile by area")},
        {"areas", QT_TRANSLATE_NOOP("aicet::reports::Document", "Areas covered by the test")},
        {"areas-note",
            QT_TRANSLATE_NOOP("aicet::reports::Document",
                "The level is for all these areas together: with a few questions each, a level per area would say "
                "nothing more than the overall one.")},
        {"not-enough", QT_TRANSLATE_NOOP("aicet::reports::Document", "not enough evidence")},
        {"date", QT_TRANSLATE_NOOP("aicet::reports::Document", "Date")},
        {"sitting", QT_TRANSLATE_NOOP("aicet::reports::Document", "Sitting")},
        {"id", QT_TRANSLATE_NOOP("aicet::reports::Document", "Certificate number")},
        {"id-attestation", QT_TRANSLATE_NOOP("aicet::reports::Document", "Attestation number")},
        {"for", QT_TRANSLATE_NOOP("aicet::reports::Document", "For %1: %2")},
        {"verify",
            QT_TRANSLATE_NOOP("aicet::reports::Document",
                "Verify: scan the QR code, or type the text below into the AICET verification tool.")},
        {"bank", QT_TRANSLATE_NOOP("aicet::reports::Document", "Question bank")},
        {"version", QT_TRANSLATE_NOOP("aicet::reports::Document", "Test version")},
        {"key", QT_TRANSLATE_NOOP("aicet::reports::Document", "issuer's key")},
    };
    for (const Entry &e : entries) {
        if (qstrcmp(e.key, key) == 0) {
            return documentText(e.text, language);
        }
    }
    return QString::fromLatin1(key);
}

} // namespace

QImage qrCode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code) {
        return {};
    }
    const int quiet = 4;
    const int size = code->width + 2 * quiet;
    QImage image(size, size, QImage::Format_Mono);
    image.fill(1);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) {
                image.setPixel(x + quiet, y + quiet, 0);
            }
        }
    }
    QRcode_free(code);
    return image;
}

namespace {

// One certificate or attestation on the painter's current page (A4 at the writer's resolution).
bool paintCertificate(QPainter &p, const QPdfWriter &writer, const Credential &d, const QImage &logoImage,
    const QString &payloadText, const QString &qrText, QString *error)
{
    const bool certificate = d.kind == Credential::Kind::Certificate;
    const double mm = writer.resolution() / 25.4;
    auto at = [&](double x, double y) { return QPointF(x * mm, y * mm); };
    auto box = [&](double x, double y, double w, double h) { return QRectF(x * mm, y * mm, w * mm, h * mm); };
    auto font = [&](double points, bool bold = false) {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(points);
        f.setBold(bold);
        // No ligatures ("fi" as one glyph): the text must read back and search as typed.
        f.setStyleStrategy(QFont::PreferNoShaping);
        p.setFont(f);
    };
    const QColor blue(0x1f, 0x5f, 0xa8), grey(0x55, 0x55, 0x55);

    // Border and header.
    p.setPen(QPen(certificate ? blue : grey, 0.8 * mm));
    p.drawRect(box(10, 10, 190, 277));
    p.setPen(certificate ? blue : grey);
    font(12, true);
    p.drawText(box(20, 18, 170, 8), Qt::AlignLeft, d.authority);
    font(9);
    p.drawText(box(20, 26, 170, 6), Qt::AlignLeft, d.bankTitle);
    if (!logoImage.isNull()) {
        const QImage logo = logoImage.scaled(
            QSize(static_cast<int>(35 * mm), static_cast<int>(18 * mm)), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        p.drawImage(QPointF((190 - 2) * mm - logo.width(), 14 * mm), logo);
    }
    font(22, true);
    p.drawText(box(20, 40, 170, 22), Qt::AlignCenter | Qt::TextWordWrap,
        certificate ? words(d.language, "certificate") : words(d.language, "attestation"));
    p.setPen(Qt::black);
    font(12);
    p.drawText(
        box(20, 66, 170, 7), Qt::AlignCenter, certificate ? words(d.language, "awarded") : words(d.language, "given"));
    // The name whole, up to 80 characters: the size goes down until it fits the line.
    double nameSize = 20;
    for (font(nameSize, true); nameSize > 9 && p.fontMetrics().horizontalAdvance(d.name) > 168 * mm; nameSize -= 0.5) {
        font(nameSize - 0.5, true);
    }
    p.drawText(box(20, 74, 170, 12), Qt::AlignCenter, d.name);

    double y = 92;
    if (certificate) {
        font(11);
        p.drawText(box(20, y, 170, 7), Qt::AlignCenter, words(d.language, "level"));
        font(18, true);
        p.setPen(blue);
        p.drawText(box(20, y + 7, 170, 10), Qt::AlignCenter, d.levelName);
        p.setPen(Qt::black);
        font(10);
        p.drawText(box(30, y + 18, 150, 16), Qt::AlignCenter | Qt::TextWordWrap, d.levelDescription);
        font(11);
        // An interval open at one end says only the bound that holds (beyond the range the bank
        // measures, the other would not).
        const QString interval = d.scoreHighOpen && !d.scoreLowOpen ? words(d.language, "at-least").arg(d.scoreLow)
            : d.scoreLowOpen && !d.scoreHighOpen
            ? words(d.language, "at-most").arg(d.scoreHigh)
            : QStringLiteral("%1 %2–%3").arg(words(d.language, "interval")).arg(d.scoreLow).arg(d.scoreHigh);
        p.drawText(box(20, y + 35, 170, 7), Qt::AlignCenter,
            QStringLiteral("%1 %2 (%3)").arg(words(d.language, "score")).arg(d.score).arg(interval));
        y += 48;
    }
    if (certificate && !d.profile) {
        // The areas measure one ability: named, without a level each.
        font(12, true);
        p.drawText(box(20, y, 170, 8), Qt::AlignLeft, words(d.language, "areas"));
        y += 10;
        font(9);
        QStringList names;
        for (const auto &dim : d.dimensions) {
            names << dim.name;
        }
        p.drawText(box(20, y, 170, 12), Qt::AlignLeft | Qt::TextWordWrap, names.join(QStringLiteral(" · ")));
        y += 13;
        font(8);
        p.setPen(grey);
        p.drawText(box(20, y, 170, 10), Qt::AlignLeft | Qt::TextWordWrap, words(d.language, "areas-note"));
        p.setPen(Qt::black);
        y += 12;
    } else if (certificate) {
        // Profile chart: one bar per dimension on the θ scale from −3 to 3, level cuts as lines.
        font(12, true);
        p.drawText(box(20, y, 170, 8), Qt::AlignLeft, words(d.language, "profile"));
        y += 10;
        const double left = 75, width = 105;
        auto xOf = [&](double theta) { return left + width * (std::clamp(theta, -3.0, 3.0) + 3.0) / 6.0; };
        font(8);
        p.setPen(QPen(grey, 0.2 * mm, Qt::DashLine));
        const double chartHeight = 9.0 * static_cast<double>(d.dimensions.size());
        for (const auto &[cut, name] : d.levels) {
            if (std::isfinite(cut)) {
                p.drawLine(at(xOf(cut), y - 2), at(xOf(cut), y + chartHeight));
            }
        }
        p.setPen(grey);
        // Each level's name centred under its band, on two rows that alternate: a long name never
        // runs into its neighbour's, however narrow the bands.
        font(6.5);
        for (std::size_t i = 0; i < d.levels.size(); ++i) {
            const double from = std::isfinite(d.levels[i].first) ? d.levels[i].first : -3.0;
            const double to = i + 1 < d.levels.size() ? d.levels[i + 1].first : 3.0;
            const double centre = (xOf(from) + xOf(to)) / 2.0;
            p.drawText(box(centre - 20.0, y + chartHeight + 0.5 + 3.2 * static_cast<double>(i % 2), 40.0, 4),
                Qt::AlignHCenter | Qt::AlignTop, d.levels[i].second);
        }
        for (const auto &dim : d.dimensions) {
            p.setPen(Qt::black);
            font(9);
            font(8);
            p.drawText(box(20, y - 1, 54, 9), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, dim.name);
            const bool enough = !dim.levelName.isEmpty();
            p.fillRect(box(left, y + 1.5, xOf(dim.theta) - left, 4), enough ? blue : QColor(0xcc, 0xcc, 0xcc));
            font(8);
            p.drawText(box(xOf(dim.theta) + 1.5, y, 40, 7), Qt::AlignLeft | Qt::AlignVCenter,
                enough ? dim.levelName : words(d.language, "not-enough"));
            y += 9;
        }
        y += 10;
    } else {
        font(11);
        p.drawText(box(25, y + 5, 160, 30), Qt::AlignCenter | Qt::TextWordWrap, words(d.language, "attestation-note"));
        y += 45;
    }

    // Facts, QR code and the payload to type in.
    font(10);
    p.setPen(Qt::black);
    const QLocale locale(d.language == QLatin1String("fr") ? QLocale::French : QLocale::English);
    // French puts a (non-breaking) space before a colon; English does not.
    const QString colon = d.language == QLatin1String("fr") ? QStringLiteral("%1\u00a0: %2") : QStringLiteral("%1: %2");
    p.drawText(box(20, 205, 110, 6), Qt::AlignLeft,
        colon.arg(words(d.language, "date"), locale.toString(d.date, QLocale::LongFormat)));
    p.drawText(box(20, 212, 110, 6), Qt::AlignLeft, colon.arg(words(d.language, "sitting"), d.sitting));
    // The test's version in small type: the bank, its version and content, the signing key.
    font(7.5);
    p.setPen(grey);
    p.drawText(box(20, 219, 110, 6), Qt::AlignLeft,
        colon.arg(words(d.language, "version"),
            QStringLiteral("%1 %2 (%3) · %4 %5")
                .arg(d.bankId, d.bankVersion, d.bankHash.left(16), words(d.language, "key"), d.keyId)));
    p.setPen(Qt::black);
    font(11, true);
    p.drawText(
        box(20, 228, 110, 7), Qt::AlignLeft, colon.arg(words(d.language, certificate ? "id" : "id-attestation"), d.id));
    // The signatory block, when the bank names who signs for the authority.
    if (!d.signatory.isEmpty()) {
        font(9);
        p.drawText(box(20, 237, 115, 12), Qt::AlignLeft | Qt::TextWordWrap,
            words(d.language, "for").arg(d.authority, d.signatory));
    }
    const QImage qr = qrCode(qrText);
    if (qr.isNull()) {
        *error = ReportsText::tr("the QR code cannot hold this payload");
        return false;
    }
    // Scaled up without smoothing, so that every module stays a sharp square in the PDF.
    p.drawImage(box(140, 200, 50, 50),
        qr.scaled(qr.width() * 12, qr.height() * 12, Qt::IgnoreAspectRatio, Qt::FastTransformation));
    font(7.5);
    p.setPen(grey);
    p.drawText(box(20, 252, 170, 6), Qt::AlignLeft, words(d.language, "verify"));
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setPointSizeF(6.5);
    mono.setStyleStrategy(QFont::PreferNoShaping);
    p.setFont(mono);
    p.setPen(Qt::black);
    p.drawText(box(20, 258, 170, 22), Qt::AlignLeft | Qt::TextWrapAnywhere, payloadText);
    return true;
}

void setUpWriter(QPdfWriter &writer, const QString &title)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("AICET"));
}

} // namespace

QByteArray renderCertificate(
    const Credential &d, const QImage &logoImage, const QString &payloadText, const QString &qrText, QString *error)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    const bool certificate = d.kind == Credential::Kind::Certificate;
    setUpWriter(writer, certificate ? words(d.language, "certificate") : words(d.language, "attestation"));
    QByteArray escaped = payloadText.toHtmlEscaped().toUtf8();
    writer.setDocumentXmpMetadata(
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        "<rdf:Description rdf:about=\"\" xmlns:aicet=\"https://aicet.montpellier3m.fr/ns/1.0/\">"
        "<aicet:payload>"
        + escaped + "</aicet:payload></rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>");
    QPainter p;
    if (!p.begin(&writer)) {
        *error = ReportsText::tr("cannot draw the PDF");
        return {};
    }
    const bool painted = paintCertificate(p, writer, d, logoImage, payloadText, qrText, error);
    p.end();
    if (!painted) {
        return {};
    }
    buffer.close();
    return pdf;
}

QByteArray renderCertificates(
    const std::vector<CertificatePage> &pages, const QImage &logo, const QString &title, QString *error)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpWriter(writer, title);
    QPainter p;
    if (pages.empty() || !p.begin(&writer)) {
        *error = ReportsText::tr("cannot draw the PDF");
        return {};
    }
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0 && !writer.newPage()) {
            *error = ReportsText::tr("cannot draw the PDF");
            return {};
        }
        if (!paintCertificate(p, writer, pages[i].credential, logo, pages[i].payload, pages[i].qrText, error)) {
            p.end();
            return {};
        }
    }
    p.end();
    buffer.close();
    return pdf;
}

QByteArray verificationPage(const QByteArray &publicKeyPem, const QString &authority, const QJsonObject &levels)
{
    QFile f(QStringLiteral(":/aicet/verify-page.html"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray page = f.readAll();
    page.replace("%PUBLIC_KEY_PEM%", publicKeyPem.trimmed());
    page.replace("%AUTHORITY%", authority.toHtmlEscaped().toUtf8());
    // JSON inside a script element: '<' only occurs in its strings, where \u003c says the same.
    page.replace("%LEVELS%", QJsonDocument(levels).toJson(QJsonDocument::Compact).replace("<", "\\u003c"));
    return page;
}

bool checkPrintedCertificate(const QByteArray &pdf, const ParsedPayload &payload,
    const std::function<QString(const QString &language)> &levelName, QString *why)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(pdf);
    if (!document || document->isLocked()) {
        *why = ReportsText::tr("the PDF cannot be read");
        return false;
    }
    // A certificate is one page: a second page could carry another copy of anything.
    if (document->numPages() != 1) {
        *why = ReportsText::tr("a certificate has one page; this document has %1").arg(document->numPages());
        return false;
    }
    QStringList lines;
    for (int i = 0; i < document->numPages(); ++i) {
        if (const std::unique_ptr<Poppler::Page> page = document->page(i)) {
            for (const QString &line : page->text(QRectF()).split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty()) {
                    lines.append(line.simplified());
                }
            }
        }
    }
    const bool certificate = payload.kind == QLatin1String("C");
    // The document's language, from the label of its number.
    QString language;
    for (const QString &candidate : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const QString label = words(candidate, certificate ? "id" : "id-attestation");
        for (const QString &line : lines) {
            language = line.startsWith(label) ? candidate : language;
        }
    }
    if (language.isEmpty()) {
        *why = ReportsText::tr("the document's number is not printed where it belongs");
        return false;
    }
    const QLocale locale(language == QLatin1String("fr") ? QLocale::French : QLocale::English);
    const auto valueAfter = [&](const QString &line, const QString &label) {
        return line.mid(label.size()).trimmed().remove(0, 1).trimmed(); // after "label :" or "label:"
    };
    QStringList differences;
    // The payload as printed (it wraps over lines) is the signed one.
    QString printedPayload;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].startsWith(QLatin1String("AICET1|"))) {
            printedPayload = lines[i];
            for (qsizetype j = i + 1; j < lines.size() && !lines[j].contains(QLatin1Char(' ')); ++j) {
                printedPayload += lines[j];
            }
        }
    }
    const QString signedText = QString::fromUtf8(payload.message) + QLatin1Char('|')
        + QString::fromLatin1(
            payload.signature.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (printedPayload.remove(QLatin1Char(' ')) != QString(signedText).remove(QLatin1Char(' '))) {
        differences << ReportsText::tr("the text printed under the QR code");
    }
    // The number: printed once, the signed one (any other number-like text is foreign).
    static const QRegularExpression number(QStringLiteral("\\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\\b"));
    bool numberSeen = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("AICET1|"))) {
            continue;
        }
        for (auto it = number.globalMatch(line); it.hasNext();) {
            const QString found = it.next().captured();
            numberSeen = numberSeen || found == payload.id;
            if (found != payload.id) {
                differences << ReportsText::tr("the number (%1 printed)").arg(found);
            }
        }
    }
    if (!numberSeen) {
        differences << ReportsText::tr("the number");
    }
    if (!lines.contains(payload.name.simplified())) {
        differences << ReportsText::tr("the name");
    }
    const QString dateLabel = words(language, "date");
    const QString expectedDate = locale.toString(QDate::fromString(payload.date, Qt::ISODate), QLocale::LongFormat);
    bool dateSeen = false;
    const auto isLabelled = [](const QString &line, const QString &label) {
        // "Label : value" or "Label: value" (a name that merely begins like a label is not one).
        return line.startsWith(label) && line.mid(label.size()).trimmed().startsWith(QLatin1Char(':'));
    };
    for (const QString &line : lines) {
        if (isLabelled(line, dateLabel)) {
            dateSeen = true;
            if (valueAfter(line, dateLabel) != expectedDate) {
                differences << ReportsText::tr("the date (%1 printed, %2 signed)")
                                   .arg(valueAfter(line, dateLabel), expectedDate);
            }
        }
    }
    if (!dateSeen) {
        differences << ReportsText::tr("the date");
    }
    const QString levelLabel = words(language, "level");
    const QString scoreLabel = words(language, "score") + QLatin1Char(' ');
    static const QRegularExpression firstNumber(QStringLiteral("-?\\d+"));
    if (certificate) {
        // The level: the line under its label, by name (the bank must be at hand to know it).
        // Every line under a level label (the label once, in any spelling of it) shows the signed level.
        const QString expected = levelName(language);
        if (expected.isEmpty()) {
            differences << ReportsText::tr("the level (this computer does not have the bank %1 to read its name)")
                               .arg(payload.bankId);
        }
        int labels = 0;
        for (qsizetype at = 0; at < lines.size(); ++at) {
            if (lines[at].startsWith(levelLabel, Qt::CaseInsensitive)) {
                ++labels;
                if (at + 1 >= lines.size() || lines[at + 1] != expected) {
                    differences << ReportsText::tr("the level (%1 signed)").arg(expected);
                }
            }
        }
        if (labels != 1) {
            differences << ReportsText::tr("the level (%1 signed)").arg(expected);
        }
        bool scoreSeen = false;
        for (const QString &line : lines) {
            // Any line that begins with the score's label, however written.
            if (line.startsWith(words(language, "score"), Qt::CaseInsensitive)) {
                scoreSeen = true;
                if (firstNumber.match(line).captured() != payload.score) {
                    differences << ReportsText::tr("the score (%1 signed)").arg(payload.score);
                }
            }
        }
        if (!scoreSeen) {
            differences << ReportsText::tr("the score");
        }
    } else if (lines.contains(levelLabel)) {
        differences << ReportsText::tr("an attestation shows a level");
    } else {
        for (const QString &line : lines) {
            if (line.startsWith(scoreLabel) && firstNumber.match(line).hasMatch()) {
                differences << ReportsText::tr("an attestation shows a score");
            }
        }
    }
    differences.removeDuplicates();
    *why = differences.join(QStringLiteral(", "));
    return differences.isEmpty();
}

} // namespace aicet::reports
