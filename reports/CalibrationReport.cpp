#include "CalibrationReport.h"

#include "Translate.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace aicet::reports {
namespace {

QString tr(const char *source, const char *disambiguation = nullptr, int n = -1)
{
    return ReportsText::tr(source, disambiguation, n);
}

QString number(double x, int decimals)
{
    if (!std::isfinite(x)) {
        return QStringLiteral("–");
    }
    // In the interface's language (a decimal comma in French), with a true minus sign.
    QString t = QLocale().toString(x, 'f', decimals);
    return t.startsWith(QLatin1Char('-')) ? QStringLiteral("−") + t.mid(1) : t;
}

// A p-value: two significant digits.
QString probability(double p)
{
    return QLocale().toString(p, 'g', 2);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// 2 for C or CC, 1 for B or BB, 0 for A or AA.
int severity(const QString &category)
{
    return category.startsWith(QLatin1Char('C')) ? 2 : category.startsWith(QLatin1Char('B')) ? 1 : 0;
}

QString groupName(const DifGrouping &g, int index)
{
    return index >= 0 && index < g.groups.size() ? g.groups[index] : QString::number(index);
}

QString row(const QStringList &cells, const QString &style = {})
{
    QString html = style.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr style=\"%1\">").arg(style);
    for (const QString &c : cells) {
        html += QStringLiteral("<td>%1</td>").arg(c);
    }
    return html + QStringLiteral("</tr>\n");
}

QString header(const QStringList &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &c : cells) {
        html += QStringLiteral("<th>%1</th>").arg(escaped(c));
    }
    return html + QStringLiteral("</tr>\n");
}

// The parameters of an item in words: a, b (or the steps), c.
QString parameters(const irt::ItemParameters &p)
{
    QString text = QStringLiteral("a %1").arg(number(p.a, 2));
    if (irt::isDichotomous(p.model)) {
        text += QStringLiteral(", b %1").arg(number(p.b, 2));
        if (p.c > 0.0) {
            text += QStringLiteral(", c %1").arg(number(p.c, 2));
        }
    } else {
        QStringList steps;
        for (double b : p.steps) {
            steps << number(b, 2);
        }
        text += QStringLiteral(", b [%1]").arg(steps.join(QStringLiteral("; ")));
    }
    return text;
}

// The flags in words.
QStringList flagWords(const QStringList &flags)
{
    QStringList words;
    for (const QString &f : flags) {
        words << (f == QLatin1String("misfit")        ? tr("misfit (RMSD)")
                : f == QLatin1String("sx2-misfit")    ? tr("misfit (S-X2)")
                : f == QLatin1String("few-responses") ? tr("too few answers")
                : f == QLatin1String("dif")           ? tr("DIF")
                                                      : f);
    }
    return words;
}

} // namespace

QStringList itemFlags(const CalibrationReportData &data, std::size_t item)
{
    QStringList flags;
    if (data.analysis && item < data.analysis->items.size()) {
        const calibration::ItemStatistics &s = data.analysis->items[item];
        if (s.misfit) {
            flags << QStringLiteral("misfit");
        }
        if (s.sx2Misfit) {
            flags << QStringLiteral("sx2-misfit");
        }
        if (s.fewResponses) {
            flags << QStringLiteral("few-responses");
        }
    }
    if (severity(worstDif(data, item).section(QLatin1Char(':'), 0, 0)) == 2) {
        flags << QStringLiteral("dif");
    }
    return flags;
}

QString worstDif(const CalibrationReportData &data, std::size_t item)
{
    QString worst;
    int worstSeverity = -1;
    for (const DifGrouping &g : data.dif) {
        for (const calibration::DifResult &d : g.results) {
            if (d.item == static_cast<int>(item) && severity(d.category) > worstSeverity) {
                worstSeverity = severity(d.category);
                worst = d.category + QLatin1Char(':') + groupName(g, d.focal);
            }
        }
    }
    return worst;
}

