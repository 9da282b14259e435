#pragma once

#include "CalibrationReport.h"
#include "bank/ItemBank.h"
#include "bank/Scoring.h"
#include "calibration/Calibration.h"
#include "calibration/ItemAnalysis.h"
#include "cat/ResponseMatrix.h"
#include "cat/Simulation.h"
#include "services/ServiceContext.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

/// A calibration from start to finish, shared by `aicet-cli calibrate` and the trainer's
/// workspace: the responses gathered (from sittings or files), each item's model, the estimation,
/// the item analysis and its report, and the new parameters written into the bank as a release.
namespace aicet::documents {

/// Each cell's group in one grouping (the language an item was shown in, the pupil's group), by
/// index into `names`; −1 where unknown.
struct CellGroups
{
    std::vector<signed char> cells;
    QStringList names;
    bool tooMany = false; ///< more groups than a cell can index

    void set(std::size_t cell, const QString &name);
};

/// One response as a sitting's log or `results export --responses` gives it.
struct ResponseLine
{
    QString person;
    QString itemId;
    int score = 0;
    QString language; ///< the language the item was shown in
    QString group; ///< the pupil's group
    QStringList chosen; ///< choice items: the options ticked ("true" or "false" for true or false)
};

/// The options an answer ticks, as the option analysis counts them.
QStringList chosenOptions(const ItemResponse &response);

/// The responses to calibrate from, over the bank's items.
struct CalibrationData
{
    cat::ResponseMatrix matrix;
    CellGroups languages;
    CellGroups groups;
    std::vector<calibration::OptionChoice> choices; ///< the options ticked, where the responses say
    int withoutGroup = 0; ///< persons a groups file gave no group
    QString source; ///< where they came from, in words (the report's)
};

/// The responses in a matrix over the bank's items (one row per person), with each cell's language
/// and group; every line naming an item the bank does not have, or a score it cannot give, is an
/// error.
std::optional<CalibrationData> dataFromLines(
    const ItemBank &bank, const QList<ResponseLine> &lines, QStringList *errors);

/// The responses of the sessions of these sittings (persons "SITTING/code"). Every sitting must have
/// been taken on exactly this content of the bank (its hash), else it is refused by name.
std::optional<CalibrationData> dataFromSittings(
    const services::ServiceContext &context, const ItemBank &bank, const QStringList &sittings, QStringList *errors);

/// How the items are calibrated.
struct CalibrationChoices
{
    irt::Model model = irt::Model::TwoPL; ///< right/wrong items: 1PL, 2PL or 3PL
    std::optional<irt::Model> partial; ///< partial-credit items: GPCM or GRM (default: the bank's, else GPCM)
    enum class Guessing : unsigned char { Estimate, Free, Chance } guessing = Guessing::Estimate; ///< 3PL's c
    bool fixedOperational = false; ///< the bank's operational items keep their parameters (anchors)
    bool withBank = true; ///< the bank's parameters are the starting values (false: a matrix's columns)
    bool analyse = true; ///< fit, local dependence, DIF, options, areas
    QStringList dif{QStringLiteral("language")}; ///< groupings compared: "language", "group"
    bool difAsked = false; ///< compare even when the responses have one language
    /// Items whose answers cannot tell their parameters (all right, all wrong, a score nobody got)
    /// are left out, keeping theirs, instead of stopping the whole calibration (the workspace's
    /// choice; the command line says which item to fix).
    bool leaveOutUntellable = false;
    /// Items with fewer answers than this are left out too, keeping their parameters (0: none).
    int minimumAnswers = 0;
    calibration::Settings settings;
};

/// Each item's model and starting values under these choices (the highest score in the data
/// decides partial credit for items the bank does not say).
std::vector<calibration::ItemSpec> itemSpecs(
    const ItemBank &bank, const cat::ResponseMatrix &matrix, const CalibrationChoices &choices);

struct CalibrationOutcome
{
    std::vector<calibration::ItemSpec> specs;
    reports::CalibrationReportData report; ///< its `result` is the estimation
    double seconds = 0.0; ///< the estimation's
    double analysisSeconds = 0.0;
    std::vector<int> answers; ///< per item: the answers in the data (left out or not)
    std::vector<QString> leftOut; ///< per item: why it was left out (CalibrationChoices::leaveOutUntellable)
    QString error; ///< nothing was estimated (items named by their ids), or "cancelled"

