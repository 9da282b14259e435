#include "Cli.h"
#include "CliOptions.h"
#include "CliServices.h"
#include "Commands.h"
#include "Documents.h"
#include "StaffSignIn.h"
#include "bank/Chance.h"
#include "bank/Scoring.h"
#include "cat/Simulation.h"
#include "services/CandidateRecords.h"
#include "services/ClassLists.h"
#include "services/PupilSession.h"
#include "services/Results.h"
#include "services/Sittings.h"
#include "services/StaffActions.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace aicet::cli {
namespace {

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

std::optional<qint64> parseTime(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        return std::nullopt;
    }
    return t.toMSecsSinceEpoch();
}

std::optional<bool> parseYesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1")) {
        return true;
    }
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0")) {
        return false;
    }
    return std::nullopt;
}

// A session's state in words, for tables people read (CSV files keep the stable names).
QString stateWords(store::SessionState state)
{
    switch (state) {
    case store::SessionState::Running:
        return tr("running");
    case store::SessionState::Paused:
        return tr("paused");
    case store::SessionState::Finished:
        return tr("finished");
    case store::SessionState::Abandoned:
        return tr("stopped");
    }
    return {};
}

// The output of a command that read the database: what failed to be read is an error, never an
// empty answer.
int readFailure(QTextStream &err, const QString &error)
{
    return inputErrors(err, {QStringLiteral("aicet-cli: ") + error});
}

// ---------------------------------------------------------------------------------------------

