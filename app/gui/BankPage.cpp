#include "BankPage.h"

#include "ItemChart.h"
#include "Pages.h"
#include "Preferences.h"
#include "StaffWidgets.h"
#include "Translations.h"
#include "bank/BankEdit.h"
#include "bank/Scoring.h"
#include "cat/Simulation.h"
#include "io/SaveFile.h"
#include "io/UserFile.h"
#include "services/Results.h"

#include <QComboBox>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace aicet::gui {
namespace {

constexpr int kItemRole = Qt::UserRole;
// What a pupil's window loses to its title bar and its menu of display choices, in pixels.
constexpr int kPupilWindowChrome = 70;

QString statusText(ItemStatus status)
{
    switch (status) {
    case ItemStatus::Draft:
        return BankPage::tr("draft");
    case ItemStatus::Pilot:
        return BankPage::tr("pilot");
    case ItemStatus::Operational:
        return BankPage::tr("operational");
    case ItemStatus::Retired:
        return BankPage::tr("retired");
    }
    return {};
}

QString typeText(ItemType type)
{
    switch (type) {
    case ItemType::SingleChoice:
        return BankPage::tr("single choice");
    case ItemType::MultipleResponse:
        return BankPage::tr("multiple response");
    case ItemType::TrueFalse:
        return BankPage::tr("true or false");
    case ItemType::Ordering:
        return BankPage::tr("ordering");
    case ItemType::Matching:
        return BankPage::tr("matching");
    case ItemType::Numeric:
        return BankPage::tr("numeric");
    case ItemType::ShortText:
        return BankPage::tr("short text");
    }
    return {};
}

// The item with this id, in a bank read as far as it could be (its index may not be built).
const BankItem *findItem(const ItemBank &bank, const QString &id)
{
    for (const BankItem &item : bank.items) {
        if (item.id == id) {
            return &item;
        }
    }
    return nullptr;
}

// Whether the item has its stem in every language of the bank.
bool complete(const BankItem &item, const QStringList &languages)
{
    for (const QString &language : languages) {
        if (item.content.stem.value(language).trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

} // namespace

BankPage::BankPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bank-page"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *pathLabel = new QLabel(tr("Bank folder:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("bank-path"));
    pathLabel->setBuddy(m_path);
    auto *choose = new QPushButton(tr("Open…"), this);
    choose->setObjectName(QStringLiteral("bank-open"));
    top->addWidget(pathLabel);
    top->addWidget(m_path, 1);
    top->addWidget(choose);
    layout->addLayout(top);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("The question bank's folder"), m_path->text());
        if (!folder.isEmpty()) {
            openBank(folder);
        }
    });
    connect(m_path, &QLineEdit::returnPressed, this, [this] { openBank(m_path->text().trimmed()); });
    m_status = messageLabel(this, QStringLiteral("bank-status"));
    layout->addWidget(m_status);

    // Filters.
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("bank-search"));
    m_search->setPlaceholderText(tr("Search the questions"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("bank-filter-status"));
    m_statusFilter->addItem(tr("every status"), -1);
    for (const ItemStatus s : {ItemStatus::Operational, ItemStatus::Pilot, ItemStatus::Draft, ItemStatus::Retired}) {
        m_statusFilter->addItem(statusText(s), int(s));
    }
    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(QStringLiteral("bank-filter-type"));
    m_typeFilter->addItem(tr("every type"), -1);
    for (int t = 0; t <= int(ItemType::ShortText); ++t) {
        m_typeFilter->addItem(typeText(ItemType(t)), t);
    }
    m_languageFilter = new QComboBox(this);
    m_languageFilter->setObjectName(QStringLiteral("bank-filter-languages"));
    m_languageFilter->addItem(tr("any translation"), 0);
    m_languageFilter->addItem(tr("missing a language"), 1);
    // The level and the theme (the bank's, filled when it is read).
    m_levelFilter = new QComboBox(this);
    m_levelFilter->setObjectName(QStringLiteral("bank-filter-level"));
    m_themeFilter = new QComboBox(this);
    m_themeFilter->setObjectName(QStringLiteral("bank-filter-theme"));
    // The search on its own row, the filters below it (three a row), each allowed to shrink: the
    // page stays within a 1024-pixel window at the largest text size.
    layout->addWidget(m_search);
    auto *moreFilters = new QHBoxLayout;
    for (QComboBox *box : {m_statusFilter, m_typeFilter, m_languageFilter, m_levelFilter, m_themeFilter}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        (box == m_levelFilter || box == m_themeFilter ? moreFilters : filters)->addWidget(box, 1);
    }
    moreFilters->addStretch(1);
    layout->addLayout(filters);
    layout->addLayout(moreFilters);
    connect(m_search, &QLineEdit::textChanged, this, &BankPage::fillTree);
    for (QComboBox *box : {m_statusFilter, m_typeFilter, m_languageFilter, m_levelFilter, m_themeFilter}) {
        connect(box, &QComboBox::currentIndexChanged, this, &BankPage::fillTree);
    }

    // The tree beside the item as a pupil sees it.
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_tree = new QTreeWidget(split);
    m_tree->setObjectName(QStringLiteral("bank-tree"));
    // One column: the id and the question (the type and status in its tip, and in brackets when it
    // is not operational), so that a narrow tree still says which question it is.
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumWidth(fontMetrics().averageCharWidth() * 20); // an id and the start of its question
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current && !current->data(0, kItemRole).toString().isEmpty()) {
            showItem(current->data(0, kItemRole).toString());
        }
    });
    // The item's side scrolls on its own: the question, the verdict and how it behaved.
    auto *rightScroll = new QScrollArea(split);
    rightScroll->setObjectName(QStringLiteral("bank-item-scroll"));
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    auto *right = new QWidget;
    rightScroll->setWidget(right);
    auto *rightLayout = new QVBoxLayout(right);
    // How the question is shown: one choice a row, so that the panel stays narrow at large text.
    auto *languageRow = new QGridLayout;
    auto *languageLabel = new QLabel(tr("Shown in:"), right);
    m_language = new QComboBox(right);
    m_language->setObjectName(QStringLiteral("bank-language"));
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(languageLabel, 0, 0);
    languageRow->addWidget(m_language, 0, 1);
    // The pupil's screen: the question laid out in the space a pupil's window has there (the
    // window's title and menu bars taken off), the item's side scrolling when it is larger.
    auto *screenLabel = new QLabel(tr("Screen:"), right);
    auto *screen = new QComboBox(right);
    screen->setObjectName(QStringLiteral("bank-screen"));
    screenLabel->setBuddy(screen);
    screen->addItem(tr("this panel"), QSize());
    for (const QSize &size : {QSize(1024, 768), QSize(1280, 720), QSize(1366, 768)}) {
        screen->addItem(tr("%1 × %2").arg(size.width()).arg(size.height()), size);
    }
    languageRow->addWidget(screenLabel, 1, 0);
    languageRow->addWidget(screen, 1, 1);
    // The pupil's text sizes (the pupil's window goes from 10 to 28 points; 13 by default).
    auto *sizeLabel = new QLabel(tr("Text:"), right);
    m_textSize = new QComboBox(right);
    m_textSize->setObjectName(QStringLiteral("bank-text-size"));
    sizeLabel->setBuddy(m_textSize);
    m_textSize->addItem(tr("this window's"), 0);
    for (const int points : {Preferences::kMinFont, 13, 16, 20, 24, Preferences::kMaxFont}) {
        m_textSize->addItem(tr("%1 pt").arg(points), points);
    }
    languageRow->addWidget(sizeLabel, 2, 0);
    languageRow->addWidget(m_textSize, 2, 1);
    languageRow->setColumnStretch(2, 1);
    connect(m_textSize, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_shown.isEmpty()) {
            showItem(m_shown);
        }
    });
    connect(screen, &QComboBox::currentIndexChanged, this, [this, screen] {
        const QSize size = screen->currentData().toSize();
        if (size.isValid()) {
            m_preview->setFixedSize(size.width(), size.height() - kPupilWindowChrome);
        } else {
            m_preview->setMinimumSize(0, fontMetrics().height() * 24);
            m_preview->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        }
    });
    rightLayout->addLayout(languageRow);
    // Editing: the shown question through a form, a new one from a template, undo and redo.
    auto *editRow = new QGridLayout;
    m_edit = new QPushButton(tr("Edit this question…"), right);
    m_edit->setObjectName(QStringLiteral("bank-edit"));
    m_new = new QPushButton(tr("New question…"), right);
    m_new->setObjectName(QStringLiteral("bank-new"));
    m_undo = new QPushButton(tr("Undo"), right);
    m_undo->setObjectName(QStringLiteral("bank-undo"));
    m_redo = new QPushButton(tr("Redo"), right);
    m_redo->setObjectName(QStringLiteral("bank-redo"));
    m_importQti = new QPushButton(tr("Import QTI…"), right);
    m_importQti->setObjectName(QStringLiteral("bank-import-qti"));
    m_importQti->setToolTip(tr("Questions from another tool, as a QTI 3.0 package (.zip) or item file (.xml)"));
    m_exportQti = new QPushButton(tr("Export QTI…"), right);
    m_exportQti->setObjectName(QStringLiteral("bank-export-qti"));
    m_exportQti->setToolTip(tr("The bank's questions as a QTI 3.0 package, for other tools"));
    // One action a row (undo and redo side by side), so that the panel stays narrow at large text.
    editRow->addWidget(m_edit, 0, 0, 1, 2);
    editRow->addWidget(m_new, 1, 0, 1, 2);
    editRow->addWidget(m_undo, 2, 0);
    editRow->addWidget(m_redo, 2, 1);
    editRow->addWidget(m_importQti, 3, 0, 1, 2);
    editRow->addWidget(m_exportQti, 4, 0, 1, 2);
    for (QPushButton *b : {m_edit, m_new, m_undo, m_redo, m_importQti, m_exportQti}) {
        b->setEnabled(false);
    }
    editRow->setColumnStretch(2, 1);
    rightLayout->addLayout(editRow);
    m_editMessage = new QLabel(right);
    m_editMessage->setObjectName(QStringLiteral("bank-edit-message"));
    m_editMessage->setWordWrap(true);
    rightLayout->addWidget(m_editMessage);
    connect(m_edit, &QPushButton::clicked, this, [this] { editShown(); });
    connect(m_new, &QPushButton::clicked, this, [this] { newItem(); });
    connect(m_undo, &QPushButton::clicked, this, [this] { undo(); });
    connect(m_redo, &QPushButton::clicked, this, [this] { redo(); });
    connect(m_importQti, &QPushButton::clicked, this, [this] {
        const QString package = QFileDialog::getOpenFileName(
            this, tr("QTI package or item to import"), QString(), tr("QTI packages and items (*.zip *.xml)"));
        if (!package.isEmpty()) {
            importQti(package);
        }
    });
    connect(m_exportQti, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the bank as QTI 3.0"),
            QStringLiteral("%1-qti.zip").arg(m_loaded ? m_loaded->bank.id : QStringLiteral("bank")),
            tr("QTI packages (*.zip)"));
        if (!path.isEmpty()) {
            exportQti(path);
        }
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_shown.isEmpty()) {
            showItem(m_shown);
        }
    });
    m_preview = new QuestionPage(right);
    m_preview->setObjectName(QStringLiteral("bank-preview"));
    m_preview->setConfirmDelay(0);
    m_preview->setMinimumHeight(fontMetrics().height() * 24); // a whole question, as a pupil's window shows it
    rightLayout->addWidget(m_preview, 1);
    connect(m_preview, &QuestionPage::answerConfirmed, this, [this](const ItemResponse &response) {
        const BankItem *item = m_loaded ? findItem(m_loaded->bank, m_shown) : nullptr;
        if (item) {
            ItemResponse r = response;
            r.language = m_language->currentData().toString();
            scored(scoreResponse(item->content, r));
        }
    });
    m_verdict = messageLabel(right, QStringLiteral("bank-verdict"));
    rightLayout->addWidget(m_verdict);
    auto *tryRow = new QHBoxLayout;
    m_try = new QLineEdit(right);
    m_try->setObjectName(QStringLiteral("bank-try"));
    m_try->setPlaceholderText(tr("Try an answer (short text or number)"));
    m_tryResult = messageLabel(right, QStringLiteral("bank-try-result"));
    tryRow->addWidget(m_try, 1);
    rightLayout->addLayout(tryRow);
    rightLayout->addWidget(m_tryResult);
    connect(m_try, &QLineEdit::returnPressed, this, [this] { tryAnswer(m_try->text()); });
    // How the item behaved with pupils, from the sittings in the database.
    m_behaviour = messageLabel(right, QStringLiteral("bank-behaviour"));
    m_behaviourChart = new QLabel(right);
    m_behaviourChart->setObjectName(QStringLiteral("bank-behaviour-chart"));
    rightLayout->addWidget(m_behaviour);
    rightLayout->addWidget(m_behaviourChart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    // Room for a whole question and its answers: the page scrolls rather than squeeze them.
    split->setMinimumHeight(fontMetrics().height() * 30);
    layout->addWidget(split, 3);

    // The whole bank: how its items were used, and the precision its test reaches.
    auto *whole = new QGroupBox(tr("The whole bank"), this);
    auto *wholeLayout = new QVBoxLayout(whole);
    m_use = messageLabel(whole, QStringLiteral("bank-use"));
    wholeLayout->addWidget(m_use);
    auto *precision = new QPushButton(tr("Compute the precision along the ability scale"), whole);
    precision->setObjectName(QStringLiteral("bank-precision"));
    wholeLayout->addWidget(precision, 0, Qt::AlignLeft);
    connect(precision, &QPushButton::clicked, this, [this] { computePrecision(); });
    m_precision = messageLabel(whole, QStringLiteral("bank-precision-text"));
    wholeLayout->addWidget(m_precision);
    m_precisionChart = new QLabel(whole);
    m_precisionChart->setObjectName(QStringLiteral("bank-precision-chart"));
    wholeLayout->addWidget(m_precisionChart);
    layout->addWidget(whole);

    // The diagnostics and the lines they point at.
    layout->addWidget(new QLabel(tr("Problems found in the bank's files:"), this));
    m_diagnostics = readOnlyTable(this, QStringLiteral("bank-diagnostics"), {tr("Kind"), tr("Where"), tr("What")});
    m_diagnostics->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_diagnostics->horizontalHeader()->setStretchLastSection(true);
    m_diagnostics->setMinimumHeight(m_diagnostics->fontMetrics().height() * 6);
    layout->addWidget(m_diagnostics, 1);
    connect(m_diagnostics, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_diagnostics->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            showDiagnostic(rows.first().row());
        }
    });
    m_source = new QPlainTextEdit(this);
    m_source->setObjectName(QStringLiteral("bank-source"));
    m_source->setReadOnly(true);
    m_source->setMaximumBlockCount(200);
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setMaximumHeight(m_source->fontMetrics().height() * 9);
    layout->addWidget(m_source);

    // A change on disk is read once it settles (an editor may write a file in several steps).
    m_watcher = new QFileSystemWatcher(this);
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(300);
    connect(m_settle, &QTimer::timeout, this, &BankPage::reload);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    wheelOnlyWhenFocused(this);
}

