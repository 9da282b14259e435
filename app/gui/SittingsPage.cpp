#include "SittingsPage.h"

#include "StaffWidgets.h"
#include "services/ClassLists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace aicet::gui {
namespace {

QString stateText(store::SittingState state)
{
    switch (state) {
    case store::SittingState::Open:
        return SittingsPage::tr("open");
    case store::SittingState::Closed:
        return SittingsPage::tr("closed");
    }
    return {};
}

} // namespace

SittingsPage::SittingsPage(const services::ServiceContext &context, const store::StaffRecord &account, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_account(account)
{
    setObjectName(QStringLiteral("sittings-page"));
    auto *layout = new QVBoxLayout(this);
    m_sittings = readOnlyTable(this, QStringLiteral("sittings"),
        {tr("Code"), tr("Title"), tr("State"), tr("Tests started / finished"), tr("Pupils may start")});
    // Each column as wide as its text; the title takes the room left.
    m_sittings->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sittings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_sittings, 1);
    auto *rowButtons = new QGridLayout;
    auto *followButton = new QPushButton(tr("Follow it live"), this);
    followButton->setObjectName(QStringLiteral("follow-sitting"));
    auto *close = new QPushButton(tr("Close the selected sitting"), this);
    close->setObjectName(QStringLiteral("close-sitting"));
    auto *reopenButton = new QPushButton(tr("Open it again"), this);
    reopenButton->setObjectName(QStringLiteral("reopen-sitting"));
    // Two a row: at the largest text the three side by side are wider than a 1024-pixel window.
    rowButtons->addWidget(followButton, 0, 0);
    rowButtons->addWidget(close, 0, 1);
    rowButtons->addWidget(reopenButton, 1, 0);
    rowButtons->setColumnStretch(2, 1);
    layout->addLayout(rowButtons);
    connect(close, &QPushButton::clicked, this, [this] { setSelectedOpen(false); });
    connect(reopenButton, &QPushButton::clicked, this, [this] { setSelectedOpen(true); });
    connect(followButton, &QPushButton::clicked, this, [this] {
        if (const QTableWidgetItem *selected = selectedSitting()) {
            Q_EMIT follow(selected->data(Qt::UserRole).toLongLong());
        }
    });

    auto *box = new QGroupBox(tr("New sitting for your classes"), this);
    auto *columns = new QVBoxLayout(box); // the classes below the form: large text fits
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_code = new QLineEdit(box);
    m_code->setObjectName(QStringLiteral("new-sitting-code"));
    m_code->setMaxLength(32);
    m_code->setPlaceholderText(tr("e.g. 5B-DEC"));
    m_title = new QLineEdit(box);
    m_title->setObjectName(QStringLiteral("new-sitting-title"));
    m_title->setMaxLength(120);
    auto *bankRow = new QHBoxLayout;
    m_bank = new QLineEdit(services::BankCatalog::bundledBankPath(), box);
    m_bank->setObjectName(QStringLiteral("new-sitting-bank"));
    auto *chooseBank = new QPushButton(tr("Choose…"), box);
    chooseBank->setObjectName(QStringLiteral("choose-bank"));
    bankRow->addWidget(m_bank, 1);
    bankRow->addWidget(chooseBank);
    connect(chooseBank, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("The question bank's folder"), m_bank->text());
        if (!folder.isEmpty()) {
            m_bank->setText(folder);
        }
    });
    m_minItems = new QSpinBox(box);
    m_minItems->setObjectName(QStringLiteral("new-sitting-min"));
    m_minItems->setRange(0, 200);
    m_minItems->setSpecialValueText(tr("the bank's"));
    m_maxItems = new QSpinBox(box);
    m_maxItems->setObjectName(QStringLiteral("new-sitting-max"));
    m_maxItems->setRange(0, 200);
    m_maxItems->setSpecialValueText(tr("the bank's"));
    m_timeLimit = new QSpinBox(box);
    m_timeLimit->setObjectName(QStringLiteral("new-sitting-time"));
    m_timeLimit->setRange(0, 600);
    m_timeLimit->setSuffix(tr(" min"));
    m_timeLimit->setSpecialValueText(tr("none"));
    // Pupils entitled to extra time (their class list says so) get these minutes more: a third of
    // the limit unless the teacher says otherwise.
    m_extraTime = new QSpinBox(box);
    m_extraTime->setObjectName(QStringLiteral("new-sitting-extra-time"));
    m_extraTime->setRange(0, 600);
    m_extraTime->setSuffix(tr(" min"));
    m_extraTime->setSpecialValueText(tr("none"));
    connect(m_timeLimit, &QSpinBox::valueChanged, this, [this](int limit) {
        if (!m_extraTimeEdited) {
            const QSignalBlocker blocker(m_extraTime);
            m_extraTime->setValue((limit + 2) / 3);
        }
    });
    connect(m_extraTime, &QSpinBox::valueChanged, this, [this] { m_extraTimeEdited = true; });
    m_language = new QComboBox(box);
    m_language->setObjectName(QStringLiteral("new-sitting-language"));
    m_language->addItem(tr("the pupil chooses"), QString());
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_showResults = new QCheckBox(tr("Show each pupil their result at the end"), box);
    m_showResults->setObjectName(QStringLiteral("new-sitting-results"));
    m_showResults->setChecked(true);
    // Choices with a short name and, below, what they do in words that wrap: the form stays as
    // narrow as the window at the largest text size.
    const auto explained = [box](QCheckBox *check, const QString &what) {
        auto *column = new QVBoxLayout;
        column->setSpacing(0);
        column->addWidget(check);
        auto *label = new QLabel(what, box);
        label->setWordWrap(true);
        label->setIndent(check->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 8);
        label->setBuddy(check);
        column->addWidget(label);
        return column;
    };
    m_examMode = new QCheckBox(tr("Exam mode"), box);
    m_examMode->setObjectName(QStringLiteral("new-sitting-exam-mode"));
    m_examMode->setChecked(true);
    // The bank's pilot questions (new questions being tried out, not scored), where its default
    // test places them: on unless the teacher takes them out.
    m_pilot = new QCheckBox(tr("Pilot questions"), box);
    m_pilot->setObjectName(QStringLiteral("new-sitting-pilot"));
    m_pilot->setChecked(true);
    m_pilot->setToolTip(tr("When the bank's test includes pilot questions, each pupil answers them too (they "
                           "do not count in the result). Untick to give only scored questions."));
    // When pupils may start: from a moment, until a moment (each optional).
    const auto when = [box](const QString &name, QCheckBox **check, QDateTimeEdit **edit, const QString &text,
                          const QDateTime &initial) {
        auto *row = new QHBoxLayout;
        *check = new QCheckBox(text, box);
        (*check)->setObjectName(name + QStringLiteral("-set"));
        *edit = new QDateTimeEdit(initial, box);
        (*edit)->setObjectName(name);
        (*edit)->setCalendarPopup(true);
        (*edit)->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
        (*edit)->setEnabled(false);
        connect(*check, &QCheckBox::toggled, *edit, &QWidget::setEnabled);
        row->addWidget(*check);
        row->addWidget(*edit);
        row->addStretch();
        return row;
    };
    const QDateTime hour = QDateTime::currentDateTime().addSecs(3600);
    const QDateTime nextHour(hour.date(), QTime(hour.time().hour(), 0));
    auto *opensRow = when(QStringLiteral("new-sitting-opens"), &m_opens, &m_opensAt, tr("from"), nextHour);
    auto *closesRow
        = when(QStringLiteral("new-sitting-closes"), &m_closes, &m_closesAt, tr("until"), nextHour.addSecs(3600));
    form->addRow(tr("Test code:"), m_code);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Bank:"), bankRow);
    form->addRow(tr("Questions, at least:"), m_minItems);
    form->addRow(tr("at most:"), m_maxItems);
    form->addRow(tr("Time limit:"), m_timeLimit);
    form->addRow(tr("Extra time for pupils entitled to it:"), m_extraTime);
    form->addRow(tr("Language:"), m_language);
    form->addRow(m_showResults);
    form->addRow(explained(m_examMode, tr("The test fills the screen and leaving it is noted.")));
    form->addRow(explained(
        m_pilot, tr("A few new questions, not scored, that help calibrate the bank (when its test includes them).")));
    form->addRow(tr("Pupils may start:"), opensRow);
    form->addRow(QString(), closesRow);
    columns->addLayout(form, 2);
    auto *classColumn = new QVBoxLayout;
    classColumn->addWidget(new QLabel(tr("Classes taking it:"), box));
    m_classes = new QListWidget(box);
    m_classes->setObjectName(QStringLiteral("new-sitting-classes"));
    classColumn->addWidget(m_classes, 1);
    auto *create = new QPushButton(tr("Create the sitting"), box);
    create->setObjectName(QStringLiteral("create-sitting"));
    classColumn->addWidget(create);
    columns->addLayout(classColumn, 1);
    layout->addWidget(box);
    connect(create, &QPushButton::clicked, this, &SittingsPage::createSitting);
    m_message = messageLabel(this, QStringLiteral("sittings-message"));
    layout->addWidget(m_message);
    refresh();
}

