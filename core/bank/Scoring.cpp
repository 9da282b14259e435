#include "bank/Scoring.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>
#include <vector>

namespace aicet {

int editDistance(const QString &a, const QString &b, int maxDistance, qint64 *cells)
{
    if (cells) {
        *cells = 0;
    }
    const qsizetype n = a.size(), m = b.size();
    const qsizetype k = std::max(0, maxDistance);
    const int beyond = static_cast<int>(k) + 1;
    if (std::abs(n - m) > k) {
        return beyond;
    }
    // Row i holds the distances between a's first i characters and b's first j, for j within k of
    // i; cells outside the band count as beyond (their distance is more than k anyway).
    std::vector<int> prev(static_cast<std::size_t>(m) + 1, beyond), cur(prev.size(), beyond);
    for (qsizetype j = 0; j <= std::min(m, k); ++j) {
        prev[static_cast<std::size_t>(j)] = static_cast<int>(j);
    }
    qint64 computed = 0;
    for (qsizetype i = 1; i <= n; ++i) {
        const qsizetype lo = std::max<qsizetype>(1, i - k), hi = std::min(m, i + k);
        cur[0] = i <= k ? static_cast<int>(i) : beyond;
        cur[static_cast<std::size_t>(lo - 1)] = lo > 1 ? beyond : cur[0];
        int rowMin = cur[0];
        for (qsizetype j = lo; j <= hi; ++j) {
            const auto uj = static_cast<std::size_t>(j);
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[uj] = std::min({prev[uj] + 1, cur[uj - 1] + 1, prev[uj - 1] + cost, beyond});
            rowMin = std::min(rowMin, cur[uj]);
        }
        computed += hi - lo + 1;
        if (hi < m) {
            cur[static_cast<std::size_t>(hi) + 1] = beyond;
        }
        std::swap(prev, cur);
        if (rowMin > k) {
            break; // every path to the end goes through this row: the distance is beyond k
        }
    }
    if (cells) {
        *cells = computed;
    }
    return std::min(prev[static_cast<std::size_t>(m)], beyond);
}

int editDistance(const QString &a, const QString &b)
{
    return editDistance(a, b, static_cast<int>(std::min<qsizetype>(std::max(a.size(), b.size()), INT_MAX - 1)));
}

QString normalizeAnswer(const QString &text)
{
    // Decompose, drop the combining accents, fold case, unify apostrophes, collapse spaces.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if (ch == QChar(0x2019) || ch == QChar(0x2018) || ch == QChar(0x02BC)) {
            out.append(QLatin1Char('\''));
        } else {
            out.append(ch.toCaseFolded());
        }
    }
    out = out.simplified();
    auto isEdgePunctuation = [](QChar c) { return c.isPunct() || c.isSymbol(); };
    while (!out.isEmpty() && isEdgePunctuation(out.front())) {
        out.remove(0, 1);
    }
    while (!out.isEmpty() && isEdgePunctuation(out.back())) {
        out.chop(1);
    }
    return out.trimmed();
}

QString describeResponse(const ItemContent &c, const ItemResponse &r, const QString &language)
{
    const bool french = language == QLatin1String("fr");
    auto choiceText = [&](const std::vector<Choice> &choices, const QString &id) {
        for (const Choice &ch : choices) {
            if (ch.id == id) {
                return localized(ch.text, language);
            }
        }
        return id;
    };
    QStringList parts;
    switch (c.type) {
    case ItemType::SingleChoice:
    case ItemType::MultipleResponse:
        for (const QString &id : r.choices) {
            parts.append(choiceText(c.options, id));
        }
        return parts.join(QStringLiteral(" ; "));
    case ItemType::Ordering:
        for (const QString &id : r.choices) {
            parts.append(choiceText(c.elements, id));
        }
        return parts.join(QStringLiteral(" → "));
    case ItemType::Matching:
        // In the order of the premises, as the question shows them.
        for (const Choice &premise : c.premises) {
            if (r.pairs.contains(premise.id)) {
                parts.append(localized(premise.text, language) + QStringLiteral(" → ")
                    + choiceText(c.responses, r.pairs.value(premise.id)));
            }
        }
        return parts.join(QStringLiteral(" ; "));
    case ItemType::TrueFalse:
        return !r.truth ? QString()
            : *r.truth  ? (french ? QStringLiteral("Vrai") : QStringLiteral("True"))
                        : (french ? QStringLiteral("Faux") : QStringLiteral("False"));
    case ItemType::Numeric:
        return r.number ? QLocale(french ? QLocale::French : QLocale::English).toString(*r.number) : QString();
    case ItemType::ShortText:
        return r.text.trimmed();
    }
    return {};
}

