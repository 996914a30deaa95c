#pragma once

#include <cstdint>
#include <vector>

namespace dyve {

// What the effort path of one layer did (SPEC §4.6). Operations are counted as the dense engine counts
// them — one multiply-accumulate is one operation, bias and ReLU are free — and every overhead the
// mechanisms add is counted too, so that executedOps == partialOps + completionOps + overheadOps exactly
// and partialOps + completionOps ≤ denseOps. A run adds to the stats, so a batch or a data set
// accumulates into one value.
struct LayerEffortStats {
    int64_t denseOps = 0;      // what the dense convolution would have executed
    int64_t executedOps = 0;   // partialOps + completionOps + overheadOps
    int64_t partialOps = 0;    // the dense part: GEMMs, and SPET's partial sums up to the first checkpoint
    int64_t completionOps = 0; // SPET's completions past a checkpoint, for unsaturated neurons only
    int64_t overheadOps = 0;   // comparisons, interpolations, means/variances, kernel-sum corrections

    int64_t spetTerminated = 0;   // output neurons predicted saturated (output 0)
    int64_t sdssInterpolated = 0; // output neurons interpolated from grid neighbours
    int64_t sfmaApproximated = 0; // input maps replaced by their mean
    int64_t sfmaZeroSkipped = 0;  // all-zero input maps skipped
    int64_t neurons = 0;          // output neurons produced
    int64_t inputMaps = 0;        // input maps read

    LayerEffortStats& operator+=(const LayerEffortStats& o) {
        denseOps += o.denseOps;
        executedOps += o.executedOps;
        partialOps += o.partialOps;
        completionOps += o.completionOps;
        overheadOps += o.overheadOps;
        spetTerminated += o.spetTerminated;
        sdssInterpolated += o.sdssInterpolated;
        sfmaApproximated += o.sfmaApproximated;
        sfmaZeroSkipped += o.sfmaZeroSkipped;
        neurons += o.neurons;
        inputMaps += o.inputMaps;
        return *this;
    }
};

// SPEC §4.6 masks: what happened to each output neuron and each input map in one run (the heatmaps).
enum class NeuronState : uint8_t { Computed = 0, SpetTerminated = 1, SdssInterpolated = 2 };
enum class InputMapState : uint8_t { Computed = 0, SfmaApproximated = 1, ZeroSkipped = 2 };

struct EffortMasks {
    std::vector<uint8_t> neurons;   // M × Ho × Wo NeuronState values, like the output
    std::vector<uint8_t> inputMaps; // C InputMapState values
};

} // namespace dyve
