#include "models/dense_effort_comparison.h"

namespace dyve::ui {

std::optional<DenseEffortComparison> DenseEffortComparison::fromResult(const InferenceResult& result) {
    if (!result.dense) return std::nullopt;
    DenseEffortComparison c;
    c.denseTop = result.dense->top;
    c.effortTop = result.top;
    c.denseMs = result.dense->run.ms;
    c.effortMs = result.run.ms;
    if (result.speed) {
        c.denseMs = result.speed->dense.medianMs;
        c.effortMs = result.speed->effort.medianMs;
        c.timedRuns = result.speed->runs();
        c.spread = result.speed->spread();
    }
    c.denseOps = result.dense->run.executedOps();
    c.effortOps = result.run.executedOps();
    c.effortRun = result.effortRun;
    return c;
}

double DenseEffortComparison::reduction() const {
    return effortOps > 0 ? double(denseOps) / double(effortOps) : 1.0;
}

std::optional<double> DenseEffortComparison::speedup() const {
    if (!effortRun) return 1.0;
    if (timedRuns == 0 || effortMs <= 0.0) return std::nullopt;
    return denseMs / effortMs;
}

std::optional<bool> DenseEffortComparison::top1Agrees() const {
    if (denseTop.empty() || effortTop.empty()) return std::nullopt;
    return denseTop.front().index == effortTop.front().index;
}

} // namespace dyve::ui
