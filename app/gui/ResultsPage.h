#pragma once

#include "services/Results.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace aicet::gui {

/// A sitting's results, for the whole sitting or one of its classes: the distribution of levels
/// (a chart), a table of pupils by area coloured by level ("not enough answers" said as such),
/// the pupils absent or unfinished, the selected pupil's detail (every question with the answer,
/// right or wrong and the time; the ability estimate after each answer as a chart; their report
/// saved as a PDF), and how each question fared.
class ResultsPage : public QWidget
{
    Q_OBJECT

public:
    ResultsPage(const services::ServiceContext &context, const store::StaffRecord &account, QWidget *parent = nullptr);

    void reloadSittings();
    void showSitting(qint64 sittingId);
    /// Reads the sitting's results again (for the class chosen).
    void refresh();
    /// Shows the detail of the pupil with this code (their row selected).
    bool selectPupil(const QString &code);
    /// Writes the selected pupil's report (PDF) to `path`; false shows why.
    bool savePupilReport(const QString &path);

private:
    void showDetail();
    void message(const QString &text);

    const services::ServiceContext &m_context;
    store::StaffRecord m_account;
    std::optional<services::SittingResults> m_results;
    QComboBox *m_sittings = nullptr;
    QComboBox *m_classes = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_chart = nullptr;
    QTableWidget *m_pupils = nullptr;
    QLabel *m_missing = nullptr;
    QLabel *m_pupilTitle = nullptr;
    QLabel *m_pupilChart = nullptr;
    QTableWidget *m_questions = nullptr;
    QTableWidget *m_items = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace aicet::gui
