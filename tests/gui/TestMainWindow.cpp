#include "AnswerWidgets.h"
#include "Certificate.h"
#include "ClassesPage.h"
#include "GuiDriver.h"
#include "MainWindow.h"
#include "Pages.h"
#include "SittingsPage.h"
#include "StaffWindow.h"
#include "TestData.h"
#include "VerifyDialog.h"
#include "bank/BankLoader.h"
#include "services/BankCatalog.h"
#include "services/IssuerKey.h"
#include "services/PupilSession.h"
#include "services/Services.h"
#include "services/Sittings.h"
#include "services/StaffAccounts.h"
#include "services/StaffActions.h"
#include "store/Store.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleOptionButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace aicet;
using namespace aicet::gui;
using namespace aicet::gui::driver;

namespace {

QLabel *startError(MainWindow &w)
{
    for (QLabel *l : w.findChildren<QLabel *>(QStringLiteral("error"))) {
        if (l->property("role").toString() == QLatin1String("start-error")) {
            return l;
        }
    }
    qFatal("no start error label");
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyItemType_data();
    void everyItemType();
    void keyboardOnly();
    void eachLanguage_data();
    void eachLanguage();
    void timeLimitRunsOut();
    void resumedAfterKill();
    void doubleClickCannotConfirm();
    void wrongCodes();
    void focusLossIsNoted();
    void quitAsksAndKeepsEverything();
    void oneWindowPerSession();
    void teacherActionsReachTheWindow();
    void displayPreferencesAreRemembered();
    void resultsHiddenWhenTheSittingSaysSo();
    void certificateCheckInTheApp();
    void oneTextSizeFromTheStart();
    void textSizeKeys();
    void everyPageFitsTheScreen_data();
    void everyPageFitsTheScreen();
    void noFileDialogFromThePupilsWindow();
    void codesAndIdentity();
    void staffWorkspace();
    void staffClasses();
    void examModeFillsTheScreen();
    void pilotQuestionsAreCounted();
    void sayWhatIsMissing();
    void clockStartsWithTheFirstQuestion();
    void everyAicetQuestionFits();
    void highContrastShowsEveryControl();
    void noLevelWithoutEnoughAnswers_data();
    void noLevelWithoutEnoughAnswers();
    void endPageSaysHowSureAndChecksTheAnswers();

private:
    store::SittingRecord createSitting(
        const QString &code, const QJsonObject &settings, const QString &bank, bool showResults = true);
    std::unique_ptr<MainWindow> window(const services::Clock *clock = nullptr);
    QTemporaryDir m_dir;
    QString m_db;
    QString m_example;
    int m_counter = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("aicet-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("aicet-tests"));
    m_example = test::sourcePath(QStringLiteral("question-banks/example"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_db = m_dir.filePath(QStringLiteral("gui-%1.sqlite").arg(++m_counter));
}

void TestMainWindow::cleanup()
{
    QSettings().clear();
}

store::SittingRecord TestMainWindow::createSitting(
    const QString &code, const QJsonObject &settings, const QString &bank, bool showResults)
{
    QString error;
    auto services = services::Services::open(m_db, QStringLiteral("teacher"), &error);
    if (!services) {
        qFatal("%s", qPrintable(error));
    }
    services::SittingDraft draft;
    draft.code = code;
    draft.bankPath = bank;
    draft.showResults = showResults;
    draft.showExplanations = showResults;
    auto number = [&](const char *key) {
        const QJsonValue v = settings.value(QLatin1String(key));
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    if (const auto n = number("min_items")) {
        draft.settings.minItems = static_cast<int>(*n);
    }
    if (const auto n = number("max_items")) {
        draft.settings.maxItems = static_cast<int>(*n);
    }
    draft.settings.seTarget = number("se_target");
    draft.settings.timeLimitMinutes = number("time_limit_minutes");
    if (settings.contains(QStringLiteral("pilot_positions"))) {
        std::vector<int> positions;
        for (const QJsonValue &v : settings.value(QStringLiteral("pilot_positions")).toArray()) {
            positions.push_back(v.toInt());
        }
        draft.settings.pilotPositions = positions;
    }
    draft.settings.examMode = settings.value(QStringLiteral("exam_mode")).toBool(true);
    const auto created = services::Sittings(services->context()).create(draft);
    if (created.error != services::Sittings::CreateError::None) {
        qFatal("%s", qPrintable(created.message));
    }
    return created.sitting;
}

std::unique_ptr<MainWindow> TestMainWindow::window(const services::Clock *clock)
{
    MainWindow::Options o;
    o.database = m_db;
    o.practiceBank = m_example;
    o.clock = clock;
    o.examFullScreen = false;
    auto w = std::make_unique<MainWindow>(o);
    w->setConfirmDelay(0);
    w->setQuitConfirmation([] { return true; });
    w->setLanguage(QStringLiteral("en"));
    w->show();
    return w;
}

void TestMainWindow::everyItemType_data()
{
    QTest::addColumn<QString>("type");
    for (const QString &t : itemTypeNames()) {
        QTest::addRow("%s", qPrintable(t)) << t;
    }
}

void TestMainWindow::everyItemType()
{
    // The example bank has one operational item of each type; a 7-question test gives them all.
    // Items of the row's type are answered right through their widgets, the others wrong.
    QFETCH(QString, type);
    createSitting(QStringLiteral("TYPES"),
        QJsonObject{{QStringLiteral("min_items"), 7}, {QStringLiteral("max_items"), 7},
            {QStringLiteral("se_target"), 0}, {QStringLiteral("pilot_positions"), QJsonArray()}},
        m_example);
    auto w = window();
    QCOMPARE(w->currentPage(), QStringLiteral("start"));
    w->startWithCodes(QStringLiteral("TYPES"), QStringLiteral("pupil"), {});
    QCOMPARE(w->currentPage(), QStringLiteral("instructions"));
    child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
    QStringList seen;
    while (w->currentPage() == QLatin1String("question")) {
        const BankItem &item = *w->session()->currentItem();
        seen.append(itemTypeName(item.content.type));
        QVERIFY(child<QLabel>(w.get(), QStringLiteral("progress"))->text().contains(QString::number(seen.size())));
        answerCurrent(*w, itemTypeName(item.content.type) == type);
    }
    QCOMPARE(w->currentPage(), QStringLiteral("end"));
    QCOMPARE(seen.size(), 7);
    QVERIFY(seen.contains(type));
    // The store holds the top category for the item of this type, 0 for the others.
    const ItemBank bank = loadBank(m_example).bank;
    for (const cat::Answer &a : w->session()->answers()) {
        const BankItem &item = bank.items[static_cast<std::size_t>(a.item)];
        const bool target = itemTypeName(item.content.type) == type;
        QCOMPARE(a.category, target ? item.irt.categoryCount() - 1 : 0);
    }
    // The missed questions are reviewed: the answer given, the right one.
    QVERIFY(child<QLabel>(w.get(), QStringLiteral("end-body"))->text().contains(QStringLiteral("The right answer")));
}

void TestMainWindow::keyboardOnly()
{
    createSitting(QStringLiteral("KEYS"),
        QJsonObject{{QStringLiteral("min_items"), 7}, {QStringLiteral("max_items"), 7},
            {QStringLiteral("se_target"), 0}, {QStringLiteral("pilot_positions"), QJsonArray()}},
        m_example);
    auto w = window();
    QApplication::setActiveWindow(w.get());
    auto *sitting = child<QLineEdit>(w.get(), QStringLiteral("sitting-code"));
    sitting->setFocus();
    QTest::keyClicks(sitting, QStringLiteral("KEYS"));
    QTest::keyClick(sitting, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("kb-1"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(w->currentPage(), QStringLiteral("instructions"));
    auto *begin = child<QPushButton>(w.get(), QStringLiteral("begin"));
    begin->setFocus();
    QTest::keyClick(begin, Qt::Key_Space);
    int answered = 0;
    while (w->currentPage() == QLatin1String("question") && answered < 20) {
        const BankItem &item = *w->session()->currentItem();
        answerCurrent(*w, true, true);
        ++answered;
        QVERIFY2(w->session()->answers().back().category > 0, qPrintable(item.id));
    }
    QCOMPARE(w->currentPage(), QStringLiteral("end"));
    QCOMPARE(answered, 7);
    for (const cat::Answer &a : w->session()->answers()) {
        QVERIFY(a.category > 0); // every answer given with the keyboard was right
    }
}

void TestMainWindow::eachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("confirm");
    QTest::addColumn<QString>("answered");
    QTest::addRow("fr") << QStringLiteral("fr") << QStringLiteral("Confirmer")
                        << QStringLiteral("Tu as répondu à 3 questions.");
    QTest::addRow("en") << QStringLiteral("en") << QStringLiteral("Confirm")
                        << QStringLiteral("You answered 3 questions.");
}

void TestMainWindow::eachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, confirm);
    QFETCH(QString, answered);
    createSitting(QStringLiteral("LANG"),
        QJsonObject{{QStringLiteral("min_items"), 3}, {QStringLiteral("max_items"), 3},
            {QStringLiteral("pilot_positions"), QJsonArray()}},
        m_example);
    auto w = window();
    w->setLanguage(language);
    w->startWithCodes(QStringLiteral("LANG"), QStringLiteral("pupil-") + language, {});
    child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
    QCOMPARE(w->currentPage(), QStringLiteral("question"));
    QCOMPARE(child<QPushButton>(w.get(), QStringLiteral("confirm"))->text(), confirm);
    const BankItem &item = *w->session()->currentItem();
    QCOMPARE(child<QLabel>(w.get(), QStringLiteral("stem"))->text(), item.content.stem.value(language));
    while (w->currentPage() == QLatin1String("question")) {
        answerCurrent(*w, true);
    }
    QCOMPARE(w->currentPage(), QStringLiteral("end"));
    const QString body = child<QLabel>(w.get(), QStringLiteral("end-body"))->text();
    const ItemBank bank = loadBank(m_example).bank;
    // Three questions cannot give a level: the page says so, in the pupil's language.
    QVERIFY2(body.contains(answered), qPrintable(body));
    for (const Level &level : bank.levels) {
        QVERIFY2(!body.contains(level.name.value(language)), qPrintable(body));
    }
}

void TestMainWindow::timeLimitRunsOut()
{
    createSitting(QStringLiteral("TIME"),
        QJsonObject{{QStringLiteral("time_limit_minutes"), 1}, {QStringLiteral("min_items"), 7},
            {QStringLiteral("max_items"), 7}, {QStringLiteral("se_target"), 0},
            {QStringLiteral("pilot_positions"), QJsonArray()}},
        m_example);
    services::ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    auto w = window(&clock);
    w->startWithCodes(QStringLiteral("TIME"), QStringLiteral("slow"), {});
    child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
    answerCurrent(*w, true);
    answerCurrent(*w, false);
    QVERIFY(child<QLabel>(w.get(), QStringLiteral("timer"))->text().contains(QStringLiteral("1:00")));
    clock.advanceSeconds(59);
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(w.get(), QStringLiteral("timer"))->text().contains(QStringLiteral("0:01")), 30000);
    QVERIFY(child<QLabel>(w->questionPage(), QStringLiteral("notice"))->text().contains(QStringLiteral("5")));
    clock.advanceSeconds(2);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentPage(), QStringLiteral("end"), 30000);
    QString error;
    auto s = store::Store::open(m_db, &error);
    const auto result = s->result(w->session()->session().id);
    QCOMPARE(result->stopReason, QStringLiteral("time-limit"));
    QCOMPARE(result->items, 2); // both confirmed answers kept
}

void TestMainWindow::resumedAfterKill()
{
    createSitting(QStringLiteral("KILL"),
        QJsonObject{
            {QStringLiteral("min_items"), 7}, {QStringLiteral("max_items"), 7}, {QStringLiteral("se_target"), 0}},
        m_example);
    // The session's process is killed after a few answers.
    QProcess p;
    p.start(qEnvironmentVariable("AICET_CLI"),
        {QStringLiteral("session"), QStringLiteral("run"), QStringLiteral("--db"), m_db, QStringLiteral("--sitting"),
            QStringLiteral("KILL"), QStringLiteral("--candidate"), QStringLiteral("crashy"),
            QStringLiteral("--simulate-theta"), QStringLiteral("0"), QStringLiteral("--delay-ms"),
            QStringLiteral("150")});
    QVERIFY(p.waitForStarted());
    QByteArray out;
    while (out.count("ack ") < 3) {
        QVERIFY(p.waitForReadyRead(10000));
        out += p.readAllStandardOutput();
    }
    p.kill();
    p.waitForFinished();
    out += p.readAllStandardOutput();
    const int acked = static_cast<int>(out.count("ack "));
    // The test began in another program: its codes alone do not open it here.
    {
        auto w = window();
        w->startWithCodes(QStringLiteral("KILL"), QStringLiteral("crashy"), {});
        QCOMPARE(w->currentPage(), QStringLiteral("start"));
        auto *code = child<QLineEdit>(w.get(), QStringLiteral("candidate-code"));
        QVERIFY(code->hasFocus() || !w->isActiveWindow());
        QVERIFY(child<QLabel>(w->findChild<StartPage *>(), QStringLiteral("error"))
                    ->text()
                    .contains(QStringLiteral("teacher")));
    }
    // The teacher lets the pupil go on here (a command now)…
    QString error;
    qint64 sessionId = 0;
    {
        auto s = store::Store::open(m_db, &error);
        QVERIFY2(s, qPrintable(error));
        const auto sitting = s->sitting(QStringLiteral("KILL"));
        sessionId = s->session(sitting->id, s->candidate(sitting->id, QStringLiteral("crashy"))->id)->id;
    }
    QProcess allow;
    allow.start(qEnvironmentVariable("AICET_CLI"),
        {QStringLiteral("session"), QStringLiteral("allow-resume"), QStringLiteral("--db"), m_db,
            QString::number(sessionId)});
    QVERIFY(allow.waitForFinished(60000));
    QCOMPARE(allow.exitCode(), 0);
    // …and the pupil starts AICET again with the same codes: back at the next question.
    auto w = window();
    w->startWithCodes(QStringLiteral("KILL"), QStringLiteral("crashy"), {});
    QCOMPARE(w->currentPage(), QStringLiteral("question"));
    QVERIFY(w->session()->currentPosition() >= acked + 1);
    QVERIFY(child<QLabel>(w->questionPage(), QStringLiteral("notice"))->text().contains(QStringLiteral("kept")));
    while (w->currentPage() == QLatin1String("question")) {
        answerCurrent(*w, true);
    }
    QCOMPARE(w->currentPage(), QStringLiteral("end"));
    QCOMPARE(w->session()->state().scored, 7); // and the pilot question at position 2
}

void TestMainWindow::doubleClickCannotConfirm()
{
    createSitting(QStringLiteral("DBL"), {}, m_example);
    auto w = window();
    w->setConfirmDelay(600);
    w->startWithCodes(QStringLiteral("DBL"), QStringLiteral("quick"), {});
    child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
    // Answer, then a double click on Confirm: the second click lands on a disabled "Yes".
    QWidget *page = w->questionPage();
    fillAnswer(*w, true, false);
    child<QPushButton>(page, QStringLiteral("confirm"))->click();
    auto *yes = child<QPushButton>(page, QStringLiteral("confirm-yes"));
    QTest::mouseClick(yes, Qt::LeftButton);
    QVERIFY(!yes->isEnabled());
    QCOMPARE(w->session()->currentPosition(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(yes->isEnabled(), 2000);
    yes->click();
    QCOMPARE(w->session()->currentPosition(), 2);
}

void TestMainWindow::wrongCodes()
{
    auto w = window();
    w->startWithCodes(QStringLiteral("NOPE"), QStringLiteral("me"), {});
    QCOMPARE(w->currentPage(), QStringLiteral("start"));
    QVERIFY(startError(*w)->text().contains(QStringLiteral("NOPE")));
    auto closed = createSitting(QStringLiteral("SHUT"), {}, m_example);
    {
        QString error;
        auto s = services::Services::open(m_db, QStringLiteral("teacher"), &error);
        QVERIFY(services::Sittings(s->context()).close(closed.code, &error));
    }
    w->startWithCodes(QStringLiteral("SHUT"), QStringLiteral("me"), {});
    QCOMPARE(w->currentPage(), QStringLiteral("start"));
    QVERIFY(!startError(*w)->text().isEmpty());
    // Empty fields are caught before anything else.
    child<QPushButton>(w.get(), QStringLiteral("start"))->click();
    QVERIFY(!startError(*w)->text().isEmpty());
    // The practice test needs no code.
    w->startPractice();
    QCOMPARE(w->currentPage(), QStringLiteral("instructions"));
}

void TestMainWindow::focusLossIsNoted()
{
    createSitting(QStringLiteral("FOCUS"), {}, m_example);
    auto w = window();
    w->startWithCodes(QStringLiteral("FOCUS"), QStringLiteral("wanderer"), {});
    child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
    w->onApplicationStateChanged(Qt::ApplicationInactive);
    w->onApplicationStateChanged(Qt::ApplicationActive);
    QVERIFY(child<QLabel>(w->questionPage(), QStringLiteral("notice"))->text().contains(QStringLiteral("noted")));
    QString error;
    auto s = store::Store::open(m_db, &error);
    const QList<store::EventRecord> events = *s->events(w->session()->session().id);
    QVERIFY(
        std::any_of(events.begin(), events.end(), [](const auto &e) { return e.kind == store::EventKind::FocusLost; }));
    QVERIFY(std::any_of(
        events.begin(), events.end(), [](const auto &e) { return e.kind == store::EventKind::FocusRegained; }));
}

void TestMainWindow::quitAsksAndKeepsEverything()
{
    createSitting(QStringLiteral("QUIT"), {}, m_example);
    auto w = window();
    int asked = 0;
    w->setQuitConfirmation([&] {
        ++asked;
        return false;
    });
    w->startWithCodes(QStringLiteral("QUIT"), QStringLiteral("leaver"), {});
    child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
    answerCurrent(*w, true);
    QVERIFY(!w->close()); // refused: the pupil said no
    QCOMPARE(asked, 1);
    QVERIFY(w->isVisible());
    w->setQuitConfirmation([&] {
        ++asked;
        return true;
    });
    QVERIFY(w->close());
    QCOMPARE(asked, 2);
    auto again = window();
    again->startWithCodes(QStringLiteral("QUIT"), QStringLiteral("leaver"), {});
    QCOMPARE(again->session()->currentPosition(), 2);
}

void TestMainWindow::oneWindowPerSession()
{
    createSitting(QStringLiteral("TWICE"), {}, m_example);
    auto first = window();
    first->startWithCodes(QStringLiteral("TWICE"), QStringLiteral("same"), {});
    QCOMPARE(first->currentPage(), QStringLiteral("instructions"));
    auto second = window();
    second->startWithCodes(QStringLiteral("TWICE"), QStringLiteral("same"), {});
    QCOMPARE(second->currentPage(), QStringLiteral("start"));
    QVERIFY(startError(*second)->text().contains(QStringLiteral("already open in another AICET window")));
    first.reset(); // the first window closes: the session can be taken over
    second->startWithCodes(QStringLiteral("TWICE"), QStringLiteral("same"), {});
    QVERIFY(second->currentPage() != QLatin1String("start"));
}

void TestMainWindow::teacherActionsReachTheWindow()
{
    // The teacher acts through another connection, as from another computer; the pupil's window
    // shows it at its next look (every second).
    createSitting(QStringLiteral("LIVE"), QJsonObject{{QStringLiteral("time_limit_minutes"), 20}}, m_example);
    auto w = window();
    w->startWithCodes(QStringLiteral("LIVE"), QStringLiteral("watched"), {});
    child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
    answerCurrent(*w, true);
    QString error;
    auto teacherSide = services::Services::open(m_db, QStringLiteral("teacher"), &error);
    QVERIFY2(teacherSide, qPrintable(error));
    services::StaffActions teacher(teacherSide->context());
    const qint64 id = w->session()->session().id;

    QCOMPARE(teacher.pause(id).outcome, services::StaffActions::Outcome::Done);
    QTRY_VERIFY_WITH_TIMEOUT(w->questionPage()->isPaused(), 30000);
    // The question is hidden while the clock is stopped, and the pupil is told why.
    QVERIFY(child<QFrame>(w->questionPage(), QStringLiteral("paused"))->isVisible());
    QVERIFY(!child<QLabel>(w->questionPage(), QStringLiteral("stem"))->isVisible());
    QVERIFY(
        child<QLabel>(w->questionPage(), QStringLiteral("paused-title"))->text().contains(QStringLiteral("paused")));
    QVERIFY(!child<QPushButton>(w->questionPage(), QStringLiteral("confirm"))->isEnabled());
    auto *notice = child<QLabel>(w->questionPage(), QStringLiteral("notice"));

    QCOMPARE(teacher.resume(id).outcome, services::StaffActions::Outcome::Done);
    QTRY_VERIFY_WITH_TIMEOUT(!w->questionPage()->isPaused(), 30000);
    QVERIFY(child<QLabel>(w->questionPage(), QStringLiteral("stem"))->isVisible());
    driver::fillAnswer(*w, true);
    QVERIFY(child<QPushButton>(w->questionPage(), QStringLiteral("confirm"))->isEnabled());

    QCOMPARE(teacher.extendTime(id, 10).outcome, services::StaffActions::Outcome::Done);
    QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains(QStringLiteral("more time")), 30000);
    QVERIFY(w->session()->remainingSeconds() > 20 * 60);

    QCOMPARE(teacher.abandon(id, QStringLiteral("end of the lesson")).outcome, services::StaffActions::Outcome::Done);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentPage(), QStringLiteral("end"), 30000);
}

void TestMainWindow::displayPreferencesAreRemembered()
{
    {
        auto w = window();
        const int before = QApplication::font().pointSize();
        auto *bigger = w->findChild<QAction *>(QStringLiteral("font-bigger"));
        QVERIFY(bigger->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Plus)));
        QVERIFY(w->findChild<QAction *>(QStringLiteral("font-smaller"))
                    ->shortcuts()
                    .contains(QKeySequence(Qt::CTRL | Qt::Key_Minus)));
        bigger->trigger();
        QCOMPARE(QApplication::font().pointSize(), before + 1);
        w->setHighContrast(true);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        w->setDyslexiaFont(true);
        w->setLanguage(QStringLiteral("en"));
    }
    const Preferences p = Preferences::load();
    QVERIFY(p.highContrast);
    QVERIFY(p.dyslexiaFont);
    QCOMPARE(p.language, QStringLiteral("en"));
    auto w = window();
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    QCOMPARE(child<QPushButton>(w.get(), QStringLiteral("start"))->text(), QStringLiteral("Start the test"));
    w->setHighContrast(false);
}

