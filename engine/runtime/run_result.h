#pragma once

#include "core/tensor.h"
#include "effort/effort_stats.h"

#include <string>
#include <vector>

namespace dyve {

// What one layer did during one run (SPEC §4.6).
//
// Operations: denseOps is what the dense layer of an unpruned model executes for this input shape, in every
// mode. executedOps is denseOps for a layer that ran its dense kernel — less zeroWeightOps, the
// multiply-accumulates with a zero weight that its sparse product skipped (kernels/sparse_gemm.h; lossless,
// the one category by which the dense path executes fewer than denseOps) — and the effort path's
// LayerEffortStats::executedOps (partial + completion + overhead) for a layer that ran its EffortConv. A Relu
// or residual Add whose work another layer does — a Relu fused into its Conv, a Relu after a max pool its
// Conv already rectified, the Add and Relu of a residual block and the Relu of a fully connected layer that
// an EffortConv applies itself — keeps executedOps == denseOps and 0 ms in both modes: its few operations
// are counted the same on both sides of every reduction, so dense ÷ executed compares like with like and the
// dense path's reduction is exactly 1 but for skipped zero weights.
struct LayerStats {
    std::string name;
    std::string op;
    Shape outputShape;
    int64_t denseOps = 0;
    int64_t executedOps = 0;
    // Of denseOps, skipped by the sparse product (a layer that ran its dense layer).
    int64_t zeroWeightOps = 0;
    double ms = 0.0;

    // True when the layer ran its EffortConv (Network in effort mode, an effort-eligible layer); then
    // `effort` holds what the mechanisms did, summed over the images of the batch.
    bool effortPath = false;
    LayerEffortStats effort;
    // Only when the run was asked for masks (Network::setRecordMasks) and the layer ran its EffortConv: the
    // neuron and input-map states of the batch's first image (SPEC §4.6 masks; the studio's heatmaps).
    // Empty otherwise, so benchmarks do not pay for them.
    EffortMasks masks;
};

// The result type every front end consumes: the CLI prints it, the GUI draws it.
struct RunResult {
    std::vector<Tensor> outputs; // in the order of Graph::outputs
    std::vector<LayerStats> layers;
    double ms = 0.0; // wall time of the whole forward pass

    int64_t denseOps() const;
    int64_t executedOps() const;
    int64_t zeroWeightOps() const;
};

} // namespace dyve
