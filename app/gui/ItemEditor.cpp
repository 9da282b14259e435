#include "ItemEditor.h"

#include "StaffWidgets.h"
#include "bank/BankEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace aicet::gui {
namespace {

// A comma-separated list as typed: trimmed, empty entries dropped.
QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty()) {
            out << part.trimmed();
        }
    }
    return out;
}

QByteArray diskBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Checks the bank with the edits (from a copy of its folder), then writes them all or none.
bool commitChecked(BankFileEdits &edits, const ItemBank &bank, FileChange *change, QStringList *problems)
{
    QString error;
    const BankLoadResult loaded = edits.loadWithEdits(bank.rootPath, &error);
    if (!error.isEmpty()) {
        *problems << error;
        return false;
    }
    if (!loaded.usable()) {
        for (const Diagnostic &d : loaded.diagnostics) {
            if (d.isError()) {
                *problems << d.toString();
            }
        }
        if (problems->isEmpty()) {
            *problems << ItemEditor::tr("the bank would not read with these changes");
        }
        return false;
    }
    const QHash<QString, QString> texts = edits.texts();
    change->before.clear();
    change->after.clear();
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        change->before.insert(it.key(), diskBytes(it.key()));
        change->after.insert(it.key(), it.value().toUtf8());
    }
    return edits.commit(problems);
}

QString placeholder(const QString &language, const char *french, const char *english)
{
    return language == QLatin1String("fr") ? QString::fromUtf8(french) : QString::fromUtf8(english);
}

} // namespace

