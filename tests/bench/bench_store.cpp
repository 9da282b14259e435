// Store benchmarks: the time to commit one answer (SQLite with synchronous FULL, and
// PostgreSQL), and answers per second with 200 concurrent candidates on PostgreSQL.
// Usage: bench_store [postgresql://...]   Prints Markdown for docs/PERFORMANCE.md.

#include "services/PupilSession.h"
#include "services/Services.h"
#include "services/Sittings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace aicet;

namespace {

const QString kBank = QStringLiteral(AICET_SOURCE_DIR "/question-banks/aicet");

bool createSitting(services::Services &s, const QString &code, int items)
{
    services::SittingDraft draft;
    draft.code = code;
    draft.bankPath = kBank;
    draft.settings.minItems = items;
    draft.settings.maxItems = items;
    draft.settings.seTarget = 0.0;
    return services::Sittings(s.context()).create(draft).error == services::Sittings::CreateError::None;
}

struct Stats
{
    double median = 0, p95 = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[v.size() * 95 / 100]};
}

// Median time of PupilSession::answer() (commit, then the next item) over whole tests.
Stats commitTimes(const QString &location, const QString &code)
{
    QString error;
    auto s = services::Services::open(location, QStringLiteral("bench"), &error);
    if (!s || !createSitting(*s, code, 40)) {
        qFatal("cannot prepare %s: %s", qPrintable(location), qPrintable(error));
    }
    std::vector<double> times;
    for (int candidate = 0; candidate < 5; ++candidate) {
        services::PupilSession c(s->context());
        if (c.start(code, QStringLiteral("bench-%1").arg(candidate), {}, &error, 1)
            != services::PupilSession::StartError::None) {
            qFatal("%s", qPrintable(error));
        }
        while (const BankItem *item = c.currentItem()) {
            const ItemResponse r = responseForCategory(item->content, c.currentPosition() % 2, QStringLiteral("fr"));
            QElapsedTimer t;
            t.start();
            c.answer(c.currentPosition(), item->id, r, &error);
            times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        }
    }
    return stats(times);
}

double concurrentAnswersPerSecond(const QString &url, int candidates, int items)
{
    QString error;
    {
        auto s = services::Services::open(url, QStringLiteral("bench"), &error);
        if (!s || !createSitting(*s, QStringLiteral("CONC"), items)) {
            qFatal("cannot prepare: %s", qPrintable(error));
        }
    }
    std::atomic<int> answers{0};
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int i = 0; i < candidates; ++i) {
        threads.emplace_back([&, i] {
            QString e;
            auto s = services::Services::open(url, QStringLiteral("bench"), &e);
            services::PupilSession c(s->context());
            c.start(QStringLiteral("CONC"), QStringLiteral("p%1").arg(i), {}, &e, static_cast<std::uint64_t>(i));
            ++ready;
            while (!go) {
                std::this_thread::yield();
            }
            while (const BankItem *item = c.currentItem()) {
                if (c.answer(c.currentPosition(), item->id,
                        responseForCategory(item->content, (i + c.currentPosition()) % 2, QStringLiteral("fr")), &e)
                    == services::PupilSession::AnswerOutcome::Acknowledged) {
                    ++answers;
                }
            }
        });
    }
    while (ready < candidates) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    QElapsedTimer t;
    t.start();
    go = true;
    for (auto &th : threads) {
        th.join();
    }
    const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    if (answers != candidates * items) {
        qFatal("lost answers: %d of %d", answers.load(), candidates * items);
    }
    return answers / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString pg = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    QTemporaryDir dir;
    out << "### Committing an answer (PupilSession::answer: durable commit, then the next item)\n\n"
        << "| store | median | 95th percentile |\n|---|---|---|\n";
    const Stats sqlite = commitTimes(dir.filePath(QStringLiteral("bench.sqlite")), QStringLiteral("BENCH"));
    out << QStringLiteral("| SQLite, WAL, synchronous FULL | %1 ms | %2 ms |\n")
               .arg(sqlite.median, 0, 'f', 2)
               .arg(sqlite.p95, 0, 'f', 2);
    out.flush();
    if (!pg.isEmpty()) {
        const Stats postgres = commitTimes(pg, QStringLiteral("BENCH"));
        out << QStringLiteral("| PostgreSQL 15, loopback | %1 ms | %2 ms |\n")
                   .arg(postgres.median, 0, 'f', 2)
                   .arg(postgres.p95, 0, 'f', 2);
        out << "\n### 200 candidates answering at once on PostgreSQL (one connection each, 20 items each)\n\n";
        out << QStringLiteral("%1 answers per second, no answer lost.\n")
                   .arg(concurrentAnswersPerSecond(pg, 200, 20), 0, 'f', 0);
    }
    return 0;
}
