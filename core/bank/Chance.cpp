#include "bank/Chance.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace aicet {
namespace {

constexpr qint64 kMaxEnumerated = 100000;
constexpr int kDraws = 20000;

QStringList ids(const std::vector<Choice> &choices)
{
    QStringList out;
    for (const Choice &c : choices) {
        out.append(c.id);
    }
    return out;
}

void shuffle(QStringList &list, cat::Random &rng)
{
    for (qsizetype i = list.size() - 1; i > 0; --i) {
        list.swapItemsAt(i, rng.below(static_cast<int>(i + 1)));
    }
}

// The number of possible answers, or -1 when there are more than kMaxEnumerated.
qint64 answerCount(const ItemContent &c)
{
    auto power = [](qint64 base, qsizetype exponent) {
        qint64 n = 1;
        for (qsizetype i = 0; i < exponent; ++i) {
            n *= std::max<qint64>(base, 1);
            if (n > kMaxEnumerated) {
                return qint64(-1);
            }
        }
        return n;
    };
    switch (c.type) {
    case ItemType::SingleChoice:
        return static_cast<qint64>(c.options.size()); // none (malformed): nothing to score
    case ItemType::TrueFalse:
        return 2;
    case ItemType::MultipleResponse:
        return power(2, static_cast<qsizetype>(c.options.size()));
    case ItemType::Ordering: {
        qint64 n = 1;
        for (qsizetype i = 2; i <= static_cast<qsizetype>(c.elements.size()); ++i) {
            n *= i;
            if (n > kMaxEnumerated) {
                return -1;
            }
        }
        return n;
    }
    case ItemType::Matching:
        // No response to choose (a malformed item, reported by the loader): nothing to score.
        return c.responses.empty()
            ? 0
            : power(static_cast<qint64>(c.responses.size()), static_cast<qsizetype>(c.premises.size()));
    case ItemType::Numeric:
    case ItemType::ShortText:
        return 0;
    }
    return 0;
}

// The answer number `index` of answerCount(c).
ItemResponse answerAt(const ItemContent &c, qint64 index)
{
    ItemResponse r;
    switch (c.type) {
    case ItemType::SingleChoice:
        r.choices = QStringList{c.options[static_cast<std::size_t>(index)].id};
        break;
    case ItemType::TrueFalse:
        r.truth = index == 1;
        break;
    case ItemType::MultipleResponse:
        for (std::size_t i = 0; i < c.options.size(); ++i) {
            if (index & (qint64(1) << i)) {
                r.choices.append(c.options[i].id);
            }
        }
        break;
    case ItemType::Ordering: {
        // The index in the factorial number system picks the elements one by one.
        QStringList left = ids(c.elements);
        for (qsizetype n = left.size(); n > 0; --n) {
            r.choices.append(left.takeAt(static_cast<qsizetype>(index % n)));
            index /= n;
        }
        break;
    }
    case ItemType::Matching: {
        const auto base = static_cast<qint64>(c.responses.size());
        for (const Choice &p : c.premises) {
            r.pairs.insert(p.id, c.responses[static_cast<std::size_t>(index % base)].id);
            index /= base;
        }
        break;
    }
    case ItemType::Numeric:
    case ItemType::ShortText:
        break;
    }
    return r;
}

} // namespace

ItemResponse chanceResponse(const ItemContent &c, ChanceAnswer how, cat::Random &rng, const QString &language)
{
    ItemResponse r;
    r.language = language;
    const bool first = how == ChanceAnswer::FirstShown;
    auto shown = [&](const std::vector<Choice> &choices) {
        QStringList list = ids(choices);
        if (c.shuffle) {
            shuffle(list, rng);
        }
        return list;
    };
    switch (c.type) {
    case ItemType::SingleChoice: {
        const QStringList options = shown(c.options);
        if (!options.isEmpty()) {
            r.choices.append(first ? options.front() : options[rng.below(static_cast<int>(options.size()))]);
        }
        break;
    }
    case ItemType::TrueFalse:
        r.truth = first ? true : rng.uniform() < 0.5;
        break;
    case ItemType::MultipleResponse: {
        const QStringList options = shown(c.options);
        for (const QString &id : options) {
            if (first ? id == options.front() : rng.uniform() < 0.5) {
                r.choices.append(id);
            }
        }
        break;
    }
    case ItemType::Ordering: {
        QStringList order = ids(c.elements);
        if (c.shuffle || !first) {
            shuffle(order, rng);
        }
        r.choices = order;
        break;
    }
    case ItemType::Matching: {
        const QStringList responses = shown(c.responses);
        for (const Choice &p : c.premises) {
            if (!responses.isEmpty()) {
                r.pairs.insert(
                    p.id, first ? responses.front() : responses[rng.below(static_cast<int>(responses.size()))]);
            }
        }
        break;
    }
    case ItemType::Numeric:
    case ItemType::ShortText:
        break;
    }
    return r;
}

std::vector<double> chanceDistribution(const ItemContent &content, int categories)
{
    std::vector<double> p(static_cast<std::size_t>(std::max(categories, 1)), 0.0);
    auto count = [&](const ItemResponse &r) {
        const int k = std::clamp(scoreResponse(content, r), 0, static_cast<int>(p.size()) - 1);
        p[static_cast<std::size_t>(k)] += 1.0;
    };
    const qint64 n = answerCount(content);
    if (n == 0) {
        p[0] = 1.0;
        return p;
    }
    if (n > 0) {
        for (qint64 i = 0; i < n; ++i) {
            count(answerAt(content, i));
        }
    } else {
        cat::Random rng(0xC4A2CEULL);
        for (int i = 0; i < kDraws; ++i) {
            count(chanceResponse(content, ChanceAnswer::Random, rng, QString()));
        }
    }
    const double total = std::accumulate(p.begin(), p.end(), 0.0);
    for (double &x : p) {
        x /= total;
    }
    return p;
}

std::vector<double> chanceFloors(const std::vector<double> &chance, std::size_t steps)
{
    std::vector<double> floors(steps, 0.0);
    double above = 0.0;
    for (std::size_t k = chance.size(); k-- > 1;) {
        above += chance[k];
        if (k - 1 < floors.size()) {
            floors[k - 1] = std::min(above, 0.999);
        }
    }
    return floors;
}

} // namespace aicet
