#include "CodeSlips.h"

#include "DocumentText.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace aicet::reports {

QByteArray renderCodeSlips(
    const std::vector<CodeSlip> &slips, const QString &sittingCode, const QString &language, QString *error)
{
    if (slips.empty()) {
        *error = documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "no pupil: no slip to print"), language);
        return {};
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "AICET code slips"), language));
    writer.setCreator(QStringLiteral("AICET"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "cannot draw the PDF"), language);
        return {};
    }
    constexpr int columns = 2, rows = 5;
    const double width = writer.width(), height = writer.height();
    const double slipW = width / columns, slipH = height / rows;
    const double pad = slipW * 0.06;
    const auto font = [&](double points, bool bold, bool mono = false) {
        QFont f(mono ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    };
    const QString testLabel = documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "Test code:"), language);
    const QString codeLabel
        = documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "Your personal code:"), language);
    const QString keep = documentText(QT_TRANSLATE_NOOP("aicet::reports::Document",
                                          "Keep this slip: you need the code to start the test. Do not "
                                          "show it to anyone."),
        language);
    for (std::size_t i = 0; i < slips.size(); ++i) {
        const int onPage = static_cast<int>(i % (columns * rows));
        if (i > 0 && onPage == 0) {
            writer.newPage();
        }
        if (onPage == 0) {
            // Dashed cut lines between the slips.
            painter.setPen(QPen(Qt::gray, 2, Qt::DashLine));
            for (int c = 1; c < columns; ++c) {
                painter.drawLine(QPointF(slipW * c, 0), QPointF(slipW * c, height));
            }
            for (int r = 1; r < rows; ++r) {
                painter.drawLine(QPointF(0, slipH * r), QPointF(width, slipH * r));
            }
        }
        const CodeSlip &s = slips[i];
        const QRectF box(
            slipW * (onPage % columns) + pad, slipH * (onPage / columns) + pad, slipW - 2 * pad, slipH - 2 * pad);
        painter.setPen(Qt::black);
        double y = box.top();
        const auto line = [&](const QString &text, const QFont &f, Qt::Alignment align = Qt::AlignLeft) {
            painter.setFont(f);
            const QFontMetricsF m(f, &writer);
            const QRectF r(box.left(), y, box.width(), m.height() * 2.2);
            QRectF used;
            painter.drawText(r, static_cast<int>(align) | Qt::TextWordWrap, text, &used);
            y += used.height() + m.height() * 0.25;
        };
        line(QStringLiteral("AICET"), font(8, true));
        line(s.name, font(13, true));
        line(s.className, font(10, false));
        if (!sittingCode.isEmpty()) {
            line(testLabel + QLatin1Char(' ') + sittingCode, font(10, false));
        }
        line(codeLabel, font(10, false));
        line(s.code, font(20, true, true));
        line(keep, font(7.5, false));
    }
    painter.end();
    return pdf;
}

} // namespace aicet::reports
