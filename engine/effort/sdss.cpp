// SPEC §4.4 — Significance-Driven Selective Sampling: compute a sparse grid of each output map exactly and
// spend exact work between grid points only where a neighbour is significant (above θ after ReLU).
#include "effort/sdss.h"

#include "effort/effort_stats.h"
#include "kernels/vector_clones.h"

#include <algorithm>

namespace dyve {

void sdssPositions(int64_t outH, int64_t outW, int stride, std::vector<int32_t>& grid,
                   std::vector<int32_t>& offGrid) {
    grid.clear();
    offGrid.clear();
    for (int64_t y = 0; y < outH; ++y)
        for (int64_t x = 0; x < outW; ++x)
            (y % stride == 0 && x % stride == 0 ? grid : offGrid)
                .push_back(static_cast<int32_t>(y * outW + x));
}

namespace {

// The grid lines around coordinate v along an axis of `size`: one when v is on the grid or past the last
// grid line, else two with linear weights.
int axisNeighbours(int64_t v, int64_t size, int stride, int64_t line[2], float weight[2]) {
    const int64_t below = v / stride * stride, above = below + stride;
    if (v == below || above >= size) {
        line[0] = below;
        weight[0] = 1.0f;
        return 1;
    }
    const float t = static_cast<float>(v - below) / static_cast<float>(stride);
    line[0] = below;
    weight[0] = 1.0f - t;
    line[1] = above;
    weight[1] = t;
    return 2;
}

} // namespace

GridNeighbours gridNeighbours(int64_t position, int64_t outH, int64_t outW, int stride) {
    int64_t ys[2], xs[2];
    float wy[2], wx[2];
    const int ny = axisNeighbours(position / outW, outH, stride, ys, wy);
    const int nx = axisNeighbours(position % outW, outW, stride, xs, wx);
    GridNeighbours n;
    for (int i = 0; i < ny; ++i)
        for (int j = 0; j < nx; ++j) {
            n.position[n.count] = static_cast<int32_t>(ys[i] * outW + xs[j]);
            n.weight[n.count] = wy[i] * wx[j];
            ++n.count;
        }
    return n;
}

DYVE_VECTOR_CLONES
unsigned sdssSignificantLanes(const float* map, const GridNeighbours* nbs, int n, float limit,
                              LayerEffortStats& stats) {
    unsigned lanes = 0;
    for (int i = 0; i < n; ++i) {
        const GridNeighbours& nb = nbs[i];
        float largest = map[nb.position[0]];
        for (int j = 1; j < nb.count; ++j)
            largest = std::max(largest, map[nb.position[j]]);
        stats.overheadOps += nb.count; // the maximum's comparisons and the one against θ
        if (largest > limit) lanes |= 1u << i;
    }
    return lanes;
}

TileNeighbourhood tileNeighbourhood(const GridNeighbours* nbs, int n) {
    TileNeighbourhood t;
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < nbs[i].count; ++j) {
            const int32_t p = nbs[i].position[j];
            int k = 0;
            while (k < t.count && t.position[k] != p)
                ++k;
            if (k == t.count) {
                if (t.count == TileNeighbourhood::kMax) return TileNeighbourhood{};
                t.position[t.count++] = p;
            }
            t.lanes[i] |= 1u << k;
        }
    return t;
}

DYVE_VECTOR_CLONES
uint32_t sdssSignificantLanes(const float* map, const TileNeighbourhood& t, int n, float limit,
                              bool& positive, LayerEffortStats& stats) {
    uint32_t significant = 0, above = 0;
    for (int k = 0; k < t.count; ++k) {
        const float v = map[t.position[k]];
        significant |= static_cast<uint32_t>(v > limit) << k;
        above |= static_cast<uint32_t>(v > 0.0f) << k;
    }
    positive = above != 0;
    uint32_t lanes = 0;
    for (int i = 0; i < n; ++i)
        lanes |= static_cast<uint32_t>((t.lanes[i] & significant) != 0) << i;
    stats.overheadOps += t.count + n; // one comparison a neighbour, one test a position
    return lanes;
}

float sdssInterpolate(const float* map, const GridNeighbours& nb, LayerEffortStats& stats) {
    float value = 0.0f;
    bool any = false;
    for (int j = 0; j < nb.count; ++j)
        any |= map[nb.position[j]] > 0.0f;
    if (!any) return 0.0f; // the common case after ReLU: nothing to interpolate
    for (int j = 0; j < nb.count; ++j)
        value += nb.weight[j] * map[nb.position[j]];
    stats.overheadOps += nb.count;
    return value;
}

} // namespace dyve
