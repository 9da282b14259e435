#pragma once

#include "Preferences.h"
#include "services/Clock.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QStackedWidget;
class QTimer;
class QTextToSpeech;
class QAction;

namespace aicet {
struct ItemResponse;
namespace store {
class Store;
}
namespace services {
class Services;
class PupilSession;
} // namespace services
} // namespace aicet

namespace aicet::gui {

class StartPage;
class InstructionsPage;
class QuestionPage;
class EndPage;

/// The pupil's window: start, instructions, one question at a time, the end. Owns the database
/// connection and the pupil's session (services::PupilSession), which decides everything; the
/// window shows it, and every second takes in what the staff did (a pause, more time, an end).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        QString database; ///< empty: the default SQLite file
        QString practiceBank; ///< empty: the bundled AICET bank
        const services::Clock *clock = nullptr; ///< not owned; nullptr: the system clock
        bool examFullScreen = true; ///< fill the screen during real (non-practice) sittings
        bool pupilOnly = false; ///< no door to the staff's side on this computer
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Empty when the database opened; otherwise what is wrong (the window shows it too).
    QString startupError() const { return m_startupError; }
    /// "start", "instructions", "question" or "end".
    QString currentPage() const;
    services::PupilSession *session() const { return m_session.get(); }
    /// The staff's window, while a staff member is signed in (nullptr otherwise).
    QMainWindow *staffWindow() const;
    /// Opens the staff sign-in (or the first administrator's creation) and then their window.
    void openStaff();
    QuestionPage *questionPage() const { return m_question; }

    // Test hooks.
    void setConfirmDelay(int ms);
    void setQuitConfirmation(std::function<bool()> ask) { m_askQuit = std::move(ask); }

public Q_SLOTS:
    void setLanguage(const QString &language);
    void startPractice();
    void startWithCodes(const QString &sitting, const QString &candidate, const QString &name);
    void onApplicationStateChanged(Qt::ApplicationState state);
    void changeFontSize(int delta);
    void setHighContrast(bool on);
    void setDyslexiaFont(bool on);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void begin(const QString &sitting, const QString &candidate, const QString &name);
    /// Shows a session that has just started or resumed.
    void present(std::unique_ptr<services::PupilSession> session);
    void showQuestion();
    void confirmAnswer(const ItemResponse &response);
    void showEnd();
    QString endTitle() const;
    /// The end page's text: the level and what it means, or why there is none, and the review of
    /// the missed questions.
    QString endPage() const;
    QString missedQuestions() const;
    void tick();
    void readAloud(const QString &text);
    void retranslate();
    void applyPreferences();
    void backToStart();
    void showPaused(bool paused);
    QString itemLanguage() const;
    bool testRunning() const;

    Options m_options;
    Preferences m_prefs;
    std::unique_ptr<services::Clock> m_ownClock;
    std::unique_ptr<services::Services> m_services;
    std::unique_ptr<services::PupilSession> m_session;
    QPointer<QMainWindow> m_staffWindow; // deleted when closed (signing out)
    QString m_startupError;
    QString m_resumeKey; ///< where this computer keeps the running test's resume token
    QStackedWidget *m_stack = nullptr;
    StartPage *m_start = nullptr;
    InstructionsPage *m_instructions = nullptr;
    QuestionPage *m_question = nullptr;
    EndPage *m_end = nullptr;
    QTimer *m_tick = nullptr;
    QTextToSpeech *m_speech = nullptr;
    QAction *m_smaller = nullptr, *m_bigger = nullptr, *m_contrast = nullptr, *m_dyslexia = nullptr,
            *m_language = nullptr;
    std::function<bool()> m_askQuit;
    bool m_warned = false;
    bool m_examMode = false;
};

} // namespace aicet::gui
