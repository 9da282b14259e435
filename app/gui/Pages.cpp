#include "Pages.h"

#include "AnswerWidgets.h"
#include "Preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace aicet::gui {
namespace {

QLabel *wrapped(QWidget *parent, const QString &objectName = {})
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!objectName.isEmpty()) {
        l->setObjectName(objectName);
    }
    return l;
}

// A page's content in a scroll area that scrolls up and down only: at any text size, on any
// screen, the content wraps to the window's width and nothing runs off its right edge.
QVBoxLayout *scrolledPage(QWidget *page, const QMargins &margins)
{
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("page-scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(margins);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    return layout;
}

QString clock(double seconds)
{
    const int s = static_cast<int>(std::ceil(std::max(0.0, seconds)));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

// ---------------------------------------------------------------------------------------------

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
{
    QVBoxLayout *outer = scrolledPage(this, QMargins(40, 24, 40, 24));
    m_title = wrapped(this);
    m_title->setObjectName(QStringLiteral("title"));
    setFontRole(m_title, 1.6, true);
    m_intro = wrapped(this);
    outer->addWidget(m_title);
    outer->addWidget(m_intro);

    auto *languages = new QHBoxLayout;
    m_french = new QPushButton(QStringLiteral("Français"), this);
    m_english = new QPushButton(QStringLiteral("English"), this);
    m_french->setObjectName(QStringLiteral("lang-fr"));
    m_english->setObjectName(QStringLiteral("lang-en"));
    languages->addWidget(m_french);
    languages->addWidget(m_english);
    languages->addStretch();
    outer->addLayout(languages);
    outer->addSpacing(16);

    m_practice = new QPushButton(this);
    m_practice->setObjectName(QStringLiteral("practice"));
    outer->addWidget(m_practice, 0, Qt::AlignLeft);
    outer->addSpacing(16);

    m_codeTitle = wrapped(this);
    setFontRole(m_codeTitle, 1.0, true);
    outer->addWidget(m_codeTitle);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows); // each label above its field: nothing too wide
    m_sitting = new QLineEdit(this);
    m_candidate = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_sitting->setObjectName(QStringLiteral("sitting-code"));
    m_candidate->setObjectName(QStringLiteral("candidate-code"));
    m_name->setObjectName(QStringLiteral("candidate-name"));
    m_sitting->setMaxLength(32);
    m_candidate->setMaxLength(64);
    m_name->setMaxLength(80);
    // Each label has the whole width above its field (WrapAllRows): no need to wrap, and a
    // wrapping label in a form row was given too little height.
    m_sittingLabel = new QLabel(this);
    m_candidateLabel = new QLabel(this);
    m_nameLabel = new QLabel(this);
    m_sittingLabel->setBuddy(m_sitting);
    m_candidateLabel->setBuddy(m_candidate);
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_sittingLabel, m_sitting);
    form->addRow(m_candidateLabel, m_candidate);
    form->addRow(m_nameLabel, m_name);
    outer->addLayout(form);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDefault(true);
    outer->addWidget(m_start, 0, Qt::AlignLeft);
    m_error = wrapped(this, QStringLiteral("error"));
    m_error->setProperty("role", QStringLiteral("start-error"));
    m_notice = wrapped(this, QStringLiteral("notice"));
    outer->addWidget(m_error);
    outer->addWidget(m_notice);
    outer->addStretch();
    m_verify = new QPushButton(this);
    m_verify->setObjectName(QStringLiteral("verify"));
    m_staff = new QPushButton(this);
    m_staff->setObjectName(QStringLiteral("staff"));
    auto *corner = new QHBoxLayout;
    corner->addStretch();
    corner->addWidget(m_staff);
    corner->addWidget(m_verify);
    outer->addLayout(corner);
    connect(m_verify, &QPushButton::clicked, this, &StartPage::verifyRequested);
    connect(m_staff, &QPushButton::clicked, this, &StartPage::staffRequested);

    connect(m_french, &QPushButton::clicked, this, [this] { Q_EMIT languageChosen(QStringLiteral("fr")); });
    connect(m_english, &QPushButton::clicked, this, [this] { Q_EMIT languageChosen(QStringLiteral("en")); });
    connect(m_practice, &QPushButton::clicked, this, &StartPage::practiceRequested);
    connect(m_start, &QPushButton::clicked, this, &StartPage::submit);
    for (QLineEdit *e : {m_sitting, m_candidate, m_name}) {
        connect(e, &QLineEdit::returnPressed, this, &StartPage::submit);
    }
    retranslate();
}

