#include "ResultsPage.h"

#include "CandidateReport.h"
#include "ClassReport.h"
#include "Documents.h"
#include "StaffWidgets.h"
#include "Translations.h"
#include "bank/Scoring.h"
#include "io/SaveFile.h"
#include "services/CandidateRecords.h"
#include "services/Sittings.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace aicet::gui {
namespace {

// A cell coloured as its level, with black text whatever the theme.
QTableWidgetItem *colouredItem(const QString &text, const QColor &colour)
{
    auto *item = new QTableWidgetItem(text);
    item->setBackground(colour);
    item->setForeground(Qt::black);
    item->setToolTip(text);
    return item;
}

// Columns as wide as their text, up to 40 characters (longer text is cut, its tip has it whole);
// `stretch` takes the room left.
void fitColumns(QTableWidget *table, int stretch)
{
    table->horizontalHeader()->setMaximumSectionSize(table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    table->setTextElideMode(Qt::ElideRight);
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

// A chart drawn for this label's size and the screen's pixel density.
void showChart(QLabel *label, const QImage &chart)
{
    QPixmap pixmap = QPixmap::fromImage(chart);
    pixmap.setDevicePixelRatio(label->devicePixelRatioF());
    label->setPixmap(pixmap);
}

} // namespace

ResultsPage::ResultsPage(const services::ServiceContext &context, const store::StaffRecord &account, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_account(account)
{
    setObjectName(QStringLiteral("results-page"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *sittingLabel = new QLabel(tr("Sitting:"), this);
    m_sittings = new QComboBox(this);
    m_sittings->setObjectName(QStringLiteral("results-sitting"));
    m_sittings->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sittings->setMinimumContentsLength(10);
    sittingLabel->setBuddy(m_sittings);
    auto *classLabel = new QLabel(tr("Class:"), this);
    m_classes = new QComboBox(this);
    m_classes->setObjectName(QStringLiteral("results-class"));
    classLabel->setBuddy(m_classes);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("results-refresh"));
    top->addWidget(sittingLabel);
    top->addWidget(m_sittings, 1);
    top->addWidget(refreshButton);
    layout->addLayout(top);
    // The class on a row of its own: both fit a small screen at the largest text size.
    auto *classRow = new QHBoxLayout;
    classRow->addWidget(classLabel);
    classRow->addWidget(m_classes, 1);
    layout->addLayout(classRow);
    connect(m_sittings, &QComboBox::currentIndexChanged, this, [this] {
        m_classes->clear();
        refresh();
    });
    connect(m_classes, &QComboBox::activated, this, &ResultsPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &ResultsPage::refresh);

    m_summary = messageLabel(this, QStringLiteral("results-summary"));
    layout->addWidget(m_summary);
    m_chart = new QLabel(this);
    m_chart->setObjectName(QStringLiteral("results-chart"));
    m_chart->setAlignment(Qt::AlignLeft);
    layout->addWidget(m_chart);
    m_pupils = readOnlyTable(this, QStringLiteral("results-pupils"), {});
    m_pupils->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_pupils, 2);
    m_missing = messageLabel(this, QStringLiteral("results-missing"));
    layout->addWidget(m_missing);

    auto *detail = new QGroupBox(tr("The selected pupil"), this);
    auto *detailLayout = new QVBoxLayout(detail);
    m_pupilTitle = messageLabel(detail, QStringLiteral("results-pupil-title"));
    detailLayout->addWidget(m_pupilTitle);
    m_pupilChart = new QLabel(detail);
    m_pupilChart->setObjectName(QStringLiteral("results-pupil-chart"));
    detailLayout->addWidget(m_pupilChart);
    m_questions = readOnlyTable(detail, QStringLiteral("results-pupil-questions"),
        {tr("#"), tr("Question"), tr("Answer"), tr("Result"), tr("Time")});
    m_questions->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_questions->setWordWrap(true);
    detailLayout->addWidget(m_questions);
    auto *save = new QPushButton(tr("Save this pupil's report (PDF)…"), detail);
    save->setObjectName(QStringLiteral("results-save-report"));
    detailLayout->addWidget(save, 0, Qt::AlignLeft);
    // What is held about the pupil: given to them on request, or erased.
    auto *pupilActions = new QWidget(detail);
    m_pupilActions = pupilActions;
    auto *pupilRow = new QVBoxLayout(pupilActions); // one above the other: long labels fit
    pupilRow->setContentsMargins(0, 0, 0, 0);
    auto *exportData = new QPushButton(tr("Export this pupil's data (JSON)…"), pupilActions);
    exportData->setObjectName(QStringLiteral("results-export-pupil"));
    auto *erase = new QPushButton(tr("Erase this pupil's personal data…"), pupilActions);
    erase->setObjectName(QStringLiteral("results-erase-pupil"));
    pupilRow->addWidget(exportData, 0, Qt::AlignLeft);
    pupilRow->addWidget(erase, 0, Qt::AlignLeft);
    detailLayout->addWidget(pupilActions);
    connect(exportData, &QPushButton::clicked, this, [this] {
        if (selectedCode().isEmpty()) {
            message(tr("Select a pupil in the table first."));
            return;
        }
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the pupil's data"), tr("pupil-%1.json").arg(selectedCode()), tr("JSON (*.json)"));
        if (!path.isEmpty()) {
            exportPupilData(path);
        }
    });
    connect(erase, &QPushButton::clicked, this, [this] { erasePupil(); });
    connect(save, &QPushButton::clicked, this, [this] {
        const auto rows = m_pupils->selectionModel()->selectedRows();
        if (rows.isEmpty()) {
            message(tr("Select a pupil in the table first."));
            return;
        }
        const QString code = m_pupils->item(rows.first().row(), 0)->data(Qt::UserRole + 1).toString();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the pupil's report"), tr("report-%1.pdf").arg(code), tr("PDF (*.pdf)"));
        if (!path.isEmpty()) {
            savePupilReport(path);
        }
    });
    layout->addWidget(detail);
    connect(m_pupils, &QTableWidget::itemSelectionChanged, this, &ResultsPage::showDetail);

    // The documents of the sitting (or the class shown), for its teacher or an administrator.
    auto *documentsBox = new QGroupBox(tr("Documents"), this);
    m_documents = documentsBox;
    auto *documentsLayout = new QVBoxLayout(documentsBox);
    const struct
    {
        const char *name;
        QString text;
        std::function<void()> act;
    } actions[] = {
        {"results-issue", tr("Issue the certificates and attestations…"),
            [this] {
                const QString folder = QFileDialog::getExistingDirectory(this, tr("Where to put the documents"));
                if (!folder.isEmpty()) {
                    issueDocuments(folder);
                }
            }},
        {"results-class-report", tr("Save the class report (PDF)…"),
            [this] {
                const QString path = QFileDialog::getSaveFileName(this, tr("Save the class report"),
                    tr("class-report-%1.pdf").arg(m_report.sitting), tr("PDF (*.pdf)"));
                if (!path.isEmpty()) {
                    saveClassReport(path);
                }
            }},
        {"results-export-csv", tr("Export the results (CSV)…"),
            [this] {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("Export the results"), tr("results-%1.csv").arg(m_report.sitting), tr("CSV (*.csv)"));
                if (!path.isEmpty()) {
                    exportResults(path, false);
                }
            }},
        {"results-export-json", tr("Export the results (JSON)…"),
            [this] {
                const QString path = QFileDialog::getSaveFileName(
                    this, tr("Export the results"), tr("results-%1.json").arg(m_report.sitting), tr("JSON (*.json)"));
                if (!path.isEmpty()) {
                    exportResults(path, true);
                }
            }},
    };
    for (const auto &a : actions) {
        auto *button = new QPushButton(a.text, documentsBox);
        button->setObjectName(QLatin1String(a.name));
        documentsLayout->addWidget(button, 0, Qt::AlignLeft);
        connect(button, &QPushButton::clicked, this, a.act);
    }
    layout->addWidget(documentsBox);
    // Checking a certificate someone shows: any staff member, any sitting.
    auto *verify = new QPushButton(tr("Verify a certificate (PDF)…"), this);
    verify->setObjectName(QStringLiteral("results-verify"));
    layout->addWidget(verify, 0, Qt::AlignLeft);
    connect(verify, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Verify a certificate"), {}, tr("PDF (*.pdf);;All files (*)"));
        if (!path.isEmpty()) {
            verifyCertificate(path);
        }
    });

    layout->addWidget(new QLabel(tr("The questions of this sitting:"), this));
    m_items = readOnlyTable(this, QStringLiteral("results-items"),
        {tr("Question"), tr("Shown"), tr("Answered"), tr("Right"), tr("Mean score")});
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_items, 1);
    m_message = messageLabel(this, QStringLiteral("results-message"));
    layout->addWidget(m_message);
    reloadSittings();
}

