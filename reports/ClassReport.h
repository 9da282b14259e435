#pragma once

#include <QColor>
#include <QImage>
#include <QString>

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

} // namespace aicet::reports
