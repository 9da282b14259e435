#include "Certificate.h"
#include "TestData.h"
#include "bank/BankLoader.h"
#include "credentials/Credential.h"
#include "services/Credentials.h"
#include "services/IssuerKey.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace aicet;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000)) {
        qFatal("%s did not finish", qPrintable(program));
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

Run cli(const QStringList &arguments)
{
    return run(qEnvironmentVariable("AICET_CLI"), arguments);
}

} // namespace

class TestCertificate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void signatures();
    void payloadFormat();
    void certificateReadBackWithRealTools();
    void attestationWhenNotPreciseEnough();
    void badInput();
    void candidateReport();
    void verificationPageInChromium();
    void testVectorsAgreeEverywhere();
    void printedMustBeSigned();
    void verificationPageKeyIsReencoded();
    void revokedOnThePage();
    void signatoryBlock();
    void candidateReportForFamilies();

private:
    QString issue(const QString &candidate, const QString &extra, QString *payload);
    QTemporaryDir m_dir;
    QString m_db, m_key, m_pub;
};

void TestCertificate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("cert.sqlite"));
    m_key = m_dir.filePath(QStringLiteral("keys/issuer.pem"));
    m_pub = m_dir.filePath(QStringLiteral("issuer.pub.pem"));
    const QString bank = test::sourcePath(QStringLiteral("question-banks/aicet"));
    QCOMPARE(cli({QStringLiteral("sitting"), QStringLiteral("create"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--bank"), bank, QStringLiteral("--code"), QStringLiteral("CERT")})
                 .exitCode,
        0);
    QCOMPARE(
        cli({QStringLiteral("sitting"), QStringLiteral("create"), QStringLiteral("--db"), m_db,
                QStringLiteral("--bank"), bank, QStringLiteral("--code"), QStringLiteral("SHORT"),
                QStringLiteral("--min-items"), QStringLiteral("3"), QStringLiteral("--max-items"), QStringLiteral("3")})
            .exitCode,
        0);
    // Session 1: a full test; session 2: a 3-question test, too imprecise for a certificate.
    QCOMPARE(cli({QStringLiteral("session"), QStringLiteral("run"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--sitting"), QStringLiteral("CERT"), QStringLiteral("--candidate"),
                     QStringLiteral("Inès Martin"), QStringLiteral("--simulate-theta"), QStringLiteral("0.6"),
                     QStringLiteral("--seed"), QStringLiteral("3")})
                 .exitCode,
        0);
    QCOMPARE(cli({QStringLiteral("session"), QStringLiteral("run"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--sitting"), QStringLiteral("SHORT"), QStringLiteral("--candidate"),
                     QStringLiteral("Tom"), QStringLiteral("--simulate-theta"), QStringLiteral("0"),
                     QStringLiteral("--seed"), QStringLiteral("3")})
                 .exitCode,
        0);
    // Issuing needs a key made on purpose: none exists yet.
    const Run noKey
        = cli({QStringLiteral("certificate"), QStringLiteral("export-key"), QStringLiteral("--key"), m_key});
    QCOMPARE(noKey.exitCode, 1);
    QVERIFY2(noKey.err.contains(m_key) && noKey.err.contains(QStringLiteral("create-key")), qPrintable(noKey.err));
    QVERIFY(!QFile::exists(m_key));
    const Run created
        = cli({QStringLiteral("certificate"), QStringLiteral("create-key"), QStringLiteral("--key"), m_key});
    QCOMPARE(created.exitCode, 0);
    QVERIFY(QFile::exists(m_key));
    // Once: a second creation would orphan every certificate signed so far.
    const QByteArray firstKey = [&] {
        QFile f(m_key);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const Run again
        = cli({QStringLiteral("certificate"), QStringLiteral("create-key"), QStringLiteral("--key"), m_key});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("already there")));
    QFile kept(m_key);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), firstKey);
    QCOMPARE(cli({QStringLiteral("certificate"), QStringLiteral("export-key"), QStringLiteral("--key"), m_key,
                     QStringLiteral("--out"), m_pub})
                 .exitCode,
        0);
    // The private key is readable by its owner only.
    QCOMPARE(QFile::permissions(m_key) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
        QFile::Permissions());
}

void TestCertificate::signatures()
{
    QString error;
    auto key = services::IssuerKey::create(m_dir.filePath(QStringLiteral("k2.pem")), &error);
    QVERIFY2(key, qPrintable(error));
    const QByteArray message = "AICET1|C|ABCD-EFGH-JKMN|2026-11-22|Léa|apply|550|aicet|0123456789abcdef";
    const QByteArray signature = key->sign(message);
    QCOMPARE(signature.size(), 64);
    QVERIFY(services::verifySignature(key->publicKeyPem(), message, signature, &error));
    // Any changed byte fails.
    for (qsizetype i = 0; i < message.size(); i += 7) {
        QByteArray changed = message;
        changed[i] = static_cast<char>(changed[i] ^ 0x01);
        QVERIFY(!services::verifySignature(key->publicKeyPem(), changed, signature, &error));
    }
    QByteArray badSignature = signature;
    badSignature[10] = static_cast<char>(badSignature[10] ^ 0x40);
    QVERIFY(!services::verifySignature(key->publicKeyPem(), message, badSignature, &error));
    // Another key fails.
    auto other = services::IssuerKey::create(m_dir.filePath(QStringLiteral("k3.pem")), &error);
    QVERIFY(!services::verifySignature(other->publicKeyPem(), message, signature, &error));
    QVERIFY(error.contains(QStringLiteral("signature does not match")));
    // The same key is loaded back from its file.
    auto again = services::IssuerKey::load(m_dir.filePath(QStringLiteral("k2.pem")), &error);
    QCOMPARE(again->publicKeyPem(), key->publicKeyPem());
    QVERIFY(!services::verifySignature("not a key", message, signature, &error));
}

void TestCertificate::payloadFormat()
{
    for (int i = 0; i < 50; ++i) {
        const QString id = newCertificateId();
        QCOMPARE(id.size(), 14);
        QCOMPARE(id.count(QLatin1Char('-')), 2);
        for (const QChar c : id) {
            QVERIFY(c == QLatin1Char('-') || QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ").contains(c));
        }
    }
    Credential d;
    d.id = QStringLiteral("ABCD-EFGH-JKMN");
    d.date = QDate(2026, 11, 22);
    d.name = QStringLiteral("A|B");
    d.levelId = QStringLiteral("apply");
    d.score = 550;
    d.bankId = QStringLiteral("aicet");
    d.bankHash = QStringLiteral("0123456789abcdef0123");
    const QByteArray message = signedMessage(d);
    QCOMPARE(message, QByteArray("AICET1|C|ABCD-EFGH-JKMN|2026-11-22|A/B|apply|550|aicet|0123456789abcdef"));
    QString error;
    const auto parsed = parsePayload(QStringLiteral("https://x.org/v.html#")
            + QString::fromLatin1(QUrl::toPercentEncoding(payload(message, QByteArray(64, 'x')))),
        &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->message, message);
    QCOMPARE(parsed->name, QStringLiteral("A/B"));
    QVERIFY(!parsePayload(QStringLiteral("hello"), &error));
    QVERIFY(!parsePayload(QStringLiteral("AICET1|C|a|b|c|d|e|f|g|short"), &error));
    QVERIFY(error.contains(QStringLiteral("signature is damaged")));
}

QString TestCertificate::issue(const QString &session, const QString &language, QString *payload)
{
    // A new file each time: a certificate is never written over another file.
    static int issued = 0;
    const QString pdf = m_dir.filePath(QStringLiteral("certificate-%1-%2-%3.pdf").arg(session, language).arg(++issued));
    const Run r = cli({QStringLiteral("certificate"), QStringLiteral("issue"), QStringLiteral("--db"), m_db,
        QStringLiteral("--session"), session, QStringLiteral("--out"), pdf, QStringLiteral("--key"), m_key,
        QStringLiteral("--language"), language, QStringLiteral("--verify-url"),
        QStringLiteral("https://aicet.example.org/verify.html")});
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(r.err));
        return {};
    }
    const qsizetype at = r.out.indexOf(QStringLiteral("payload: "));
    *payload = r.out.mid(at + 9).section(QLatin1Char('\n'), 0, 0).trimmed();
    return pdf;
}