int sittingCreate(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("sitting create");
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({opt("bank"), tr("The bank folder."), opt("path")});
    parser.addOption({opt("code"), tr("The access code pupils will type."), opt("code")});
    parser.addOption({opt("title"), tr("A title shown to the teacher."), opt("text")});
    parser.addOption({opt("min-items"), tr("Minimum number of questions."), opt("n")});
    parser.addOption({opt("max-items"), tr("Maximum number of questions."), opt("n")});
    parser.addOption({opt("se-target"), tr("Stop when the standard error reaches this value (0: off)."), opt("se")});
    parser.addOption({opt("time-limit"), tr("Time limit in minutes (0: none)."), opt("minutes")});
    parser.addOption({opt("stop"),
        tr("When the test stops, after the minimum: classification (once the level is clear, for certification) "
           "or precision (once the standard error reaches its target). Default: the bank's."),
        opt("rule")});
    parser.addOption({opt("pilot-positions"),
        tr("Positions of the unscored pilot questions, e.g. 3,8,13, or none (default: the bank's)."), opt("list")});
    parser.addOption({opt("language"), tr("Language of the questions (default: the pupil chooses)."), opt("code")});
    parser.addOption({opt("opens"), tr("Opening time, ISO 8601 (e.g. 2026-12-01T08:00:00Z)."), opt("time")});
    parser.addOption({opt("closes"), tr("Closing time for starting the test, ISO 8601."), opt("time")});
    parser.addOption({opt("show-results"), tr("Show the pupil their results at the end: yes or no (default yes)."),
        opt("yes|no"), opt("yes")});
    parser.addOption({opt("show-explanations"),
        tr("Show the explanations of missed questions: yes or no (default yes)."), opt("yes|no"), opt("yes")});
    parser.addOption({opt("ask-name"), tr("Ask pupils for their name as well as their code.")});
    parser.addOption({opt("no-exam-mode"),
        tr("A class exercise: the pupil's window stays a window (by default a sitting is in exam mode: the test "
           "fills the screen and leaving it is noted).")});
    parser.addOption({opt("extra-time"),
        tr("Extra time for some candidates, e.g. 4B-07=10,4B-12=15 (minutes added to the time limit)."), opt("list")});
    parser.addOption({opt("class"),
        tr("A class whose pupils take the sitting (repeatable; needs --as): they are registered with their personal "
           "codes, and no other code is accepted."),
        opt("name")});
    addAsOption(parser);
    if (const auto stop
        = parseCommandLine(parser, command, tr("Creates a sitting: a planned test on a bank."), arguments, out, err)) {
        return *stop;
    }
    if (!parser.isSet(opt("bank")) || !parser.isSet(opt("code"))) {
        return usageError(err, command, tr("--bank and --code are required"));
    }
    services::SittingDraft draft;
    draft.code = parser.value(opt("code"));
    draft.bankPath = parser.value(opt("bank"));
    draft.title = parser.value(opt("title"));
    draft.language = parser.value(opt("language"));
    draft.askName = parser.isSet(opt("ask-name"));
    draft.settings.examMode = !parser.isSet(opt("no-exam-mode"));
    if (parser.isSet(opt("stop"))) {
        const QString rule = parser.value(opt("stop"));
        if (rule != QLatin1String("classification") && rule != QLatin1String("precision")) {
            return usageError(err, command, tr("--stop takes classification or precision, not \"%1\"").arg(rule));
        }
        draft.settings.stop = rule;
    }
    const std::array<std::pair<const char *, std::optional<double> *>, 2> numbers
        = {{{"se-target", &draft.settings.seTarget}, {"time-limit", &draft.settings.timeLimitMinutes}}};
    for (const auto &[option, field] : numbers) {
        if (parser.isSet(opt(option))) {
            const auto v = parseNumbers(parser.value(opt(option)), 1);
            if (!v) {
                return usageError(err, command, tr("--%1 takes a number").arg(QLatin1String(option)));
            }
            *field = (*v)[0];
        }
    }
    const std::array<std::pair<const char *, std::optional<int> *>, 2> counts
        = {{{"min-items", &draft.settings.minItems}, {"max-items", &draft.settings.maxItems}}};
    for (const auto &[option, field] : counts) {
        if (parser.isSet(opt(option))) {
            const auto v = parseCount(parser.value(opt(option)));
            if (!v || *v > 100000) {
                return usageError(err, command, tr("--%1 takes a whole number").arg(QLatin1String(option)));
            }
            *field = static_cast<int>(*v);
        }
    }
    if (parser.isSet(opt("pilot-positions"))) {
        std::vector<int> positions;
        const QString list = parser.value(opt("pilot-positions"));
        if (list != QLatin1String("none")) {
            for (const QString &part : list.split(QLatin1Char(','))) {
                const auto p = parseCount(part.trimmed());
                if (!p || *p < 1 || *p > 1000
                    || std::find(positions.begin(), positions.end(), static_cast<int>(*p)) != positions.end()) {
                    return usageError(err, command,
                        tr("--pilot-positions takes different positions from 1 separated by commas, or none"));
                }
                positions.push_back(static_cast<int>(*p));
            }
        }
        draft.settings.pilotPositions = positions;
    }
    if (parser.isSet(opt("extra-time"))) {
        for (const QString &part : parser.value(opt("extra-time")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList kv = part.split(QLatin1Char('='));
            bool ok = false;
            const double minutes = kv.size() == 2 ? kv[1].toDouble(&ok) : 0.0;
            if (kv.size() != 2 || !ok) {
                return usageError(err, command, tr("--extra-time takes candidate=minutes pairs, e.g. 4B-07=10"));
            }
            draft.settings.extraTimeMinutes.insert(kv[0].trimmed(), minutes);
        }
    }
    const auto results = parseYesNo(parser.value(opt("show-results")));
    const auto explanations = parseYesNo(parser.value(opt("show-explanations")));
    if (!results || !explanations) {
        return usageError(err, command, tr("--show-results and --show-explanations take yes or no"));
    }
    draft.showResults = *results;
    draft.showExplanations = *explanations;
    for (const auto &[option, field] : {std::pair{"opens", &draft.opensAt}, std::pair{"closes", &draft.closesAt}}) {
        if (parser.isSet(opt(option))) {
            const auto t = parseTime(parser.value(opt(option)));
            if (!t) {
                return usageError(err, command,
                    tr("--%1 takes an ISO 8601 time such as 2026-12-01T08:00:00Z").arg(QLatin1String(option)));
            }
            *field = *t;
        }
    }
    if (parser.isSet(opt("class")) && !parser.isSet(opt("as"))) {
        return usageError(err, command, tr("--class needs --as, the teacher whose classes they are"));
    }
    auto services = openServices(parser, err);
    if (!services) {
        return Failure;
    }
    services::Sittings sittings(services->context());
    services::Sittings::Created created;
    if (parser.isSet(opt("class"))) {
        const auto actor = signIn(services->context(), parser, err);
        if (!actor) {
            return Failure;
        }
        QString error;
        const auto visible = services::ClassLists(services->context()).classes(*actor, &error);
        if (!visible) {
            return inputErrors(err, {error});
        }
        std::vector<qint64> ids;
        for (const QString &name : parser.values(opt("class"))) {
            const auto found = std::find_if(visible->begin(), visible->end(), [&](const store::ClassRecord &c) {
                return c.name.compare(name.simplified(), Qt::CaseInsensitive) == 0;
            });
            if (found == visible->end()) {
                return inputErrors(err, {tr("no class named \"%1\" among %2's").arg(name, actor->name)});
            }
            if (std::find_if(found + 1, visible->end(),
                    [&](const store::ClassRecord &c) {
                        return c.name.compare(name.simplified(), Qt::CaseInsensitive) == 0;
                    })
                != visible->end()) {
                return inputErrors(err,
                    {tr("several classes are named \"%1\" (of different teachers): sign in as "
                        "the teacher whose class it is")
                            .arg(name)});
            }
            ids.push_back(found->id);
        }
        created = sittings.createForClasses(draft, *actor, ids);
    } else {
        created = sittings.create(draft);
    }
    switch (created.error) {
    case services::Sittings::CreateError::None:
        break;
    case services::Sittings::CreateError::InvalidDraft:
        return usageError(err, command, created.message);
    case services::Sittings::CreateError::BankUnusable:
        return inputErrors(err, created.diagnostics.isEmpty() ? QStringList{created.message} : created.diagnostics);
    case services::Sittings::CreateError::CodeTaken:
    case services::Sittings::CreateError::StoreFailure:
        return inputErrors(err, {created.message});
    }
    out << tr("sitting %1 created on bank %2 (content hash %3)\n")
               .arg(created.sitting.code, created.sitting.bankId, created.sitting.bankHash);
    if (created.sitting.settings.rosterOnly) {
        out << created.message << '\n';
    }
    out.flush();
    return Success;
}

int sittingList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({opt("csv"), tr("Write CSV.")});
    if (const auto stop
        = parseCommandLine(parser, QStringLiteral("sitting list"), tr("Lists the sittings."), arguments, out, err)) {
        return *stop;
    }
    auto services = openServices(parser, err);
    if (!services) {
        return Failure;
    }
    services::Sittings sittings(services->context());
    QString error;
    // The practice sitting on the bundled bank exists from the start (the window makes it too).
    if (!sittings.practice(services::BankCatalog::bundledBankPath(), &error)) {
        err << tr("aicet-cli: no practice sitting: %1\n").arg(error);
        err.flush();
    }
    const auto list = sittings.list();
    if (list.failed()) {
        return readFailure(err, list.error());
    }
    const bool csv = parser.isSet(opt("csv"));
    out << (csv ? QStringLiteral("code,state,bank,practice,sessions,finished,created\n")
                : tr("code                 state    bank        sessions finished  created\n"));
    for (const services::SittingSummary &row : *list) {
        const store::SittingRecord &s = row.sitting;
        if (csv) {
            out << csvField(s.code) << ',' << store::name(s.state) << ',' << csvField(s.bankId) << ','
                << (s.practice ? 1 : 0) << ',' << row.sessions << ',' << row.finished << ',' << isoTime(s.createdAt)
                << '\n';
        } else {
            out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                       .arg(s.code + (s.practice ? QStringLiteral(" *") : QString()), -20)
                       .arg(s.state == store::SittingState::Open ? tr("open") : tr("closed"), -8)
                       .arg(s.bankId, -10)
                       .arg(row.sessions, 8)
                       .arg(row.finished, 8)
                       .arg(isoTime(s.createdAt).left(16));
        }
    }
    if (!csv) {
        out << tr("(* practice sitting)\n");
    }
    out.flush();
    return Success;
}

