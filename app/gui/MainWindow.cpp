#include "MainWindow.h"

#include "AnswerWidgets.h"
#include "Pages.h"
#include "Translations.h"
#include "VerifyDialog.h"
#include "bank/Scoring.h"
#include "services/PupilSession.h"
#include "services/Services.h"
#include "services/Sittings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
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
        m_ownClock = std::make_unique<services::SystemClock>();
        m_options.clock = m_ownClock.get();
    }
    if (m_options.practiceBank.isEmpty()) {
        m_options.practiceBank = services::BankCatalog::bundledBankPath();
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
    m_services = services::Services::open(location, QStringLiteral("aicet"), &m_startupError, m_options.clock);
    if (m_services) {
        QString error;
        m_start->setPracticeAvailable(
            services::Sittings(m_services->context()).practice(m_options.practiceBank, &error).has_value());
    } else {
        m_start->setPracticeAvailable(false);
    }
    setLanguage(m_prefs.language);
    applyPreferences();
    if (!m_startupError.isEmpty()) {
        m_start->setError(tr("AICET cannot open its database: %1").arg(m_startupError));
    }
    // The whole window on the screen, down to the 1024×768 of old school computers: on a screen
    // that cannot hold it with its frame, it fills the screen.
    const QSize preferred(1100, 720);
    resize(preferred);
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableGeometry().size();
        if (available.width() < preferred.width() + 40 || available.height() < preferred.height() + 60) {
            resize(preferred.boundedTo(available));
            setWindowState(windowState() | Qt::WindowMaximized);
        }
    }
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
    m_prefs.language = i18n::setLanguage(language);
    m_prefs.save();
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
        m_session->recordFocus(true, QJsonObject{{QStringLiteral("reason"), QStringLiteral("left_full_screen")}});
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
    return m_session && m_session->isStarted() && !m_session->isFinished();
}

QString MainWindow::itemLanguage() const
{
    if (m_session && !m_session->sitting().language.isEmpty()) {
        return m_session->sitting().language;
    }
    if (m_session && !m_session->bank().languages.contains(m_prefs.language)) {
        return m_session->bank().defaultLanguage;
    }
    return m_prefs.language;
}

void MainWindow::startPractice()
{
    if (!m_services) {
        return;
    }
    // This computer's practice test (the service decides whether it goes on or starts anew; the
    // window remembers the practice code it is given).
    QSettings settings;
    QString code = settings.value(QStringLiteral("practice/candidate")).toString();
    auto session = std::make_unique<services::PupilSession>(m_services->context());
    QString error;
    const auto started = session->startPractice(m_options.practiceBank, &code, &error);
    settings.setValue(QStringLiteral("practice/candidate"), code);
    if (started != services::PupilSession::StartError::None) {
        m_start->setError(error);
        return;
    }
    present(std::move(session));
}

void MainWindow::startWithCodes(const QString &sitting, const QString &candidate, const QString &name)
{
    begin(sitting, candidate, name);
}

void MainWindow::showPaused(bool paused)
{
    if (paused) {
        m_question->setPaused(true);
    }
}

void MainWindow::begin(const QString &sitting, const QString &candidate, const QString &name)
{
    if (!m_services) {
        m_start->setError(tr("AICET cannot open its database: %1").arg(m_startupError));
        return;
    }
    auto session = std::make_unique<services::PupilSession>(m_services->context());
    QString error;
    if (session->start(sitting, candidate, name, &error) != services::PupilSession::StartError::None) {
        m_start->setError(error);
        return;
    }
    present(std::move(session));
}

void MainWindow::present(std::unique_ptr<services::PupilSession> session)
{
    m_session = std::move(session);
    m_start->setError({});
    m_warned = false;
    m_examMode = m_options.examFullScreen && !m_session->sitting().practice;
    const auto &spec = m_session->specification();
    if (m_session->isFinished()) {
        showEnd();
        return;
    }
    if (m_examMode) {
        showFullScreen();
    }
    m_tick->start();
    if (!m_session->answers().empty()) {
        showQuestion();
        m_question->setNotice(tr("Welcome back! Your answers were kept; here is where you were."));
        showPaused(m_session->isPaused());
        return;
    }
    m_instructions->setTest(spec.stopping.minItems, spec.stopping.maxItems, m_session->timeLimitSeconds(), m_examMode);
    m_stack->setCurrentWidget(m_instructions);
    return;
}

void MainWindow::showQuestion()
{
    if (!m_session) {
        return;
    }
    if (m_session->checkTime()) {
        showEnd();
        return;
    }
    const BankItem *item = m_session->currentItem();
    if (!item && m_session->endPending()) {
        // The last answer is stored, the end of the test is not yet (a full disk): say so, and
        // try again every second.
        m_question->setError(tr("Your answers are saved, but the end of the test could not be recorded (%1). Call your "
                                "teacher.")
                                 .arg(m_session->lastError()));
        return;
    }
    if (!item) {
        showEnd();
        return;
    }
    const auto &spec = m_session->specification();
    const std::uint64_t seed = m_session->session().seed ^ qHash(item->id);
    m_question->showItem(*item, m_session->bank().rootPath, m_session->currentPosition(), spec.stopping.minItems,
        spec.stopping.maxItems, itemLanguage(), seed);
    m_question->setRemaining(m_session->remainingSeconds());
    m_stack->setCurrentWidget(m_question);
    if (m_session->isPaused()) {
        m_question->setPaused(true);
    } else {
        m_question->setPaused(false);
        m_question->setNotice({});
        m_session->itemShown();
    }
}

