#include "CandidateReport.h"

#include "DocumentText.h"
#include "Translate.h"
#include "bank/Scoring.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace aicet::reports {

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
        documentText(
            QT_TRANSLATE_NOOP("aicet::reports::Document",
                "Estimated ability after each question answered (band: margin of error; 0 = average of pupils)"),
            language));
    return image;
}

namespace {

// One question as its own small table: the question, the pupil's answer beside the right answer,
// the verdict and time, the explanation. Its own table, so that the pagination can keep it whole.
QString questionTable(
    const scoring::TimelineStep &step, const BankItem &item, const QString &language, const QLocale &locale)
{
    const int top = item.irt.categoryCount() - 1;
    const QString verdict = !step.scored
        ? documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "pilot question, not scored"), language)
        : step.category == top ? documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "right"), language)
        : step.category == 0
        ? documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "wrong"), language)
        : documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "partly right (%1/%2)"), language)
              .arg(step.category)
              .arg(top);
    QString answer = describeResponse(item.content, responseFromJson(step.response), language);
    if (answer.isEmpty()) {
        answer = documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "(no answer)"), language);
    }
    const QString time = step.seconds >= 0
        ? QStringLiteral(" — %1 %2 s")
              .arg(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "time:"), language),
                  locale.toString(step.seconds, 'f', 0))
        : QString();
    return QStringLiteral(
        "<table border=1 cellspacing=0 cellpadding=4 width=100%>"
        "<tr><td colspan=2 bgcolor=#eef2f8><b>%1 %2</b> — %3%4</td></tr>"
        "<tr><td colspan=2><b>%5</b></td></tr>"
        "<tr><td width=50% valign=top><i>%6</i><br/>%7</td><td width=50% valign=top><i>%8</i><br/>%9</td></tr>"
        "<tr><td colspan=2><small>%10</small></td></tr></table>")
        .arg(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "Question"), language))
        .arg(step.position)
        .arg(verdict.toHtmlEscaped(), time.toHtmlEscaped(), localized(item.content.stem, language).toHtmlEscaped(),
            documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "Pupil’s answer"), language),
            answer.toHtmlEscaped(),
            documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "Right answer"), language),
            describeKey(item.content, language).toHtmlEscaped(),
            localized(item.content.explanation, language).toHtmlEscaped());
}

// Which page (from 0) a point of the laid-out document is on.
int pageOf(double y, double pageHeight)
{
    return static_cast<int>(std::floor(y / pageHeight));
}

// Keeps each question whole on a page: QTextDocument splits tables across pages, so a question
// that would straddle a page break starts on the next page instead, and the heading before the
// first one goes with it. The tables are taken in order, as each break moves those after it.
void keepQuestionsWhole(QTextDocument &doc, const std::vector<QTextTable *> &tables, const QTextBlock &heading)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const double pageHeight = doc.pageSize().height();
    for (std::size_t i = 0; i < tables.size(); ++i) {
        QTextTable *table = tables[i];
        const QRectF box = layout->frameBoundingRect(table);
        const bool split = pageOf(box.top(), pageHeight) != pageOf(box.bottom() - 1, pageHeight);
        if (i == 0 && heading.isValid()) {
            const bool alone
                = pageOf(layout->blockBoundingRect(heading).top(), pageHeight) != pageOf(box.top() + 1, pageHeight);
            if ((split || alone) && layout->blockBoundingRect(heading).height() + box.height() < pageHeight) {
                QTextBlockFormat format = heading.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(heading).setBlockFormat(format);
            }
        } else if (split && box.height() < pageHeight) { // taller than a page: nothing to gain
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        }
    }
}

} // namespace