int sittingClose(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("sitting close");
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addPositionalArgument(opt("code"), tr("The sitting's code."));
    if (const auto stop = parseCommandLine(parser, command, tr("Closes a sitting: no new session can start."),
            arguments, out, err, 1, tr("the code of the sitting to close"))) {
        return *stop;
    }
    const QString code = parser.positionalArguments().first();
    auto services = openServices(parser, err);
    if (!services) {
        return Failure;
    }
    QString error;
    if (!services::Sittings(services->context()).close(code, &error)) {
        return inputErrors(err, {error});
    }
    out << tr("sitting %1 closed\n").arg(code);
    out.flush();
    return Success;
}

int sittingStatus(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("sitting status");
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addPositionalArgument(opt("code"), tr("The sitting's code."));
    if (const auto stop = parseCommandLine(parser, command,
            tr("Shows where every session of a sitting stands: state, answers, times the test window was left, last "
               "activity, result."),
            arguments, out, err, 1, tr("the code of the sitting"))) {
        return *stop;
    }
    auto services = openServices(parser, err);
    if (!services) {
        return Failure;
    }
    QString error;
    const auto rows = services::Results(services->context()).live(parser.positionalArguments().first(), &error);
    if (!rows) {
        return inputErrors(err, {error});
    }
    out << tr("session candidate            state      answers  left window  last activity         level\n");
    for (const store::SessionOverviewRecord &r : *rows) {
        QString level;
        if (r.result) {
            level = r.result->level.isEmpty() ? tr("incomplete (%1)").arg(services::incompleteReason(*r.result))
                : r.result->levelAlternative.isEmpty()
                ? r.result->level
                : tr("%1 or %2").arg(r.result->level, r.result->levelAlternative);
            if (r.result->fit.aberrant()) {
                level += tr(" - check: %1").arg(services::fitSummary(r.result->fit));
            }
        }
        out << QStringLiteral("%1 %2 %3 %4 %5  %6  %7\n")
                   .arg(r.session.id, 7)
                   .arg(r.candidateCode, -20)
                   .arg(stateWords(r.session.state), -10)
                   .arg(r.answers, 7)
                   .arg(r.focusLosses, 11)
                   .arg(isoTime(r.lastEventAt).left(19), -19)
                   .arg(level);
    }
    out.flush();
    return Success;
}

