#include "MainWindow.h"

#include "AnswerWidgets.h"
#include "Pages.h"
#include "VerifyDialog.h"
#include "bank/Scoring.h"
#include "session/SessionController.h"
#include "store/Store.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QRandomGenerator>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextToSpeech>
#include <QTimer>
#include <QToolBar>

#include <cmath>

namespace aicet::gui {

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_prefs(Preferences::load())
{
    setObjectName(QStringLiteral("aicet-main-window"));
    if (!m_options.clock) {
        m_ownClock = std::make_unique<session::SystemClock>();
        m_options.clock = m_ownClock.get();
    }
    if (m_options.practiceBank.isEmpty()) {
        m_options.practiceBank = session::bundledBankPath();
    }

    auto *bar = addToolBar(QStringLiteral("display"));
    bar->setObjectName(QStringLiteral("display-toolbar"));
    bar->setMovable(false);
    m_smaller = bar->addAction(QStringLiteral("A−"), this, [this] { changeFontSize(-1); });
    m_bigger = bar->addAction(QStringLiteral("A+"), this, [this] { changeFontSize(+1); });
    m_smaller->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    m_bigger->setShortcuts(
        {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_contrast = bar->addAction(QString(), this, &MainWindow::setHighContrast);
    m_contrast->setCheckable(true);
    m_dyslexia = bar->addAction(QString(), this, &MainWindow::setDyslexiaFont);
    m_dyslexia->setCheckable(true);
    m_language = bar->addAction(QString(), this,
        [this] { setLanguage(m_prefs.language == QLatin1String("fr") ? QStringLiteral("en") : QStringLiteral("fr")); });
    m_smaller->setObjectName(QStringLiteral("font-smaller"));
    m_bigger->setObjectName(QStringLiteral("font-bigger"));
    m_contrast->setObjectName(QStringLiteral("high-contrast"));
    m_dyslexia->setObjectName(QStringLiteral("dyslexia-font"));

    m_stack = new QStackedWidget(this);
    m_start = new StartPage(m_stack);
    m_instructions = new InstructionsPage(m_stack);
    m_question = new QuestionPage(m_stack);
    m_end = new EndPage(m_stack);
    for (QWidget *page : {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_instructions),
             static_cast<QWidget *>(m_question), static_cast<QWidget *>(m_end)}) {
        m_stack->addWidget(page);
    }
    setCentralWidget(m_stack);
    connect(m_start, &StartPage::languageChosen, this, &MainWindow::setLanguage);
    connect(m_start, &StartPage::practiceRequested, this, &MainWindow::startPractice);
    connect(m_start, &StartPage::codesEntered, this, &MainWindow::startWithCodes);
    connect(m_start, &StartPage::verifyRequested, this, [this] {
        VerifyDialog dialog(this);
        dialog.exec();
    });
    connect(m_instructions, &InstructionsPage::begin, this, &MainWindow::showQuestion);
    connect(m_question, &QuestionPage::answerConfirmed, this, &MainWindow::confirmAnswer);
    connect(m_question, &QuestionPage::readAloudRequested, this, &MainWindow::readAloud);
    connect(m_end, &EndPage::done, this, &MainWindow::backToStart);
    connect(qApp, &QGuiApplication::applicationStateChanged, this, &MainWindow::onApplicationStateChanged);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &MainWindow::tick);

    m_askQuit = [this] {
        return QMessageBox::question(this, tr("Quit the test?"),
                   tr("Your confirmed answers are kept. To continue later, start AICET again and type the same codes."),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };

    const QString location = m_options.database.isEmpty() ? store::Store::defaultLocation() : m_options.database;
    m_store = store::Store::open(location, &m_startupError);
    if (m_store) {
        QString error;
        m_start->setPracticeAvailable(
            session::ensurePracticeSitting(*m_store, m_options.practiceBank, m_options.clock->nowMs(), &error)
                .has_value());
    } else {
        m_start->setPracticeAvailable(false);
    }
    setLanguage(m_prefs.language);
    applyPreferences();
    if (!m_startupError.isEmpty()) {
        m_start->setError(tr("AICET cannot open its database: %1").arg(m_startupError));
    }
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

QString MainWindow::currentPage() const
{
    QWidget *w = m_stack->currentWidget();
    return w == m_start       ? QStringLiteral("start")
        : w == m_instructions ? QStringLiteral("instructions")
        : w == m_question     ? QStringLiteral("question")
                              : QStringLiteral("end");
}

void MainWindow::setConfirmDelay(int ms)
{
    m_question->setConfirmDelay(ms);
}

void MainWindow::setLanguage(const QString &language)
{
    m_prefs.language = language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("fr");
    m_prefs.save();
    qApp->removeTranslator(&m_translator);
    qApp->removeTranslator(&m_qtTranslator);
    if (m_translator.load(QStringLiteral(":/i18n/aicet_%1.qm").arg(m_prefs.language))) {
        qApp->installTranslator(&m_translator);
    }
    if (m_qtTranslator.load(
            QStringLiteral("qtbase_%1").arg(m_prefs.language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qApp->installTranslator(&m_qtTranslator);
    }
    retranslate();
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("AICET – AI competence test"));
    m_smaller->setToolTip(tr("Smaller text (Ctrl −)"));
    m_bigger->setToolTip(tr("Bigger text (Ctrl +)"));
    m_smaller->setText(QStringLiteral("A−"));
    m_bigger->setText(QStringLiteral("A+"));
    m_contrast->setText(tr("High contrast"));
    m_dyslexia->setText(tr("Easy-to-read font"));
    m_language->setText(
        m_prefs.language == QLatin1String("fr") ? QStringLiteral("English") : QStringLiteral("Français"));
    m_start->retranslate();
    m_instructions->retranslate();
    m_question->retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::WindowStateChange && m_examMode && testRunning() && !isFullScreen()) {
        m_controller->recordEvent(
            QStringLiteral("focus_lost"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("left_full_screen")}});
        m_question->setNotice(tr("You left the full-screen test. This was noted for your teacher; you can go on."));
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::applyPreferences()
{
    m_prefs.apply(*qApp);
    applyFontRoles(this);
    m_contrast->setChecked(m_prefs.highContrast);
    m_dyslexia->setChecked(m_prefs.dyslexiaFont);
    m_prefs.save();
}

void MainWindow::changeFontSize(int delta)
{
    m_prefs.fontPoints = std::clamp(m_prefs.fontPoints + delta, Preferences::kMinFont, Preferences::kMaxFont);
    applyPreferences();
}

void MainWindow::setHighContrast(bool on)
{
    m_prefs.highContrast = on;
    applyPreferences();
}

void MainWindow::setDyslexiaFont(bool on)
{
    m_prefs.dyslexiaFont = on;
    applyPreferences();
}

bool MainWindow::testRunning() const
{
    return m_controller && m_controller->isStarted() && !m_controller->isFinished();
}

QString MainWindow::itemLanguage() const
{
    if (m_controller && !m_controller->sitting().language.isEmpty()) {
        return m_controller->sitting().language;
    }
    if (m_controller && !m_controller->bank().languages.contains(m_prefs.language)) {
        return m_controller->bank().defaultLanguage;
    }
    return m_prefs.language;
}

void MainWindow::startPractice()
{
    if (!m_store) {
        return;
    }
    QString error;
    const auto practice
        = session::ensurePracticeSitting(*m_store, m_options.practiceBank, m_options.clock->nowMs(), &error);
    if (!practice) {
        m_start->setError(error);
        return;
    }
    // This computer's practice test: resumed if it was interrupted, a new one otherwise.
    QSettings settings;
    QString code = settings.value(QStringLiteral("practice/candidate")).toString();
    const auto candidate = code.isEmpty() ? std::nullopt : m_store->candidate(code);
    const auto session = candidate ? m_store->session(practice->id, candidate->id) : std::nullopt;
    if (!session || session->state != QLatin1String("running")) {
        code = QStringLiteral("practice-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        settings.setValue(QStringLiteral("practice/candidate"), code);
    }
    begin(practice->code, code, {});
}

void MainWindow::startWithCodes(const QString &sitting, const QString &candidate, const QString &name)
{
    begin(sitting, candidate, name);
}

void MainWindow::begin(const QString &sitting, const QString &candidate, const QString &name)
{
    if (!m_store) {
        m_start->setError(tr("AICET cannot open its database: %1").arg(m_startupError));
        return;
    }
    auto controller = std::make_unique<session::SessionController>(*m_store, *m_options.clock);
    QString error;
    const std::uint64_t seed = QRandomGenerator::system()->generate64();
    if (controller->start(sitting, candidate, name, seed, &error) != session::SessionController::StartError::None) {
        m_start->setError(error);
        return;
    }
    // One window per session on this computer.
    const QByteArray key
        = QCryptographicHash::hash(m_store->location().toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    const QString lockDir
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/aicet/locks");
    QDir().mkpath(lockDir);
    auto lock = std::make_unique<QLockFile>(
        QStringLiteral("%1/%2-session-%3.lock").arg(lockDir, QString::fromLatin1(key)).arg(controller->session().id));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        m_start->setError(tr("This test is already open in another AICET window on this computer."));
        return;
    }
    m_lock = std::move(lock);
    m_controller = std::move(controller);
    m_start->setError({});
    m_warned = false;
    m_examMode = m_options.examFullScreen && !m_controller->sitting().practice;
    const auto &spec = m_controller->specification();
    const double limit = spec.stopping.timeLimitSeconds + m_controller->session().extraTimeSeconds;
    if (m_controller->isFinished()) {
        showEnd();
        return;
    }
    if (m_examMode) {
        showFullScreen();
    }
    m_tick->start();
    if (!m_controller->answers().empty()) {
        showQuestion();
        m_question->setNotice(tr("Welcome back! Your answers were kept; here is where you were."));
        return;
    }
    m_instructions->setTest(spec.stopping.minItems, spec.stopping.maxItems, limit, m_examMode);
    m_stack->setCurrentWidget(m_instructions);
}

void MainWindow::showQuestion()
{
    if (!m_controller) {
        return;
    }
    if (m_controller->checkTime()) {
        showEnd();
        return;
    }
    const BankItem *item = m_controller->currentItem();
    if (!item) {
        showEnd();
        return;
    }
    const auto &spec = m_controller->specification();
    const std::uint64_t seed = m_controller->session().seed ^ qHash(item->id);
    m_question->showItem(*item, m_controller->bank().rootPath, m_controller->currentPosition(), spec.stopping.minItems,
        spec.stopping.maxItems, itemLanguage(), seed);
    m_question->setRemaining(m_controller->remainingSeconds());
    m_stack->setCurrentWidget(m_question);
    m_controller->itemShown();
}

void MainWindow::confirmAnswer(const ItemResponse &given)
{
    if (!m_controller || !m_controller->currentItem()) {
        return;
    }
    ItemResponse response = given;
    response.language = itemLanguage();
    QString error;
    const auto outcome
        = m_controller->answer(m_controller->currentPosition(), m_controller->currentItem()->id, response, &error);
    switch (outcome) {
    case session::SessionController::AnswerOutcome::Acknowledged:
    case session::SessionController::AnswerOutcome::AlreadyRecorded:
        if (m_controller->isFinished()) {
            showEnd();
        } else {
            showQuestion();
        }
        break;
    case session::SessionController::AnswerOutcome::TestOver:
        showEnd();
        break;
    case session::SessionController::AnswerOutcome::Rejected:
    case session::SessionController::AnswerOutcome::StoreFailed:
        m_question->setError(error);
        break;
    }
}

void MainWindow::tick()
{
    if (!testRunning()) {
        m_tick->stop();
        return;
    }
    const double remaining = m_controller->remainingSeconds();
    if (remaining < 0) {
        return;
    }
    m_question->setRemaining(remaining);
    if (remaining <= 300 && !m_warned) {
        m_warned = true;
        m_question->setNotice(tr("5 minutes left. Take your time: every confirmed answer counts."));
    }
    if (m_controller->checkTime()) {
        showEnd();
    }
}

void MainWindow::onApplicationStateChanged(Qt::ApplicationState state)
{
    if (!testRunning() || m_stack->currentWidget() != m_question) {
        return;
    }
    if (state == Qt::ApplicationActive) {
        m_controller->recordEvent(QStringLiteral("focus_regained"));
        m_question->setNotice(tr("You left the test window. This was noted for your teacher; you can go on calmly."));
    } else {
        m_controller->recordEvent(QStringLiteral("focus_lost"));
    }
}

void MainWindow::readAloud(const QString &text)
{
    if (!m_speech) {
        if (QTextToSpeech::availableEngines().isEmpty()) {
            m_question->setError(tr("No voice is installed on this computer for reading aloud."));
            return;
        }
        m_speech = new QTextToSpeech(this);
    }
    m_speech->setLocale(itemLanguage() == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                              : QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_speech->stop();
    m_speech->say(text);
}

void MainWindow::showEnd()
{
    m_tick->stop();
    if (isFullScreen()) {
        m_examMode = false;
        showNormal();
    }
    const ItemBank &bank = m_controller->bank();
    const QString lang = itemLanguage();
    const auto result = m_store->result(m_controller->session().id);
    QString html;
    if (!m_controller->sitting().showResults || !result) {
        html = tr("<p>Your answers have been saved. Your teacher will share your results with you.</p>");
        m_end->setContent(tr("Thank you, the test is over!"), html);
        m_stack->setCurrentWidget(m_end);
        m_lock.reset();
        return;
    }
    auto levelName = [&](const QString &id) {
        for (const Level &l : bank.levels) {
            if (l.id == id) {
                return std::pair{localized(l.name, lang), localized(l.description, lang)};
            }
        }
        return std::pair{id, QString()};
    };
    const auto [name, description] = levelName(result->level);
    html += tr("<h2>Your level: %1</h2>").arg(name.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(description.toHtmlEscaped());
    html += tr("<p>Score %1 (between %2 and %3), from %4 questions.</p>")
                .arg(std::lround(result->score))
                .arg(std::lround(result->scoreLow))
                .arg(std::lround(result->scoreHigh))
                .arg(result->items);
    html += tr("<h3>By area</h3><ul>");
    for (const Dimension &d : bank.dimensions) {
        const QJsonObject dim = result->dimensions.value(d.id).toObject();
        const QString level = dim.value(QStringLiteral("level")).toString();
        html += QStringLiteral("<li><b>%1</b>: %2</li>")
                    .arg(localized(d.name, lang).toHtmlEscaped(),
                        level.isEmpty() ? tr("not enough questions yet to say")
                                        : levelName(level).first.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    if (m_controller->sitting().showExplanations) {
        QString missed;
        for (const cat::Answer &a : m_controller->answers()) {
            const BankItem &item = bank.items[static_cast<std::size_t>(a.item)];
            if (item.status == ItemStatus::Operational && a.category < item.irt.categoryCount() - 1) {
                missed += QStringLiteral("<li><p><i>%1</i></p><p>%2</p></li>")
                              .arg(localized(item.content.stem, lang).toHtmlEscaped(),
                                  localized(item.content.explanation, lang).toHtmlEscaped());
            }
        }
        if (!missed.isEmpty()) {
            html += tr("<h3>To learn more: the questions you missed</h3>") + QStringLiteral("<ul>") + missed
                + QStringLiteral("</ul>");
        }
    }
    m_end->setContent(tr("Well done, the test is over!"), html);
    m_stack->setCurrentWidget(m_end);
    m_lock.reset();
}

void MainWindow::backToStart()
{
    m_controller.reset();
    m_lock.reset();
    m_stack->setCurrentWidget(m_start);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (testRunning() && !m_askQuit()) {
        event->ignore();
        return;
    }
    m_tick->stop();
    m_lock.reset(); // another window may take the session over
    event->accept();
}

} // namespace aicet::gui
