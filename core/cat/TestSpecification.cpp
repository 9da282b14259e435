#include "cat/TestSpecification.h"

#include "Translate.h"
#include "bank/ItemBank.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace aicet::cat {

bool parseSelectionRule(const QString &text, SelectionRule *rule)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("mfi")) {
        *rule = SelectionRule::MaximumInformation;
    } else if (t == QLatin1String("bopt")) {
        *rule = SelectionRule::ClosestDifficulty;
    } else if (t == QLatin1String("mlwi")) {
        *rule = SelectionRule::LikelihoodWeighted;
    } else if (t == QLatin1String("mpwi")) {
        *rule = SelectionRule::PosteriorWeighted;
    } else {
        return false;
    }
    return true;
}

QString selectionRuleName(SelectionRule rule)
{
    switch (rule) {
    case SelectionRule::MaximumInformation:
        return QStringLiteral("mfi");
    case SelectionRule::ClosestDifficulty:
        return QStringLiteral("bopt");
    case SelectionRule::LikelihoodWeighted:
        return QStringLiteral("mlwi");
    case SelectionRule::PosteriorWeighted:
        return QStringLiteral("mpwi");
    }
    return {};
}

QString stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::None:
        return QStringLiteral("none");
    case StopReason::MaxItems:
        return QStringLiteral("max-items");
    case StopReason::StandardError:
        return QStringLiteral("standard-error");
    case StopReason::TimeLimit:
        return QStringLiteral("time-limit");
    case StopReason::Classification:
        return QStringLiteral("classification");
    case StopReason::PoolExhausted:
        return QStringLiteral("pool-exhausted");
    }
    return {};
}

int TestSpecification::pilotQuestions(const ItemBank &bank, int scoredItems) const
{
    int available = 0;
    for (const BankItem &item : bank.items) {
        available += item.status == ItemStatus::Pilot && !excludedItems.contains(item.id) ? 1 : 0;
    }
    std::vector<int> slots = pilotPositions;
    std::sort(slots.begin(), slots.end());
    slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
    // The slot at position p comes after p - 1 questions, the pilot ones before it included: the
    // test reaches it while fewer than `scoredItems` scored questions were given.
    int reached = 0;
    for (const int p : slots) {
        reached += p - 1 - reached < scoredItems ? 1 : 0;
    }
    return std::min(available, reached);
}

QString TestSpecification::validate(const ItemBank &bank) const
{
    if (QString e = interim.validate(); !e.isEmpty()) {
        return CatText::tr("interim estimator: %1").arg(e);
    }
    if (QString e = final.validate(); !e.isEmpty()) {
        return CatText::tr("final estimator: %1").arg(e);
    }
    if (!std::isfinite(startTheta)) {
        return CatText::tr("the starting theta must be a finite number");
    }
    if (stopping.minItems < 0 || stopping.maxItems < 1 || stopping.minItems > stopping.maxItems) {
        return CatText::tr("test length: need 0 <= minimum <= maximum and a maximum of at least 1 (got %1 to %2)")
            .arg(stopping.minItems)
            .arg(stopping.maxItems);
    }
    if (exposure.maxPartialCredit < 0) {
        return CatText::tr("the limit of partial-credit items must be 0 (none) or more");
    }
    if (!std::isfinite(stopping.seTarget) || stopping.seTarget < 0.0) {
        return CatText::tr("the standard-error target must be a non-negative number");
    }
    if (!std::isfinite(stopping.timeLimitSeconds) || stopping.timeLimitSeconds < 0.0) {
        return CatText::tr("the time limit must be a non-negative number of seconds");
    }
    if (stopping.classification) {
        if (!(stopping.classificationConfidence > 0.0 && stopping.classificationConfidence < 1.0)) {
            return CatText::tr("the classification confidence must be between 0 and 1");
        }
        if (bank.levelCuts.empty()) {
            return CatText::tr("the classification rule needs level cut scores in the bank");
        }
    }
    if (exposure.randomesque < 1) {
        return CatText::tr("randomesque needs k >= 1");
    }
    if (!contentTargets.empty()) {
        if (contentTargets.size() != bank.dimensions.size()) {
            return CatText::tr("content targets: %1 given for %2 dimensions")
                .arg(contentTargets.size())
                .arg(bank.dimensions.size());
        }
        double sum = 0.0;
        for (double t : contentTargets) {
            if (!std::isfinite(t) || t < 0.0) {
                return CatText::tr("content targets must be non-negative proportions");
            }
            sum += t;
        }
        if (sum <= 0.0) {
            return CatText::tr("content targets must not all be zero");
        }
    }
    for (int p : pilotPositions) {
        if (p < 1) {
            return CatText::tr("pilot positions are 1-based (got %1)").arg(p);
        }
    }
    for (const QString &id : excludedItems) {
        if (bank.indexOf(id) < 0) {
            return CatText::tr("excluded item \"%1\" is not in the bank").arg(id);
        }
    }
    return {};
}

} // namespace aicet::cat