void ResultsPage::message(const QString &text)
{
    m_message->setText(text);
}

void ResultsPage::reloadSittings()
{
    const qint64 shown = m_sittings->currentData().toLongLong();
    const auto all = services::Sittings(m_context).list(&m_account);
    if (!all) {
        message(all.error());
        return;
    }
    const QSignalBlocker blocker(m_sittings);
    m_sittings->clear();
    for (const services::SittingSummary &s : *all) {
        if (!s.sitting.practice) {
            m_sittings->addItem(tr("%1 – %2").arg(s.sitting.code, s.sitting.title), s.sitting.id);
        }
    }
    const int index = m_sittings->findData(shown);
    m_sittings->setCurrentIndex(index >= 0 ? index : m_sittings->count() - 1); // the newest
    if (m_sittings->currentData().toLongLong() != shown) {
        m_classes->clear(); // another sitting: its own classes
    }
    refresh();
}

void ResultsPage::showSitting(qint64 sittingId)
{
    reloadSittings();
    const int index = m_sittings->findData(sittingId);
    if (index >= 0 && index != m_sittings->currentIndex()) {
        m_sittings->setCurrentIndex(index);
    }
}

void ResultsPage::refresh()
{
    m_results.reset();
    m_pupils->clear();
    m_pupils->setRowCount(0);
    m_pupils->setColumnCount(0);
    m_items->setRowCount(0);
    m_chart->clear();
    m_missing->clear();
    showDetail();
    const QString code = m_sittings->currentText().section(QStringLiteral(" – "), 0, 0);
    if (m_sittings->count() == 0) {
        m_summary->setText(tr("No sitting yet: create one on the Sittings tab."));
        return;
    }
    QString error;
    auto results = services::Results(m_context).ofSitting(code, &error, nullptr, i18n::currentLanguage());
    if (!results) {
        results = services::Results(m_context).ofSitting(code, &error); // the bank's own language
    }
    if (!results) {
        m_summary->setText(error);
        return;
    }
    // Who only looks at a sitting (a trainer, for the questions' statistics) sees no names.
    const bool runs = services::Sittings::runBy(results->sitting, m_account);
    if (!runs) {
        results->names = false;
        for (services::SessionSummary &s : results->sessions) {
            s.candidateName.clear();
        }
        for (store::CandidateRecord &c : results->absent) {
            c.displayName.clear();
        }
    }
    m_documents->setEnabled(runs);
    m_pupilActions->setEnabled(runs);
    m_results = std::move(results);
    const services::SittingResults &r = *m_results;
    // The classes of the sitting, to look at one.
    if (m_classes->count() == 0) {
        QStringList groups;
        for (const services::SessionSummary &s : r.sessions) {
            groups.append(s.candidateGroup);
        }
        for (const store::CandidateRecord &c : r.absent) {
            groups.append(c.group);
        }
        groups.removeAll(QString());
        groups.removeDuplicates();
        std::sort(groups.begin(), groups.end(),
            [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
        m_classes->addItem(tr("All classes"), QString());
        for (const QString &g : groups) {
            m_classes->addItem(g, g);
        }
    }
    const QString group = m_classes->currentData().toString();
    const auto inGroup = [&](const QString &g) { return group.isEmpty() || g == group; };

    // What the page and the class report show, built once: a row per pupil with a result, their
    // level overall and in each area; the counts per level; who is absent or unfinished.
    reports::ClassReportData &report = m_report;
    report = {};
    report.title = r.sitting.title;
    report.sitting = r.sitting.code;
    report.group = group;
    report.madeAt = m_context.clock.nowMs();
    for (const auto &d : r.dimensions) {
        report.areas.append(d.second);
    }
    const int levels = static_cast<int>(r.levels.size());
    std::vector<int> counts(static_cast<std::size_t>(levels) + 1, 0); // the last: no level
    QList<QPair<qint64, QString>> keys; // each row's session and code
    const QLocale locale;
    for (const services::SessionSummary &s : r.sessions) {
        if (!inGroup(s.candidateGroup)) {
            continue;
        }
        const QString who
            = s.candidateName.isEmpty() ? s.candidateCode : tr("%1 (%2)").arg(s.candidateName, s.candidateCode);
        if (!s.result) {
            report.unfinished.append(who);
            continue;
        }
        const store::ResultRecord &res = *s.result;
        const int index = static_cast<int>(r.levels.indexOf(res.level));
        counts[static_cast<std::size_t>(index >= 0 ? index : levels)] += 1;
        reports::ClassReportData::Row row;
        row.pupil = who;
        row.level = {res.level.isEmpty() ? tr("no level (%1)").arg(services::incompleteReason(res))
                : res.levelAlternative.isEmpty()
                ? r.levelName(res.level)
                : tr("%1 or %2").arg(r.levelName(res.level), r.levelName(res.levelAlternative)),
            index >= 0 ? reports::levelColor(index, levels) : reports::noLevelColor()};
        const auto whole = [&](double v) { return locale.toString(std::lround(v)); };
        row.score = res.level.isEmpty() && res.items == 0
            ? QString()
            : tr("%1 (%2 to %3)").arg(whole(res.score), whole(res.scoreLow), whole(res.scoreHigh));
        for (const auto &dimension : r.dimensions) {
            const auto area = std::find_if(res.dimensions.cbegin(), res.dimensions.cend(),
                [&](const scoring::DimensionResult &x) { return x.dimension == dimension.first; });
            const bool known = area != res.dimensions.cend() && !area->level.isEmpty();
            const int areaIndex = known ? static_cast<int>(r.levels.indexOf(area->level)) : -1;
            row.areas.push_back({known ? r.levelName(area->level) : tr("not enough answers"),
                areaIndex >= 0 ? reports::levelColor(areaIndex, levels) : reports::noLevelColor()});
        }
        row.check = res.fit.aberrant() ? tr("to check: %1").arg(services::fitSummary(res.fit))
                                       : services::fitSummary(res.fit);
        report.rows.push_back(row);
        keys.append({s.session.id, s.candidateCode});
    }
    for (const store::CandidateRecord &c : r.absent) {
        if (inGroup(c.group)) {
            report.absent.append(c.displayName.isEmpty() ? c.code : tr("%1 (%2)").arg(c.displayName, c.code));
        }
    }
    for (int i = 0; i < levels; ++i) {
        report.bars.push_back(
            {r.levelName(r.levels[i]), counts[static_cast<std::size_t>(i)], reports::levelColor(i, levels)});
    }
    report.bars.push_back({tr("no level"), counts.back(), reports::noLevelColor()});

    // The table, from the same rows.
    QStringList headers{tr("Pupil"), tr("Level"), tr("Score")};
    headers += report.areas;
    headers.append(tr("Answers"));
    m_pupils->setColumnCount(static_cast<int>(headers.size()));
    m_pupils->setHorizontalHeaderLabels(headers);
    m_pupils->setUpdatesEnabled(false);
    m_pupils->setRowCount(static_cast<int>(report.rows.size()));
    for (int i = 0; i < static_cast<int>(report.rows.size()); ++i) {
        const reports::ClassReportData::Row &row = report.rows[static_cast<std::size_t>(i)];
        auto *name = new QTableWidgetItem(row.pupil);
        name->setData(Qt::UserRole, keys[i].first);
        name->setData(Qt::UserRole + 1, keys[i].second);
        m_pupils->setItem(i, 0, name);
        m_pupils->setItem(i, 1, colouredItem(row.level.text, row.level.colour));
        m_pupils->setItem(i, 2, new QTableWidgetItem(row.score));
        for (std::size_t d = 0; d < row.areas.size(); ++d) {
            m_pupils->setItem(i, 3 + static_cast<int>(d), colouredItem(row.areas[d].text, row.areas[d].colour));
        }
        m_pupils->setItem(i, static_cast<int>(headers.size()) - 1, new QTableWidgetItem(row.check));
    }
    fitColumns(m_pupils, 0);
    m_pupils->setUpdatesEnabled(true);

    QStringList missing;
    if (!report.absent.isEmpty()) {
        missing.append(tr("Absent (not started): %1.").arg(report.absent.join(QStringLiteral(", "))));
    }
    if (!report.unfinished.isEmpty()) {
        missing.append(tr("Not finished yet: %1.").arg(report.unfinished.join(QStringLiteral(", "))));
    }
    m_missing->setText(missing.join(QLatin1Char('\n')));
    const int shown = static_cast<int>(report.rows.size());
    m_summary->setText(tr("%n pupil(s) with a result", nullptr, shown)
        + tr(" (%n with a level)", nullptr, shown - counts.back())
        + tr(", %n absent", nullptr, static_cast<int>(report.absent.size()))
        + tr(", %n not finished.", nullptr, static_cast<int>(report.unfinished.size())));
    if (shown > 0) {
        const double ratio = devicePixelRatioF();
        // As large as the text is (its labels grow with it), within the page.
        const int w = std::max(320, std::min(width() - 40, fontMetrics().height() * 32));
        showChart(m_chart,
            reports::levelChart(
                report.bars, tr("Pupils by level"), static_cast<int>(w * ratio), static_cast<int>(w * ratio * 0.4)));
        m_chart->setToolTip(tr("Pupils by level"));
    }

    const auto items = services::Results(m_context).itemStatistics(code, &error, group, i18n::currentLanguage());
    if (items) {
        m_items->setUpdatesEnabled(false);
        m_items->setRowCount(static_cast<int>(items->size()));
        for (int i = 0; i < items->size(); ++i) {
            const services::ItemStatistic &it = items->at(i);
            const QString stem = it.stem.simplified();
            const QStringList cells{(it.pilot ? tr("[pilot] ") : QString())
                    + (stem.size() > 90 ? stem.left(88) + QStringLiteral("…") : stem),
                QString::number(it.given), QString::number(it.answered),
                it.answered > 0 ? tr("%1 (%2%)").arg(it.right).arg(std::lround(100.0 * it.right / it.answered))
                                : QString(),
                it.answered > 0 ? locale.toString(it.meanScore, 'f', 2) : QString()};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                item->setToolTip(c == 0 ? QStringLiteral("%1: %2").arg(it.itemId, stem) : cells[c]);
                m_items->setItem(i, c, item);
            }
        }
        fitColumns(m_items, 0);
        m_items->setUpdatesEnabled(true);
    } else {
        message(error);
    }
}

bool ResultsPage::selectPupil(const QString &code)
{
    for (int r = 0; r < m_pupils->rowCount(); ++r) {
        if (m_pupils->item(r, 0)->data(Qt::UserRole + 1).toString() == code) {
            m_pupils->selectRow(r);
            return true;
        }
    }
    return false;
}

void ResultsPage::showDetail()
{
    const auto rows = m_pupils->selectionModel() ? m_pupils->selectionModel()->selectedRows() : QModelIndexList();
    m_questions->setRowCount(0);
    m_pupilChart->clear();
    if (rows.isEmpty()) {
        m_pupilTitle->setText(tr("Select a pupil in the table to see each of their answers."));
        return;
    }
    QString error;
    const qint64 session = m_pupils->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    const auto detail = services::Results(m_context).detail(session, &error);
    if (!detail) {
        m_pupilTitle->setText(error);
        return;
    }
    const QString language = detail->bank->languages.contains(i18n::currentLanguage()) ? i18n::currentLanguage()
                                                                                       : detail->bank->defaultLanguage;
    int right = 0, scored = 0;
    std::vector<double> theta, se;
    double seconds = 0.0;
    m_questions->setRowCount(static_cast<int>(detail->timeline.steps.size()));
    const QLocale locale;
    for (std::size_t i = 0; i < detail->timeline.steps.size(); ++i) {
        const scoring::TimelineStep &step = detail->timeline.steps[i];
        const BankItem &item = detail->bank->items[static_cast<std::size_t>(step.item)];
        const int top = item.irt.categoryCount() - 1;
        if (step.scored) {
            ++scored;
            right += step.category == top ? 1 : 0;
            theta.push_back(step.theta);
            se.push_back(step.se);
        }
        seconds += std::max(0.0, step.seconds);
        const QString verdict = !step.scored ? tr("pilot, not scored")
            : step.category == top           ? tr("right")
            : step.category == 0             ? tr("wrong")
                                             : tr("partly right (%1/%2)").arg(step.category).arg(top);
        const QStringList cells{QString::number(step.position), localized(item.content.stem, language).simplified(),
            describeResponse(item.content, responseFromJson(step.response), language).isEmpty()
                ? tr("(no answer)")
                : describeResponse(item.content, responseFromJson(step.response), language),
            verdict, step.seconds >= 0 ? tr("%1 s").arg(locale.toString(step.seconds, 'f', 0)) : QString()};
        const int row = static_cast<int>(i);
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = c == 3 && step.scored ? colouredItem(cells[c],
                             step.category == top     ? QColor(0xc5, 0xe8, 0xb7)
                                 : step.category == 0 ? QColor(0xf4, 0xc2, 0xc2)
                                                      : QColor(0xf3, 0xe3, 0x8c))
                                               : new QTableWidgetItem(cells[c]);
            cell->setToolTip(cells[c]);
            m_questions->setItem(row, c, cell);
        }
    }
    fitColumns(m_questions, 1);
    const QString who = detail->candidate.displayName.isEmpty() || !m_results || !m_results->names
        ? detail->candidate.code
        : tr("%1 (%2)").arg(detail->candidate.displayName, detail->candidate.code);
    m_pupilTitle->setText(tr("%1: %2 of %3 scored questions right, %4 minutes of answering.")
                              .arg(who)
                              .arg(right)
                              .arg(scored)
                              .arg(locale.toString(seconds / 60.0, 'f', 1)));
    if (!theta.empty()) {
        const QImage chart = reports::thetaChart(theta, se, *detail->bank, language);
        m_pupilChart->setPixmap(QPixmap::fromImage(chart).scaledToWidth(
            std::min(640, std::max(320, width() - 60)), Qt::SmoothTransformation));
        m_pupilChart->setToolTip(tr("Estimated ability after each question answered (band: margin of error)"));
    }
}

