// Class lists: reading the files schools export, the preview's problems, import with personal
// codes, ownership, pupils edited and removed.
#include "TestData.h"
#include "bank/Scoring.h"
#include "services/ClassLists.h"
#include "services/PupilSession.h"
#include "services/Results.h"
#include "services/Services.h"
#include "services/Sittings.h"
#include "services/StaffAccounts.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace aicet;
using namespace aicet::services;

class TestClassLists : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsWhatSchoolsExport();
    void codes();
    void importAndOwnership_data();
    void importAndOwnership();
    void sittingForAClass();

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
};

// UTF-8 with a byte-order mark and commas; Windows-1252 with semicolons; quoted cells holding
// the separator; French and English headers; short rows padded.
void TestClassLists::readsWhatSchoolsExport()
{
    auto p = ClassLists::preview(
        QByteArray("\xEF\xBB\xBF") + "Last name,First name,Class,Id\r\nDurand,\"Zoé, Anne\",4e A,7\r\nLee,Sam\r\n");
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(p.separator, QLatin1Char(','));
    QCOMPARE(p.header,
        (QStringList{
            QStringLiteral("Last name"), QStringLiteral("First name"), QStringLiteral("Class"), QStringLiteral("Id")}));
    QCOMPARE(p.rows.size(), 2);
    QCOMPARE(p.rows[0][1], QStringLiteral("Zoé, Anne"));
    QCOMPARE(p.rows[1], (QStringList{QStringLiteral("Lee"), QStringLiteral("Sam"), QString(), QString()}));
    QCOMPARE(p.lastName, 0);
    QCOMPARE(p.firstName, 1);
    QCOMPARE(p.className, 2);
    QCOMPARE(p.identifier, 3);
    // As Pronote or a spreadsheet saves it in France: Windows-1252, semicolons.
    const QByteArray french = QByteArray("N\xB0 INE;Pr\xE9nom;NOM;Division\n123;L\xE9"
                                         "a;D\xEF"
                                         "dier;5e B\n456;Ma\xEB"
                                         "l;\x8C"
                                         "uvray;5e B\n");
    p = ClassLists::preview(french);
    QCOMPARE(p.encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(p.separator, QLatin1Char(';'));
    QCOMPARE(p.header[1], QStringLiteral("Prénom"));
    QCOMPARE(p.rows[0][1], QStringLiteral("Léa"));
    QCOMPARE(p.rows[0][2], QStringLiteral("Dïdier"));
    QCOMPARE(p.rows[1][2], QStringLiteral("Œuvray")); // 0x8C is Œ in Windows-1252
    QCOMPARE(p.lastName, 2);
    QCOMPARE(p.firstName, 1);
    QCOMPARE(p.className, 3);
    QCOMPARE(p.identifier, -1); // "N° INE" is not a name it knows
    // Blank lines and rows of separators only (as Excel leaves) are skipped, and each row keeps the
    // line it is on in the file, a quoted cell over two lines included.
    p = ClassLists::preview("Nom;Prénom;Classe\n\nDupont;\"Léa\nMarie\";5e B\n;;\nMartin;Hugo;5e B\n;;;\n");
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QCOMPARE(p.rows.size(), 2);
    QCOMPARE(p.lines, (QList<int>{3, 6}));
    QCOMPARE(p.rows[0][1], QStringLiteral("Léa\nMarie"));
    // Old Mac line ends, tabs, and UTF-16 "Unicode text".
    p = ClassLists::preview("Nom\tPrénom\rDupont\tLéa\rMartin\tHugo\r");
    QCOMPARE(p.separator, QLatin1Char('\t'));
    QCOMPARE(p.rows.size(), 2);
    QCOMPARE(p.rows[1][1], QStringLiteral("Hugo"));
    const QString unicode = QStringLiteral("Nom\tPrénom\r\nŒuvray\tZoé\r\n");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char *>(unicode.utf16()), unicode.size() * 2);
    p = ClassLists::preview(utf16);
    QCOMPARE(p.encoding, QStringLiteral("UTF-16"));
    QCOMPARE(p.rows.first(), (QStringList{QStringLiteral("Œuvray"), QStringLiteral("Zoé")}));
    // A quote never closed: said, with its line.
    p = ClassLists::preview("Nom;Prénom\nDupont;Léa\nMartin;\"Hugo\nRoux;Eva\n");
    QVERIFY2(p.error.contains(QStringLiteral("line 3")) && p.error.contains(QStringLiteral("not closed")),
        qPrintable(p.error));
    // Not a class list.
    QVERIFY(!ClassLists::preview({}).error.isEmpty());
    QVERIFY(!ClassLists::preview("just one column\nx\n").error.isEmpty());
    QVERIFY(!ClassLists::preview(QByteArray(6 * 1024 * 1024, 'a')).error.isEmpty());
}

