#include "MainWindow.h"

#include "AnswerWidgets.h"
#include "Pages.h"
#include "StaffWindow.h"
#include "Translations.h"
#include "VerifyDialog.h"
#include "bank/Scoring.h"
#include "services/Credentials.h"
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

#include <algorithm>
#include <cmath>

namespace aicet::gui {
namespace {

QList<QKeySequence> uniqueSequences(const QList<QKeySequence> &sequences)
{
    QList<QKeySequence> unique;
    for (const QKeySequence &k : sequences) {
        if (!k.isEmpty() && !unique.contains(k)) {
            unique.append(k);
        }
    }
    return unique;
}

} // namespace

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
    // Each key sequence once (QKeySequence::ZoomIn is Ctrl++ already: listing it twice made the
    // shortcut ambiguous, and nothing happened); Ctrl+= for keyboards where + needs Shift.
    m_smaller->setShortcuts(
        uniqueSequences({QKeySequence(QKeySequence::ZoomOut), QKeySequence(Qt::CTRL | Qt::Key_Minus)}));
    m_bigger->setShortcuts(uniqueSequences({QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Plus),
        QKeySequence(Qt::CTRL | Qt::Key_Equal)}));
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
        VerifyDialog dialog({}, m_prefs.language, this);
        if (m_services) {
            dialog.setRegisterCheck([this](services::Credentials::Verification *v) {
                services::Credentials(m_services->context()).checkRegister(v);
            });
        }
        dialog.exec();
    });
    connect(m_start, &StartPage::staffRequested, this, &MainWindow::openStaff);
    m_start->setStaffAvailable(!m_options.pupilOnly);
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
    } else {
        m_start->focusFirstField(); // the pupil types the test code at once
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

MainWindow::~MainWindow()
{
    // The staff's window works with this window's services: it goes first.
    delete m_staffWindow.data();
}

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
    if (m_staffWindow) {
        m_staffWindow->close(); // as for a real test
    }
    if (!m_services) {
        return;
    }
    // This computer's practice test (the service decides whether it goes on or starts anew; the
    // window remembers the practice code it is given).
    QSettings settings;
    QString code = settings.value(QStringLiteral("practice/candidate")).toString();
    auto session = std::make_unique<services::PupilSession>(m_services->context());
    session->setResumeToken(settings.value(QStringLiteral("practice/token")).toString());
    QString error;
    const auto started = session->startPractice(m_options.practiceBank, &code, &error);
    settings.setValue(QStringLiteral("practice/candidate"), code);
    if (started != services::PupilSession::StartError::None) {
        m_start->setError(error);
        return;
    }
    settings.setValue(QStringLiteral("practice/token"), session->resumeToken());
    m_resumeKey.clear();
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
    // A pupil's test never runs beside an open staff window: it is closed (signed out).
    if (m_staffWindow) {
        m_staffWindow->close();
    }
    if (!m_services) {
        m_start->setError(tr("AICET cannot open its database: %1").arg(m_startupError));
        return;
    }
    auto session = std::make_unique<services::PupilSession>(m_services->context());
    // The token that lets this computer resume the test it started (kept until the test ends):
    // someone else's codes alone do not open their test.
    const QString key = QStringLiteral("resume/%1")
                            .arg(QString::fromLatin1((store::codeKey(sitting.trimmed()) + QLatin1Char('\n')
                                + store::codeKey(candidate.trimmed()))
                                                         .toUtf8()
                                                         .toHex()));
    QSettings settings;
    session->setResumeToken(settings.value(key).toString());
    QString error;
    using E = services::PupilSession::StartError;
    const E started = session->start(sitting, candidate, name, &error);
    if (started != E::None) {
        // The focus goes back to the field to correct, its text selected.
        const StartPage::Field field = started == E::NameRequired ? StartPage::Field::Name
            : started == E::SessionOver || started == E::AlreadyOpen || started == E::NeedsApproval
                || started == E::NotOnList
            ? StartPage::Field::Candidate
            : started == E::StoreFailure ? StartPage::Field::None
                                         : StartPage::Field::Sitting;
        m_start->setError(error, field);
        return;
    }
    settings.setValue(key, session->resumeToken());
    m_resumeKey = key;
    present(std::move(session));
}

