// The trainer's bank page: a bank folder read with its diagnostics, followed when a file changes
// on disk (the test waits for the page's reloaded signal, never for a time), a diagnostic shown
// with its file's lines, every item previewed in both languages and answered as a pupil would,
// short text and numeric answers tried, filters.
#include "AnswerWidgets.h"
#include "BankPage.h"
#include "GuiDriver.h"
#include "ItemEditor.h"
#include "Pages.h"
#include "TestData.h"
#include "Translations.h"
#include "bank/BankEdit.h"
#include "bank/Qti.h"
#include "bank/Scoring.h"
#include "services/PupilSession.h"
#include "services/Services.h"
#include "services/Sittings.h"

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace aicet;
using namespace aicet::gui;
using namespace aicet::gui::driver;

class TestBankPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyItemAnswered();
    void followsTheFiles();
    void filters();
    void howItemsBehaved();
    void editsThroughTheForm();
    void newQuestionsFromTemplates();
    void qtiExchange();

private:
    QString copyExample();
    QTemporaryDir m_dir;
    int m_copies = 0;
};

void TestBankPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    i18n::setLanguage(QStringLiteral("en"));
}

// A copy of the example bank that the test may change.
QString TestBankPage::copyExample()
{
    const QString source = test::sourcePath(QStringLiteral("question-banks/example"));
    const QString target = m_dir.filePath(QStringLiteral("bank-%1").arg(++m_copies));
    if (!test::copyFolder(source, target)) {
        qFatal("cannot copy %s", qPrintable(source));
    }
    return target;
}

// Every item of the example bank (each type), in French and English, shown with the pupil's
// widgets and answered right then wrong: the verdict gives the score it earns.
void TestBankPage::everyItemAnswered()
{
    BankPage page;
    page.resize(1200, 800);
    page.show();
    page.openBank(copyExample());
    QVERIFY(page.loaded() && page.loaded()->usable());
    QVERIFY2(child<QLabel>(&page, QStringLiteral("bank-status"))->text().contains(QStringLiteral("0 errors")),
        qPrintable(child<QLabel>(&page, QStringLiteral("bank-status"))->text()));
    auto *language = child<QComboBox>(&page, QStringLiteral("bank-language"));
    QCOMPARE(language->count(), 2);
    auto *verdict = child<QLabel>(&page, QStringLiteral("bank-verdict"));
    for (int l = 0; l < language->count(); ++l) {
        language->setCurrentIndex(l);
        for (const BankItem &item : page.loaded()->bank.items) {
            QVERIFY(page.showItem(item.id));
            QuestionPage *preview = page.preview();
            QVERIFY(preview->answerWidget());
            for (const bool right : {true, false}) {
                fillAnswer(preview, item, right);
                child<QPushButton>(preview, QStringLiteral("confirm"))->click();
                child<QPushButton>(preview, QStringLiteral("confirm-yes"))->click();
                const int top = item.irt.categoryCount() - 1;
                const QString expected
                    = right ? QStringLiteral("scores %1 of %1").arg(top) : QStringLiteral("scores 0 of");
                QVERIFY2(
                    verdict->text().contains(expected), qPrintable(item.id + QStringLiteral(": ") + verdict->text()));
            }
        }
    }
    // At a pupil's largest text size, the question's text is drawn larger than at the normal one.
    {
        QVERIFY(page.showItem(QStringLiteral("ex-single")));
        auto *size = child<QComboBox>(&page, QStringLiteral("bank-text-size"));
        size->setCurrentIndex(size->findData(13));
        const auto stemPoints = [&] {
            QLabel *stem = nullptr;
            for (QLabel *label : page.preview()->findChildren<QLabel *>()) {
                stem = label->text().contains(QStringLiteral("chatbot")) ? label : stem;
            }
            return stem ? QFontInfo(stem->font()).pointSizeF() : 0.0;
        };
        const double normal = stemPoints();
        size->setCurrentIndex(size->findData(28));
        const double largest = stemPoints();
        QVERIFY2(normal > 0 && largest > 2 * normal, qPrintable(QStringLiteral("%1 → %2").arg(normal).arg(largest)));
        // Answer widgets follow it too.
        const auto *answer = page.preview()->answerWidget();
        QVERIFY(answer);
        QVERIFY(QFontInfo(answer->font()).pointSizeF() >= 27.0);
        size->setCurrentIndex(0);
    }
    // The question as a pupil's 1024 × 768 screen lays it out.
    auto *screen = child<QComboBox>(&page, QStringLiteral("bank-screen"));
    screen->setCurrentIndex(screen->findData(QSize(1024, 768)));
    QCOMPARE(page.preview()->size().width(), 1024);
    QVERIFY(page.preview()->size().height() < 768);
    screen->setCurrentIndex(0);
    QCOMPARE(page.preview()->maximumWidth(), QWIDGETSIZE_MAX);
    // Typed answers tried against the rules.
    for (const BankItem &item : page.loaded()->bank.items) {
        if (item.content.type == ItemType::ShortText) {
            QVERIFY(page.showItem(item.id));
            language->setCurrentIndex(language->findData(QStringLiteral("en")));
            const QString accepted = item.content.accepted.value(QStringLiteral("en")).first();
            QCOMPARE(page.tryAnswer(accepted.toUpper()), 1);
            QCOMPARE(page.tryAnswer(QStringLiteral("certainly not that")), 0);
            QVERIFY(child<QLabel>(&page, QStringLiteral("bank-try-result"))
                        ->text()
                        .contains(QStringLiteral("not accepted")));
        } else if (item.content.type == ItemType::Numeric) {
            QVERIFY(page.showItem(item.id));
            QCOMPARE(page.tryAnswer(QString::number(item.content.numericKey)), 1);
            QCOMPARE(page.tryAnswer(QString::number(item.content.numericKey + item.content.tolerance + 1)), 0);
            QCOMPARE(page.tryAnswer(QStringLiteral("abc")), -1);
        }
    }
}

