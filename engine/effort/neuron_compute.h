#pragma once

#include <cstdint>

namespace dyve {

// acc[rows[i]] += Σ_{k ∈ [begin, end)} weights[rows[i]·ldw + k] · patch[k] for i < count: the
// neuron-level work of the effort path that a GEMM cannot do because each output position needs its own set
// of output channels — SPET's completions of unsaturated neurons (SPEC §4.3) and SDSS's exact off-grid
// neurons (§4.4). Four output channels share each load of the patch.
void accumulateRowDots(const float* patch, const float* weights, int64_t ldw, const int32_t* rows,
                       int64_t count, int64_t begin, int64_t end, float* acc);

// values[M × n] += W[:, 0:columns] · P[:, 0:columns]ᵀ with W's rows ldw apart and P's ldp apart: the one
// GEMM of the effort path (sgemv when there is one position: a fully connected layer at batch 1).
void multiplyByPatches(const float* weights, int64_t ldw, int64_t M, const float* patches, int64_t ldp,
                       int64_t n, int64_t columns, float* values);

} // namespace dyve