void MainWindow::present(std::unique_ptr<services::PupilSession> session)
{
    m_session = std::move(session);
    m_start->clear(); // the next pupil never finds these codes
    m_start->setError({});
    m_warned = false;
    m_examMode = m_options.examFullScreen && !m_session->sitting().practice && m_session->sitting().settings.examMode;
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
    const auto [fewest, most] = spec.questionsShown(m_session->bank());
    m_instructions->setTest(fewest, most, m_session->timeLimitSeconds(), m_examMode);
    m_stack->setCurrentWidget(m_instructions);
    m_instructions->focusBegin(); // Enter or Space begins
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
    const auto [fewest, most] = spec.questionsShown(m_session->bank());
    m_question->showItem(
        *item, m_session->bank().rootPath, m_session->currentPosition(), fewest, most, itemLanguage(), seed);
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
    // Checked in the question's language, once it is set: never a silent button.
    if (m_speech->state() == QTextToSpeech::Error || m_speech->availableVoices().isEmpty()) {
        m_question->setError(tr("Reading aloud does not work on this computer: no voice is installed. Ask your "
                                "teacher."));
        return;
    }
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
    // The test is over: its resume token is no longer needed on this computer.
    if (!m_resumeKey.isEmpty()) {
        QSettings().remove(m_resumeKey);
        m_resumeKey.clear();
    }
    m_end->setContent(endTitle(), endPage());
    m_stack->setCurrentWidget(m_end);
}

QString MainWindow::endTitle() const
{
    if (m_session->session().state == store::SessionState::Abandoned) {
        return tr("The test was stopped");
    }
    return tr("The test is over. Thank you!");
}