void StartPage::retranslate()
{
    m_title->setText(tr("AICET – AI competence test"));
    m_intro->setText(tr("Welcome! This test shows what you know about artificial intelligence. Choose your "
                        "language, then start."));
    m_french->setAccessibleName(tr("French"));
    m_english->setAccessibleName(tr("English"));
    m_practice->setText(tr("Take the practice test"));
    m_practice->setAccessibleDescription(tr("A test to try AICET; your teacher does not need to give you a code."));
    m_codeTitle->setText(tr("Your teacher gave you a code?"));
    m_sittingLabel->setText(tr("Test &code:"));
    m_candidateLabel->setText(tr("&Your code:"));
    m_nameLabel->setText(tr("Your &name (if asked):"));
    m_sitting->setAccessibleName(tr("Test code"));
    m_candidate->setAccessibleName(tr("Your code"));
    m_name->setAccessibleName(tr("Your name"));
    m_start->setText(tr("Start the test"));
    m_verify->setText(tr("Verify a certificate"));
    m_staff->setText(tr("Staff"));
    m_staff->setAccessibleDescription(tr("For teachers, trainers and administrators: sign in with a password."));
}

void StartPage::setStaffAvailable(bool available)
{
    m_staff->setVisible(available);
}

void StartPage::setError(const QString &message, Field field)
{
    m_error->setText(message);
    if (message.isEmpty()) {
        return;
    }
    // The focus stays where the pupil corrects the mistake, the text selected to type again.
    QLineEdit *edit = field == Field::Sitting ? m_sitting
        : field == Field::Candidate           ? m_candidate
        : field == Field::Name                ? m_name
                                              : nullptr;
    if (edit) {
        edit->setFocus();
        edit->selectAll();
    } else {
        m_error->setFocus();
    }
}

void StartPage::clear()
{
    for (QLineEdit *e : {m_sitting, m_candidate, m_name}) {
        e->clear();
    }
    m_error->clear();
}

void StartPage::focusFirstField()
{
    m_sitting->setFocus();
}

void StartPage::setNotice(const QString &message)
{
    m_notice->setText(message);
}

void StartPage::setPracticeAvailable(bool available)
{
    m_practice->setVisible(available);
}

void StartPage::submit()
{
    if (m_sitting->text().trimmed().isEmpty()) {
        setError(tr("Please type the test code your teacher gave you."), Field::Sitting);
        return;
    }
    if (m_candidate->text().trimmed().isEmpty()) {
        setError(tr("Please type your own code too."), Field::Candidate);
        return;
    }
    setError({});
    Q_EMIT codesEntered(m_sitting->text().trimmed(), m_candidate->text().trimmed(), m_name->text().trimmed());
}

// ---------------------------------------------------------------------------------------------

InstructionsPage::InstructionsPage(QWidget *parent)
    : QWidget(parent)
{
    QVBoxLayout *layout = scrolledPage(this, QMargins(40, 24, 40, 24));
    m_title = wrapped(this);
    setFontRole(m_title, 1.4, true);
    m_text = wrapped(this, QStringLiteral("instructions"));
    m_text->setTextFormat(Qt::RichText);
    m_begin = new QPushButton(this);
    m_begin->setObjectName(QStringLiteral("begin"));
    m_begin->setDefault(true);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_begin, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_begin, &QPushButton::clicked, this, &InstructionsPage::begin);
    retranslate();
}

void InstructionsPage::focusBegin()
{
    m_begin->setFocus();
}

void InstructionsPage::setTest(int minItems, int maxItems, double limitSeconds, bool fullScreen)
{
    m_min = minItems, m_max = maxItems, m_limit = limitSeconds, m_fullScreen = fullScreen;
    retranslate();
}