void TestMainWindow::resultsHiddenWhenTheSittingSaysSo()
{
    createSitting(QStringLiteral("HIDDEN"),
        QJsonObject{{QStringLiteral("min_items"), 3}, {QStringLiteral("max_items"), 3}}, m_example, false);
    auto w = window();
    w->setLanguage(QStringLiteral("en"));
    w->startWithCodes(QStringLiteral("HIDDEN"), QStringLiteral("p"), {});
    child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
    while (w->currentPage() == QLatin1String("question")) {
        answerCurrent(*w, true);
    }
    const QString body = child<QLabel>(w.get(), QStringLiteral("end-body"))->text();
    QVERIFY(body.contains(QStringLiteral("teacher will share")));
    QVERIFY(!body.contains(QStringLiteral("<h2>")));
}

void TestMainWindow::certificateCheckInTheApp()
{
    QString error;
    const QString keyPath = m_dir.filePath(QStringLiteral("issuer.pem")),
                  pubPath = m_dir.filePath(QStringLiteral("issuer.pub"));
    auto key = services::IssuerKey::create(keyPath, &error);
    QVERIFY2(key, qPrintable(error));
    QFile pub(pubPath);
    QVERIFY(pub.open(QIODevice::WriteOnly));
    pub.write(key->publicKeyPem());
    pub.close();
    Credential d;
    d.id = newCertificateId();
    d.date = QDate(2026, 11, 22);
    d.name = QStringLiteral("Léa");
    d.levelId = QStringLiteral("apply");
    d.score = 560;
    // The bundled bank's level names are shown, never the id.
    const QString aicetBank = test::sourcePath(QStringLiteral("question-banks/aicet"));
    services::BankCatalog::setBuiltInBankPath(aicetBank);
    d.bankId = QStringLiteral("aicet");
    d.bankHash = loadBank(aicetBank).bank.contentHash;
    const QByteArray message = signedMessage(d);
    const QString payload = aicet::payload(message, key->sign(message));
    VerifyDialog dialog(key->publicKeyPem(), QStringLiteral("en"));
    QVERIFY(dialog.check(payload));
    QVERIFY(dialog.verdict().contains(QStringLiteral("Léa")));
    QVERIFY2(dialog.verdict().contains(QStringLiteral("Putting into practice")), qPrintable(dialog.verdict()));
    QVERIFY(dialog.verdict().contains(QStringLiteral("Check that the document shows exactly this")));
    QString tampered = payload;
    tampered.replace(QStringLiteral("|560|"), QStringLiteral("|660|"));
    QVERIFY(!dialog.check(tampered));
    QVERIFY(dialog.verdict().contains(QStringLiteral("Not authentic")));
    QVERIFY(!dialog.check(QStringLiteral("nonsense")));
    // With the register at hand, a revoked document is not authentic.
    dialog.setRegisterCheck([](services::Credentials::Verification *v) {
        v->valid = false;
        v->error = QStringLiteral("document revoked on 2026-12-01: a test");
    });
    QVERIFY(!dialog.check(payload));
    QVERIFY(dialog.verdict().contains(QStringLiteral("revoked")));
    dialog.setRegisterCheck({});
    // A file name is never opened from the pupil's window, not even a real certificate's.
    QVERIFY(!dialog.check(pubPath));
    QVERIFY(!dialog.check(QStringLiteral("/dev/zero")));
    QVERIFY(dialog.verdict().contains(QStringLiteral("Not authentic")));
    // The start page opens it.
    auto w = window();
    QVERIFY(child<QPushButton>(w.get(), QStringLiteral("verify")));
}

