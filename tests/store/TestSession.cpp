#include <QTest>
class TestSession : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestSession)
#include "TestSession.moc"
