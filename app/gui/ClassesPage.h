#pragma once

#include "services/ClassLists.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace aicet::gui {

/// The preview of a class list file before anything is stored: how it was read, which column is
/// which (the teacher can change them), every row with its problems; Import stores the rows
/// without problems.
class ClassImportDialog : public QDialog
{
    Q_OBJECT

public:
    ClassImportDialog(const services::ServiceContext &context, const store::StaffRecord &owner,
        const services::ClassLists::Preview &preview, QWidget *parent = nullptr);
    /// Maps the rows again from the column choices and shows them.
    void refresh();
    /// Stores the rows without problems; false shows why.
    bool import();
    int importable() const;
    /// What the import did (once imported).
    const services::ClassLists::Result &outcome() const { return m_result; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    const services::ServiceContext &m_context;
    store::StaffRecord m_owner;
    services::ClassLists::Preview m_preview;
    std::vector<services::ClassLists::Row> m_rows;
    services::ClassLists::Result m_result;
    QComboBox *m_columns[4] = {};
    QLineEdit *m_defaultClass = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

/// A staff member's classes: the list, a class's pupils with their personal codes, importing a
/// class list (file dialog, then the preview), adding and removing pupils, printing the code
/// slips (PDF).
class ClassesPage : public QWidget
{
    Q_OBJECT

public:
    ClassesPage(const services::ServiceContext &context, const store::StaffRecord &account, QWidget *parent = nullptr);
    void refresh();
    /// Reads a class list file and opens its preview (what the Import button does after its file
    /// dialog); false shows why.
    bool importFile(const QString &path);
    /// Writes the selected class's code slips to `path` (what Print does after its file dialog).
    bool printSlips(const QString &path);
    /// The class shown.
    QString currentClass() const;
    void selectClass(const QString &name);

Q_SIGNALS:
    /// The preview is open, before it waits for the teacher: a receiver may fill it in and accept
    /// it (tests drive it so).
    void importDialogOpened(aicet::gui::ClassImportDialog *dialog);

private:
    void showPupils();
    void addPupil();
    /// Saves the names and entitlement in the fields for the selected pupil.
    void savePupil();
    void removePupil();
    void message(const QString &text);

    const services::ServiceContext &m_context;
    store::StaffRecord m_account;
    QList<store::ClassRecord> m_classes;
    QListWidget *m_classList = nullptr;
    QTableWidget *m_pupils = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_firstName = nullptr;
    QCheckBox *m_extraTime = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace aicet::gui