// Personal codes: 8 characters of the unambiguous alphabet in two groups, each character as
// likely as the others.
void TestClassLists::codes()
{
    SeededRandom random(7);
    const QRegularExpression shape(QStringLiteral("^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$"));
    QHash<QChar, int> counts;
    QSet<QString> seen;
    for (int i = 0; i < 3000; ++i) {
        const QString code = ClassLists::generateCode(random);
        QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
        seen.insert(code);
        for (const QChar c : code) {
            if (c != QLatin1Char('-')) {
                ++counts[c];
            }
        }
    }
    QCOMPARE(seen.size(), 3000);
    QCOMPARE(counts.size(), 31); // every character of the alphabet, and only those
    for (const QChar c : {QLatin1Char('0'), QLatin1Char('O'), QLatin1Char('1'), QLatin1Char('I'), QLatin1Char('L')}) {
        QVERIFY(!counts.contains(c));
    }
    // 24,000 characters over 31: about 774 each; a fair draw stays well within ±20 %.
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QVERIFY2(
            it.value() > 620 && it.value() < 930, qPrintable(QStringLiteral("%1: %2").arg(it.key()).arg(it.value())));
    }
}

void TestClassLists::importAndOwnership_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
    if (!test::postgresUrl().isEmpty()) {
        QTest::addRow("postgresql") << QStringLiteral("postgresql");
    }
}

