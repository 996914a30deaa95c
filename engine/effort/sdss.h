#pragma once

#include "effort/neuron_compute.h"

#include <cstdint>
#include <vector>

namespace dyve {

// SPEC §4.4 item 1: the output positions (oy·Wo + ox) computed first — every stride-th row and column —
// and the others, each list in raster order.
void sdssPositions(int64_t outH, int64_t outW, int stride, std::vector<int32_t>& grid,
                   std::vector<int32_t>& offGrid);

// The computed grid positions around an off-grid position and their bilinear weights: 2 along a grid row
// or column, 4 elsewhere, fewer past the last grid row or column (which then extends to the border).
struct GridNeighbours {
    int32_t position[4] = {};
    float weight[4] = {};
    int count = 0;
};
GridNeighbours gridNeighbours(int64_t position, int64_t outH, int64_t outW, int stride);

// SPEC §4.4 item 2 for one off-grid position of every output channel, once the grid is computed
// (output: M × plane activations after ReLU): a channel whose neighbours are all ≤ limit is interpolated
// (states marked SdssInterpolated); the others are appended to `exact`, for the caller to compute.
void sdssInterpolateOrSelect(float* output, uint8_t* states, int64_t outChannels, int64_t plane, int32_t position,
                             const GridNeighbours& neighbours, float limit, std::vector<int32_t>& exact,
                             EffortOps& ops);

} // namespace dyve