void BankPage::openBank(const QString &folder)
{
    // Another bank: the edits of the last one are not undone here.
    m_undoStack.clear();
    m_redoStack.clear();
    m_folder = QFileInfo(folder).absoluteFilePath();
    m_path->setText(m_folder);
    m_shown.clear();
    reload();
}

void BankPage::watchFiles()
{
    // Editors often replace a file rather than write it (the watch on the old one ends): the
    // paths not watched any more are added again, before each read, so that no change is missed.
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty() && !watched.first().startsWith(m_folder)) {
        m_watcher->removePaths(watched); // another bank
    }
    const QSet<QString> now(watched.cbegin(), watched.cend());
    QStringList paths;
    if (!now.contains(m_folder)) {
        paths.append(m_folder);
    }
    QDirIterator it(m_folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    for (int n = 0; it.hasNext() && n < 6000; ++n) {
        const QString path = it.next();
        if (!now.contains(path)) {
            paths.append(path);
        }
    }
    if (!paths.isEmpty()) {
        m_watcher->addPaths(paths);
    }
}

void BankPage::reload()
{
    if (m_folder.isEmpty()) {
        return;
    }
    watchFiles();
    m_loaded = loadBank(m_folder);
    const BankLoadResult &r = *m_loaded;
    updateEditButtons();
    int errors = 0, warnings = 0;
    m_diagnostics->setRowCount(static_cast<int>(r.diagnostics.size()));
    for (int i = 0; i < static_cast<int>(r.diagnostics.size()); ++i) {
        const Diagnostic &d = r.diagnostics[static_cast<std::size_t>(i)];
        (d.isError() ? errors : warnings) += 1;
        const QString where = d.line > 0
            ? QStringLiteral("%1:%2:%3").arg(QDir(m_folder).relativeFilePath(d.file)).arg(d.line).arg(d.column)
            : QDir(m_folder).relativeFilePath(d.file);
        const QStringList cells{d.isError() ? tr("error") : tr("warning"), where, d.message};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells[c]);
            cell->setToolTip(cells[c]);
            m_diagnostics->setItem(i, c, cell);
        }
    }
    m_status->setText(tr("%n question(s)", nullptr, static_cast<int>(r.bank.items.size()))
        + tr(", %n error(s)", nullptr, errors) + tr(", %n warning(s)", nullptr, warnings)
        + tr(" — read at %1.").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")))
        + (r.usable() ? QString() : tr(" The bank cannot be used until its errors are corrected.")));
    const QString language = m_language->currentData().toString();
    {
        const QSignalBlocker blocker(m_language);
        m_language->clear();
        for (const QString &l : r.bank.languages) {
            m_language->addItem(l == QLatin1String("fr") ? tr("French")
                    : l == QLatin1String("en")           ? tr("English")
                                                         : l,
                l);
        }
        const int index = m_language->findData(language.isEmpty() ? i18n::currentLanguage() : language);
        m_language->setCurrentIndex(index >= 0 ? index : 0);
    }
    // The levels and themes of this bank, the choice kept when it still exists.
    {
        const QSignalBlocker levels(m_levelFilter);
        const QSignalBlocker themes(m_themeFilter);
        const QString level = m_levelFilter->currentData().toString();
        const QString theme = m_themeFilter->currentData().toString();
        m_levelFilter->clear();
        m_levelFilter->addItem(tr("every level"), QString());
        QStringList seen;
        for (const BankItem &item : r.bank.items) {
            if (!item.level.isEmpty() && !seen.contains(item.level)) {
                seen << item.level;
            }
        }
        for (const QString &l : {QStringLiteral("understand"), QStringLiteral("apply"), QStringLiteral("create")}) {
            if (seen.removeAll(l) > 0) {
                m_levelFilter->addItem(l == QLatin1String("understand") ? tr("understand")
                        : l == QLatin1String("apply")                   ? tr("apply")
                                                                        : tr("create"),
                    l);
            }
        }
        for (const QString &l : std::as_const(seen)) {
            m_levelFilter->addItem(l, l);
        }
        m_themeFilter->clear();
        m_themeFilter->addItem(tr("every theme"), QString());
        for (const Theme &t : r.bank.themes) {
            m_themeFilter->addItem(
                QStringLiteral("%1 – %2").arg(t.id, localized(t.name, i18n::currentLanguage(), r.bank.defaultLanguage)),
                t.id);
        }
        m_levelFilter->setCurrentIndex(std::max(0, m_levelFilter->findData(level)));
        m_themeFilter->setCurrentIndex(std::max(0, m_themeFilter->findData(theme)));
    }
    fillTree();
    showUse();
    m_precision->clear();
    m_precisionChart->clear();
    if (!m_shown.isEmpty() && !showItem(m_shown)) {
        m_shown.clear();
    }
    Q_EMIT reloaded();
}

