#include "services/Sittings.h"

#include "services/BankReleases.h"
#include "services/TestRun.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace aicet::services {

Sittings::Sittings(const ServiceContext &context)
    : m_context(context)
{
}

Sittings::Created Sittings::create(const SittingDraft &draft, qint64 ownerId)
{
    Created created;
    auto invalid = [&](CreateError error, const QString &message) {
        created.error = error;
        created.message = message;
        return created;
    };
    store::SittingRecord &s = created.sitting;
    s.code = draft.code.trimmed();
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9-]{3,32}$"));
    if (!codePattern.match(s.code).hasMatch()) {
        return invalid(CreateError::InvalidDraft, tr("the code must be 3 to 32 letters, digits or '-'"));
    }
    if (draft.opensAt > 0 && draft.closesAt > 0 && draft.closesAt <= draft.opensAt) {
        return invalid(CreateError::InvalidDraft, tr("the sitting must close after it opens"));
    }
    const store::SittingSettings &settings = draft.settings;
    for (const auto &value : {settings.minItems ? std::optional<double>(*settings.minItems) : std::nullopt,
             settings.maxItems ? std::optional<double>(*settings.maxItems) : std::nullopt, settings.seTarget,
             settings.timeLimitMinutes}) {
        if (value && !(*value >= 0.0)) {
            return invalid(CreateError::InvalidDraft,
                tr("numbers of questions, the precision target and the time "
                   "limit cannot be negative"));
        }
    }
    for (auto it = settings.extraTimeMinutes.constBegin(); it != settings.extraTimeMinutes.constEnd(); ++it) {
        if (it.key().trimmed().isEmpty() || !(it.value() > 0.0)) {
            return invalid(CreateError::InvalidDraft,
                tr("extra time is given as a candidate code and a number of "
                   "minutes above 0, e.g. 4B-07=10"));
        }
    }
    const QString bankPath = QFileInfo(draft.bankPath).absoluteFilePath();
    const BankCatalog::Lookup bank = m_context.banks.open(bankPath);
    if (!bank) {
        for (const Diagnostic &d : bank.diagnostics) {
            created.diagnostics.append(d.toString());
        }
        return invalid(CreateError::BankUnusable, bank.error);
    }
    if (bank.bank->parametersOnly) {
        return invalid(CreateError::BankUnusable,
            tr("%1 is a parameters-only bank (purpose: simulation): it has no questions to show").arg(bankPath));
    }
    QString problem;
    if (!sittingTestSpecification(*bank.bank, settings, &problem)) {
        return invalid(CreateError::InvalidDraft, problem);
    }
    if (!draft.language.isEmpty() && !bank.bank->languages.contains(draft.language)) {
        return invalid(CreateError::InvalidDraft,
            tr("the bank has no language \"%1\" (it has %2)")
                .arg(draft.language, bank.bank->languages.join(QStringLiteral(", "))));
    }
    s.title = draft.title.trimmed().isEmpty() ? bank.bank->titleIn(bank.bank->defaultLanguage) : draft.title.trimmed();
    s.bankId = bank.bank->id;
    s.bankPath = bankPath;
    s.bankHash = bank.bank->contentHash;
    s.settings = settings;
    s.language = draft.language;
    s.opensAt = draft.opensAt;
    s.closesAt = draft.closesAt;
    s.showResults = draft.showResults;
    s.showExplanations = draft.showExplanations;
    s.askName = draft.askName;
    s.ownerId = ownerId;
    s.createdAt = m_context.clock.nowMs();
    store::Store &db = m_context.store;
    // Pupils type codes in any case, with or without spaces and dashes: two codes that read the
    // same would be one.
    if (const auto taken = db.sitting(s.code); taken || taken.failed()) {
        return taken.failed() ? invalid(CreateError::StoreFailure, taken.error())
                              : invalid(CreateError::CodeTaken,
                                  tr("a sitting with the code \"%1\" already exists (codes are the same whatever "
                                     "their case and dashes)")
                                      .arg(taken->code));
    }
    // The bank's content is kept in the database: the sitting keeps it whatever happens to the folder.
    if (QString error; !BankReleases(m_context).keep(*bank.bank, tr("kept for the sitting %1").arg(s.code), &error)) {
        return invalid(CreateError::StoreFailure, error);
    }
    const store::AuditEntry audit{s.createdAt, m_context.actor, QStringLiteral("sitting.create"), s.code,
        QStringLiteral("bank %1 %2").arg(s.bankId, s.bankHash)};
    if (!db.createSitting(&s, &audit)) {
        const auto existing = db.sitting(s.code);
        return invalid(existing ? CreateError::CodeTaken : CreateError::StoreFailure, db.lastError());
    }
    return created;
}

