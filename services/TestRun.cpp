#include "services/TestRun.h"

#include "bank/Scoring.h"
#include "scoring/PersonFit.h"
#include "scoring/TestResult.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace aicet::services {

std::optional<cat::TestSpecification> sittingTestSpecification(
    const ItemBank &bank, const store::SittingSettings &s, QString *error)
{
    cat::TestSpecification spec = bank.defaultTest;
    if (s.minItems) {
        spec.stopping.minItems = *s.minItems;
    }
    if (s.maxItems) {
        spec.stopping.maxItems = *s.maxItems;
    }
    if (s.stop == QLatin1String("classification")) {
        spec.stopping.classification = true;
        spec.stopping.classificationConfidence = bank.scale.levelConfidence;
        spec.stopping.seTarget = 0.0;
    } else if (s.stop == QLatin1String("precision")) {
        spec.stopping.classification = false;
        if (spec.stopping.seTarget <= 0.0) {
            spec.stopping.seTarget = kDefaultSeTarget;
        }
    } else if (s.stop) {
        *error = TestRun::tr("unknown stopping rule \"%1\" (classification or precision)").arg(*s.stop);
        return std::nullopt;
    }
    if (s.seTarget) {
        spec.stopping.seTarget = *s.seTarget;
    }
    if (s.timeLimitMinutes) {
        spec.stopping.timeLimitSeconds = *s.timeLimitMinutes * 60.0;
    }
    if (s.randomesque) {
        spec.exposure.randomesque = *s.randomesque;
    }
    if (s.selection && !cat::parseSelectionRule(*s.selection, &spec.selection)) {
        *error = TestRun::tr("unknown selection rule \"%1\"").arg(*s.selection);
        return std::nullopt;
    }
    if (s.pilotPositions) {
        spec.pilotPositions = *s.pilotPositions;
    }
    if (const QString problem = spec.validate(bank); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return spec;
}

namespace {

// The test's clock starts with its first question on screen (the pupil pressed the start
// button), not when the codes were accepted: reading the instructions costs no test time.
bool hasBegun(store::EventKind kind)
{
    return kind == store::EventKind::ItemShown || kind == store::EventKind::Answered;
}

} // namespace

bool hasEvidenceForLevel(const ItemBank &bank, const cat::TestSpecification &spec, int scoredItems, double se)
{
    // Scored questions only, as the engine counts them towards its minimum (pilot questions are
    // not evidence).
    return scoring::hasEvidenceForLevel(bank, spec.stopping.minItems, scoredItems, se);
}

std::vector<double> testClock(const QList<store::EventRecord> &events)
{
    std::vector<double> clock;
    clock.reserve(static_cast<std::size_t>(events.size()));
    double total = 0.0;
    store::SessionState state = store::SessionState::Running;
    bool began = false;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (began && state == store::SessionState::Running) {
            double gap = std::max<qint64>(0, events[i].at - events[i - 1].at) / 1000.0;
            if (events[i].kind == store::EventKind::Rejoined) {
                gap = std::min(gap, kMaxChargedDowntimeSeconds);
            }
            total += gap;
        }
        clock.push_back(total);
        began = began || hasBegun(events[i].kind);
        state = store::stateAfter(state, events[i].kind).value_or(state);
    }
    return clock;
}

std::vector<double> answerSeconds(const QList<store::EventRecord> &events)
{
    const std::vector<double> clock = testClock(events);
    std::vector<double> seconds(clock.size(), 0.0);
    QHash<int, double> shownAt;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const store::EventRecord &e = events.at(i);
        const double now = clock[static_cast<std::size_t>(i)];
        if (e.kind == store::EventKind::ItemShown && !shownAt.contains(e.position)) {
            shownAt.insert(e.position, now);
        } else if (e.kind == store::EventKind::Answered) {
            seconds[static_cast<std::size_t>(i)]
                = shownAt.contains(e.position) ? now - shownAt.value(e.position) : -1.0;
        }
    }
    return seconds;
}

