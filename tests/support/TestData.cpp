#include "TestData.h"

#include "io/CsvFormats.h"
#include "io/CsvReader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>
#include <QUrl>

namespace aicet::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(AICET_TEST_DATA_DIR "/") + relative;
}

QString sourcePath(const QString &relative)
{
    return QStringLiteral(AICET_SOURCE_DIR "/") + relative;
}

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target)) {
            return false;
        }
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
    return true;
}

ItemBank conformanceBank()
{
    QStringList errors;
    auto bank = io::readParameterCsv(dataPath(QStringLiteral("conformance/bank_3pl_300.csv")), &errors);
    if (!bank) {
        qFatal("cannot read the conformance bank: %s", qPrintable(errors.join(QLatin1Char('\n'))));
    }
    return *bank;
}

std::vector<QHash<QString, QString>> readCsvRows(const QString &path)
{
    io::CsvReader csv;
    if (!csv.open(path)) {
        qFatal("%s", qPrintable(csv.errorString()));
    }
    std::vector<QByteArrayView> fields;
    QStringList header;
    if (csv.next(&fields)) {
        for (const auto &f : fields) {
            header.append(io::fieldText(f));
        }
    }
    std::vector<QHash<QString, QString>> rows;
    while (csv.next(&fields)) {
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < header.size() && i < static_cast<qsizetype>(fields.size()); ++i) {
            row.insert(header[i], io::fieldText(fields[static_cast<std::size_t>(i)]));
        }
        row.insert(QStringLiteral("__line"), QString::number(csv.line()));
        rows.push_back(row);
    }
    return rows;
}

std::vector<int> splitInts(const QString &text)
{
    std::vector<int> out;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        out.push_back(part.toInt());
    }
    return out;
}

ItemBank syntheticBank(int n, int dimensions)
{
    ItemBank bank;
    bank.id = QStringLiteral("synthetic");
    for (int d = 0; d < dimensions; ++d) {
        bank.dimensions.push_back({QStringLiteral("D%1").arg(d + 1), {}});
    }
    for (int i = 0; i < n; ++i) {
        BankItem item;
        item.id = QStringLiteral("i%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        item.irt.model = irt::Model::TwoPL;
        item.irt.a = 0.8 + 0.6 * ((i * 7) % 10) / 10.0;
        item.irt.b = n > 1 ? -3.0 + 6.0 * i / (n - 1) : 0.0;
        item.dimension = dimensions > 0 ? i % dimensions : -1;
        bank.items.push_back(item);
    }
    bank.reindex();
    return bank;
}

QString postgresUrl()
{
    return qEnvironmentVariable("AICET_TEST_PGURL");
}

QString freshPostgresDatabase(const QString &name, QString *error)
{
    QUrl u(postgresUrl());
    const QString connection = QStringLiteral("aicet-test-admin-") + name;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setDatabaseName(u.path().mid(1));
        db.setUserName(u.userName());
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
                && q.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
            if (!ok) {
                *error = q.lastError().text();
            }
        } else {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok) {
        return {};
    }
    u.setPath(QLatin1Char('/') + name);
    return u.toString();
}

} // namespace aicet::test
