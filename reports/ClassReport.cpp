#include "ClassReport.h"

#include "DocumentText.h"
#include "ItemChart.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>

namespace aicet::reports {

QColor levelColor(int index, int count)
{
    // From a warm tint (a first level) to a cool one (the highest), all light enough for black text.
    static const std::array<QColor, 5> ramp{QColor(0xf6, 0xc8, 0x8e), QColor(0xf3, 0xe3, 0x8c),
        QColor(0xc5, 0xe1, 0x9a), QColor(0x9f, 0xd8, 0xc8), QColor(0x9d, 0xc4, 0xee)};
    if (count <= 1) {
        return ramp[2];
    }
    const double at = std::clamp(static_cast<double>(index) / (count - 1), 0.0, 1.0) * (ramp.size() - 1);
    const auto low = static_cast<std::size_t>(std::floor(at));
    const auto high = std::min(low + 1, ramp.size() - 1);
    const double t = at - static_cast<double>(low);
    const auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return QColor(mix(ramp[low].red(), ramp[high].red()), mix(ramp[low].green(), ramp[high].green()),
        mix(ramp[low].blue(), ramp[high].blue()));
}

QColor noLevelColor()
{
    return QColor(0xdd, 0xdd, 0xdd);
}

QImage levelChart(const std::vector<LevelBar> &bars, const QString &caption, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    if (bars.empty()) {
        return image;
    }
    QPainter p(&image);
    const double line = beginChart(p, image, 14, 48);
    const QRectF plot(line, line * 1.5, width - 2 * line, height - line * 6.5);
    int most = 1;
    for (const LevelBar &b : bars) {
        most = std::max(most, b.pupils);
    }
    const double slot = plot.width() / static_cast<double>(bars.size());
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const LevelBar &b = bars[i];
        const double h = plot.height() * b.pupils / most;
        const QRectF bar(plot.left() + slot * static_cast<double>(i) + slot * 0.15, plot.bottom() - h, slot * 0.7, h);
        p.fillRect(bar, b.colour);
        p.setPen(QPen(Qt::black, 1.5));
        p.drawRect(bar);
        // The count above its bar, the name under it (on two lines when long).
        p.drawText(QRectF(bar.left(), bar.top() - line * 1.3, bar.width(), line * 1.2), Qt::AlignCenter,
            QString::number(b.pupils));
        p.drawText(QRectF(plot.left() + slot * static_cast<double>(i), plot.bottom() + line * 0.3, slot, line * 2.6),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, b.name);
    }
    p.drawText(QRectF(0, height - line * 1.6, width, line * 1.4), Qt::AlignCenter, caption);
    return image;
}

QByteArray renderClassReport(const ClassReportData &data, const QString &language, QString *error)
{
    const auto text = [&](const char *source) { return documentText(source, language); };
    const auto cell = [](const ClassReportData::Cell &c) {
        return c.colour.isValid()
            ? QStringLiteral("<td bgcolor=\"%1\">%2</td>").arg(c.colour.name(), c.text.toHtmlEscaped())
            : QStringLiteral("<td>%1</td>").arg(c.text.toHtmlEscaped());
    };
    const QLocale locale(language);
    const QDateTime made = QDateTime::fromMSecsSinceEpoch(data.madeAt);
    const QString madeAt = locale.toString(made.date(), QLocale::LongFormat) + QStringLiteral(", ")
        + locale.toString(made.time(), QLocale::ShortFormat);
    const auto build = [&](QTextDocument &doc, const QSizeF &page) {
        const QImage chart
            = levelChart(data.bars, text(QT_TRANSLATE_NOOP("aicet::reports::Document", "Pupils by level")), 1800, 560);
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://levels")), chart);
        QString html = QStringLiteral("<h1>%1</h1><p>%2</p>")
                           .arg(text(QT_TRANSLATE_NOOP("aicet::reports::Document", "Class report")).toHtmlEscaped(),
                               QStringLiteral("<b>%1</b> (%2)%3 — %4")
                                   .arg(data.title.toHtmlEscaped(), data.sitting.toHtmlEscaped(),
                                       data.group.isEmpty() ? QString()
                                                            : QStringLiteral(" — %1").arg(data.group.toHtmlEscaped()),
                                       madeAt.toHtmlEscaped()));
        html += QStringLiteral("<p>%1</p>")
                    .arg(text(QT_TRANSLATE_NOOP(
                                  "aicet::reports::Document", "%1 pupils with a result, %2 absent, %3 not finished."))
                             .arg(data.rows.size())
                             .arg(data.absent.size())
                             .arg(data.unfinished.size())
                             .toHtmlEscaped());
        const double width = std::min(page.width() * 0.6, 640.0);
        html += QStringLiteral("<p><img src=\"chart://levels\" width=\"%1\" height=\"%2\"></p>")
                    .arg(std::floor(width))
                    .arg(std::floor(width * chart.height() / chart.width()));
        html += QStringLiteral("<table border=1 cellspacing=0 cellpadding=3 width=100%><tr "
                               "bgcolor=#eef2f8><th>%1</th><th>%2</th><th>%3</th>")
                    .arg(text(QT_TRANSLATE_NOOP("aicet::reports::Document", "Pupil")),
                        text(QT_TRANSLATE_NOOP("aicet::reports::Document", "Level")),
                        text(QT_TRANSLATE_NOOP("aicet::reports::Document", "Score")));
        for (const QString &area : data.areas) {
            html += QStringLiteral("<th>%1</th>").arg(area.toHtmlEscaped());
        }
        html += QStringLiteral("<th>%1</th></tr>").arg(text(QT_TRANSLATE_NOOP("aicet::reports::Document", "Answers")));
        for (const ClassReportData::Row &row : data.rows) {
            html += QStringLiteral("<tr><td>%1</td>%2<td>%3</td>")
                        .arg(row.pupil.toHtmlEscaped(), cell(row.level), row.score.toHtmlEscaped());
            for (const ClassReportData::Cell &area : row.areas) {
                html += cell(area);
            }
            html += QStringLiteral("<td>%1</td></tr>").arg(row.check.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
        if (!data.absent.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(text(QT_TRANSLATE_NOOP("aicet::reports::Document", "Absent (not started):")),
                            data.absent.join(QStringLiteral(", ")).toHtmlEscaped());
        }
        if (!data.unfinished.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(text(QT_TRANSLATE_NOOP("aicet::reports::Document", "Not finished:")),
                            data.unfinished.join(QStringLiteral(", ")).toHtmlEscaped());
        }
        html += QStringLiteral("<p><small><i>%1</i></small></p>")
                    .arg(text(
                        QT_TRANSLATE_NOOP("aicet::reports::Document",
                            "An area shows a level only when the pupil answered enough questions in it to say more "
                            "than the overall level; \"not enough answers\" is not a low level. Answers to check: "
                            "they look random or came faster than the questions can be read; such a result earns no "
                            "certificate."))
                             .toHtmlEscaped());
        doc.setHtml(html);
    };
    return paginatedPdf(text(QT_TRANSLATE_NOOP("aicet::reports::Document", "Class report")),
        data.group.isEmpty() ? data.sitting : QStringLiteral("%1 — %2").arg(data.sitting, data.group), true, build,
        error);
}

} // namespace aicet::reports