// An error written into a file on disk is found without a click; its diagnostic shows the
// file's lines; corrected, it goes away.
void TestBankPage::followsTheFiles()
{
    const QString folder = copyExample();
    BankPage page;
    page.show();
    page.openBank(folder);
    auto *diagnostics = child<QTableWidget>(&page, QStringLiteral("bank-diagnostics"));
    const int before = diagnostics->rowCount();
    QFile file(folder + QStringLiteral("/items/examples.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    QByteArray broken = original;
    const qsizetype at = broken.indexOf("type: numeric");
    QVERIFY(at > 0);
    broken.replace(at, 13, "type: numerique"); // another length: a watcher that polls sizes sees it too
    QSignalSpy reloaded(&page, &BankPage::reloaded);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(broken);
    file.close();
    QVERIFY(reloaded.wait(30000));
    QVERIFY(diagnostics->rowCount() > before);
    int row = -1;
    for (int r = 0; r < diagnostics->rowCount(); ++r) {
        if (diagnostics->item(r, 2)->text().contains(QStringLiteral("numerique"))) {
            row = r;
        }
    }
    QVERIFY2(row >= 0, "the unknown type is reported");
    QVERIFY(diagnostics->item(row, 1)->text().startsWith(QStringLiteral("items/examples.yaml:")));
    diagnostics->selectRow(row);
    const QString source = child<QPlainTextEdit>(&page, QStringLiteral("bank-source"))->toPlainText();
    QVERIFY2(source.contains(QStringLiteral("▶")) && source.contains(QStringLiteral("numerique")), qPrintable(source));
    QVERIFY(child<QLabel>(&page, QStringLiteral("bank-status"))->text().contains(QStringLiteral("cannot be used")));
    // Corrected on disk: the bank is usable again.
    reloaded.clear();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(original);
    file.close();
    QVERIFY(reloaded.wait(30000));
    QCOMPARE(diagnostics->rowCount(), before);
    QVERIFY(page.loaded()->usable());
}

// The tree lists every item under its dimension; filters by status, type and text.
void TestBankPage::filters()
{
    BankPage page;
    page.openBank(copyExample());
    auto *tree = child<QTreeWidget>(&page, QStringLiteral("bank-tree"));
    const auto itemsShown = [&] {
        int n = 0;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            n += (*it)->data(0, Qt::UserRole).toString().isEmpty() ? 0 : 1;
        }
        return n;
    };
    QCOMPARE(itemsShown(), static_cast<int>(page.loaded()->bank.items.size()));
    auto *type = child<QComboBox>(&page, QStringLiteral("bank-filter-type"));
    type->setCurrentIndex(type->findData(int(ItemType::TrueFalse)));
    QCOMPARE(itemsShown(), 2);
    type->setCurrentIndex(0);
    // By level and by theme: as many as the bank's items say.
    const auto count = [&](auto predicate) {
        return static_cast<int>(
            std::count_if(page.loaded()->bank.items.begin(), page.loaded()->bank.items.end(), predicate));
    };
    auto *level = child<QComboBox>(&page, QStringLiteral("bank-filter-level"));
    level->setCurrentIndex(level->findData(QStringLiteral("apply")));
    QVERIFY(level->currentIndex() > 0);
    QCOMPARE(itemsShown(), count([](const BankItem &i) { return i.level == QLatin1String("apply"); }));
    level->setCurrentIndex(0);
    auto *theme = child<QComboBox>(&page, QStringLiteral("bank-filter-theme"));
    theme->setCurrentIndex(theme->findData(QStringLiteral("EDU")));
    QVERIFY(theme->currentIndex() > 0);
    QCOMPARE(itemsShown(), count([](const BankItem &i) { return i.themes.contains(QStringLiteral("EDU")); }));
    QVERIFY(itemsShown() >= 1);
    theme->setCurrentIndex(0);
    child<QLineEdit>(&page, QStringLiteral("bank-search"))->setText(QStringLiteral("no question has this text"));
    QCOMPARE(itemsShown(), 0);
    QVERIFY(tree->topLevelItem(0)->text(0).contains(QStringLiteral("No question")));
}

// With a database of sittings on the bank: each item's answers, how often right, its correlation
// with ability, the groups by ability (and the options they chose), on a chart.
void TestBankPage::howItemsBehaved()
{
    const QString folder = copyExample();
    QString error;
    auto services
        = services::Services::open(m_dir.filePath(QStringLiteral("behaviour.sqlite")), QStringLiteral("test"), &error);
    QVERIFY2(services, qPrintable(error));
    services::SittingDraft draft;
    draft.code = QStringLiteral("PILOT");
    draft.bankPath = folder;
    draft.settings.minItems = 5;
    draft.settings.maxItems = 5;
    const auto created = services::Sittings(services->context()).create(draft);
    QVERIFY2(created.error == services::Sittings::CreateError::None, qPrintable(created.message));
    // 40 pupils; the higher their number, the more often right.
    for (int i = 0; i < 40; ++i) {
        services::PupilSession run(services->context());
        QCOMPARE(
            run.start(draft.code, QStringLiteral("P%1").arg(i), {}, &error), services::PupilSession::StartError::None);
        for (int n = 0; run.currentItem(); ++n) {
            const BankItem *item = run.currentItem();
            run.itemShown();
            QCOMPARE(run.answer(run.currentPosition(), item->id,
                         responseForCategory(item->content,
                             (i * 7 + n * 3) % 40 < i ? item->irt.categoryCount() - 1 : 0, QStringLiteral("fr")),
                         &error),
                services::PupilSession::AnswerOutcome::Acknowledged);
        }
        QVERIFY(run.isFinished());
    }
    BankPage page;
    page.setServices(&services->context());
    page.show();
    page.openBank(folder);
    const auto answered = services->store().answersToItem(page.loaded()->bank.id, QStringLiteral("ex-single"));
    QVERIFY(answered && !answered->isEmpty());
    QVERIFY(page.showItem(QStringLiteral("ex-single")));
    const QString text = child<QLabel>(&page, QStringLiteral("bank-behaviour"))->text();
    QVERIFY2(text.contains(QStringLiteral("%1 answers").arg(answered->size())), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Correlation with the pupils' ability")), qPrintable(text));
    // Its exposure among the 40 tests, and a multiple-response question's options ticked by group.
    QVERIFY2(text.contains(QStringLiteral("of the 40 tests on this bank (its exposure)")), qPrintable(text));
    QVERIFY(page.showItem(QStringLiteral("ex-multiple")));
    const QString multiple = child<QLabel>(&page, QStringLiteral("bank-behaviour"))->text();
    QVERIFY2(multiple.contains(QStringLiteral("options ticked: a ")), qPrintable(multiple));
    QVERIFY(page.showItem(QStringLiteral("ex-single")));
    QVERIFY2(text.contains(QStringLiteral("options chosen: a ")), qPrintable(text)); // by the options' ids
    QVERIFY(!child<QLabel>(&page, QStringLiteral("bank-behaviour-chart"))->pixmap().isNull());
    // The whole bank: how many tests, the questions never given (the draft one is not counted);
    // the precision of its test along the scale, simulated on request.
    const QString use = child<QLabel>(&page, QStringLiteral("bank-use"))->text();
    QVERIFY2(use.contains(QStringLiteral("40 tests taken on this bank")), qPrintable(use));
    QVERIFY2(!use.contains(QStringLiteral("ex-draft")), qPrintable(use));
    QVERIFY(page.computePrecision(20));
    QVERIFY(child<QLabel>(&page, QStringLiteral("bank-precision-text"))
                ->text()
                .contains(QStringLiteral("expected standard error")));
    QVERIFY(!child<QLabel>(&page, QStringLiteral("bank-precision-chart"))->pixmap().isNull());
    // A question nobody was given says so.
    QVERIFY(page.showItem(QStringLiteral("ex-draft")));
    QVERIFY(child<QLabel>(&page, QStringLiteral("bank-behaviour"))->text().contains(QStringLiteral("No pupil")));
}

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// The form writes only the values changed (a round trip: every other line of the file as it was),
// refuses what the bank would not read, and its saves are undone and redone.
void TestBankPage::editsThroughTheForm()
{
    const QString folder = copyExample();
    const QString items = folder + QStringLiteral("/items/examples.yaml");
    const QByteArray original = fileBytes(items);
    BankPage page;
    page.show();
    page.openBank(folder);
    QVERIFY(page.showItem(QStringLiteral("ex-single")));
    QVERIFY(child<QPushButton>(&page, QStringLiteral("bank-edit"))->isEnabled());
    QVERIFY(!child<QPushButton>(&page, QStringLiteral("bank-undo"))->isEnabled());

    // A change the bank would refuse (the French question emptied): nothing written, the form stays.
    ItemEditor *refused = page.editShown();
    QVERIFY(refused);
    child<QPlainTextEdit>(refused, QStringLiteral("edit-stem-fr"))->setPlainText(QString());
    refused->accept();
    QVERIFY(refused->isVisible());
    QVERIFY2(child<QLabel>(refused, QStringLiteral("edit-message"))->text().contains(QStringLiteral("examples.yaml")),
        qPrintable(child<QLabel>(refused, QStringLiteral("edit-message"))->text()));
    QCOMPARE(fileBytes(items), original);
    refused->reject();

    ItemEditor *editor = page.editShown();
    child<QPlainTextEdit>(editor, QStringLiteral("edit-stem-en"))
        ->setPlainText(QStringLiteral("How does a chatbot pick its \"words\"?"));
    auto *options = child<QTableWidget>(editor, QStringLiteral("edit-options"));
    QCOMPARE(options->item(1, 0)->text(), QStringLiteral("b"));
    options->item(1, 2)->setText(QStringLiteral("It copies a web page"));
    auto *key = child<QComboBox>(editor, QStringLiteral("edit-key"));
    key->setCurrentIndex(key->findData(QStringLiteral("c")));
    child<QLineEdit>(editor, QStringLiteral("edit-themes"))->setText(QStringLiteral("EDU, ECO"));
    QSignalSpy reloaded(&page, &BankPage::reloaded);
    editor->accept();
    QCOMPARE(reloaded.size(), 1);
    const QByteArray edited = fileBytes(items);
    // Exactly four lines differ, each holding its new value; the rest is byte for byte the same.
    const QList<QByteArray> before = original.split('\n'), after = edited.split('\n');
    QCOMPARE(after.size(), before.size());
    QStringList changed;
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (after[i] != before[i]) {
            changed << QString::fromUtf8(after[i].trimmed());
        }
    }
    QCOMPARE(changed,
        QStringList(
            {QStringLiteral("themes: [EDU, ECO]"), QStringLiteral("en: \"How does a chatbot pick its \\\"words\\\"?\""),
                QStringLiteral(
                    "- {id: b, text: {fr: \"Il recopie une page web au hasard\", en: \"It copies a web page\"}}"),
                QStringLiteral("answer: c")}));
    const BankItem *item = nullptr;
    for (const BankItem &i : page.loaded()->bank.items) {
        item = i.id == QStringLiteral("ex-single") ? &i : item;
    }
    QVERIFY(item);
    QCOMPARE(item->content.key, QStringList{QStringLiteral("c")});
    QCOMPARE(item->content.stem.value(QStringLiteral("en")), QStringLiteral("How does a chatbot pick its \"words\"?"));
    QCOMPARE(page.shownItem(), QStringLiteral("ex-single"));

    // Options added and removed through the form (ex-multiple: d out, e in).
    QVERIFY(page.showItem(QStringLiteral("ex-multiple")));
    ItemEditor *lists = page.editShown();
    auto *multipleOptions = child<QTableWidget>(lists, QStringLiteral("edit-options"));
    multipleOptions->setCurrentCell(3, 1);
    QCOMPARE(multipleOptions->item(3, 0)->text(), QStringLiteral("d"));
    child<QPushButton>(lists, QStringLiteral("edit-options-remove"))->click();
    child<QPushButton>(lists, QStringLiteral("edit-options-add"))->click();
    const int added = multipleOptions->rowCount() - 1;
    multipleOptions->item(added, 0)->setText(QStringLiteral("e"));
    multipleOptions->item(added, 1)->setText(QStringLiteral("Ton numéro de téléphone"));
    multipleOptions->item(added, 2)->setText(QStringLiteral("Your phone number"));
    lists->accept();
    QVERIFY2(!lists->isVisible() || child<QLabel>(lists, QStringLiteral("edit-message"))->text().isEmpty(),
        qPrintable(child<QLabel>(lists, QStringLiteral("edit-message"))->text()));
    QStringList ids;
    for (const BankItem &i : page.loaded()->bank.items) {
        if (i.id == QStringLiteral("ex-multiple")) {
            for (const Choice &c : i.content.options) {
                ids << c.id;
            }
        }
    }
    QCOMPARE(ids, QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("e")}));
    QVERIFY(page.undo());
    QCOMPARE(fileBytes(items), edited);

    // A picture given to a question that had none, with its alternative text in both languages.
    QVERIFY(page.showItem(QStringLiteral("ex-true-false")));
    ItemEditor *picture = page.editShown();
    child<QLineEdit>(picture, QStringLiteral("edit-image"))->setText(QStringLiteral("images/confusion.svg"));
    child<QPlainTextEdit>(picture, QStringLiteral("edit-alt-fr"))
        ->setPlainText(QStringLiteral("Un tableau de résultats"));
    child<QPlainTextEdit>(picture, QStringLiteral("edit-alt-en"))->setPlainText(QStringLiteral("A table of results"));
    picture->accept();
    const BankItem *withPicture = nullptr;
    for (const BankItem &i : page.loaded()->bank.items) {
        withPicture = i.id == QStringLiteral("ex-true-false") ? &i : withPicture;
    }
    QVERIFY(withPicture);
    QCOMPARE(withPicture->content.imageFile, QStringLiteral("images/confusion.svg"));
    QCOMPARE(withPicture->content.imageAlt.value(QStringLiteral("en")), QStringLiteral("A table of results"));
    QVERIFY(page.undo());
    QCOMPARE(fileBytes(items), edited);
    QVERIFY(page.showItem(QStringLiteral("ex-single")));

    // Undo and redo.
    QVERIFY(child<QPushButton>(&page, QStringLiteral("bank-undo"))->isEnabled());
    QVERIFY(page.undo());
    QCOMPARE(fileBytes(items), original);
    QVERIFY(page.redo());
    QCOMPARE(fileBytes(items), edited);
    // Changed meanwhile in another editor: the undo would lose that change, so it is refused.
    QFile other(items);
    QVERIFY(other.open(QIODevice::Append));
    other.write("# a comment added elsewhere\n");
    other.close();
    QVERIFY(!page.undo());
    QVERIFY(
        child<QLabel>(&page, QStringLiteral("bank-edit-message"))->text().contains(QStringLiteral("changed since")));
    QVERIFY(fileBytes(items).endsWith("# a comment added elsewhere\n"));
}