// ---------------------------------------------------------------------------------------------

int sessionRun(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("session run");
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({opt("sitting"), tr("The sitting's code."), opt("code")});
    parser.addOption({opt("candidate"), tr("The candidate's code."), opt("code")});
    parser.addOption({opt("name"), tr("The candidate's name, when the sitting asks for it."), opt("name")});
    parser.addOption({opt("simulate-theta"), tr("Answer as a simulated candidate of this ability."), opt("theta")});
    parser.addOption(
        {opt("seed"), tr("The session's seed when it is created; drives the simulated answers."), opt("n"), opt("1")});
    parser.addOption({opt("delay-ms"), tr("Wait this long before each answer."), opt("ms"), opt("0")});
    parser.addOption({opt("answers"),
        tr("How the simulated candidate answers: model (as the IRT model gives for --simulate-theta), random (a "
           "random option, random ticks, a random order) or first (always the first option shown)."),
        opt("how"), opt("model")});
    parser.addOption({opt("answer-seconds"),
        tr("The time the simulated candidate takes per question, on the session's clock (it does not wait); 0: "
           "the real time taken."),
        opt("s"), opt("20")});
    parser.addOption(
        {opt("language"), tr("Language of the questions (default: the sitting's, else the bank's)."), opt("code")});
    parser.addOption({opt("step"),
        tr("Before each answer, wait for a line on the standard input (for tests that decide when each answer is "
           "given); stop at its end. After each acknowledgement, print \"limit <seconds>\": the time limit as the "
           "program has it then (0: none).")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Takes a test through the real session controller as a simulated candidate; prints \"ack <position> "
               "<item> <response>\" per acknowledged answer. Run again after an interruption: it resumes."),
            arguments, out, err)) {
        return *stop;
    }
    if (!parser.isSet(opt("sitting")) || !parser.isSet(opt("candidate")) || !parser.isSet(opt("simulate-theta"))) {
        return usageError(err, command, tr("--sitting, --candidate and --simulate-theta are required"));
    }
    const auto theta = parseNumbers(parser.value(opt("simulate-theta")), 1);
    const auto seed = parseCount(parser.value(opt("seed")));
    const auto delay = parseCount(parser.value(opt("delay-ms")));
    if (!theta || !seed || !delay) {
        return usageError(err, command, tr("--simulate-theta takes a number, --seed and --delay-ms whole numbers"));
    }
    const QString how = parser.value(opt("answers"));
    if (how != QLatin1String("model") && how != QLatin1String("random") && how != QLatin1String("first")) {
        return usageError(err, command, tr("--answers takes model, random or first, not \"%1\"").arg(how));
    }
    const auto pace = parseNumbers(parser.value(opt("answer-seconds")), 1);
    if (!pace || (*pace)[0] < 0.0 || (*pace)[0] > 3600.0) {
        return usageError(err, command, tr("--answer-seconds takes a number of seconds from 0 to 3600"));
    }
    // The simulated candidate's time: the system's clock, moved on by the time each answer takes.
    services::PacedClock clock;
    auto services = openServices(parser, err, (*pace)[0] > 0.0 ? &clock : nullptr);
    if (!services) {
        return Failure;
    }
    QString error;
    services::PupilSession session(services->context());
    session.setStaffResume(true); // a staff tool: it may carry on any session
    const auto started = session.start(parser.value(opt("sitting")), parser.value(opt("candidate")),
        parser.value(opt("name")), &error, static_cast<std::uint64_t>(*seed));
    if (started != services::PupilSession::StartError::None) {
        return inputErrors(err, {error});
    }
    const ItemBank &bank = session.bank();
    QString language = parser.value(opt("language"));
    if (language.isEmpty()) {
        language = session.sitting().language.isEmpty() ? bank.defaultLanguage : session.sitting().language;
    }
    // Answers depend only on the session's seed and the position, so a resumed run answers as an
    // uninterrupted one would.
    const std::uint64_t answerSeed = cat::mixSeed(session.session().seed, 0x51A7EDULL);
    // Resumed: the paced clock carries on from the session's last event.
    if (!session.events().isEmpty()) {
        clock.catchUp(session.events().last().at);
    }
    while (const BankItem *item = session.currentItem()) {
        const int position = session.currentPosition();
        session.itemShown();
        cat::Random rng = cat::Random::forPosition(answerSeed, static_cast<std::uint64_t>(position));
        ItemResponse response;
        if (how == QLatin1String("model")) {
            const int category
                = item->hasParameters ? cat::drawCategory(item->irt, (*theta)[0], rng) : (rng.uniform() < 0.5 ? 0 : 1);
            response = responseForCategory(item->content, category, language);
        } else {
            response = chanceResponse(item->content,
                how == QLatin1String("random") ? ChanceAnswer::Random : ChanceAnswer::FirstShown, rng, language);
        }
        clock.advanceSeconds((*pace)[0]);
        if (*delay > 0) {
            QThread::msleep(static_cast<unsigned long>(*delay));
        }
        std::array<char, 256> line{};
        if (parser.isSet(opt("step")) && !std::fgets(line.data(), int(line.size()), stdin)) {
            out << tr("stopped before question %1: no more input\n").arg(position);
            out.flush();
            return Success;
        }
        switch (session.answer(position, item->id, response, &error)) {
        case services::PupilSession::AnswerOutcome::Acknowledged:
        case services::PupilSession::AnswerOutcome::AlreadyRecorded:
            out << "ack " << position << ' ' << item->id << ' ' << session.answers().back().category << '\n';
            if (parser.isSet(opt("step"))) {
                // The time limit as this program has it now (the staff's extra time included).
                out << "limit " << session.timeLimitSeconds() << '\n';
            }
            out.flush();
            break;
        case services::PupilSession::AnswerOutcome::TestOver:
            break;
        default:
            return inputErrors(err, {error});
        }
    }
    const auto result = session.result();
    if (!result) {
        return inputErrors(err,
            {result.failed() ? result.error()
                    : session.lastError().isEmpty()
                    ? tr("the session ended without a result")
                    : tr("the end of the test could not be stored: %1").arg(session.lastError())});
    }
    out << tr("finished: theta %1, SE %2, level %3, %4 items, stopped by %5\n")
               .arg(result->theta, 0, 'f', 4)
               .arg(result->se, 0, 'f', 4)
               .arg(result->level.isEmpty() ? tr("none (%1)").arg(services::incompleteReason(*result))
                       : result->levelAlternative.isEmpty()
                       ? result->level
                       : tr("%1 or %2").arg(result->level, result->levelAlternative))
               .arg(result->items)
               .arg(result->stopReason);
    out << tr("level probability %1; %2\n")
               .arg(result->levelProbability, 0, 'f', 3)
               .arg(services::fitSummary(result->fit));
    out.flush();
    return Success;
}

