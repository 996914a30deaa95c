#include "eval/cascade_tuner.h"

#include "bench/benchmark.h"
#include "core/errors.h"
#include "data/classification.h"
#include "eval/image_batches.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace dyve {

namespace {

// The values a width's threshold is searched over: its observed confidences, thinned to about 256, and 1.
std::vector<double> candidateThresholds(const CascadeObservations& observed, size_t width) {
    std::vector<double> values;
    for (const auto& c : observed.confidences)
        values.push_back(c[width]);
    std::sort(values.begin(), values.end());
    std::vector<double> candidates;
    const size_t step = std::max<size_t>(1, values.size() / 256);
    for (size_t i = 0; i < values.size(); i += step)
        candidates.push_back(values[i]);
    candidates.push_back(1.0);
    return candidates;
}

} // namespace

CascadeObservations observeCascade(WidthCascade& cascade, const Dataset& data, const Preprocessor& pre,
                                   const CascadeTuneOptions& options) {
    CascadeObservations observed;
    const size_t widths = cascade.widthCount();
    for (size_t w = 0; w < widths; ++w)
        observed.fractions.push_back(cascade.width(w).fraction);
    // The baseline: a plain network at full width, its buffers shared as a plain run shares them.
    Network full(cascade.network(widths - 1).graph());
    full.setWidth(cascade.width(widths - 1));
    std::vector<std::vector<double>> stepMs(widths);
    std::vector<double> fullMs;
    Tensor input = Tensor::zeros(pre.inputShape(1));
    CascadeRun run;
    RunResult plain;
    std::vector<Tensor> heads;
    for (size_t i = 0; i < data.size(); ++i) {
        if (options.cancel && options.cancel->load()) break;
        fillImage(pre, data, i, input, 0);
        const int label = data.label(i);
        cascade.runAll(input, run, heads);
        full.run({input}, plain);
        std::vector<int> classes;
        for (const Tensor& head : heads)
            classes.push_back(topClass(head));
        if (label < 0 || label >= static_cast<int>(heads.back().size()))
            throw DataError(data.describe(i), "label " + std::to_string(label) + " is outside the model's " +
                                                  std::to_string(heads.back().size()) + " classes");
        observed.predictions.push_back(classes);
        observed.confidences.push_back(run.confidences);
        observed.labels.push_back(label);
        for (size_t w = 0; w < widths; ++w)
            stepMs[w].push_back(run.ms[w]);
        fullMs.push_back(plain.ms);
        if (observed.stepOps.empty()) {
            for (int64_t ops : run.executedOps)
                observed.stepOps.push_back(static_cast<double>(ops));
            observed.fullWidthOps = static_cast<double>(plain.executedOps());
        }
        if (options.progress) options.progress(i + 1, data.size());
    }
    for (size_t w = 0; w < widths; ++w)
        observed.stepMs.push_back(summarize(stepMs[w]).medianMs);
    observed.fullWidthMs = summarize(fullMs).medianMs;
    return observed;
}

CascadeOutcome simulateCascade(const CascadeObservations& observed, const std::vector<double>& thresholds) {
    CascadeOutcome outcome;
    outcome.thresholds = thresholds;
    const size_t widths = observed.fractions.size();
    outcome.stopShare.assign(widths, 0.0);
    const size_t n = observed.images();
    if (n == 0) return outcome;
    size_t agree = 0, correct = 0;
    double ms = 0.0, ops = 0.0;
    for (size_t i = 0; i < n; ++i) {
        size_t w = 0;
        while (w + 1 < widths && observed.confidences[i][w] < thresholds[w])
            ++w;
        outcome.stopShare[w] += 1.0;
        const int answer = observed.predictions[i][w];
        agree += answer == observed.predictions[i].back();
        correct += answer == observed.labels[i];
        for (size_t k = 0; k <= w; ++k) {
            ms += observed.stepMs[k];
            ops += observed.stepOps[k];
        }
    }
    for (double& share : outcome.stopShare)
        share /= double(n);
    outcome.agreement = double(agree) / double(n);
    outcome.top1 = double(correct) / double(n);
    outcome.ms = ms / double(n);
    outcome.ops = ops / double(n);
    return outcome;
}

CascadeOutcome fullWidthOutcome(const CascadeObservations& observed) {
    const size_t widths = observed.fractions.size();
    CascadeOutcome full =
        simulateCascade(observed, std::vector<double>(widths - 1, 2.0)); // never stops early
    full.thresholds.clear();
    full.stopShare.assign(widths, 0.0);
    if (widths > 0) full.stopShare.back() = 1.0;
    full.ms = observed.fullWidthMs;
    full.ops = observed.fullWidthOps;
    full.agreement = 1.0;
    return full;
}