bool ResultsPage::savePupilReport(const QString &path)
{
    const auto rows = m_pupils->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        message(tr("Select a pupil in the table first."));
        return false;
    }
    QString error;
    const auto detail = services::Results(m_context).detail(
        m_pupils->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong(), &error);
    QByteArray pdf;
    if (detail) {
        reports::CandidateReportData report = documents::candidateReportData(*detail);
        if (!mayRun()) {
            report.candidate = detail->candidate.code; // who only looks sees no names
        }
        pdf = reports::renderCandidateReport(report, i18n::currentLanguage(), &error);
    }
    if (pdf.isEmpty()) {
        message(error);
        return false;
    }
    return writeFile(path, pdf, tr("Report saved in %1").arg(path));
}

bool ResultsPage::mayRun() const
{
    return m_results && services::Sittings::runBy(m_results->sitting, m_account);
}

QString ResultsPage::selectedCode() const
{
    const auto rows = m_pupils->selectionModel() ? m_pupils->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : m_pupils->item(rows.first().row(), 0)->data(Qt::UserRole + 1).toString();
}

bool ResultsPage::writeFile(const QString &path, const QByteArray &bytes, const QString &done)
{
    QString error;
    if (!saveFile(path, bytes, &error)) {
        message(error);
        return false;
    }
    message(done);
    return true;
}