QString describeKey(const ItemContent &c, const QString &language)
{
    ItemResponse key;
    key.language = language;
    switch (c.type) {
    case ItemType::SingleChoice:
    case ItemType::MultipleResponse:
    case ItemType::Ordering:
        key.choices = c.key;
        break;
    case ItemType::Matching:
        key.pairs = c.matchingKey;
        break;
    case ItemType::TrueFalse:
        key.truth = c.trueFalseKey;
        break;
    case ItemType::Numeric:
        key.number = c.numericKey;
        break;
    case ItemType::ShortText:
        key.text = c.accepted.value(language, c.accepted.isEmpty() ? QStringList() : c.accepted.first()).value(0);
        break;
    }
    return describeResponse(c, key, language);
}

namespace {
// The one_mistake rule: 2 without a mistake, 1 with exactly one, 0 otherwise.
int oneMistakeScore(int mistakes)
{
    return mistakes == 0 ? 2 : mistakes == 1 ? 1 : 0;
}
} // namespace

int scoreResponse(const ItemContent &c, const ItemResponse &r)
{
    const bool partial = c.scoring == Scoring::Partial;
    switch (c.type) {
    case ItemType::SingleChoice:
        return r.choices.size() == 1 && c.key.size() == 1 && r.choices.first() == c.key.first() ? 1 : 0;
    case ItemType::MultipleResponse: {
        int right = 0, wrong = 0;
        QStringList seen;
        for (const QString &choice : r.choices) {
            if (seen.contains(choice)) {
                continue;
            }
            seen.append(choice);
            (c.key.contains(choice) ? right : wrong) += 1;
        }
        if (partial) {
            return std::max(0, right - wrong);
        }
        if (c.scoring == Scoring::OneMistake) {
            // A mistake: a wrong option ticked, or a right one left. Nothing ticked is no answer.
            return seen.isEmpty() ? 0 : oneMistakeScore(wrong + static_cast<int>(c.key.size()) - right);
        }
        return right == c.key.size() && wrong == 0 ? 1 : 0;
    }
    case ItemType::TrueFalse:
        return r.truth.has_value() && *r.truth == c.trueFalseKey ? 1 : 0;
    case ItemType::Ordering: {
        if (r.choices.size() != c.key.size()) {
            return 0;
        }
        if (c.scoring == Scoring::OneMistake) {
            if (r.choices == c.key) {
                return 2;
            }
            // One mistake: the right order with two neighbours swapped.
            for (qsizetype i = 0; i + 1 < c.key.size(); ++i) {
                QStringList swapped = c.key;
                swapped.swapItemsAt(i, i + 1);
                if (r.choices == swapped) {
                    return 1;
                }
            }
            return 0;
        }
        if (!partial) {
            return r.choices == c.key ? 1 : 0;
        }
        int pairs = 0;
        for (qsizetype i = 0; i + 1 < r.choices.size(); ++i) {
            const qsizetype here = c.key.indexOf(r.choices[i]), next = c.key.indexOf(r.choices[i + 1]);
            pairs += here >= 0 && next >= 0 && here < next ? 1 : 0;
        }
        return pairs;
    }
    case ItemType::Matching: {
        int right = 0;
        QStringList wrong;
        for (auto it = c.matchingKey.constBegin(); it != c.matchingKey.constEnd(); ++it) {
            const bool ok = r.pairs.value(it.key()) == it.value();
            right += ok ? 1 : 0;
            if (!ok) {
                wrong.append(it.key());
            }
        }
        if (partial) {
            return right;
        }
        if (c.scoring == Scoring::OneMistake) {
            // One mistake: one premise wrong, or two premises given each other's responses.
            if (wrong.size() == 2) {
                const QString &p = wrong[0], &q = wrong[1];
                return r.pairs.value(p) == c.matchingKey.value(q) && r.pairs.value(q) == c.matchingKey.value(p) ? 1 : 0;
            }
            return oneMistakeScore(static_cast<int>(wrong.size()));
        }
        return right == c.matchingKey.size() ? 1 : 0;
    }
    case ItemType::Numeric:
        return r.number.has_value() && std::isfinite(*r.number)
                && std::fabs(*r.number - c.numericKey) <= c.tolerance + 1e-9
            ? 1
            : 0;
    case ItemType::ShortText: {
        // Bounded work whatever the response: a text far longer than any accepted answer is not
        // compared at all, and the comparison stops as soon as the distance exceeds max_edits.
        if (r.text.size() > kMaxShortTextResponseLength) {
            return 0;
        }
        const QString given = normalizeAnswer(r.text);
        if (given.isEmpty()) {
            return 0;
        }
        QStringList candidates = c.accepted.value(r.language);
        if (candidates.isEmpty()) {
            for (const QStringList &list : c.accepted) {
                candidates += list;
            }
        }
        for (const QString &accepted : candidates) {
            if (accepted.size() > kMaxShortTextResponseLength) {
                continue; // the loader refuses it; a bank built otherwise does not make scoring slow
            }
            if (editDistance(given, normalizeAnswer(accepted), c.maxEdits) <= c.maxEdits) {
                return 1;
            }
        }
        return 0;
    }
    }
    return 0;
}

