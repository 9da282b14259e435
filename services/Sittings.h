#pragma once

#include "services/ServiceContext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace aicet::services {

/// What a teacher asks for when creating a sitting.
struct SittingDraft
{
    QString code; ///< 3 to 32 letters, digits or '-'
    QString title; ///< empty: the bank's title
    QString bankPath;
    QString language; ///< empty: the pupil chooses
    store::SittingSettings settings;
    qint64 opensAt = 0;
    qint64 closesAt = 0;
    bool showResults = true;
    bool showExplanations = true;
    bool askName = false;
    /// For a sitting of classes: the minutes added to the time limit of the pupils entitled to
    /// extra time (their class list says so); 0: none.
    double entitledExtraMinutes = 0.0;
};

/// A sitting and how many of its sessions exist and are finished.
struct SittingSummary
{
    store::SittingRecord sitting;
    int sessions = 0;
    int finished = 0;
};

/// Creating, listing and closing sittings; the practice sitting.
class Sittings
{
    Q_DECLARE_TR_FUNCTIONS(Sittings)

public:
    explicit Sittings(const ServiceContext &context);

    enum class CreateError : unsigned char {
        None,
        InvalidDraft, ///< a field is wrong (the code, the window, a setting, the language)
        BankUnusable, ///< the bank has errors (diagnostics), or holds no questions
        CodeTaken,
        StoreFailure,
    };
    struct Created
    {
        CreateError error = CreateError::None;
        QString message; ///< what is wrong
        QStringList diagnostics; ///< every error of an unusable bank, file:line:column: message
        store::SittingRecord sitting;
    };
    /// Checks the draft against its bank and creates the sitting on it (bank id, folder and
    /// content hash recorded).
    /// `ownerId`: the staff account it belongs to (0: none, made from the command line).
    Created create(const SittingDraft &draft, qint64 ownerId = 0);
    /// Creates a sitting for classes the actor sees: their pupils are registered with their
    /// personal codes, names and class (as their group), and only they may take it.
    Created createForClasses(
        const SittingDraft &draft, const store::StaffRecord &actor, const std::vector<qint64> &classIds);

    /// The sittings `viewer` may see (all without one: the command line).
    store::Read<QList<SittingSummary>> list(const store::StaffRecord *viewer = nullptr);
    /// Closes a sitting: no new session can start (those under way go on). With an `actor`, only
    /// if they may run it.
    bool close(const QString &code, QString *error, const store::StaffRecord *actor = nullptr);
    /// Opens a closed sitting again: new sessions may start (within its opening times).
    bool reopen(const QString &code, QString *error, const store::StaffRecord *actor = nullptr);

    /// Administrators and trainers (pilot data) see every sitting, a teacher the sittings they
    /// created; the practice sitting is no teacher's.
    static bool visibleTo(const store::SittingRecord &sitting, const store::StaffRecord &viewer);
    /// Who may act on a sitting (its console, closing it, its documents): the teacher who created
    /// it and administrators.
    static bool runBy(const store::SittingRecord &sitting, const store::StaffRecord &actor);
    /// The open practice sitting on this bank, created on first use (code PRACTICE, results and
    /// explanations shown), so that a pupil can start at once.
    std::optional<store::SittingRecord> practice(const QString &bankPath, QString *error);

private:
    bool setState(const QString &code, store::SittingState state, QString *error, const store::StaffRecord *actor);

    ServiceContext m_context;
};

} // namespace aicet::services
