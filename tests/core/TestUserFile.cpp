#include "TestData.h"
#include "bank/BankLoader.h"
#include "io/CsvReader.h"
#include "io/UserFile.h"
#include "services/BankCatalog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace aicet;

namespace {

QString allDiagnostics(const BankLoadResult &r)
{
    QStringList lines;
    for (const Diagnostic &d : r.diagnostics) {
        lines.append(d.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestUserFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void regularFile();
    void overTheBound();
    void device();
    void pipe();
    void folder();
    void symbolicLinks();
    void missingFile();
    void csvRefusesPipe();
    void bankRefusesPipesAndDevices();
    void catalogSkipsPipes();

private:
    QString write(const QString &name, const QByteArray &content);
    QString fifo(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestUserFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestUserFile::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QString TestUserFile::fifo(const QString &name)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0) {
        qFatal("cannot make the pipe %s", qPrintable(path));
    }
    return path;
}

void TestUserFile::regularFile()
{
    QString error;
    const QString path = write(QStringLiteral("key.pem"), "-----BEGIN PUBLIC KEY-----\n");
    const auto read = io::readUserFile(path, 64 * 1024, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, QByteArray("-----BEGIN PUBLIC KEY-----\n"));
    // Exactly at the bound, and empty.
    const QByteArray ten(10, 'x');
    QCOMPARE(io::readUserFile(write(QStringLiteral("ten"), ten), 10, &error).value_or(QByteArray()), ten);
    const auto empty = io::readUserFile(write(QStringLiteral("empty"), QByteArray()), 10, &error);
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
    // Larger than the first buffer, read whole.
    const QByteArray big(300 * 1024, 'y');
    QCOMPARE(io::readUserFile(write(QStringLiteral("big"), big), 1024 * 1024, &error).value_or(QByteArray()), big);
    // The descriptor of a regular file.
    const int fd = io::openUserFile(path, &error);
    QVERIFY(fd >= 0);
    ::close(fd);
}

void TestUserFile::overTheBound()
{
    QString error;
    const QString path = write(QStringLiteral("eleven"), QByteArray(11, 'x'));
    QVERIFY(!io::readUserFile(path, 10, &error));
    QCOMPARE(error, QStringLiteral("%1 is larger than 10 bytes").arg(path));
    const QString key = write(QStringLiteral("key.pem"), QByteArray(64 * 1024 + 1, 'k'));
    QVERIFY(!io::readUserFile(key, 64 * 1024, &error));
    QCOMPARE(error, QStringLiteral("%1 is larger than 64 KiB").arg(key));
    QVERIFY(!io::readUserFile(path, 0, &error));
    QVERIFY(io::readUserFile(key, 1024 * 1024, &error));
    QVERIFY(!io::readUserFile(
        write(QStringLiteral("large.pdf"), QByteArray(2 * 1024 * 1024 + 1, 'p')), 2 * 1024 * 1024, &error));
    QVERIFY2(error.endsWith(QStringLiteral("large.pdf is larger than 2 MiB")), qPrintable(error));
}

void TestUserFile::device()
{
    QString error;
    QVERIFY(!io::readUserFile(QStringLiteral("/dev/zero"), 64 * 1024, &error));
    QCOMPARE(error, QStringLiteral("/dev/zero is not a regular file (a device, a pipe or a folder)"));
    QCOMPARE(io::openUserFile(QStringLiteral("/dev/null"), &error), -1);
    QVERIFY(error.startsWith(QStringLiteral("/dev/null is not a regular file")));
}

void TestUserFile::pipe()
{
    // No writer ever opens the pipe: opening it for reading would wait forever. It is refused
    // from its type, before being opened.
    const QString path = fifo(QStringLiteral("pipe.pem"));
    QString error;
    QVERIFY(!io::readUserFile(path, 64 * 1024, &error));
    QCOMPARE(error, QStringLiteral("%1 is not a regular file (a device, a pipe or a folder)").arg(path));
    QCOMPARE(io::openUserFile(path, &error), -1);
    QVERIFY(error.startsWith(path));
}

void TestUserFile::folder()
{
    QString error;
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("sub"))));
    QVERIFY(!io::readUserFile(m_dir->filePath(QStringLiteral("sub")), 64 * 1024, &error));
    QCOMPARE(error,
        QStringLiteral("%1 is not a regular file (a device, a pipe or a folder)")
            .arg(m_dir->filePath(QStringLiteral("sub"))));
}

