#include "Cli.h"
#include "CliOptions.h"
#include "Commands.h"
#include "bank/BankLoader.h"
#include "cat/Random.h"
#include "session/SessionController.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <QTimeZone>

#include <array>
#include <cmath>

namespace aicet::cli {
namespace {

void addDbOption(QCommandLineParser &parser)
{
    parser.addOption({opt("db"),
        tr("The database: a SQLite file, or postgresql://user@host[:port]/database (default: %1).")
            .arg(store::Store::defaultLocation()),
        opt("location")});
}

std::unique_ptr<store::Store> openStore(const QCommandLineParser &parser, QTextStream &err)
{
    const QString location = parser.isSet(opt("db")) ? parser.value(opt("db")) : store::Store::defaultLocation();
    QString error;
    auto s = store::Store::open(location, &error);
    if (!s) {
        err << "aicet-cli: " << error << '\n';
        err.flush();
    }
    return s;
}

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
    parser.addOption({opt("language"), tr("Language of the questions (default: the pupil chooses)."), opt("code")});
    parser.addOption({opt("opens"), tr("Opening time, ISO 8601 (e.g. 2026-12-01T08:00:00Z)."), opt("time")});
    parser.addOption({opt("closes"), tr("Closing time for starting the test, ISO 8601."), opt("time")});
    parser.addOption({opt("show-results"), tr("Show the pupil their results at the end: yes or no (default yes)."),
        opt("yes|no"), opt("yes")});
    parser.addOption({opt("show-explanations"),
        tr("Show the explanations of missed questions: yes or no (default yes)."), opt("yes|no"), opt("yes")});
    parser.addOption({opt("ask-name"), tr("Ask pupils for their name as well as their code.")});
    parser.addOption({opt("extra-time"),
        tr("Extra time for some candidates, e.g. 4B-07=10,4B-12=15 (minutes added to the time limit)."), opt("list")});
    if (const auto stop
        = parseCommandLine(parser, command, tr("Creates a sitting: a planned test on a bank."), arguments, out, err)) {
        return *stop;
    }
    if (!parser.isSet(opt("bank")) || !parser.isSet(opt("code"))) {
        return usageError(err, command, tr("--bank and --code are required"));
    }
    store::SittingRecord s;
    s.code = parser.value(opt("code")).trimmed();
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9-]{3,32}$"));
    if (!codePattern.match(s.code).hasMatch()) {
        return usageError(err, command, tr("the code must be 3 to 32 letters, digits or '-'"));
    }
    QJsonObject settings;
    const std::array<std::pair<const char *, const char *>, 4> numeric = {{{"min-items", "min_items"},
        {"max-items", "max_items"}, {"se-target", "se_target"}, {"time-limit", "time_limit_minutes"}}};
    for (const auto &[option, key] : numeric) {
        if (parser.isSet(opt(option))) {
            const auto v = parseNumbers(parser.value(opt(option)), 1);
            if (!v || (*v)[0] < 0.0) {
                return usageError(err, command, tr("--%1 takes a non-negative number").arg(QLatin1String(option)));
            }
            settings.insert(QLatin1String(key), (*v)[0]);
        }
    }
    if (parser.isSet(opt("extra-time"))) {
        QJsonObject extra;
        for (const QString &part : parser.value(opt("extra-time")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList kv = part.split(QLatin1Char('='));
            bool ok = false;
            const double minutes = kv.size() == 2 ? kv[1].toDouble(&ok) : 0.0;
            if (kv.size() != 2 || !ok || minutes <= 0.0 || kv[0].trimmed().isEmpty()) {
                return usageError(err, command, tr("--extra-time takes candidate=minutes pairs, e.g. 4B-07=10"));
            }
            extra.insert(kv[0].trimmed(), minutes);
        }
        settings.insert(QStringLiteral("extra_time_minutes"), extra);
    }
    s.settings = settings;
    const auto results = parseYesNo(parser.value(opt("show-results")));
    const auto explanations = parseYesNo(parser.value(opt("show-explanations")));
    if (!results || !explanations) {
        return usageError(err, command, tr("--show-results and --show-explanations take yes or no"));
    }
    s.showResults = *results;
    s.showExplanations = *explanations;
    s.askName = parser.isSet(opt("ask-name"));
    for (const auto &[option, field] : {std::pair{"opens", &s.opensAt}, std::pair{"closes", &s.closesAt}}) {
        if (parser.isSet(opt(option))) {
            const auto t = parseTime(parser.value(opt(option)));
            if (!t) {
                return usageError(err, command,
                    tr("--%1 takes an ISO 8601 time such as 2026-12-01T08:00:00Z").arg(QLatin1String(option)));
            }
            *field = *t;
        }
    }
    if (s.opensAt > 0 && s.closesAt > 0 && s.closesAt <= s.opensAt) {
        return usageError(err, command, tr("the sitting must close after it opens"));
    }

    const QString bankPath = QFileInfo(parser.value(opt("bank"))).absoluteFilePath();
    const BankLoadResult bank = loadBank(bankPath);
    if (!bank.usable()) {
        QStringList errors;
        for (const Diagnostic &d : bank.diagnostics) {
            if (d.isError()) {
                errors.append(d.toString());
            }
        }
        return inputErrors(err, errors);
    }
    if (bank.bank.parametersOnly) {
        return inputErrors(
            err, {tr("%1 is a parameters-only bank (purpose: simulation): it has no questions to show").arg(bankPath)});
    }
    QString problem;
    if (!session::sittingTestSpecification(bank.bank, s.settings, &problem)) {
        return usageError(err, command, problem);
    }
    s.language = parser.value(opt("language"));
    if (!s.language.isEmpty() && !bank.bank.languages.contains(s.language)) {
        return usageError(err, command,
            tr("the bank has no language \"%1\" (it has %2)")
                .arg(s.language, bank.bank.languages.join(QStringLiteral(", "))));
    }
    s.title = parser.value(opt("title"));
    session::attachBank(&s, bank.bank, bankPath);
    s.createdAt = QDateTime::currentMSecsSinceEpoch();
    auto store = openStore(parser, err);
    if (!store) {
        return Failure;
    }
    if (!store->createSitting(&s)) {
        return inputErrors(err, {store->lastError()});
    }
    store->audit(s.createdAt, QStringLiteral("cli"), QStringLiteral("sitting.create"), s.code,
        QStringLiteral("bank %1 %2").arg(s.bankId, s.bankHash));
    out << tr("sitting %1 created on bank %2 (content hash %3)\n").arg(s.code, s.bankId, s.bankHash);
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
    auto store = openStore(parser, err);
    if (!store) {
        return Failure;
    }
    QString error;
    session::ensurePracticeSitting(*store, session::bundledBankPath(), QDateTime::currentMSecsSinceEpoch(), &error);
    const bool csv = parser.isSet(opt("csv"));
    out << (csv ? QStringLiteral("code,state,bank,practice,sessions,finished,created\n")
                : tr("code                 state    bank        sessions finished  created\n"));
    for (const store::SittingRecord &s : store->sittings()) {
        const auto sessions = store->sessionsOfSitting(s.id);
        const auto finished = std::count_if(sessions.begin(), sessions.end(),
            [](const store::SessionRecord &r) { return r.state == QLatin1String("finished"); });
        if (csv) {
            out << csvField(s.code) << ',' << s.state << ',' << csvField(s.bankId) << ',' << (s.practice ? 1 : 0) << ','
                << sessions.size() << ',' << finished << ',' << isoTime(s.createdAt) << '\n';
        } else {
            out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                       .arg(s.code + (s.practice ? QStringLiteral(" *") : QString()), -20)
                       .arg(s.state, -8)
                       .arg(s.bankId, -10)
                       .arg(sessions.size(), 8)
                       .arg(finished, 8)
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
    auto store = openStore(parser, err);
    if (!store) {
        return Failure;
    }
    const auto s = store->sitting(code);
    if (!s) {
        return inputErrors(err, {tr("no sitting with the code \"%1\"").arg(code)});
    }
    if (!store->setSittingState(s->id, QStringLiteral("closed"))) {
        return inputErrors(err, {store->lastError()});
    }
    store->audit(QDateTime::currentMSecsSinceEpoch(), QStringLiteral("cli"), QStringLiteral("sitting.close"), code);
    out << tr("sitting %1 closed\n").arg(code);
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
    parser.addOption(
        {opt("language"), tr("Language of the questions (default: the sitting's, else the bank's)."), opt("code")});
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
    auto store = openStore(parser, err);
    if (!store) {
        return Failure;
    }
    QString error;
    if (parser.value(opt("sitting")) == QLatin1String("PRACTICE")) {
        session::ensurePracticeSitting(*store, session::bundledBankPath(), QDateTime::currentMSecsSinceEpoch(), &error);
    }
    const session::SystemClock clock;
    session::SessionController controller(*store, clock);
    const auto started = controller.start(parser.value(opt("sitting")), parser.value(opt("candidate")),
        parser.value(opt("name")), static_cast<std::uint64_t>(*seed), &error);
    if (started != session::SessionController::StartError::None) {
        return inputErrors(err, {error});
    }
    const ItemBank &bank = controller.bank();
    QString language = parser.value(opt("language"));
    if (language.isEmpty()) {
        language = controller.sitting().language.isEmpty() ? bank.defaultLanguage : controller.sitting().language;
    }
    // Answers depend only on the session's seed and the position, so a resumed run answers as an
    // uninterrupted one would.
    const std::uint64_t answerSeed = cat::mixSeed(controller.session().seed, 0x51A7EDULL);
    while (const BankItem *item = controller.currentItem()) {
        const int position = controller.currentPosition();
        controller.itemShown();
        cat::Random rng = cat::Random::forPosition(answerSeed, static_cast<std::uint64_t>(position));
        int category = 0;
        if (item->hasParameters) {
            std::array<double, 64> p{};
            const auto k = static_cast<std::size_t>(item->irt.categoryCount());
            irt::categoryProbabilities(item->irt, (*theta)[0], std::span(p.data(), k));
            double u = rng.uniform();
            while (static_cast<std::size_t>(category) + 1 < k && u >= p[static_cast<std::size_t>(category)]) {
                u -= p[static_cast<std::size_t>(category)];
                ++category;
            }
        } else {
            category = rng.uniform() < 0.5 ? 0 : 1;
        }
        const ItemResponse response = responseForCategory(item->content, category, language);
        if (*delay > 0) {
            QThread::msleep(static_cast<unsigned long>(*delay));
        }
        switch (controller.answer(position, item->id, response, &error)) {
        case session::SessionController::AnswerOutcome::Acknowledged:
        case session::SessionController::AnswerOutcome::AlreadyRecorded:
            out << "ack " << position << ' ' << item->id << ' ' << controller.answers().back().category << '\n';
            out.flush();
            break;
        case session::SessionController::AnswerOutcome::TestOver:
            break;
        default:
            return inputErrors(err, {error});
        }
    }
    const auto result = store->result(controller.session().id);
    out << tr("finished: theta %1, SE %2, level %3, %4 items, stopped by %5\n")
               .arg(result ? result->theta : 0.0, 0, 'f', 4)
               .arg(result ? result->se : 0.0, 0, 'f', 4)
               .arg(result ? result->level : QString())
               .arg(result ? result->items : 0)
               .arg(result ? result->stopReason : controller.session().state);
    out.flush();
    return result ? Success : Failure;
}

// ---------------------------------------------------------------------------------------------

int resultsExport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("results export");
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addOption({opt("sitting"), tr("The sitting's code."), opt("code")});
    parser.addOption({opt("responses"),
        tr("Write the long table candidate,position,item,response,score instead (for calibration).")});
    if (const auto stop
        = parseCommandLine(parser, command, tr("Exports a sitting's results as CSV."), arguments, out, err)) {
        return *stop;
    }
    if (!parser.isSet(opt("sitting"))) {
        return usageError(err, command, tr("--sitting is required"));
    }
    auto store = openStore(parser, err);
    if (!store) {
        return Failure;
    }
    const auto sitting = store->sitting(parser.value(opt("sitting")));
    if (!sitting) {
        return inputErrors(err, {tr("no sitting with the code \"%1\"").arg(parser.value(opt("sitting")))});
    }
    const auto sessions = store->sessionsOfSitting(sitting->id);
    if (parser.isSet(opt("responses"))) {
        out << "candidate,position,item,response,score\n";
        for (const store::SessionRecord &s : sessions) {
            const auto who = store->candidateById(s.candidateId);
            for (const store::EventRecord &e : store->events(s.id)) {
                if (e.kind == QLatin1String("answered")) {
                    out << csvField(who ? who->code : QString()) << ',' << e.position << ',' << csvField(e.itemId)
                        << ',' << csvField(QString::fromUtf8(QJsonDocument(e.response).toJson(QJsonDocument::Compact)))
                        << ',' << e.category << '\n';
                }
            }
        }
        out.flush();
        return Success;
    }
    // Dimensions come from the first result (all sessions of a sitting share its bank).
    QStringList dimensions;
    for (const store::SessionRecord &s : sessions) {
        if (const auto r = store->result(s.id)) {
            dimensions = r->dimensions.keys();
            break;
        }
    }
    out << "session,candidate,state,theta,se,score,score_low,score_high,level,items,stop_reason";
    for (const QString &d : dimensions) {
        out << ',' << d << "_theta," << d << "_se," << d << "_level";
    }
    out << ",started_at,finished_at,duration_seconds,focus_losses\n";
    for (const store::SessionRecord &s : sessions) {
        const auto who = store->candidateById(s.candidateId);
        const auto r = store->result(s.id);
        const auto events = store->events(s.id);
        const auto focusLosses = std::count_if(events.begin(), events.end(),
            [](const store::EventRecord &e) { return e.kind == QLatin1String("focus_lost"); });
        out << s.id << ',' << csvField(who ? who->code : QString()) << ',' << s.state << ',';
        if (r) {
            out << formatNumber(r->theta) << ',' << formatNumber(r->se) << ',' << QString::number(r->score, 'f', 1)
                << ',' << QString::number(r->scoreLow, 'f', 1) << ',' << QString::number(r->scoreHigh, 'f', 1) << ','
                << r->level << ',' << r->items << ',' << r->stopReason;
        } else {
            out << ",,,,,,,";
        }
        for (const QString &d : dimensions) {
            const QJsonObject dim = r ? r->dimensions.value(d).toObject() : QJsonObject();
            out << ',' << (dim.isEmpty() ? QString() : formatNumber(dim.value(QStringLiteral("theta")).toDouble()))
                << ',' << (dim.isEmpty() ? QString() : formatNumber(dim.value(QStringLiteral("se")).toDouble())) << ','
                << (dim.isEmpty() ? QString()
                           : dim.value(QStringLiteral("level")).toString().isEmpty()
                           ? QStringLiteral("not enough evidence")
                           : dim.value(QStringLiteral("level")).toString());
        }
        out << ',' << isoTime(s.startedAt) << ',' << isoTime(s.finishedAt) << ','
            << QString::number(session::elapsedSeconds(
                                   events, QDateTime::currentMSecsSinceEpoch(), s.state == QLatin1String("running")),
                   'f', 1)
            << ',' << focusLosses << '\n';
    }
    out.flush();
    return Success;
}

// ---------------------------------------------------------------------------------------------

int candidateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, bool erase)
{
    const QString command = erase ? QStringLiteral("candidate erase") : QStringLiteral("candidate export");
    QCommandLineParser parser;
    addDbOption(parser);
    parser.addPositionalArgument(opt("code"), tr("The candidate's code."));
    if (const auto stop = parseCommandLine(parser, command,
            erase ? tr("Erases a candidate's personal fields (name, group, code) and keeps their anonymous responses.")
                  : tr("Writes everything held about a candidate as JSON."),
            arguments, out, err, 1, tr("the candidate's code"))) {
        return *stop;
    }
    const QString code = parser.positionalArguments().first();
    auto store = openStore(parser, err);
    if (!store) {
        return Failure;
    }
    const auto who = store->candidate(code);
    if (!who) {
        return inputErrors(err, {tr("no candidate with the code \"%1\"").arg(code)});
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (erase) {
        if (!store->eraseCandidate(code, now)) {
            return inputErrors(err, {store->lastError()});
        }
        store->audit(now, QStringLiteral("cli"), QStringLiteral("candidate.erase"),
            QStringLiteral("candidate #%1").arg(who->id));
        out << tr("candidate %1: name, group and code erased; %2 session(s) kept anonymously\n")
                   .arg(code)
                   .arg(store->sessionsOfCandidate(who->id).size());
        out.flush();
        return Success;
    }
    QJsonArray sessions;
    for (const store::SessionRecord &s : store->sessionsOfCandidate(who->id)) {
        const auto sitting = store->sittingById(s.sittingId);
        QJsonArray events;
        for (const store::EventRecord &e : store->events(s.id)) {
            QJsonObject ev{{QStringLiteral("seq"), e.seq}, {QStringLiteral("kind"), e.kind},
                {QStringLiteral("at"), isoTime(e.at)}};
            if (e.position >= 0) {
                ev.insert(QStringLiteral("position"), e.position);
            }
            if (!e.itemId.isEmpty()) {
                ev.insert(QStringLiteral("item"), e.itemId);
            }
            if (!e.response.isEmpty()) {
                ev.insert(QStringLiteral("response"), e.response);
                ev.insert(QStringLiteral("score"), e.category);
            }
            if (!e.payload.isEmpty()) {
                ev.insert(QStringLiteral("details"), e.payload);
            }
            events.append(ev);
        }
        QJsonObject so{{QStringLiteral("sitting"), sitting ? sitting->code : QString()},
            {QStringLiteral("bank"), sitting ? sitting->bankId : QString()},
            {QStringLiteral("bank_hash"), sitting ? sitting->bankHash : QString()}, {QStringLiteral("state"), s.state},
            {QStringLiteral("started_at"), isoTime(s.startedAt)},
            {QStringLiteral("finished_at"), isoTime(s.finishedAt)}, {QStringLiteral("events"), events}};
        if (const auto r = store->result(s.id)) {
            so.insert(QStringLiteral("result"),
                QJsonObject{{QStringLiteral("theta"), r->theta}, {QStringLiteral("se"), r->se},
                    {QStringLiteral("score"), r->score}, {QStringLiteral("level"), r->level},
                    {QStringLiteral("dimensions"), r->dimensions}});
        }
        sessions.append(so);
    }
    const QJsonObject o{{QStringLiteral("code"), who->code}, {QStringLiteral("name"), who->displayName},
        {QStringLiteral("group"), who->group}, {QStringLiteral("created_at"), isoTime(who->createdAt)},
        {QStringLiteral("sessions"), sessions}};
    out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    out.flush();
    store->audit(
        now, QStringLiteral("cli"), QStringLiteral("candidate.export"), QStringLiteral("candidate #%1").arg(who->id));
    return Success;
}

int dispatch(const QString &group, const QStringList &arguments, QTextStream &out, QTextStream &err,
    const std::vector<std::pair<const char *, int (*)(const QStringList &, QTextStream &, QTextStream &)>> &commands)
{
    const QString sub = arguments.value(0);
    QStringList names;
    for (const auto &[name, fn] : commands) {
        names.append(QLatin1String(name));
        if (sub == QLatin1String(name)) {
            return fn(arguments.mid(1), out, err);
        }
    }
    err << tr("aicet-cli %1: expected one of %2%3\n")
               .arg(group, names.join(QStringLiteral(", ")), sub.isEmpty() ? QString() : tr(", not \"%1\"").arg(sub));
    err.flush();
    return UsageError;
}

} // namespace

int sittingCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return dispatch(QStringLiteral("sitting"), arguments, out, err,
        {{"create", sittingCreate}, {"list", sittingList}, {"close", sittingClose}});
}

int sessionCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return dispatch(QStringLiteral("session"), arguments, out, err, {{"run", sessionRun}});
}

int resultsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return dispatch(QStringLiteral("results"), arguments, out, err, {{"export", resultsExport}});
}

int candidateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return dispatch(QStringLiteral("candidate"), arguments, out, err,
        {{"export",
             [](const QStringList &a, QTextStream &o, QTextStream &e) { return candidateCommand(a, o, e, false); }},
            {"erase",
                [](const QStringList &a, QTextStream &o, QTextStream &e) { return candidateCommand(a, o, e, true); }}});
}

} // namespace aicet::cli
