#include "TestData.h"
#include "io/CsvFormats.h"
#include "io/CsvReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace aicet;

class TestCsvFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void parameterCsv();
    void parameterCsvErrors_data();
    void parameterCsvErrors();
    void missingAndUnreadableFiles();
    void quotingAndLineEnds();
    void responseMatrix();
    void responseMatrixErrors_data();
    void responseMatrixErrors();
    void abilities();

private:
    QString write(const QByteArray &content, const QString &name = QStringLiteral("file.csv"));
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCsvFormats::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCsvFormats::write(const QByteArray &content, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    f.write(content);
    return path;
}

void TestCsvFormats::parameterCsv()
{
    QStringList errors;
    const auto bank = io::readParameterCsv(write("id,a,b,c,d,domain\n"
                                                 "q1,1.2,-0.5,0,1,D2\n"
                                                 "q2,0.8,0.3,0.2,1,D1\n"
                                                 "q3,1.5,1.0,0.1,0.9,D2\n"),
        &errors);
    QVERIFY2(bank, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(bank->size(), 3);
    QCOMPARE(bank->items[0].irt.model, irt::Model::TwoPL);
    QCOMPARE(bank->items[1].irt.model, irt::Model::ThreePL);
    QCOMPARE(bank->items[2].irt.model, irt::Model::FourPL);
    QCOMPARE(bank->items[2].irt.d, 0.9);
    QCOMPARE(bank->dimensions.size(), std::size_t(2));
    QCOMPARE(bank->dimensions[0].id, QStringLiteral("D1")); // sorted, not in line order
    QCOMPARE(bank->items[0].dimension, 1);
    QCOMPARE(bank->indexOf(QStringLiteral("q3")), 2);
    QCOMPARE(bank->indexOf(QStringLiteral("q4")), -1);
    QCOMPARE(bank->id, QStringLiteral("file"));

    const ItemBank conformance = test::conformanceBank();
    QCOMPARE(conformance.size(), 300);
    QCOMPARE(conformance.dimensions.size(), std::size_t(4));
}

void TestCsvFormats::parameterCsvErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::addRow("empty file") << QByteArray() << QStringLiteral("file.csv: empty file");
    QTest::addRow("blank lines only") << QByteArray("\n\n\r\n") << QStringLiteral("file.csv: empty file");
    QTest::addRow("header only") << QByteArray("id,a,b,c,d\n") << QStringLiteral("file.csv: no items");
    QTest::addRow("wrong header") << QByteArray("item,a,b\nq1,1,0\n")
                                  << QStringLiteral("file.csv:1: the header must be id,a,b,c,d");
    QTest::addRow("missing field") << QByteArray("id,a,b,c,d\nq1,1,0,0,1\nq2,1,0,0\n")
                                   << QStringLiteral("file.csv:3: expected 5 fields, found 4");
    QTest::addRow("not a number") << QByteArray("id,a,b,c,d\nq1,one,0,0,1\n")
                                  << QStringLiteral("file.csv:2: item \"q1\": a is not a number (\"one\")");
    QTest::addRow("a zero") << QByteArray("id,a,b,c,d\n\nq1,0,0,0,1\n")
                            << QStringLiteral("file.csv:3: item \"q1\": discrimination a must be a positive number");
    QTest::addRow("a negative") << QByteArray("id,a,b,c,d\nq1,-1,0,0,1\n")
                                << QStringLiteral("file.csv:2: item \"q1\": discrimination a");
    QTest::addRow("c negative") << QByteArray("id,a,b,c,d\nq1,1,0,-0.1,1\n")
                                << QStringLiteral("file.csv:2: item \"q1\": lower asymptote c must be in [0, 1)");
    QTest::addRow("c one") << QByteArray("id,a,b,c,d\nq1,1,0,1,1\n") << QStringLiteral("lower asymptote c");
    QTest::addRow("d not above c") << QByteArray("id,a,b,c,d\nq1,1,0,0.3,0.2\n")
                                   << QStringLiteral(
                                          "file.csv:2: item \"q1\": upper asymptote d must be greater than c");
    QTest::addRow("duplicate id") << QByteArray("id,a,b,c,d\nq1,1,0,0,1\nq1,1,0,0,1\n")
                                  << QStringLiteral("file.csv:3: duplicate item id \"q1\" (first on line 2)");
    QTest::addRow("empty id") << QByteArray("id,a,b,c,d\n,1,0,0,1\n")
                              << QStringLiteral("file.csv:2: the item id is empty");
    QTest::addRow("infinite") << QByteArray("id,a,b,c,d\nq1,inf,0,0,1\n") << QStringLiteral("a is not a number");
    QTest::addRow("binary") << QByteArray("id,a\0\x01\x02", 7) << QStringLiteral("binary data");
    QTest::addRow("unterminated quote") << QByteArray("id,a,b,c,d\n\"q1,1,0,0,1\n")
                                        << QStringLiteral("file.csv:2: unterminated quoted field");
}

