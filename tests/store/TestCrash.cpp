#include <QTest>
class TestCrash : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestCrash)
#include "TestCrash.moc"