QByteArray renderCandidateReport(const CandidateReportData &data, const QString &language, QString *error)
{
    const ItemBank &bank = *data.bank;
    const QLocale locale(language == QLatin1String("fr") ? QLocale::French : QLocale::English);
    std::vector<double> theta, se;
    QString questions;
    for (const scoring::TimelineStep &step : data.timeline.steps) {
        const BankItem &item = bank.items[static_cast<std::size_t>(step.item)];
        if (step.scored) {
            theta.push_back(step.theta);
            se.push_back(step.se);
        }
        questions += questionTable(step, item, language, locale);
    }
    QStringList focusTimes;
    for (const qint64 at : data.timeline.focusLosses) {
        focusTimes.append(QDateTime::fromMSecsSinceEpoch(at).toString(QStringLiteral("HH:mm:ss")));
    }

    const auto build = [&](QTextDocument &doc, const QSizeF &page) {
        const QImage chart = thetaChart(theta, se, bank, language);
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart://theta")), chart);
        const auto &result = data.result;
        const Level *level = result ? bank.level(result->level) : nullptr;
        QString levelName = result ? result->level : QString();
        if (level) {
            levelName = localized(level->name, language);
            if (const Level *other = bank.level(result->levelAlternative)) {
                // Two adjacent levels the answers cannot tell apart, the lower first.
                const bool otherBelow = other->from < level->from;
                levelName = documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "%1 or %2"), language)
                                .arg(otherBelow ? localized(other->name, language) : levelName,
                                    otherBelow ? levelName : localized(other->name, language));
            }
        } else if (result && result->level.isEmpty()) {
            // No level without the evidence for it: the report says the result is incomplete, and why.
            levelName = result->stopReason == QLatin1String("time-limit")
                ? documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "none (incomplete: time up)"), language)
                : result->stopReason == QLatin1String("abandoned")
                ? documentText(
                    QT_TRANSLATE_NOOP("aicet::reports::Document", "none (incomplete: test stopped)"), language)
                : documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "none (not enough evidence)"), language);
        }
        using State = CandidateReportData::State;
        QString html = QStringLiteral("<h1>%1</h1>")
                           .arg(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "Result report"), language));
        html += QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4 &nbsp; <b>%5</b> %6</p>")
                    .arg(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "Candidate:"), language),
                        data.candidate.toHtmlEscaped(),
                        documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "Sitting:"), language),
                        data.sitting.toHtmlEscaped(),
                        documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "State:"), language),
                        data.state == State::Finished
                            ? documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "finished"), language)
                            : data.state == State::Abandoned
                            ? documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "stopped"), language)
                            : data.state == State::Paused
                            ? documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "paused"), language)
                            : documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "running"), language));
        const QDateTime when = data.startedAt.isValid() ? data.startedAt : data.finishedAt;
        if (when.isValid()) {
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "Date of the test:"), language),
                            locale.toString(when.date(), QLocale::LongFormat).toHtmlEscaped());
        }
        if (result) {
            html += QStringLiteral("<p>%1 <b>%2</b></p>")
                        .arg(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "Level reached:"), language),
                            levelName.toHtmlEscaped());
            if (level && result->levelAlternative.isEmpty()) {
                const QString statement
                    = localized(level->statement.isEmpty() ? level->description : level->statement, language);
                if (!statement.isEmpty()) {
                    html += QStringLiteral("<p><i>%1</i></p>").arg(statement.toHtmlEscaped());
                }
            }
            if (level && result->levelProbability > 0.0) {
                html += QStringLiteral("<p>%1</p>")
                            .arg((result->levelAlternative.isEmpty()
                                    ? documentText(QT_TRANSLATE_NOOP("aicet::reports::Document",
                                                       "Probability that this level is right: %1%."),
                                        language)
                                    : documentText(QT_TRANSLATE_NOOP("aicet::reports::Document",
                                                       "The answers do not tell these two levels apart; "
                                                       "probability that the level is one of them: %1%."),
                                        language))
                                     .arg(static_cast<int>(std::floor(result->levelProbability * 100.0))));
            }
            if (result->fit.aberrant()) {
                QStringList why;
                if (result->fit.randomLike) {
                    why << documentText(
                        QT_TRANSLATE_NOOP("aicet::reports::Document", "the answers look like answers given at random"),
                        language);
                }
                if (result->fit.rapid) {
                    why << documentText(QT_TRANSLATE_NOOP("aicet::reports::Document",
                                            "%1 of %2 answers came faster than the question can be read"),
                        language)
                               .arg(result->fit.rapidAnswers)
                               .arg(result->fit.timedAnswers);
                }
                html += QStringLiteral("<p><b>%1</b> %2. %3</p>")
                            .arg(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "To check:"), language),
                                why.join(QStringLiteral("; ")).toHtmlEscaped(),
                                documentText(QT_TRANSLATE_NOOP("aicet::reports::Document",
                                                 "This result may not show what the pupil knows, and earns no "
                                                 "certificate."),
                                    language));
            }
            // An interval open at one end says only the bound that holds.
            const QString interval = result->scoreHighOpen && !result->scoreLowOpen
                ? documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "very likely at least %1"), language)
                      .arg(std::lround(result->scoreLow))
                : result->scoreLowOpen && !result->scoreHighOpen
                ? documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "very likely at most %1"), language)
                      .arg(std::lround(result->scoreHigh))
                : QStringLiteral("%1 %2 %3 %4")
                      .arg(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "between"), language))
                      .arg(std::lround(result->scoreLow))
                      .arg(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "and"), language))
                      .arg(std::lround(result->scoreHigh));
            html
                += QStringLiteral("<p>%1 %2 (%3) — %4 %5 (%6 ± %7) — %8 %9</p>")
                       .arg(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "Score:"), language))
                       .arg(std::lround(result->score))
                       .arg(interval)
                       .arg(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "estimated ability:"), language),
                           locale.toString(result->theta, 'f', 2),
                           documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "margin of error"), language),
                           locale.toString(result->se, 'f', 2))
                       .arg(result->items)
                       .arg(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "scored questions"), language));
            const bool profile = std::any_of(result->dimensions.begin(), result->dimensions.end(),
                [](const scoring::DimensionResult &d) { return d.informative; });
            if (!result->dimensions.empty() && !profile) {
                // The areas measure one ability here: a level per area would only repeat the overall one.
                QStringList names;
                for (const scoring::DimensionResult &area : result->dimensions) {
                    const int index = bank.dimensionIndex(area.dimension);
                    names << (index >= 0 ? localized(bank.dimensions[static_cast<std::size_t>(index)].name, language)
                                         : area.dimension);
                }
                html
                    += QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                           .arg(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "Areas covered by the test"),
                                    language),
                               names.join(QStringLiteral(" · ")).toHtmlEscaped(),
                               documentText(QT_TRANSLATE_NOOP("aicet::reports::Document",
                                                "The level is for all these areas together: with a few questions each, "
                                                "a level per area would say nothing more than the overall one."),
                                   language));
            } else if (!result->dimensions.empty()) {
                html += QStringLiteral("<h3>%1</h3>")
                            .arg(documentText(
                                QT_TRANSLATE_NOOP("aicet::reports::Document", "Level in each area"), language));
                for (const scoring::DimensionResult &area : result->dimensions) {
                    const int index = bank.dimensionIndex(area.dimension);
                    const QString name = index >= 0
                        ? localized(bank.dimensions[static_cast<std::size_t>(index)].name, language)
                        : area.dimension;
                    const Level *areaLevel = area.level.isEmpty() ? nullptr : bank.level(area.level);
                    const QString value = areaLevel ? localized(areaLevel->name, language)
                        : area.level.isEmpty()      ? documentText(
                                   QT_TRANSLATE_NOOP("aicet::reports::Document", "not enough questions in this area"),
                                   language)
                                               : area.level;
                    html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:2px\">%1</p>")
                                .arg(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "%1: %2"), language)
                                         .arg(name.toHtmlEscaped(),
                                             QStringLiteral("<b>%1</b>").arg(value.toHtmlEscaped())));
                }
            }
        }
        html += QStringLiteral("<p><b>%1</b> %2%3</p>")
                    .arg(documentText(
                        QT_TRANSLATE_NOOP("aicet::reports::Document", "Times the test window was left:"), language))
                    .arg(data.timeline.focusLosses.size())
                    .arg(focusTimes.isEmpty() ? QString()
                                              : QStringLiteral(" (%1)").arg(focusTimes.join(QStringLiteral(", "))));
        if (!data.timeline.rejoins.empty() || !data.timeline.pauses.empty()) {
            html += QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4</p>")
                        .arg(documentText(
                            QT_TRANSLATE_NOOP("aicet::reports::Document", "Resumed after the computer stopped:"),
                            language))
                        .arg(data.timeline.rejoins.size())
                        .arg(documentText(
                            QT_TRANSLATE_NOOP("aicet::reports::Document", "Paused by the teacher:"), language))
                        .arg(data.timeline.pauses.size());
        }
        // Every action of the staff on this session and every incident noted, with who and when.
        if (!data.timeline.notes.empty()) {
            html += QStringLiteral("<p style=\"margin-bottom:0\"><b>%1</b></p><ul style=\"margin-top:0\">")
                        .arg(documentText(
                            QT_TRANSLATE_NOOP("aicet::reports::Document", "Staff actions and incidents:"), language));
            for (const scoring::TimelineNote &note : data.timeline.notes) {
                html += QStringLiteral("<li>%1 — %2 (%3)</li>")
                            .arg(QDateTime::fromMSecsSinceEpoch(note.at).toString(QStringLiteral("HH:mm:ss")),
                                staffNoteText(note.kind, note.payload, language).toHtmlEscaped(),
                                note.payload.value(QStringLiteral("by")).toString().toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
        }
        // The chart fills the text width, never more.
        const double chartWidth = page.width();
        html += QStringLiteral("<p><img src=\"chart://theta\" width=\"%1\" height=\"%2\"></p>")
                    .arg(std::floor(chartWidth))
                    .arg(std::floor(chartWidth * chart.height() / chart.width()));
        html += QStringLiteral("<p><small><i>%1</i></small></p>")
                    .arg(documentText(
                        QT_TRANSLATE_NOOP("aicet::reports::Document",
                            "How to read this report: ability is estimated on a scale where 0 is the average of pupils "
                            "(the score is the same measure on a scale where the average is %1). The margin of error "
                            "tells "
                            "how precise this estimate is; on the chart, the band shows it after each answer."),
                        language)
                             .arg(std::lround(bank.scale.mean))
                             .toHtmlEscaped());
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "The questions"), language));
        html += questions;
        doc.setHtml(html);

        std::vector<QTextTable *> tables;
        for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(frame)) {
                tables.push_back(table);
            }
        }
        QTextBlock heading; // "The questions"
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 2) {
                heading = block;
            }
        }
        keepQuestionsWhole(doc, tables, heading);
    };
    return paginatedPdf(documentText(QT_TRANSLATE_NOOP("aicet::reports::Document", "AICET result report"), language),
        data.candidate, false, build, error);
}

} // namespace aicet::reports
