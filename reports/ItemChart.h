#pragma once

#include "irt/ItemModel.h"

#include <QImage>
#include <QString>

class QPainter;

#include <vector>

namespace aicet::reports {

/// The charts' common start, on a white `image` of width × height: antialiasing and the DejaVu Sans
/// font sized to the image (at least 11 px, at most height/`perHeight` and width/`perWidth`);
/// returns the height of a line of text.
double beginChart(QPainter &painter, const QImage &image, int perHeight, int perWidth);

/// A group of pupils' observed mean score on an item, at their mean ability.
struct ObservedPoint
{
    double theta = 0.0;
    double meanScore = 0.0; ///< 0 to 1
    int answers = 0;
};

/// The item's expected score (0 to 1) along the ability scale from its parameters (its
/// characteristic curve), the observed mean scores of groups of pupils as dots (sized by how many
/// answered), and the item's information (dashed, on its own scale at the right); black on white,
/// `width` × `height` pixels, with `caption` under it. Without parameters, only the dots.
QImage itemChart(const irt::ItemParameters *parameters, const std::vector<ObservedPoint> &observed,
    const QString &caption, int width, int height);

/// One point of a bank's precision along the ability scale.
struct PrecisionSample
{
    double theta = 0.0;
    double expectedSe = 0.0; ///< of the bank's default test there
    double bankInformation = 0.0;
};

/// The standard error a bank's default test is expected to reach along the ability scale (line),
/// the test's target when it has one (dotted), and the information of the whole bank (dashed, on
/// its own scale); black on white, with `caption` under it.
QImage precisionChart(
    const std::vector<PrecisionSample> &samples, double seTarget, const QString &caption, int width, int height);

} // namespace aicet::reports
