#pragma once

#include "irt/ItemModel.h"

#include <QImage>
#include <QString>

#include <vector>

namespace aicet::reports {

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

} // namespace aicet::reports