void InstructionsPage::retranslate()
{
    m_title->setText(tr("Before you start"));
    QStringList points;
    points << (m_min == m_max ? tr("There are %n question(s).", nullptr, m_max)
                              : tr("There are about %1 to %2 questions: the test adapts to your answers, so it may "
                                   "stop earlier.")
                                    .arg(m_min)
                                    .arg(m_max));
    if (m_limit > 0) {
        points << tr("You have %n minute(s). The clock starts when you press <b>Begin</b>; the time left is shown at "
                     "the top right, and you are warned 5 minutes before the end.",
            nullptr, static_cast<int>(std::round(m_limit / 60.0)));
    }
    points << tr("Answer each question, then press <b>Confirm</b> (bottom right) and then <b>Yes, confirm</b>. Once "
                 "confirmed, an answer cannot be changed.");
    points << tr("With the keyboard: a letter or a number chooses an option, Tab moves to the next element, Enter "
                 "confirms. To put elements in order, choose one and press <b>Move up</b> or <b>Move down</b> (or "
                 "Alt and the arrows).");
    points << tr("The buttons at the very top change the display: <b>A−</b> and <b>A+</b> (or Ctrl − and Ctrl +) "
                 "the text size, then high contrast and an easier-to-read font. <b>Read aloud</b>, at the bottom left "
                 "of each question, reads it to you.");
    if (m_fullScreen) {
        points << tr("The test fills the screen. If you leave it or switch to another window, it is noted for your "
                     "teacher.");
    }
    points << tr("If the computer stops, nothing is lost: start AICET again and type the same codes to continue where "
                 "you were.");
    QString html = QStringLiteral("<ul>");
    for (const QString &p : points) {
        html += QStringLiteral("<li style=\"margin-bottom:8px\">%1</li>").arg(p);
    }
    html += QStringLiteral("</ul>");
    m_text->setText(html);
    m_begin->setText(tr("Begin"));
}

// ---------------------------------------------------------------------------------------------

QuestionPage::QuestionPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 16, 32, 16);
    auto *top = new QHBoxLayout;
    m_progress = wrapped(this, QStringLiteral("progress"));
    setFontRole(m_progress, 1.1);
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("timer"));
    top->addWidget(m_progress, 1);
    top->addWidget(m_timer);
    layout->addLayout(top);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("question-scroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the question wraps instead
    auto *content = new QWidget(m_scroll);
    auto *contentLayout = new QVBoxLayout(content);
    m_stem = wrapped(content, QStringLiteral("stem"));
    setFontRole(m_stem, 1.2, true);
    m_image = new QLabel(content);
    m_image->setObjectName(QStringLiteral("image"));
    m_image->setAlignment(Qt::AlignCenter);
    contentLayout->addWidget(m_stem);
    contentLayout->addWidget(m_image);
    m_answerLayout = new QVBoxLayout;
    contentLayout->addLayout(m_answerLayout);
    contentLayout->addStretch();
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);

    // While the teacher has paused the test, the question is hidden (the clock is stopped: no
    // one gains thinking time) and this says why, big enough to be seen from the back of the room.
    m_pausedBanner = new QFrame(this);
    m_pausedBanner->setObjectName(QStringLiteral("paused"));
    m_pausedBanner->setFrameShape(QFrame::StyledPanel);
    auto *pausedLayout = new QVBoxLayout(m_pausedBanner);
    m_pausedTitle = wrapped(m_pausedBanner, QStringLiteral("paused-title"));
    setFontRole(m_pausedTitle, 1.6, true);
    m_pausedTitle->setAlignment(Qt::AlignCenter);
    m_pausedText = wrapped(m_pausedBanner, QStringLiteral("paused-text"));
    setFontRole(m_pausedText, 1.2, false);
    m_pausedText->setAlignment(Qt::AlignCenter);
    pausedLayout->addStretch();
    pausedLayout->addWidget(m_pausedTitle);
    pausedLayout->addWidget(m_pausedText);
    pausedLayout->addStretch();
    layout->addWidget(m_pausedBanner, 1);
    m_pausedBanner->hide();

    m_notice = wrapped(this, QStringLiteral("notice"));
    m_error = wrapped(this, QStringLiteral("error"));
    layout->addWidget(m_notice);
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_readAloud = new QPushButton(this);
    m_readAloud->setObjectName(QStringLiteral("read-aloud"));
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    buttons->addWidget(m_readAloud);
    buttons->addStretch();
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);

    m_confirmBar = new QFrame(this);
    m_confirmBar->setFrameShape(QFrame::StyledPanel);
    auto *bar = new QHBoxLayout(m_confirmBar);
    m_confirmText = wrapped(m_confirmBar);
    m_yes = new QPushButton(m_confirmBar);
    m_no = new QPushButton(m_confirmBar);
    m_yes->setObjectName(QStringLiteral("confirm-yes"));
    m_no->setObjectName(QStringLiteral("confirm-no"));
    bar->addWidget(m_confirmText, 1);
    bar->addWidget(m_no);
    bar->addWidget(m_yes);
    layout->addWidget(m_confirmBar);
    m_confirmBar->hide();

    m_enableYes = new QTimer(this);
    m_enableYes->setSingleShot(true);
    connect(m_enableYes, &QTimer::timeout, this, [this] {
        m_yes->setEnabled(true);
        m_yes->setFocus();
    });
    connect(m_confirm, &QPushButton::clicked, this, &QuestionPage::askConfirmation);
    connect(m_no, &QPushButton::clicked, this, &QuestionPage::cancelConfirmation);
    connect(m_yes, &QPushButton::clicked, this, [this] {
        if (m_answer && m_yes->isEnabled()) {
            m_confirmBar->hide();
            Q_EMIT answerConfirmed(m_answer->response());
        }
    });
    connect(m_readAloud, &QPushButton::clicked, this, [this] { Q_EMIT readAloudRequested(spokenText()); });
    retranslate();
}

