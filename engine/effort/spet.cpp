// SPEC §4.3 — Saturation Prediction and Early Termination: a neuron whose partial pre-activation over the
// most significant input channels is already below τ·σ is predicted to end below zero and left at 0.
#include "effort/spet.h"

#include "effort/effort_stats.h"

#include <algorithm>
#include <cmath>

namespace dyve {

SpetSchedule spetSchedule(const SpetKnobs& knobs, float preActStd, const std::vector<int64_t>& keptPrefix,
                          int64_t kernelSize) {
    SpetSchedule s;
    if (!knobs.enabled || !(knobs.tau > -std::numeric_limits<float>::infinity())) return s;
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

namespace {

// From the partial sums at checkpoint `stage` on: terminate the rows below the threshold, complete the
// others to the next checkpoint, and so on to the last column; then ReLU. `rows` holds the rows still
// running and is consumed.
void runCheckpoints(const float* patch, const float* weights, int64_t columns, std::vector<int32_t>& rows,
                    const SpetSchedule& s, size_t stage, float* values, uint8_t* states, EffortOps& ops) {
    for (size_t j = stage; j < s.boundaries.size() && !rows.empty(); ++j) {
        ops.overhead += static_cast<int64_t>(rows.size()); // one comparison a neuron
        size_t kept = 0;
        for (int32_t o : rows) {
            if (values[o] < s.threshold) {
                values[o] = 0.0f;
                states[o] = static_cast<uint8_t>(NeuronState::SpetTerminated);
                ++ops.spetTerminated;
            } else {
                rows[kept++] = o;
            }
        }
        rows.resize(kept);
        const int64_t begin = s.boundaries[j];
        const int64_t end = j + 1 < s.boundaries.size() ? s.boundaries[j + 1] : columns;
        accumulateRowDots(patch, weights, columns, rows.data(), static_cast<int64_t>(rows.size()), begin, end,
                          values);
        ops.completion += static_cast<int64_t>(rows.size()) * (end - begin);
    }
    for (int32_t o : rows)
        values[o] = std::max(values[o], 0.0f);
}

} // namespace

void computeBlockSpet(const NeuronBlock& b, const SpetSchedule& s, EffortOps& ops) {
    const int64_t M = b.outChannels, n = b.count, K = b.columns;
    const int64_t first = s.boundaries.front();
    multiplyByPatches(b.weights, K, M, b.patches, K, n, first, b.values);
    ops.partial += M * n * first;
    std::fill(b.states, b.states + M * n, static_cast<uint8_t>(NeuronState::Computed));
    // Per position, its neurons' values and states as contiguous M-vectors.
    std::vector<float> column(static_cast<size_t>(M));
    std::vector<uint8_t> state(static_cast<size_t>(M));
    std::vector<int32_t> rows;
    rows.reserve(static_cast<size_t>(M));
    for (int64_t i = 0; i < n; ++i) {
        for (int64_t o = 0; o < M; ++o) {
            column[static_cast<size_t>(o)] = b.values[o * n + i];
            state[static_cast<size_t>(o)] = static_cast<uint8_t>(NeuronState::Computed);
        }
        rows.resize(static_cast<size_t>(M));
        for (int64_t o = 0; o < M; ++o)
            rows[static_cast<size_t>(o)] = static_cast<int32_t>(o);
        runCheckpoints(b.patches + i * K, b.weights, K, rows, s, 0, column.data(), state.data(), ops);
        for (int64_t o = 0; o < M; ++o) {
            b.values[o * n + i] = column[static_cast<size_t>(o)];
            b.states[o * n + i] = state[static_cast<size_t>(o)];
        }
    }
}

void computeRowsSpet(const float* patch, const float* weights, int64_t columns, std::vector<int32_t>& rows,
                     const SpetSchedule& s, float* values, uint8_t* states, EffortOps& ops) {
    const int64_t first = s.boundaries.front();
    accumulateRowDots(patch, weights, columns, rows.data(), static_cast<int64_t>(rows.size()), 0, first, values);
    ops.partial += static_cast<int64_t>(rows.size()) * first;
    runCheckpoints(patch, weights, columns, rows, s, 0, values, states, ops);
}

} // namespace dyve
