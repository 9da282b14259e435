#pragma once

#include "bank/ItemBank.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace aicet {

/// A pupil's answer to one item, in the form its type takes.
struct ItemResponse
{
    QStringList choices; ///< single_choice: one option id; multiple_response: the ticked ids; ordering: the order
    QMap<QString, QString> pairs; ///< matching: premise id → chosen response id
    std::optional<bool> truth; ///< true_false
    std::optional<double> number; ///< numeric
    QString text; ///< short_text
    QString language; ///< the language the item was shown in (short_text answers are compared in it)
};

/// The response category of an answer under the item's scoring rule: 0 or 1 for all-or-nothing
/// items; for partial credit, multiple_response scores right options ticked minus wrong ones
/// (floored at 0), ordering the adjacent pairs in the right relative order, matching the right
/// pairs. An unanswered item scores 0.
int scoreResponse(const ItemContent &content, const ItemResponse &response);

/// An answer that scores exactly `category` under the item's rule (simulated candidates, tests).
ItemResponse responseForCategory(const ItemContent &content, int category, const QString &language);

/// An answer in words, in `language` ("fr" or "en"): the options chosen, the order given (A → B),
/// the pairs made, true or false, the number, the text. Empty when nothing was answered.
QString describeResponse(const ItemContent &content, const ItemResponse &response, const QString &language);
/// The right answer in words (for short answers, the first accepted one).
QString describeKey(const ItemContent &content, const QString &language);

/// The answer as stored in a session's event log, and back.
QJsonObject responseToJson(const ItemResponse &response);
ItemResponse responseFromJson(const QJsonObject &json);

/// Case, accents, punctuation at the ends and repeated spaces removed: "  L'Été " → "l'ete".
QString normalizeAnswer(const QString &text);

/// Levenshtein distance between two strings.
int editDistance(const QString &a, const QString &b);

} // namespace aicet
