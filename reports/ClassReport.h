#pragma once

#include <QColor>
#include <QImage>
#include <QString>
#include <QStringList>

#include <vector>

namespace aicet::reports {

/// The colour of a level (index 0 the lowest, of `count`), light enough for black text, the same
/// in the results table, the charts and the class report; "not enough answers" is grey.
QColor levelColor(int index, int count);
QColor noLevelColor();

/// One bar of a distribution: a level's name (or "no level") and how many pupils have it.
struct LevelBar
{
    QString name;
    int pupils = 0;
    QColor colour;
};

/// How many pupils reached each level, as a bar chart with the counts written on the bars, black
/// on white (readable in either theme, printable), `width` × `height` pixels; `caption` under it.
QImage levelChart(const std::vector<LevelBar> &bars, const QString &caption, int width = 1600, int height = 600);

/// What the class report shows: the overview (counts and the level chart) and one line per pupil.
struct ClassReportData
{
    QString title; ///< the sitting's title
    QString sitting; ///< its code
    QString group; ///< the class shown; empty: the whole sitting
    qint64 madeAt = 0; ///< when the report was made (ms since the epoch), written in its language
    std::vector<LevelBar> bars;
    QStringList areas; ///< the areas' names, in the bank's order
    struct Cell
    {
        QString text;
        QColor colour; ///< invalid: none
    };
    struct Row
    {
        QString pupil;
        Cell level;
        QString score;
        std::vector<Cell> areas;
        QString check; ///< what the answers say ("consistent answers", or what to check)
    };
    std::vector<Row> rows;
    QStringList absent; ///< registered, not started
    QStringList unfinished; ///< started, not finished
};

/// The class report (A4 landscape PDF): the sitting, the date, the counts, the chart of levels,
/// then a table of every pupil (level, score, each area coloured by level, the check of the
/// answers), then the pupils absent or unfinished. `language`: fr or en.
QByteArray renderClassReport(const ClassReportData &data, const QString &language, QString *error);

} // namespace aicet::reports