QString MainWindow::endPage() const
{
    const ItemBank &bank = m_session->bank();
    const QString lang = itemLanguage();
    const auto result = m_session->result();
    const auto paragraph = [](const QString &text) { return QStringLiteral("<p>%1</p>").arg(text); };
    if (m_session->session().state == store::SessionState::Abandoned) {
        return paragraph(tr("The test was stopped. Every answer you confirmed is kept; your teacher will tell you what "
                            "comes next."));
    }
    if (!m_session->sitting().showResults || !result) {
        return paragraph(tr("Your answers have been saved. Your teacher will share your results with you."));
    }
    const int answered = static_cast<int>(m_session->answers().size());
    const int minimum = m_session->specification().stopping.minItems;
    // No level without the evidence for it (the service decided: the level is empty then).
    if (result->level.isEmpty()) {
        QString html = paragraph(tr("You answered %n question(s).", nullptr, answered));
        if (result->stopReason == QLatin1String("time-limit")) {
            html += paragraph(tr("The time ran out before there were enough answers to give you a level."));
        }
        html += result->items < minimum
            ? paragraph(tr("A level needs at least %n answered question(s): we cannot tell you yours this time.",
                nullptr, minimum))
            : paragraph(tr("Your answers do not yet show your level clearly enough: we cannot tell you yours this "
                           "time."));
        html += paragraph(tr("Your answers are saved. Your teacher will tell you what comes next."));
        return html + missedQuestions();
    }
    // The level by its name and its place among the bank's levels (never an id); two adjacent
    // levels when the answers cannot tell them apart, with the chance that it is right.
    const auto rankOf = [&](const QString &id) {
        for (std::size_t i = 0; i < bank.levels.size(); ++i) {
            if (bank.levels[i].id == id) {
                return static_cast<int>(i) + 1;
            }
        }
        return 0;
    };
    const auto nameOf = [&](const QString &id) {
        const Level *l = bank.level(id);
        return (l ? localized(l->name, lang) : id).toHtmlEscaped();
    };
    QStringList stated{result->level};
    if (!result->levelAlternative.isEmpty()) {
        stated.append(result->levelAlternative);
        std::sort(
            stated.begin(), stated.end(), [&](const QString &a, const QString &b) { return rankOf(a) < rankOf(b); });
    }
    const int levels = static_cast<int>(bank.levels.size());
    // "9 chances out of 10": a probability an 11-year-old reads (rounded down, never "10 out of 10").
    const int tenths = std::clamp(static_cast<int>(std::floor(result->levelProbability * 10.0)), 1, 9);
    QString html;
    if (stated.size() == 1) {
        html
            += QStringLiteral("<h2>%1</h2>")
                   .arg(
                       tr("Your level: %1 (level %2 of %3)").arg(nameOf(stated[0])).arg(rankOf(stated[0])).arg(levels));
        if (result->levelProbability > 0.0) {
            html += paragraph(tr("There are %1 chances out of 10 that this is really your level.").arg(tenths));
        }
    } else {
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(tr("Your level: %1 or %2 (levels %3 and %4 of %5)")
                             .arg(nameOf(stated[0]), nameOf(stated[1]))
                             .arg(rankOf(stated[0]))
                             .arg(rankOf(stated[1]))
                             .arg(levels));
        html += paragraph(tr("Your answers do not allow us to choose between these two levels: there are %1 chances "
                             "out of 10 that your level is one of them.")
                              .arg(tenths));
    }
    for (const QString &id : stated) {
        const Level *level = bank.level(id);
        if (level && !level->description.isEmpty()) {
            html += paragraph(stated.size() == 1 ? localized(level->description, lang).toHtmlEscaped()
                                                 : tr("%1: %2").arg(QStringLiteral("<b>%1</b>").arg(nameOf(id)),
                                                     localized(level->description, lang).toHtmlEscaped()));
        }
    }
    // Answers that do not look like a pupil's: said kindly, and the teacher will look. Answers close
    // to chance are also a weak pupil's, so the pupil is not told they look random: only that the
    // result will be looked at together (the teacher's views say why).
    if (result->fit.rapid) {
        html += paragraph(
            QStringLiteral("<b>%1</b>").arg(tr("You answered many questions faster than they can be read.")));
        html += paragraph(tr("This result may not show what you know: talk about it with your teacher."));
    } else if (result->fit.randomLike) {
        html += paragraph(tr("Your teacher will look at this result with you: it may not show everything you know."));
    }
    // What the score means, in one line.
    // Open at one end, the interval says only the bound that holds.
    if (result->scoreHighOpen && !result->scoreLowOpen) {
        html += paragraph(tr("Your score is %1 points; the average is %2. A score is an estimate: yours is very likely "
                             "at least %3.")
                              .arg(std::lround(result->score))
                              .arg(std::lround(bank.scale.mean))
                              .arg(std::lround(result->scoreLow)));
    } else if (result->scoreLowOpen && !result->scoreHighOpen) {
        html += paragraph(tr("Your score is %1 points; the average is %2. A score is an estimate: yours is very likely "
                             "at most %3.")
                              .arg(std::lround(result->score))
                              .arg(std::lround(bank.scale.mean))
                              .arg(std::lround(result->scoreHigh)));
    } else {
        html += paragraph(tr("Your score is %1 points; the average is %2. A score is an estimate: yours is very likely "
                             "between %3 and %4.")
                              .arg(std::lround(result->score))
                              .arg(std::lround(bank.scale.mean))
                              .arg(std::lround(result->scoreLow))
                              .arg(std::lround(result->scoreHigh)));
    }
    html += paragraph(tr("It comes from your answers to %n question(s).", nullptr, result->items));
    const auto areaName = [&](const scoring::DimensionResult &dim) {
        const int index = bank.dimensionIndex(dim.dimension);
        return (index >= 0 ? localized(bank.dimensions[static_cast<std::size_t>(index)].name, lang) : dim.dimension)
            .toHtmlEscaped();
    };
    const bool profile = std::any_of(result->dimensions.begin(), result->dimensions.end(),
        [](const scoring::DimensionResult &d) { return d.informative; });
    if (!profile) {
        // The areas measure one ability: a result per area would only repeat the overall one, with
        // more noise.
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Areas covered by the test"));
        html += paragraph(tr("Your level is for all these areas together: with a few questions each, a result per "
                             "area would say nothing more than your overall level."));
        html += QStringLiteral("<ul>");
        for (const scoring::DimensionResult &dim : result->dimensions) {
            html += QStringLiteral("<li>%1</li>").arg(areaName(dim));
        }
        html += QStringLiteral("</ul>");
        return html + missedQuestions();
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("By area"));
    html += paragraph(tr("Each area has fewer questions than the whole test, so its result is less sure and can "
                         "differ from your overall level."));
    html += QStringLiteral("<ul>");
    for (const scoring::DimensionResult &dim : result->dimensions) {
        const Level *dimLevel = bank.level(dim.level);
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("%1: %2").arg(QStringLiteral("<b>%1</b>").arg(areaName(dim)),
                        dimLevel ? localized(dimLevel->name, lang).toHtmlEscaped()
                                 : tr("not enough questions in this area to say")));
    }
    html += QStringLiteral("</ul>");
    return html + missedQuestions();
}