QString renderCalibrationReport(const CalibrationReportData &data)
{
    const calibration::Result &r = data.result;
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>%1</title>\n<style>\n"
        "body { font-family: sans-serif; max-width: 60em; margin: 1em auto; padding: 0 1em; line-height: 1.4; }\n"
        "table { border-collapse: collapse; margin: 0.5em 0; }\n"
        "th, td { border: 1px solid #999; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }\n"
        "th { background: #e8e8e8; }\n"
        ".note { color: #444; }\n"
        "</style></head><body>\n")
                       .arg(escaped(tr("Calibration report: %1").arg(data.bank)));
    html += QStringLiteral("<h1>%1</h1>\n").arg(escaped(tr("Calibration report: %1").arg(data.bank)));
    int estimated = 0, anchors = 0;
    for (std::size_t j = 0; j < data.itemIds.size(); ++j) {
        if (j < r.answered.size() && r.answered[j]) {
            (j < data.anchors.size() && data.anchors[j] ? anchors : estimated) += 1;
        }
    }
    html += QStringLiteral("<p>%1<br>%2<br>%3<br>%4</p>\n")
                .arg(escaped(tr("Responses: %1; %2 persons.").arg(data.source, QString::number(data.persons))),
                    escaped(tr("Items: %1 estimated, %2 anchors (kept their parameters); model: %3.")
                                .arg(estimated)
                                .arg(anchors)
                                .arg(data.model)),
                    escaped(r.converged
                            ? tr("Estimation converged after %1 EM cycles; log-likelihood %2.")
                                  .arg(r.cycles)
                                  .arg(number(r.logLikelihood, 4))
                            : tr("The estimation did NOT converge after %1 EM cycles: the parameters below are not "
                                 "to be used.")
                                  .arg(r.cycles)),
                    escaped(data.createdAt.isValid() ? tr("Computed on %1.").arg(data.createdAt.toString(Qt::ISODate))
                                                     : QString()));
    if (anchors > 0) {
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(escaped(tr("On the anchors' scale, the pupils' abilities have a mean of %1 and a standard "
                                    "deviation of %2 (the bank's reference population: 0 and 1).")
                                     .arg(number(r.latentMean, 2), number(r.latentSd, 2))));
    }

    // What needs attention, in plain words.
    QStringList attention;
    for (std::size_t j = 0; j < data.itemIds.size(); ++j) {
        if (j >= r.answered.size() || !r.answered[j]) {
            continue;
        }
        const QString id = QStringLiteral("<b>%1</b>").arg(escaped(data.itemIds[j]));
        if (data.analysis) {
            const calibration::ItemStatistics &s = data.analysis->items[j];
            if (s.misfit || s.sx2Misfit) {
                attention
                    << tr("%1: its answers do not follow the model's curve (%2). Read the question again: it "
                          "may be ambiguous, have two right answers or a wrong key.")
                           .arg(id,
                               escaped(s.sx2Df > 0
                                       ? tr("RMSD %1, S-X2 p = %2").arg(number(s.rmsd, 3)).arg(probability(s.sx2P))
                                       : tr("RMSD %1").arg(number(s.rmsd, 3))));
            }
            if (s.fewResponses && !(j < data.anchors.size() && data.anchors[j])) {
                attention << tr("%1: estimated from %2 answers, fewer than its model needs (%3): its parameters are "
                                "provisional.")
                                 .arg(id, QString::number(s.responses),
                                     QString::number(calibration::minimumResponses(r.items[j].model)));
            }
            // Judged where the answers vary and are enough to tell (an item everybody got right has
            // no correlation to speak of).
            if (s.responses >= 50 && s.meanScore > 0.0 && s.meanScore < s.maxScore && s.abilityCorrelation < 0.1) {
                attention << tr("%1: pupils with a higher ability do not succeed more often (correlation %2): "
                                "check its key.")
                                 .arg(id, escaped(number(s.abilityCorrelation, 2)));
            }
        }
        for (const DifGrouping &g : data.dif) {
            for (const calibration::DifResult &d : g.results) {
                if (d.item == static_cast<int>(j) && severity(d.category) == 2) {
                    attention << tr("%1: works differently for \"%2\" than for \"%3\" at equal ability (%4 %5, "
                                    "class %6): it is %7 for \"%2\". Check the translation, the words and the "
                                    "context it assumes.")
                                     .arg(id, escaped(groupName(g, d.focal)), escaped(groupName(g, d.reference)),
                                         escaped(irt::isDichotomous(r.items[j].model) ? tr("ETS delta") : tr("SMD/SD")),
                                         escaped(number(d.effect, 2)), escaped(d.category),
                                         escaped(d.shift > 0.0 ? tr("harder") : tr("easier")));
                }
            }
        }
    }
    const auto percent = [](double share) { return QLocale().toString(qRound(share * 100.0)) + QStringLiteral(" %"); };
    for (const calibration::OptionShares &o : data.options) {
        const QString id = QStringLiteral("<b>%1</b>").arg(escaped(data.itemIds[static_cast<std::size_t>(o.item)]));
        for (std::size_t k = 0; k < o.shares.size(); ++k) {
            const QString option = escaped(o.options[static_cast<qsizetype>(k)]);
            if (o.keys[k] && o.shares[k][2] - o.shares[k][0] <= -calibration::kAttractiveGap) {
                attention << tr("%1: its right option %2 is chosen by fewer of the strongest pupils (%3) than of the "
                                "weakest (%4): check the key.")
                                 .arg(id, option, percent(o.shares[k][2]), percent(o.shares[k][0]));
            }
            if (o.attractive.contains(o.options[static_cast<qsizetype>(k)])) {
                attention << tr("%1: the wrong option %2 draws the strongest pupils (%3 of the strongest third, %4 of "
                                "the weakest): it may be right too, or the question ambiguous.")
                                 .arg(id, option, percent(o.shares[k][2]), percent(o.shares[k][0]));
            }
        }
    }
    if (data.analysis) {
        for (const calibration::LocalDependence &d : data.analysis->dependent) {
            attention << tr("<b>%1</b> and <b>%2</b>: their answers go together beyond ability (Q3 %3, average %4, "
                            "%5 pupils): one may give the other away, or they share a scenario. Do not give them in "
                            "the same test, or merge them.")
                             .arg(escaped(data.itemIds[static_cast<std::size_t>(d.first)]),
                                 escaped(data.itemIds[static_cast<std::size_t>(d.second)]), number(d.q3, 2),
                                 number(data.analysis->meanQ3, 2), QString::number(d.persons));
        }
    }
    html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("What needs attention")));
    if (attention.isEmpty()) {
        html += QStringLiteral("<p>%1</p>\n")
                    .arg(escaped(tr("Nothing: every item fits, none works differently "
                                    "between the groups compared, no pair depends on "
                                    "another.")));
    } else {
        html += QStringLiteral("<ul>\n");
        for (const QString &line : attention) {
            html += QStringLiteral("<li>%1</li>\n").arg(line);
        }
        html += QStringLiteral("</ul>\n");
    }

    // The items.
    html += QStringLiteral("<h2>%1</h2>\n<table>\n").arg(escaped(tr("Items")));
    const bool withErrors = !r.standardErrors.empty();
    QStringList columns{tr("Item"), tr("Model"), tr("Parameters")};
    if (withErrors) {
        columns << tr("Standard errors");
    }
    columns << tr("Answers") << tr("Mean score") << tr("Correlation with ability") << tr("RMSD") << tr("S-X2 (df, p)")
            << tr("DIF") << tr("Flags");
    html += header(columns);
    for (std::size_t j = 0; j < data.itemIds.size(); ++j) {
        const bool answered = j < r.answered.size() && r.answered[j];
        const bool anchor = j < data.anchors.size() && data.anchors[j];
        QStringList cells{escaped(data.itemIds[j])};
        if (!answered) {
            cells << QString() << escaped(tr("nobody answered it"));
            while (cells.size() < columns.size()) {
                cells << QString();
            }
            html += row(cells);
            continue;
        }
        cells << escaped(irt::modelName(r.items[j].model))
              << escaped(parameters(r.items[j]) + (anchor ? tr(" (anchor)") : QString()));
        if (withErrors) {
            QStringList se;
            for (double e : j < r.standardErrors.size() ? r.standardErrors[j] : std::vector<double>()) {
                se << number(e, 3);
            }
            cells << escaped(se.join(QStringLiteral("; ")));
        }
        if (data.analysis) {
            const calibration::ItemStatistics &s = data.analysis->items[j];
            cells << QString::number(s.responses) << number(s.meanScore, 2) << number(s.abilityCorrelation, 2)
                  << number(s.rmsd, 3)
                  << (s.sx2Df > 0
                             ? QStringLiteral("%1 (%2, %3)").arg(number(s.sx2, 1)).arg(s.sx2Df).arg(probability(s.sx2P))
                             : QString());
        } else {
            cells << QString() << QString() << QString() << QString() << QString();
        }
        const QStringList flags = itemFlags(data, j);
        // DIF shown when it is not negligible (class B or C).
        const QString dif = worstDif(data, j);
        cells << escaped(severity(dif.section(QLatin1Char(':'), 0, 0)) > 0 ? dif : QString())
              << escaped(flagWords(flags).join(QStringLiteral(", ")));
        html += row(cells, flags.isEmpty() ? QString() : QStringLiteral("background: #fde9c8"));
    }
    html += QStringLiteral("</table>\n");

    // DIF.
    for (const DifGrouping &g : data.dif) {
        html += QStringLiteral("<h2>%1</h2>\n")
                    .arg(escaped(tr("Differential item functioning by %1")
                                     .arg(g.name == QLatin1String("language") ? tr("language") : tr("group"))));
        if (g.results.empty()) {
            html += QStringLiteral("<p>%1</p>\n").arg(escaped(tr("Not judged: %1.").arg(g.notJudged)));
            continue;
        }
        int judged = 0, flagged = 0;
        html += QStringLiteral("<table>\n");
        html += header({tr("Item"), tr("Group"), tr("Reference"), tr("Answers"), tr("Difficulty shift (SE)"),
            tr("Effect"), tr("p"), tr("Class")});
        for (const calibration::DifResult &d : g.results) {
            ++judged;
            if (severity(d.category) == 0) {
                continue;
            }
            ++flagged;
            html += row({escaped(data.itemIds[static_cast<std::size_t>(d.item)]), escaped(groupName(g, d.focal)),
                            escaped(groupName(g, d.reference)),
                            QStringLiteral("%1 / %2").arg(d.focalResponses).arg(d.referenceResponses),
                            QStringLiteral("%1 (%2)").arg(number(d.shift, 2), number(d.shiftSe, 2)),
                            number(d.effect, 2), probability(d.p), escaped(d.category)},
                severity(d.category) == 2 ? QStringLiteral("background: #fde9c8") : QString());
        }
        html += QStringLiteral("</table>\n<p class=\"note\">%1</p>\n")
                    .arg(escaped(tr("%1 comparison(s) judged; %2 shown above (class B or C), the others are A "
                                    "(negligible).")
                                     .arg(judged)
                                     .arg(flagged)));
    }

    // Options.
    if (!data.options.empty()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("Options chosen by ability")));
        int doubtful = 0;
        QString table = QStringLiteral("<table>\n")
            + header({tr("Item"), tr("Option"), tr("Right"), tr("Weakest third"), tr("Middle third"),
                tr("Strongest third")});
        for (const calibration::OptionShares &o : data.options) {
            if (!o.keyDoubt && o.attractive.isEmpty()) {
                continue;
            }
            ++doubtful;
            for (std::size_t k = 0; k < o.shares.size(); ++k) {
                const bool odd = (o.keys[k] && o.shares[k][2] - o.shares[k][0] <= -calibration::kAttractiveGap)
                    || o.attractive.contains(o.options[static_cast<qsizetype>(k)]);
                table += row({k == 0 ? escaped(data.itemIds[static_cast<std::size_t>(o.item)]) : QString(),
                                 escaped(o.options[static_cast<qsizetype>(k)]), o.keys[k] ? tr("yes") : QString(),
                                 percent(o.shares[k][0]), percent(o.shares[k][1]), percent(o.shares[k][2])},
                    odd ? QStringLiteral("background: #fde9c8") : QString());
            }
        }
        table += QStringLiteral("</table>\n");
        if (doubtful > 0) {
            html += table;
        }
        html += QStringLiteral("<p class=\"note\">%1</p>\n")
                    .arg(escaped(tr("%1 choice item(s) analysed (at least %2 answers each); %3 shown above, where the "
                                    "right option does not rise with ability or a wrong one draws the strongest "
                                    "pupils. Every item's shares are in options.csv.")
                                     .arg(data.options.size())
                                     .arg(calibration::kMinimumOptionAnswers)
                                     .arg(doubtful)));
    }

    // Dimensionality.
    if (data.dimensionality && data.dimensionality->areas >= 2) {
        const calibration::Dimensionality &d = *data.dimensionality;
        html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(tr("One ability or several?")));
        html += QStringLiteral("<table>\n");
        QStringList head{QString()};
        for (int a = 0; a < d.areas; ++a) {
            head << (a < data.areaNames.size() ? data.areaNames[a] : QString::number(a + 1));
        }
        html += header(head);
        for (int x = 0; x < d.areas; ++x) {
            QStringList cells{escaped(x < data.areaNames.size() ? data.areaNames[x] : QString::number(x + 1))};
            for (int y = 0; y < d.areas; ++y) {
                cells << (x == y ? tr("reliability %1").arg(number(d.reliability[static_cast<std::size_t>(x)], 2))
                                 : number(d.correlation[static_cast<std::size_t>(x * d.areas + y)], 2));
            }
            html += row(cells);
        }
        html += QStringLiteral("</table>\n");
        QString verdict = std::isnan(d.meanCorrelation)
            ? tr("Too few pupils answered items of two areas to compare them.")
            : d.oneAbility
            ? tr("One ability explains the answers: the areas' abilities correlate %1 on average (at least %2 "
                 "between any two, once measurement error is taken out). Scores by area would add nothing to the "
                 "overall score.")
                  .arg(number(d.meanCorrelation, 2), number(d.lowestCorrelation, 2))
            : tr("The areas measure abilities that differ: their correlation falls to %1 (average %2) once "
                 "measurement error is taken out. A profile by area can say more than the overall score.")
                  .arg(number(d.lowestCorrelation, 2), number(d.meanCorrelation, 2));
        if (!std::isnan(d.meanCorrelation)) {
            verdict += QLatin1Char(' ')
                + tr("The bank states a correlation of %1 between areas (scale.dimension_correlation); the answers "
                     "suggest %2.")
                      .arg(number(data.bankDimensionCorrelation, 2), number(std::min(d.meanCorrelation, 1.0), 2));
        }
        html += QStringLiteral("<p>%1</p>\n<p class=\"note\">%2</p>\n")
                    .arg(escaped(verdict),
                        escaped(tr("Residual correlation (Q3) between items of one area: %1; of different areas: %2. "
                                   "Items of one area whose residuals go together more than others' betray an ability "
                                   "of their own.")
                                    .arg(number(d.q3Within, 3), number(d.q3Between, 3))));
    }

    // Methods.
    html += QStringLiteral("<h2>%1</h2>\n<ul class=\"note\">\n").arg(escaped(tr("Methods")));
    const QStringList methods{
        tr("Marginal maximum likelihood by EM (Bock and Aitkin), %1 quadrature points on [%2, %3], accelerated by "
           "SQUAREM; the lower asymptote of 3PL items has a Beta(%4, %5) prior unless fixed.")
            .arg(data.settings.nodes)
            .arg(QLocale().toString(data.settings.lower))
            .arg(QLocale().toString(data.settings.upper))
            .arg(QLocale().toString(data.settings.guessingAlpha))
            .arg(QLocale().toString(data.settings.guessingBeta)),
        tr("RMSD: the gap between the observed and the expected score along the ability scale (the item fit of PISA "
           "and PIAAC, made for adaptive tests where each pupil answers few items); flagged above %1.")
            .arg(QLocale().toString(calibration::kMisfitRmsd)),
        tr("S-X2 (Orlando and Thissen 2000): on complete data only, pupils grouped by summed score; flagged below "
           "p = %1.")
            .arg(QLocale().toString(calibration::kSx2Alpha)),
        tr("Answers needed (De Ayala 2009): 200 for 1PL, 500 for 2PL and partial credit, 1000 for 3PL."),
        tr("Local dependence: Yen's Q3, flagged %1 above the average of all pairs (Christensen, Makransky and Horton "
           "2017).")
            .arg(QLocale().toString(calibration::kLocalDependence)),
        tr("DIF: each group's difficulty shift for the item, with the pupils' abilities from their other answers and "
           "each group's own ability distribution (so that a group's lower ability is not taken for DIF), the items "
           "found with DIF left out once (purification); likelihood ratio test. Right/wrong items: ETS classes from "
           "the delta (−2.35 × log odds ratio): A when |delta| is below 1 or not significant, C when it is at least "
           "1.5 and significantly above 1, B between. Partial credit: SMD/SD, AA up to 0.17 or not significant, CC "
           "above 0.25, BB between (Zwick, Thayer and Mazzeo 1997). At least %1 answers per group.")
            .arg(calibration::kMinimumDifResponses),
        tr("Dimensionality: each area's ability estimated from its items alone, correlations corrected for "
           "measurement error; areas correlated at least %1 measure one ability (Sinharay, Puhan and Haberman 2011).")
            .arg(QLocale().toString(calibration::kDistinctAreas)),
    };
    for (const QString &m : methods) {
        html += QStringLiteral("<li>%1</li>\n").arg(escaped(m));
    }
    html += QStringLiteral("</ul>\n</body></html>\n");
    return html;
}

} // namespace aicet::reports
