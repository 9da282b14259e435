#include "CalibrationPage.h"

#include "StaffWidgets.h"
#include "Translations.h"
#include "bank/BankLoader.h"
#include "services/BankReleases.h"
#include "services/Sittings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace aicet::gui {
namespace {

// The table's columns.
enum Column : int { Accept, Item, Status, Model, Slope, Difficulty, Guessing, Answers, Operational, Remarks, Columns };

// A parameter change a trainer should look at: the slope or a difficulty moved by this much.
constexpr double kLargeChange = 0.5;

QString number(double x, int decimals = 2)
{
    return QLocale().toString(x, 'f', decimals);
}

QString statusText(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Draft:
        return CalibrationPage::tr("draft");
    case ItemStatus::Pilot:
        return CalibrationPage::tr("pilot");
    case ItemStatus::Operational:
        return CalibrationPage::tr("operational");
    case ItemStatus::Retired:
        return CalibrationPage::tr("retired");
    }
    return {};
}

QString difficulties(const irt::ItemParameters &p)
{
    if (irt::isDichotomous(p.model)) {
        return number(p.b);
    }
    QStringList steps;
    for (double b : p.steps) {
        steps << number(b, 1);
    }
    return steps.join(QStringLiteral(" ; "));
}

// The largest move of the slope or a difficulty between two parameter sets.
double largestChange(const irt::ItemParameters &before, const irt::ItemParameters &after)
{
    double change = std::fabs(after.a - before.a);
    if (irt::isDichotomous(after.model) && irt::isDichotomous(before.model)) {
        change = std::max(change, std::fabs(after.b - before.b));
    } else if (before.steps.size() == after.steps.size()) {
        for (std::size_t k = 0; k < after.steps.size(); ++k) {
            change = std::max(change, std::fabs(after.steps[k] - before.steps[k]));
        }
    } else {
        change = std::numeric_limits<double>::infinity();
    }
    return change;
}

QTableWidgetItem *cell(const QString &text, const QString &tip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QTableWidgetItem *tick(bool enabled, bool checked, const QString &tip)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(enabled ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable : Qt::ItemIsSelectable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(tip);
    return item;
}

} // namespace

