#pragma once

#include "calibration/Calibration.h"
#include "calibration/ItemAnalysis.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace aicet::reports {

/// DIF found between the groups of one grouping (the language items were shown in, the pupils'
/// year groups…).
struct DifGrouping
{
    QString name; ///< "language", "group"
    QStringList groups; ///< the group names, by index
    std::vector<calibration::DifResult> results;
    QString notJudged; ///< why no item was judged (too few groups, too many, too few answers)
};

/// Everything a calibration report shows, gathered by the command that calibrated.
struct CalibrationReportData
{
    QString bank; ///< the bank's id and version, or the response file's name
    QString source; ///< where the responses came from
    QDateTime createdAt;
    int persons = 0;
    QString model; ///< the models fitted, in words
    std::vector<QString> itemIds;
    std::vector<bool> anchors; ///< per item: kept its parameters
    calibration::Settings settings;
    calibration::Result result;
    std::optional<calibration::ItemAnalysis> analysis;
    std::vector<DifGrouping> dif;
    std::vector<calibration::OptionShares> options; ///< choice items' option analysis
    std::optional<calibration::Dimensionality> dimensionality;
    QStringList areaNames; ///< by area index
    double bankDimensionCorrelation = 1.0; ///< what the bank's scale states
};

/// The flags of one item, as the parameter CSV writes them: misfit (RMSD), sx2-misfit,
/// few-responses, dif (a C or CC in some grouping).
QStringList itemFlags(const CalibrationReportData &data, std::size_t item);

/// The worst DIF finding of an item across groupings ("C:en", "BB:4e"), empty when none was judged.
QString worstDif(const CalibrationReportData &data, std::size_t item);

/// The calibration report for trainers (one HTML page, readable in any browser and in the
/// desktop application): the estimation, what needs attention item by item in plain words, the
/// parameters with their fit, DIF, local dependence and dimensionality, and the methods with their
/// thresholds and sources. In the interface's language.
QString renderCalibrationReport(const CalibrationReportData &data);

} // namespace aicet::reports