QString MainWindow::missedQuestions() const
{
    if (!m_session->sitting().showExplanations) {
        return {};
    }
    const ItemBank &bank = m_session->bank();
    const QString lang = itemLanguage();
    QString missed;
    for (const store::EventRecord &e : m_session->events()) {
        if (e.kind != store::EventKind::Answered) {
            continue;
        }
        const int index = bank.indexOf(e.itemId);
        if (index < 0) {
            continue;
        }
        const BankItem &item = bank.items[static_cast<std::size_t>(index)];
        if (item.status != ItemStatus::Operational || e.category >= item.irt.categoryCount() - 1) {
            continue;
        }
        const QString given = describeResponse(item.content, responseFromJson(e.response), lang);
        missed
            += QStringLiteral("<div style=\"margin-bottom:14px\"><p><b>%1</b></p>")
                   .arg(tr("Question %1: %2").arg(e.position).arg(localized(item.content.stem, lang).toHtmlEscaped()));
        missed += QStringLiteral("<p>%1<br>%2</p>")
                      .arg(tr("Your answer: %1").arg(given.isEmpty() ? tr("(none)") : given.toHtmlEscaped()),
                          tr("The right answer: %1").arg(describeKey(item.content, lang).toHtmlEscaped()));
        const QString why = localized(item.content.explanation, lang);
        if (!why.isEmpty()) {
            missed += QStringLiteral("<p>%1</p>").arg(tr("Why: %1").arg(why.toHtmlEscaped()));
        }
        missed += QStringLiteral("</div>");
    }
    if (missed.isEmpty()) {
        return {};
    }
    return QStringLiteral("<h3>%1</h3>").arg(tr("To learn more: the questions you missed")) + missed;
}

void MainWindow::backToStart()
{
    m_session.reset();
    m_start->clear();
    m_stack->setCurrentWidget(m_start);
    m_start->focusFirstField();
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

QMainWindow *MainWindow::staffWindow() const
{
    return m_staffWindow.data();
}

void MainWindow::openStaff()
{
    if (m_options.pupilOnly || !m_services) {
        return;
    }
    if (m_staffWindow) {
        m_staffWindow->raise();
        m_staffWindow->activateWindow();
        return;
    }
    StaffSignInDialog dialog(m_services->context(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    // A window of its own, not a page of the pupil's: closing it signs out.
    auto *window = new StaffWindow(m_services->context(), dialog.account());
    m_staffWindow = window;
    if (!dialog.notice().isEmpty()) {
        window->showNotice(dialog.notice());
    }
    window->show();
}

} // namespace aicet::gui