CalibrationPage::CalibrationPage(
    const services::ServiceContext &context, const store::StaffRecord &account, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_account(account)
{
    setObjectName(QStringLiteral("calibration-page"));
    auto *layout = new QVBoxLayout(this);
    m_bankLabel = new QLabel(this);
    m_bankLabel->setObjectName(QStringLiteral("calibration-bank"));
    m_bankLabel->setWordWrap(true);
    layout->addWidget(m_bankLabel);

    // The sittings above the models: the page stays as narrow as a small window at large text.
    auto *top = new QVBoxLayout;
    layout->addLayout(top);
    // The responses: sittings on this content of the bank.
    auto *from = new QGroupBox(tr("Responses from the sittings"), this);
    auto *fromLayout = new QVBoxLayout(from);
    m_sittings = new QTreeWidget(from);
    m_sittings->setObjectName(QStringLiteral("calibration-sittings"));
    m_sittings->setHeaderLabels({tr("Sitting"), tr("Finished tests"), tr("Bank")});
    m_sittings->setRootIsDecorated(false);
    m_sittings->setMinimumHeight(110);
    m_sittings->header()->setStretchLastSection(false);
    m_sittings->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sittings->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    fromLayout->addWidget(m_sittings);
    top->addWidget(from);

    auto *how = new QGroupBox(tr("Models"), this);
    auto *form = new QFormLayout(how);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_model = new QComboBox(how);
    m_model->setObjectName(QStringLiteral("calibration-model"));
    m_model->addItem(tr("3PL (with guessing)"), QStringLiteral("3PL"));
    m_model->addItem(tr("2PL"), QStringLiteral("2PL"));
    m_model->addItem(tr("1PL (Rasch)"), QStringLiteral("1PL"));
    form->addRow(tr("Right/wrong questions:"), m_model);
    m_guessing = new QComboBox(how);
    m_guessing->setObjectName(QStringLiteral("calibration-guessing"));
    m_guessing->addItem(tr("what answering at random gives"), QStringLiteral("chance"));
    m_guessing->addItem(tr("estimated (usual prior)"), QStringLiteral("estimate"));
    m_guessing->addItem(tr("estimated without prior"), QStringLiteral("free"));
    form->addRow(tr("Guessing:"), m_guessing);
    m_partial = new QComboBox(how);
    m_partial->setObjectName(QStringLiteral("calibration-partial"));
    m_partial->addItem(tr("the bank's (else GPCM)"), QString());
    m_partial->addItem(tr("GPCM"), QStringLiteral("GPCM"));
    m_partial->addItem(tr("GRM"), QStringLiteral("GRM"));
    form->addRow(tr("Partial credit:"), m_partial);
    // A check box does not wrap its text: its words go into a label that does.
    m_anchors = new QCheckBox(how);
    auto *anchorsLabel = new QLabel(tr("Operational questions keep their parameters (anchors):"), how);
    anchorsLabel->setWordWrap(true);
    anchorsLabel->setBuddy(m_anchors);
    m_anchors->setObjectName(QStringLiteral("calibration-anchors"));
    m_anchors->setToolTip(tr("Only the other questions are estimated, on the scale of the operational ones. Leave it "
                             "unticked while the bank's parameters are provisional."));
    form->addRow(anchorsLabel, m_anchors);
    m_minimum = new QSpinBox(how);
    m_minimum->setObjectName(QStringLiteral("calibration-minimum"));
    m_minimum->setRange(0, 100000);
    m_minimum->setValue(100);
    m_minimum->setToolTip(tr("A question answered fewer times keeps its parameters: so few answers cannot tell them "
                             "(and would keep the estimation from converging)."));
    form->addRow(tr("Fewest answers per question:"), m_minimum);
    m_errors = new QCheckBox(tr("Standard errors (slower)"), how);
    m_errors->setObjectName(QStringLiteral("calibration-errors"));
    form->addRow(m_errors);
    top->addWidget(how);
    connect(m_model, &QComboBox::currentIndexChanged, this,
        [this] { m_guessing->setEnabled(m_model->currentData().toString() == QLatin1String("3PL")); });

    auto *runRow = new QHBoxLayout;
    layout->addLayout(runRow);
    m_run = new QPushButton(tr("Calibrate"), this);
    m_run->setObjectName(QStringLiteral("calibration-run"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("calibration-cancel"));
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("calibration-progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_progress, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("calibration-status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &CalibrationPage::cancel);
    connect(this, &CalibrationPage::progressed, this, &CalibrationPage::updateProgress, Qt::QueuedConnection);

    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(QStringLiteral("calibration-table"));
    m_table->setHorizontalHeaderLabels({tr("Accept"), tr("Question"), tr("Status"), tr("Model"), tr("Slope a"),
        tr("Difficulty b"), tr("c"), tr("Answers"), tr("Make operational"), tr("Remarks")});
    for (int c : {Slope, Difficulty}) {
        m_table->horizontalHeaderItem(c)->setToolTip(tr("Before → after the calibration"));
    }
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(200);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The steps of partial-credit questions can be long: that column keeps a width and elides.
    m_table->horizontalHeader()->setSectionResizeMode(Difficulty, QHeaderView::Interactive);
    m_table->setColumnWidth(Difficulty, 170);
    // The remarks keep a readable width (the table scrolls sideways on a small screen).
    m_table->horizontalHeader()->setSectionResizeMode(Remarks, QHeaderView::Interactive);
    m_table->setColumnWidth(Remarks, 320);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::itemChanged, this, [this] { updateReleaseButton(); });

    auto *acceptRow = new QHBoxLayout;
    layout->addLayout(acceptRow);
    auto *reportRow = new QHBoxLayout;
    layout->addLayout(reportRow);
    auto *acceptAll = new QPushButton(tr("Accept all that can be"), this);
    acceptAll->setObjectName(QStringLiteral("calibration-accept-all"));
    auto *acceptNone = new QPushButton(tr("Accept none"), this);
    acceptNone->setObjectName(QStringLiteral("calibration-accept-none"));
    acceptRow->addWidget(acceptAll);
    acceptRow->addWidget(acceptNone);
    acceptRow->addStretch(1);
    connect(acceptAll, &QPushButton::clicked, this, [this] { acceptAllThatCan(true); });
    connect(acceptNone, &QPushButton::clicked, this, [this] { acceptAllThatCan(false); });
    m_report = new QPushButton(tr("Read the report"), this);
    m_report->setObjectName(QStringLiteral("calibration-report"));
    m_saveReport = new QPushButton(tr("Save the report…"), this);
    m_saveReport->setObjectName(QStringLiteral("calibration-save-report"));
    reportRow->addWidget(m_report);
    reportRow->addWidget(m_saveReport);
    reportRow->addStretch(1);
    connect(m_report, &QPushButton::clicked, this, [this] {
        if (!m_outcome) {
            return;
        }
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Calibration report"));
        auto *dialogLayout = new QVBoxLayout(&dialog);
        auto *browser = new QTextBrowser(&dialog);
        browser->setObjectName(QStringLiteral("calibration-report-text"));
        browser->setHtml(reports::renderCalibrationReport(m_outcome->report));
        dialogLayout->addWidget(browser);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        dialogLayout->addWidget(buttons);
        dialog.resize(std::min(900, window()->width()), std::min(700, window()->height()));
        dialog.exec();
    });
    connect(m_saveReport, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the calibration report"));
        if (!folder.isEmpty()) {
            saveReport(folder);
        }
    });

    auto *release = new QGroupBox(tr("New release of the bank"), this);
    auto *releaseLayout = new QGridLayout(release);
    m_version = new QLineEdit(release);
    m_version->setObjectName(QStringLiteral("release-version"));
    m_version->setMaxLength(32);
    m_note = new QLineEdit(release);
    m_note->setObjectName(QStringLiteral("release-note"));
    m_note->setPlaceholderText(tr("What changed (kept with the release)"));
    m_write = new QPushButton(tr("Write the release"), release);
    m_write->setObjectName(QStringLiteral("release-write"));
    releaseLayout->addWidget(new QLabel(tr("Version:"), release), 0, 0);
    releaseLayout->addWidget(m_version, 0, 1);
    releaseLayout->addWidget(m_write, 0, 2);
    releaseLayout->addWidget(new QLabel(tr("Note:"), release), 1, 0);
    releaseLayout->addWidget(m_note, 1, 1, 1, 2);
    releaseLayout->setColumnStretch(1, 1);
    layout->addWidget(release);
    connect(m_write, &QPushButton::clicked, this, [this] { writeRelease(); });
    m_message = messageLabel(this, QStringLiteral("calibration-message"));
    layout->addWidget(m_message);

    auto *kept = new QGroupBox(tr("Releases kept in the database"), this);
    auto *keptLayout = new QVBoxLayout(kept);
    m_releases = readOnlyTable(
        kept, QStringLiteral("calibration-releases"), {tr("Version"), tr("Date"), tr("By"), tr("Note"), tr("Content")});
    m_releases->setMinimumHeight(90);
    m_releases->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    keptLayout->addWidget(m_releases);
    layout->addWidget(kept);

    wheelOnlyWhenFocused(this);
    setBank(nullptr);
}