void TestCertificate::certificateReadBackWithRealTools()
{
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        QString payload;
        const QString pdf = issue(QStringLiteral("1"), language, &payload);
        QVERIFY(!pdf.isEmpty());
        // The text, read with poppler's pdftotext.
        const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Inès Martin")), qPrintable(text.out));
        QVERIFY(text.out.contains(language == QLatin1String("fr") ? QStringLiteral("Certificat de compétences")
                                                                  : QStringLiteral("Certificate of competence")));
        QVERIFY(text.out.contains(QStringLiteral("Montpellier Méditerranée Métropole")));
        // The QR code, read with zbarimg from a page image made by pdftoppm.
        const QString png = m_dir.filePath(QStringLiteral("page-%1").arg(language));
        QCOMPARE(run(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                         QStringLiteral("-singlefile"), pdf, png})
                     .exitCode,
            0);
        const Run qr = run(
            QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), png + QStringLiteral(".png")});
        QCOMPARE(qr.exitCode, 0);
        const QString scanned = qr.out.trimmed();
        QVERIFY(scanned.startsWith(QStringLiteral("https://aicet.example.org/verify.html#AICET1")));
        // The scanned payload, the printed one and the PDF itself all verify with the public key.
        for (const QString &what : {scanned, payload, pdf}) {
            const Run v = cli(
                {QStringLiteral("certificate"), QStringLiteral("verify"), what, QStringLiteral("--public-key"), m_pub});
            QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
            QVERIFY(v.out.startsWith(QStringLiteral("VALID certificate")));
            QVERIFY(v.out.contains(QStringLiteral("Inès Martin")));
        }
        // A tampered payload fails: another level, another name, another score.
        for (const auto &[from, to] : {std::pair{QStringLiteral("|Inès Martin|"), QStringLiteral("|Ines Martin|")},
                 std::pair{QStringLiteral("|aicet|"), QStringLiteral("|aicet2|")}}) {
            QString tampered = payload;
            tampered.replace(from, to);
            const Run v = cli({QStringLiteral("certificate"), QStringLiteral("verify"), tampered,
                QStringLiteral("--public-key"), m_pub});
            QCOMPARE(v.exitCode, 1);
            QVERIFY(v.out.contains(QStringLiteral("INVALID")));
        }
        // A wrong key fails.
        const QString otherKey = m_dir.filePath(QStringLiteral("other.pem")),
                      otherPub = m_dir.filePath(QStringLiteral("other.pub"));
        cli({QStringLiteral("certificate"), QStringLiteral("create-key"), QStringLiteral("--key"), otherKey});
        cli({QStringLiteral("certificate"), QStringLiteral("export-key"), QStringLiteral("--key"), otherKey,
            QStringLiteral("--out"), otherPub});
        const Run wrong = cli(
            {QStringLiteral("certificate"), QStringLiteral("verify"), pdf, QStringLiteral("--public-key"), otherPub});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.out.contains(QStringLiteral("signature does not match")));
    }
}

