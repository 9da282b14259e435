#include "ConsolePage.h"

#include "DocumentText.h"
#include "StaffWidgets.h"
#include "Translations.h"
#include "services/Results.h"
#include "services/Sittings.h"

#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace aicet::gui {
namespace {

using services::PupilStatus;
using Action = services::Console::Action;

enum Column {
    PupilColumn,
    ClassColumn,
    StatusColumn,
    ProgressColumn,
    TimeColumn,
    ExtraColumn,
    FocusColumn,
    SilentColumn,
    IncidentColumn,
    ColumnCount
};

constexpr int kSortKey = Qt::UserRole + 2;

// A cell that sorts by its key when it has one (minutes, counts), else by its text.
class SortItem : public QTableWidgetItem
{
public:
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(kSortKey), b = other.data(kSortKey);
        if (a.isValid() && b.isValid()) {
            return a.toDouble() < b.toDouble();
        }
        return QString::localeAwareCompare(text(), other.text()) < 0;
    }
};

QString statusText(PupilStatus status)
{
    switch (status) {
    case PupilStatus::NotStarted:
        return ConsolePage::tr("not started");
    case PupilStatus::InProgress:
        return ConsolePage::tr("in progress");
    case PupilStatus::Paused:
        return ConsolePage::tr("paused");
    case PupilStatus::Finished:
        return ConsolePage::tr("finished");
    case PupilStatus::Incomplete:
        return ConsolePage::tr("incomplete");
    }
    return {};
}

// "12 min" above a minute, "40 s" below.
QString duration(double seconds)
{
    return seconds >= 60.0 ? ConsolePage::tr("%1 min").arg(std::floor(seconds / 60.0))
                           : ConsolePage::tr("%1 s").arg(std::floor(seconds));
}

QString minutesText(double minutes)
{
    return minutes > 0.0 ? ConsolePage::tr("+%1 min").arg(QLocale().toString(minutes, 'g', 4)) : QString();
}

} // namespace