ItemResponse responseForCategory(const ItemContent &c, int category, const QString &language)
{
    ItemResponse r;
    r.language = language;
    const bool partial = c.scoring == Scoring::Partial;
    auto firstWrongOption = [&]() {
        for (const Choice &o : c.options) {
            if (!c.key.contains(o.id)) {
                return o.id;
            }
        }
        return QString();
    };
    switch (c.type) {
    case ItemType::SingleChoice:
        r.choices = category > 0 ? c.key : QStringList{firstWrongOption()};
        break;
    case ItemType::MultipleResponse:
        if (c.scoring == Scoring::OneMistake) {
            if (category >= 2) {
                r.choices = c.key;
            } else if (category == 1) {
                // One right option left out (or, with a single right option, a wrong one added).
                r.choices = c.key.size() > 1 ? c.key.mid(1) : c.key + QStringList{firstWrongOption()};
            } else {
                // Every wrong option and no right one: at least three mistakes.
                for (const Choice &o : c.options) {
                    if (!c.key.contains(o.id)) {
                        r.choices.append(o.id);
                    }
                }
            }
        } else if (partial) {
            r.choices = c.key.mid(0, category);
        } else if (category > 0) {
            r.choices = c.key;
        } else {
            r.choices = c.key.size() > 1 ? c.key.mid(1) : QStringList{firstWrongOption()};
        }
        break;
    case ItemType::TrueFalse:
        r.truth = category > 0 ? c.trueFalseKey : !c.trueFalseKey;
        break;
    case ItemType::Ordering: {
        if (c.scoring == Scoring::OneMistake) {
            // All right; the first two swapped; or the whole order reversed (three elements or
            // more: not one swap away).
            r.choices = c.key;
            if (category == 1 && r.choices.size() > 1) {
                r.choices.swapItemsAt(0, 1);
            } else if (category <= 0) {
                std::reverse(r.choices.begin(), r.choices.end());
            }
            break;
        }
        // The elements after the first k + 1 in reverse, then the first k + 1 in order: exactly
        // k adjacent pairs in the right relative order.
        const qsizetype n = c.key.size();
        const qsizetype keep = partial ? std::min<qsizetype>(category, n - 1) + 1 : (category > 0 ? n : 1);
        QStringList order;
        for (qsizetype i = n - 1; i >= keep; --i) {
            order.append(c.key[i]);
        }
        order += c.key.mid(0, keep);
        r.choices = order;
        break;
    }
    case ItemType::Matching: {
        if (c.scoring == Scoring::OneMistake) {
            // All right; the first premise given another response; or every premise given another
            // response than its own (three premises or more: more than one mistake). A response
            // may serve several premises, so the wrong one is any response but the premise's.
            const auto another = [&](const QString &premise) {
                for (const Choice &resp : c.responses) {
                    if (resp.id != c.matchingKey.value(premise)) {
                        return resp.id;
                    }
                }
                return QString();
            };
            const QStringList premises = c.matchingKey.keys();
            for (qsizetype i = 0; i < premises.size(); ++i) {
                const bool wrong = category <= 0 || (category == 1 && i == 0);
                r.pairs.insert(premises[i], wrong ? another(premises[i]) : c.matchingKey.value(premises[i]));
            }
            break;
        }
        const int right = partial ? category : (category > 0 ? static_cast<int>(c.matchingKey.size()) : 0);
        int i = 0;
        for (auto it = c.matchingKey.constBegin(); it != c.matchingKey.constEnd(); ++it, ++i) {
            if (i < right) {
                r.pairs.insert(it.key(), it.value());
                continue;
            }
            for (const Choice &resp : c.responses) {
                if (resp.id != it.value()) {
                    r.pairs.insert(it.key(), resp.id);
                    break;
                }
            }
        }
        break;
    }
    case ItemType::Numeric:
        r.number = category > 0 ? c.numericKey : c.numericKey + c.tolerance + 1.0 + std::fabs(c.numericKey);
        break;
    case ItemType::ShortText:
        r.text = category > 0
            ? c.accepted.value(language, c.accepted.isEmpty() ? QStringList() : c.accepted.first()).value(0)
            : QStringLiteral("?");
        break;
    }
    return r;
}

