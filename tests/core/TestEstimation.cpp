#include <QTest>

class TestEstimation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestEstimation)
#include "TestEstimation.moc"