CalibrationPage::~CalibrationPage()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void CalibrationPage::setBank(const ItemBank *bank)
{
    if (bank && m_bank && bank->contentHash == m_bank->contentHash && bank->rootPath == m_bank->rootPath) {
        return; // the same content read again
    }
    if (m_thread) {
        cancel();
    }
    m_bank = bank ? std::make_shared<const ItemBank>(*bank) : nullptr;
    m_outcome.reset();
    if (!m_bank) {
        m_bankLabel->setText(tr("Open a bank without errors in the Question banks tab to calibrate it."));
    } else {
        m_bankLabel->setText(tr("Bank: %1, version %2 (content %3), in %4")
                                 .arg(m_bank->titleIn(i18n::currentLanguage()), m_bank->version,
                                     m_bank->contentHash.left(12), QDir::toNativeSeparators(m_bank->rootPath)));
        // A bank that takes guessing from chance keeps it: 3PL with chance is what it can take.
        m_model->setCurrentIndex(0);
        m_guessing->setCurrentIndex(m_bank->chanceGuessing ? 0 : 1);
        m_version->setText(documents::nextVersion(m_bank->version));
    }
    m_run->setEnabled(m_bank != nullptr && !m_thread);
    showOutcome();
    refresh();
}

void CalibrationPage::refresh()
{
    QStringList chosen;
    for (int i = 0; i < m_sittings->topLevelItemCount(); ++i) {
        if (m_sittings->topLevelItem(i)->checkState(0) == Qt::Checked) {
            chosen << m_sittings->topLevelItem(i)->data(0, Qt::UserRole).toString();
        }
    }
    m_sittings->clear();
    if (m_bank) {
        const auto list = services::Sittings(m_context).list(&m_account);
        if (list.failed()) {
            message(list.error(), true);
        } else {
            for (const services::SittingSummary &s : *list) {
                if (s.sitting.bankId != m_bank->id || s.sitting.practice) {
                    continue;
                }
                const bool same = s.sitting.bankHash == m_bank->contentHash;
                auto *row = new QTreeWidgetItem(m_sittings,
                    {QStringLiteral("%1 – %2").arg(s.sitting.code, s.sitting.title), QString::number(s.finished),
                        same ? tr("this content") : tr("another version")});
                row->setData(0, Qt::UserRole, s.sitting.code);
                row->setToolTip(0, row->text(0));
                if (same && s.finished > 0) {
                    row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                    row->setCheckState(0, chosen.contains(s.sitting.code) ? Qt::Checked : Qt::Unchecked);
                } else {
                    row->setFlags(Qt::ItemIsUserCheckable);
                    row->setCheckState(0, Qt::Unchecked);
                    const QString why = same ? tr("nobody has finished this sitting yet")
                                             : tr("taken on another content of the bank (%1): its answers belong to "
                                                  "that release")
                                                   .arg(s.sitting.bankHash.left(12));
                    for (int c = 0; c < 3; ++c) {
                        row->setToolTip(c, why);
                    }
                }
            }
        }
    }
    showReleases();
}

