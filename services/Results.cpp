#include "services/Results.h"

#include "bank/Scoring.h"
#include "services/TestRun.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace aicet::services {

QString incompleteReason(const store::ResultRecord &result)
{
    if (!result.level.isEmpty()) {
        return {};
    }
    if (result.stopReason == QLatin1String("time-limit")) {
        return Results::tr("time up");
    }
    if (result.stopReason == QLatin1String(store::name(store::SessionState::Abandoned))) {
        return Results::tr("stopped");
    }
    return result.items == 0 ? Results::tr("no answer") : Results::tr("not precise enough");
}

QString fitSummary(const scoring::PersonFit &fit)
{
    QStringList flags;
    if (fit.randomLike) {
        flags << Results::tr("answers that look random");
    }
    if (fit.rapid) {
        flags << Results::tr("%n answer(s) too fast to have been read", nullptr, fit.rapidAnswers);
    }
    if (!flags.isEmpty()) {
        return flags.join(QStringLiteral(", "));
    }
    return fit.available ? Results::tr("consistent answers") : Results::tr("answers not assessed");
}

Results::Results(const ServiceContext &context)
    : m_context(context)
{
}

std::optional<store::SittingRecord> Results::sitting(const QString &code, QString *error, bool *notFound)
{
    const auto s = m_context.store.sitting(code);
    if (!s) {
        if (notFound) {
            *notFound = !s.failed();
        }
        *error = s.failed() ? s.error() : tr("no sitting with the code \"%1\"").arg(code);
        return std::nullopt;
    }
    return *s;
}