void TestClassLists::importAndOwnership()
{
    QFETCH(QString, backend);
    QString error;
    const QString location = backend == QLatin1String("sqlite")
        ? m_dir.filePath(QStringLiteral("classes.sqlite"))
        : test::freshPostgresDatabase(QStringLiteral("aicet_test_classes"), &error);
    QVERIFY2(!location.isEmpty(), qPrintable(error));
    auto services = Services::open(location, QStringLiteral("tester"), &error, &m_clock);
    QVERIFY2(services, qPrintable(error));
    StaffAccounts accounts(services->context());
    const auto admin
        = accounts.createFirstAdministrator(QStringLiteral("Ada"), QStringLiteral("correct horse battery"));
    QVERIFY(admin.outcome == StaffAccounts::Outcome::Done);
    const auto marie = accounts.add(
        admin.account, QStringLiteral("Marie"), store::StaffRole::Teacher, QStringLiteral("tableau noir 42"));
    const auto paul = accounts.add(
        admin.account, QStringLiteral("Paul"), store::StaffRole::Teacher, QStringLiteral("tableau noir 43"));
    ClassLists lists(services->context());

    // Marie's file: problems shown, the others imported with codes, classes created.
    const auto preview = ClassLists::preview("Nom;Prénom;Classe\nDupont;Léa;5e B\nMartin;Hugo;5e B\nDUPONT; léa ;5E B\n"
                                             ";Sans;5e B\nBrun;Noé;\nRoux;Eva;4e A\n");
    auto rows = lists.mapRows(preview, preview.lastName, preview.firstName, preview.className, -1, {}, marie.account);
    QCOMPARE(rows.size(), std::size_t(6));
    QVERIFY(rows[0].problems.isEmpty());
    QVERIFY(rows[2].problems.join(u' ').contains(QStringLiteral("earlier in the file")));
    QCOMPARE(rows[2].line, 4);
    QVERIFY(rows[3].problems.join(u' ').contains(QStringLiteral("no last name")));
    QVERIFY(rows[4].problems.join(u' ').contains(QStringLiteral("no class")));
    auto imported = lists.import(marie.account, rows);
    QVERIFY2(imported.ok, qPrintable(imported.message));
    QCOMPARE(imported.pupils.size(), 3);
    QVERIFY(imported.message.contains(QStringLiteral("3 pupil(s) added")));
    QVERIFY(imported.message.contains(QStringLiteral("3 row(s) left out")));
    auto marieClasses = lists.classes(marie.account, &error);
    QVERIFY(marieClasses);
    QCOMPARE(marieClasses->size(), 2);
    QCOMPARE(marieClasses->at(0).name, QStringLiteral("4e A"));
    QCOMPARE(marieClasses->at(1).name, QStringLiteral("5e B"));
    QCOMPARE(marieClasses->at(1).pupils, 2);
    QSet<QString> codes;
    for (const auto &p : imported.pupils) {
        codes.insert(p.code);
        QCOMPARE(services->store().classPupilByCode(p.code.toLower().remove(u'-'))->id, p.id); // any case, no dash
    }
    QCOMPARE(codes.size(), 3);
    // The same file again: every pupil is already there (a default class fills the blank).
    rows = lists.mapRows(
        preview, preview.lastName, preview.firstName, preview.className, -1, QStringLiteral("5e B"), marie.account);
    QVERIFY(rows[0].problems.join(u' ').contains(QStringLiteral("already in the class")));
    QVERIFY(rows[4].problems.isEmpty()); // Brun Noé, now in 5e B
    QCOMPARE(lists.import(marie.account, rows).pupils.size(), 1);

    // Ownership: Paul sees none of Marie's classes and cannot change them; the administrator can.
    QCOMPARE(lists.classes(paul.account, &error)->size(), 0);
    QCOMPARE(lists.classes(admin.account, &error)->size(), 2);
    const qint64 classB = marieClasses->at(1).id;
    auto refused = lists.addPupil(paul.account, classB, QStringLiteral("Intrus"), QStringLiteral("Max"), {});
    QVERIFY(!refused.ok);
    QVERIFY2(refused.message.contains(QStringLiteral("another teacher")), qPrintable(refused.message));
    QVERIFY(!lists.removePupil(paul.account, imported.pupils.first().id).ok);
    auto added = lists.addPupil(admin.account, classB, QStringLiteral("Petit"), QStringLiteral("Jules"), {});
    QVERIFY2(added.ok, qPrintable(added.message));
    // Edited (names, not the code) and removed by Marie.
    store::ClassPupilRecord edited = added.pupils.first();
    edited.firstName = QStringLiteral("Jules-Henri");
    QVERIFY(!lists.editPupil(paul.account, edited).ok);
    QVERIFY(lists.editPupil(marie.account, edited).ok);
    QCOMPARE(services->store().classPupilByCode(edited.code)->firstName, QStringLiteral("Jules-Henri"));
    QVERIFY(lists.removePupil(marie.account, edited.id).ok);
    QVERIFY(!services->store().classPupilByCode(edited.code));
    QCOMPARE(lists.classes(marie.account, &error)->at(1).pupils, 3);
    // Each change is in the audit log.
    QStringList actions;
    for (const auto &e : *services->store().auditLog()) {
        actions << e.action;
    }
    for (const QString &a : {QStringLiteral("create class"), QStringLiteral("import class list"),
             QStringLiteral("add pupil"), QStringLiteral("edit pupil"), QStringLiteral("remove pupil")}) {
        QVERIFY2(actions.contains(a), qPrintable(a));
    }
}