bool Sittings::visibleTo(const store::SittingRecord &sitting, const store::StaffRecord &viewer)
{
    return viewer.role != store::StaffRole::Teacher || (sitting.ownerId == viewer.id && !sitting.practice);
}

bool Sittings::runBy(const store::SittingRecord &sitting, const store::StaffRecord &actor)
{
    return actor.role == store::StaffRole::Administrator
        || (actor.role == store::StaffRole::Teacher && sitting.ownerId == actor.id && !sitting.practice);
}

store::Read<QList<SittingSummary>> Sittings::list(const store::StaffRecord *viewer)
{
    store::Store &db = m_context.store;
    const auto sittings = db.sittings();
    if (sittings.failed()) {
        return store::Read<QList<SittingSummary>>::failure(sittings.error());
    }
    QList<SittingSummary> list;
    for (const store::SittingRecord &s : *sittings) {
        if (viewer && !visibleTo(s, *viewer)) {
            continue;
        }
        const auto sessions = db.sessionsOfSitting(s.id);
        if (sessions.failed()) {
            return store::Read<QList<SittingSummary>>::failure(sessions.error());
        }
        SittingSummary summary{s, static_cast<int>(sessions->size()), 0};
        for (const store::SessionRecord &r : *sessions) {
            summary.finished += r.state == store::SessionState::Finished ? 1 : 0;
        }
        list.append(summary);
    }
    return store::Read<QList<SittingSummary>>::found(list);
}

bool Sittings::close(const QString &code, QString *error, const store::StaffRecord *actor)
{
    return setState(code, store::SittingState::Closed, error, actor);
}

bool Sittings::reopen(const QString &code, QString *error, const store::StaffRecord *actor)
{
    return setState(code, store::SittingState::Open, error, actor);
}

bool Sittings::setState(const QString &code, store::SittingState state, QString *error, const store::StaffRecord *actor)
{
    store::Store &db = m_context.store;
    const auto s = db.sitting(code);
    if (!s) {
        *error = s.failed() ? s.error() : tr("no sitting with the code \"%1\"").arg(code);
        return false;
    }
    if (actor && !runBy(*s, *actor)) {
        *error = tr("the sitting %1 is another teacher's: only they or an administrator may open or close it")
                     .arg(s->code);
        return false;
    }
    const store::AuditEntry audit{m_context.clock.nowMs(), actor ? actor->name : m_context.actor,
        state == store::SittingState::Closed ? QStringLiteral("sitting.close") : QStringLiteral("sitting.reopen"),
        s->code, {}};
    if (!db.setSittingState(s->id, state, &audit)) {
        *error = db.lastError();
        return false;
    }
    return true;
}

std::optional<store::SittingRecord> Sittings::practice(const QString &bankPath, QString *error)
{
    store::Store &db = m_context.store;
    const QString path = QFileInfo(bankPath).absoluteFilePath();
    const auto sittings = db.sittings();
    if (sittings.failed()) {
        *error = sittings.error();
        return std::nullopt;
    }
    for (const store::SittingRecord &s : *sittings) {
        if (!s.practice || QFileInfo(s.bankPath).absoluteFilePath() != path || s.state != store::SittingState::Open) {
            continue;
        }
        const BankCatalog::Lookup bank = m_context.banks.openExpected(path, s.bankHash);
        if (bank) {
            return s;
        }
        if (bank.problem != BankCatalog::Problem::Changed) {
            *error = tr("the practice bank cannot be read: %1").arg(bank.error);
            return std::nullopt;
        }
        // The bundled bank was updated: its old practice sitting closes, a new one opens below.
        const store::AuditEntry audit{m_context.clock.nowMs(), m_context.actor, QStringLiteral("sitting.close"), s.code,
            QStringLiteral("the practice bank changed")};
        if (!db.setSittingState(s.id, store::SittingState::Closed, &audit)) {
            *error = db.lastError();
            return std::nullopt;
        }
    }
    const BankCatalog::Lookup bank = m_context.banks.open(path);
    if (!bank) {
        *error = tr("the practice bank cannot be read: %1").arg(bank.error);
        return std::nullopt;
    }
    store::SittingRecord s;
    s.code = QStringLiteral("PRACTICE");
    for (int n = 2;; ++n) {
        const auto taken = db.sitting(s.code);
        if (taken.failed()) {
            *error = taken.error();
            return std::nullopt;
        }
        if (!taken) {
            break;
        }
        s.code = QStringLiteral("PRACTICE%1").arg(n);
    }
    s.title = tr("Practice test");
    s.bankId = bank.bank->id;
    s.bankPath = path;
    s.bankHash = bank.bank->contentHash;
    s.practice = true;
    s.createdAt = m_context.clock.nowMs();
    if (QString keepError;
        !BankReleases(m_context).keep(*bank.bank, tr("kept for the sitting %1").arg(s.code), &keepError)) {
        *error = keepError;
        return std::nullopt;
    }
    const store::AuditEntry audit{s.createdAt, m_context.actor, QStringLiteral("sitting.create"), s.code,
        QStringLiteral("practice sitting on the bank %1").arg(s.bankHash)};
    if (!db.createSitting(&s, &audit)) {
        *error = db.lastError();
        return std::nullopt;
    }
    return s;
}