std::optional<SittingResults> Results::ofSitting(
    const QString &sittingCode, QString *error, bool *notFound, const QString &language)
{
    store::Store &db = m_context.store;
    const auto s = sitting(sittingCode, error, notFound);
    if (!s) {
        return std::nullopt;
    }
    SittingResults results{
        *s, {}, {}, language.isEmpty() ? s->language : language, s->askName || s->settings.rosterOnly, {}, {}, {}};
    if (const auto bank = m_context.banks.openRelease(s->bankPath, s->bankHash)) {
        if (results.language.isEmpty()) {
            results.language = bank.bank->defaultLanguage;
        }
        if (!bank.bank->languages.contains(results.language)) {
            *error = tr("the bank %1 has no language \"%2\" (it has %3)")
                         .arg(bank.bank->id, results.language, bank.bank->languages.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        for (const Dimension &d : bank.bank->dimensions) {
            results.dimensions.emplace_back(d.id, localized(d.name, results.language, bank.bank->defaultLanguage));
        }
        for (const Level &l : bank.bank->levels) {
            results.levelNames.insert(l.id, localized(l.name, results.language, bank.bank->defaultLanguage));
            results.levels.append(l.id);
        }
    }
    const auto rows = db.sittingOverview(s->id);
    if (rows.failed()) {
        *error = rows.error();
        return std::nullopt;
    }
    // The time used needs each whole log (pauses, outages): every log of the sitting in one query.
    const auto events = db.sittingEvents(s->id, {}, false);
    const auto candidates = db.candidatesOfSitting(s->id);
    if (events.failed() || candidates.failed()) {
        *error = events.failed() ? events.error() : candidates.error();
        return std::nullopt;
    }
    QHash<qint64, QList<store::EventRecord>> logs;
    for (const store::EventRecord &e : *events) {
        logs[e.sessionId].append(e);
    }
    QSet<qint64> started;
    const qint64 now = m_context.clock.nowMs();
    for (const store::SessionOverviewRecord &row : *rows) {
        // Names only where the sitting has them (asked, or from its class lists).
        SessionSummary summary{row.session, row.candidateCode, results.names ? row.candidateName : QString(),
            row.result, 0.0, row.focusLosses, row.candidateGroup};
        summary.elapsedSeconds = elapsedSeconds(logs.value(row.session.id), now);
        started.insert(row.session.candidateId);
        // Without the bank, the dimensions come from the results themselves.
        if (results.dimensions.empty() && row.result) {
            for (const scoring::DimensionResult &d : row.result->dimensions) {
                results.dimensions.emplace_back(d.dimension, d.dimension);
            }
        }
        results.sessions.append(summary);
    }
    for (const store::CandidateRecord &c : *candidates) {
        if (!started.contains(c.id)) {
            store::CandidateRecord absent = c;
            absent.displayName = results.names ? c.displayName : QString();
            results.absent.append(absent);
        }
    }
    return results;
}

std::optional<QList<ItemStatistic>> Results::itemStatistics(
    const QString &sittingCode, QString *error, const QString &group, const QString &language)
{
    store::Store &db = m_context.store;
    const auto s = sitting(sittingCode, error, nullptr);
    if (!s) {
        return std::nullopt;
    }
    const auto bank = m_context.banks.openRelease(s->bankPath, s->bankHash);
    if (!bank) {
        *error = bank.error;
        return std::nullopt;
    }
    const auto overview = db.sittingOverview(s->id);
    const auto events = db.sittingEvents(s->id, {store::EventKind::ItemShown, store::EventKind::Answered}, false);
    if (overview.failed() || events.failed()) {
        *error = overview.failed() ? overview.error() : events.error();
        return std::nullopt;
    }
    QSet<qint64> sessions;
    for (const store::SessionOverviewRecord &o : *overview) {
        if (group.isEmpty() || o.candidateGroup == group) {
            sessions.insert(o.session.id);
        }
    }
    const QString lang
        = language.isEmpty() ? (s->language.isEmpty() ? bank.bank->defaultLanguage : s->language) : language;
    QHash<QString, ItemStatistic> byItem;
    QSet<QPair<qint64, QString>> shown;
    for (const store::EventRecord &e : *events) {
        if (!sessions.contains(e.sessionId) || e.itemId.isEmpty()) {
            continue;
        }
        ItemStatistic &stat = byItem[e.itemId];
        if (stat.itemId.isEmpty()) {
            stat.itemId = e.itemId;
            const int index = bank.bank->indexOf(e.itemId);
            if (index >= 0) {
                const BankItem &item = bank.bank->items[static_cast<std::size_t>(index)];
                stat.stem = localized(item.content.stem, lang, bank.bank->defaultLanguage);
                stat.pilot = item.status != ItemStatus::Operational;
            }
        }
        if (e.kind == store::EventKind::ItemShown) {
            // Shown again after a restart is still one showing.
            if (!shown.contains({e.sessionId, e.itemId})) {
                shown.insert({e.sessionId, e.itemId});
                ++stat.given;
            }
            continue;
        }
        const int index = bank.bank->indexOf(e.itemId);
        const int top = index >= 0 ? bank.bank->items[static_cast<std::size_t>(index)].irt.categoryCount() - 1 : 1;
        ++stat.answered;
        stat.right += e.category == top ? 1 : 0;
        stat.meanScore += top > 0 ? static_cast<double>(e.category) / top : 0.0;
    }
    QList<ItemStatistic> list;
    for (ItemStatistic &stat : byItem) {
        stat.given = std::max(stat.given, stat.answered);
        if (stat.answered > 0) {
            stat.meanScore /= stat.answered;
        }
        list.append(stat);
    }
    std::sort(list.begin(), list.end(), [](const ItemStatistic &a, const ItemStatistic &b) {
        return a.given != b.given ? a.given > b.given : a.itemId < b.itemId;
    });
    return list;
}

std::optional<QList<ResponseRow>> Results::responses(const QString &sittingCode, QString *error, bool *notFound)
{
    store::Store &db = m_context.store;
    const auto s = sitting(sittingCode, error, notFound);
    if (!s) {
        return std::nullopt;
    }
    const auto rows = db.sittingOverview(s->id);
    if (rows.failed()) {
        *error = rows.error();
        return std::nullopt;
    }
    QList<ResponseRow> list;
    for (const store::SessionOverviewRecord &row : *rows) {
        const auto events = db.events(row.session.id);
        if (events.failed()) {
            *error = events.error();
            return std::nullopt;
        }
        for (const store::EventRecord &e : *events) {
            if (e.kind == store::EventKind::Answered) {
                list.append({row.candidateCode, e.position, e.itemId, e.response, e.category, row.candidateGroup});
            }
        }
    }
    return list;
}

std::optional<SessionDetail> Results::detail(qint64 sessionId, QString *error, bool *notFound)
{
    store::Store &db = m_context.store;
    const auto session = db.session(sessionId);
    if (!session) {
        if (notFound) {
            *notFound = !session.failed();
        }
        *error = session.failed() ? session.error() : tr("no session %1").arg(sessionId);
        return std::nullopt;
    }
    const auto s = db.sittingById(session->sittingId);
    const auto candidate = db.candidateById(session->candidateId);
    const auto events = db.events(sessionId);
    const auto result = db.result(sessionId);
    for (const QString &problem : {s.error(), candidate.error(), events.error(), result.error()}) {
        if (!problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
    }
    if (!s || !candidate) {
        *error = tr("session %1 refers to a sitting or candidate that is missing").arg(sessionId);
        return std::nullopt;
    }
    TestRun::Error problem = TestRun::Error::None;
    auto run = TestRun::replay(m_context.banks, *s, *session, {}, &problem, error);
    if (!run) {
        return std::nullopt;
    }
    SessionDetail detail{*s, *session, *candidate, result.value(), run->sharedBank(), {}};
    // Replay the log for θ after each answer, and time each item on the test's clock from its first
    // display (a pause or an outage is not the pupil's time).
    const std::vector<double> seconds = answerSeconds(*events);
    for (qsizetype i = 0; i < events->size(); ++i) {
        const store::EventRecord &e = events->at(i);
        // The staff's actions and notes carry who did them ("by").
        if (e.payload.contains(QStringLiteral("by")) && e.kind != store::EventKind::Answered) {
            detail.timeline.notes.push_back({e.at, QString(store::name(e.kind)), e.payload});
        }
        switch (e.kind) {
        case store::EventKind::FocusLost:
            detail.timeline.focusLosses.push_back(e.at);
            break;
        case store::EventKind::Rejoined:
            detail.timeline.rejoins.push_back(e.at);
            break;
        case store::EventKind::Paused:
            detail.timeline.pauses.push_back(e.at);
            break;
        case store::EventKind::Answered: {
            const int index = run->bank().indexOf(e.itemId);
            run->apply(e);
            if (index < 0) {
                break;
            }
            scoring::TimelineStep step;
            step.position = e.position;
            step.item = index;
            step.response = e.response;
            step.category = e.category;
            step.scored = run->bank().items[static_cast<std::size_t>(index)].status == ItemStatus::Operational;
            step.theta = run->engineState().estimate.theta;
            step.se = run->engineState().estimate.se;
            step.seconds = seconds[static_cast<std::size_t>(i)];
            detail.timeline.steps.push_back(step);
            break;
        }
        default:
            break;
        }
    }
    return detail;
}

std::optional<QList<store::SessionOverviewRecord>> Results::live(
    const QString &sittingCode, QString *error, bool *notFound)
{
    const auto s = sitting(sittingCode, error, notFound);
    if (!s) {
        return std::nullopt;
    }
    const auto rows = m_context.store.sittingOverview(s->id);
    if (rows.failed()) {
        *error = rows.error();
        return std::nullopt;
    }
    return *rows;
}

std::optional<ItemBehaviour> Results::itemBehaviour(const QString &bankId, const BankItem &item, QString *error)
{
    const auto answers = m_context.store.answersToItem(bankId, item.id);
    if (answers.failed()) {
        *error = answers.error();
        return std::nullopt;
    }
    ItemBehaviour b;
    // The top score from the item's model; a draft without parameters may score higher.
    int top = std::max(1, item.irt.categoryCount() - 1);
    for (const store::ItemAnswerRecord &a : *answers) {
        top = std::max(top, a.category);
    }
    std::vector<std::pair<double, double>> scored; // (theta, score)
    std::vector<std::pair<double, const store::ItemAnswerRecord *>> byTheta;
    for (const store::ItemAnswerRecord &a : *answers) {
        ++b.answers;
        b.right += a.category == top ? 1 : 0;
        b.meanScore += static_cast<double>(a.category) / top;
        if (a.theta) {
            scored.emplace_back(*a.theta, static_cast<double>(a.category) / top);
            byTheta.emplace_back(*a.theta, &a);
        }
    }
    if (b.answers > 0) {
        b.meanScore /= b.answers;
    }
    b.withAbility = static_cast<int>(scored.size());
    if (scored.size() >= 10) {
        double mx = 0, my = 0;
        for (const auto &[x, y] : scored) {
            mx += x;
            my += y;
        }
        mx /= scored.size();
        my /= scored.size();
        double sxy = 0, sxx = 0, syy = 0;
        for (const auto &[x, y] : scored) {
            sxy += (x - mx) * (y - my);
            sxx += (x - mx) * (x - mx);
            syy += (y - my) * (y - my);
        }
        if (sxx > 0 && syy > 0) {
            b.correlation = sxy / std::sqrt(sxx * syy);
        }
    }
    // Ability thirds (one group per 10 answers at least, at most three).
    std::sort(byTheta.begin(), byTheta.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    const int groups = std::clamp(static_cast<int>(byTheta.size()) / 10, byTheta.empty() ? 0 : 1, 3);
    for (int g = 0; g < groups; ++g) {
        const std::size_t from = byTheta.size() * g / groups, to = byTheta.size() * (g + 1) / groups;
        ItemBehaviour::Group group;
        group.thetaLow = byTheta[from].first;
        group.thetaHigh = byTheta[to - 1].first;
        const bool choice
            = item.content.type == ItemType::SingleChoice || item.content.type == ItemType::MultipleResponse;
        group.optionCounts.assign(choice ? item.content.options.size() : 0, 0);
        for (std::size_t i = from; i < to; ++i) {
            const store::ItemAnswerRecord &a = *byTheta[i].second;
            group.thetaMean += byTheta[i].first;
            group.meanScore += static_cast<double>(a.category) / top;
            ++group.answers;
            if (!group.optionCounts.empty()) {
                // Every option ticked (one for a single choice).
                const QStringList chosen = responseFromJson(a.response).choices;
                for (std::size_t o = 0; o < item.content.options.size(); ++o) {
                    group.optionCounts[o] += chosen.contains(item.content.options[o].id) ? 1 : 0;
                }
            }
        }
        group.thetaMean /= group.answers;
        group.meanScore /= group.answers;
        b.groups.push_back(group);
    }
    return b;
}

} // namespace aicet::services
