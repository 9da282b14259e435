#include "ClassesPage.h"

#include "CodeSlips.h"
#include "StaffWidgets.h"
#include "Translations.h"
#include "io/SaveFile.h"
#include "io/UserFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace aicet::gui {
namespace {

using services::ClassLists;

} // namespace

// ---------------------------------------------------------------------------------------------

ClassImportDialog::ClassImportDialog(const services::ServiceContext &context, const store::StaffRecord &owner,
    const ClassLists::Preview &preview, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_owner(owner)
    , m_preview(preview)
{
    setObjectName(QStringLiteral("import-dialog"));
    setWindowTitle(tr("Import a class list"));
    auto *layout = new QVBoxLayout(this);
    auto *read = messageLabel(this, QStringLiteral("import-read-as"));
    read->setText(tr("Read as %1, columns separated by \"%2\". Check which column is which, then import: rows with a "
                     "problem are left out.")
                      .arg(preview.encoding, QString(preview.separator)));
    layout->addWidget(read);
    auto *form = new QFormLayout;
    const QStringList labels{tr("Last name:"), tr("First name:"), tr("Class:"), tr("Identifier (optional):")};
    const QStringList names{QStringLiteral("column-last-name"), QStringLiteral("column-first-name"),
        QStringLiteral("column-class"), QStringLiteral("column-identifier")};
    const int guessed[4] = {preview.lastName, preview.firstName, preview.className, preview.identifier};
    for (int k = 0; k < 4; ++k) {
        auto *box = new QComboBox(this);
        box->setObjectName(names[k]);
        box->addItem(tr("(none)"), -1);
        for (qsizetype c = 0; c < preview.header.size(); ++c) {
            box->addItem(preview.header[c], static_cast<int>(c));
        }
        box->setCurrentIndex(guessed[k] + 1);
        form->addRow(labels[k], box);
        m_columns[k] = box;
        connect(box, &QComboBox::currentIndexChanged, this, &ClassImportDialog::refresh);
    }
    m_defaultClass = new QLineEdit(this);
    m_defaultClass->setObjectName(QStringLiteral("default-class"));
    m_defaultClass->setMaxLength(40);
    m_defaultClass->setPlaceholderText(tr("e.g. 5e B"));
    form->addRow(tr("Class of the rows that name none:"), m_defaultClass);
    connect(m_defaultClass, &QLineEdit::editingFinished, this, &ClassImportDialog::refresh);
    layout->addLayout(form);
    m_table = readOnlyTable(this, QStringLiteral("import-preview"),
        {tr("Line"), tr("Last name"), tr("First name"), tr("Class"), tr("Identifier"), tr("Problem")});
    // The problem has the room: the other columns as wide as what they hold.
    for (int c = 0; c < 5; ++c) {
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    m_summary = messageLabel(this, QStringLiteral("import-summary"));
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *ok = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("import-confirm"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (import()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(screen() ? QSize(860, 560).boundedTo(screen()->availableGeometry().size() - QSize(0, 40)) : QSize(860, 560));
    refresh();
}

void ClassImportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToText(this);
}

void ClassImportDialog::refresh()
{
    const auto column = [this](int k) { return m_columns[k]->currentData().toInt(); };
    m_rows = ClassLists(m_context).mapRows(
        m_preview, column(0), column(1), column(2), column(3), m_defaultClass->text(), m_owner);
    m_table->setRowCount(0);
    // The rows with a problem first: they are what the teacher must look at.
    std::vector<const ClassLists::Row *> ordered;
    for (const ClassLists::Row &row : m_rows) {
        ordered.push_back(&row);
    }
    std::stable_partition(ordered.begin(), ordered.end(), [](const auto *r) { return !r->problems.isEmpty(); });
    for (const ClassLists::Row *shown : ordered) {
        const ClassLists::Row &row = *shown;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells{QString::number(row.line), row.lastName, row.firstName, row.className, row.identifier,
            row.problems.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (!row.problems.isEmpty()) {
                item->setBackground(QColor(0xfd, 0xe9, 0xc8));
                item->setToolTip(cells.last());
            }
            m_table->setItem(r, c, item);
        }
    }
    m_summary->setText(tr("%1 row(s): %2 to import, %3 left out.")
                           .arg(m_rows.size())
                           .arg(importable())
                           .arg(static_cast<int>(m_rows.size()) - importable()));
}

int ClassImportDialog::importable() const
{
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const auto &r) { return r.problems.isEmpty(); }));
}

bool ClassImportDialog::import()
{
    refresh();
    if (importable() == 0) {
        m_summary->setText(tr("No row can be imported: check the columns and the class."));
        return false;
    }
    m_result = ClassLists(m_context).import(m_owner, m_rows);
    m_summary->setText(m_result.message);
    return m_result.ok;
}

// ---------------------------------------------------------------------------------------------

