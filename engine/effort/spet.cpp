// SPEC §4.3 — Saturation Prediction and Early Termination: a neuron whose partial pre-activation over the
// most significant input channels is already below τ·σ is predicted to end below zero and left at 0.
#include "effort/spet.h"

#include "effort/effort_stats.h"
#include "effort/tile_gemm.h"
#include "kernels/vector_clones.h"

#include <algorithm>
#include <cmath>

namespace dyve {

SpetSchedule spetSchedule(const SpetKnobs& knobs, float preActStd, const std::vector<int64_t>& keptPrefix,
                          int64_t kernelSize) {
    SpetSchedule s;
    if (!knobs.enabled()) return s;
    const int64_t channels = static_cast<int64_t>(keptPrefix.size()) - 1;
    const int64_t columns = keptPrefix.back() * kernelSize;
    for (float p : knobs.checkpoints) {
        const int64_t ordered = std::llround(static_cast<double>(p) * static_cast<double>(channels));
        if (ordered <= 0 || ordered >= channels) continue; // a checkpoint at either end saves nothing
        const int64_t column = keptPrefix[static_cast<size_t>(ordered)] * kernelSize;
        if (column < columns) s.boundaries.push_back(column);
    }
    std::sort(s.boundaries.begin(), s.boundaries.end());
    s.boundaries.erase(std::unique(s.boundaries.begin(), s.boundaries.end()), s.boundaries.end());
    s.threshold = knobs.tau * preActStd;
    return s;
}

DYVE_VECTOR_CLONES
void spetTerminate(const float* values, std::vector<int32_t>& rows, const uint32_t* lanes, float threshold,
                   std::vector<int32_t>& terminated, LayerEffortStats& stats) {
    size_t kept = 0;
    for (int32_t o : rows) {
        const float* v = values + static_cast<int64_t>(o) * kTileLanes;
        const uint32_t mask = lanes[o];
        bool running = false;
        for (int i = 0; i < kTileLanes; ++i)
            running |= (mask >> i & 1u) != 0 && v[i] >= threshold;
        stats.overheadOps += __builtin_popcount(mask); // one comparison a neuron
        if (running)
            rows[kept++] = o;
        else
            terminated.push_back(o);
    }
    rows.resize(kept);
}

} // namespace dyve
