#pragma once

#include "ClassReport.h"
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
    /// Issues the certificates and attestations of the sitting (the class shown) in a new folder
    /// inside `folder`; returns that folder (empty: nothing issued, the message says why).
    QString issueDocuments(const QString &folder);
    /// Writes the class report (PDF) of what the page shows.
    bool saveClassReport(const QString &path);
    /// Writes the results export (CSV, or JSON) of the sitting (the class shown).
    bool exportResults(const QString &path, bool json);
    /// Writes everything held about the selected pupil (JSON).
    bool exportPupilData(const QString &path);
    /// Erases the selected pupil's personal data (asked first unless `confirmed`).
    bool erasePupil(bool confirmed = false);
    /// Checks a certificate PDF: its signature with this computer's issuer key, its visible text
    /// against what is signed, the register of this database. Returns whether it is authentic.
    bool verifyCertificate(const QString &path);
    /// Where the issuer's key is read (tests; the default place otherwise).
    void setKeyPath(const QString &path) { m_keyPath = path; }

private:
    void showDetail();
    bool mayRun() const;
    QString selectedCode() const;
    bool writeFile(const QString &path, const QByteArray &bytes, const QString &done);
    void message(const QString &text);

    const services::ServiceContext &m_context;
    store::StaffRecord m_account;
    std::optional<services::SittingResults> m_results;
    reports::ClassReportData m_report; ///< what the page shows, as the class report prints it
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
    QWidget *m_documents = nullptr;
    QWidget *m_pupilActions = nullptr;
    QString m_keyPath;
};

} // namespace aicet::gui