double elapsedSeconds(const QList<store::EventRecord> &events, qint64 nowMs)
{
    if (events.isEmpty()) {
        return 0.0;
    }
    const double atLast = testClock(events).back();
    const bool began
        = std::any_of(events.cbegin(), events.cend(), [](const store::EventRecord &e) { return hasBegun(e.kind); });
    return began && stateOf(events) == store::SessionState::Running
        ? atLast + std::max<qint64>(0, nowMs - events.last().at) / 1000.0
        : atLast;
}

store::SessionState stateOf(const QList<store::EventRecord> &events)
{
    store::SessionState state = store::SessionState::Running;
    for (const store::EventRecord &e : events) {
        state = store::stateAfter(state, e.kind).value_or(state);
    }
    return state;
}

std::unique_ptr<TestRun> TestRun::replay(BankCatalog &banks, const store::SittingRecord &sitting,
    const store::SessionRecord &session, const QList<store::EventRecord> &events, Error *problem, QString *error)
{
    BankCatalog::Lookup bank = banks.openRelease(sitting.bankPath, sitting.bankHash);
    if (!bank) {
        *problem = bank.problem == BankCatalog::Problem::Changed ? Error::BankChanged : Error::BankUnavailable;
        *error = bank.error;
        return nullptr;
    }
    return replay(bank.bank, sitting, session, events, problem, error);
}

std::unique_ptr<TestRun> TestRun::replay(std::shared_ptr<const ItemBank> bank, const store::SittingRecord &sitting,
    const store::SessionRecord &session, const QList<store::EventRecord> &events, Error *problem, QString *error)
{
    Q_ASSERT(bank && bank->contentHash == sitting.bankHash);
    std::unique_ptr<TestRun> run(new TestRun);
    run->m_bank = std::move(bank);
    run->m_sitting = sitting;
    run->m_session = session;
    const auto spec = sittingTestSpecification(*run->m_bank, sitting.settings, error);
    if (!spec) {
        *problem = Error::BankUnavailable;
        return nullptr;
    }
    run->m_spec = *spec;
    run->m_engine = std::make_unique<cat::AdaptiveEngine>(*run->m_bank, run->m_spec);
    if (!run->m_engine->isValid()) {
        *problem = Error::BankUnavailable;
        *error = run->m_engine->errorString();
        return nullptr;
    }
    run->m_run = std::make_unique<cat::CatRun>(*run->m_engine, session.seed);
    run->m_session.state = store::SessionState::Running; // the log says what it became
    for (const store::EventRecord &e : events) {
        if (e.kind == store::EventKind::Answered) {
            const int index = run->m_bank->indexOf(e.itemId);
            if (index < 0 || index != run->m_run->state().nextItem) {
                *problem = Error::AnswersDoNotFit;
                *error = tr("the stored answers of this session do not fit its question bank (answer %1, item \"%2\")")
                             .arg(e.position)
                             .arg(e.itemId);
                return nullptr;
            }
        }
        run->apply(e);
    }
    return run;
}

void TestRun::apply(const store::EventRecord &e)
{
    m_events.append(e);
    m_session.state = store::stateAfter(m_session.state, e.kind).value_or(m_session.state);
    if (e.kind == store::EventKind::Answered) {
        const cat::Answer answer{m_bank->indexOf(e.itemId), e.category};
        if (answer.item >= 0 && m_run->answer(answer)) {
            m_answers.push_back(answer);
        }
    }
}

const BankItem *TestRun::nextItem() const
{
    const int next = m_run->state().finished ? -1 : m_run->state().nextItem;
    return next < 0 ? nullptr : &m_bank->items[static_cast<std::size_t>(next)];
}

double grantedSeconds(const store::SessionRecord &session, const QList<store::EventRecord> &events, bool extraOnly)
{
    double seconds = session.extraTimeSeconds;
    for (const store::EventRecord &e : events) {
        // The staff's extensions, and the time given with a reopening.
        if (e.kind == store::EventKind::TimeExtended || (e.kind == store::EventKind::Reopened && !extraOnly)) {
            seconds += e.payload.value(QStringLiteral("seconds")).toDouble();
        }
    }
    return seconds;
}

double TestRun::grantedSeconds() const
{
    return services::grantedSeconds(m_session, m_events);
}