// A sitting created for a class: its pupils registered with their codes, names and class; a code
// not on the list refused; a pupil's code typed in lower case without its dash accepted; the class
// is the group that results exports carry (DIF by year group reads it); another teacher's class
// refused.
void TestClassLists::sittingForAClass()
{
    QString error;
    auto services
        = Services::open(m_dir.filePath(QStringLiteral("sitting.sqlite")), QStringLiteral("tester"), &error, &m_clock);
    QVERIFY2(services, qPrintable(error));
    StaffAccounts accounts(services->context());
    const auto admin
        = accounts.createFirstAdministrator(QStringLiteral("Ada"), QStringLiteral("correct horse battery"));
    const auto marie = accounts.add(
        admin.account, QStringLiteral("Marie"), store::StaffRole::Teacher, QStringLiteral("tableau noir 42"));
    const auto paul = accounts.add(
        admin.account, QStringLiteral("Paul"), store::StaffRole::Teacher, QStringLiteral("tableau noir 43"));
    ClassLists lists(services->context());
    const auto preview = ClassLists::preview("Nom;Prénom;Classe\nDupont;Léa;5e B\nMartin;Hugo;5e B\n");
    const auto imported = lists.import(marie.account,
        lists.mapRows(preview, preview.lastName, preview.firstName, preview.className, -1, {}, marie.account));
    QVERIFY(imported.ok);
    const qint64 classId = imported.pupils.first().classId;
    SittingDraft draft;
    draft.code = QStringLiteral("5B-DEC");
    draft.bankPath = test::sourcePath(QStringLiteral("question-banks/example"));
    draft.settings.minItems = 3;
    draft.settings.maxItems = 3;
    // Another teacher's class is refused; Marie's is taken.
    Sittings sittings(services->context());
    const auto refused = sittings.createForClasses(draft, paul.account, {classId});
    QCOMPARE(refused.error, Sittings::CreateError::InvalidDraft);
    QVERIFY2(refused.message.contains(QStringLiteral("another teacher")), qPrintable(refused.message));
    const auto created = sittings.createForClasses(draft, marie.account, {classId});
    QVERIFY2(created.error == Sittings::CreateError::None, qPrintable(created.message));
    QVERIFY2(created.message.contains(QStringLiteral("2 pupil(s)")), qPrintable(created.message));
    QVERIFY(created.sitting.settings.rosterOnly);
    const auto lea = services->store().candidate(created.sitting.id, imported.pupils.first().code);
    QVERIFY(lea);
    QCOMPARE(lea->displayName, QStringLiteral("Léa Dupont"));
    QCOMPARE(lea->group, QStringLiteral("5e B"));
    // A code that is not on the list.
    PupilSession stranger(services->context());
    QCOMPARE(stranger.start(QStringLiteral("5B-DEC"), QStringLiteral("ABCD-EFGH"), {}, &error),
        PupilSession::StartError::NotOnList);
    QVERIFY2(error.contains(QStringLiteral("not on the list")), qPrintable(error));
    QVERIFY(!services->store().candidate(created.sitting.id, QStringLiteral("ABCD-EFGH")));
    // Léa's code as a pupil might type it.
    PupilSession pupil(services->context());
    const QString typed = imported.pupils.first().code.toLower().remove(QLatin1Char('-'));
    QCOMPARE(pupil.start(QStringLiteral("5b-dec"), typed, {}, &error), PupilSession::StartError::None);
    const BankItem *item = pupil.currentItem();
    QVERIFY(item);
    pupil.itemShown();
    m_clock.advanceSeconds(20);
    QCOMPARE(pupil.answer(pupil.currentPosition(), item->id,
                 responseForCategory(item->content, 1, QStringLiteral("fr")), &error),
        PupilSession::AnswerOutcome::Acknowledged);
    const auto responses = Results(services->context()).responses(QStringLiteral("5B-DEC"), &error);
    QVERIFY2(responses && responses->size() == 1, qPrintable(error));
    QCOMPARE(responses->first().candidateGroup, QStringLiteral("5e B"));
}

QTEST_GUILESS_MAIN(TestClassLists)
#include "TestClassLists.moc"
