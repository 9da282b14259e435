#pragma once

#include "scoring/Timeline.h"
#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <optional>

namespace aicet::services {

/// Why a result has no level, in words for a teacher ("time up", "stopped", "too few answers",
/// "not precise enough"); empty when it has a level.
QString incompleteReason(const store::ResultRecord &result);

/// What the answers themselves say, in words for a teacher: "consistent answers", or why they are
/// implausible ("answers that look random", "3 answers too fast to have been read"). The flags
/// earn no certificate.
QString fitSummary(const scoring::PersonFit &fit);

/// One session of a sitting, as the results table shows it.
struct SessionSummary
{
    store::SessionRecord session;
    QString candidateCode;
    QString candidateName;
    std::optional<store::ResultRecord> result;
    double elapsedSeconds = 0.0;
    int focusLosses = 0;
    QString candidateGroup; ///< the pupil's class (or group) as registered
};

/// A sitting's results: its sessions, and the bank's dimensions in the bank's order.
struct SittingResults
{
    store::SittingRecord sitting;
    std::vector<std::pair<QString, QString>> dimensions; ///< id, name (in `language`)
    QList<SessionSummary> sessions;
    /// The language of the names: the one asked for, else the sitting's, else the bank's default.
    QString language;
    /// The sitting has the pupils' names (it asked them, or took them from class lists): the
    /// sessions' candidateName holds them (empty otherwise, and no column of names is shown).
    bool names = false;
    /// The pupils registered for the sitting (class lists) who have not started it.
    QList<store::CandidateRecord> absent;
    QHash<QString, QString> levelNames; ///< level id → name in `language` (empty without the bank)
    QStringList levels; ///< the bank's level ids, the lowest first (empty without the bank)

    /// The level's name in `language` (its id when the bank cannot be read); empty for no level.
    QString levelName(const QString &levelId) const { return levelNames.value(levelId, levelId); }
};

/// One answer of a sitting, for calibration.
struct ResponseRow
{
    QString candidateCode;
    int position = 0;
    QString itemId;
    QJsonObject response;
    int category = 0;
    QString candidateGroup; ///< the pupil's group as registered (e.g. a class or year group)
};

/// How one question fared in a sitting: how often it was given and answered, and how well.
struct ItemStatistic
{
    QString itemId;
    QString stem; ///< the question, in the sitting's language
    bool pilot = false; ///< a pilot question (not scored)
    int given = 0; ///< sessions it was shown in
    int answered = 0;
    int right = 0; ///< answers with the top score
    double meanScore = 0.0; ///< mean of score / top score over the answers (0 to 1)
};

/// How one item behaved with real pupils, in every sitting on its bank.
struct ItemBehaviour
{
    int answers = 0;
    int withAbility = 0; ///< answers whose session has a result (an ability estimate)
    int right = 0; ///< answers with the top score
    double meanScore = 0.0; ///< mean of score / top score (0 to 1)
    /// Correlation of the score with the session's ability (NaN: fewer than 10 answers with an
    /// ability, or no variation).
    double correlation = std::numeric_limits<double>::quiet_NaN();
    struct Group
    {
        double thetaLow = 0.0, thetaHigh = 0.0, thetaMean = 0.0;
        int answers = 0;
        double meanScore = 0.0;
        /// Single choice and multiple response: the answers that ticked each option, in the
        /// item's order (a multiple response's add up to more than the answers).
        std::vector<int> optionCounts;
    };
    std::vector<Group> groups; ///< by ability, lowest first (thirds, or fewer with few answers)
};

/// Everything an evaluator's report about one session shows.
struct SessionDetail
{
    store::SittingRecord sitting;
    store::SessionRecord session;
    store::CandidateRecord candidate;
    std::optional<store::ResultRecord> result;
    std::shared_ptr<const ItemBank> bank;
    scoring::SessionTimeline timeline;
};

/// The read side: results tables, responses for calibration, a session's timeline, the live
/// status of a sitting. Every call returns nothing with `error` set when the database cannot be
/// read or the sitting or session does not exist; `notFound`, when given, tells which.
class Results
{
    Q_DECLARE_TR_FUNCTIONS(Results)

public:
    explicit Results(const ServiceContext &context);

    /// `language`: the names of levels and dimensions (empty: the sitting's, else the bank's
    /// default); a language the bank does not have is an error.
    std::optional<SittingResults> ofSitting(
        const QString &sittingCode, QString *error, bool *notFound = nullptr, const QString &language = {});
    std::optional<QList<ResponseRow>> responses(const QString &sittingCode, QString *error, bool *notFound = nullptr);
    /// Every question shown in the sitting, the most given first (`group`: only that class's
    /// pupils; empty: all).
    /// How `item` of the bank `bankId` behaved in every sitting on that bank.
    std::optional<ItemBehaviour> itemBehaviour(const QString &bankId, const BankItem &item, QString *error);
    std::optional<QList<ItemStatistic>> itemStatistics(
        const QString &sittingCode, QString *error, const QString &group = {}, const QString &language = {});
    std::optional<SessionDetail> detail(qint64 sessionId, QString *error, bool *notFound = nullptr);
    std::optional<QList<store::SessionOverviewRecord>> live(
        const QString &sittingCode, QString *error, bool *notFound = nullptr);

private:
    std::optional<store::SittingRecord> sitting(const QString &code, QString *error, bool *notFound);

    ServiceContext m_context;
};

} // namespace aicet::services
