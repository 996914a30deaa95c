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

// One kPanelRows × kPanelColumns block of C: 16 vector accumulators (kept in registers by the AVX-512
// clone, which has 32) updated by a broadcast of A times a row of B for every k. rowOf(k) is where row k
// of the block's B starts; `columns` < kPanelColumns only when the whole of C is narrower than a block.
// Each finished row of C (bias and ReLU applied) goes to store(row, values).
template <bool Narrow, class RowOf, class Store>
inline __attribute__((always_inline)) void multiplyBlock(const float* __restrict a, RowOf rowOf, int64_t K,
                                                         const float* bias, bool relu, int rows, int columns,
                                                         Store store) {
    Vector acc[kPanelRows][kVectors] = {};
    for (int64_t k = 0; k < K; ++k, a += kPanelRows) {
        const float* b = rowOf(k);
        Vector bk[kVectors];
        if (Narrow) {
            float row[kPanelColumns] = {};
            std::copy(b, b + columns, row);
            std::memcpy(bk, row, sizeof bk);
        } else {
            std::memcpy(bk, b, sizeof bk); // unaligned loads
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
            std::memcpy(out + v * kLanes, &y, sizeof y);
        }
        store(r, out);
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
    const bool narrow = N < kPanelColumns;
    for (int64_t j = 0; j < N; j += kPanelColumns) {
        const int64_t j0 = narrow ? 0 : std::min(j, N - kPanelColumns);
        const float* b = B + j0;
        auto rowOf = [b, ldb](int64_t k) { return b + k * ldb; };
        for (int64_t i = 0; i < M; i += kPanelRows) {
            const int rows = static_cast<int>(std::min<int64_t>(kPanelRows, M - i));
            const float* a = packedA + i * K;
            const float* rowBias = bias ? bias + i : nullptr;
            float* c = C + i * ldc + j0;
            if (narrow)
                multiplyBlock<true>(a, rowOf, K, rowBias, relu, rows, static_cast<int>(N),
                                    [&](int r, const float* out) { std::copy(out, out + N, c + r * ldc); });
            else
                multiplyBlock<false>(a, rowOf, K, rowBias, relu, rows, kPanelColumns, [&](int r, const float* out) {
                    std::copy(out, out + kPanelColumns, c + r * ldc);
                });
        }
    }
}

DYVE_VECTOR_CLONES
void multiplyPackedShifted(const float* packedA, int64_t M, int64_t K, const float* image, const int64_t* offsets,
                           int64_t begin, int64_t end, int64_t paddedWidth, int64_t width, const float* bias,
                           bool relu, float* C, int64_t ldc) {
    if (M <= 0 || end <= begin) return;
    const bool narrow = end - begin < kPanelColumns;
    for (int64_t q = begin; q < end; q += kPanelColumns) {
        const int64_t q0 = narrow ? begin : std::min(q, end - kPanelColumns);
        const int columns = narrow ? static_cast<int>(end - begin) : kPanelColumns;
        const float* base = image + q0;
        auto rowOf = [base, offsets](int64_t k) { return base + offsets[k]; };
        // The block's columns fall into at most a few output rows; each row's run of real (not padding)
        // positions is stored contiguously.
        int64_t runFrom[kPanelColumns], runTo[kPanelColumns], runAt[kPanelColumns];
        int runs = 0;
        for (int64_t p = q0; p < q0 + columns;) {
            const int64_t y = p / paddedWidth, x = p % paddedWidth;
            const int64_t rowEnd = std::min(q0 + columns, (y + 1) * paddedWidth);
            if (x < width) {
                runFrom[runs] = p - q0;
                runTo[runs] = std::min(rowEnd, y * paddedWidth + width) - q0;
                runAt[runs] = y * width + x;
                ++runs;
            }
            p = rowEnd;
        }
        for (int64_t i = 0; i < M; i += kPanelRows) {
            const int rows = static_cast<int>(std::min<int64_t>(kPanelRows, M - i));
            const float* a = packedA + i * K;
            const float* rowBias = bias ? bias + i : nullptr;
            float* c = C + i * ldc;
            auto store = [&](int r, const float* out) {
                for (int run = 0; run < runs; ++run)
                    std::copy(out + runFrom[run], out + runTo[run], c + r * ldc + runAt[run]);
            };
            if (narrow)
                multiplyBlock<true>(a, rowOf, K, rowBias, relu, rows, columns, store);
            else
                multiplyBlock<false>(a, rowOf, K, rowBias, relu, rows, kPanelColumns, store);
        }
    }
}

} // namespace dyve
