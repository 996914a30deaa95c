#pragma once

#include "effort/effort_stats.h"
#include "effort/knobs.h"
#include "kernels/window_geometry.h"

#include <cstdint>
#include <vector>

namespace dyve {

// SPEC §4.5 offline part. Under zero padding a constant map contributes μ_c × (the sum of the kernel taps
// that fall inside the image) to an output position, and that set of taps depends only on which rows and
// which columns of the kernel are inside: output rows (columns) with the same inside range form a class.
// Interior positions are one class, whose sums are the plain kernel sums Σ W[o,c,·,·].
struct BorderKernelSums {
    std::vector<int32_t> rowClass; // per output row
    std::vector<int32_t> colClass; // per output column
    int64_t rowClasses = 0, colClasses = 0;
    std::vector<float> sums; // [rowClass][colClass][o][c]: Σ of W[o,c,ky,kx] over the inside taps

    int64_t classes() const { return rowClasses * colClasses; }
    int32_t classOf(int64_t position, int64_t outW) const {
        return static_cast<int32_t>(rowClass[position / outW] * colClasses + colClass[position % outW]);
    }
};

// weights: M × C × kh × kw in the model's channel order.
BorderKernelSums borderKernelSums(const float* weights, int64_t outChannels, int64_t inChannels,
                                  const WindowGeometry& geometry);

// SPEC §4.5 at run time: which input maps take part in the GEMM.
struct InputMapSummary {
    std::vector<uint8_t> state; // InputMapState per input channel
    std::vector<float> mean;    // μ_c of the approximated maps (0 elsewhere)
    std::vector<int32_t> approximated;
    int64_t zeroSkipped = 0;
    int64_t overheadOps = 0; // the scans, means and variances
};

// Classifies every map of a C×plane input: all-zero maps are skipped (always: lossless); with SFMA enabled a
// map whose standard deviation is ≤ ν·inputScale is approximated by its mean. One-element maps (a fully
// connected layer) are never approximated: their "mean" is the value, so nothing would be saved.
void summariseInputMaps(const float* input, int64_t channels, int64_t plane, const SfmaKnobs& knobs,
                        float inputScale, InputMapSummary& summary);

// corrections[class][o] = Σ over approximated c of μ_c · sums[class][o][c]: what the left-out maps add to
// each output neuron of that border class. Returns the operations it took (one per multiply-accumulate).
int64_t approximationCorrections(const BorderKernelSums& sums, int64_t outChannels, int64_t inChannels,
                                 const InputMapSummary& summary, std::vector<float>& corrections);

} // namespace dyve