void BankPage::fillTree()
{
    m_tree->clear();
    if (!m_loaded) {
        return;
    }
    const ItemBank &bank = m_loaded->bank;
    const QString language = m_language->currentData().toString();
    const QString search = m_search->text().trimmed();
    const int status = m_statusFilter->currentData().toInt();
    const int type = m_typeFilter->currentData().toInt();
    const bool missing = m_languageFilter->currentData().toInt() == 1;
    const QString level = m_levelFilter->currentData().toString();
    const QString theme = m_themeFilter->currentData().toString();
    // Dimension → competency → items; items with neither at the end.
    QHash<QString, QTreeWidgetItem *> groups;
    const auto group = [&](const QString &key, const QString &text, QTreeWidgetItem *parent) {
        if (QTreeWidgetItem *g = groups.value(key)) {
            return g;
        }
        auto *g = parent ? new QTreeWidgetItem(parent, {text}) : new QTreeWidgetItem(m_tree, {text});
        g->setFirstColumnSpanned(true);
        groups.insert(key, g);
        return g;
    };
    int shown = 0;
    for (const BankItem &item : bank.items) {
        const QString stem = localized(item.content.stem, language, bank.defaultLanguage).simplified();
        if ((status >= 0 && int(item.status) != status) || (type >= 0 && int(item.content.type) != type)
            || (missing && complete(item, bank.languages)) || (!level.isEmpty() && item.level != level)
            || (!theme.isEmpty() && !item.themes.contains(theme))
            || (!search.isEmpty() && !stem.contains(search, Qt::CaseInsensitive)
                && !item.id.contains(search, Qt::CaseInsensitive))) {
            continue;
        }
        const QString dimension = item.dimension >= 0
            ? localized(bank.dimensions[static_cast<std::size_t>(item.dimension)].name, language, bank.defaultLanguage)
            : tr("(no dimension)");
        QTreeWidgetItem *parent = group(QStringLiteral("d%1").arg(item.dimension), dimension, nullptr);
        if (item.competency >= 0) {
            const Competency &c = bank.competencies[static_cast<std::size_t>(item.competency)];
            parent = group(QStringLiteral("d%1c%2").arg(item.dimension).arg(item.competency),
                QStringLiteral("%1 – %2").arg(c.id, localized(c.name, language, bank.defaultLanguage)), parent);
        }
        const QString label
            = item.status == ItemStatus::Operational ? item.id : tr("%1 (%2)").arg(item.id, statusText(item.status));
        auto *node = new QTreeWidgetItem(parent,
            {QStringLiteral("%1 — %2").arg(label, stem.size() > 90 ? stem.left(88) + QStringLiteral("…") : stem)});
        node->setData(0, kItemRole, item.id);
        node->setToolTip(0, tr("%1, %2: %3").arg(typeText(item.content.type), statusText(item.status), stem));
        ++shown;
    }
    m_tree->expandAll();
    if (shown == 0 && !bank.items.empty()) {
        auto *none = new QTreeWidgetItem(m_tree, {tr("No question matches the filters.")});
        none->setFirstColumnSpanned(true);
    }
}

