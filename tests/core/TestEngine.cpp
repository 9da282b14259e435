#include <QTest>

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "TestEngine.moc"