void TestMainWindow::oneTextSizeFromTheStart()
{
    // Labels, instructions, fields and buttons start at the pupil's text size, not the system's.
    auto w = window();
    const int points = QApplication::font().pointSize();
    QCOMPARE(points, Preferences().fontPoints);
    for (const char *name : {"sitting-code", "start", "practice"}) {
        QCOMPARE(child<QWidget>(w.get(), QLatin1String(name))->font().pointSize(), points);
    }
    auto *label = w->findChild<QLabel *>(QStringLiteral("error"));
    QCOMPARE(label->font().pointSize(), points);
    QCOMPARE(child<QLabel>(w.get(), QStringLiteral("instructions"))->font().pointSize(), points);
    QCOMPARE(child<QLabel>(w.get(), QStringLiteral("end-body"))->font().pointSize(), points);
}

void TestMainWindow::textSizeKeys()
{
    auto w = window();
    QApplication::setActiveWindow(w.get());
    const int before = QApplication::font().pointSize();
    QTest::keyClick(w.get(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(QApplication::font().pointSize(), before + 1);
    QTest::keyClick(w.get(), Qt::Key_Equal, Qt::ControlModifier); // + without Shift
    QCOMPARE(QApplication::font().pointSize(), before + 2);
    QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(QApplication::font().pointSize(), before);
    QCOMPARE(child<QLabel>(w.get(), QStringLiteral("instructions"))->font().pointSize(), before);
}

namespace {

// Every visible widget of `page` lies inside `window` horizontally, and no horizontal scroll bar
// shows: nothing runs off the right edge or hides behind a scroll bar.
void checkFits(QWidget *window, QWidget *page, const QString &where)
{
    // Layouts settle over a few rounds of events (a scroll bar appears, the width left changes).
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
    }
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->width() <= 0 || w->inherits("QScrollBar")) {
            continue;
        }
        // Inside a scroll area, what lies beyond its viewport is hidden: the bound is the viewport.
        QRect inside = window->rect();
        for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
            if (auto *area = qobject_cast<QAbstractScrollArea *>(p->parentWidget()); area && p == area->viewport()) {
                inside = QRect(p->mapTo(window, QPoint(0, 0)), p->size());
                break;
            }
        }
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        QVERIFY2(r.left() >= inside.left() - 1 && r.right() <= inside.right() + 1,
            qPrintable(QStringLiteral("%1: %2 (%3) spans x %4..%5 in a window %6 wide")
                           .arg(where, w->objectName(), QString::fromLatin1(w->metaObject()->className()))
                           .arg(r.left())
                           .arg(r.right())
                           .arg(inside.width())));
    }
    for (QScrollBar *bar : page->findChildren<QScrollBar *>()) {
        if (bar->orientation() == Qt::Horizontal) {
            QVERIFY2(!bar->isVisibleTo(window), qPrintable(where + QStringLiteral(": a horizontal scroll bar")));
        }
    }
}

} // namespace

