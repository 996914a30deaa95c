#pragma once

#include "effort/effort_stats.h"
#include "effort/tile_gemm.h"

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

// The grid neighbours of a tile of off-grid positions, gathered once per grid: the distinct grid positions
// the tile reads (a tile along an output row reads about 18) and, per lane, which of them are its
// neighbours. Per output channel the decision is then one comparison per distinct neighbour and one mask
// test per lane, instead of a maximum over each position's neighbours.
struct TileNeighbourhood {
    static constexpr int kMax = 32;
    int count = 0; // distinct grid positions; 0 when more than kMax (the per-position path)
    int32_t position[kMax] = {};
    uint32_t lanes[kTileLanes] = {}; // lane i: bit j set when position[j] is one of its neighbours
};
TileNeighbourhood tileNeighbourhood(const GridNeighbours* neighbours, int n);

// SPEC §4.4 item 2 with a tile's neighbourhood: the lanes with a neighbour above limit; `positive` tells
// whether any neighbour is above 0 (if not, every interpolation on the tile is 0).
uint32_t sdssSignificantLanes(const float* map, const TileNeighbourhood& hood, int n, float limit,
                              bool& positive, LayerEffortStats& stats);

// SPEC §4.4 item 2, for one output map (after ReLU, its grid computed) and a tile of n off-grid positions
// with their neighbours: the lanes (bit i for position i) whose largest neighbour is above limit, i.e. the
// positions that must be computed exactly.
unsigned sdssSignificantLanes(const float* map, const GridNeighbours* neighbours, int n, float limit,
                              LayerEffortStats& stats);

// The interpolation of one insignificant position from its grid neighbours (0 when they are all 0).
float sdssInterpolate(const float* map, const GridNeighbours& neighbours, LayerEffortStats& stats);

} // namespace dyve
