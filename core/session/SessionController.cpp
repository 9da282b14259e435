#include "session/SessionController.h"

#include "bank/BankLoader.h"
#include "scoring/TestResult.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

namespace aicet::session {
namespace {

Q_LOGGING_CATEGORY(lcSession, "aicet.session", QtWarningMsg)

} // namespace

std::optional<cat::TestSpecification> sittingTestSpecification(
    const ItemBank &bank, const QJsonObject &o, QString *error)
{
    cat::TestSpecification spec = bank.defaultTest;
    auto number = [&](const char *key, double *out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            return true;
        }
        if (!v.isDouble()) {
            *error = SessionController::tr("sitting setting %1 must be a number").arg(QLatin1String(key));
            return false;
        }
        *out = v.toDouble();
        return true;
    };
    double minItems = spec.stopping.minItems, maxItems = spec.stopping.maxItems;
    double minutes = spec.stopping.timeLimitSeconds / 60.0, randomesque = spec.exposure.randomesque;
    if (!number("min_items", &minItems) || !number("max_items", &maxItems)
        || !number("se_target", &spec.stopping.seTarget) || !number("time_limit_minutes", &minutes)
        || !number("randomesque", &randomesque)) {
        return std::nullopt;
    }
    spec.stopping.minItems = static_cast<int>(minItems);
    spec.stopping.maxItems = static_cast<int>(maxItems);
    spec.stopping.timeLimitSeconds = minutes * 60.0;
    spec.exposure.randomesque = static_cast<int>(randomesque);
    if (o.contains(QStringLiteral("selection"))
        && !cat::parseSelectionRule(o.value(QStringLiteral("selection")).toString(), &spec.selection)) {
        *error = SessionController::tr("unknown selection rule \"%1\"")
                     .arg(o.value(QStringLiteral("selection")).toString());
        return std::nullopt;
    }
    if (o.contains(QStringLiteral("pilot_positions"))) {
        spec.pilotPositions.clear();
        for (const QJsonValue &v : o.value(QStringLiteral("pilot_positions")).toArray()) {
            spec.pilotPositions.push_back(v.toInt());
        }
    }
    if (const QString problem = spec.validate(bank); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return spec;
}

double elapsedSeconds(const QList<store::EventRecord> &events, qint64 nowMs, bool running)
{
    double total = 0.0;
    for (qsizetype i = 0; i + 1 < events.size(); ++i) {
        const store::EventRecord &a = events[i], &b = events[i + 1];
        if (a.kind == QLatin1String("paused")) {
            continue;
        }
        double gap = std::max<qint64>(0, b.at - a.at) / 1000.0;
        if (b.kind == QLatin1String("resumed")) {
            gap = std::min(gap, kMaxChargedDowntimeSeconds);
        }
        total += gap;
    }
    if (running && !events.isEmpty() && events.last().kind != QLatin1String("paused")) {
        total += std::max<qint64>(0, nowMs - events.last().at) / 1000.0;
    }
    return total;
}

QString bundledBankPath()
{
    const QString env = qEnvironmentVariable("AICET_BANK_DIR");
    if (!env.isEmpty()) {
        return env;
    }
    const QString installed
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/aicet/question-banks/aicet");
    if (QFileInfo::exists(installed + QStringLiteral("/bank.yaml"))) {
        return QDir::cleanPath(installed);
    }
    return QStringLiteral(AICET_SOURCE_DIR "/question-banks/aicet");
}

void attachBank(store::SittingRecord *sitting, const ItemBank &bank, const QString &bankPath)
{
    sitting->bankId = bank.id;
    sitting->bankPath = bankPath;
    sitting->bankHash = bank.contentHash;
    if (sitting->title.isEmpty()) {
        sitting->title = bank.titleIn(bank.defaultLanguage);
    }
}

std::optional<store::SittingRecord> ensurePracticeSitting(
    store::Store &store, const QString &bankPath, qint64 now, QString *error)
{
    for (const store::SittingRecord &s : store.sittings()) {
        if (s.practice && s.bankPath == bankPath && s.state == QLatin1String("open")) {
            return s;
        }
    }
    BankLoadResult loaded = loadBank(bankPath);
    if (!loaded.usable()) {
        *error = SessionController::tr("the bundled bank %1 cannot be read").arg(bankPath);
        return std::nullopt;
    }
    store::SittingRecord s;
    s.code = QStringLiteral("PRACTICE");
    for (int n = 2; store.sitting(s.code); ++n) {
        s.code = QStringLiteral("PRACTICE%1").arg(n);
    }
    s.title = SessionController::tr("Practice test");
    attachBank(&s, loaded.bank, bankPath);
    s.practice = true;
    s.showResults = true;
    s.showExplanations = true;
    s.createdAt = now;
    if (!store.createSitting(&s)) {
        *error = store.lastError();
        return std::nullopt;
    }
    store.audit(now, QStringLiteral("aicet"), QStringLiteral("sitting.create"), s.code,
        SessionController::tr("practice sitting on the bundled bank %1").arg(loaded.bank.contentHash));
    return s;
}

SessionController::SessionController(store::Store &store, const Clock &clock)
    : m_store(&store)
    , m_clock(&clock)
{
}

SessionController::~SessionController() = default;

SessionController::StartError SessionController::start(const QString &sittingCode, const QString &candidateCode,
    const QString &displayName, std::uint64_t seedIfNew, QString *error)
{
    const qint64 now = m_clock->nowMs();
    const auto sitting = m_store->sitting(sittingCode.trimmed());
    if (!sitting) {
        *error = tr("There is no test with the code \"%1\". Check the code your teacher gave you.").arg(sittingCode);
        return StartError::UnknownSitting;
    }
    m_sitting = *sitting;
    const auto candidate = m_store->candidate(candidateCode.trimmed());
    const auto existing = candidate ? m_store->session(m_sitting.id, candidate->id) : std::nullopt;
    if (!existing) {
        // Only new sessions are refused by the sitting's state and window: a pupil whose machine
        // stopped can always come back to finish.
        if (m_sitting.state != QLatin1String("open")) {
            *error = tr("The test \"%1\" is closed.").arg(m_sitting.code);
            return StartError::SittingClosed;
        }
        if (m_sitting.opensAt > 0 && now < m_sitting.opensAt) {
            *error = tr("The test \"%1\" has not opened yet; it opens at %2.")
                         .arg(m_sitting.code, QDateTime::fromMSecsSinceEpoch(m_sitting.opensAt).toString(Qt::ISODate));
            return StartError::NotOpenYet;
        }
        if (m_sitting.closesAt > 0 && now >= m_sitting.closesAt) {
            *error = tr("The time to start the test \"%1\" is over.").arg(m_sitting.code);
            return StartError::WindowOver;
        }
        if (m_sitting.askName && displayName.trimmed().isEmpty() && (!candidate || candidate->displayName.isEmpty())) {
            *error = tr("Please type your name too.");
            return StartError::NameRequired;
        }
    }

    BankLoadResult loaded = loadBank(m_sitting.bankPath);
    if (!loaded.usable()) {
        *error = tr("The question bank of this test cannot be read (%1). Tell your teacher.")
                     .arg(loaded.diagnostics.empty() ? m_sitting.bankPath : loaded.diagnostics.front().toString());
        return StartError::BankUnavailable;
    }
    if (loaded.bank.contentHash != m_sitting.bankHash) {
        *error = tr("The question bank of this test has changed since the test was created (bank %1: content hash %2, "
                    "expected %3). Tell your teacher: the test must be created again.")
                     .arg(m_sitting.bankPath, loaded.bank.contentHash.left(12), m_sitting.bankHash.left(12));
        return StartError::BankChanged;
    }
    m_bank = std::make_unique<ItemBank>(std::move(loaded.bank));
    const auto spec = sittingTestSpecification(*m_bank, m_sitting.settings, error);
    if (!spec) {
        return StartError::BankUnavailable;
    }
    m_spec = *spec;
    m_engine = std::make_unique<cat::AdaptiveEngine>(*m_bank, m_spec);
    if (!m_engine->isValid()) {
        *error = m_engine->errorString();
        return StartError::BankUnavailable;
    }

    const auto who = m_store->ensureCandidate(candidateCode.trimmed(), displayName.trimmed());
    if (!who) {
        *error = m_store->lastError();
        return StartError::StoreFailure;
    }
    const auto session = existing ? existing : m_store->createSession(m_sitting.id, who->id, seedIfNew, now);
    if (!session) {
        *error = m_store->lastError();
        return StartError::StoreFailure;
    }
    m_session = *session;
    // Extra time granted by the sitting to this candidate (sitting setting extra_time_minutes:
    // {candidate code: minutes}), applied when the session is created.
    if (!existing) {
        const double minutes
            = m_sitting.settings.value(QStringLiteral("extra_time_minutes")).toObject().value(who->code).toDouble(0.0);
        if (minutes > 0.0 && m_store->setSessionExtraTime(m_session.id, minutes * 60.0)) {
            m_session.extraTimeSeconds = minutes * 60.0;
        }
    }
    m_events = m_store->events(m_session.id);
    if (m_session.state != QLatin1String("running")) {
        *error = m_session.state == QLatin1String("finished") ? tr("You have already finished this test.")
                                                              : tr("This test was stopped; ask your teacher.");
        return StartError::SessionOver;
    }
    // A new session starts its log; an existing one resumes (after a crash or on another machine).
    if (m_events.isEmpty()) {
        if (append({0, m_session.id, 0, QStringLiteral("started"), now, -1, {}, {}, -1, {}})
            != store::Store::AppendResult::Appended) {
            *error = m_lastError;
            return StartError::StoreFailure;
        }
    } else if (append({0, m_session.id, 0, QStringLiteral("resumed"), now, -1, {}, {}, -1, {}})
        != store::Store::AppendResult::Appended) {
        *error = m_lastError;
        return StartError::StoreFailure;
    }

    // Replay the stored answers: the same code path as answering them now.
    m_answers.clear();
    m_run = std::make_unique<cat::CatRun>(*m_engine, m_session.seed);
    for (const store::EventRecord &e : m_events) {
        if (e.kind != QLatin1String("answered")) {
            continue;
        }
        const cat::Answer answer{m_bank->indexOf(e.itemId), e.category};
        if (answer.item < 0 || answer.item != m_run->state().nextItem || !m_run->answer(answer)) {
            *error = tr("The stored answers of this session do not fit its question bank (answer %1, item \"%2\").")
                         .arg(e.position)
                         .arg(e.itemId);
            return StartError::BankChanged;
        }
        m_answers.push_back(answer);
    }
    checkTime();
    qCInfo(lcSession) << "session" << m_session.id << (m_answers.empty() ? "started" : "resumed") << "with"
                      << m_answers.size() << "answers";
    return StartError::None;
}

const cat::CatState &SessionController::state() const
{
    return m_run->state();
}

int SessionController::currentPosition() const
{
    return static_cast<int>(m_answers.size()) + 1;
}

const BankItem *SessionController::currentItem() const
{
    if (!m_run || isFinished() || m_run->state().nextItem < 0) {
        return nullptr;
    }
    return &m_bank->items[static_cast<std::size_t>(m_run->state().nextItem)];
}

double SessionController::elapsedSeconds() const
{
    return session::elapsedSeconds(m_events, m_clock->nowMs(), !isFinished());
}

double SessionController::remainingSeconds() const
{
    if (m_spec.stopping.timeLimitSeconds <= 0.0) {
        return -1.0;
    }
    return std::max(0.0, m_spec.stopping.timeLimitSeconds + m_session.extraTimeSeconds - elapsedSeconds());
}

store::Store::AppendResult SessionController::append(store::EventRecord event)
{
    const store::Store::AppendResult r = m_store->appendEvent(&event);
    if (r == store::Store::AppendResult::Appended) {
        m_events.append(event);
    } else {
        m_lastError = m_store->lastError();
    }
    return r;
}

bool SessionController::itemShown()
{
    const BankItem *item = currentItem();
    if (!item) {
        return false;
    }
    return append({0, m_session.id, 0, QStringLiteral("item_shown"), m_clock->nowMs(), currentPosition(), item->id, {},
               -1, {}})
        == store::Store::AppendResult::Appended;
}

bool SessionController::recordEvent(const QString &kind, const QJsonObject &payload)
{
    static const QStringList allowed = {QStringLiteral("focus_lost"), QStringLiteral("focus_regained"),
        QStringLiteral("paused"), QStringLiteral("resumed")};
    if (!isStarted() || !allowed.contains(kind)) {
        m_lastError = tr("unknown event \"%1\"").arg(kind);
        return false;
    }
    return append({0, m_session.id, 0, kind, m_clock->nowMs(), -1, {}, {}, -1, payload})
        == store::Store::AppendResult::Appended;
}

bool SessionController::checkTime()
{
    if (!isStarted() || isFinished()) {
        return isFinished();
    }
    const double limit = m_spec.stopping.timeLimitSeconds;
    if (limit > 0.0) {
        m_run->setElapsed(elapsedSeconds() - m_session.extraTimeSeconds);
    }
    return finishIfOver();
}

SessionController::AnswerOutcome SessionController::answer(
    int position, const QString &itemId, const ItemResponse &response, QString *error)
{
    if (!isStarted()) {
        *error = tr("the test has not started");
        return AnswerOutcome::Rejected;
    }
    // An answer already stored (a repeated click, or a resent answer after a crash).
    if (position >= 1 && position < currentPosition()) {
        for (const store::EventRecord &e : m_events) {
            if (e.kind == QLatin1String("answered") && e.position == position) {
                const bool same = e.itemId == itemId && e.response == responseToJson(response);
                if (same) {
                    return AnswerOutcome::AlreadyRecorded;
                }
                *error = tr("question %1 was already answered; answers cannot be changed once confirmed").arg(position);
                return AnswerOutcome::Rejected;
            }
        }
    }
    if (checkTime() || isFinished()) {
        *error = tr("the test is over");
        return AnswerOutcome::TestOver;
    }
    const BankItem *item = currentItem();
    if (!item || position != currentPosition() || item->id != itemId) {
        *error = tr("this is not the current question (question %1 is \"%2\")")
                     .arg(currentPosition())
                     .arg(item ? item->id : QString());
        return AnswerOutcome::Rejected;
    }
    const int category = m_bank->parametersOnly ? 0 : scoreResponse(item->content, response);
    store::EventRecord event{0, m_session.id, 0, QStringLiteral("answered"), m_clock->nowMs(), position, itemId,
        responseToJson(response), category, {}};
    switch (append(event)) {
    case store::Store::AppendResult::Appended:
        break;
    case store::Store::AppendResult::Duplicate:
        // Stored by an earlier run that stopped before acknowledging: carry on from it.
        m_events = m_store->events(m_session.id);
        break;
    case store::Store::AppendResult::Conflict:
        *error = tr("question %1 was already answered; answers cannot be changed once confirmed").arg(position);
        return AnswerOutcome::Rejected;
    case store::Store::AppendResult::Failed:
        *error = tr("Your answer could not be saved (%1). It was not recorded: try again, or call your teacher.")
                     .arg(m_lastError);
        return AnswerOutcome::StoreFailed;
    }
    const cat::Answer answer{m_bank->indexOf(itemId), category};
    m_run->answer(answer);
    m_answers.push_back(answer);
    finishIfOver();
    return AnswerOutcome::Acknowledged;
}

bool SessionController::abandon(const QString &reason)
{
    if (!isStarted() || isFinished()) {
        return false;
    }
    return writeFinish(QStringLiteral("abandoned"), reason);
}

bool SessionController::finishIfOver()
{
    if (isFinished()) {
        return true;
    }
    if (!m_run->state().finished) {
        return false;
    }
    return writeFinish(QStringLiteral("finished"), {});
}

bool SessionController::writeFinish(const QString &kind, const QString &reason)
{
    const qint64 now = m_clock->nowMs();
    QJsonObject payload;
    payload.insert(QStringLiteral("stop_reason"), cat::stopReasonName(m_run->state().stopReason));
    if (!reason.isEmpty()) {
        payload.insert(QStringLiteral("reason"), reason);
    }
    if (append({0, m_session.id, 0, kind, now, -1, {}, {}, -1, payload}) != store::Store::AppendResult::Appended) {
        return false;
    }
    std::vector<std::pair<int, int>> scored;
    for (const cat::Answer &a : m_answers) {
        if (m_bank->items[static_cast<std::size_t>(a.item)].status == ItemStatus::Operational) {
            scored.emplace_back(a.item, a.category);
        }
    }
    const scoring::TestResult r = scoring::computeResult(*m_bank, m_spec.final, scored);
    store::ResultRecord record;
    record.sessionId = m_session.id;
    record.theta = r.theta;
    record.se = r.se;
    record.score = r.score;
    record.scoreLow = r.scoreLow;
    record.scoreHigh = r.scoreHigh;
    record.level = r.level;
    record.stopReason = kind == QLatin1String("abandoned") ? kind : cat::stopReasonName(m_run->state().stopReason);
    record.items = r.items;
    for (const scoring::DimensionResult &d : r.dimensions) {
        record.dimensions.insert(d.dimension,
            QJsonObject{{QStringLiteral("theta"), d.theta}, {QStringLiteral("se"), d.se},
                {QStringLiteral("items"), d.items}, {QStringLiteral("level"), d.level}});
    }
    record.computedAt = now;
    const bool saved = m_store->saveResult(record) && m_store->setSessionState(m_session.id, kind, now);
    if (!saved) {
        m_lastError = m_store->lastError();
    }
    m_session.state = kind;
    m_session.finishedAt = now;
    return saved;
}

} // namespace aicet::session