bool BankPage::showItem(const QString &itemId)
{
    const BankItem *item = m_loaded ? findItem(m_loaded->bank, itemId) : nullptr;
    if (!item) {
        return false;
    }
    m_shown = itemId;
    updateEditButtons();
    const QString language = m_language->currentData().toString();
    m_preview->showItem(*item, m_folder, 1, 1, 1, language, 1);
    // At the pupil's text size chosen: the base size for every widget of the question, and the
    // larger titles in proportion.
    const int points = m_textSize->currentData().toInt();
    m_preview->setStyleSheet(points > 0 ? QStringLiteral("QWidget { font-size: %1pt; }").arg(points) : QString());
    applyFontRoles(m_preview, points);
    m_verdict->setText(tr("Answer as a pupil would, then confirm: the score and the explanation show here."));
    m_tryResult->clear();
    showBehaviour(*item);
    const bool typed = item->content.type == ItemType::ShortText || item->content.type == ItemType::Numeric;
    m_try->setVisible(typed);
    m_tryResult->setVisible(typed);
    // The tree shows it selected, without calling back.
    const QSignalBlocker blocker(m_tree);
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kItemRole).toString() == itemId) {
            m_tree->setCurrentItem(*it);
            break;
        }
    }
    return true;
}

void BankPage::scored(int category)
{
    const BankItem *item = m_loaded ? findItem(m_loaded->bank, m_shown) : nullptr;
    if (!item) {
        return;
    }
    const QString language = m_language->currentData().toString();
    // A partial-credit draft without parameters has no model to say its top score.
    const bool unknownTop = !item->hasParameters && item->content.scoring != Scoring::AllOrNothing;
    const int top = std::max(item->irt.categoryCount() - 1, category);
    QString accepted;
    if (item->content.type == ItemType::ShortText) {
        accepted = tr("Accepted answers: %1 (up to %n typing mistake(s)).", nullptr, item->content.maxEdits)
                       .arg(item->content.accepted.value(language).join(QStringLiteral(" · ")));
    } else if (item->content.type == ItemType::Numeric) {
        accepted = tr("Accepted: %1 ± %2.")
                       .arg(QLocale().toString(item->content.numericKey), QLocale().toString(item->content.tolerance));
    }
    m_verdict->setText(
        tr("This answer scores %1 of %2 (%3). The right answer: %4. Explanation: %5 %6")
            .arg(category)
            .arg(unknownTop ? tr("the most it can") : QString::number(top))
            .arg(category == 0                       ? tr("wrong")
                    : category == top && !unknownTop ? tr("right")
                                                     : tr("partly right"))
            .arg(describeKey(item->content, language),
                localized(item->content.explanation, language, m_loaded->bank.defaultLanguage), accepted));
    // Ready for another try.
    m_preview->showItem(*item, m_folder, 1, 1, 1, language, 1);
    // At the pupil's text size chosen: the base size for every widget of the question, and the
    // larger titles in proportion.
    const int points = m_textSize->currentData().toInt();
    m_preview->setStyleSheet(points > 0 ? QStringLiteral("QWidget { font-size: %1pt; }").arg(points) : QString());
    applyFontRoles(m_preview, points);
}

