#include "models/running_accuracy.h"

namespace dyve::ui {

void RunningAccuracy::add(const dyve::EvalProgress& progress) {
    m_total = progress.total;
    if (progress.done == 0) return;
    // Batches can only add images; a repeated count (a re-delivered progress) replaces its point.
    if (!m_points.empty() && m_points.back().images >= progress.done) return;
    const double n = double(progress.done);
    m_points.push_back({progress.done, double(progress.top1Correct) / n, double(progress.top5Correct) / n});
}

} // namespace dyve::ui
