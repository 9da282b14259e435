// The teacher's workspace. The live console: the time of one refresh of a 200-pupil sitting (the
// service's read, and the page's whole refresh with its table), on SQLite and, given a URL, on
// PostgreSQL; the sitting: 200 pupils of a class list, 150 of them under way with 10 answers
// each, 30 finished, incidents and extra time noted. The results: a sitting of 1000 finished
// tests of 20 questions shown (the service's read, the page's whole refresh) on SQLite. The
// documents of a class of 30 issued in one action.
// Usage: bench_staff [postgresql://...]
// Prints Markdown for docs/PERFORMANCE.md. Run with QT_QPA_PLATFORM=offscreen.

#include "Calibrate.h"
#include "ConsolePage.h"
#include "Documents.h"
#include "ResultsPage.h"
#include "bank/BankLoader.h"
#include "bank/Scoring.h"
#include "cat/Random.h"
#include "cat/Simulation.h"
#include "services/BankReleases.h"
#include "services/ClassLists.h"
#include "services/Console.h"
#include "services/IssuerKey.h"
#include "services/PupilSession.h"
#include "services/Results.h"
#include "services/Services.h"
#include "services/Sittings.h"
#include "services/StaffAccounts.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

using namespace aicet;

namespace {

// A new, empty database beside the one the URL names (the benchmark's own tables).
QString freshDatabase(const QString &url)
{
    QUrl u(url);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setDatabaseName(u.path().mid(1));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("DROP DATABASE IF EXISTS aicet_bench_staff WITH (FORCE)"))
            || !q.exec(QStringLiteral("CREATE DATABASE aicet_bench_staff"))) {
            qFatal(
                "cannot create the benchmark's database: %s", qPrintable(db.lastError().text() + q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    u.setPath(QStringLiteral("/aicet_bench_staff"));
    return u.toString();
}

// The median time of `runs` calls of `step`, in milliseconds.
double medianMs(int runs, const std::function<void()> &step)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        step();
        times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// A database at `location` with its first administrator.
struct Workspace
{
    std::unique_ptr<services::Services> services;
    services::StaffAccounts::Result admin;
};

Workspace openWorkspace(const QString &location)
{
    QString error;
    Workspace w;
    w.services = services::Services::open(location, QStringLiteral("bench"), &error);
    if (!w.services) {
        qFatal("%s", qPrintable(error));
    }
    w.admin = services::StaffAccounts(w.services->context())
                  .createFirstAdministrator(QStringLiteral("Ada"), QStringLiteral("correct horse battery"));
    return w;
}

void measure(const QString &location, const QString &label, QTextStream &out)
{
    QString error;
    const Workspace workspace = openWorkspace(location);
    auto &services = workspace.services;
    const auto &admin = workspace.admin;
    QByteArray list = "Nom;Prénom;Classe\n";
    for (int i = 0; i < 200; ++i) {
        list += QStringLiteral("Nom%1;Prénom%1;%2e\n").arg(i).arg(3 + i / 50).toUtf8();
    }
    services::ClassLists lists(services->context());
    const auto preview = services::ClassLists::preview(list);
    const auto imported = lists.import(admin.account,
        lists.mapRows(preview, preview.lastName, preview.firstName, preview.className, -1, {}, admin.account));
    if (!imported.ok) {
        qFatal("%s", qPrintable(imported.message));
    }
    std::vector<qint64> classIds;
    const auto classes = lists.classes(admin.account, &error);
    for (const store::ClassRecord &c : *classes) {
        classIds.push_back(c.id);
    }
    services::SittingDraft draft;
    draft.code = QStringLiteral("BIG");
    draft.bankPath = QStringLiteral(AICET_SOURCE_DIR "/question-banks/aicet");
    draft.settings.timeLimitMinutes = 40;
    const auto created = services::Sittings(services->context()).createForClasses(draft, admin.account, classIds);
    if (created.error != services::Sittings::CreateError::None) {
        qFatal("%s", qPrintable(created.message));
    }
    services::Console console(services->context());
    for (int i = 0; i < 180; ++i) {
        services::PupilSession run(services->context());
        const QString code = imported.pupils[i].code;
        if (run.start(draft.code, code, {}, &error) != services::PupilSession::StartError::None) {
            qFatal("%s", qPrintable(error));
        }
        for (int a = 0; a < (i < 150 ? 10 : 40) && run.currentItem(); ++a) {
            const BankItem *item = run.currentItem();
            run.itemShown();
            run.answer(run.currentPosition(), item->id,
                responseForCategory(item->content, (i + a) % 2, QStringLiteral("fr")), &error);
        }
        if (i >= 150 && !run.isFinished()) {
            run.abandon(QStringLiteral("bench"));
        }
        if (i % 10 == 0) {
            const qint64 candidate = services->store().candidate(created.sitting.id, code)->id;
            console.act(created.sitting.id, candidate, services::Console::Action::Incident, admin.account,
                QStringLiteral("note"), 0, services::StaffActions::Incident::Technical);
            console.setExtraTime(created.sitting.id, code, 10, admin.account);
        }
    }
    const double service = medianMs(30, [&] {
        const auto view = console.view(created.sitting.id, admin.account, QStringLiteral("fr"), &error);
        if (!view || view->rows.size() != 200) {
            qFatal("the console did not read 200 pupils: %s", qPrintable(error));
        }
    });
    gui::ConsolePage widget(services->context(), admin.account);
    widget.resize(1024, 700);
    widget.show();
    widget.showSitting(created.sitting.id);
    const double page = medianMs(30, [&] {
        widget.refresh();
        QApplication::processEvents();
    });
    out << QStringLiteral("| %1 | %2 ms | %3 ms |\n").arg(label).arg(service, 0, 'f', 1).arg(page, 0, 'f', 1);
}

void measureResults(const QString &location, QTextStream &out)
{
    QString error;
    const Workspace workspace = openWorkspace(location);
    auto &services = workspace.services;
    const auto &admin = workspace.admin;
    services::SittingDraft draft;
    draft.code = QStringLiteral("YEAR");
    draft.bankPath = QStringLiteral(AICET_SOURCE_DIR "/question-banks/aicet");
    draft.settings.minItems = 20;
    draft.settings.maxItems = 20;
    const auto created = services::Sittings(services->context()).create(draft, admin.account.id);
    if (created.error != services::Sittings::CreateError::None) {
        qFatal("%s", qPrintable(created.message));
    }
    for (int i = 0; i < 1000; ++i) {
        services::PupilSession run(services->context());
        if (run.start(draft.code, QStringLiteral("P%1").arg(i, 4, 10, QLatin1Char('0')), {}, &error)
            != services::PupilSession::StartError::None) {
            qFatal("%s", qPrintable(error));
        }
        for (int a = 0; run.currentItem(); ++a) {
            const BankItem *item = run.currentItem();
            run.itemShown();
            run.answer(run.currentPosition(), item->id,
                responseForCategory(item->content, int((i * 7 + a) % (2 + i % 5) != 0), QStringLiteral("fr")), &error);
        }
    }
    const double service = medianMs(5, [&] {
        const auto results = services::Results(services->context()).ofSitting(draft.code, &error);
        if (!results || results->sessions.size() != 1000) {
            qFatal("the results of 1000 tests were not read: %s", qPrintable(error));
        }
    });
    gui::ResultsPage widget(services->context(), admin.account);
    widget.resize(1024, 700);
    widget.show();
    widget.showSitting(created.sitting.id);
    const double page = medianMs(5, [&] {
        widget.refresh();
        QApplication::processEvents();
    });
    out << QStringLiteral("| SQLite | %1 ms | %2 ms |\n").arg(service, 0, 'f', 1).arg(page, 0, 'f', 1);
}

void measureCertificates(const QString &location, const QString &folder, QTextStream &out)
{
    QString error;
    const Workspace workspace = openWorkspace(location);
    auto &services = workspace.services;
    const auto &admin = workspace.admin;
    QByteArray list = "Nom;Prénom;Classe\n";
    for (int i = 0; i < 30; ++i) {
        list += QStringLiteral("Nom%1;Prénom%1;5e B\n").arg(i).toUtf8();
    }
    services::ClassLists lists(services->context());
    const auto preview = services::ClassLists::preview(list);
    const auto imported = lists.import(admin.account,
        lists.mapRows(preview, preview.lastName, preview.firstName, preview.className, -1, {}, admin.account));
    services::SittingDraft draft;
    draft.code = QStringLiteral("CLASS30");
    draft.bankPath = QStringLiteral(AICET_SOURCE_DIR "/question-banks/aicet");
    const auto created = services::Sittings(services->context())
                             .createForClasses(draft, admin.account, {imported.pupils.first().classId});
    if (created.error != services::Sittings::CreateError::None) {
        qFatal("%s", qPrintable(created.message));
    }
    for (const store::ClassPupilRecord &p : imported.pupils) {
        services::PupilSession run(services->context());
        if (run.start(draft.code, p.code, {}, &error) != services::PupilSession::StartError::None) {
            qFatal("%s", qPrintable(error));
        }
        for (int a = 0; run.currentItem(); ++a) {
            const BankItem *item = run.currentItem();
            run.itemShown();
            run.answer(run.currentPosition(), item->id,
                responseForCategory(item->content, int(a % 3 != 0), QStringLiteral("fr")), &error);
        }
    }
    documents::BatchRequest request;
    request.sittingCode = draft.code;
    request.folder = folder;
    request.keyPath = QDir(folder).filePath(QStringLiteral("issuer.pem"));
    if (!services::IssuerKey::create(request.keyPath, &error)) {
        qFatal("%s", qPrintable(error));
    }
    documents::BatchOutcome outcome;
    const double seconds
        = medianMs(1, [&] { outcome = documents::issueSitting(services->context(), admin.account, request); }) / 1e3;
    if (!outcome.error.isEmpty() || outcome.certificates + outcome.attestations != 30 || outcome.allPages.isEmpty()) {
        qFatal("the 30 documents were not issued: %s %s", qPrintable(outcome.error),
            qPrintable(outcome.problems.join(QLatin1Char(' '))));
    }
    out << QStringLiteral("| 30 | %1 certificates, %2 attestations | %3 s |\n")
               .arg(outcome.certificates)
               .arg(outcome.attestations)
               .arg(seconds, 0, 'f', 2);
}

} // namespace

// The trainer's cycle on a copy of the AICET bank: a pilot sitting of 1000 pupils (answers drawn
// from the bank's own parameters), its answers read, the calibration (3PL with chance guessing, as
// the workspace runs it), and the release written (parameters of every item that can take them,
// exposure control recomputed, release kept in the database).
void measureCalibration(const QString &location, const QString &folder, QTextStream &out)
{
    const QDir source(QStringLiteral(AICET_SOURCE_DIR "/question-banks/aicet"));
    const QString bank = QDir(folder).filePath(QStringLiteral("pilot-bank"));
    QDirIterator files(source.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString file = files.next();
        const QString copy = bank + QLatin1Char('/') + source.relativeFilePath(file);
        QDir().mkpath(QFileInfo(copy).absolutePath());
        QFile::copy(file, copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    }
    const Workspace workspace = openWorkspace(location);
    services::Services *services = workspace.services.get();
    services::SittingDraft draft;
    draft.code = QStringLiteral("PILOT");
    draft.bankPath = bank;
    QElapsedTimer created;
    created.start();
    if (services::Sittings(services->context()).create(draft).error != services::Sittings::CreateError::None) {
        qFatal("the pilot sitting was not created");
    }
    const double createMs = static_cast<double>(created.nsecsElapsed()) / 1e6;
    const std::vector<double> abilities = cat::normalSample(1000, 0.0, 1.0, 7);
    cat::Random random(8);
    QString error;
    int answers = 0;
    for (int i = 0; i < 1000; ++i) {
        services::PupilSession run(services->context());
        run.start(draft.code, QStringLiteral("P%1").arg(i), {}, &error);
        while (const BankItem *item = run.currentItem()) {
            run.itemShown();
            const int category = cat::drawCategory(item->irt, abilities[static_cast<std::size_t>(i)], random);
            run.answer(run.currentPosition(), item->id,
                responseForCategory(item->content, category, QStringLiteral("fr")), &error);
            ++answers;
        }
    }
    const BankLoadResult loaded = loadBank(bank);
    QStringList errors;
    std::optional<documents::CalibrationData> data;
    const double readMs = medianMs(
        1, [&] { data = documents::dataFromSittings(services->context(), loaded.bank, {draft.code}, &errors); });
    if (!data) {
        qFatal("%s", qPrintable(errors.join(QLatin1Char('\n'))));
    }
    documents::CalibrationChoices choices;
    choices.model = irt::Model::ThreePL;
    choices.guessing = documents::CalibrationChoices::Guessing::Chance;
    choices.dif = {QStringLiteral("language"), QStringLiteral("group")};
    choices.leaveOutUntellable = true;
    choices.minimumAnswers = 100;
    documents::CalibrationOutcome outcome;
    const double calibrateMs = medianMs(
        1, [&] { outcome = documents::calibrateBank(loaded.bank, *data, choices, QStringLiteral("aicet")); });
    if (!outcome.error.isEmpty()) {
        qFatal("%s", qPrintable(outcome.error));
    }
    documents::ReleaseDecisions decisions;
    for (std::size_t j = 0; j < loaded.bank.items.size(); ++j) {
        decisions.acceptParameters.push_back(documents::parametersProblem(loaded.bank, outcome, j).isEmpty());
    }
    documents::ReleaseOutcome release;
    const double releaseMs = medianMs(1, [&] { release = documents::writeRelease(loaded.bank, outcome, decisions); });
    if (!release.errors.isEmpty()) {
        qFatal("%s", qPrintable(release.errors.join(QLatin1Char('\n'))));
    }
    const BankLoadResult written = loadBank(bank);
    const double keepMs = medianMs(1, [&] {
        if (!services::BankReleases(services->context()).keep(written.bank, QStringLiteral("bench"), &error)) {
            qFatal("%s", qPrintable(error));
        }
    });
    out << QStringLiteral("| %1 pupils, %2 answers | %3 ms | %4 ms | %5 ms (%6 items estimated, %7 cycles) | %8 ms (%9 "
                          "parameters, exposure %10) | %11 ms |\n")
               .arg(1000)
               .arg(answers)
               .arg(createMs, 0, 'f', 0)
               .arg(readMs, 0, 'f', 0)
               .arg(calibrateMs, 0, 'f', 0)
               .arg(outcome.estimated())
               .arg(outcome.result().cycles)
               .arg(releaseMs, 0, 'f', 0)
               .arg(release.parametersWritten)
               .arg(release.exposureWritten ? QStringLiteral("recomputed") : QStringLiteral("not recomputed"))
               .arg(keepMs, 0, 'f', 0);
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    out << "| database | Console::view, 200 pupils (median of 30) | ConsolePage::refresh with its table (median of 30) "
           "|\n"
           "|---|---|---|\n";
    QTemporaryDir dir;
    measure(dir.filePath(QStringLiteral("console.sqlite")), QStringLiteral("SQLite"), out);
    if (argc > 1) {
        measure(freshDatabase(QString::fromLocal8Bit(argv[1])), QStringLiteral("PostgreSQL (loopback)"), out);
    }
    out << "\n| database | Results::ofSitting, 1000 finished tests (median of 5) | ResultsPage::refresh: chart, "
           "tables, "
           "question statistics (median of 5) |\n|---|---|---|\n";
    measureResults(dir.filePath(QStringLiteral("results.sqlite")), out);
    out << "\n| pupils | documents | issued in one action (one PDF each and the file of every page) |\n|---|---|---|\n";
    measureCertificates(dir.filePath(QStringLiteral("class.sqlite")), dir.path(), out);
    out << "\n| pilot | sitting created (its release kept) | answers read | calibration and item analysis | "
           "release written | release kept |\n|---|---|---|---|---|---|\n";
    measureCalibration(dir.filePath(QStringLiteral("pilot.sqlite")), dir.path(), out);
    return 0;
}
