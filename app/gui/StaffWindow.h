#pragma once

#include "services/StaffAccounts.h"

#include <QDialog>
#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace aicet::gui {

/// The door to the staff's side: signs a staff member in by name and password, or, on a database
/// that has no account yet, creates its first administrator. The pupil's window opens it; a
/// computer set to pupil-only never shows it.
class StaffSignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StaffSignInDialog(const services::ServiceContext &context, QWidget *parent = nullptr);
    /// The account signed in (or created), once accepted.
    const store::StaffRecord &account() const { return m_account; }
    bool creatingAdministrator() const { return m_first; }
    /// What the administrator must know after the first start (where the issuer's key is).
    QString notice() const { return m_notice; }
    /// Signs in (or creates the administrator) with what the fields hold; false shows why.
    bool submit();
    QString message() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    const services::ServiceContext &m_context;
    bool m_first = false;
    bool m_refused = false; // no account, but tests: the administrator is created at a terminal
    QString m_notice;
    store::StaffRecord m_account;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_message = nullptr;
};

/// The staff's workspace, for one signed-in account: its accounts page (an administrator's:
/// every account, adding, disabling and enabling, setting a password; anyone's: their own
/// password). After kIdleMinutes without a key or a click it locks: the password is asked again
/// before anything shows.
class StaffWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int kIdleMinutes = 10;

    StaffWindow(const services::ServiceContext &context, const store::StaffRecord &account, QWidget *parent = nullptr);
    ~StaffWindow() override;

    bool locked() const;
    /// Locks when the clock says the last activity is kIdleMinutes old (a timer calls it every
    /// few seconds; tests call it after moving their clock).
    void checkIdle();
    /// Locks now: the dialogs opened from the workspace are closed, the fields emptied, the
    /// password asked before anything shows again.
    void lock();
    /// Unlocks with the account's password; false shows why.
    bool unlock(const QString &password);
    /// Reloads the accounts table (administrators).
    void refreshAccounts();
    /// Shows a message under the tabs (e.g. the first start's notice about the issuer's key).
    void showNotice(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addAccount();
    void setSelectedDisabled(bool disabled);
    void changePassword(const QString &name);
    QString selectedName() const;
    void showMessage(const QString &text);

    const services::ServiceContext &m_context;
    store::StaffRecord m_account;
    qint64 m_lastActivityMs = 0;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_workspace = nullptr;
    QWidget *m_lock = nullptr;
    QLineEdit *m_unlockPassword = nullptr;
    QLabel *m_lockMessage = nullptr;
    QTableWidget *m_accounts = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace aicet::gui
