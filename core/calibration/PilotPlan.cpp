#include "calibration/PilotPlan.h"

#include "Translate.h"
#include "bank/Chance.h"
#include "bank/ItemBank.h"
#include "calibration/Calibration.h"
#include "cat/AdaptiveEngine.h"
#include "cat/Random.h"
#include "cat/Simulation.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace aicet::calibration {
namespace {

// Sums of the errors of one kind of parameter.
struct Errors
{
    int count = 0;
    double sum = 0.0;
    double squares = 0.0;
    int seCount = 0;
    double seSum = 0.0;

    void add(double estimate, double truth)
    {
        const double e = estimate - truth;
        ++count;
        sum += e;
        squares += e * e;
    }

    void addSe(double se)
    {
        if (std::isfinite(se)) {
            ++seCount;
            seSum += se;
        }
    }

    ParameterRecovery recovery() const
    {
        ParameterRecovery r;
        r.count = count;
        r.seCount = seCount;
        if (count > 0) {
            r.bias = sum / count;
            r.rmse = std::sqrt(squares / count);
        }
        if (seCount > 0) {
            r.meanSe = seSum / seCount;
        }
        return r;
    }
};

struct Totals
{
    Errors a, b, steps;
    long long responses = 0;
    long long pilotColumns = 0;
    int minResponses = std::numeric_limits<int>::max();
    long long itemsGiven = 0;
    long long pupils = 0;
    int within = 0;
    int locations = 0;
};

// One replication's bank: the bank with its pilot items carrying their true parameters.
struct ReplicationBank
{
    ItemBank bank;
    std::vector<int> pilots; // bank indices of the items piloted
    int synthetic = 0;
};

// Synthetic pilot items (and pilot items without parameters) take the parameters of an operational
// item drawn at random with replacement: the bank's own spread of slopes and difficulties and its
// share of partial credit, which is what the items written for it will look like.
ReplicationBank replicationBank(
    const ItemBank &bank, const std::vector<int> &operational, int syntheticCount, std::uint64_t seed)
{
    ReplicationBank out{bank, {}, 0};
    ItemBank &b = out.bank;
    cat::Random rng(seed);
    // A synthetic item takes everything from its source. A pilot item of the bank keeps its own
    // content: it is drawn among the operational items scored as it is (right/wrong or partial
    // credit), and in a bank with irt.guessing: chance its own chance of a right answer is its c.
    auto drawTruth = [&](BankItem &item, bool synthetic) {
        std::vector<int> sources;
        const bool partial = item.content.scoring != Scoring::AllOrNothing;
        for (int j : operational) {
            if (!synthetic && irt::isDichotomous(bank.items[static_cast<std::size_t>(j)].irt.model) != partial) {
                sources.push_back(j);
            }
        }
        if (sources.empty()) {
            sources = operational;
        }
        const BankItem &source = bank.items[static_cast<std::size_t>(
            sources[static_cast<std::size_t>(rng.below(static_cast<int>(sources.size())))])];
        item.irt = source.irt;
        if (synthetic) {
            item.chance = source.chance;
            item.dimension = source.dimension;
        } else if (bank.chanceGuessing && irt::isDichotomous(item.irt.model) && !bank.parametersOnly) {
            const std::vector<double> chance = chanceDistribution(item.content, 2);
            item.irt.c = chance.size() == 2 ? chance[1] : 0.0;
        } else if (!irt::isDichotomous(item.irt.model) && item.chance.size() > 2
            && item.irt.steps.size() != item.chance.size() - 1 && !item.irt.steps.empty()) {
            // A partial-credit pilot item has the scores its own rule gives: as many steps, spread
            // evenly over the source's range, so that the study never simulates a score it cannot give.
            const auto [low, high] = std::minmax_element(item.irt.steps.begin(), item.irt.steps.end());
            const double from = *low, to = *high;
            const std::size_t count = item.chance.size() - 1;
            item.irt.steps.clear();
            for (std::size_t v = 0; v < count; ++v) {
                item.irt.steps.push_back(count > 1
                        ? from + (to - from) * static_cast<double>(v) / static_cast<double>(count - 1)
                        : 0.5 * (from + to));
            }
            item.irt.floors = bank.chanceGuessing ? chanceFloors(item.chance, count) : std::vector<double>();
        }
        ++out.synthetic;
    };
    if (syntheticCount > 0) {
        // The bank's own pilot items are set aside: the synthetic ones are piloted instead.
        for (BankItem &item : b.items) {
            if (item.status == ItemStatus::Pilot) {
                item.status = ItemStatus::Retired;
            }
        }
        for (int k = 0; k < syntheticCount; ++k) {
            BankItem item;
            item.id = QStringLiteral("synthetic-pilot-%1").arg(k + 1);
            while (b.indexOf(item.id) >= 0) {
                item.id += QLatin1Char('~');
            }
            item.status = ItemStatus::Pilot;
            drawTruth(item, true);
            b.items.push_back(item);
        }
        b.reindex();
    }
    for (std::size_t j = 0; j < b.items.size(); ++j) {
        BankItem &item = b.items[j];
        if (item.status != ItemStatus::Pilot) {
            continue;
        }
        if (!item.hasParameters) {
            drawTruth(item, false);
        }
        item.hasParameters = true;
        item.irt = pilotTruth(item.irt);
        item.exposureControl = 1.0;
        out.pilots.push_back(static_cast<int>(j));
    }
    return out;
}

// The calibration of a real pilot (`calibrate --fixed operational`): operational items anchored,
// pilot items estimated from neutral starting values (not from the truth, which a real pilot does
// not know) in the model of their truth, a 3PL lower asymptote fixed at its known value.
std::vector<ItemSpec> calibrationSpecs(const ReplicationBank &r)
{
    std::vector<ItemSpec> specs(r.bank.items.size());
    for (std::size_t j = 0; j < specs.size(); ++j) {
        const BankItem &item = r.bank.items[j];
        ItemSpec &s = specs[j];
        s.model = item.irt.model;
        s.start = item.irt;
        // Anchors, and items nobody is given (left out of the calibration): parameters kept.
        s.fixed = item.status != ItemStatus::Pilot;
        if (!s.fixed) {
            irt::ItemParameters start;
            start.model = item.irt.model;
            if (irt::isDichotomous(start.model)) {
                start.c = item.irt.c;
                if (start.model == irt::Model::ThreePL) {
                    s.fixedGuessing = item.irt.c;
                }
            } else {
                // As many steps as the truth, so that a score nobody reached refuses the item
                // instead of calibrating it with fewer scores.
                const std::size_t k = item.irt.steps.size();
                for (std::size_t v = 0; v < k; ++v) {
                    start.steps.push_back(
                        k > 1 ? -1.0 + 2.0 * static_cast<double>(v) / static_cast<double>(k - 1) : 0.0);
                }
                // Chance floors (irt.guessing: chance) known and fixed, as calibrate fixes them.
                s.fixedFloors = item.irt.floors;
            }
            s.start = start;
        }
        s.start.D = r.bank.scalingConstant;
    }
    return specs;
}

// calibrate() names columns; the planning study names the items.
QString namedItems(QString message, const ItemBank &bank)
{
    for (int j = bank.size(); j >= 1; --j) {
        message.replace(CalibrationText::tr("column %1:").arg(j),
            CalibrationText::tr("item \"%1\":").arg(bank.items[static_cast<std::size_t>(j - 1)].id));
    }
    return message;
}

QString validateDesign(const ItemBank &bank, const PilotPlanSettings &settings, const std::vector<int> &operational)
{
    if (settings.pupils.empty()) {
        return CalibrationText::tr("no number of pupils to study");
    }
    for (int n : settings.pupils) {
        if (n < 1) {
            return CalibrationText::tr("a pilot needs at least one pupil (got %1)").arg(n);
        }
    }
    if (settings.replications < 1) {
        return CalibrationText::tr("the study needs at least one replication (got %1)").arg(settings.replications);
    }
    if (settings.test.pilotPositions.empty()) {
        return CalibrationText::tr("the test has no pilot slot: give the positions at which pilot items are given");
    }
    if (settings.syntheticPilotItems < 0) {
        return CalibrationText::tr("the number of synthetic pilot items cannot be negative");
    }
    if (operational.empty()) {
        return CalibrationText::tr("the bank has no operational item with parameters to anchor the pilot items");
    }
    const bool pilots = std::any_of(
        bank.items.begin(), bank.items.end(), [](const BankItem &i) { return i.status == ItemStatus::Pilot; });
    if (!pilots && settings.syntheticPilotItems == 0) {
        return CalibrationText::tr("the bank has no pilot item: ask for synthetic pilot items");
    }
    return settings.test.validate(bank);
}

} // namespace

