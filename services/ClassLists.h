#pragma once

#include "services/ServiceContext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace aicet::services {

/// Class lists: imported from the CSV files school systems export (UTF-8 or Windows-1252, comma
/// or semicolon, a header row), previewed with the columns mapped and the problems shown before
/// anything is stored; each pupil gets a personal code (8 characters from an alphabet without
/// look-alikes, unique in the database); pupils added, edited and removed by hand. A class belongs
/// to the staff account that made it: a teacher sees and changes their own, an administrator all.
class ClassLists
{
    Q_DECLARE_TR_FUNCTIONS(ClassLists)

public:
    explicit ClassLists(const ServiceContext &context);

    /// A file as read, before anything is stored.
    struct Preview
    {
        QString encoding; ///< "UTF-8", "UTF-16" or "Windows-1252"
        QChar separator; ///< ',', ';' or a tab
        QStringList header;
        QList<QStringList> rows; ///< the data rows, as many cells as the header
        QList<int> lines; ///< the line of the file each row starts on
        /// The columns guessed from the header's names (−1: none): last name, first name, class,
        /// identifier.
        int lastName = -1, firstName = -1, className = -1, identifier = -1;
        QString error; ///< the file cannot be read as a class list (then nothing else is set)
    };
    /// Reads a class list file's bytes (at most 5 MB).
    static Preview preview(const QByteArray &bytes);

    /// One row as mapped: the pupil it gives, and what prevents importing it.
    struct Row
    {
        int line = 0; ///< in the file (the header is line 1)
        QString lastName, firstName, className, identifier;
        QStringList problems; ///< empty: imported
    };
    /// The rows under a mapping (column indices, −1: none); `defaultClass` for rows without a
    /// class. Problems: an empty name, no class, a row repeated in the file, a pupil already in the
    /// owner's class.
    std::vector<Row> mapRows(const Preview &preview, int lastName, int firstName, int className, int identifier,
        const QString &defaultClass, const store::StaffRecord &owner) const;

    struct Result
    {
        bool ok = false;
        QString message;
        QList<store::ClassPupilRecord> pupils; ///< added or changed, with their codes
    };
    /// Stores the rows without problems (others are skipped): the owner's classes they name are
    /// created first, then the pupils, all or none.
    Result import(const store::StaffRecord &owner, const std::vector<Row> &rows);
    /// Adds one pupil to a class the actor may change.
    Result addPupil(const store::StaffRecord &actor, qint64 classId, const QString &lastName, const QString &firstName,
        const QString &identifier, bool extraTime = false);
    /// Changes a pupil's names, identifier, class and entitlement to extra time (the code stays).
    Result editPupil(const store::StaffRecord &actor, const store::ClassPupilRecord &pupil);
    Result removePupil(const store::StaffRecord &actor, qint64 pupilId);
    /// The classes the actor sees (their own; all for an administrator).
    std::optional<QList<store::ClassRecord>> classes(const store::StaffRecord &actor, QString *error) const;

    /// A new personal code: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L),
    /// shown as two groups of four ("K7MQ-4PXA"); typed in any case, with or without the dash.
    static QString generateCode(RandomSource &random);
    static constexpr char kCodeAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

private:
    bool mayChange(const store::StaffRecord &actor, qint64 classId, QString *why) const;
    QString uniqueCode(const QSet<QString> &taken, QString *error) const;

    const ServiceContext &m_context;
};

} // namespace aicet::services