int BankPage::tryAnswer(const QString &text)
{
    const BankItem *item = m_loaded ? findItem(m_loaded->bank, m_shown) : nullptr;
    if (!item) {
        return -1;
    }
    ItemResponse response;
    response.language = m_language->currentData().toString();
    if (item->content.type == ItemType::Numeric) {
        bool ok = false;
        double value = QLocale().toDouble(text.trimmed(), &ok);
        if (!ok) {
            value = text.trimmed().toDouble(&ok);
        }
        if (!ok) {
            m_tryResult->setText(tr("\"%1\" is not a number.").arg(text));
            return -1;
        }
        response.number = value;
    } else if (item->content.type == ItemType::ShortText) {
        response.text = text;
    } else {
        return -1;
    }
    const int category = scoreResponse(item->content, response);
    m_tryResult->setText(category > 0 ? tr("\"%1\" is accepted.").arg(text) : tr("\"%1\" is not accepted.").arg(text));
    return category;
}

void BankPage::showDiagnostic(int row)
{
    if (!m_loaded || row < 0 || row >= static_cast<int>(m_loaded->diagnostics.size())) {
        return;
    }
    const Diagnostic &d = m_loaded->diagnostics[static_cast<std::size_t>(row)];
    if (!d.itemId.isEmpty()) {
        showItem(d.itemId);
    }
    // The lines around the one it points at, numbered, the line itself marked.
    // Read as the loader reads (a regular file, bounded): a pipe or a device is never opened.
    QString why;
    const auto bytes = io::readUserFile(d.file, 16 * 1024 * 1024, &why);
    QStringList lines;
    if (bytes) {
        const QStringList all = QString::fromUtf8(*bytes).split(QLatin1Char('\n'));
        const int from = std::max(1, d.line - 3), to = std::min(static_cast<int>(all.size()), std::max(d.line, 1) + 3);
        for (int n = from; n <= to; ++n) {
            lines.append(QStringLiteral("%1%2  %3")
                             .arg(n == d.line ? QStringLiteral("▶") : QStringLiteral(" "))
                             .arg(n, 4)
                             .arg(all[n - 1]));
        }
    }
    m_source->setPlainText(QStringLiteral("%1\n%2").arg(d.toString(), lines.join(QLatin1Char('\n'))));
}