irt::ItemParameters pilotTruth(const irt::ItemParameters &parameters)
{
    irt::ItemParameters p = parameters;
    if (irt::isDichotomous(p.model)) {
        p.model = p.c > 0.0 ? irt::Model::ThreePL : irt::Model::TwoPL;
        p.d = 1.0;
        p.steps.clear();
    }
    if (irt::isDichotomous(p.model)) {
        p.floors.clear();
    }
    return p;
}

std::vector<int> spreadPilotPositions(int slots, int minItems)
{
    std::vector<int> positions;
    const int scored = std::max(minItems, 1); // the engine never stops before one scored item
    const double span = static_cast<double>(scored + slots);
    for (int k = 0; k < slots; ++k) {
        // The middle of the k-th of `slots` equal stretches; never later than minItems + k, the last
        // position a pupil stopping at the minimum length reaches after k pilot items.
        int p = static_cast<int>(std::ceil((k + 0.5) * span / slots));
        p = std::min(p, scored + k);
        p = std::max(p, positions.empty() ? 1 : positions.back() + 1);
        positions.push_back(p);
    }
    return positions;
}

PilotPlan planPilot(const ItemBank &bank, const PilotPlanSettings &settings)
{
    QElapsedTimer timer;
    timer.start();
    PilotPlan plan;
    std::vector<int> operational;
    for (std::size_t j = 0; j < bank.items.size(); ++j) {
        if (bank.items[j].status == ItemStatus::Operational && bank.items[j].hasParameters) {
            operational.push_back(static_cast<int>(j));
        }
    }
    plan.error = validateDesign(bank, settings, operational);
    if (!plan.error.isEmpty()) {
        return plan;
    }
    plan.pilotPositions = settings.test.pilotPositions;
    const int largest = *std::max_element(settings.pupils.begin(), settings.pupils.end());
    std::vector<Totals> totals(settings.pupils.size());
    plan.counts.resize(settings.pupils.size());
    for (std::size_t c = 0; c < settings.pupils.size(); ++c) {
        plan.counts[c].pupils = settings.pupils[c];
        plan.counts[c].replications = settings.replications;
    }

    Settings calibration;
    calibration.threads = settings.threads;
    calibration.standardErrors = settings.standardErrors;
    for (int rep = 0; rep < settings.replications; ++rep) {
        // Everything in a replication derives from its seed alone, not from the number of pupils.
        const std::uint64_t seed = cat::mixSeed(settings.seed, static_cast<std::uint64_t>(rep) + 1);
        const ReplicationBank r
            = replicationBank(bank, operational, settings.syntheticPilotItems, cat::mixSeed(seed, 0x9170));
        if (rep == 0) {
            plan.pilotItems = static_cast<int>(r.pilots.size());
            plan.syntheticItems = r.synthetic;
            for (int j : r.pilots) {
                plan.partialCreditPilotItems
                    += irt::isDichotomous(r.bank.items[static_cast<std::size_t>(j)].irt.model) ? 0 : 1;
            }
        }
        const cat::AdaptiveEngine engine(r.bank, settings.test);
        if (!engine.isValid()) {
            plan.error = engine.errorString();
            return plan;
        }
        // The largest number of pupils once; smaller numbers are its first pupils.
        cat::SimulationSettings simulation;
        simulation.trueTheta = cat::normalSample(largest, 0.0, 1.0, cat::mixSeed(seed, 0x7E7A));
        simulation.seed = seed;
        simulation.threads = settings.threads;
        const cat::SimulationResult sim = cat::simulate(engine, simulation);
        if (!sim.error.isEmpty()) {
            plan.error = sim.error;
            return plan;
        }
        const std::vector<ItemSpec> specs = calibrationSpecs(r);

        for (std::size_t c = 0; c < settings.pupils.size(); ++c) {
            const int n = settings.pupils[c];
            Totals &t = totals[c];
            PilotRecovery &out = plan.counts[c];
            cat::ResponseMatrix matrix;
            matrix.items = r.bank.size();
            matrix.candidates.resize(static_cast<std::size_t>(n));
            matrix.cells.assign(static_cast<std::size_t>(n) * static_cast<std::size_t>(matrix.items), -1);
            for (int i = 0; i < n; ++i) {
                const cat::SimulatedCandidate &pupil = sim.candidates[static_cast<std::size_t>(i)];
                matrix.candidates[static_cast<std::size_t>(i)] = QString::number(i + 1);
                for (std::size_t k = 0; k < pupil.items.size(); ++k) {
                    matrix.cells[static_cast<std::size_t>(i) * static_cast<std::size_t>(matrix.items)
                        + static_cast<std::size_t>(pupil.items[k])]
                        = static_cast<signed char>(pupil.responses[k]);
                }
                t.itemsGiven += static_cast<long long>(pupil.items.size());
            }
            t.pupils += n;
            for (int j : r.pilots) {
                int responses = 0;
                for (int i = 0; i < n; ++i) {
                    responses += matrix.at(i, j) >= 0 ? 1 : 0;
                }
                t.responses += responses;
                ++t.pilotColumns;
                t.minResponses = std::min(t.minResponses, responses);
            }

            const Result result = calibrate(matrix, specs, calibration);
            if (!result.error.isEmpty()) {
                out.refusals.append(namedItems(result.error, r.bank));
                continue;
            }
            ++out.calibrated;
            out.converged += result.converged ? 1 : 0;
            for (int j : r.pilots) {
                const auto jj = static_cast<std::size_t>(j);
                if (!result.answered[jj]) {
                    continue; // nobody was given it: nothing estimated
                }
                const irt::ItemParameters &truth = r.bank.items[jj].irt;
                const irt::ItemParameters &estimate = result.items[jj];
                const std::vector<double> se
                    = jj < result.standardErrors.size() ? result.standardErrors[jj] : std::vector<double>();
                t.a.add(estimate.a, truth.a);
                if (!se.empty()) {
                    t.a.addSe(se[0]);
                }
                if (irt::isDichotomous(truth.model)) {
                    t.b.add(estimate.b, truth.b);
                    if (se.size() > 1) {
                        t.b.addSe(se[1]);
                    }
                } else {
                    for (std::size_t v = 0; v < truth.steps.size() && v < estimate.steps.size(); ++v) {
                        t.steps.add(estimate.steps[v], truth.steps[v]);
                        if (v + 1 < se.size()) {
                            t.steps.addSe(se[v + 1]);
                        }
                    }
                }
                ++t.locations;
                t.within += std::fabs(estimate.location() - truth.location()) <= kLocationTolerance ? 1 : 0;
            }
        }
    }
    for (std::size_t c = 0; c < plan.counts.size(); ++c) {
        const Totals &t = totals[c];
        PilotRecovery &out = plan.counts[c];
        out.a = t.a.recovery();
        out.b = t.b.recovery();
        out.steps = t.steps.recovery();
        out.meanResponses = t.pilotColumns > 0 ? static_cast<double>(t.responses) / t.pilotColumns : 0.0;
        out.minResponses = t.pilotColumns > 0 ? t.minResponses : 0;
        out.meanTestLength = t.pupils > 0 ? static_cast<double>(t.itemsGiven) / t.pupils : 0.0;
        out.withinTolerance = t.locations > 0 ? static_cast<double>(t.within) / t.locations : -1.0;
    }
    plan.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return plan;
}

std::optional<int> sufficientPupils(const PilotPlan &plan, double targetA, double targetB)
{
    auto sufficient = [&](const PilotRecovery &c) {
        return c.replications > 0 && c.refusals.isEmpty() && c.converged == c.replications && c.minResponses > 0
            && c.a.count > 0 && c.a.rmse <= targetA && (c.b.count == 0 || c.b.rmse <= targetB)
            && (c.steps.count == 0 || c.steps.rmse <= targetB);
    };
    std::vector<const PilotRecovery *> counts;
    for (const PilotRecovery &c : plan.counts) {
        counts.push_back(&c);
    }
    std::sort(counts.begin(), counts.end(), [](const auto *x, const auto *y) { return x->pupils > y->pupils; });
    // From the largest number down, while every larger number reached the targets too: one
    // lucky count below a failing one is not a recommendation.
    std::optional<int> smallest;
    for (const PilotRecovery *c : counts) {
        if (!sufficient(*c)) {
            break;
        }
        smallest = c->pupils;
    }
    return smallest;
}

} // namespace aicet::calibration