ConsolePage::ConsolePage(const services::ServiceContext &context, const store::StaffRecord &account, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_account(account)
{
    setObjectName(QStringLiteral("console-page"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *sittingLabel = new QLabel(tr("Sitting:"), this);
    m_sittings = new QComboBox(this);
    m_sittings->setObjectName(QStringLiteral("console-sitting"));
    m_sittings->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sittings->setMinimumContentsLength(10);
    sittingLabel->setBuddy(m_sittings);
    top->addWidget(sittingLabel);
    top->addWidget(m_sittings, 1);
    auto *refreshNow = new QPushButton(tr("Refresh"), this);
    refreshNow->setObjectName(QStringLiteral("console-refresh"));
    top->addWidget(refreshNow);
    layout->addLayout(top);
    connect(m_sittings, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(refreshNow, &QPushButton::clicked, this, &ConsolePage::refresh);

    m_summary = messageLabel(this, QStringLiteral("console-summary"));
    layout->addWidget(m_summary);
    m_grid = readOnlyTable(this, QStringLiteral("console-grid"),
        {tr("Pupil"), tr("Class"), tr("Status"), tr("Progress"), tr("Time left"), tr("Extra"), tr("Left"), tr("Silent"),
            tr("Incidents")});
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Every column as wide as its text (names first), measured once per refresh (a header that
    // resizes to contents measures again at each cell written); the table scrolls sideways.
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_grid->horizontalHeader()->setStretchLastSection(true);
    // A long level name is cut (the cell's tip has it whole): the time columns stay in view.
    m_grid->horizontalHeader()->setMaximumSectionSize(m_grid->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30);
    m_grid->setTextElideMode(Qt::ElideMiddle);
    m_grid->horizontalHeader()->setSortIndicatorShown(true);
    m_grid->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the class, then names
    const QStringList headerTips{{}, {}, {},
        tr("The question the pupil is on, of how many the test asks (it adapts); the level once finished"),
        tr("Test time left, extra time included"), tr("Extra time granted to the pupil"),
        tr("Times the pupil left the test window"), tr("Time since the pupil's last answer"),
        tr("Incidents noted for the pupil")};
    for (int c = 0; c < headerTips.size(); ++c) {
        m_grid->horizontalHeaderItem(c)->setToolTip(headerTips[c]);
    }
    m_grid->setWordWrap(false);
    layout->addWidget(m_grid, 3);

    // What can be done to the selected pupils, with the values it needs.
    auto *box = new QGroupBox(tr("For the selected pupils"), this);
    m_actions = box;
    auto *boxLayout = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *extraRow = new QHBoxLayout;
    m_minutes = new QDoubleSpinBox(box);
    m_minutes->setObjectName(QStringLiteral("console-minutes"));
    m_minutes->setRange(0, 1440);
    m_minutes->setDecimals(0);
    m_minutes->setSuffix(tr(" min"));
    auto *extra = new QPushButton(tr("Set this extra time"), box);
    extra->setObjectName(QStringLiteral("console-set-extra"));
    extra->setToolTip(tr("Replaces the pupil's extra time (0 removes it); for a pupil who has not started, it is "
                         "granted when the test starts."));
    extraRow->addWidget(m_minutes);
    extraRow->addWidget(extra);
    extraRow->addStretch();
    form->addRow(tr("Minutes:"), extraRow);
    m_text = new QLineEdit(box);
    m_text->setObjectName(QStringLiteral("console-text"));
    m_text->setMaxLength(2000);
    m_text->setPlaceholderText(tr("required to reopen or stop a test, or for an incident of type \"other\""));
    form->addRow(tr("Reason or note:"), m_text);
    m_category = new QComboBox(box);
    m_category->setObjectName(QStringLiteral("console-category"));
    m_category->addItem(tr("technical problem"), int(services::StaffActions::Incident::Technical));
    m_category->addItem(tr("fraud suspected"), int(services::StaffActions::Incident::Fraud));
    m_category->addItem(tr("pupil unwell"), int(services::StaffActions::Incident::Unwell));
    m_category->addItem(tr("other"), int(services::StaffActions::Incident::Other));
    form->addRow(tr("Incident type:"), m_category);
    boxLayout->addLayout(form);
    // The whole sitting at once (e.g. a pause for a fire drill): every pupil selected.
    auto *all = new QPushButton(tr("Select every pupil"), box);
    all->setObjectName(QStringLiteral("console-select-all"));
    boxLayout->addWidget(all, 0, Qt::AlignLeft);
    connect(all, &QPushButton::clicked, m_grid, &QTableWidget::selectAll);
    // Rows of two buttons: they fit 1024 pixels at the largest text size.
    const struct
    {
        const char *name;
        QString text;
        Action action;
    } buttons[] = {
        {"console-pause", tr("Pause"), Action::Pause},
        {"console-resume", tr("Resume"), Action::Resume},
        {"console-allow-resume", tr("Allow another computer"), Action::AllowResume},
        {"console-reopen", tr("Reopen"), Action::Reopen},
        {"console-stop", tr("Stop the test"), Action::Stop},
        {"console-incident", tr("Note an incident"), Action::Incident},
    };
    QHBoxLayout *row = nullptr;
    int count = 0;
    for (const auto &b : buttons) {
        if (count++ % 2 == 0) {
            row = new QHBoxLayout;
            boxLayout->addLayout(row);
        }
        auto *button = new QPushButton(b.text, box);
        button->setObjectName(QLatin1String(b.name));
        row->addWidget(button);
        const Action action = b.action;
        connect(button, &QPushButton::clicked, this, [this, action] { act(action); });
    }
    row->addStretch();
    connect(extra, &QPushButton::clicked, this, &ConsolePage::setExtraTime);
    layout->addWidget(box);
    m_message = messageLabel(this, QStringLiteral("console-message"));
    layout->addWidget(m_message);

    layout->addWidget(new QLabel(tr("Actions and incidents of this sitting:"), this));
    m_log = readOnlyTable(this, QStringLiteral("console-log"), {tr("Time"), tr("Pupil"), tr("What"), tr("By")});
    m_log->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_log->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_log->setMinimumHeight(m_log->fontMetrics().height() * 6);
    layout->addWidget(m_log, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &ConsolePage::refresh);
    reloadSittings();
}

void ConsolePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadSittings();
    m_timer->start();
}

void ConsolePage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop(); // nothing read while nobody looks (another tab, the window locked)
}

void ConsolePage::message(const QString &text)
{
    m_message->setText(text);
}

qint64 ConsolePage::sittingId() const
{
    return m_sittings->currentData().toLongLong();
}

void ConsolePage::reloadSittings()
{
    const qint64 shown = sittingId();
    const auto all = services::Sittings(m_context).list(&m_account);
    if (!all) {
        message(all.error());
        return;
    }
    QList<services::SittingSummary> list;
    for (const services::SittingSummary &s : *all) {
        if (!s.sitting.practice) {
            list.append(s);
        }
    }
    // Open sittings first, the newest first in each.
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        if (a.sitting.state != b.sitting.state) {
            return a.sitting.state == store::SittingState::Open;
        }
        return a.sitting.createdAt > b.sitting.createdAt;
    });
    const QSignalBlocker blocker(m_sittings);
    m_sittings->clear();
    for (const services::SittingSummary &s : list) {
        const QString state = s.sitting.state == store::SittingState::Open ? tr("open") : tr("closed");
        m_sittings->addItem(tr("%1 – %2 (%3)").arg(s.sitting.code, s.sitting.title, state), s.sitting.id);
    }
    const int index = m_sittings->findData(shown);
    m_sittings->setCurrentIndex(index >= 0 ? index : 0);
    refresh();
}

void ConsolePage::showSitting(qint64 sittingId)
{
    reloadSittings();
    const int index = m_sittings->findData(sittingId);
    if (index >= 0) {
        m_sittings->setCurrentIndex(index);
    }
    refresh();
}

QList<qint64> ConsolePage::selectedCandidates() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedRows()) {
        ids.append(m_grid->item(index.row(), PupilColumn)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void ConsolePage::selectCodes(const QStringList &codes)
{
    m_grid->clearSelection();
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        if (codes.contains(m_grid->item(r, PupilColumn)->data(Qt::UserRole + 1).toString())) {
            m_grid->selectionModel()->select(
                m_grid->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

void ConsolePage::refresh()
{
    const qint64 id = sittingId();
    if (id <= 0) {
        m_view.reset();
        m_grid->setRowCount(0);
        m_log->setRowCount(0);
        m_logSitting = 0;
        m_actions->setEnabled(false);
        m_summary->setText(tr("No sitting yet: create one on the Sittings tab."));
        return;
    }
    QString error;
    auto view = services::Console(m_context).view(id, m_account, i18n::currentLanguage(), &error);
    if (!view) {
        // Nothing of the sitting shown before stays, nor can be acted on.
        m_view.reset();
        m_grid->setRowCount(0);
        m_log->setRowCount(0);
        m_logSitting = 0;
        m_actions->setEnabled(false);
        m_summary->setText(error);
        return;
    }
    m_view = std::move(view);
    const services::ConsoleView &v = *m_view;
    const QList<qint64> selected = selectedCandidates();
    const bool mayAct = services::Sittings::runBy(v.sitting, m_account);
    m_actions->setEnabled(mayAct);
    m_actions->setToolTip(
        mayAct ? QString() : tr("Only the teacher who created this sitting or an administrator acts on it."));

    int counts[5] = {};
    // Rows are rewritten in the service's order, then sorted again as the teacher chose (a click
    // on a column's header).
    m_grid->setSortingEnabled(false);
    m_grid->setUpdatesEnabled(false);
    m_grid->setRowCount(static_cast<int>(v.rows.size()));
    for (int r = 0; r < v.rows.size(); ++r) {
        const services::ConsoleRow &p = v.rows[r];
        ++counts[int(p.status)];
        QString progress;
        if (p.status == PupilStatus::InProgress || p.status == PupilStatus::Paused) {
            const int question = std::max(1, v.maxItems > 0 ? std::min(p.answers + 1, v.maxItems) : p.answers + 1);
            progress = v.maxItems == 0     ? tr("question %1").arg(question) // the bank cannot be read
                : v.minItems == v.maxItems ? tr("%1 of %2").arg(question).arg(v.maxItems)
                                           : tr("%1 of %2–%3").arg(question).arg(v.minItems).arg(v.maxItems);
        } else if (p.result) {
            progress = p.result->level.isEmpty() ? services::incompleteReason(*p.result)
                : p.result->levelAlternative.isEmpty()
                ? v.levelNames.value(p.result->level, p.result->level)
                : tr("%1 or %2")
                      .arg(v.levelNames.value(p.result->level, p.result->level),
                          v.levelNames.value(p.result->levelAlternative, p.result->levelAlternative));
        }
        const bool silent = p.silentSeconds >= kSilentSeconds;
        const QStringList cells{p.name.isEmpty() ? p.code : tr("%1 (%2)").arg(p.name, p.code), p.group,
            statusText(p.status), progress, p.remainingSeconds >= 0.0 ? duration(p.remainingSeconds) : QString(),
            minutesText(p.extraMinutes),
            p.status == PupilStatus::NotStarted ? QString() : QString::number(p.focusLosses),
            p.silentSeconds >= 0.0 ? duration(p.silentSeconds) : QString(),
            p.incidents > 0 ? QString::number(p.incidents) : QString()};
        // Numbers sort as numbers (a pupil not started, or with no limit, first in ascending order).
        const QList<QVariant> keys{{}, {}, int(p.status), p.status == PupilStatus::NotStarted ? -1 : p.answers,
            p.remainingSeconds, p.extraMinutes, p.focusLosses, p.silentSeconds, p.incidents};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = m_grid->item(r, c);
            if (!item) {
                item = new SortItem;
                m_grid->setItem(r, c, item);
            }
            item->setText(cells[c]);
            item->setData(kSortKey, keys[c]);
            // A long silence stands out in both themes: dark text on amber.
            item->setBackground(silent ? QBrush(QColor(0xff, 0xd5, 0x80)) : QBrush());
            item->setForeground(silent ? QBrush(Qt::black) : QBrush());
            item->setToolTip(silent ? tr("No answer for %1: go and see.").arg(duration(p.silentSeconds)) : cells[c]);
        }
        m_grid->item(r, PupilColumn)->setData(Qt::UserRole, p.candidateId);
        m_grid->item(r, PupilColumn)->setData(Qt::UserRole + 1, p.code);
    }
    m_grid->setSortingEnabled(true);
    m_grid->resizeColumnsToContents();
    m_grid->setUpdatesEnabled(true);
    // One class: its name is in every row, the column only takes room.
    QSet<QString> groups;
    for (const services::ConsoleRow &p : v.rows) {
        groups.insert(p.group);
    }
    m_grid->setColumnHidden(ClassColumn, groups.size() <= 1);
    // The same pupils stay selected whatever moved.
    m_grid->clearSelection();
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        if (selected.contains(m_grid->item(r, PupilColumn)->data(Qt::UserRole).toLongLong())) {
            m_grid->selectionModel()->select(
                m_grid->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    m_summary->setText(tr("%n pupil(s): ", nullptr, static_cast<int>(v.rows.size()))
        + tr("%1 not started, %2 in progress, %3 paused, %4 finished, %5 incomplete. Updated at %6.")
              .arg(counts[int(PupilStatus::NotStarted)])
              .arg(counts[int(PupilStatus::InProgress)])
              .arg(counts[int(PupilStatus::Paused)])
              .arg(counts[int(PupilStatus::Finished)])
              .arg(counts[int(PupilStatus::Incomplete)])
              .arg(QDateTime::fromMSecsSinceEpoch(v.at).toString(QStringLiteral("HH:mm:ss"))));

    // The log only grows: written again when it has new entries (or is another sitting's).
    const QPair<qint64, qsizetype> logKey{v.notes.isEmpty() ? 0 : v.notes.first().eventId, v.notes.size()};
    if (logKey == m_logKey && v.sitting.id == m_logSitting) {
        return;
    }
    m_logKey = logKey;
    m_logSitting = v.sitting.id;
    m_log->setUpdatesEnabled(false);
    m_log->setRowCount(static_cast<int>(v.notes.size()));
    for (int r = 0; r < v.notes.size(); ++r) {
        const services::ConsoleNote &n = v.notes[r];
        const QStringList cells{QDateTime::fromMSecsSinceEpoch(n.at).toString(QStringLiteral("HH:mm:ss")),
            n.name.isEmpty() ? n.code : tr("%1 (%2)").arg(n.name, n.code),
            reports::staffNoteText(QString(store::name(n.kind)), n.payload, i18n::currentLanguage()), n.by};
        for (int c = 0; c < cells.size(); ++c) {
            m_log->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
    }
    for (const int c : {0, 1, 3}) {
        m_log->resizeColumnToContents(c);
    }
    m_log->setUpdatesEnabled(true);
}

int ConsolePage::act(Action action, bool confirmed)
{
    const QList<qint64> ids = selectedCandidates();
    if (ids.isEmpty() || !m_view) {
        message(tr("Select one or more pupils in the table first."));
        return 0;
    }
    if (action == Action::Stop && !confirmed
        && QMessageBox::question(this, tr("Stop the test"),
               tr("Stop the test of %n pupil(s)? Their confirmed answers are scored; a test can be reopened later.",
                   nullptr, static_cast<int>(ids.size())))
            != QMessageBox::Yes) {
        return 0;
    }
    services::Console console(m_context);
    QStringList messages;
    int done = 0;
    for (const qint64 id : ids) {
        const auto result = console.act(m_view->sitting.id, id, action, m_account, m_text->text(), m_minutes->value(),
            static_cast<services::StaffActions::Incident>(m_category->currentData().toInt()));
        done += result.outcome == services::StaffActions::Outcome::Done ? 1 : 0;
        messages.append(result.message);
    }
    message(messages.join(QLatin1Char('\n')));
    if (done > 0 && (action == Action::Incident || action == Action::Stop || action == Action::Reopen)) {
        m_text->clear();
    }
    refresh();
    return done;
}

int ConsolePage::setExtraTime()
{
    QStringList codes;
    for (const QModelIndex &index : m_grid->selectionModel()->selectedRows()) {
        codes.append(m_grid->item(index.row(), PupilColumn)->data(Qt::UserRole + 1).toString());
    }
    if (codes.isEmpty() || !m_view) {
        message(tr("Select one or more pupils in the table first."));
        return 0;
    }
    services::Console console(m_context);
    QStringList messages;
    int done = 0;
    for (const QString &code : codes) {
        const auto result = console.setExtraTime(m_view->sitting.id, code, m_minutes->value(), m_account);
        done += result.outcome == services::StaffActions::Outcome::Done ? 1 : 0;
        messages.append(result.message);
    }
    message(messages.join(QLatin1Char('\n')));
    refresh();
    return done;
}

} // namespace aicet::gui