// A new question of each type from its template reads as a draft; the dialog adds it to a file.
void TestBankPage::newQuestionsFromTemplates()
{
    const QString folder = copyExample();
    const BankLoadResult loaded = loadBank(folder);
    QVERIFY(loaded.usable());
    const QString items = folder + QStringLiteral("/items/examples.yaml");
    BankFileEdits edits;
    QString error;
    for (const QString &name : itemTypeNames()) {
        ItemType type = ItemType::SingleChoice;
        QVERIFY(parseItemType(name, &type));
        QVERIFY(edits.appendToFile(items,
            NewItemDialog::itemTemplate(
                loaded.bank, type, QStringLiteral("new-") + name, loaded.bank.competencies.front()),
            &error));
    }
    const BankLoadResult withAll = edits.loadWithEdits(folder, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Diagnostic &d : withAll.diagnostics) {
        QVERIFY2(!d.isError(), qPrintable(d.toString()));
    }
    for (const QString &name : itemTypeNames()) {
        const int at = withAll.bank.indexOf(QStringLiteral("new-") + name);
        QVERIFY2(at >= 0, qPrintable(name));
        QCOMPARE(withAll.bank.items[static_cast<std::size_t>(at)].status, ItemStatus::Draft);
        QCOMPARE(itemTypeName(withAll.bank.items[static_cast<std::size_t>(at)].content.type), name);
    }
    QCOMPARE(
        fileBytes(items), fileBytes(test::sourcePath(QStringLiteral("question-banks/example/items/examples.yaml"))));

    // Through the page: an id already used refused, then a multiple-response question added.
    BankPage page;
    page.show();
    page.openBank(folder);
    page.showItem(QStringLiteral("ex-single"));
    NewItemDialog *dialog = page.newItem();
    QVERIFY(dialog);
    auto *type = child<QComboBox>(dialog, QStringLiteral("new-item-type"));
    type->setCurrentIndex(type->findData(QStringLiteral("multiple_response")));
    child<QLineEdit>(dialog, QStringLiteral("new-item-id"))->setText(QStringLiteral("ex-single"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("new-item-message"))->text().contains(QStringLiteral("already")));
    child<QLineEdit>(dialog, QStringLiteral("new-item-id"))->setText(QStringLiteral("ex-new"));
    dialog->accept();
    QCOMPARE(page.shownItem(), QStringLiteral("ex-new"));
    QVERIFY(fileBytes(items).contains("\n\n  - id: ex-new\n    type: multiple_response\n    status: draft\n"));
    QVERIFY(page.preview()->answerWidget());
    QVERIFY(page.undo());
    QVERIFY(!fileBytes(items).contains("ex-new"));
}