ItemEditor::ItemEditor(const ItemBank &bank, const BankItem &item, QWidget *parent)
    : QDialog(parent)
    , m_bank(bank)
    , m_item(item)
{
    setObjectName(QStringLiteral("item-editor"));
    setWindowTitle(tr("Edit the question %1").arg(item.id));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);
    auto *layout = new QVBoxLayout(page);
    auto *where = new QLabel(tr("%1, in %2 (line %3). Only the values you change are written; comments and layout "
                                "stay.")
                                 .arg(itemTypeName(item.content.type),
                                     QDir::toNativeSeparators(QDir(bank.rootPath).relativeFilePath(item.source.file)))
                                 .arg(item.source.line),
        page);
    where->setWordWrap(true);
    layout->addWidget(where);

    auto *general = new QFormLayout;
    general->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(general);
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("edit-status"));
    const std::pair<ItemStatus, QString> statuses[] = {{ItemStatus::Draft, tr("draft (never given)")},
        {ItemStatus::Pilot, tr("pilot (given unscored, for calibration)")},
        {ItemStatus::Operational, tr("operational (scored)")}, {ItemStatus::Retired, tr("retired (never given)")}};
    for (const auto &[status, text] : statuses) {
        m_status->addItem(text, itemStatusName(status));
    }
    m_status->setCurrentIndex(m_status->findData(itemStatusName(item.status)));
    general->addRow(tr("Status:"), m_status);
    m_themes = new QLineEdit(item.themes.join(QStringLiteral(", ")), page);
    m_themes->setObjectName(QStringLiteral("edit-themes"));
    general->addRow(tr("Themes (ids, separated by commas):"), m_themes);
    m_enemies = new QLineEdit(item.enemies.join(QStringLiteral(", ")), page);
    m_enemies->setObjectName(QStringLiteral("edit-enemies"));
    m_enemies->setToolTip(tr("Questions that must never be in the same test as this one."));
    general->addRow(tr("Never in the same test as:"), m_enemies);
    // The picture: a file of the bank's folder (its alternative text below, in each language).
    auto *pictureRow = new QHBoxLayout;
    m_image = new QLineEdit(item.content.imageFile, page);
    m_image->setObjectName(QStringLiteral("edit-image"));
    m_image->setPlaceholderText(tr("none"));
    auto *choose = new QPushButton(tr("Choose…"), page);
    choose->setObjectName(QStringLiteral("edit-image-choose"));
    pictureRow->addWidget(m_image, 1);
    pictureRow->addWidget(choose);
    if (!item.content.imageFiles.isEmpty()) {
        // One picture per language: the form edits one file name, the item's file says which
        // picture each language shows.
        m_image->setText(QStringList(item.content.imageFiles.values()).join(QStringLiteral(" · ")));
        m_image->setReadOnly(true);
        choose->setEnabled(false);
        m_image->setToolTip(tr("One picture per language: change them in the item's file."));
    }
    general->addRow(tr("Picture (a file of the bank's folder):"), pictureRow);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Picture of the question"), m_bank.rootPath, tr("Pictures (*.png *.jpg *.jpeg *.svg)"));
        if (chosen.isEmpty()) {
            return;
        }
        const QString relative = QDir(m_bank.rootPath).relativeFilePath(chosen);
        if (relative.startsWith(QLatin1String(".."))) {
            m_message->setText(tr("The picture must be in the bank's folder (copy it into its images folder first)."));
            return;
        }
        m_image->setText(relative);
    });

    const ItemContent &c = item.content;
    for (const QString &language : bank.languages) {
        const QString name = language == QLatin1String("fr") ? tr("French")
            : language == QLatin1String("en")                ? tr("English")
                                                             : language;
        auto *box = new QGroupBox(tr("In %1").arg(name), page);
        auto *form = new QFormLayout(box);
        form->setRowWrapPolicy(QFormLayout::WrapAllRows);
        m_stem.insert(language, textBox(QStringLiteral("edit-stem-") + language, c.stem.value(language)));
        form->addRow(tr("Question:"), m_stem.value(language));
        m_alt.insert(language, textBox(QStringLiteral("edit-alt-") + language, c.imageAlt.value(language)));
        form->addRow(tr("What the picture shows (for pupils who cannot see it):"), m_alt.value(language));
        if (c.type == ItemType::ShortText) {
            m_accepted.insert(language,
                textBox(
                    QStringLiteral("edit-accepted-") + language, c.accepted.value(language).join(QLatin1Char('\n'))));
            form->addRow(tr("Accepted answers (one per line):"), m_accepted.value(language));
        }
        m_explanation.insert(
            language, textBox(QStringLiteral("edit-explanation-") + language, c.explanation.value(language)));
        form->addRow(tr("Explanation shown after the test:"), m_explanation.value(language));
        layout->addWidget(box);
    }
    // The choices' texts, and the key.
    const std::pair<const char *, const std::vector<Choice> *> lists[]
        = {{"options", &c.options}, {"elements", &c.elements}, {"premises", &c.premises}, {"responses", &c.responses}};
    for (const auto &[key, choices] : lists) {
        if (!choices->empty()) {
            const QString title = QLatin1String(key) == QLatin1String("options") ? tr("Options:")
                : QLatin1String(key) == QLatin1String("elements")                ? tr("Elements to put in order:")
                : QLatin1String(key) == QLatin1String("premises")                ? tr("Premises (left):")
                                                                                 : tr("Responses (right):");
            layout->addWidget(new QLabel(title, page));
            QTableWidget *table = choiceTable(QLatin1String(key), *choices);
            m_choices.insert(QLatin1String(key), table);
            layout->addWidget(table);
            // Entries added (a new id, their texts) or removed; the key is set once they exist.
            auto *row = new QHBoxLayout;
            auto *add = new QPushButton(tr("Add one"), page);
            add->setObjectName(QStringLiteral("edit-%1-add").arg(QLatin1String(key)));
            auto *remove = new QPushButton(tr("Remove the selected one"), page);
            remove->setObjectName(QStringLiteral("edit-%1-remove").arg(QLatin1String(key)));
            row->addWidget(add);
            row->addWidget(remove);
            row->addStretch(1);
            layout->addLayout(row);
            connect(add, &QPushButton::clicked, this, [this, table] {
                const int r = table->rowCount();
                table->insertRow(r);
                for (int column = 0; column < table->columnCount(); ++column) {
                    table->setItem(r, column, new QTableWidgetItem);
                }
                table->setMinimumHeight(table->minimumHeight() + 30);
                table->setCurrentCell(r, 0);
                table->editItem(table->item(r, 0));
            });
            connect(remove, &QPushButton::clicked, this, [table] {
                if (table->currentRow() >= 0 && table->rowCount() > 1) {
                    table->removeRow(table->currentRow());
                }
            });
        }
    }
    auto *keyForm = new QFormLayout;
    keyForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(keyForm);
    switch (c.type) {
    case ItemType::SingleChoice:
        m_singleKey = new QComboBox(page);
        m_singleKey->setObjectName(QStringLiteral("edit-key"));
        for (const Choice &o : c.options) {
            m_singleKey->addItem(QStringLiteral("%1 – %2").arg(o.id, localized(o.text, bank.defaultLanguage)), o.id);
        }
        m_singleKey->setCurrentIndex(m_singleKey->findData(c.key.value(0)));
        keyForm->addRow(tr("Right answer:"), m_singleKey);
        break;
    case ItemType::MultipleResponse:
        m_multipleKey = new QListWidget(page);
        m_multipleKey->setObjectName(QStringLiteral("edit-key"));
        for (const Choice &o : c.options) {
            auto *row = new QListWidgetItem(
                QStringLiteral("%1 – %2").arg(o.id, localized(o.text, bank.defaultLanguage)), m_multipleKey);
            row->setData(Qt::UserRole, o.id);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            row->setCheckState(c.key.contains(o.id) ? Qt::Checked : Qt::Unchecked);
        }
        m_multipleKey->setMaximumHeight(120);
        keyForm->addRow(tr("Right answers:"), m_multipleKey);
        break;
    case ItemType::TrueFalse:
        m_singleKey = new QComboBox(page);
        m_singleKey->setObjectName(QStringLiteral("edit-key"));
        m_singleKey->addItem(tr("true"), QStringLiteral("true"));
        m_singleKey->addItem(tr("false"), QStringLiteral("false"));
        m_singleKey->setCurrentIndex(c.trueFalseKey ? 0 : 1);
        keyForm->addRow(tr("Right answer:"), m_singleKey);
        break;
    case ItemType::Ordering:
        m_keyLine = new QLineEdit(c.key.join(QStringLiteral(", ")), page);
        m_keyLine->setObjectName(QStringLiteral("edit-key"));
        keyForm->addRow(tr("Right order (ids, separated by commas):"), m_keyLine);
        break;
    case ItemType::Matching: {
        QStringList pairs;
        for (auto it = c.matchingKey.constBegin(); it != c.matchingKey.constEnd(); ++it) {
            pairs << it.key() + QLatin1Char('=') + it.value();
        }
        m_keyLine = new QLineEdit(pairs.join(QStringLiteral(", ")), page);
        m_keyLine->setObjectName(QStringLiteral("edit-key"));
        keyForm->addRow(tr("Right pairs (premise=response, separated by commas):"), m_keyLine);
        break;
    }
    case ItemType::Numeric:
        m_keyLine = new QLineEdit(QString::number(c.numericKey, 'g', 12), page);
        m_keyLine->setObjectName(QStringLiteral("edit-key"));
        keyForm->addRow(tr("Right answer:"), m_keyLine);
        m_tolerance = new QLineEdit(QString::number(c.tolerance, 'g', 12), page);
        m_tolerance->setObjectName(QStringLiteral("edit-tolerance"));
        keyForm->addRow(tr("Tolerance (±):"), m_tolerance);
        break;
    case ItemType::ShortText:
        break;
    }
    m_message = messageLabel(this, QStringLiteral("edit-message"));
    outer->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("edit-buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ItemEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ItemEditor::reject);
    outer->addWidget(buttons);
    if (parent) {
        resize(std::min(820, parent->window()->width()), std::min(700, parent->window()->height()));
    }
}