void TestMainWindow::everyPageFitsTheScreen_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("points");
    for (const QSize size : {QSize(1024, 768), QSize(1280, 720), QSize(1366, 768), QSize(1920, 1080)}) {
        for (const char *language : {"fr", "en"}) {
            QTest::addRow("%dx%d-%s-largest", size.width(), size.height(), language)
                << size << QString::fromLatin1(language) << Preferences::kMaxFont;
        }
    }
    QTest::addRow("1024x768-fr-smallest") << QSize(1024, 768) << QStringLiteral("fr") << Preferences::kMinFont;
}

void TestMainWindow::everyPageFitsTheScreen()
{
    // The largest text size, on the small screens of school rooms: every page, every type of
    // question of the example bank (long options included), the confirmation bar and the end.
    QFETCH(QSize, screen);
    QFETCH(QString, language);
    QFETCH(int, points);
    createSitting(QStringLiteral("FIT"),
        QJsonObject{{QStringLiteral("min_items"), 7}, {QStringLiteral("max_items"), 7},
            {QStringLiteral("se_target"), 0}, {QStringLiteral("pilot_positions"), QJsonArray()}},
        m_example);
    auto w = window();
    w->setLanguage(language);
    w->changeFontSize(points - QApplication::font().pointSize());
    QCOMPARE(QApplication::font().pointSize(), points);
    // The window as a window manager gives it on that screen (the test platform's own screen is
    // smaller: the window would otherwise be maximized to it).
    w->setWindowState(Qt::WindowNoState);
    w->resize(screen - QSize(0, 40)); // the window's frame and title bar
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
    }
    QCOMPARE(w->size(), screen - QSize(0, 40)); // never larger than the screen: its minimum fits
    QVERIFY(w->minimumSizeHint().width() <= screen.width());
    QApplication::processEvents();
    checkFits(w.get(), w.get(), QStringLiteral("start"));
    w->startWithCodes(QStringLiteral("FIT"), QStringLiteral("big-text"), {});
    QApplication::processEvents();
    checkFits(w.get(), w.get(), QStringLiteral("instructions"));
    child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
    while (w->currentPage() == QLatin1String("question")) {
        QApplication::processEvents();
        const QString id = w->session()->currentItem()->id;
        checkFits(w.get(), w.get(), id);
        fillAnswer(*w, false, false);
        child<QPushButton>(w->questionPage(), QStringLiteral("confirm"))->click();
        QApplication::processEvents();
        // The confirmation bar and its buttons are on screen.
        auto *yes = child<QPushButton>(w->questionPage(), QStringLiteral("confirm-yes"));
        QVERIFY(yes->isVisible());
        const QRect r(yes->mapTo(w.get(), QPoint(0, 0)), yes->size());
        QVERIFY2(w->rect().contains(r), qPrintable(id));
        checkFits(w.get(), w.get(), id + QStringLiteral(" (confirming)"));
        yes->click();
    }
    QCOMPARE(w->currentPage(), QStringLiteral("end"));
    QApplication::processEvents();
    checkFits(w.get(), w.get(), QStringLiteral("end"));
    const QRect done(child<QPushButton>(w.get(), QStringLiteral("done"))->mapTo(w.get(), QPoint(0, 0)),
        child<QPushButton>(w.get(), QStringLiteral("done"))->size());
    QVERIFY(w->rect().contains(done));
}

