#include "CandidateReport.h"

#include "Translate.h"
#include "bank/Scoring.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace aicet::reports {
namespace {

QString say(const QString &language, const char *fr, const char *en)
{
    return QString::fromUtf8(language == QLatin1String("fr") ? fr : en);
}

// θ after each answer with its ±1 SE band, and the level cuts.
QImage thetaChart(
    const std::vector<double> &theta, const std::vector<double> &se, const ItemBank &bank, const QString &language)
{
    QImage image(1600, 700, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF plot(130, 30, 1420, 560);
    auto x = [&](std::size_t i) {
        return plot.left() + plot.width() * (theta.size() <= 1 ? 0.5 : static_cast<double>(i) / (theta.size() - 1));
    };
    auto y = [&](double t) { return plot.bottom() - plot.height() * (std::clamp(t, -4.0, 4.0) + 4.0) / 8.0; };
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(26);
    p.setFont(f);
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 2, Qt::DashLine));
    for (const Level &l : bank.levels) {
        if (std::isfinite(l.from)) {
            p.drawLine(QPointF(plot.left(), y(l.from)), QPointF(plot.right(), y(l.from)));
        }
    }
    p.setPen(Qt::black);
    for (int t = -4; t <= 4; t += 2) {
        p.drawText(QRectF(0, y(t) - 16, 110, 32), Qt::AlignRight | Qt::AlignVCenter, QString::number(t));
    }
    p.drawRect(plot);
    if (!theta.empty()) {
        QPainterPath band;
        for (std::size_t i = 0; i < theta.size(); ++i) {
            const QPointF pt(x(i), y(theta[i] + se[i]));
            i == 0 ? band.moveTo(pt) : band.lineTo(pt);
        }
        for (std::size_t i = theta.size(); i-- > 0;) {
            band.lineTo(x(i), y(theta[i] - se[i]));
        }
        band.closeSubpath();
        p.fillPath(band, QColor(0x1f, 0x5f, 0xa8, 60));
        p.setPen(QPen(QColor(0x1f, 0x5f, 0xa8), 5));
        for (std::size_t i = 1; i < theta.size(); ++i) {
            p.drawLine(QPointF(x(i - 1), y(theta[i - 1])), QPointF(x(i), y(theta[i])));
        }
    }
    p.setPen(Qt::black);
    p.drawText(QRectF(plot.left(), plot.bottom() + 20, plot.width(), 40), Qt::AlignCenter,
        say(language, "Questions répondues (θ après chaque réponse, bande : ± 1 erreur type)",
            "Questions answered (θ after each answer, band: ± 1 standard error)"));
    return image;
}

} // namespace

