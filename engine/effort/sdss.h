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

// SPEC §4.4 item 2, for one output map (after ReLU, its grid computed) and a tile of n off-grid positions
// with their neighbours: the lanes (bit i for position i) whose largest neighbour is above limit, i.e. the
// positions that must be computed exactly.
unsigned sdssSignificantLanes(const float* map, const GridNeighbours* neighbours, int n, float limit,
                              EffortOps& ops);

// The interpolation of one insignificant position from its grid neighbours (0 when they are all 0).
float sdssInterpolate(const float* map, const GridNeighbours& neighbours, EffortOps& ops);

} // namespace dyve