QString ResultsPage::issueDocuments(const QString &folder)
{
    if (!mayRun()) {
        message(tr("Only the teacher who created this sitting or an administrator issues its documents."));
        return {};
    }
    documents::BatchRequest request;
    request.sittingCode = m_results->sitting.code;
    request.group = m_report.group;
    request.folder = folder;
    request.keyPath = m_keyPath;
    const documents::BatchOutcome outcome = documents::issueSitting(m_context, m_account, request);
    if (!outcome.error.isEmpty()) {
        message(outcome.error);
        return {};
    }
    QStringList lines{tr("%n certificate(s)", nullptr, outcome.certificates)
        + tr(" and %n attestation(s) in %1", nullptr, outcome.attestations).arg(outcome.folder)};
    if (!outcome.allPages.isEmpty()) {
        lines.append(tr("Every page in one file, to print: %1").arg(outcome.allPages));
    }
    if (!outcome.notFinished.isEmpty()) {
        lines.append(
            tr("Nothing for those who have not finished: %1.").arg(outcome.notFinished.join(QStringLiteral(", "))));
    }
    lines += outcome.problems;
    message(lines.join(QLatin1Char('\n')));
    return outcome.folder;
}

bool ResultsPage::saveClassReport(const QString &path)
{
    if (!m_results) {
        message(tr("Choose a sitting first."));
        return false;
    }
    QString error;
    const QByteArray pdf = reports::renderClassReport(m_report, i18n::currentLanguage(), &error);
    if (pdf.isEmpty()) {
        message(error);
        return false;
    }
    return writeFile(path, pdf, tr("Class report saved in %1").arg(path));
}