bool CalibrationPage::chooseSitting(const QString &code, bool chosen)
{
    for (int i = 0; i < m_sittings->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_sittings->topLevelItem(i);
        if (row->data(0, Qt::UserRole).toString() == code && (row->flags() & Qt::ItemIsEnabled)) {
            row->setCheckState(0, chosen ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

bool CalibrationPage::run()
{
    if (m_thread || !m_bank) {
        return false;
    }
    QStringList codes;
    for (int i = 0; i < m_sittings->topLevelItemCount(); ++i) {
        if (m_sittings->topLevelItem(i)->checkState(0) == Qt::Checked) {
            codes << m_sittings->topLevelItem(i)->data(0, Qt::UserRole).toString();
        }
    }
    if (codes.isEmpty()) {
        message(tr("Tick the sittings whose answers are used."), true);
        return false;
    }
    // The answers are read here (the database belongs to this thread); the estimation runs beside.
    QStringList errors;
    auto responses = documents::dataFromSittings(m_context, *m_bank, codes, &errors);
    if (!responses) {
        message(errors.join(QLatin1Char('\n')), true);
        return false;
    }
    if (responses->matrix.candidates.empty()) {
        message(tr("These sittings have no answers yet."), true);
        return false;
    }
    documents::CalibrationChoices choices;
    irt::parseModel(m_model->currentData().toString(), &choices.model);
    if (const QString partial = m_partial->currentData().toString(); !partial.isEmpty()) {
        irt::Model model = irt::Model::GeneralizedPartialCredit;
        irt::parseModel(partial, &model);
        choices.partial = model;
    }
    const QString guessing = m_guessing->currentData().toString();
    choices.guessing = guessing == QLatin1String("chance") ? documents::CalibrationChoices::Guessing::Chance
        : guessing == QLatin1String("free")                ? documents::CalibrationChoices::Guessing::Free
                                                           : documents::CalibrationChoices::Guessing::Estimate;
    choices.fixedOperational = m_anchors->isChecked();
    choices.dif = {QStringLiteral("language"), QStringLiteral("group")};
    choices.leaveOutUntellable = true;
    choices.minimumAnswers = m_minimum->value();
    choices.settings.standardErrors = m_errors->isChecked();
    m_tolerance = choices.settings.tolerance;
    m_cancel = false;
    choices.settings.progress = [this](int cycles, double change) {
        Q_EMIT progressed(cycles, change);
        return !m_cancel.load();
    };
    m_outcome.reset();
    showOutcome();
    m_running.reset();
    m_run->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status->setText(tr("Calibrating from %n answer(s)…", nullptr,
        static_cast<int>(std::count_if(
            responses->matrix.cells.begin(), responses->matrix.cells.end(), [](signed char c) { return c >= 0; }))));
    message({});
    const std::shared_ptr<const ItemBank> bank = m_bank;
    const QString label = QStringLiteral("%1 %2").arg(bank->id, bank->version);
    m_thread = QThread::create([this, bank, label, choices, data = std::move(*responses)] {
        m_running = documents::calibrateBank(*bank, data, choices, label);
    });
    connect(m_thread, &QThread::finished, this, &CalibrationPage::finish);
    m_thread->start(QThread::LowPriority);
    return true;
}

void CalibrationPage::cancel()
{
    m_cancel = true;
}

void CalibrationPage::updateProgress(int cycles, double change)
{
    if (!m_thread) {
        return;
    }
    // How close to convergence: the largest change from 1 down to the tolerance, on a log scale.
    const double done = change > 0.0 ? std::log10(std::max(change, m_tolerance)) / std::log10(m_tolerance) : 1.0;
    m_progress->setValue(std::clamp(static_cast<int>(std::lround(100.0 * done)), m_progress->value(), 100));
    m_status->setText(m_cancel ? tr("Stopping…")
                               : tr("Cycle %1: the parameters still move by %2 (it stops below %3).")
                                     .arg(cycles)
                                     .arg(QLocale().toString(change, 'g', 2), QLocale().toString(m_tolerance, 'g', 1)));
}

void CalibrationPage::finish()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    m_run->setEnabled(m_bank != nullptr);
    m_cancelButton->setEnabled(false);
    std::optional<documents::CalibrationOutcome> outcome = std::move(m_running);
    m_running.reset();
    if (!outcome || m_cancel || !outcome->error.isEmpty()) {
        m_progress->setValue(0);
        m_status->setText(m_cancel || (outcome && outcome->result().cancelled)
                ? tr("Calibration cancelled: nothing changed.")
                : tr("The calibration could not be done: %1").arg(outcome ? outcome->error : QString()));
        Q_EMIT finished();
        return;
    }
    m_outcome = std::move(outcome);
    m_progress->setValue(100);
    const calibration::Result &r = m_outcome->result();
    QString summary = tr("%1 after %2 cycles, from %3 pupils: %4 question(s) estimated, %5 anchor(s), %6 nobody "
                         "answered (%7 s).")
                          .arg(r.converged ? tr("Converged") : tr("NOT converged"))
                          .arg(r.cycles)
                          .arg(m_outcome->report.persons)
                          .arg(m_outcome->estimated())
                          .arg(static_cast<int>(r.items.size()) - m_outcome->estimated() - m_outcome->unanswered())
                          .arg(m_outcome->unanswered())
                          .arg(QLocale().toString(m_outcome->seconds + m_outcome->analysisSeconds, 'f', 1));
    if (const auto leftOut = std::count_if(
            m_outcome->leftOut.begin(), m_outcome->leftOut.end(), [](const QString &why) { return !why.isEmpty(); });
        leftOut > 0) {
        summary += QLatin1Char(' ')
            + tr("%n question(s) left out: their answers cannot tell their parameters (see Remarks).", nullptr,
                static_cast<int>(leftOut));
    }
    if (!r.converged) {
        summary += QLatin1Char(' ') + tr("Nothing can be written from a calibration that did not converge.");
    }
    m_status->setText(summary);
    showOutcome();
    Q_EMIT finished();
}

void CalibrationPage::showOutcome()
{
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    const bool shown = m_outcome.has_value() && m_bank;
    m_report->setEnabled(shown);
    m_saveReport->setEnabled(shown);
    if (!shown) {
        updateReleaseButton();
        return;
    }
    const calibration::Result &r = m_outcome->result();
    const QColor amber(255, 224, 130);
    for (std::size_t j = 0; j < m_bank->items.size(); ++j) {
        const BankItem &item = m_bank->items[j];
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const bool estimated = !m_outcome->specs[j].fixed && r.answered[j];
        const QString problem = documents::parametersProblem(*m_bank, *m_outcome, j);
        const QStringList flags = reports::itemFlags(m_outcome->report, j);
        QStringList remarks;
        if (!m_outcome->leftOut[j].isEmpty()) {
            remarks << m_outcome->leftOut[j];
        } else if (!r.answered[j]) {
            remarks << tr("nobody answered it");
        } else if (m_outcome->specs[j].fixed) {
            remarks << tr("anchor: keeps its parameters");
        } else if (!problem.isEmpty()) {
            remarks << problem;
        }
        for (const QString &flag : flags) {
            remarks << (flag == QLatin1String("misfit")      ? tr("does not fit the model (RMSD)")
                    : flag == QLatin1String("sx2-misfit")    ? tr("does not fit the model (S-X2)")
                    : flag == QLatin1String("few-responses") ? tr("few answers: provisional")
                    : flag == QLatin1String("dif")
                    ? tr("works differently for a group (%1)").arg(reports::worstDif(m_outcome->report, j))
                    : flag);
        }
        const bool acceptable = estimated && problem.isEmpty() && r.converged;
        // Ticked beforehand unless the item misfits or works differently for a group (few answers
        // is the rule in a pilot: its parameters are provisional, said in the remarks).
        // Nor when its parameters moved a lot: the trainer accepts those on purpose.
        const bool moved = estimated && item.hasParameters && largestChange(item.irt, r.items[j]) >= kLargeChange;
        const bool doubtful = moved || std::any_of(flags.begin(), flags.end(), [](const QString &f) {
            return f != QLatin1String("few-responses");
        });
        m_table->setItem(row, Accept,
            tick(acceptable, acceptable && !doubtful,
                acceptable ? tr("Write its new parameters into the release") : remarks.join(QStringLiteral("; "))));
        m_table->setItem(row, Item, cell(item.id, item.id));
        m_table->item(row, Item)->setData(Qt::UserRole, static_cast<int>(j));
        m_table->setItem(row, Status, cell(statusText(item.status)));
        const irt::ItemParameters &after = r.items[j];
        m_table->setItem(row, Model, cell(irt::modelName(estimated ? after.model : item.irt.model)));
        const bool before = item.hasParameters;
        if (estimated) {
            m_table->setItem(row, Slope,
                cell(before ? QStringLiteral("%1 → %2").arg(number(item.irt.a), number(after.a))
                            : QStringLiteral("– → %1").arg(number(after.a))));
            m_table->setItem(row, Difficulty,
                cell(before ? QStringLiteral("%1 → %2").arg(difficulties(item.irt), difficulties(after))
                            : QStringLiteral("– → %1").arg(difficulties(after))));
            m_table->setItem(row, Guessing, cell(irt::isDichotomous(after.model) ? number(after.c) : QString()));
        } else {
            m_table->setItem(row, Slope, cell(before ? number(item.irt.a) : QString()));
            m_table->setItem(row, Difficulty, cell(before ? difficulties(item.irt) : QString()));
            m_table->setItem(
                row, Guessing, cell(before && irt::isDichotomous(item.irt.model) ? number(item.irt.c) : QString()));
        }
        const int answers = m_outcome->answers[j];
        m_table->setItem(row, Answers, cell(QString::number(answers)));
        m_table->setItem(row, Remarks, cell(remarks.join(QStringLiteral("; "))));
        const bool canOperate = item.status != ItemStatus::Operational && item.status != ItemStatus::Retired
            && (item.hasParameters || acceptable);
        m_table->setItem(row, Operational,
            tick(canOperate, false,
                item.status == ItemStatus::Operational ? tr("already operational")
                    : canOperate                       ? tr("Give it to pupils as a scored question from this release")
                                                       : tr("it needs parameters first")));
        // Large moves and flags stand out.
        if (estimated && before && largestChange(item.irt, after) >= kLargeChange) {
            for (int c : {Slope, Difficulty}) {
                m_table->item(row, c)->setBackground(amber);
                m_table->item(row, c)->setForeground(Qt::black);
                m_table->item(row, c)->setToolTip(tr("Moved by %1 or more").arg(number(kLargeChange, 1)));
            }
        }
        if (!flags.isEmpty() || (estimated && !problem.isEmpty())) {
            m_table->item(row, Remarks)->setBackground(amber);
            m_table->item(row, Remarks)->setForeground(Qt::black);
        }
    }
    updateReleaseButton();
}

void CalibrationPage::acceptAllThatCan(bool accept)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Accept)->flags() & Qt::ItemIsEnabled) {
            m_table->item(row, Accept)->setCheckState(accept ? Qt::Checked : Qt::Unchecked);
        }
    }
}

