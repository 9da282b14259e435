// Bank loading benchmarks: a generated 10,000-item bank and the AICET bank, loaded and fully
// validated (parse, checks, content hash). Prints Markdown for docs/PERFORMANCE.md.

#include "bank/BankLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace aicet;

namespace {

// A bank like the AICET bank, with n four-option single-choice items spread over 10 files.
void writeGeneratedBank(const QString &folder, int n)
{
    QDir().mkpath(folder + QStringLiteral("/items"));
    QFile src(QStringLiteral(AICET_SOURCE_DIR "/question-banks/aicet/bank.yaml"));
    QFile dst(folder + QStringLiteral("/bank.yaml"));
    if (!src.open(QIODevice::ReadOnly) || !dst.open(QIODevice::WriteOnly)) {
        qFatal("cannot copy bank.yaml");
    }
    dst.write(src.readAll());
    const char *dims[] = {"HUM", "ETH", "TEC", "DES"};
    const char *levels[] = {"U", "A", "C"};
    const char *levelNames[] = {"understand", "apply", "create"};
    const int files = 10;
    for (int f = 0; f < files; ++f) {
        QFile out(folder + QStringLiteral("/items/generated-%1.yaml").arg(f, 2, 10, QLatin1Char('0')));
        if (!out.open(QIODevice::WriteOnly)) {
            qFatal("cannot write items");
        }
        QByteArray text = "items:\n";
        for (int i = f * n / files; i < (f + 1) * n / files; ++i) {
            const char *d = dims[i % 4];
            const int l = (i / 4) % 3;
            text += QStringLiteral(R"(  - id: gen-%1
    type: single_choice
    status: operational
    dimension: %2
    competency: %2-%3
    level: %4
    themes: [EDU]
    stem:
      fr: "Question générée numéro %1 : laquelle de ces propositions est la bonne réponse ?"
      en: "Generated question number %1: which of these statements is the right answer?"
    options:
      - {id: a, text: {fr: "Première proposition", en: "First statement"}}
      - {id: b, text: {fr: "Deuxième proposition", en: "Second statement"}}
      - {id: c, text: {fr: "Troisième proposition", en: "Third statement"}}
      - {id: d, text: {fr: "Quatrième proposition", en: "Fourth statement"}}
    answer: %5
    explanation:
      fr: "Explication de la question %1, qui dit pourquoi la bonne réponse est la bonne."
      en: "Explanation of question %1, saying why the right answer is right."
    irt: {model: 2PL, a: %6, b: %7}
)")
                        .arg(i, 5, 10, QLatin1Char('0'))
                        .arg(QLatin1String(d), QLatin1String(levels[l]), QLatin1String(levelNames[l]))
                        .arg(QLatin1Char("abcd"[i % 4]))
                        .arg(0.8 + (i % 13) * 0.09, 0, 'f', 2)
                        .arg(-2.5 + (i % 51) * 0.1, 0, 'f', 2)
                        .toUtf8();
        }
        out.write(text);
    }
}

double medianLoad(const QString &folder, int runs, int *items)
{
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const BankLoadResult result = loadBank(folder);
        times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!result.usable()) {
            qFatal("bank %s is not usable", qPrintable(folder));
        }
        *items = result.bank.size();
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    out << "### Bank loading and validation (parse, every check, content hash)\n\n"
        << "| bank | items | YAML size | median load |\n|---|---|---|---|\n";
    for (int n : {1000, 10000}) {
        const QString folder = dir.filePath(QStringLiteral("bank-%1").arg(n));
        writeGeneratedBank(folder, n);
        qint64 bytes = 0;
        for (const QFileInfo &f : QDir(folder + QStringLiteral("/items")).entryInfoList(QDir::Files)) {
            bytes += f.size();
        }
        int items = 0;
        const double ms = medianLoad(folder, 5, &items);
        out << QStringLiteral("| generated | %1 | %2 MB | %3 ms |\n")
                   .arg(items)
                   .arg(bytes / 1e6, 0, 'f', 1)
                   .arg(ms, 0, 'f', 1);
        out.flush();
    }
    int items = 0;
    const double ms = medianLoad(QStringLiteral(AICET_SOURCE_DIR "/question-banks/aicet"), 21, &items);
    out << QStringLiteral("| AICET | %1 | | %2 ms |\n").arg(items).arg(ms, 0, 'f', 1);
    return 0;
}