Sittings::Created Sittings::createForClasses(
    const SittingDraft &draft, const store::StaffRecord &actor, const std::vector<qint64> &classIds)
{
    store::Store &db = m_context.store;
    if (classIds.empty()) {
        return {CreateError::InvalidDraft, tr("choose at least one class"), {}, {}};
    }
    // The classes, as the actor may see them: their own, or all for an administrator.
    QList<store::ClassRecord> classes;
    for (const qint64 id : classIds) {
        const auto c = db.classById(id);
        if (!c) {
            return {c.failed() ? CreateError::StoreFailure : CreateError::InvalidDraft,
                c.failed() ? c.error() : tr("no class %1").arg(id), {}, {}};
        }
        if (c->ownerId != actor.id && actor.role != store::StaffRole::Administrator) {
            return {CreateError::InvalidDraft, tr("the class \"%1\" belongs to another teacher").arg(c->name), {}, {}};
        }
        classes.append(*c);
    }
    // Every pupil read before the sitting exists: those entitled to extra time get it in its
    // settings (granted when their session starts).
    std::vector<std::pair<QString, QList<store::ClassPupilRecord>>> rosters;
    SittingDraft roster = draft;
    roster.settings.rosterOnly = true;
    if (draft.entitledExtraMinutes < 0.0 || draft.entitledExtraMinutes > 24 * 60) {
        return {CreateError::InvalidDraft, tr("extra time must be between 0 and 1440 minutes"), {}, {}};
    }
    for (const store::ClassRecord &c : classes) {
        const auto pupils = db.classPupils(c.id);
        if (!pupils) {
            return {CreateError::StoreFailure, pupils.error(), {}, {}};
        }
        for (const store::ClassPupilRecord &p : *pupils) {
            if (p.extraTime && draft.entitledExtraMinutes > 0.0) {
                roster.settings.extraTimeMinutes.insert(p.code, draft.entitledExtraMinutes);
            }
        }
        rosters.emplace_back(c.name, *pupils);
    }
    // The audit names the staff member who created it.
    ServiceContext acting = m_context;
    acting.actor = actor.name;
    Created created = Sittings(acting).create(roster, actor.id);
    if (created.error != CreateError::None) {
        return created;
    }
    // Each pupil registered with their code, name and class; a failure closes the sitting, which
    // then takes nobody rather than part of its classes.
    const qint64 now = m_context.clock.nowMs();
    int registered = 0;
    for (const auto &[className, pupils] : rosters) {
        for (const store::ClassPupilRecord &p : pupils) {
            if (!db.ensureCandidate(
                    created.sitting.id, p.code, p.firstName + QLatin1Char(' ') + p.lastName, className, now)) {
                const QString why = db.lastError();
                const store::AuditEntry audit{now, m_context.actor, QStringLiteral("close sitting"),
                    created.sitting.code, QStringLiteral("its pupils could not all be registered")};
                db.setSittingState(created.sitting.id, store::SittingState::Closed, &audit);
                return {CreateError::StoreFailure,
                    tr("the pupils of %1 could not all be registered (%2): the sitting %3 was closed; create it "
                       "again")
                        .arg(className, why, created.sitting.code),
                    {}, created.sitting};
            }
            ++registered;
        }
    }
    created.message = tr("sitting %1 created for %n pupil(s)", nullptr, registered).arg(created.sitting.code);
    return created;
}

} // namespace aicet::services