void TestMainWindow::noFileDialogFromThePupilsWindow()
{
    // Every button of the start page, and of what it opens, leads to no file dialog.
    auto w = window();
    QStringList opened;
    for (QPushButton *button : w->findChildren<QPushButton *>()) {
        if (!button->isVisibleTo(w.get()) || button->objectName() == QLatin1String("start")
            || button->objectName() == QLatin1String("practice")) {
            continue;
        }
        QTimer::singleShot(0, this, [&opened] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal) {
                return;
            }
            opened.append(modal->objectName());
            for (QPushButton *inner : modal->findChildren<QPushButton *>()) {
                if (inner->text() != QLatin1String("Close")) {
                    inner->click();
                }
            }
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (top->inherits("QFileDialog") && top->isVisible()) {
                    opened.append(QStringLiteral("FILE DIALOG"));
                    top->close();
                }
            }
            modal->close();
        });
        button->click();
        QApplication::processEvents();
    }
    QVERIFY(opened.contains(QStringLiteral("verify-dialog")));
    QVERIFY2(!opened.contains(QStringLiteral("FILE DIALOG")), qPrintable(opened.join(u',')));
    QVERIFY(w->findChildren<QFileDialog *>().isEmpty());
}

// The staff's door on the start page: the first administrator created, a teacher added and
// disabled, the idle lock (on a manual clock), signing out and in again; a pupil-only computer
// shows no door.
void TestMainWindow::staffWorkspace()
{
    services::ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    auto w = window(&clock);
    const auto fillAndSubmit = [](const QString &name, const QString &password, const QString &confirm) {
        QTimer::singleShot(0, [=] {
            auto *dialog = qobject_cast<StaffSignInDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                return;
            }
            child<QLineEdit>(dialog, QStringLiteral("staff-name"))->setText(name);
            child<QLineEdit>(dialog, QStringLiteral("staff-password"))->setText(password);
            if (auto *c = dialog->findChild<QLineEdit *>(QStringLiteral("staff-confirm"))) {
                c->setText(confirm);
            }
            child<QPushButton>(dialog, QStringLiteral("staff-submit"))->click();
            if (dialog->isVisible()) {
                dialog->setProperty("lastMessage", dialog->message());
                dialog->reject();
            }
        });
    };
    // A new database: the door creates its administrator.
    QVERIFY(child<QPushButton>(w.get(), QStringLiteral("staff"))->isVisibleTo(w.get()));
    fillAndSubmit(QStringLiteral("Ada Lovelace"), QStringLiteral("correct horse battery"),
        QStringLiteral("correct horse battery"));
    w->openStaff();
    auto *staff = qobject_cast<StaffWindow *>(w->staffWindow());
    QVERIFY(staff);
    QVERIFY(child<QLabel>(staff, QStringLiteral("signed-in-as"))->text().contains(QStringLiteral("Ada Lovelace")));
    // The first start made the issuer's key (or found it), and says where it is.
    const QString keyNotice = child<QLabel>(staff, QStringLiteral("staff-window-message"))->text();
    QVERIFY2(keyNotice.contains(services::IssuerKey::defaultPath()), qPrintable(keyNotice));
    QVERIFY(QFileInfo::exists(services::IssuerKey::defaultPath()));
    auto *table = child<QTableWidget>(staff, QStringLiteral("accounts"));
    QCOMPARE(table->rowCount(), 1);
    // A teacher added (the two passwords must match), then disabled.
    child<QLineEdit>(staff, QStringLiteral("new-account-name"))->setText(QStringLiteral("Marie Curie"));
    child<QLineEdit>(staff, QStringLiteral("new-account-password"))->setText(QStringLiteral("tableau noir 42"));
    child<QLineEdit>(staff, QStringLiteral("new-account-confirm"))->setText(QStringLiteral("tableau noir 43"));
    child<QPushButton>(staff, QStringLiteral("add-account"))->click();
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(child<QLabel>(staff, QStringLiteral("staff-window-message"))->text().contains(QStringLiteral("differ")));
    child<QLineEdit>(staff, QStringLiteral("new-account-password"))->setText(QStringLiteral("tableau noir 42"));
    child<QLineEdit>(staff, QStringLiteral("new-account-confirm"))->setText(QStringLiteral("tableau noir 42"));
    child<QPushButton>(staff, QStringLiteral("add-account"))->click();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Marie Curie"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("teacher"));
    table->selectRow(1);
    child<QPushButton>(staff, QStringLiteral("disable-account"))->click();
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("disabled"));
    // Ten minutes without a key or a click in the staff's window: locked, the password asked
    // again; keys typed in the pupil's window meanwhile do not count, and a dialog opened from
    // the workspace is closed.
    auto *dialog = new QDialog(staff);
    dialog->show();
    clock.advanceSeconds(StaffWindow::kIdleMinutes * 60 - 1);
    QTest::keyClick(child<QLineEdit>(w.get(), QStringLiteral("sitting-code")), Qt::Key_A);
    staff->checkIdle();
    QVERIFY(!staff->locked());
    clock.advanceSeconds(1);
    staff->checkIdle();
    QVERIFY(staff->locked());
    QVERIFY(!dialog->isVisible());
    QVERIFY(!staff->unlock(QStringLiteral("not my password")));
    QVERIFY(child<QLabel>(staff, QStringLiteral("lock-message"))->text().contains(QStringLiteral("wrong")));
    QVERIFY(staff->unlock(QStringLiteral("correct horse battery")));
    QVERIFY(!staff->locked());
    // Signing out closes the window.
    child<QPushButton>(staff, QStringLiteral("sign-out"))->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!w->staffWindow());
    // Now the door asks to sign in: a wrong password, the disabled teacher, then the administrator.
    fillAndSubmit(QStringLiteral("ada lovelace"), QStringLiteral("wrong password"), {});
    w->openStaff();
    QVERIFY(!w->staffWindow());
    fillAndSubmit(QStringLiteral("Marie Curie"), QStringLiteral("tableau noir 42"), {});
    w->openStaff();
    QVERIFY(!w->staffWindow());
    fillAndSubmit(QStringLiteral("ada lovelace"), QStringLiteral("correct horse battery"), {});
    w->openStaff();
    QVERIFY(w->staffWindow());
    w->staffWindow()->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // A pupil-only computer.
    MainWindow::Options o;
    o.database = m_db;
    o.practiceBank = m_example;
    o.examFullScreen = false;
    o.pupilOnly = true;
    MainWindow pupilOnly(o);
    pupilOnly.show();
    QVERIFY(!child<QPushButton>(&pupilOnly, QStringLiteral("staff"))->isVisibleTo(&pupilOnly));
    pupilOnly.openStaff();
    QVERIFY(!pupilOnly.staffWindow());
    // A database that holds tests but no account (upgraded): no administrator from the window.
    QTemporaryDir dir;
    auto upgraded
        = services::Services::open(dir.filePath(QStringLiteral("old.sqlite")), QStringLiteral("test"), nullptr);
    QVERIFY(upgraded);
    services::SittingDraft draft;
    draft.code = QStringLiteral("OLD-1");
    draft.bankPath = m_example;
    QVERIFY(services::Sittings(upgraded->context()).create(draft).error == services::Sittings::CreateError::None);
    StaffSignInDialog refused(upgraded->context());
    QVERIFY(!refused.findChild<QPushButton *>(QStringLiteral("staff-submit")));
    QVERIFY(!refused.submit());
    QVERIFY(child<QLabel>(&refused, QStringLiteral("staff-intro"))->text().contains(QStringLiteral("staff init")));
    // A pupil's test closes an open staff window.
    fillAndSubmit(QStringLiteral("ada lovelace"), QStringLiteral("correct horse battery"), {});
    w->openStaff();
    QVERIFY(w->staffWindow());
    w->startPractice();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!w->staffWindow());
}