void TestCertificate::attestationWhenNotPreciseEnough()
{
    QString payload;
    const QString pdf = issue(QStringLiteral("2"), QStringLiteral("en"), &payload);
    QVERIFY(!pdf.isEmpty());
    QVERIFY(payload.startsWith(QStringLiteral("AICET1|A|")));
    const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    // Attestation everywhere: its title, its number's label; no level, no score.
    QVERIFY(text.out.contains(QStringLiteral("Attestation of participation")));
    QVERIFY(text.out.contains(QStringLiteral("Attestation number")));
    QVERIFY(!text.out.contains(QStringLiteral("Certificate")));
    QVERIFY(!text.out.contains(QStringLiteral("Level reached")));
    QVERIFY(text.out.contains(QStringLiteral("certifies no level")));
    const Run v
        = cli({QStringLiteral("certificate"), QStringLiteral("verify"), pdf, QStringLiteral("--public-key"), m_pub});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith(QStringLiteral("VALID participation attestation")));
}

void TestCertificate::badInput()
{
    // Unknown and unfinished sessions.
    Run r = cli({QStringLiteral("certificate"), QStringLiteral("issue"), QStringLiteral("--db"), m_db,
        QStringLiteral("--session"), QStringLiteral("99"), QStringLiteral("--key"), m_key});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("no session 99")));
    QCOMPARE(cli({QStringLiteral("certificate"), QStringLiteral("issue"), QStringLiteral("--db"), m_db,
                     QStringLiteral("--session"), QStringLiteral("x")})
                 .exitCode,
        2);
    // A missing or unreadable key.
    r = cli({QStringLiteral("certificate"), QStringLiteral("verify"),
        QStringLiteral("AICET1|C|a|b|c|d|e|f|g|") + QString(86, QLatin1Char('A')), QStringLiteral("--public-key"),
        m_dir.filePath(QStringLiteral("none.pem"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("cannot read the public key")));
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.pem"));
    QFile g(garbage);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
    g.close();
    r = cli({QStringLiteral("certificate"), QStringLiteral("issue"), QStringLiteral("--db"), m_db,
        QStringLiteral("--session"), QStringLiteral("1"), QStringLiteral("--key"), garbage, QStringLiteral("--out"),
        m_dir.filePath(QStringLiteral("x.pdf"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("is not an Ed25519 private key")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    // Importing a key: a real one is kept owner-only; garbage and overwriting are refused.
    const QString imported = m_dir.filePath(QStringLiteral("imported/issuer.pem"));
    QCOMPARE(
        cli({QStringLiteral("certificate"), QStringLiteral("import-key"), m_key, QStringLiteral("--key"), imported})
            .exitCode,
        0);
    QCOMPARE(QFile::permissions(imported) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    r = cli({QStringLiteral("certificate"), QStringLiteral("import-key"), m_key, QStringLiteral("--key"), imported});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("already there")));
    QCOMPARE(cli({QStringLiteral("certificate"), QStringLiteral("import-key"), garbage, QStringLiteral("--key"),
                     m_dir.filePath(QStringLiteral("imported/other.pem"))})
                 .exitCode,
        1);
    // A logo that is not an image.
    r = cli({QStringLiteral("certificate"), QStringLiteral("issue"), QStringLiteral("--db"), m_db,
        QStringLiteral("--session"), QStringLiteral("1"), QStringLiteral("--key"), m_key, QStringLiteral("--logo"),
        garbage, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("y.pdf"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("not a readable PNG, JPEG or SVG image")));
    // A payload that is not ours, a file that is not a certificate.
    r = cli({QStringLiteral("certificate"), QStringLiteral("verify"), QStringLiteral("hello world"),
        QStringLiteral("--public-key"), m_pub});
    // The verdict is the command's output, whatever made it invalid.
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(QStringLiteral("INVALID: this is not an AICET certificate payload")), qPrintable(r.out));
    r = cli({QStringLiteral("certificate"), QStringLiteral("verify"), garbage, QStringLiteral("--public-key"), m_pub});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QStringLiteral("is not a PDF file")));
}

void TestCertificate::candidateReport()
{
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
        const Run r = cli({QStringLiteral("report"), QStringLiteral("candidate"), QStringLiteral("--db"), m_db,
            QStringLiteral("--session"), QStringLiteral("1"), QStringLiteral("--language"), language,
            QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("Inès Martin")));
        QVERIFY(text.out.contains(language == QLatin1String("fr") ? QStringLiteral("Rapport de résultats")
                                                                  : QStringLiteral("Result report")));
        // Every answered question is listed, with its verdict.
        const QString right = language == QLatin1String("fr") ? QStringLiteral("juste") : QStringLiteral("right");
        const QString wrong = language == QLatin1String("fr") ? QStringLiteral("faux") : QStringLiteral("wrong");
        QVERIFY(text.out.count(right) + text.out.count(wrong) >= 10);
        QVERIFY(
            text.out.contains(language == QLatin1String("fr") ? QStringLiteral("Sorties de la fenêtre du test : 0")
                                                              : QStringLiteral("Times the test window was left: 0")));
        // The chart is an image on the first page.
        const Run images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        QVERIFY2(images.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() >= 3, qPrintable(images.out));
    }
    const Run missing = cli({QStringLiteral("report"), QStringLiteral("candidate"), QStringLiteral("--db"), m_db,
        QStringLiteral("--session"), QStringLiteral("42")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("no session 42")));
}

void TestCertificate::verificationPageInChromium()
{
    // The published page checks the payload from its address (#…) in the browser, offline.
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    QVERIFY2(!chromium.isEmpty(), "chromium is needed (./aicet.sh test installs Debian's chromium)");
    const QString page = m_dir.filePath(QStringLiteral("verify.html"));
    const Run written = cli({QStringLiteral("certificate"), QStringLiteral("verify-page"),
        QStringLiteral("--public-key"), m_pub, QStringLiteral("--authority"),
        QStringLiteral("Montpellier Méditerranée Métropole"), QStringLiteral("--out"), page});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QString payload;
    QVERIFY(!issue(QStringLiteral("1"), QStringLiteral("fr"), &payload).isEmpty());
    auto dom = [&](const QString &text) {
        const QString url = QUrl::fromLocalFile(page).toString() + QLatin1Char('#')
            + QString::fromLatin1(QUrl::toPercentEncoding(text));
        QTemporaryDir profile;
        return run(chromium,
            {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                QStringLiteral("--disable-quic"), QStringLiteral("--no-first-run"),
                QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
                QStringLiteral("--disable-sync"), QStringLiteral("--user-data-dir=") + profile.path(),
                QStringLiteral("--dump-dom"), url})
            .out;
    };
    const QString valid = dom(payload);
    QVERIFY2(valid.contains(QStringLiteral("data-verdict=\"VALID\"")), qPrintable(valid.right(2000)));
    QVERIFY(valid.contains(QStringLiteral("<dd>Inès Martin</dd>")));
    // The level by its name (the page holds the bundled bank's level names), and the reminder.
    for (const QString &id : {QStringLiteral("discovery"), QStringLiteral("understand"), QStringLiteral("apply"),
             QStringLiteral("create")}) {
        QVERIFY2(!valid.contains(QStringLiteral("<dd>%1</dd>").arg(id)), qPrintable(valid.right(1500)));
    }
    QVERIFY(valid.contains(QStringLiteral("Mise en pratique"))
        || valid.contains(QStringLiteral("Putting into practice")) || valid.contains(QStringLiteral("Création"))
        || valid.contains(QStringLiteral("Creation")) || valid.contains(QStringLiteral("Compréhension"))
        || valid.contains(QStringLiteral("Understanding")));
    QVERIFY(valid.contains(QStringLiteral("exactement ceci")) || valid.contains(QStringLiteral("exactly this")));
    QString tampered = payload;
    tampered.replace(QStringLiteral("|Inès Martin|"), QStringLiteral("|Inès Martine|"));
    QVERIFY(dom(tampered).contains(QStringLiteral("data-verdict=\"INVALID\"")));
    QVERIFY(dom(QStringLiteral("hello")).contains(QStringLiteral("data-verdict=\"INVALID\"")));
    // Another issuer's page refuses this issuer's certificates.
    const QString otherPub = m_dir.filePath(QStringLiteral("other2.pub"));
    cli({QStringLiteral("certificate"), QStringLiteral("create-key"), QStringLiteral("--key"),
        m_dir.filePath(QStringLiteral("other2.pem"))});
    cli({QStringLiteral("certificate"), QStringLiteral("export-key"), QStringLiteral("--key"),
        m_dir.filePath(QStringLiteral("other2.pem")), QStringLiteral("--out"), otherPub});
    cli({QStringLiteral("certificate"), QStringLiteral("verify-page"), QStringLiteral("--public-key"), otherPub,
        QStringLiteral("--out"), page});
    QVERIFY(dom(payload).contains(QStringLiteral("data-verdict=\"INVALID\"")));
}

void TestCertificate::testVectorsAgreeEverywhere()
{
    // tests/data/credentials/vectors.json: valid payloads and every way of spoiling one (a changed
    // field, padding, spaces, unused bits, the other base64 alphabet, another issuer, a malformed
    // address). The desktop and command line (Credentials::verifyPayload) and the published page
    // in Chromium give each the verdict the file states.
    QFile file(test::sourcePath(QStringLiteral("tests/data/credentials/vectors.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    const QByteArray pem = doc.value(QStringLiteral("public_key")).toString().toUtf8();
    const QJsonArray vectors = doc.value(QStringLiteral("vectors")).toArray();
    QVERIFY(vectors.size() >= 15);
    QJsonArray expected;
    for (const QJsonValue &v : vectors) {
        const QJsonObject o = v.toObject();
        const auto verdict
            = services::Credentials::verifyPayload(o.value(QStringLiteral("payload")).toString(), pem, {});
        QVERIFY2(verdict.valid == o.value(QStringLiteral("valid")).toBool(),
            qPrintable(o.value(QStringLiteral("name")).toString() + QStringLiteral(": ") + verdict.error));
        expected.append(o.value(QStringLiteral("valid")).toBool());
    }
    // The page, with the same key, on the same vectors, in one run of the browser.
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    QVERIFY2(!chromium.isEmpty(), "chromium is needed (./aicet.sh test installs Debian's chromium)");
    const QString pub = m_dir.filePath(QStringLiteral("vectors.pub"));
    QFile pubFile(pub);
    QVERIFY(pubFile.open(QIODevice::WriteOnly));
    pubFile.write(pem);
    pubFile.close();
    const QString page = m_dir.filePath(QStringLiteral("vectors.html"));
    QCOMPARE(cli({QStringLiteral("certificate"), QStringLiteral("verify-page"), QStringLiteral("--public-key"), pub,
                     QStringLiteral("--out"), page})
                 .exitCode,
        0);
    QFile html(page);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QByteArray text = html.readAll();
    html.close();
    QJsonArray payloads;
    for (const QJsonValue &v : vectors) {
        payloads.append(v.toObject().value(QStringLiteral("payload")));
    }
    const QByteArray runner = "<script>document.body.setAttribute('data-vectors', JSON.stringify("
        + QJsonDocument(payloads).toJson(QJsonDocument::Compact)
        + ".map(p => window.aicetCheckPayload(p, document.getElementById('public-key').textContent).ok)));</script>";
    QVERIFY(text.contains("</body>"));
    text.replace("</body>", runner + "</body>");
    const QString runnerPage = m_dir.filePath(QStringLiteral("vectors-run.html"));
    QFile out(runnerPage);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    QTemporaryDir profile;
    const QString dom = run(chromium,
        {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
            QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
            QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
            QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--dump-dom"),
            QUrl::fromLocalFile(runnerPage).toString()})
                            .out;
    const qsizetype at = dom.indexOf(QStringLiteral("data-vectors=\""));
    QVERIFY2(at >= 0, qPrintable(dom.right(1500)));
    const qsizetype from = at + 14, to = dom.indexOf(QLatin1Char('"'), from);
    QString json = dom.mid(from, to - from);
    json.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    QCOMPARE(QJsonDocument::fromJson(json.toUtf8()).array(), expected);
}

void TestCertificate::printedMustBeSigned()
{
    // A page printing another level, score or name over a genuine payload (another pupil's) is not
    // authentic: the visible text is compared with what is signed.
    QString payload;
    const QString genuine = issue(QStringLiteral("1"), QStringLiteral("fr"), &payload);
    QVERIFY(!genuine.isEmpty());
    QString error;
    const auto parsed = parsePayload(payload, &error);
    QVERIFY2(parsed, qPrintable(error));
    const auto forge = [&](const QString &file, const std::function<void(Credential &)> &change) {
        Credential d;
        d.kind = Credential::Kind::Certificate;
        d.id = parsed->id;
        d.date = QDate::fromString(parsed->date, Qt::ISODate);
        d.name = parsed->name;
        d.levelId = parsed->level;
        d.levelName = QStringLiteral("Mise en pratique");
        d.score = parsed->score.toInt();
        d.bankId = parsed->bankId;
        d.bankHash = parsed->bankHash;
        d.sitting = QStringLiteral("CERT");
        d.language = QStringLiteral("fr");
        change(d);
        const QByteArray pdf = reports::renderCertificate(d, {}, payload, payload, &error);
        const QString path = m_dir.filePath(file);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(pdf);
        f.close();
        return cli(
            {QStringLiteral("certificate"), QStringLiteral("verify"), path, QStringLiteral("--public-key"), m_pub});
    };
    // The genuine page itself passes: the level's name is read from the bank.
    const Run fine = cli(
        {QStringLiteral("certificate"), QStringLiteral("verify"), genuine, QStringLiteral("--public-key"), m_pub});
    QVERIFY2(fine.exitCode == 0, qPrintable(fine.out));
    QVERIFY(fine.out.contains(QStringLiteral("Check that the document shows exactly this.")));
    const Run level = forge(QStringLiteral("forged-level.pdf"), [](Credential &d) {
        d.levelName = QStringLiteral("Création");
        d.score = 750;
    });
    QCOMPARE(level.exitCode, 1);
    QVERIFY2(level.out.contains(QStringLiteral("the level")) && level.out.contains(QStringLiteral("the score")),
        qPrintable(level.out));
    const Run name
        = forge(QStringLiteral("forged-name.pdf"), [](Credential &d) { d.name = QStringLiteral("Zoé Forge"); });
    QCOMPARE(name.exitCode, 1);
    QVERIFY2(name.out.contains(QStringLiteral("the name")), qPrintable(name.out));
    const Run date = forge(QStringLiteral("forged-date.pdf"), [](Credential &d) { d.date = d.date.addYears(-1); });
    QCOMPARE(date.exitCode, 1);
    QVERIFY2(date.out.contains(QStringLiteral("the date")), qPrintable(date.out));
    const Run number
        = forge(QStringLiteral("forged-number.pdf"), [](Credential &d) { d.id = QStringLiteral("ABCD-EFGH-JKMN"); });
    QCOMPARE(number.exitCode, 1);
    QVERIFY2(number.out.contains(QStringLiteral("the number")), qPrintable(number.out));
    // An attestation's page that shows a level is not authentic either.
    const Run asAttestation
        = forge(QStringLiteral("forged-kind.pdf"), [](Credential &d) { d.kind = Credential::Kind::Attestation; });
    QCOMPARE(asAttestation.exitCode, 1);
}

void TestCertificate::verificationPageKeyIsReencoded()
{
    // A file that merely contains "BEGIN PUBLIC KEY" cannot put its own text into the page.
    const QString hostile = m_dir.filePath(QStringLiteral("hostile.pub"));
    QFile f(hostile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("-----BEGIN PUBLIC KEY-----\n</pre><script>alert(1)</script>\n-----END PUBLIC KEY-----\n");
    f.close();
    const QString page = m_dir.filePath(QStringLiteral("hostile.html"));
    const Run refused = cli({QStringLiteral("certificate"), QStringLiteral("verify-page"),
        QStringLiteral("--public-key"), hostile, QStringLiteral("--out"), page});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Ed25519 public key")), qPrintable(refused.err));
    QVERIFY(!QFile::exists(page));
    // A real key with text around it: only the key, as OpenSSL writes it, reaches the page.
    QFile pub(m_pub);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QByteArray key = pub.readAll();
    const QString wrapped = m_dir.filePath(QStringLiteral("wrapped.pub"));
    QFile w(wrapped);
    QVERIFY(w.open(QIODevice::WriteOnly));
    w.write("<script>alert(2)</script>\n" + key + "<img src=x onerror=alert(3)>\n");
    w.close();
    QCOMPARE(cli({QStringLiteral("certificate"), QStringLiteral("verify-page"), QStringLiteral("--public-key"), wrapped,
                     QStringLiteral("--out"), page})
                 .exitCode,
        0);
    QFile written(page);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray html = written.readAll();
    QVERIFY(html.contains(key.trimmed()));
    QVERIFY(!html.contains("alert(2)") && !html.contains("alert(3)"));
}

void TestCertificate::revokedOnThePage()
{
    // The authority revokes a document and publishes the signed list beside its page: the page
    // refuses that document; a list whose signature does not hold is ignored.
    QString payload;
    QVERIFY(!issue(QStringLiteral("1"), QStringLiteral("fr"), &payload).isEmpty());
    QString error;
    const auto parsed = parsePayload(payload, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(cli({QStringLiteral("certificate"), QStringLiteral("revoke"), parsed->id, QStringLiteral("--reason"),
                     QStringLiteral("issued by mistake"), QStringLiteral("--db"), m_db})
                 .exitCode,
        0);
    const QDir published(m_dir.filePath(QStringLiteral("published")));
    QVERIFY(QDir().mkpath(published.path()));
    const Run list = cli({QStringLiteral("certificate"), QStringLiteral("revocations"), QStringLiteral("--db"), m_db,
        QStringLiteral("--key"), m_key, QStringLiteral("--out"), published.filePath(QStringLiteral("revoked.js"))});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(cli({QStringLiteral("certificate"), QStringLiteral("verify-page"), QStringLiteral("--public-key"), m_pub,
                     QStringLiteral("--out"), published.filePath(QStringLiteral("verify.html"))})
                 .exitCode,
        0);
    // The command line with the database says so too.
    const Run withDb = cli({QStringLiteral("certificate"), QStringLiteral("verify"), payload,
        QStringLiteral("--public-key"), m_pub, QStringLiteral("--db"), m_db});
    QCOMPARE(withDb.exitCode, 1);
    QVERIFY2(withDb.out.contains(QStringLiteral("revoked")), qPrintable(withDb.out));
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    QVERIFY(!chromium.isEmpty());
    auto dom = [&] {
        QTemporaryDir profile;
        return run(chromium,
            {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--dump-dom"),
                QUrl::fromLocalFile(published.filePath(QStringLiteral("verify.html"))).toString() + QLatin1Char('#')
                    + QString::fromLatin1(QUrl::toPercentEncoding(payload))})
            .out;
    };
    const QString refused = dom();
    QVERIFY2(refused.contains(QStringLiteral("data-verdict=\"INVALID\"")), qPrintable(refused.right(1500)));
    QVERIFY(refused.contains(QStringLiteral("révoqué")) || refused.contains(QStringLiteral("revoked")));
    // A list changed after signing (the number removed) is not believed: the signature alone decides.
    QFile js(published.filePath(QStringLiteral("revoked.js")));
    QVERIFY(js.open(QIODevice::ReadOnly));
    QByteArray text = js.readAll();
    js.close();
    text.replace(parsed->id.toUtf8(), "0000-0000-0000");
    QVERIFY(js.open(QIODevice::WriteOnly | QIODevice::Truncate));
    js.write(text);
    js.close();
    const QString ignored = dom();
    QVERIFY2(ignored.contains(QStringLiteral("data-verdict=\"VALID\"")), qPrintable(ignored.right(1500)));
}

void TestCertificate::candidateReportForFamilies()
{
    // The report a teacher gives a family: the date of the test, the level in each area, each
    // answer beside the right one, plain words (no θ, no "standard error"), and every question
    // whole on one page. Session 1 is a full test; session 2, 3 questions: too few in an area.
    const QString levels = QStringLiteral("Découverte|Compréhension|Mise en pratique|Création|Discovery|Understanding|"
                                          "Putting into practice|Creation");
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const bool fr = language == QLatin1String("fr");
        const QLocale locale(fr ? QLocale::French : QLocale::English);
        const QStringList areas = fr
            ? QStringList{QStringLiteral("Perspective centrée sur l’humain"), QStringLiteral("Éthique de l’IA"),
                QStringLiteral("Techniques et applications de l’IA"), QStringLiteral("Conception de systèmes d’IA")}
            : QStringList{QStringLiteral("Human-centred mindset"), QStringLiteral("Ethics of AI"),
                QStringLiteral("AI techniques and applications"), QStringLiteral("AI system design")};
        const QString notEnough = fr ? QStringLiteral("pas assez de questions dans ce domaine")
                                     : QStringLiteral("not enough questions in this area");
        const QString colon = fr ? QStringLiteral(" : ") : QStringLiteral(": ");
        for (const QString &session : {QStringLiteral("1"), QStringLiteral("2")}) {
            const QString pdf = m_dir.filePath(QStringLiteral("family-%1-%2.pdf").arg(session, language));
            const Run r = cli({QStringLiteral("report"), QStringLiteral("candidate"), QStringLiteral("--db"), m_db,
                QStringLiteral("--session"), session, QStringLiteral("--language"), language, QStringLiteral("--out"),
                pdf});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const Run all = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QCOMPARE(all.exitCode, 0);
            const QString text = all.out.simplified();
            // The date, in the document's language (the tests ran today, or yesterday just before midnight).
            const QString dateLabel
                = (fr ? QStringLiteral("Date du test") : QStringLiteral("Date of the test")) + colon;
            const QDate today = QDate::currentDate();
            QVERIFY2(text.contains(dateLabel + locale.toString(today, QLocale::LongFormat))
                    || text.contains(dateLabel + locale.toString(today.addDays(-1), QLocale::LongFormat)),
                qPrintable(text.left(300)));
            // The AICET bank measures one ability (dimension_correlation 1): the areas are named as
            // covered by the test, never given a level of their own (it would only add noise).
            QVERIFY2(text.contains(fr ? QStringLiteral("Domaines couverts par le test")
                                      : QStringLiteral("Areas covered by the test")),
                qPrintable(text.left(1200)));
            QVERIFY(text.contains(areas.join(QStringLiteral(" · "))));
            for (const QString &area : areas) {
                const QRegularExpression line(QRegularExpression::escape(area + colon) + QStringLiteral("(") + levels
                    + QLatin1Char('|') + notEnough + QStringLiteral(")"));
                QVERIFY2(!line.match(text).hasMatch(), qPrintable(area + QStringLiteral(" in ") + text.left(1200)));
            }
            // The level's probability, in words: of the level stated alone, or of the pair of levels
            // the answers cannot tell apart.
            if (session == QLatin1String("1")) {
                QVERIFY2(text.contains(fr ? QStringLiteral("Probabilité que ce niveau soit le bon")
                                          : QStringLiteral("Probability that this level is right"))
                        || text.contains(fr ? QStringLiteral("probabilité que le niveau soit l’un des deux")
                                            : QStringLiteral("probability that the level is one of them")),
                    qPrintable(text.left(1200)));
            }
            // Plain words: the estimated ability and its margin of error, explained once.
            QVERIFY(!text.contains(QChar(0x03b8)));
            QVERIFY(!text.contains(QStringLiteral("standard error"), Qt::CaseInsensitive));
            QVERIFY(!text.contains(QStringLiteral("erreur type"), Qt::CaseInsensitive));
            QVERIFY(text.contains(fr ? QStringLiteral("compétence estimée") : QStringLiteral("estimated ability")));
            QVERIFY(text.contains(fr ? QStringLiteral("marge d’erreur") : QStringLiteral("margin of error")));
            QVERIFY(text.contains(fr ? QStringLiteral("0 correspond à la moyenne des élèves")
                                     : QStringLiteral("0 is the average of pupils")));
            // Each question on one page, with the pupil's answer and the right answer: a page after
            // the first starts with a question (nothing carried over from the one before), and each
            // question's text up to the next holds both answers.
            const QString pupilAnswer = fr ? QStringLiteral("Réponse de l’élève") : QStringLiteral("Pupil’s answer");
            const QString rightAnswer = fr ? QStringLiteral("Bonne réponse") : QStringLiteral("Right answer");
            QVERIFY(text.contains(rightAnswer));
            const Run info = run(QStringLiteral("pdfinfo"), {pdf});
            const int pages
                = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out).captured(1).toInt();
            QVERIFY2(pages >= (session == QLatin1String("1") ? 2 : 1), qPrintable(info.out));
            const QRegularExpression header(QStringLiteral("Question (\\d+) — "));
            QList<int> seen;
            for (int page = 1; page <= pages; ++page) {
                const Run one = run(QStringLiteral("pdftotext"),
                    {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf,
                        QStringLiteral("-")});
                QCOMPARE(one.exitCode, 0);
                const QString pageText = one.out.simplified();
                QList<QRegularExpressionMatch> found;
                for (auto it = header.globalMatch(pageText); it.hasNext();) {
                    found.append(it.next());
                }
                if (page > 1) {
                    QVERIFY2(!found.isEmpty() && found.first().capturedStart() == 0,
                        qPrintable(QStringLiteral("page %1: %2").arg(page).arg(pageText.left(300))));
                }
                for (qsizetype i = 0; i < found.size(); ++i) {
                    const qsizetype end = i + 1 < found.size() ? found[i + 1].capturedStart() : pageText.size();
                    const QString question = pageText.mid(found[i].capturedStart(), end - found[i].capturedStart());
                    QVERIFY2(question.contains(pupilAnswer) && question.contains(rightAnswer),
                        qPrintable(QStringLiteral("page %1: %2").arg(page).arg(question)));
                    seen.append(found[i].captured(1).toInt());
                }
            }
            // Every question once, in order.
            QVERIFY(seen.size() >= (session == QLatin1String("1") ? 10 : 3));
            for (qsizetype i = 0; i < seen.size(); ++i) {
                QCOMPARE(seen[i], int(i + 1));
            }
        }
    }
}

void TestCertificate::signatoryBlock()
{
    // Who signs for the authority, from the bank, under the facts; and a name of 80 characters
    // printed whole.
    Credential d;
    d.kind = Credential::Kind::Certificate;
    d.id = QStringLiteral("ABCD-EFGH-JKMN");
    d.date = QDate(2026, 12, 1);
    d.name = QString(80, QLatin1Char('x')).replace(0, 12, QStringLiteral("Marie-Claire"));
    d.levelName = QStringLiteral("Création");
    d.language = QStringLiteral("fr");
    d.authority = QStringLiteral("Montpellier Méditerranée Métropole");
    d.signatory = QStringLiteral("Camille Exemple, coordinatrice du projet");
    QString error;
    const QByteArray pdf = reports::renderCertificate(d, {}, QStringLiteral("AICET1|C|x"), QStringLiteral("x"), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("signatory.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    QVERIFY2(text.out.contains(QStringLiteral("Pour Montpellier Méditerranée Métropole")), qPrintable(text.out));
    QVERIFY2(text.out.simplified().contains(QStringLiteral("Camille Exemple, coordinatrice du projet")),
        qPrintable(text.out)); // (the block may wrap)
    QVERIFY2(text.out.contains(d.name), qPrintable(text.out));
    // And the example bank carries one, so that a real bank can.
    const auto bank = loadBank(test::sourcePath(QStringLiteral("question-banks/example")));
    QCOMPARE(localized(bank.bank.signatory, QStringLiteral("fr")), d.signatory);
}

QTEST_MAIN(TestCertificate)
#include "TestCertificate.moc"