QPlainTextEdit *ItemEditor::textBox(const QString &objectName, const QString &text)
{
    auto *box = new QPlainTextEdit(text, this);
    box->setObjectName(objectName);
    box->setTabChangesFocus(true);
    box->setMinimumHeight(56);
    box->setMaximumHeight(90);
    return box;
}

QTableWidget *ItemEditor::choiceTable(const QString &key, const std::vector<Choice> &choices)
{
    QStringList headers{tr("Id")};
    headers << m_bank.languages;
    auto *table = new QTableWidget(static_cast<int>(choices.size()), static_cast<int>(headers.size()), this);
    table->setObjectName(QStringLiteral("edit-") + key);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int row = 0; row < static_cast<int>(choices.size()); ++row) {
        const Choice &choice = choices[static_cast<std::size_t>(row)];
        auto *id = new QTableWidgetItem(choice.id);
        id->setFlags(Qt::ItemIsEnabled);
        table->setItem(row, 0, id);
        for (int l = 0; l < m_bank.languages.size(); ++l) {
            table->setItem(row, l + 1, new QTableWidgetItem(choice.text.value(m_bank.languages[l])));
        }
    }
    table->setMinimumHeight(40 + 30 * static_cast<int>(choices.size()));
    return table;
}

bool ItemEditor::save()
{
    BankFileEdits edits;
    QStringList problems;
    const QString file = m_item.source.file;
    const auto set = [&](const QStringList &path, const QString &value) {
        QString error;
        if (!edits.setItemPath(file, m_item.id, path, value, &error)) {
            problems << error;
        }
    };
    const ItemContent &c = m_item.content;
    if (m_status->currentData().toString() != itemStatusName(m_item.status)) {
        set({QStringLiteral("status")}, m_status->currentData().toString());
    }
    if (listOf(m_themes->text()) != m_item.themes) {
        set({QStringLiteral("themes")}, yamlFlowList(listOf(m_themes->text())));
    }
    if (listOf(m_enemies->text()) != m_item.enemies) {
        set({QStringLiteral("enemies")}, yamlFlowList(listOf(m_enemies->text())));
    }
    const QString image = m_image->text().trimmed();
    if (c.imageFiles.isEmpty() && image != c.imageFile) {
        if (image.isEmpty()) {
            problems << tr("a picture is taken out in the item's file (its image: lines)");
        } else {
            set({QStringLiteral("image"), QStringLiteral("file")}, yamlScalar(image));
        }
    }
    for (const QString &language : m_bank.languages) {
        const auto text = [](QPlainTextEdit *box) { return box->toPlainText().trimmed(); };
        if (text(m_stem.value(language)) != c.stem.value(language)) {
            set({QStringLiteral("stem"), language}, yamlQuoted(text(m_stem.value(language))));
        }
        if (text(m_explanation.value(language)) != c.explanation.value(language)) {
            set({QStringLiteral("explanation"), language}, yamlQuoted(text(m_explanation.value(language))));
        }
        if (m_alt.contains(language) && text(m_alt.value(language)) != c.imageAlt.value(language)) {
            set({QStringLiteral("image"), QStringLiteral("alt"), language}, yamlQuoted(text(m_alt.value(language))));
        }
        if (m_accepted.contains(language)) {
            QStringList answers;
            for (const QString &line : m_accepted.value(language)->toPlainText().split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty()) {
                    answers << line.trimmed();
                }
            }
            if (answers != c.accepted.value(language)) {
                QStringList quoted;
                for (const QString &a : answers) {
                    quoted << yamlQuoted(a);
                }
                set({QStringLiteral("accepted"), language},
                    QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']'));
            }
        }
    }
    const std::pair<const char *, const std::vector<Choice> *> lists[]
        = {{"options", &c.options}, {"elements", &c.elements}, {"premises", &c.premises}, {"responses", &c.responses}};
    for (const auto &[key, choices] : lists) {
        QTableWidget *table = m_choices.value(QLatin1String(key));
        if (!table) {
            continue;
        }
        // The entries kept (their texts changed in place), those removed, those added.
        QStringList kept;
        QList<int> added;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString id = table->item(row, 0)->text().trimmed();
            const auto original
                = std::find_if(choices->begin(), choices->end(), [&](const Choice &choice) { return choice.id == id; });
            if (original == choices->end() || (table->item(row, 0)->flags() & Qt::ItemIsEditable)) {
                added << row;
                continue;
            }
            kept << id;
            for (int l = 0; l < m_bank.languages.size(); ++l) {
                const QString text = table->item(row, l + 1)->text().trimmed();
                if (text != original->text.value(m_bank.languages[l])) {
                    set({QLatin1String(key), QLatin1Char('#') + id, QStringLiteral("text"), m_bank.languages[l]},
                        yamlQuoted(text));
                }
            }
        }
        for (const Choice &choice : *choices) {
            if (!kept.contains(choice.id)) {
                QString error;
                if (!edits.removeFromItemList(file, m_item.id, QLatin1String(key), choice.id, &error)) {
                    problems << error;
                }
            }
        }
        static const QRegularExpression idForm(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
        for (const int row : added) {
            const QString id = table->item(row, 0)->text().trimmed();
            if (!idForm.match(id).hasMatch() || kept.contains(id)) {
                problems << tr("a new entry needs an id of its own (letters, digits, '.', '_', '-'): \"%1\"").arg(id);
                continue;
            }
            kept << id;
            QStringList texts;
            for (int l = 0; l < m_bank.languages.size(); ++l) {
                texts << m_bank.languages[l] + QStringLiteral(": ")
                        + yamlQuoted(table->item(row, l + 1)->text().trimmed());
            }
            QString error;
            if (!edits.appendToItemList(file, m_item.id, QLatin1String(key),
                    QStringLiteral("{id: %1, text: {%2}}").arg(yamlScalar(id), texts.join(QStringLiteral(", "))),
                    &error)) {
                problems << error;
            }
        }
    }
    // The key, as its type writes it.
    const QString answer = QStringLiteral("answer");
    switch (c.type) {
    case ItemType::SingleChoice:
        if (m_singleKey->currentData().toString() != c.key.value(0)) {
            set({answer}, yamlScalar(m_singleKey->currentData().toString()));
        }
        break;
    case ItemType::MultipleResponse: {
        QStringList key;
        for (int i = 0; i < m_multipleKey->count(); ++i) {
            if (m_multipleKey->item(i)->checkState() == Qt::Checked) {
                key << m_multipleKey->item(i)->data(Qt::UserRole).toString();
            }
        }
        QStringList sortedKey = key, sortedOld = c.key;
        sortedKey.sort();
        sortedOld.sort();
        if (sortedKey != sortedOld) {
            set({answer}, yamlFlowList(key));
        }
        break;
    }
    case ItemType::TrueFalse:
        if ((m_singleKey->currentData().toString() == QLatin1String("true")) != c.trueFalseKey) {
            set({answer}, m_singleKey->currentData().toString());
        }
        break;
    case ItemType::Ordering:
        if (listOf(m_keyLine->text()) != c.key) {
            set({answer}, yamlFlowList(listOf(m_keyLine->text())));
        }
        break;
    case ItemType::Matching: {
        QMap<QString, QString> pairs;
        QStringList written;
        for (const QString &pair : listOf(m_keyLine->text())) {
            const QString premise = pair.section(QLatin1Char('='), 0, 0).trimmed();
            const QString response = pair.section(QLatin1Char('='), 1).trimmed();
            if (premise.isEmpty() || response.isEmpty()) {
                problems << tr("the right pairs are written premise=response, separated by commas (\"%1\" is not)")
                                .arg(pair);
                continue;
            }
            pairs.insert(premise, response);
            written << yamlScalar(premise) + QStringLiteral(": ") + yamlScalar(response);
        }
        if (pairs != c.matchingKey) {
            set({answer}, QLatin1Char('{') + written.join(QStringLiteral(", ")) + QLatin1Char('}'));
        }
        break;
    }
    case ItemType::Numeric: {
        bool ok = false, okTolerance = false;
        const double value = QString(m_keyLine->text()).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        const double tolerance
            = QString(m_tolerance->text()).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&okTolerance);
        if (!ok || !okTolerance || tolerance < 0.0) {
            problems << tr("the right answer and its tolerance are numbers (the tolerance 0 or more)");
        } else {
            if (value != c.numericKey) {
                set({answer}, QString::number(value, 'g', 12));
            }
            if (tolerance != c.tolerance) {
                set({QStringLiteral("tolerance")}, QString::number(tolerance, 'g', 12));
            }
        }
        break;
    }
    case ItemType::ShortText:
        break;
    }
    if (problems.isEmpty() && edits.isEmpty()) {
        m_message->setText(tr("Nothing was changed."));
        return false;
    }
    if (problems.isEmpty() && commitChecked(edits, m_bank, &m_change, &problems)) {
        m_change.description = tr("edit of %1").arg(m_item.id);
        return true;
    }
    m_message->setText(tr("Nothing was written:\n%1").arg(problems.join(QLatin1Char('\n'))));
    m_message->setProperty("problem", true);
    return false;
}