// The classes page: a class list imported through its preview (a row left out), the pupils with
// their codes, one added and one removed, the code slips saved as a PDF and read back.
void TestMainWindow::staffClasses()
{
    auto w = window();
    auto services = services::Services::open(m_db, QStringLiteral("test"), nullptr);
    QVERIFY(services);
    const auto admin = services::StaffAccounts(services->context())
                           .createFirstAdministrator(QStringLiteral("Ada"), QStringLiteral("correct horse battery"));
    QVERIFY(admin.outcome == services::StaffAccounts::Outcome::Done);
    StaffWindow staff(services->context(), admin.account);
    staff.setAttribute(Qt::WA_DeleteOnClose, false);
    staff.show();
    auto *page = child<ClassesPage>(&staff, QStringLiteral("classes-page"));
    QVERIFY(child<QLabel>(page, QStringLiteral("classes-message"))->text().contains(QStringLiteral("No class yet")));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("5B.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Nom;Pr\xE9nom\nDupont;L\xE9"
                "a\nMartin;Hugo\n;Sans\n");
    }
    int previewRows = -1;
    QString summary;
    connect(page, &ClassesPage::importDialogOpened, this, [&](ClassImportDialog *dialog) {
        // No class column: the rows need the class of the whole file.
        previewRows = child<QTableWidget>(dialog, QStringLiteral("import-preview"))->rowCount();
        QCOMPARE(dialog->importable(), 0);
        child<QLineEdit>(dialog, QStringLiteral("default-class"))->setText(QStringLiteral("5e B"));
        dialog->refresh();
        summary = child<QLabel>(dialog, QStringLiteral("import-summary"))->text();
        if (dialog->import()) {
            dialog->accept();
        }
    });
    QVERIFY(page->importFile(csv));
    QCOMPARE(previewRows, 3);
    QVERIFY2(summary.contains(QStringLiteral("2 to import, 1 left out")), qPrintable(summary));
    QCOMPARE(page->currentClass(), QStringLiteral("5e B"));
    auto *pupils = child<QTableWidget>(page, QStringLiteral("pupils"));
    QCOMPARE(pupils->rowCount(), 2);
    QCOMPARE(pupils->item(0, 0)->text(), QStringLiteral("Dupont"));
    QCOMPARE(pupils->item(0, 1)->text(), QStringLiteral("Léa"));
    const QString code = pupils->item(0, 3)->text();
    QCOMPARE(code.size(), 9);
    // One added by hand, then removed.
    child<QLineEdit>(page, QStringLiteral("pupil-last-name"))->setText(QStringLiteral("Petit"));
    child<QLineEdit>(page, QStringLiteral("pupil-first-name"))->setText(QStringLiteral("Jules"));
    child<QPushButton>(page, QStringLiteral("add-pupil"))->click();
    QCOMPARE(pupils->rowCount(), 3);
    pupils->selectRow(2);
    QCOMPARE(pupils->item(2, 0)->text(), QStringLiteral("Petit"));
    child<QPushButton>(page, QStringLiteral("remove-pupil"))->click();
    QCOMPARE(pupils->rowCount(), 2);
    // The code slips.
    const QString pdf = dir.filePath(QStringLiteral("slips.pdf"));
    QVERIFY(page->printSlips(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString slips = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(slips.contains(QStringLiteral("Léa Dupont")) && slips.contains(code), qPrintable(slips));
    QVERIFY(!slips.contains(QStringLiteral("Petit")));
    // A sitting for the class, from its tab: only the class's codes are taken; then closed.
    auto *sittings = child<SittingsPage>(&staff, QStringLiteral("sittings-page"));
    sittings->refresh();
    auto *classes = child<QListWidget>(sittings, QStringLiteral("new-sitting-classes"));
    QCOMPARE(classes->count(), 1);
    child<QLineEdit>(sittings, QStringLiteral("new-sitting-code"))->setText(QStringLiteral("5B-DEC"));
    child<QLineEdit>(sittings, QStringLiteral("new-sitting-bank"))->setText(m_example);
    QVERIFY(!sittings->createSitting()); // no class ticked
    QVERIFY(child<QLabel>(sittings, QStringLiteral("sittings-message"))->text().contains(QStringLiteral("class")));
    classes->item(0)->setCheckState(Qt::Checked);
    // Pupils may start from a moment until another; a window that closes before it opens is refused.
    auto *opens = child<QDateTimeEdit>(sittings, QStringLiteral("new-sitting-opens"));
    auto *closes = child<QDateTimeEdit>(sittings, QStringLiteral("new-sitting-closes"));
    child<QCheckBox>(sittings, QStringLiteral("new-sitting-opens-set"))->setChecked(true);
    child<QCheckBox>(sittings, QStringLiteral("new-sitting-closes-set"))->setChecked(true);
    QVERIFY(opens->isEnabled() && closes->isEnabled());
    const QDateTime start(QDate(2030, 3, 4), QTime(9, 0));
    opens->setDateTime(start);
    closes->setDateTime(start.addSecs(-60));
    QVERIFY(!sittings->createSitting());
    QVERIFY(
        child<QLabel>(sittings, QStringLiteral("sittings-message"))->text().contains(QStringLiteral("close after")));
    closes->setDateTime(start.addSecs(2 * 3600));
    child<QCheckBox>(sittings, QStringLiteral("new-sitting-exam-mode"))->setChecked(false);
    // The bank's pilot questions are given unless the teacher takes them out.
    auto *pilot = child<QCheckBox>(sittings, QStringLiteral("new-sitting-pilot"));
    QVERIFY(pilot->isChecked());
    pilot->setChecked(false);
    QVERIFY(sittings->createSitting());
    const auto stored = services->store().sitting(QStringLiteral("5B-DEC"));
    QCOMPARE(stored->opensAt, start.toMSecsSinceEpoch());
    QCOMPARE(stored->closesAt, start.addSecs(2 * 3600).toMSecsSinceEpoch());
    QVERIFY(!stored->settings.examMode);
    QVERIFY(stored->settings.pilotPositions && stored->settings.pilotPositions->empty());
    QVERIFY2(child<QLabel>(sittings, QStringLiteral("sittings-message"))->text().contains(QStringLiteral("2 pupils")),
        qPrintable(child<QLabel>(sittings, QStringLiteral("sittings-message"))->text()));
    auto *table = child<QTableWidget>(sittings, QStringLiteral("sittings"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("5B-DEC"));
    QVERIFY(services->store().candidate(services->store().sitting(QStringLiteral("5B-DEC"))->id, code));
    table->selectRow(0);
    child<QPushButton>(sittings, QStringLiteral("close-sitting"))->click();
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("closed"));
    table->selectRow(0);
    child<QPushButton>(sittings, QStringLiteral("reopen-sitting"))->click();
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("open"));
}