QHash<QString, QString> CalibrationPage::remarks() const
{
    QHash<QString, QString> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList parts;
        if (m_table->item(row, Slope)->text().contains(QStringLiteral("→"))) {
            parts << tr("slope %1, difficulty %2")
                         .arg(m_table->item(row, Slope)->text(), m_table->item(row, Difficulty)->text());
        }
        if (!m_table->item(row, Remarks)->text().isEmpty()) {
            parts << m_table->item(row, Remarks)->text();
        }
        if (!parts.isEmpty()) {
            out.insert(m_table->item(row, Item)->text(), parts.join(QStringLiteral("; ")));
        }
    }
    return out;
}

int CalibrationPage::rowOf(const QString &itemId) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, Item)->text() == itemId) {
            return row;
        }
    }
    return -1;
}

bool CalibrationPage::acceptItem(const QString &itemId, bool accept)
{
    const int row = rowOf(itemId);
    if (row < 0 || !(m_table->item(row, Accept)->flags() & Qt::ItemIsEnabled)) {
        return false;
    }
    m_table->item(row, Accept)->setCheckState(accept ? Qt::Checked : Qt::Unchecked);
    return true;
}

bool CalibrationPage::makeOperational(const QString &itemId, bool operational)
{
    const int row = rowOf(itemId);
    if (row < 0 || !(m_table->item(row, Operational)->flags() & Qt::ItemIsEnabled)) {
        return false;
    }
    m_table->item(row, Operational)->setCheckState(operational ? Qt::Checked : Qt::Unchecked);
    return true;
}