void ItemEditor::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

// ---------------------------------------------------------------------------------------------

NewItemDialog::NewItemDialog(const ItemBank &bank, const QString &suggestedFile, QWidget *parent)
    : QDialog(parent)
    , m_bank(bank)
{
    setObjectName(QStringLiteral("new-item"));
    setWindowTitle(tr("New question"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(form);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("new-item-type"));
    for (const QString &type : itemTypeNames()) {
        m_type->addItem(type, type);
    }
    form->addRow(tr("Type:"), m_type);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("new-item-id"));
    m_id->setPlaceholderText(tr("letters, digits, . _ - (at most 64)"));
    form->addRow(tr("Id:"), m_id);
    m_competency = new QComboBox(this);
    m_competency->setObjectName(QStringLiteral("new-item-competency"));
    for (std::size_t k = 0; k < bank.competencies.size(); ++k) {
        const Competency &c = bank.competencies[k];
        m_competency->addItem(
            QStringLiteral("%1 – %2").arg(c.id, localized(c.name, bank.defaultLanguage)), static_cast<int>(k));
    }
    form->addRow(tr("Competency:"), m_competency);
    m_file = new QComboBox(this);
    m_file->setObjectName(QStringLiteral("new-item-file"));
    QStringList files;
    for (const BankItem &item : bank.items) {
        if (!files.contains(item.source.file)) {
            files << item.source.file;
        }
    }
    files.sort();
    for (const QString &f : files) {
        m_file->addItem(QDir::toNativeSeparators(QDir(bank.rootPath).relativeFilePath(f)), f);
    }
    m_file->setCurrentIndex(std::max(0, m_file->findData(suggestedFile)));
    form->addRow(tr("In the file:"), m_file);
    auto *note = new QLabel(tr("The question is added as a draft, with texts to write in every language of the bank; "
                               "edit it next."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_message = messageLabel(this, QStringLiteral("new-item-message"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewItemDialog::reject);
    layout->addWidget(buttons);
}

QString NewItemDialog::newId() const
{
    return m_id->text().trimmed();
}

QString NewItemDialog::itemTemplate(
    const ItemBank &bank, ItemType type, const QString &id, const Competency &competency)
{
    const auto texts = [&](const QString &indent, const char *french, const char *english) {
        QString out;
        for (const QString &language : bank.languages) {
            out += indent + language + QStringLiteral(": ") + yamlQuoted(placeholder(language, french, english))
                + QLatin1Char('\n');
        }
        return out;
    };
    const auto flowText = [&](const char *french, const char *english) {
        QStringList parts;
        for (const QString &language : bank.languages) {
            parts << language + QStringLiteral(": ") + yamlQuoted(placeholder(language, french, english));
        }
        return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    };
    const auto choices = [&](const QString &key, const QStringList &ids, const char *french, const char *english) {
        QString out = QStringLiteral("    %1:\n").arg(key);
        for (const QString &choice : ids) {
            out += QStringLiteral("      - {id: %1, text: %2}\n")
                       .arg(choice,
                           flowText(QByteArray(french).append(' ').append(choice.toUtf8()).constData(),
                               QByteArray(english).append(' ').append(choice.toUtf8()).constData()));
        }
        return out;
    };
    QString out = QStringLiteral("  - id: %1\n    type: %2\n    status: draft\n    dimension: %3\n    competency: "
                                 "%4\n    level: %5\n    stem:\n")
                      .arg(id, itemTypeName(type), bank.dimensions[static_cast<std::size_t>(competency.dimension)].id,
                          competency.id, competency.level);
    out += texts(QStringLiteral("      "), "Écrivez ici la question.", "Write the question here.");
    switch (type) {
    case ItemType::SingleChoice:
        out += choices(QStringLiteral("options"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
            "Option", "Option");
        out += QStringLiteral("    answer: a\n");
        break;
    case ItemType::MultipleResponse:
        out += choices(QStringLiteral("options"),
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}, "Option", "Option");
        out += QStringLiteral("    answer: [a, b]\n    scoring: one_mistake\n");
        break;
    case ItemType::TrueFalse:
        out += QStringLiteral("    answer: true\n");
        break;
    case ItemType::Ordering:
        out += choices(QStringLiteral("elements"),
            {QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}, "Étape", "Step");
        out += QStringLiteral("    answer: [first, second, third]\n    scoring: exact\n");
        break;
    case ItemType::Matching:
        out += choices(QStringLiteral("premises"), {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")},
            "Exemple", "Example");
        out += choices(QStringLiteral("responses"), {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3")},
            "Catégorie", "Category");
        out += QStringLiteral("    answer: {p1: r1, p2: r2, p3: r3}\n    scoring: one_mistake\n");
        break;
    case ItemType::Numeric:
        out += QStringLiteral("    answer: 0\n    tolerance: 0\n");
        break;
    case ItemType::ShortText:
        out += QStringLiteral("    accepted:\n");
        for (const QString &language : bank.languages) {
            out += QStringLiteral("      %1: [%2]\n")
                       .arg(language, yamlQuoted(placeholder(language, "réponse", "answer")));
        }
        out += QStringLiteral("    max_edits: 1\n");
        break;
    }
    out += QStringLiteral("    explanation:\n");
    out += texts(QStringLiteral("      "), "Expliquez ici pourquoi la bonne réponse est juste.",
        "Explain here why the right answer is right.");
    return out;
}

bool NewItemDialog::save()
{
    static const QRegularExpression idForm(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    const QString id = newId();
    QStringList problems;
    if (!idForm.match(id).hasMatch()) {
        problems << tr("the id is made of letters, digits, '.', '_' and '-' (at most 64)");
    } else if (m_bank.indexOf(id) >= 0) {
        problems << tr("the bank already has a question \"%1\"").arg(id);
    }
    ItemType type = ItemType::SingleChoice;
    parseItemType(m_type->currentData().toString(), &type);
    const int competency = m_competency->currentData().toInt();
    if (m_competency->count() == 0 || m_file->count() == 0) {
        problems << tr("the bank needs a competency and an item file first");
    }
    // Indented as the file's items are (the template has its keys at the fifth column).
    QString text = problems.isEmpty()
        ? itemTemplate(m_bank, type, id, m_bank.competencies[static_cast<std::size_t>(competency)])
        : QString();
    for (const BankItem &item : m_bank.items) {
        if (item.source.file == m_file->currentData().toString() && item.source.column != 5) {
            const int shift = item.source.column - 5;
            QStringList lines = text.split(QLatin1Char('\n'));
            for (QString &line : lines) {
                line = line.isEmpty() ? line
                    : shift > 0       ? QString(shift, QLatin1Char(' ')) + line
                                      : line.mid(std::min<qsizetype>(-shift, line.size() - line.trimmed().size()));
            }
            text = lines.join(QLatin1Char('\n'));
            break;
        }
    }
    BankFileEdits edits;
    QString error;
    if (problems.isEmpty() && !edits.appendToFile(m_file->currentData().toString(), text, &error)) {
        problems << error;
    }
    if (problems.isEmpty() && commitChecked(edits, m_bank, &m_change, &problems)) {
        m_change.description = tr("new question %1").arg(id);
        return true;
    }
    m_message->setText(tr("Nothing was written:\n%1").arg(problems.join(QLatin1Char('\n'))));
    m_message->setProperty("problem", true);
    return false;
}

void NewItemDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

// ---------------------------------------------------------------------------------------------

QtiImportDialog::QtiImportDialog(const QString &package, const QString &bankFolder, QWidget *parent)
    : QDialog(parent)
    , m_package(package)
    , m_folder(bankFolder)
{
    setObjectName(QStringLiteral("qti-import"));
    setWindowTitle(tr("Import questions from QTI"));
    auto *layout = new QVBoxLayout(this);
    m_summary = messageLabel(this, QStringLiteral("qti-summary"));
    layout->addWidget(m_summary);
    m_table = readOnlyTable(this, QStringLiteral("qti-report"),
        {tr("QTI question"), tr("Where"), tr("What becomes of it"), tr("Id in the bank"), tr("Remarks")});
    // The remarks take the room: they say what to check, or why a question stays out.
    for (int c = 0; c < 4; ++c) {
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto *form = new QFormLayout;
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("qti-status"));
    m_status->addItem(tr("draft (never given)"), itemStatusName(ItemStatus::Draft));
    m_status->addItem(tr("pilot (given unscored, for calibration)"), itemStatusName(ItemStatus::Pilot));
    form->addRow(tr("Import them as:"), m_status);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("qti-import-button"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QtiImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QtiImportDialog::reject);
    layout->addWidget(buttons);
    // First a check: nothing written.
    qti::ImportOptions check;
    check.dryRun = true;
    showReport(qti::importPackage(m_package, m_folder, check), false);
    buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(
            m_result.ok() && m_result.count(qti::Outcome::NotImported) < static_cast<int>(m_result.entries.size()));
    if (parent) {
        resize(std::min(1000, parent->window()->width()), std::min(600, parent->window()->height()));
    }
}

void QtiImportDialog::showReport(const qti::ImportResult &result, bool written)
{
    m_result = result;
    m_table->setRowCount(0);
    for (const qti::ImportEntry &e : result.entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString outcome = e.outcome == qti::Outcome::Imported ? (written ? tr("imported") : tr("can be imported"))
            : e.outcome == qti::Outcome::ImportedWithRemarks
            ? (written ? tr("imported, to check") : tr("can be imported, to check"))
            : tr("not imported");
        const QStringList cells{e.qtiIdentifier, e.line > 0 ? QStringLiteral("%1:%2").arg(e.file).arg(e.line) : e.file,
            outcome, e.itemId, e.messages.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_table->setItem(row, c, item);
        }
        if (e.outcome != qti::Outcome::Imported) {
            m_table->item(row, 2)->setBackground(QColor(255, 224, 130));
            m_table->item(row, 2)->setForeground(Qt::black);
        }
    }
    QString summary;
    if (!result.ok()) {
        summary = tr("Nothing can be imported: %1").arg(result.error);
    } else {
        const int fine = result.count(qti::Outcome::Imported);
        const int remarks = result.count(qti::Outcome::ImportedWithRemarks);
        const int refused = result.count(qti::Outcome::NotImported);
        summary = (written ? tr("%1 question(s) imported into %2 (%3 to check), %4 not imported.")
                           : tr("%1 question(s) can be imported into %2 (%3 to check), %4 cannot."))
                      .arg(fine + remarks)
                      .arg(QDir::toNativeSeparators(result.itemsFile))
                      .arg(remarks)
                      .arg(refused);
        if (!result.notes.isEmpty()) {
            summary += QLatin1Char(' ') + result.notes.join(QLatin1Char(' '));
        }
    }
    m_summary->setText(summary);
}

bool QtiImportDialog::import()
{
    if (m_imported || !m_result.ok()) {
        return false;
    }
    qti::ImportOptions options;
    parseItemStatus(m_status->currentData().toString(), &options.status);
    const qti::ImportResult done = qti::importPackage(m_package, m_folder, options);
    showReport(done, done.ok());
    m_imported = done.ok();
    return m_imported;
}

void QtiImportDialog::accept()
{
    if (import()) {
        QDialog::accept();
    }
}

} // namespace aicet::gui