void QuestionPage::retranslate()
{
    if (m_position > 0) {
        m_progress->setText(m_min == m_max ? tr("Question %1 of %2").arg(m_position).arg(m_max)
                                           : tr("Question %1 of about %2–%3").arg(m_position).arg(m_min).arg(m_max));
    }
    m_readAloud->setText(tr("Read aloud"));
    m_readAloud->setAccessibleDescription(tr("Reads the question and the answers aloud."));
    m_confirm->setText(tr("Confirm"));
    m_confirm->setAccessibleDescription(tr("Confirms your answer. You will be asked once more."));
    m_confirmText->setText(tr("Confirm this answer? You cannot change it afterwards."));
    m_yes->setText(tr("Yes, confirm"));
    m_no->setText(tr("No, go back"));
    m_pausedTitle->setText(tr("The test is paused"));
    m_pausedText->setText(tr("Your teacher has paused the test for a moment. The clock is stopped and your answers "
                             "are kept. Wait: your question comes back when the test goes on."));
    setRemaining(m_remaining);
}

void QuestionPage::showItem(const BankItem &item, const QString &bankRoot, int position, int minItems, int maxItems,
    const QString &language, std::uint64_t seed)
{
    m_position = position, m_min = minItems, m_max = maxItems;
    m_stem->setText(localized(item.content.stem, language));
    m_stem->setAccessibleName(localized(item.content.stem, language));
    if (const QString file = item.content.imageFileFor(language); !file.isEmpty()) {
        const QString alt = localized(item.content.imageAlt, language);
        // A drawing grows with the pupil's text size, as the words it holds must; a photograph
        // keeps its size. Either fits in 900 × 1200 pixels, whatever size the file declares.
        QImageReader reader(QDir(bankRoot).filePath(file));
        const QSize natural = reader.size();
        const QSize box(900, 1200);
        if (natural.isValid()) {
            const double scale
                = reader.format() == "svg" ? std::max(1.0, font().pointSizeF() / Preferences::kDefaultFont) : 1.0;
            const QSize wanted = (QSizeF(natural) * scale).toSize();
            reader.setScaledSize(wanted.width() > box.width() || wanted.height() > box.height()
                    ? natural.scaled(box, Qt::KeepAspectRatio)
                    : wanted);
        }
        const QPixmap picture = QPixmap::fromImage(reader.read());
        m_image->setPixmap(picture);
        if (picture.isNull()) {
            m_image->setText(alt);
        }
        m_image->setAccessibleName(alt);
        m_image->setToolTip(alt);
        m_image->show();
    } else {
        m_image->clear();
        m_image->hide();
    }
    m_answer = AnswerWidget::create(item, language, seed);
    m_answer->setEnabled(!m_paused);
    m_answer->setObjectName(QStringLiteral("answer"));
    m_answerLayout->addWidget(m_answer.get());
    connect(m_answer.get(), &AnswerWidget::changed, this, &QuestionPage::updateButtons);
    m_notice->clear();
    m_error->clear();
    cancelConfirmation();
    retranslate();
    updateButtons();
    m_answer->setFocus();
}

