#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
