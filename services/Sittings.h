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
    Created create(const SittingDraft &draft);
    /// Creates a sitting for classes the actor sees: their pupils are registered with their
    /// personal codes, names and class (as their group), and only they may take it.
    Created createForClasses(
        const SittingDraft &draft, const store::StaffRecord &actor, const std::vector<qint64> &classIds);

    store::Read<QList<SittingSummary>> list();
    /// Closes a sitting: no new session can start (those under way go on).
    bool close(const QString &code, QString *error);
    /// The open practice sitting on this bank, created on first use (code PRACTICE, results and
    /// explanations shown), so that a pupil can start at once.
    std::optional<store::SittingRecord> practice(const QString &bankPath, QString *error);

private:
    ServiceContext m_context;
};

} // namespace aicet::services
