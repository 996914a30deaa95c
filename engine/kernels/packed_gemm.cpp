#include "kernels/packed_gemm.h"

#include "kernels/vector_clones.h"

#include <algorithm>
#include <cstring>

namespace dyve {

namespace {

// Eight floats: one AVX register, two SSE or NEON registers. GNU vector extensions (GCC and Clang, any
// target) rather than intrinsics, so the same source serves every clone of DYVE_VECTOR_CLONES and arm64;
// the compiler would not keep a plain float[8][16] accumulator array in registers.
typedef float Vector __attribute__((vector_size(32)));
constexpr int kLanes = 8;
constexpr int kVectors = kPanelColumns / kLanes;

inline Vector load(const float* p) {
    Vector v;
    std::memcpy(&v, p, sizeof v); // unaligned load
    return v;
}

inline void store(float* p, Vector v) { std::memcpy(p, &v, sizeof v); }

// One kPanelRows × kPanelColumns block of C: 16 vector accumulators (kept in registers by the AVX-512
// clone, which has 32) updated by a broadcast of A times a row of B for every k. `columns` < kPanelColumns
// only when the whole of C is narrower than a block.
template <bool Narrow>
inline __attribute__((always_inline)) void multiplyBlock(const float* __restrict a, const float* __restrict b,
                                                         int64_t ldb, int64_t K, const float* bias, bool relu,
                                                         int rows, int columns, float* __restrict c,
                                                         int64_t ldc) {
    Vector acc[kPanelRows][kVectors] = {};
    for (int64_t k = 0; k < K; ++k, b += ldb, a += kPanelRows) {
        Vector bk[kVectors];
        if (Narrow) {
            float row[kPanelColumns] = {};
            std::copy(b, b + columns, row);
            for (int v = 0; v < kVectors; ++v)
                bk[v] = load(row + v * kLanes);
        } else {
            for (int v = 0; v < kVectors; ++v)
                bk[v] = load(b + v * kLanes);
        }
        for (int r = 0; r < kPanelRows; ++r)
            for (int v = 0; v < kVectors; ++v)
                acc[r][v] += a[r] * bk[v];
    }
    const Vector zero = {};
    for (int r = 0; r < rows; ++r) {
        float out[kPanelColumns];
        for (int v = 0; v < kVectors; ++v) {
            Vector y = acc[r][v] + (bias ? bias[r] : 0.0f);
            if (relu) y = y < zero ? zero : y; // as std::max(y, 0): NaN stays NaN
            store(out + v * kLanes, y);
        }
        std::copy(out, out + (Narrow ? columns : kPanelColumns), c + r * ldc);
    }
}

} // namespace

std::vector<float> packPanels(const float* A, int64_t M, int64_t K, int64_t lda) {
    const int64_t panels = (M + kPanelRows - 1) / kPanelRows;
    std::vector<float> packed(static_cast<size_t>(panels * K * kPanelRows), 0.0f);
    for (int64_t row = 0; row < M; ++row)
        for (int64_t k = 0; k < K; ++k)
            packed[static_cast<size_t>(((row / kPanelRows) * K + k) * kPanelRows + row % kPanelRows)] =
                A[row * lda + k];
    return packed;
}

DYVE_VECTOR_CLONES
void multiplyPacked(const float* packedA, int64_t M, int64_t N, int64_t K, const float* B, int64_t ldb,
                    const float* bias, bool relu, float* C, int64_t ldc) {
    if (M <= 0 || N <= 0) return;
    // Column blocks outside, panels inside: a K × 16 block of B stays in L1 while every panel of A passes
    // over it. The last block of a C wider than a block overlaps the one before rather than running narrow:
    // its columns are recomputed to the same values.
    for (int64_t j = 0; j < N; j += kPanelColumns) {
        const int64_t j0 = N >= kPanelColumns ? std::min(j, N - kPanelColumns) : 0;
        for (int64_t i = 0; i < M; i += kPanelRows) {
            const int rows = static_cast<int>(std::min<int64_t>(kPanelRows, M - i));
            const float* a = packedA + i * K;
            const float* rowBias = bias ? bias + i : nullptr;
            if (N >= kPanelColumns)
                multiplyBlock<false>(a, B + j0, ldb, K, rowBias, relu, rows, kPanelColumns, C + i * ldc + j0, ldc);
            else
                multiplyBlock<true>(a, B, ldb, K, rowBias, relu, rows, static_cast<int>(N), C + i * ldc, ldc);
        }
    }
}

} // namespace dyve