// The staff's actions on one session: pause, resume, extend, reopen, abandon, allow-resume.
int staffAction(const QString &action, const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("session ") + action;
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addPositionalArgument(opt("session"), tr("The session (the \"session\" column of results export)."));
    const bool takesReason = action != QLatin1String("resume") && action != QLatin1String("extend")
        && action != QLatin1String("allow-resume");
    const bool takesMinutes = action == QLatin1String("extend") || action == QLatin1String("reopen");
    if (takesReason) {
        parser.addOption({opt("reason"), tr("Why (recorded in the session's log and the audit log)."), opt("text")});
    }
    if (takesMinutes) {
        parser.addOption({opt("minutes"), tr("Minutes added to the session's time limit."), opt("n")});
    }
    const QString summary = action == QLatin1String("pause") ? tr("Pauses a session: its clock stops, answers wait.")
        : action == QLatin1String("resume")                  ? tr("Lets a paused session go on.")
        : action == QLatin1String("extend")                  ? tr("Gives a session more time.")
        : action == QLatin1String("reopen")
        ? tr("Reopens a finished or stopped session so that the pupil can go on (a reason is required).")
        : action == QLatin1String("allow-resume")
        ? tr("Lets the pupil continue a session under way on another computer or window, once (their codes alone "
             "do not open a test that has begun elsewhere).")
        : tr("Stops a session under way; its confirmed answers are scored.");
    if (const auto stop
        = parseCommandLine(parser, command, summary, arguments, out, err, 1, tr("the session number"))) {
        return *stop;
    }
    bool ok = false;
    const qint64 id = parser.positionalArguments().first().toLongLong(&ok);
    double minutes = 0.0;
    if (takesMinutes && parser.isSet(opt("minutes"))) {
        const auto v = parseNumbers(parser.value(opt("minutes")), 1);
        minutes = v ? (*v)[0] : -1.0;
    }
    if (!ok || (action == QLatin1String("extend") && !parser.isSet(opt("minutes")))) {
        return usageError(err, command, tr("give a session number (and --minutes to extend)"));
    }
    auto services = openServices(parser, err);
    if (!services) {
        return Failure;
    }
    services::StaffActions staff(services->context());
    const QString reason = takesReason ? parser.value(opt("reason")) : QString();
    const services::StaffActions::Result r = action == QLatin1String("pause") ? staff.pause(id, reason)
        : action == QLatin1String("resume")                                   ? staff.resume(id)
        : action == QLatin1String("extend")                                   ? staff.extendTime(id, minutes)
        : action == QLatin1String("reopen")                                   ? staff.reopen(id, reason, minutes)
        : action == QLatin1String("allow-resume")                             ? staff.allowResume(id)
                                                                              : staff.abandon(id, reason);
    if (r.outcome == services::StaffActions::Outcome::Invalid) {
        return usageError(err, command, r.message);
    }
    if (r.outcome != services::StaffActions::Outcome::Done) {
        return inputErrors(err, {r.message});
    }
    out << r.message << '\n';
    out.flush();
    return Success;
}

