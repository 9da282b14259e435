#pragma once

#include "services/Console.h"

#include <QPair>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace aicet::gui {

/// The live console of a sitting: every pupil (not started, in progress with the question reached
/// and the time left, paused, finished, incomplete), how often they left the window, how long they
/// have been silent (several minutes stands out), their incidents; read again every 2 s from the
/// shared database, so pupils on other computers show too. Actions on the selected pupils: extra
/// time (a new value replaces the old), pause, resume, continue on another computer, reopen, stop,
/// note an incident; the sitting's log of actions and incidents below.
class ConsolePage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 2000;
    /// A pupil under way with no activity for this long stands out.
    static constexpr double kSilentSeconds = 180.0;

    ConsolePage(const services::ServiceContext &context, const store::StaffRecord &account, QWidget *parent = nullptr);

    /// Lists the sittings the account sees again (open ones first), keeping the one shown.
    void reloadSittings();
    /// Shows this sitting (one of the list).
    void showSitting(qint64 sittingId);
    qint64 sittingId() const;
    /// Reads the sitting's state again and updates the grid and the log, keeping the selection.
    void refresh();

    /// Selects the pupils with these codes (tests, and after a refresh).
    void selectCodes(const QStringList &codes);
    /// Applies an action to the selected pupils with the values of the panel; `confirmed` skips
    /// the question asked before stopping tests. Returns how many pupils it was done for.
    int act(services::Console::Action action, bool confirmed = false);
    /// Sets the extra time in the panel for the selected pupils.
    int setExtraTime();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QList<qint64> selectedCandidates() const;
    void message(const QString &text);

    const services::ServiceContext &m_context;
    store::StaffRecord m_account;
    std::optional<services::ConsoleView> m_view;
    QTimer *m_timer = nullptr;
    QComboBox *m_sittings = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_grid = nullptr;
    QWidget *m_actions = nullptr;
    QDoubleSpinBox *m_minutes = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_category = nullptr;
    QTableWidget *m_log = nullptr;
    QPair<qint64, qsizetype> m_logKey; ///< the log shown: its newest event and its length
    qint64 m_logSitting = 0;
    QLabel *m_message = nullptr;
};

} // namespace aicet::gui
