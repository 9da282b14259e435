// The trainer's calibration: a pilot sitting's answers (pupils simulated from known parameters,
// stored through their sessions) calibrated from the page, cancelled then run to the end (the test
// waits for the page's finished signal, never for a time), the new parameters reviewed and accepted
// item by item, a pilot item made operational, and the new release written: only the edited lines
// of the files change, the release is kept in the database, and the sitting keeps the release it
// was created on.
#include "CalibrationPage.h"
#include "GuiDriver.h"
#include "TestData.h"
#include "Translations.h"
#include "bank/BankLoader.h"
#include "bank/Scoring.h"
#include "cat/Random.h"
#include "cat/Simulation.h"
#include "irt/ItemModel.h"
#include "services/PupilSession.h"
#include "services/Services.h"
#include "services/Sittings.h"

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace aicet;
using namespace aicet::gui;
using namespace aicet::gui::driver;

class TestCalibrationPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void calibrateAndRelease();

private:
    QTemporaryDir m_dir;
};

void TestCalibrationPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    i18n::setLanguage(QStringLiteral("en"));
}

namespace {

QStringList fileLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Waits for the page's finished signal (the calibration thread's end), whatever the machine's load.
bool waitFinished(CalibrationPage &page)
{
    QSignalSpy finished(&page, &CalibrationPage::finished);
    return finished.wait(600000);
}

} // namespace