void BankPage::showBehaviour(const BankItem &item)
{
    m_behaviourChart->clear();
    m_behaviour->setVisible(m_context != nullptr);
    m_behaviourChart->setVisible(m_context != nullptr);
    if (!m_context || !m_loaded) {
        return;
    }
    QString error;
    const auto b = services::Results(*m_context).itemBehaviour(m_loaded->bank.id, item, &error);
    if (!b) {
        m_behaviour->setText(error);
        return;
    }
    if (b->answers == 0) {
        m_behaviour->setText(tr("No pupil has answered this question yet in the sittings of this database."));
        return;
    }
    const QLocale locale;
    const auto percent = [&](double v) { return tr("%1%").arg(std::lround(100.0 * v)); };
    QStringList lines{tr("With pupils: %n answer(s) in the sittings on this bank, ", nullptr, b->answers)
        + tr("%1 right; mean score %2.")
              .arg(percent(static_cast<double>(b->right) / b->answers), locale.toString(b->meanScore, 'f', 2))};
    if (std::isfinite(b->correlation)) {
        lines.append(tr("Correlation with the pupils' ability: %1 (a weak signal in an adaptive test, which gives "
                        "each question to pupils near its difficulty; a value near 0 or below deserves a look).")
                         .arg(locale.toString(b->correlation, 'f', 2)));
    }
    std::vector<reports::ObservedPoint> points;
    QStringList groups;
    for (const services::ItemBehaviour::Group &g : b->groups) {
        points.push_back({g.thetaMean, g.meanScore, g.answers});
        QString text
            = tr("ability %1 to %2: %3 (%n answer(s))", nullptr, g.answers)
                  .arg(locale.toString(g.thetaLow, 'f', 1), locale.toString(g.thetaHigh, 'f', 1), percent(g.meanScore));
        if (!g.optionCounts.empty()) {
            QStringList options;
            for (std::size_t o = 0; o < g.optionCounts.size(); ++o) {
                // By the option's id in the bank's file: pupils saw the options in their own order.
                options.append(QStringLiteral("%1 %2").arg(
                    item.content.options[o].id, percent(static_cast<double>(g.optionCounts[o]) / g.answers)));
            }
            text += item.content.type == ItemType::MultipleResponse
                ? tr(" — options ticked: %1").arg(options.join(QStringLiteral(", ")))
                : tr(" — options chosen: %1").arg(options.join(QStringLiteral(", ")));
        }
        groups.append(text);
    }
    if (!groups.isEmpty()) {
        lines.append(
            tr("By ability, from the lowest to the highest group: %1.").arg(groups.join(QStringLiteral("; "))));
    }
    // Its exposure: the share of the tests on this bank that gave it.
    if (m_testsOnBank > 0) {
        lines.append(tr("Given in %1 of the %n test(s) on this bank (its exposure).", nullptr, m_testsOnBank)
                         .arg(percent(std::min(1.0, static_cast<double>(b->answers) / m_testsOnBank))));
    }
    // What the last calibration said of it (Calibration tab).
    if (const QString remark = m_calibrationRemarks.value(item.id); !remark.isEmpty()) {
        lines.append(tr("Last calibration: %1").arg(remark));
    }
    m_behaviour->setText(lines.join(QLatin1Char('\n')));
    const double ratio = devicePixelRatioF();
    const int w
        = std::max(320, std::min(m_behaviour->width() > 0 ? m_behaviour->width() : 560, fontMetrics().height() * 30));
    QPixmap chart = QPixmap::fromImage(reports::itemChart(item.hasParameters ? &item.irt : nullptr, points,
        tr("Expected score along the ability scale (line), observed by groups of pupils (dots), information (dashed)"),
        static_cast<int>(w * ratio), static_cast<int>(w * ratio * 0.55)));
    chart.setDevicePixelRatio(ratio);
    m_behaviourChart->setPixmap(chart);
}