void CalibrationPage::updateReleaseButton()
{
    int chosen = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        chosen += m_table->item(row, Accept)->checkState() == Qt::Checked ? 1 : 0;
        chosen += m_table->item(row, Operational)->checkState() == Qt::Checked ? 1 : 0;
    }
    m_write->setEnabled(m_outcome && m_outcome->result().converged && chosen > 0);
}

QString CalibrationPage::writeRelease(bool confirmed)
{
    if (!m_outcome || !m_bank) {
        return {};
    }
    documents::ReleaseDecisions decisions;
    decisions.acceptParameters.assign(m_bank->items.size(), false);
    decisions.makeOperational.assign(m_bank->items.size(), false);
    int accepted = 0, operational = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto j = static_cast<std::size_t>(m_table->item(row, Item)->data(Qt::UserRole).toInt());
        decisions.acceptParameters[j] = m_table->item(row, Accept)->checkState() == Qt::Checked;
        decisions.makeOperational[j] = m_table->item(row, Operational)->checkState() == Qt::Checked;
        accepted += decisions.acceptParameters[j] ? 1 : 0;
        operational += decisions.makeOperational[j] ? 1 : 0;
    }
    const QString version = m_version->text().trimmed();
    if (!confirmed) {
        const auto answer = QMessageBox::question(this, tr("Write the release"),
            tr("Write version %1 of the bank into %2?\n\n%n question(s) get new parameters", nullptr, accepted)
                    .arg(version, QDir::toNativeSeparators(m_bank->rootPath))
                + tr(", %n become(s) operational.", nullptr, operational) + QStringLiteral("\n\n")
                + tr("Only those lines of the files change. The sittings already created keep the release they were "
                     "created on."));
        if (answer != QMessageBox::Yes) {
            return {};
        }
    }
    const documents::ReleaseOutcome written = documents::writeRelease(*m_bank, *m_outcome, decisions, version);
    if (!written.errors.isEmpty()) {
        message(tr("Nothing was written: %1").arg(written.errors.join(QLatin1Char('\n'))), true);
        return {};
    }
    // The new content, read back and kept in the database with who released it and why.
    const BankLoadResult loaded = loadBank(m_bank->rootPath);
    if (!loaded.usable()) {
        QStringList errors;
        for (const Diagnostic &d : loaded.diagnostics) {
            if (d.isError()) {
                errors << d.toString();
            }
        }
        message(tr("Version %1 was written, but the bank cannot be read back: %2")
                    .arg(written.version, errors.join(QLatin1Char('\n'))),
            true);
        return {};
    }
    QString note = m_note->text().trimmed();
    if (note.isEmpty()) {
        note = tr("calibrated from %1: %n question(s) with new parameters", nullptr, written.parametersWritten)
                   .arg(m_outcome->report.source)
            + tr(", %n made operational", nullptr, written.madeOperational);
    }
    QString error;
    services::ServiceContext asTrainer = m_context; // the release names who made it
    asTrainer.actor = m_account.name;
    if (!services::BankReleases(asTrainer).keep(loaded.bank, note, &error)) {
        message(tr("Version %1 was written into the folder, but it could not be kept in the database: %2")
                    .arg(written.version, error),
            true);
        return {};
    }
    message(tr("Version %1 written and kept (content %2): %n question(s) with new parameters", nullptr,
                written.parametersWritten)
                .arg(written.version, loaded.bank.contentHash.left(12))
        + tr(", %n made operational.", nullptr, written.madeOperational) + QLatin1Char(' ')
        + tr("Sittings created from now on use it; the earlier ones keep theirs.")
        + (written.exposure.isEmpty() ? QString() : QLatin1Char(' ') + written.exposure + QLatin1Char('.')));
    m_note->clear();
    setBank(&loaded.bank);
    Q_EMIT released(written.version);
    return written.version;
}

