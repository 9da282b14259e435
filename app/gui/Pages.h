#pragma once

#include "bank/ItemBank.h"
#include "bank/Scoring.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class QFrame;
class QTimer;

namespace aicet::gui {

class AnswerWidget;

/// First screen: the language, the practice test, or a test code.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    void retranslate();
    /// The field a message is about: the focus goes there, its text selected.
    enum class Field : unsigned char { None, Sitting, Candidate, Name };
    void setError(const QString &message, Field field = Field::None);
    /// Empties the codes and the name (the next pupil never finds them).
    void clear();
    void focusFirstField();
    void setPracticeAvailable(bool available);
    void setNotice(const QString &message);
    /// A computer set to pupil-only shows no door to the staff's side.
    void setStaffAvailable(bool available);

Q_SIGNALS:
    void languageChosen(const QString &language);
    void practiceRequested();
    void codesEntered(const QString &sitting, const QString &candidate, const QString &name);
    void verifyRequested();
    void staffRequested();

private:
    void submit();
    QPushButton *m_verify = nullptr;
    QPushButton *m_staff = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_french = nullptr;
    QPushButton *m_english = nullptr;
    QPushButton *m_practice = nullptr;
    QLabel *m_codeTitle = nullptr;
    QLabel *m_sittingLabel = nullptr;
    QLabel *m_candidateLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_sitting = nullptr;
    QLineEdit *m_candidate = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_notice = nullptr;
};

/// What the test will be like, before it starts.
class InstructionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit InstructionsPage(QWidget *parent = nullptr);
    /// Items from minItems to maxItems; limit in seconds (0: none); fullScreen when in exam mode.
    void setTest(int minItems, int maxItems, double limitSeconds, bool fullScreen);
    void retranslate();
    void focusBegin();

Q_SIGNALS:
    void begin();

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_begin = nullptr;
    int m_min = 0, m_max = 0;
    double m_limit = 0;
    bool m_fullScreen = false;
};

/// One question: progress, timer, the stem and its image, the answer, the two-step confirmation.
class QuestionPage : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionPage(QWidget *parent = nullptr);
    void showItem(const BankItem &item, const QString &bankRoot, int position, int minItems, int maxItems,
        const QString &language, std::uint64_t seed);
    void setRemaining(double seconds);
    void setNotice(const QString &message);
    void setError(const QString &message);
    /// While the teacher has paused the test: the question stays visible, nothing can be
    /// confirmed, and a calm message says so.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void retranslate();
    /// Milliseconds before "Yes, confirm" accepts a click, so a double click cannot confirm.
    void setConfirmDelay(int ms) { m_confirmDelay = ms; }
    AnswerWidget *answerWidget() const { return m_answer.get(); }
    /// The question and its options, for reading aloud.
    QString spokenText() const;

Q_SIGNALS:
    void answerConfirmed(const aicet::ItemResponse &response);
    void readAloudRequested(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void askConfirmation();
    void cancelConfirmation();
    void updateButtons();

    QLabel *m_progress = nullptr;
    QLabel *m_timer = nullptr;
    QLabel *m_stem = nullptr;
    QLabel *m_image = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_answerLayout = nullptr;
    std::unique_ptr<AnswerWidget> m_answer;
    QPushButton *m_readAloud = nullptr;
    QPushButton *m_confirm = nullptr;
    QFrame *m_confirmBar = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_yes = nullptr;
    QPushButton *m_no = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_error = nullptr;
    QTimer *m_enableYes = nullptr;
    int m_confirmDelay = 600;
    int m_position = 0, m_min = 0, m_max = 0;
    QFrame *m_pausedBanner = nullptr;
    QLabel *m_pausedTitle = nullptr;
    QLabel *m_pausedText = nullptr;
    double m_remaining = -1;
    bool m_paused = false;
};

/// The end: results and explanations when the sitting shows them, otherwise thanks.
class EndPage : public QWidget
{
    Q_OBJECT

public:
    explicit EndPage(QWidget *parent = nullptr);
    /// `html` is the body prepared by the main window (results, explanations).
    void setContent(const QString &title, const QString &html);

Q_SIGNALS:
    void done();

private:
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace aicet::gui
