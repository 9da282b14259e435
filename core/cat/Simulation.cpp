#include "cat/Simulation.h"

#include "Translate.h"
#include "bank/ItemBank.h"
#include "bank/Scoring.h"
#include "cat/Random.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <thread>

namespace aicet::cat {
namespace {

struct WorkerOutput
{
    std::vector<int> selections;
    QString error;
};

void runCandidates(const AdaptiveEngine &engine, const SimulationSettings &settings, std::size_t begin, std::size_t end,
    std::vector<SimulatedCandidate> *out, WorkerOutput *worker)
{
    const ItemBank &bank = engine.bank();
    for (std::size_t i = begin; i < end; ++i) {
        const std::uint64_t sessionSeed = mixSeed(settings.seed, i);
        Random answers(mixSeed(sessionSeed, 0xA11CE7ULL));
        CatRun run(engine, sessionSeed, settings.countSelections ? &worker->selections : nullptr);
        SimulatedCandidate &c = (*out)[i];
        c.trueTheta = settings.trueTheta[i];
        while (!run.state().finished) {
            const int item = run.state().nextItem;
            int category = 0;
            if (settings.replay) {
                category = settings.replay->at(static_cast<int>(i), item);
                if (category < 0) {
                    worker->error = CatText::tr("simulee %1 has no response to item \"%2\" in the replay matrix")
                                        .arg(c.id, bank.items[static_cast<std::size_t>(item)].id);
                    return;
                }
            } else if (settings.chance) {
                const BankItem &b = bank.items[static_cast<std::size_t>(item)];
                category = std::clamp(scoreResponse(b.content,
                                          chanceResponse(b.content, *settings.chance, answers, bank.defaultLanguage)),
                    0, b.irt.categoryCount() - 1);
            } else {
                irt::ItemParameters p = bank.items[static_cast<std::size_t>(item)].irt;
                p.D = bank.scalingConstant;
                category = drawCategory(p, c.trueTheta, answers);
            }
            if (!run.answer({item, category})) {
                worker->error = CatText::tr("simulee %1: %2").arg(c.id, run.state().error);
                return;
            }
            c.responses.push_back(category);
            c.thetaPath.push_back(run.state().estimate.theta);
            c.sePath.push_back(run.state().estimate.se);
        }
        c.theta = run.state().estimate.theta;
        c.se = run.state().estimate.se;
        c.stopReason = run.state().stopReason;
        c.items = run.administeredItems();
    }
}

} // namespace

int drawCategory(const irt::ItemParameters &item, double theta, Random &rng)
{
    std::array<double, 64> p{};
    const auto k = static_cast<std::size_t>(item.categoryCount());
    irt::categoryProbabilities(item, theta, std::span(p.data(), k));
    double u = rng.uniform();
    for (std::size_t c = 0; c + 1 < k; ++c) {
        if (u < p[c]) {
            return static_cast<int>(c);
        }
        u -= p[c];
    }
    return static_cast<int>(k) - 1;
}

SimulationResult simulate(const AdaptiveEngine &engine, const SimulationSettings &settings)
{
    SimulationResult result;
    if (!engine.isValid()) {
        result.error = engine.errorString();
        return result;
    }
    const std::size_t n = settings.trueTheta.size();
    const int bankSize = engine.bank().size();
    if (settings.replay && (settings.replay->candidates.size() < n || settings.replay->items != bankSize)) {
        result.error
            = CatText::tr("the replay matrix has %1 candidates and %2 items; %3 candidates and %4 items were expected")
                  .arg(settings.replay->candidates.size())
                  .arg(settings.replay->items)
                  .arg(n)
                  .arg(bankSize);
        return result;
    }
    result.candidates.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        result.candidates[i].id = i < settings.ids.size() ? settings.ids[i] : QString::number(i + 1);
    }

    int threads = settings.threads > 0 ? settings.threads : static_cast<int>(std::thread::hardware_concurrency());
    threads = std::clamp(threads, 1, std::max(1, static_cast<int>(n)));
    std::vector<WorkerOutput> workers(static_cast<std::size_t>(threads));
    for (auto &w : workers) {
        if (settings.countSelections) {
            w.selections.assign(static_cast<std::size_t>(bankSize), 0);
        }
    }
    if (threads == 1) {
        runCandidates(engine, settings, 0, n, &result.candidates, &workers[0]);
    } else {
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            const std::size_t begin = n * static_cast<std::size_t>(t) / static_cast<std::size_t>(threads);
            const std::size_t end = n * static_cast<std::size_t>(t + 1) / static_cast<std::size_t>(threads);
            pool.emplace_back(runCandidates, std::cref(engine), std::cref(settings), begin, end, &result.candidates,
                &workers[static_cast<std::size_t>(t)]);
        }
        for (auto &th : pool) {
            th.join();
        }
    }
    for (const auto &w : workers) {
        if (!w.error.isEmpty()) {
            result.error = w.error;
            return result;
        }
    }

    SimulationSummary &s = result.summary;
    s.candidates = static_cast<int>(n);
    s.exposure.assign(static_cast<std::size_t>(bankSize), 0.0);
    double sumError = 0.0, sumSquared = 0.0, sumLength = 0.0;
    for (const SimulatedCandidate &c : result.candidates) {
        const double err = c.theta - c.trueTheta;
        sumError += err;
        sumSquared += err * err;
        sumLength += static_cast<double>(c.items.size());
        for (int item : c.items) {
            s.exposure[static_cast<std::size_t>(item)] += 1.0;
        }
    }
    if (n > 0) {
        s.bias = sumError / static_cast<double>(n);
        s.rmse = std::sqrt(sumSquared / static_cast<double>(n));
        s.meanLength = sumLength / static_cast<double>(n);
        for (double &x : s.exposure) {
            x /= static_cast<double>(n);
        }
    }
    if (bankSize > 0) {
        double sum = 0.0;
        for (double x : s.exposure) {
            sum += x;
            s.maxExposure = std::max(s.maxExposure, x);
        }
        s.meanExposure = sum / bankSize;
    }
    if (settings.countSelections) {
        s.selectionRate.assign(static_cast<std::size_t>(bankSize), 0.0);
        for (const auto &w : workers) {
            for (int i = 0; i < bankSize; ++i) {
                s.selectionRate[static_cast<std::size_t>(i)] += w.selections[static_cast<std::size_t>(i)];
            }
        }
        for (double &x : s.selectionRate) {
            x /= std::max<double>(1.0, static_cast<double>(n));
        }
    }
    return result;
}