void TestCsvFormats::parameterCsvErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QStringList errors;
    const QString path = write(content);
    QVERIFY(!io::readParameterCsv(path, &errors));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().startsWith(m_dir->path()), qPrintable(errors.first()));
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(expected), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestCsvFormats::missingAndUnreadableFiles()
{
    QStringList errors;
    QVERIFY(!io::readParameterCsv(m_dir->filePath(QStringLiteral("absent.csv")), &errors));
    QVERIFY(errors.first().endsWith(QStringLiteral("absent.csv: no such file")));
    QVERIFY(!io::readParameterCsv(m_dir->path(), &errors));
    QVERIFY(errors.first().contains(QStringLiteral("is a folder")));
    // Every bad line is reported at once, not only the first.
    QVERIFY(!io::readParameterCsv(write("id,a,b,c,d\nq1,0,0,0,1\nq2,1,x,0,1\nq3,1,0,0,1\nq4,1,0,2,1\n"), &errors));
    QCOMPARE(errors.size(), 3);
}

void TestCsvFormats::quotingAndLineEnds()
{
    QStringList errors;
    const auto bank = io::readParameterCsv(
        write("\xEF\xBB\xBFid,a,b,c,d\r\n\"q,1\",1,0,0,1\r\n\"say \"\"hi\"\"\",1,0,0,1"), &errors);
    QVERIFY2(bank, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(bank->items[0].id, QStringLiteral("q,1"));
    QCOMPARE(bank->items[1].id, QStringLiteral("say \"hi\""));
}

void TestCsvFormats::responseMatrix()
{
    QStringList errors;
    const auto bank = io::readParameterCsv(
        write("id,a,b,c,d\nq1,1,0,0,1\nq2,1,0,0,1\nq3,1,0,0,1\n", QStringLiteral("b.csv")), &errors);
    QVERIFY(bank);
    const auto m = io::readResponseMatrix(write("person,q3,q1\np1,1,0\np2,,1\np3,NA,\n"), *bank, &errors);
    QVERIFY2(m, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(m->candidates, (std::vector<QString>{QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")}));
    QCOMPARE(m->items, 3);
    QCOMPARE(m->at(0, 0), 0);
    QCOMPARE(m->at(0, 1), -1);
    QCOMPARE(m->at(0, 2), 1);
    QCOMPARE(m->at(1, 0), 1);
    QCOMPARE(m->at(1, 2), -1);
    QCOMPARE(m->at(2, 0), -1);
}

void TestCsvFormats::responseMatrixErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::addRow("unknown item") << QByteArray("person,q1,q9\np1,1,0\n")
                                  << QStringLiteral("file.csv:1: column 3: item \"q9\" is not in the bank");
    QTest::addRow("duplicate column") << QByteArray("person,q1,q1\np1,1,0\n")
                                      << QStringLiteral("column 3: item \"q1\" appears twice (first in column 2)");
    QTest::addRow("bad category")
        << QByteArray("person,q1\np1,2\n")
        << QStringLiteral("file.csv:2: person \"p1\", item \"q1\": \"2\" is not a response category (0 to 1)");
    QTest::addRow("text") << QByteArray("person,q1\np1,yes\n") << QStringLiteral("\"yes\" is not a response category");
    QTest::addRow("short row") << QByteArray("person,q1,q2\np1,1\n") << QStringLiteral("file.csv:2: expected 3 fields");
    QTest::addRow("no persons") << QByteArray("person,q1\n") << QStringLiteral("no persons");
    QTest::addRow("no items") << QByteArray("person\n")
                              << QStringLiteral("the header must be person followed by item ids");
}

void TestCsvFormats::responseMatrixErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QStringList errors;
    const auto bank
        = io::readParameterCsv(write("id,a,b,c,d\nq1,1,0,0,1\nq2,1,0,0,1\n", QStringLiteral("b.csv")), &errors);
    QVERIFY(bank);
    QVERIFY(!io::readResponseMatrix(write(content), *bank, &errors));
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(expected), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestCsvFormats::abilities()
{
    QStringList errors;
    const auto a = io::readAbilities(write("sim_id,theta\n1,0.5\n2,-1.25\n"), &errors);
    QVERIFY(a);
    QCOMPARE(a->theta, (std::vector<double>{0.5, -1.25}));
    QVERIFY(!io::readAbilities(write("sim_id,theta\n1,abc\n"), &errors));
    QVERIFY(errors.first().contains(QStringLiteral("file.csv:2: theta is not a number")));
    QVERIFY(!io::readAbilities(write("sim_id\n1\n"), &errors));
}

QTEST_GUILESS_MAIN(TestCsvFormats)
#include "TestCsvFormats.moc"
