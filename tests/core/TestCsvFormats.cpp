#include <QTest>

class TestCsvFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestCsvFormats)
#include "TestCsvFormats.moc"