ClassesPage::ClassesPage(const services::ServiceContext &context, const store::StaffRecord &account, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_account(account)
{
    setObjectName(QStringLiteral("classes-page"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_classList = new QListWidget(this);
    m_classList->setObjectName(QStringLiteral("class-list"));
    m_classList->setMaximumWidth(240);
    top->addWidget(m_classList);
    m_pupils = readOnlyTable(this, QStringLiteral("pupils"),
        {tr("Last name"), tr("First name"), tr("Identifier"), tr("Personal code"), tr("Extra time")});
    // Every column as wide as its text (the codes are never cut); the table scrolls sideways.
    m_pupils->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pupils->horizontalHeader()->setStretchLastSection(true);
    top->addWidget(m_pupils, 1);
    layout->addLayout(top, 1);
    connect(m_classList, &QListWidget::currentRowChanged, this, &ClassesPage::showPupils);

    // One button a row, so that large text still fits a small screen.
    auto *actions = new QVBoxLayout;
    auto *importButton = new QPushButton(tr("Import a class list…"), this);
    importButton->setObjectName(QStringLiteral("import-class"));
    auto *slips = new QPushButton(tr("Print the code slips…"), this);
    slips->setObjectName(QStringLiteral("print-slips"));
    auto *remove = new QPushButton(tr("Remove the selected pupil"), this);
    remove->setObjectName(QStringLiteral("remove-pupil"));
    for (QPushButton *button : {importButton, slips, remove}) {
        actions->addWidget(button, 0, Qt::AlignLeft);
    }
    layout->addLayout(actions);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a class list"), {}, tr("Class lists (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty()) {
            importFile(path);
        }
    });
    connect(slips, &QPushButton::clicked, this, [this] {
        if (currentClass().isEmpty()) {
            message(tr("Select a class first."));
            return;
        }
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the code slips"),
            tr("code-slips-%1.pdf").arg(currentClass().simplified().replace(QLatin1Char(' '), QLatin1Char('-'))),
            tr("PDF (*.pdf)"));
        if (!path.isEmpty()) {
            printSlips(path);
        }
    });
    connect(remove, &QPushButton::clicked, this, &ClassesPage::removePupil);

    auto *add = new QHBoxLayout;
    m_lastName = new QLineEdit(this);
    m_lastName->setObjectName(QStringLiteral("pupil-last-name"));
    m_lastName->setPlaceholderText(tr("Last name"));
    m_lastName->setMaxLength(80);
    m_firstName = new QLineEdit(this);
    m_firstName->setObjectName(QStringLiteral("pupil-first-name"));
    m_firstName->setPlaceholderText(tr("First name"));
    m_firstName->setMaxLength(80);
    m_extraTime = new QCheckBox(tr("Entitled to extra time (e.g. a third more time)"), this);
    m_extraTime->setObjectName(QStringLiteral("pupil-extra-time"));
    auto *addButton = new QPushButton(tr("Add the pupil to the class"), this);
    addButton->setObjectName(QStringLiteral("add-pupil"));
    auto *saveButton = new QPushButton(tr("Save the changes to the selected pupil"), this);
    saveButton->setObjectName(QStringLiteral("save-pupil"));
    add->addWidget(m_lastName, 1);
    add->addWidget(m_firstName, 1);
    layout->addLayout(add);
    layout->addWidget(m_extraTime);
    layout->addWidget(addButton, 0, Qt::AlignLeft);
    layout->addWidget(saveButton, 0, Qt::AlignLeft);
    connect(addButton, &QPushButton::clicked, this, &ClassesPage::addPupil);
    connect(saveButton, &QPushButton::clicked, this, &ClassesPage::savePupil);
    // The selected pupil's names fill the fields, to change them.
    connect(m_pupils, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_pupils->selectionModel()->selectedRows();
        if (rows.isEmpty()) {
            return;
        }
        const int r = rows.first().row();
        m_lastName->setText(m_pupils->item(r, 0)->text());
        m_firstName->setText(m_pupils->item(r, 1)->text());
        m_extraTime->setChecked(m_pupils->item(r, 0)->data(Qt::UserRole + 1).toBool());
    });
    m_message = messageLabel(this, QStringLiteral("classes-message"));
    layout->addWidget(m_message);
    refresh();
}

void ClassesPage::message(const QString &text)
{
    m_message->setText(text);
}

void ClassesPage::refresh()
{
    // The class shown stays by its id (two teachers may both have a "5e B").
    const int shown = m_classList->currentRow();
    const qint64 current = shown >= 0 && shown < m_classes.size() ? m_classes[shown].id : 0;
    QString error;
    const auto classes = ClassLists(m_context).classes(m_account, &error);
    if (!classes) {
        message(error);
        return;
    }
    m_classes = *classes;
    const QSignalBlocker block(m_classList);
    m_classList->clear();
    for (const store::ClassRecord &c : m_classes) {
        m_classList->addItem(tr("%1 (%n pupil(s))", nullptr, c.pupils).arg(c.name));
    }
    if (m_classes.isEmpty()) {
        message(tr("No class yet: import a class list (a CSV file from the school's software)."));
    }
    int row = 0;
    for (qsizetype i = 0; i < m_classes.size(); ++i) {
        if (m_classes[i].id == current) {
            row = static_cast<int>(i);
        }
    }
    m_classList->setCurrentRow(m_classes.isEmpty() ? -1 : row);
    showPupils();
}