QByteArray renderCandidateReport(const CandidateReportData &data, const QString &language, QString *error)
{
    const ItemBank &bank = *data.bank;
    std::vector<double> theta, se;
    QString rows;
    const QLocale locale(language == QLatin1String("fr") ? QLocale::French : QLocale::English);
    for (const scoring::TimelineStep &step : data.timeline.steps) {
        const BankItem &item = bank.items[static_cast<std::size_t>(step.item)];
        if (step.scored) {
            theta.push_back(step.theta);
            se.push_back(step.se);
        }
        const int top = item.irt.categoryCount() - 1;
        const QString verdict = !step.scored ? say(language, "question pilote, non notée", "pilot question, not scored")
            : step.category == top           ? say(language, "juste", "right")
            : step.category == 0
            ? say(language, "faux", "wrong")
            : say(language, "en partie juste (%1/%2)", "partly right (%1/%2)").arg(step.category).arg(top);
        rows += QStringLiteral("<tr><td valign=top>%1</td><td><b>%2</b><br/><i>%3</i><br/>%4<br/><small>%5</small></td>"
                               "<td valign=top>%6</td></tr>")
                    .arg(step.position)
                    .arg(localized(item.content.stem, language).toHtmlEscaped(),
                        (say(language, "Réponse : ", "Answer: ")
                            + describeResponse(item.content, responseFromJson(step.response), language))
                            .toHtmlEscaped(),
                        verdict.toHtmlEscaped(), localized(item.content.explanation, language).toHtmlEscaped(),
                        step.seconds >= 0 ? locale.toString(step.seconds, 'f', 0) + QStringLiteral(" s") : QString());
    }
    QStringList focusTimes;
    for (const qint64 at : data.timeline.focusLosses) {
        focusTimes.append(QDateTime::fromMSecsSinceEpoch(at).toString(QStringLiteral("HH:mm:ss")));
    }

    QTextDocument doc;
    doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    doc.addResource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("chart://theta")), thetaChart(theta, se, bank, language));
    const auto &result = data.result;
    QString levelName = result ? result->level : QString();
    if (const Level *level = result ? bank.level(result->level) : nullptr) {
        levelName = localized(level->name, language);
    } else if (result && result->level.isEmpty()) {
        // No level without the evidence for it: the report says the result is incomplete, and why.
        levelName = result->stopReason == QLatin1String("time-limit")
            ? say(language, "aucun (incomplet : temps écoulé)", "none (incomplete: time up)")
            : result->stopReason == QLatin1String("abandoned")
            ? say(language, "aucun (incomplet : test arrêté)", "none (incomplete: test stopped)")
            : say(language, "aucun (pas assez de réponses précises)", "none (not enough evidence)");
    }
    using State = CandidateReportData::State;
    QString html = QStringLiteral("<h1>%1</h1>").arg(say(language, "Rapport de résultats", "Result report"));
    html += QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4 &nbsp; <b>%5</b> %6</p>")
                .arg(say(language, "Candidat :", "Candidate:"), data.candidate.toHtmlEscaped(),
                    say(language, "Session :", "Sitting:"), data.sitting.toHtmlEscaped(),
                    say(language, "État :", "State:"),
                    data.state == State::Finished        ? say(language, "terminé", "finished")
                        : data.state == State::Abandoned ? say(language, "arrêté", "stopped")
                        : data.state == State::Paused    ? say(language, "en pause", "paused")
                                                         : say(language, "en cours", "running"));
    if (result) {
        html += QStringLiteral("<p>%1 <b>%2</b> — %3 %4 (%5–%6) — θ = %7, %8 = %9 — %10 %11</p>")
                    .arg(say(language, "Niveau", "Level"), levelName.toHtmlEscaped(), say(language, "score", "score"))
                    .arg(std::lround(result->score))
                    .arg(std::lround(result->scoreLow))
                    .arg(std::lround(result->scoreHigh))
                    .arg(locale.toString(result->theta, 'f', 2), say(language, "erreur type", "standard error"),
                        locale.toString(result->se, 'f', 2))
                    .arg(result->items)
                    .arg(say(language, "questions notées", "scored questions"));
    }
    html += QStringLiteral("<p><b>%1</b> %2%3</p>")
                .arg(say(language, "Sorties de la fenêtre du test :", "Times the test window was left:"))
                .arg(data.timeline.focusLosses.size())
                .arg(focusTimes.isEmpty() ? QString()
                                          : QStringLiteral(" (%1)").arg(focusTimes.join(QStringLiteral(", "))));
    if (!data.timeline.rejoins.empty() || !data.timeline.pauses.empty()) {
        html += QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4</p>")
                    .arg(say(
                        language, "Reprises après un arrêt de l’ordinateur :", "Resumed after the computer stopped:"))
                    .arg(data.timeline.rejoins.size())
                    .arg(say(language, "Pauses par l’enseignant :", "Paused by the teacher:"))
                    .arg(data.timeline.pauses.size());
    }
    html += QStringLiteral("<p><img src=\"chart://theta\" width=\"620\"></p>");
    html += QStringLiteral("<h2>%1</h2><table border=1 cellspacing=0 cellpadding=4 "
                           "width=100%><tr><th>#</th><th>%2</th><th>%3</th></tr>%4</table>")
                .arg(say(language, "Questions", "Questions"),
                    say(language, "Question, réponse, explication", "Question, answer, explanation"),
                    say(language, "Temps", "Time"), rows);
    doc.setHtml(html);

    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(say(language, "Rapport de résultats AICET", "AICET result report"));
    writer.setCreator(QStringLiteral("AICET"));
    doc.print(&writer);
    buffer.close();
    if (pdf.isEmpty()) {
        *error = ReportsText::tr("cannot draw the PDF");
    }
    return pdf;
}

} // namespace aicet::reports