void TestUserFile::symbolicLinks()
{
    QString error;
    // Links are followed: to a regular file, read; to a device or a pipe, refused by what they lead to.
    const QString target = write(QStringLiteral("real.csv"), "a,b\n");
    const QString toFile = m_dir->filePath(QStringLiteral("to-file"));
    QVERIFY(QFile::link(target, toFile));
    QCOMPARE(io::readUserFile(toFile, 100, &error).value_or(QByteArray()), QByteArray("a,b\n"));
    const QString toZero = m_dir->filePath(QStringLiteral("to-zero.pem"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), toZero));
    QVERIFY(!io::readUserFile(toZero, 64 * 1024, &error));
    QCOMPARE(error, QStringLiteral("%1 is not a regular file (a device, a pipe or a folder)").arg(toZero));
    const QString toPipe = m_dir->filePath(QStringLiteral("to-pipe"));
    QVERIFY(QFile::link(fifo(QStringLiteral("pipe")), toPipe));
    QVERIFY(!io::readUserFile(toPipe, 64 * 1024, &error));
    QVERIFY(error.contains(QStringLiteral("is not a regular file")));
    // A link that leads nowhere.
    const QString dangling = m_dir->filePath(QStringLiteral("dangling"));
    QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("nothing")), dangling));
    QVERIFY(!io::readUserFile(dangling, 100, &error));
    QCOMPARE(error, QStringLiteral("%1 does not exist").arg(dangling));
}

void TestUserFile::missingFile()
{
    QString error;
    const QString path = m_dir->filePath(QStringLiteral("absent.pem"));
    QVERIFY(!io::readUserFile(path, 64 * 1024, &error));
    QCOMPARE(error, QStringLiteral("%1 does not exist").arg(path));
    QVERIFY(!io::readUserFile(m_dir->filePath(QStringLiteral("absent/key.pem")), 64 * 1024, &error));
    QVERIFY(error.endsWith(QStringLiteral("does not exist")));
    QVERIFY(!io::readUserFile(QString(), 64 * 1024, &error));
    QVERIFY(error.endsWith(QStringLiteral("does not exist")));
    // Not readable by this user (root reads everything: then it is read).
    const QString locked = write(QStringLiteral("locked"), "x");
    QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    const auto read = io::readUserFile(locked, 100, &error);
    if (::geteuid() != 0) {
        QVERIFY(!read);
        QVERIFY2(error.startsWith(QStringLiteral("%1 cannot be read: ").arg(locked)), qPrintable(error));
    }
}

void TestUserFile::csvRefusesPipe()
{
    io::CsvReader csv;
    const QString path = fifo(QStringLiteral("matrix.csv"));
    QVERIFY(!csv.open(path));
    QVERIFY2(
        csv.errorString().contains(QStringLiteral("matrix.csv is not a regular file")), qPrintable(csv.errorString()));
    QVERIFY(!csv.open(QStringLiteral("/dev/zero")));
    QVERIFY(csv.errorString().startsWith(QStringLiteral("/dev/zero is not a regular file")));
    QVERIFY(!csv.open(write(QStringLiteral("big.csv"), "a,b\n1,2\n"), 4));
    QVERIFY(csv.errorString().contains(QStringLiteral("big.csv is larger than 4 bytes")));
    QVERIFY2(csv.open(write(QStringLiteral("ok.csv"), "a,b\n1,2\n")), qPrintable(csv.errorString()));
}

void TestUserFile::bankRefusesPipesAndDevices()
{
    // A bank.yaml that is a pipe, item files that are a pipe and a link to /dev/zero: each reported,
    // none opened (the load returns).
    const QString root = m_dir->filePath(QStringLiteral("bank"));
    fifo(QStringLiteral("bank/bank.yaml"));
    fifo(QStringLiteral("bank/items/a.yaml"));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), m_dir->filePath(QStringLiteral("bank/items/b.yaml"))));
    const BankLoadResult r = loadBank(root);
    QVERIFY(!r.usable());
    const QString all = allDiagnostics(r);
    QVERIFY2(all.contains(QStringLiteral("bank.yaml is not a regular file")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("a.yaml is not a regular file")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("b.yaml is not a regular file")), qPrintable(all));

    // A working bank whose image is replaced by a pipe: reported on the item, not opened.
    const QString example = m_dir->filePath(QStringLiteral("example"));
    QVERIFY(test::copyFolder(test::sourcePath(QStringLiteral("question-banks/example")), example));
    QVERIFY(loadBank(example).usable());
    const QString image = example + QStringLiteral("/images/confusion.svg");
    QVERIFY(QFile::remove(image));
    fifo(QStringLiteral("example/images/confusion.svg"));
    const BankLoadResult piped = loadBank(example);
    QVERIFY(!piped.usable());
    QVERIFY2(allDiagnostics(piped).contains(QStringLiteral("confusion.svg is not a regular file")),
        qPrintable(allDiagnostics(piped)));
}

void TestUserFile::catalogSkipsPipes()
{
    // Files of the bank folder that the loader does not read, but the catalogue's fingerprint
    // looks at: a link to a pipe and a link to /dev/zero. Opening the bank returns.
    const QString example = m_dir->filePath(QStringLiteral("example"));
    QVERIFY(test::copyFolder(test::sourcePath(QStringLiteral("question-banks/example")), example));
    QVERIFY(QFile::link(fifo(QStringLiteral("pipe")), example + QStringLiteral("/notes.txt")));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), example + QStringLiteral("/zero")));
    services::BankCatalog catalog;
    const auto opened = catalog.open(example);
    QVERIFY2(opened, qPrintable(opened.error));
    QCOMPARE(catalog.openExpected(example, opened.bank->contentHash).bank.get(), opened.bank.get());
}

QTEST_GUILESS_MAIN(TestUserFile)
#include "TestUserFile.moc"