double TestRun::remainingSeconds(qint64 nowMs) const
{
    if (m_spec.stopping.timeLimitSeconds <= 0.0) {
        return -1.0;
    }
    return std::max(0.0, m_spec.stopping.timeLimitSeconds + grantedSeconds() - elapsedSeconds(nowMs));
}

bool TestRun::engineFinished(qint64 nowMs)
{
    if (m_spec.stopping.timeLimitSeconds > 0.0 && !m_run->state().finished) {
        m_run->setElapsed(elapsedSeconds(nowMs) - grantedSeconds());
    }
    return m_run->state().finished;
}

store::ResultRecord TestRun::result(store::EventKind ending, qint64 nowMs) const
{
    std::vector<std::pair<int, int>> scored;
    for (const cat::Answer &a : m_answers) {
        if (m_bank->items[static_cast<std::size_t>(a.item)].status == ItemStatus::Operational) {
            scored.emplace_back(a.item, a.category);
        }
    }
    const scoring::TestResult r = scoring::computeResult(*m_bank, m_spec.final, scored);
    // The evidence of the answers themselves: each scored answer's time on the test's clock from
    // the question's first display, in the language it was answered in.
    std::vector<scoring::AnswerEvidence> evidence;
    QString language;
    const std::vector<double> seconds = answerSeconds(m_events);
    for (qsizetype i = 0; i < m_events.size(); ++i) {
        const store::EventRecord &e = m_events.at(i);
        const int index = e.kind == store::EventKind::Answered ? m_bank->indexOf(e.itemId) : -1;
        if (index >= 0 && m_bank->items[static_cast<std::size_t>(index)].status == ItemStatus::Operational) {
            evidence.push_back({index, e.category, seconds[static_cast<std::size_t>(i)]});
            language = responseFromJson(e.response).language;
        }
    }
    const scoring::PersonFit fit = scoring::assessPersonFit(*m_bank, m_spec.final, evidence, language);
    store::ResultRecord record;
    record.sessionId = m_session.id;
    record.theta = r.theta;
    record.se = r.se;
    record.score = r.score;
    record.scoreLow = r.scoreLow;
    record.scoreHigh = r.scoreHigh;
    record.scoreLowOpen = r.scoreLowOpen;
    record.scoreHighOpen = r.scoreHighOpen;
    record.level = r.level;
    record.levelAlternative = r.levelAlternative;
    record.levelProbability = r.levelProbability;
    record.fit = fit;
    record.stopReason = ending == store::EventKind::Abandoned ? QString(store::name(store::SessionState::Abandoned))
                                                              : cat::stopReasonName(m_run->state().stopReason);
    record.items = r.items;
    record.dimensions = r.dimensions;
    // No level without the evidence for it: the sitting's minimum number of questions answered,
    // and a standard error within the bank's threshold for a level. Otherwise the session is
    // incomplete (stopReason says why), overall and in every area.
    if (!hasEvidenceForLevel(*m_bank, m_spec, r.items, r.se)) {
        record.level.clear();
        record.levelAlternative.clear();
        record.levelProbability = 0.0;
        for (scoring::DimensionResult &d : record.dimensions) {
            d.level.clear();
        }
    }
    record.computedAt = nowMs;
    return record;
}

QString TestRun::resultProblem(const store::ResultRecord &r)
{
    if (!std::isfinite(r.theta)) {
        return tr("the result cannot be computed: the bank's parameters give a non-finite ability; tell the bank's "
                  "author");
    }
    if (!std::isfinite(r.se)) {
        return tr("the result cannot be computed: the bank's parameters give a non-finite standard error; tell the "
                  "bank's author");
    }
    if (!std::isfinite(r.score) || !std::isfinite(r.scoreLow) || !std::isfinite(r.scoreHigh)) {
        return tr("the result cannot be computed: the bank's parameters give a non-finite score; tell the bank's "
                  "author");
    }
    for (const scoring::DimensionResult &d : r.dimensions) {
        if (!std::isfinite(d.theta) || !std::isfinite(d.se)) {
            return tr("the result cannot be computed: the bank's parameters give a non-finite ability in the area "
                      "\"%1\"; tell the bank's author")
                .arg(d.dimension);
        }
    }
    return {};
}

} // namespace aicet::services
