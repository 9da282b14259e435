// Drives the real AICET window through every screen and item type, in French and in English, and
// saves a PNG of each: docs/screenshots/ is made by tools/screenshots/make-screenshots.sh, which
// runs this under Xvfb.

#include "AnswerWidgets.h"
#include "BankPage.h"
#include "CalibrationPage.h"
#include "ClassesPage.h"
#include "ConsolePage.h"
#include "GuiDriver.h"
#include "ItemEditor.h"
#include "MainWindow.h"
#include "Pages.h"
#include "Preferences.h"
#include "ResultsPage.h"
#include "StaffWindow.h"
#include "Translations.h"
#include "bank/BankLoader.h"
#include "bank/Scoring.h"
#include "cat/Random.h"
#include "cat/Simulation.h"
#include "irt/ItemModel.h"
#include "services/ClassLists.h"
#include "services/Clock.h"
#include "services/Console.h"
#include "services/PupilSession.h"
#include "services/Services.h"
#include "services/Sittings.h"
#include "services/StaffAccounts.h"
#include "services/StaffActions.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace aicet;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(60);
    }
}

void shot(QWidget *w, const QString &dir, const QString &name)
{
    settle();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!w->grab().save(path)) {
        qFatal("cannot save %s", qPrintable(path));
    }
    qInfo("%s", qPrintable(path));
}

// Questions of the bank as a pupil's 1024 × 768 window shows them (its title bar taken off), at
// the usual text size and the largest, in French and in English: `--items id,id,...`.
int shootItems(const QString &bankPath, const QString &out, const QStringList &ids)
{
    const BankLoadResult loaded = loadBank(bankPath);
    if (!loaded.usable()) {
        qFatal("the bank %s is not usable", qPrintable(bankPath));
    }
    for (const QString &lang : {QStringLiteral("fr"), QStringLiteral("en")}) {
        i18n::setLanguage(lang);
        for (const QString &id : ids) {
            const int index = loaded.bank.indexOf(id);
            if (index < 0) {
                qFatal("no item %s in the bank", qPrintable(id));
            }
            for (const int points : {gui::Preferences::kDefaultFont, 20}) {
                // The pupil's display choices, applied as the pupil's window applies them.
                gui::Preferences preferences;
                preferences.language = lang;
                preferences.fontPoints = points;
                preferences.apply(*qApp);
                gui::QuestionPage page;
                page.resize(1024, 768 - 30);
                page.showItem(loaded.bank.items[static_cast<std::size_t>(index)], bankPath, 12, 20, 30, lang, 7);
                page.show();
                shot(&page, out, QStringLiteral("%1-60-item-%2-%3pt-1024x768").arg(lang, id).arg(points));
            }
        }
    }
    return 0;
}

// A sitting of the class under way, as a teacher sees it twenty minutes in: pupils not started,
// answering (one with extra time by right, one silent for five minutes), paused, finished, one
// with an incident noted.
// A pilot sitting on the bundled bank: 1000 pupils whose answers are drawn from the bank's own
// parameters (a fixed seed), for the calibration tab.
void pilotSitting(services::Services &services, const QString &lang)
{
    services::SittingDraft draft;
    draft.code = QStringLiteral("PILOTE");
    draft.title = lang == QLatin1String("fr") ? QStringLiteral("Expérimentation de décembre")
                                              : QStringLiteral("December pilot");
    draft.bankPath = services::BankCatalog::bundledBankPath();
    const auto created = services::Sittings(services.context()).create(draft);
    if (created.error != services::Sittings::CreateError::None) {
        qFatal("pilot sitting: %s", qPrintable(created.message));
    }
    cat::Random random(2026);
    const std::vector<double> abilities = cat::normalSample(1000, 0.0, 1.0, 2027);
    QString error;
    for (int i = 0; i < 1000; ++i) {
        const double theta = abilities[static_cast<std::size_t>(i)];
        services::PupilSession run(services.context());
        if (run.start(draft.code, QStringLiteral("P%1").arg(i), {}, &error)
            != services::PupilSession::StartError::None) {
            qFatal("pilot pupil: %s", qPrintable(error));
        }
        while (const BankItem *item = run.currentItem()) {
            run.itemShown();
            irt::ItemParameters truth = item->irt;
            if (!item->hasParameters) {
                truth = irt::ItemParameters{};
            }
            const int category = cat::drawCategory(truth, theta, random);
            run.answer(run.currentPosition(), item->id, responseForCategory(item->content, category, lang), &error);
        }
    }
}

