#pragma once

#include "bank/ItemBank.h"
#include "bank/Qti.h"

#include <QByteArray>
#include <QDialog>
#include <QHash>
#include <QMap>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace aicet::gui {

/// What a save or a new item changed: each file's bytes before and after, so that it can be undone
/// (and redone) while the files still hold what was written.
struct FileChange
{
    QString description;
    QHash<QString, QByteArray> before;
    QHash<QString, QByteArray> after;
};

/// A form for an item's common fields: its texts in each of the bank's languages (question,
/// options, explanation, the picture's alternative text), key, status, themes and enemies. Saving
/// writes only the values changed into the item's YAML file (BankFileEdits::setItemPath: comments,
/// order and formatting kept), after checking that the bank still reads without error with them;
/// all or nothing.
class ItemEditor : public QDialog
{
    Q_OBJECT

public:
    ItemEditor(const ItemBank &bank, const BankItem &item, QWidget *parent = nullptr);

    /// Saves the changes; false (the message says why, nothing written) when they cannot be.
    bool save();
    const FileChange &change() const { return m_change; }

    /// Saves, and closes only when saved.
    void accept() override;

private:
    QPlainTextEdit *textBox(const QString &objectName, const QString &text);
    QTableWidget *choiceTable(const QString &key, const std::vector<Choice> &choices);

    ItemBank m_bank;
    BankItem m_item;
    FileChange m_change;
    QComboBox *m_status = nullptr;
    QLineEdit *m_themes = nullptr;
    QLineEdit *m_enemies = nullptr;
    QLineEdit *m_image = nullptr;
    QMap<QString, QPlainTextEdit *> m_stem;
    QMap<QString, QPlainTextEdit *> m_explanation;
    QMap<QString, QPlainTextEdit *> m_alt;
    QMap<QString, QPlainTextEdit *> m_accepted;
    QMap<QString, QTableWidget *> m_choices; ///< by YAML key: options, elements, premises, responses
    QComboBox *m_singleKey = nullptr;
    QListWidget *m_multipleKey = nullptr;
    QLineEdit *m_keyLine = nullptr; ///< ordering (ids in order), matching (p1=r1, …), numeric
    QLineEdit *m_tolerance = nullptr;
    QLabel *m_message = nullptr;
};

/// A new item of each type from a template (draft, placeholder texts in every language of the
/// bank), appended to one of the bank's item files after the bank is checked with it.
class NewItemDialog : public QDialog
{
    Q_OBJECT

public:
    NewItemDialog(const ItemBank &bank, const QString &suggestedFile, QWidget *parent = nullptr);

    bool save();
    const FileChange &change() const { return m_change; }
    QString newId() const;
    void accept() override;

    /// The template of an item of `type` as the bank's files write items (two spaces, "- id:").
    static QString itemTemplate(const ItemBank &bank, ItemType type, const QString &id, const Competency &competency);

private:
    ItemBank m_bank;
    FileChange m_change;
    QComboBox *m_type = nullptr;
    QLineEdit *m_id = nullptr;
    QComboBox *m_competency = nullptr;
    QComboBox *m_file = nullptr;
    QLabel *m_message = nullptr;
};

/// Questions from a QTI 3.0 package (or one item file): what would become of each is shown first
/// (imported, imported with remarks, not imported and why, with the file and line), then, on the
/// trainer's word, the importable ones are written into a new file of the bank as drafts or pilots.
class QtiImportDialog : public QDialog
{
    Q_OBJECT

public:
    QtiImportDialog(const QString &package, const QString &bankFolder, QWidget *parent = nullptr);

    /// The last report (the check's, then the import's).
    const qti::ImportResult &result() const { return m_result; }
    /// Imports (after the check); false when nothing could be written (the report says why).
    bool import();
    void accept() override;

private:
    void showReport(const qti::ImportResult &result, bool written);

    QString m_package;
    QString m_folder;
    qti::ImportResult m_result;
    bool m_imported = false;
    QComboBox *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace aicet::gui