// A sitting in exam mode (the default) fills the screen during its test; one that is not (a class
// exercise) leaves the window a window.
void TestMainWindow::examModeFillsTheScreen()
{
    createSitting(QStringLiteral("EXAM"), {}, m_example);
    createSitting(QStringLiteral("EXERCISE"), {{QStringLiteral("exam_mode"), false}}, m_example);
    for (const bool exam : {true, false}) {
        MainWindow::Options o;
        o.database = m_db;
        o.practiceBank = m_example;
        o.examFullScreen = true; // as the application runs without --windowed
        MainWindow w(o);
        w.setQuitConfirmation([] { return true; });
        w.show();
        QVERIFY(!w.isFullScreen());
        w.startWithCodes(exam ? QStringLiteral("EXAM") : QStringLiteral("EXERCISE"), QStringLiteral("P1"), {});
        QCOMPARE(w.currentPage(), QStringLiteral("instructions"));
        QCOMPARE(w.isFullScreen(), exam);
    }
}

// The pupil is told how many questions there are, the pilot questions included: the AICET bank's
// default test gives 20 to 30 scored ones and 5 pilot questions.
void TestMainWindow::pilotQuestionsAreCounted()
{
    const QString aicet = test::sourcePath(QStringLiteral("question-banks/aicet"));
    createSitting(QStringLiteral("PILOTS"), {}, aicet);
    createSitting(QStringLiteral("NOPILOT"), {{QStringLiteral("pilot_positions"), QJsonArray()}}, aicet);
    for (const bool pilots : {true, false}) {
        auto w = window();
        w->startWithCodes(pilots ? QStringLiteral("PILOTS") : QStringLiteral("NOPILOT"), QStringLiteral("P1"), {});
        QCOMPARE(w->currentPage(), QStringLiteral("instructions"));
        const QString range = pilots ? QStringLiteral("25 to 35") : QStringLiteral("20 to 30");
        bool told = false;
        for (const QLabel *label : w->findChildren<QLabel *>()) {
            told = told || label->text().contains(range);
        }
        QVERIFY2(told, qPrintable(range));
        child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
        QCOMPARE(child<QLabel>(w.get(), QStringLiteral("progress"))->text(),
            pilots ? QStringLiteral("Question 1 of about 25–35") : QStringLiteral("Question 1 of about 20–30"));
    }
}

void TestMainWindow::codesAndIdentity()
{
    createSitting(QStringLiteral("4B-IA"), {}, m_example);
    auto w = window();
    // The code in another case, with spaces: the same test.
    w->startWithCodes(QStringLiteral("4b ia"), QStringLiteral("Nour"), {});
    QCOMPARE(w->currentPage(), QStringLiteral("instructions"));
    QCOMPARE(w->session()->sitting().code, QStringLiteral("4B-IA"));
    // The start page keeps nothing of this pupil.
    for (const char *name : {"sitting-code", "candidate-code", "candidate-name"}) {
        QVERIFY(child<QLineEdit>(w.get(), QLatin1String(name))->text().isEmpty());
    }
    child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
    answerCurrent(*w, true);
    answerCurrent(*w, true);
    // Another pupil types Nour's codes while her test runs in a window: refused.
    QSettings().clear(); // at another computer: this one's resume tokens are not there
    auto other = window();
    other->startWithCodes(QStringLiteral("4B-IA"), QStringLiteral("nour"), {});
    QCOMPARE(other->currentPage(), QStringLiteral("start"));
    QVERIFY(!other->session());
    // And once her window is closed (her computer stopped): still refused, the teacher decides.
    w.reset();
    other->startWithCodes(QStringLiteral("4B-IA"), QStringLiteral("nour"), {});
    QCOMPARE(other->currentPage(), QStringLiteral("start"));
    QVERIFY(!other->session());
    const QString refusal = child<QLabel>(other->findChild<StartPage *>(), QStringLiteral("error"))->text();
    QVERIFY2(refusal.contains(QStringLiteral("ask your teacher")), qPrintable(refusal));
    // A wrong test code: the focus stays in its field, the text selected to type again.
    QApplication::setActiveWindow(other.get());
    other->startWithCodes(QStringLiteral("NOPE"), QStringLiteral("x"), {});
    auto *code = child<QLineEdit>(other.get(), QStringLiteral("sitting-code"));
    QCOMPARE(QApplication::focusWidget(), code);
}

void TestMainWindow::sayWhatIsMissing()
{
    createSitting(QStringLiteral("MISS"),
        QJsonObject{{QStringLiteral("min_items"), 7}, {QStringLiteral("max_items"), 7},
            {QStringLiteral("se_target"), 0}, {QStringLiteral("pilot_positions"), QJsonArray()}},
        m_example);
    auto w = window();
    w->startWithCodes(QStringLiteral("MISS"), QStringLiteral("quiet"), {});
    child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
    QWidget *page = w->questionPage();
    auto *error = child<QLabel>(page, QStringLiteral("error"));
    bool sawNumber = false, sawOrdering = false;
    while (w->currentPage() == QLatin1String("question")) {
        const BankItem &item = *w->session()->currentItem();
        if (item.content.type != ItemType::Ordering) {
            // Enter with nothing answered says what is missing.
            QTest::keyClick(page, Qt::Key_Return);
            QVERIFY2(!error->text().isEmpty(), qPrintable(item.id));
            QCOMPARE(w->session()->currentItem()->id, item.id);
        } else {
            // Ordering questions number their positions.
            auto *list = child<QListWidget>(page, QStringLiteral("ordering-list"));
            QVERIFY(list->item(0)->text().startsWith(QStringLiteral("1. ")));
            QVERIFY(list->item(1)->text().startsWith(QStringLiteral("2. ")));
            sawOrdering = true;
        }
        if (item.content.type == ItemType::Numeric) {
            auto *edit = child<QLineEdit>(page, QStringLiteral("numeric-answer"));
            QTest::keyClicks(edit, QStringLiteral("12a"));
            QVERIFY2(error->text().contains(QStringLiteral("not a number")), qPrintable(error->text()));
            edit->clear();
            sawNumber = true;
        }
        answerCurrent(*w, true);
    }
    QVERIFY(sawNumber && sawOrdering);
}

void TestMainWindow::everyAicetQuestionFits()
{
    // Every question of the AICET bank, in both languages, at the largest text size, in the space a
    // 1024×768 screen leaves: the question and its options wrap, nothing runs off the right edge.
    auto w = window();
    w->changeFontSize(Preferences::kMaxFont - QApplication::font().pointSize());
    const ItemBank bank = loadBank(test::sourcePath(QStringLiteral("question-banks/aicet"))).bank;
    QVERIFY(bank.items.size() > 100);
    QuestionPage page;
    applyFontRoles(&page);
    page.resize(1024, 768 - 40 - 40); // the title bar and the toolbar
    page.show();
    int checked = 0;
    for (const char *language : {"fr", "en"}) {
        for (const BankItem &item : bank.items) {
            page.showItem(item, bank.rootPath, 1, 20, 30, QLatin1String(language), 7);
            checkFits(&page, &page, item.id + QLatin1Char('/') + QLatin1String(language));
            ++checked;
        }
    }
    QCOMPARE(checked, static_cast<int>(2 * bank.items.size()));
}

namespace {

// The share of a widget's pixels that are light (white or yellow) on its black background.
double lightShare(QWidget *w, const QRect &area)
{
    const QImage image = w->grab(area).toImage();
    int light = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            light
                += qGray(image.pixel(x, y)) > 160 || (qRed(image.pixel(x, y)) > 200 && qGreen(image.pixel(x, y)) > 200);
        }
    }
    return double(light) / std::max(1, image.width() * image.height());
}

} // namespace

