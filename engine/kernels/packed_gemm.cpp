#include "kernels/packed_gemm.h"

#include "kernels/cpu_features.h"
#include "kernels/vector_clones.h"

#include <algorithm>
#include <cstring>

namespace dyve {

namespace {

// GNU vector extensions (GCC and Clang, any target) rather than intrinsics, so the same source serves every
// instruction set and arm64; the compiler would not keep a plain float[8][32] accumulator array in registers.
// Eight floats are one AVX register, two SSE or NEON registers; sixteen are one AVX-512 register.
typedef float Vector8 __attribute__((vector_size(32)));
typedef float Vector16 __attribute__((vector_size(64)));

// One kPanelRows × (lanes · Vectors) block of C: kPanelRows · Vectors accumulators updated by a broadcast of
// A times a row of B for every k. rowOf(k) is where row k of the block's B starts; `columns` < the block's
// width only when the whole of C is narrower than a block. Each finished row of C (bias and ReLU applied)
// goes to store(row, values).
//
// The block is sized to the register file: 8 × 16 (16 eight-float accumulators) for AVX2 and NEON, 8 × 32
// (16 sixteen-float accumulators) for AVX-512, whose two 512-bit FMA pipes of four cycles' latency need at
// least eight independent accumulators and whose 32 registers hold sixteen of them beside two rows of B.
template <class Vector, int Vectors, bool Narrow, class RowOf, class Store>
inline __attribute__((always_inline)) void multiplyBlock(const float* __restrict a, RowOf rowOf, int64_t K,
                                                         const float* bias, bool relu, int rows, int columns,
                                                         Store store) {
    constexpr int lanes = sizeof(Vector) / sizeof(float);
    constexpr int width = lanes * Vectors;
    Vector acc[kPanelRows][Vectors] = {};
    for (int64_t k = 0; k < K; ++k, a += kPanelRows) {
        const float* b = rowOf(k);
        Vector bk[Vectors];
        if constexpr (Narrow) {
            float row[width] = {};
            std::copy(b, b + columns, row);
            std::memcpy(bk, row, sizeof bk);
        } else {
            for (int v = 0; v < Vectors; ++v)
                std::memcpy(&bk[v], b + v * lanes, sizeof(Vector)); // unaligned loads
        }
        for (int r = 0; r < kPanelRows; ++r)
            for (int v = 0; v < Vectors; ++v)
                acc[r][v] += a[r] * bk[v];
    }
    // Unrolled with constant row indices, so that the accumulators stay registers: indexing acc with a
    // run-time row put all of them in memory, loaded and stored at every k (a third of the speed).
    const Vector zero = {};
#pragma GCC unroll 16
    for (int r = 0; r < kPanelRows; ++r) {
        if (r >= rows) break;
        float out[width];
        for (int v = 0; v < Vectors; ++v) {
            Vector y = acc[r][v] + (bias ? bias[r] : 0.0f);
            if (relu) y = y < zero ? zero : y; // as std::max(y, 0): NaN stays NaN
            std::memcpy(out + v * lanes, &y, sizeof y);
        }
        store(r, out);
    }
}

// multiplyPacked with blocks of `Vector`s: column blocks outside, panels inside, so a K × width block of B
// stays in cache while every panel of A passes over it. The last block of a C wider than a block overlaps
// the one before rather than running narrow: its columns are recomputed to the same values.
template <class Vector, int Vectors>
inline __attribute__((always_inline)) void
multiplyPackedBlocks(const float* packedA, int64_t M, int64_t N, int64_t K, const float* B, int64_t ldb,
                     const float* bias, bool relu, float* C, int64_t ldc) {
    constexpr int width = static_cast<int>(sizeof(Vector) / sizeof(float)) * Vectors;
    const bool narrow = N < width;
    for (int64_t j = 0; j < N; j += width) {
        const int64_t j0 = narrow ? 0 : std::min(j, N - width);
        const float* b = B + j0;
        auto rowOf = [b, ldb](int64_t k) { return b + k * ldb; };
        for (int64_t i = 0; i < M; i += kPanelRows) {
            const int rows = static_cast<int>(std::min<int64_t>(kPanelRows, M - i));
            const float* a = packedA + i * K;
            const float* rowBias = bias ? bias + i : nullptr;
            float* c = C + i * ldc + j0;
            if (narrow)
                multiplyBlock<Vector, Vectors, true>(
                    a, rowOf, K, rowBias, relu, rows, static_cast<int>(N),
                    [&](int r, const float* out) { std::copy(out, out + N, c + r * ldc); });
            else
                multiplyBlock<Vector, Vectors, false>(
                    a, rowOf, K, rowBias, relu, rows, width,
                    [&](int r, const float* out) { std::copy(out, out + width, c + r * ldc); });
        }
    }
}

// multiplyPackedShifted with blocks of `Vector`s.
template <class Vector, int Vectors>
inline __attribute__((always_inline)) void
multiplyShiftedBlocks(const float* packedA, int64_t M, int64_t K, const float* image, const int64_t* offsets,
                      int64_t begin, int64_t end, int64_t paddedWidth, int64_t width, const float* bias,
                      bool relu, float* C, int64_t ldc) {
    constexpr int blockWidth = static_cast<int>(sizeof(Vector) / sizeof(float)) * Vectors;
    const bool narrow = end - begin < blockWidth;
    for (int64_t q = begin; q < end; q += blockWidth) {
        const int64_t q0 = narrow ? begin : std::min(q, end - blockWidth);
        const int columns = narrow ? static_cast<int>(end - begin) : blockWidth;
        const float* base = image + q0;
        auto rowOf = [base, offsets](int64_t k) { return base + offsets[k]; };
        // The block's columns fall into at most a few output rows; each row's run of real (not padding)
        // positions is stored contiguously.
        int64_t runFrom[blockWidth], runTo[blockWidth], runAt[blockWidth];
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
                multiplyBlock<Vector, Vectors, true>(a, rowOf, K, rowBias, relu, rows, columns, store);
            else
                multiplyBlock<Vector, Vectors, false>(a, rowOf, K, rowBias, relu, rows, blockWidth, store);
        }
    }
}

DYVE_VECTOR_CLONES
void multiplyPackedPortable(const float* packedA, int64_t M, int64_t N, int64_t K, const float* B,
                            int64_t ldb, const float* bias, bool relu, float* C, int64_t ldc) {
    multiplyPackedBlocks<Vector8, 2>(packedA, M, N, K, B, ldb, bias, relu, C, ldc);
}

DYVE_VECTOR_CLONES
void multiplyShiftedPortable(const float* packedA, int64_t M, int64_t K, const float* image,
                             const int64_t* offsets, int64_t begin, int64_t end, int64_t paddedWidth,
                             int64_t width, const float* bias, bool relu, float* C, int64_t ldc) {
    multiplyShiftedBlocks<Vector8, 2>(packedA, M, K, image, offsets, begin, end, paddedWidth, width, bias,
                                      relu, C, ldc);
}

#if DYVE_HAS_AVX512_TARGET
DYVE_AVX512_TARGET
void multiplyPackedAvx512(const float* packedA, int64_t M, int64_t N, int64_t K, const float* B, int64_t ldb,
                          const float* bias, bool relu, float* C, int64_t ldc) {
    multiplyPackedBlocks<Vector16, 2>(packedA, M, N, K, B, ldb, bias, relu, C, ldc);
}

DYVE_AVX512_TARGET
void multiplyShiftedAvx512(const float* packedA, int64_t M, int64_t K, const float* image,
                           const int64_t* offsets, int64_t begin, int64_t end, int64_t paddedWidth,
                           int64_t width, const float* bias, bool relu, float* C, int64_t ldc) {
    multiplyShiftedBlocks<Vector16, 2>(packedA, M, K, image, offsets, begin, end, paddedWidth, width, bias,
                                       relu, C, ldc);
}
#endif

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

void multiplyPacked(const float* packedA, int64_t M, int64_t N, int64_t K, const float* B, int64_t ldb,
                    const float* bias, bool relu, float* C, int64_t ldc) {
    if (M <= 0 || N <= 0) return;
#if DYVE_HAS_AVX512_TARGET
    if (avx512KernelsEnabled()) return multiplyPackedAvx512(packedA, M, N, K, B, ldb, bias, relu, C, ldc);
#endif
    multiplyPackedPortable(packedA, M, N, K, B, ldb, bias, relu, C, ldc);
}

void multiplyPackedShifted(const float* packedA, int64_t M, int64_t K, const float* image,
                           const int64_t* offsets, int64_t begin, int64_t end, int64_t paddedWidth,
                           int64_t width, const float* bias, bool relu, float* C, int64_t ldc) {
    if (M <= 0 || end <= begin) return;
#if DYVE_HAS_AVX512_TARGET
    if (avx512KernelsEnabled())
        return multiplyShiftedAvx512(packedA, M, K, image, offsets, begin, end, paddedWidth, width, bias,
                                     relu, C, ldc);
#endif
    multiplyShiftedPortable(packedA, M, K, image, offsets, begin, end, paddedWidth, width, bias, relu, C,
                            ldc);
}

} // namespace dyve