void MainWindow::confirmAnswer(const ItemResponse &given)
{
    if (!m_session || !m_session->currentItem()) {
        return;
    }
    ItemResponse response = given;
    response.language = itemLanguage();
    QString error;
    const auto outcome
        = m_session->answer(m_session->currentPosition(), m_session->currentItem()->id, response, &error);
    switch (outcome) {
    case services::PupilSession::AnswerOutcome::Acknowledged:
    case services::PupilSession::AnswerOutcome::AlreadyRecorded:
        if (m_session->isFinished()) {
            showEnd();
        } else if (m_session->endPending()) {
            m_tick->start(); // the end is stored at a later tick
            showQuestion();
        } else {
            showQuestion();
        }
        break;
    case services::PupilSession::AnswerOutcome::TestOver:
        showEnd();
        break;
    case services::PupilSession::AnswerOutcome::Paused:
        m_question->setPaused(true);
        break;
    case services::PupilSession::AnswerOutcome::Rejected:
    case services::PupilSession::AnswerOutcome::StoreFailed:
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
    // The end of the test, not stored at the last answer: try again.
    if (m_session->endPending()) {
        if (m_session->checkTime()) {
            showEnd();
        }
        return;
    }
    // What the staff did meanwhile, from this computer or another.
    const unsigned changes = m_session->refresh();
    if (changes & services::PupilSession::Ended) {
        showEnd();
        return;
    }
    if ((changes & services::PupilSession::PauseChanged) && m_stack->currentWidget() == m_question) {
        const bool paused = m_session->isPaused();
        m_question->setPaused(paused);
        if (!paused) {
            m_session->itemShown();
        }
    }
    if (changes & services::PupilSession::TimeChanged) {
        m_warned = false;
        m_question->setNotice(tr("Your teacher gave you more time."));
    }
    const double remaining = m_session->remainingSeconds();
    if (remaining < 0) {
        return;
    }
    m_question->setRemaining(remaining);
    if (remaining <= 300 && !m_warned) {
        m_warned = true;
        m_question->setNotice(tr("5 minutes left. Take your time: every confirmed answer counts."));
    }
    if (m_session->checkTime()) {
        showEnd();
    }
}

void MainWindow::onApplicationStateChanged(Qt::ApplicationState state)
{
    if (!testRunning() || m_stack->currentWidget() != m_question) {
        return;
    }
    if (state == Qt::ApplicationActive) {
        m_session->recordFocus(false);
        m_question->setNotice(tr("You left the test window. This was noted for your teacher; you can go on calmly."));
    } else {
        m_session->recordFocus(true);
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
    const ItemBank &bank = m_session->bank();
    const QString lang = itemLanguage();
    const auto result = m_session->result();
    QString html;
    // A test the teacher stopped gets no level here: too few answers may stand behind it, and the
    // teacher, who stopped it, will say what comes next.
    if (m_session->session().state == store::SessionState::Abandoned) {
        html = tr("<p>Your teacher stopped the test. Every answer you confirmed is kept; your teacher will tell you "
                  "what comes next.</p>");
        m_end->setContent(tr("The test was stopped"), html);
        m_stack->setCurrentWidget(m_end);
        return;
    }
    if (!m_session->sitting().showResults || !result || result->items == 0) {
        html = tr("<p>Your answers have been saved. Your teacher will share your results with you.</p>");
        m_end->setContent(tr("Thank you, the test is over!"), html);
        m_stack->setCurrentWidget(m_end);
        return;
    }
    auto levelName = [&](const QString &id) {
        const Level *level = bank.level(id);
        return level ? std::pair{localized(level->name, lang), localized(level->description, lang)}
                     : std::pair{id, QString()};
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
    for (const scoring::DimensionResult &dim : result->dimensions) {
        const int index = bank.dimensionIndex(dim.dimension);
        const QString dimensionName
            = index >= 0 ? localized(bank.dimensions[static_cast<std::size_t>(index)].name, lang) : dim.dimension;
        const QString &level = dim.level;
        html += tr("<li><b>%1</b>: %2</li>")
                    .arg(dimensionName.toHtmlEscaped(),
                        level.isEmpty() ? tr("not enough questions yet to say")
                                        : levelName(level).first.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    if (m_session->sitting().showExplanations) {
        QString missed;
        for (const cat::Answer &a : m_session->answers()) {
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
}

void MainWindow::backToStart()
{
    m_session.reset();
    m_stack->setCurrentWidget(m_start);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (testRunning() && !m_askQuit()) {
        event->ignore();
        return;
    }
    m_tick->stop();
    m_session.reset(); // another window may take the session over
    event->accept();
}

} // namespace aicet::gui
