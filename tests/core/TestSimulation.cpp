#include <QTest>

class TestSimulation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestSimulation)
#include "TestSimulation.moc"