void BankPage::showUse()
{
    m_use->setVisible(m_context != nullptr);
    if (!m_context || !m_loaded) {
        return;
    }
    const ItemBank &bank = m_loaded->bank;
    const auto use = m_context->store.bankUse(bank.id);
    if (!use) {
        m_use->setText(use.error());
        return;
    }
    m_testsOnBank = use->sessions;
    if (use->sessions == 0) {
        m_use->setText(tr("No test has been taken on this bank in this database yet."));
        return;
    }
    // Items never given, and the most given (share of the tests that gave them).
    QStringList never;
    std::vector<std::pair<int, QString>> given;
    for (const BankItem &item : bank.items) {
        if (item.status != ItemStatus::Operational && item.status != ItemStatus::Pilot) {
            continue;
        }
        const int n = use->answers.value(item.id);
        if (n == 0) {
            never.append(item.id);
        } else {
            given.emplace_back(n, item.id);
        }
    }
    std::sort(given.begin(), given.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList most;
    for (std::size_t i = 0; i < given.size() && i < 5; ++i) {
        most.append(
            tr("%1 (%2% of the tests)").arg(given[i].second).arg(std::lround(100.0 * given[i].first / use->sessions)));
    }
    QString text = tr("%n test(s) taken on this bank. ", nullptr, use->sessions)
        + tr("Most given: %1.").arg(most.join(QStringLiteral(", ")));
    text += QLatin1Char(' ')
        + (never.isEmpty() ? tr("Every operational and pilot question has been given.")
                           : tr("Never given (%n question(s)): %1.", nullptr, static_cast<int>(never.size()))
                                 .arg(never.mid(0, 30).join(QStringLiteral(", "))
                                     + (never.size() > 30 ? QStringLiteral(", …") : QString())));
    m_use->setText(text);
}

bool BankPage::computePrecision(int simulees)
{
    if (!m_loaded || !m_loaded->usable()) {
        m_precision->setText(tr("The bank must be usable (no error) to simulate its test."));
        return false;
    }
    const cat::AdaptiveEngine engine(m_loaded->bank, m_loaded->bank.defaultTest);
    if (!engine.isValid()) {
        m_precision->setText(engine.errorString());
        return false;
    }
    const auto points = cat::precisionAlongTheta(engine, simulees, 1);
    std::vector<reports::PrecisionSample> samples;
    double worst = 0.0, longest = 0.0;
    for (const cat::PrecisionPoint &p : points) {
        samples.push_back({p.theta, p.expectedSe, p.bankInformation});
        if (std::abs(p.theta) <= 2.0) {
            worst = std::max(worst, p.expectedSe);
        }
        longest = std::max(longest, p.meanLength);
    }
    const QLocale locale;
    const double target = m_loaded->bank.defaultTest.stopping.seTarget;
    m_precision->setText(tr("The bank's default test, simulated %1 times at each ability: from -2 to 2, its expected "
                            "standard error is at most %2%3; tests are at most %4 questions long on average.")
                             .arg(simulees)
                             .arg(locale.toString(worst, 'f', 2))
                             .arg(target > 0 ? tr(" (target %1)").arg(locale.toString(target, 'f', 2)) : QString())
                             .arg(locale.toString(longest, 'f', 1)));
    const double ratio = devicePixelRatioF();
    const int w = std::max(320, std::min(width() - 60, fontMetrics().height() * 32));
    QPixmap chart = QPixmap::fromImage(reports::precisionChart(samples, target,
        tr("Expected standard error of the test along the ability scale (line), its target (dotted), the information "
           "of the whole bank (dashed)"),
        static_cast<int>(w * ratio), static_cast<int>(w * ratio * 0.5)));
    chart.setDevicePixelRatio(ratio);
    m_precisionChart->setPixmap(chart);
    return true;
}

void BankPage::updateEditButtons()
{
    const bool usable = m_loaded && m_loaded->usable();
    m_edit->setEnabled(usable && findItem(m_loaded->bank, m_shown));
    m_new->setEnabled(usable);
    m_importQti->setEnabled(usable);
    m_exportQti->setEnabled(usable);
    m_undo->setEnabled(!m_undoStack.empty());
    m_redo->setEnabled(!m_redoStack.empty());
    m_undo->setToolTip(m_undoStack.empty() ? QString() : tr("Undo the %1").arg(m_undoStack.back().description));
    m_redo->setToolTip(m_redoStack.empty() ? QString() : tr("Redo the %1").arg(m_redoStack.back().description));
}

void BankPage::changed(const FileChange &change, const QString &showId)
{
    m_undoStack.push_back(change);
    m_redoStack.clear();
    m_editMessage->setText(tr("Saved: %1. Undo puts the files back as they were.").arg(change.description));
    reload();
    showItem(showId);
}

ItemEditor *BankPage::editShown()
{
    const BankItem *item = m_loaded && m_loaded->usable() ? findItem(m_loaded->bank, m_shown) : nullptr;
    if (!item) {
        return nullptr;
    }
    auto *editor = new ItemEditor(m_loaded->bank, *item, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = item->id;
    connect(editor, &QDialog::accepted, this, [this, editor, id] { changed(editor->change(), id); });
    editor->open();
    return editor;
}

NewItemDialog *BankPage::newItem()
{
    if (!m_loaded || !m_loaded->usable()) {
        return nullptr;
    }
    const BankItem *shown = findItem(m_loaded->bank, m_shown);
    auto *dialog = new NewItemDialog(m_loaded->bank, shown ? shown->source.file : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { changed(dialog->change(), dialog->newId()); });
    dialog->open();
    return dialog;
}

bool BankPage::applyChange(const FileChange &change, bool back)
{
    // Only while the files still hold what the change wrote (or, to redo, what it found).
    const QHash<QString, QByteArray> &expected = back ? change.after : change.before;
    const QHash<QString, QByteArray> &written = back ? change.before : change.after;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        QFile f(it.key());
        if (!f.open(QIODevice::ReadOnly) || f.readAll() != it.value()) {
            m_editMessage->setText((back ? tr("%1 was changed since (in another editor?): the %2 cannot be undone.")
                                         : tr("%1 was changed since (in another editor?): the %2 cannot be redone."))
                                       .arg(QDir::toNativeSeparators(it.key()), change.description));
            return false;
        }
    }
    BankFileEdits edits;
    for (auto it = written.constBegin(); it != written.constEnd(); ++it) {
        edits.replaceFile(it.key(), QString::fromUtf8(it.value()));
    }
    QStringList errors;
    if (!edits.commit(&errors)) {
        m_editMessage->setText(errors.join(QLatin1Char('\n')));
        return false;
    }
    m_editMessage->setText(
        back ? tr("Undone: %1.").arg(change.description) : tr("Redone: %1.").arg(change.description));
    const QString shown = m_shown;
    reload();
    showItem(shown);
    return true;
}

bool BankPage::undo()
{
    if (m_undoStack.empty() || !applyChange(m_undoStack.back(), true)) {
        return false;
    }
    m_redoStack.push_back(m_undoStack.back());
    m_undoStack.pop_back();
    updateEditButtons();
    return true;
}

bool BankPage::redo()
{
    if (m_redoStack.empty() || !applyChange(m_redoStack.back(), false)) {
        return false;
    }
    m_undoStack.push_back(m_redoStack.back());
    m_redoStack.pop_back();
    updateEditButtons();
    return true;
}

QtiImportDialog *BankPage::importQti(const QString &package)
{
    if (!m_loaded || !m_loaded->usable()) {
        return nullptr;
    }
    auto *dialog = new QtiImportDialog(package, m_folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_editMessage->setText(tr("QTI questions imported into %1 (not undone by Undo: remove that file to take them "
                                  "out).")
                                   .arg(QDir::toNativeSeparators(dialog->result().itemsFile)));
        reload();
        for (const qti::ImportEntry &e : dialog->result().entries) {
            if (!e.itemId.isEmpty() && showItem(e.itemId)) {
                break;
            }
        }
    });
    dialog->open();
    return dialog;
}

bool BankPage::exportQti(const QString &path)
{
    if (!m_loaded || !m_loaded->usable()) {
        return false;
    }
    const qti::ExportResult exported = qti::exportPackage(m_loaded->bank);
    QString error = exported.error;
    if (error.isEmpty()) {
        saveFile(path, exported.package, &error);
    }
    m_editMessage->setText(error.isEmpty()
            ? tr("%n question(s) exported to %1.", nullptr, exported.items).arg(QDir::toNativeSeparators(path))
            : tr("Nothing was exported: %1").arg(error));
    return error.isEmpty();
}

} // namespace aicet::gui