bool ResultsPage::exportResults(const QString &path, bool json)
{
    if (!m_results) {
        message(tr("Choose a sitting first."));
        return false;
    }
    // The rows of the class shown; the same columns as aicet-cli results export.
    services::SittingResults shown = *m_results;
    if (!m_report.group.isEmpty()) {
        shown.sessions.removeIf([&](const services::SessionSummary &s) { return s.candidateGroup != m_report.group; });
    }
    const documents::Table table = documents::resultsTable(shown);
    return writeFile(path, json ? documents::jsonBytes(table) : documents::csvBytes(table, QLatin1Char(','), true),
        tr("%n result(s) exported to %1", nullptr, static_cast<int>(shown.sessions.size())).arg(path));
}

bool ResultsPage::exportPupilData(const QString &path)
{
    const QString code = selectedCode();
    if (code.isEmpty() || !mayRun()) {
        message(code.isEmpty() ? tr("Select a pupil in the table first.")
                               : tr("Only the teacher who created this sitting or an administrator does this."));
        return false;
    }
    QString error;
    services::ServiceContext acting = m_context;
    acting.actor = m_account.name; // the audit names who exported it
    const auto record = services::CandidateRecords(acting).exportRecord(code, m_results->sitting.code, &error);
    if (!record) {
        message(error);
        return false;
    }
    return writeFile(path, QJsonDocument(*record).toJson(QJsonDocument::Indented),
        tr("Everything held about %1 exported to %2").arg(code, path));
}