// Questions from a QTI 3.0 package with every supported interaction and unsupported ones: the
// check first (nothing written), each reported; imported as pilots; the bank exported back.
void TestBankPage::qtiExchange()
{
    const QString folder = copyExample();
    BankPage page;
    page.show();
    page.openBank(folder);
    QVERIFY(child<QPushButton>(&page, QStringLiteral("bank-import-qti"))->isEnabled());
    const QStringList filesBefore = QDir(folder + QStringLiteral("/items")).entryList(QDir::Files);
    QtiImportDialog *dialog = page.importQti(test::dataPath(QStringLiteral("qti/package")));
    QVERIFY(dialog);
    // The check: 10 QTI questions, 4 not importable (each with its reason), nothing written yet.
    auto *report = child<QTableWidget>(dialog, QStringLiteral("qti-report"));
    QCOMPARE(report->rowCount(), 10);
    int refused = 0;
    for (int r = 0; r < report->rowCount(); ++r) {
        if (report->item(r, 2)->text() == QStringLiteral("not imported")) {
            ++refused;
            QVERIFY2(!report->item(r, 4)->text().isEmpty(), qPrintable(report->item(r, 0)->text()));
        }
        if (report->item(r, 0)->text() == QStringLiteral("eye-hotspot")) {
            QVERIFY(report->item(r, 4)->text().contains(QStringLiteral("qti-hotspot-interaction is not supported")));
        }
    }
    QCOMPARE(refused, 4);
    QCOMPARE(QDir(folder + QStringLiteral("/items")).entryList(QDir::Files), filesBefore);
    auto *status = child<QComboBox>(dialog, QStringLiteral("qti-status"));
    status->setCurrentIndex(status->findData(QStringLiteral("pilot")));
    dialog->accept();
    // Imported into a new file of the bank as pilots; the page reads it and shows one.
    QCOMPARE(QDir(folder + QStringLiteral("/items")).entryList(QDir::Files).size(), filesBefore.size() + 1);
    QVERIFY(page.loaded()->usable());
    const int at = page.loaded()->bank.indexOf(QStringLiteral("robot-single"));
    QVERIFY(at >= 0);
    QCOMPARE(page.loaded()->bank.items[static_cast<std::size_t>(at)].status, ItemStatus::Pilot);
    QVERIFY(page.loaded()->bank.indexOf(QStringLiteral("eye-hotspot")) < 0);
    QVERIFY(!page.shownItem().isEmpty());
    QVERIFY(child<QLabel>(&page, QStringLiteral("bank-edit-message"))->text().contains(QStringLiteral("imported")));
    // Exported: a zip package whose manifest lists the bank's questions.
    const QString out = m_dir.filePath(QStringLiteral("exported.zip"));
    QVERIFY(page.exportQti(out));
    const QByteArray zip = fileBytes(out);
    QVERIFY(zip.startsWith("PK"));
    QVERIFY(zip.contains("imsmanifest.xml"));
    QVERIFY(zip.contains("robot-single"));
}

QTEST_MAIN(TestBankPage)
#include "TestBankPage.moc"