// ---------------------------------------------------------------------------------------------

int resultsExport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("results export");
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({opt("sitting"), tr("The sitting's code."), opt("code")});
    parser.addOption({opt("responses"),
        tr("Write the long table candidate,position,item,response,score instead (for calibration; no byte order "
           "mark).")});
    parser.addOption({opt("language"),
        tr("Language of the level names: fr or en (default: the sitting's, else the bank's)."), opt("code")});
    parser.addOption({opt("format"), tr("csv (UTF-8 with a byte order mark) or json (an array of objects)."),
        opt("csv|json"), opt("csv")});
    parser.addOption({opt("separator"),
        tr("The CSV separator: , (default) or ; (for spreadsheets set to French, which then read decimal commas, "
           "also written)."),
        opt(",|;"), opt(",")});
    parser.addOption(
        {opt("out"), tr("Write to this file (whole or not at all) instead of the standard output."), opt("file")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Exports a sitting's results, one row per session: the candidate (and their name when the sitting asked "
               "for it), the level by its name and its id, overall and per area (empty: not enough answers for a "
               "level, see complete and stop_reason; an area shows a level only when it adds to the overall one), "
               "or_level when the answers cannot tell two adjacent levels apart, level_probability (that what is "
               "stated is right), answers_check (flagged: answers that look random or came faster than reading; "
               "random_log_ratio, rapid_answers), θ and SE to 2 decimals, scores as whole numbers (score_low or "
               "score_high empty: the interval is open at that end, beyond what the test measures), local times with "
               "their offset from UTC. Text that a spreadsheet would run as a formula starts with '."),
            arguments, out, err)) {
        return *stop;
    }
    if (!parser.isSet(opt("sitting"))) {
        return usageError(err, command, tr("--sitting is required"));
    }
    const QString format = parser.value(opt("format"));
    const QString separator = parser.value(opt("separator"));
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        return usageError(err, command, tr("--format takes csv or json"));
    }
    if (separator != QLatin1String(",") && separator != QLatin1String(";")) {
        return usageError(err, command, tr("--separator takes , or ;"));
    }
    auto services = openServices(parser, err);
    if (!services) {
        return Failure;
    }
    services::Results results(services->context());
    QString error;
    documents::Table table;
    const bool responses = parser.isSet(opt("responses"));
    if (responses) {
        const auto rows = results.responses(parser.value(opt("sitting")), &error);
        if (!rows) {
            return inputErrors(err, {error});
        }
        table = documents::responsesTable(*rows);
    } else {
        const auto sitting
            = results.ofSitting(parser.value(opt("sitting")), &error, nullptr, parser.value(opt("language")));
        if (!sitting) {
            return inputErrors(err, {error});
        }
        table = documents::resultsTable(*sitting);
    }
    const bool byteOrderMark = format == QLatin1String("csv") && !responses;
    if (byteOrderMark && !parser.isSet(opt("out"))) {
        out << QChar(0xFEFF); // writeOutput decodes the bytes, which drops their BOM
    }
    const QByteArray bytes = format == QLatin1String("json")
        ? documents::jsonBytes(table)
        : documents::csvBytes(table, separator.front(), byteOrderMark);
    return writeOutput(parser, bytes, out, err);
}