bool ResultsPage::erasePupil(bool confirmed)
{
    const QString code = selectedCode();
    if (code.isEmpty() || !mayRun()) {
        message(code.isEmpty() ? tr("Select a pupil in the table first.")
                               : tr("Only the teacher who created this sitting or an administrator does this."));
        return false;
    }
    if (!confirmed
        && QMessageBox::question(this, tr("Erase the pupil's personal data"),
               tr("Erase the name, class and code of %1 in this sitting? Their answers stay, without anything that "
                  "says who gave them. This cannot be undone.")
                   .arg(code))
            != QMessageBox::Yes) {
        return false;
    }
    QString error;
    services::ServiceContext acting = m_context;
    acting.actor = m_account.name;
    store::Store::ErasedCopies copies;
    const auto kept = services::CandidateRecords(acting).erase(code, m_results->sitting.code, &error, &copies);
    if (!kept) {
        message(error);
        return false;
    }
    QString text = tr("%1 erased; %n test(s) kept without a name.", nullptr, *kept).arg(code);
    if (!copies.remaining.isEmpty()) {
        text += QLatin1Char('\n') + copies.remaining.join(QLatin1Char('\n'));
    }
    refresh();
    message(text);
    return true;
}

bool ResultsPage::verifyCertificate(const QString &path)
{
    auto v = services::Credentials::verify(path, {}, m_keyPath, documents::printedCheck());
    if (v.valid) {
        services::Credentials(m_context).checkRegister(&v);
    }
    if (!v.valid) {
        message(tr("NOT AUTHENTIC: %1").arg(v.error));
        return false;
    }
    const ParsedPayload &p = v.payload;
    const bool certificate = p.kind == QLatin1String("C");
    QString text = certificate
        ? tr("Authentic certificate %1 for %2, %3: level %4, score %5.")
              .arg(p.id, p.name, p.date, services::Credentials::levelName(p, i18n::currentLanguage()), p.score)
        : tr("Authentic participation attestation %1 for %2, %3.").arg(p.id, p.name, p.date);
    if (!v.note.isEmpty()) {
        text += QLatin1Char(' ') + v.note;
    }
    message(text + QLatin1Char(' ') + tr("Check that the document shows exactly this."));
    return true;
}

} // namespace aicet::gui