void QuestionPage::setRemaining(double seconds)
{
    m_remaining = seconds;
    if (seconds < 0) {
        m_timer->clear();
        return;
    }
    m_timer->setText(tr("Time left: %1").arg(clock(seconds)));
    m_timer->setAccessibleName(tr("Time left: %1 minutes").arg(static_cast<int>(std::ceil(seconds / 60.0))));
    setFontRole(m_timer, 1.1, seconds <= 300);
}

void QuestionPage::setNotice(const QString &message)
{
    m_notice->setText(message);
}

void QuestionPage::setPaused(bool paused)
{
    const bool changed = paused != m_paused;
    m_paused = paused;
    if (paused) {
        cancelConfirmation();
    } else if (changed) {
        m_notice->setText(tr("The test goes on."));
    }
    m_scroll->setVisible(!paused);
    m_pausedBanner->setVisible(paused);
    m_readAloud->setEnabled(!paused);
    if (m_answer) {
        m_answer->setEnabled(!paused);
    }
    updateButtons();
}

void QuestionPage::setError(const QString &message)
{
    m_error->setText(message);
    updateButtons();
}

QString QuestionPage::spokenText() const
{
    return m_stem->text() + QStringLiteral(". ") + (m_answer ? m_answer->spokenText() : QString());
}

void QuestionPage::askConfirmation()
{
    if (m_paused) {
        return;
    }
    if (!m_answer || !m_answer->isComplete()) {
        // Never silent: what is missing, in words.
        const QString missing = m_answer ? m_answer->missing() : QString();
        m_error->setText(missing.isEmpty() ? tr("Answer the question first.") : missing);
        return;
    }
    m_error->clear();
    m_confirmBar->show();
    m_confirm->setEnabled(false);
    m_yes->setEnabled(m_confirmDelay <= 0);
    if (m_confirmDelay > 0) {
        m_enableYes->start(m_confirmDelay);
    } else {
        m_yes->setFocus();
    }
}

void QuestionPage::cancelConfirmation()
{
    m_enableYes->stop();
    m_confirmBar->hide();
    updateButtons();
    if (m_answer) {
        m_answer->setFocus();
    }
}

void QuestionPage::updateButtons()
{
    // Confirm stays available: pressed too early, it says what is missing rather than nothing.
    m_confirm->setEnabled(!m_paused && m_answer && !m_confirmBar->isVisible());
    // A typing mistake (a letter in a number) is said as it happens.
    const QString problem = m_answer ? m_answer->problem() : QString();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
    } else if (m_error->property("aicetProblem").toBool()) {
        m_error->clear();
    }
    m_error->setProperty("aicetProblem", !problem.isEmpty());
}

void QuestionPage::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        if (m_confirmBar->isVisible()) {
            m_yes->click();
        } else if (!m_paused) {
            askConfirmation(); // confirms, or says what is missing
        }
        return;
    }
    if (event->key() == Qt::Key_Escape && m_confirmBar->isVisible()) {
        cancelConfirmation();
        return;
    }
    if (m_answer && event->modifiers() == Qt::NoModifier && !m_confirmBar->isVisible()
        && m_answer->handleShortcut(event->key())) {
        return;
    }
    QWidget::keyPressEvent(event);
}

// ---------------------------------------------------------------------------------------------

EndPage::EndPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    m_title = wrapped(this, QStringLiteral("end-title"));
    setFontRole(m_title, 1.4, true);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("end-scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body = wrapped(scroll, QStringLiteral("end-body"));
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    scroll->setWidget(m_body);
    m_done = new QPushButton(this);
    m_done->setObjectName(QStringLiteral("done"));
    layout->addWidget(m_title);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_done, 0, Qt::AlignLeft);
    connect(m_done, &QPushButton::clicked, this, &EndPage::done);
}

void EndPage::setContent(const QString &title, const QString &html)
{
    m_title->setText(title);
    m_body->setText(html);
    m_done->setText(tr("Back to the start"));
}

} // namespace aicet::gui
