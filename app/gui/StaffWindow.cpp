#include "StaffWindow.h"

#include "BankPage.h"
#include "CalibrationPage.h"
#include "ClassesPage.h"
#include "ConsolePage.h"
#include "ResultsPage.h"
#include "SittingsPage.h"
#include "StaffWidgets.h"
#include "services/IssuerKey.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace aicet::gui {
namespace {

using services::StaffAccounts;

QString roleText(store::StaffRole role)
{
    switch (role) {
    case store::StaffRole::Teacher:
        return StaffWindow::tr("teacher");
    case store::StaffRole::Trainer:
        return StaffWindow::tr("trainer");
    case store::StaffRole::Administrator:
        return StaffWindow::tr("administrator");
    }
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------------

StaffSignInDialog::StaffSignInDialog(const services::ServiceContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("staff-sign-in"));
    QString error;
    m_first = StaffAccounts(context).needsFirstAdministrator(&error).value_or(false);
    // A database that already holds tests (one upgraded from a version without accounts) does not
    // let whoever clicks first become its administrator: that is done at a terminal.
    bool hasTests = false;
    if (m_first) {
        const auto sittings = context.store.sittings();
        hasTests = !sittings || std::any_of(sittings->begin(), sittings->end(), [](const store::SittingRecord &s) {
            return !s.practice;
        });
    }
    m_refused = m_first && hasTests;
    setWindowTitle(m_first ? tr("Create the administrator") : tr("Staff sign-in"));
    auto *layout = new QVBoxLayout(this);
    // Never smaller than its wrapped text needs, at any text size.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    auto *intro = messageLabel(this, QStringLiteral("staff-intro"));
    intro->setText(m_refused
            ? tr("This database already holds tests but has no staff account yet. For safety, its administrator is "
                 "created at a terminal on the computer that holds it: aicet-cli staff init --name NAME.")
            : m_first ? tr("This database has no staff account yet. Create its administrator: the person who "
                           "will add the teachers' and trainers' accounts. Choose a password of at least %1 "
                           "characters and keep it safe.")
                            .arg(StaffAccounts::kMinimumPasswordLength)
                      : tr("For teachers, trainers and administrators. Pupils do not need this."));
    layout->addWidget(intro);
    if (m_refused) {
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
        layout->addWidget(close);
        connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
        m_message = messageLabel(this, QStringLiteral("staff-message"));
        layout->addWidget(m_message);
        return;
    }
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("staff-name"));
    m_name->setMaxLength(80);
    m_password = passwordField(this, QStringLiteral("staff-password"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    if (m_first) {
        m_confirm = passwordField(this, QStringLiteral("staff-confirm"));
        form->addRow(tr("The same password &again:"), m_confirm);
    }
    layout->addLayout(form);
    m_message = messageLabel(this, QStringLiteral("staff-message"));
    m_message->setProperty("role", QStringLiteral("start-error"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *ok
        = buttons->addButton(m_first ? tr("Create the administrator") : tr("Sign in"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("staff-submit"));
    ok->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!error.isEmpty()) {
        m_message->setText(error);
    }
    m_name->setFocus();
}

bool StaffSignInDialog::submit()
{
    if (m_refused) {
        return false;
    }
    StaffAccounts accounts(m_context);
    StaffAccounts::Result r;
    if (m_first) {
        if (m_confirm->text() != m_password->text()) {
            m_message->setText(tr("The two passwords differ."));
            m_confirm->clear();
            m_confirm->setFocus();
            return false;
        }
        r = accounts.createFirstAdministrator(m_name->text(), m_password->text());
    } else {
        r = accounts.signIn(m_name->text(), m_password->text());
    }
    if (r.outcome != StaffAccounts::Outcome::Done) {
        m_message->setText(r.message);
        m_password->clear();
        if (m_confirm) {
            m_confirm->clear();
        }
        m_password->setFocus();
        return false;
    }
    m_account = r.account;
    if (m_first) {
        // The first start of a database: the issuer's key that signs its certificates is made now,
        // explicitly, and the administrator told where it is (never silently at a first issue).
        const QString keyPath = services::IssuerKey::defaultPath();
        QString why;
        if (QFileInfo::exists(keyPath)) {
            m_notice = tr("Certificates will be signed with the issuer's key already in %1.").arg(keyPath);
        } else if (const auto key = services::IssuerKey::create(keyPath, &why)) {
            m_notice = tr("The issuer's key, which signs the certificates, was created in %1 (key %2). Keep a copy of "
                          "it in a safe place: without it, no certificate can be signed; with it, anyone could sign "
                          "one.")
                           .arg(keyPath, key->keyId());
        } else {
            m_notice = tr("The issuer's key could not be created (%1): certificates cannot be signed until it is "
                          "(aicet-cli certificate create-key).")
                           .arg(why);
        }
    }
    m_password->clear();
    if (m_confirm) {
        m_confirm->clear();
    }
    return true;
}

void StaffSignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToText(this);
}

QString StaffSignInDialog::message() const
{
    return m_message->text();
}

// ---------------------------------------------------------------------------------------------

StaffWindow::StaffWindow(const services::ServiceContext &context, const store::StaffRecord &account, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_account(account)
    , m_lastActivityMs(context.clock.nowMs())
{
    setObjectName(QStringLiteral("staff-window"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("AICET – staff: %1").arg(account.name));
    // In a scroll area: at the largest text sizes on a small screen the workspace scrolls rather
    // than leaving its buttons off the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack = new QStackedWidget(scroll);
    scroll->setWidget(m_stack);
    setCentralWidget(scroll);

    // The workspace.
    m_workspace = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(m_workspace);
    auto *header = new QHBoxLayout;
    auto *who = messageLabel(m_workspace, QStringLiteral("signed-in-as"));
    who->setText(tr("Signed in as %1 (%2).").arg(account.name, roleText(account.role)));
    header->addWidget(who, 1);
    auto *signOut = new QPushButton(tr("Sign out"), m_workspace);
    signOut->setObjectName(QStringLiteral("sign-out"));
    header->addWidget(signOut);
    layout->addLayout(header);
    connect(signOut, &QPushButton::clicked, this, &QWidget::close);

    // The pages: classes, then accounts.
    auto *tabs = new QTabWidget(m_workspace);
    tabs->setObjectName(QStringLiteral("staff-tabs"));
    layout->addWidget(tabs, 1);
    // Each page scrolls on its own when the window is smaller than it.
    tabs->addTab(scrolling(new ClassesPage(context, account)), tr("Classes"));
    auto *sittings = new SittingsPage(context, account);
    auto *sittingsTab = scrolling(sittings);
    tabs->addTab(sittingsTab, tr("Sittings"));
    auto *console = new ConsolePage(context, account);
    auto *consoleTab = scrolling(console);
    tabs->addTab(consoleTab, tr("Live"));
    connect(sittings, &SittingsPage::follow, this, [tabs, console, consoleTab](qint64 id) {
        tabs->setCurrentWidget(consoleTab);
        console->showSitting(id);
    });
    auto *results = new ResultsPage(context, account);
    auto *resultsTab = scrolling(results);
    tabs->addTab(resultsTab, tr("Results"));
    // Sittings created or tests finished meanwhile: read again when the tab is shown.
    connect(tabs, &QTabWidget::currentChanged, this, [tabs, results, resultsTab] {
        if (tabs->currentWidget() == resultsTab) {
            results->reloadSittings();
        }
    });
    // The classes may have changed on their tab: the sittings' form lists them again.
    connect(tabs, &QTabWidget::currentChanged, this, [tabs, sittings, sittingsTab] {
        if (tabs->currentWidget() == sittingsTab) {
            sittings->refresh();
        }
    });
    // Trainers (and administrators) work on question banks: the bundled one opens first.
    if (account.role != store::StaffRole::Teacher) {
        auto *bank = new BankPage;
        bank->setServices(&m_context);
        tabs->addTab(scrolling(bank), tr("Question banks"));
        // Calibration works on the bank open there, and a release written is read there again.
        auto *calibration = new CalibrationPage(m_context, account);
        auto *calibrationTab = scrolling(calibration);
        tabs->addTab(calibrationTab, tr("Calibration"));
        connect(bank, &BankPage::reloaded, calibration, [bank, calibration] {
            const BankLoadResult *loaded = bank->loaded();
            calibration->setBank(loaded && loaded->usable() ? &loaded->bank : nullptr);
        });
        connect(calibration, &CalibrationPage::released, bank, &BankPage::reload);
        connect(calibration, &CalibrationPage::finished, bank,
            [bank, calibration] { bank->setCalibrationRemarks(calibration->remarks()); });
        connect(tabs, &QTabWidget::currentChanged, this, [tabs, calibration, calibrationTab] {
            if (tabs->currentWidget() == calibrationTab) {
                calibration->refresh();
            }
        });
        bank->openBank(services::BankCatalog::bundledBankPath());
    }
    auto *accountsPage = new QWidget(tabs);
    auto *accountsLayout = new QVBoxLayout(accountsPage);
    const bool admin = account.role == store::StaffRole::Administrator;
    if (admin) {
        m_accounts = readOnlyTable(accountsPage, QStringLiteral("accounts"), {tr("Name"), tr("Role"), tr("State")});
        accountsLayout->addWidget(m_accounts, 1);
        auto *rowActions = new QHBoxLayout;
        auto *disable = new QPushButton(tr("Disable the selected account"), accountsPage);
        disable->setObjectName(QStringLiteral("disable-account"));
        auto *enable = new QPushButton(tr("Enable it again"), accountsPage);
        enable->setObjectName(QStringLiteral("enable-account"));
        rowActions->addWidget(disable);
        rowActions->addWidget(enable);
        rowActions->addStretch();
        accountsLayout->addLayout(rowActions);
        connect(disable, &QPushButton::clicked, this, [this] { setSelectedDisabled(true); });
        connect(enable, &QPushButton::clicked, this, [this] { setSelectedDisabled(false); });
    }
    auto *forms = new QVBoxLayout; // one above the other: large text still fits a small screen
    if (admin) {
        auto *add = new QGroupBox(tr("New account"), accountsPage);
        auto *addForm = new QFormLayout(add);
        addForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
        auto *name = new QLineEdit(add);
        name->setObjectName(QStringLiteral("new-account-name"));
        name->setMaxLength(80);
        auto *role = new QComboBox(add);
        role->setObjectName(QStringLiteral("new-account-role"));
        for (const store::StaffRole r :
            {store::StaffRole::Teacher, store::StaffRole::Trainer, store::StaffRole::Administrator}) {
            role->addItem(roleText(r), store::staffRoleName(r));
        }
        addForm->addRow(tr("Name:"), name);
        addForm->addRow(tr("Role:"), role);
        addForm->addRow(tr("Password:"), passwordField(add, QStringLiteral("new-account-password")));
        addForm->addRow(tr("The same password again:"), passwordField(add, QStringLiteral("new-account-confirm")));
        auto *addButton = new QPushButton(tr("Add the account"), add);
        addButton->setObjectName(QStringLiteral("add-account"));
        addForm->addRow(addButton);
        forms->addWidget(add, 1);
        connect(addButton, &QPushButton::clicked, this, &StaffWindow::addAccount);
    }
    auto *password
        = new QGroupBox(admin ? tr("Password of the selected account (or yours)") : tr("Your password"), accountsPage);
    auto *passwordForm = new QFormLayout(password);
    passwordForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    passwordForm->addRow(admin ? tr("Your current password (when it is yours):") : tr("Current password:"),
        passwordField(password, QStringLiteral("current-password")));
    passwordForm->addRow(tr("New password:"), passwordField(password, QStringLiteral("new-password")));
    passwordForm->addRow(
        tr("The same password again:"), passwordField(password, QStringLiteral("new-password-confirm")));
    auto *change = new QPushButton(tr("Change the password"), password);
    change->setObjectName(QStringLiteral("change-password"));
    passwordForm->addRow(change);
    forms->addWidget(password, 1);
    accountsLayout->addLayout(forms);
    connect(change, &QPushButton::clicked, this, [this] {
        const QString name = selectedName();
        changePassword(name.isEmpty() ? m_account.name : name);
    });
    tabs->addTab(scrolling(accountsPage), admin ? tr("Staff accounts") : tr("Your account"));
    m_message = messageLabel(m_workspace, QStringLiteral("staff-window-message"));
    layout->addWidget(m_message);
    m_stack->addWidget(m_workspace);

    // The lock.
    m_lock = new QWidget(m_stack);
    auto *lockLayout = new QVBoxLayout(m_lock);
    lockLayout->addStretch();
    auto *lockText = messageLabel(m_lock, QStringLiteral("lock-text"));
    lockText->setText(tr("Locked after %1 minutes without activity. %2, type your password to go on.")
                          .arg(kIdleMinutes)
                          .arg(account.name));
    lockLayout->addWidget(lockText);
    m_unlockPassword = passwordField(m_lock, QStringLiteral("unlock-password"));
    lockLayout->addWidget(m_unlockPassword);
    auto *unlockButton = new QPushButton(tr("Unlock"), m_lock);
    unlockButton->setObjectName(QStringLiteral("unlock"));
    lockLayout->addWidget(unlockButton, 0, Qt::AlignLeft);
    m_lockMessage = messageLabel(m_lock, QStringLiteral("lock-message"));
    lockLayout->addWidget(m_lockMessage);
    lockLayout->addStretch();
    m_stack->addWidget(m_lock);
    const auto tryUnlock = [this] { unlock(m_unlockPassword->text()); };
    connect(unlockButton, &QPushButton::clicked, this, tryUnlock);
    connect(m_unlockPassword, &QLineEdit::returnPressed, this, tryUnlock);

    // Activity: any key or click in the application; checked against the clock every 5 s.
    qApp->installEventFilter(this);
    auto *idle = new QTimer(this);
    idle->setInterval(5000);
    connect(idle, &QTimer::timeout, this, &StaffWindow::checkIdle);
    idle->start();
    refreshAccounts();
    // As large as it is useful, within the screen.
    const QSize wanted(1000, 720);
    resize(screen() ? wanted.boundedTo(screen()->availableGeometry().size() - QSize(0, 40)) : wanted);
}

StaffWindow::~StaffWindow()
{
    qApp->removeEventFilter(this);
}

bool StaffWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
        // Only what is done in this window or its dialogs: a pupil working in the pupil's window
        // keeps nothing of the staff's side open.
        if (auto *widget = qobject_cast<QWidget *>(watched); !locked() && widget
            && (widget->window() == this || isAncestorOf(widget) || widget->window()->parent() == this
                || isAncestorOf(widget->window()->parentWidget()))) {
            m_lastActivityMs = m_context.clock.nowMs();
        }
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

bool StaffWindow::locked() const
{
    return m_stack->currentWidget() == m_lock;
}

void StaffWindow::checkIdle()
{
    if (!locked() && m_context.clock.nowMs() - m_lastActivityMs >= qint64(kIdleMinutes) * 60 * 1000) {
        lock();
    }
}

void StaffWindow::lock()
{
    // Every dialog opened from the workspace (a preview, a file dialog) goes, and nothing of the
    // workspace stays readable, nor typed half-way.
    for (QDialog *dialog : findChildren<QDialog *>()) {
        dialog->reject();
    }
    for (QLineEdit *e : m_workspace->findChildren<QLineEdit *>()) {
        e->clear();
    }
    m_lockMessage->clear();
    m_stack->setCurrentWidget(m_lock);
    m_unlockPassword->setFocus();
}

bool StaffWindow::unlock(const QString &password)
{
    const auto r = StaffAccounts(m_context).signIn(m_account.name, password);
    m_unlockPassword->clear();
    if (r.outcome != StaffAccounts::Outcome::Done) {
        m_lockMessage->setText(r.message);
        return false;
    }
    m_lastActivityMs = m_context.clock.nowMs();
    m_stack->setCurrentWidget(m_workspace);
    return true;
}

void StaffWindow::refreshAccounts()
{
    if (!m_accounts) {
        return;
    }
    const auto all = m_context.store.staffMembers();
    if (!all) {
        showMessage(all.error());
        return;
    }
    const QString selected = selectedName();
    m_accounts->setRowCount(0);
    const qint64 now = m_context.clock.nowMs();
    for (const store::StaffRecord &s : *all) {
        const int row = m_accounts->rowCount();
        m_accounts->insertRow(row);
        const QString state = s.disabled ? tr("disabled")
            : s.blockedUntil > now       ? tr("waiting after %n wrong password(s)", nullptr, s.failedAttempts)
                                         : tr("active");
        m_accounts->setItem(row, 0, new QTableWidgetItem(s.name));
        m_accounts->setItem(row, 1, new QTableWidgetItem(roleText(s.role)));
        m_accounts->setItem(row, 2, new QTableWidgetItem(state));
        if (s.name == selected) {
            m_accounts->selectRow(row);
        }
    }
}

QString StaffWindow::selectedName() const
{
    if (!m_accounts) {
        return {};
    }
    const auto rows = m_accounts->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_accounts->item(rows.first().row(), 0)->text();
}

void StaffWindow::showNotice(const QString &text)
{
    showMessage(text);
}

void StaffWindow::showMessage(const QString &text)
{
    m_message->setText(text);
}

void StaffWindow::addAccount()
{
    auto *name = findChild<QLineEdit *>(QStringLiteral("new-account-name"));
    auto *role = findChild<QComboBox *>(QStringLiteral("new-account-role"));
    auto *password = findChild<QLineEdit *>(QStringLiteral("new-account-password"));
    auto *confirm = findChild<QLineEdit *>(QStringLiteral("new-account-confirm"));
    if (password->text() != confirm->text()) {
        showMessage(tr("The two passwords differ."));
        confirm->clear();
        return;
    }
    const auto r = StaffAccounts(m_context).add(m_account, name->text(),
        store::staffRoleFromName(role->currentData().toString()).value_or(store::StaffRole::Teacher), password->text());
    password->clear();
    confirm->clear();
    showMessage(r.message);
    if (r.outcome == StaffAccounts::Outcome::Done) {
        name->clear();
        refreshAccounts();
    }
}

void StaffWindow::setSelectedDisabled(bool disabled)
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        showMessage(tr("Select an account in the table first."));
        return;
    }
    showMessage(StaffAccounts(m_context).setDisabled(m_account, name, disabled).message);
    refreshAccounts();
}

void StaffWindow::changePassword(const QString &name)
{
    auto *current = findChild<QLineEdit *>(QStringLiteral("current-password"));
    auto *password = findChild<QLineEdit *>(QStringLiteral("new-password"));
    auto *confirm = findChild<QLineEdit *>(QStringLiteral("new-password-confirm"));
    const QString currentText = current ? current->text() : QString();
    const QString newText = password->text();
    const bool same = newText == confirm->text();
    for (QLineEdit *e : {current, password, confirm}) {
        if (e) {
            e->clear();
        }
    }
    if (!same) {
        showMessage(tr("The two passwords differ."));
        return;
    }
    // One's own password needs the current one; an administrator sets another's without it.
    const StaffAccounts::Result r = StaffAccounts(m_context).changePassword(m_account, name, currentText, newText);
    showMessage(r.message);
}

} // namespace aicet::gui
