// The teacher's workspace, end to end on real widgets: the administrator created at the door, a
// teacher signing in, her class list imported (a row with a problem left out), a sitting created
// from the form, two pupils answering from other processes (aicet-cli session run --step, one
// answer per line written to it), the console showing their progress, extra time reaching a
// running pupil's program, an incident noted, both finishing; then the results, the pupil's
// report, the documents of the sitting, the class report, the exports and an erasure, all read
// back. On SQLite and on the PostgreSQL server of the test run. Every wait is for an event (an
// answer acknowledged by the pupil's process), never for time.
#include "ClassesPage.h"
#include "ConsolePage.h"
#include "GuiDriver.h"
#include "ResultsPage.h"
#include "SittingsPage.h"
#include "StaffWindow.h"
#include "TestData.h"
#include "Translations.h"
#include "services/ClassLists.h"
#include "services/Credentials.h"
#include "services/IssuerKey.h"
#include "services/Services.h"
#include "services/Sittings.h"
#include "services/StaffAccounts.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace aicet;
using namespace aicet::gui;
using namespace aicet::gui::driver;

namespace {

// A pupil's program in its own process, answering one question per line it is given.
class Pupil
{
public:
    Pupil(const QString &db, const QString &sitting, const QString &code)
    {
        m_process.start(qEnvironmentVariable("AICET_CLI"),
            {QStringLiteral("session"), QStringLiteral("run"), QStringLiteral("--db"), db, QStringLiteral("--sitting"),
                sitting, QStringLiteral("--candidate"), code, QStringLiteral("--simulate-theta"), QStringLiteral("0.3"),
                QStringLiteral("--answer-seconds"), QStringLiteral("0"), QStringLiteral("--step")});
    }
    ~Pupil()
    {
        m_process.closeWriteChannel();
        m_process.waitForFinished(60000);
    }
    /// Lets it answer one question and waits for the answer's acknowledgement; returns the time
    /// limit its program has then (the "limit" line), in seconds.
    double answer()
    {
        m_process.write("\n");
        m_process.waitForBytesWritten(60000);
        QString ack;
        while (!m_done) {
            while (!m_process.canReadLine()) {
                if (!m_process.waitForReadyRead(60000)) {
                    qWarning() << "no acknowledgement:" << m_process.readAllStandardError();
                    m_done = true;
                    return -1;
                }
            }
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line.startsWith(QStringLiteral("ack "))) {
                ++m_acks;
            } else if (line.startsWith(QStringLiteral("limit "))) {
                return line.mid(6).toDouble();
            } else if (line.startsWith(QStringLiteral("finished"))) {
                m_done = true;
            }
        }
        return -1;
    }
    /// Answers until the test ends.
    bool finish()
    {
        while (!m_done) {
            answer();
        }
        m_process.closeWriteChannel();
        return m_process.waitForFinished(60000) && m_process.exitCode() == 0;
    }
    int acks() const { return m_acks; }

private:
    QProcess m_process;
    int m_acks = 0;
    bool m_done = false;
};

} // namespace

class TestStaffConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pupilsInOtherProcesses_data();
    void pupilsInOtherProcesses();

private:
    QTemporaryDir m_dir;
};

void TestStaffConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    i18n::setLanguage(QStringLiteral("en")); // the interface in English, the log's words too
    QVERIFY2(!qEnvironmentVariable("AICET_CLI").isEmpty(), "AICET_CLI must name the aicet-cli program");
}

void TestStaffConsole::pupilsInOtherProcesses_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addRow("sqlite") << QStringLiteral("sqlite");
    if (!test::postgresUrl().isEmpty()) {
        QTest::addRow("postgresql") << QStringLiteral("postgresql");
    } else {
        qWarning("AICET_TEST_PGURL is not set: the PostgreSQL run is skipped (./aicet.sh test sets it)");
    }
}

