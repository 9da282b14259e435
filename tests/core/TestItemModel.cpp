#include <QTest>

class TestItemModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestItemModel)
#include "TestItemModel.moc"
