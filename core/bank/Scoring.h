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

/// The longest accepted answer of a short_text item, in characters: the loader refuses longer ones.
inline constexpr qsizetype kMaxAcceptedAnswerLength = 200;
/// The longest short_text response compared with the accepted answers, in characters as typed
/// (room for spaces and punctuation around the longest accepted answer): a longer one scores 0
/// without being compared, so that no typed or stored text makes scoring slow.
inline constexpr qsizetype kMaxShortTextResponseLength = 1000;

/// Levenshtein distance between two strings.
int editDistance(const QString &a, const QString &b);

/// The Levenshtein distance when it is at most `maxDistance`, otherwise maxDistance + 1. Bounded
/// work: nothing is computed when the lengths differ by more than maxDistance, only the band of
/// 2·maxDistance + 1 cells around the diagonal of each row is, and the computation stops at the
/// first row whose cells all exceed maxDistance. `cells`, when given, receives the number of table
/// cells computed.
int editDistance(const QString &a, const QString &b, int maxDistance, qint64 *cells = nullptr);

} // namespace aicet