void SittingsPage::message(const QString &text)
{
    m_message->setText(text);
}

void SittingsPage::refresh()
{
    const auto all = services::Sittings(m_context).list(&m_account);
    if (!all) {
        message(all.error());
        return;
    }
    m_sittings->setRowCount(0);
    for (const services::SittingSummary &s : *all) {
        if (s.sitting.practice) {
            continue;
        }
        const int row = m_sittings->rowCount();
        m_sittings->insertRow(row);
        const auto at
            = [](qint64 ms) { return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat); };
        const QString window = s.sitting.opensAt > 0 && s.sitting.closesAt > 0
            ? tr("from %1 until %2").arg(at(s.sitting.opensAt), at(s.sitting.closesAt))
            : s.sitting.opensAt > 0  ? tr("from %1").arg(at(s.sitting.opensAt))
            : s.sitting.closesAt > 0 ? tr("until %1").arg(at(s.sitting.closesAt))
                                     : tr("any time");
        const QStringList cells{s.sitting.code, s.sitting.title, stateText(s.sitting.state),
            QStringLiteral("%1 / %2").arg(s.sessions).arg(s.finished), window};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, s.sitting.id);
            m_sittings->setItem(row, c, item);
        }
    }
    // The classes the account may give a sitting, each to tick.
    QString error;
    const auto classes = services::ClassLists(m_context).classes(m_account, &error);
    m_classes->clear();
    for (const store::ClassRecord &c : classes ? *classes : QList<store::ClassRecord>()) {
        auto *item = new QListWidgetItem(tr("%1 (%n pupil(s))", nullptr, c.pupils).arg(c.name), m_classes);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (!classes) {
        message(error);
    }
}

