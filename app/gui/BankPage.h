#pragma once

#include "ItemEditor.h"
#include "bank/BankLoader.h"
#include "services/ServiceContext.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace aicet::gui {

class QuestionPage;

/// The trainer's view of a question bank: its items as a tree by dimension and competency (with
/// filters), its diagnostics with where they are, read again within a second whenever a file of
/// the bank changes on disk (a trainer edits in their own editor and AICET follows), and any item
/// shown exactly as a pupil sees it, in each of the bank's languages, to answer and see what it
/// scores, its explanation and, for short text and numeric items, which answers are accepted.
class BankPage : public QWidget
{
    Q_OBJECT

public:
    explicit BankPage(QWidget *parent = nullptr);

    /// Reads the bank in `folder` and follows its files.
    void openBank(const QString &folder);
    /// Reads the bank again (the watcher calls it after a change settles).
    void reload();
    const BankLoadResult *loaded() const { return m_loaded ? &*m_loaded : nullptr; }
    /// Shows this item in the preview (also selects it in the tree); false when it is not shown.
    bool showItem(const QString &itemId);
    QString shownItem() const { return m_shown; }
    QuestionPage *preview() const { return m_preview; }
    /// Scores an answer typed for the shown short-text or numeric item, as the test would.
    int tryAnswer(const QString &text);
    /// Simulates the bank's default test along the ability scale and draws the precision it
    /// reaches (a few seconds on a large bank: on request); false when the bank cannot run a test.
    bool computePrecision(int simulees = 200);
    /// Opens the form on the shown question (saved: the bank read again); nullptr when none.
    ItemEditor *editShown();
    /// Opens the dialog of a new question from a template.
    NewItemDialog *newItem();
    /// Puts the files back as they were before the last save (while they still hold what it wrote).
    bool undo();
    bool redo();
    /// Opens the import of a QTI 3.0 package (its check shown first); nullptr without a bank.
    QtiImportDialog *importQti(const QString &package);
    /// Writes the bank's questions (all languages) as a QTI 3.0 package; false says why.
    bool exportQti(const QString &path);
    /// What the last calibration said of each item (id → its remarks in words), shown with how
    /// the item behaved.
    void setCalibrationRemarks(const QHash<QString, QString> &remarks) { m_calibrationRemarks = remarks; }
    /// The database whose sittings tell how each item behaved (none: that part is hidden).
    void setServices(const services::ServiceContext *context) { m_context = context; }

Q_SIGNALS:
    /// The bank was read (again).
    void reloaded();

private:
    void updateEditButtons();
    void changed(const FileChange &change, const QString &showId);
    bool applyChange(const FileChange &change, bool back);
    void fillTree();
    void showDiagnostic(int row);
    void watchFiles();
    void scored(int category);

    void showBehaviour(const BankItem &item);
    void showUse();

    const services::ServiceContext *m_context = nullptr;
    std::optional<BankLoadResult> m_loaded;
    QString m_folder;
    QString m_shown;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_settle = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_languageFilter = nullptr;
    QComboBox *m_levelFilter = nullptr;
    QComboBox *m_themeFilter = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTableWidget *m_diagnostics = nullptr;
    QPlainTextEdit *m_source = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_textSize = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_redo = nullptr;
    QPushButton *m_importQti = nullptr;
    QPushButton *m_exportQti = nullptr;
    QLabel *m_editMessage = nullptr;
    std::vector<FileChange> m_undoStack;
    QHash<QString, QString> m_calibrationRemarks;
    int m_testsOnBank = 0;
    std::vector<FileChange> m_redoStack;
    QuestionPage *m_preview = nullptr;
    QLabel *m_verdict = nullptr;
    QLineEdit *m_try = nullptr;
    QLabel *m_tryResult = nullptr;
    QLabel *m_behaviour = nullptr;
    QLabel *m_behaviourChart = nullptr;
    QLabel *m_use = nullptr;
    QLabel *m_precision = nullptr;
    QLabel *m_precisionChart = nullptr;
};

} // namespace aicet::gui