QString ClassesPage::currentClass() const
{
    const int row = m_classList->currentRow();
    return row >= 0 && row < m_classes.size() ? m_classes[row].name : QString();
}

void ClassesPage::selectClass(const QString &name)
{
    for (qsizetype i = 0; i < m_classes.size(); ++i) {
        if (m_classes[i].name.compare(name, Qt::CaseInsensitive) == 0) {
            m_classList->setCurrentRow(static_cast<int>(i));
        }
    }
}

void ClassesPage::showPupils()
{
    m_pupils->setRowCount(0);
    const int row = m_classList->currentRow();
    if (row < 0 || row >= m_classes.size()) {
        return;
    }
    const auto pupils = m_context.store.classPupils(m_classes[row].id);
    if (!pupils) {
        message(pupils.error());
        return;
    }
    for (const store::ClassPupilRecord &p : *pupils) {
        const int r = m_pupils->rowCount();
        m_pupils->insertRow(r);
        const QStringList cells{p.lastName, p.firstName, p.identifier, p.code, p.extraTime ? tr("yes") : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, p.id);
            item->setData(Qt::UserRole + 1, p.extraTime);
            m_pupils->setItem(r, c, item);
        }
    }
}

bool ClassesPage::importFile(const QString &path)
{
    QString why;
    const auto bytes = io::readUserFile(path, 5LL * 1024 * 1024, &why);
    if (!bytes) {
        message(why);
        return false;
    }
    const ClassLists::Preview preview = ClassLists::preview(*bytes);
    if (!preview.error.isEmpty()) {
        message(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), preview.error));
        return false;
    }
    ClassImportDialog dialog(m_context, m_account, preview, this);
    Q_EMIT importDialogOpened(&dialog);
    if (dialog.QDialog::result() != QDialog::Accepted && dialog.exec() != QDialog::Accepted) {
        return false;
    }
    message(dialog.outcome().message);
    refresh();
    if (!dialog.outcome().pupils.isEmpty()) {
        // The class of the first pupil imported.
        for (qsizetype i = 0; i < m_classes.size(); ++i) {
            if (m_classes[i].id == dialog.outcome().pupils.first().classId) {
                m_classList->setCurrentRow(static_cast<int>(i));
            }
        }
    }
    return true;
}

bool ClassesPage::printSlips(const QString &path)
{
    const int row = m_classList->currentRow();
    if (row < 0 || row >= m_classes.size()) {
        message(tr("Select a class first."));
        return false;
    }
    const auto pupils = m_context.store.classPupils(m_classes[row].id);
    if (!pupils) {
        message(pupils.error());
        return false;
    }
    std::vector<reports::CodeSlip> slips;
    for (const store::ClassPupilRecord &p : *pupils) {
        slips.push_back({p.firstName + QLatin1Char(' ') + p.lastName, m_classes[row].name, p.code});
    }
    QString error;
    const QByteArray pdf = reports::renderCodeSlips(slips, {}, i18n::currentLanguage(), &error);
    if (pdf.isEmpty() || !saveFile(path, pdf, &error)) {
        message(error);
        return false;
    }
    message(tr("%n code slip(s) saved in %1", nullptr, static_cast<int>(slips.size())).arg(path));
    return true;
}

void ClassesPage::addPupil()
{
    const int row = m_classList->currentRow();
    if (row < 0 || row >= m_classes.size()) {
        message(tr("Select a class first."));
        return;
    }
    const auto r = ClassLists(m_context).addPupil(
        m_account, m_classes[row].id, m_lastName->text(), m_firstName->text(), {}, m_extraTime->isChecked());
    message(r.message);
    if (r.ok) {
        m_lastName->clear();
        m_firstName->clear();
        m_extraTime->setChecked(false);
        refresh();
    }
}

void ClassesPage::savePupil()
{
    const auto rows = m_pupils->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        message(tr("Select a pupil in the table first."));
        return;
    }
    const auto pupil
        = m_context.store.classPupilById(m_pupils->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong());
    if (!pupil) {
        message(pupil.failed() ? pupil.error() : tr("This pupil was removed meanwhile."));
        refresh();
        return;
    }
    store::ClassPupilRecord changed = *pupil;
    changed.lastName = m_lastName->text();
    changed.firstName = m_firstName->text();
    changed.extraTime = m_extraTime->isChecked();
    const auto r = ClassLists(m_context).editPupil(m_account, changed);
    message(r.message);
    if (r.ok) {
        refresh();
    }
}

void ClassesPage::removePupil()
{
    const auto rows = m_pupils->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        message(tr("Select a pupil in the table first."));
        return;
    }
    const qint64 id = m_pupils->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    const auto r = ClassLists(m_context).removePupil(m_account, id);
    message(r.message);
    refresh();
}

} // namespace aicet::gui