bool SittingsPage::createSitting()
{
    std::vector<qint64> classIds;
    for (int i = 0; i < m_classes->count(); ++i) {
        if (m_classes->item(i)->checkState() == Qt::Checked) {
            classIds.push_back(m_classes->item(i)->data(Qt::UserRole).toLongLong());
        }
    }
    services::SittingDraft draft;
    draft.code = m_code->text().trimmed();
    draft.title = m_title->text().trimmed();
    draft.bankPath = m_bank->text().trimmed();
    draft.language = m_language->currentData().toString();
    draft.showResults = m_showResults->isChecked();
    draft.settings.examMode = m_examMode->isChecked();
    if (!m_pilot->isChecked()) {
        draft.settings.pilotPositions = std::vector<int>();
    }
    draft.opensAt = m_opens->isChecked() ? m_opensAt->dateTime().toMSecsSinceEpoch() : 0;
    draft.closesAt = m_closes->isChecked() ? m_closesAt->dateTime().toMSecsSinceEpoch() : 0;
    if (m_minItems->value() > 0) {
        draft.settings.minItems = m_minItems->value();
    }
    if (m_maxItems->value() > 0) {
        draft.settings.maxItems = m_maxItems->value();
    }
    if (m_timeLimit->value() > 0) {
        draft.settings.timeLimitMinutes = m_timeLimit->value();
        draft.entitledExtraMinutes = m_extraTime->value();
    }
    const auto created = services::Sittings(m_context).createForClasses(draft, m_account, classIds);
    if (created.error != services::Sittings::CreateError::None) {
        message(created.diagnostics.isEmpty() ? created.message : created.diagnostics.join(QLatin1Char('\n')));
        return false;
    }
    message(created.message);
    m_code->clear();
    m_title->clear();
    refresh();
    return true;
}

const QTableWidgetItem *SittingsPage::selectedSitting()
{
    const auto rows = m_sittings->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        message(tr("Select a sitting in the table first."));
        return nullptr;
    }
    return m_sittings->item(rows.first().row(), 0);
}

void SittingsPage::setSelectedOpen(bool open)
{
    const QTableWidgetItem *selected = selectedSitting();
    if (!selected) {
        return;
    }
    const QString code = selected->text();
    QString error;
    services::Sittings sittings(m_context);
    if (!(open ? sittings.reopen(code, &error, &m_account) : sittings.close(code, &error, &m_account))) {
        message(error);
        return;
    }
    message(open ? tr("Sitting %1 open again: pupils may start it.").arg(code)
                 : tr("Sitting %1 closed: no new test can start (those under way go on).").arg(code));
    refresh();
}

} // namespace aicet::gui