bool CalibrationPage::saveReport(const QString &folder)
{
    if (!m_outcome || !m_bank) {
        return false;
    }
    QString error;
    if (!documents::writeReportFolder(folder, documents::reportFiles(*m_bank, *m_outcome), &error)) {
        message(error, true);
        return false;
    }
    message(tr("Report written into %1.").arg(QDir::toNativeSeparators(folder)));
    return true;
}

void CalibrationPage::showReleases()
{
    m_releases->setRowCount(0);
    if (!m_bank) {
        return;
    }
    QString error;
    const auto releases = services::BankReleases(m_context).list(m_bank->id, &error);
    if (!releases) {
        message(error, true);
        return;
    }
    for (const store::BankReleaseRecord &r : *releases) {
        const int row = m_releases->rowCount();
        m_releases->insertRow(row);
        const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.createdAt), QLocale::ShortFormat);
        const QStringList cells{r.version, when, r.createdBy, r.note, r.contentHash.left(12)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == 4 ? r.contentHash : cells[c]);
            m_releases->setItem(row, c, item);
        }
        if (r.contentHash == m_bank->contentHash) {
            m_releases->item(row, 0)->setText(tr("%1 (the folder's)").arg(r.version));
        }
    }
}

void CalibrationPage::message(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
}

} // namespace aicet::gui