void TestCalibrationPage::calibrateAndRelease()
{
    // A copy of the example bank (every item type; one pilot item without parameters, one draft).
    const QString source = test::sourcePath(QStringLiteral("question-banks/example"));
    const QString folder = m_dir.filePath(QStringLiteral("bank"));
    QVERIFY(test::copyFolder(source, folder));
    const QString itemsFile = folder + QStringLiteral("/items/examples.yaml");
    const QString bankFile = folder + QStringLiteral("/bank.yaml");
    const QStringList itemsBefore = fileLines(itemsFile);
    const QStringList bankBefore = fileLines(bankFile);

    QString error;
    auto services
        = services::Services::open(m_dir.filePath(QStringLiteral("pilot.sqlite")), QStringLiteral("test"), &error);
    QVERIFY2(services, qPrintable(error));
    services::SittingDraft draft;
    draft.code = QStringLiteral("PILOT");
    draft.bankPath = folder;
    draft.settings.minItems = 7;
    draft.settings.maxItems = 7;
    const auto created = services::Sittings(services->context()).create(draft);
    QVERIFY2(created.error == services::Sittings::CreateError::None, qPrintable(created.message));
    const QString pilotHash = created.sitting.bankHash;

    // Pupils simulated from known parameters: the bank's own for its items, and for the pilot item
    // (true or false, no parameters yet) a slope 1.1 and a difficulty 0.4 above its chance of one half.
    irt::ItemParameters pilotTruth;
    pilotTruth.model = irt::Model::ThreePL;
    pilotTruth.a = 1.1;
    pilotTruth.b = 0.4;
    pilotTruth.c = 0.5;
    cat::Random random(20261201);
    const std::vector<double> abilities = cat::normalSample(160, 0.0, 1.0, 20261202);
    for (int i = 0; i < 160; ++i) {
        const double theta = abilities[static_cast<std::size_t>(i)];
        services::PupilSession run(services->context());
        QCOMPARE(
            run.start(draft.code, QStringLiteral("P%1").arg(i), {}, &error), services::PupilSession::StartError::None);
        while (const BankItem *item = run.currentItem()) {
            run.itemShown();
            const irt::ItemParameters &truth = item->hasParameters ? item->irt : pilotTruth;
            const int category = cat::drawCategory(truth, theta, random);
            QCOMPARE(run.answer(run.currentPosition(), item->id,
                         responseForCategory(item->content, category, QStringLiteral("fr")), &error),
                services::PupilSession::AnswerOutcome::Acknowledged);
        }
        QVERIFY(run.isFinished());
    }

    store::StaffRecord trainer;
    trainer.id = 1;
    trainer.name = QStringLiteral("Grace Hopper");
    trainer.role = store::StaffRole::Trainer;
    const BankLoadResult loaded = loadBank(folder);
    QVERIFY(loaded.usable());
    CalibrationPage page(services->context(), trainer);
    page.show();
    page.setBank(&loaded.bank);
    QVERIFY2(child<QLabel>(&page, QStringLiteral("calibration-bank"))->text().contains(QStringLiteral("1.0")),
        qPrintable(child<QLabel>(&page, QStringLiteral("calibration-bank"))->text()));
    QCOMPARE(child<QLineEdit>(&page, QStringLiteral("release-version"))->text(), QStringLiteral("1.1"));
    // Nothing chosen: refused with a reason.
    QVERIFY(!page.run());
    QVERIFY(!child<QLabel>(&page, QStringLiteral("calibration-message"))->text().isEmpty());
    QVERIFY(page.chooseSitting(QStringLiteral("PILOT")));

    // Cancelled at its first cycle: no results, nothing written.
    auto stop = connect(
        &page, &CalibrationPage::progressed, &page, [&page] { page.cancel(); }, Qt::DirectConnection);
    QVERIFY(page.run());
    QVERIFY(page.isRunning());
    QVERIFY(!child<QPushButton>(&page, QStringLiteral("calibration-run"))->isEnabled());
    QVERIFY(child<QPushButton>(&page, QStringLiteral("calibration-cancel"))->isEnabled());
    QVERIFY(waitFinished(page));
    disconnect(stop);
    QVERIFY(!page.outcome());
    QVERIFY2(child<QLabel>(&page, QStringLiteral("calibration-status"))->text().contains(QStringLiteral("cancelled")),
        qPrintable(child<QLabel>(&page, QStringLiteral("calibration-status"))->text()));
    QCOMPARE(child<QTableWidget>(&page, QStringLiteral("calibration-table"))->rowCount(), 0);
    QCOMPARE(fileLines(itemsFile), itemsBefore);

    // More answers asked for than any question has: nothing to estimate, said.
    auto *minimum = child<QSpinBox>(&page, QStringLiteral("calibration-minimum"));
    minimum->setValue(161);
    QVERIFY(page.run());
    QVERIFY(waitFinished(page));
    QVERIFY(!page.outcome());
    QVERIFY2(child<QLabel>(&page, QStringLiteral("calibration-status"))->text().contains(QStringLiteral("161 answers")),
        qPrintable(child<QLabel>(&page, QStringLiteral("calibration-status"))->text()));
    minimum->setValue(100);

    // Run to the end: 3PL with chance guessing (what this bank, irt.guessing: chance, can take).
    QSignalSpy progress(&page, &CalibrationPage::progressed);
    QVERIFY(page.run());
    QVERIFY(waitFinished(page));
    QVERIFY(!progress.isEmpty());
    QVERIFY(page.outcome());
    const documents::CalibrationOutcome &outcome = *page.outcome();
    QVERIFY(outcome.result().converged);
    QCOMPARE(outcome.report.persons, 160);
    auto *table = child<QTableWidget>(&page, QStringLiteral("calibration-table"));
    QCOMPARE(table->rowCount(), 9);
    const auto row = [&](const QString &id) {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 1)->text() == id) {
                return r;
            }
        }
        return -1;
    };
    // The pilot item was estimated: no parameters before, its new ones shown; the draft was never
    // given and cannot be accepted or made operational.
    const int pilotRow = row(QStringLiteral("ex-pilot"));
    QVERIFY(pilotRow >= 0);
    QVERIFY2(table->item(pilotRow, 4)->text().startsWith(QStringLiteral("– → ")),
        qPrintable(table->item(pilotRow, 4)->text()));
    QCOMPARE(table->item(pilotRow, 2)->text(), QStringLiteral("pilot"));
    const int draftRow = row(QStringLiteral("ex-draft"));
    QVERIFY(table->item(draftRow, 9)->text().contains(QStringLiteral("nobody answered")));
    QVERIFY(!page.acceptItem(QStringLiteral("ex-draft"), true));
    QVERIFY(!page.makeOperational(QStringLiteral("ex-draft"), true));
    // An operational item is operational already.
    QVERIFY(!page.makeOperational(QStringLiteral("ex-single"), true));
    // The report reads.
    QVERIFY(page.saveReport(m_dir.filePath(QStringLiteral("report"))));
    QVERIFY(fileBytes(m_dir.filePath(QStringLiteral("report/parameters.csv"))).contains("ex-pilot,3PL,"));
    QVERIFY(fileBytes(m_dir.filePath(QStringLiteral("report/report.html"))).contains("ex-pilot"));

    // Accept only ex-single's and ex-pilot's parameters, and make ex-pilot operational.
    child<QPushButton>(&page, QStringLiteral("calibration-accept-all"))->click();
    QCOMPARE(table->item(row(QStringLiteral("ex-single")), 0)->checkState(), Qt::Checked);
    QCOMPARE(table->item(draftRow, 0)->checkState(), Qt::Unchecked); // nothing to accept
    child<QPushButton>(&page, QStringLiteral("calibration-accept-none"))->click();
    for (int r = 0; r < table->rowCount(); ++r) {
        QCOMPARE(table->item(r, 0)->checkState(), Qt::Unchecked);
    }
    QVERIFY(!child<QPushButton>(&page, QStringLiteral("release-write"))->isEnabled());
    QVERIFY(page.acceptItem(QStringLiteral("ex-single"), true));
    QVERIFY(page.acceptItem(QStringLiteral("ex-pilot"), true));
    QVERIFY(page.makeOperational(QStringLiteral("ex-pilot"), true));
    QVERIFY(child<QPushButton>(&page, QStringLiteral("release-write"))->isEnabled());
    // A version the bank already has is refused, nothing written.
    child<QLineEdit>(&page, QStringLiteral("release-version"))->setText(QStringLiteral("1.0"));
    QVERIFY(page.writeRelease(true).isEmpty());
    QVERIFY(child<QLabel>(&page, QStringLiteral("calibration-message"))->text().contains(QStringLiteral("already")));
    QCOMPARE(fileLines(itemsFile), itemsBefore);
    QCOMPARE(fileLines(bankFile), bankBefore);

    const std::size_t single = static_cast<std::size_t>(loaded.bank.indexOf(QStringLiteral("ex-single")));
    const std::size_t pilot = static_cast<std::size_t>(loaded.bank.indexOf(QStringLiteral("ex-pilot")));
    const irt::ItemParameters singleAfter = outcome.result().items[single];
    const irt::ItemParameters pilotAfter = outcome.result().items[pilot];
    child<QLineEdit>(&page, QStringLiteral("release-version"))->setText(QStringLiteral("1.1"));
    child<QLineEdit>(&page, QStringLiteral("release-note"))->setText(QStringLiteral("Pilot of December"));
    QSignalSpy released(&page, &CalibrationPage::released);
    QCOMPARE(page.writeRelease(true), QStringLiteral("1.1"));
    QCOMPARE(released.size(), 1);

    // Only the edited lines changed: ex-single's irt line, ex-pilot's status, and ex-pilot's new
    // irt line (added after its last line); in bank.yaml, the version.
    const QStringList itemsAfter = fileLines(itemsFile);
    QCOMPARE(itemsAfter.size(), itemsBefore.size() + 1);
    QStringList changed;
    for (qsizetype i = 0, j = 0; i < itemsAfter.size(); ++i) {
        if (j < itemsBefore.size() && itemsAfter[i] == itemsBefore[j]) {
            ++j;
            continue;
        }
        changed << itemsAfter[i].trimmed();
        // A line replaced moves both files on; a line inserted, only the new one.
        const bool inserted
            = i + 1 < itemsAfter.size() && j < itemsBefore.size() && itemsAfter[i + 1] == itemsBefore[j];
        j += inserted ? 0 : 1;
    }
    QCOMPARE(changed.size(), 3);
    QVERIFY2(changed[0].startsWith(QStringLiteral("irt: {model: 3PL, a: ")), qPrintable(changed[0]));
    QCOMPARE(changed[1], QStringLiteral("status: operational"));
    QVERIFY2(changed[2].startsWith(QStringLiteral("irt: {model: 3PL, a: ")), qPrintable(changed[2]));
    const QStringList bankAfter = fileLines(bankFile);
    QCOMPARE(bankAfter.size(), bankBefore.size());
    for (qsizetype i = 0; i < bankAfter.size(); ++i) {
        if (bankAfter[i] != bankBefore[i]) {
            QCOMPARE(bankAfter[i], QStringLiteral("version: \"1.1\""));
        }
    }

    // The new release reads with the accepted parameters (4 decimals) and ex-pilot operational.
    const BankLoadResult release = loadBank(folder);
    QVERIFY(release.usable());
    QCOMPARE(release.bank.version, QStringLiteral("1.1"));
    const BankItem &pilotItem = release.bank.items[pilot];
    QCOMPARE(pilotItem.status, ItemStatus::Operational);
    QVERIFY(pilotItem.hasParameters);
    QVERIFY(std::fabs(pilotItem.irt.a - pilotAfter.a) < 1e-4);
    QVERIFY(std::fabs(pilotItem.irt.b - pilotAfter.b) < 1e-4);
    QVERIFY(std::fabs(release.bank.items[single].irt.b - singleAfter.b) < 1e-4);
    // Kept in the database, with who released it and why; the sitting's own release stays.
    const auto releases = services->context().store.bankReleases(release.bank.id);
    QVERIFY(releases);
    QCOMPARE(releases->size(), 2);
    QCOMPARE(releases->at(0).version, QStringLiteral("1.1"));
    QCOMPARE(releases->at(0).contentHash, release.bank.contentHash);
    QCOMPARE(releases->at(0).createdBy, QStringLiteral("Grace Hopper"));
    QCOMPARE(releases->at(0).note, QStringLiteral("Pilot of December"));
    QCOMPARE(releases->at(1).contentHash, pilotHash);
    QCOMPARE(child<QTableWidget>(&page, QStringLiteral("calibration-releases"))->rowCount(), 2);
    // The page now works on the new content: the pilot sitting belongs to the earlier one.
    QVERIFY(!page.outcome());
    QVERIFY(!page.chooseSitting(QStringLiteral("PILOT")));
    // A pupil joining the pilot sitting now still takes it on the release it was created on.
    services::PupilSession late(services->context());
    QCOMPARE(late.start(draft.code, QStringLiteral("LATE"), {}, &error), services::PupilSession::StartError::None);
    QCOMPARE(late.bank().contentHash, pilotHash);
    QCOMPARE(late.bank().items[pilot].status, ItemStatus::Pilot);
}

QTEST_MAIN(TestCalibrationPage)
#include "TestCalibrationPage.moc"
