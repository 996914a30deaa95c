#include "eval/sweep.h"

#include "bench/benchmark.h"
#include "core/errors.h"
#include "eval/image_batches.h"
#include "runtime/width_cascade.h"

#include <algorithm>
#include <memory>

namespace dyve {

EffortSettings keepMechanisms(EffortSettings settings, SweepMechanisms mechanisms) {
    if (mechanisms == SweepMechanisms::All) return settings;
    for (auto& [name, k] : settings.knobs) {
        if (mechanisms != SweepMechanisms::Spet) k.spet.tau = SpetKnobs::kOff;
        if (mechanisms != SweepMechanisms::Sdss) k.sdss.theta = SdssKnobs::kOff;
        if (mechanisms != SweepMechanisms::Sfma) k.sfma.nu = SfmaKnobs::kOff;
    }
    return settings;
}

namespace {

// The median engine time per image of `runs` runs of one batch of the data set's first images (one
// untimed run first), under the network's current mode.
double medianMsPerImage(Network& network, const Dataset& data, const Preprocessor& pre, int batch, int runs) {
    const int n = usableBatch(network, pre, std::max(1, std::min<int>(batch, int(data.size()))));
    Tensor input = Tensor::zeros(pre.inputShape(n));
    for (int i = 0; i < n; ++i)
        fillImage(pre, data, size_t(i), input, i);
    RunResult result;
    network.run({input}, result);
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) {
        network.run({input}, result);
        ms.push_back(result.ms / double(n));
    }
    return summarize(ms).medianMs;
}

// Point `at` of `points`: the data set evaluated with the network as it is set now, and timed when asked.
SweepPoint measurePoint(Network& network, const Dataset& data, const Preprocessor& pre,
                        const SweepOptions& options, size_t at, size_t points) {
    EvalOptions eval;
    eval.batch = options.batch;
    eval.cancel = options.cancel;
    if (options.progress) eval.progress = [&](const EvalProgress& p) { options.progress(at, points, p); };
    SweepPoint point;
    point.report = evaluate(network, data, pre, eval);
    if (!point.report.cancelled && options.timingRuns > 0 && data.size() > 0) {
        point.medianMsPerImage = medianMsPerImage(network, data, pre, options.batch, options.timingRuns);
        point.timingRuns = options.timingRuns;
    }
    return point;
}

// The same through the width cascade, image by image beside the full width (evaluateCascade); its time
// is the cascade's mean engine time per image, as where each image stops decides it.
SweepPoint measureCascadePoint(WidthCascade& cascade, Network& fullWidth, const Dataset& data,
                               const Preprocessor& pre, const SweepOptions& options, size_t at,
                               size_t points) {
    EvalOptions eval;
    eval.cancel = options.cancel;
    if (options.progress) eval.progress = [&](const EvalProgress& p) { options.progress(at, points, p); };
    SweepPoint point;
    point.report = evaluateCascade(cascade, fullWidth, data, pre, eval).cascade;
    if (!point.report.cancelled && options.timingRuns > 0) {
        point.medianMsPerImage = point.report.msPerImage();
        point.timingRuns = 1;
    }
    return point;
}

} // namespace

std::vector<SweepPoint> sweepEffort(Network& network, const EffortProfile& profile,
                                    const std::vector<double>& levels, const Dataset& data,
                                    const Preprocessor& pre, const SweepOptions& options) {
    std::vector<SweepPoint> points;
    std::vector<std::optional<double>> plan;
    if (options.dense) plan.push_back(std::nullopt);
    for (double e : levels)
        plan.push_back(e);
    std::unique_ptr<WidthCascade> cascade; // built at the first level that runs it
    for (size_t i = 0; i < plan.size(); ++i) {
        if (options.cancel && options.cancel->load()) break;
        const EffortSettings settings = plan[i] ? profile.settingsAt(*plan[i]) : EffortSettings{};
        if (!settings.widthThresholds.empty()) {
            network.setDense();
            if (!cascade) {
                if (options.cascadeWidths.empty())
                    throw DataError(
                        network.graph().sourceFile,
                        "the effort profile runs the width cascade, and no width steps were given");
                cascade = std::make_unique<WidthCascade>(network.graph(), options.cascadeWidths);
            }
            cascade->setThresholds(settings.widthThresholds);
            SweepPoint point = measureCascadePoint(*cascade, network, data, pre, options, i, plan.size());
            point.effort = plan[i];
            const bool cancelled = point.report.cancelled;
            points.push_back(std::move(point));
            if (cancelled) break;
            continue;
        }
        if (plan[i])
            network.setEffort(keepMechanisms(settings, options.mechanisms));
        else
            network.setDense();
        SweepPoint point = measurePoint(network, data, pre, options, i, plan.size());
        point.effort = plan[i];
        const bool cancelled = point.report.cancelled;
        points.push_back(std::move(point));
        if (cancelled) break;
    }
    network.setDense();
    return points;
}

std::vector<SweepPoint> sweepWidths(Network& network, const std::vector<ChannelWidth>& widths,
                                    const Dataset& data, const Preprocessor& pre,
                                    const SweepOptions& options) {
    std::vector<ChannelWidth> plan;
    if (options.dense) plan.push_back(ChannelWidth{});
    plan.insert(plan.end(), widths.begin(), widths.end());
    const ChannelWidth before = network.width();
    for (const ChannelWidth& w : plan) // every width checked before the first evaluation
        network.setWidth(w);
    std::vector<SweepPoint> points;
    for (size_t i = 0; i < plan.size(); ++i) {
        if (options.cancel && options.cancel->load()) break;
        network.setWidth(plan[i]);
        SweepPoint point = measurePoint(network, data, pre, options, i, plan.size());
        point.width = plan[i].fraction;
        const bool cancelled = point.report.cancelled;
        points.push_back(std::move(point));
        if (cancelled) break;
    }
    network.setWidth(before);
    return points;
}

} // namespace dyve
