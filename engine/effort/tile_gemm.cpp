#include "effort/tile_gemm.h"

#include "kernels/vector_clones.h"

#include <cstring>

namespace dyve {

namespace {

// One tile row: eight floats, one AVX register (two SSE or NEON ones). GNU vector extensions, as in
// kernels/packed_gemm.cpp, so that every clone of DYVE_VECTOR_CLONES and arm64 share the source.
typedef float Lanes __attribute__((vector_size(kTileLanes * sizeof(float))));

// R output channels (R ≤ 8) of a tile: R vector accumulators, and for every column one load of the
// patches and R broadcasts of a weight — the dense micro-kernel's shape, with the weights' rows chosen.
// Patches: a tile K-major in one block, or its rows where they lie.
struct PackedTile {
    const float* tile;
    const float* row(int64_t k) const { return tile + k * kTileLanes; }
};
struct RowsInPlace {
    const float* const* rows;
    int64_t offset;
    const float* row(int64_t k) const { return rows[k] + offset; }
};

template <int R, typename Patches>
inline __attribute__((always_inline)) void rowsKernel(const float* const* w, Patches patches, int64_t k0,
                                                      int64_t k1, float* const* out) {
    Lanes acc[R];
    for (int r = 0; r < R; ++r)
        std::memcpy(&acc[r], out[r], sizeof(Lanes));
    for (int64_t k = k0; k < k1; ++k) {
        Lanes p;
        std::memcpy(&p, patches.row(k), sizeof p);
        for (int r = 0; r < R; ++r)
            acc[r] += w[r][k] * p;
    }
    for (int r = 0; r < R; ++r)
        std::memcpy(out[r], &acc[r], sizeof(Lanes));
}

template <typename Patches>
inline __attribute__((always_inline)) void accumulateRows(const float* weights, int64_t ldw,
                                                          const int32_t* rows, int64_t rowCount, Patches tile,
                                                          int64_t k0, int64_t k1, float* values) {
    if (k1 <= k0) return;
    for (int64_t i = 0; i < rowCount; i += 8) {
        const float* w[8];
        float* out[8];
        const int n = static_cast<int>(rowCount - i < 8 ? rowCount - i : 8);
        for (int r = 0; r < n; ++r) {
            w[r] = weights + rows[i + r] * ldw;
            out[r] = values + rows[i + r] * kTileLanes;
        }
        switch (n) {
        case 8:
            rowsKernel<8>(w, tile, k0, k1, out);
            break;
        case 7:
            rowsKernel<7>(w, tile, k0, k1, out);
            break;
        case 6:
            rowsKernel<6>(w, tile, k0, k1, out);
            break;
        case 5:
            rowsKernel<5>(w, tile, k0, k1, out);
            break;
        case 4:
            rowsKernel<4>(w, tile, k0, k1, out);
            break;
        case 3:
            rowsKernel<3>(w, tile, k0, k1, out);
            break;
        case 2:
            rowsKernel<2>(w, tile, k0, k1, out);
            break;
        default:
            rowsKernel<1>(w, tile, k0, k1, out);
            break;
        }
    }
}

} // namespace

DYVE_VECTOR_CLONES
void accumulateTileRows(const float* weights, int64_t ldw, const int32_t* rows, int64_t rowCount,
                        const float* tile, int64_t k0, int64_t k1, float* values) {
    accumulateRows(weights, ldw, rows, rowCount, PackedTile{tile}, k0, k1, values);
}

DYVE_VECTOR_CLONES
void accumulateTileRows(const float* weights, int64_t ldw, const int32_t* rows, int64_t rowCount,
                        const float* const* patchRows, int64_t offset, int64_t k0, int64_t k1,
                        float* values) {
    accumulateRows(weights, ldw, rows, rowCount, RowsInPlace{patchRows, offset}, k0, k1, values);
}

DYVE_VECTOR_CLONES
void fillTileRows(const float* bias, const int32_t* rows, int64_t rowCount, float* values) {
    for (int64_t r = 0; r < rowCount; ++r) {
        const Lanes b = Lanes{} + bias[rows[r]];
        std::memcpy(values + static_cast<int64_t>(rows[r]) * kTileLanes, &b, sizeof b);
    }
}

DYVE_VECTOR_CLONES
void storeTileRowsRectified(const float* values, const int32_t* rows, int64_t rowCount, float* output,
                            uint8_t* states, int64_t plane, int64_t first, uint8_t state) {
    const Lanes zero = {};
    for (int64_t r = 0; r < rowCount; ++r) {
        const int64_t o = rows[r];
        Lanes v;
        std::memcpy(&v, values + o * kTileLanes, sizeof v);
        v = v < zero ? zero : v; // as std::max(v, 0): NaN stays NaN
        std::memcpy(output + o * plane + first, &v, sizeof v);
        std::memset(states + o * plane + first, state, kTileLanes);
    }
}

} // namespace dyve