    const calibration::Result &result() const { return report.result; }
    int estimated() const; ///< items whose parameters were estimated
    int unanswered() const; ///< items nobody answered
    int partialItems() const; ///< partial-credit items estimated
    bool anchored() const; ///< some anchor was answered
};

/// Estimates the parameters and analyses the items (on the calling thread; the settings'
/// `progress` can cancel). `bankLabel` and the data's source go into the report.
CalibrationOutcome calibrateBank(
    const ItemBank &bank, const CalibrationData &data, const CalibrationChoices &choices, const QString &bankLabel);

/// The report's files, for tools and readers: parameters.csv, report.html, and when there is
/// something to say options.csv and dif.csv. `withErrors`: the standard errors' columns.
QList<std::pair<QString, QByteArray>> reportFiles(const ItemBank &bank, const CalibrationOutcome &outcome);

/// Writes the report's files into `folder` (created if needed): every file in full beside its
/// earlier version first, then all put in place; a dif.csv or options.csv of an earlier report that
/// this one does not have is removed, so a folder never mixes two calibrations.
bool writeReportFolder(const QString &folder, const QList<std::pair<QString, QByteArray>> &files, QString *error);

/// What a new release of the bank changes, item by item (indexes into the bank's items).
struct ReleaseDecisions
{
    std::vector<bool> acceptParameters; ///< write the item's new parameters
    std::vector<bool> makeOperational; ///< a pilot (or draft) item becomes operational
};

/// Why the new parameters of item `item` cannot go into the bank as they are (empty: they can): out
/// of the loader's ranges once rounded, or a bank taking guessing from chance that would change
/// their meaning.
QString parametersProblem(const ItemBank &bank, const CalibrationOutcome &outcome, std::size_t item);

struct ReleaseOutcome
{
    QString version; ///< the new version
    int parametersWritten = 0;
    int madeOperational = 0;
    /// The exposure control computed again for the new release (the bank had one), in words; or
    /// why it could not be (it is then off until computed again).
    QString exposure;
    bool exposureWritten = false;
    QStringList errors; ///< nothing was written
};

/// Writes a new release of the bank into its folder: the accepted items' `irt:` lines (one line,
/// as the bank writes them), the `status:` of items made operational, and the bank's version
/// (`newVersion`, or its minor number raised when empty). Only those lines change: comments, order
/// and formatting stay. A bank with an exposure control has it computed again for the new content
/// (with its target, simulees and seed). Every file is written in full beside its original before
/// any replaces it: all or nothing.
ReleaseOutcome writeRelease(const ItemBank &bank, const CalibrationOutcome &outcome, const ReleaseDecisions &decisions,
    const QString &newVersion = {});

/// How the Sympson-Hetter exposure control is computed (`aicet-cli bank exposure`).
struct ExposureSettings
{
    double target = 0.3; ///< the largest share of tests a question may appear in
    int simulees = 2000;
    std::uint64_t seed = 1;
};
struct ExposureOutcome
{
    cat::SympsonHetterCalibration calibration;
    QString text; ///< the exposure file (exposure.yaml) for the bank, when it converged
};
/// Computes the bank's exposure parameters afresh by simulating its default test (those it may
/// already apply play no part) and the exposure file that stores them for this content.
ExposureOutcome computeExposure(const ItemBank &bank, const ExposureSettings &settings);

/// The version after `version` (its minor number raised: 0.2.0 → 0.3.0, 1.4 → 1.5); empty when it
/// has no such form.
QString nextVersion(const QString &version);

/// A number as a bank writes it: at most 4 decimals, no trailing zeros.
QString yamlNumber(double x);

} // namespace aicet::documents
