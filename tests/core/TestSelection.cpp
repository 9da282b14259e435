#include <QTest>

class TestSelection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestSelection)
#include "TestSelection.moc"