void TestStaffConsole::pupilsInOtherProcesses()
{
    QFETCH(QString, backend);
    QString error;
    QString db = m_dir.filePath(QStringLiteral("console.sqlite"));
    if (backend == QLatin1String("postgresql")) {
        db = test::freshPostgresDatabase(QStringLiteral("aicet_test_console"), &error);
        QVERIFY2(!db.isEmpty(), qPrintable(error));
    }
    auto services = services::Services::open(db, QStringLiteral("aicet"), &error);
    QVERIFY2(services, qPrintable(error));
    // The first start: the administrator is created at the staff's door.
    {
        StaffSignInDialog door(services->context());
        QVERIFY(door.creatingAdministrator());
        child<QLineEdit>(&door, QStringLiteral("staff-name"))->setText(QStringLiteral("Ada"));
        child<QLineEdit>(&door, QStringLiteral("staff-password"))->setText(QStringLiteral("correct horse battery"));
        child<QLineEdit>(&door, QStringLiteral("staff-confirm"))->setText(QStringLiteral("correct horse battery"));
        QVERIFY2(door.submit(), qPrintable(door.message()));
        QCOMPARE(door.account().role, store::StaffRole::Administrator);
        QVERIFY2(door.notice().contains(QStringLiteral("issuer")), qPrintable(door.notice()));
        const auto marieAdded = services::StaffAccounts(services->context())
                                    .add(door.account(), QStringLiteral("Marie"), store::StaffRole::Teacher,
                                        QStringLiteral("tableau noir 42"));
        QCOMPARE(marieAdded.outcome, services::StaffAccounts::Outcome::Done);
    }
    // Marie signs in at the door; her window.
    StaffSignInDialog door(services->context());
    child<QLineEdit>(&door, QStringLiteral("staff-name"))->setText(QStringLiteral("Marie"));
    child<QLineEdit>(&door, QStringLiteral("staff-password"))->setText(QStringLiteral("tableau noir 42"));
    QVERIFY2(door.submit(), qPrintable(door.message()));
    const store::StaffRecord marie = door.account();
    StaffWindow staff(services->context(), marie);
    staff.setAttribute(Qt::WA_DeleteOnClose, false);
    staff.show();
    // Her class list, as the school's software exports it, with a row that has no first name.
    auto *classes = child<ClassesPage>(&staff, QStringLiteral("classes-page"));
    const QString classList = m_dir.filePath(QStringLiteral("5B-%1.csv").arg(backend));
    {
        QFile f(classList);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Nom;Pr\xE9nom;Classe\nDupont;L\xE9"
                "a;5e B\nMartin;Hugo;5e B\nAbsent;Sam;5e B\nSansPrenom;;5e B\n");
    }
    QString importSummary;
    connect(classes, &ClassesPage::importDialogOpened, this, [&](ClassImportDialog *dialog) {
        importSummary = child<QLabel>(dialog, QStringLiteral("import-summary"))->text();
        if (dialog->import()) {
            dialog->accept();
        }
    });
    QVERIFY(classes->importFile(classList));
    QVERIFY2(importSummary.contains(QStringLiteral("3 to import, 1 left out")), qPrintable(importSummary));
    auto *pupilTable = child<QTableWidget>(classes, QStringLiteral("pupils"));
    QCOMPARE(pupilTable->rowCount(), 3);
    QString lea, hugo, sam;
    for (int r = 0; r < pupilTable->rowCount(); ++r) {
        const QString first = pupilTable->item(r, 1)->text();
        (first == QStringLiteral("Léa")           ? lea
                : first == QStringLiteral("Hugo") ? hugo
                                                  : sam)
            = pupilTable->item(r, 3)->text();
    }
    QVERIFY(!lea.isEmpty() && !hugo.isEmpty() && !sam.isEmpty());
    // The sitting, from the form: five questions, twenty minutes, for her class.
    auto *sittings = child<SittingsPage>(&staff, QStringLiteral("sittings-page"));
    sittings->refresh();
    child<QLineEdit>(sittings, QStringLiteral("new-sitting-code"))->setText(QStringLiteral("5B-LIVE"));
    child<QLineEdit>(sittings, QStringLiteral("new-sitting-bank"))
        ->setText(test::sourcePath(QStringLiteral("question-banks/example")));
    child<QSpinBox>(sittings, QStringLiteral("new-sitting-min"))->setValue(5);
    child<QSpinBox>(sittings, QStringLiteral("new-sitting-max"))->setValue(5);
    child<QSpinBox>(sittings, QStringLiteral("new-sitting-time"))->setValue(20);
    child<QListWidget>(sittings, QStringLiteral("new-sitting-classes"))->item(0)->setCheckState(Qt::Checked);
    QVERIFY2(
        sittings->createSitting(), qPrintable(child<QLabel>(sittings, QStringLiteral("sittings-message"))->text()));
    const auto sitting = services->store().sitting(QStringLiteral("5B-LIVE"));
    QVERIFY(sitting);
    QCOMPARE(sitting->ownerId, marie.id);
    const qint64 sittingId = sitting->id;

    // She follows it live from the sittings' tab.
    auto *sittingTable = child<QTableWidget>(sittings, QStringLiteral("sittings"));
    QCOMPARE(sittingTable->rowCount(), 1);
    sittingTable->selectRow(0);
    child<QPushButton>(sittings, QStringLiteral("follow-sitting"))->click();
    auto *console = child<ConsolePage>(&staff, QStringLiteral("console-page"));
    QVERIFY(console->isVisible());
    QCOMPARE(console->sittingId(), sittingId);
    auto *grid = child<QTableWidget>(console, QStringLiteral("console-grid"));
    auto *summary = child<QLabel>(console, QStringLiteral("console-summary"));
    QCOMPARE(grid->rowCount(), 3);
    QVERIFY2(summary->text().contains(QStringLiteral("3 not started")), qPrintable(summary->text()));
    const auto cell = [&](const QString &code, int column) {
        for (int r = 0; r < grid->rowCount(); ++r) {
            if (grid->item(r, 0)->text().contains(code)) {
                return grid->item(r, column)->text();
            }
        }
        return QStringLiteral("(no row for %1)").arg(code);
    };
    QCOMPARE(cell(lea, 0), QStringLiteral("Léa Dupont (%1)").arg(lea));

    // Two pupils answer from their own processes.
    Pupil leaRun(db, QStringLiteral("5B-LIVE"), lea);
    Pupil hugoRun(db, QStringLiteral("5B-LIVE"), hugo);
    QCOMPARE(leaRun.answer(), 1200.0);
    QCOMPARE(hugoRun.answer(), 1200.0);
    QCOMPARE(hugoRun.answer(), 1200.0);
    console->refresh();
    QCOMPARE(cell(lea, 2), QStringLiteral("in progress"));
    QCOMPARE(cell(lea, 3), QStringLiteral("2 of 6")); // five scored, one pilot
    QCOMPARE(cell(hugo, 3), QStringLiteral("3 of 6"));
    QVERIFY(cell(lea, 4).endsWith(QStringLiteral(" min"))); // time left
    QVERIFY2(summary->text().contains(QStringLiteral("2 in progress")), qPrintable(summary->text()));

    // Every pupil selected at once (for a whole-class pause); then only Léa.
    child<QPushButton>(console, QStringLiteral("console-select-all"))->click();
    QCOMPARE(grid->selectionModel()->selectedRows().size(), 3);
    // Ten minutes more for Léa: her running program has them at its next answer.
    console->selectCodes({lea});
    child<QDoubleSpinBox>(console, QStringLiteral("console-minutes"))->setValue(10);
    child<QPushButton>(console, QStringLiteral("console-set-extra"))->click();
    auto *message = child<QLabel>(console, QStringLiteral("console-message"));
    QVERIFY2(message->text().contains(QStringLiteral("extra time set to 10 minutes")), qPrintable(message->text()));
    QCOMPARE(cell(lea, 5), QStringLiteral("+10 min"));
    QCOMPARE(leaRun.answer(), 1800.0);
    QCOMPARE(hugoRun.answer(), 1200.0); // only hers

    // An incident for Hugo, with its type and words; the log lists it with the extra time.
    console->selectCodes({hugo});
    auto *category = child<QComboBox>(console, QStringLiteral("console-category"));
    category->setCurrentIndex(category->findData(int(services::StaffActions::Incident::Unwell)));
    child<QLineEdit>(console, QStringLiteral("console-text"))->setText(QStringLiteral("headache"));
    child<QPushButton>(console, QStringLiteral("console-incident"))->click();
    QVERIFY2(message->text().contains(QStringLiteral("incident noted")), qPrintable(message->text()));
    QCOMPARE(cell(hugo, 8), QStringLiteral("1"));
    auto *log = child<QTableWidget>(console, QStringLiteral("console-log"));
    QCOMPARE(log->rowCount(), 2);
    QCOMPARE(log->item(0, 2)->text(), QStringLiteral("incident: pupil unwell – headache"));
    QCOMPARE(log->item(0, 3)->text(), QStringLiteral("Marie"));
    QCOMPARE(log->item(1, 2)->text(), QStringLiteral("extra time set to 10 min"));

    // Both finish: nobody is in progress any more, and each has a result.
    QVERIFY(leaRun.finish());
    QVERIFY(hugoRun.finish());
    QVERIFY(leaRun.acks() >= 5); // five scored questions (and the bank's pilot questions)
    console->refresh();
    QVERIFY2(summary->text().contains(QStringLiteral("0 in progress")), qPrintable(summary->text()));
    for (const QString &code : {lea, hugo}) {
        QVERIFY2(cell(code, 2) == QStringLiteral("finished") || cell(code, 2) == QStringLiteral("incomplete"),
            qPrintable(cell(code, 2)));
        QVERIFY(!cell(code, 3).isEmpty()); // the level, or why there is none
    }
    // Acting on a finished test that cannot go on: said, nothing done.
    console->selectCodes({lea});
    QCOMPARE(console->act(services::Console::Action::Pause), 0);
    QVERIFY2(message->text().contains(lea), qPrintable(message->text()));

    // The results: both pupils with their level, Sam absent, the level chart, each question.
    auto *tabs = child<QTabWidget>(&staff, QStringLiteral("staff-tabs"));
    auto *results = child<ResultsPage>(&staff, QStringLiteral("results-page"));
    tabs->setCurrentIndex(3);
    QVERIFY(results->isVisible());
    results->showSitting(sittingId);
    auto *pupils = child<QTableWidget>(results, QStringLiteral("results-pupils"));
    QCOMPARE(pupils->rowCount(), 2);
    const QString resultsSummary = child<QLabel>(results, QStringLiteral("results-summary"))->text();
    QVERIFY2(resultsSummary.contains(QStringLiteral("2 pupils with a result"))
            && resultsSummary.contains(QStringLiteral("1 absent")),
        qPrintable(resultsSummary));
    const QString missing = child<QLabel>(results, QStringLiteral("results-missing"))->text();
    QVERIFY2(missing.contains(QStringLiteral("Absent")) && missing.contains(sam), qPrintable(missing));
    QVERIFY(!child<QLabel>(results, QStringLiteral("results-chart"))->pixmap().isNull());
    QVERIFY(results->selectPupil(hugo));
    auto *questions = child<QTableWidget>(results, QStringLiteral("results-pupil-questions"));
    QCOMPARE(questions->rowCount(), hugoRun.acks());
    QVERIFY(!child<QLabel>(results, QStringLiteral("results-pupil-chart"))->pixmap().isNull());
    for (int r = 0; r < questions->rowCount(); ++r) {
        const QString verdict = questions->item(r, 3)->text();
        QVERIFY2(verdict == QStringLiteral("right") || verdict == QStringLiteral("wrong")
                || verdict.startsWith(QStringLiteral("pilot")) || verdict.startsWith(QStringLiteral("partly")),
            qPrintable(verdict));
    }
    // Hugo's report, read back: his answers, and the incident noted by his teacher.
    const QString pdf = m_dir.filePath(QStringLiteral("hugo-%1.pdf").arg(backend));
    QVERIFY(results->savePupilReport(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString report = QString::fromUtf8(text.readAllStandardOutput());
    // ("Staff" is written with an ff ligature in the PDF.)
    QVERIFY2(report.contains(QStringLiteral("actions and incidents")) && report.contains(QStringLiteral("headache"))
            && report.contains(QStringLiteral("Marie")),
        qPrintable(report.left(3000)));
    // Every question shown appears in the sitting's statistics, every answer counted once.
    auto *items = child<QTableWidget>(results, QStringLiteral("results-items"));
    QVERIFY(items->rowCount() >= std::max(leaRun.acks(), hugoRun.acks()));
    int answered = 0;
    for (int r = 0; r < items->rowCount(); ++r) {
        answered += items->item(r, 2)->text().toInt();
    }
    QCOMPARE(answered, leaRun.acks() + hugoRun.acks());

    // The documents of the sitting in one action: a new folder with one PDF per pupil who
    // finished and one file of every page; each pupil's is a signed document that verifies.
    QString keyError;
    const QString keyPath = m_dir.filePath(QStringLiteral("issuer-%1.pem").arg(backend));
    QVERIFY2(services::IssuerKey::create(keyPath, &keyError), qPrintable(keyError));
    results->setKeyPath(keyPath);
    QTemporaryDir out;
    const QString folder = results->issueDocuments(out.path());
    const QString issuedMessage = child<QLabel>(results, QStringLiteral("results-message"))->text();
    QVERIFY2(!folder.isEmpty() && QFileInfo(folder).dir() == QDir(out.path()), qPrintable(issuedMessage));
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 3);
    QVERIFY2(files.contains(QStringLiteral("all-5B-LIVE.pdf")), qPrintable(files.join(QLatin1Char(' '))));
    QVERIFY2(files.contains(QStringLiteral("Léa-Dupont-%1.pdf").arg(lea)), qPrintable(files.join(QLatin1Char(' '))));
    const auto pdfText = [](const QString &path) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString all = pdfText(QDir(folder).filePath(QStringLiteral("all-5B-LIVE.pdf")));
    QVERIFY2(
        all.contains(QStringLiteral("Léa Dupont")) && all.contains(QStringLiteral("Hugo Martin")), qPrintable(all));
    QCOMPARE(all.count(QLatin1Char('\f')), 2); // two pages
    const auto verified = services::Credentials::verify(
        QDir(folder).filePath(QStringLiteral("Léa-Dupont-%1.pdf").arg(lea)), {}, keyPath);
    QVERIFY2(verified.valid, qPrintable(verified.error));
    // Checked from the staff's side: authentic; a copy with one byte changed is not.
    const QString leaPdf = QDir(folder).filePath(QStringLiteral("Léa-Dupont-%1.pdf").arg(lea));
    QVERIFY(results->verifyCertificate(leaPdf));
    QVERIFY2(child<QLabel>(results, QStringLiteral("results-message"))->text().contains(QStringLiteral("Léa Dupont")),
        qPrintable(child<QLabel>(results, QStringLiteral("results-message"))->text()));
    {
        QFile original(leaPdf);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        const qsizetype at = bytes.indexOf("Dupont");
        QVERIFY(at > 0);
        bytes[at] = 'D' + 1; // "Eupont" in the metadata or the page
        QFile forged(out.filePath(QStringLiteral("forged.pdf")));
        QVERIFY(forged.open(QIODevice::WriteOnly));
        forged.write(bytes);
    }
    QVERIFY(!results->verifyCertificate(out.filePath(QStringLiteral("forged.pdf"))));
    QVERIFY(
        child<QLabel>(results, QStringLiteral("results-message"))->text().startsWith(QStringLiteral("NOT AUTHENTIC")));
    // Issued again: a new folder, nothing overwritten.
    const QString again = results->issueDocuments(out.path());
    QVERIFY(!again.isEmpty() && again != folder);
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), 3);

    // The class report: the overview and a line per pupil.
    const QString classReport = out.filePath(QStringLiteral("class.pdf"));
    QVERIFY(results->saveClassReport(classReport));
    const QString classText = pdfText(classReport);
    QVERIFY2(classText.contains(QStringLiteral("Class report")) && classText.contains(QStringLiteral("Léa Dupont"))
            && classText.contains(QStringLiteral("Hugo Martin")) && classText.contains(sam),
        qPrintable(classText));
    // The results export, as the command line writes it; a pupil's data.
    const QString csv = out.filePath(QStringLiteral("results.csv"));
    QVERIFY(results->exportResults(csv, false));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csvFile.readAll());
    QCOMPARE(csvText.count(QLatin1Char('\n')), 3); // the header and two pupils
    QVERIFY2(csvText.contains(QStringLiteral("Hugo Martin")), qPrintable(csvText));
    QVERIFY(results->selectPupil(lea));
    const QString data = out.filePath(QStringLiteral("lea.json"));
    QVERIFY(results->exportPupilData(data));
    QFile dataFile(data);
    QVERIFY(dataFile.open(QIODevice::ReadOnly));
    QVERIFY(dataFile.readAll().contains("Dupont"));
    // Léa's personal data erased: her answers stay, nothing says whose they are.
    QVERIFY(results->erasePupil(true));
    QCOMPARE(pupils->rowCount(), 2);
    for (int r = 0; r < pupils->rowCount(); ++r) {
        QVERIFY(!pupils->item(r, 0)->text().contains(QStringLiteral("Léa")));
    }
    QVERIFY(!services->store().candidate(sittingId, lea));
}

QTEST_MAIN(TestStaffConsole)
#include "TestStaffConsole.moc"
