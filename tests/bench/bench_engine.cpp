// Engine benchmarks: time to choose the next item in large banks, and simulation throughput on a
// generated 5000-item bank. Prints a Markdown table for docs/PERFORMANCE.md.

#include "bank/ItemBank.h"
#include "cat/AdaptiveEngine.h"
#include "cat/Random.h"
#include "cat/Simulation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace aicet;
using namespace aicet::cat;

namespace {

// A 3PL bank like the conformance bank, scaled up: a in [0.5, 2.2], b ~ N(0, 1.2), c in [0, 0.25].
ItemBank generatedBank(int n, std::uint64_t seed)
{
    ItemBank bank;
    bank.id = QStringLiteral("generated-%1").arg(n);
    for (int d = 0; d < 4; ++d) {
        bank.dimensions.push_back({QStringLiteral("D%1").arg(d + 1), {}});
    }
    Random rng(seed);
    const auto b = normalSample(n, 0.0, 1.2, seed + 1);
    for (int i = 0; i < n; ++i) {
        BankItem item;
        item.id = QString::number(i + 1);
        item.irt.model = irt::Model::ThreePL;
        item.irt.a = 0.5 + 1.7 * rng.uniform();
        item.irt.b = b[static_cast<std::size_t>(i)];
        item.irt.c = 0.25 * rng.uniform();
        item.dimension = i % 4;
        bank.items.push_back(item);
    }
    bank.reindex();
    return bank;
}

struct Timing
{
    double median = 0.0;
    double max = 0.0;
};

Timing summarise(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples.back()};
}

// Median time of one selection (rank the bank at θ) and of one whole step (record an answer,
// update the EAP estimate, choose the next item), after 10 answers.
void selectionBenchmark(QTextStream &out, int n, SelectionRule rule)
{
    const ItemBank bank = generatedBank(n, 2026);
    TestSpecification spec;
    spec.selection = rule;
    spec.stopping.maxItems = 1000;
    const AdaptiveEngine engine(bank, spec);
    std::vector<double> selection, step;
    Random answers(7);
    for (int rep = 0; rep < 41; ++rep) {
        CatRun run(engine, static_cast<std::uint64_t>(rep));
        for (int k = 0; k < 10; ++k) {
            run.answer({run.state().nextItem, answers.uniform() < 0.5 ? 1 : 0});
        }
        QElapsedTimer t;
        t.start();
        const auto best = run.rankItems(run.state().estimate.theta, 1);
        selection.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (best.empty()) {
            std::abort();
        }
        t.restart();
        run.answer({run.state().nextItem, 1});
        step.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    const Timing s = summarise(selection), w = summarise(step);
    out << QStringLiteral("| %1 | %2 | %3 ms | %4 ms | %5 ms |\n")
               .arg(n)
               .arg(selectionRuleName(rule))
               .arg(s.median, 0, 'f', 4)
               .arg(s.max, 0, 'f', 4)
               .arg(w.median, 0, 'f', 4);
}

void simulationBenchmark(QTextStream &out, int n, int threads)
{
    const ItemBank bank = generatedBank(n, 5000);
    TestSpecification spec;
    spec.stopping.minItems = spec.stopping.maxItems = 30;
    const AdaptiveEngine engine(bank, spec);
    SimulationSettings settings;
    settings.trueTheta = normalSample(1000, 0.0, 1.0, 3);
    settings.threads = threads;
    std::vector<double> times;
    SimulationResult r;
    for (int rep = 0; rep < 5; ++rep) {
        QElapsedTimer t;
        t.start();
        r = simulate(engine, settings);
        times.push_back(static_cast<double>(t.nsecsElapsed()) / 1e9);
    }
    const Timing s = summarise(times);
    out << QStringLiteral("| %1 items, %2 thread(s) | %3 s | %4 | %5 | %6 |\n")
               .arg(n)
               .arg(threads)
               .arg(s.median, 0, 'f', 4)
               .arg(1000.0 / s.median, 0, 'f', 0)
               .arg(r.summary.rmse, 0, 'f', 4)
               .arg(r.summary.bias, 0, 'f', 4);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << "### Next-item selection (after 10 answers, EAP on 33 nodes)\n\n"
        << "| bank size | rule | selection, median | selection, max | whole step, median |\n"
        << "|---|---|---|---|---|\n";
    for (int n : {1000, 10000, 100000}) {
        selectionBenchmark(out, n, SelectionRule::MaximumInformation);
        out.flush();
    }
    for (SelectionRule rule :
        {SelectionRule::ClosestDifficulty, SelectionRule::LikelihoodWeighted, SelectionRule::PosteriorWeighted}) {
        selectionBenchmark(out, 10000, rule);
        out.flush();
    }
    out << "\n### Simulation, 1000 simulees, 30-item MFI/EAP tests, answers drawn from the model\n\n"
        << "| bank | time, median of 5 | candidates per second | RMSE | bias |\n"
        << "|---|---|---|---|---|\n";
    for (int threads : {1, 2}) {
        simulationBenchmark(out, 300, threads);
        simulationBenchmark(out, 5000, threads);
        out.flush();
    }
    return 0;
}
