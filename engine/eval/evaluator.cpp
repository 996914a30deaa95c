#include "eval/evaluator.h"

#include "core/errors.h"
#include "data/classification.h"
#include "eval/image_batches.h"
#include "runtime/threading.h"

#include <algorithm>
#include <chrono>

namespace dyve {

namespace {

// Scores the batch of `n` images from `first` that `result` ran, and adds its operations and times.
void addRun(EvalReport& report, const RunResult& result, const Dataset& data, size_t first, int n) {
    const Tensor& output = result.outputs.at(0);
    if (output.shape.empty() || output.shape.front() != n || output.size() % n != 0)
        throw ModelError(report.model, "the output of shape " + toString(output.shape) +
                                           " is not one score vector per image of a batch of " +
                                           std::to_string(n));
    const int64_t classes = output.size() / n;
    for (int i = 0; i < n; ++i) {
        const int label = data.label(first + i);
        if (label < 0 || label >= classes)
            throw DataError(data.describe(first + i), "label " + std::to_string(label) +
                                                          " is outside the model's " +
                                                          std::to_string(classes) + " classes");
        const std::vector<ClassScore> best = topK(output, static_cast<int>(std::min<int64_t>(5, classes)), i);
        report.predictions.push_back(best.empty() ? -1 : best.front().index);
        if (!best.empty() && best.front().index == label) ++report.top1Correct;
        if (std::any_of(best.begin(), best.end(), [&](const ClassScore& s) { return s.index == label; }))
            ++report.top5Correct;
    }

    report.images += static_cast<size_t>(n);
    report.denseOps += result.denseOps();
    report.executedOps += result.executedOps();
    report.inferenceMs += result.ms;
    if (report.layers.empty())
        for (const LayerStats& l : result.layers)
            report.layers.push_back(EvalLayerTotals{l.name, l.op, 0, 0, 0.0, false, {}});
    for (size_t l = 0; l < result.layers.size() && l < report.layers.size(); ++l) {
        EvalLayerTotals& totals = report.layers[l];
        totals.denseOps += result.layers[l].denseOps;
        totals.executedOps += result.layers[l].executedOps;
        totals.ms += result.layers[l].ms;
        totals.effortPath = totals.effortPath || result.layers[l].effortPath;
        totals.effort += result.layers[l].effort;
    }
}

void reportProgress(const EvalReport& report, EvalProgress& progress, const EvalOptions& options) {
    progress.done = report.images;
    progress.top1Correct = report.top1Correct;
    progress.top5Correct = report.top5Correct;
    if (options.progress) options.progress(progress);
}

} // namespace

// Probed on a network of its own: a plan that fails part-way must not leave the evaluated network half
// re-planned.
int usableBatch(const Network& network, const Preprocessor& pre, int wanted) {
    if (wanted <= 1) return 1;
    try {
        Network probe(network.graph());
        probe.plan({pre.inputShape(wanted)});
        const Shape out = plannedOutputShape(probe);
        if (!out.empty() && out.front() == wanted) return wanted;
    } catch (const Error&) {
        // The graph does not plan at this batch; batch 1 is what the model was exported for.
    }
    return 1;
}

EvalReport evaluate(Network& network, const Dataset& data, const Preprocessor& pre,
                    const EvalOptions& options) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();

    EvalReport report;
    report.model = network.graph().sourceFile;
    report.dataset = data.source();
    report.threads = threadCount();
    report.effortMode = network.effortMode();
    if (network.graph().inputs.size() != 1)
        throw ModelError(report.model, "evaluation feeds one image tensor, but the model takes " +
                                           std::to_string(network.graph().inputs.size()) + " inputs");

    const size_t total = data.size();
    report.batch =
        usableBatch(network, pre, std::min<int>(options.batch, static_cast<int>(std::max<size_t>(total, 1))));
    EvalProgress progress;
    progress.total = total;

    for (size_t first = 0; first < total; first += static_cast<size_t>(report.batch)) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        const int n = static_cast<int>(std::min<size_t>(report.batch, total - first));
        Tensor input = Tensor::zeros(pre.inputShape(n));
        for (int i = 0; i < n; ++i)
            fillImage(pre, data, first + i, input, i);

        const RunResult result = network.run({input});
        addRun(report, result, data, first, n);
        reportProgress(report, progress, options);
    }
    report.wallSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    return report;
}

CascadeEvaluation evaluateCascade(WidthCascade& cascade, Network& fullWidth, const Dataset& data,
                                  const Preprocessor& pre, const EvalOptions& options) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    CascadeEvaluation e;
    for (EvalReport* report : {&e.cascade, &e.fullWidth}) {
        report->model = fullWidth.graph().sourceFile;
        report->dataset = data.source();
        report->threads = threadCount();
        report->batch = 1;
    }
    for (size_t w = 0; w < cascade.widthCount(); ++w)
        e.cascade.widthsReached.push_back(WidthReached{cascade.width(w).fraction, 0, 0, 0.0});
    const size_t total = data.size();
    EvalProgress progress;
    progress.total = total;
    Tensor input = Tensor::zeros(pre.inputShape(1));
    CascadeRun run;
    RunResult full;
    for (size_t i = 0; i < total; ++i) {
        if (options.cancel && options.cancel->load()) {
            e.cascade.cancelled = e.fullWidth.cancelled = true;
            break;
        }
        fillImage(pre, data, i, input, 0);
        // In turns, image by image, so that load from other processes hits both alike.
        cascade.run(input, run);
        fullWidth.run({input}, full);
        addRun(e.cascade, run.result, data, i, 1);
        addRun(e.fullWidth, full, data, i, 1);
        WidthReached& reached = e.cascade.widthsReached[run.reached];
        ++reached.images;
        reached.executedOps += run.result.executedOps();
        reached.ms += run.result.ms;
        if (i % 8 == 7 || i + 1 == total) reportProgress(e.cascade, progress, options);
    }
    e.cascade.wallSeconds = e.fullWidth.wallSeconds =
        std::chrono::duration<double>(Clock::now() - start).count();
    return e;
}

double CascadeEvaluation::agreement() const {
    return classAgreement(cascade, fullWidth);
}

double classAgreement(const EvalReport& a, const EvalReport& b) {
    const size_t n = std::min(a.predictions.size(), b.predictions.size());
    size_t same = 0;
    for (size_t i = 0; i < n; ++i)
        same += a.predictions[i] == b.predictions[i];
    return n ? double(same) / double(n) : 1.0;
}

} // namespace dyve
