// Responsiveness of the pupil's window, in a real window (run under Xvfb by run-benchmarks.sh):
// time to show the window, time from confirming an answer to the next question on screen, and
// memory during a test. Prints Markdown for docs/PERFORMANCE.md.

#include "GuiDriver.h"
#include "MainWindow.h"
#include "services/PupilSession.h"
#include "services/Services.h"
#include "services/Sittings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace aicet;

namespace {

long rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("aicet-bench"));
    QApplication::setApplicationName(QStringLiteral("aicet-bench"));
    QTemporaryDir dir;
    const QString bank = QStringLiteral(AICET_SOURCE_DIR "/question-banks/aicet");
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        QString error;
        auto s = services::Services::open(db, QStringLiteral("bench"), &error);
        services::SittingDraft draft;
        draft.code = QStringLiteral("BENCH");
        draft.bankPath = bank;
        draft.settings.minItems = 30;
        draft.settings.maxItems = 30;
        draft.settings.seTarget = 0.0;
        draft.settings.pilotPositions = std::vector<int>();
        if (!s || services::Sittings(s->context()).create(draft).error != services::Sittings::CreateError::None) {
            qFatal("cannot prepare the benchmark: %s", qPrintable(error));
        }
    }
    const qint64 ready = sinceStart.elapsed();
    gui::MainWindow::Options o;
    o.database = db;
    o.examFullScreen = false;
    gui::MainWindow w(o);
    w.setConfirmDelay(0);
    w.show();
    const bool exposed = QTest::qWaitForWindowExposed(&w, 5000);
    const qint64 shown = sinceStart.elapsed();

    w.startWithCodes(QStringLiteral("BENCH"), QStringLiteral("bench"), {});
    w.findChild<QPushButton *>(QStringLiteral("begin"))->click();
    std::vector<double> next;
    long peak = rssKiB();
    while (w.currentPage() == QLatin1String("question")) {
        gui::driver::fillAnswer(w, next.size() % 3 != 0);
        w.findChild<QPushButton *>(QStringLiteral("confirm"))->click();
        QElapsedTimer t;
        t.start();
        w.findChild<QPushButton *>(QStringLiteral("confirm-yes"))->click();
        QApplication::processEvents(); // lay out and paint the next question
        w.repaint();
        next.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        peak = std::max(peak, rssKiB());
    }
    std::sort(next.begin(), next.end());
    QTextStream out(stdout);
    out << "### The pupil's window (AICET bank, 30 questions, under Xvfb)\n\n"
        << "| measure | value | target |\n|---|---|---|\n"
        << QStringLiteral(
               "| process start to window shown | %1 ms (store and bank ready after %2 ms)%3 | under 1 s |\n")
               .arg(shown)
               .arg(ready)
               .arg(exposed ? QString() : QStringLiteral(" (window not exposed)"))
        << QStringLiteral("| confirm to next question painted, median | %1 ms | under 100 ms |\n")
               .arg(next[next.size() / 2], 0, 'f', 1)
        << QStringLiteral("| confirm to next question painted, worst of %1 | %2 ms | |\n")
               .arg(next.size())
               .arg(next.back(), 0, 'f', 1)
        << QStringLiteral("| memory (peak resident) during the test | %1 MiB | under 150 MB |\n")
               .arg(peak / 1024.0, 0, 'f', 1);
    return 0;
}
