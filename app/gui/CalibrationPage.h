#pragma once

#include "Calibrate.h"
#include "services/ServiceContext.h"
#include "store/Records.h"

#include <QHash>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;
class QTreeWidget;

namespace aicet::gui {

/// The trainer's calibration: the sittings taken on the bank's current content chosen, the models,
/// anchors or not; the estimation runs beside the window with its progress (how close to
/// convergence) and a cancel button; then every item's new parameters beside its old ones (large
/// changes highlighted, fit, DIF and too few answers flagged, what the bank could not take said),
/// accepted item by item, pilot items made operational only when the trainer ticks them; and a new
/// release of the bank written (version, note), kept in the database with its content hash.
class CalibrationPage : public QWidget
{
    Q_OBJECT

public:
    CalibrationPage(
        const services::ServiceContext &context, const store::StaffRecord &account, QWidget *parent = nullptr);
    ~CalibrationPage() override;

    /// The bank calibrated (its folder's content as read now): results of another content are
    /// cleared.
    void setBank(const ItemBank *bank);
    /// Lists the sittings again (those on the bank's content can be chosen).
    void refresh();
    /// Ticks the sitting with this code; false when it cannot be chosen.
    bool chooseSitting(const QString &code, bool chosen = true);
    /// Starts the calibration of the chosen sittings; false (the message says why) when it cannot.
    bool run();
    /// Asks a running calibration to stop (from any thread): it ends without results.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    /// The last calibration's outcome (empty before one, or after a cancel or a new bank).
    const documents::CalibrationOutcome *outcome() const { return m_outcome ? &*m_outcome : nullptr; }
    /// Accepts (or not) the new parameters of this item; false when they cannot be accepted.
    bool acceptItem(const QString &itemId, bool accept);
    /// Accepts (or not) every item whose new parameters can be accepted.
    void acceptAllThatCan(bool accept);
    /// Makes this item operational in the release (or not); false when it cannot be.
    bool makeOperational(const QString &itemId, bool operational);
    /// Writes the release (asked first unless `confirmed`); the new version, empty when nothing
    /// was written (the message says why).
    QString writeRelease(bool confirmed = false);
    /// Each item's parameters before → after and remarks, in words (empty before a calibration).
    QHash<QString, QString> remarks() const;
    /// Writes the report's files into `folder` (parameters.csv, report.html…).
    bool saveReport(const QString &folder);

Q_SIGNALS:
    /// From the calibrating thread, after every EM cycle.
    void progressed(int cycles, double change);
    /// The calibration ended: with results, cancelled, or refused (the message says which).
    void finished();
    /// A release was written into the bank's folder.
    void released(const QString &version);

private:
    void finish();
    void showOutcome();
    void showReleases();
    void updateProgress(int cycles, double change);
    void message(const QString &text, bool problem = false);
    int rowOf(const QString &itemId) const;
    void updateReleaseButton();

    const services::ServiceContext &m_context;
    store::StaffRecord m_account;
    std::shared_ptr<const ItemBank> m_bank;
    std::optional<documents::CalibrationOutcome> m_outcome;
    std::optional<documents::CalibrationOutcome> m_running; ///< filled by the thread
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    double m_tolerance = 1e-5;

    QLabel *m_bankLabel = nullptr;
    QTreeWidget *m_sittings = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_partial = nullptr;
    QComboBox *m_guessing = nullptr;
    QCheckBox *m_anchors = nullptr;
    QCheckBox *m_errors = nullptr;
    QSpinBox *m_minimum = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_saveReport = nullptr;
    QLineEdit *m_version = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_write = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_releases = nullptr;
};

} // namespace aicet::gui
