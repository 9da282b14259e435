#pragma once

#include "services/Sittings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace aicet::gui {

/// The sittings: the list (code, title, state, sessions started and finished), a new sitting for
/// the staff member's classes (only their pupils' codes are taken), closing one.
class SittingsPage : public QWidget
{
    Q_OBJECT

public:
    SittingsPage(const services::ServiceContext &context, const store::StaffRecord &account, QWidget *parent = nullptr);
    void refresh();
    /// Creates the sitting the form describes; false shows why.
    bool createSitting();

Q_SIGNALS:
    /// The console should show this sitting.
    void follow(qint64 sittingId);

private:
    /// The code cell of the sitting selected in the table; nothing (and a message) when none is.
    const QTableWidgetItem *selectedSitting();
    /// Closes the selected sitting, or opens it again.
    void setSelectedOpen(bool open);
    void message(const QString &text);

    const services::ServiceContext &m_context;
    store::StaffRecord m_account;
    QTableWidget *m_sittings = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_bank = nullptr;
    QListWidget *m_classes = nullptr;
    QSpinBox *m_minItems = nullptr;
    QSpinBox *m_maxItems = nullptr;
    QSpinBox *m_timeLimit = nullptr;
    QSpinBox *m_extraTime = nullptr;
    bool m_extraTimeEdited = false;
    QComboBox *m_language = nullptr;
    QCheckBox *m_showResults = nullptr;
    QCheckBox *m_examMode = nullptr;
    QCheckBox *m_pilot = nullptr;
    QCheckBox *m_opens = nullptr;
    QCheckBox *m_closes = nullptr;
    QDateTimeEdit *m_opensAt = nullptr;
    QDateTimeEdit *m_closesAt = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace aicet::gui