QJsonObject responseToJson(const ItemResponse &r)
{
    QJsonObject o;
    if (!r.choices.isEmpty()) {
        o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(r.choices));
    }
    if (!r.pairs.isEmpty()) {
        QJsonObject pairs;
        for (auto it = r.pairs.constBegin(); it != r.pairs.constEnd(); ++it) {
            pairs.insert(it.key(), it.value());
        }
        o.insert(QStringLiteral("pairs"), pairs);
    }
    if (r.truth) {
        o.insert(QStringLiteral("truth"), *r.truth);
    }
    if (r.number) {
        o.insert(QStringLiteral("number"), *r.number);
    }
    if (!r.text.isEmpty()) {
        o.insert(QStringLiteral("text"), r.text);
    }
    if (!r.language.isEmpty()) {
        o.insert(QStringLiteral("language"), r.language);
    }
    return o;
}

ItemResponse responseFromJson(const QJsonObject &o)
{
    ItemResponse r;
    for (const QJsonValue &v : o.value(QStringLiteral("choices")).toArray()) {
        r.choices.append(v.toString());
    }
    const QJsonObject pairs = o.value(QStringLiteral("pairs")).toObject();
    for (auto it = pairs.constBegin(); it != pairs.constEnd(); ++it) {
        r.pairs.insert(it.key(), it.value().toString());
    }
    if (o.contains(QStringLiteral("truth"))) {
        r.truth = o.value(QStringLiteral("truth")).toBool();
    }
    if (o.contains(QStringLiteral("number"))) {
        r.number = o.value(QStringLiteral("number")).toDouble();
    }
    r.text = o.value(QStringLiteral("text")).toString();
    r.language = o.value(QStringLiteral("language")).toString();
    return r;
}

} // namespace aicet
