#include "DocumentText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTranslator>

namespace aicet::reports {

QString documentText(const char *source, const QString &language)
{
    if (language == QLatin1String("fr")) {
        // Loaded once, never installed: it translates documents only, beside the interface's.
        static QTranslator french;
        static const bool loaded = french.load(QStringLiteral(":/i18n/aicet_fr.qm"));
        if (loaded) {
            const QString translated = french.translate("aicet::reports::Document", source);
            if (!translated.isEmpty()) {
                return translated;
            }
        }
    }
    return QString::fromUtf8(source);
}

QByteArray paginatedPdf(const QString &title, const QString &footerText, bool landscape,
    const std::function<void(QTextDocument &doc, const QSizeF &page)> &build, QString *error)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("AICET"));
    // The document is laid out in pages of the writer's text area, in 1/96 inch; a strip at the
    // bottom holds the page number.
    const double scale = writer.logicalDpiX() / 96.0;
    const double footer = 24.0;
    const QSizeF page(writer.width() / scale, writer.height() / scale - footer);
    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    doc.setDocumentMargin(0);
    doc.setPageSize(page);
    build(doc, page);
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QCoreApplication::translate("aicet::reports::ReportsText", "cannot draw the PDF");
        return {};
    }
    const int pages = doc.pageCount();
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPixelSize(10); // in the document's 1/96 inch: 7.5 pt
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            writer.newPage();
        }
        painter.save();
        painter.scale(scale, scale);
        painter.save();
        painter.translate(0, -i * page.height());
        doc.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
        painter.restore();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, page.height(), page.width(), footer), Qt::AlignRight | Qt::AlignBottom,
            QStringLiteral("%1 — %2/%3").arg(footerText).arg(i + 1).arg(pages));
        painter.restore();
    }
    painter.end();
    buffer.close();
    if (pdf.isEmpty()) {
        *error = QCoreApplication::translate("aicet::reports::ReportsText", "cannot draw the PDF");
    }
    return pdf;
}

QString staffNoteText(const QString &kind, const QJsonObject &payload, const QString &language)
{
    const auto text = [&](const char *source) { return documentText(source, language); };
    const QLocale locale(language);
    const auto minutes = [&](double seconds) { return locale.toString(seconds / 60.0, 'g', 4); };
    const QString reason = payload.value(QStringLiteral("reason")).toString();
    const auto withReason = [&](const QString &what) {
        return reason.isEmpty() ? what
                                : text(QT_TRANSLATE_NOOP("aicet::reports::Document", "%1: %2")).arg(what, reason);
    };
    if (kind == QLatin1String("paused")) {
        return withReason(text(QT_TRANSLATE_NOOP("aicet::reports::Document", "paused")));
    }
    if (kind == QLatin1String("unpaused")) {
        return text(QT_TRANSLATE_NOOP("aicet::reports::Document", "resumed after a pause"));
    }
    if (kind == QLatin1String("time_extended")) {
        const QJsonValue extra = payload.value(QStringLiteral("extra_seconds"));
        return extra.isDouble() ? text(QT_TRANSLATE_NOOP("aicet::reports::Document", "extra time set to %1 min"))
                                      .arg(minutes(extra.toDouble()))
                                : text(QT_TRANSLATE_NOOP("aicet::reports::Document", "%1 more minutes"))
                                      .arg(minutes(payload.value(QStringLiteral("seconds")).toDouble()));
    }
    if (kind == QLatin1String("reopened")) {
        const double seconds = payload.value(QStringLiteral("seconds")).toDouble();
        return withReason(seconds > 0.0
                ? text(QT_TRANSLATE_NOOP("aicet::reports::Document", "reopened with %1 more minutes"))
                      .arg(minutes(seconds))
                : text(QT_TRANSLATE_NOOP("aicet::reports::Document", "reopened")));
    }
    if (kind == QLatin1String("abandoned")) {
        return withReason(text(QT_TRANSLATE_NOOP("aicet::reports::Document", "stopped")));
    }
    if (kind == QLatin1String("incident")) {
        const QString category = payload.value(QStringLiteral("category")).toString();
        const QString what = category == QLatin1String("technical")
            ? text(QT_TRANSLATE_NOOP("aicet::reports::Document", "technical problem"))
            : category == QLatin1String("fraud")
            ? text(QT_TRANSLATE_NOOP("aicet::reports::Document", "fraud suspected"))
            : category == QLatin1String("unwell") ? text(QT_TRANSLATE_NOOP("aicet::reports::Document", "pupil unwell"))
                                                  : text(QT_TRANSLATE_NOOP("aicet::reports::Document", "other"));
        const QString note = payload.value(QStringLiteral("text")).toString();
        const QString incident = text(QT_TRANSLATE_NOOP("aicet::reports::Document", "incident: %1")).arg(what);
        return note.isEmpty() ? incident : QStringLiteral("%1 – %2").arg(incident, note);
    }
    return kind;
}

} // namespace aicet::reports