void TestMainWindow::highContrastShowsEveryControl()
{
    // White or yellow on black: the boxes to tick, the circles, the fields and lists are drawn
    // (not black on black), and a disabled button does not look like an enabled one.
    createSitting(QStringLiteral("HCX"),
        QJsonObject{{QStringLiteral("min_items"), 7}, {QStringLiteral("max_items"), 7},
            {QStringLiteral("se_target"), 0}, {QStringLiteral("pilot_positions"), QJsonArray()}},
        m_example);
    auto w = window();
    w->setHighContrast(true);
    w->resize(1024, 728);
    w->startWithCodes(QStringLiteral("HCX"), QStringLiteral("eyes"), {});
    child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
    bool sawBox = false, sawCircle = false, sawField = false, sawList = false;
    while (w->currentPage() == QLatin1String("question")) {
        QApplication::processEvents();
        QWidget *page = w->questionPage();
        for (QAbstractButton *b : page->findChildren<QAbstractButton *>()) {
            if (!b->isVisible() || (!qobject_cast<QCheckBox *>(b) && !qobject_cast<QRadioButton *>(b))) {
                continue;
            }
            QStyleOptionButton option;
            option.initFrom(b);
            const QRect indicator = b->style()->subElementRect(
                qobject_cast<QCheckBox *>(b) ? QStyle::SE_CheckBoxIndicator : QStyle::SE_RadioButtonIndicator, &option,
                b);
            QVERIFY2(lightShare(b, indicator) > 0.15, qPrintable(b->objectName()));
            (qobject_cast<QCheckBox *>(b) ? sawBox : sawCircle) = true;
        }
        for (QWidget *field : page->findChildren<QWidget *>()) {
            if (field->isVisible()
                && (qobject_cast<QLineEdit *>(field) || qobject_cast<QListWidget *>(field)
                    || qobject_cast<QComboBox *>(field))) {
                // Its border: the outermost two pixels all around.
                const QRect r = field->rect();
                const double border = (lightShare(field, QRect(r.left(), r.top(), r.width(), 2))
                                          + lightShare(field, QRect(r.left(), r.bottom() - 1, r.width(), 2)))
                    / 2;
                QVERIFY2(border > 0.5, qPrintable(field->objectName()));
                (qobject_cast<QListWidget *>(field) ? sawList : sawField) = true;
            }
        }
        answerCurrent(*w, true);
    }
    QVERIFY(sawBox && sawCircle && sawField && sawList);
    // A disabled button and an enabled one look different.
    QPushButton enabled(QStringLiteral("Confirmer"));
    QPushButton disabled(QStringLiteral("Confirmer"));
    disabled.setEnabled(false);
    enabled.resize(200, 50);
    disabled.resize(200, 50);
    QVERIFY(enabled.grab().toImage() != disabled.grab().toImage());
    QVERIFY(lightShare(&enabled, enabled.rect()) > lightShare(&disabled, disabled.rect()));
    w->setHighContrast(false);
}

void TestMainWindow::clockStartsWithTheFirstQuestion()
{
    createSitting(QStringLiteral("READ"), QJsonObject{{QStringLiteral("time_limit_minutes"), 1}}, m_example);
    services::ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    auto w = window(&clock);
    w->startWithCodes(QStringLiteral("READ"), QStringLiteral("reader"), {});
    QCOMPARE(w->currentPage(), QStringLiteral("instructions"));
    // The pupil reads the instructions of a 1-minute test for 65 s…
    clock.advanceSeconds(65);
    QTest::qWait(0);
    QCOMPARE(w->currentPage(), QStringLiteral("instructions"));
    // …then presses Begin: the whole minute is there.
    child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
    QCOMPARE(w->currentPage(), QStringLiteral("question"));
    QVERIFY2(child<QLabel>(w.get(), QStringLiteral("timer"))->text().contains(QStringLiteral("1:00")),
        qPrintable(child<QLabel>(w.get(), QStringLiteral("timer"))->text()));
    QCOMPARE(w->session()->remainingSeconds(), 60.0);
}

void TestMainWindow::noLevelWithoutEnoughAnswers_data()
{
    QTest::addColumn<int>("answers");
    QTest::addRow("none") << 0;
    QTest::addRow("fewer than the minimum") << 2;
}

void TestMainWindow::noLevelWithoutEnoughAnswers()
{
    QFETCH(int, answers);
    createSitting(QStringLiteral("SHORT"),
        QJsonObject{{QStringLiteral("time_limit_minutes"), 1}, {QStringLiteral("min_items"), 5},
            {QStringLiteral("max_items"), 7}, {QStringLiteral("pilot_positions"), QJsonArray()}},
        m_example);
    services::ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    auto w = window(&clock);
    w->startWithCodes(QStringLiteral("SHORT"), QStringLiteral("late"), {});
    child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
    for (int i = 0; i < answers; ++i) {
        answerCurrent(*w, true);
    }
    clock.advanceSeconds(61);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentPage(), QStringLiteral("end"), 30000);
    const QString body = child<QLabel>(w.get(), QStringLiteral("end-body"))->text();
    QVERIFY2(body.contains(QStringLiteral("You answered %1 question").arg(answers)), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("time ran out")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("at least 5")), qPrintable(body));
    const ItemBank bank = loadBank(m_example).bank;
    for (const Level &level : bank.levels) {
        QVERIFY2(!body.contains(level.name.value(QStringLiteral("en"))), qPrintable(body));
    }
    QVERIFY(!body.contains(QStringLiteral("Your level")));
    QVERIFY(!body.contains(QStringLiteral("score")));
}

// The end page states the level with the chance that it is right, names the areas as covered
// (the AICET bank measures one ability), and says kindly when the answers came faster than reading.
void TestMainWindow::endPageSaysHowSureAndChecksTheAnswers()
{
    const QString aicet = test::sourcePath(QStringLiteral("question-banks/aicet"));
    createSitting(QStringLiteral("SURE"),
        QJsonObject{{QStringLiteral("min_items"), 20}, {QStringLiteral("max_items"), 20},
            {QStringLiteral("time_limit_minutes"), 0}},
        aicet);
    const ItemBank bank = loadBank(aicet).bank;
    for (const bool hasty : {false, true}) {
        services::ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        auto w = window(&clock);
        w->startWithCodes(QStringLiteral("SURE"), hasty ? QStringLiteral("hasty") : QStringLiteral("calm"), {});
        child<QPushButton>(w.get(), QStringLiteral("begin"))->click();
        while (w->currentPage() == QLatin1String("question")) {
            clock.advanceSeconds(hasty ? 0.5 : 30.0); // reading the question, or not
            answerCurrent(*w, true);
        }
        QCOMPARE(w->currentPage(), QStringLiteral("end"));
        const QString body = child<QLabel>(w.get(), QStringLiteral("end-body"))->text();
        // Right every time: the top level, alone, with its chance out of 10.
        const QString top = bank.levels.back().name.value(QStringLiteral("en"));
        QVERIFY2(body.contains(QStringLiteral("Your level: %1 (level 4 of 4)").arg(top)), qPrintable(body));
        QVERIFY2(QRegularExpression(QStringLiteral("There are [1-9] chances out of 10 that this is really your level"))
                     .match(body)
                     .hasMatch(),
            qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("Areas covered by the test")), qPrintable(body));
        QVERIFY(!body.contains(QStringLiteral("By area")));
        for (const Dimension &d : bank.dimensions) {
            QVERIFY2(body.contains(d.name.value(QStringLiteral("en")).toHtmlEscaped()), qPrintable(body));
        }
        QCOMPARE(body.contains(QStringLiteral("faster than they can be read")), hasty);
        QCOMPARE(body.contains(QStringLiteral("talk about it with your teacher")), hasty);
    }
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