CascadeOutcome chooseThresholds(const CascadeObservations& observed, double budgetPp, double guardBand) {
    const size_t widths = observed.fractions.size();
    const double allowed = (1.0 - guardBand) * budgetPp / 100.0; // share of images that may move
    auto fits = [&](const CascadeOutcome& o) { return 1.0 - o.agreement <= allowed + 1e-12; };
    std::vector<std::vector<double>> candidates;
    std::set<double> shared;
    for (size_t w = 0; w + 1 < widths; ++w) {
        candidates.push_back(candidateThresholds(observed, w));
        shared.insert(candidates.back().begin(), candidates.back().end());
    }
    // Starting points: the full width (every threshold 1) and the best single threshold for all widths.
    CascadeOutcome best = simulateCascade(observed, std::vector<double>(widths - 1, 1.0));
    std::vector<CascadeOutcome> starts = {best};
    for (double t : shared) {
        const CascadeOutcome o = simulateCascade(observed, std::vector<double>(widths - 1, t));
        if (fits(o) && o.ms < starts.back().ms) {
            if (starts.size() == 1)
                starts.push_back(o);
            else
                starts.back() = o;
        }
    }
    for (CascadeOutcome current : starts) {
        for (int round = 0; round < 4; ++round) {
            bool improved = false;
            for (size_t w = 0; w + 1 < widths; ++w)
                for (double t : candidates[w]) {
                    std::vector<double> thresholds = current.thresholds;
                    thresholds[w] = t;
                    const CascadeOutcome o = simulateCascade(observed, thresholds);
                    if (fits(o) && o.ms < current.ms - 1e-12) {
                        current = o;
                        improved = true;
                    }
                }
            if (!improved) break;
        }
        if (current.ms < best.ms) best = current;
    }
    // SPEC §4.7: a skip counts only when it saves measured time. Thresholds whose expected time is not below
    // the full width's leave the level at the full width, dense.
    return best.ms < observed.fullWidthMs ? best : fullWidthOutcome(observed);
}

std::vector<CascadeOutcome> chooseLevels(const CascadeObservations& observed, double budgetPp,
                                         double guardBand) {
    std::vector<CascadeOutcome> levels;
    for (double share : kLevelShares) {
        CascadeOutcome o = chooseThresholds(observed, share * budgetPp, guardBand);
        // The search is greedy, so a larger budget can land on a slower optimum; the smaller budget's
        // thresholds fit the larger one too, so a level is never slower than the one below it.
        if (!levels.empty() && levels.back().ms < o.ms) o = levels.back();
        levels.push_back(o);
    }
    return levels;
}

CascadeTuneResult tuneWidthCascade(WidthCascade& cascade, const Dataset& data, const Preprocessor& pre,
                                   const CascadeTuneOptions& options) {
    CascadeTuneResult result;
    result.observations = observeCascade(cascade, data, pre, options);
    result.cancelled = options.cancel && options.cancel->load();
    const CascadeObservations& observed = result.observations;
    if (observed.images() == 0) return result;
    result.full = fullWidthOutcome(observed);

    EffortProfile& profile = result.profile;
    profile.levels.push_back(EffortLevel{}); // effort 0: the full width, dense
    profile.pareto.push_back(ParetoPoint{0.0, result.full.top1, result.full.ops, result.full.ms, true});
    result.levels = chooseLevels(observed, options.budgetPp, options.guardBand);
    for (size_t i = 0; i < result.levels.size(); ++i) {
        const CascadeOutcome& o = result.levels[i];
        EffortLevel level;
        level.effort = kLevelShares[i];
        level.widthThresholds = o.thresholds;
        profile.levels.push_back(level);
        profile.pareto.push_back(ParetoPoint{level.effort, o.top1, o.ops, o.ms, true});
    }
    const CascadeOutcome& top = result.levels.back();
    TuningSummary summary;
    summary.data = options.data;
    summary.images = static_cast<int64_t>(observed.images());
    summary.budgetPp = options.budgetPp;
    summary.objective = "time";
    summary.denseTop1 = result.full.top1;
    summary.top1 = top.top1;
    summary.opsReduction = top.ops > 0.0 ? observed.fullWidthOps / top.ops : 1.0;
    summary.agreement = top.agreement;
    summary.guardBand = options.guardBand;
    profile.tuned = summary;
    return result;
}

} // namespace dyve