// ---------------------------------------------------------------------------------------------

int candidateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, bool erase)
{
    const QString command = erase ? QStringLiteral("candidate erase") : QStringLiteral("candidate export");
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addPositionalArgument(opt("code"), tr("The candidate's code."));
    parser.addOption({opt("sitting"),
        tr("The sitting the candidate belongs to (needed when the code is used in several sittings)."), opt("code")});
    if (!erase) {
        parser.addOption(
            {opt("out"), tr("Write to this file (whole or not at all) instead of the standard output."), opt("file")});
    }
    if (const auto stop = parseCommandLine(parser, command,
            erase ? tr("Erases a candidate's personal fields (name, group, code) and keeps their anonymous responses.")
                  : tr("Writes everything held about a candidate as JSON."),
            arguments, out, err, 1, tr("the candidate's code"))) {
        return *stop;
    }
    const QString code = parser.positionalArguments().first();
    auto services = openServices(parser, err);
    if (!services) {
        return Failure;
    }
    services::CandidateRecords records(services->context());
    QString error;
    if (erase) {
        store::Store::ErasedCopies copies;
        const auto kept = records.erase(code, parser.value(opt("sitting")), &error, &copies);
        if (!kept) {
            return inputErrors(err, {error});
        }
        out << tr("candidate %1: name, group and code erased; %n session(s) kept anonymously\n", nullptr, *kept)
                   .arg(code);
        // Where old copies of the erased data went, and where they remain: never claimed gone when not.
        for (const QString &line : copies.done) {
            out << tr("done: %1\n").arg(line);
        }
        for (const QString &line : copies.remaining) {
            out << tr("remaining: %1\n").arg(line);
        }
        out.flush();
        return Success;
    }
    const auto record = records.exportRecord(code, parser.value(opt("sitting")), &error);
    if (!record) {
        return inputErrors(err, {error});
    }
    return writeOutput(parser, QJsonDocument(*record).toJson(QJsonDocument::Indented), out, err);
}

} // namespace

int sittingCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return dispatch(QStringLiteral("sitting"), arguments, out, err,
        {{"create", QT_TRANSLATE_NOOP("aicet::cli", "create a sitting: a planned test on a bank"), sittingCreate},
            {"list", QT_TRANSLATE_NOOP("aicet::cli", "list the sittings"), sittingList},
            {"status", QT_TRANSLATE_NOOP("aicet::cli", "where every session of a sitting stands"), sittingStatus},
            {"close", QT_TRANSLATE_NOOP("aicet::cli", "close a sitting to new sessions"), sittingClose}});
}

int sessionCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto staff = [](const char *action) {
        return [action](const QStringList &a, QTextStream &o, QTextStream &e) {
            return staffAction(QLatin1String(action), a, o, e);
        };
    };
    return dispatch(QStringLiteral("session"), arguments, out, err,
        {{"run", QT_TRANSLATE_NOOP("aicet::cli", "take a test as a simulated candidate"), sessionRun},
            {"pause", QT_TRANSLATE_NOOP("aicet::cli", "pause a session"), staff("pause")},
            {"resume", QT_TRANSLATE_NOOP("aicet::cli", "let a paused session go on"), staff("resume")},
            {"extend", QT_TRANSLATE_NOOP("aicet::cli", "give a session more time"), staff("extend")},
            {"reopen", QT_TRANSLATE_NOOP("aicet::cli", "reopen a finished or stopped session"), staff("reopen")},
            {"abandon", QT_TRANSLATE_NOOP("aicet::cli", "stop a session under way"), staff("abandon")},
            {"allow-resume", QT_TRANSLATE_NOOP("aicet::cli", "let a pupil continue a session on another computer"),
                staff("allow-resume")}});
}

int resultsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return dispatch(QStringLiteral("results"), arguments, out, err,
        {{"export", QT_TRANSLATE_NOOP("aicet::cli", "export a sitting's results or responses as CSV"), resultsExport}});
}

int candidateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return dispatch(QStringLiteral("candidate"), arguments, out, err,
        {{"export", QT_TRANSLATE_NOOP("aicet::cli", "write everything held about a candidate"),
             [](const QStringList &a, QTextStream &o, QTextStream &e) { return candidateCommand(a, o, e, false); }},
            {"erase", QT_TRANSLATE_NOOP("aicet::cli", "erase a candidate's personal fields"),
                [](const QStringList &a, QTextStream &o, QTextStream &e) { return candidateCommand(a, o, e, true); }}});
}

} // namespace aicet::cli