std::vector<double> normalSample(int n, double mean, double sd, std::uint64_t seed)
{
    Random rng(seed);
    std::vector<double> out;
    out.reserve(static_cast<std::size_t>(std::max(n, 0)));
    while (static_cast<int>(out.size()) < n) {
        const double u1 = 1.0 - rng.uniform(); // (0, 1]
        const double u2 = rng.uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        out.push_back(mean + sd * r * std::cos(2.0 * M_PI * u2));
        if (static_cast<int>(out.size()) < n) {
            out.push_back(mean + sd * r * std::sin(2.0 * M_PI * u2));
        }
    }
    return out;
}

SympsonHetterCalibration calibrateSympsonHetter(const ItemBank &bank, const TestSpecification &specification,
    double targetRate, const std::vector<double> &abilities, std::uint64_t seed, int maxIterations, double tolerance,
    int threads)
{
    SympsonHetterCalibration cal;
    if (!(targetRate > 0.0 && targetRate <= 1.0)) {
        cal.error = CatText::tr("the target exposure rate must be in (0, 1]");
        return cal;
    }
    if (abilities.empty()) {
        cal.error = CatText::tr("the calibration needs at least one simulee");
        return cal;
    }
    ItemBank working = bank;
    working.reindex();
    cal.parameters.assign(bank.items.size(), 1.0);
    TestSpecification spec = specification;
    spec.exposure.sympsonHetter = true;

    for (int iter = 1; iter <= maxIterations; ++iter) {
        for (std::size_t i = 0; i < working.items.size(); ++i) {
            working.items[i].exposureControl = cal.parameters[i];
        }
        const AdaptiveEngine engine(working, spec);
        SimulationSettings settings;
        settings.trueTheta = abilities;
        settings.seed = seed; // the same simulees and draws every round: only the parameters change
        settings.threads = threads;
        settings.countSelections = true;
        const SimulationResult run = simulate(engine, settings);
        if (!run.error.isEmpty()) {
            cal.error = run.error;
            return cal;
        }
        cal.iterations = iter;
        cal.maxExposure = run.summary.maxExposure;
        if (cal.maxExposure <= targetRate + tolerance) {
            cal.converged = true;
            return cal;
        }
        for (std::size_t i = 0; i < cal.parameters.size(); ++i) {
            // K = r / P(S) in expectation; dividing by the realised exposure P(A) = K·P(S) instead
            // also corrects the lottery's sampling noise, so the rounds settle at the target.
            const double selected = run.summary.selectionRate[i];
            const double given = run.summary.exposure[i];
            if (selected <= targetRate) {
                cal.parameters[i] = 1.0;
            } else if (given > 0.0) {
                cal.parameters[i] = std::min(1.0, cal.parameters[i] * targetRate / given);
            } else {
                cal.parameters[i] = targetRate / selected;
            }
        }
    }
    return cal;
}

std::vector<PrecisionPoint> precisionAlongTheta(const AdaptiveEngine &engine, int simulees, std::uint64_t seed)
{
    const ItemBank &bank = engine.bank();
    std::vector<PrecisionPoint> points;
    for (int step = -6; step <= 6; ++step) {
        PrecisionPoint point;
        point.theta = step * 0.5;
        for (const BankItem &item : bank.items) {
            if (item.status == ItemStatus::Operational) {
                point.bankInformation += irt::information(item.irt, point.theta);
            }
        }
        SimulationSettings settings;
        settings.trueTheta.assign(static_cast<std::size_t>(simulees), point.theta);
        settings.seed = mixSeed(seed, static_cast<std::uint64_t>(step + 100));
        const SimulationResult sim = simulate(engine, settings);
        for (const auto &c : sim.candidates) {
            for (const int item : c.items) {
                const BankItem &bi = bank.items[static_cast<std::size_t>(item)];
                if (bi.status == ItemStatus::Operational) {
                    point.testInformation += irt::information(bi.irt, point.theta);
                }
            }
            point.meanSe += c.se;
        }
        point.testInformation /= static_cast<double>(simulees);
        point.meanSe /= static_cast<double>(simulees);
        point.expectedSe = point.testInformation > 0 ? 1.0 / std::sqrt(point.testInformation) : 0.0;
        point.rmse = sim.summary.rmse;
        point.bias = sim.summary.bias;
        point.meanLength = sim.summary.meanLength;
        points.push_back(point);
    }
    return points;
}

} // namespace aicet::cat