qint64 liveSitting(
    services::Services &services, services::ManualClock &clock, const store::StaffRecord &teacher, const QString &lang)
{
    services::ClassLists classes(services.context());
    QString error;
    const auto pupils = services.store().classPupils(classes.classes(teacher, &error)->first().id);
    store::ClassPupilRecord entitled = pupils->at(3);
    entitled.extraTime = true;
    classes.editPupil(teacher, entitled);
    services::SittingDraft draft;
    draft.code = QStringLiteral("5B-DEC");
    draft.title = lang == QLatin1String("fr") ? QStringLiteral("Culture IA – décembre")
                                              : QStringLiteral("AI literacy – December");
    draft.bankPath = services::BankCatalog::bundledBankPath();
    draft.settings.timeLimitMinutes = 30;
    draft.entitledExtraMinutes = 10;
    const auto created
        = services::Sittings(services.context()).createForClasses(draft, teacher, {pupils->first().classId});
    if (created.error != services::Sittings::CreateError::None) {
        qFatal("%s", qPrintable(created.message));
    }
    std::vector<std::unique_ptr<services::PupilSession>> runs;
    for (int i = 0; i < 18; ++i) {
        auto run = std::make_unique<services::PupilSession>(services.context());
        if (run->start(draft.code, pupils->at(i).code, {}, &error) != services::PupilSession::StartError::None) {
            qFatal("%s", qPrintable(error));
        }
        runs.push_back(std::move(run));
    }
    const auto answer = [&](services::PupilSession &run, int category) {
        const BankItem *item = run.currentItem();
        if (!item) {
            return;
        }
        run.itemShown();
        clock.advanceSeconds(3);
        run.answer(run.currentPosition(), item->id, responseForCategory(item->content, category, lang), &error);
    };
    // Rounds of answers; pupil 5 stops answering after the fifth.
    for (int round = 0; round < 9; ++round) {
        for (std::size_t i = 0; i < runs.size(); ++i) {
            if ((i == 5 && round > 4) || (i % 4 == 1 && round > 7)) {
                continue;
            }
            answer(*runs[i], int((i + round) % 3 != 0));
        }
        clock.advanceSeconds(70); // the class answers together, a question a minute or so
        if (round == 5) {
            runs[7]->recordFocus(true);
            clock.advanceSeconds(20);
            runs[7]->recordFocus(false);
        }
    }
    // Six finish (some better than others), one is paused by the teacher, one has an incident noted.
    for (const std::size_t i : {0, 2, 3, 4, 6, 8}) {
        for (int n = 0; runs[i]->currentItem(); ++n) {
            answer(*runs[i], int(n % int(i + 2) != 0));
        }
    }
    services::Console console(services.context());
    const qint64 sitting = created.sitting.id;
    const auto candidate = [&](int i) { return services.store().candidate(sitting, pupils->at(i).code)->id; };
    const bool fr = lang == QLatin1String("fr");
    console.act(sitting, candidate(9), services::Console::Action::Pause, teacher,
        fr ? QStringLiteral("ordinateur à redémarrer") : QStringLiteral("computer to restart"));
    console.act(sitting, candidate(12), services::Console::Action::Incident, teacher,
        fr ? QStringLiteral("mal de tête, est allé à l'infirmerie puis revenu")
           : QStringLiteral("headache, went to the nurse and came back"),
        0, services::StaffActions::Incident::Unwell);
    console.setExtraTime(sitting, pupils->at(14).code, 5, teacher);
    clock.advanceSeconds(25);
    return sitting;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("aicet-screenshots"));
    QApplication::setApplicationName(QStringLiteral("aicet-screenshots"));
    if (argc < 3) {
        qFatal("usage: aicet-screenshots OUTPUT_DIR SOURCE_DIR");
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString source = QString::fromLocal8Bit(argv[2]);
    services::BankCatalog::setBuiltInBankPath(source + QStringLiteral("/question-banks/aicet"));
    QDir().mkpath(out);
    const QString example = source + QStringLiteral("/question-banks/example");
    const QString aicetBank = source + QStringLiteral("/question-banks/aicet");
    if (argc > 4 && QString::fromLocal8Bit(argv[3]) == QLatin1String("--items")) {
        return shootItems(aicetBank, out, QString::fromLocal8Bit(argv[4]).split(QLatin1Char(',')));
    }

    for (const QString &lang : {QStringLiteral("fr"), QStringLiteral("en")}) {
        QSettings().clear();
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shots.sqlite"));
        QString error;
        // The teacher's side of the tour, on its own connection as on another computer.
        auto staff = services::Services::open(db, QStringLiteral("teacher"), &error);
        if (!staff) {
            qFatal("%s", qPrintable(error));
        }
        services::SittingDraft draft;
        draft.code = QStringLiteral("4B-DEC");
        draft.bankPath = example;
        draft.settings.minItems = 7;
        draft.settings.maxItems = 7;
        draft.settings.seTarget = 0.0;
        draft.settings.timeLimitMinutes = 20.0;
        draft.settings.pilotPositions = std::vector<int>();
        if (const auto created = services::Sittings(staff->context()).create(draft);
            created.error != services::Sittings::CreateError::None) {
            qFatal("%s", qPrintable(created.message));
        }
        gui::MainWindow::Options o;
        o.database = db;
        o.practiceBank = aicetBank;
        o.examFullScreen = false;
        gui::MainWindow w(o);
        w.setConfirmDelay(0);
        w.setQuitConfirmation([] { return true; });
        w.setLanguage(lang);
        w.resize(1366, 768);
        w.show();
        shot(&w, out, lang + QStringLiteral("-01-start"));
        w.findChild<QLineEdit *>(QStringLiteral("sitting-code"))->setText(QStringLiteral("NOPE"));
        w.findChild<QLineEdit *>(QStringLiteral("candidate-code"))->setText(QStringLiteral("4B-07"));
        w.findChild<QPushButton *>(QStringLiteral("start"))->click();
        shot(&w, out, lang + QStringLiteral("-02-wrong-code"));
        w.startWithCodes(QStringLiteral("4B-DEC"), QStringLiteral("4B-07"), {});
        shot(&w, out, lang + QStringLiteral("-03-instructions"));
        w.findChild<QPushButton *>(QStringLiteral("begin"))->click();
        int n = 0;
        while (w.currentPage() == QLatin1String("question") && n < 10) {
            ++n;
            const BankItem &item = *w.session()->currentItem();
            const QString type = itemTypeName(item.content.type);
            shot(&w, out, lang + QStringLiteral("-10-question-%1").arg(type));
            gui::QuestionPage *page = w.questionPage();
            gui::driver::fillAnswer(w, n % 2 == 1);
            page->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
            if (n == 1) {
                shot(&w, out, lang + QStringLiteral("-11-confirm"));
                // The teacher pauses the test: the pupil's window shows it at its next look.
                services::StaffActions teacher(staff->context());
                teacher.pause(w.session()->session().id);
                if (!QTest::qWaitFor([&] { return page->isPaused(); }, 10000)) {
                    qFatal("the pause did not reach the pupil's window");
                }
                shot(&w, out, lang + QStringLiteral("-12-paused"));
                teacher.resume(w.session()->session().id);
                if (!QTest::qWaitFor([&] { return !page->isPaused(); }, 10000)) {
                    qFatal("the resumption did not reach the pupil's window");
                }
                gui::driver::fillAnswer(w, true);
                page->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
            }
            page->findChild<QPushButton *>(QStringLiteral("confirm-yes"))->click();
        }
        shot(&w, out, lang + QStringLiteral("-20-end"));
        w.setHighContrast(true);
        w.changeFontSize(+4);
        w.startPractice();
        w.findChild<QPushButton *>(QStringLiteral("begin"))->click();
        shot(&w, out, lang + QStringLiteral("-30-high-contrast-large-text"));
        w.setHighContrast(false);
        w.setDyslexiaFont(true);
        w.changeFontSize(-4);
        shot(&w, out, lang + QStringLiteral("-31-dyslexia-font"));
        w.setDyslexiaFont(false);
        w.close();

        // The small screens of school rooms at a large text size: the start page, a long question
        // and the end page, on the AICET bank.
        int number = 32;
        for (const QSize screen : {QSize(1024, 768), QSize(1280, 720)}) {
            QSettings().clear();
            QTemporaryDir roomDir;
            const QString roomDb = roomDir.filePath(QStringLiteral("room.sqlite"));
            auto room = services::Services::open(roomDb, QStringLiteral("teacher"), &error);
            services::SittingDraft big;
            big.code = QStringLiteral("5C-IA");
            big.bankPath = aicetBank;
            if (!room
                || services::Sittings(room->context()).create(big).error != services::Sittings::CreateError::None) {
                qFatal("cannot create the sitting for the large-text screenshots");
            }
            gui::MainWindow::Options bigOptions = o;
            bigOptions.database = roomDb;
            // The pupil's time: half a minute per question, as in a room (answers given in
            // milliseconds would be flagged as faster than reading).
            services::ManualClock clock(QDateTime::currentMSecsSinceEpoch());
            bigOptions.clock = &clock;
            gui::MainWindow large(bigOptions);
            large.setConfirmDelay(0);
            large.setLanguage(lang);
            large.changeFontSize(22 - QApplication::font().pointSize());
            large.resize(screen - QSize(0, 30)); // the title bar of the window manager
            large.show();
            const QString suffix = QStringLiteral("-%1x%2-large-text").arg(screen.width()).arg(screen.height());
            shot(&large, out, lang + QStringLiteral("-%1-start").arg(number) + suffix);
            large.startWithCodes(QStringLiteral("5C-IA"), QStringLiteral("5C-12"), {});
            large.findChild<QPushButton *>(QStringLiteral("begin"))->click();
            bool longShown = false;
            while (large.currentPage() == QLatin1String("question")) {
                const BankItem &item = *large.session()->currentItem();
                int length = localized(item.content.stem, lang).size();
                for (const Choice &c : item.content.options) {
                    length += localized(c.text, lang).size();
                }
                if (!longShown && length > 260) {
                    shot(&large, out, lang + QStringLiteral("-%1-long-question").arg(number + 1) + suffix);
                    longShown = true;
                }
                // Mostly right, some wrong: a level, and questions to review.
                clock.advanceSeconds(30.0);
                gui::driver::answerCurrent(large, large.session()->currentPosition() % 4 != 0);
            }
            shot(&large, out, lang + QStringLiteral("-%1-end").arg(number + 2) + suffix);
            large.changeFontSize(13 - QApplication::font().pointSize());
            large.close();
            number += 3;
        }

        // The staff's side at 1024×768: the first administrator's creation, then the accounts.
        {
            QTemporaryDir staffDir;
            const QString staffDb = staffDir.filePath(QStringLiteral("staff.sqlite"));
            gui::MainWindow::Options staffOptions = o;
            staffOptions.database = staffDb;
            gui::MainWindow pupil(staffOptions);
            pupil.setLanguage(lang);
            // A clock the tour moves on: the live console shows times as pupils would make them.
            services::ManualClock clock(QDateTime::currentMSecsSinceEpoch());
            auto services = services::Services::open(staffDb, QStringLiteral("admin"), &error, &clock);
            if (!services) {
                qFatal("%s", qPrintable(error));
            }
            gui::StaffSignInDialog first(services->context());
            first.findChild<QLineEdit *>(QStringLiteral("staff-name"))->setText(QStringLiteral("Ada Lovelace"));
            first.resize(520, first.sizeHint().height());
            first.show();
            shot(&first, out, lang + QStringLiteral("-38-staff-first-administrator"));
            first.close();
            services::StaffAccounts accounts(services->context());
            const auto admin = accounts.createFirstAdministrator(
                QStringLiteral("Ada Lovelace"), QStringLiteral("correct horse battery"));
            for (const auto &[name, role] : {std::pair{QStringLiteral("Marie Curie"), store::StaffRole::Teacher},
                     std::pair{QStringLiteral("Alan Turing"), store::StaffRole::Trainer},
                     std::pair{QStringLiteral("Grace Hopper"), store::StaffRole::Teacher}}) {
                accounts.add(admin.account, name, role, QStringLiteral("a long password"));
            }
            // A class of 24 imported from a school's file.
            QByteArray list = "Nom;Prénom;Classe\n";
            const QStringList last{QStringLiteral("Bernard"), QStringLiteral("Dubois"), QStringLiteral("Fontaine"),
                QStringLiteral("Garcia"), QStringLiteral("Lambert"), QStringLiteral("Martin"),
                QStringLiteral("Mercier"), QStringLiteral("Nguyen"), QStringLiteral("Petit"), QStringLiteral("Robert"),
                QStringLiteral("Roux"), QStringLiteral("Vincent")};
            const QStringList given{QStringLiteral("Léa"), QStringLiteral("Hugo"), QStringLiteral("Inès"),
                QStringLiteral("Noah"), QStringLiteral("Jade"), QStringLiteral("Adam"), QStringLiteral("Chloé"),
                QStringLiteral("Sacha"), QStringLiteral("Zoé"), QStringLiteral("Nathan"), QStringLiteral("Lina"),
                QStringLiteral("Yanis")};
            for (int i = 0; i < 24; ++i) {
                list += (last[i % 12] + u';' + given[(i * 5 + i / 12) % 12] + QStringLiteral(";5e B\n")).toUtf8();
            }
            // The preview of a file with two problems, before anything is stored.
            {
                const auto problems
                    = services::ClassLists::preview(list + "Martin;Hugo;5e B\n;Sans nom;5e B\nBlanc;Tom;\n");
                gui::ClassImportDialog dialog(services->context(), admin.account, problems);
                dialog.resize(1024, 768 - 30);
                dialog.show();
                shot(&dialog, out, lang + QStringLiteral("-38-staff-import-preview-1024x768"));
                dialog.close();
            }
            services::ClassLists classes(services->context());
            const auto preview = services::ClassLists::preview(list);
            classes.import(admin.account,
                classes.mapRows(
                    preview, preview.lastName, preview.firstName, preview.className, -1, {}, admin.account));
            const auto live = liveSitting(*services, clock, admin.account, lang);
            gui::StaffWindow window(services->context(), admin.account);
            window.setAttribute(Qt::WA_DeleteOnClose, false);
            window.resize(1024, 768 - 30);
            window.show();
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("staff-tabs"));
            // Classes, sittings and accounts at both sizes (the live and results tabs below).
            for (const auto &[index, name] : {std::pair{0, "1-classes"}, std::pair{1, "2-sittings"}}) {
                tabs->setCurrentIndex(index);
                window.resize(1366, 768 - 30);
                shot(&window, out, lang + QStringLiteral("-39-staff-%1-1366x768").arg(QLatin1String(name)));
                window.resize(1024, 768 - 30);
                shot(&window, out, lang + QStringLiteral("-39-staff-%1-1024x768").arg(QLatin1String(name)));
            }
            tabs->setCurrentIndex(2);
            auto *console = window.findChild<gui::ConsolePage *>(QStringLiteral("console-page"));
            console->showSitting(live);
            shot(&window, out, lang + QStringLiteral("-39-staff-3-live-1024x768"));
            window.resize(1366, 768 - 30);
            shot(&window, out, lang + QStringLiteral("-39-staff-3-live-1366x768"));
            window.resize(1024, 768 - 30);
            tabs->setCurrentIndex(3);
            auto *results = window.findChild<gui::ResultsPage *>(QStringLiteral("results-page"));
            results->showSitting(live);
            results->selectPupil(services->store().classPupils(services->store().classes()->first().id)->first().code);
            shot(&window, out, lang + QStringLiteral("-39-staff-5-results-1024x768"));
            window.resize(1366, 768 - 30);
            shot(&window, out, lang + QStringLiteral("-39-staff-5-results-1366x768"));
            window.resize(1024, 768 - 30);
            results->selectPupil(services->store().classPupils(services->store().classes()->first().id)->first().code);
            if (auto *area = qobject_cast<QAbstractScrollArea *>(tabs->currentWidget())) {
                area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum() / 2);
            }
            shot(&window, out, lang + QStringLiteral("-39-staff-6-pupil-1024x768"));
            window.resize(1366, 768 - 30);
            // Further down: the pupil's answers and the ability chart.
            if (auto *area = qobject_cast<QAbstractScrollArea *>(tabs->currentWidget())) {
                area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum() / 2);
            }
            shot(&window, out, lang + QStringLiteral("-39-staff-6-pupil-1366x768"));
            // The class report's first page, as pdftoppm renders the PDF.
            {
                QTemporaryDir reportDir;
                const QString pdf = reportDir.filePath(QStringLiteral("class.pdf"));
                if (!results->saveClassReport(pdf)) {
                    qFatal("the class report was not written");
                }
                QProcess render;
                render.start(QStringLiteral("pdftoppm"),
                    {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-singlefile"),
                        pdf, out + QStringLiteral("/") + lang + QStringLiteral("-39-staff-7-class-report")});
                if (!render.waitForFinished(60000) || render.exitCode() != 0) {
                    qFatal("pdftoppm failed: %s", render.readAllStandardError().constData());
                }
            }
            // The question banks (trainers and administrators): the bundled bank, an item previewed.
            tabs->setCurrentIndex(4);
            auto *bank = window.findChild<gui::BankPage *>(QStringLiteral("bank-page"));
            for (const BankItem &item : bank->loaded()->bank.items) {
                if (item.content.type == ItemType::SingleChoice && item.status == ItemStatus::Operational) {
                    bank->showItem(item.id);
                    break;
                }
            }
            shot(&window, out, lang + QStringLiteral("-39-staff-8-bank-1366x768"));
            // Further down the item's side: how it behaved with the class's pupils.
            auto *itemSide = bank->findChild<QAbstractScrollArea *>(QStringLiteral("bank-item-scroll"));
            itemSide->verticalScrollBar()->setValue(itemSide->verticalScrollBar()->maximum());
            shot(&window, out, lang + QStringLiteral("-39-staff-9-item-behaviour-1366x768"));
            itemSide->verticalScrollBar()->setValue(0);
            // The question as a pupil's 1024 × 768 screen lays it out.
            auto *screen = bank->findChild<QComboBox *>(QStringLiteral("bank-screen"));
            screen->setCurrentIndex(screen->findData(QSize(1024, 768)));
            shot(&window, out, lang + QStringLiteral("-39-staff-8-bank-pupil-screen-1366x768"));
            screen->setCurrentIndex(0);
            window.resize(1024, 768 - 30);
            shot(&window, out, lang + QStringLiteral("-39-staff-8-bank-1024x768"));
            // The form that edits the shown question (nothing saved), a new question's dialog, and
            // the check of a QTI package before its import (nothing written).
            if (gui::ItemEditor *editor = bank->editShown()) {
                editor->resize(1024, 768 - 30);
                shot(editor, out, lang + QStringLiteral("-39-staff-8-bank-edit-1024x768"));
                editor->reject();
            }
            if (gui::NewItemDialog *dialog = bank->newItem()) {
                dialog->adjustSize();
                shot(dialog, out, lang + QStringLiteral("-39-staff-8-bank-new-question"));
                dialog->reject();
            }
            if (gui::QtiImportDialog *dialog
                = bank->importQti(QDir(source).filePath(QStringLiteral("tests/data/qti/package")))) {
                dialog->resize(1024, 600);
                shot(dialog, out, lang + QStringLiteral("-39-staff-8-bank-qti-import-1024x600"));
                dialog->reject();
            }
            // Calibration: a pilot sitting of 1000 pupils simulated from the bank's own parameters,
            // calibrated; the new parameters beside the old.
            tabs->setCurrentIndex(5);
            pilotSitting(*services, lang);
            auto *calibration = window.findChild<gui::CalibrationPage *>(QStringLiteral("calibration-page"));
            calibration->refresh();
            calibration->chooseSitting(QStringLiteral("PILOTE"));
            {
                QEventLoop loop;
                QObject::connect(calibration, &gui::CalibrationPage::finished, &loop, &QEventLoop::quit);
                if (!calibration->run()) {
                    qFatal("the calibration did not start");
                }
                loop.exec();
            }
            if (!calibration->outcome()) {
                qFatal("the calibration gave no result");
            }
            window.resize(1366, 768 - 30);
            shot(&window, out, lang + QStringLiteral("-39-staff-10-calibration-1366x768"));
            // Further down: the new parameters beside the old, accepted item by item.
            if (auto *area = qobject_cast<QAbstractScrollArea *>(tabs->currentWidget())) {
                area->verticalScrollBar()->setValue(area->verticalScrollBar()->maximum() / 2);
            }
            shot(&window, out, lang + QStringLiteral("-39-staff-11-calibration-review-1366x768"));
            if (auto *area = qobject_cast<QAbstractScrollArea *>(tabs->currentWidget())) {
                area->verticalScrollBar()->setValue(0);
            }
            window.resize(1024, 768 - 30);
            shot(&window, out, lang + QStringLiteral("-39-staff-10-calibration-1024x768"));
            tabs->setCurrentIndex(6);
            shot(&window, out, lang + QStringLiteral("-39-staff-4-accounts-1024x768"));
            window.resize(1366, 768 - 30);
            shot(&window, out, lang + QStringLiteral("-39-staff-4-accounts-1366x768"));
            window.close();
        }
    }
    return 0;
}
