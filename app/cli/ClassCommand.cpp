// aicet-cli class: class lists (import with a preview, list, pupils and their codes, code slips).
#include "Cli.h"
#include "CliOptions.h"
#include "CliServices.h"
#include "CodeSlips.h"
#include "Commands.h"
#include "StaffSignIn.h"
#include "io/UserFile.h"
#include "services/ClassLists.h"

#include <QLocale>

namespace aicet::cli {
namespace {

using services::ClassLists;

// The class named --class among those the account sees.
std::optional<store::ClassRecord> findClass(const StaffSession &s, const QString &name, QTextStream &err)
{
    QString error;
    const auto all = ClassLists(s.services->context()).classes(s.account, &error);
    if (!all) {
        inputErrors(err, {error});
        return std::nullopt;
    }
    QStringList names;
    std::optional<store::ClassRecord> found;
    for (const store::ClassRecord &c : *all) {
        if (c.name.compare(name.simplified(), Qt::CaseInsensitive) == 0) {
            if (found) {
                // An administrator sees every teacher's classes: two may share a name.
                inputErrors(err,
                    {tr("several classes are named \"%1\" (of different teachers): sign in as the "
                        "teacher whose class it is")
                            .arg(name)});
                return std::nullopt;
            }
            found = c;
        }
        names << c.name;
    }
    if (found) {
        return found;
    }
    inputErrors(err,
        {tr("no class named \"%1\" (the classes are: %2)")
                .arg(name, names.isEmpty() ? tr("none yet") : names.join(QStringLiteral(", ")))});
    return std::nullopt;
}

// The class named --class and its pupils; nothing after saying why.
std::optional<std::pair<store::ClassRecord, QList<store::ClassPupilRecord>>> classWithPupils(
    const StaffSession &s, const QString &name, QTextStream &err)
{
    const auto c = findClass(s, name, err);
    if (!c) {
        return std::nullopt;
    }
    const auto pupils = s.services->store().classPupils(c->id);
    if (!pupils) {
        inputErrors(err, {pupils.error()});
        return std::nullopt;
    }
    return std::pair{*c, *pupils};
}

int classImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("class import");
    QCommandLineParser parser;
    addDbOption(parser);
    addAsOption(parser);
    parser.addOption({opt("class"), tr("The class of the rows that name none (or of the whole file)."), opt("name")});
    parser.addOption({opt("preview"), tr("Show how the file is read and what would be imported; store nothing.")});
    for (const char *column : {"last-name-column", "first-name-column", "class-column", "identifier-column"}) {
        parser.addOption({opt(column),
            tr("The column's number (1 for the first; 0: none), instead of the one found "
               "by its name in the header."),
            opt("n")});
    }
    parser.addPositionalArgument(QStringLiteral("file"), tr("The class list (CSV with a header row)."));
    if (const auto stop = parseCommandLine(parser, command,
            tr("Imports a class list as school systems export it (UTF-8 or Windows-1252, comma or semicolon, a header "
               "row: last name, first name, class, optional identifier); each pupil gets a personal code. Rows with a "
               "problem (an empty name, a pupil already there or twice in the file) are shown and left out."),
            arguments, out, err, 1, tr("file"))) {
        return *stop;
    }
    if (!parser.isSet(opt("as"))) {
        return usageError(err, command, tr("give --as, the teacher (or administrator) importing"));
    }
    QString why;
    const auto bytes = io::readUserFile(parser.positionalArguments().first(), 5LL * 1024 * 1024, &why);
    if (!bytes) {
        return inputErrors(err, {why});
    }
    const ClassLists::Preview preview = ClassLists::preview(*bytes);
    if (!preview.error.isEmpty()) {
        return inputErrors(err, {QStringLiteral("%1: %2").arg(parser.positionalArguments().first(), preview.error)});
    }
    int columns[4] = {preview.lastName, preview.firstName, preview.className, preview.identifier};
    const char *names[4] = {"last-name-column", "first-name-column", "class-column", "identifier-column"};
    for (int k = 0; k < 4; ++k) {
        if (parser.isSet(opt(names[k]))) {
            const auto n = parseCount(parser.value(opt(names[k])));
            if (!n || *n > static_cast<long long>(preview.header.size())) {
                return usageError(err, command,
                    tr("--%1 takes a column number from 0 to %2")
                        .arg(QLatin1String(names[k]))
                        .arg(preview.header.size()));
            }
            columns[k] = static_cast<int>(*n) - 1;
        }
    }
    if (columns[0] < 0 || columns[1] < 0) {
        return usageError(err, command,
            tr("the columns of the last and first names are not found in the header (%1): give "
               "--last-name-column and --first-name-column")
                .arg(preview.header.join(QStringLiteral(", "))));
    }
    auto session = openStaffSession(parser, err);
    if (!session) {
        return Failure;
    }
    ClassLists lists(session->services->context());
    const auto rows = lists.mapRows(
        preview, columns[0], columns[1], columns[2], columns[3], parser.value(opt("class")), session->account);
    const auto header = [&](int k) { return columns[k] >= 0 ? preview.header[columns[k]] : tr("(none)"); };
    out << tr("read as %1, columns separated by \"%2\"; last name: %3, first name: %4, class: %5, identifier: %6\n")
               .arg(preview.encoding, QString(preview.separator), header(0), header(1), header(2), header(3));
    int problems = 0;
    for (const ClassLists::Row &row : rows) {
        if (!row.problems.isEmpty()) {
            ++problems;
            out << tr("  line %1 (%2 %3): %4\n")
                       .arg(row.line)
                       .arg(row.firstName, row.lastName, row.problems.join(QStringLiteral("; ")));
        }
    }
    out << tr("%1 row(s): %2 to import, %3 with a problem\n")
               .arg(rows.size())
               .arg(static_cast<int>(rows.size()) - problems)
               .arg(problems);
    if (parser.isSet(opt("preview"))) {
        out << tr("preview only: nothing stored\n");
        out.flush();
        return Success;
    }
    const auto result = lists.import(session->account, rows);
    if (!result.ok) {
        return inputErrors(err, {result.message});
    }
    out << result.message << '\n'
        << tr("print the pupils' code slips with: aicet-cli class slips --class NAME --out slips.pdf\n");
    out.flush();
    return Success;
}

int classList(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("class list");
    QCommandLineParser parser;
    addDbOption(parser);
    addAsOption(parser);
    if (const auto stop = parseCommandLine(parser, command,
            tr("Lists the classes (a teacher's own; all for an administrator)."), arguments, out, err)) {
        return *stop;
    }
    if (!parser.isSet(opt("as"))) {
        return usageError(err, command, tr("give --as, the staff account"));
    }
    auto session = openStaffSession(parser, err);
    if (!session) {
        return Failure;
    }
    QString error;
    const auto all = ClassLists(session->services->context()).classes(session->account, &error);
    if (!all) {
        return inputErrors(err, {error});
    }
    for (const store::ClassRecord &c : *all) {
        out << tr("%1\t%n pupil(s)\n", nullptr, c.pupils).arg(c.name);
    }
    out.flush();
    return Success;
}

int classPupils(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("class pupils");
    QCommandLineParser parser;
    addDbOption(parser);
    addAsOption(parser);
    parser.addOption({opt("class"), tr("The class."), opt("name")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Lists a class's pupils with their personal codes (last name, first name, identifier, code)."),
            arguments, out, err)) {
        return *stop;
    }
    if (!parser.isSet(opt("as")) || !parser.isSet(opt("class"))) {
        return usageError(err, command, tr("give --as and --class"));
    }
    auto session = openStaffSession(parser, err);
    if (!session) {
        return Failure;
    }
    const auto found = classWithPupils(*session, parser.value(opt("class")), err);
    if (!found) {
        return Failure;
    }
    const auto &[c, pupils] = *found;
    for (const store::ClassPupilRecord &p : pupils) {
        out << QStringLiteral("%1\t%2\t%3\t%4\n").arg(p.lastName, p.firstName, p.identifier, p.code);
    }
    out.flush();
    return Success;
}

int classSlips(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = QStringLiteral("class slips");
    QCommandLineParser parser;
    addDbOption(parser);
    addAsOption(parser);
    parser.addOption({opt("class"), tr("The class."), opt("name")});
    parser.addOption({opt("sitting"), tr("The test's code to print on every slip (optional)."), opt("code")});
    parser.addOption({opt("language"), tr("fr or en (default: fr)."), opt("language"), opt("fr")});
    parser.addOption({opt("out"), tr("The PDF to write."), opt("file")});
    if (const auto stop = parseCommandLine(parser, command,
            tr("Writes a class's code slips (A4 PDF, ten per page with lines to cut along): each pupil's name, "
               "class, the test's code if given, and their personal code."),
            arguments, out, err)) {
        return *stop;
    }
    if (!parser.isSet(opt("as")) || !parser.isSet(opt("class")) || !parser.isSet(opt("out"))) {
        return usageError(err, command, tr("give --as, --class and --out"));
    }
    const QString language = parser.value(opt("language"));
    if (language != QLatin1String("fr") && language != QLatin1String("en")) {
        return usageError(err, command, tr("--language takes fr or en"));
    }
    auto session = openStaffSession(parser, err);
    if (!session) {
        return Failure;
    }
    const auto found = classWithPupils(*session, parser.value(opt("class")), err);
    if (!found) {
        return Failure;
    }
    const auto &[c, pupils] = *found;
    std::vector<reports::CodeSlip> slips;
    for (const store::ClassPupilRecord &p : pupils) {
        slips.push_back({p.firstName + QLatin1Char(' ') + p.lastName, c.name, p.code});
    }
    QString error;
    const QByteArray pdf = reports::renderCodeSlips(slips, parser.value(opt("sitting")), language, &error);
    if (pdf.isEmpty()) {
        return inputErrors(err, {error});
    }
    if (const int status = writeOutput(parser, pdf, out, err); status != Success) {
        return status;
    }
    out << tr("%n slip(s) written to %1\n", nullptr, static_cast<int>(slips.size())).arg(parser.value(opt("out")));
    out.flush();
    return Success;
}

} // namespace

int classCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return dispatch(QStringLiteral("class"), arguments, out, err,
        {{"import", QT_TRANSLATE_NOOP("aicet::cli", "import a class list (CSV), with a preview"), classImport},
            {"list", QT_TRANSLATE_NOOP("aicet::cli", "list the classes"), classList},
            {"pupils", QT_TRANSLATE_NOOP("aicet::cli", "a class's pupils and their codes"), classPupils},
            {"slips", QT_TRANSLATE_NOOP("aicet::cli", "print a class's code slips (PDF)"), classSlips}});
}

} // namespace aicet::cli
